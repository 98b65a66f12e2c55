"""The handler for commands from the command table (one `CommandHandler` per command and alias)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from adapters.telegram.context import chat_context, posted_as_chat, state_of
from adapters.telegram.send import reply_to


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command from the table (PTB already checked that /cmd@name names this bot)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    state = state_of(context.bot_data)
    ctx = chat_context(state, message.chat, message.from_user, posted_as_chat(message), context.bot)
    reply = await state.core.handle_text(message.text, ctx, bot_username=context.bot.username)
    await reply_to(message, reply, state.codec)
