"""One "today" per chat, through discord.py's real client: a channel subscribed in Moscow (or at a
fixed offset) sees the same local date in /onthisday, /preview and its daily post, and /preview
reads every date form /onthisday reads."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from tests.fake_discord import (
    CALLBACK,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    deliver,
    embeds_text,
    slash,
    start_client,
)

LATE_EVENING_UTC = datetime(2025, 9, 2, 22, 30, tzinfo=UTC)  # already 3 September in Moscow and UTC+8


@pytest.fixture
async def client(fake: FakeDiscord, store_core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(store_core, tmp_path)
    yield c
    await c.close()


async def say(client: MemorialClient, fake: FakeDiscord, name: str, options: dict[str, str] | None = None) -> str:
    """Run a slash command at LATE_EVENING_UTC; the text of its answer."""
    answered = len(fake.matching("POST", CALLBACK))
    deliver(client, slash(name, options, when=LATE_EVENING_UTC, permissions=MANAGE_CHANNELS))
    return embeds_text((await answer(fake, answered + 1))["data"])


@pytest.mark.parametrize("zone", ["Europe/Moscow", "UTC+08:00"])
async def test_onthisday_and_preview_agree_on_the_chats_today(
    client: MemorialClient, fake: FakeDiscord, zone: str
) -> None:
    assert "Subscribed" in await say(client, fake, "subscribe", {"time": "09:00", "timezone": zone})
    assert "On this day: 3 September" in await say(client, fake, "onthisday")
    assert "Preview of the daily post for Wednesday 3 September 2025" in await say(client, fake, "preview")


async def test_preview_reads_the_dates_onthisday_reads(client: MemorialClient, fake: FakeDiscord) -> None:
    assert "Friday 9 May 2025" in await say(client, fake, "preview", {"date": "9 мая"})
    # 29 February without a year: the next one there is.
    assert "29 February 2028" in await say(client, fake, "preview", {"date": "29 February"})
