"""Handlers for lookups and general commands: /start, /help, /search, /doc, /sources, /about."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from bot.chat.model import Arg, BotCore, ChatContext, Command
from bot.corpus import FORMAT_NAMES
from bot.replies import (
    Action,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Reply,
    SourceRef,
    Span,
    error_reply,
    inline,
    page_actions,
    plain,
)

SEARCH_PAGE_SIZE = 5
SEARCH_MAX_RESULTS = 30
DOC_PAGE_CHARS = 3000  # fits Telegram (4096) and a Discord embed (4096) with room for headings
MAX_QUERY_CHARS = 300  # beyond this a "query" is a pasted document; we say so instead of guessing


async def search(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    query = args.get("query", "")
    if not query:
        return error_reply("What should I look up? Give a name, place, topic or question.", "/search Liddell")
    if len(query) > MAX_QUERY_CHARS:
        return error_reply(
            f"That query is too long ({len(query):,} characters). Ask with a few words (under {MAX_QUERY_CHARS}).",
            "/search Eric Liddell Tianjin",
        )
    hits = core.index.search.search(query, limit=SEARCH_MAX_RESULTS)
    if not hits:
        return Reply(
            blocks=(
                Paragraph(inline("Nothing in the documents answers ", Span(query, "em"), ".")),
                Paragraph(plain("Try other words, a name or a place; /sources lists what is indexed.")),
            ),
            title="No results",
        )
    pages = math.ceil(len(hits) / SEARCH_PAGE_SIZE)
    asked = int(args.get("page", 1))
    page = min(max(asked, 1), pages)
    # Pages are slices of one ranked list, so result N is the same article on every page.
    shown = hits[(page - 1) * SEARCH_PAGE_SIZE : page * SEARCH_PAGE_SIZE]
    of_pages = f" · page {page} of {pages}" if pages > 1 else ""
    count = f" ({len(hits)} article{'s' if len(hits) != 1 else ''}{of_pages})"
    blocks: list[Block] = [Heading(inline("Results for ", Span(query, "em"), count))]
    if asked > pages:  # a typed page past the end: the last page, and say so
        where = "they all fit on one page" if pages == 1 else f"this is the last, page {pages}"
        blocks.append(Paragraph(plain(f"There is no page {asked}: {where}.")))
    actions = []
    for i, h in enumerate(shown, start=(page - 1) * SEARCH_PAGE_SIZE + 1):
        src = SourceRef(h.article.article_id, h.article.title, h.article.file, h.line, h.article.where(h.line))
        blocks.append(ListItem((Span(f"{i}. "), Span(h.article.title, "strong"), Span(" — "), *h.snippet), (src,)))
        actions.append(Action(f"Open {i}", "doc", {"article": h.article.article_id}, kind="open"))
    actions.extend(page_actions("search", {"query": query}, page, pages))
    return Reply(
        blocks=tuple(blocks), actions=tuple(actions), title=f"Results for {query}"[:200], page=page, pages=pages
    )


def doc_pages(text_paragraphs: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Group paragraphs into pages of about DOC_PAGE_CHARS, splitting only between paragraphs
    (a paragraph longer than a page gets a page of its own and is cut by the adapter if needed)."""
    pages: list[list[tuple[str, int]]] = [[]]
    size = 0
    for text, line in text_paragraphs:
        if pages[-1] and size + len(text) > DOC_PAGE_CHARS:
            pages.append([])
            size = 0
        pages[-1].append((text, line))
        size += len(text) + 2
    return pages


async def doc(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    aid = str(args.get("article", "")).strip()
    article = core.index.corpus.by_id.get(aid) or core.index.corpus.by_id.get(aid.lower())
    if article is None:
        return error_reply(
            f"No article has the id {aid[:40]!r}. Article ids appear in search results and /sources.",
            "/doc " + core.index.corpus.articles[0].article_id,
        )
    pages = doc_pages([(p.text, p.line) for p in article.paragraphs])
    page = min(max(int(args.get("page", 1)), 1), len(pages))
    blocks: list[Block] = [Heading(plain(article.title))]
    if page == 1:
        blocks.append(Paragraph(inline(Span(f"{article.file}, {article.span()}", "em"))))
    for text, _line in pages[page - 1]:
        blocks.append(Paragraph(plain(text)))
    if len(pages) > 1:
        blocks.append(Paragraph(inline(Span(f"Page {page} of {len(pages)}", "em"))))
    first_line = pages[page - 1][0][1] if pages[page - 1] else article.line_start
    src = SourceRef(article.article_id, article.title, article.file, first_line, article.where(first_line))
    blocks.append(ListItem(plain("Source"), (src,)))
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(page_actions("doc", {"article": article.article_id}, page, len(pages))),
        title=article.title[:200],
        page=page,
        pages=len(pages),
    )


