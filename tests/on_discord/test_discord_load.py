"""Daily posts and interaction follow-ups on Discord under rate limits (issue 18): discord.py waits
out Discord's short 429s itself (its buckets), so a broadcast that meets them loses nothing,
duplicates nothing and hands no 429 up to the scheduler, and every follow-up still arrives."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from bot.daily.delivery import Deliverer
from bot.replies import text_reply
from bot.store import SQLStore, open_store
from tests.fake_discord import FOLLOWUP, FakeDiscord, answer, deliver, slash, start_client

CHANNELS = [920_000_000_000_000_000 + i for i in range(12)]
LIMITED = {"message": "You are being rate limited.", "retry_after": 0.2, "global": False}


@pytest.fixture
async def client(fake: FakeDiscord, core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(core, tmp_path)
    yield c
    await c.close()


async def test_a_broadcast_meeting_429s_posts_each_channel_once(
    client: MemorialClient, fake: FakeDiscord, tmp_path: Path
) -> None:
    store: SQLStore = open_store(None, tmp_path / "ledger")
    at = datetime(2025, 9, 3, 9, 0, tzinfo=UTC)
    for ch in CHANNELS:
        store.upsert_subscription("discord", str(ch), "group", 9, 0, "UTC", at - timedelta(days=1))
    for _ in range(4):  # Discord's bucket says "wait 0.2 s" four times during the broadcast
        fake.fail_next("POST", r"/channels/\d+/messages", 429, LIMITED, Via="1.1 google")
    deliverer = Deliverer(store, [client.sender], lambda sub, day: text_reply("On this day"), use_broadcast_lease=False)
    try:
        report = await deliverer.run_due(at)
    finally:
        store.close()
    assert sorted(int(o.chat) for o in report.sent) == CHANNELS and report.failed == []
    assert all(len(fake.created(ch)) == 1 for ch in CHANNELS)  # none lost, none twice
    assert len(fake.matching("POST", r"/channels/\d+/messages")) == len(CHANNELS) + 4  # the 429s were retried
    assert deliverer.rate_limited == 0  # discord.py handled every one: none reached the scheduler


async def test_follow_ups_meeting_429s_all_arrive(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    client = await start_client(core, tmp_path, defer_after=0)  # every answer deferred, then followed up
    try:
        for _ in range(3):
            fake.fail_next("POST", FOLLOWUP, 429, LIMITED, Via="1.1 google")
        for _ in range(8):
            deliver(client, slash("search", {"query": "victory"}))
        await answer(fake, 8)
        tries = await fake.wait_for("POST", FOLLOWUP, count=8 + 3)
    finally:
        await client.close()
    assert sum(1 for r in tries if r.response is not LIMITED) == 8  # every user got the answer
