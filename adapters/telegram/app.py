"""The Telegram `Application`: building it (one handler per update kind, commands from the command
table; the handlers live in adapters/telegram/handlers/) and serving it by long polling or webhook.

Updates become a `ChatContext` plus text (or an `Invocation` for buttons) for the core; the core's
`Reply` is rendered to HTML chunks with an inline keyboard. In groups and channels the bot speaks
only when addressed: a command, or a mention of its @username.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import replace

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from adapters.telegram.context import STATE_KEY, TelegramState, state_of
from adapters.telegram.handlers.callbacks import on_callback
from adapters.telegram.handlers.commands import on_command
from adapters.telegram.handlers.errors import on_error
from adapters.telegram.handlers.inline import on_inline
from adapters.telegram.handlers.membership import on_my_chat_member
from adapters.telegram.handlers.text import on_text
from adapters.telegram.limiter import BudgetLimiter
from adapters.telegram.sender import TelegramSender
from bot.chat.dispatch import Core
from bot.config import DEFAULT_TELEGRAM_API_BASE_URL, TelegramConfig
from bot.daily.pacing import Pacer
from bot.i18n import LANGUAGES, translator
from bot.platform import TELEGRAM_LIMITS
from bot.timezones import Clock

log = logging.getLogger(__name__)

# my_chat_member: Telegram tells us at once when the bot is blocked, removed or banned.
ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"]


def build_application(
    core: Core,
    token: str,
    *,
    base_url: str = DEFAULT_TELEGRAM_API_BASE_URL,
    clock: Clock | None = None,
    rate_limiter: bool = True,
    send_share: float = 1.0,
) -> Application:
    """The PTB Application for `core`, its handlers registered; run it with `serve`."""
    state = TelegramState(core, clock)
    builder = ApplicationBuilder().token(token).base_url(base_url).post_init(set_commands).concurrent_updates(True)
    # One send budget for the token: replies (first) and the daily sender (sender_for) share it.
    # One expression, not a reassignment: the rate limiter changes the builder's type.
    # With N replicas each gets a share of the overall rate (TELEGRAM_SEND_SHARE, docs/pacing.md).
    limits = replace(TELEGRAM_LIMITS, messages_per_second=TELEGRAM_LIMITS.messages_per_second * send_share)
    limiter = BudgetLimiter(Pacer(limits)) if rate_limiter else None
    app = builder.rate_limiter(limiter).build() if limiter is not None else builder.build()
    app.bot_data[STATE_KEY] = state
    updates = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST  # edits are not re-answered
    for cmd in core.table.commands:
        app.add_handler(CommandHandler([cmd.name, *cmd.aliases], on_command, filters=updates))
    app.add_handler(MessageHandler(updates & filters.TEXT, on_text))
    app.add_handler(CallbackQueryHandler(on_callback))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(on_error)
    return app


def sender_for(app: Application) -> TelegramSender:
    """The scheduler's sender, sharing the app's bot, keyboards and send budget (its pacer, which
    the deliverer uses for the daily posts: `Deliverer(pacers=…)` or start_daily_posts)."""
    limiter = getattr(app.bot, "rate_limiter", None)
    pacer = limiter.pacer if isinstance(limiter, BudgetLimiter) else None
    return TelegramSender(app.bot, state_of(app.bot_data).codec, pacer=pacer)


def command_menu(core: Core, language: str) -> list[BotCommand]:
    """The command menu in one language: the table's visible commands, each described in it."""
    tr = translator(language)
    return [BotCommand(c.name, tr.gettext(c.summary)[:256]) for c in core.table.visible()]


async def set_commands(app: Application) -> None:
    """The command menu, from the table: one per language (Telegram shows the one matching the
    user's app language, `language_code`), and the operator's default language (MEMORIAL_LANGUAGE)
    for everyone else. A failure here must not stop start-up (PTB would abort)."""
    core = state_of(app.bot_data).core
    menus: list[tuple[str | None, str]] = [(None, core.services.default_language)]
    menus += [(code, code) for code in LANGUAGES]
    try:
        for language_code, language in menus:
            await app.bot.set_my_commands(command_menu(core, language), language_code=language_code)
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
