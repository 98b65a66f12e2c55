"""Broadcast benchmark: N subscriptions due the same minute, through a fake Telegram on 127.0.0.1.

The fake platform (aiohttp, same process) enforces Telegram's flood limits — 30 messages in any
1-second window overall, 1 per second per chat, 20 per minute per group — and answers HTTP 429
with `retry_after` when they are broken, like the Bot API. The bot side is the real Deliverer
with its ledger (SQLite in a temp dir), pacer and retry logic, sending over HTTP.

Reports: time to deliver all, messages/s against the 30/s cap (target ≥ 90%), 429s (target 0),
duplicates and losses (must be 0), peak RSS. A baseline in the same run sends a smaller batch
with pacing switched off (what a naive loop does) to show what the limiter buys.

    .venv/bin/python bench/broadcast.py              # 10,000 subscriptions: about 6 minutes
    .venv/bin/python bench/broadcast.py --subs 600   # a quick look
    .venv/bin/python bench/broadcast.py --faults     # adds the fault figures (bench/faults.py): crash,
                                                     # late answer, loop stall; about 1 more minute
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.daily.delivery import Deliverer
from bot.daily.pacing import Pacer
from bot.platform import (
    TELEGRAM_LIMITS,
    PermanentSendError,
    PlatformLimits,
    RetryAfter,
    TransientSendError,
)
from bot.replies import Reply, inline_text, text_reply
from bot.store import open_store

TOKEN = "123456:bench-token-not-secret"


class FakeTelegram:
    """The flood-control part of the Bot API's sendMessage."""

    def __init__(self, per_second: int = 30, per_chat_seconds: float = 1.0, group_per_minute: int = 20) -> None:
        self.per_second = per_second
        self.per_chat_seconds = per_chat_seconds
        self.group_per_minute = group_per_minute
        self.recent: collections.deque[float] = collections.deque()
        self.last_by_chat: dict[str, float] = {}
        self.group_recent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self.received: collections.Counter[str] = collections.Counter()
        self.too_many = 0

    def _limited(self, chat: str, now: float) -> float | None:
        while self.recent and self.recent[0] <= now - 1.0:
            self.recent.popleft()
        if len(self.recent) >= self.per_second:
            return 1.0
        last = self.last_by_chat.get(chat)
        if last is not None and now - last < self.per_chat_seconds:
            return 1.0
        if chat.startswith("-"):
            window = self.group_recent[chat]
            while window and window[0] <= now - 60.0:
                window.popleft()
            if len(window) >= self.group_per_minute:
                return max(1.0, 60.0 - (now - window[0]))
        return None

    async def send_message(self, request: web.Request) -> web.Response:
        body = await request.json()
        chat = str(body["chat_id"])
        now = time.monotonic()
        wait = self._limited(chat, now)
        if wait is not None:
            self.too_many += 1
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests",
                    "parameters": {"retry_after": wait},
                },
                status=429,
            )
        self.recent.append(now)
        self.last_by_chat[chat] = now
        if chat.startswith("-"):
            self.group_recent[chat].append(now)
        self.received[chat] += 1
        return web.json_response({"ok": True, "result": {"message_id": sum(self.received.values())}})


class HttpTelegramSender:
    """A minimal Bot API sender for the benchmark (the real one lives in adapters/telegram)."""

    platform = "telegram"

    def __init__(self, base_url: str, limits: PlatformLimits) -> None:
        self.limits = limits
        self.client = httpx.AsyncClient(base_url=base_url, timeout=10, limits=httpx.Limits(max_connections=32))

    async def send(self, chat_id: str, chat_kind: str, reply: Reply, *, key: str = "") -> None:
        text = "\n".join(inline_text(b.text) for b in reply.blocks)
        try:
            r = await self.client.post(f"/bot{TOKEN}/sendMessage", json={"chat_id": chat_id, "text": text})
        except httpx.HTTPError as exc:
            raise TransientSendError(type(exc).__name__) from None
        if r.status_code == 429:
            raise RetryAfter(float(r.json().get("parameters", {}).get("retry_after", 1)))
        if r.status_code in (400, 403):
            raise PermanentSendError(r.json().get("description", "forbidden"))
        if r.status_code >= 500:
            raise TransientSendError(f"HTTP {r.status_code}")

    async def close(self) -> None:
        await self.client.aclose()


