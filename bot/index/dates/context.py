"""Readable text for a dated event: the whole sentence around its date (with the sentence before it
when this one opens on a pronoun), and a snippet that keeps the sentence's start — who did it —
when the sentence is too long to show whole.

The year rules keep only a short excerpt of each sentence (`ResolvedMention.sentence`, cut around
the date, so "…1) and the commemoration …" loses its subject); here the sentence is found again
in the corpus from the mention's article, line and text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.corpus import Article, Corpus, Paragraph
from bot.index.dates.resolve import ResolvedMention
from bot.index.dates.text import sentences

SNIPPET_CHARS = 280  # a sentence up to this long is shown whole
HEAD_CHARS = 130  # of a longer one, its start (the subject) …
BEFORE_DATE = 80  # … then the words leading to the date …
AFTER_DATE = 90  # … and after it
_BULLET = re.compile(r"^[\s•\-*–—📆]+")
# A sentence opening on one of these leans on the one before for its subject ("He arrived on …").
_ANAPHOR = re.compile(
    r"^[\"“‘(]*(?:he|she|it|they|this|these|those|his|her|its|their|there|both|the two|the latter|the former)\b",
    re.IGNORECASE,
)
SHORT_SENTENCE = 40  # a sentence this short is read with the one before it


@dataclass(frozen=True, slots=True)
class Context:
    text: str  # one or two whole sentences, whitespace normalised
    at: int  # where the date (as written) starts in `text`, or -1
    length: int  # how long the date is as written

    def snippet(self) -> str:
        return snippet(self.text, self.at, self.length)


def _clean(s: str) -> str:
    return " ".join(_BULLET.sub("", s).split())


class ContextFinder:
    """Finds each mention's sentence in the corpus: article by id, paragraph by line (bisect)."""

    def __init__(self, corpus: Corpus) -> None:
        self.articles: dict[str, Article] = {a.article_id: a for a in corpus.articles}
        self._starts: dict[str, list[int]] = {}
        self._last: tuple[Paragraph | None, list[str]] = (None, [])  # mentions come paragraph by paragraph

    def _paragraph(self, m: ResolvedMention) -> Paragraph | None:
        art = self.articles.get(m.article_id)
        if art is None or not art.paragraphs:
            return None
        starts = self._starts.get(m.article_id)
        if starts is None:
            starts = self._starts[m.article_id] = [p.line for p in art.paragraphs]
        i = bisect.bisect_right(starts, m.line) - 1
        if i < 0:
            return None
        para = art.paragraphs[i]
        return para if para.line <= m.line <= para.line_end else None

    def find(self, m: ResolvedMention) -> Context:
        para = self._paragraph(m)
        fallback = Context(m.sentence, m.sentence.find(m.text), len(m.text))
        if para is None:
            return fallback
        if self._last[0] is para:
            cleaned = self._last[1]
        else:
            cleaned = [_clean(para.text[s:e]) for s, e in sentences(para.text)]
            self._last = (para, cleaned)
        core = m.sentence.strip("… ")
        candidates = [i for i, c in enumerate(cleaned) if m.text in c]
        if not candidates:
            return fallback
        # Several sentences may write the same date: the one the excerpt was cut from.
        i = next((i for i in candidates if core and core in cleaned[i]), candidates[0])
        sentence = cleaned[i]
        at = _date_at(sentence, m.text, core)
        if i > 0 and (_ANAPHOR.match(sentence) or len(sentence) < SHORT_SENTENCE):
            before = cleaned[i - 1]
            return Context(f"{before} {sentence}", len(before) + 1 + at, len(m.text))
        return Context(sentence, at, len(m.text))


def _date_at(sentence: str, date: str, core: str) -> int:
    """The date's offset: inside the excerpt's stretch when it is written more than once."""
    c = sentence.find(core) if core else -1
    if c >= 0:
        inside = sentence.find(date, c, c + len(core))
        if inside >= 0:
            return inside
    return sentence.find(date)


SLACK = 1.15  # a sentence a little over the limit is shown whole rather than lose its last words
# Where a clause begins: after a comma (not the one inside "August 19, 1945"), a bracket, "and".
_CLAUSE_START = re.compile(r"(?:[,;:]\s+(?!\d)(?:and\s+)?|\)\s+(?:and\s+)?|\s+and\s+)")


def snippet(text: str, at: int, length: int) -> str:
    """The text whole when it is short; else its start (the subject) and the stretch around the
    date, joined by " … " — never a cut-off start."""
    if len(text) <= SNIPPET_CHARS * SLACK:
        return text
    if at < 0 or at + length + AFTER_DATE <= SNIPPET_CHARS:
        return _head(text, SNIPPET_CHARS) + " …"
    head = _head(text, HEAD_CHARS)
    lo = _word_start(text, max(len(head), at - BEFORE_DATE))
    clause = _CLAUSE_START.search(text, lo, max(lo, at - 15))
    if clause is not None:  # begin the stretch at a clause ("and the National Day of …")
        lo = clause.end()
    hi = _word_end(text, at + length + AFTER_DATE)
    if lo <= len(head) + 1:
        middle = text[len(head) : hi].strip()
        out = f"{head} {middle}"
    else:
        out = f"{head} … {text[lo:hi].strip()}"
    return out + (" …" if hi < len(text) else "")


def _head(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:")


def _word_start(text: str, i: int) -> int:
    if i <= 0:
        return 0
    space = text.find(" ", i)
    return space + 1 if space >= 0 else i


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    space = text.rfind(" ", 0, i)
    return space if space > 0 else i


def contexts(corpus: Corpus, mentions: Sequence[ResolvedMention]) -> list[Context]:
    finder = ContextFinder(corpus)
    return [finder.find(m) for m in mentions]
