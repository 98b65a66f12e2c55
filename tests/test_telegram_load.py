"""Under load no reply is lost (issue 18): the real PTB Application against the fake Bot API
enforcing Telegram's flood limits (30 messages in any rolling second, 1 a second per chat, 20 a
minute per group; 429 with retry_after beyond them).

Replies and the daily broadcast share one send budget per bot token (adapters/telegram/limiter.py,
bot/daily/pacing.py): replies first, the broadcast takes what is left, and a 429 is retried after
its retry_after instead of dropping the reply. Run with `-s` for the figures.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest

from adapters.telegram.app import build_application, sender_for
from adapters.telegram.limiter import BudgetLimiter
from bot.chat.dispatch import Core
from bot.config import telegram_config
from bot.daily.delivery import Deliverer
from bot.metrics import REPLIES_DROPPED, exposition
from bot.replies import Reply, text_reply
from bot.store import SQLStore, Subscription

from .fake_telegram import TOKEN, Call, FakeTelegram, StartBot, private_message

MARK = "Daily post for load test"


def enforce_telegram_limits(fake: FakeTelegram) -> None:
    fake.messages_per_second = 30
    fake.per_chat_seconds = 1.0
    fake.group_per_minute = 20


def user(n: int) -> dict[str, object]:
    return {"id": n, "is_bot": False, "first_name": f"U{n}", "username": f"u{n}", "language_code": "en"}


class _OnRecord(logging.Handler):
    """Sets `event` when a log record containing `text` is emitted: a test waits on it, not on time."""

    def __init__(self, text: str, event: asyncio.Event) -> None:
        super().__init__()
        self.text, self.event = text, event

    def emit(self, record: logging.LogRecord) -> None:
        if self.text in record.getMessage():
            self.event.set()


def per_chat_ok(calls: list[Call]) -> bool:
    """No chat got two messages less than a second apart (what Telegram's per-chat limit allows)."""
    times: dict[int, list[float]] = defaultdict(list)
    for c in calls:
        times[c.chat_id].append(c.at)
    return all(b - a >= 1.0 for ts in times.values() for a, b in zip(sorted(ts), sorted(ts)[1:], strict=False))


async def test_150_chats_at_once_all_get_their_reply(fake: FakeTelegram, start_bot: StartBot) -> None:
    enforce_telegram_limits(fake)
    app = await start_bot()
    chats = [600_001 + i for i in range(150)]
    mark = fake.mark()
    for chat in chats:
        fake.inject(private_message("/search Liddell", user(chat)))
    replies = await fake.wait_for("sendMessage", lambda c: c.ok, after=mark, count=len(chats))
    assert sorted({c.chat_id for c in replies}) == chats  # every chat answered
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, BudgetLimiter) and limiter.dropped == 0
    assert per_chat_ok(replies) and fake.max_per_second() <= 30
    print(f"\n150 chats at once: 429s answered {fake.rate_limited}, retried {limiter.rate_limited}, dropped 0")


# Issue 18's load test at full size: 300 commands from 200 chats, arriving in waves within 5 s,
# while a broadcast to 1,000 chats runs (bench/broadcast.py --load measures the same run).
BROADCAST_CHATS = 1000
COMMAND_CHATS = 200
COMMANDS = 300
WAVES = 5


def load_post(sub: Subscription, local_date: date) -> Reply:
    return text_reply(f"{MARK}: {local_date.isoformat()}")


