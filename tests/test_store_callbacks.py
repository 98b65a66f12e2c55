"""Button payloads too long for Telegram's callback data, kept in the shared store (both backends):
what one replica writes another reads, identical payloads share a row, old rows are pruned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store import migrations, open_store

T0 = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)
PAYLOAD = '{"a":{"page":2,"query":"what did the veterans say at the parade in Moscow"},"c":"search","m":"e"}'


def test_a_payload_written_by_one_connection_is_read_by_another(store, tmp_path):
    store.put_callback("k1", PAYLOAD, T0)
    other = open_store(store.test_url, tmp_path)  # another replica, or the bot after a restart
    try:
        assert other.get_callback("k1") == PAYLOAD
        assert other.get_callback("unknown") is None
    finally:
        other.close()


def test_putting_the_same_key_again_is_harmless_and_keeps_one_row(store):
    store.put_callback("k1", PAYLOAD, T0)
    store.put_callbacks([("k1", PAYLOAD), ("k2", "other")], T0 + timedelta(minutes=1))
    assert store.get_callback("k1") == PAYLOAD and store.get_callback("k2") == "other"
    assert store._exec("SELECT COUNT(*) FROM callback_payloads")[0][0] == 2
    store.put_callbacks([], T0)  # an empty keyboard writes nothing


def test_old_payloads_are_pruned_and_reissued_ones_live_on(store):
    store.put_callbacks([("old", "a"), ("reissued", "b")], T0)
    store.put_callback("reissued", "b", T0 + timedelta(days=20))  # the same button sent again later
    store.put_callback("fresh", "c", T0 + timedelta(days=29))
    assert store.prune_callbacks(T0 + timedelta(days=1)) == 1
    assert store.get_callback("old") is None
    assert store.get_callback("reissued") == "b" and store.get_callback("fresh") == "c"
    assert store.prune_callbacks(T0 + timedelta(days=1)) == 0


def rebuild_as_version_1(store):
    """Replace the schema by version 1's, as a database from before later migrations has it."""
    for table in ("callback_payloads", "deliveries", "leases", "subscriptions", "schema_version"):
        store._exec(f"DROP TABLE IF EXISTS {table}")
    with store._transaction() as cur:
        cur.execute(migrations.SCHEMA_VERSION_DDL)
        for sql in migrations.MIGRATIONS[store.dialect][0][1]:
            cur.execute(sql)
        cur.execute(store._sql("INSERT INTO schema_version (version, applied_at) VALUES (1, 0)"))


def test_a_version_1_database_is_upgraded_with_the_payload_table(store, tmp_path):
    """A database from before button payloads were stored gets the table at the next start."""
    rebuild_as_version_1(store)
    upgraded = open_store(store.test_url, tmp_path)
    try:
        assert upgraded.schema_version() == migrations.latest(store.dialect)
        upgraded.put_callback("k", PAYLOAD, T0)
        assert store.get_callback("k") == PAYLOAD
    finally:
        upgraded.close()
