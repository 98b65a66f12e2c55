"""Issue 12 through discord.py's real client: a day's events are numbered, read on their own, list
the commemorations under the event they commemorate (points 2–3), every numbered item keeps its
"Why N" button, and a typed /why N explains the number on screen (point 5)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from tests.fake_discord import (
    CALLBACK,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    buttons,
    deliver,
    embeds_text,
    slash,
    start_client,
)

NOVEMBER_2026 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
async def client(fake: FakeDiscord, store_core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(store_core, tmp_path)
    yield c
    await c.close()


async def say(client: MemorialClient, fake: FakeDiscord, name: str, options: dict[str, str]) -> dict[str, Any]:
    """Run a slash command in November 2026; the data of its answer."""
    answered = len(fake.matching("POST", CALLBACK))
    deliver(client, slash(name, options, when=NOVEMBER_2026, permissions=MANAGE_CHANNELS))
    return (await answer(fake, answered + 1))["data"]


def shown(data: dict[str, Any]) -> str:
    """The embeds as a reader sees them: no Markdown (escapes, bold and italics markers)."""
    return embeds_text(data).replace("\\", "").replace("**", "").replace("*", "")


async def test_a_day_is_numbered_readable_and_grouped(client: MemorialClient, fake: FakeDiscord) -> None:
    data = await say(client, fake, "onthisday", {"date": "09-03"})
    text = shown(data)
    assert "• 1. 1945 (81 years ago) — Xi Jinping and Russian President Vladimir Putin" in text
    assert "final victory of the World Anti-Fascist War" in text and "Commemorated in 2020 and 2025." in text
    assert "\u2003\u2003◦ 2. 2020 (6 years ago)" in text  # under the 1945 event, indented
    assert "`/why 1`" in text and "↳ 002_449fe29b32e6c63b.txt:7" in text
    assert [b["label"] for b in buttons(data)] == ["Why 1", "Why 2", "Why 3", "Why 4", "Why 5"]


async def test_a_typed_why_n_explains_the_number_on_screen(client: MemorialClient, fake: FakeDiscord) -> None:
    await say(client, fake, "onthisday", {"date": "09-03"})
    text = shown(await say(client, fake, "why", {"event": "2"}))
    assert "2. 3 September 2020 — year explicit" in text and "congratulatory messages" in text
