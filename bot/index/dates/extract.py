"""Finding mentions of calendar days in text, before any year is resolved.

One compiled regular expression with an alternative per surface form (English month-day and
day-month, ISO, Russian, Chinese, Spanish, each with ranges) does a single pass over a paragraph.
It only recognises; deciding a missing year is `resolve.py`'s job, because that needs the whole
article. Month words must be capitalised in English ("it may be" is not a date) and a day must
touch its month word, so "the Long March", "the 80th" and "1,100 kilometres" never match.
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.index.dates.lexicon import (
    EN_MONTHS,
    ES_MONTHS,
    MONTH_NAMES,
    RU_MONTHS,
    WEEKDAY_STEMS_ES,
    WEEKDAY_STEMS_RU,
    WEEKDAYS,
)
from bot.index.dates.span import DateSpan
from bot.index.dates.text import in_one_quotation, inside_quotes, last_match, number_word, sentence_at, sentences


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Full month names, then abbreviations that must end at a dot or a word boundary ("Mar" ≠ "Marco").
_FULL = [w for w in EN_MONTHS if len(w) > 4 or w in ("May", "June", "July")]
_ABBR = [w for w in EN_MONTHS if w not in _FULL]
_MON = rf"(?:(?:{_alt(_FULL)})\b|(?:{_alt(_ABBR)})(?:\.|\b))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d)(?!\d)"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?!\d)"
# A programme's short weekdays ("Sat 21 – Sun 22 June"), capitalised as the full names are (not "The
# Sun 22 June": a paper's name).
_WD_SHORT = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
_WD = rf"(?:(?:{_alt(list(WEEKDAYS))}|(?<![Tt]he\s)(?:{_alt(list(_WD_SHORT))})\.?),?\s+(?:the\s+)?)?"
_DASH = r"\s*[-–—]\s*"
_WD_IN_RANGE = re.compile(rf"\b(?:{_alt(list(WEEKDAYS))}|{_alt(list(_WD_SHORT))})\b\.?")
# ("September 30, through October 3"; "Friday 22 July until 8pm on Sunday 24 July"; "from Good Friday, 9
# April, to Easter Monday, 12 April")
_TO = (
    r"(?:\s*[-–—]\s*|,?\s+(?:to|until|till)\s+(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight)\s+on\s+)?"
    r"(?:(?:Easter|Whit|Good|Holy|Maundy|Ash)\s+(?=[MTWFS][a-z]+day\b))?|,?\s+through\s+)"
)
_RU_MON = _alt(list(RU_MONTHS))
_ES_WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
_WEEKDAY_BEFORE = {
    "es": re.compile(r"\b(" + "|".join(_ES_WEEKDAYS) + r"),?\s+$", re.IGNORECASE),
    "ru": re.compile(
        # (the genitive too: "Запись от четверга, 27 декабря")
        r"(?<![а-яё])(понедельника?|вторника?|сред[уаы]|четверга?|пятниц[уаы]|суббот[уаы]|воскресень[ея]),?\s+$",
        re.IGNORECASE,
    ),
}
# "that Monday morning, 16 October": a weekday told with the part of the day, the date after it. The
# weekday is the date's (it fixes its year) but is not read as part of the mention.
_WEEKDAY_PART_BEFORE = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r")\s+(?:morning|afternoon|evening|night),?\s+(?:on\s+)?$"
)
# Russian weekdays by their first four letters ("в субботу", "в среду"), Monday = 0.
_RU_WEEKDAYS = {"поне": 0, "втор": 1, "сред": 2, "четв": 3, "пятн": 4, "субб": 5, "воск": 6}
# A Russian weekday in the nominative, accusative or genitive ("среда", "в среду", "до среды").
_RU_WEEKDAY_WORD = r"понедельника?|вторника?|сред[уаы]|четверга?|пятниц[уаы]|суббот[уаы]|воскресень[ея]"
# "в воскресенье, 13-го": a Russian weekday right before a bare day
_RU_WEEKDAY_BEFORE = re.compile(rf"\b({_RU_WEEKDAY_WORD})(?:,\s*|\s+)$", re.IGNORECASE)
_ES_MON = _alt(list(ES_MONTHS))

_PATTERN = re.compile(
    # Every form starts with a digit or a capitalised English word: the lookahead lets the engine skip
    # all other positions cheaply (the main cost of a scan).
    r"(?=[0-9ADFJMNOSTW])(?:"
    # (the forms that start with a digit behind one test for it: a capitalised word fails it once,
    # not once per form; the forms keep their order, so the same matches)
    + r"(?=\d)(?:"
    + "|".join(
        [
            # ISO 2025-09-03 (also 2025/09/03)
            r"(?P<iso>(?<![\d-])(?P<iso_y>"
            + _YEAR
            + r")(?P<iso_s>[-/])(?P<iso_m>[01]\d)(?P=iso_s)(?P<iso_d>[0-3]\d)(?![\d-]))",
            # Chinese 1945年9月3日, 9月3日, 8月31日至9月2日, 9月3日至5日
            r"(?P<zh>(?:(?P<zh_y>"
            + _YEAR
            + r")\s*年\s*)?(?P<zh_m>1[0-2]|0?[1-9])\s*月\s*(?P<zh_d>3[01]|[12]\d|0?[1-9])\s*[日号]"
            # "4月29日（星期六）至5月3日": the first day's weekday in brackets
            r"(?:\s*(?:[（(](?:星期|周|礼拜)[一二三四五六日天][）)]\s*)?(?:持续到|一直到|至|到|-|–|—|~)\s*(?:明年|次年|翌年)?\s*(?:(?:(?P<zh_y2>"
            + _YEAR
            + r")\s*年\s*)?(?P<zh_m2>1[0-2]|0?[1-9])\s*月\s*)?(?P<zh_d2>3[01]|[12]\d|0?[1-9])\s*[日号])?)",
            # Russian 9 мая 1945 года, 22 июня 1941 г., 8–9 мая
            # ("12-го апреля", "с 5-го по 9-е мая": the day's ending written out)
            r"(?P<ru>(?<!\d)(?P<ru_d>3[01]|[12]\d|0?[1-9])(?:-(?:го|е|ое))?(?:(?:"
            + _DASH
            + r"|\s+по\s+)(?P<ru_d2>3[01]|[12]\d|0?[1-9])(?:-(?:го|е|ое))?)?\s+(?P<ru_m>"
            + _RU_MON
            # "с 20 июня по 15 августа", "20 июня – 15 августа"
            + r")(?:(?:\s*[-–—]\s*|\s+по\s+)(?P<ru_d3>3[01]|[12]\d|0?[1-9])\s+(?P<ru_m2>"
            + _RU_MON
            + r"))?(?:\s+(?P<ru_y>"
            + _YEAR
            + r")(?:\s*(?:года|г\.|г\b))?)?)",
            # Spanish 3 de septiembre de 1945, del 31 de agosto al 2 de septiembre
            # ("del jueves 16 al domingo 19 de julio": the end's weekday between)
            r"(?P<es>(?<!\d)(?P<es_d>3[01]|[12]\d|0?[1-9])(?:\s+al?\s+(?:(?i:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+)?(?P<es_d3>3[01]|[12]\d|0?[1-9]))?(?:º|°)?\s+de\s+(?P<es_m>(?i:"
            + _ES_MON
            # ("del sábado 22 de diciembre al domingo 6 de enero": the end's weekday too)
            + r"))(?:\s+(?:al|a|hasta\s+el)\s+(?:(?i:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+)?"
            + r"(?P<es_d2>3[01]|[12]\d|0?[1-9])\s+de\s+(?P<es_m2>(?i:"
            + _ES_MON
            + r")))?(?:\s+(?:de|del)\s+(?P<es_y>"
            + _YEAR
            + r"))?)",
        ]
    )
    + ")|"
    + "|".join(
        [
            # Day first: 22 July 1945, 3rd of September, the 14th day of January 2020, Sunday 21 September
            # 2025, 23-27 September, 30 August - 2 September, from 30 August to 2 September
            r"(?P<dm>(?P<dm_wd>"
            + _WD
            # (not a price: "£8 until 29 February" is the 29th alone)
            + r")(?<![\d,.£$€¥])(?P<dm_d>"
            + _DAY
            + r")(?:(?P<dm_rd>"
            + _TO
            + r"(?:the\s+)?"  # ("from the 3rd to the 9th of August")
            + _WD
            + r")(?P<dm_d0>"
            + _DAY
            + r"))?(?:\s+day)?(?:\s+of)?\s+(?P<dm_m>"
            + _MON
            # "26 December 2015 - 2 January 2016": a year after the range's first day too
            + r")(?:(?:,?\s+(?P<dm_y0>"
            + _YEAR
            + r"))?"
            + _TO
            + _WD
            + r"(?P<dm_d2>"
            + _DAY
            + r")(?:\s+of)?\s+(?P<dm_m2>"
            + _MON
            + r"))?(?:,?\s+(?P<dm_y>"
            + _YEAR
            + r"))?)",
            # Month first: September 3, 2020; Sept. 23-27; August 31-September 2; Wednesday, September 3
            r"(?P<md>(?P<md_wd>"
            + _WD
            + r")(?P<md_m>"
            + _MON
            + r")\s*(?P<md_d>"
            + _DAY
            + r")(?:(?:"
            + _TO
            + _WD
            + r"(?P<md_m2>"
            + _MON
            + r")\s*(?P<md_d2>"
            + _DAY
            + r"))|(?:"
            + _DASH
            + r"(?P<md_d3>"
            + _DAY
            + r")))?(?:,?\s+(?P<md_y>"
            + _YEAR
            + r")|\s*\[(?P<md_by>"
            + _YEAR
            + r")\])?)",
        ]
    )
    + ")"
)
# Where a match of `_PATTERN` can start: every form starts with a digit, or with a weekday's or a
# month's English name (each begins with one of these three letters). Each alternative begins with
# its own character, so the engine finds the next such place in one fast scan, where `_PATTERN`'s
# lookahead is tried at every place (most of a scan's cost).
_STARTS = re.compile("|".join([*"0123456789", *sorted({w[:3] for w in (*EN_MONTHS, *WEEKDAYS)})]))
_DIGIT_RUN = re.compile("[0-9]+")


def _pattern_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_PATTERN.finditer(text)`, tried only where one can start (see `_STARTS`)."""
    # Only the Chinese form (with its 月) may start inside a run of digits: the others look back
    # for none (`(?<!\d)`), so without a 月 the rest of a run where none starts is passed over.
    skip_runs = "月" not in text
    pos = 0
    while (start := _STARTS.search(text, pos)) is not None:
        at = start.start()
        # (a start is a digit or a capital: only a digit begins a run)
        run = _DIGIT_RUN.match(text, at) if skip_runs and text[at] <= "9" else None
        if run is not None and not _may_start_date(text, run.end() - at, run.end()):
            pos = run.end()  # (what a failed match below does)
            continue
        m = _PATTERN.match(text, at)
        if m is not None and m.group("dm_y0") and int(m.group("dm_y") or 0) - int(m.group("dm_y0")) not in (0, 1):
            # "3 May 1920 - 4 June 1990": two dates (a life), no range of days; read up to the first year
            m = _PATTERN.match(text, at, m.end("dm_y0"))
        if m is not None:
            yield m
            pos = m.end()  # (a match is never empty: each holds a digit)
        elif run is not None:
            pos = run.end()
        else:
            pos = at + 1


# What may come right after the day's digits of a form that starts with one (besides a space): a
# dash ("8–9 мая", "23-27 September"), "º" or "°" ("3º de"), an ordinal's letter, a comma (", through").
_AFTER_DAY = "-–—,º°snrt"


def _may_start_date(text: str, digits: int, end: int) -> bool:
    """Whether `_PATTERN` may match at a run of `digits` ASCII digits ending at `end`, in a text with
    no 月 (no Chinese form): an ISO year is four digits and a dash or a slash ("2025-09-03"); the
    day of the other forms is one or two, then a space, a dash, "º" … (see `_AFTER_DAY`). A digit of
    another script after the run is one their `\\d` reads too: then the pattern is tried."""
    if end >= len(text):
        return False  # every form goes on after its first number
    c = text[end]
    if c.isdecimal():
        return True
    return (digits == 4 and c in "-/") or (digits <= 2 and (c.isspace() or c in _AFTER_DAY))


# An anniversary span right after a dated mention: "(August 19, 1945 – 2025)".
_ANNIV_SPAN = re.compile(r"\s*[-–—]\s*(" + _YEAR + r")\s*\)")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(DateSpan):
    """A day (or range of days) as written. Years are those stated in the text, else None."""

    start: int  # character offsets in the paragraph text
    end: int
    text: str
    weekday: int | None = None  # 0 = Monday, when the text names one
    bracket_year: bool = False  # "August 23 [1937]": an editor's insertion, still explicit
    anniversary_year: int | None = None  # "(August 19, 1945 – 2025)": the year being celebrated
    form: str = "en"
    overran: bool = False  # a bare day past the end of the month carried, put in the month before (`month_before`)


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    m = _DIGITS.match(s)
    return int(m.group()) if m else None


def _month(word: str | None) -> int | None:
    if word is None:
        return None
    w = word.rstrip(".").strip()
    return EN_MONTHS.get(w) or RU_MONTHS.get(w) or ES_MONTHS.get(w.lower())


# Days per month in a common year (`calendar.mdays`), looked up: `calendar.monthrange` also works
# out the weekday the month starts on, and this is asked for every mention many times.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_before(month: int, day: int) -> int | None:
    """The month for a bare day that the month carried does not have ("… extended to 8 June. A talk
    is planned for the 31st"): no writer means a day a month lacks, and the month before the one named
    is the likelier (the resolver may yet move it to the article's own month). None when that lacks
    it too."""
    before = 12 if month == 1 else month - 1
    return before if valid_day(before, day, None) else None


