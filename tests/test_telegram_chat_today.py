"""One "today" per chat, through python-telegram-bot over HTTP: a chat subscribed in Moscow (or at
a fixed offset) sees the same local date in /onthisday and /preview at 22:30 UTC, and /preview
reads every date form /onthisday reads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.chat.dispatch import Core

from .fake_telegram import PRIVATE_USER, FakeTelegram, StartBot, sent_to
from .fake_telegram import private_message as pm

ME = PRIVATE_USER["id"]
LATE_EVENING_UTC = datetime(2025, 9, 2, 22, 30, tzinfo=UTC)  # already 3 September in Moscow and UTC+8


@pytest.fixture
def core(store_core: Core) -> Core:
    return store_core


async def say(fake: FakeTelegram, text: str) -> str:
    mark = fake.mark()
    fake.inject(pm(text))
    (msg,) = await sent_to(fake, ME, mark)
    return msg.plain_text or ""


@pytest.mark.parametrize("zone", ["Europe/Moscow", "UTC+8"])
async def test_onthisday_and_preview_agree_on_the_chats_today(
    fake: FakeTelegram, start_bot: StartBot, core: Core, zone: str
) -> None:
    await start_bot(core, clock=lambda: LATE_EVENING_UTC)
    assert "Subscribed" in await say(fake, f"/subscribe 09:00 {zone}")
    assert "On this day: 3 September" in await say(fake, "/onthisday")
    assert "Preview of the daily post for Wednesday 3 September 2025" in await say(fake, "/preview")


async def test_preview_reads_the_dates_onthisday_reads(fake: FakeTelegram, start_bot: StartBot, core: Core) -> None:
    await start_bot(core, clock=lambda: LATE_EVENING_UTC)
    assert "Friday 9 May 2025" in await say(fake, "/preview 9 мая")
    assert "29 February 2028" in await say(fake, "/preview 29 February")  # the next 29 February there is
