"""The Discord tests: `fake` here is the fake Discord API (it overrides the Telegram one that the
root conftest's plugins provide under the same name)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fake_discord import FakeDiscord, running_fake_discord


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async for server in running_fake_discord(monkeypatch):
        yield server
