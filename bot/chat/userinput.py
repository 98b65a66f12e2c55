"""The one reader of what people type for a date, a time of day or a time zone. Every command
that takes one of these reads it here.

Dates: "today", "3 September", "Sep 3", "09-03", "9 мая", "9月3日"… Numeric rule (one rule, no
guessing): numbers are read month first, as in ISO 8601 —
"YYYY-MM-DD", or its "MM-DD" tail ("09-03" is 3 September); "-", "/" and "." all separate. A first
number above 12 is refused rather than swapped, so "13-05" and "05-13" never silently mean the same.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass

from bot.index.dates.lexicon import EN_MONTHS, ES_MONTHS, MONTH_NAMES, RU_MONTH_STEMS
from bot.timezones import offset_minutes, offset_name, zone_names

EXAMPLE = "3 September"
TIME_EXAMPLE = "/subscribe 09:00 Europe/Moscow"


class InputError(ValueError):
    """Bad user input: `message` is shown to the user as is, with `example` as a hint."""

    def __init__(self, message: str, example: str = EXAMPLE) -> None:
        super().__init__(message)
        self.message = message
        self.example = example


class DateInputError(InputError):
    """A date that cannot be read."""


@dataclass(frozen=True, slots=True)
class UserDate:
    month: int
    day: int
    year: int | None = None  # given only by full dates and by today/tomorrow/yesterday


# Lower-cased English and Spanish month words and abbreviations → month.
_MONTH_WORDS: dict[str, int] = {w.lower(): n for w, n in EN_MONTHS.items()} | ES_MONTHS

_RELATIVE = {
    "today": 0, "tomorrow": 1, "yesterday": -1, "сегодня": 0, "завтра": 1, "вчера": -1,
    "今天": 0, "今日": 0, "明天": 1, "昨天": -1, "hoy": 0, "mañana": 1, "ayer": -1,
}  # fmt: skip
_ORD = r"(?:st|nd|rd|th)?"
_NUMERIC = re.compile(r"^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$")
_DAY_MONTH = re.compile(rf"^(\d{{1,2}}){_ORD}\.?\s*(?:of\s+|de\s+)?([^\W\d_]+)\.?(?:,?\s+(?:de\s+)?(\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^([^\W\d_]+)\.?\s*(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?$")
_ZH = re.compile(r"^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")


def _month_word(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in _MONTH_WORDS:
        return _MONTH_WORDS[w]
    if len(w) >= 3 and w[:3] in _MONTH_WORDS and MONTH_NAMES[_MONTH_WORDS[w[:3]] - 1].lower().startswith(w):
        return _MONTH_WORDS[w[:3]]
    for i, stems in enumerate(RU_MONTH_STEMS, start=1):
        if any(w.startswith(s) for s in stems) and (i != 5 or w in ("май", "мая", "мае")):
            return i
    return None


def _check(month: int, day: int, year: int | None, raw: str) -> UserDate:
    if not 1 <= month <= 12:
        raise DateInputError(
            f"“{raw}” has no month {month}: numbers are read month first (MM-DD, as in ISO dates).", "09-03"
        )
    longest = 29 if month == 2 and year is None else calendar.monthrange(year or 2001, month)[1]
    if not 1 <= day <= longest:
        name = MONTH_NAMES[month - 1]
        if month == 2 and day == 29:
            raise DateInputError(f"{year} was not a leap year, so it had no 29 February.", "29 February")
        raise DateInputError(f"{name} has only {longest} days, so “{raw}” is not a date.", f"{longest} {name}")
    return UserDate(month, day, year)


def parse_user_date(text: str, today: datetime.date) -> UserDate:
    """Parse what a user typed; `today` (from the chat's clock) is used only for today/tomorrow/
    yesterday. Raises DateInputError with a message and an example."""
    raw = " ".join(unicodedata.normalize("NFKC", text).split()).strip()
    if not raw:
        raise DateInputError("Which day? Give a date.")
    if len(raw) > 40:
        raise DateInputError("That is too long for a date.")
    low = raw.lower().rstrip(".")
    if low in _RELATIVE:
        d = today + datetime.timedelta(days=_RELATIVE[low])
        return UserDate(d.month, d.day, d.year)
    m = _NUMERIC.match(low)
    if m:
        year = int(m.group(1)) if m.group(1) else None
        return _check(int(m.group(2)), int(m.group(3)), year, raw)
    m = _ZH.match(low)
    if m:
        return _check(int(m.group(2)), int(m.group(3)), int(m.group(1)) if m.group(1) else None, raw)
    m = _DAY_MONTH.match(low)
    if m:
        month = _month_word(m.group(2))
        if month is not None:
            return _check(month, int(m.group(1)), int(m.group(3)) if m.group(3) else None, raw)
    m = _MONTH_DAY.match(low)
    if m:
        month = _month_word(m.group(1))
        if month is not None:
            return _check(month, int(m.group(2)), int(m.group(3)) if m.group(3) else None, raw)
    raise DateInputError(f"I can't read “{raw}” as a date. Try a day and a month, or MM-DD.", "3 September")


def parse_day(text: str, today: datetime.date) -> datetime.date:
    """A calendar day: what `parse_user_date` reads, with the year filled in as this year (or,
    for 29 February, the next year that has one) when the user leaves it out."""
    d = parse_user_date(text or "today", today)
    if d.year is not None:
        return datetime.date(d.year, d.month, d.day)
    year = today.year
    while not calendar.isleap(year) and (d.month, d.day) == (2, 29):
        year += 1
    return datetime.date(year, d.month, d.day)


# ---------------------------------------------------------------------------------------------
# Times of day and time zones

_TIME_RE = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?$")


def parse_time(text: str) -> tuple[int, int]:
    m = _TIME_RE.match(text.strip())
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour <= 23 and minute <= 59:
            return hour, minute
    raise InputError(
        f"{text!r} is not a time of day. Give hours and minutes on a 24-hour clock, like 09:00 or 18:30.",
        TIME_EXAMPLE,
    )


def parse_timezone(text: str) -> str:
    """An IANA name (any case) or a UTC offset ("UTC+8", "GMT-03:30", "+05:30") → canonical form:
    the IANA name as spelled in the tz database, "UTC", or "UTC+08:00"."""
    t = text.strip()
    if t.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    total = offset_minutes(t)
    if total is not None:
        return offset_name(total)
    name = zone_names().get(t.lower())
    if name:
        return name
    raise InputError(
        f"{text[:60]!r} is not a time zone I know. Use a name from the tz database like Europe/Moscow or "
        "Asia/Shanghai, or an offset like UTC+8.",
        TIME_EXAMPLE,
    )
