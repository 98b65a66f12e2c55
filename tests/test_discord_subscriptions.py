"""Subscriptions per Discord channel, end to end: /subscribe through the real command table (only
members with Manage Channels or Manage Server may change it), the daily post through the
scheduler's Deliverer and the Discord sender, and a deleted channel disabling the subscription."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.discord.client import MemorialClient
from bot.core import Core, Index
from bot.delivery import Deliverer, core_post_builder
from bot.store import SQLStore, open_store
from tests.fake_discord import (
    CHANNEL_ID,
    EPHEMERAL,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    deliver,
    embeds_text,
    fake_discord_api,  # noqa: F401 - provides the `fake` fixture
    slash,
    start_client,
)

WHEN = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)
POST = rf"/channels/{CHANNEL_ID}/messages"


@pytest.fixture
def store(tmp_path: Path) -> AsyncIterator[SQLStore]:
    s = open_store(None, tmp_path)
    yield s
    s.close()


@pytest.fixture
async def client(
    fake: FakeDiscord, seed_index: Index, store: SQLStore, tmp_path: Path
) -> AsyncIterator[MemorialClient]:
    c = await start_client(Core(seed_index, services={"store": store}), tmp_path)
    yield c
    await c.close()


async def test_member_without_manage_channels_is_refused(
    client: MemorialClient, fake: FakeDiscord, store: SQLStore
) -> None:
    deliver(client, slash("subscribe", {"time": "09:00", "timezone": "Europe/Moscow"}, when=WHEN, permissions=0))
    data = (await answer(fake))["data"]
    assert data["flags"] & EPHEMERAL
    assert "Only people who can manage this chat" in embeds_text(data)
    assert store.get_subscription("discord", str(CHANNEL_ID)) is None


async def test_channel_manager_subscribes_and_the_post_arrives(
    client: MemorialClient, fake: FakeDiscord, store: SQLStore
) -> None:
    deliver(
        client,
        slash("subscribe", {"time": "09:00", "timezone": "Europe/Moscow"}, when=WHEN, permissions=MANAGE_CHANNELS),
    )
    data = (await answer(fake))["data"]
    assert not (data.get("flags") or 0) & EPHEMERAL
    sub = store.get_subscription("discord", str(CHANNEL_ID))
    assert (sub.chat_kind, sub.hour, sub.timezone, sub.enabled) == ("group", 9, "Europe/Moscow", True)

    deliverer = Deliverer(store, [client.sender], core_post_builder(client.handler.core), use_broadcast_lease=False)
    report = await deliverer.run_due(datetime(2025, 9, 3, 6, 0, tzinfo=UTC))  # 09:00 in Moscow
    assert [(o.platform, o.chat) for o in report.sent] == [("discord", str(CHANNEL_ID))]
    (post,) = fake.matching("POST", POST)
    assert post.json["allowed_mentions"] == {"parse": []}
    assert post.json["embeds"]


async def test_deleted_channel_disables_the_subscription_with_the_reason(
    client: MemorialClient, fake: FakeDiscord, store: SQLStore
) -> None:
    deliver(client, slash("subscribe", {"time": "09:00", "timezone": "UTC"}, when=WHEN, permissions=MANAGE_CHANNELS))
    await answer(fake)
    fake.fail_next("POST", POST, 404, {"message": "Unknown Channel", "code": 10003})
    deliverer = Deliverer(store, [client.sender], core_post_builder(client.handler.core), use_broadcast_lease=False)
    report = await deliverer.run_due(datetime(2025, 9, 3, 9, 0, tzinfo=UTC))
    assert report.failed and not report.sent
    sub = store.get_subscription("discord", str(CHANNEL_ID))
    assert not sub.enabled
    assert "channel deleted" in (sub.disabled_reason or "")
