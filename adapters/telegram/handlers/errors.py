"""The error handler: a failing update is logged (without the bot token) and the bot carries on."""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.ext import ContextTypes

from bot.logs import redact

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log and carry on: one failing update never stops the bot. The token never reaches the
    log (it is scrubbed here, and by the log handler's filter)."""
    err = context.error
    token = context.bot.token if context.bot else ""
    where = f"update {update.update_id}" if isinstance(update, Update) else "background task"
    detail = "".join(traceback.format_exception(err)) if err else "unknown error"
    log.error("Telegram %s failed: %s", where, redact(detail, [token]))
