"""The generated command tree with a table of test commands: every argument kind, the chat
context the adapter builds, permission refusal, autocomplete, deferral and mention safety.
Everything goes through discord.py's real interaction handling and the fake Discord API."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from bot.chat.model import Arg, ChatContext, Command, CommandTable
from bot.commands.dates import has_events_on
from bot.commands.lookup import COMMANDS as LOOKUP_COMMANDS
from bot.index.build import Index
from bot.replies import Paragraph, Reply, Span, error_reply, plain, text_reply
from tests.fake_discord import (
    APP_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    EPHEMERAL,
    FOLLOWUP,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    USER_ID,
    FakeDiscord,
    answer,
    deliver,
    embeds_text,
    slash,
    start_client,
)


async def whoami(core: Core, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    manage = await ctx.caller_can_manage()
    return text_reply(
        json.dumps(
            {
                "platform": ctx.platform,
                "chat_id": ctx.chat_id,
                "chat_kind": ctx.chat_kind,
                "user_id": ctx.user_id,
                "now": ctx.now.isoformat(),
                "manage": manage,
            }
        )
    )


async def guarded(core: Core, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    if not await ctx.caller_can_manage():
        return error_reply("Only members who can manage this channel may change its subscription.")
    return text_reply("Subscribed.")


async def echo(core: Core, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    return Reply(blocks=(Paragraph(plain(json.dumps(dict(args), sort_keys=True))),), title="echo")


async def loud(core: Core, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    return Reply(
        blocks=(Paragraph((Span("@everyone "), Span("<@&123456789012345678>", "strong"), Span(" *bold* `x`"))),),
        title="@here",
    )


def unescape(markdown: str) -> str:
    """Undo escape_markdown, to read back the text a handler produced."""
    return re.sub(r"\\(.)", r"\1", markdown)


KINDS = (
    Arg("words", "text", "Some words", required=True),
    Arg("count", "int", "How many", min_value=1, max_value=9),
    Arg("article", "article", "An article"),
    Arg("day", "date", "A day"),
    Arg("at", "time", "A time of day, HH:MM"),
    Arg("zone", "timezone", "A timezone"),
)
TEST_COMMANDS = (
    Command("whoami", "Echo the chat context", "", whoami),
    Command("guarded", "Needs Manage Channels", "", guarded),
    Command("kinds", "One option of every kind", "", echo, args=KINDS),
    Command("loud", "Tries to ping everyone", "", loud),
    Command("secret", "Operator only", "", echo, hidden=True),
)


@pytest.fixture
def test_core(seed_index: Index) -> Core:
    return Core(seed_index, CommandTable([*LOOKUP_COMMANDS, *TEST_COMMANDS]))


@pytest.fixture
async def client(fake: FakeDiscord, test_core: Core, tmp_path: Path) -> AsyncIterator[MemorialClient]:
    c = await start_client(test_core, tmp_path)
    yield c
    await c.close()


async def test_every_arg_kind_becomes_a_typed_option(client: MemorialClient, fake: FakeDiscord) -> None:
    (put,) = fake.matching("PUT", rf"/applications/{APP_ID}/commands")
    names = [c["name"] for c in put.json]
    assert "secret" not in names  # hidden commands are not advertised
    assert {"search", "doc", "whoami", "kinds"} <= set(names)
    kinds = next(c for c in put.json if c["name"] == "kinds")
    options = {o["name"]: o for o in kinds["options"]}
    assert list(options) == [a.name for a in KINDS]
    assert {n: o["type"] for n, o in options.items()} == {
        "words": 3,
        "count": 4,
        "article": 3,
        "day": 3,
        "at": 3,
        "zone": 3,
    }
    assert (options["count"]["min_value"], options["count"]["max_value"]) == (1, 9)
    assert [n for n, o in options.items() if o.get("autocomplete")] == ["article", "day", "zone"]
    assert options["words"]["required"] and not options["zone"]["required"]
    assert {n: o["description"] for n, o in options.items()} == {a.name: a.description for a in KINDS}


async def test_options_reach_the_core_by_name(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("kinds", {"words": "hello", "count": 3, "zone": "Europe/Moscow", "at": "09:00"}))
    data = (await answer(fake))["data"]
    sent = json.loads(unescape(data["embeds"][0]["description"]))
    assert sent == {"at": "09:00", "count": 3, "words": "hello", "zone": "Europe/Moscow"}


async def test_context_in_a_server_channel(client: MemorialClient, fake: FakeDiscord) -> None:
    when = datetime(2025, 9, 3, 6, 30, tzinfo=UTC)
    deliver(client, slash("whoami", when=when, permissions=MANAGE_GUILD))
    ctx = json.loads(unescape((await answer(fake))["data"]["embeds"][0]["description"]))
    assert ctx == {
        "platform": "discord",
        "chat_id": str(CHANNEL_ID),
        "chat_kind": "group",
        "user_id": str(USER_ID),
        "now": when.isoformat(),  # the interaction's own time, not the server clock
        "manage": True,
    }


async def test_context_in_a_direct_message(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("whoami", guild=False))
    ctx = json.loads(unescape((await answer(fake))["data"]["embeds"][0]["description"]))
    assert (ctx["chat_id"], ctx["chat_kind"], ctx["manage"]) == (str(DM_CHANNEL_ID), "private", True)


@pytest.mark.parametrize(
    ("permissions", "allowed"), [(0, False), (MANAGE_CHANNELS, True), (MANAGE_GUILD, True), (1 << 3, True)]
)
async def test_only_channel_managers_pass_the_permission_check(
    client: MemorialClient, fake: FakeDiscord, permissions: int, allowed: bool
) -> None:
    deliver(client, slash("guarded", permissions=permissions))
    data = (await answer(fake))["data"]
    if allowed:
        assert "Subscribed." in embeds_text(data)
        assert not (data.get("flags") or 0) & EPHEMERAL
    else:
        assert "Only members who can manage" in embeds_text(data)
        assert data["flags"] & EPHEMERAL  # the refusal is shown to the caller only


async def test_mentions_are_neutralised(client: MemorialClient, fake: FakeDiscord) -> None:
    deliver(client, slash("loud"))
    data = (await answer(fake))["data"]
    assert data["allowed_mentions"] == {"parse": []}
    text = embeds_text(data)
    assert "@everyone" not in text and "@here" not in text and "<@&123" not in text
    assert "@\u200beveryone" in text and "@\u200bhere" in data["embeds"][0]["title"]
    assert "\\*bold\\*" in text and "\\`x\\`" in text  # document text cannot format the message


async def test_slow_work_is_deferred_then_followed_up(fake: FakeDiscord, test_core: Core, tmp_path: Path) -> None:
    # defer_after=0: every answer counts as slow, so the defer path runs deterministically.
    client = await start_client(test_core, tmp_path, defer_after=0)
    try:
        deliver(client, slash("search", {"query": "victory"}))
        assert (await answer(fake))["type"] == 5  # DEFERRED_CHANNEL_MESSAGE: "memorial-bot is thinking…"
        (followup,) = await fake.wait_for("POST", FOLLOWUP)
        assert followup.json["embeds"][0]["title"] == "Results for victory"
        assert followup.json["allowed_mentions"] == {"parse": []}
        assert len(followup.json["components"]) == 2  # open buttons, then the paging row
    finally:
        await client.close()


# ---------------------------------------------------------------------------------------------
# Autocomplete


async def choices(client: MemorialClient, fake: FakeDiscord, command: str, option: str, typed: str) -> list[dict]:
    deliver(client, slash(command, {option: typed}, focused=option))
    body = await answer(fake)
    assert body["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    result = body["data"]["choices"]
    assert len(result) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in result)
    return result


async def test_doc_autocompletes_article_titles(client: MemorialClient, fake: FakeDiscord, seed_index: Index) -> None:
    result = await choices(client, fake, "doc", "article", "Scottish contributions")
    liddell = next(a for a in seed_index.corpus.articles if a.title.startswith("Scottish people"))
    assert result[0] == {"name": liddell.title, "value": liddell.article_id}


async def test_doc_autocomplete_with_nothing_typed_lists_articles(client: MemorialClient, fake: FakeDiscord) -> None:
    result = await choices(client, fake, "doc", "article", "")
    assert len(result) == 24  # the seed corpus has 24 articles, all under the 25-choice cap


async def test_timezone_autocomplete(client: MemorialClient, fake: FakeDiscord) -> None:
    result = await choices(client, fake, "kinds", "zone", "mosc")
    assert result[0] == {"name": "Europe/Moscow", "value": "Europe/Moscow"}


async def test_timezone_autocomplete_caps_at_25(client: MemorialClient, fake: FakeDiscord) -> None:
    result = await choices(client, fake, "kinds", "zone", "america")
    assert len(result) == 25 and all("America" in c["value"] for c in result)


async def test_date_autocomplete_offers_only_days_with_events(
    client: MemorialClient, fake: FakeDiscord, test_core: Core
) -> None:
    result = await choices(client, fake, "kinds", "day", "")
    assert result[0]["value"] == "today"
    for c in result[1:]:
        day, month = c["value"].split(" ")
        parsed = datetime.strptime(f"{day} {month} 2024", "%d %B %Y")
        assert has_events_on(test_core, parsed.month, parsed.day)


async def test_refusal_after_a_deferral_stays_private(fake: FakeDiscord, test_core: Core, tmp_path: Path) -> None:
    client = await start_client(test_core, tmp_path, defer_after=0)
    try:
        deliver(client, slash("guarded", permissions=0))
        assert (await answer(fake))["type"] == 5
        await fake.wait_for("DELETE", rf"/webhooks/{APP_ID}/[^/]+/messages/@original")
        (followup,) = await fake.wait_for("POST", FOLLOWUP)
        assert followup.json["flags"] & EPHEMERAL
        assert "Only members who can manage" in embeds_text(followup.json)
    finally:
        await client.close()
