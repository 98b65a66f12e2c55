"""Daily posts go out once per chat per local date, whatever fails (fake clock, no waiting)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.chat.userinput import parse_time, parse_timezone
from bot.daily.delivery import Deliverer
from bot.daily.schedule import due_dates, scheduled_at
from bot.platform import PermanentSendError, RetryAfter, TransientSendError, UncertainSendError
from bot.replies import Reply, text_reply
from bot.store import open_store
from tests.pg_fixture import FakeClock, RecordingSender

MOSCOW_9AM = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)  # 09:00 Europe/Moscow
DAY = date(2025, 9, 3)


def post(sub, local_date: date) -> Reply:
    return text_reply(f"On this day, {local_date:%d %B}: …", title=f"post {local_date}")


def make(store, clock, sender=None, **kw) -> tuple[Deliverer, RecordingSender]:
    sender = sender or RecordingSender()
    return Deliverer(store, [sender], kw.pop("builder", post), clock=clock, sleep=clock.sleep, **kw), sender


def subscribe(store, chat: str, hh: int = 9, mm: int = 0, tz: str = "Europe/Moscow", kind: str = "private"):
    return store.upsert_subscription("telegram", chat, kind, hh, mm, tz, MOSCOW_9AM - timedelta(days=1))


async def test_post_goes_out_at_local_time_and_only_once(store):
    clock = FakeClock(MOSCOW_9AM - timedelta(minutes=1))
    sub = subscribe(store, "42")
    d, sender = make(store, clock)
    assert (await d.run_due()).sent == []  # 08:59 Moscow: not yet
    clock.advance(minutes=1)
    report = await d.run_due()
    assert [(o.chat, o.local_date) for o in report.sent] == [("42", DAY)]
    assert sender.chats() == ["42"]
    clock.advance(minutes=30)
    again = await d.run_due()
    assert again.sent == [] and again.skipped[0].reason == "already sent"
    assert store.get_delivery(sub.id, DAY).status == "sent"


async def test_missed_posts_are_caught_up_within_the_grace_window_only(store):
    subscribe(store, "a", 9, 0)  # due 06:00 UTC
    subscribe(store, "b", 3, 0)  # due 00:00 UTC: more than 6 h before the restart
    clock = FakeClock(MOSCOW_9AM + timedelta(hours=5, minutes=59))  # the bot comes back at 11:59 UTC
    d, sender = make(store, clock)
    report = await d.run_due()
    assert sender.chats() == ["a"] and [o.chat for o in report.sent] == ["a"]
    assert report.skipped == [] and report.failed == []


class Crash(BaseException):
    """The process dies: nothing after this point happens in it."""


@pytest.mark.parametrize("policy", ["skip", "resend"])
async def test_restart_mid_broadcast_loses_nothing_and_duplicates_nothing(store, policy):
    """The 13th send is cut off mid-request by the crash. The next process takes over as soon as
    the short broadcast lease (15 s) runs out, takes the dead claims over by the lease's newer
    fencing token, and applies MEMORIAL_UNCERTAIN to the one that was mid-send."""
    subs = [subscribe(store, f"chat{i}") for i in range(30)]
    clock = FakeClock(MOSCOW_9AM)
    first, sender = make(store, clock, concurrency=1)
    real_send = sender.send
    calls = {"n": 0}

    async def dying_send(chat_id, chat_kind, reply):
        calls["n"] += 1
        if calls["n"] > 12:  # the request of the 13th post was being written when the process died
            raise Crash
        await real_send(chat_id, chat_kind, reply)

    sender.send = dying_send
    with pytest.raises(Crash):
        await first.run_due()
    assert len(sender.sent) == 12

    # The restarted process (new holder id, same platform) runs its start-up catch-up.
    sender.send = real_send
    clock.advance(seconds=10)
    second, _ = make(store, clock, sender=sender, concurrency=4, uncertain=policy)
    early = await second.run_due()
    assert early.sent == [] and early.lease_busy  # the dead process's lease (15 s) has not run out
    clock.advance(seconds=6)
    report = await second.run_due()
    if policy == "skip":  # at most once: the cut-off post is reported, not resent
        assert len(report.sent) == 17
        assert [o.chat for o in report.uncertain] == ["chat12"]
        assert sorted(sender.chats()) == sorted(s.chat_id for s in subs if s.chat_id != "chat12")
        statuses = {d.subscription_id: d.status for d in store.list_deliveries()}
        assert statuses.pop(subs[12].id) == "uncertain" and set(statuses.values()) == {"sent"}
    else:  # at least once: resent (here the platform never got it, so each chat still has one)
        assert len(report.sent) == 18 and report.uncertain == []
        assert sorted(sender.chats()) == sorted(s.chat_id for s in subs)
        assert {d.status for d in store.list_deliveries()} == {"sent"}
    assert (await second.run_due()).sent == []  # final either way


async def test_crash_before_the_send_is_retried_even_under_skip(store):
    """A claim whose request was never started is safe to send: the post builder died here."""
    subs = [subscribe(store, f"chat{i}") for i in range(3)]
    clock = FakeClock(MOSCOW_9AM)
    calls = {"n": 0}

    def dying_builder(sub, d):
        calls["n"] += 1
        if calls["n"] == 2:
            raise Crash
        return post(sub, d)

    first, sender = make(store, clock, concurrency=1, builder=dying_builder)
    with pytest.raises(Crash):
        await first.run_due()
    clock.advance(seconds=16)
    second, _ = make(store, clock, sender=sender)
    report = await second.run_due()
    assert len(report.sent) == 2 and report.uncertain == []
    assert sorted(sender.chats()) == sorted(s.chat_id for s in subs)


async def test_a_holder_that_lost_its_lease_neither_claims_nor_sends(store):
    """A paused broadcaster whose lease was taken over resumes: its renewal gets another token
    back, so it stops; the claims it held are taken over at once by the newer token."""
    subs = [subscribe(store, f"chat{i}") for i in range(6)]
    clock = FakeClock(MOSCOW_9AM)
    paused, sender = make(store, clock, concurrency=1)
    real_send = sender.send
    state = {"n": 0}
    other: dict = {}

    async def pausing_send(chat_id, chat_kind, reply):
        state["n"] += 1
        if state["n"] == 3:
            # Paused for 20 s (GC, VM migration, SIGSTOP): another process takes over meanwhile.
            clock.advance(seconds=20)
            other["report"] = await make(store, clock, sender=sender)[0].run_due()
            raise TimeoutError  # our request never got its answer
        await real_send(chat_id, chat_kind, reply)

    sender.send = pausing_send
    report = await paused.run_due()
    sender.send = real_send
    assert len(report.sent) == 2 and report.uncertain == []  # it did not mark, nor send any more
    assert any(o.reason == "broadcast lease lost" for o in report.skipped)
    taken = other["report"]
    assert [o.chat for o in taken.uncertain] == ["chat2"]  # the one cut off mid-send
    assert len(taken.sent) == 3
    assert sorted(sender.chats()) == sorted(s.chat_id for s in subs if s.chat_id != "chat2")
    assert len(sender.chats()) == len(set(sender.chats()))


async def test_an_unanswered_send_is_uncertain_not_retried_by_default(store):
    subscribe(store, "slow")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock)
    sender.script["slow"] = [UncertainSendError("no answer from Telegram after the request was written")]
    report = await d.run_due()
    assert [o.chat for o in report.uncertain] == ["slow"] and report.sent == []
    assert "uncertain" in report.as_json() and report.as_json()["uncertain"][0]["chat"] == "slow"
    assert store.list_deliveries()[0].status == "uncertain"
    clock.advance(minutes=30)
    assert (await d.run_due()).sent == []  # final: never resent


async def test_resend_policy_retries_an_unanswered_send(store):
    subscribe(store, "slow")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock, uncertain="resend")
    sender.script["slow"] = [UncertainSendError("no answer")]
    report = await d.run_due()
    assert [o.chat for o in report.sent] == ["slow"] and report.uncertain == []


async def test_permanent_error_disables_only_that_subscription(store, caplog):
    for chat in ("ok1", "blocked", "ok2"):
        subscribe(store, chat)
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock)
    sender.script["blocked"] = [PermanentSendError("Forbidden: bot was blocked by the user")]
    disabled = []
    d.on_disabled = disabled.append
    report = await d.run_due()
    assert sorted(sender.chats()) == ["ok1", "ok2"]
    assert [o.chat for o in report.failed] == ["blocked"] and "blocked by the user" in report.failed[0].reason
    off = store.get_subscription("telegram", "blocked")
    assert not off.enabled and off.disabled_reason == "Forbidden: bot was blocked by the user"
    assert [s.chat_id for s in disabled] == ["blocked"]
    assert "disabled" in caplog.text
    clock.advance(days=1)
    await d.run_due()
    assert sorted(sender.chats()) == ["ok1", "ok1", "ok2", "ok2"]


async def test_transient_errors_are_retried_with_backoff(store):
    subscribe(store, "flaky")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock)
    sender.script["flaky"] = [TransientSendError("HTTP 502"), TransientSendError("timeout")]
    report = await d.run_due()
    assert sender.chats() == ["flaky"] and len(report.sent) == 1
    assert [s for s in clock.sleeps if s >= 0.5] == [1.0, 2.0]  # (short waits are pacing)


async def test_a_post_still_failing_is_deferred_to_a_later_due_check_by_any_process(store):
    sub = subscribe(store, "down")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock)
    sender.script["down"] = [TransientSendError("HTTP 502")] * 3
    report = await d.run_due()
    assert sender.sent == [] and "will retry" in report.failed[0].reason
    clock.advance(minutes=4)
    assert (await d.run_due()).skipped[0].reason.startswith("retry scheduled")
    clock.advance(minutes=2)  # past the 300 s retry delay
    other, _ = make(store, clock, sender=sender)  # e.g. after a restart
    assert len((await other.run_due()).sent) == 1
    assert store.get_delivery(sub.id, DAY).attempts == 2


async def test_rate_limit_is_honoured_before_retrying(store):
    subscribe(store, "busy")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock)
    sender.script["busy"] = [RetryAfter(7)]
    report = await d.run_due()
    assert sender.chats() == ["busy"] and len(report.sent) == 1
    assert sum(clock.sleeps) >= 7 - 1e-6 and d.rate_limited == 1  # float clock


async def test_empty_day_is_recorded_and_not_retried(store):
    sub = subscribe(store, "quiet")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock, builder=lambda s, day: None)
    report = await d.run_due()
    assert sender.sent == [] and report.skipped[0].reason.startswith("nothing to post")
    assert store.get_delivery(sub.id, DAY).status == "empty"
    assert (await d.run_due()).skipped[0].reason == "already empty"


async def test_a_broken_post_for_one_chat_does_not_block_the_others(store):
    subscribe(store, "good")
    subscribe(store, "bad")

    def builder(sub, day):
        if sub.chat_id == "bad":
            raise KeyError("corrupt index entry")
        return post(sub, day)

    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock, builder=builder)
    report = await d.run_due()
    assert sender.chats() == ["good"] and [o.chat for o in report.failed] == ["bad"]


async def test_gives_up_after_max_attempts(store):
    subscribe(store, "down")
    clock = FakeClock(MOSCOW_9AM)
    d, sender = make(store, clock, max_attempts=2, send_tries=1)
    sender.script["down"] = [TransientSendError("HTTP 500")] * 10
    await d.run_due()
    clock.advance(minutes=6)
    await d.run_due()
    clock.advance(minutes=15)
    report = await d.run_due()
    assert "gave up" in report.failed[0].reason
    assert store.list_deliveries()[0].status == "failed"
    assert store.get_subscription("telegram", "down").enabled  # tomorrow is another day


async def test_platform_without_a_sender_here_is_left_for_another_process(store):
    store.upsert_subscription("discord", "c1", "group", 9, 0, "Europe/Moscow", MOSCOW_9AM)
    clock = FakeClock(MOSCOW_9AM)
    d, _ = make(store, clock)
    report = await d.run_due()
    assert "no discord sender" in report.skipped[0].reason and store.list_deliveries() == []


def test_two_processes_on_one_postgres_deliver_each_post_once(pg_url, tmp_path):
    """Two bot processes (own connection, own event loop, own thread) run the due-check for the
    same instant; the ledger (and, separately, the broadcast lease) let each post out once."""
    import asyncio
    import threading

    setup = open_store(pg_url, tmp_path)
    subs = [subscribe(setup, f"c{i}") for i in range(120)]
    sender_log: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    class SharedPlatform(RecordingSender):
        async def send(self, chat_id, chat_kind, reply):
            with lock:
                sender_log.append(chat_id)
            await asyncio.sleep(0)  # yield, so claims and sends interleave

    def process(use_lease: bool) -> None:
        store = open_store(pg_url, tmp_path)
        clock = FakeClock(MOSCOW_9AM + timedelta(seconds=5))
        d = Deliverer(store, [SharedPlatform()], post, clock=clock, sleep=clock.sleep, use_broadcast_lease=use_lease)
        barrier.wait()
        asyncio.run(d.run_due())
        store.close()

    for use_lease in (False, True):
        sender_log.clear()
        setup._exec("DELETE FROM deliveries")
        setup._exec("DELETE FROM leases")
        threads = [threading.Thread(target=process, args=(use_lease,)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(sender_log) == sorted(s.chat_id for s in subs), f"use_lease={use_lease}"
    setup.close()


def test_dst_rule_for_nonexistent_and_repeated_local_times():
    # London springs forward 2025-03-30 01:00 GMT → 02:00 BST; 01:30 does not exist that day.
    assert scheduled_at(1, 30, "Europe/London", date(2025, 3, 30)) == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    # ... which is 02:30 BST: the gap's length later. The day before and after keep 01:30 local.
    assert scheduled_at(1, 30, "Europe/London", date(2025, 3, 29)) == datetime(2025, 3, 29, 1, 30, tzinfo=UTC)
    assert scheduled_at(1, 30, "Europe/London", date(2025, 3, 31)) == datetime(2025, 3, 31, 0, 30, tzinfo=UTC)
    # Falls back 2025-10-26 02:00 BST → 01:00 GMT; 01:30 happens twice: the first one counts.
    assert scheduled_at(1, 30, "Europe/London", date(2025, 10, 26)) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    # 09:00 stays 09:00 local across both changes.
    assert scheduled_at(9, 0, "Europe/London", date(2025, 3, 29)).hour == 9
    assert scheduled_at(9, 0, "Europe/London", date(2025, 3, 31)).hour == 8
    assert scheduled_at(9, 0, "Europe/London", date(2025, 10, 27)).hour == 9


def test_repeated_local_time_is_due_once():
    from bot.store.base import Subscription

    now = datetime(2025, 10, 25, tzinfo=UTC)
    sub = Subscription(1, "telegram", "1", "private", 1, 30, "Europe/London", "anniversary", True, None, now, now)
    first = datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 01:30 BST
    second = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 01:30 GMT, an hour later
    assert due_dates(sub, first, timedelta(hours=6)) == [date(2025, 10, 26)]
    # at the second 01:30 the same local date is due (still within grace): the ledger stops a repeat
    assert due_dates(sub, second, timedelta(hours=6)) == [date(2025, 10, 26)]
    assert due_dates(sub, first - timedelta(minutes=1), timedelta(hours=6)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/Moscow", "Europe/Moscow"),
        ("europe/moscow", "Europe/Moscow"),
        ("UTC+8", "UTC+08:00"),
        ("GMT-3", "UTC-03:00"),
        ("UTC+05:30", "UTC+05:30"),
        ("+0545", "UTC+05:45"),
        ("utc", "UTC"),
        ("UTC+0", "UTC"),
    ],
)
def test_timezones_as_users_type_them(text, expected):
    assert parse_timezone(text) == expected


@pytest.mark.parametrize("text", ["Mars/Olympus", "UTC+15", "UTC+8:75", "../../etc/passwd", ""])
def test_bad_timezones_are_refused_with_an_example(text):
    with pytest.raises(ValueError, match="Europe/Moscow"):
        parse_timezone(text)


def test_times_of_day():
    assert parse_time("09:00") == (9, 0)
    assert parse_time("7:05") == (7, 5)
    assert parse_time("18") == (18, 0)
    for bad in ("24:00", "9:60", "nine", "09:0"):
        with pytest.raises(ValueError, match="09:00"):
            parse_time(bad)


async def test_the_heartbeat_keeps_the_broadcast_lease_through_a_long_send(store):
    """A send that outlasts the 15 s lease does not lose it: the heartbeat renews it every 5 s.
    The test drives each heartbeat (its sleep returns when told), so nothing here waits on time."""
    import asyncio

    subscribe(store, "slow")
    clock = FakeClock(MOSCOW_9AM)
    idle: asyncio.Queue[None] = asyncio.Queue()  # the heartbeat is asleep (its last renewal done)
    wake: asyncio.Queue[None] = asyncio.Queue()

    async def beat_sleep(seconds: float) -> None:
        idle.put_nowait(None)
        await wake.get()

    d, sender = make(store, clock, heartbeat_sleep=beat_sleep, monotonic=lambda: clock().timestamp())
    real_send = sender.send

    async def long_send(chat_id, chat_kind, reply):
        for _ in range(4):  # 20 s of waiting for the platform, four heartbeats
            await idle.get()
            clock.advance(seconds=5)
            wake.put_nowait(None)
        await idle.get()
        assert store.acquire_lease("broadcast:telegram", "another-process", clock(), 15) is None  # still held
        await real_send(chat_id, chat_kind, reply)

    sender.send = long_send
    report = await d.run_due()
    assert [o.chat for o in report.sent] == ["slow"]
    assert store.acquire_lease("broadcast:telegram", "another-process", clock(), 15) == 2  # released; new token
