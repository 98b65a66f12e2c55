"""Discord in the user's language: the slash commands' payload carries `name_localizations` and
`description_localizations` (commands and options) from our catalogs, through discord.py's
`locale_str` and the tree's `app_commands.Translator`; the replies' hints name commands as the
menu does ("/почему 1"); embeds' footers and the adapter's own notes follow the reply's or the
user's language."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.cli.common import make_core
from adapters.discord.autocomplete import suggest_dates
from adapters.discord.render import footer_text, render_reply
from adapters.discord.tree import DISCORD_LANGUAGES
from adapters.discord.views import STALE_MESSAGE
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands.dates import daily_post_builder
from bot.daily.delivery import Deliverer
from bot.i18n import translator
from bot.index.build import Index
from bot.replies import Heading, ListItem, Paragraph, Quote, Reply, SourceRef, Span
from bot.store import SQLStore
from tests.fake_discord import (
    APP_ID,
    CALLBACK,
    CHANNEL_ID,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    click,
    deliver,
    embeds_text,
    guild_create,
    slash,
    start_client,
)

GLOBAL = rf"/applications/{APP_ID}/commands"
NOW = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)
MOSCOW_9AM = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)
OURS = {"ru": "ru", "zh-CN": "zh", "zh-TW": "zh", "es-ES": "es", "es-419": "es"}
# What Discord accepts as a localized command or option name (its rule, \p{L} and \p{N} in Python's \w).
OPTION_NAME = re.compile(r"[-_\w]{1,32}")


async def synced(fake: FakeDiscord, core: Core, data_dir: Path) -> list[dict[str, Any]]:
    client = await start_client(core, data_dir)
    await client.close()
    (put,) = fake.matching("PUT", GLOBAL)
    return put.json


def test_the_locales_map_to_our_languages() -> None:
    assert {locale.value: language for locale, language in DISCORD_LANGUAGES.items()} == OURS


async def test_the_command_payload_carries_the_localizations(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    payload = await synced(fake, core, tmp_path)
    table = {c.name: c for c in core.table.visible()}
    assert [c["name"] for c in payload] == list(table)
    for command in payload:
        cmd = table[command["name"]]
        named = command["name_localizations"]
        assert set(named) == set(OURS), command["name"]
        for locale, name in named.items():
            assert name == name.lower() and OPTION_NAME.fullmatch(name), (locale, name)
        described = command["description_localizations"]
        assert set(described) == set(OURS), command["name"]
        for locale, language in OURS.items():
            expected = " ".join(translator(language).gettext(cmd.summary).split())
            assert described[locale] == expected[:100] or described[locale].endswith("…"), (locale, command["name"])
            assert 1 <= len(described[locale]) <= 100
        for option, arg in zip(command.get("options", []), cmd.args, strict=True):
            assert option["name"] == arg.name
            names = option["name_localizations"]
            assert set(names) == set(OURS), (command["name"], arg.name)
            for locale, name in names.items():
                assert name == name.lower() and OPTION_NAME.fullmatch(name), (locale, name)
            # Unique within a command in each locale, as Discord requires.
            for locale in OURS:
                in_command = [o["name_localizations"][locale] for o in command["options"]]
                assert len(set(in_command)) == len(in_command)
            assert set(option["description_localizations"]) == set(OURS)
            assert all(1 <= len(d) <= 100 for d in option["description_localizations"].values())

    # Command names: valid, unique in each locale, none left in English.
    for locale in OURS:
        names = [c["name_localizations"][locale] for c in payload]
        assert len(set(names)) == len(names), locale
        assert not set(names) & set(table), locale
    named = {c["name"]: c["name_localizations"] for c in payload}
    assert named["onthisday"] == {
        "ru": "в-этот-день",
        "zh-CN": "历史上的今天",
        "zh-TW": "历史上的今天",
        "es-ES": "un-día-como-hoy",
        "es-419": "un-día-como-hoy",
    }
    assert [named["why"][locale] for locale in ("ru", "zh-CN", "es-ES")] == ["почему", "为什么", "por-qué"]
    subscribe = [named["subscribe"][locale] for locale in ("ru", "zh-TW", "es-419")]
    assert subscribe == ["подписаться", "订阅", "suscribirse"]
    assert [named["help"][locale] for locale in ("ru", "zh-CN", "es-ES")] == ["помощь", "帮助", "ayuda"]

    onthisday = next(c for c in payload if c["name"] == "onthisday")
    date = onthisday["options"][0]
    assert (date["name_localizations"]["ru"], date["name_localizations"]["zh-CN"]) == ("дата", "日期")
    assert date["name_localizations"]["es-ES"] == date["name_localizations"]["es-419"] == "fecha"
    assert onthisday["description_localizations"]["ru"] == translator("ru").gettext(
        next(c for c in core.table.visible() if c.name == "onthisday").summary
    )
    subscribe = next(c for c in payload if c["name"] == "subscribe")
    assert [o["name_localizations"]["ru"] for o in subscribe["options"]] == ["время", "часовой_пояс"]
    assert [o["name_localizations"]["es-ES"] for o in subscribe["options"]] == ["hora", "zona_horaria"]


async def test_a_changed_translation_syncs_again(
    fake: FakeDiscord, core: Core, tmp_path: Path, monkeypatch: Any
) -> None:
    await synced(fake, core, tmp_path)
    from adapters.discord import tree

    monkeypatch.setattr(tree, "DISCORD_LANGUAGES", {**tree.DISCORD_LANGUAGES, tree.discord.Locale.ukrainian: "ru"})
    client = await start_client(core, tmp_path)
    await client.close()
    assert len(fake.matching("PUT", GLOBAL)) == 2  # the localizations are part of the hashed payload


def test_the_footer_is_in_the_reply_language() -> None:
    src = (SourceRef("a1", "T", "f.txt", 1), SourceRef("a2", "T", "g.txt", 2))
    reply = Reply(blocks=(ListItem((Span("x"),), src),), page=2, pages=5)
    assert footer_text(reply) == "Sources: f.txt:1, g.txt:2 · Page 2 of 5"
    for language, expected in {
        "ru": "Источники: f.txt:1, g.txt:2 · Страница 2 из 5",
        "zh": "来源：f.txt:1, g.txt:2 · 第 2/5 页",
        "es": "Fuentes: f.txt:1, g.txt:2 · Página 2 de 5",
    }.items():
        assert footer_text(Reply(blocks=reply.blocks, page=2, pages=5, language=language)) == expected
    one = Reply(blocks=(ListItem((Span("x"),), src[:1]),), language="ru")
    assert footer_text(one) == "Источник: f.txt:1"


async def test_an_expired_button_is_explained_in_the_users_language(
    fake: FakeDiscord, core: Core, tmp_path: Path
) -> None:
    client = await start_client(core, tmp_path)
    try:
        message = {"id": "1", "channel_id": "1", "content": "", "author": {"id": "1", "username": "b"}}
        payload = click("mb:0123456789ab:0", message)
        payload["locale"] = "zh-CN"
        deliver(client, payload)
        body = (await fake.wait_for("POST", CALLBACK))[0].json
        assert body["data"]["content"] == translator("zh").gettext(STALE_MESSAGE) != STALE_MESSAGE
    finally:
        await client.close()


async def _subscribe_and_post(
    fake: FakeDiscord, core: Core, data_dir: Path, store: SQLStore, *, locale: str, guild_locale: str, guild: bool
) -> tuple[str, str]:
    """/subscribe by a user of `locale` in a server of `guild_locale` (cached with or without the
    COMMUNITY feature when `guild`), then the daily post: (the answer's text, the post's text)."""
    client = await start_client(core, data_dir)
    try:
        if guild:
            community = guild_create()
            community["preferred_locale"] = guild_locale
            community["features"] = ["COMMUNITY"] if guild_locale != "en-US" else []
            client._connection.parse_guild_create(community)  # type: ignore[arg-type]
        payload = slash(
            "subscribe", {"time": "09:00", "timezone": "Europe/Moscow"}, when=NOW, permissions=MANAGE_CHANNELS
        )
        payload["locale"], payload["guild_locale"] = locale, guild_locale
        deliver(client, payload)
        answered = embeds_text((await answer(fake))["data"])
        deliverer = Deliverer(store, [client.sender], daily_post_builder(core), use_broadcast_lease=False)
        assert (await deliverer.run_due(MOSCOW_9AM)).sent
        (post,) = fake.matching("POST", rf"/channels/{CHANNEL_ID}/messages")
        return answered, embeds_text(post.json)
    finally:
        await client.close()


async def test_a_channel_post_is_in_the_servers_language(
    fake: FakeDiscord, seed_index: Index, sqlite_store: SQLStore, tmp_path: Path
) -> None:
    core = make_core(seed_index, services=Services(store=sqlite_store))
    answered, post = await _subscribe_and_post(
        fake, core, tmp_path, sqlite_store, locale="en-US", guild_locale="ru", guild=True
    )
    assert answered.startswith("Subscribed") and "The posts are in Русский" in answered
    assert post.startswith("В этот день: 3 сентября")


async def test_a_server_without_a_chosen_locale_posts_in_the_subscribers_language(
    fake: FakeDiscord, seed_index: Index, sqlite_store: SQLStore, tmp_path: Path
) -> None:
    """A server that is not a Community server always says en-US: the subscriber's language counts."""
    core = make_core(seed_index, services=Services(store=sqlite_store))
    answered, post = await _subscribe_and_post(
        fake, core, tmp_path, sqlite_store, locale="es-ES", guild_locale="en-US", guild=True
    )
    assert answered.startswith("Suscrito")
    assert post.startswith("Un día como hoy: 3 de septiembre")


