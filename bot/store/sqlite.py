"""SQLite backend: the default, one file under MEMORIAL_DATA_DIR, WAL mode.

WAL lets readers (another `memorial-bot` command, e.g. `post-due` or `ask /settings`) work while
the bot writes; `busy_timeout` makes concurrent writers wait instead of failing. Claims use the
same INSERT … ON CONFLICT … RETURNING as PostgreSQL (SQLite ≥ 3.35).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.store.base import SQLStore, StoreError, StoreUnavailable


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE so the
            # write lock is taken up front (no lock upgrades that could deadlock two writers).
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database file {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self.migrate()

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        try:
            with self._raw_transaction() as cur:
                yield cur
        except sqlite3.OperationalError as exc:  # locked too long, disk full or unreadable
            raise StoreUnavailable(f"the database file {self.path} is unavailable: {exc}") from exc

    @contextmanager
    def _raw_transaction(self) -> Iterator[Any]:
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            else:
                cur.execute("COMMIT")
            finally:
                cur.close()

    def close(self) -> None:
        self._conn.close()
