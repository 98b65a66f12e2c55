"""Corpus ingestion: files → articles → paragraphs, with exact line numbers.

Everything downstream (search, dates, replies) cites sources by file and line, so this module keeps
the 1-based line of every paragraph and never rewrites the text beyond trimming whitespace.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

CORPUS_SUFFIXES = (".txt", ".md")
CONTINUE_PREFIX = "Continue reading "
MAX_TITLE_CHARS = 160


class CorpusError(Exception):
    """The corpus as a whole cannot be used (missing or empty folder)."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of text inside an article; `line` is the 1-based line of its first line in the file."""

    text: str
    line: int
    line_end: int


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    title: str
    file: str  # path relative to the corpus folder, with forward slashes
    line_start: int
    line_end: int
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class SkippedFile:
    file: str
    reason: str


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


# ---------------------------------------------------------------------------------------------
# Loading


def load_corpus(root: str | Path) -> Corpus:
    """Load every UTF-8 .txt/.md file under `root` (recursively, in sorted order).

    Unreadable files are skipped with one warning each; a missing folder or one with no usable
    article is a `CorpusError` with a message meant for an operator.
    """
    root = Path(root)
    if not root.exists():
        raise CorpusError(f"corpus folder {str(root)!r} does not exist (set MEMORIAL_CORPUS or --corpus)")
    if not root.is_dir():
        raise CorpusError(f"corpus path {str(root)!r} is not a folder")
    paths = sorted(
        (
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.suffix.lower() in CORPUS_SUFFIXES
            # Hidden files and folders (.git, caches, editor backups) are not documents.
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ),
        key=lambda p: p.relative_to(root).as_posix(),
    )
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    used_ids: set[str] = set()
    for path in paths:
        rel = path.relative_to(root).as_posix()
        text, problem = _read_text(path)
        if problem is not None:
            log.warning("skipping corpus file %s: %s", rel, problem)
            skipped.append(SkippedFile(rel, problem))
            continue
        assert text is not None
        file_articles = split_articles(text, rel, markdown=path.suffix.lower() == ".md", used_ids=used_ids)
        if not file_articles:
            log.warning("skipping corpus file %s: no text", rel)
            skipped.append(SkippedFile(rel, "no text"))
            continue
        articles.extend(file_articles)
    if not articles:
        raise CorpusError(
            f"corpus folder {str(root)!r} has no readable .txt or .md article"
            + (f" ({len(skipped)} file(s) skipped)" if skipped else "")
        )
    return Corpus(root=root, articles=tuple(articles), skipped=tuple(skipped))


