"""Shared fixtures: the seed corpus index is built once per test session (it is read-only)."""

from __future__ import annotations

import pytest

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.index.build import Index, build_index
from bot.index.search import SearchIndex
from tests.paths import ROOT, SEEDS

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
