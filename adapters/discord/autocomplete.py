"""Autocomplete suggestions for slash-command options, by argument kind.

Discord shows at most 25 choices and gives the bot 3 seconds; everything here is an in-memory
lookup over data the core already holds (article titles, dated events, the tz database), so an
answer takes well under a millisecond for the seed corpus.
"""

from __future__ import annotations

import calendar
import functools
import re
import zoneinfo
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz, process

from bot.chat.dispatch import Core
from bot.commands.dates import has_events_on
from bot.i18n import Translator

MAX_CHOICES = 25
CHOICE_NAME_MAX = 100
CHOICE_VALUE_MAX = 100
TITLE_MATCH_CUTOFF = 85  # partial_ratio: the typed text, give or take a typo, inside a title

Suggestion = tuple[str, str]  # (name shown, value sent back)
# The core, what was typed, when, and the user's language (for the names shown).
Suggester = Callable[[Core, str, datetime, Translator], list[Suggestion]]


def _name(text: str) -> str:
    return text if len(text) <= CHOICE_NAME_MAX else text[: CHOICE_NAME_MAX - 1] + "…"


def suggest_articles(core: Core, typed: str, now: datetime, tr: Translator) -> list[Suggestion]:
    """Article titles for /doc (the value is the article id the handler expects): titles that
    contain what was typed (tolerating a typo), then articles the search index finds for it, so
    "liddell" offers the article about Eric Liddell even though his name is not in its title."""
    articles = core.index.corpus.articles
    typed = " ".join(typed.split())[:100]
    if not typed:
        return [(_name(a.title), a.article_id) for a in articles[:MAX_CHOICES]]
    chosen = [a for a in articles if a.article_id.startswith(typed.lower())]
    titles = {i: a.title.lower() for i, a in enumerate(articles)}
    ranked = process.extract(
        typed.lower(), titles, scorer=fuzz.partial_ratio, limit=MAX_CHOICES, score_cutoff=TITLE_MATCH_CUTOFF
    )
    chosen += [articles[i] for _title, _score, i in ranked]
    if len(chosen) < MAX_CHOICES and len(typed) >= 3:
        chosen += [h.article for h in core.index.search.search(typed, limit=MAX_CHOICES)]
    seen: set[str] = set()
    out = []
    for a in chosen:
        if a.article_id not in seen:
            seen.add(a.article_id)
            out.append((_name(a.title), a.article_id))
    return out[:MAX_CHOICES]


# ---------------------------------------------------------------------------------------------
# Dates that have events


def event_days(core: Core) -> list[tuple[int, int]]:
    """The (month, day) pairs that have dated events, asked of the dates layer once per index
    object (so a corpus reload is picked up)."""
    global _days_cache
    index = core.index
    if _days_cache is None or _days_cache[0] is not index:
        days = [(d.month, d.day) for d in (date(2024, 1, 1) + timedelta(n) for n in range(366))]  # a leap year
        _days_cache = (index, [md for md in days if has_events_on(core, *md)])
    return _days_cache[1]


_days_cache: tuple[Any, list[tuple[int, int]]] | None = None


def _day_value(month: int, day: int) -> str:
    """What a chosen day sends back: "3 September", which the core reads in every language (a
    numeric 09-03 would not: Russian and Spanish read it day first)."""
    return f"{day} {calendar.month_name[month]}"


def _word_fits(word: str, month: int, day: int, tr: Translator) -> bool:
    """'3' is the day, 'sep'/'september'/'сен'/'sept' the month (in English or the user's language),
    '09-03' both (day first where the user's language writes it so); ordinals ('3rd') count as numbers."""
    digits = word.rstrip("stndrh.")
    if digits.isdigit():
        return int(digits) == day
    if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}", word):
        a, b = (int(x) for x in re.split(r"[-/.]", word))
        return (b, a) == (month, day) if tr.day_first else (a, b) == (month, day)
    word = word.rstrip(".")
    names = (calendar.month_name[month], tr.month_name(month), *tr.day_month(month, day).split())
    return any(name.lower().startswith(word) for name in names if not name.isdigit())


def suggest_dates(core: Core, typed: str, now: datetime, tr: Translator) -> list[Suggestion]:
    """Days that have events, soonest from today first, named in the user's language; typed words
    filter them ('sep', '3', 'сент')."""
    days = event_days(core)
    today = now.date()

    def days_ahead(md: tuple[int, int]) -> int:
        for year in (today.year, today.year + 1, today.year + 4):  # Feb 29 waits for a leap year
            try:
                d = date(year, *md)
            except ValueError:
                continue
            if d >= today:
                return (d - today).days
        return 366

    words = typed.lower().replace(",", " ").split()
    out: list[Suggestion] = []
    if not words:
        out.append((tr.gettext("today"), "today"))
    for md in sorted(days, key=days_ahead):
        if all(_word_fits(w, *md, tr) for w in words):
            out.append((tr.day_month(*md), _day_value(*md)))
    if not out and typed.strip():
        out.append((_name(typed.strip()), typed.strip()[:CHOICE_VALUE_MAX]))  # let the handler judge it
    return out[:MAX_CHOICES]


# ---------------------------------------------------------------------------------------------
# Timezones

COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Moscow",
    "Europe/Minsk",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Australia/Sydney",
)
_OFFSET_RE = re.compile(r"^(utc|gmt)?\s*[+-]\s*\d{1,2}(:?\d{2})?$", re.I)


@functools.lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


def suggest_timezones(core: Core, typed: str, now: datetime, tr: Translator) -> list[Suggestion]:
    """IANA names containing what was typed (spaces count as underscores), city-name prefix
    matches first; an offset such as 'UTC+8' is offered back as typed."""
    q = typed.strip().replace(" ", "_").lower()
    if not q:
        return [(z, z) for z in COMMON_ZONES]
    out: list[Suggestion] = []
    if _OFFSET_RE.match(typed.strip()):
        out.append((typed.strip(), typed.strip()))
    matches = [z for z in _zones() if q in z.lower()]
    matches.sort(key=lambda z: (not z.lower().rsplit("/", 1)[-1].startswith(q), not z.lower().startswith(q), z))
    out.extend((z, z) for z in matches)
    return out[:MAX_CHOICES]


SUGGESTERS: dict[str, Suggester] = {
    "article": suggest_articles,
    "date": suggest_dates,
    "timezone": suggest_timezones,
}
