"""Fault figures for daily posts (issue 14), black-box: real `memorial-bot run` processes against
the fake Telegram Bot API (tests/fake_telegram.py) on 127.0.0.1, a SQLite ledger in a temp dir.

* crash: N chats due at once, every send answered `latency` late; SIGKILL after a seeded random
  number of posts, then a restart. Duplicates, lost (no post and not reported uncertain),
  uncertain (ledger), takeover (kill → first post of the new process), finish (kill → done).
* late answer: every send answered after 6 s, past PTB's default 5 s read timeout: duplicates.
* loop stall: the longest event-loop stall during an in-process 1,000-chat broadcast (a probe
  task wakes every 5 ms and records how late it woke), store calls on the loop vs in a thread.

`--bot-root DIR` runs the bot from another source tree (e.g. `git archive HEAD` unpacked) for
before/after figures from the same harness.

    .venv/bin/python bench/broadcast.py --faults      # about 1 minute (after the change)
"""

from __future__ import annotations

import asyncio
import collections
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bot_process import corpus_dated_now  # noqa: E402
from tests.fake_telegram import TOKEN, FakeTelegram  # noqa: E402

_SUBSCRIBE = """
import sys
from datetime import UTC, datetime, timedelta
from bot.store import open_store
now = datetime.now(UTC)
due = now - timedelta(minutes=1)
store = open_store(None, sys.argv[1])
for chat in sys.argv[2].split(","):
    store.upsert_subscription("telegram", chat, "private", due.hour, due.minute, "UTC", now - timedelta(days=2))
store.close()
"""


def _subscribe(bot_root: Path, data_dir: Path, chats: list[str]) -> Path:
    """Subscriptions due a minute ago, written by the bot under test (its own schema version)."""
    env = {**os.environ, "PYTHONPATH": str(bot_root)}
    # cwd: the data dir, so `-c` does not put this checkout first on sys.path
    subprocess.run(
        [sys.executable, "-c", _SUBSCRIBE, str(data_dir), ",".join(chats)], env=env, check=True, cwd=data_dir
    )
    return corpus_dated_now(data_dir)


async def _start(bot_root: Path, data_dir: Path, corpus: Path, fake: FakeTelegram, log: Path) -> Any:
    keep = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_", "DATABASE_", "MEMORIAL_"))
    }
    env = {
        **keep,
        "PYTHONPATH": str(bot_root),
        "MEMORIAL_DATA_DIR": str(data_dir),
        "MEMORIAL_CORPUS": str(corpus),
        "MEMORIAL_LOG_LEVEL": "INFO",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
    }
    out = log.open("ab")
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", cwd=data_dir, env=env, stdout=out, stderr=out
    )


def _ledger(data_dir: Path) -> collections.Counter[str]:
    with sqlite3.connect(data_dir / "memorial.sqlite3") as conn:
        return collections.Counter(row[0] for row in conn.execute("SELECT status FROM deliveries"))


def _statuses(data_dir: Path) -> dict[str, str]:
    with sqlite3.connect(data_dir / "memorial.sqlite3") as conn:
        rows = conn.execute(
            "SELECT s.chat_id, d.status FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id"
        )
        return {chat: status for chat, status in rows}