async def run_once(n: int, groups_every: int, paced: bool, workdir: Path) -> dict:
    fake = FakeTelegram()
    app = web.Application()
    app.router.add_post(f"/bot{TOKEN}/sendMessage", fake.send_message)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    store = open_store(None, workdir)
    due = datetime.now(UTC).replace(second=0, microsecond=0)
    created = due - timedelta(days=1)
    chats = []
    for i in range(n):
        is_group = groups_every and i % groups_every == 0
        chat = f"-100{i}" if is_group else str(10_000_000 + i)
        chats.append(chat)
        store.upsert_subscription(
            "telegram", chat, "group" if is_group else "private", due.hour, due.minute, "UTC", created
        )

    limits = TELEGRAM_LIMITS if paced else PlatformLimits(messages_per_second=1e6, per_chat_per_second=1e6)
    sender = HttpTelegramSender(f"http://127.0.0.1:{port}", limits)
    post = text_reply("On this day: the commemoration of the day, with its sources.")
    deliverer = Deliverer(
        store,
        [sender],
        lambda sub, day: post,
        concurrency=16,
        max_rate_limits=1000,  # the naive baseline keeps retrying instead of deferring
        claim_lease=3600,
        pacers={"telegram": Pacer(limits)},
    )
    start = time.perf_counter()
    report = await deliverer.run_due()
    elapsed = time.perf_counter() - start
    await sender.close()
    await runner.cleanup()
    statuses = collections.Counter(d.status for d in store.list_deliveries())
    store.close()
    received = fake.received
    return {
        "subs": n,
        "seconds": elapsed,
        "rate": sum(received.values()) / elapsed,
        "http_429": fake.too_many,
        "duplicates": sum(c - 1 for c in received.values() if c > 1),
        "losses": sum(1 for c in chats if received[c] == 0),
        "reported_sent": len(report.sent),
        "reported_failed": len(report.failed),
        "ledger": dict(statuses),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subs", type=int, default=10_000)
    ap.add_argument("--groups-every", type=int, default=20, help="every Nth chat is a group (20/min limit)")
    ap.add_argument("--baseline-subs", type=int, default=None, help="default: subs/10, at most 1000")
    ap.add_argument("--faults", action="store_true", help="also the crash / late-answer / loop-stall figures")
    args = ap.parse_args()
    base_n = args.baseline_subs if args.baseline_subs is not None else min(1000, max(60, args.subs // 10))
    with tempfile.TemporaryDirectory() as tmp:
        base = asyncio.run(run_once(base_n, args.groups_every, paced=False, workdir=Path(tmp) / "base"))
        paced = asyncio.run(run_once(args.subs, args.groups_every, paced=True, workdir=Path(tmp) / "paced"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cap = TELEGRAM_LIMITS.messages_per_second
    for label, r in (("baseline (no pacing)", base), ("paced", paced)):
        print(
            f"{label:22} {r['subs']:6d} subs  {r['seconds']:8.1f} s  {r['rate']:6.2f} msg/s "
            f"({100 * r['rate'] / cap:5.1f}% of {cap:g}/s)  429s={r['http_429']}  duplicates={r['duplicates']}  "
            f"losses={r['losses']}  reported sent={r['reported_sent']} failed={r['reported_failed']}  "
            f"ledger={r['ledger']}"
        )
    print(f"peak RSS (bot + fake platform, one process): {rss_mb:.0f} MB")
    print(
        f"paced vs baseline: 429s {paced['http_429']} vs {base['http_429']}; "
        f"rate ratio {paced['rate'] / base['rate']:.2f}"
    )
    ok = paced["http_429"] == 0 and paced["duplicates"] == 0 and paced["losses"] == 0 and paced["rate"] >= 0.9 * cap
    if args.faults:
        from bench import faults

        r = faults.run_all(faults.ROOT)
        faults.print_table(r)
        c, late = r["crash"], r["late"]
        ok = ok and c["duplicates"] == 0 and c["lost"] == 0 and late["duplicates"] == 0 and late["lost"] == 0
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