@pytest.mark.parametrize(
    ("language", "typed", "first"),
    [
        ("en", "09-03", ("3 September", "3 September")),
        ("ru", "03.09", ("3 сентября", "3 September")),  # day first, as Russian writes it
        ("ru", "3 сент", ("3 сентября", "3 September")),
        ("zh", "9月3", ("9月3日", "3 September")),
        ("es", "3 de sept", ("3 de septiembre", "3 September")),
        ("ru", "", ("сегодня", "today")),
    ],
)
def test_autocomplete_names_days_in_the_users_language(core: Core, language: str, typed: str, first: Any) -> None:
    """The name shown is the user's language; the value sent back is read the same in every language."""
    suggestions = suggest_dates(core, typed, NOW, translator(language))
    assert suggestions[0] == first


def test_a_hint_names_the_command_as_the_menu_does() -> None:
    """The core writes "/why 1" in every language (Telegram and the console need it); Discord shows
    the command under its localized name, so the hint does too. A document's text is left alone."""
    blocks = (
        Heading((Span("/onthisday [дата]"),)),
        Paragraph((Span("e.g. "), Span("/why 1", "code"))),
        ListItem((Span("Event "), Span("(/doc 7ab1f62c)", "em"))),
        Quote((Span("/why 1"),)),
        Paragraph((Span("/reload", "code"), Span(" "), Span("/whys", "code"))),
    )
    for language, (title, why, doc) in {
        "en": ("/onthisday [дата]", "/why 1", "/doc"),
        "ru": ("/в-этот-день [дата]", "/почему 1", "/документ"),
        "zh": ("/历史上的今天 [дата]", "/为什么 1", "/文档"),
        "es": ("/un-día-como-hoy [дата]", "/por-qué 1", "/documento"),
    }.items():
        (message,) = render_reply(Reply(blocks=blocks, language=language))
        (embed,) = message.embeds
        assert embed.title == title, language
        text = embed.description or ""
        assert f"`{why}`" in text and f"*({doc} 7ab1f62c)*" in text, (language, text)
        assert "> /why 1" in text  # quoted from a document: verbatim
        assert "`/reload` `/whys`" in text  # hidden on Discord, or not a command: as written


async def test_a_slash_reply_hints_in_the_users_language(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    client = await start_client(core, tmp_path)
    try:
        payload = slash("onthisday", {"date": "03.09"}, when=NOW)
        payload["locale"] = "ru"
        deliver(client, payload)
        text = embeds_text((await answer(fake))["data"])
        assert "`/почему 1`" in text and "/why" not in text, text
    finally:
        await client.close()


async def test_help_explains_a_command_named_the_localized_way(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    client = await start_client(core, tmp_path)
    try:
        asked = [("ru", "почему", "/почему"), ("es-ES", "/por-qué", "/por-qué"), ("en-US", "why", "/why")]
        for n, (locale, typed, usage) in enumerate(asked, 1):
            payload = slash("help", {"command": typed}, when=NOW)
            payload["locale"] = locale
            deliver(client, payload)
            data = (await answer(fake, n))["data"]
            assert data["embeds"][0]["title"].startswith(usage), (locale, data)
    finally:
        await client.close()
