"""Shared fixtures: the seed corpus index is built once per test session (it is read-only)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.index.build import Index, build_index
from bot.index.search import SearchIndex
from bot.store import SQLStore, open_store
from tests.paths import ROOT, SEEDS

# The console answers in the terminal's language (LANG, docs/languages.md): the suite, and the bots it
# starts as subprocesses, expect English whatever the developer's terminal speaks.
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("MEMORIAL_LANGUAGE", None)

__all__ = ["ROOT", "SEEDS"]  # still read from here by a few modules; new code imports tests.paths

pytest_plugins = [
    "tests.pg_fixture",  # real PostgreSQL server for the storage tests: pg_server, pg_url, store
    "tests.chat_fixture",  # chat: talk to the bot as a console user does
    "tests.fake_telegram",  # fake: the fake Telegram Bot API (and start_bot) for the run tests
]


@pytest.fixture(scope="session")
def seed_index() -> Index:
    return build_index(SEEDS)


@pytest.fixture(scope="session")
def core(seed_index: Index) -> Core:
    return make_core(seed_index)


@pytest.fixture(scope="session")
def search(seed_index: Index) -> SearchIndex:
    return seed_index.search


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SQLStore]:
    """A fresh SQLite store in the test's folder (the `store` fixture runs over both backends)."""
    s = open_store(None, tmp_path)
    yield s
    s.close()


@pytest.fixture
def store_core(seed_index: Index, sqlite_store: SQLStore) -> Core:
    """A core over the seeds with its own SQLite store, as a running bot has."""
    return make_core(seed_index, services=Services(store=sqlite_store))
