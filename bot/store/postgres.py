"""PostgreSQL backend (DATABASE_URL=postgresql://…): for several bot processes sharing one ledger.

Every call is one short transaction in autocommit-off mode on a single connection. Migrations
take a transaction-scoped advisory lock so two processes starting together do not race.
Errors never echo the URL's password (see `redact_url`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from bot.store.base import SQLStore, StoreError, StoreUnavailable, redact_url

_MIGRATION_LOCK_KEY = 0x6D656D6F  # "memo": any constant shared by all bot processes


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        self.url_for_logs = redact_url(url)
        self._url, self._connect_timeout = url, connect_timeout
        self._conn = self._connect()
        self._lock = threading.Lock()
        self.migrate()

    def _connect(self) -> Any:
        try:
            return psycopg.connect(self._url, connect_timeout=self._connect_timeout, autocommit=False)
        except psycopg.Error as exc:
            # psycopg's message can quote the conninfo; keep only the first line and redact.
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot connect to PostgreSQL at {self.url_for_logs}: {redact_url(first)}") from None

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self._lock:
            # A connection lost to a server restart, failover or network cut is replaced on the next
            # use, so the bot recovers by itself (the call that saw the loss has already failed).
            if self._conn.closed:
                try:
                    self._conn = self._connect()
                except StoreError as exc:  # still down: a passing outage, as for a call on a cut connection
                    raise StoreUnavailable(str(exc)) from None
            try:
                with self._conn.transaction(), self._conn.cursor() as cur:
                    yield cur
            except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise StoreUnavailable(f"PostgreSQL at {self.url_for_logs} unavailable: {redact_url(first)}") from None

    def _lock_schema(self, cur: Any) -> None:
        # Replicas starting together: one migrates, the others wait and then see it done.
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_KEY,))

    def close(self) -> None:
        self._conn.close()


__all__ = ["PostgresStore", "StoreError"]
