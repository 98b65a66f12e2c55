"""The handler for any other text: a search in private chats; in groups and channels only text that
addresses the bot (a mention, or an unknown /command@botname) gets an answer."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from adapters.telegram.context import chat_context, posted_as_chat, state_of
from adapters.telegram.send import reply_to
from bot.chat.model import Invocation


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other text: a search in private chats; in groups and channels only a mention of the
    bot (or an unknown command addressed to it by @name) gets an answer."""
    message = update.effective_message
    if message is None or not message.text:
        return
    state = state_of(context.bot_data)
    ctx = chat_context(state, message.chat, message.from_user, posted_as_chat(message), context.bot)
    username = context.bot.username
    text = message.text
    if ctx.chat_kind == "private":
        reply = await state.core.handle_text(text, ctx, bot_username=username)
    elif text.startswith("/"):
        first = text.split(maxsplit=1)[0]
        if not first.lower().endswith("@" + username.lower()):
            return  # a command for another bot, or for every bot: not ours to refuse
        reply = await state.core.handle_text(text, ctx, bot_username=username)
    else:
        rest = strip_mention(message, username, context.bot.id)
        if rest is None:
            return
        if rest.startswith("/"):
            reply = await state.core.handle_text(rest, ctx, bot_username=username)
        elif rest:
            reply = await state.core.dispatch(Invocation("search", {"query": rest}), ctx)
        else:
            reply = await state.core.dispatch(Invocation("start"), ctx)
    await reply_to(message, reply, state.codec)


def strip_mention(message: Message, username: str, bot_id: int) -> str | None:
    """The text without the bot's mention, or None when the bot is not mentioned."""
    entities = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    for entity, value in entities.items():
        ours = (entity.type == MessageEntity.MENTION and value.lower() == "@" + username.lower()) or (
            entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot_id
        )
        if ours:
            text = message.text or ""
            # Offsets are in UTF-16 units; the parsed value tells us the exact characters.
            start = text.find(value)
            return (text[:start] + text[start + len(value) :]).strip()
    return None
