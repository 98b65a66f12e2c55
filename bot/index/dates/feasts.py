"""Movable feasts written with their dates: "Good Friday, 19 April, to Easter Monday, 22 April".

Easter moves through a five-week window, so a feast's date fixes the year far more tightly than a
weekday does: in the forty years around 2019 only 2019 has Easter Day on 21 April, while 2013 has
2019's whole calendar. The reckoning is dateutil's (Western for the English and Spanish names).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from dateutil.easter import easter

from bot.i18n import N_
from bot.index.dates.extract import valid_day
from bot.index.dates.lexicon import EN_MONTHS, ES_MONTHS
from bot.index.dates.reasons import Day, reason

# Each feast's distance in days from Easter Day.
_OFFSETS = {
    "shrove tuesday": -47,
    "pancake day": -47,
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "ascension day": 39,
    "whit sunday": 49,
    "whitsunday": 49,
    "pentecost sunday": 49,
    "whit monday": 50,
    "miércoles de ceniza": -46,
    "domingo de ramos": -7,
    "jueves santo": -3,
    "viernes santo": -2,
    "sábado santo": -1,
    "domingo de resurrección": 0,
    "domingo de pascua": 0,
    "lunes de pascua": 1,
}
_NAMES = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _OFFSETS), key=len, reverse=True))
_MONTH = "|".join(sorted((re.escape(m) for m in [*EN_MONTHS, *ES_MONTHS]), key=len, reverse=True))
# The feast, then its date right after it ("Good Friday, 19 April", "Easter Monday (April 22)", "el Viernes
# Santo, 19 de abril").
_FEAST = re.compile(
    rf"\b(?P<f>{_NAMES})\b[\s,(]{{0,3}}(?:on\s+|el\s+)?"
    rf"(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<m>{_MONTH})\b|(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)\b)",
    re.IGNORECASE,
)

Feast = tuple[int, int, int]  # (days from Easter Day, month, day)


def feasts_written(texts: Iterable[str]) -> tuple[Feast, ...]:
    """The movable feasts the texts write with a day and a month."""
    out: list[Feast] = []
    for text in texts:
        if "aster" not in text and "anto" not in text and "ascua" not in text and not _cheap_hint(text):
            continue
        for m in _FEAST.finditer(text):
            word = m.group("m") or m.group("m2")
            month = EN_MONTHS.get(word.capitalize()) or ES_MONTHS.get(word.lower())
            day = int(m.group("d") or m.group("d2"))
            if month is not None and valid_day(month, day):
                out.append((_OFFSETS[" ".join(m.group("f").lower().split())], month, day))
    return tuple(out)


def _cheap_hint(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("shrove", "pancake", "ash wed", "palm sun", "ascension", "whit", "pentecost"))


def feasts_fit(year: int, feasts: Iterable[Feast]) -> bool:
    """Whether every feast written falls on its date in `year`, or in the next one: a winter newsletter's days
    run from its December into the spring of the year after ("Saturday 13 December" … "Good Friday, 3 April")."""
    feasts = tuple(feasts)
    return any(all(_on_its_date(y, feast) for feast in feasts) for y in (year, year + 1))


def _on_its_date(year: int, feast: Feast) -> bool:
    offset, month, day = feast
    return valid_day(month, day, year) and easter(year) + datetime.timedelta(days=offset) == datetime.date(
        year, month, day
    )


def feasts_note(year: int, feasts: Iterable[Feast]) -> str:
    """ "; Easter Day fell on 21 April 2019" when feasts were written (and so weighed), else nothing."""
    feasts = tuple(feasts)
    if not feasts:
        return ""
    year = year if all(_on_its_date(year, feast) for feast in feasts) else year + 1
    day = easter(year)
    return "; " + reason(N_("Easter Day fell on {day}"), day=Day(day.month, day.day, year))