def valid_day(month: int, day: int, year: int | None = None) -> bool:
    """Feb 29 is valid when the year is unknown (it may be a leap year)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= (29 if month == 2 else _MONTH_DAYS[month])
    return day <= _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))


def is_weekday(wd: int, month: int, day: int, year: int) -> bool:
    """Whether `day` `month` `year` is a real date falling on weekday `wd` (Monday 0)."""
    return valid_day(month, day, year) and datetime.date(year, month, day).weekday() == wd


# (or plain after it: "12月19日，星期三", "6月28日 星期三", "5月5日星期六"; "周" only in brackets: "周年")
_ZH_WEEKDAY_AFTER = re.compile(
    r"\s*[日号]\s*(?:[（(](?:星期|周|礼拜)([一二三四五六日天])[）)]|[，,]?\s*(?:星期|礼拜)([一二三四五六日天]))"
)


def _build(m: re.Match[str], text: str) -> Mention | None:
    g = m  # its groups by name, None where unmatched, as `groupdict()` gives them (without a dict of all 43)
    wd_word = None
    # Month and day numbers; None where a group did not read as one (then no mention is built).
    mo: int | None
    d: int | None
    mo2: int | None
    d2: int | None
    y: int | None
    y2: int | None
    bracket = False
    lone_end = -1  # where the date starts when a number before it only looked like a range's start
    if g["iso"]:
        form, mo, d, y = "iso", int(g["iso_m"]), int(g["iso_d"]), int(g["iso_y"])
        mo2, d2, y2 = mo, d, y
    elif g["zh"]:
        form, mo, d, y = "zh", int(g["zh_m"]), int(g["zh_d"]), _num(g["zh_y"])
        mo2 = int(g["zh_m2"]) if g["zh_m2"] else mo
        d2 = int(g["zh_d2"]) if g["zh_d2"] else d
        y2 = _num(g["zh_y2"])  # ("1980年12月28日到1981年1月5日": each end with its year)
        # A year written once, before the range, is its start's: "1980年12月28日到1月5日" ends in 1981.
        turn = (mo2, d2) < (mo, d)
        if y2 is None and y is not None:
            y2 = y + turn
        elif y is None and y2 is not None:
            y = y2 - turn
    elif g["ru"]:
        form, mo, y = "ru", RU_MONTHS[g["ru_m"]], _num(g["ru_y"])
        d = int(g["ru_d"])
        d2 = int(g["ru_d3"] or g["ru_d2"] or d)
        mo2, y2 = (RU_MONTHS[g["ru_m2"]] if g["ru_m2"] else mo), None

    elif g["es"]:
        form, mo, d, y = "es", ES_MONTHS[g["es_m"].lower()], int(g["es_d"]), _num(g["es_y"])
        mo2 = ES_MONTHS[g["es_m2"].lower()] if g["es_m2"] else mo
        d2 = int(g["es_d2"]) if g["es_d2"] else int(g["es_d3"]) if g["es_d3"] else d
        y2 = None
    elif g["dm"]:
        form, wd_word = "en", g["dm_wd"]
        mo, y = _month(g["dm_m"]), _num(g["dm_y"])
        first = _num(g["dm_d"])
        if (
            g["dm_d0"]
            and not (wd_word or "").strip()
            and g["dm_rd"].lstrip()[:1] in "-–—"
            and (named := _WD_IN_RANGE.search(g["dm_rd"]))
        ):
            # "CUTTING 1 — Tuesday 7 March 1989": a number, then a date with its weekday, is no range
            # (a range with weekdays names both ends: "Friday 24 to Sunday 26 May")
            d = d2 = _num(g["dm_d0"])
            mo2, wd_word, lone_end = mo, named.group(0), m.start("dm_rd") + named.start()
        elif g["dm_d0"]:  # "23-27 September"
            d, d2, mo2 = first, _num(g["dm_d0"]), mo
        elif g["dm_d2"]:  # "30 August to 2 September"
            d, d2, mo2 = first, _num(g["dm_d2"]), _month(g["dm_m2"])
        else:
            d, d2, mo2 = first, first, mo
        y2 = None
        if g["dm_y0"]:  # "26 December 2015 - 2 January 2016": each end its own year (see _pattern_matches)
            y, y2 = _num(g["dm_y0"]), y
    else:
        form, wd_word = "en", g["md_wd"]
        mo, d = _month(g["md_m"]), _num(g["md_d"])
        y = _num(g["md_y"]) or _num(g["md_by"])
        bracket = bool(g["md_by"])
        if g["md_m2"]:
            mo2, d2 = _month(g["md_m2"]), _num(g["md_d2"])
        elif g["md_d3"]:
            mo2, d2 = mo, _num(g["md_d3"])
        else:
            mo2, d2 = mo, d
        y2 = None
    if mo is None or d is None or mo2 is None or d2 is None:
        return None
    if y2 is None and y is not None:
        # A year written once after a range covers its end; the start moves back a year when the
        # range crosses New Year ("December 30-January 2, 2026").
        y2 = y
        if (mo2, d2) < (mo, d):
            y = y - 1
    if not valid_day(mo, d, y) or not valid_day(mo2, d2, y2):
        return None
    one_month = bool(g["dm_d0"] or g["md_d3"] or g["ru_d2"] or g["es_d3"] or (g["zh_d2"] and not g["zh_m2"]))
    if one_month and d2 <= d and lone_end < 0:
        return None  # "27-23 September" is not a range of days
    start, end = (m.start() if lone_end < 0 else lone_end), m.end()
    weekday = None
    if wd_word and wd_word.strip():
        word = wd_word.strip().split()[0].rstrip(",.")
        weekday = _WD_SHORT[word] if word in _WD_SHORT else WEEKDAYS.index(word)
    elif form in ("es", "ru") and (back := _WEEKDAY_BEFORE[form].search(text, max(0, start - 14), start)) is not None:
        # "el domingo 17 de febrero", "в субботу, 13 октября": read back from the date (a lookahead
        # for these letters would slow the scan of every text).
        weekday = (_ES_WEEKDAYS if form == "es" else _RU_WEEKDAYS)[back.group(1).lower()[: 4 if form == "ru" else None]]
        start = back.start(1)
    elif form == "en" and (back := _WEEKDAY_PART_BEFORE.search(text, max(0, start - 24), start)) is not None:
        weekday = WEEKDAYS.index(back.group(1))
    elif form == "zh" and (zh_wd := _ZH_WEEKDAY_AFTER.match(text, m.end("zh_d"))) is not None:
        # "2月25日（星期一）": the weekday in brackets after the (first) day
        wd = zh_wd.lastindex or 1
        weekday = "一二三四五六日天".index(zh_wd.group(wd)) if zh_wd.group(wd) != "天" else 6
        if end <= zh_wd.start(wd):
            end = zh_wd.end()
    anniv = None
    if y is not None:
        span = _ANNIV_SPAN.match(text, end)
        if span and int(span.group(1)) > y:
            anniv = int(span.group(1))
            end = span.start() + len(span.group(0).rstrip().rstrip(")").rstrip())
    surface = text[start:end].rstrip(" ,")
    return Mention(
        start=start,
        end=start + len(surface),
        text=surface,
        month=mo,
        day=d,
        year=y,
        end_month=mo2,
        end_day=d2,
        end_year=y2,
        weekday=weekday,
        bracket_year=bracket,
        anniversary_year=anniv,
        form=form,
    )


_QUICK = re.compile(r"\d")
# Coordinated days share one month: "6 and 9 August", "20, 21 and 22 July", "15 and 16 October 1941",
# "el 5 y 6 de agosto", "2 и 3 мая" (days before the mention); "July 19 and 20", "7月28日和29日" (after).
_AND = r"(?:,?\s+(?:and|or|y|e|и|или)\s+|\s*&\s*)"
_LIST_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# A weekday before a listed day, in the four languages' Latin and Cyrillic spellings ("Saturday 7 and
# Sunday 8 June", "sábado 10 y domingo 11 de octubre", "в субботу 3 и воскресенье 4 мая").
_ANY_WD = (
    rf"(?:{_alt(list(WEEKDAYS))}|{_alt(list(WEEKDAY_STEMS_ES))}|sabado|miercoles"
    rf"|(?:{_alt(list(WEEKDAY_STEMS_RU))})[а-яё]*)"
)
# (and the short English names of a programme's lines: "Sun 28 & Mon 29 May", "Sat 22 and Sat 29 July")
_SHORT_WD = rf"(?:{_alt(list(_WD_SHORT))})\.?"
# "21 February", "Tuesday 21 February"
_DAY_FIRST = re.compile(rf"(?:(?:{_ANY_WD}|{_SHORT_WD}),?\s+)?\d", re.IGNORECASE)
_LIST_WD = rf"(?:(?:{_ANY_WD}|{_SHORT_WD}),?\s+)?"
# The first letters of `_ANY_WD`'s words: a list starts with one of them or with a digit.
_WD_FIRST = "".join(
    sorted({w[0].lower() for w in (*WEEKDAYS, *WEEKDAY_STEMS_ES, "sabado", "miercoles", *WEEKDAY_STEMS_RU)})
)
_DAYS_BEFORE = re.compile(
    # (?=…): where a list can start, a cheap test before the weekday names are tried (same matches)
    # ("el 1 y el 2 de octubre": the article again before the last day)
    rf"(?=[\d{_WD_FIRST}])(?<![\d.,])((?:{_LIST_WD}{_LIST_DAY},\s*)*{_LIST_WD}{_LIST_DAY}){_AND}(?:el\s+|the\s+)?(?:{_ANY_WD},?\s+)?$",
    re.IGNORECASE,
)
# The end every `_DAYS_BEFORE` match has (its last day, the conjunction, the weekday; same flags): a
# cheap test first, since that search tries its weekday names at every place of the window.
_DAYS_BEFORE_END = re.compile(rf"\d(?:st|nd|rd|th)?{_AND}(?:el\s+|the\s+)?(?:{_ANY_WD},?\s+)?$", re.IGNORECASE)
# The list ends the clause or runs into a function word ("Sept. 8 and 9 at Trinity Church"), not
# into a count ("July 19 and 20 people").
# (an ordinal last day is no count, whatever follows it: "Oct. 19th & 20th closed for the election")
_DAYS_AFTER = re.compile(
    rf"((?:,\s*{_LIST_DAY})*{_AND}(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    rf"|{_LIST_DAY}(?!\d|\s*(?:[-–—/:.]\d|%))"
    r"(?=\s*(?:$|[,.;:!?)\]\"”’—–-]|(?:at|in|on|for|with|from|to|when|while|and|as|by|the|this|next|last|each)\b))))",
    re.IGNORECASE,
)
_ZH_DAYS_AFTER = re.compile(r"((?:\s*[和、及与]\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号])+)")


def _coordinated(m: Mention, text: str) -> list[Mention]:
    """The mention and the days coordinated with it, each a mention of its own that spans the
    whole phrase; or just the mention."""
    if m.is_range and (m.month, m.day) != (m.end_month, m.end_day):
        return [m]
    days: list[int] = []
    named: dict[int, int] = {}  # a listed day's weekday ("Saturday 21 and Sunday 22 August")
    start, end = m.start, m.end
    if m.form in ("en", "ru", "es") and _DAY_FIRST.match(m.text):
        lo = max(0, m.start - 60)
        before = _DAYS_BEFORE.search(text, lo, m.start) if _DAYS_BEFORE_END.search(text, lo, m.start) else None
        if before:
            days = [int(d) for d in _DIGITS.findall(before.group(1))]
            start = before.start()
            named = _listed_weekdays(before.group(1))
    elif m.form == "en" or m.form == "zh":
        rx = _ZH_DAYS_AFTER if m.form == "zh" else _DAYS_AFTER
        # Right after the day, before any year: "July 19 and 20", "7月28日和29日".
        after = rx.match(text, m.end)
        if after and m.year is None:
            days = [int(d) for d in _DIGITS.findall(after.group(1))]
            end = after.end()
    days = [d for d in days if valid_day(m.month, d, m.year) and d != m.day]
    if not days:
        return [m]
    phrase = text[start:end]
    if len(days) == 1 and days[0] < m.day and _BETWEEN_LIST.search(text, max(0, start - 16), start):
        # "between the 4th and the 6th of March": the days from one to the other
        return [replace(m, start=start, end=end, text=phrase, day=days[0], end_day=m.day, weekday=None)]
    if m.weekday is not None:
        named[m.day] = m.weekday
    if len(named) != len({*days, m.day}):
        # ("Saturday and Sunday, 24 and 25 April": which is which is not written)
        named = {m.day: m.weekday} if m.weekday is not None else {}
    return [
        replace(m, start=start, end=end, text=phrase, day=d, end_day=d, weekday=named.get(d))
        for d in sorted({*days, m.day})
    ]


_BETWEEN_LIST = re.compile(r"\b(?:between|entre)\s+(?:the\s+|el\s+)?$|между\s+$", re.IGNORECASE)
_LISTED_WEEKDAY = re.compile(rf"(?P<wd>{_ANY_WD}|{_SHORT_WD}),?\s+(?P<d>\d{{1,2}})", re.IGNORECASE)
_WEEKDAY_STEMS = [(w.lower(), i) for ns in (WEEKDAYS, WEEKDAY_STEMS_ES, WEEKDAY_STEMS_RU) for i, w in enumerate(ns)]


def _listed_weekdays(listed: str) -> dict[int, int]:
    """Day → weekday for the days of a list that name theirs ("Saturday 21", "sábado 10")."""
    out = {}
    for m in _LISTED_WEEKDAY.finditer(listed):
        word = m.group("wd").lower().replace("sabado", "sábado").replace("miercoles", "miércoles")
        wd = next((i for stem, i in _WEEKDAY_STEMS if word.startswith(stem)), None)
        if wd is None:  # "sun 28 & mon 29 may"
            wd = _WD_SHORT.get(word.rstrip(".").capitalize())
        if wd is not None:
            out[int(m.group("d"))] = wd
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every day mention in `text`, in order, non-overlapping; coordinated days ("6 and 9 August")
    give one mention each. Cached while a corpus is resolved (several passes read each paragraph;
    callers must not change the list)."""
    return _find_mentions(text)


def clear_mention_cache() -> None:
    _find_mentions.cache_clear()
    _has_digit.cache_clear()


@lru_cache(maxsize=8192)
def _has_digit(text: str) -> bool:
    """Whether `text` holds a digit: every mention and ordinal needs one, and most paragraphs have none
    (asked once per paragraph, by the mention pass and the ordinal pass)."""
    # `\d` is an ASCII digit or another decimal digit, which only a text with a non-ASCII character
    # holds: ten substring tests decide most paragraphs faster than the regex's walk.
    if _has_ascii_digit(text):
        return True
    return not text.isascii() and _QUICK.search(text) is not None


def may_name_a_day(text: str) -> bool:
    """False only when `find_mentions` and `bare_ordinal_days` find nothing in `text`: it holds no
    digit and no 月 (a Chinese numeral date). Not cached: for a sentence cut from a paragraph."""
    return _has_ascii_digit(text) or (not text.isascii() and ("月" in text or _QUICK.search(text) is not None))


def _has_ascii_digit(text: str) -> bool:
    # Spelt out: a generator over the ten digits (`any(...)`) costs more than the tests themselves.
    return (
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    )  # fmt: skip


_ZH_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_NUM = "[一二三四五六七八九十]{1,3}"
# Dates in Chinese numerals: "一九六八年十二月二十九日", "十月一日" (formal writing and headlines).
_ZH_NUMERAL_DATE = re.compile(rf"(?:(?P<y>[〇零○一二三四五六七八九]{{4}})年)?(?P<m>{_ZH_NUM})月(?P<d>{_ZH_NUM})[日号]")


# "The gala has been moved from 29 June to 6 July": a change of day names two days, not a span.
_MOVED_FROM = re.compile(
    r"\b(?:moved|postponed|put\s+back|brought\s+forward|changed|switched|shifted|rescheduled|pushed\s+back)\b"
    r"[^.;,]{0,30}?\bfrom\s+$",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"\s+to\s+")
# "The dinner has moved from the 3rd to Saturday 17 March": the verb right before "from the" and an
# ordinal — the first day takes the second's month ("postponed and will run from 3 to 10 May" is a span).
_MOVED_FROM_THE = re.compile(
    r"\b(?:moved|postponed|put\s+back|brought\s+forward|changed|switched|shifted|rescheduled|pushed\s+back)"
    r"\s+from\s+the\s+$",
    re.IGNORECASE,
)
_ORDINAL_ALONE = re.compile(r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)")


def _moved(m: Mention, text: str) -> list[Mention]:
    """`m`, or — a range after "moved from" — its two days, each as its own mention."""
    single = (m.end_month, m.end_day) == (m.month, m.day)
    if m.form != "en" or single or "from" not in text[max(0, m.start - 12) : m.start]:
        return [m]
    gap = _RANGE_TO.search(text, m.start, m.end)
    moved = _MOVED_FROM.search(text, max(0, m.start - 60), m.start)
    if gap is None or not (moved or _MOVED_FROM_THE.search(text, max(0, m.start - 60), m.start)):
        return [m]
    parts = []
    for a, b in ((m.start, gap.start()), (gap.end(), m.end)):
        found = _find_mentions(text[a:b])
        if not found and a == m.start and _ORDINAL_ALONE.fullmatch(text, a, b) and not moved:
            parts.append(
                replace(m, end=b, text=text[a:b], end_month=m.month, end_day=m.day, end_year=m.year, weekday=None)
            )
            continue
        if len(found) != 1:
            return [m]  # ("from 3 to 10 May": the first day has no month of its own)
        x = found[0]
        parts.append(replace(x, start=x.start + a, end=x.end + a))
    return parts


# "from 5 March until the 9th": a range that ends on a bare ordinal of the same month.
# (the last day's weekday may stand before it: "from Thursday 9 March to Saturday the 18th")
_UNTIL_THE = re.compile(
    rf"\s+(?:until|till|to|through)\s+(?:(?:{_alt(list(WEEKDAYS))}),?\s+)?the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
)


# "Oct. 23rd to 27th", "October 23 to 27": after a date written month first, its range's last day
# alone (not a count or a time: "July 4 to 5 pm", "June 3 to 30 people").
_MONTH_FIRST_TO = re.compile(
    r"\s+(?:until|till|to|through)\s+(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?P<ord>st|nd|rd|th)?\b"
    r"(?![-–—/:.,]?\d|\s*(?:%|[ap]\.?m\b|o['’]clock|hours?\b|minutes?\b|people|per\b|of\b))"
    # (a bare number before a capital may be a count or an address: "to 27 Mill Lane"; an ordinal is
    # a day: "Oct. 23rd to 27th  Half-term holiday")
    r"(?(ord)|(?!\s+[A-Z]))"
)
_ENDS_WITH_DAY = re.compile(r"\d(?:st|nd|rd|th)?$")
_OF_MONTH = re.compile(rf"\s+of\s+({'|'.join(EN_MONTHS)})\b", re.IGNORECASE)


def _until_ordinal(m: Mention, text: str) -> Mention:
    """`m` as the range it opens when an ordinal after it ends one ("5 March until the 9th"), or its
    last day alone after a date written month first ("Oct. 23rd to 27th")."""
    if m.form != "en" or (m.end_month, m.end_day) != (m.month, m.day) or m.year is not None:
        return m
    until = _UNTIL_THE.match(text, m.end)
    if until is None and _ENDS_WITH_DAY.search(m.text):
        until = _MONTH_FIRST_TO.match(text, m.end)
    if until is not None and (of := _OF_MONTH.match(text, until.end())) is not None:
        # "the 1st of April until the 30th of September": a range into the month named after its end
        month = EN_MONTHS[of.group(1).capitalize()]
        if month <= m.month or not valid_day(month, int(until.group("d")), None):
            return m
        return replace(m, end=of.end(), text=text[m.start : of.end()], end_month=month, end_day=int(until.group("d")))
    if until is None or not m.day < int(until.group("d")) <= _MONTH_DAYS[m.month] + (m.month == 2):
        return m
    return replace(m, end=until.end(), text=text[m.start : until.end()], end_day=int(until.group("d")))


def _zh_small(w: str) -> int | None:
    """一 … 三十一 → 1 … 31."""
    if "十" not in w:
        return _ZH_DIGIT.get(w) if len(w) == 1 else None
    tens, _, units = w.partition("十")
    t = _ZH_DIGIT.get(tens, 0) if tens else 1
    u = _ZH_DIGIT.get(units, 0) if units else 0
    return t * 10 + u if (not tens or tens in _ZH_DIGIT) and (not units or units in _ZH_DIGIT) else None


def _zh_numeral_mentions(text: str) -> list[Mention]:
    out = []
    for m in _ZH_NUMERAL_DATE.finditer(text):
        mo, d = _zh_small(m.group("m")), _zh_small(m.group("d"))
        y = int("".join(str(_ZH_DIGIT[c]) for c in m.group("y"))) if m.group("y") else None
        if mo is not None and d is not None and valid_day(mo, d, y):
            out.append(
                Mention(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(0),
                    month=mo,
                    day=d,
                    year=y,
                    end_month=mo,
                    end_day=d,
                    end_year=y,
                    form="zh",
                )
            )
    return out


