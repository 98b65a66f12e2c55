"""RSS and Atom feeds (.rss, .atom, and .xml files that are feeds), read with feedparser: one article
per item, dated by its pubDate (Atom: published, else updated). Sources say "news.rss item 2".
An item's title and paragraphs are numbered on in the feed's extracted text, so every line is unique
in the file.
"""

from __future__ import annotations

import datetime
from typing import Any

import feedparser

from bot.corpus.html import fragment_paragraphs
from bot.corpus.model import Document, Paragraph, Unreadable, norm_ws
from bot.corpus.published import parse_published


def read_feed(raw: bytes) -> list[Document]:
    # Bytes, never a string: feedparser takes a string for a URL or a path and would fetch it.
    parsed = feedparser.parse(raw)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("version"):
            raise Unreadable("feed with no items")
        if parsed.get("bozo"):
            raise Unreadable(f"broken feed: {parsed.get('bozo_exception')}")
        raise Unreadable("not an RSS or Atom feed")
    docs: list[Document] = []
    line = 1
    for item, entry in enumerate(entries, start=1):
        texts = _item_paragraphs(entry)
        title = norm_ws(entry.get("title") or "")
        title_line = line
        if title:
            line += 1
        paragraphs = tuple(Paragraph(t, n, n) for n, t in enumerate(texts, start=line))
        line += len(texts)
        docs.append(Document(title, title_line, paragraphs, _published(entry), item))
    return docs


def _item_paragraphs(entry: Any) -> list[str]:
    """The item's full content when the feed carries it, else its summary (description)."""
    details: list[dict[str, Any]] = [*(entry.get("content") or []), entry.get("summary_detail") or {}]
    best = max(details, key=lambda d: len(d.get("value") or ""), default={})
    value = best.get("value") or ""
    if "html" in (best.get("type") or "text/html"):
        return fragment_paragraphs(value)
    return [p for p in (norm_ws(x) for x in value.split("\n\n")) if p]


def _published(entry: Any) -> datetime.date | None:
    for key in ("published", "updated"):
        # The date as written (the publisher's own day); feedparser's *_parsed is converted to UTC.
        if d := parse_published(entry.get(key)):
            return d
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None