async def test_commands_during_a_broadcast_lose_no_reply_and_no_post(
    fake: FakeTelegram, start_bot: StartBot, sqlite_store: SQLStore
) -> None:
    enforce_telegram_limits(fake)
    app = await start_bot()
    now = datetime.now(UTC)
    due = now - timedelta(minutes=1)
    subscribed = [800_001 + i for i in range(BROADCAST_CHATS)]
    for chat in subscribed:
        sqlite_store.upsert_subscription(
            "telegram", str(chat), "private", due.hour, due.minute, "UTC", now - timedelta(days=2)
        )
    sender = sender_for(app)
    assert sender.pacer is not None
    deliverer = Deliverer(sqlite_store, [sender], load_post, pacers={"telegram": sender.pacer})
    # Half the commanding chats are also subscribed: their reply and their post share the chat's limit.
    askers = subscribed[: COMMAND_CHATS // 2] + [650_001 + i for i in range(COMMAND_CHATS - COMMAND_CHATS // 2)]
    commands = [askers[i % COMMAND_CHATS] for i in range(COMMANDS)]
    mark = fake.mark()
    broadcast = asyncio.create_task(deliverer.run_due())
    sent_at: dict[int, list[float]] = defaultdict(list)
    per_wave = COMMANDS // WAVES
    for w in range(WAVES):
        # The first wave lands once the broadcast is under way (20 posts out), each next one after
        # about another second of traffic (30 messages, posts or replies): event-driven, and the
        # 300 commands arrive within about 5 s, as in the issue.
        await fake.wait_for("sendMessage", lambda c: c.ok, after=mark, count=20 + 30 * w)
        for chat in commands[w * per_wave : (w + 1) * per_wave]:
            sent_at[chat].append(time.monotonic())
            fake.inject(private_message("/search Liddell", user(chat)))
    report = await asyncio.wait_for(broadcast, 60)
    replies = await fake.wait_for("sendMessage", lambda c: c.ok and MARK not in c.text, after=mark, count=COMMANDS)

    delivered = [c for c in fake.calls_to("sendMessage", mark) if c.ok]
    posts = Counter(c.chat_id for c in delivered if MARK in c.text)
    got = Counter(c.chat_id for c in replies)
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, BudgetLimiter)
    assert got == Counter(commands) and limiter.dropped == 0  # 0 replies dropped
    assert posts == Counter(subscribed) and len(report.sent) == BROADCAST_CHATS  # 0 lost, 0 duplicated
    assert report.failed == [] and report.uncertain == []
    assert per_chat_ok(delivered) and fake.max_per_second() <= 30  # no limit broken

    # The figures (printed with -s; bench/broadcast.py --load reports the full-size run).
    latencies = []
    for chat, times in sent_at.items():
        arrivals = sorted(c.at for c in replies if c.chat_id == chat)
        latencies += [a - t for a, t in zip(arrivals, sorted(times), strict=True)]
    q = statistics.quantiles(latencies, n=20)
    asked = sorted(t for times in sent_at.values() for t in times)
    print(
        f"\nload: {COMMANDS} commands from {COMMAND_CHATS} chats (arriving over {asked[-1] - asked[0]:.1f} s) "
        f"during a broadcast to {BROADCAST_CHATS}: "
        f"reply latency p50 {statistics.median(latencies):.2f} s, p95 {q[18]:.2f} s; "
        f"429s answered {fake.rate_limited} (replies retried {limiter.rate_limited}, posts {deliverer.rate_limited})"
    )


async def test_a_429_is_retried_after_retry_after_and_a_reply_given_up_on_is_counted(
    fake: FakeTelegram, start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    app = await start_bot()
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, BudgetLimiter)
    flood = {"retry_after": 1}
    # One 429: the reply still arrives (after the second it was asked to wait).
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", parameters=flood)
    mark = fake.mark()
    fake.inject(private_message("/search Liddell", user(610_001)))
    (reply,) = await fake.wait_for("sendMessage", lambda c: c.ok, after=mark)
    assert reply.chat_id == 610_001 and limiter.dropped == 0
    # Still limited after the last retry allowed: given up, logged and counted in /metrics.
    limiter.max_retries = 1
    dropped = asyncio.Event()
    watch, limiter_log = _OnRecord("dropped", dropped), logging.getLogger("adapters.telegram.limiter")
    limiter_log.addHandler(watch)
    before = REPLIES_DROPPED.labels("telegram")._value.get()
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", parameters=flood, times=2)
    mark = fake.mark()
    fake.inject(private_message("/search Liddell", user(610_002)))
    try:
        await asyncio.wait_for(dropped.wait(), 20)
    finally:
        limiter_log.removeHandler(watch)
    assert limiter.dropped == 1 and len(fake.calls_to("sendMessage", mark)) == 2  # two tries, both 429
    assert REPLIES_DROPPED.labels("telegram")._value.get() == before + 1
    assert "sendMessage to chat 610002 dropped: still rate limited after 2 attempts" in caplog.text
    assert b"memorial_replies_dropped_total" in exposition()


def test_each_replica_takes_its_share_of_the_cap(core: Core) -> None:
    """TELEGRAM_SEND_SHARE=0.5 with two replicas: each paces replies and posts at half of 30/s."""
    cfg = telegram_config({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_SEND_SHARE": "0.5"})
    assert cfg is not None and cfg.send_share == 0.5
    app = build_application(core, TOKEN, send_share=cfg.send_share)
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, BudgetLimiter)
    assert limiter.pacer.limits.messages_per_second == 15
    assert sender_for(app).pacer is limiter.pacer  # the daily posts draw on the same budget
