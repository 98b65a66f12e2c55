"""The command table and dispatcher as a user meets them: help, search, paging, /doc, /sources,
and every kind of bad input getting a clear, short answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from bot.chat.dispatch import Core
from bot.chat.model import BotCore, ChatContext, Command, CommandTable
from bot.index.build import Index
from bot.replies import Heading, ListItem, Reply, inline_text
from tests.chat_fixture import Chat


def test_every_command_has_summary_help_and_unique_names(core: Core) -> None:
    names = set()
    for cmd in core.table.commands:
        assert cmd.summary and len(cmd.summary) <= 100
        assert cmd.help
        for n in (cmd.name, *cmd.aliases):
            assert n not in names
            names.add(n)
    for required in ("start", "help", "search", "lookup", "doc", "sources", "about"):
        assert required in names
    search = core.table.get("search")
    assert [a.name for a in search.args][:1] == ["query"]
    assert [a.name for a in core.table.get("doc").args][:1] == ["article"]


async def test_help_lists_every_visible_command(chat: Chat, core: Core) -> None:
    listed = await chat.ask("/help")
    for cmd in core.table.visible():
        assert f"/{cmd.name}" in listed


async def test_search_answers_with_title_snippet_and_source(chat: Chat) -> None:
    reply = await chat.reply("/search Liddel")
    item = next(b for b in reply.blocks if isinstance(b, ListItem))
    assert "Scottish people’s contributions" in inline_text(item.text)
    assert any(s.style == "mark" and s.text == "Liddell" for s in item.text)
    (src,) = item.sources
    assert src.file.startswith("004_") and src.line == 283


async def test_alias_and_plain_text_in_private_chat_search(chat: Chat) -> None:
    a = await chat.ask("/lookup Khabarovks")
    b = await chat.ask("Khabarovks")
    assert a == b
    assert "Khabarovsk" in a


async def test_plain_text_in_a_group_is_ignored(chat: Chat) -> None:
    assert await chat.ask("Khabarovsk", chat_kind="group") == ""


async def test_command_addressed_to_this_bot_in_a_group(chat: Chat) -> None:
    chat.set(chat_kind="group", bot_username="memorial_bot")
    assert "Venezuela" in await chat.ask("/search@memorial_bot Venezula")
    assert await chat.ask("/search@other_bot Venezula") == ""


async def test_no_answer_says_so(chat: Chat) -> None:
    text = await chat.ask("/search bitcoin price")
    assert not any(isinstance(b, ListItem) for b in chat.last.blocks)
    assert "Nothing in the documents" in text
    # a question keeps its own mark, with no full stop after it
    text = await chat.ask("/search when did bitcoin reach Tianjin?")
    assert "Tianjin?" in text and "Tianjin?." not in text


async def test_results_are_paged_with_actions(chat: Chat) -> None:
    first_text = await chat.ask("/search China Russia")
    first = chat.last
    assert first.pages and first.pages > 1 and first.page == 1
    assert any(a.kind == "next" for a in first.actions)
    second_text = await chat.ask("/next")  # the console's stand-in for the "next" button
    second = chat.last
    assert second.page == 2
    assert first_text != second_text
    assert any(a.kind == "prev" for a in second.actions)


async def test_doc_shows_the_article_paged_with_its_lines(chat: Chat, seed_index: Index) -> None:
    article = next(a for a in seed_index.corpus.articles if a.title.startswith("Scottish people"))
    text = await chat.ask(f"/doc {article.article_id}")
    reply = chat.last
    assert isinstance(reply.blocks[0], Heading) and inline_text(reply.blocks[0].text) == article.title
    assert f"lines {article.line_start}–{article.line_end}" in text
    assert reply.pages == 2
    assert "Flying Scotsman" in await chat.ask(f"/doc {article.article_id} 2")


async def test_sources_lists_files_with_article_counts(chat: Chat) -> None:
    text = await chat.ask("/sources")
    assert "5 files, 24 articles" in text
    assert "20 articles" in text  # the digest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/search", "needs query"),
        ("/search    ", "needs query"),
        ("/search " + "war " * 2500, "too long"),
        ("/frobnicate", "Unknown command /frobnicate"),
        ("/doc nonexistent", "No article has the id"),
        ("/doc", "needs article"),
        ("/doc 7ab1f62c notanumber", "whole number"),
        ("/help nosuch", "no /nosuch command"),
        ("/ hello", "doesn't look like a command"),
    ],
)
async def test_bad_input_gets_a_clear_short_answer(chat: Chat, text: str, expected: str) -> None:
    answer = await chat.ask(text)
    assert chat.last.error
    assert expected in answer
    assert len(answer) < 300


@pytest.mark.parametrize(
    "query",
    [
        "<b>Liddell",
        "<b>Liddell</b>",
        "*_[Liddell](http://x)",
        "Liddell\x00\x07\x1b[31m",
        "\u202eLiddell\u200b",
        "Lid\u0308dell 🎖️",
    ],
)
async def test_hostile_or_odd_input_is_kept_as_text_never_markup(chat: Chat, query: str) -> None:
    text = await chat.ask(f"/search {query}")
    assert not chat.last.error
    assert "\x00" not in text and "\x1b" not in text and "\u202e" not in text
    # Whatever we echo is carried as span text; adapters escape it. Markup chars survive as text.
    if "<b>" in query:
        assert "<b>" in text
    if query.startswith(("<b>", "*_[")):  # the name inside the markup is still found
        assert "Scottish people’s contributions" in text


async def test_handler_crash_is_an_apology_not_an_exception(chat: Chat, seed_index: Index) -> None:
    async def boom(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
        raise RuntimeError("secret internals")

    crashing = Core(seed_index, CommandTable([Command("boom", "Always fails", "Always fails.", boom)]))
    crashed = chat.over(crashing)
    text = await crashed.ask("/boom")
    assert crashed.last.error and "went wrong" in text and "secret" not in text
