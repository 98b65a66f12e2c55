"""The handler for inline-keyboard clicks: the button's invocation is run and its answer either
replaces the message in place ("edit" buttons, e.g. paging) or follows as new messages."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from adapters.telegram.context import chat_context, state_of
from adapters.telegram.render import reply_plain_text
from adapters.telegram.send import NO_PREVIEW, send_reply
from bot.i18n import N_, choose, translator

STALE_BUTTON = N_("This button has expired. Please run the command again.")


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    state = state_of(context.bot_data)
    callback = state.codec.decode(query.data)
    message = query.message
    if not isinstance(message, Message):  # too old for Telegram to send it: the user's language
        await query.answer(
            translator(choose(None, query.from_user.language_code, state.core.services.default_language)).gettext(
                STALE_BUTTON
            )
        )
        return
    ctx = chat_context(state, message.chat, query.from_user, False, context.bot)
    if callback is None:
        await query.answer(state.core.localize(ctx).tr.gettext(STALE_BUTTON))
        return
    reply = await state.core.dispatch(callback.invocation, ctx)
    if reply.error:
        await query.answer(reply_plain_text(reply), show_alert=True)
        return
    edit_first = callback.mode == "edit"
    # New messages go to the clicked message's forum topic, not the group's general topic.
    thread_id = message.message_thread_id if message.is_topic_message else None

    async def send_chunk(index: int, html: str, markup: InlineKeyboardMarkup | None) -> None:
        if index == 0 and edit_first:
            await _edit(message, html, markup)
        else:
            await message.chat.send_message(
                html,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                message_thread_id=thread_id,
            )

    try:
        await send_reply(reply, state.codec, send_chunk)
    finally:
        await query.answer()  # stops the client's spinner, whatever happened


async def _edit(message: Message, html: str, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await message.edit_text(html, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW)
    except BadRequest as exc:
        if "message is not modified" not in str(exc).lower():
            raise  # a double click on the same page is harmless; anything else is not
