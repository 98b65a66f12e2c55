"""Storage for subscriptions, the deliveries ledger and broadcast leases.

`open_store(database_url, data_dir)` picks the backend: PostgreSQL when DATABASE_URL is a
postgres URL, else SQLite in `<data_dir>/memorial.sqlite3` (created, WAL mode, on first use).
Either way the schema is migrated on open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

Store = SQLStore  # the interface: both backends share its methods

SQLITE_FILENAME = "memorial.sqlite3"


def open_store(database_url: str | None, data_dir: str | Path) -> SQLStore:
    url = (database_url or "").strip()
    if url.startswith(("postgresql://", "postgres://")):
        from bot.store.postgres import PostgresStore

        return PostgresStore(url)
    from bot.store.sqlite import SQLiteStore

    if url.startswith("sqlite:///"):
        return SQLiteStore(url.removeprefix("sqlite:///") or ":memory:")
    if url:
        raise StoreError(
            f"DATABASE_URL must start with postgresql:// or sqlite:/// (got {redact_url(url)[:60]!r}); "
            "e.g. postgresql://bot:secret@db.example.org/memorial"
        )
    return SQLiteStore(Path(data_dir) / SQLITE_FILENAME)


def store_for(core: Any) -> SQLStore:
    """The store held by the core (`core.services["store"]`); opened from the settings on first
    use when the caller did not provide one (e.g. `memorial-bot ask "/subscribe …"`)."""
    store = core.services.get("store")
    if store is None:
        from bot.config import Settings

        settings = Settings.from_env()
        store = open_store(settings.database_url, settings.data_dir)
        core.services["store"] = store
    return store


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
    "store_for",
]
