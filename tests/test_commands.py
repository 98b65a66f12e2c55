"""The command table and dispatcher as a user meets them: help, search, paging, /doc, /sources,
and every kind of bad input getting a clear, short answer."""

from __future__ import annotations

import pytest

from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, Command, CommandTable, Invocation
from bot.replies import Heading, ListItem, Reply, inline_text

PRIVATE = ChatContext("test", "1", "private")
GROUP = ChatContext("test", "2", "group")


def text_of(reply: Reply) -> str:
    return "\n".join(inline_text(b.text) for b in reply.blocks)


async def ask(core, text: str, ctx: ChatContext = PRIVATE) -> Reply:
    reply = await core.handle_text(text, ctx)
    assert reply is not None
    return reply


def test_every_command_has_summary_help_and_unique_names(core) -> None:
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


async def test_help_lists_every_visible_command(core) -> None:
    reply = await ask(core, "/help")
    listed = text_of(reply)
    for cmd in core.table.visible():
        assert f"/{cmd.name}" in listed


async def test_search_answers_with_title_snippet_and_source(core) -> None:
    reply = await ask(core, "/search Liddel")
    item = next(b for b in reply.blocks if isinstance(b, ListItem))
    assert "Scottish people’s contributions" in inline_text(item.text)
    assert any(s.style == "mark" and s.text == "Liddell" for s in item.text)
    (src,) = item.sources
    assert src.file.startswith("004_") and src.line == 283


async def test_alias_and_plain_text_in_private_chat_search(core) -> None:
    a = await ask(core, "/lookup Khabarovks")
    b = await ask(core, "Khabarovks")
    assert text_of(a) == text_of(b)
    assert "Khabarovsk" in text_of(a)


async def test_plain_text_in_a_group_is_ignored(core) -> None:
    assert await core.handle_text("Khabarovsk", GROUP) is None


async def test_command_addressed_to_this_bot_in_a_group(core) -> None:
    reply = await core.handle_text("/search@memorial_bot Venezula", GROUP, bot_username="memorial_bot")
    assert reply is not None and "Venezuela" in text_of(reply)
    assert await core.handle_text("/search@other_bot Venezula", GROUP, bot_username="memorial_bot") is None


async def test_no_answer_says_so(core) -> None:
    reply = await ask(core, "/search bitcoin price")
    assert not any(isinstance(b, ListItem) for b in reply.blocks)
    assert "Nothing in the documents" in text_of(reply)


async def test_results_are_paged_with_actions(core) -> None:
    first = await ask(core, "/search China Russia")
    assert first.pages and first.pages > 1 and first.page == 1
    nxt = next(a for a in first.actions if a.kind == "next")
    second = await core.dispatch(Invocation(nxt.command, nxt.args), PRIVATE)
    assert second.page == 2
    assert text_of(first) != text_of(second)
    assert any(a.kind == "prev" for a in second.actions)


async def test_doc_shows_the_article_paged_with_its_lines(core, seed_index) -> None:
    article = next(a for a in seed_index.corpus.articles if a.title.startswith("Scottish people"))
    reply = await ask(core, f"/doc {article.article_id}")
    assert isinstance(reply.blocks[0], Heading) and inline_text(reply.blocks[0].text) == article.title
    assert f"lines {article.line_start}–{article.line_end}" in text_of(reply)
    assert reply.pages == 2
    page2 = await ask(core, f"/doc {article.article_id} 2")
    assert "Flying Scotsman" in text_of(page2)


async def test_sources_lists_files_with_article_counts(core) -> None:
    reply = await ask(core, "/sources")
    text = text_of(reply)
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
async def test_bad_input_gets_a_clear_short_answer(core, text: str, expected: str) -> None:
    reply = await ask(core, text)
    assert reply.error
    assert expected in text_of(reply)
    assert len(text_of(reply)) < 300


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
async def test_hostile_or_odd_input_is_kept_as_text_never_markup(core, query: str) -> None:
    reply = await ask(core, f"/search {query}")
    assert not reply.error
    text = text_of(reply)
    assert "\x00" not in text and "\x1b" not in text and "\u202e" not in text
    # Whatever we echo is carried as span text; adapters escape it. Markup chars survive as text.
    if "<b>" in query:
        assert "<b>" in text
    if query.startswith(("<b>", "*_[")):  # the name inside the markup is still found
        assert "Scottish people’s contributions" in text


async def test_handler_crash_is_an_apology_not_an_exception(seed_index) -> None:
    async def boom(core, args, ctx):
        raise RuntimeError("secret internals")

    crashing = Core(seed_index, CommandTable([Command("boom", "Always fails", "Always fails.", boom)]))
    reply = await ask(crashing, "/boom")
    assert reply.error and "went wrong" in text_of(reply) and "secret" not in text_of(reply)
