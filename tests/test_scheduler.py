"""The scheduler: jobs follow the database, fire at local time across DST changes, and a firing
runs the exactly-once due-check. The clock is fake; nothing waits for real minutes."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from adapters.cli.common import make_core
from bot.commands import start_daily_posts_for
from bot.daily.delivery import Deliverer
from bot.daily.scheduler import DailyScheduler, LocalDailyTrigger
from bot.replies import text_reply
from tests.pg_fixture import FakeClock, RecordingSender


def post(sub, local_date):
    return text_reply(f"post for {local_date}")


def fire_times(trigger: LocalDailyTrigger, start: datetime, n: int) -> list[datetime]:
    out, prev = [], None
    for _ in range(n):
        prev = trigger.get_next_fire_time(prev, start)
        out.append(prev)
    return out


@pytest.mark.parametrize(
    ("tz", "change_day"),
    [
        ("Europe/London", date(2025, 3, 30)),  # spring forward
        ("America/New_York", date(2025, 11, 2)),  # fall back
        ("Australia/Sydney", date(2025, 4, 6)),  # fall back, southern hemisphere
    ],
)
async def test_posts_fire_at_nine_local_every_day_across_a_dst_change(store, tz, change_day):
    """Walk the fake clock through a week around the change: one post per local date, each at
    exactly 09:00 local time, none a minute early."""
    zone = ZoneInfo(tz)
    start = datetime.combine(change_day - timedelta(days=3), datetime.min.time(), zone).astimezone(UTC)
    sub = store.upsert_subscription("telegram", "c", "private", 9, 0, tz, start)
    clock = FakeClock(start)
    sender = RecordingSender()
    deliverer = Deliverer(store, [sender], post, clock=clock, sleep=clock.sleep)
    trigger = LocalDailyTrigger(sub.hour, sub.minute, sub.timezone)
    times = fire_times(trigger, start, 7)
    assert [t.astimezone(zone).strftime("%H:%M") for t in times] == ["09:00"] * 7
    assert [t.astimezone(zone).date() for t in times] == [change_day + timedelta(days=i) for i in range(-3, 4)]
    offsets = {t.astimezone(zone).utcoffset() for t in times}
    assert len(offsets) == 2  # the UTC instant did move with the change
    for t in times:
        clock.now = t - timedelta(minutes=1)
        assert (await deliverer.run_due()).sent == []
        clock.now = t
        report = await deliverer.run_due()
        assert [o.local_date for o in report.sent] == [t.astimezone(zone).date()]
    assert len(sender.sent) == 7


def test_nonexistent_and_repeated_times_fire_once_per_day():
    # New York: 2025-03-09 02:00 → 03:00 (02:30 does not exist); 2025-11-02 01:30 happens twice.
    ny = ZoneInfo("America/New_York")
    spring = fire_times(LocalDailyTrigger(2, 30, "America/New_York"), datetime(2025, 3, 8, tzinfo=UTC), 3)
    assert [t.astimezone(ny).strftime("%m-%d %H:%M") for t in spring] == ["03-08 02:30", "03-09 03:30", "03-10 02:30"]
    autumn = fire_times(LocalDailyTrigger(1, 30, "America/New_York"), datetime(2025, 11, 1, tzinfo=UTC), 3)
    assert [t.astimezone(ny).strftime("%m-%d %H:%M %Z") for t in autumn] == [
        "11-01 01:30 EDT",
        "11-02 01:30 EDT",  # the first of the two 01:30s
        "11-03 01:30 EST",
    ]


async def test_jobs_are_rebuilt_from_the_database_and_follow_changes(store):
    now = datetime(2025, 9, 3, 5, 0, tzinfo=UTC)
    a = store.upsert_subscription("telegram", "a", "private", 9, 0, "Europe/Moscow", now)
    b = store.upsert_subscription("discord", "b", "group", 8, 0, "UTC+08:00", now)
    off = store.upsert_subscription("telegram", "off", "private", 9, 0, "UTC", now)
    store.disable_subscription(off.id, "unsubscribed", now)
    clock = FakeClock(now)
    ds = DailyScheduler(store, Deliverer(store, [RecordingSender()], post, clock=clock, sleep=clock.sleep), clock=clock)
    ds.scheduler.start(paused=True)  # jobs are computed, nothing runs on its own
    try:
        assert ds.rebuild() == 2
        jobs = {j.id: j for j in ds.scheduler.get_jobs()}
        assert set(jobs) == {f"sub:{a.id}", f"sub:{b.id}"}
        # After another process edits the database, a rebuild converges on it.
        store.upsert_subscription("telegram", "a", "private", 10, 0, "Europe/Moscow", now)
        ds.subscription_changed(a.id)
        assert str(ds.scheduler.get_job(f"sub:{a.id}").trigger) == "daily at 10:00 Europe/Moscow"
        store.disable_subscription(b.id, "unsubscribed", now)
        ds.subscription_changed(b.id)
        assert ds.scheduler.get_job(f"sub:{b.id}") is None
        store.upsert_subscription("telegram", "off", "private", 9, 0, "UTC", now)
        assert ds.rebuild() == 2 and ds.scheduler.get_job(f"sub:{off.id}") is not None
    finally:
        ds.shutdown()


async def test_a_permanent_error_removes_the_job(store):
    from bot.platform import PermanentSendError

    now = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)
    sub = store.upsert_subscription("telegram", "gone", "group", 9, 0, "Europe/Moscow", now)
    clock = FakeClock(now)
    sender = RecordingSender()
    sender.script["gone"] = [PermanentSendError("Bad Request: chat not found")]
    ds = DailyScheduler(store, Deliverer(store, [sender], post, clock=clock, sleep=clock.sleep), clock=clock)
    ds.scheduler.start(paused=True)
    try:
        ds.rebuild()
        await ds.fire(sub.id)
        assert ds.scheduler.get_job(f"sub:{sub.id}") is None
        assert store.get_subscription_by_id(sub.id).disabled_reason == "Bad Request: chat not found"
    finally:
        ds.shutdown()


async def test_start_catches_up_missed_posts_once_and_apscheduler_runs_the_jobs(store):
    """A restart at 11:30 Moscow (2.5 h late): the catch-up sends today's post; a second restart
    sends nothing; and a job APScheduler fires really runs the due-check."""
    due = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)
    store.upsert_subscription("telegram", "late", "private", 9, 0, "Europe/Moscow", due - timedelta(days=1))
    clock = FakeClock(due + timedelta(hours=2, minutes=30))
    sent = asyncio.Event()
    sender = RecordingSender()
    real_send = sender.send

    async def send(chat_id, chat_kind, reply):
        await real_send(chat_id, chat_kind, reply)
        sent.set()

    sender.send = send
    for _restart in range(2):
        deliverer = Deliverer(store, [sender], post, clock=clock, sleep=clock.sleep)
        checked = asyncio.Event()
        run_due = deliverer.run_due

        async def run_due_and_tell(*args, run_due=run_due, checked=checked, **kw):
            report = await run_due(*args, **kw)
            checked.set()
            return report

        deliverer.run_due = run_due_and_tell
        ds = DailyScheduler(store, deliverer, clock=clock)
        ds.start()
        try:
            await asyncio.wait_for(checked.wait(), 10)  # the start-up catch-up ran
        finally:
            ds.shutdown()
        assert sender.chats() == ["late"]

    # A job firing: make APScheduler run the subscription's job now (real scheduler, fake clock).
    sent.clear()
    clock.advance(days=1)  # tomorrow's 11:30: tomorrow's post is due
    ds = DailyScheduler(store, Deliverer(store, [sender], post, clock=clock, sleep=clock.sleep), clock=clock)
    ds.start(catch_up=False)
    try:
        job = next(j for j in ds.scheduler.get_jobs() if j.id.startswith("sub:"))
        job.modify(next_run_time=datetime.now(UTC))
        await asyncio.wait_for(sent.wait(), 10)
    finally:
        ds.shutdown()
    assert sender.chats() == ["late", "late"]


async def test_start_daily_posts_registers_services_on_the_core(seed_index, tmp_path, monkeypatch):
    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    core = make_core(seed_index)
    daily = start_daily_posts_for(core, [RecordingSender("console")])
    try:
        assert core.services.scheduler is daily and core.services.store is daily.store
        assert daily.scheduler.get_job("sweep") is not None
    finally:
        daily.shutdown()
        daily.store.close()