async def sources(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    corpus = core.index.corpus
    files = corpus.files()
    blocks: list[Block] = [
        Heading(plain(f"{len(files)} file{'s' if len(files) != 1 else ''}, {len(corpus.articles)} articles indexed"))
    ]
    formats = corpus.formats().items()
    counts = [f"{FORMAT_NAMES[f]} {_count(n, 'file')} ({_count(a, 'article')})" for f, (n, a) in formats]
    if corpus.skipped:
        counts.append(f"{_count(len(corpus.skipped), 'file')} skipped")
    blocks.append(Paragraph(plain("By format: " + " · ".join(counts))))
    for f, n in files.items():
        first = next(a for a in corpus.articles if a.file == f)
        label = first.title if n == 1 else f"{n} articles"
        blocks.append(ListItem((Span(f, "code"), Span(f" — {label} "), Span(f"(/doc {first.article_id})", "em"))))
    for s in corpus.skipped:
        blocks.append(ListItem((Span(s.file, "code"), Span(f" — skipped: {s.reason}"))))
    return Reply(blocks=tuple(blocks), title="Sources")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


async def start(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    corpus = core.index.corpus
    return Reply(
        blocks=(
            Heading(plain("Memorial bot")),
            Paragraph(
                plain(
                    "I answer questions from a collection of news articles on Second World War "
                    f"commemorations and China–Russia relations ({len(corpus.articles)} articles). "
                    "Every answer names its source: file, article and line."
                )
            ),
            Paragraph(inline("Type a name, place or question, or use ", Span("/search", "code"), ".")),
            Paragraph(inline(Span("/help", "code"), " lists everything I can do.")),
        ),
        title="Memorial bot",
    )


async def help_(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    name = str(args.get("command", "")).lstrip("/").strip()
    if name:
        cmd = core.table.get(name)
        if cmd is None:
            return error_reply(f"There is no /{name[:32]} command.", "/help search")
        blocks: list[Block] = [Heading(plain(cmd.usage())), Paragraph(plain(cmd.help))]
        blocks.extend(ListItem(inline(Span(a.name, "code"), f" — {a.description}")) for a in cmd.args)
        if cmd.aliases:
            blocks.append(Paragraph(plain("Also: " + ", ".join("/" + a for a in cmd.aliases))))
        blocks.extend(Paragraph(inline("Example: ", Span(e, "code"))) for e in cmd.examples)
        return Reply(blocks=tuple(blocks), title=f"/{cmd.name}")
    blocks = [Heading(plain("Commands"))]
    for cmd in core.table.visible():
        blocks.append(ListItem(inline(Span(cmd.usage(), "code"), f" — {cmd.summary}")))
    blocks.append(
        Paragraph(
            inline(
                "In a private chat, any text without a command is a search. ",
                Span("/help search", "code"),
                " explains one command.",
            )
        )
    )
    return Reply(blocks=tuple(blocks), title="Help")


async def about(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    idx = core.index
    return Reply(
        blocks=(
            Heading(plain("About memorial-bot")),
            Paragraph(
                plain(
                    "An open-source bot for Telegram, Discord and the console that looks things up in a "
                    "folder of documents and tells what happened on this day in earlier years, always "
                    "with the exact source."
                )
            ),
            ListItem(
                plain(
                    f"Index: {len(idx.corpus.articles)} articles, {len(idx.search.passages)} passages, "
                    f"built in {idx.built_seconds:.2f} s"
                )
            ),
            ListItem(plain(f"Platform: {ctx.platform}")),
        ),
        title="About",
    )


COMMANDS = (
    Command("start", "Greeting and what this bot does", "Shows what the bot can do and how to ask.", start),
    Command(
        "help",
        "List commands, or explain one",
        "Without an argument, lists every command; with a command name, explains it.",
        help_,
        args=(Arg("command", "text", "A command name, e.g. search"),),
        examples=("/help search",),
    ),
    Command(
        "search",
        "Look up a name, place, topic or question",
        "Finds the articles that best answer your words, tolerating typos, and shows each with a "
        "snippet and its exact source (file and line).",
        search,
        args=(
            Arg("query", "text", "Words to look up: a name, place, topic or question", required=True, greedy=True),
            # Typed after the words as "page 2": a bare number belongs to the query ("World War 2").
            Arg("page", "int", "Result page (typed: “page 2” after the words)", min_value=1, max_value=100),
        ),
        aliases=("lookup",),
        examples=("/search Eric Liddell", "/search who was the Flying Scotsman?", "/search China page 2"),
    ),
    Command(
        "doc",
        "Read an article by its id",
        "Shows an article's full text, page by page, with its file and lines.",
        doc,
        args=(
            Arg("article", "article", "Article id, as shown in search results", required=True),
            Arg("page", "int", "Page of the article", min_value=1, max_value=1000),
        ),
        examples=("/doc 7ab1f62c",),
    ),
    Command("sources", "List the indexed files", "Lists every indexed file with its number of articles.", sources),
    Command("about", "About this bot and its index", "What the bot is and how big its index is.", about),
)
