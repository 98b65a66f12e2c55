"""Storage behaviour every backend must share (run over SQLite and a real PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.store import StoreError, open_store, redact_url

T0 = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)
DAY = date(2025, 9, 3)


def test_schema_is_migrated_on_open(store):
    assert store.schema_version() == 4
    store.migrate()  # running again at the next start-up is harmless
    assert store.schema_version() == 4


def test_chat_language_is_kept_per_chat_without_a_subscription(store):
    assert store.get_chat_language("telegram", "-100") is None
    store.set_chat_language("telegram", "-100", "ru", T0)
    store.set_chat_language("discord", "-100", "zh", T0)
    assert store.get_chat_language("telegram", "-100") == "ru"
    store.set_chat_language("telegram", "-100", "es", T0 + timedelta(minutes=1))
    assert store.get_chat_language("telegram", "-100") == "es"
    store.set_chat_language("telegram", "-100", None, T0 + timedelta(minutes=2))  # back to the default
    assert store.get_chat_language("telegram", "-100") is None
    assert store.get_chat_language("discord", "-100") == "zh"
    assert store.get_subscription("telegram", "-100") is None


def test_subscribe_then_change_keeps_one_row_with_same_id(store):
    a = store.upsert_subscription("telegram", "-100", "group", 9, 0, "Europe/Moscow", T0)
    b = store.upsert_subscription("telegram", "-100", "group", 7, 30, "UTC+08:00", T0 + timedelta(hours=1))
    assert a.id == b.id
    assert (b.hour, b.minute, b.timezone, b.enabled) == (7, 30, "UTC+08:00", True)
    assert b.created_at == T0 and b.updated_at == T0 + timedelta(hours=1)
    assert [s.id for s in store.list_subscriptions()] == [a.id]
    assert store.get_subscription("telegram", "-100") == b
    assert store.get_subscription_by_id(a.id) == b
    assert store.get_subscription("discord", "-100") is None


def test_disable_hides_from_schedule_and_resubscribe_reenables(store):
    sub = store.upsert_subscription("discord", "c1", "group", 9, 0, "UTC", T0)
    store.disable_subscription(sub.id, "bot was removed from the server", T0)
    assert store.list_subscriptions() == []
    off = store.list_subscriptions(enabled_only=False)[0]
    assert off.disabled_reason == "bot was removed from the server" and not off.enabled
    again = store.upsert_subscription("discord", "c1", "group", 9, 0, "UTC", T0)
    assert again.id == sub.id and again.enabled and again.disabled_reason is None


def test_empty_day_setting_survives_resubscribe(store):
    store.upsert_subscription("console", "console", "private", 9, 0, "UTC", T0)
    assert store.set_empty_day("console", "console", "nothing", T0).empty_day == "nothing"
    assert store.upsert_subscription("console", "console", "private", 10, 0, "UTC", T0).empty_day == "nothing"
    assert store.set_empty_day("console", "nobody", "nothing", T0) is None


def test_a_post_can_be_claimed_once_and_sent_once(store):
    sub = store.upsert_subscription("telegram", "1", "private", 9, 0, "UTC", T0)
    claim = store.claim_delivery(sub.id, DAY, "proc-a", T0, lease_seconds=60)
    assert claim is not None and claim.attempt == 1
    assert store.claim_delivery(sub.id, DAY, "proc-b", T0, lease_seconds=60) is None  # lease still held
    assert store.mark_sent(claim, T0 + timedelta(seconds=1))
    later = T0 + timedelta(hours=5)
    assert store.claim_delivery(sub.id, DAY, "proc-b", later, lease_seconds=60) is None  # sent is final
    d = store.get_delivery(sub.id, DAY)
    assert d.status == "sent" and d.sent_at == T0 + timedelta(seconds=1)
    # another day is another post
    assert store.claim_delivery(sub.id, DAY + timedelta(days=1), "proc-b", later, 60) is not None


def test_an_expired_claim_is_taken_over_and_the_old_holder_cannot_finish_it(store):
    sub = store.upsert_subscription("telegram", "1", "private", 9, 0, "UTC", T0)
    old = store.claim_delivery(sub.id, DAY, "crashed", T0, lease_seconds=60)
    assert store.claim_delivery(sub.id, DAY, "new", T0 + timedelta(seconds=59), 60) is None
    new = store.claim_delivery(sub.id, DAY, "new", T0 + timedelta(seconds=60), 60)
    assert new is not None and new.attempt == 2
    assert not store.mark_sent(old, T0 + timedelta(seconds=61))  # the stale holder is refused
    assert store.mark_sent(new, T0 + timedelta(seconds=62))


def test_release_for_retry_defers_the_next_claim(store):
    sub = store.upsert_subscription("telegram", "1", "private", 9, 0, "UTC", T0)
    claim = store.claim_delivery(sub.id, DAY, "a", T0, 60)
    assert store.release_for_retry(claim, T0 + timedelta(minutes=5), "HTTP 502")
    assert store.claim_delivery(sub.id, DAY, "a", T0 + timedelta(minutes=4), 60) is None
    again = store.claim_delivery(sub.id, DAY, "b", T0 + timedelta(minutes=5), 60)
    assert again.attempt == 2 and store.get_delivery(sub.id, DAY).last_error == "HTTP 502"


def test_failed_and_empty_are_final(store):
    s1 = store.upsert_subscription("telegram", "1", "private", 9, 0, "UTC", T0)
    s2 = store.upsert_subscription("telegram", "2", "private", 9, 0, "UTC", T0)
    store.mark_failed(store.claim_delivery(s1.id, DAY, "a", T0, 60), T0, "chat not found")
    store.mark_empty(store.claim_delivery(s2.id, DAY, "a", T0, 60), T0)
    later = T0 + timedelta(hours=1)
    assert store.claim_delivery(s1.id, DAY, "b", later, 60) is None
    assert store.claim_delivery(s2.id, DAY, "b", later, 60) is None
    assert {d.status for d in store.list_deliveries()} == {"failed", "empty"}


def test_broadcast_lease_has_one_holder_at_a_time(store):
    assert store.acquire_lease("broadcast:telegram", "a", T0, 30)
    assert not store.acquire_lease("broadcast:telegram", "b", T0 + timedelta(seconds=10), 30)
    assert store.acquire_lease("broadcast:telegram", "a", T0 + timedelta(seconds=20), 30)  # renewal
    assert not store.acquire_lease("broadcast:telegram", "b", T0 + timedelta(seconds=49), 30)
    assert store.acquire_lease("broadcast:telegram", "b", T0 + timedelta(seconds=50), 30)  # expired
    assert store.acquire_lease("broadcast:discord", "a", T0, 30)  # platforms are independent
    store.release_lease("broadcast:telegram", "b")
    assert store.acquire_lease("broadcast:telegram", "a", T0 + timedelta(seconds=51), 30)


def test_concurrent_claims_from_two_connections_have_one_winner(store, tmp_path):
    """Two processes' connections race for the same 200 posts: each post is won exactly once."""
    url = store.test_url
    subs = [store.upsert_subscription("telegram", str(i), "private", 9, 0, "UTC", T0) for i in range(200)]
    other = open_store(url, tmp_path)
    wins: dict[str, list[int]] = {"a": [], "b": []}
    barrier = threading.Barrier(2)

    def worker(name: str, st) -> None:
        barrier.wait()
        for s in subs:
            if st.claim_delivery(s.id, DAY, name, T0, 60):
                wins[name].append(s.id)

    threads = [threading.Thread(target=worker, args=("a", store)), threading.Thread(target=worker, args=("b", other))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert sorted(wins["a"] + wins["b"]) == sorted(s.id for s in subs)


def test_sqlite_file_lives_in_the_data_dir_and_persists(tmp_path):
    s = open_store(None, tmp_path / "data")
    s.upsert_subscription("console", "console", "private", 9, 0, "Europe/Moscow", T0)
    s.close()
    assert (tmp_path / "data" / "memorial.sqlite3").exists()
    s = open_store(None, tmp_path / "data")
    assert s.get_subscription("console", "console").timezone == "Europe/Moscow"
    assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_a_newer_schema_is_refused(tmp_path):
    s = open_store(None, tmp_path)
    s._exec("INSERT INTO schema_version (version, applied_at) VALUES (99, 0)")
    s.close()
    with pytest.raises(StoreError, match="newer than this bot knows"):
        open_store(None, tmp_path)


def test_bad_database_url_is_explained_without_the_password(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store("mysql://bot:hunter2@db/memorial", tmp_path)
    assert "hunter2" not in str(err.value) and "postgresql://" in str(err.value)
    assert redact_url("postgresql://bot:hunter2@db:5432/m") == "postgresql://bot:***@db:5432/m"


def test_unreachable_postgres_error_hides_the_password(tmp_path):
    from socket import socket

    with socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    with pytest.raises(StoreError) as err:
        open_store(f"postgresql://bot:hunter2@127.0.0.1:{port}/memorial?connect_timeout=2", tmp_path)
    assert "hunter2" not in str(err.value) and "***" in str(err.value)


def test_storage_settings_are_validated_without_echoing_the_password():
    from bot.config import ConfigError, Settings

    s = Settings.from_env({"DATABASE_URL": "postgresql://bot:hunter2@db/m", "MEMORIAL_GRACE_HOURS": "2.5"})
    assert s.database_url == "postgresql://bot:hunter2@db/m" and s.grace_hours == 2.5
    assert "hunter2" not in repr(s)
    with pytest.raises(ConfigError) as err:
        Settings.from_env({"DATABASE_URL": "mysql://bot:hunter2@db/m"})
    assert "hunter2" not in str(err.value) and "postgresql://" in str(err.value)
    for bad in ("0", "25", "six"):
        with pytest.raises(ConfigError, match="MEMORIAL_GRACE_HOURS"):
            Settings.from_env({"MEMORIAL_GRACE_HOURS": bad})
    assert Settings.from_env({}).database_url is None and Settings.from_env({}).grace_hours == 6.0


def test_lease_tokens_fence_claims(store):
    """The broadcast lease's token grows when it changes hands; a claim made under a token needs
    that lease still held with it, and a newer token takes an older token's claim over at once."""
    sub = store.upsert_subscription("telegram", "1", "private", 9, 0, "UTC", T0)
    lease = "broadcast:telegram"
    assert store.acquire_lease(lease, "a", T0, 15) == 1
    assert store.acquire_lease(lease, "a", T0 + timedelta(seconds=5), 15) == 1  # a renewal keeps the token
    claim = store.claim_delivery(sub.id, DAY, "a", T0, 120, fence=(lease, 1))
    assert claim is not None and claim.fence == 1 and claim.send_started is None
    assert store.mark_sending(claim, T0)
    later = T0 + timedelta(seconds=21)  # a's lease ran out at 20 s; its claim's lease (120 s) has not
    assert store.claim_delivery(sub.id, DAY, "b", later, 120, fence=(lease, 1)) is None  # b holds no lease
    assert store.acquire_lease(lease, "b", later, 15) == 2
    taken = store.claim_delivery(sub.id, DAY, "b", later, 120, fence=(lease, 2))
    assert taken is not None and taken.send_started == T0  # it knows the request had been started
    assert not store.mark_sent(claim, later) and not store.mark_sending(claim, later)  # a is fenced off
    assert store.acquire_lease(lease, "a", later, 15) is None  # and cannot renew
    assert store.claim_delivery(sub.id, DAY, "a", later, 120, fence=(lease, 1)) is None
    assert store.mark_uncertain(taken, later, "an earlier attempt stopped mid-send")
    assert store.get_delivery(sub.id, DAY).status == "uncertain"
    assert store.claim_delivery(sub.id, DAY, "b", later + timedelta(hours=1), 120, fence=(lease, 2)) is None  # final


def test_a_deferred_claim_waits_for_its_retry_time_even_for_a_newer_token(store):
    sub = store.upsert_subscription("telegram", "1", "private", 9, 0, "UTC", T0)
    lease = "broadcast:telegram"
    assert store.acquire_lease(lease, "a", T0, 15) == 1
    claim = store.claim_delivery(sub.id, DAY, "a", T0, 120, fence=(lease, 1))
    assert store.release_for_retry(claim, T0 + timedelta(minutes=5), "HTTP 502")
    later = T0 + timedelta(seconds=30)
    assert store.acquire_lease(lease, "b", later, 15) == 2
    assert store.claim_delivery(sub.id, DAY, "b", later, 120, fence=(lease, 2)) is None
    retry = store.claim_delivery(sub.id, DAY, "b", T0 + timedelta(minutes=5), 120, fence=(lease, 2))
    assert retry is None  # b's lease (until later + 15 s) has run out by then: claims need it held
    assert store.acquire_lease(lease, "b", T0 + timedelta(minutes=5), 15) == 2
    retry = store.claim_delivery(sub.id, DAY, "b", T0 + timedelta(minutes=5), 120, fence=(lease, 2))
    assert retry is not None and retry.attempt == 2 and retry.send_started is None


def test_an_older_ledger_is_upgraded_with_its_rows_kept(store, tmp_path):
    """Migration 3 rebuilds SQLite's deliveries table (for the 'uncertain' status): rows survive."""
    from tests.test_store_callbacks import rebuild_as_version_1

    rebuild_as_version_1(store)
    store._exec(
        "INSERT INTO subscriptions (platform, chat_id, chat_kind, hour, minute, timezone, empty_day, enabled, "
        "created_at, updated_at) VALUES ('telegram', '1', 'private', 9, 0, 'UTC', 'nothing', 1, 0, 0)"
    )
    store._exec(
        "INSERT INTO deliveries (subscription_id, local_date, status, holder, attempts, sent_at) "
        "VALUES (1, '2025-09-03', 'sent', 'old', 1, 5)"
    )
    upgraded = open_store(store.test_url, tmp_path)
    try:
        (row,) = upgraded.list_deliveries()
        assert (row.status, row.holder, row.attempts) == ("sent", "old", 1)
        sub = upgraded.get_subscription("telegram", "1")
        assert upgraded.claim_delivery(sub.id, DAY, "new", T0, 60) is None  # sent stays final
        assert upgraded.claim_delivery(sub.id, DAY + timedelta(days=1), "new", T0, 60) is not None
    finally:
        upgraded.close()