def _read_text(path: Path) -> tuple[str | None, str | None]:
    """Return (text, None) or (None, reason)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc.__class__.__name__})"
    if not raw.strip():
        return None, "empty file"
    if b"\x00" in raw[:8192]:
        return None, "binary file (contains NUL bytes)"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (invalid byte at offset {exc.start})"
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


# ---------------------------------------------------------------------------------------------
# Splitting files into articles


def split_articles(text: str, file: str, *, markdown: bool = False, used_ids: set[str] | None = None) -> list[Article]:
    """Split one file's text into articles.

    Digests (files with `Continue reading <title>` lines) split at each title; Markdown at `# `
    headings; anything else is one article whose title is its first meaningful line.
    """
    lines = text.split("\n")
    if used_ids is None:
        used_ids = set()
    if markdown:
        spans = _markdown_spans(lines)
    elif any(line.strip().startswith(CONTINUE_PREFIX) for line in lines):
        spans = _digest_spans(lines)
    else:
        spans = _single_span(lines)
    articles = []
    for title, title_idx, body_start, end in spans:
        paragraphs = _paragraphs(lines, body_start, end, markdown=markdown)
        title = _clean_title(title)
        if not title and not paragraphs:
            continue
        if not title:
            title = _clean_title(paragraphs[0].text)
        last_line = max([title_idx + 1, *(p.line_end for p in paragraphs)])
        articles.append(
            Article(
                article_id=_article_id(file, title, used_ids),
                title=title,
                file=file,
                line_start=title_idx + 1,
                line_end=last_line,
                paragraphs=tuple(paragraphs),
            )
        )
    return articles


# A span is (title, index of title line, index where the body starts, end index exclusive).
Span = tuple[str, int, int, int]


def _first_nonblank(lines: list[str], start: int, end: int) -> int | None:
    for i in range(start, end):
        if lines[i].strip():
            return i
    return None


def _looks_like_breadcrumb(line: str) -> bool:
    """'Home > China News' style navigation that precedes the real title in scraped pages."""
    flat = _norm_ws(line)  # str.split() also splits on the no-break spaces scraped pages use
    return " > " in flat and len(flat) < 80 and not flat.endswith((".", "?", "!"))


def _single_span(lines: list[str]) -> list[Span]:
    first = _first_nonblank(lines, 0, len(lines))
    if first is None:
        return []
    if _looks_like_breadcrumb(lines[first]):
        nxt = _first_nonblank(lines, first + 1, len(lines))
        if nxt is not None:
            first = nxt
    return [(lines[first], first, first + 1, len(lines))]


def _digest_spans(lines: list[str]) -> list[Span]:
    """Titles are: the first line, the first line after each `Continue reading` line, and any line
    equal to a `Continue reading` title (articles that lack their own trailer still get found
    because the next article's trailer names its title)."""
    continue_at = [i for i, line in enumerate(lines) if line.strip().startswith(CONTINUE_PREFIX)]
    known_titles = {_norm_ws(lines[i].strip()[len(CONTINUE_PREFIX) :]) for i in continue_at}
    starts: set[int] = set()
    first = _first_nonblank(lines, 0, len(lines))
    if first is not None:
        starts.add(first)
    for i in continue_at:
        nxt = _first_nonblank(lines, i + 1, len(lines))
        if nxt is not None:
            starts.add(nxt)
    for i, line in enumerate(lines):
        if line.strip() and _norm_ws(line.strip()) in known_titles:
            starts.add(i)
    ordered = sorted(starts)
    spans: list[Span] = []
    continue_set = set(continue_at)
    for n, start in enumerate(ordered):
        end = ordered[n + 1] if n + 1 < len(ordered) else len(lines)
        if start in continue_set:
            continue
        spans.append((lines[start], start, start + 1, end))
    return spans


def _markdown_spans(lines: list[str]) -> list[Span]:
    heads = [i for i, line in enumerate(lines) if line.startswith("# ")]
    spans: list[Span] = []
    if not heads or _first_nonblank(lines, 0, heads[0]) is not None:
        pre_end = heads[0] if heads else len(lines)
        first = _first_nonblank(lines, 0, pre_end)
        if first is not None:
            spans.append((lines[first].lstrip("#").strip(), first, first + 1, pre_end))
    for n, h in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        spans.append((lines[h][2:], h, h + 1, end))
    return spans


_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", ")", "»", "。", "！", "？")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def _paragraphs(lines: list[str], start: int, end: int, *, markdown: bool) -> list[Paragraph]:
    """Each non-blank line is a paragraph, except hard-wrapped prose, which is joined back: a line
    continues the previous one when that line has no closing punctuation and this one starts in
    lower case. `Continue reading` trailers are dropped."""
    paras: list[Paragraph] = []
    cur: list[str] = []
    cur_start = cur_end = 0

    def flush() -> None:
        if cur:
            paras.append(Paragraph(" ".join(cur), cur_start + 1, cur_end + 1))
            cur.clear()

    for i in range(start, end):
        raw = lines[i].strip()
        if not raw or raw.startswith(CONTINUE_PREFIX) or (markdown and raw.startswith("```")):
            flush()
            continue
        if markdown:
            raw = raw.lstrip("#").strip() if raw.startswith("#") else raw
        continues = bool(cur) and not cur[-1].endswith(_TERMINAL) and raw[:1].islower() and not _LIST_ITEM.match(raw)
        if not continues:
            flush()
            cur_start = i
        cur.append(raw)
        cur_end = i
    flush()
    return paras


def _norm_ws(s: str) -> str:
    return " ".join(s.split())


def _clean_title(title: str) -> str:
    t = _norm_ws(title.strip().lstrip("#").strip())
    if len(t) > MAX_TITLE_CHARS:
        cut = t[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
        t = cut.rstrip(",;:") + "…"
    return t


def _article_id(file: str, title: str, used: set[str]) -> str:
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


def iter_paragraphs(corpus: Corpus) -> Iterable[tuple[Article, Paragraph]]:
    for a in corpus.articles:
        for p in a.paragraphs:
            yield a, p
