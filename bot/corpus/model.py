"""The corpus as the rest of the bot sees it: articles of located paragraphs, and the files skipped.

Every format ends up here. Text and Markdown keep their file lines; HTML keeps the line of the markup
where each paragraph starts; PDFs, Word files and feeds number the paragraphs of their extracted text
(one paragraph, one line) and name a place a reader can find instead: the page, the paragraph (¶)
or the feed item.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

MAX_TITLE_CHARS = 160

# Format codes, with the names people know them by (/sources counts files per format).
FORMAT_NAMES = {
    "txt": "text",
    "md": "Markdown",
    "html": "HTML",
    "pdf": "PDF",
    "docx": "Word",
    "feed": "RSS/Atom",
}


class CorpusError(Exception):
    """The corpus as a whole cannot be used (missing or empty folder)."""


class Unreadable(Exception):
    """A file cannot be used; the message is the reason /sources shows (e.g. "encrypted PDF")."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of text inside an article; `line` is the 1-based line of its first line in the file."""

    text: str
    line: int
    line_end: int
    page: int | None = None  # PDFs: the 1-based page it starts on

    def __reduce__(self) -> tuple[type[Paragraph], tuple[str, int, int, int | None]]:
        # Through the constructor: twice as fast to unpickle as the slots dataclass default, and
        # the persisted index holds one per paragraph (bot/index/persist.py).
        return (Paragraph, (self.text, self.line, self.line_end, self.page))


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    title: str
    file: str  # path relative to the corpus folder, with forward slashes
    line_start: int
    line_end: int
    paragraphs: tuple[Paragraph, ...]
    format: str = "txt"  # a FORMAT_NAMES key
    # The date the document itself carries (HTML <time> or meta tags, a feed item's pubDate): the
    # strongest evidence of the article's present year (bot/index/dates/doctime.py).
    published: datetime.date | None = None
    item: int | None = None  # feeds: the 1-based item in the file

    def __reduce__(self) -> tuple[type[Article], tuple[object, ...]]:
        # As Paragraph.__reduce__: the constructor unpickles faster than the slots default.
        return (Article, tuple(getattr(self, name) for name in _ARTICLE_FIELDS))

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def where(self, line: int) -> str:
        """Where `line` is for a reader, when a line number is not it: "p. 3", "item 2", "¶ 7";
        "" for formats whose lines are the file's own."""
        if self.format == "feed" and self.item is not None:
            return f"item {self.item}"
        if self.format == "docx":
            return f"¶ {line}"
        if self.format == "pdf":
            return f"p. {self.page_of(line)}"
        return ""

    def page_of(self, line: int) -> int:
        """The PDF page holding `line` (the title's line is on the first paragraph's page)."""
        page = next((p.page for p in self.paragraphs if p.page is not None), 1)
        for p in self.paragraphs:
            if p.line > line:
                break
            page = p.page or page
        return page

    def span(self) -> str:
        """The whole article's place in its file: "lines 3–40", "pp. 1–2", "item 2", "¶ 1–9"."""
        if self.format == "feed" and self.item is not None:
            return f"item {self.item}"
        if self.format == "pdf":
            first, last = self.page_of(self.line_start), self.page_of(self.line_end)
            return f"p. {first}" if first == last else f"pp. {first}–{last}"
        unit = "¶" if self.format == "docx" else "lines"
        return f"{unit} {self.line_start}–{self.line_end}"


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


@dataclass(frozen=True)
class SkippedFile:
    file: str
    reason: str
    format: str = ""  # the format it was read as ("" for a file of no known format)


@dataclass(frozen=True)
class Corpus:
    root: Path
    articles: tuple[Article, ...]
    skipped: tuple[SkippedFile, ...] = ()
    by_id: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id.update({a.article_id: a for a in self.articles})

    def files(self) -> dict[str, int]:
        """Indexed files with their article counts, in corpus order."""
        counts: dict[str, int] = {}
        for a in self.articles:
            counts[a.file] = counts.get(a.file, 0) + 1
        return counts

    def formats(self) -> dict[str, tuple[int, int]]:
        """Per format code: (files indexed, articles), in FORMAT_NAMES order."""
        files: dict[str, set[str]] = {}
        articles: dict[str, int] = {}
        for a in self.articles:
            files.setdefault(a.format, set()).add(a.file)
            articles[a.format] = articles.get(a.format, 0) + 1
        return {f: (len(files[f]), articles[f]) for f in FORMAT_NAMES if f in files}


@dataclass(frozen=True)
class Document:
    """What a format reader gives for one article, before it gets its id: located paragraphs, the
    title and its line, and what the file says about when it was written."""

    title: str
    line: int
    paragraphs: tuple[Paragraph, ...]
    published: datetime.date | None = None
    item: int | None = None


def norm_ws(s: str) -> str:
    return " ".join(s.split())


def clean_title(title: str) -> str:
    t = norm_ws(title.strip().lstrip("#").strip())
    if len(t) > MAX_TITLE_CHARS:
        cut = t[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
        t = cut.rstrip(",;:") + "…"
    return t


def article_id(file: str, title: str, used: set[str]) -> str:
    """A short id derived only from the file path and title, so it is the same on every machine
    and every run; a clash (same title twice in one file) takes the next free suffix."""
    digest = hashlib.sha1(f"{file}\n{title}".encode()).hexdigest()
    base = digest[:8]
    aid, n = base, 1
    while aid in used:
        n += 1
        aid = f"{base}-{n}"
    used.add(aid)
    return aid


def to_article(doc: Document, file: str, fmt: str, used_ids: set[str]) -> Article | None:
    """The article a reader's document makes, or None when it holds no text at all."""
    title = clean_title(doc.title)
    paragraphs = doc.paragraphs
    if not title and not paragraphs:
        return None
    if not title:
        title = clean_title(paragraphs[0].text)
    return Article(
        article_id=article_id(file, title, used_ids),
        title=title,
        file=file,
        line_start=doc.line,
        line_end=max([doc.line, *(p.line_end for p in paragraphs)]),
        paragraphs=paragraphs,
        format=fmt,
        published=doc.published,
        item=doc.item,
    )


def iter_paragraphs(corpus: Corpus) -> Iterable[tuple[Article, Paragraph]]:
    for a in corpus.articles:
        for p in a.paragraphs:
            yield a, p
