"""Console adapter: the same command table and replies as the chat platforms, as plain text.

`memorial-bot chat` is interactive (readline line editing, history kept in the data directory);
`memorial-bot ask "..."` answers one message. `/next`, `/prev` and `/open N` follow the actions of
the previous reply, the console's stand-in for buttons; N is the number shown on screen (6 to 10 on
a search's second page).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType

from adapters.console.render import PLATFORM, numbered_opens, render_text
from adapters.console.sender import ConsoleSender
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, Invocation
from bot.commands import start_daily_posts_for
from bot.config import default_data_dir
from bot.i18n import Translator, choose, translator
from bot.replies import Action
from bot.timezones import utcnow


class ConsoleSession:
    """One console conversation: keeps the last reply's actions for /next, /prev, /open."""

    def __init__(self, core: Core, clock: Callable[[], datetime] | None = None, language: str | None = None) -> None:
        self.core = core
        self.clock = clock or utcnow
        self.language = language  # --language, else LANG (bot.config.console_language); None: the default
        self.actions: tuple[Action, ...] = ()
        self.last_language: str | None = None  # the language of the last reply (the chat's choice shows there)

    @property
    def tr(self) -> Translator:
        """The console's own words (no next page, nothing to open) in the conversation's language."""
        return translator(self.last_language or choose(None, self.language, None))

    def context(self) -> ChatContext:
        return ChatContext(
            platform=PLATFORM,
            chat_id="console",
            chat_kind="private",
            user_id=os.environ.get("USER", "console"),
            user_name=os.environ.get("USER", "console"),
            timezone=os.environ.get("MEMORIAL_CONSOLE_TZ") or None,
            now=self.clock(),
            language=self.language,
        )

    def _follow(self, text: str) -> Invocation | str | None:
        word, _, rest = text.strip().partition(" ")
        word = word.lower()
        if word in ("/next", "/prev"):
            kind = word[1:]
            action = next((a for a in self.actions if a.kind == kind), None)
            if action:
                return Invocation(action.command, dict(action.args))
            if kind == "next":
                return self.tr.gettext("There is no next page.")
            return self.tr.gettext("There is no prev page.")
        if word == "/open":
            opens = numbered_opens(self.actions)
            if not opens:
                return self.tr.gettext("Nothing to open yet: search first.")
            n = rest.strip()
            action = opens.get(int(n)) if n.isdecimal() else None
            if action is None:
                first, last = min(opens), max(opens)
                if first == last:
                    return self.tr.gettext("Only /open {n} is here.", n=first)
                return self.tr.gettext("Give a result number between {first} and {last}.", first=first, last=last)
            return Invocation(action.command, dict(action.args))
        return None

    async def answer(self, text: str) -> str:
        follow = self._follow(text)
        if isinstance(follow, str):
            return follow
        ctx = self.context()
        reply = await (self.core.dispatch(follow, ctx) if follow else self.core.handle_text(text, ctx))
        if reply is None:
            return ""
        self.last_language = reply.language
        if not reply.error:
            self.actions = reply.actions
        return render_text(reply)


def _history_file() -> Path:
    return default_data_dir() / "console_history"


class _LineReader:
    """Reads lines with input() in a daemon thread, one at a time on request, so the event loop
    stays free to print daily posts while the user types, and Ctrl-C or EOF never hang on it."""

    def __init__(self, loop: asyncio.AbstractEventLoop, prompt: str) -> None:
        self.loop = loop
        self.prompt = prompt
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.wanted = threading.Event()
        threading.Thread(target=self._run, name="console-input", daemon=True).start()

    def _run(self) -> None:
        while True:
            self.wanted.wait()
            self.wanted.clear()
            try:
                line: str | None = input(self.prompt)
            except (EOFError, KeyboardInterrupt, OSError):
                line = None
            self.loop.call_soon_threadsafe(self.queue.put_nowait, line)
            if line is None:
                return

    async def next_line(self) -> str | None:
        self.wanted.set()
        return await self.queue.get()


def run_chat(core: Core, language: str | None = None) -> int:
    try:
        return asyncio.run(chat(core, language))
    except KeyboardInterrupt:
        print()
        return 0


async def chat(core: Core, language: str | None = None) -> int:
    """The interactive console. Daily posts of the console's own subscription (made with
    /subscribe here or with `memorial-bot ask`) print between answers, at their local time."""
    session = ConsoleSession(core, language=language)
    interactive = sys.stdin.isatty()
    readline = _setup_readline() if interactive else None
    corpus = core.index.corpus
    print(
        f"memorial-bot — {len(corpus.articles)} articles from {corpus.root}. "
        + session.tr.gettext("Type a question or /help; /quit or Ctrl-D to leave."),
        flush=True,
    )
    daily = start_daily_posts_for(core, [ConsoleSender()])
    reader = _LineReader(asyncio.get_running_loop(), "> " if interactive else "")
    try:
        while True:
            line = await reader.next_line()
            if line is None or line.strip().lower() in ("/quit", "/exit", "quit", "exit"):
                break
            if not line.strip():
                continue
            out = await session.answer(line)
            if out:
                print(out, flush=True)
            print(flush=True)
    finally:
        await daily.aclose(5.0)
        store = core.services.store
        if store is not None:
            store.close()
        if readline is not None:
            with contextlib.suppress(OSError):
                _history_file().parent.mkdir(parents=True, exist_ok=True)
                readline.set_history_length(1000)
                readline.write_history_file(_history_file())
    return 0


def _setup_readline() -> ModuleType | None:  # the readline module, where there is one
    try:
        import readline  # line editing and history for input()
    except ImportError:
        return None
    with contextlib.suppress(OSError):
        readline.read_history_file(_history_file())
    return readline


def run_ask(core: Core, text: str, language: str | None = None) -> int:
    session = ConsoleSession(core, language=language)
    with contextlib.suppress(Exception):  # the chat's /language lives in the store; without one, the default
        core.services.get_store()
    out = asyncio.run(session.answer(text))
    print(out)
    return 0
