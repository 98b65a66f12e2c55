"""`bot.platform.Sender` for Telegram: what the scheduler uses to deliver daily posts.

PTB's errors are mapped onto the scheduler's three kinds of failure (see bot/sending.py): a 429 is
`RetryAfter`, network trouble and 5xx are transient, and "the bot cannot post here any more"
(blocked, kicked, chat gone, no right to write) is permanent so the subscription gets disabled with
the reason. Other 400s are our own fault (a message Telegram rejects); they are neither retried nor
allowed to disable a subscription, so they surface as a plain `SendError`.

The Bot API has no idempotency key, so a send whose request was written but got no answer (read
timeout, connection reset mid-response) is `UncertainSendError`: the deliverer applies
MEMORIAL_UNCERTAIN rather than retrying blindly. Failures before the request left (connect errors,
pool timeouts) stay transient: nothing can have been posted. Daily sends get a generous read
timeout (SEND_READ_TIMEOUT) so that a slow Bot API is waited for, not taken as uncertain.
"""

from __future__ import annotations

import logging
import warnings
from datetime import timedelta
from typing import Any

import httpx
from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.error import RetryAfter as PTBRetryAfter
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram.keyboards import CallbackCodec
from adapters.telegram.send import NO_PREVIEW, send_reply
from bot.daily.pacing import Pacer
from bot.platform import (
    TELEGRAM_LIMITS,
    PermanentSendError,
    PlatformLimits,
    RetryAfter,
    SendError,
    TransientSendError,
    UncertainSendError,
)
from bot.replies import Reply

log = logging.getLogger(__name__)

PLATFORM = "telegram"

# Seconds to wait for the Bot API's answer to a daily post (PTB's default is 5 s). Telegram can be
# slow under load; an answer that comes late is still an answer, and waiting for it is what keeps
# a slow send from becoming an uncertain one. Below the deliverer's send_timeout (90 s).
SEND_READ_TIMEOUT = 60.0

# rate_limit_args of a daily send: it already has its slot from the shared pacer and the deliverer
# handles its 429s, so the app's rate limiter (limiter.py) lets it straight through.
PACED = "paced"

# httpx failures after which the request may have reached Telegram (written, answer lost).
_MAYBE_DELIVERED = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)

# Lower-cased fragments of Telegram 400 descriptions that mean "this chat cannot get our posts".
_GONE_CHAT = (
    "chat not found",
    "user not found",
    "peer_id_invalid",
    "bot was kicked",
    "bot is not a member",
    "not enough rights",
    "have no rights to send",
    "chat_write_forbidden",
    "chat_restricted",
    "group chat was deactivated",
    "user is deactivated",
    "topic_closed",
)


def retry_seconds(exc: PTBRetryAfter) -> float:
    """PTB 22 gives `retry_after` as int (deprecated) or timedelta (PTB_TIMEDELTA=1); accept both."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def map_send_error(exc: TelegramError) -> SendError:
    message = str(exc)
    if isinstance(exc, PTBRetryAfter):
        return RetryAfter(retry_seconds(exc), "Telegram flood control")
    if isinstance(exc, Forbidden):
        return PermanentSendError(f"Telegram: {message}")
    if isinstance(exc, BadRequest):
        if any(fragment in message.lower() for fragment in _GONE_CHAT):
            return PermanentSendError(f"Telegram: {message}")
        return SendError(f"Telegram rejected the message: {message}")
    if isinstance(exc, TimedOut | NetworkError) and isinstance(exc.__cause__, _MAYBE_DELIVERED):
        return UncertainSendError(f"Telegram: no answer after the request was sent ({type(exc.__cause__).__name__})")
    if isinstance(exc, NetworkError | InvalidToken):
        # InvalidToken is an operator problem, not the chat's: never disable a subscription for it.
        return TransientSendError(f"Telegram: {message}")
    return TransientSendError(f"Telegram: {message}")


def chat_target(chat_id: str) -> int | str:
    """Numeric ids as ints; a public channel may also be addressed as @username."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id


class TelegramSender:
    platform = PLATFORM
    limits: PlatformLimits = TELEGRAM_LIMITS

    def __init__(
        self,
        bot: Bot,
        codec: CallbackCodec | None = None,
        *,
        read_timeout: float = SEND_READ_TIMEOUT,
        pacer: Pacer | None = None,
    ) -> None:
        self.bot = bot
        self.codec = codec
        self.read_timeout = read_timeout
        # The bot token's send budget, shared with the app's replies (None: the bot has no limiter).
        self.pacer = pacer

    async def send(self, chat_id: str, chat_kind: str, reply: Reply, *, key: str = "") -> None:
        target = chat_target(chat_id)

        async def send_chunk(index: int, html: str, markup: InlineKeyboardMarkup | None) -> None:
            nonlocal target
            try:
                await self._send_one(target, html, markup)
            except ChatMigrated as exc:
                # A group upgraded to a supergroup: same people, new id. Deliver there (later chunks too).
                log.warning("Telegram chat %s moved to %s; delivering there", chat_id, exc.new_chat_id)
                target = exc.new_chat_id
                try:
                    await self._send_one(target, html, markup)
                except TelegramError as again:
                    raise map_send_error(again) from again
            except TelegramError as exc:
                raise map_send_error(exc) from exc

        await send_reply(reply, self.codec, send_chunk)

    async def _send_one(self, target: int | str, html: str, markup: InlineKeyboardMarkup | None) -> None:
        await self.bot.send_message(
            chat_id=target,
            text=html,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
            read_timeout=self.read_timeout,
            **self._paced,
        )

    @property
    def _paced(self) -> dict[str, Any]:
        return {"rate_limit_args": PACED} if self.pacer is not None else {}
