"""The handler for inline queries (`@botname Liddell` in any chat); the answers come from
adapters/telegram/inline.py."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from adapters.telegram.context import state_of
from adapters.telegram.inline import inline_results
from adapters.telegram.sender import PLATFORM
from bot.chat.model import ChatContext


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    state = state_of(context.bot_data)
    # Telegram does not say in which chat the query is typed: it counts as a private chat of its own
    # (so the reply is in the user's app language, `language_code`).
    ctx = ChatContext(
        platform=PLATFORM,
        chat_id=f"inline:{query.from_user.id}",
        chat_kind="private",
        user_id=str(query.from_user.id),
        user_name=query.from_user.username or query.from_user.full_name,
        now=state.clock(),
        language=query.from_user.language_code,
    )
    results, next_offset = await inline_results(state.core, query.query, query.offset, ctx)
    await query.answer(results, next_offset=next_offset, cache_time=60, auto_pagination=False)