async def _until(pred: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        await asyncio.sleep(0.2)  # a benchmark polls; tests wait on events
    return False


async def crash(bot_root: Path, chats: int = 300, latency: float = 0.25, seed: int = 14) -> dict[str, Any]:
    fake = FakeTelegram(TOKEN, send_latency=latency)
    await fake.start()
    ids = [str(800001 + i) for i in range(chats)]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        corpus = _subscribe(bot_root, data, ids)
        log = data / "bot.log"

        def posts() -> list[Any]:
            return [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] in ids]

        proc = await _start(bot_root, data, corpus, fake, log)
        kill_after = random.Random(seed).randint(chats // 8, chats // 3)
        if not await _until(lambda: len(posts()) >= kill_after or proc.returncode is not None, 120):
            raise RuntimeError("no posts: " + log.read_text(errors="replace")[-3000:])
        if proc.returncode is not None:
            raise RuntimeError(f"the bot exited ({proc.returncode}): " + log.read_text(errors="replace")[-3000:])
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
        killed, before = time.monotonic(), len(posts())
        proc = await _start(bot_root, data, corpus, fake, log)
        await _until(lambda: len(posts()) > before, 300)
        takeover = time.monotonic() - killed
        done = await _until(lambda: sum(v for k, v in _ledger(data).items() if k != "claimed") >= chats, 300)
        finish = time.monotonic() - killed
        proc.send_signal(signal.SIGTERM)
        await proc.wait()
        status = _statuses(data)
    await fake.close()
    sends = collections.Counter(c.params["chat_id"] for c in posts())
    uncertain = sum(1 for s in status.values() if s == "uncertain")
    return {
        "duplicates": sum(1 for n in sends.values() if n > 1),
        "lost": sum(1 for chat in ids if sends[chat] == 0 and status.get(chat) != "uncertain"),
        "uncertain": uncertain,
        "takeover_s": takeover,
        "finish_s": finish if done else float("nan"),
        "killed_after": kill_after,
    }


async def late_answer(bot_root: Path, chats: int = 60, latency: float = 6.0) -> dict[str, Any]:
    fake = FakeTelegram(TOKEN, send_latency=latency)
    await fake.start()
    ids = [str(810001 + i) for i in range(chats)]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        corpus = _subscribe(bot_root, data, ids)
        started = time.monotonic()
        proc = await _start(bot_root, data, corpus, fake, data / "bot.log")
        # Done when no row is still claimed with a retry pending inside the next minutes.
        await _until(lambda: sum(_ledger(data).values()) >= chats and _ledger(data)["claimed"] == 0, 240)
        elapsed = time.monotonic() - started
        proc.send_signal(signal.SIGTERM)
        await proc.wait()
        status = _statuses(data)
    await fake.close()
    sends = collections.Counter(c.params["chat_id"] for c in fake.calls_to("sendMessage") if c.params["chat_id"] in ids)
    return {
        "duplicates": sum(1 for n in sends.values() if n > 1),
        "lost": sum(1 for chat in ids if sends[chat] == 0 and status.get(chat) != "uncertain"),
        "uncertain": sum(1 for s in status.values() if s == "uncertain"),
        "seconds": elapsed,
        "ledger": dict(collections.Counter(status.values())),
    }


async def loop_stall(chats: int = 1000, *, in_thread: bool, database_url: str | None = None) -> float:
    """Longest stall (ms) of the event loop while a Deliverer broadcasts `chats` posts to a no-wait
    sender with no pacing limit, so the store's round trips are what the loop does."""
    from bot.daily.delivery import Deliverer
    from bot.daily.pacing import Pacer
    from bot.platform import PlatformLimits
    from bot.replies import Reply, text_reply
    from bot.store import open_store

    class Instant:
        platform = "telegram"
        limits = PlatformLimits(messages_per_second=100_000, per_chat_per_second=100_000)

        async def send(self, chat_id: str, chat_kind: str, reply: Reply, *, key: str = "") -> None:
            await asyncio.sleep(0)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(database_url, tmp)
        for table in ("deliveries", "leases"):  # a PostgreSQL database is reused between runs
            store._exec(f"DELETE FROM {table}")
        now = datetime.now(UTC)
        due = now - timedelta(minutes=1)
        for i in range(chats):
            store.upsert_subscription(
                "telegram", f"s{i}", "private", due.hour, due.minute, "UTC", now - timedelta(days=2)
            )
        post = text_reply("On this day.")
        sender = Instant()
        d = Deliverer(
            store, [sender], lambda s, day: post, store_in_thread=in_thread, pacers={"telegram": Pacer(sender.limits)}
        )
        worst = 0.0
        running = True

        async def probe() -> None:
            nonlocal worst
            while running:
                t = time.perf_counter()
                await asyncio.sleep(0.005)
                worst = max(worst, time.perf_counter() - t - 0.005)

        task = asyncio.create_task(probe())
        report = await d.run_due()
        running = False
        await task
        assert len(report.sent) == chats
        store.close()
    return worst * 1000


def run_all(bot_root: Path) -> dict[str, Any]:
    return {
        "crash": asyncio.run(crash(bot_root)),
        "late": asyncio.run(late_answer(bot_root)),
        "stall_on_loop_ms": asyncio.run(loop_stall(in_thread=False)),
        "stall_in_thread_ms": asyncio.run(loop_stall(in_thread=True)),
    }


def print_table(r: dict[str, Any]) -> None:
    c, late = r["crash"], r["late"]
    print("fault                          duplicates  lost  uncertain  takeover s  finish s")
    print(
        f"crash (300 chats, 250 ms, -9)  {c['duplicates']:10d}  {c['lost']:4d}  {c['uncertain']:9d}  "
        f"{c['takeover_s']:10.1f}  {c['finish_s']:8.1f}   (killed after {c['killed_after']} posts)"
    )
    print(
        f"late answer (60 chats, 6 s)    {late['duplicates']:10d}  {late['lost']:4d}  {late['uncertain']:9d}  "
        f"{'-':>10}  {late['seconds']:8.1f}   ledger {late['ledger']}"
    )
    print(
        f"longest loop stall, 1,000-chat broadcast (SQLite): store on the loop {r['stall_on_loop_ms']:.1f} ms, "
        f"in a thread {r['stall_in_thread_ms']:.1f} ms"
    )


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bot-root", type=Path, default=ROOT)
    ap.add_argument("--only", choices=["crash", "late", "stall"], default=None)
    ap.add_argument("--database-url", default=None, help="the loop-stall figure on this PostgreSQL")
    args = ap.parse_args()
    if args.only == "crash":
        print(asyncio.run(crash(args.bot_root)))
    elif args.only == "late":
        print(asyncio.run(late_answer(args.bot_root)))
    elif args.only == "stall":
        url = args.database_url
        on_loop = asyncio.run(loop_stall(in_thread=False, database_url=url))
        in_thread = asyncio.run(loop_stall(in_thread=True, database_url=url))
        print(f"longest loop stall: store on the loop {on_loop:.1f} ms, in a thread {in_thread:.1f} ms")
    else:
        print_table(run_all(args.bot_root))
