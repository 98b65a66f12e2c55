"""Small text helpers for dated events: sentences with offsets, number words, clean excerpts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Words that end with a dot without ending a sentence ("Sept. 23", "Dr. Bethune", "J.R. Campbell").
_ABBREV = frozenset(
    (
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dr", "mr", "mrs",
        "ms", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "no", "vol", "jr", "sr", "vs", "etc", "e.g",
        "i.e", "u.s", "u.k", "u.n", "mt", "ft", "approx", "fig", "est", "estd",
    )
)  # fmt: skip
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[«¿¡•]*\s*[A-Z0-9А-ЯЁ¿¡])|(?<=[。！？])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.[\"”’)\]]*$")
# Every `_BOUNDARY` match starts right after one of these (both its alternatives look back at one).
_STOP = re.compile(r"[.!?。！？]")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in a paragraph (cached: every pass over a paragraph
    asks; callers must not change the list)."""
    return _sentences(text)


def clear_sentence_cache() -> None:
    _sentences.cache_clear()


@lru_cache(maxsize=8192)
def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _boundaries(text):
        cut = m.start()
        before = _WORD_BEFORE.search(text, max(0, cut - 12), cut)
        if before:
            raw = before.group(1)
            word = raw.lower()
            letters = raw.replace(".", "")
            if word in _ABBREV or (len(letters) <= 2 and letters.isalpha() and letters.isupper()):
                continue  # "Sept." or an initial ("J.R.", "W."), not a short word ("could do.")
        end = m.start() + len(m.group().rstrip())  # keep closing quotes with their sentence
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out or [(0, len(text))]


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_BOUNDARY.finditer(text)`, tried only right after each stop, where any match
    starts (both its alternatives look back at one): the pattern is not run at every other place."""
    pos = 0
    for stop in _STOP.finditer(text):
        if stop.end() >= pos and (m := _BOUNDARY.match(text, stop.end())) is not None:
            yield m
            pos = m.end()


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return spans[-1]


_BULLET = re.compile(r"^[\s•\-*–—📆]+")
_BULLET_CHARS = "•-*–—📆"  # (with the spaces, the characters `_BULLET` starts with)


def excerpt(text: str, start: int, end: int, mention_start: int, limit: int = 280) -> str:
    """The sentence, trimmed of list bullets and whitespace; long sentences are cut around the date."""
    s = text[start:end]
    if s[:1].isspace() or s[:1] in _BULLET_CHARS:  # (most sentences start with neither: no substitution)
        s = _BULLET.sub("", s)
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    pos = max(0, min(len(s), mention_start - start))
    lo = max(0, pos - limit // 3)
    hi = min(len(s), lo + limit)
    lo = max(0, hi - limit)
    cut = s[lo:hi]
    if lo > 0:
        cut = "…" + cut.split(" ", 1)[-1]
    if hi < len(s):
        cut = cut.rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return cut


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_ORD_TENS = {w[:-1] + "ieth": n for w, n in _TENS.items()}
CARDINAL_WORDS = "|".join([*_TENS, *_UNITS, "hundred"])
ORDINAL_WORDS = "|".join([*_ORD_TENS, *_ORD_UNITS, "hundredth"])


def by_first_letter(words: str) -> str:
    """An alternation of plain words ("twenty|two|five") regrouped under their first letters
    ("t(?:wenty|wo)|five"): the same matches, tried in the same order (words with different first
    letters never match at one place, and each group keeps its words' order), but a place is tried
    against each first letter once, not against every word (under `re.I` the engine tries each
    alternative in turn)."""
    groups: dict[str, list[str]] = {}
    for w in words.split("|"):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(k + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0]) for k, rest in groups.items())


# The same alternations, for patterns (see `by_first_letter`).
CARDINAL_ALT = by_first_letter(CARDINAL_WORDS)
ORDINAL_ALT = by_first_letter(ORDINAL_WORDS)


# Each number's one-word spellings: 80 → ("eighty", "eightieth").
_SPELLINGS: dict[int, tuple[str, ...]] = {}
for _w, _n in [*_UNITS.items(), *_TENS.items(), *_ORD_UNITS.items(), *_ORD_TENS.items()]:
    _SPELLINGS[_n] = (*_SPELLINGS.get(_n, ()), _w)
_SPELLINGS[100] = ("hundred", "hundredth")


def _ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_spellings(word: str, least: int = 10) -> tuple[str, ...]:
    """The other one-word spellings of the number an English number word or a digit ordinal
    writes: 'eightieth' → ('80', '80th', 'eighty'), '80th' → ('80', 'eighty', 'eightieth'); () for
    other words, for plain digits (years) and below `least` (first, second … are common words)."""
    if word.isdigit():
        return ()
    n = number_word(word) if word.isascii() and word.isalnum() else None
    if n is None or n < least or n > 1000 or (word[0].isdigit() and word != _ordinal_digits(n)):
        return ()
    return tuple(f for f in (str(n), _ordinal_digits(n), *_SPELLINGS.get(n, ())) if f != word)


_LEADING_DIGITS = re.compile(r"(\d+)")
_NUMBER_PARTS = re.compile(r"[-\s]+")


def number_word(word: str) -> int | None:
    """'80', '80th', 'eighty', 'Eightieth', 'seventy-five', 'seventy-fifth', 'hundredth' → int."""
    w = word.lower().strip()
    digits = _LEADING_DIGITS.match(w)
    if digits:
        return int(digits.group(1))
    if w in ("hundred", "hundredth", "one hundred", "one hundredth"):
        return 100
    parts = [p for p in _NUMBER_PARTS.split(w) if p != "and"]
    if len(parts) > 1 and parts[1] in ("hundred", "hundredth"):
        # "a hundred and twenty-five", "two hundred", "one hundred and fiftieth"
        head = 1 if parts[0] in ("a", "one") else _UNITS.get(parts[0])
        rest = number_word(" ".join(parts[2:])) if parts[2:] else 0
        return head * 100 + rest if head and rest is not None else None
    total = 0
    for p in parts:
        if p in _TENS:
            total += _TENS[p]
        elif p in _UNITS:
            total += _UNITS[p]
        elif p in _ORD_TENS:
            total += _ORD_TENS[p]
        elif p in _ORD_UNITS:
            total += _ORD_UNITS[p]
        else:
            return None
    return total or None


def last_match(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches `found` (None: none)."""
    last = None
    for last in found:  # noqa: B007 (the loop keeps the last)
        pass
    return last


def inside_quotes(before: str) -> bool:
    """Whether a position, after `before` in its sentence (or paragraph), is inside a quotation."""
    if '"' in before and _straight_quote_open(before):
        return True
    return any(before.rfind(o) > before.rfind(c) for o, c in (("“", "”"), ("«", "»"), ("„", "“")) if o in before)


# A straight quote that opens a quotation: after a space (or the start), before a letter.
_STRAIGHT_OPENING = re.compile(r'(?:^|(?<=\s))"(?=\w)')


def _straight_quote_open(before: str) -> bool:
    """Whether `before` ends inside a quotation marked with straight quotes. A quote that opens while one
    is open carries it on (a letter quoted over two paragraphs, the second opening again: '… on the
    27th. "If the patches hold …'); any other quote closes it or opens one."""
    inside = False
    for q in re.finditer('"', before):
        inside = True if _STRAIGHT_OPENING.match(before, q.start()) else not inside
    return inside


# Where a quotation closes.
QUOTE_CLOSE = re.compile(r"[”»]|\"(?=\s|$)")


def in_one_quotation(text: str, at: int, end: int) -> bool:
    """Whether `at` and `end` are inside one quotation that opens in their paragraph."""
    return inside_quotes(text[:at]) and inside_quotes(text[:end]) and not QUOTE_CLOSE.search(text, at, end)
