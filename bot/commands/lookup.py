"""Handlers for lookups and general commands: /start, /help, /search, /doc, /sources, /about."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from bot.chat.model import Arg, BotCore, ChatContext, Command
from bot.corpus import FORMAT_NAMES
from bot.i18n import LANGUAGE_NAMES, N_, Translator
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
    place,
    plain,
)

SEARCH_PAGE_SIZE = 5
SEARCH_MAX_RESULTS = 30
DOC_PAGE_CHARS = 3000  # fits Telegram (4096) and a Discord embed (4096) with room for headings
MAX_QUERY_CHARS = 300  # beyond this a "query" is a pasted document; we say so instead of guessing

# Marks that end a sentence: a query ending with one is not followed by a full stop of the reply's.
_ENDS_A_SENTENCE = (".", "?", "!", "…", "。", "？", "！")


async def search(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    query = args.get("query", "")
    if not query:
        return error_reply(
            tr.gettext("What should I look up? Give a name, place, topic or question."), "/search Liddell", tr=tr
        )
    if len(query) > MAX_QUERY_CHARS:
        return error_reply(
            tr.gettext(
                "That query is too long ({count} characters). Ask with a few words (under {limit}).",
                count=tr.number(len(query)),
                limit=MAX_QUERY_CHARS,
            ),
            "/search Eric Liddell Tianjin",
            tr=tr,
        )
    hits = core.index.search.search(query, limit=SEARCH_MAX_RESULTS)
    if not hits:
        before, _, after = tr.gettext("Nothing in the documents answers {query}.").partition("{query}")
        if query.rstrip().endswith(_ENDS_A_SENTENCE) and after.startswith(_ENDS_A_SENTENCE):
            after = after[1:]  # a question keeps its own mark: "… answers when was it?", not "…?."
        return Reply(
            blocks=(
                Paragraph(inline(before, Span(query, "em"), after)),
                Paragraph(plain(tr.gettext("Try other words, a name or a place; /sources lists what is indexed."))),
            ),
            title=tr.gettext("No results"),
        )
    pages = math.ceil(len(hits) / SEARCH_PAGE_SIZE)
    asked = int(args.get("page", 1))
    page = min(max(asked, 1), pages)
    # Pages are slices of one ranked list, so result N is the same article on every page.
    shown = hits[(page - 1) * SEARCH_PAGE_SIZE : page * SEARCH_PAGE_SIZE]
    of_pages = tr.gettext(" · page {page} of {pages}", page=page, pages=pages) if pages > 1 else ""
    count = tr.ngettext(" ({n} article{of_pages})", " ({n} articles{of_pages})", len(hits), of_pages=of_pages)
    before, _, after = tr.gettext("Results for {query}").partition("{query}")
    blocks: list[Block] = [Heading(inline(before, Span(query, "em"), after + count))]
    if asked > pages:  # a typed page past the end: the last page, and say so
        if pages == 1:
            note = tr.gettext("There is no page {asked}: they all fit on one page.", asked=asked)
        else:
            note = tr.gettext("There is no page {asked}: this is the last, page {pages}.", asked=asked, pages=pages)
        blocks.append(Paragraph(plain(note)))
    actions = []
    for i, h in enumerate(shown, start=(page - 1) * SEARCH_PAGE_SIZE + 1):
        src = SourceRef(h.article.article_id, h.article.title, h.article.file, h.line, h.article.where(h.line))
        blocks.append(ListItem((Span(f"{i}. "), Span(h.article.title, "strong"), Span(" — "), *h.snippet), (src,)))
        # TRANSLATORS: a button; keep the number last (the console's /open N reads it).
        actions.append(Action(tr.gettext("Open {n}", n=i), "doc", {"article": h.article.article_id}, kind="open"))
    actions.extend(page_actions("search", {"query": query}, page, pages, tr))
    title = tr.gettext("Results for {query}", query=query)[:200]
    return Reply(blocks=tuple(blocks), actions=tuple(actions), title=title, page=page, pages=pages)


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
    tr = ctx.tr
    aid = str(args.get("article", "")).strip()
    article = core.index.corpus.by_id.get(aid) or core.index.corpus.by_id.get(aid.lower())
    if article is None:
        return error_reply(
            tr.gettext(
                "No article has the id {id}. Article ids appear in search results and /sources.", id=repr(aid[:40])
            ),
            "/doc " + core.index.corpus.articles[0].article_id,
            tr=tr,
        )
    pages = doc_pages([(p.text, p.line) for p in article.paragraphs])
    page = min(max(int(args.get("page", 1)), 1), len(pages))
    blocks: list[Block] = [Heading(plain(article.title))]
    if page == 1:
        blocks.append(Paragraph(inline(Span(f"{article.file}, {place(article.span(), tr)}", "em"))))
    for text, _line in pages[page - 1]:
        blocks.append(Paragraph(plain(text)))
    if len(pages) > 1:
        blocks.append(Paragraph(inline(Span(tr.gettext("Page {page} of {pages}", page=page, pages=len(pages)), "em"))))
    first_line = pages[page - 1][0][1] if pages[page - 1] else article.line_start
    src = SourceRef(article.article_id, article.title, article.file, first_line, article.where(first_line))
    blocks.append(ListItem(plain(tr.gettext("Source")), (src,)))
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(page_actions("doc", {"article": article.article_id}, page, len(pages), tr)),
        title=article.title[:200],
        page=page,
        pages=len(pages),
    )


# The one format name that is a word, not a name (Markdown, HTML, PDF, Word, RSS/Atom stay as they are).
# TRANSLATORS: a file format in /sources: plain-text files (.txt).
_FORMAT_WORDS = {"txt": N_("text")}


def _format_name(code: str, tr: Translator) -> str:
    """A format's name in /sources (bot/corpus FORMAT_NAMES), in the reply's language where it is a word."""
    word = _FORMAT_WORDS.get(code)
    return tr.gettext(word) if word is not None else FORMAT_NAMES[code]


async def sources(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    corpus = core.index.corpus
    files = corpus.files()
    n_files = tr.ngettext("{n} file", "{n} files", len(files))
    n_articles = tr.ngettext("{n} article indexed", "{n} articles indexed", len(corpus.articles))
    blocks: list[Block] = [Heading(plain(tr.gettext("{files}, {articles}", files=n_files, articles=n_articles)))]
    formats = corpus.formats().items()
    counts = [
        f"{_format_name(f, tr)} {tr.ngettext('{n} file', '{n} files', n)} "
        f"({tr.ngettext('{n} article', '{n} articles', a)})"
        for f, (n, a) in formats
    ]
    if corpus.skipped:
        counts.append(tr.ngettext("{n} file skipped", "{n} files skipped", len(corpus.skipped)))
    blocks.append(Paragraph(plain(tr.gettext("By format: ") + " · ".join(counts))))
    for f, n in files.items():
        first = next(a for a in corpus.articles if a.file == f)
        label = first.title if n == 1 else tr.ngettext("{n} article", "{n} articles", n)
        blocks.append(ListItem((Span(f, "code"), Span(f" — {label} "), Span(f"(/doc {first.article_id})", "em"))))
    for s in corpus.skipped:
        # The reason is the corpus reader's own words, for the operator: not translated.
        blocks.append(ListItem((Span(s.file, "code"), Span(tr.gettext(" — skipped: {reason}", reason=s.reason)))))
    return Reply(blocks=tuple(blocks), title=tr.gettext("Sources"))


async def start(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    corpus = core.index.corpus
    before, _, after = tr.gettext("Type a name, place or question, or use {search}.").partition("{search}")
    help_before, _, help_after = tr.gettext("{help} lists everything I can do.").partition("{help}")
    return Reply(
        blocks=(
            Heading(plain(tr.gettext("Memorial bot"))),
            Paragraph(
                plain(
                    tr.ngettext(
                        "I answer questions from a collection of news articles on Second World War "
                        "commemorations and China–Russia relations ({n} article). "
                        "Every answer names its source: file, article and line.",
                        "I answer questions from a collection of news articles on Second World War "
                        "commemorations and China–Russia relations ({n} articles). "
                        "Every answer names its source: file, article and line.",
                        len(corpus.articles),
                    )
                )
            ),
            Paragraph(inline(before, Span("/search", "code"), after)),
            Paragraph(inline(help_before, Span("/help", "code"), help_after)),
            Paragraph(plain(tr.gettext("/language changes the language: en, ru, zh, es."))),
        ),
        title=tr.gettext("Memorial bot"),
    )


async def help_(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    name = str(args.get("command", "")).lstrip("/").strip()
    if name:
        cmd = core.table.get(name)
        if cmd is None:
            return error_reply(tr.gettext("There is no /{name} command.", name=name[:32]), "/help search", tr=tr)
        blocks: list[Block] = [Heading(plain(cmd.usage(tr))), Paragraph(plain(tr.gettext(cmd.help)))]
        blocks.extend(ListItem(inline(Span(a.name, "code"), f" — {tr.gettext(a.description)}")) for a in cmd.args)
        if any(a.kind == "date" for a in cmd.args):
            blocks.append(Paragraph(plain(tr.date_rule())))
        if cmd.aliases:
            blocks.append(Paragraph(plain(tr.gettext("Also: ") + ", ".join("/" + a for a in cmd.aliases))))
        blocks.extend(Paragraph(inline(tr.gettext("Example: "), Span(e, "code"))) for e in cmd.examples)
        return Reply(blocks=tuple(blocks), title=f"/{cmd.name}")
    blocks = [Heading(plain(tr.gettext("Commands")))]
    for cmd in core.table.visible():
        blocks.append(ListItem(inline(Span(cmd.usage(tr), "code"), f" — {tr.gettext(cmd.summary)}")))
    before, _, after = tr.gettext(
        "In a private chat, any text without a command is a search. {example} explains one command."
    ).partition("{example}")
    blocks.append(Paragraph(inline(before, Span("/help search", "code"), after)))
    blocks.append(Paragraph(plain(tr.date_rule())))
    return Reply(blocks=tuple(blocks), title=tr.gettext("Help"))


async def about(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    idx = core.index
    return Reply(
        blocks=(
            Heading(plain(tr.gettext("About memorial-bot"))),
            Paragraph(
                plain(
                    tr.gettext(
                        "An open-source bot for Telegram, Discord and the console that looks things up in a "
                        "folder of documents and tells what happened on this day in earlier years, always "
                        "with the exact source."
                    )
                )
            ),
            ListItem(
                plain(
                    tr.gettext(
                        "Index: {articles} articles, {passages} passages, built in {seconds} s",
                        articles=tr.number(len(idx.corpus.articles)),
                        passages=tr.number(len(idx.search.passages)),
                        seconds=format(idx.built_seconds, ".2f"),
                    )
                )
            ),
            ListItem(plain(tr.gettext("Platform: {platform}", platform=ctx.platform))),
            ListItem(plain(tr.gettext("Language: {language}", language=LANGUAGE_NAMES[tr.language]))),
        ),
        title=tr.gettext("About"),
    )


COMMANDS = (
    Command("start", N_("Greeting and what this bot does"), N_("Shows what the bot can do and how to ask."), start),
    Command(
        "help",
        N_("List commands, or explain one"),
        N_("Without an argument, lists every command; with a command name, explains it."),
        help_,
        args=(Arg("command", "text", N_("A command name, e.g. search")),),
        examples=("/help search",),
    ),
    Command(
        "search",
        N_("Look up a name, place, topic or question"),
        N_(
            "Finds the articles that best answer your words, tolerating typos, and shows each with a "
            "snippet and its exact source (file and line)."
        ),
        search,
        args=(
            Arg("query", "text", N_("Words to look up: a name, place, topic or question"), required=True, greedy=True),
            # Typed after the words as "page 2": a bare number belongs to the query ("World War 2").
            Arg("page", "int", N_("Result page (typed: “page 2” after the words)"), min_value=1, max_value=100),
        ),
        aliases=("lookup",),
        examples=("/search Eric Liddell", "/search who was the Flying Scotsman?", "/search China page 2"),
    ),
    Command(
        "doc",
        N_("Read an article by its id"),
        N_("Shows an article's full text, page by page, with its file and lines."),
        doc,
        args=(
            Arg("article", "article", N_("Article id, as shown in search results"), required=True),
            Arg("page", "int", N_("Page of the article"), min_value=1, max_value=1000),
        ),
        examples=("/doc 7ab1f62c",),
    ),
    Command(
        "sources", N_("List the indexed files"), N_("Lists every indexed file with its number of articles."), sources
    ),
    Command("about", N_("About this bot and its index"), N_("What the bot is and how big its index is."), about),
)
