"""`memorial-bot run` as a real process, for the end-to-end tests of the runner (tests/test_run_*.py,
tests/test_scale_out.py).

Its stdout and stderr are read as they come, so a test waits on a log line ("memorial-bot running")
instead of sleeping; every wait has a generous deadline that only matters when something is broken.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import socket
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

from .fake_telegram import TOKEN
from .paths import ROOT, SEEDS

DEADLINE = 40.0  # failure guard for start-up and log lines (two bots on two cores start slower)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bot_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The test runner's environment without any bot settings of its own, plus `extra`."""
    keep = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_", "DATABASE_URL", "MEMORIAL_"))
    }
    return {**keep, "MEMORIAL_DATA_DIR": str(data_dir), "MEMORIAL_LOG_LEVEL": "INFO", **extra}


def replica_env(
    data_dir: Path, *, pg_url: str, api_base_url: str, webhook_port: int, secret: str, corpus: Path, **extra: str
) -> dict[str, str]:
    """A Telegram replica behind a webhook, sharing one PostgreSQL ledger with its siblings."""
    return bot_env(
        data_dir,
        DATABASE_URL=pg_url,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api_base_url,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{webhook_port}/telegram",
        TELEGRAM_WEBHOOK_PORT=str(webhook_port),
        TELEGRAM_WEBHOOK_SECRET=secret,
        MEMORIAL_CORPUS=str(corpus),
        **extra,
    )


class BotProcess:
    """One `python -m adapters.cli run …` subprocess (cwd: a temp dir, so no stray .env is read)."""

    def __init__(self, proc: asyncio.subprocess.Process, name: str) -> None:
        self.proc = proc
        self.name = name
        self.lines: list[str] = []  # stderr and stdout lines, in arrival order
        self._changed = asyncio.Condition()
        self._open = 2
        self._readers = [
            asyncio.create_task(self._read(proc.stderr)),
            asyncio.create_task(self._read(proc.stdout)),
        ]

    @classmethod
    async def start(cls, env: dict[str, str], *args: str, cwd: Path, name: str = "bot") -> BotProcess:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "adapters.cli",
            "run",
            *args,
            cwd=cwd,
            env={**env, "PYTHONPATH": str(ROOT)},
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(proc, name)

    async def _read(self, stream: asyncio.StreamReader | None) -> None:
        assert stream is not None
        while line := await stream.readline():
            async with self._changed:
                self.lines.append(line.decode(errors="replace").rstrip("\n"))
                self._changed.notify_all()
        async with self._changed:
            self._open -= 1
            self._changed.notify_all()

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def count(self, pattern: str) -> int:
        return sum(1 for line in self.lines if re.search(pattern, line))

    async def wait_log(self, pattern: str, *, after: int = 0) -> str:
        """The first line from index `after` on matching `pattern` (a regex), once it is written."""

        def found() -> str | None:
            return next((line for line in self.lines[after:] if re.search(pattern, line)), None)

        async def wait() -> str | None:
            async with self._changed:
                await self._changed.wait_for(lambda: found() is not None or self._open == 0)
            return found()

        try:
            line = await asyncio.wait_for(wait(), DEADLINE)
        except TimeoutError:
            line = None
        if line is None:
            state = "exited" if self._open == 0 else "still running"
            raise AssertionError(f"{self.name} ({state}) never logged /{pattern}/; output:\n{self.output[-4000:]}")
        return line

    async def started(self) -> None:
        """Wait until every adapter and the daily posts are up."""
        await self.wait_log(r"memorial-bot running")

    @property
    def running(self) -> bool:
        return self.proc.returncode is None

    async def stop(self, sig: int = signal.SIGTERM) -> int:
        """Send `sig` (if still running) and wait for the exit; returns the exit code."""
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            code = await asyncio.wait_for(self.proc.wait(), DEADLINE)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise AssertionError(f"{self.name} did not stop on signal {sig}; output:\n{self.output[-4000:]}") from None
        await asyncio.gather(*self._readers)
        return code

    async def finish(self) -> int:
        """Wait for a process that exits by itself (e.g. on a configuration error)."""
        code = await asyncio.wait_for(self.proc.wait(), DEADLINE)
        await asyncio.gather(*self._readers)
        return code


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


async def get_json(url: str) -> tuple[int, Any]:
    status, text = await get(url)
    return status, json.loads(text)


def corpus_dated_now(folder: Path) -> Path:
    """The seeds plus one article dating yesterday, today and tomorrow (UTC). Days without dated
    events get no daily post, so a test that needs a post whatever day the suite runs on brings
    its own dated day."""
    corpus = folder / "corpus"
    shutil.copytree(SEEDS, corpus, dirs_exist_ok=True)
    today = datetime.now(UTC).date()
    days = [today + timedelta(days=k) for k in (-1, 0, 1)]
    lines = ["Ashford harbour diary", ""]
    lines += [f"On {d:%B} {d.day}, 1990, the harbour of Ashford held regatta {i + 1}." for i, d in enumerate(days)]
    (corpus / "999_harbour_diary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def subscribe_due_now(database_url: str | None, data_dir: Path, chat_ids: list[str]) -> Path:
    """Telegram private chats subscribed (two days ago) at a local time a minute ago, in UTC: their
    posts are due as soon as a bot starts (its catch-up runs at once, well inside the grace window).
    Returns a corpus (`corpus_dated_now`) to run the bot on: it has something dated today."""
    from bot.store import open_store

    now = datetime.now(UTC)
    due = now - timedelta(minutes=1)
    store = open_store(database_url, data_dir)
    try:
        for chat in chat_ids:
            store.upsert_subscription("telegram", chat, "private", due.hour, due.minute, "UTC", now - timedelta(days=2))
    finally:
        store.close()
    return corpus_dated_now(data_dir)