# A month or weekday in capitals beside a day number ("FRIDAY 23 MAY", "ON 15 MARCH"): a heading's
# or a programme's, read as its title-case word (same length: the offsets hold).
_CAPS_NAMES = "|".join(w.upper() for w in (*EN_MONTHS, *WEEKDAYS))
# … and the word that joins two days in capitals ("SATURDAY 11 TO SUNDAY 19 JULY"), read in lower case.
_CAPS_JOINERS = ("TO", "UNTIL", "TILL", "THROUGH", "AND")  # (a tuple: the pattern the same in every run)
_CAPS_NAME = re.compile(
    rf"(?<=\d )(?:{_CAPS_NAMES}|(?P<joiner>{'|'.join(_CAPS_JOINERS)})(?= [A-Z\d]))\b|\b(?:{_CAPS_NAMES})(?=,? \d)"
)
# (first a test for the three capitals every such name starts with: most paragraphs have none;
# substring tests, which cost less than an alternation's walk over every place)
_CAPS_STARTS = tuple(sorted({w[:3].upper() for w in (*EN_MONTHS, *WEEKDAYS)}))


@lru_cache(maxsize=8192)
def _find_mentions(text: str) -> list[Mention]:
    if any(map(text.__contains__, _CAPS_STARTS)) and (titled := _CAPS_NAME.sub(_title, text)) != text:
        return [replace(m, text=text[m.start : m.end]) for m in _find_mentions(titled)]
    zh_numerals = "月" in text and _ZH_NUMERAL_DATE.search(text) is not None
    if not _has_digit(text) and not zh_numerals:
        return []
    out: list[Mention] = []
    for m in _pattern_matches(text):
        if out and m.start() < out[-1].end:
            continue  # ("… until the 30th of September": read as the end of the range before)
        mention = _build(m, text)
        if mention is not None:
            for x in _moved(mention, text):
                out.extend(_coordinated(_until_ordinal(_short_year(x, text), text), text))
    if "[" in text or "(" in text:
        out = _with_numeric_sources(out, text)
    if zh_numerals:
        taken = [(x.start, x.end) for x in out]
        out += [x for x in _zh_numeral_mentions(text) if not any(a < x.end and x.start < b for a, b in taken)]
        out.sort(key=lambda x: x.start)
    return _from_to_years(_between(out, text), text) if out else out


# "from 3 April 1967 to 31 March 1986", "del 3 de abril de 1967 al 31 de marzo de 1986", "с 3 апреля
# 1967 года по 31 марта 1986 года": two full dates, each with its year, one range.
_FROM_YEAR = re.compile(r"(?:\bfrom|\bdesde(?:\s+el)?|\bdel|(?<![а-яё])с)\s+$", re.IGNORECASE)
_TO_YEAR = re.compile(r"\s+(?:to|until|till|through|hasta(?:\s+el)?|al|по)\s+", re.IGNORECASE)


def _from_to_years(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.year is not None
            and b.year is not None
            and not a.is_range
            and not b.is_range
            and (a.year, a.month, a.day) < (b.year, b.month, b.day)
            and _FROM_YEAR.search(text, max(0, a.start - 12), a.start)
            and _TO_YEAR.fullmatch(text, a.end, b.start)
        ):
            out.append(
                replace(a, end=b.end, text=text[a.start : b.end], end_month=b.month, end_day=b.day, end_year=b.year)
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# "June 6th, '53", "6 June ’76": a year in two digits after an apostrophe.
_SHORT_YEAR = re.compile(r",?\s*['’](?P<yy>\d\d)\b(?![’'\d])")
SHORT_YEAR_PIVOT = 30  # '29 is 2029, '30 is 1930 (a two-digit year is read as the nearer century's, as strptime does)


def _short_year(m: Mention, text: str) -> Mention:
    """`m` with the two-digit year written after it, if one is."""
    if m.year is not None or (m.end_month, m.end_day) != (m.month, m.day) or ("'" not in text and "’" not in text):
        return m
    short = _SHORT_YEAR.match(text, m.end)
    if short is None:
        return m
    yy = int(short.group("yy"))
    year = 2000 + yy if yy < SHORT_YEAR_PIVOT else 1900 + yy
    return replace(m, end=short.end(), text=text[m.start : short.end()], year=year, end_year=year)


# A cutting's source in brackets dated in figures, day first: "[Echo, 26.1.90]", "(Gazette, 3.11.1987)".
_NUMERIC_SOURCE = re.compile(
    r"[\[(][^\])\d]{2,40},\s*(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>\d{4}|\d\d)\s*[\])]"
)


def _with_numeric_sources(out: list[Mention], text: str) -> list[Mention]:
    found = []
    for m in _NUMERIC_SOURCE.finditer(text):
        yy = int(m.group("y"))
        year = yy if yy >= 100 else 2000 + yy if yy < SHORT_YEAR_PIVOT else 1900 + yy
        day, month = int(m.group("d")), int(m.group("m"))
        if not valid_day(month, day, year) or any(x.start < m.end("y") and m.start("d") < x.end for x in out):
            continue
        found.append(
            Mention(start=m.start("d"), end=m.end("y"), text=text[m.start("d") : m.end("y")], month=month, day=day,
                    year=year, end_month=month, end_day=day, end_year=year)
        )  # fmt: skip
    return sorted([*out, *found], key=lambda x: x.start) if found else out


def _title(m: re.Match[str]) -> str:
    return m.group(0).lower() if m.group("joiner") else m.group(0).title()


# ((?=…) on both: the first letters of between / entre / между, a cheap test at each place; same matches)
_BETWEEN = re.compile(r"(?=[beм])(?:\bbetween|\bentre(?:\s+el)?|(?<![а-яё])между)\s+$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\s+(?:and|y(?:\s+el)?|и)\s+$", re.IGNORECASE)


# "entre el 10 y el 12 de febrero": the first day written alone, before the conjunction.
_BETWEEN_DAY = re.compile(
    r"(?=[beм])(?:\bbetween|\bentre(?:\s+el)?|(?<![а-яё])между)\s+(?P<d>3[01]|[12]\d|0?[1-9])\s+(?:and|y(?:\s+el)?|и)\s+$",
    re.IGNORECASE,
)


def _has_between_word(text: str) -> bool:
    """Whether `_BETWEEN` and `_BETWEEN_DAY` may match: in ASCII text, only where one of their words
    is in its lower case (what their case-blind test finds); other text is searched as before."""
    if not text.isascii():
        return True
    low = text.lower()
    return "between" in low or "entre" in low


def _between(found: list[Mention], text: str) -> list[Mention]:
    """ "between 1 April and 30 September", "entre el 6 de agosto y el 13 de octubre", "between 10
    and 12 February", "entre el 10 y el 12 de febrero": one range."""
    if not _has_between_word(text):
        return found  # every change below needs one of the words (most paragraphs have none)
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        pair = b is not None and (a.start, a.end) == (b.start, b.end)
        if (
            pair
            and b is not None
            and (i + 2 == len(found) or found[i + 2].start != a.start)
            and (a.month, a.day) < (b.month, b.day)
            and _BETWEEN.search(text, max(0, a.start - 12), a.start)
        ):
            # two coordinated days ("between 10 and 12 February"): a range
            out.append(replace(a, end_month=b.month, end_day=b.day, end_year=b.year, weekday=None))
            i += 2
            continue
        if not a.is_range and (alone := _BETWEEN_DAY.search(text, max(0, a.start - 30), a.start)):
            first = int(alone.group("d"))
            if first < a.day:
                start = alone.start("d")
                out.append(replace(a, start=start, text=text[start : a.end], day=first, end_day=a.day, weekday=None))
                i += 1
                continue
        if (
            b is not None
            and not a.is_range
            and not b.is_range
            and _BETWEEN.search(text, max(0, a.start - 12), a.start)
            and _BETWEEN_AND.fullmatch(text, a.end, b.start)
        ):
            y2 = b.year if b.year is not None else a.year
            y1 = a.year if a.year is not None else (None if y2 is None else y2 - ((b.month, b.day) < (a.month, a.day)))
            phrase = text[a.start : b.end]
            out.append(replace(a, end=b.end, text=phrase, year=y1, end_month=b.month, end_day=b.day, end_year=y2))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# "lead the procession on the 19th.", "On the afternoon of the 13th the forecast changed": a day of
# the month the text has just named. Only before punctuation or a word that cannot be the noun the
# ordinal counts ("the 19th century", "the 13th floor", "the 5th anniversary"). (?=t) first: a cheap
# test at each place before the rest is tried (same matches).
_BARE_ORDINAL = re.compile(
    r"(?=t)\bthe\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+\((?!\d)|\s+(?:the|a|an|at|and|when|we|i|it|he|she|they|in|on|to|with|but|as|our|his|her|their"
    r"|if|unless|or|after|before|until|till|will|would|was|were|is|this|falls|fell|by|for|from|instead|last|there"
    r"|because|owing|must|should|can|could|may|might|are|have|has|had|again|only)\b"
    r"|\s+of\s+(?:that|this|the)\s+(?:same\s+)?month\b|\s+of\s+(?:that|this|last|next)\s+[A-Z][a-z]+\b)",
    re.IGNORECASE,
)
# "on the 14th runs from six", "by the 21st eleven farms were closed": after a preposition of time,
# an ordinal followed by any lower-case word but the things ordinals count ("on the 5th floor").
_ORDINAL_HEADS = (
    "century|centuries|anniversary|birthday|jubilee|times?|years?|days?|weeks?|months?|hours?|minutes?|seconds?"
    "|floor|storey|place|row|round|lap|hole|tee|mile|miles|yard|yards|metres?|kilometres?|inch|grade|form|class"
    "|edition|issue|volume|chapter|page|line|verse|item|point|rule|article|section|clause|note|number|series"
    "|season|stage|term|session|congress|amendment|generation|division|battalion|regiment|army|fleet|squadron"
    "|brigade|company|dynasty|degree|largest|biggest|oldest|youngest|highest|lowest|longest|shortest|fastest"
    "|most|least|best|worst|consecutive|successive|straight|annual|man|men|woman|women|person|member|child"
    "|son|daughter|grandchild|wife|husband|earl|duke|king|queen|baron|pope|pick|choice|seed|gear|string|fret"
    "|time's|one|ones|of"
)
_CUED_ORDINAL = re.compile(
    # (?=…): "the" and a digit, tested first: most places fail it, and the lookbehinds are not tried (same matches)
    r"(?=the\s+\d)"
    # ("Phyllis's diary for the 3rd reads: …")
    r"(?:(?<=\bon )|(?<=\bby )|(?<=\buntil )|(?<=\btill )|(?<=\bsince )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )"
    r"|(?<=\bfor )"
    # ("worked through the night and into the 17th helping", "Spent the 26th picking slates")
    r"|(?<=\binto )|(?<=\bthrough )|(?<=\bspent )|(?<=\bspend )"
    # ("by two of the clock on the morning of the 27th not a roof … was whole")
    r"|(?<=\bmorning of )|(?<=\bafternoon of )|(?<=\bevening of )|(?<=\bnight of )"
    # (or its weekday: "had by Sunday the 10th closed every road")
    + "".join(rf"|(?<=\b{w} )" for w in WEEKDAYS)
    + ")"
    rf"the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s+(?!(?:{_ORDINAL_HEADS})\b)(?-i:[a-z]))",
    re.IGNORECASE,
)
# "the 24th and 25th of that January": the month named after the days.
_OF_THAT_MONTH = re.compile(r"(?:\s+and\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th))?\s+of\s+(?:that|this|last|next)\s+")
# A promise between a date and a bare day after it in its sentence: the day is still to come.
# (a promise only: "will be … by the 14th" of "Saturday 17 March" is a deadline before it, "planned for the 16th" a
# plan dated before)
_PROMISED_AHEAD = re.compile(r"\b(?:promised|promises|promising)\b", re.IGNORECASE)
_OF_THE_SAME_MONTH = re.compile(r"\s+of\s+the\s+same\s+month\b", re.IGNORECASE)
OF_RELATIVE_MONTH = re.compile(r"\s+of\s+(last|next|this)\s+month\b", re.IGNORECASE)


def of_relative_month(text: str, end: int) -> re.Match[str] | None:
    """`OF_RELATIVE_MONTH` after the ordinal ending at `end`, or after the days listed with it ("on the
    21st and 22nd of this month")."""
    while (more := _AND_ORDINAL.match(text, end)) is not None:
        end = more.end()
    return OF_RELATIVE_MONTH.match(text, end)


# "… on 11 March, and the first payments reached householders the following month, on the 18th": the
# month after the one named (or before it: "the month before, on the 3rd")
_MONTH_STEP_BEFORE = re.compile(
    r"\b(?:(?:the|a)\s+(?P<on>following|next|previous|preceding)\s+month|a\s+month\s+(?P<later>later|earlier|before)"
    r"|the\s+month\s+(?P<after>after|before))\s*,?\s*(?:on\s+)?$",
    re.IGNORECASE,
)


_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
# The same in ASCII text, whose only `\d` characters are 0-9: a class the engine scans for fast.
_ASCII_ORDINAL_DIGITS = re.compile(r"[0-9](?:st|nd|rd|th)\b")


MONTH_WORD = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)})\b")


_MONTH_AND_YEAR = re.compile(rf"\b(?:in|of|during)\s+(?P<m>{MONTH_WORD.pattern})\s+(?P<y>{_YEAR})")


def month_and_year_after(text: str, pos: int) -> tuple[int, int] | None:
    """The month and year the rest of a sentence names with no day ("…," she wrote in January 1948)."""
    stop = _SENTENCE_END.search(text, pos)
    dated = _MONTH_AND_YEAR.search(text, pos, stop.start() if stop else len(text))
    return (EN_MONTHS[dated.group("m")], int(dated.group("y"))) if dated else None


def _month_dated_after(text: str, m: re.Match[str], weekday: int) -> int | None:
    """The month a weekday's bare ordinal's own sentence names after it with a year and no day ("she
    wrote in January 1948"), when that month's day of that year falls on the weekday."""
    dated = month_and_year_after(text, m.end())
    return dated[0] if dated and is_weekday(weekday, dated[0], int(m.group("d")), dated[1]) else None


def _last_month_name(text: str, start: int, end: int) -> int | None:
    """The month of the last English month name (capitalised, in full) in text[start:end], or
    January for a "new year" after it ("With the new year the weather turned. The thaw set in on
    the 2nd")."""
    last = last_match(MONTH_WORD.finditer(text, start, end))
    if _NEW_YEAR.search(text, last.end() if last is not None else start, end):
        return 1
    return EN_MONTHS[last.group(0)] if last is not None else None


# "at the end of March", "by the end of March": the month's last days
_END_OF = re.compile(r"\bend\s+of\s+$", re.IGNORECASE)
MONTH_END_FROM = 21  # the first day that may still be a month's "end"


def _after_the_end_of(text: str, month: int, at: int) -> bool:
    """Whether the last name of `month` before `at` follows "the end of"."""
    last = last_match(x for x in MONTH_WORD.finditer(text, 0, at) if EN_MONTHS[x.group(0)] == month)
    return last is not None and _END_OF.search(text, max(0, last.start() - 12), last.start()) is not None


# "The March working party, held over from 25 February because of snow, is now on Saturday the 11th":
# a month naming the sentence's subject, before the date it was moved from.
_TOPIC_MONTH = re.compile(rf"(?:The|This|Our|Next|Its)\s+(?P<month>{'|'.join(MONTH_NAMES)})\s+(?-i:[a-z])")


def _topic_month(text: str, last_date: int, at: int) -> int | None:
    """The month of `_TOPIC_MONTH` opening the sentence that holds both the last date and the bare
    ordinal at `at`, before that date."""
    start, _ = sentence_at(sentences(text), at)
    if start > last_date:
        return None
    topic = _TOPIC_MONTH.match(text, start)
    return EN_MONTHS[topic.group("month")] if topic is not None and topic.end() <= last_date else None


def month_named_since_the_last_date(text: str, found: Sequence[Mention], m: Mention) -> bool:
    """Whether the month of a bare ordinal is the one its paragraph names on its own after the last date
    before it ("One letter, postmarked in July, says: "… On Sunday the 13th …"")."""
    start = max((x.end for x in found if x.end <= m.start), default=0)
    return _last_month_name(text, start, m.start) == m.month


def last_month_named(text: str, start: int) -> int | None:
    """The month a paragraph names last after `start` without a day ("In the first days of August
    1958 she wrote to her sister:"): what a bare ordinal in the next paragraph is a day of."""
    return _last_month_name(text, start, len(text))


_NEW_YEAR = re.compile(r"\b(?:with|in|after|into)\s+the\s+new\s+year\b", re.IGNORECASE)


# "on the night of Thursday the 7th", "on the Tuesday, the 10th", "visible since the 10th": a day
# before the one last named (a day of the same month all the same: its weekday or "since" says so).
# (the weekday may name its week: "the birthday tea will be on the Friday of that week, the 12th")
_BACK_CUE = re.compile(
    rf"(?:\b(?P<wd>{_alt(list(WEEKDAYS))})(?:\s+of\s+(?:that|this|the\s+same|the\s+following|next)\s+week)?,?"
    r"|\bsince)\s+$",
    re.IGNORECASE,
)
# ("by the 11th", "by the evening of the 14th": the part of the day between)
_BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+(?:morning|afternoon|evening|night|end)\s+of\s+)?$", re.IGNORECASE)
BY_DEADLINE_REACH = 30  # how far before the ordinal its "by" may stand
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
# "the week before, on the 26th", "the Thursday before, on the 31st": a day counted back from the one named
# (the resolver reads it too: its year is that day's)
WEEK_BEFORE = re.compile(
    rf"\bthe\s+(?:week|night|day|{_alt(list(WEEKDAYS))})\s+before,?\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE
)
# "A week earlier, on the 17th", "two days before, on the 5th": a day counted back from the one named.
_EARLIER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?|nights?)\s+(?:earlier|before),?\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "A week later he wrote: "16th. …"", "Two days later, on the 11th": a count on from the day carried.
_LATER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+later\b", re.IGNORECASE)


