"""The command model: what a command is, what it is invoked with, and where it is asked from.

One `Command` row holds everything an adapter needs to expose a command (name, aliases, typed
arguments with descriptions, help text) plus the handler. Adapters never list commands by hand:
Telegram's menu, Discord's slash commands, the console's help all come from `CommandTable`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from bot.chat.services import Services
from bot.i18n import Translator, translator
from bot.index.build import Index
from bot.replies import Reply
from bot.timezones import utcnow

log = logging.getLogger(__name__)

ArgKind = Literal["text", "int", "article", "date", "time", "timezone"]
ChatKind = Literal["private", "group", "channel"]

MAX_INPUT_CHARS = 4000  # longer input is refused politely rather than processed


@dataclass(frozen=True, slots=True)
class Arg:
    name: str
    kind: ArgKind
    description: str
    required: bool = False
    greedy: bool = False  # takes the rest of the line (free text such as a search query)
    min_value: int | None = None
    max_value: int | None = None


@dataclass(frozen=True, slots=True)
class ChatContext:
    """Who is asking, where, and when. `now` comes from the adapter (or a test), never from the
    core's own clock, so every answer but "today" is reproducible."""

    platform: str
    chat_id: str
    chat_kind: ChatKind = "private"
    user_id: str = ""
    user_name: str = ""
    timezone: str | None = None
    now: datetime = field(default_factory=utcnow)
    # Asked only when a command changes chat-wide settings; adapters answer from the platform.
    can_manage: Callable[[], Awaitable[bool]] | None = None
    # The user's language as the platform tells it (Telegram's language_code "ru", "zh-hans";
    # Discord's interaction.locale "zh-CN", "es-ES"; the console's --language): a hint, which a
    # chat's /language setting overrides. Any tag: bot.i18n.normalize reads it.
    language: str | None = None
    # The chat's own language as the platform tells it, when it has one (a Discord server's
    # preferred_locale): recorded on /subscribe for the daily post, which has no user.
    chat_language: str | None = None
    # The reply's language, chosen by the core (`Core.dispatch`) from the chat's setting, `language`
    # and the operator's default; adapters leave it alone and read it for their own words.
    tr: Translator = field(default_factory=lambda: translator("en"))

    async def caller_can_manage(self) -> bool:
        if self.chat_kind == "private":
            return True
        if self.can_manage is None:
            return False
        return await self.can_manage()


class BotCore(Protocol):
    """What a handler may use of the bot: the index, the command table (for /help), the services
    and a reload. `bot.chat.dispatch.Core` implements it; handlers never import the Core."""

    index: Index
    table: CommandTable
    services: Services

    async def reload_index(self, corpus_dir: str | Path) -> tuple[bool, str]: ...


Handler = Callable[[BotCore, Mapping[str, Any], ChatContext], Awaitable[Reply]]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    summary: str  # one line, ≤ 100 chars (Discord's limit for descriptions)
    help: str
    handler: Handler
    args: tuple[Arg, ...] = ()
    aliases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    hidden: bool = False  # reachable, but not advertised in menus (e.g. operator commands)

    def usage(self, tr: Translator | None = None) -> str:
        """ "/onthisday [date]" · "/onthisday [дата]" · "/onthisday [日期]" · "/onthisday [fecha]"."""
        parts = [f"/{self.name}"]
        for a in self.args:
            name = arg_name(a.name, tr) if tr is not None else a.name
            parts.append(f"<{name}>" if a.required else f"[{name}]")
        return " ".join(parts)


def arg_name(name: str, tr: Translator) -> str:
    """An argument's name as /help and the errors show it, in `tr`'s language (the name itself
    when the catalogs have none)."""
    # TRANSLATORS: a command's argument as /help shows it: "/onthisday [date]", "/subscribe <time>".
    names = {
        "article": tr.pgettext("command argument", "article"),
        "command": tr.pgettext("command argument", "command"),
        "date": tr.pgettext("command argument", "date"),
        "days": tr.pgettext("command argument", "days"),
        "event": tr.pgettext("command argument", "event"),
        "language": tr.pgettext("command argument", "language"),
        "option": tr.pgettext("command argument", "option"),
        "page": tr.pgettext("command argument", "page"),
        "query": tr.pgettext("command argument", "query"),
        "time": tr.pgettext("command argument", "time"),
        "timezone": tr.pgettext("command argument", "timezone"),
    }
    return names.get(name, name) if not tr.english else name


@dataclass(frozen=True, slots=True)
class Invocation:
    command: str
    args: Mapping[str, Any] = field(default_factory=dict)


class CommandTable:
    def __init__(self, commands: Sequence[Command]) -> None:
        self.commands: tuple[Command, ...] = tuple(commands)
        self._by_name: dict[str, Command] = {}
        for c in self.commands:
            for n in (c.name, *c.aliases):
                if n in self._by_name:
                    raise ValueError(f"command name {n!r} defined twice")
                self._by_name[n] = c

    def get(self, name: str) -> Command | None:
        return self._by_name.get(name.lower())

    def visible(self) -> tuple[Command, ...]:
        return tuple(c for c in self.commands if not c.hidden)
