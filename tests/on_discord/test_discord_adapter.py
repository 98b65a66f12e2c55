"""The Discord adapter through discord.py's real machinery.

Interactions are built as the gateway sends them (INTERACTION_CREATE payloads) and handed to the
client's real connection state, which routes them through the generated CommandTree or the view
store; discord.py's HTTP layer then talks to a fake Discord API on 127.0.0.1 (tests/fake_discord.py).
The assertions are on the JSON discord.py sends: embeds, components, flags, allowed mentions.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import discord
import pytest

from adapters.cli.common import make_core
from adapters.discord.client import MemorialClient
from adapters.discord.views import STALE_MESSAGE
from bot.chat.dispatch import Core
from bot.commands.dates import has_events_on
from bot.index.build import Index
from tests.fake_discord import (
    APP_ID,
    CHANNEL_ID,
    EPHEMERAL,
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


@pytest.fixture
async def client(fake: FakeDiscord, core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(core, tmp_path)
    yield c
    await c.close()


# ---------------------------------------------------------------------------------------------
# Slash commands


async def test_search_answers_with_embed_buttons_and_no_mentions(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("search", {"query": "victory"}))
    body = await answer(fake)
    assert body["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE
    data = body["data"]
    assert data["allowed_mentions"] == {"parse": []}
    assert not (data.get("flags") or 0) & EPHEMERAL
    embed = data["embeds"][0]
    assert embed["title"] == "Results for victory"
    assert "Venezuela" in embed["description"]
    assert "-# ↳ " in embed["description"]  # each result names its source line
    labels = [b["label"] for b in buttons(data)]
    assert labels == ["Open 1", "Open 2", "Open 3", "Open 4", "Open 5", "Next ▶"]
    assert all(b["custom_id"].startswith("mb:") and len(b["custom_id"]) <= 100 for b in buttons(data))


async def test_doc_footer_names_the_source(client: MemorialClient, fake: FakeDiscord, seed_index: Index) -> None:
    article = seed_index.corpus.articles[0]
    deliver(client, slash("doc", {"article": article.article_id}))
    data = (await answer(fake))["data"]
    footer = data["embeds"][-1]["footer"]["text"]
    assert footer.startswith(f"Source: {article.file}:")
    assert data["embeds"][0]["title"] == discord.utils.escape_markdown(article.title)[:256]


async def test_bad_input_is_answered_ephemerally(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("doc", {"article": "no-such-article"}))
    data = (await answer(fake))["data"]
    assert data["flags"] & EPHEMERAL
    assert "No article has the id" in embeds_text(data)
    assert data["allowed_mentions"] == {"parse": []}
    assert not data.get("components")


async def test_out_of_range_option_is_refused_ephemerally(client: MemorialClient, fake: FakeDiscord) -> None:
    # Discord's client enforces min/max, but a forged or stale payload must not crash the bot.
    deliver(client, slash("search", {"query": "Liddell", "page": 1000}))
    data = (await answer(fake))["data"]
    assert data["flags"] & EPHEMERAL
    assert "between 1 and 100" in embeds_text(data)


# ---------------------------------------------------------------------------------------------
# Buttons


async def test_next_button_edits_the_message_in_place(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("search", {"query": "anniversary victory"}))
    first = await answer(fake)
    nxt = next(b for b in buttons(first["data"]) if b["label"] == "Next ▶")
    deliver(client, click(nxt["custom_id"], shown_message(fake)))
    body = await answer(fake, 2)
    assert body["type"] == 7  # UPDATE_MESSAGE: the same message now shows page 2
    assert "Page 2 of" in body["data"]["embeds"][-1]["footer"]["text"]
    assert "◀ Prev" in [b["label"] for b in buttons(body["data"])]
    assert body["data"]["allowed_mentions"] == {"parse": []}


async def test_open_button_sends_the_article(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("search", {"query": "Eric Liddell"}))
    first = await answer(fake)
    open1 = next(b for b in buttons(first["data"]) if b["label"] == "Open 1")
    deliver(client, click(open1["custom_id"], shown_message(fake)))
    body = await answer(fake, 2)
    assert body["type"] == 4  # a new message with the article
    assert body["data"]["embeds"][-1]["footer"]["text"].startswith("Source: ")
    assert "Liddell" in embeds_text(body["data"])


async def test_stale_button_is_answered_politely(client: MemorialClient, fake: FakeDiscord) -> None:
    # An in-memory button from before a restart: nobody listens for it any more.
    message = fake.message({"content": "old"}, channel_id=CHANNEL_ID)
    deliver(client, click("mb:0123456789ab:3", message))
    data = (await answer(fake))["data"]
    assert data["flags"] & EPHEMERAL
    assert data["content"] == STALE_MESSAGE


async def test_paging_survives_a_restart(fake: FakeDiscord, core: Core, seed_index: Index, tmp_path: Path) -> None:
    before = await start_client(core, tmp_path)
    deliver(before, slash("search", {"query": "anniversary victory"}))
    first = await answer(fake)
    await before.close()
    # A new process: a new core and client, nothing in memory from the first one.
    after = await start_client(make_core(seed_index), tmp_path)
    try:
        nxt = next(b for b in buttons(first["data"]) if b["label"] == "Next ▶")
        deliver(after, click(nxt["custom_id"], shown_message(fake)))
        body = await answer(fake, 2)
    finally:
        await after.close()
    assert body["type"] == 7  # UPDATE_MESSAGE: the same message now shows page 2
    data = body["data"]
    assert data["embeds"][0]["title"] == "Results for anniversary victory"
    assert "Page 2 of" in data["embeds"][-1]["footer"]["text"]
    sixth = seed_index.search.search("anniversary victory", limit=30)[5].article.title
    assert discord.utils.escape_markdown(sixth) in embeds_text(data)  # results 6-10 now
    assert buttons(data)[0]["label"] == "Open 6"
    assert data["allowed_mentions"] == {"parse": []}


async def test_unreadable_persistent_button_is_answered_politely(client: MemorialClient, fake: FakeDiscord) -> None:
    # Shaped like our buttons, but naming a command the table no longer has.
    custom_id = 'mb:n["retired",2]'
    message = fake.message({"components": [{"type": 1, "components": [
        {"type": 2, "style": 1, "label": "Next ▶", "custom_id": custom_id}]}]}, channel_id=CHANNEL_ID)  # fmt: skip
    deliver(client, click(custom_id, message))
    data = (await answer(fake))["data"]
    assert data["flags"] & EPHEMERAL
    assert data["content"] == STALE_MESSAGE


LONG_QUERY = " ".join(["anniversary victory"] * 5)  # its "Next" action does not fit in 100 characters


async def test_actions_too_long_for_a_custom_id_keep_working_from_memory(
    client: MemorialClient, fake: FakeDiscord
) -> None:
    deliver(client, slash("search", {"query": LONG_QUERY}))
    first = await answer(fake)
    assert all(len(b["custom_id"]) <= 100 for b in buttons(first["data"]))
    nxt = next(b for b in buttons(first["data"]) if b["label"] == "Next ▶")
    deliver(client, click(nxt["custom_id"], shown_message(fake)))
    body = await answer(fake, 2)
    assert body["type"] == 7
    assert "Page 2 of" in body["data"]["embeds"][-1]["footer"]["text"]


async def test_timed_out_view_loses_its_buttons(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("search", {"query": LONG_QUERY}))
    first = await answer(fake)
    (view,) = client.handler.live_views.views()  # an in-memory view: the buttons did not fit custom_ids
    await view.on_timeout()  # what discord.py calls when the view's timeout expires
    edit = await fake.wait_for("PATCH", rf"/webhooks/{APP_ID}/[^/]+/messages/@original")
    assert edit[0].json["components"] == []  # buttons taken off the message
    deliver(client, click(buttons(first["data"])[0]["custom_id"], shown_message(fake)))
    assert (await answer(fake, 2))["data"]["content"] == STALE_MESSAGE


# ---------------------------------------------------------------------------------------------
# Autocomplete on the real commands


async def autocomplete(client: MemorialClient, fake: FakeDiscord, command: str, option: str, typed: str) -> list:
    deliver(client, slash(command, {option: typed}, focused=option, when=datetime(2025, 9, 1, 8, tzinfo=UTC)))
    body = await answer(fake)
    assert body["type"] == 8
    assert len(body["data"]["choices"]) <= 25
    return body["data"]["choices"]


async def test_doc_suggests_articles_by_content_too(client: MemorialClient, fake: FakeDiscord) -> None:
    (choice,) = await autocomplete(client, fake, "doc", "article", "liddel")
    assert choice["name"].startswith("Scottish people")  # his name is in the text, not the title


async def test_onthisday_suggests_days_with_events_soonest_first(
    client: MemorialClient, fake: FakeDiscord, core: Core
) -> None:
    result = await autocomplete(client, fake, "onthisday", "date", "sep")
    values = [c["value"] for c in result]
    assert values[:3] == ["1 September", "2 September", "3 September"]  # asked on 1 September
    assert all(has_events_on(core, 9, int(v.split()[0])) for v in values)


async def test_subscribe_suggests_timezones(client: MemorialClient, fake: FakeDiscord) -> None:
    result = await autocomplete(client, fake, "subscribe", "timezone", "shang")
    assert result == [{"name": "Asia/Shanghai", "value": "Asia/Shanghai"}]