def _counted_on(text: str, pos: int, days: int) -> bool:
    """Whether "N days/weeks later" in the sentence before `pos`, close to it, counts `days` days."""
    if days <= 0:
        return False
    cue = None
    for found in _LATER.finditer(text, max(0, pos - 40), pos):
        cue = found  # (the last before the day)
    if cue is None or _SENTENCE_END.search(text, cue.end(), pos):
        return False
    n = number_word(cue.group("n").lower()) if cue.group("n").lower() not in ("a",) else 1
    return n is not None and n * (7 if cue.group("unit").lower().startswith("week") else 1) == days


# "… closes on the 10th, four days before the first demonstration": a count back from a day named
_FEW_DAYS = r"(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?"  # "two days", "a day", "3 days"
_DAYS_BEFORE_AFTER = re.compile(rf",?\s+{_FEW_DAYS}\s+before\b", re.I)
NEXT_DAYS = 2  # a bare ordinal this close before a date named after it in one sentence is of its month
AHEAD_DAYS = 7  # a bare ordinal this close before a day named after it, in one sentence, is of its month
# What a deadline before an event asks of the reader: to book, enter, pay, send.
_BOOKING = re.compile(
    r"\b(?:book\w*|regist\w*|entr(?:y|ies)|enter|apply|applications?|tickets?|pay\w*|paid|send|sent|submit\w*"
    r"|renew\w*|return\w*|reserv\w*|sign\s+up|must|should|please|deadline|due)\b",
    re.IGNORECASE,
)


def _sentence_before(text: str, pos: int) -> str:
    """The words of `pos`'s sentence before it."""
    cut = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    return text[cut + 1 : pos]


