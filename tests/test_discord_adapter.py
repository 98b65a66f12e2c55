"""The Discord adapter through discord.py's real machinery.

Interactions are built as the gateway sends them (INTERACTION_CREATE payloads) and handed to the
client's real connection state, which routes them through the generated CommandTree or the view
store; discord.py's HTTP layer then talks to a fake Discord API on 127.0.0.1 (tests/fake_discord.py).
The assertions are on the JSON discord.py sends: embeds, components, flags, allowed mentions.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
import pytest

from adapters.discord.client import MemorialClient
from adapters.discord.sync import STATE_FILE
from adapters.discord.views import STALE_MESSAGE
from bot.commands import Arg, ChatContext, Command, CommandTable
from bot.config import DiscordConfig
from bot.core import Core, Index
from bot.replies import Paragraph, Reply, error_reply, plain, text_reply
from tests.fake_discord import (
    APP_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    GUILD_ID,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    TOKEN,
    USER_ID,
    FakeDiscord,
    click,
    slash,
)

CALLBACK = r"/interactions/\d+/[^/]+/callback"
FOLLOWUP = rf"/webhooks/{APP_ID}/[^/]+"
EPHEMERAL = 64


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    monkeypatch.setattr(discord.http.Route, "BASE", await server.start())
    yield server
    await server.stop()


async def start_client(
    core: Core, data_dir: Path, *, guild_id: int | None = None, defer_after: float = 30.0
) -> MemorialClient:
    client = MemorialClient(core, DiscordConfig(token=TOKEN, guild_id=guild_id), data_dir, defer_after=defer_after)
    await client.login(TOKEN)  # GET /users/@me, application info, then setup_hook (the sync)
    return client


@pytest.fixture
async def client(fake: FakeDiscord, core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(core, tmp_path)
    yield c
    await c.close()


def deliver(client: MemorialClient, payload: dict[str, Any]) -> None:
    """Hand an INTERACTION_CREATE to discord.py as the gateway would."""
    client._connection.parse_interaction_create(payload)  # type: ignore[arg-type]


async def answer(fake: FakeDiscord, n: int = 1) -> dict[str, Any]:
    """The body of the n-th interaction callback discord.py sent."""
    return (await fake.wait_for("POST", CALLBACK, count=n))[n - 1].json


def shown_message(fake: FakeDiscord, n: int = 1) -> dict[str, Any]:
    """The message Discord made of the n-th callback, as a later click interaction carries it."""
    return fake.matching("POST", CALLBACK)[n - 1].response["resource"]["message"]


def embeds_text(data: Mapping[str, Any]) -> str:
    return "\n".join(
        f"{e.get('title', '')}\n{e.get('description', '')}\n{e.get('footer', {}).get('text', '')}"
        for e in data.get("embeds", [])
    )


def buttons(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [c for row in data.get("components", []) for c in row["components"]]


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
    # A button from before a restart: nobody listens for it any more.
    message = fake.message({"content": "old"}, channel_id=CHANNEL_ID)
    deliver(client, click("mb:0123456789ab:3", message))
    data = (await answer(fake))["data"]
    assert data["flags"] & EPHEMERAL
    assert data["content"] == STALE_MESSAGE


async def test_timed_out_view_loses_its_buttons(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("search", {"query": "Eric Liddell"}))
    first = await answer(fake)
    (view,) = client.handler.live_views.views()
    await view.on_timeout()  # what discord.py calls when the view's timeout expires
    edit = await fake.wait_for("PATCH", rf"/webhooks/{APP_ID}/[^/]+/messages/@original")
    assert edit[0].json["components"] == []  # buttons taken off the message
    deliver(client, click(buttons(first["data"])[0]["custom_id"], shown_message(fake)))
    assert (await answer(fake, 2))["data"]["content"] == STALE_MESSAGE
