"""Schema migrations, applied in order at start-up, all in one transaction (`SQLStore.migrate`).

Append new steps; never edit a released one. `schema_version` records what has been applied, so
a newer bot upgrades an older database and an older bot refuses a newer one.
Integer columns stand in for booleans so both backends run the very same DML (bot/store/base.py).
"""

from __future__ import annotations

# version -> statements, per dialect. The two lists differ only in the id column's type.
_V1_COMMON = [
    """CREATE TABLE IF NOT EXISTS subscriptions (
        id {id_type},
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        chat_kind TEXT NOT NULL DEFAULT 'private',
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        minute INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 59),
        timezone TEXT NOT NULL,
        empty_day TEXT NOT NULL DEFAULT 'anniversary' CHECK (empty_day IN ('anniversary', 'nothing')),
        enabled INTEGER NOT NULL DEFAULT 1,
        disabled_reason TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        UNIQUE (platform, chat_id)
    )""",
    """CREATE TABLE IF NOT EXISTS deliveries (
        subscription_id BIGINT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'empty', 'failed')),
        holder TEXT,
        lease_until BIGINT,
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at BIGINT,
        last_error TEXT,
        sent_at BIGINT,
        PRIMARY KEY (subscription_id, local_date)
    )""",
    "CREATE INDEX IF NOT EXISTS deliveries_open ON deliveries (status, lease_until)",
    """CREATE TABLE IF NOT EXISTS leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        lease_until BIGINT NOT NULL
    )""",
]

# v2: Telegram button payloads too long for the 64-byte callback data, shared by all replicas and
# surviving restarts. The key is a hash of the payload (identical payloads share a row);
# `created_at` is refreshed when the payload is issued again and drives pruning (indexed).
_V2_COMMON = [
    """CREATE TABLE IF NOT EXISTS callback_payloads (
        key TEXT PRIMARY KEY,
        payload TEXT NOT NULL,
        created_at BIGINT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS callback_payloads_created ON callback_payloads (created_at)",
]

# v3 (issue 14): the 'uncertain' status (a send whose outcome is unknown, not retried under
# MEMORIAL_UNCERTAIN=skip); `send_started` (set just before the request is written, so a claim
# taken over after a crash knows the platform may already have the post); `fence` (the broadcast
# lease's token the claim was made under: a newer lease holder may take an older holder's claims
# over at once) and the lease's `token`, which grows whenever the lease changes hands.
_V3_STATUSES = "('claimed', 'sent', 'empty', 'failed', 'uncertain')"
_V3_SQLITE = [
    # SQLite cannot alter a CHECK constraint: rebuild the table, keeping every row.
    f"""CREATE TABLE deliveries_v3 (
        subscription_id BIGINT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN {_V3_STATUSES}),
        holder TEXT,
        lease_until BIGINT,
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at BIGINT,
        last_error TEXT,
        sent_at BIGINT,
        send_started BIGINT,
        fence BIGINT,
        PRIMARY KEY (subscription_id, local_date)
    )""",
    "INSERT INTO deliveries_v3 (subscription_id, local_date, status, holder, lease_until, attempts, claimed_at, "
    "last_error, sent_at) SELECT subscription_id, local_date, status, holder, lease_until, attempts, claimed_at, "
    "last_error, sent_at FROM deliveries",
    "DROP TABLE deliveries",
    "ALTER TABLE deliveries_v3 RENAME TO deliveries",
    "CREATE INDEX IF NOT EXISTS deliveries_open ON deliveries (status, lease_until)",
    "ALTER TABLE leases ADD COLUMN token BIGINT NOT NULL DEFAULT 0",
]
_V3_POSTGRES = [
    "ALTER TABLE deliveries DROP CONSTRAINT IF EXISTS deliveries_status_check",
    f"ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check CHECK (status IN {_V3_STATUSES})",
    "ALTER TABLE deliveries ADD COLUMN IF NOT EXISTS send_started BIGINT",
    "ALTER TABLE deliveries ADD COLUMN IF NOT EXISTS fence BIGINT",
    "ALTER TABLE leases ADD COLUMN IF NOT EXISTS token BIGINT NOT NULL DEFAULT 0",
]

# v4 (issue 16): a chat's own settings that hold without a subscription: its language (/language;
# NULL: none chosen, the user's platform language or the operator's default applies) and the
# language the platform gave when the chat subscribed (`post_language`: the subscriber's app
# language, or a Discord server's), which its daily post uses when the chat chose none.
_V4_COMMON = [
    """CREATE TABLE IF NOT EXISTS chat_settings (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        language TEXT,
        post_language TEXT,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (platform, chat_id)
    )""",
]

MIGRATIONS: dict[str, list[tuple[int, list[str]]]] = {
    "sqlite": [
        (1, [s.replace("{id_type}", "INTEGER PRIMARY KEY AUTOINCREMENT") for s in _V1_COMMON]),
        (2, _V2_COMMON),
        (3, _V3_SQLITE),
        (4, _V4_COMMON),
    ],
    "postgres": [
        (1, [s.replace("{id_type}", "BIGSERIAL PRIMARY KEY") for s in _V1_COMMON]),
        (2, _V2_COMMON),
        (3, _V3_POSTGRES),
        (4, _V4_COMMON),
    ],
}

SCHEMA_VERSION_DDL = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"
)


def latest(dialect: str) -> int:
    return max(v for v, _ in MIGRATIONS[dialect])
