"""The one reader of what people type for a date, a time of day or a time zone. Every command
that takes one of these reads it here.

Dates: "today", "3 September", "Sep 3", "09-03", "9 мая", "9月3日"… Numeric rule (one rule per
language, no guessing): "YYYY-MM-DD" (ISO 8601) everywhere; a short numeric date is read month first
in English and Chinese, as ISO's "MM-DD" tail ("09-03" is 3 September), and day first in Russian
and Spanish, as they write it ("09.05" and "9.5." are 9 May; "09.05.2025" with its year). "-", "/"
and "." all separate. A month number above 12 is refused rather than swapped, so "13-05" and
"05-13" never silently mean the same. The rule comes from the reply's language (`Translator.day_first`).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from bot.i18n import N_, Translator, translator
from bot.index.dates.lexicon import EN_MONTHS, ES_MONTHS, MONTH_NAMES, ru_month
from bot.timezones import offset_minutes, offset_name, tzinfo_for, zone_names

EXAMPLE = "3 September"
MIN_YEAR, MAX_YEAR = datetime.MINYEAR, datetime.MAXYEAR
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
_NUMERIC_YEAR_LAST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")  # 09.05.1945, 9/5/1945
_DAY_MONTH = re.compile(rf"^(\d{{1,2}}){_ORD}\.?\s*(?:of\s+|de\s+)?([^\W\d_]+)\.?(?:,?\s+(?:de\s+)?(\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^([^\W\d_]+)\.?\s*(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?$")
_ZH = re.compile(r"^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")


def _month_word(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in _MONTH_WORDS:
        return _MONTH_WORDS[w]
    if len(w) >= 3 and w[:3] in _MONTH_WORDS and MONTH_NAMES[_MONTH_WORDS[w[:3]] - 1].lower().startswith(w):
        return _MONTH_WORDS[w[:3]]
    return ru_month(w)


def _check(month: int, day: int, year: int | None, raw: str, tr: Translator, numeric: bool = False) -> UserDate:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        # The calendar has no year 0 (1 BC is followed by AD 1), and a date must fit Python's.
        raise DateInputError(
            tr.gettext("“{raw}”: years run from {low} to {high} (there was no year 0).", raw=raw, low=MIN_YEAR,
                       high=MAX_YEAR),
            "2025-09-03",
        )  # fmt: skip
    if not 1 <= month <= 12:
        if numeric and tr.day_first:
            message = tr.gettext("“{raw}” has no month {month}: numbers are read day first (DD.MM).")
            raise DateInputError(message.format(raw=raw, month=month), "03.09")
        message = tr.gettext("“{raw}” has no month {month}: numbers are read month first (MM-DD, as in ISO dates).")
        raise DateInputError(message.format(raw=raw, month=month), "09-03")
    longest = 29 if month == 2 and year is None else calendar.monthrange(year or 2001, month)[1]
    if not 1 <= day <= longest:
        name = tr.month_name(month)
        if month == 2 and day == 29:
            raise DateInputError(
                tr.gettext("{year} was not a leap year, so it had no 29 February.", year=year), tr.day_month(2, 29)
            )
        raise DateInputError(
            tr.gettext("{month} has only {n} days, so “{raw}” is not a date.", month=name, n=longest, raw=raw),
            tr.day_month(month, longest),
        )
    return UserDate(month, day, year)


def parse_user_date(text: str, today: datetime.date, *, tr: Translator | None = None) -> UserDate:
    """Parse what a user typed; `today` (from the chat's clock) is used only for today/tomorrow/
    yesterday. `tr` is the reply's language: its messages, and whether short numeric dates are read
    day first. Raises DateInputError with a message and an example."""
    tr = tr or translator("en")
    raw = " ".join(unicodedata.normalize("NFKC", text).split()).strip()
    if not raw:
        raise DateInputError(tr.gettext("Which day? Give a date."), tr.day_month(9, 3))
    if len(raw) > 40:
        raise DateInputError(tr.gettext("That is too long for a date."), tr.day_month(9, 3))
    low = raw.lower().rstrip(".")
    if low in _RELATIVE:
        d = today + datetime.timedelta(days=_RELATIVE[low])
        return UserDate(d.month, d.day, d.year)
    m = _NUMERIC.match(low)
    if m:
        year = int(m.group(1)) if m.group(1) else None
        first, second = int(m.group(2)), int(m.group(3))
        if year is None and tr.day_first:
            return _check(second, first, None, raw, tr, numeric=True)
        return _check(first, second, year, raw, tr, numeric=True)
    m = _NUMERIC_YEAR_LAST.match(low)
    if m:
        first, second = int(m.group(1)), int(m.group(2))
        mm, dd = (second, first) if tr.day_first else (first, second)
        return _check(mm, dd, int(m.group(3)), raw, tr, numeric=True)
    m = _ZH.match(low)
    if m:
        return _check(int(m.group(2)), int(m.group(3)), int(m.group(1)) if m.group(1) else None, raw, tr)
    m = _DAY_MONTH.match(low)
    if m:
        word = _month_word(m.group(2))
        if word is not None:
            return _check(word, int(m.group(1)), int(m.group(3)) if m.group(3) else None, raw, tr)
    m = _MONTH_DAY.match(low)
    if m:
        word = _month_word(m.group(1))
        if word is not None:
            return _check(word, int(m.group(2)), int(m.group(3)) if m.group(3) else None, raw, tr)
    if tr.day_first:
        message = tr.gettext("I can't read “{raw}” as a date. Try a day and a month, or DD.MM.", raw=raw)
    else:
        message = tr.gettext("I can't read “{raw}” as a date. Try a day and a month, or MM-DD.", raw=raw)
    raise DateInputError(message, tr.day_month(9, 3))


def reads_as_date(text: str) -> bool:
    """Whether `text` is a date in some language's rule (month first or day first): for telling a
    date from other words before the reply's language matters (the handler reads it for real)."""
    for language in ("en", "ru"):
        try:
            parse_user_date(text, datetime.date(2001, 1, 1), tr=translator(language))
        except DateInputError:
            continue
        return True
    return False


def parse_day(text: str, today: datetime.date, *, tr: Translator | None = None) -> datetime.date:
    """A calendar day: what `parse_user_date` reads, with the year filled in as this year (or,
    for 29 February, the next year that has one) when the user leaves it out."""
    tr = tr or translator("en")
    d = parse_user_date(text or "today", today, tr=tr)
    if d.year is not None:
        return datetime.date(d.year, d.month, d.day)
    year = today.year
    while not calendar.isleap(year) and (d.month, d.day) == (2, 29):
        year += 1
    if year > MAX_YEAR:
        raise DateInputError(
            tr.gettext("There is no 29 February between {first} and {last}.", first=today.year, last=MAX_YEAR),
            tr.day_month(2, 28),
        )
    return datetime.date(year, d.month, d.day)


# ---------------------------------------------------------------------------------------------
# Times of day

_TIME_24 = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?h?$")  # 9, 09:00, 20.30, 20h30, 9h
_TIME_HHMM = re.compile(r"^(\d{1,2})(\d{2})$")  # 0800, 800, 2030: as on timetables
_TIME_12 = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$")  # 9am, 9 pm, 9:30 p.m.
TIME_FORMS = N_("09:00, 18:30, 20.30, 0800, 9am or 8pm")


def parse_time(text: str, tr: Translator | None = None) -> tuple[int, int]:
    """A time of day as people type it → (hour, minute) on a 24-hour clock."""
    t = " ".join(unicodedata.normalize("NFKC", text).split()).lower()
    m = _TIME_24.match(t) or _TIME_HHMM.match(t)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour <= 23 and minute <= 59:
            return hour, minute
    m = _TIME_12.match(t)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if 1 <= hour <= 12 and minute <= 59:
            # 12am is midnight and 12pm noon: the 12-hour clock's own convention.
            return hour % 12 + (12 if m.group(3) == "p" else 0), minute
    tr = tr or translator("en")
    message = tr.gettext("{text} is not a time of day. Give a time like {forms}.", text=repr(text[:40]),
                         forms=tr.gettext(TIME_FORMS))  # fmt: skip
    raise InputError(message, TIME_EXAMPLE)


# ---------------------------------------------------------------------------------------------
# Time zones: IANA names, UTC offsets, city names, common abbreviations

# Abbreviations people use for zones → (the zone they most likely mean, the abbreviation's own UTC
# offset in minutes or None for a season-less name like "ET", what else it can mean). They are read
# before IANA names on purpose: the tz database's legacy "EST" and "MST" are fixed offsets, so a New
# York chat subscribed with "EST" would post an hour late all summer.
_ABBREVIATIONS: dict[str, tuple[str, int | None, str]] = {
    "EST": ("America/New_York", -300, ""), "EDT": ("America/New_York", -240, ""),
    "ET": ("America/New_York", None, ""),
    "CST": ("America/Chicago", -360, N_("CST is also China Standard Time: for that, give Asia/Shanghai or Beijing.")),
    "CDT": ("America/Chicago", -300, ""), "CT": ("America/Chicago", None, ""),
    "MST": ("America/Denver", -420, N_("Arizona keeps MST all year: for it, give America/Phoenix.")),
    "MDT": ("America/Denver", -360, ""), "MT": ("America/Denver", None, ""),
    "PST": ("America/Los_Angeles", -480, N_("PST is also Philippine Standard Time: for that, give Asia/Manila.")),
    "PDT": ("America/Los_Angeles", -420, ""), "PT": ("America/Los_Angeles", None, ""),
    "AKST": ("America/Anchorage", -540, ""), "AKDT": ("America/Anchorage", -480, ""),
    "HST": ("Pacific/Honolulu", -600, ""),
    "AST": ("America/Halifax", -240, N_("AST is also Arabia Standard Time: for that, give Asia/Riyadh.")),
    "ADT": ("America/Halifax", -180, ""),
    "NST": ("America/St_Johns", -210, ""), "NDT": ("America/St_Johns", -150, ""),
    "BRT": ("America/Sao_Paulo", -180, ""), "ART": ("America/Argentina/Buenos_Aires", -180, ""),
    "WET": ("Europe/Lisbon", 0, ""), "WEST": ("Europe/Lisbon", 60, ""),
    "BST": ("Europe/London", 60, N_("BST is also Bangladesh Standard Time: for that, give Asia/Dhaka.")),
    "IST": ("Asia/Kolkata", 330, N_("IST is also Irish (Europe/Dublin) and Israel (Asia/Jerusalem) Standard Time.")),
    "CET": ("Europe/Berlin", 60, ""), "CEST": ("Europe/Berlin", 120, ""),
    "MET": ("Europe/Berlin", 60, ""), "MEST": ("Europe/Berlin", 120, ""),
    "EET": ("Europe/Athens", 120, ""), "EEST": ("Europe/Athens", 180, ""),
    "MSK": ("Europe/Moscow", 180, ""),
    "SAMT": ("Europe/Samara", 240, ""), "YEKT": ("Asia/Yekaterinburg", 300, ""),
    "OMST": ("Asia/Omsk", 360, ""), "NOVT": ("Asia/Novosibirsk", 420, ""), "KRAT": ("Asia/Krasnoyarsk", 420, ""),
    "IRKT": ("Asia/Irkutsk", 480, ""), "YAKT": ("Asia/Yakutsk", 540, ""), "VLAT": ("Asia/Vladivostok", 600, ""),
    "MAGT": ("Asia/Magadan", 660, ""), "PETT": ("Asia/Kamchatka", 720, ""),
    "TRT": ("Europe/Istanbul", 180, ""), "GST": ("Asia/Dubai", 240, ""), "PKT": ("Asia/Karachi", 300, ""),
    "NPT": ("Asia/Kathmandu", 345, ""), "ICT": ("Asia/Bangkok", 420, ""), "WIB": ("Asia/Jakarta", 420, ""),
    "HKT": ("Asia/Hong_Kong", 480, ""), "SGT": ("Asia/Singapore", 480, ""), "PHT": ("Asia/Manila", 480, ""),
    "AWST": ("Australia/Perth", 480, ""), "JST": ("Asia/Tokyo", 540, ""), "KST": ("Asia/Seoul", 540, ""),
    "ACST": ("Australia/Adelaide", 570, ""), "ACDT": ("Australia/Adelaide", 630, ""),
    "AEST": ("Australia/Sydney", 600, N_("Queensland keeps AEST all year: for it, give Australia/Brisbane.")),
    "AEDT": ("Australia/Sydney", 660, ""),
    "NZST": ("Pacific/Auckland", 720, ""), "NZDT": ("Pacific/Auckland", 780, ""),
    "WAT": ("Africa/Lagos", 60, ""), "CAT": ("Africa/Maputo", 120, ""), "SAST": ("Africa/Johannesburg", 120, ""),
    "EAT": ("Africa/Nairobi", 180, ""),
}  # fmt: skip

# Capitals and big cities that the tz database names after another city of the same zone.
_CITY_ALIASES: dict[str, str] = {
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "北京": "Asia/Shanghai", "пекин": "Asia/Shanghai",
    "pekin": "Asia/Shanghai", "washington dc": "America/New_York",
    "boston": "America/New_York", "philadelphia": "America/New_York", "atlanta": "America/New_York",
    "miami": "America/New_York", "houston": "America/Chicago", "dallas": "America/Chicago",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "ottawa": "America/Toronto", "montreal": "America/Toronto", "brasilia": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata", "нью дели": "Asia/Kolkata", "islamabad": "Asia/Karachi",
    "hanoi": "Asia/Ho_Chi_Minh", "ханои": "Asia/Ho_Chi_Minh", "河内": "Asia/Ho_Chi_Minh",
    "saint petersburg": "Europe/Moscow", "st petersburg": "Europe/Moscow", "санкт петербург": "Europe/Moscow",
    "петербург": "Europe/Moscow", "ankara": "Europe/Istanbul", "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland", "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo", "geneva": "Europe/Zurich",
    "frankfurt": "Europe/Berlin", "munich": "Europe/Berlin", "milan": "Europe/Rome", "barcelona": "Europe/Madrid",
    "edinburgh": "Europe/London", "glasgow": "Europe/London", "manchester": "Europe/London",
    "astana": "Asia/Almaty", "hong kong": "Asia/Hong_Kong", "香港": "Asia/Hong_Kong",
}  # fmt: skip

_REGIONS = frozenset(
    ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
)
# Exemplar city names from the Unicode CLDR (through Babel) in the languages the bot reads dates
# in, so "Москва", "莫斯科" and "Nueva York" find their zones as "Moscow" and "New York" do.
_CITY_LOCALES = ("en", "ru", "zh", "es")


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """A zone read from what a user typed, and a note when the reading may not be what they meant."""

    name: str  # canonical: an IANA name, "UTC", or "UTC+08:00"
    note: str = ""


def _city_key(text: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive form: "St. John’s", "st_johns" → "st johns"."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = re.sub(r"['’.]", "", t)
    return " ".join(re.sub(r"[_\-/,]", " ", t).split())


def _tzdata_text(name: str) -> str:
    try:
        return (importlib.resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return ""


@functools.cache
def _city_zones() -> dict[str, str]:
    """City name key → zone: the last part of every IANA name (Europe/Moscow → "moscow",
    America/New_York → "new york"), CLDR's names of the same cities, and a few aliases."""
    in_use = {
        line.split("\t")[2] for line in _tzdata_text("zone.tab").splitlines() if line and not line.startswith("#")
    }
    links = {
        parts[2]: parts[1]
        for line in _tzdata_text("tzdata.zi").splitlines()
        if line.startswith("L ") and len(parts := line.split()) == 3
    }
    available = zone_names()
    by_key: dict[str, list[str]] = {}
    for name in available.values():
        if name.split("/")[0] in _REGIONS:
            by_key.setdefault(_city_key(name.rsplit("/", 1)[1]), []).append(name)
    # Where two names share a city (America/Buenos_Aires is a link to America/Argentina/Buenos_Aires),
    # the one zone.tab lists as in use wins.
    out = {key: min(names, key=lambda n: (n not in in_use, -n.count("/"), n)) for key, names in by_key.items()}
    try:
        from babel import Locale  # imported here: only zone look-ups by name need its data
    except ImportError:  # pragma: no cover - babel is a dependency; English names still work without it
        return {**_CITY_ALIASES, **out}
    for code in _CITY_LOCALES:
        for cldr_id, info in Locale.parse(code).time_zones.items():
            city = info.get("city")
            if not city:
                continue
            # CLDR keeps old ids (Asia/Calcutta); the name in use (Asia/Kolkata) reads better.
            zone = cldr_id if cldr_id in in_use else links.get(cldr_id, cldr_id)
            if zone in available.values():
                out.setdefault(_city_key(city), zone)
    for key, zone in _CITY_ALIASES.items():
        out.setdefault(_city_key(key), zone)
    return out


def _offsets(zone: str, when: datetime.datetime) -> set[datetime.timedelta]:
    """The zone's UTC offsets in January and July of `when`'s year: two when it has summer time."""
    tz = tzinfo_for(zone)
    year = when.year if datetime.MINYEAR < when.year < datetime.MAXYEAR else 2025
    moments = (datetime.datetime(year, m, 1, 12, tzinfo=datetime.UTC) for m in (1, 7))
    return {offset for t in moments if (offset := t.astimezone(tz).utcoffset()) is not None}


def _short_offset(minutes: int) -> str:
    """UTC-5, UTC+5:30: the short form people type (and `read_timezone` reads back)."""
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


def _abbreviation(abbr: str, when: datetime.datetime, tr: Translator) -> ZoneChoice:
    zone, own_offset, other_en = _ABBREVIATIONS[abbr]
    other = tr.gettext(other_en) if other_en else ""
    seasons = _offsets(zone, when)
    if len(seasons) < 2:
        read_as = tr.gettext("{abbr} is read as {zone}.", abbr=abbr, zone=zone)
        return ZoneChoice(zone, f"{read_as} {other}" if other else "")
    low, high = (_short_offset(int(o.total_seconds()) // 60) for o in (min(seasons), max(seasons)))
    notes = [
        tr.gettext(
            "{abbr} is read as {zone}, which moves between {low} and {high} for daylight saving time, so the post "
            "keeps its local time all year.",
            abbr=abbr, zone=zone, low=low, high=high,
        )
    ]  # fmt: skip
    if own_offset is not None:
        fixed = _short_offset(own_offset)
        notes.append(tr.gettext("For a fixed {offset} all year instead, give {offset}.", offset=fixed))
    if other:
        notes.append(other)
    return ZoneChoice(zone, " ".join(notes))


def _unknown_zone(text: str, tr: Translator) -> InputError:
    key = _city_key(text)
    hint = ""
    if len(key) >= 4:
        found = rf_process.extractOne(key, list(_city_zones()), scorer=fuzz.ratio, score_cutoff=80)
        if found is not None:
            zone = _city_zones()[found[0]]
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
            hint = tr.gettext(" Did you mean {city} ({zone})?", city=city, zone=zone)
    return InputError(
        tr.gettext(
            "{text} is not a time zone I know.{hint} Use a city (Moscow, New York), a name from the tz "
            "database (Europe/Moscow, Asia/Shanghai), an abbreviation (MSK) or an offset (UTC+8).",
            text=repr(text[:60]),
            hint=hint,
        ),
        TIME_EXAMPLE,
    )


def read_timezone(text: str, when: datetime.datetime | None = None, tr: Translator | None = None) -> ZoneChoice:
    """A zone as people type it: an IANA name in any case, a UTC offset ("UTC+8", "GMT-03:30",
    "+05:30"), a city ("Moscow", "new york", "Москва"), or an abbreviation ("MSK", "EST").
    `when` (the chat's now) decides whether an abbreviation's zone currently has summer time."""
    tr = tr or translator("en")
    t = " ".join(unicodedata.normalize("NFKC", text).split())
    if t.upper() in ("UTC", "GMT", "Z"):
        return ZoneChoice("UTC")
    total = offset_minutes(t)
    if total is not None:
        return ZoneChoice(offset_name(total))
    if t.upper() in _ABBREVIATIONS:
        return _abbreviation(t.upper(), when or datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC), tr)
    name = zone_names().get(t.lower())
    if name:
        return ZoneChoice(name)
    zone = _city_zones().get(_city_key(t)) if t and "/" not in t else None
    if zone:
        return ZoneChoice(zone)
    raise _unknown_zone(t or text, tr)


def parse_timezone(text: str) -> str:
    """The canonical zone name for what a user typed (see `read_timezone`)."""
    return read_timezone(text).name


# ---------------------------------------------------------------------------------------------
# A daily time and zone together, in either order: "9am Moscow", "Asia/Shanghai 08:00", "New York"


@dataclass(frozen=True, slots=True)
class Schedule:
    time: tuple[int, int] | None  # None: not given
    zone: ZoneChoice | None


_T = TypeVar("_T")
MAX_SCHEDULE_WORDS = 8  # "9:30 p.m. Rio de Janeiro" is five


def _try(read: Callable[[str], _T], text: str) -> _T | None:
    try:
        return read(text)
    except InputError:
        return None


def read_schedule(text: str, when: datetime.datetime | None = None, *, tr: Translator | None = None) -> Schedule:
    """A time of day and a zone, either one optional and in either order; a zone may be several
    words ("New York") and a time two ("9 am")."""
    tr = tr or translator("en")
    words = text.split()
    if not words:
        return Schedule(None, None)
    if len(words) > MAX_SCHEDULE_WORDS:  # every split is tried below: keep that small
        raise InputError(
            tr.gettext("That is too long for a time and a time zone ({n} words).", n=len(words)), TIME_EXAMPLE
        )

    def zone(t: str) -> ZoneChoice:
        return read_timezone(t, when, tr)

    def time(t: str) -> tuple[int, int]:
        return parse_time(t, tr)

    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    # All of it a time, all of it a zone, then each split with the time first and with the zone first.
    readings = [(text, ""), ("", text)] + [pair for left, right in splits for pair in ((left, right), (right, left))]
    for time_text, zone_text in readings:
        hm = _try(time, time_text) if time_text else None
        z = _try(zone, zone_text) if zone_text else None
        if (hm or not time_text) and (z or not zone_text):
            return Schedule(hm, z)
    # Nothing fits: blame the part that is not understood, next to one that is.
    for left, right in splits:
        for time_text, zone_text in ((left, right), (right, left)):
            if _try(time, time_text):
                zone(zone_text)  # raises the zone's own message
            if _try(zone, zone_text):
                time(time_text)  # raises the time's own message
    if len(words) == 1 and words[0][0].isdigit():
        time(words[0])
    if not any(ch.isdigit() for ch in text):
        zone(text)
    raise InputError(
        tr.gettext(
            "I can't read {text} as a time of day and a time zone. Times: {forms}; zones: Moscow, "
            "Europe/Moscow, MSK or UTC+3.",
            text=repr(text[:60]),
            forms=tr.gettext(TIME_FORMS),
        ),
        TIME_EXAMPLE,
    )


# ---------------------------------------------------------------------------------------------
# "What happened on September 3?": on-this-day questions typed as plain text

_THIS_DAY = frozenset(
    (
        "on this day", "this day", "on this day in history", "this day in history", "today in history", "on this date",
        "в этот день", "этот день в истории", "сегодня в истории", "历史上的今天", "今天", "en este día",
        "un día como hoy", "hoy en la historia",
    )
)  # fmt: skip
_QUESTION_FORMS = (
    # "what happened on September 3", "what happened today", "which events took place on 9 May"
    re.compile(
        r"^(?:so\s+|and\s+)?(?:what|which\s+events?|what\s+events?|anything)\s+(?:has\s+|have\s+)?"
        r"(?:happened|happen|took\s+place|occurred|was\s+there)\s+(?:on\s+)?(?P<date>.+?)(?:\s+in\s+history)?$"
    ),
    re.compile(r"^(?:on|events\s+(?:on|of)|anniversaries\s+(?:on|of))\s+(?P<date>.+)$"),  # "on September 3"
    re.compile(r"^что\s+(?:было|произошло|случилось)\s+(?P<date>.+)$"),  # "что произошло 9 мая"
    re.compile(r"^(?P<date>.+?)\s*(?:发生了什么|发生过什么)$"),  # "9月3日发生了什么"
    re.compile(r"^qu[eé]\s+(?:pas[oó]|ocurri[oó])\s+(?:el\s+)?(?P<date>.+)$"),  # "qué pasó el 3 de septiembre"
)
_TRIM = "?!.。？！¿¡ \t"


def read_onthisday_question(text: str) -> str | None:
    """The day asked about when plain text asks what happened on a day ("what happened on
    September 3?", "on this day", "что произошло 9 мая"): the date as typed, "" for today; None
    when the text is not such a question (it is then a search)."""
    t = " ".join(unicodedata.normalize("NFKC", text).split()).lower().strip(_TRIM)
    if len(t) > 80:
        return None
    if t in _THIS_DAY:
        return ""
    for form in _QUESTION_FORMS:
        m = form.match(t)
        if m is None:
            continue
        date = m.group("date").strip(_TRIM)
        if date in _THIS_DAY or date in ("this day", "this date", "today in history"):
            return ""
        if not reads_as_date(date):  # the day only needs to be readable here
            continue
        return date
    return None
