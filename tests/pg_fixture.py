"""A real, throwaway PostgreSQL server for the storage and delivery tests.

The session fixture runs initdb + pg_ctl from /usr/lib/postgresql/*/bin (installed by
tests/setup-postgres.sh) in a temporary directory, listening on 127.0.0.1 and a free port, as the
`postgres` user when we are root; it stops the server at the end. Each test gets a fresh database.
Without the binaries the PostgreSQL tests are skipped locally but fail under CI (CI=true), so a
broken setup is never mistaken for a green run.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list[str], as_postgres: bool) -> None:
    if as_postgres:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")


class PgServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self._n = itertools.count(1)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self._n)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bin()
    if bindir is None:
        msg = "PostgreSQL server binaries not found: run `bash tests/setup-postgres.sh` (make test does)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    as_postgres = os.geteuid() == 0  # initdb refuses to run as root
    tmp = Path(tempfile.mkdtemp(prefix="memorial-pg-"))
    data = tmp / "data"
    if as_postgres:
        shutil.chown(tmp, "postgres")
    port = _free_port()
    _run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"],
         as_postgres)  # fmt: skip
    opts = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    _run([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(tmp / "log"), "-w", "-t", "60", "start"],
         as_postgres)  # fmt: skip
    try:
        yield PgServer(port)
    finally:
        subprocess.run(
            (["runuser", "-u", "postgres", "--"] if as_postgres else [])
            + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture()
def pg_url(pg_server: PgServer) -> str:
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    """The same tests over both backends."""
    from bot.store import open_store

    url = None if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(url, tmp_path)
    s.test_url = url  # lets a test open a second connection to the same database
    try:
        yield s
    finally:
        s.close()


# ---------------------------------------------------------------------------------------------
# Fakes for the scheduling tests: a clock we move by hand and a platform that records sends.


class FakeClock:
    """`clock()` returns the current fake instant; `await clock.sleep(s)` advances it instantly."""

    def __init__(self, start) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self):
        return self.now

    def advance(self, **kw) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**kw)

    async def sleep(self, seconds: float) -> None:
        from datetime import timedelta

        self.sleeps.append(seconds)
        self.now = self.now + timedelta(seconds=seconds)


class RecordingSender:
    """A platform that accepts posts and remembers them; `script[chat_id]` lists exceptions to
    raise on that chat's next sends (one per send, in order)."""

    def __init__(self, platform: str = "telegram", limits=None) -> None:
        from bot.platform import TELEGRAM_LIMITS

        self.platform = platform
        self.limits = limits or TELEGRAM_LIMITS
        self.sent: list[tuple[str, object]] = []
        self.script: dict[str, list[BaseException]] = {}

    async def send(self, chat_id: str, chat_kind: str, reply) -> None:
        queue = self.script.get(chat_id)
        if queue:
            raise queue.pop(0)
        self.sent.append((chat_id, reply))

    def chats(self) -> list[str]:
        return [c for c, _ in self.sent]


def set_database_reachable(pg_server: PgServer, url: str, reachable: bool) -> None:
    """An outage of the bot's database, without stopping the server other tests share: refuse
    new connections and cut the open ones (waiting until they are gone)."""
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if reachable else 'false'}")
        if not reachable:
            conn.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE datname = %s", (name,))
