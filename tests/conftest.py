"""Shared fixtures: the seed corpus index is built once per test session (it is read-only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.index.build import Index, build_index
from bot.index.search import SearchIndex

pytest_plugins = ["tests.pg_fixture"]  # real PostgreSQL server for the storage tests

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_index() -> Index:
    return build_index(SEEDS)


@pytest.fixture(scope="session")
def core(seed_index: Index) -> Core:
    return make_core(seed_index)


@pytest.fixture(scope="session")
def search(seed_index: Index) -> SearchIndex:
    return seed_index.search
