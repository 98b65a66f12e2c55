"""Issue 12 through discord.py's real client: /upcoming 366 has a true header and its Next button
turns the page (point 6); /subscribe reads times and zones as people type them, in either option,
and says how it read an ambiguous abbreviation (point 7)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from bot.store import SQLStore
from tests.fake_discord import (
    CHANNEL_ID,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    buttons,
    click,
    deliver,
    embeds_text,
    shown_message,
    slash,
    start_client,
)

NOVEMBER_2026 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
JULY_2026 = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


def shown(data: dict[str, object]) -> str:
    """The embeds' text as a reader sees it (without Markdown's escaping backslashes: New\\_York)."""
    return embeds_text(data).replace("\\", "")


@pytest.fixture
async def client(fake: FakeDiscord, store_core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(store_core, tmp_path)
    yield c
    await c.close()


async def test_next_turns_the_upcoming_page(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("upcoming", {"days": 366}, when=NOVEMBER_2026))
    first = (await answer(fake))["data"]
    assert "Coming up: 30 November 2026 – 30 November 2027 · page 1 of " in embeds_text(first)
    assert "more; ask /onthisday" not in embeds_text(first)
    nxt = next(b for b in buttons(first) if b["label"] == "Next ▶")
    deliver(client, click(nxt["custom_id"], shown_message(fake), when=NOVEMBER_2026))
    body = await answer(fake, 2)
    assert body["type"] == 7  # UPDATE_MESSAGE: the same message, now page 2
    assert "· page 2 of " in embeds_text(body["data"])
    assert "◀ Prev" in [b["label"] for b in buttons(body["data"])]


@pytest.mark.parametrize(
    ("options", "stored"),
    [
        ({"time": "8pm", "timezone": "New York"}, (20, 0, "America/New_York")),
        ({"time": "Moscow", "timezone": "0800"}, (8, 0, "Europe/Moscow")),  # each in the other's field
        ({"time": "Shanghai"}, (9, 0, "Asia/Shanghai")),
        ({"time": "20.30", "timezone": "MSK"}, (20, 30, "Europe/Moscow")),
    ],
)
async def test_subscribe_reads_times_and_zones_as_typed(
    client: MemorialClient, fake: FakeDiscord, store: SQLStore, options: dict[str, str], stored: tuple[int, int, str]
) -> None:
    deliver(client, slash("subscribe", options, when=NOVEMBER_2026, permissions=MANAGE_CHANNELS))
    data = (await answer(fake))["data"]
    hour, minute, zone = stored
    assert f"Every day at {hour:02d}:{minute:02d} ({zone})" in shown(data)
    sub = store.get_subscription("discord", str(CHANNEL_ID))
    assert sub is not None and (sub.hour, sub.minute, sub.timezone) == stored


async def test_est_means_new_york_time_and_says_so(client: MemorialClient, fake: FakeDiscord, store: SQLStore) -> None:
    options = {"time": "09:00", "timezone": "EST"}
    deliver(client, slash("subscribe", options, when=JULY_2026, permissions=MANAGE_CHANNELS))
    text = shown((await answer(fake))["data"])
    assert "Every day at 09:00 (America/New_York)" in text
    assert "09:00 EDT (13:00 UTC" in text  # summer: not an hour late
    assert "EST is read as America/New_York" in text and "For a fixed UTC-5 all year instead, give UTC-5." in text


@pytest.fixture
def store(sqlite_store: SQLStore) -> SQLStore:
    return sqlite_store