_SENTENCE_END = re.compile(r"[.!?]\s")
# English past tenses, for a bare day told in an account: was, had, an irregular past, or an -ed form
# not a passive's or an infinitive's ("are invited", "can be arranged")
_EN_PAST = re.compile(r"\b(?:was|were|had|did|came|went|took|began|broke|rose|fell|stood|[a-z]{3,}ed)\b(?<!\bneed)")
_EN_NOT_PAST_BEFORE = re.compile(r"\b(?:is|are|be|been|being|will|to)\s+$")
_EN_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|tomorrow|next)\b|['’]ll\b", re.I)
_YEAR_WRITTEN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _told_past_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence at `start` tells the past in English (a past verb, no future
    cue), with no year written before the day in it (\"Back to 1960 — … again on the 14th\": its own time)."""
    cut, stop = sentence_at(sentences(text), start)
    sentence = text[cut:stop]
    if _EN_FUTURE.search(sentence) or _YEAR_WRITTEN.search(text, cut, start):
        return False
    return any(not _EN_NOT_PAST_BEFORE.search(sentence, 0, v.start()) for v in _EN_PAST.finditer(sentence))


# (its last day's weekday may stand before it: "from Tuesday the 2nd to Friday the 5th")
_ORDINAL_TO = re.compile(
    rf"\s+(?:to|until|till|through)\s+(?:(?:{_alt(list(WEEKDAYS))}),?\s+)?the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b",
    re.I,
)
_AND_ORDINAL = re.compile(r"(?:\s+(?:and|&|or)|\s*,)\s+(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b")


# "на следующий день, 20-го" (not "20-го века"), "14日晚在虹湾着陆", "即15日凌晨", "hasta el día 22": a
# day alone, of the month last named before it.
# (and one a date is moved or set to, "Реванш назначен на 18-е", "перенесли на 20-е число"; not "на 1-е место")
# (and one something is due by: "домой я вернусь к 12-му")
# (and a diary's entry headed by its weekday: «Среда, 12-е. На втором уроке …»)
_RU_WEEKDAY_NAMES = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
# A record's page for a day ("la página del 27", "Страницу за 23-е"): the words before its bare day.
_ES_PAGE_WORDS = ("página", "hoja")
_RU_PAGE_WORDS = ("страница", "страницу", "страницы", "страницей", "лист", "листок")
_PAGE_BEFORE = re.compile(
    rf"(?:{'|'.join(_ES_PAGE_WORDS)})\s+del\s+$|(?<![а-яё])(?:{'|'.join(_RU_PAGE_WORDS)})\s+за\s+$", re.IGNORECASE
)
PAGE_WORDS_CHARS = 16  # how far before its day a page's words stand ("Страницу за 23-е")


def on_a_page(text: str, start: int) -> bool:
    """Whether the bare day at `start` is a record's page for a day ("la página del 27", "Страницу за 23-е")."""
    return _PAGE_BEFORE.search(text, max(0, start - PAGE_WORDS_CHARS), start) is not None


_RU_BARE_DAY = re.compile(
    r"(?<![\w-])(?:(?=\d{1,2}-го)|(?<=на\s)|(?<=На\s)|(?<=\bк\s)(?=\d{1,2}-му)"
    + "".join(rf"|(?<=(?i:{w}), )(?=\d{{1,2}}-е\b)" for w in _RU_WEEKDAY_NAMES)
    # (a record's page for a day: "Страницу за 23-е перепишу от руки")
    + "".join(rf"|(?<=(?i:{w}) за )(?=\d{{1,2}}-е\b)" for w in _RU_PAGE_WORDS)
    + r")(?P<d>3[01]|[12]\d|0?[1-9])-(?:го|е|му)\b"
    r"(?!\s+(?:век|год|тысяч|мест|издани|класс|сезон|тур|этаж|ряд|курс|полугоди|квартал|лет))"
)
# ("el viernes día 21": with its weekday)
_ES_BARE_DAY = re.compile(
    rf"(?:\b(?:el|del|al)\s+(?:(?P<wd>{'|'.join(_ES_WEEKDAYS)}),?\s+)?día\s+"
    # (a record's page for a day: «Que nadie toque la página del 27»)
    + "".join(rf"|(?<=(?i:{w}) del )" for w in _ES_PAGE_WORDS)
    + r")(?P<d>3[01]|[12]\d|0?[1-9])\b"
    # ("el día 3 del mes siguiente": of the month after the one just named)
    r"(?:\s+del\s+mes\s+(?P<step>siguiente|pr[óo]ximo|anterior|pasado)\b"
    # (a month named after it is its own, unless it is the one just named: "el día 31 de ese mismo mes")
    r"|(?!\s*(?:de|del)\s(?!\s*(?:ese|aquel)\s+(?:mismo\s+)?mes\b)))",
    re.IGNORECASE,
)
# "A la mañana siguiente, el 14, salieron …", "trabajaron hasta el 16", "El sábado 14 y el domingo
# 15 habrá misa": a number after "el", of the month last named (not "el 30 por ciento", "el 14:00").
_ES_WD = "|".join(_ES_WEEKDAYS)
# ("El domingo 27 de madrugada, …": a part of the day after "de", not a month)
_ES_NOT_PART_OF_DAY = r"(?!\s+(?:la\s+)?(?:madrugada|mañana|tarde|noche)\b)"
_ES_BARE_NUMBER = re.compile(
    # (an article, a weekday or "día" first: "el 12", "el lunes 10", "Jueves día 5", "El día 8")
    rf"\b(?=(?:el|del|al|{_ES_WD}|d[íi]a)\b)(?:(?:el|del|al)\s+)?(?P<next>próximo\s+)?(?:(?P<wd>{_ES_WD})\s+)?"
    rf"(?P<dia>d[íi]a\s+)?(?P<d>3[01]|[12]\d|0?[1-9])\b"
    rf"(?:\s+y\s+(?:el\s+)?(?P<wd2>{_ES_WD})\s+(?P<d2>3[01]|[12]\d|0?[1-9])\b)?"
    rf"(?!\s*(?:de\b{_ES_NOT_PART_OF_DAY}|del\b|%|por\b(?!\s+la\b)|años|horas|h\b|[:.,]\d|\d|[a-záéíóúñ]+mente\b|veces|aniversario|edici|[ºª°]"
    r"|\.[ºª]|(?:y|al|a)\s+(?:el\s+)?\d))",
    re.IGNORECASE,
)
# "los días 4 y 5", "los días 2, 3 y 4": days named by their numbers alone (the groups `_ES_BARE_NUMBER`
# has; those it cannot have never match)
_ES_DAYS_PAIR = re.compile(
    r"\blos\s+(?P<next>(?!))?(?P<wd>(?!))?(?P<dia>d[íi]as\s+)(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?P<mid>(?:,\s*(?:3[01]|[12]\d|0?[1-9]))*)\s+y\s+(?P<wd2>(?!))?"
    r"(?P<d2>3[01]|[12]\d|0?[1-9])\b(?!\s*(?:de\b|del\b|%|horas|h\b|[:.,]\d|\d))",
    re.IGNORECASE,
)
# "Cuatro días después del avistamiento, el 29": a day counted from one told, named by its number alone
_ES_COUNTED = r"\b(?:d[íi]as|semanas?)\s+(?:después|antes|más\s+tarde)\b[^.;]{0,40},\s*"
_ES_COUNTED_BEFORE = re.compile(rf"{_ES_COUNTED}(?:el\s+)?$", re.IGNORECASE)
# A Spanish day named as one with no month ("el día 8", "el lunes 10", that counted one): read with the
# month carried over.
_ES_DAY_NAMED = re.compile(
    rf"\b(?:d[íi]a|{_ES_WD})\s+(?:3[01]|[12]\d|0?[1-9])\b(?!\s+de\b(?!\s+(?:aquel|ese)\s+(?:mismo\s+)?mes\b){_ES_NOT_PART_OF_DAY})"
    rf"|{_ES_COUNTED}el\s+(?:3[01]|[12]\d|0?[1-9]),",
    re.IGNORECASE,
)
# "el día 1 de aquel mes": the month just told, whichever its day
_ES_OF_THAT_MONTH = re.compile(r"\s+de\s+(?:aquel|ese)\s+(?:mismo\s+)?mes\b", re.IGNORECASE)
_ES_DEADLINE = re.compile(r"\b(?:hasta|antes\s+del?)\s+$", re.IGNORECASE)
# ("до 15-го", or with the day's weekday: "до пятницы, 4-го")
_RU_DEADLINE = re.compile(rf"(?<![а-яё])до\s+(?:(?:{_RU_WEEKDAY_WORD}),?\s+)?$", re.IGNORECASE)
_ES_BOOKING = re.compile(r"\b(?:inscrip\w*|inscrib\w*|plazas|reserv\w*|entrad\w*|pago|pagar|solicitud\w*)\b", re.I)
# The same, Spanish or Russian ("Заявки на конкурс … принимаются до 15-го").
_BOOKING_ANY = re.compile(
    rf"{_ES_BOOKING.pattern}|(?<![а-яё])(?:заявк\w*|принима\w*|регистрац\w*|запис\w*|билет\w*)", re.IGNORECASE
)
_ZH_BARE_DAY = re.compile(
    # (not a count of days, "为期3日", "连续5日", "3日游", "7日内", nor a house number, "青溪路18号")
    r"(?<![\d月日年期续时计共近约达每第数几路街巷道弄楼室村])(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
    r"(?=[\u4e00-\u9fff，、。；]|\d{1,2}[时点])(?![内游间之以余多左来后])"
)  # (or its hour: "12日14时32分，开闸")
# A month named alone ("8月下旬", "8月初"): the month of the days that follow it.
# ("那年5月", "1965年3月的日记" too)
_ZH_MONTH_ALONE = re.compile(r"(?<!\d)(?P<m>1[0-2]|0?[1-9])月(?![\d份])")
_ZH_SIGN_UP = re.compile(r"报名|预约|订票|购票|申请|登记")
ZH_NEXT_DAYS = 2  # a day alone this soon after the paragraph before's last date ("到了3日凌晨") is of its month


# A month named by its adjective ("в ноябрьских записях", "майские праздники"): the days after it are its.
_RU_MONTH_ADJECTIVE = re.compile(
    r"(?<![а-яё])(январ|феврал|мартовск|апрел|майск|июньск|июльск|августовск|сентябр|октябр|ноябр|декабр)"
    r"(?:ьск|ск)?(?:ий|ая|ое|ие|ого|ой|ых|их|ым|им|ими|ыми|ую|ом|ему|ому)\b",
    re.IGNORECASE,
)
_RU_ADJECTIVE_MONTHS: tuple[str, ...] = (
    "январ",
    "феврал",
    "мартовск",
    "апрел",
    "майск",
    "июньск",
    "июльск",
    "августовск",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)


def _ru_month_adjective(text: str, start: int, end: int) -> int | None:
    """The month of the last month adjective between `start` and `end` ("в ноябрьских записях"), or of
    the last month named alone ("в марте следующего года, 19-го и 20-го", "записи того августа"), if any."""
    month, at = None, -1
    for m in _RU_MONTH_ADJECTIVE.finditer(text, start, end):
        month, at = _RU_ADJECTIVE_MONTHS.index(m.group(1).lower()) + 1, m.start()
    for m in _RU_IN_MONTH.finditer(text, start, end):
        if m.start() > at:
            month, at = _RU_IN_MONTHS.index(m.group(1).lower()) + 1, m.start()
    for m in _RU_THAT_MONTH.finditer(text, start, end):
        if m.start() > at:
            month, at = RU_MONTHS[m.group(1).lower()], m.start()
    return month


# "в марте", "в сентябре": a month named alone, in the prepositional case.
_RU_IN_MONTHS = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                 "ноябре", "декабре")  # fmt: skip
_RU_IN_MONTH = re.compile(rf"(?<![а-яё])в\s+({'|'.join(_RU_IN_MONTHS)})(?![а-яё])", re.IGNORECASE)
# "записи того августа": that month, named alone in the genitive (the account's, told before).
_RU_THAT_MONTH = re.compile(rf"(?<![а-яё])(?:того|этого)\s+(?:же\s+)?({_RU_MON})(?![а-яё])", re.IGNORECASE)


# "Floods on 9 June were the worst since", "the worst wind here since the night of": what a record is
# counted from, right before its year or date (a time of its own, not the news's).
# "the letter of the 10th", "open at the page for the 15th": a record of a day the text named before
# (its heading), not a day of the month named last.
RECORD_OF = re.compile(
    # (or the day it was written: "The last line in his diary, written on the 31st")
    r"\b(?:letter|page|entry|diary|notebook|postcard|note|telegram|cable|log),?\s+(?:(?:written|sent)\s+on|of|for|dated)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
RECORD_SINCE = re.compile(
    r"\b(?:first|last|only|best|worst|[a-z]{2,}est|most|least)\b[^.;:!?]{0,60}\bsince\s+(?:the\s+\w+\s+of\s+)?$",
    re.IGNORECASE,
)
_ZH_PART_OF_MONTH = {"中旬": 11, "下旬": 21}  # where the middle and the last third of a month begin


def _zh_month_alone(text: str, start: int, end: int, day: int = 0) -> int | None:
    """The last month named without a day between `start` and `end` ("8月下旬"), if any; the month
    after it when `day` comes before the part of it named ("原定9月下旬开幕…改在8日开幕": October's)."""
    alone = None
    for m in _ZH_MONTH_ALONE.finditer(text, start, end):
        alone = int(m.group("m"))
        if day and day < _ZH_PART_OF_MONTH.get(text[m.end() : m.end() + 2], 0):
            alone = alone % 12 + 1
    return alone


ES_DAYS_BACK = 7  # a Spanish "el día N" a paragraph after a later day of the month may go back this far
# Russian words of something still to come, promised or meant ("обещают показать", "вернусь", "будет")
_CLAUSE_STOP = re.compile(r"[,.;:!?»“”\"]")


def _clause_after(text: str, pos: int) -> int:
    """Where the clause that goes on at `pos` ends (its next punctuation, else the text's end)."""
    stop = _CLAUSE_STOP.search(text, pos)
    return stop.start() if stop else len(text)


_RU_PROMISED = re.compile(
    r"(?<![а-яё])(?:обеща\w*|буд(?:у|ем|ете|ет|ут)(?![а-яё])|верн[уё]\w*|приед[уе]\w*|собира\w*|планиру\w*|уезжа\w*|уед[уе]\w*)",
    re.I,
)
_YESTERDAY_BEFORE = re.compile(r"(?:вчера|ayer|昨天)[,，]?\s*(?:el\s+(?:día\s+)?)?$", re.IGNORECASE)


def _bare_days_of_other_scripts(
    text: str, found: list[Mention], carried: tuple[int, int] | None, named_days: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    out: list[Mention] = []
    for rx, form in ((_RU_BARE_DAY, "ru"), (_ZH_BARE_DAY, "zh"), (_ES_BARE_DAY, "es")):
        if (
            (form == "ru" and "-го" not in text and "-е" not in text and "-му" not in text)
            or (form == "zh" and "月" not in text and carried is None)
            or (form == "es" and "día" not in text and "del " not in text)
        ):
            continue
        for m in rx.finditer(text):
            if any(x.start <= m.start() < x.end for x in found):
                continue  # a list's next day ("8月12日、13日"): already read with the list
            before = [x for x in found if x.end <= m.start()]
            if (
                form in ("es", "zh")
                and out
                and out[-1].form == form
                and out[-1].end <= m.start()
                and (not before or before[-1].end < out[-1].end)
            ):
                # («El día 18 … escribió: «Desde el día 10 …»»: a Spanish day alone after another in
                # its paragraph counts from that one; so a Chinese one: “12日，星期四，晴。…15日，星期日，…”)
                before.append(out[-1])
            day = int(m.group("d"))
            since = before[-1].end if before else 0
            alone = (
                _zh_month_alone(text, since, m.start(), day)
                if form == "zh"
                else _ru_month_adjective(text, since, m.start())
                if form == "ru"
                else _es_month_alone(text, since, m.start())
            )
            again = [mo for mo, d in named_days if d == day] if form == "zh" and not before and not alone else []
            if again and not (carried and 0 <= day - carried[1] <= ZH_NEXT_DAYS):
                # "将于本月29日（星期六）组织第一批镇民…" / "第一批参观团29日早上六点半…集合": the day named before
                alone = again[-1]
            if form == "zh" and not before and not alone and not (carried and 0 <= day - carried[1] <= ZH_NEXT_DAYS):
                continue  # (a Chinese day alone, only after a month in its own paragraph, or the same or next day)
            last = (before[-1].end_month, before[-1].end_day) if before else carried
            if (step := m.groupdict().get("step")) and last is not None:
                back = step.lower() in ("anterior", "pasado")
                last = ((last[0] - 2) % 12 + 1 if back else last[0] % 12 + 1, 0)  # "el día 3 del mes siguiente"
            if alone:
                # "8月下旬，…，28日和29日两天"; "那年5月的工作笔记中写道：“17日，…"; "в ноябрьских записях …
                # «19-го — первая общая репетиция"
                last = (alone, 0)
            # ("La víspera, el día 10", "hasta el día 21": a Spanish "día" after its month's date in the
            # same paragraph may be earlier in it)
            # (or a paragraph on, a few days before: "… el 24 de julio de 1911." / "Bingham había salido …
            # El día 23 acampó …"; further back, it may be the next month's: "del 26 al 31 de julio" / "el día 3")
            earlier = (
                last is not None and form == "es" and day != last[1] and (bool(before) or last[1] - day <= ES_DAYS_BACK)
            )
            # (or a day inside the range just named: "с 17 по 28 декабря … принимаются до 27-го")
            earlier = earlier or (bool(before) and _inside_range(before[-1], day))
            # (a Chinese day named again, as an account goes on: "1987年5月6日，… “6日下午我们在山上…”")
            # (or a Spanish or Russian one: "los días 11 y 12 de octubre, y el día 12, a mediodía", "19 апреля
            # 1971 года … В тот же день, 19-го"; a Chinese one a paragraph on: "当年4月28日，…" / "“28日，签了！")
            earlier = earlier or (form in ("es", "ru") and last is not None and bool(before) and day == last[1] > 0)
            earlier = earlier or (form == "zh" and last is not None and day == last[1] > 0)
            # (or a diary's days quoted up to the day named before: "10 июля 1960 года … «6-го наши
            # разгромили чехов …, 9-го ходили … на стадион, а 10-го весь клуб сидел у приёмника»")
            quoted_run = form == "ru" and not before and last is not None and _quoted_run_up_to(text, rx, m, last[1])
            earlier = earlier or quoted_run
            # (or a run of days up to the one carried: «El día 27 salimos … y el día 28 por la mañana ya
            # estábamos en los Campos Elíseos» after "aquel 28 de julio de 1991")
            earlier = earlier or (
                last is not None and bool(out) and out[-1].form == form and out[-1].day < day == last[1]
            )
            # ("La programación comenzó el martes, día 6": a day named with its weekday may be earlier)
            earlier = earlier or (form == "es" and bool(m.groupdict().get("wd")))
            # (or one of the month just told, whichever its day: "… el 25 de septiembre de 1513." / "La
            # expedición había salido … el día 1 de aquel mes")
            earlier = earlier or (form == "es" and _ES_OF_THAT_MONTH.match(text, m.end()) is not None)
            # (and a Russian one with its weekday, the day a range a paragraph before ends on: "С 10 по 13
            # сентября …" / "Финал — в воскресенье, 13-го")
            # (or yesterday's, told in a letter: "«Артек, 12 июля. … Вчера, 11-го, ходили в поход»")
            earlier = earlier or (
                last is not None
                and day == last[1] - 1
                and _YESTERDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            )
            ru_weekday = _RU_WEEKDAY_BEFORE.search(text, max(0, m.start() - 24), m.start()) if form == "ru" else None
            ru_day_of_week = _RU_WEEKDAYS[ru_weekday.group(1).lower()[:4]] if ru_weekday is not None else None
            earlier = earlier or (ru_weekday is not None and last is not None and day == last[1] > 0)
            deadline = (form == "es" and _ES_DEADLINE.search(text, max(0, m.start() - 8), m.start()) is not None) or (
                form == "ru" and _RU_DEADLINE.search(text, max(0, m.start() - 20), m.start()) is not None
            )
            # ("Las inscripciones se reciben … hasta el día 9" after the week's days: before them; so
            # "Заявки … принимаются до 15-го" after "23 и 24 апреля")
            # (a Russian booking word in the day's own sentence: "Первая запись: «… Буду слушать каждый вечер
            # до 1-го»" is a diary's entry, not a booking's, and its "до" runs on)
            sentence_end = last_match(_SENTENCE_END.finditer(text, 0, m.start())) if form == "ru" else None
            booking_from = sentence_end.end() if sentence_end is not None else 0
            earlier = earlier or (
                deadline and (not before or form == "ru") and _BOOKING_ANY.search(text, booking_from) is not None
            )
            if (
                form == "ru"
                and last is not None
                and before
                and day < last[1]
                and not earlier
                # (its verb before it or in its clause after it: "а 2-го уже уезжаю домой")
                and _RU_PROMISED.search(text, before[-1].end, _clause_after(text, m.end()))
            ):
                # «Суббота, 30 сентября. … Кинохронику обещают показать 5-го, а домой я вернусь к 12-му»: a
                # day still to come, before the one the letter is dated: the next month's
                last = (last[0] % 12 + 1, 0)
            # (the day told last before it, in this paragraph: a date's or a bare day's just read)
            told = max((x for x in [*before, *out] if x.end <= m.start()), key=lambda x: x.start, default=None)
            if ru_day_of_week is not None and told is not None and told.weekday is not None:
                # a diary's next entry, its weekday counted on from the one before: past the month's end
                # («Суббота, 31 мая. … Воскресенье, 1-е.», «Среда, 31-е. … в четверг, 1-го»), or later in
                # that entry's month («Воскресенье, 1-е. … Среда, 4-е»)
                then = (told.end_month, told.end_day)
                if day < then[1] and _weekdays_turn_the_month(then, told.weekday, day, ru_day_of_week):
                    last = (then[0] % 12 + 1, 0)
                elif _days_on(then[1], told.weekday, day, ru_day_of_week):
                    last = (then[0], 0)
            if on_a_page(text, m.start()) and (
                told_days := [mo for mo, d in [*named_days, *((b.month, b.day) for b in before)] if d == day]
            ):
                # «Que nadie toque la página del 27», «Страницу за 23-е перепишу»: a record's page for the day
                # of that number told before
                last, earlier = (told_days[-1], 0), True
            overran = None
            if (
                last is not None
                and not valid_day(last[0], day, None)
                and not inside_quotes(text[: m.start()])  # (a diary's «31-го.» has a month of its own)
                and (overran := month_before(last[0], day))
            ):
                last = (overran, 0)  # ("… del 3 al 5 de septiembre …, y la inscripción cierra el día 31": August's)
            if last is None or (day <= last[1] and not earlier) or not valid_day(last[0], day, None):
                continue
            if (
                form == "zh"
                and before
                and day > last[1]
                and text.startswith("日前", m.end() - 1)
                and _ZH_SIGN_UP.search(text, before[-1].end, m.start())
            ):
                # "夏令营将于8月2日至4日举行，报名请于31日前交到俱乐部": a sign-up's deadline before the days just
                # named (not a diary's "12日开家长会，20日前要交教案")
                last = (12 if last[0] == 1 else last[0] - 1, 0)
                if not valid_day(last[0], day, None):
                    continue
            elif form == "es" and before and day > last[1] and _es_letter_tells_before(text, m, before[-1], False):
                last = ((last[0] - 2) % 12 + 1, 0)  # «El día 24 vi subir el agua …» in a letter of 2 July: June's
            elif deadline and day > last[1] and _ES_BOOKING.search(text):
                # "… un viaje los días 30 de noviembre y 1 de diciembre. Las plazas se reparten por orden
                # de inscripción hasta el día 22": a deadline before the days just named
                last = (12 if last[0] == 1 else last[0] - 1, 0)
                if not valid_day(last[0], day, None):
                    continue
            wd = m.groupdict().get("wd")
            start = m.start("wd") if wd else ru_weekday.start(1) if ru_weekday else m.start()
            out.append(
                Mention(start=start, end=m.end(), text=text[start : m.end()], month=last[0], day=day, year=None,
                        end_month=last[0], end_day=day, end_year=None, form=form, overran=last[0] == overran,
                        weekday=_ES_WEEKDAYS[wd.lower()] if wd else ru_day_of_week)
            )  # fmt: skip
    return out


_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


QUOTED_DAYS_BEFORE = 7
PAST_DAYS_BEFORE = 14  # (… when the verb just before it tells the past)
_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|t|wn|ne|un|ng)\b(?![^.;]*[.;])")


def _quoted_run_up_to(text: str, rx: re.Pattern[str], m: re.Match[str], last: int) -> bool:
    """Whether the bare day `m` stands in a quotation whose bare days rise to at most `last`, or
    through it (a diary's «Суббота, 19-го. … Воскресенье, 20-го. … Понедельник, 21-го» around the
    20 July just told)."""
    for q in _QUOTATION.finditer(text):
        if q.start() < m.start() < q.end():
            days = [int(x.group("d")) for x in rx.finditer(text, q.start(), q.end())]
            return days == sorted(days) and (0 < days[-1] <= last or last in days)
    return False


# "本月28日", "上月20日", "下个月3日": a day of this, last or next month, counted from the article's own
# month, which only the resolver knows (`zh_relative_month_days`).
_ZH_RELATIVE_MONTH_DAY = re.compile(
    r"(?P<rel>[本上下])个?月(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
    r"(?:\s*(?:至|到|-|–|—|~)\s*(?P<d2>3[01]|[12]\d|0?[1-9])[日号])?"  # "本月16日至28日": a range in the month
    r"(?:[和、](?P<d3>3[01]|[12]\d|0?[1-9])[日号])?"  # "上月8日和9日": two days of it
)
ZH_MONTH_STEP = {"本": 0, "上": -1, "下": 1}


def zh_relative_month_days(text: str, found: list[Mention], now_month: int) -> list[Mention]:
    """The days named by this, last or next month (`_ZH_RELATIVE_MONTH_DAY`) of a paragraph whose
    article's own month is `now_month`, or, quoted after a date in the same quotation, that date's
    (`quoted_date_before`); their years are the resolver's, as for any day without one."""
    out = []
    for m in _ZH_RELATIVE_MONTH_DAY.finditer(text):
        if any(x.start <= m.start() < x.end for x in found):
            continue
        quoted = quoted_date_before(text, found, m.start())
        base = quoted.month if quoted is not None else now_month
        month = (base - 1 + ZH_MONTH_STEP[m.group("rel")]) % 12 + 1
        day = int(m.group("d"))
        end = int(m.group("d2")) if m.group("d2") and int(m.group("d2")) > day else day
        if valid_day(month, day, None) and valid_day(month, end, None):
            out.append(
                Mention(start=m.start(), end=m.end(), text=m.group(), month=month, day=day, year=None,
                        end_month=month, end_day=end, end_year=None, form="zh")
            )  # fmt: skip
            if m.group("d3") and valid_day(month, other := int(m.group("d3")), None):
                out.append(replace(out[-1], day=other, end_day=other))
    return out


def quoted_date_before(text: str, found: list[Mention], pos: int) -> Mention | None:
    """The last date before `pos` inside the quotation that holds `pos`, if any: what a quoted record's
    "下月3日" counts from (“9月12日，晴。……讲解员说，下月3日还有一批外国客人要来”)."""
    for q in _QUOTATION.finditer(text):
        if q.start() < pos < q.end():
            inside = [x for x in found if q.start() < x.start and x.end <= pos]
            return inside[-1] if inside else None
    return None


def _inside_range(x: Mention, day: int) -> bool:
    """Whether `day` falls strictly inside the range `x` names within one month."""
    return x.month == x.end_month and x.day < day < x.end_day


# "en enero", "de marzo": a Spanish month named alone.
_ES_MONTH_ALONE = re.compile(
    r"\b(?:en|de)\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    r"|diciembre)\b(?!\s+de\s+\d)",
    re.IGNORECASE,
)
_ES_MONTH_NUMBER = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip


def _es_month_alone(text: str, start: int, end: int) -> int | None:
    """The last Spanish month named alone between `start` and `end`, if any."""
    month = None
    for m in _ES_MONTH_ALONE.finditer(text, start, end):
        month = _ES_MONTH_NUMBER[m.group(1).lower()]
    return month


ES_WEEK_ON = 7  # a Spanish weekday's day this soon after the day carried is of its month


def _es_bare_numbers(
    text: str,
    found: list[Mention],
    carried: tuple[int, int] | None = None,
    named_days: Sequence[tuple[int, int]] = (),
    weekday_days: Sequence[tuple[int, int, int]] = (),
    dated_days: Sequence[tuple[int, int, int]] = (),
) -> list[Mention]:
    """`_ES_BARE_NUMBER`s after a Spanish date of the same paragraph, later in its month (or the
    same day again: "los días 11 y 12 de octubre, y el día 12, a mediodía"). `named_days`: the
    (month, day) pairs earlier paragraphs named; `weekday_days` those named with a weekday;
    `dated_days` those written with their year (with the weekday it fixes)."""
    out: list[Mention] = []
    pairs = list(_ES_DAYS_PAIR.finditer(text)) if "as " in text else []
    for m in sorted([*_ES_BARE_NUMBER.finditer(text), *pairs], key=lambda x: x.start()):
        if pairs and any(p.start() <= m.start() < p.end() for p in pairs if p is not m):
            continue  # (a pair's day read alone: "días 4 y 5" is read once, as the pair)
        before = [x for x in found if x.end <= m.start("d")]
        carried_in = False  # (the month is the one carried over from a paragraph before)
        if any(x.start <= m.start("d") < x.end for x in found):
            continue
        if not before and (month := _es_weekday_ahead(found, m)) is not None:
            before = [replace(next(x for x in found if x.start >= m.end()), end_month=month, end_day=0)]
        elif (
            not before
            and carried is not None
            and (m.group("dia") or m.group("wd") or _ES_COUNTED_BEFORE.search(text, 0, m.start("d")))
            and (
                all(x.month == x.end_month == carried[0] and x.year is None and x.start > m.start() for x in found)
                # (or a weekday's day the week after the one carried, whatever months follow: "… el jueves 21 de
                # enero …" / "El viernes 22, a las 7.47, … del 22 de enero al 10 de febrero")
                or (m.group("wd") is not None and 0 < int(m.group("d")) - carried[1] <= ES_WEEK_ON)
            )
        ):
            # «El día 8 quedó a flote el buque …» after "el 8 de septiembre de 1888" a paragraph
            # before: a day of the month carried over, named as a day (so "será el jueves 15 …, y …
            # hasta el día 18", before another day of that month read alone)
            carried_day = Mention(start=0, end=0, text="", month=carried[0], day=max(carried[1], 1), year=None,
                                  end_month=carried[0], end_day=carried[1], end_year=None, form="es")  # fmt: skip
            before, carried_in = [carried_day], True
        elif not before and m.group("next") and m.group("wd") and carried is not None and found:
            # "El próximo domingo 12 se cumplen cuarenta años …" under "6 de octubre de 2008": the
            # coming one, in the month last named or the next
            month = carried[0] if int(m.group("d")) > carried[1] else carried[0] % 12 + 1
            before = [replace(found[0], end_month=month, end_day=0)]
        if not before or before[-1].form != "es":
            continue
        month, last = before[-1].end_month, before[-1].end_day
        if (alone := _es_month_alone(text, before[-1].end, m.start())) is not None:
            month, last = alone, 0  # "… el 14 de octubre y la comida en enero del año siguiente, el día 21"
        days = [(int(m.group("d")), m.group("wd"))]
        if "mid" in m.groupdict() and m.group("mid"):
            days += [(int(d), None) for d in re.findall(r"\d+", m.group("mid"))]
        if m.group("d2"):
            days.append((int(m.group("d2")), m.group("wd2")))
        x = before[-1]
        # (a run of days from the one just named: "las fiestas del 2 de septiembre de 1895 … «los días 2, 3 y 4»")
        run_from = len(days) > 1 and days[0][0] == last == x.end_day and _ascending([d for d, _ in days])
        # (or a day of the range just named: "del jueves 16 al domingo 19 de julio: … el viernes 17, …")
        within = x.month == x.end_month and x.day < days[0][0] <= x.end_day
        # (or of its last month, when it runs across two: "del lunes 30 de noviembre al viernes 4 de diciembre
        # …, y el martes 1 …")
        within = within or (x.month != x.end_month and days[0][0] <= x.end_day)
        # (with its weekday too, in a letter that tells that day: "… el 25 de septiembre de 1913, … lo
        # contó en una carta a su hijo: «El jueves 25 se descubrió la lápida …»")
        again = (
            days[0][0] == last
            and x.end_day == last
            and not m.group("d2")
            and (
                m.group("wd") is None
                or x.year is None
                or inside_quotes(text[: m.start()])
                # ("… se inauguró el 8 de agosto de 1916 … Aquel martes 8, …": that day, with the weekday it had)
                or (
                    ES_THAT.search(text, 0, m.start()) is not None
                    and is_weekday(_ES_WEEKDAYS[m.group("wd").lower()], month, last, x.year)
                )
            )
        )
        # (a list's next item, its weekday written, may be earlier than the range carried over: "- Del 2
        # al 15 de septiembre: exposición" / "- Jueves día 5, a las 20 horas: conferencia")
        listed = carried_in and m.group("wd") is not None and m.group("dia") is not None
        # (or a day an earlier paragraph named, told again with its weekday: "Los actos … se celebrarán
        # los días 5 y 6 de agosto." / "El jueves 5, a las doce, se descubrirá una placa")
        listed = listed or (carried_in and m.group("wd") is not None and (month, days[0][0]) in named_days)
        # (or the day of the month told, "el día 1 de aquel mes", or counted from a day told: "Cuatro días
        # después del avistamiento, el 29")
        listed = listed or (carried_in and _ES_OF_THAT_MONTH.match(text, m.end("d")) is not None)
        listed = listed or (carried_in and _ES_COUNTED_BEFORE.search(text, 0, m.start("d")) is not None)
        # (or days a letter quoted after its date reports, earlier in its month: "escribió … el 8 de
        # noviembre: «Desde el sábado 1 la gente duerme en el cerro; los días 4 y 5 volvió a temblar …»")
        listed = listed or (not carried_in and inside_quotes(text[: m.start()]) and not inside_quotes(text[: x.end]))
        # (or a quoted account's days, each with its weekday, that agree with one another: «Salimos el
        # jueves 15 …; llegamos … el sábado 17 …, y el martes 20 vendí …» after "18, 19 y 20 de abril")
        listed = listed or (carried_in and m.group("wd") is not None and _es_weekdays_agree(text, m))
        # (or a weekday's day in the week before the day carried, named with its own weekday, that agrees
        # with it: "… el domingo 22 de junio de 1986 …" / «Llegamos … el jueves 19»)
        listed = listed or (carried_in and _weekday_before_carried(m, month, weekday_days))
        # ("El 1 de julio de 1966, Santana venció … ¶ Un año después, el 16 de abril, … ¶ «Aquel viernes 1 lo
        # oímos por la radio»": "aquel" points back to a day named before, whatever month was named since)
        pointed = False  # (the month of a day told before, that "aquel" points back to)
        if m.group("wd") and ES_THAT.search(text, 0, m.start()) is not None:
            told = [*named_days, *((b.month, b.day) for b in before if b.end > 0)]
            if (back := next((mo for mo, d in reversed(told) if d == days[0][0]), None)) is not None:
                month, listed, pointed = back, True, True
        # (or, quoted, the day an earlier paragraph told with that day and weekday, or with its year on that
        # weekday: "El 28 de junio de 1859 … botó el Ictíneo" / a letter: «El martes 28 lo echamos al agua»)
        elif (
            carried_in
            and m.group("wd")
            and inside_quotes(text[: m.start()])
            and (
                told_on := _told_on_that_weekday(
                    days[0][0], _ES_WEEKDAYS[m.group("wd").lower()], weekday_days, dated_days, named_days
                )
            )
        ):
            month, listed = told_on, True
        # (and the days after it that its weekday runs on to: "«Al día siguiente, sábado 2, …»")
        if (
            m.group("wd")
            and (out and out[-1].start >= before[-1].end)
            and (run_on := _weekday_runs_on(out, days[0][0], m.group("wd"))) is not None
        ):
            month, listed = run_on, True
        # (or days the next date restates: "el viernes 5 y el sábado 6, es decir, los días 5 y 6 de agosto")
        if (restated := _restated_month(text, m, found, [d for d, _ in days])) is not None:
            month, listed = restated, True
        if days[0][0] > last and not pointed and _es_letter_tells_before(text, m, x, carried_in):
            month = (month - 2) % 12 + 1  # (past days a letter quoted after its date tells: the month before)
        if (days[0][0] <= last and not within and not again and not listed and not run_from) or not all(
            valid_day(month, d, None) for d, _ in days
        ):
            continue
        start = next(m.start(g) for g in ("next", "wd", "dia", "d") if m.group(g))
        end = m.end("d2") if m.group("d2") else m.end("d")
        for d, wd in days:
            weekday = _ES_WEEKDAYS[wd.lower()] if wd else None
            out.append(
                Mention(start=start, end=end, text=text[start:end], month=month, day=d, year=None,
                        end_month=month, end_day=d, end_year=None, form="es", weekday=weekday)
            )  # fmt: skip
    return out


ES_THAT = re.compile(r"\baquel\s+$", re.IGNORECASE)


def _weekday_runs_on(out: Sequence[Mention], day: int, weekday: str) -> int | None:
    """The month of the bare day read just before in the paragraph, when `day` with its `weekday`
    comes up to a week after it and the two weekdays are as many days apart."""
    prior = out[-1] if out else None
    if prior is None or prior.weekday is None:
        return None
    return prior.month if _days_on(prior.day, prior.weekday, day, _ES_WEEKDAYS[weekday.lower()]) else None


def _days_on(day: int, weekday: int, later: int, later_weekday: int) -> bool:
    """Whether `later` comes up to `AHEAD_DAYS` after `day` and their weekdays are as many days apart."""
    return 0 < later - day <= AHEAD_DAYS and (later_weekday - weekday) % 7 == (later - day) % 7


RESTATED_GAP = 30  # characters between bare days and the full date that restates them ("…, es decir, los")


def _restated_month(text: str, m: re.Match[str], found: Sequence[Mention], days: Sequence[int]) -> int | None:
    """The month of a date that follows right after bare days and names the same days again."""
    after = [x for x in found if x.start >= m.end()]
    if not after or after[0].start - m.end() > RESTATED_GAP or "." in text[m.end() : after[0].start]:
        return None
    first = after[0]
    same = [x for x in after if x.start == first.start]
    named = {d for x in same for d in range(x.day, x.end_day + 1)} if first.month == first.end_month else set()
    return first.month if set(days) <= named else None


def _ascending(days: Sequence[int]) -> bool:
    """Whether each day comes after the one before it."""
    return all(a < b for a, b in itertools.pairwise(days))


# A past form in a quoted letter's clause ("vi subir el agua", "ya estábamos de vuelta"; not "qué"), and a
# future one ("iremos", "vamos a ver"): what a letter says of days after its own date.
_ES_TOLD_PAST = re.compile(
    r"\b(?:vi|fui|fue|fuimos|[a-záéíúñ]{3,}(?:é|ó|aron|ieron|aba|aban|ábamos|íamos))\b", re.IGNORECASE
)
_ES_FUTURE = re.compile(r"\b(?:[a-záéíúñ]{2,}(?:ré|rá|rás|remos|rán)|vamos\s+a|voy\s+a|van\s+a)\b", re.IGNORECASE)
_ES_CLAUSE_END = re.compile(r"[.;»”\"]")


def _weekday_before_carried(m: re.Match[str], month: int, weekday_days: Sequence[tuple[int, int, int]]) -> bool:
    """Whether a Spanish weekday's day falls in the week before a day of `month` named with its
    weekday, the two weekdays that many days apart."""
    if not m.group("wd") or m.group("d2"):
        return False
    day, weekday = int(m.group("d")), _ES_WEEKDAYS[m.group("wd").lower()]
    return any(
        mo == month and 0 < d - day <= ES_WEEK_ON and _one_month_weekdays(day, weekday, d, wd)
        for mo, d, wd in weekday_days
    )


def _es_letter_tells_before(text: str, m: re.Match[str], dated: Mention, carried_in: bool) -> bool:
    """Whether a day later in its month than the letter's own date, quoted right after it, is told in
    the past: then it is of the month before ("carta fechada el 2 de julio: «El día 24 vi subir el
    agua …, y el 26 ya estábamos de vuelta»": 24 and 26 June)."""
    if carried_in or not inside_quotes(text[: m.start()]) or inside_quotes(text[: dated.end]):
        return False
    stop = _ES_CLAUSE_END.search(text, m.end())
    clause = text[m.start() : stop.start() if stop else len(text)]
    return _ES_TOLD_PAST.search(clause) is not None and _ES_FUTURE.search(clause) is None


def _es_weekdays_agree(text: str, m: re.Match[str]) -> bool:
    """Whether a quoted weekday-and-number day and the next (or the one before) in the same quotation
    are as many days apart as their weekdays: a diary's run of days in one month."""
    if not inside_quotes(text[: m.start()]):
        return False
    run = [x for x in _ES_BARE_NUMBER.finditer(text) if x.group("wd") and not x.group("d2")]
    at = next((i for i, x in enumerate(run) if x.start() == m.start()), None)
    if at is None:
        return False
    for a, b in ((run[i], run[i + 1]) for i in (at - 1, at) if 0 <= i < len(run) - 1):
        first, then = (int(a.group("d")), _ES_WEEKDAYS[a.group("wd").lower()]), int(b.group("d"))
        if _days_on(*first, then, _ES_WEEKDAYS[b.group("wd").lower()]) and inside_quotes(text[: b.start()]):
            return True
    return False


def _es_weekday_ahead(found: list[Mention], m: re.Match[str]) -> int | None:
    """The month of the paragraph's next Spanish date when it names its weekday and a day number
    named with its own before it falls that many days earlier ("La víspera, el viernes 17, … El
    domingo 19 de octubre el museo abrió"): the weekdays make the pairing safe across sentences."""
    ahead = next((x for x in found if x.start >= m.end()), None)
    if ahead is None or ahead.form != "es" or ahead.weekday is None or not m.group("wd") or m.group("d2"):
        return None
    if not _days_on(int(m.group("d")), _ES_WEEKDAYS[m.group("wd").lower()], ahead.day, ahead.weekday):
        return None
    return ahead.month


def _weekday_ahead(text: str, found: list[Mention], m: re.Match[str], day: int, back: re.Match[str]) -> int | None:
    """The month of a day named with its weekday later in the same sentence, a few days after a
    bare ordinal named with its own, when the two weekdays are that many days apart."""
    ahead = next((x for x in found if x.start >= m.end()), None)
    if ahead is None or ahead.weekday is None or not back.group("wd"):
        return None
    if not _days_on(day, WEEKDAYS.index(back.group("wd").capitalize()), ahead.day, ahead.weekday):
        return None
    return None if _SENTENCE_END.search(text, m.end(), ahead.start) else ahead.month


def _one_month_weekdays(day: int, weekday: int, other: int, other_weekday: int) -> bool:
    """Whether two days of one month can fall on these weekdays (Monday 0): true in every year or none."""
    return (other - day - other_weekday + weekday) % 7 == 0


def _weekday_agrees(
    found: list[Mention],
    day: int,
    back: re.Match[str],
    last: tuple[int, int] | None,
    weekday_days: Sequence[tuple[int, int, int]] = (),
) -> int | None:
    """The month of the paragraph's days named with their weekday whose weekday agrees with a bare
    ordinal's (as days of one month: "Friday the 8th" and "Saturday 16 July"), when the month it
    would take (`last`) has no such day and one other month has (a weekday agrees by chance one
    time in seven: two months that do say nothing). `weekday_days`: the (month, day, weekday) earlier
    paragraphs named, the dateline's among them."""
    if not back.group("wd"):
        return None
    weekday = WEEKDAYS.index(back.group("wd").capitalize())

    def agrees(d: int, wd: int | None) -> bool:
        return wd is not None and abs(d - day) <= AGREE_DAYS and _one_month_weekdays(d, wd, day, weekday)

    months = {x.month for x in found if x.month == x.end_month and agrees(x.day, x.weekday)}
    if len(months) != 1 or (last is not None and last[0] in months):
        return None
    if last is not None and any(mo == last[0] and agrees(d, wd) for mo, d, wd in weekday_days):
        # ("Herald, Thursday 21 February. … stayed in on Tuesday the 19th … again on Saturday 2 March":
        # February's weekdays agree as well as March's, and the 19th goes with the dateline's month)
        return None
    (month,) = months
    return month if valid_day(month, day, None) else None


def _day_ahead(text: str, found: list[Mention], m: re.Match[str], day: int) -> int | None:
    """The month of a date named a day or two after a bare ordinal later in its sentence, when the
    paragraph names no date before the ordinal (its month would only be carried from another one).
    (Not further: "Within a week, on the 23rd, drivers refused …, from 28 December" goes on from the
    month before; "We leave on the 4th and dock on 9 October" is a voyage of weeks.)"""
    ahead = next((x for x in found if x.start >= m.end()), None)
    if ahead is None or _SENTENCE_END.search(text, m.end(), ahead.start):
        return None
    if 0 < ahead.day - day <= NEXT_DAYS:
        return ahead.month
    # ("… caught the supernova on the 25th and 26th, a day after Shelton found it … on 24 February":
    # counted from it, exactly)
    after = _COUNTED_DAYS_AFTER.search(text, m.end(), ahead.start)
    n = 1 if after is not None and after.group("n").lower() == "a" else number_word(after.group("n")) if after else None
    return ahead.month if n is not None and day - ahead.day == n else None


_COUNTED_DAYS_AFTER = re.compile(rf"\b{_FEW_DAYS}\s+after\b", re.IGNORECASE)


def _month_goes_on(found: list[Mention], m: re.Match[str], day: int, carried: int) -> bool:
    """Whether the paragraph's next date, after a bare ordinal earlier than the day carried to it, is a
    later day of the carried month: the two agree on it ("no market on 24 or 31 December." / "The
    committee meets on the 14th. Full Council meets on Monday 21 December")."""
    ahead = next((x for x in found if x.start >= m.end()), None)
    return ahead is not None and ahead.month == carried and ahead.year is None and ahead.day > day


AGREE_DAYS = 21  # a bare ordinal's weekday is read against the paragraph's days up to three weeks away


# A diary's entry headed by its day alone, after a quotation mark, a line's start or a sentence's end
# ("26 December: snow began at dusk," she wrote. "27th: drifts to the top of the yard wall.").
_ENTRY_ORDINAL = re.compile(
    r"(?:^|(?<=[\"“«])|(?<=[.!] ))(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*(?::|\s[—–]\s))", re.M
)
# (or, opening a quotation, by its day and a full stop: "A week later he wrote: "16th. Attendance poor"")
_QUOTED_ENTRY_ORDINAL = re.compile(r"(?<=[\"“«])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\.\s+[A-Z])")


def _bare_ordinals(text: str) -> list[re.Match[str]]:
    plain = list(_BARE_ORDINAL.finditer(text))
    cued = [m for m in _CUED_ORDINAL.finditer(text) if not any(p.start("d") == m.start("d") for p in plain)]
    cued += _ENTRY_ORDINAL.finditer(text)
    cued += _QUOTED_ENTRY_ORDINAL.finditer(text)
    return sorted([*plain, *cued], key=lambda m: m.start()) if cued else plain


def bare_ordinal_days(
    text: str,
    found: list[Mention],
    carried: tuple[int, int] | None,
    named_days: Sequence[tuple[int, int]] = (),
    weekday_days: Sequence[tuple[int, int, int]] = (),
    dated_days: Sequence[tuple[int, int, int]] = (),
    range_ends: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """The bare ordinals of a paragraph as days of the month last named before them (in this
    paragraph's mentions `found`, else `carried` from earlier ones), when they come later in it.
    `named_days`: the (month, day) pairs earlier paragraphs named, in order; `weekday_days` those of
    them named with a weekday (month, day, weekday); `dated_days` those written with their year, with
    the weekday it fixes; `range_ends` the last days of the ranges they named (what "five days after
    the camp ends" may count from)."""
    if (not found and carried is None) or not _has_digit(text):
        return []
    out = _bare_ordinals_of(text, found, carried, named_days, weekday_days, dated_days, range_ends)
    if _WEEKDAY_NAME.search(text):
        out = sorted([*out, *_weekday_and_number(text, [*found, *out], carried)], key=lambda x: x.start)
        out = sorted([*out, *_weekday_ordinals(text, [*found, *out], carried, named_days)], key=lambda x: x.start)
        out = _after_a_counted_weekday_day(text, out)
    return _nearer_of_two_months(text, found, _deadlines_before_the_event(text, found, out))


TURN_OF_THE_MONTH_DAYS = 7  # days named this near across a month's end are one run ("31 January and 1 February")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|y|и|to|until|till)?\s*|\s*[-–—]\s*", re.IGNORECASE)  # (one list's days)


def _turn_of_the_month(text: str, found: list[Mention], at: int) -> tuple[int, int, int] | None:
    """(the first month, the day named in it, the day named in the next) when the dates named last before `at`
    are one run of days across a month's end: a range ("Friday 28 January to Tuesday 1 February") or two days
    ("Saturday 31 January and Sunday 1 February")."""
    before = sorted((d for d in found if d.end <= at), key=lambda d: d.end)
    if not before:
        return None
    last = before[-1]
    if last.month != last.end_month:
        first, day, next_day = last.month, last.day, last.end_day
    elif (
        len(before) > 1 and before[-2].end_month != last.month and _JOINED.fullmatch(text[before[-2].end : last.start])
    ):
        first, day, next_day = before[-2].end_month, before[-2].end_day, last.day
    else:
        return None
    run = _MONTH_DAYS[first] - day + next_day
    return (first, day, next_day) if last.end_month == first % 12 + 1 and run <= TURN_OF_THE_MONTH_DAYS else None


def _nearer_of_two_months(text: str, found: list[Mention], out: list[Mention]) -> list[Mention]:
    """The bare days of `out` (no weekday, no "of that month") after a run of days across a month's end
    ("Spring grading takes place on Saturday 31 January and Sunday 1 February. … the list goes up on the
    noticeboard on the 26th"), in the one of the two months that puts them nearer the run: 26 January, five
    days before it, not 26 February, twenty-five after."""
    moved: list[Mention] = []
    for x in out:
        turn = _turn_of_the_month(text, found, x.start)
        if turn is not None and x.weekday is None and not text.startswith(" of ", x.end):
            first, day, next_day = turn
            length = _MONTH_DAYS[first]
            if (
                x.month == first % 12 + 1
                and valid_day(first, x.day)
                and min(abs(x.day - day), abs(x.day - length - next_day))
                < min(abs(length + x.day - day), abs(x.day - next_day))
            ):
                x = replace(x, month=first, end_month=first)
        moved.append(x)
    return moved


# "… is on Saturday 6 April, with entries closing on Saturday the 23rd": a day things close by, after the
# event's date in its sentence, falls before the event.
# (its own subject after the date: not "Booking opens on 1 August and closes on the 31st", a run from the date)
_CLOSING = re.compile(
    r"\b(?:entr(?:y|ies)|nominations?|applications?|bookings?|registrations?|submissions?)\s+(?:\w+\s+)?"
    r"(?:clos(?:e|es|ing)|(?:are|is)\s+due)\b",
    re.IGNORECASE,
)


def _closes_before(text: str, event: Mention, x: Mention) -> bool:
    """Whether `x` is a deadline (`_CLOSING`) told after the event's date: in its sentence, or, the event a
    range across two months, in the next ("… Saturday 30 April to Monday 2 May, with the final round on the
    Monday afternoon. Entries close on Friday the 22nd")."""
    ends = list(_SENTENCE_END.finditer(text, event.end, x.start))
    if not ends:
        return event.month == event.end_month and _CLOSING.search(text, event.end, x.start) is not None
    return (
        event.month != event.end_month and len(ends) == 1 and _CLOSING.search(text, ends[0].end(), x.start) is not None
    )


def _deadlines_before_the_event(text: str, found: list[Mention], out: list[Mention]) -> list[Mention]:
    """The bare days of `out` that a deadline after an event's date in their sentence names (`_CLOSING`): in
    the last month before that date that has the day (23 March, not April or February, of 6 April)."""
    moved: list[Mention] = []
    for x in out:
        # (the last day named before it, a bare one too: "… this year's is on Sunday the 21st, … and entries close on
        # the 16th" after "Last year's autumn open, on 14 October")
        event = max((d for d in [*found, *moved] if d.end <= x.start), key=lambda d: d.end, default=None)
        if event is not None and _closes_before(text, event, x):
            month = event.month if x.day < event.day else event.month - 1 or 12
            if valid_day(month, x.day, None):
                x = replace(x, month=month, end_month=month)
        moved.append(x)
    return moved


# "Monday 27th. Cones all along the northern stretch. … Saturday 1st. Took the kids all the way round":
# a diary's or a programme's weekday and ordinal day, no month (one written after it is a full date).
# (a diary's short weekday too: "Tues. 24th. Left pier 12.56.", "Sat. 28th. Busy dinnertime.")
_WEEKDAY_ORDINAL = re.compile(
    # (a logbook's capitalised short weekday without its period too: "Sat 30th. Nags Head 8am.")
    rf"\b(?P<wd>{_alt(list(WEEKDAYS))}|(?:{_alt(list(_WD_SHORT))})\.|(?-i:{_alt(list(_WD_SHORT))})(?=\s+\d))"
    # (its part of the day between: "bring your trees on the Friday evening, the 11th")
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r",?\s+(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?(?:{'|'.join(MONTH_NAMES)})\b)(?!\s+(?:{_ORDINAL_HEADS})\b)",
    re.IGNORECASE,
)


def _weekday_index(word: str) -> int:
    """0 (Monday) … 6 of a weekday's name, full or short with its period ("Tues.")."""
    name = word.rstrip(".").capitalize()
    return WEEKDAYS.index(name) if name in WEEKDAYS else _WD_SHORT[name]


# "wrote home two days before the opening: "Thursday 23rd. …"": a day counted from an event dated before.
_DAYS_FROM_EVENT = re.compile(
    rf"\b{_FEW_DAYS}\s+(?P<dir>before|after)\s+(?:the|his|her|its|their)\s",
    re.I,
)
_DAYS_FROM_EVENT_BEFORE = 120  # how far before the day the count may stand


def _month_counted_from_event(
    text: str, at: int, day: int, named: Sequence[tuple[int, int]], found: Sequence[Mention]
) -> int | None:
    """The month of a bare day that "N days before/after the <event>" just before it counts from a
    day named earlier: the one month whose named day, N days on or back, is this day."""
    counts = list(_DAYS_FROM_EVENT.finditer(text, max(0, at - _DAYS_FROM_EVENT_BEFORE), at))
    if not counts:
        return None
    count = counts[-1]
    n = number_word(count.group("n")) or 1
    step = n if count.group("dir").lower() == "after" else -n
    return _one_month_landing({*named, *((x.month, x.day) for x in found if x.end <= count.start())}, step, day)


def _one_month_landing(days: set[tuple[int, int]], step: int, day: int) -> int | None:
    """The one month in which a day of `days` moved by `step` days falls on `day`; None if none or several."""
    months = set()
    for month, d in days:
        # (February's days in a leap year and in another: 26 February and a week lands on 4 or 5 March)
        for year in (2000, 2001) if month == 2 else (2001,):
            if (
                valid_day(month, d, year)
                and (moved := datetime.date(year, month, d) + datetime.timedelta(days=step)).day == day
            ):
                months.add(moved.month)
    return months.pop() if len(months) == 1 else None


# "on the 20th", two days before the concert": a count from the bare day to a day named elsewhere
# (or weeks: "the Courier's review of Saturday the 6th, a week after the first concert")
_DAYS_TO_EVENT = re.compile(
    rf"[\"”’']?,?\s+(?:{_FEW_DAYS}|(?P<weeks>a|one|two|three|\d)\s+weeks?)\s+(?P<dir>before|after)"
    r"\s+(?:the|his|her|its|their)\s",
    re.I,
)


def _month_counted_to(
    text: str,
    end: int,
    day: int,
    named: Sequence[tuple[int, int]],
    found: Sequence[Mention],
    ends: Sequence[tuple[int, int]] = (),
) -> int | None:
    """The month of a bare day that "N days before/after the <event>" right after it counts to a
    day named in the article: the one month whose day, N days on or back, is a named one."""
    count = _DAYS_TO_EVENT.match(text, end)
    if count is None:
        return None
    weeks = count.group("weeks")
    n = 7 * (number_word(weeks) or 1) if weeks else number_word(count.group("n")) or 1
    # (counted back from the named day: "two days before the concert" is the concert's day less two)
    step = -n if count.group("dir").lower() == "before" else n
    ends = [*ends, *((x.end_month, x.end_day) for x in found if x.is_range)]
    return _one_month_landing({*named, *((x.month, x.day) for x in found), *ends}, step, day)


def _after_a_counted_weekday_day(text: str, out: list[Mention]) -> list[Mention]:
    """The later bare days of a quotation that a weekday day counted from an event opens ("two days
    before the opening: "Thursday 23rd. … we may bring our wives on the 27th""): of that day's month."""
    done: list[Mention] = []
    for x in out:
        w = next((w for w in reversed(done) if w.weekday is not None and w.end <= x.start), None)
        if (
            w is not None
            and x.weekday is None
            and x.month != w.month
            and x.day > w.day
            and valid_day(w.month, x.day, None)
            and in_one_quotation(text, w.start, x.start)
            and _last_month_name(text, w.end, x.start) is None
            and _DAYS_FROM_EVENT.search(text, max(0, w.start - _DAYS_FROM_EVENT_BEFORE), w.start)
        ):
            x = replace(x, month=w.month, end_month=w.month)
        done.append(x)
    return done


def _weekday_ordinals(
    text: str, found: list[Mention], carried: tuple[int, int] | None, named_days: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    """The weekday-named ordinal days of a paragraph (`_WEEKDAY_ORDINAL`) as days of the month named
    last before them, or of the one after it when the day is earlier and the weekdays count on past
    that month's end (the diary's "Wednesday 29th" then "Saturday 1st")."""
    out: list[Mention] = []
    for m in _WEEKDAY_ORDINAL.finditer(text):
        if any(x.start <= m.start("d") < x.end for x in found):
            continue
        before = sorted([x for x in [*found, *out] if x.end <= m.start()], key=lambda x: x.start)
        last = (before[-1].end_month, before[-1].end_day) if before else carried
        if last is None:
            continue
        day, weekday = int(m.group("d")), _weekday_index(m.group("wd"))
        named = _last_month_name(text, before[-1].end if before else 0, m.start())
        if named is None:
            named = _month_counted_from_event(text, m.start(), day, named_days, found)
        if named is None:
            named = month_of_the_next_in_list(text, m.end(), day, found)
        month = named if named is not None else last[0]
        prior = before[-1].weekday if before and before[-1].end_day == last[1] else None
        if named is None and day < last[1]:
            if prior is not None:  # the weekdays say how many days on
                turns = _weekdays_turn_the_month(last, prior, day, weekday)
            else:  # the nearer: "Friday 28th" then, a paragraph on, "Monday 1st"
                turns = day + _MONTH_DAYS[last[0]] - last[1] < last[1] - day
            if turns:
                month = last[0] % 12 + 1
        if not valid_day(month, day, None):
            continue
        out.append(
            Mention(start=m.start(), end=m.end(), text=m.group(0), month=month, day=day, year=None,
                    end_month=month, end_day=day, end_year=None, form="en", weekday=weekday)
        )  # fmt: skip
    return out


def _weekdays_turn_the_month(last: tuple[int, int], prior: int, day: int, weekday: int) -> bool:
    """Whether a weekday's earlier `day` is of the month after the one of `last` (month, day), whose
    weekday was `prior`: the weekdays count on past that month's end ("Wednesday 29th" then "Saturday 1st")."""
    ahead = day + _MONTH_DAYS[last[0]] - last[1]  # days on past the month's end (Feb: 28)
    gap = (weekday - prior) % 7 or 7
    return gap == ahead or (last[0] == 2 and gap == ahead - 1)


def weekdays_of(mentions: Sequence[Mention]) -> list[tuple[int, int, int]]:
    """(month, day, weekday) of the mentions written with a weekday."""
    return [(x.month, x.day, x.weekday) for x in mentions if x.weekday is not None]


def dated_weekdays_of(mentions: Sequence[Mention]) -> list[tuple[int, int, int]]:
    """(month, day, weekday) of the mentions written with their year, the weekday that year fixes."""
    return [
        (x.month, x.day, datetime.date(x.year, x.month, x.day).weekday())
        for x in mentions
        if x.year is not None and valid_day(x.month, x.day, x.year)
    ]


def _told_on_that_weekday(
    day: int,
    weekday: int,
    weekday_days: Sequence[tuple[int, int, int]],
    dated_days: Sequence[tuple[int, int, int]],
    named_days: Sequence[tuple[int, int]],
) -> int | None:
    """The month of the last earlier day with this day and weekday named with its weekday, else of the
    day written with its year on that weekday that the article names most often (its subject: "El 28 de
    junio de 1859 … botó el Ictíneo. Este domingo 28 de junio …", not a birthday told after it, "nacido
    … el 28 de septiembre de 1819", whose weekday was a Tuesday too)."""
    if (told := next((mo for mo, d, wd in reversed(weekday_days) if (d, wd) == (day, weekday)), None)) is not None:
        return told
    months = [mo for mo, d, wd in dated_days if (d, wd) == (day, weekday)]
    return max(reversed(months), key=lambda mo: named_days.count((mo, day))) if months else None


def _month_its_weekday_allows(month: int, day: int, weekday: int, weekday_days: Sequence[tuple[int, int, int]]) -> int:
    """The month of a weekday's bare ordinal, when a day of the month carried, named with its weekday,
    says this one falls on another weekday: the first month named with a weekday that agrees
    ("… on Friday 12 February." then "our survey closes on Friday the 11th": not February, whose 11th
    is a Thursday, but the letter's December, whose 4th was a Friday). The weekdays of one month's
    days agree in any year; `month` if nothing contradicts it or no other month agrees."""

    def agrees(mo: int) -> bool | None:
        seen = [_one_month_weekdays(d, wd, day, weekday) for m, d, wd in weekday_days if m == mo]
        return None if not seen else all(seen)

    if agrees(month) is not False:
        return month
    return next((mo for mo, _, _ in weekday_days if agrees(mo) and valid_day(mo, day, None)), month)


# What joins one day of a list to the next: "Tuesday the 25th and Wednesday the 26th of January".
_LIST_JOIN = re.compile(r",?\s+(?:and|or|&)\s+|,\s+")


def month_of_the_next_in_list(text: str, end: int, day: int, found: Sequence[Mention]) -> int | None:
    """The month of the day a list goes on to right after this weekday's ordinal, when that one is
    later in the month ("Parents' evenings are on Tuesday the 25th and Wednesday the 26th of January":
    January's 25th, whatever month was named before)."""
    nxt = min((x for x in found if x.start >= end), key=lambda x: x.start, default=None)
    if nxt is None or nxt.day <= day or not _LIST_JOIN.fullmatch(text, end, nxt.start):
        return None
    return nxt.month


# "MONDAY 29: Darts and dominoes knockout" under "SUNDAY 28 JUNE: Songs of Praise": a weekday and a day
# number with no month, the day after the one named last.
_WEEKDAY_NAME = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
    r"|\b(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\s+\d",
    re.IGNORECASE,
)
_WEEKDAY_AND_NUMBER = re.compile(
    r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?![\d:.,/–-]?\d)(?!\s*(?:st|nd|rd|th|am|pm|a\.m|p\.m|o'clock|hours?|minutes?|%)\b)(?!\s+[a-z])",
    re.IGNORECASE,
)


def _weekday_and_number(text: str, found: list[Mention], carried: tuple[int, int] | None) -> list[Mention]:
    out: list[Mention] = []
    for m in _WEEKDAY_AND_NUMBER.finditer(text):
        if any(x.start <= m.start("d") < x.end for x in found):
            continue
        before = [x for x in found if x.end <= m.start()]
        last = (before[-1].end_month, before[-1].end_day) if before else carried
        day, weekday = int(m.group("d")), WEEKDAYS.index(m.group("wd").capitalize())
        if last is None or day != last[1] + 1:
            continue  # (only the day after the one named last: its month is that one's)
        if before and before[-1].weekday is not None and (before[-1].weekday + 1) % 7 != weekday:
            continue
        out.append(
            Mention(start=m.start(), end=m.end(), text=m.group(0), month=last[0], day=day, year=None,
                    end_month=last[0], end_day=day, end_year=None, form="en", weekday=weekday)
        )  # fmt: skip
    return out


def _later_ordinal_of(text: str, m: re.Match[str], day: int, carried: int) -> re.Match[str] | None:
    """A bare ordinal after `m` in its sentence, up to a week after `day` and not before the day
    `carried` from the paragraph before (so of its month)."""
    for later in _bare_ordinals(text):
        if later.start() <= m.end():
            continue
        if _SENTENCE_END.search(text, m.end(), later.start()):
            return None
        if carried <= int(later.group("d")) <= day + AHEAD_DAYS:
            return later
    return None


# ("Full rehearsal on the 30th, then the orchestra with us on the 1st and 2nd": the days run on)
# (or an alternative, or the day a stay lasts till: "on the 31st, or on the 1st", "home on the 31st and stay
# till the 2nd")
_THEN = re.compile(r"\b(?:then|afterwards|after\s+that|next|followed|later|again|or|till|until)\b", re.IGNORECASE)
# Days on past a month's end that still read as the next step of a run of days.
RUN_ON_DAYS = 7


def _counted_past_month_end(
    text: str, found: list[Mention], out: list[Mention], m: re.Match[str], day: int
) -> int | None:
    """The month after that of the bare ordinal read just before `m` in its paragraph, when `m`'s day
    is earlier and the text goes on from that one to it ("on the 30th, then … on the 1st and 2nd"):
    a run of days past the month's end ("… on the 29th and 30th and again on the 1st"). None otherwise."""
    if not out or out[-1].end > m.start() or any(out[-1].end <= x.start < m.start() for x in found):
        return None
    prev = out[-1]
    if not _runs_past_month_end(prev.end_month, prev.end_day, day):
        return None
    return prev.end_month % 12 + 1 if _THEN.search(text, prev.end, m.start()) else None


def _runs_past_month_end(month: int, last: int, day: int) -> bool:
    """Whether `day`, earlier than the `last` day of `month`, is within `RUN_ON_DAYS` past that month's end."""
    return 0 < day < last and day + _MONTH_DAYS[month] - last <= RUN_ON_DAYS


def _on_past_month_end(text: str, m: re.Match[str], day: int, last: tuple[int, int] | None) -> int | None:
    """The month after the one carried for a bare day a few days past its end that the words before it
    go on to ("On the evening of Monday 30 November …" / "… and how the next morning, the 1st, the
    girders were still glowing"; "He did not get home until the afternoon of the 2nd"). None otherwise."""
    if last is None or not _runs_past_month_end(last[0], last[1], day):
        return None
    return last[0] % 12 + 1 if _THEN.search(text, max(0, m.start() - 40), m.start()) else None


# "on 28 April and on the 2nd": the next day of a list, after "and" alone
_AND_THEN_THE = re.compile(r",?\s+and\s+(?:on\s+)?(?:the\s+)?", re.IGNORECASE)


def _listed_past_month_end(text: str, found: list[Mention], m: re.Match[str], day: int) -> int | None:
    """The month after that of the date listed just before a bare day a few days past its end ("The
    chorus will rehearse on 28 April and on the 2nd": 2 May; lists run forward). None otherwise."""
    prev = next((x for x in reversed(found) if x.end <= m.start()), None)
    if prev is None or not _AND_THEN_THE.fullmatch(text, prev.end, m.start()):
        return None
    return prev.end_month % 12 + 1 if _runs_past_month_end(prev.end_month, prev.end_day, day) else None


def _bare_ordinals_of(
    text: str,
    found: list[Mention],
    carried: tuple[int, int] | None,
    named_days: Sequence[tuple[int, int]] = (),
    weekday_days: Sequence[tuple[int, int, int]] = (),
    dated_days: Sequence[tuple[int, int, int]] = (),
    range_ends: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    other = _bare_days_of_other_scripts(text, found, carried, named_days) if not text.isascii() else []
    if (found and found[-1].form == "es") or (not found and carried is not None and _ES_DAY_NAMED.search(text)):
        # ("La víspera, el día 10, … Dos días después, el sábado 13": both kinds in one paragraph)
        both = sorted([*found, *other], key=lambda x: x.start)
        spanish = [
            x
            for x in _es_bare_numbers(text, both, carried, named_days, weekday_days, dated_days)
            if not any(o.start <= x.start < o.end for o in other)
        ]
        if other or spanish:
            return sorted([*other, *spanish], key=lambda x: x.start)
    if other:
        return other
    if not (_ASCII_ORDINAL_DIGITS if text.isascii() else _ORDINAL_DIGITS).search(text):
        return []
    out: list[Mention] = []
    for m in _bare_ordinals(text):
        if any(x.start <= m.start("d") < x.end for x in [*found, *out]):
            continue  # a range's end ("5 March until the 9th", "from the 17th to the 24th"): read with its range
        before = [x for x in found if x.end <= m.start()]
        after_record = 0
        if len(before) > 1 and before[-1].year is not None and RECORD_SINCE.search(text, 0, before[-1].start):
            # "… on Thursday 25 January … the worst wind here since the night of 16 October 1987. The
            # school will stay shut until the 31st": a record's date names no month of the news
            after_record, before = before[-1].end, before[:-1]
        last = (before[-1].end_month, before[-1].end_day) if before else carried
        day = int(m.group("d"))
        if (
            out
            and out[-1].weekday is None  # (one with its weekday may yet be moved to another month)
            and out[-1].end <= m.start()
            and (not before or before[-1].end < out[-1].end)
            and day > out[-1].end_day
        ):
            # ("… on the 29th and 30th and again on the 1st," he wrote. "We shall … go on the 2nd": a later
            # day after the paragraph's last bare one is of its month)
            last = (out[-1].end_month, out[-1].end_day)
        if before and before[-1].month != before[-1].end_month and before[-1].end_day < day >= before[-1].day:
            # "from 10 December to 3 January, and the council meets on the 14th": a day inside the
            # range just named, in its first month (January's 14th is past its end)
            last = (before[-1].month, 0)
        # "Last December, on the 19th": a month named on its own, after the last date, is the one
        named = _last_month_name(text, max(before[-1].end if before else 0, after_record), m.start())
        if named is not None and day < MONTH_END_FROM and _after_the_end_of(text, named, m.start()):
            # "The new steam fire engine, which came … at the end of March, was tried out … on Saturday the
            # 13th": an early day after a month's end is of the month after
            named = named % 12 + 1
        if named is None and before and (topic := _topic_month(text, before[-1].start, m.start())) is not None:
            named = topic
        month_after = -1  # where "of that January" ends, when it names the month
        if (of := _OF_THAT_MONTH.match(text, m.end())) is not None and (word := MONTH_WORD.match(text, of.end())):
            named, month_after = EN_MONTHS[word.group(0)], word.end()
        if named is None and before and _OF_THE_SAME_MONTH.match(text, m.end()):
            # "… on 27 November 1999 and on the 30th of the same month": that date's month, whatever day
            # of another month an earlier paragraph named
            named = before[-1].end_month
        if (
            named is None
            and before
            and day < before[-1].day  # (not a day inside the range just named: "from 27 to 31 May … on the 29th")
            and before[-1].month == before[-1].end_month
            and not _SENTENCE_END.search(text, before[-1].end, m.start())
            and _PROMISED_AHEAD.search(text, before[-1].end, m.start())
        ):
            # "… beat Hoyland Town 3-1 on 26 February, …, and the manager promised the team a dinner on the 12th
            # if they won again": a day still to come after the one just named, earlier in the month: the next
            named = before[-1].end_month % 12 + 1
        if named is not None and valid_day(named, day, None):
            last = (named, 0)
        elif last is not None and (step_to := _MONTH_STEP_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            back_to = (step_to.group("on") or step_to.group("later") or step_to.group("after")).lower()
            last = (
                (last[0] - 2) % 12 + 1
                if back_to in ("previous", "preceding", "earlier", "before")
                else last[0] % 12 + 1,
                0,
            )
        elif last is not None and (rel := of_relative_month(text, m.end())) is not None:
            # "pulled down its shutters on the 28th of last month" (under "HARNSEY, 9 April 2002"): March
            step = -1 if rel.group(1).lower() == "last" else 1 if rel.group(1).lower() == "next" else 0
            last = ((last[0] - 1 + step) % 12 + 1, 0)
        back = _BACK_CUE.search(text, max(0, m.start() - 40), m.start())
        named_day = back.group("wd") if back is not None else None
        weekday = WEEKDAYS.index(named_day.capitalize()) if named_day else None
        if named is None and not before and weekday is not None and (dated := _month_dated_after(text, m, weekday)):
            # ("On Friday the 16th they let me sit the night shift alone," she wrote in January 1948: the
            # month its sentence dates, whose 16th that year was a Friday)
            named = dated
            last = (dated, 0)
        if named is None and back is not None and (ahead := _weekday_ahead(text, found, m, day, back)) is not None:
            last = (ahead, 0)  # "on Friday the 9th and again on Saturday 10 March": that month's
        elif named is None and not before and (ahead := _day_ahead(text, found, m, day)) is not None:
            last = (ahead, 0)  # "The open evening on the 14th runs …, with tours on 15 and 16 June": June's
        elif (
            named is None
            and not before
            and (again_on := [x.month for x in found if x.start > m.end() and x.day == day])
        ):
            # "The 23rd is the centenary of the second injection, … meeting … on Sunday 23 January to
            # mark it": the day the paragraph names again further on
            last = (again_on[0], 0)
        elif (
            named is None
            and (counted := _month_counted_to(text, m.end(), day, named_days, found, range_ends)) is not None
        ):
            # "… were still lost in the fugue on the 20th", two days before the concert" of "Saturday 22
            # March", a paragraph after "… since the 10th of January": the month the count lands in
            last = (counted, 0)
        elif (
            named is None
            and back is not None
            and (agrees := _weekday_agrees(found, day, back, last, weekday_days)) is not None
        ):
            # "… work began on 9 May, and the last ramp was concreted on Friday the 8th, eight days before
            # the ceremony" of "Saturday 16 July": the month whose weekday-dated day the weekday agrees with
            last = (agrees, 0)
        if (
            named is None
            and last is not None
            and day > last[1] > 0
            and WEEK_BEFORE.search(text, before[-1].end if before else 0, m.start())
        ):
            # "On 2 April 1977 … "I knew on the Thursday before, on the 31st"": a day before the one
            # named, so in the month before it
            last = (12 if last[0] == 1 else last[0] - 1, 0)
        if named is None and back is None:
            # ("on the 30th, then … on the 1st"; "the next morning, the 1st" after 30 November)
            turned = (
                _counted_past_month_end(text, found, out, m, day)
                or _on_past_month_end(text, m, day, last)
                or _listed_past_month_end(text, found, m, day)
            )
            last = (turned, 0) if turned is not None else last
        overran = None
        if (
            last is not None
            and not valid_day(last[0], day, None)
            and not inside_quotes(text[: m.start()])  # (a diary's ""31st. Fog"" has a month of its own)
            and (overran := month_before(last[0], day))
        ):
            last = (overran, 0)
        if last is None or not valid_day(last[0], day, None):
            continue
        deadline = _BY_DEADLINE.search(text, max(0, m.start() - BY_DEADLINE_REACH), m.start()) is not None
        # ("Sunday 10 July …" then "Workshops run on the 9th and 10th": a list that names that day again)
        listed = (more := _AND_ORDINAL.match(text, m.end("d") + 2)) is not None and int(more.group("d")) == last[1]
        again = [mo for mo, d in named_days if d == day and valid_day(mo, day, None)]
        record = RECORD_OF.search(text, max(0, m.start() - 40), m.start()) is not None
        fixed = [mo for mo, d, _ in weekday_days if d == day and valid_day(mo, day, None)]
        if last is not None and not before and _counted_on(text, m.start(), day - last[1]):
            # ("9th January. School opened …" / "A week later he wrote: "16th. …"": the day the count
            # reaches from the one carried, not an earlier paragraph's 16 December)
            again, fixed = [], []
        if (
            named is None
            and again
            and again[-1] != last[0]
            and back is None
            and before
            and (_SENTENCE_END.search(text, before[-1].end, m.start()) or record)
            # (not a deadline, which falls before the day just named: "Saturday the 26th of April: Annual
            # General Meeting … Nominations … by the 12th" after "Saturday 12 January" paragraphs before)
            and not deadline
            # (nor a time limit, which runs on from the day just named: "The funeral will be … on Friday 17
            # March … Donations may be sent … until the 31st", not an earlier paragraph's 31 December)
            and not _UNTIL_BEFORE.search(text, max(0, m.start() - 8), m.start())
            # (nor a day of the quoted record the last date opened: "the minute book: "… on Friday 2 May
            # it was agreed to form a club. First outing on the 17th"" after a programme's 17 June)
            and not in_one_quotation(text, before[-1].start, m.start())
        ):
            # ("… the night of 7 September … work due to begin on 5 April. "We hope never to see a night
            # like the 7th again"": a day an earlier paragraph named, not one of the month named last)
            last = (again[-1], 0)
        elif (
            named is None
            and fixed
            and fixed[-1] != last[0]
            and back is None
            and ((not before and last == carried) or (before and before[-1].year is not None))
            and day != last[1]
            and not any(day in (x.day, x.end_day) for x in before)  # (the day just named: that one's, below)
        ):
            # "… the anniversary dinner on Saturday 13 October …" / "Next year … work starting on 7
            # January." / "… launched at the dinner on the 13th": a day fixed with its weekday earlier is
            # the one told again, not one of the month carried from another paragraph or of a year
            # written with the date before it ("his first sale here on 3 April 1971 … on the 26th")
            last = (fixed[-1], 0)
        elif (
            named is None
            and not before
            and last == carried
            and weekday is not None
            and (told := _told_on_that_weekday(day, weekday, weekday_days, dated_days, named_days))
        ):
            # "… she arrived on Friday the 13th." / "… last year, on 25 November …" / a letter: "A ship came
            # in on Friday the 13th": the day told before with the same weekday, not the month carried (or
            # told with its year, on that weekday: "On 28 June 1859 … launched" / a letter: "On Tuesday the
            # 28th we put her in the water")
            last = (told, 0)
        elif (
            named is None
            and not before
            and last == carried
            and weekday is not None
            and out
            and out[-1].weekday is not None
            and _days_on(out[-1].day, out[-1].weekday, day, weekday)
        ):
            # ("… on Friday the 13th … By Monday the 16th …": the days of that letter's week, as its weekdays say)
            last = (out[-1].month, 0)
        earlier = _EARLIER.search(text, max(0, m.start() - 40), m.start()) is not None
        # (or counted back from a day named before: "on 14 and 15 February" / "closes on the 10th, four
        # days before the first demonstration")
        earlier = earlier or (
            last is not None
            and (count := _DAYS_BEFORE_AFTER.match(text, m.end())) is not None
            and (last[0], day + (number_word(count.group("n")) or 1)) in named_days  # ("a day before": one)
        )
        # (or a quotation's day a few days before the one carried: "… the early hours of 27 November
        # 1703" / ""On the 26th the wind rose from the south-west by evening," he wrote")
        run_up = not before and 0 < last[1] - day <= QUOTED_DAYS_BEFORE
        earlier = earlier or (run_up and inside_quotes(text[: m.start()]))
        # (or told in the pluperfect: "… completed on 24 July 1938 …" / "The four had set out on the face
        # on the 21st")
        earlier = earlier or (run_up and _HAD_DONE.search(text, max(0, m.start() - 60), m.start()) is not None)
        # (or told in the simple past: "WYSTANBURY, 3 January — … The rain had begun on New Year's Day …
        # By the evening of the 2nd the river was over the wall"; "12 April 2015 …" / "Ours arrived on the 10th!")
        # (a little further back when the verb just before it is past: "… the contest on Monday 30 May …"
        # / "… practised on the beach with his brother on the 21st and 22nd")
        past_run_up = run_up or (
            not before
            and 0 < last[1] - day <= PAST_DAYS_BEFORE
            and not inside_quotes(text[: m.start()])  # (a resident's "We had the sandbags out on the 12th": now)
            and _EN_PAST.search(text, max(sentence_at(sentences(text), m.start())[0], m.start() - 60), m.start())
            is not None
        )
        earlier = earlier or (past_run_up and _told_past_in_sentence(text, m.start()))
        # (or a few days before a later one of that month in its sentence: "He will travel north on the
        # 18th and return on Thursday the 22nd" after "Tuesday 20 September")
        earlier = earlier or (day < last[1] and not before and _later_ordinal_of(text, m, day, last[1]) is not None)
        if day < last[1] and back is None and not before and not deadline and not listed and not earlier:
            # (an earlier day than one a paragraph before named: likely another month's; the same day
            # is its, and so is a deadline's, "Please return the menu slip by the 11th", before the event,
            # and one counted back, "A week earlier, on the 17th")
            if again:
                # ("… due to fly back out on Friday 8 July. … dated Sunday 10 July: "I was meant to go out
                # on the 8th"": a day an earlier paragraph named, again)
                last = (again[-1], 0)
            elif not _month_goes_on(found, m, day, last[0]):
                continue
        if named is None and not (record and again) and (same := [x for x in before if day in (x.day, x.end_day)]):
            # "… on Tuesday 5 June … the Games open on 27 July. Roads will be closed … on the 5th":
            # the day named before, not the last-named month's
            last = (same[-1].month if same[-1].day == day else same[-1].end_month, 0)
        elif (
            before
            and day > last[1]
            and deadline
            and _SENTENCE_END.search(text, before[-1].end, m.start())  # ("on 1 April, and by the 10th": April's)
            and _BOOKING.search(_sentence_before(text, m.start()))  # (not "expects the road to be clear by the 29th")
        ):
            # "The dinner is on Friday, 1 October. Tickets must be booked by the 24th": a deadline
            # before the day just named, so in the month before it.
            before_month = 12 if last[0] == 1 else last[0] - 1
            # (no such day in the month before, "Subscriptions are due by the 31st" under 15 March:
            # a deadline after the day named, in its month)
            if valid_day(before_month, day, None):
                last = (before_month, 0)
        if named is None and weekday is not None and not inside_quotes(text[: m.start()]):
            # (not in a quotation, which may tell another year: ""… By Friday the 8th we had carried …"")
            last = (_month_its_weekday_allows(last[0], day, weekday, [*weekday_days, *weekdays_of(before)]), 0)
        # (with the weekday written before it: "Friday the 18th", "Saturday, the 31st")
        start = back.start("wd") if back is not None and named_day else m.start("d")
        to = _ORDINAL_TO.match(text, m.end())
        if to is not None and day < int(to.group("d")) and valid_day(last[0], int(to.group("d")), None):
            # "every clear night from the 17th to the 24th": one range of the month
            out.append(
                Mention(start=start, end=to.end(), text=text[start : to.end()], month=last[0], day=day, year=None,
                        end_month=last[0], end_day=int(to.group("d")), end_year=None, form="en", weekday=weekday)
            )  # fmt: skip
            continue
        # "on the 14th and 21st", "for the 15th, 16th and 18th": coordinated days, each a mention
        # spanning the whole phrase
        days, end, at = [day], m.end(), m.end("d") + 2
        while (more := _AND_ORDINAL.match(text, at)) is not None and valid_day(last[0], int(more.group("d")), None):
            days.append(int(more.group("d")))
            end = at = more.end()
            if not more.group(0).lstrip().startswith(","):
                break  # ("and" ends the list)
        end = max(end, month_after)
        for d in days:
            out.append(
                Mention(start=start, end=end, text=text[start:end], month=last[0], day=d, year=None,
                        end_month=last[0], end_day=d, end_year=None, form="en",
                        weekday=weekday if d == day else None, overran=last[0] == overran)
            )  # fmt: skip
    return out
