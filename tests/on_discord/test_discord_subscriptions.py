"""Subscriptions per Discord channel, end to end: /subscribe through the real command table (only
members with Manage Channels or Manage Server may change it), the daily post through the
scheduler's Deliverer and the Discord sender, and a deleted channel disabling the subscription."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.cli.common import make_core
from adapters.discord.client import MemorialClient
from bot.chat.services import Services
from bot.commands.dates import daily_post_builder
from bot.daily.delivery import Deliverer
from bot.index.build import Index
from bot.store import SQLStore
from tests.fake_discord import (
    CHANNEL_ID,
    EPHEMERAL,
    GUILD_ID,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    deliver,
    embeds_text,
    guild_create,
    slash,
    start_client,
    text_channel,
)
from tests.scheduler_spy import SchedulerSpy

WHEN = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)
POST = rf"/channels/{CHANNEL_ID}/messages"


@pytest.fixture
def store(sqlite_store: SQLStore) -> SQLStore:
    return sqlite_store


@pytest.fixture
async def client(
    fake: FakeDiscord, seed_index: Index, store: SQLStore, tmp_path: Path
) -> AsyncIterator[MemorialClient]:
    c = await start_client(make_core(seed_index, services=Services(store=store)), tmp_path)
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

    deliverer = Deliverer(store, [client.sender], daily_post_builder(client.handler.core), use_broadcast_lease=False)
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
    deliverer = Deliverer(store, [client.sender], daily_post_builder(client.handler.core), use_broadcast_lease=False)
    report = await deliverer.run_due(datetime(2025, 9, 3, 9, 0, tzinfo=UTC))
    assert report.failed and not report.sent
    sub = store.get_subscription("discord", str(CHANNEL_ID))
    assert not sub.enabled
    assert "channel deleted" in (sub.disabled_reason or "")


async def test_a_post_whose_answer_was_lost_is_retried_with_its_nonce_and_exists_once(
    client: MemorialClient, fake: FakeDiscord, store: SQLStore
) -> None:
    """Discord created the message but the answer was lost: the deliverer retries (the sender is
    idempotent), the same nonce with enforce_nonce returns the existing message, so the channel
    has the post once, the ledger says sent, and nothing is reported uncertain."""
    deliver(client, slash("subscribe", {"time": "09:00", "timezone": "UTC"}, when=WHEN, permissions=MANAGE_CHANNELS))
    await answer(fake)
    fake.lose_next_answer(POST)
    deliverer = Deliverer(
        store, [client.sender], daily_post_builder(client.handler.core), use_broadcast_lease=False, backoff=0.0
    )
    report = await deliverer.run_due(datetime(2025, 9, 3, 9, 0, tzinfo=UTC))
    assert [o.chat for o in report.sent] == [str(CHANNEL_ID)] and report.uncertain == []
    posts = fake.matching("POST", POST)
    assert len(posts) >= 2 and len({p.json["nonce"] for p in posts}) == 1 and posts[0].json["enforce_nonce"]
    assert len(fake.created(CHANNEL_ID)) == 1 and fake.deduplicated == len(posts) - 1


# ---------------------------------------------------------------------------------------------
# Told by the gateway: a deleted channel or a removal from the server stops the post at once


OTHER_CHANNEL = CHANNEL_ID + 1
OTHER_GUILD = GUILD_ID + 1
FAR_CHANNEL = CHANNEL_ID + 2  # in OTHER_GUILD


@pytest.fixture
def spy(client: MemorialClient) -> SchedulerSpy:
    spy = SchedulerSpy()
    client.handler.core.services.scheduler = spy
    return spy


def subscribe_channels(client: MemorialClient, store: SQLStore) -> None:
    state = client._connection  # type: ignore[attr-defined]
    state.parse_guild_create(guild_create(GUILD_ID, [text_channel(CHANNEL_ID), text_channel(OTHER_CHANNEL)]))
    state.parse_guild_create(guild_create(OTHER_GUILD, [text_channel(FAR_CHANNEL, OTHER_GUILD)]))
    for channel in (CHANNEL_ID, OTHER_CHANNEL, FAR_CHANNEL):
        store.upsert_subscription("discord", str(channel), "group", 9, 0, "UTC", WHEN)


async def test_channel_delete_event_disables_that_channel_only(
    client: MemorialClient, store: SQLStore, spy: SchedulerSpy
) -> None:
    subscribe_channels(client, store)
    client._connection.parse_channel_delete(text_channel(CHANNEL_ID))  # type: ignore[attr-defined]
    (changed,) = await spy.wait(1)
    sub = store.get_subscription("discord", str(CHANNEL_ID))
    assert sub.id == changed and not sub.enabled and sub.disabled_reason == "channel deleted"
    assert store.get_subscription("discord", str(OTHER_CHANNEL)).enabled
    assert store.get_subscription("discord", str(FAR_CHANNEL)).enabled


async def test_removal_from_a_server_disables_its_channels_only(
    client: MemorialClient, store: SQLStore, spy: SchedulerSpy
) -> None:
    subscribe_channels(client, store)
    state = client._connection  # type: ignore[attr-defined]
    state.parse_guild_delete({"id": str(OTHER_GUILD), "unavailable": True})  # an outage: nothing stops
    state.parse_guild_delete({"id": str(GUILD_ID)})  # kicked
    changed = await spy.wait(2)
    gone = [store.get_subscription("discord", str(c)) for c in (CHANNEL_ID, OTHER_CHANNEL)]
    assert sorted(changed) == sorted(s.id for s in gone)
    assert all(not s.enabled and s.disabled_reason == "bot removed from the server" for s in gone)
    assert store.get_subscription("discord", str(FAR_CHANNEL)).enabled


async def test_deleted_thread_disables_a_subscription_made_in_it(
    client: MemorialClient, store: SQLStore, spy: SchedulerSpy
) -> None:
    subscribe_channels(client, store)
    thread = CHANNEL_ID + 9
    store.upsert_subscription("discord", str(thread), "group", 9, 0, "UTC", WHEN)
    deleted = {"id": str(thread), "guild_id": str(GUILD_ID), "parent_id": str(CHANNEL_ID), "type": 11}
    client._connection.parse_thread_delete(deleted)  # type: ignore[attr-defined]
    await spy.wait(1)
    assert store.get_subscription("discord", str(thread)).disabled_reason == "thread deleted"
    assert store.get_subscription("discord", str(CHANNEL_ID)).enabled
