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


async def run_load(workdir: Path, broadcast: int, commands: int, askers: int, spread: float) -> dict:
    """Commands from users during a broadcast, one bot token, one budget (see --load above)."""
    import statistics

    from adapters.cli.common import make_core
    from adapters.telegram.app import build_application, sender_for, serve
    from adapters.telegram.limiter import BudgetLimiter
    from bot.config import TelegramConfig
    from bot.index.build import build_index
    from tests.fake_telegram import TOKEN as FAKE_TOKEN
    from tests.fake_telegram import FakeTelegram as FakeBotApi
    from tests.fake_telegram import private_message
    from tests.paths import SEEDS

    fake = FakeBotApi(FAKE_TOKEN, messages_per_second=30, per_chat_seconds=1.0, group_per_minute=20)
    await fake.start()
    app = build_application(make_core(build_index(SEEDS)), FAKE_TOKEN, base_url=fake.base_url)
    stop, ready = asyncio.Event(), asyncio.Event()

    async def on_ready(_app: object) -> None:
        ready.set()

    cfg = TelegramConfig(token=FAKE_TOKEN, api_base_url=fake.base_url)
    serving = asyncio.create_task(serve(app, cfg, stop, on_ready=on_ready))  # type: ignore[arg-type]
    await ready.wait()

    store = open_store(None, workdir)
    now = datetime.now(UTC)
    due, created = now - timedelta(minutes=1), now - timedelta(days=2)
    subscribed = [20_000_001 + i for i in range(broadcast)]
    for chat in subscribed:
        store.upsert_subscription("telegram", str(chat), "private", due.hour, due.minute, "UTC", created)
    sender = sender_for(app)
    assert sender.pacer is not None
    marker = "On this day: the daily post"
    deliverer = Deliverer(store, [sender], lambda sub, day: text_reply(marker), pacers={"telegram": sender.pacer})
    # A quarter of the askers are subscribers too: their reply and post share the chat's limit.
    chats = subscribed[: askers // 4] + [30_000_001 + i for i in range(askers - askers // 4)]
    order = [chats[i % askers] for i in range(commands)]
    start = time.monotonic()
    task = asyncio.create_task(deliverer.run_due())
    await fake.wait_for("sendMessage", lambda c: c.ok and marker in c.text, count=50)
    injected: dict[int, list[float]] = collections.defaultdict(list)
    first = time.monotonic()
    for chat in order:
        injected[chat].append(time.monotonic())
        fake.inject(private_message("/search Liddell", {"id": chat, "is_bot": False, "first_name": "U"}))
        await asyncio.sleep(spread / commands)  # load shaping: `commands` arrivals spread over `spread` s
    report = await task
    elapsed = time.monotonic() - start
    try:
        replies = await fake.wait_for("sendMessage", lambda c: c.ok and marker not in c.text, count=commands)
    except AssertionError:
        replies = [c for c in fake.calls_to("sendMessage") if c.ok and marker not in c.text]
    stop.set()
    await serving
    await fake.close()
    store.close()

    ok = [c for c in fake.calls_to("sendMessage") if c.ok]
    posts = collections.Counter(c.chat_id for c in ok if marker in c.text)
    last_reply = max(c.at for c in replies)
    active = last_reply - first  # users were active: first command in → last reply out
    posts_active = sum(1 for c in ok if marker in c.text and first <= c.at <= last_reply)
    latencies = []
    for chat, times in injected.items():
        arrivals = sorted(c.at for c in replies if c.chat_id == chat)
        latencies += [a - t for a, t in zip(arrivals, sorted(times), strict=False)]
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, BudgetLimiter)
    reply_rate = len(replies) / active
    return {
        "commands": commands,
        "askers": askers,
        "broadcast": broadcast,
        "seconds": elapsed,
        "p50": statistics.median(latencies),
        "p95": statistics.quantiles(latencies, n=20)[18],
        "active": active,
        "reply_rate": reply_rate,
        "post_rate_active": posts_active / active,
        "left": 30 - reply_rate,
        "http_429": fake.rate_limited,
        "dropped": commands - len(replies) + limiter.dropped,
        "lost": sum(1 for c in subscribed if posts[c] == 0),
        "duplicates": sum(k - 1 for k in posts.values() if k > 1),
        "reported_sent": len(report.sent),
        "busiest": fake.max_per_second(),
        "total_rate": len(ok) / elapsed,
    }


def print_load(r: dict) -> bool:
    print(
        f"load: {r['commands']} commands from {r['askers']} chats within the first seconds of a broadcast to "
        f"{r['broadcast']} chats ({r['seconds']:.1f} s in all)\n"
        f"  reply latency p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s\n"
        f"  while users were active ({r['active']:.1f} s): replies {r['reply_rate']:.1f} msg/s, broadcast "
        f"{r['post_rate_active']:.1f} msg/s of the {r['left']:.1f}/s the replies left of the 30/s cap "
        f"({100 * r['post_rate_active'] / max(r['left'], 0.1):.0f}%); the whole run {r['total_rate']:.1f} msg/s\n"
        f"  429s received {r['http_429']}; replies dropped {r['dropped']}; posts lost {r['lost']}, "
        f"duplicated {r['duplicates']} (reported sent {r['reported_sent']}); busiest rolling second {r['busiest']}"
    )
    return r["dropped"] == 0 and r["lost"] == 0 and r["duplicates"] == 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subs", type=int, default=10_000)
    ap.add_argument("--groups-every", type=int, default=20, help="every Nth chat is a group (20/min limit)")
    ap.add_argument("--baseline-subs", type=int, default=None, help="default: subs/10, at most 1000")
    ap.add_argument("--faults", action="store_true", help="also the crash / late-answer / loop-stall figures")
    ap.add_argument("--load", action="store_true", help="only the replies-during-a-broadcast figures (issue 18)")
    args = ap.parse_args()
    if args.load:
        with tempfile.TemporaryDirectory() as tmp:
            ok = print_load(asyncio.run(run_load(Path(tmp), broadcast=1000, commands=300, askers=200, spread=5.0)))
        print("targets met" if ok else "TARGETS MISSED")
        return 0 if ok else 1
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
