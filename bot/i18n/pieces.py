"""Messages kept in pieces, to be said later in a reply's language: the year rules' reasoning
(bot/index/dates/reasons.py, shown by /why) and /reload's report.

A `Why` is the English text (a `str`, so everything that reads it as text — tests, logs, the
persisted index — is unchanged) that also keeps its pieces: each `Reason` is a message id (the
English template, marked with `N_` for the catalogs) with its fields — numbers, days (`Day`:
9 May 1945 · 9 мая 1945 г. · 1945年5月9日), weekdays, ordinals, nested reasons, and quoted corpus
text, which stays as written. Bare strings between pieces are punctuation ("; "). `render(why, tr)`
says it in `tr`'s language; the English is built once, when the message is made.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, NamedTuple

from bot.i18n.translator import _MONTHS_EN as MONTH_NAMES
from bot.i18n.translator import _WEEKDAYS_EN as WEEKDAYS
from bot.i18n.translator import Translator


class Day(NamedTuple):
    """A day of the year, with its year when known: "3 September 1945" in English."""

    month: int
    day: int
    year: int | None = None


class Weekday(NamedTuple):
    """A weekday, 0 = Monday."""

    weekday: int


class WeekdayDay(NamedTuple):
    """A weekday written with a year-less day: "Saturday 7 June"."""

    weekday: int
    month: int
    day: int


class Ordinal(NamedTuple):
    """An ordinal number: 80th · 80-я · 80 · 80.º (each catalog places the noun)."""

    n: int


class Reason(NamedTuple):
    msgid: str  # the English template: its message id
    params: dict[str, Any]


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _day_label(month: int, day: int, year: int | None = None) -> str:
    return f"{day} {MONTH_NAMES[month - 1]}" + (f" {year}" if year is not None else "")


def _en(p: Any) -> str:
    """A piece or field in English, as the rules wrote it before they had other languages."""
    if isinstance(p, str):
        return p
    if isinstance(p, int):
        return str(p)
    if isinstance(p, Day):
        return _day_label(*p)
    if isinstance(p, Weekday):
        return WEEKDAYS[p.weekday]
    if isinstance(p, WeekdayDay):
        return f"{WEEKDAYS[p.weekday]} {p.day} {MONTH_NAMES[p.month - 1]}"
    if isinstance(p, Ordinal):
        return f"{p.n}{_ordinal_suffix(p.n)}"
    if isinstance(p, Reason):
        return p.msgid.format_map({k: _en(v) for k, v in p.params.items()}) if p.params else p.msgid
    raise TypeError(f"not a reason's piece: {p!r}")


class Why(str):
    """The English reasoning (its `str` value) and the pieces it was built from."""

    pieces: tuple[Any, ...]

    def __new__(cls, pieces: tuple[Any, ...], english: str | None = None) -> Why:
        obj = super().__new__(cls, english if english is not None else "".join(map(_en, pieces)))
        obj.pieces = pieces
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Why, (self.pieces, str(self)))

    def __add__(self, other: str) -> Why:
        if not other:
            return self
        return Why(self.pieces + pieces_of(other), str.__add__(self, other))

    def __radd__(self, other: str) -> Why:
        if not other:
            return self
        return Why(pieces_of(other) + self.pieces, other + str(self))


def pieces_of(text: str) -> tuple[Any, ...]:
    return text.pieces if isinstance(text, Why) else (text,)


def reason(msgid: str, /, **params: Any) -> Why:
    """One reason: `msgid` is its English template (marked with N_ where it is written)."""
    english = msgid.format_map({k: _en(v) for k, v in params.items()}) if params else msgid
    return Why((Reason(msgid, params),), english)


def piece(p: Day | Weekday | WeekdayDay | Ordinal) -> Why:
    """A day, weekday or ordinal on its own (e.g. the label of the previous date)."""
    return Why((p,), _en(p))


def join(sep: str, items: Iterable[str]) -> Why:
    """`sep.join(items)`, keeping each item's pieces; `sep` is punctuation."""
    items = list(items)
    pieces: tuple[Any, ...] = ()
    for i, item in enumerate(items):
        pieces += pieces_of(item) if i == 0 else (sep, *pieces_of(item))
    return Why(pieces, sep.join(items))


# Punctuation between pieces, where a language writes it otherwise.
_PUNCTUATION = {"zh": {"; ": "；", ", ": "，"}}
_ORDINALS = {"ru": "{n}-я", "zh": "{n}", "es": "{n}.º"}


def render(why: str, tr: Translator) -> str:
    """The reasoning in `tr`'s language (a plain string, e.g. a test's, stays as it is)."""
    if tr.english or not isinstance(why, Why):
        return str(why)
    punctuation = _PUNCTUATION.get(tr.language, {})
    return "".join(punctuation.get(p, p) if type(p) is str else _field(p, tr) for p in why.pieces)


def _field(p: Any, tr: Translator) -> str:
    if isinstance(p, Why):
        return render(p, tr)
    if isinstance(p, str):
        return p  # corpus text, quoted as written
    if isinstance(p, bool):
        return str(p)
    if isinstance(p, int):
        return str(p)  # years and counts, without grouping
    if isinstance(p, Reason):
        return tr.gettext(p.msgid, **{k: _field(v, tr) for k, v in p.params.items()})
    if isinstance(p, Day):
        if p.year is None:
            return tr.day_month(p.month, p.day)
        try:
            return tr.date(datetime.date(p.year, p.month, p.day))
        except ValueError:  # 29 February of a common year, a year out of range
            return f"{tr.day_month(p.month, p.day)} {p.year}"
    if isinstance(p, Weekday):
        return _weekday(p.weekday, tr)
    if isinstance(p, WeekdayDay):
        return f"{_weekday(p.weekday, tr)} {tr.day_month(p.month, p.day)}"
    if isinstance(p, Ordinal):
        return _ORDINALS.get(tr.language, "{n}").format(n=p.n)
    raise TypeError(f"not a reason's piece: {p!r}")


def _weekday(i: int, tr: Translator) -> str:
    return tr.weekday(datetime.date(2024, 1, 1) + datetime.timedelta(days=i))  # 1 January 2024: a Monday
