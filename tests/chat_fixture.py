"""The `chat` fixture: talk to the bot as a console user does, in the spirit of errbot's `testbot`.

`Chat` drives the real console session (adapters/console/chat.py's `ConsoleSession`) over a real
Core, so `await chat.ask("/search Liddell")` is the plain text a console user would see, and
`/next`, `/prev`, `/open N` follow the previous answer's actions exactly as they do at a terminal.
Where a test needs the structure behind that text (blocks, sources, pages, the error flag),
`await chat.reply(...)` returns the `Reply`, and `chat.last` is the `Reply` behind the last answer.

The clock (`chat.now`) and the rest of the `ChatContext` (chat kind, time zone, platform, chat id,
`can_manage`…) are set for the whole chat with `chat.set(...)`, or for one message as keyword
arguments: `await chat.ask("/onthisday", now=late, timezone="Asia/Shanghai")`. `chat.over(core)`
is the same chat with another Core (one with a store, a crashing command, a reloaded corpus).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypedDict, Unpack, cast

import pytest

from adapters.console.chat import ConsoleSession
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, ChatKind, Invocation
from bot.replies import Action, Reply

NOW = datetime(2025, 9, 3, 12, 0, tzinfo=UTC)  # the chat's clock unless a test sets another


class ContextFields(TypedDict, total=False):
    """`ChatContext` fields a test may set (the console session fills in the others)."""

    platform: str
    chat_id: str
    chat_kind: ChatKind
    user_id: str
    user_name: str
    timezone: str | None
    now: datetime
    can_manage: Callable[[], Awaitable[bool]] | None
    language: str | None  # the user's platform language (Telegram language_code, Discord locale)
    chat_language: str | None  # the chat's own platform language (a Discord server's)


# The console reads the user and time zone from $USER and $MEMORIAL_CONSOLE_TZ; tests fix them.
DEFAULTS: ContextFields = {"user_id": "tester", "user_name": "tester", "timezone": None}


class _RecordingCore:
    """What the console session calls on its Core, handed to the real one; keeps the last Reply
    so a test can see the structure behind the text the session rendered."""

    def __init__(self, core: Core, chat: Chat) -> None:
        self.core = core
        self.chat = chat
        self.last: Reply | None = None

    async def dispatch(self, inv: Invocation, ctx: ChatContext) -> Reply:
        self.last = await self.core.dispatch(inv, ctx)
        return self.last

    async def handle_text(self, text: str, ctx: ChatContext, *, bot_username: str | None = None) -> Reply | None:
        self.last = await self.core.handle_text(text, ctx, bot_username=bot_username or self.chat.bot_username)
        return self.last


class _Session(ConsoleSession):
    """The console session, with the context the test chose in place of the console's own."""

    def __init__(self, chat: Chat, core: _RecordingCore) -> None:
        # The session only calls dispatch/handle_text on its core, which the recorder passes on.
        super().__init__(cast(Core, core), clock=lambda: chat.now)
        self.chat = chat

    def context(self) -> ChatContext:
        return replace(super().context(), **{**self.chat.fields, **self.chat.once})


class Chat:
    """One conversation with the bot through the console session. See the module docstring."""

    def __init__(
        self, core: Core, *, now: datetime = NOW, bot_username: str | None = None, **fields: Unpack[ContextFields]
    ) -> None:
        self.core = core
        self.now = now
        self.bot_username = bot_username  # what a group's "/command@name" must name to reach us
        self.fields: ContextFields = {**DEFAULTS, **fields}
        self.once: ContextFields = {}  # overrides for the message being sent
        self._recorder = _RecordingCore(core, self)
        self._session = _Session(self, self._recorder)

    def over(self, core: Core, **fields: Unpack[ContextFields]) -> Chat:
        """The same chat settings, talking to another Core (a fresh session: no previous actions)."""
        return Chat(core, now=self.now, bot_username=self.bot_username, **{**self.fields, **fields})

    def set(
        self, *, now: datetime | None = None, bot_username: str | None = None, **fields: Unpack[ContextFields]
    ) -> Chat:
        """Change the clock, the bot's name or the context for every following message; returns
        the chat."""
        if now is not None:
            self.now = now
        if bot_username is not None:
            self.bot_username = bot_username
        self.fields = {**self.fields, **fields}
        return self

    def context(self, **once: Unpack[ContextFields]) -> ChatContext:
        """The `ChatContext` a message sent now would carry."""
        self.once = once
        try:
            return self._session.context()
        finally:
            self.once = {}

    async def ask(self, text: str, **once: Unpack[ContextFields]) -> str:
        """Type `text` into the console; the answer as printed ("" when the bot stays silent,
        e.g. plain chatter in a group)."""
        self._recorder.last = None
        self.once = once
        try:
            return await self._session.answer(text)
        finally:
            self.once = {}

    async def reply(self, text: str, **once: Unpack[ContextFields]) -> Reply:
        """Type `text` into the console; the Reply behind the answer."""
        await self.ask(text, **once)
        return self.last

    async def press(self, action: Action, **once: Unpack[ContextFields]) -> Reply:
        """Follow one of a reply's actions as a button does: its command with its arguments."""
        return await self.core.dispatch(Invocation(action.command, dict(action.args)), self.context(**once))

    @property
    def last(self) -> Reply:
        """The Reply behind the last answer (there is none when the bot stayed silent or the
        console answered by itself, e.g. "There is no next page.")."""
        reply = self._recorder.last
        assert reply is not None, "the last message got no Reply from the bot"
        return reply


@pytest.fixture()
def chat(core: Core) -> Chat:
    """A private console chat with the bot over `core`, on 3 September 2025 at 12:00 UTC."""
    return Chat(core)
