"""Storage for subscriptions, the deliveries ledger and broadcast leases.

`open_store(database_url, data_dir)` picks the backend: PostgreSQL when DATABASE_URL is a
postgres URL, else SQLite in `<data_dir>/memorial.sqlite3` (created, WAL mode, on first use).
Either way the schema is migrated on open.
"""

from __future__ import annotations

from pathlib import Path

from bot.store.base import (
    Claim,
    Delivery,
    EmptyDay,
    SQLStore,
    StoreError,
    StoreUnavailable,
    Subscription,
    redact_url,
)
from bot.store.sqlite import SQLiteStore

Store = SQLStore  # the interface: both backends share its methods

SQLITE_FILENAME = "memorial.sqlite3"


def open_store(database_url: str | None, data_dir: str | Path) -> SQLStore:
    url = (database_url or "").strip()
    if url.startswith(("postgresql://", "postgres://")):
        from bot.store.postgres import PostgresStore  # psycopg is loaded only for a PostgreSQL URL

        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        return SQLiteStore(url.removeprefix("sqlite:///") or ":memory:")
    if url:
        raise StoreError(
            f"DATABASE_URL must start with postgresql:// or sqlite:/// (got {redact_url(url)[:60]!r}); "
            "e.g. postgresql://bot:secret@db.example.org/memorial"
        )
    return SQLiteStore(Path(data_dir) / SQLITE_FILENAME)


__all__ = [
    "SQLITE_FILENAME",
    "Claim",
    "Delivery",
    "EmptyDay",
    "SQLStore",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "Subscription",
    "open_store",
    "redact_url",
]
