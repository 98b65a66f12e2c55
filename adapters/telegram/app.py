"""The Telegram `Application`: handlers generated from the command table, polling or webhook.

Updates become a `ChatContext` plus text (or an `Invocation` for buttons) for the core; the core's
`Reply` is rendered to HTML chunks with an inline keyboard. In groups and channels the bot speaks
only when addressed: a command, or a mention of its @username.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import traceback
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from telegram import (
    BotCommand,
    Chat,
    ChatMemberRestricted,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from adapters.telegram.inline import inline_results
from adapters.telegram.keyboards import CallbackCodec, keyboard
from adapters.telegram.render import render_chunks, reply_plain_text
from adapters.telegram.sender import PLATFORM, TelegramSender
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, ChatKind, Invocation
from bot.commands.subscriptions import chat_gone
from bot.config import DEFAULT_TELEGRAM_API_BASE_URL, TelegramConfig
from bot.logs import redact
from bot.replies import Reply

log = logging.getLogger(__name__)

# my_chat_member: Telegram tells us at once when the bot is blocked, removed or banned.
ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"]
GONE_REASON: dict[ChatKind, str] = {
    "private": "bot blocked by the user",
    "group": "bot removed from the group",
    "channel": "bot removed from the channel",
}
STALE_BUTTON = "This button has expired. Please run the command again."
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
Clock = Callable[[], datetime]


def chat_kind(chat: Chat) -> ChatKind:
    if chat.type == Chat.PRIVATE:
        return "private"
    if chat.type == Chat.CHANNEL:
        return "channel"
    return "group"  # groups and supergroups


def posted_as_chat(message: Message) -> bool:
    """Posts in a channel, and anonymous admins in a group, are sent "as the chat" itself: only
    administrators can do that. (A button click never counts: any channel reader can click.)"""
    chat = message.chat
    return chat.type == Chat.CHANNEL or (message.sender_chat is not None and message.sender_chat.id == chat.id)


class TelegramAdapter:
    """The update handlers; state is only the callback-data codec (long payloads live in the store)."""

    def __init__(self, core: Core, clock: Clock | None = None) -> None:
        self.core = core
        self.clock = clock or (lambda: datetime.now(UTC))
        # Long button payloads go to the shared store when the runner has registered one.
        self.codec = CallbackCodec(core.table, store=lambda: core.services.store, clock=self.clock)

    # -- context -------------------------------------------------------------------------------

    def context(self, chat: Chat, user: User | None, as_chat: bool, bot: Any) -> ChatContext:
        kind = chat_kind(chat)

        async def can_manage() -> bool:
            if as_chat:
                return True
            if user is None:
                return False
            try:
                member = await bot.get_chat_member(chat.id, user.id)
            except TelegramError as exc:
                log.warning("getChatMember failed in chat %s: %s", chat.id, exc)
                return False
            return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)

        return ChatContext(
            platform=PLATFORM,
            chat_id=str(chat.id),
            chat_kind=kind,
            user_id=str(user.id) if user else "",
            user_name=(user.username or user.full_name) if user else (chat.title or ""),
            now=self.clock(),
            can_manage=can_manage,
        )

    # -- messages ------------------------------------------------------------------------------

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command from the table (PTB already checked that /cmd@name names this bot)."""
        message = update.effective_message
        if message is None or not message.text:
            return
        ctx = self.context(message.chat, message.from_user, posted_as_chat(message), context.bot)
        reply = await self.core.handle_text(message.text, ctx, bot_username=context.bot.username)
        await self.reply_to(message, reply)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Any other text: a search in private chats; in groups and channels only a mention of the
        bot (or an unknown command addressed to it by @name) gets an answer."""
        message = update.effective_message
        if message is None or not message.text:
            return
        ctx = self.context(message.chat, message.from_user, posted_as_chat(message), context.bot)
        username = context.bot.username
        text = message.text
        if ctx.chat_kind == "private":
            reply = await self.core.handle_text(text, ctx, bot_username=username)
        elif text.startswith("/"):
            first = text.split(maxsplit=1)[0]
            if not first.lower().endswith("@" + username.lower()):
                return  # a command for another bot, or for every bot: not ours to refuse
            reply = await self.core.handle_text(text, ctx, bot_username=username)
        else:
            rest = self._strip_mention(message, username, context.bot.id)
            if rest is None:
                return
            if rest.startswith("/"):
                reply = await self.core.handle_text(rest, ctx, bot_username=username)
            elif rest:
                reply = await self.core.dispatch(Invocation("search", {"query": rest}), ctx)
            else:
                reply = await self.core.dispatch(Invocation("start"), ctx)
        await self.reply_to(message, reply)

    @staticmethod
    def _strip_mention(message: Message, username: str, bot_id: int) -> str | None:
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

    async def reply_to(self, message: Message, reply: Reply | None) -> None:
        if reply is None:
            return
        chunks = render_chunks(reply)
        markup = keyboard(reply.actions, self.codec)
        quote = message.chat.type != Chat.PRIVATE and message.chat.type != Chat.CHANNEL
        for i, html in enumerate(chunks):
            last = i == len(chunks) - 1
            await message.reply_text(
                html,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if last else None,
                link_preview_options=NO_PREVIEW,
                do_quote=quote and i == 0,
            )

    # -- buttons -------------------------------------------------------------------------------

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        callback = self.codec.decode(query.data)
        message = query.message if isinstance(query.message, Message) else None
        if callback is None or message is None:
            await query.answer(STALE_BUTTON)
            return
        ctx = self.context(message.chat, query.from_user, False, context.bot)
        reply = await self.core.dispatch(callback.invocation, ctx)
        if reply.error:
            await query.answer(reply_plain_text(reply), show_alert=True)
            return
        chunks = render_chunks(reply)
        markup = keyboard(reply.actions, self.codec)
        try:
            if callback.mode == "edit":
                await self._edit(message, chunks[0], markup if len(chunks) == 1 else None)
                rest = chunks[1:]
            else:
                rest = chunks
            for i, html in enumerate(rest):
                await message.chat.send_message(
                    html,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup if i == len(rest) - 1 else None,
                    link_preview_options=NO_PREVIEW,
                    message_thread_id=message.message_thread_id if message.is_topic_message else None,
                )
        finally:
            await query.answer()

    @staticmethod
    async def _edit(message: Message, html: str, markup: InlineKeyboardMarkup | None) -> None:
        try:
            await message.edit_text(
                html, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW
            )
        except BadRequest as exc:
            if "message is not modified" not in str(exc).lower():
                raise  # a double click on the same page is harmless; anything else is not

    # -- inline mode ---------------------------------------------------------------------------

    async def on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        if query is None:
            return
        ctx = ChatContext(
            platform=PLATFORM,
            chat_id=f"inline:{query.from_user.id}",
            chat_kind="private",
            user_id=str(query.from_user.id),
            user_name=query.from_user.username or query.from_user.full_name,
            now=self.clock(),
        )
        results, next_offset = await inline_results(self.core, query.query, query.offset, ctx)
        await query.answer(results, next_offset=next_offset, cache_time=60, auto_pagination=False)

    # -- the bot's own membership ----------------------------------------------------------------

    async def on_my_chat_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Blocked by a user (private: "kicked"), removed or banned from a group or channel ("left",
        "kicked", or restricted while no longer a member): stop that chat's daily post now rather
        than at its next failed send. Being added, promoted or unblocked changes nothing."""
        change = update.my_chat_member
        if change is None:
            return
        new = change.new_chat_member
        gone = new.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED) or (
            isinstance(new, ChatMemberRestricted) and not new.is_member
        )
        if gone:
            reason = GONE_REASON[chat_kind(change.chat)]
            chat_gone(self.core, PLATFORM, [str(change.chat.id)], reason, self.clock())

    # -- errors --------------------------------------------------------------------------------

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log and carry on: one failing update never stops the bot. The token never reaches the
        log (it is scrubbed here, and by the log handler's filter)."""
        err = context.error
        token = context.bot.token if context.bot else ""
        where = f"update {update.update_id}" if isinstance(update, Update) else "background task"
        detail = "".join(traceback.format_exception(err)) if err else "unknown error"
        log.error("Telegram %s failed: %s", where, redact(detail, [token]))


# ---------------------------------------------------------------------------------------------
# Building and running


def build_application(
    core: Core,
    token: str,
    *,
    base_url: str = DEFAULT_TELEGRAM_API_BASE_URL,
    clock: Clock | None = None,
    rate_limiter: bool = True,
) -> Application:
    adapter = TelegramAdapter(core, clock)
    builder = ApplicationBuilder().token(token).base_url(base_url).post_init(set_commands).concurrent_updates(True)
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter())
    app = builder.build()
    app.bot_data["adapter"] = adapter
    app.bot_data["core"] = core
    updates = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST  # edits are not re-answered
    for cmd in core.table.commands:
        app.add_handler(CommandHandler([cmd.name, *cmd.aliases], adapter.on_command, filters=updates))
    app.add_handler(MessageHandler(updates & filters.TEXT, adapter.on_text))
    app.add_handler(CallbackQueryHandler(adapter.on_callback))
    app.add_handler(InlineQueryHandler(adapter.on_inline))
    app.add_handler(ChatMemberHandler(adapter.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(adapter.on_error)
    return app


def sender_for(app: Application) -> TelegramSender:
    """The scheduler's sender, sharing the app's bot (and so its rate limiter) and keyboards."""
    adapter: TelegramAdapter = app.bot_data["adapter"]
    return TelegramSender(app.bot, adapter.codec)


async def set_commands(app: Application) -> None:
    """The command menu, from the table. A failure here must not stop start-up (PTB would abort)."""
    core: Core = app.bot_data["core"]
    commands = [BotCommand(c.name, c.summary[:256]) for c in core.table.visible()]
    try:
        await app.bot.set_my_commands(commands)
    except TelegramError as exc:
        log.warning("setMyCommands failed (the command menu may be out of date): %s", exc)


async def serve(
    app: Application,
    config: TelegramConfig,
    stop: asyncio.Event,
    on_ready: Callable[[Application], Awaitable[None]] | None = None,
    on_stop: Callable[[Application], Awaitable[None]] | None = None,
) -> None:
    """Run until `stop` is set: long polling, or a webhook server when `config.webhook_url` is set.
    Usable inside any running loop, so other adapters can share it. `on_ready` runs once updates
    flow (e.g. start the daily posts); `on_stop` runs while the bot can still send."""
    async with app:
        if app.post_init:
            await app.post_init(app)
        updater = app.updater
        assert updater is not None
        if config.webhook_url:
            secret = config.webhook_secret or secrets.token_urlsafe(32)
            await updater.start_webhook(
                listen=config.webhook_listen,
                port=config.webhook_port,
                url_path=config.webhook_path,
                webhook_url=config.webhook_url,
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
            )
            log.info("Telegram webhook listening on %s:%s", config.webhook_listen, config.webhook_port)
        else:
            await updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            log.info("Telegram long polling as @%s", app.bot.username)
        await app.start()
        try:
            if on_ready is not None:
                await on_ready(app)
            await stop.wait()
        finally:
            try:
                if on_stop is not None:
                    await on_stop(app)
            finally:
                await updater.stop()
                await app.stop()
