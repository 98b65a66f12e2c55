"""Sending a core `Reply` to Telegram: the one render-and-send loop (HTML chunks, the keyboard under
the last one) shared by the message handlers, the button handler and the scheduler's sender, plus
`reply_to`, the message handlers' way of answering.

Each caller passes how one chunk is sent (reply, edit or plain send) and keeps its own error handling.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Chat, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode

from adapters.telegram.keyboards import CallbackCodec, keyboard
from adapters.telegram.render import render_chunks
from bot.replies import Reply

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

# Sends chunk number `index` (from 0) with its HTML and, on the last chunk only, the keyboard.
SendChunk = Callable[[int, str, InlineKeyboardMarkup | None], Awaitable[None]]


async def send_reply(reply: Reply, codec: CallbackCodec | None, send_chunk: SendChunk) -> None:
    """Render `reply` to HTML chunks and send them in order. The keyboard goes on the last chunk so
    the buttons sit under the end of the answer. Without a codec there are no buttons."""
    chunks = render_chunks(reply)
    markup = keyboard(reply.actions, codec) if codec is not None else None
    last = len(chunks) - 1
    for i, html in enumerate(chunks):
        await send_chunk(i, html, markup if i == last else None)


async def reply_to(message: Message, reply: Reply | None, codec: CallbackCodec) -> None:
    """Answer `message` with `reply` (nothing when the core has no answer)."""
    if reply is None:
        return
    # In groups the first chunk quotes the question, so it is clear whom the bot answers.
    quote = message.chat.type != Chat.PRIVATE and message.chat.type != Chat.CHANNEL

    async def send_chunk(index: int, html: str, markup: InlineKeyboardMarkup | None) -> None:
        await message.reply_text(
            html,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
            do_quote=quote and index == 0,
        )

    await send_reply(reply, codec, send_chunk)
