"""What every Telegram handler shares: the adapter's state (core, clock, callback codec), kept in the
Application's `bot_data`, and the translation of a Telegram chat and user into the core's `ChatContext`.

Both app.py and the handler modules import this module and never each other, so there is no cycle.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from telegram import Bot, Chat, Message, User
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from adapters.telegram.keyboards import CallbackCodec
from adapters.telegram.sender import PLATFORM
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, ChatKind
from bot.timezones import Clock, utcnow

log = logging.getLogger(__name__)

STATE_KEY = "adapter"  # the `bot_data` key build_application stores the state under


class TelegramState:
    """The handlers' only state: the core, the clock and the callback-data codec (long button
    payloads live in the store)."""

    def __init__(self, core: Core, clock: Clock | None = None) -> None:
        self.core = core
        self.clock: Clock = clock or utcnow
        # Long button payloads go to the shared store when the runner has registered one.
        self.codec = CallbackCodec(core.table, store=lambda: core.services.store, clock=self.clock)


def state_of(bot_data: Mapping[object, object]) -> TelegramState:
    """The state build_application put in the Application's `bot_data`."""
    state = bot_data[STATE_KEY]
    assert isinstance(state, TelegramState)
    return state


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


def chat_context(state: TelegramState, chat: Chat, user: User | None, as_chat: bool, bot: Bot) -> ChatContext:
    """Who asks, where and when; whether they may change chat settings is asked of Telegram only
    when a command needs it (one getChatMember call)."""

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
        chat_kind=chat_kind(chat),
        user_id=str(user.id) if user else "",
        user_name=(user.username or user.full_name) if user else (chat.title or ""),
        now=state.clock(),
        can_manage=can_manage,
        language=user.language_code if user else None,  # "ru", "zh-hans": a hint; the chat's /language wins
    )
