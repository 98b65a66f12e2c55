"""Year resolution: giving each day mention a year the way a careful reader would, and saying why.

Each article's own time (its present) is worked out first, from evidence in its own text
(bot/index/dates/doctime.py: dateline, anniversary arithmetic, "N years ago", weekdays in a stated
window); dates stated in its body are not evidence, and when the evidence is missing or disagrees
the present is unknown. Then each year-less mention, in reading order, takes the first rule that
applies (`_resolve_one`): a year written with it; the date an anniversary counts from; a
relative qualifier in its clause ("last year", "el año pasado", "в прошлом году", "去年", "thirty
years ago", "a year later"); a year stated in the same sentence; a "seven days later" link to the
previous date; the narrative year of a historical account it continues; the article's present.
Otherwise the year stays unknown. Today's clock is never consulted. docs/year-rules.md explains
the rules and their order.
"""

from __future__ import annotations

import datetime
import gc
import itertools
import re
import sys
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple, TypeVar

from bot.corpus import Article, Corpus, Paragraph
from bot.corpus.plain import LIST_ITEM
from bot.i18n import N_
from bot.index.dates.anniversaries import AnniversaryTable, Base, BaseFinder
from bot.index.dates.doctime import (
    CENTURY_WORDS,
    COHORT_AFTER,
    COUNTED_FROM,
    DECADE_AFTER,
    DIED,
    ES_COUNT,
    JUBILEE_KINDS,
    LEAD_LINE_CHARS,
    OWN_DEATH,
    PERIOD_BEFORE,
    Anniversary,
    Counted,
    DocumentTime,
    Evidence,
    Findings,
    ago_headings,
    ago_phrase,
    anniversaries,
    archive_span,
    archive_year,
    back_to_now,
    clear_caches,
    date_alone_on_top,
    dated_paragraphs,
    dating_line,
    death_day,
    decide,
    evidence,
    has_ago_word,
    masthead_month,
    number_of,
    place_dateline,
    since_governs,
    stated_base,
    word_start,
    year_headings,
    years_in,
)
from bot.index.dates.extract import (
    ES_THAT,
    MONTH_WORD,
    RECORD_OF,
    RECORD_SINCE,
    WEEK_BEFORE,
    ZH_MONTH_STEP,
    Mention,
    bare_ordinal_days,
    dated_weekdays_of,
    find_mentions,
    last_month_named,
    may_name_a_day,
    month_and_year_after,
    month_named_since_the_last_date,
    month_of_the_next_in_list,
    of_relative_month,
    on_a_page,
    quoted_date_before,
    valid_day,
    weekdays_of,
    zh_relative_month_days,
)
from bot.index.dates.lexicon import (
    EN_MONTHS,
    ES_MONTHS,
    MONTH_NAMES,
    WEEKDAY_STEMS_ES,
    WEEKDAY_STEMS_RU,
    WEEKDAYS,
    ru_month,
)
from bot.index.dates.reasons import Day, Ordinal, Weekday, Why, piece, reason
from bot.index.dates.span import DateSpan
from bot.index.dates.text import (
    CARDINAL_ALT,
    CARDINAL_WORDS,
    ORDINAL_ALT,
    ORDINAL_WORDS,
    QUOTE_CLOSE,
    excerpt,
    in_one_quotation,
    inside_quotes,
    last_match,
    number_word,
    sentence_at,
    sentences,
)

_YEARISH = re.compile(r"1[0-9]\d\d|20\d\d")
_CLAUSE_WORDS = frozenset(
    ("met", "held", "said", "visited", "attended", "signed", "who", "which", "that", "is", "was", "with", "during",
     "when", "where", "while")
)  # fmt: skip
_RELATIVE_YEAR = re.compile(
    # (?=…): the first letters of its alternatives, a cheap test before they are tried at each place
    # (not an account's "The next year, on 8 October": `_YEAR_LATER`'s)
    r"(?=[lntedвлоз今去明前后])(?:\b(?:last|(?<!\bthe\s)next|this)\s+year(?:['’]s)?\b|\bthe\s+(?:previous|coming)\s+year\b"
    # ("Весной будущего года, 7 и 8 мая": a season of next year)
    r"|(?:весной|летом|осенью|зимой)\s+(?:прошлого|будущего|следующего|этого|текущего)\s+года"
    r"|\beste\s+año\b|\bd?el\s+año\s+(?:pasado|próximo|que\s+viene)\b|\bd?el\s+próximo\s+año\b"
    r"|\bthe\s+year\s+before\s+last\b|\bel\s+año\s+antepasado\b"
    r"|\bthe\s+(?:year|spring|summer|autumn|fall|winter)\s+after\s+next\b"
    r"|\bthe\s+(?:spring|summer|autumn|fall|winter)\s+before\s+last\b"
    r"|в\s+(?:позапрошлом|прошлом|минувшем|следующем|наступающем|этом|будущем|текущем)\s+году|今年|去年|明年|前年|后年)",
    re.IGNORECASE,
)
# "the 30th anniversary of the pit's closure on 30 March": a date this close after "of" is the
# event's own; after a long subject ("… of the victory in the War of Resistance … on 3 September")
# it is the commemoration's.
SHORT_SUBJECT = 6
# A sentence about the anniversary the article is written for speaks of the present.
# A programme's or notice's line: a label, a colon, then the date ("Apple Day: 19 October").
_LISTING = re.compile(r"[^.:;!?\n]{2,60}:\s*$")
# The same, whose last words may lead in to the day: "Year 6 national tests: week beginning 13 May".
_LISTING_LED_IN = re.compile(r"[^.:;!?\n]{2,60}:\s*(?:[^\W\d_]+\s+){0,3}$")
_LIST_LABEL = re.compile(r"[^.:;!?\n]{2,60}:")
# An offer or permission in the present ("Schools may book …", "Visitors can see …"): not an account.
_MAY_NOW = re.compile(r"\b(?:may|can)\s+(?:also\s+|now\s+|still\s+)?(?!have\b|be\b|not\b)[a-z]{3,}\b")


# A programme's line that opens with its time: "12 noon   Boxing Day play", "7.30pm Concert", "10.00 Talks".
_TIMED_LINE = re.compile(r"\s*(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|noon|midnight)\b|\d{1,2}[.:]\d\d\b)", re.I)


def _season_behind(phrase: str, m: Mention) -> bool:
    """Whether "last <season>" puts the day in the year before the article's, its own day unknown: an
    autumn's or a December's ("at St Mary's last December, on the 15th"), or an autumn month's; not
    a summer's or a spring's (as often this year's, later on)."""
    low = phrase.casefold()
    return any(w in low for w in ("autumn", "fall", "otoño", "осен", "october", "november", "december")) or (
        any(w in low for w in ("winter", "invierno", "зим")) and m.month == 12
    )


# The months of each season "last <season>" and "next <season>" name, and the months themselves
# (northern; a winter spans two years, so it is left out).
_NAMED_SEASON_MONTHS: dict[str, tuple[int, ...]] = {"spring": (3, 4, 5), "primavera": (3, 4, 5), "весной": (3, 4, 5)}
_NAMED_SEASON_MONTHS |= {"summer": (6, 7, 8), "verano": (6, 7, 8), "летом": (6, 7, 8)}
_NAMED_SEASON_MONTHS |= {"autumn": (9, 10, 11), "fall": (9, 10, 11), "otoño": (9, 10, 11), "осенью": (9, 10, 11)}
_NAMED_SEASON_MONTHS |= {name.casefold(): (n,) for n, name in enumerate(MONTH_NAMES, 1)}


def _season_under_way(phrase: str, month: int) -> bool:
    """Whether the season (or month) "last …" names is the one the article's day falls in: then the
    last one is a year before ("Last summer we climbed on 18 July", written on 25 July)."""
    return any(month in _NAMED_SEASON_MONTHS.get(word.casefold(), ()) for word in phrase.split())


def _table_row(text: str, m: Mention) -> bool:
    """Whether the mention opens a row laid out in columns: the date near the line's start, then a
    gap of spaces before the event ("Saturdays and Sundays, 2 to 17 December   Santa Specials")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return m.start - line_start <= 40 and text.startswith("  ", m.end) and bool(text[m.end :].strip())


# A record's own date just before: "it is dated the 12th of February", "… dated 11 July 1845, was read …"
_DATED = re.compile(r"\b(?:dated|fechad[ao]|датирован\w*)\s+(?:the\s+|on\s+|el\s+)?$", re.IGNORECASE)
_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|noon|midnight)\b|\d{1,2}[.:]\d\d\b|noon\b|midnight\b"
_A_CLOCK_TIME = re.compile(rf"\b(?:{_CLOCK})", re.I)
# What follows the day that opens a programme's entry: its time(s) and a colon ("Saturday 16 November,
# 7.30pm: opening night", "Saturday 23 November, 10am to 4pm: a sale").
_ENTRY_TIME = re.compile(rf",?\s*(?:from\s+)?(?:{_CLOCK})(?:\s*(?:to|until|-|–)\s*(?:{_CLOCK}))?\s*:\s", re.I)


def _programme_entry(text: str, m: Mention) -> bool:
    """Whether the paragraph opens with the day and its time, then a colon: a programme's entry; or
    with the day and its weekday, then a colon and words that tell no past ("Saturday 11 October:
    opening parade from the village green, 11am"; a diary's "Monday 14 March: left camp at dawn" does)."""
    if text[: m.start].strip():
        return False
    if _ENTRY_TIME.match(text, m.end) is not None:
        return True
    return m.weekday is not None and text.startswith(":", m.end) and not _tells_past(text[m.end : m.end + 200])


def _programme_day(article: Article, pidx: int, text: str, m: Mention) -> bool:
    """Whether the paragraph only names the day and the next one opens with a time: a programme's
    day heading."""
    if len(text.strip(" :.—–-")) > len(m.text) + 2 or pidx + 1 >= len(article.paragraphs):
        return False
    return _TIMED_LINE.match(article.paragraphs[pidx + 1].text) is not None


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|\([a-z\d]\)|[a-z][.)])\s+\S")  # a numbered item: "1. ", "(b) ", "a) "
_BIRTHDAY = re.compile(r"\bbirthday\b|cumpleaños|день\s+рождения|生日", re.IGNORECASE)
_ANNIVERSARY_WORD = re.compile(
    r"(?=[abcjqstгл周])"  # (its words' first letters looked at first: the same matches)
    r"(?:\b(?:anniversary|(?:bi|ter|tri|quater|sesqui)?centenar(?:y|io)|(?:bi|semi|sesqui)?centennial|jubilee"
    r"|aniversario|cincuentenario)\b"
    r"|годовщин|лети[еяюи]|周年)",
    re.IGNORECASE,
)
# "the commemoration of the 80th anniversary of X on 1 September": the date is the commemoration's.
# An anniversary word before the noun it qualifies ("centenary trains", "jubilee concert"): what is held
# for it, not what it counts from
_ATTRIBUTIVE = re.compile(r"(?:centenary|centennial|bicentenary|jubilee|anniversary)\s", re.IGNORECASE)
_CELEBRATED = re.compile(
    r"\b(?:(?:commemorations?|celebrations?|ceremon(?:y|ies)|observances?|events?|concerts?|services?)\s+"
    r"(?:of|marking|to\s+mark|for)|commemorat(?:e|es|ed)|celebrat(?:e|es|ed)|honou?r(?:s|ed)?|observ(?:e|es|ed)"
    r"|attended|marked)\s+the\s+$",
    re.IGNORECASE,
)
# The anniversary kept on the day after it: "Las fiestas del centenario se celebrarán del 12 al 14 de
# septiembre", "the centenary will be celebrated on 4 June", "юбилей отметят 3 мая".
_KEPT_AFTER = re.compile(
    r"\s*(?:se\s+celebrar\w*|will\s+be\s+(?:celebrated|marked|held)|is\s+to\s+be\s+(?:celebrated|marked)"
    r"|отмет(?:ят|им|ит)|будут\s+отмечать)\b",
    re.IGNORECASE,
)
# … or a few words on, Russian putting its object first: "40-летие игры кружок отметит турниром 8 и 9 июня"
_KEPT_A_FEW_WORDS_AFTER = re.compile(
    r"\s*(?:[^\s,.;:]+\s+){1,3}?(?:отмет(?:ят|им|ит)|будут\s+отмечать|отпраздну(?:ет|ют|ем))(?![а-яё])", re.IGNORECASE
)
_YEAR_AFTER_DATE = re.compile(
    r",?\s+(?:of\s+)?(?:the\s+(?:following|next)\s+year|that\s+(?:same\s+)?year|the\s+same\s+year)\b"
    r"|\s+(?:del\s+año\s+siguiente|de\s+(?:ese|aquel)\s+(?:mismo\s+)?año|del\s+mismo\s+año)\b"
    r"|\s+(?:следующего|того\s+же)\s+года",
    re.IGNORECASE,
)
_NEXT_YEAR_WORD = re.compile(r"following|next|siguiente|следующ", re.IGNORECASE)
# "Work started on 6 March last year", "el 6 de marzo del año pasado", "20 июня прошлого года".
_RELATIVE_AFTER_DATE = re.compile(
    r",?\s+(?P<en>last|next|this)\s+year\b|\s+del\s+año\s+(?P<es>pasado|próximo|que\s+viene)\b|\s+de\s+(?P<es2>este)\s+año\b"
    r"|\s+del\s+(?P<es3>próximo|pasado)\s+año\b"
    r"|,?\s+the\s+year\s+(?P<en2>before\s+last)\b"
    r"|,?\s+the\s+(?:year|spring|summer|autumn|fall|winter)\s+(?P<en3>after\s+next)\b"
    r"|\s+(?P<ru>прошлого|будущего|этого|текущего)\s+года",
    re.IGNORECASE,
)
# A clause that speaks of what is still to come, or of what is over (HeidelTime's tense cue).
_FUTURE_TENSE = re.compile(
    # ("agreed that members would travel …": a meeting's plan, the future seen from its past)
    # ("two days later than planned": a comparison with the plan, not one)
    # (not plans given up: "voted to drop plans to move it to Thursdays, after a trial from 4 March")
    r"\b(?:will|shall|is\s+planning|are\s+planning|(?<!drop\s)(?<!dropped\s)(?<!scrap\s)(?<!scrapped\s)(?<!abandon\s)"
    r"(?<!abandoned\s)plans?\s+to|(?<!than\s)planned|due\s+to|to\s+be\s+held|going\s+to"
    r"|(?:agreed|decided|resolved|hoped)\s+that\s+\w+(?:\s+\w+)?\s+would|(?:arrangements|preparations)\s+for"
    # "he hoped to pour again by 1 September", "I have promised to return on the 28th"
    r"|(?:hopes?|hoped|expects?|expected|promised?|promises|intends?|intended)\s+to"
    r"|takes\s+effect|comes?\s+into\s+(?:force|effect|operation)"  # "The ban … takes effect on 1 January"
    r"|(?:must|should)(?!\s+have\b)"  # "applications must reach us by 18 April" (not "must have been")
    r"|deben?(?!\s+(?:de\s+)?haber\b)"  # "deben apuntarse … hasta el jueves 24 de septiembre"
    r"|next\s+(?:spring|summer|autumn|fall|winter)"  # "in time for the village fete next summer, on 13 June"
    r"|(?:I|we|you|they)['’](?:m|re)\s+(?!been\b)\w+ing"  # an arrangement: "on Friday the 11th I'm giving a talk"
    # (a show in the making: "For Christmas the society is preparing a show …, from 18 December")
    r"|(?:is|are)\s+preparing|prepares|prepara|preparan|está[n]?\s+preparando"
    r"|se\s+celebrará|habrá|será|serán)\b|\w+['’]ll\b|\b\w+(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos|drá|drán)\b"
    # ("его проведут 5 и 6 августа": they will hold it)
    r"|будет|будут|начн[её]тся|пройд(?:[её]т|ут)|откро[ею]тся|состо(?:и|я)тся|покажут|продлится"
    # ("开放日定于6月14日": is set for; "拟于", "预计": is to, is expected)
    r"|провед(?:[её]т|ут)|откро(?:ет|ют)(?![а-яё])|将|即将|计划|定于|拟于|预计"
    # ("Открыть её хотят 15 мая": they want to, they plan to, it falls on)
    r"|(?:хочет|хотят|хотим|планиру(?:ет|ют|ем)|собира(?:ется|ются|емся)|прид[её]тся)(?![а-яё])",
    re.IGNORECASE,
)
# A literal every `_FUTURE_TENSE` match holds (same flags), alternative by alternative: will, shall,
# plan (is/are planning, plan(s) to, planned), due, held, going, debe (deben); 'll / ’ll; rá (se celebrará, habrá,
# será, serán, -ará … -irán), remos (-aremos …); the Russian words' stems; 将 (即将), 计划. The hint
# scan is cheap; `_FUTURE_TENSE`'s `\w+` alternatives retry every place of every word.
_FUTURE_HINT_WORDS = (
    "will|shall|plan|due|held|going|'ll|’ll|rá|remos|agreed|decided|resolved|hope|expect|promis|intend|arrangements"
    "|preparations"
    "|effect|force|operation|must|should|debe|next|'m|’m|'re|’re|prepar"
    "|будет|будут|начн|пройд|откро|состоится|состоятся|покажут|продлится|провед|хочет|хотят|хотим|планиру|собира"
    "|придётся|придется|将|计划|定于|拟于|预计"
)
_FUTURE_HINT = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _FUTURE_HINT_WORDS.split('|')}))}])(?:{_FUTURE_HINT_WORDS})", re.IGNORECASE
)


# A character that is not ASCII, nor typographic punctuation or a Latin-1 sign ("’", "—", "£"): none
# of those has a case, so in a text without one of these an ASCII word matches under `re.I` exactly
# where it is a part of the text's lower case (`re.I` also lets "ſ", "K", "ı" and "İ" stand for
# ASCII letters, and folds otherwise than `lower()`: a text holding one is searched as it is).
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u00a0-\u00bf\u2010-\u203f]")


def _plain_lower(text: str, pos: int = 0, endpos: int = sys.maxsize) -> str | None:
    """`text[pos:endpos]` in lower case when it is plain (see `_NOT_PLAIN`), else None. (A word test
    on it costs a fraction of a case-blind scan of the same span, which tries its pattern at every
    place.)"""
    pos = max(pos, 0)  # (as a search reads it)
    part = text[pos:endpos] if pos or endpos < len(text) else text
    return part.lower() if part.isascii() or _NOT_PLAIN.search(part) is None else None


def _may_hold(words: tuple[str, ...], text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """False only when the span is plain and holds none of `words` (lower case), each a literal that
    every match of some case-blind pattern holds: then it cannot match there."""
    low = _plain_lower(text, pos, endpos)
    return low is None or any(map(low.__contains__, words))


class _Hinted:
    """`rx.search`, tried only when `hint` (a literal each of its matches holds) is in the span; and
    without the alternatives `wide` lists while `wide_hint` (a literal each of their matches holds)
    is not (those fail everywhere then, and the others find what they found: the same match)."""

    __slots__ = ("hint", "hint_words", "narrow", "rx", "wide_hint", "wide_words")

    def __init__(
        self,
        rx: re.Pattern[str],
        hint: re.Pattern[str],
        wide: tuple[str, ...] = (),
        wide_hint: str = "",
        *,
        hint_words: tuple[str, ...],
        wide_words: tuple[str, ...] = (),
    ) -> None:
        # `hint_words` and `wide_words`: the literals `hint` and `wide_hint` are alternations of (lower
        # case), tested as words where the span is plain (see `_plain_lower`): the same answers.
        self.rx, self.hint, self.hint_words, self.wide_words = rx, hint, hint_words, wide_words
        narrow: str | None = rx.pattern
        for alternative in wide:
            narrow = _without_alternative(narrow, alternative) if narrow is not None else None
        # (left whole when an alternative is not written so any more)
        self.narrow = rx if narrow is None or not wide else re.compile(narrow, rx.flags)
        self.wide_hint = re.compile(wide_hint or "$^", rx.flags)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # A match inside [pos, endpos) holds the hint's literal inside it too, so no hint, no match.
        low = _plain_lower(text, pos, endpos)
        if low is None:
            if not self.hint.search(text, pos, endpos):
                return None
            wide = self.narrow is self.rx or self.wide_hint.search(text, pos, endpos) is not None
        else:
            if not any(map(low.__contains__, self.hint_words)):
                return None
            wide = self.narrow is self.rx or any(map(low.__contains__, self.wide_words))
        return (self.rx if wide else self.narrow).search(text, pos, endpos)


def _without_alternative(pattern: str, alternative: str) -> str | None:
    """`pattern` without `alternative` ("|…", a whole alternative of one of its alternations), or None
    when it is not written there so."""
    at = pattern.find(alternative)
    after = at + len(alternative)
    whole = at > 0 and pattern[at - 1] != "\\" and (after == len(pattern) or pattern[after] in "|)")
    return pattern[:at] + pattern[after:] if whole else None


_FUTURE = _Hinted(
    _FUTURE_TENSE,
    _FUTURE_HINT,
    # (each `\w+` alternative retries at every place of every word: tried only where its ending is)
    (r"|\w+['’]ll\b", r"|\b\w+(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos|drá|drán)\b"),
    r"['’]ll|r(?:á|emos)",
    hint_words=tuple(_FUTURE_HINT_WORDS.split("|")),
    wide_words=("'ll", "’ll", "rá", "remos"),
)
_A_PAST_PLAN = re.compile(r"\b(?:had|was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # ("we had planned to …")
_PAST = re.compile(
    # (first, a lookahead for the first letters of its words, listed from them: was/were, had, since/se,
    # ago, last, fue/fueron, tuvo, desde; был…, прош…, состоял…/с тех пор; zero-width, like the `\b`
    # and the lookbehind it comes before: the same matches; the Russian words' own, so that a Latin
    # letter does not try them)
    r"(?=[adfhlstwбпс])(?:"
    # ("at last" is no past: "I shall come home at last")
    r"\b(?:was|were|had|since|ago|(?<!\bat\s)last|fue|fueron|tuvo\s+lugar|se\s+celebró|desde)\b"
    r"|(?<![а-яё])(?=[бпс])(?:был|была|было|были|прош[её]л|прошла|прошли|состоял(?:ся|ась|ись)|с\s+тех\s+пор)(?![а-яё]))",
    re.IGNORECASE,
)
_THE_LAST = re.compile(r"\bthe\s+last\b", re.IGNORECASE)
TENSE_MARGIN_DAYS = 45
# A day more than this far from the article's own, in its year, is read in the neighbouring year when
# no tense says otherwise: about ten months, so only the turn of the year is concerned.
NEAREST_DAYS = 300
# A year written right before "N years ago" ("since 1989, 28 years ago"): the phrase restates it.
_APPOSITION_AGO = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\s*[,(—–-]\s*$")
# "…, two months after they had worked it out on 28 February": an earlier day, not the next year.
_LOOKS_BACK = re.compile(
    # (?=…): its words' first letters, a cheap test before the alternatives are tried at each place (same matches)
    r"(?=[behpaрд之此以])"
    r"(?:\b(?:before|earlier|had|previously|ago|antes|había|habían|anteriormente|раньше|до\s+этого)\b|之前|此前|以前)",
    re.IGNORECASE,
)
_RECENT = re.compile(r"\b(?:d?el\s+pasado|a?la\s+pasada|al\s+pasado|this\s+past)\s+$|прошедш\w*\s+$", re.IGNORECASE)
_UPCOMING = re.compile(r"\b(?:el\s+próximo|la\s+próxima|this\s+coming|next)\s+$|ближайш\w*\s+$", re.IGNORECASE)
# "Next Boxing Day, 26 December": the day's name between (capitalised: not "next year, 3 May")
_NEXT_NAMED_DAY = re.compile(r"\b[Nn]ext\s+(?:St\.?\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2},\s+$")
_FOLLOWING_SEASON = re.compile(
    # (?=…): its alternatives' first letters (the, la/el, следующ-), a cheap test at each place (same matches)
    r"(?=[tleс])(?:\bthe\s+(?:following|next)\s+(?:spring|summer|autumn|fall|winter)\b"
    # ("… slipped into orbit on 1 July, and the following January, on the 14th, …": the next such month)
    rf"|\bthe\s+(?:following|next)\s+(?P<month>{'|'.join(MONTH_NAMES)})\b"
    r"|\b(?:la|el)\s+(?:primavera|verano|otoño|invierno)\s+siguiente\b|\bследующ\w+\s+(?:весной|летом|осенью|зимой))",
    re.IGNORECASE,
)
_PREVIOUS_SEASON = re.compile(
    r"(?=[tleп])(?:\bthe\s+(?:previous|preceding)\s+(?:spring|summer|autumn|fall|winter"  # (the same)
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b"  # ("November")
    # ("in the spring before the opening, from 6 to 24 March": the one before the day told last)
    r"|\bthe\s+(?:spring|summer|autumn|fall|winter)\s+before\s+(?:the|its|his|her|their)\s"
    r"|\b(?:la|el)\s+(?:primavera|verano|otoño|invierno)\s+anterior\b|\bпредыдущ\w+\s+(?:весной|летом|осенью|зимой))",
    re.IGNORECASE,
)
_THAT_FIRST_SEASON = re.compile(
    r",?\s+(?:in|during|of)\s+(?:that|the)\s+(?:first|opening)\s+(?:summer|spring|autumn|fall|winter|season|year)\b",
    re.IGNORECASE,
)
_THAT_ANNIVERSARY = re.compile(r"\b(?:that|this|the\s+same)\s+anniversary\b", re.IGNORECASE)
_YEAR_LATER = re.compile(
    # ("Harrowell followed three summers later, on 30 July": a season counts years too)
    rf"\b(?P<n>(?:(?:a|one|{CARDINAL_ALT})[\s-]+(?:and\s+)?)*(?:a|one|{CARDINAL_ALT})|\d{{1,3}})"
    r"\s+(?:years?|summers?|winters?|springs?|autumns?)\s+"
    # ("Two years after the sale, on the night of 9 November": after what the account last dated;
    # "175 years to the day later")
    r"(?:to\s+the\s+day\s+)?(?:later|afterwards|(?P<after>after\s+(?:the|that|this|its|his|her|their)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=,)))\b"
    r"|\bthe\s+(?:following|next)\s+year\b"
    rf"|\b(?P<es>un|\d{{1,2}}|{ES_COUNT}|[a-zá-ú]+)\s+años?\s+(?:después|más\s+tarde)\b|\bal\s+año\s+siguiente\b"
    r"|\bthe\s+year\s+after\b|\bd?el\s+año\s+siguiente\b|на\s+(?:следующий|другой)\s+год"
    r"|(?:(?P<ru>\d{1,2}|[а-яё]+)\s+(?:лет|года)\s+спустя)|год\s+спустя|через\s+год"
    r"|через\s+(?P<ru2>\d{1,2}|[а-яё]+)\s+(?:лет|года)\b|спустя\s+(?P<ru3>\d{1,2}|[а-яё]+)\s+(?:лет|года)\b"
    r"|(?P<zh>\d{1,2}|[一二两三四五六七八九十]{1,3})年后|次年|第二年",
    re.IGNORECASE,
)
# "Тридцать лет спустя после учредительного собрания", "Cincuenta años después de su fundación": the
# count names the event it is from.
_AFTER_EVENT = re.compile(r"\s+(?:после|de|del)\s+(?P<event>[^,.;:]{3,60})", re.IGNORECASE)


def _counted_from_event(later: re.Match[str], clause: str, ctx: _Context) -> tuple[int, str] | None:
    """(year, why) for "N years after <event>" when the article itself dates the event."""
    counted = next((g for g in ("es", "ru", "ru2", "ru3") if later.group(g)), None)
    after = _AFTER_EVENT.match(clause, later.end()) if counted else None
    step = number_of(later.group(counted)) if counted else None
    if after is None or not step:
        return None
    base = ctx.finder.find(after.group("event"), ctx.article.article_id)
    phrase = " ".join(clause[later.start() : after.end()].split())
    origin = ctx.looked_back_to
    if (base is None or base.strength < 1.0) and origin is not None and _BEGINNING.match(after.group("event")):
        # "Diez años después de la fundación, el 7 de octubre": the beginning the piece counts from
        why = reason(N_("“{phrase}”: {base} + {n}; {why}"), phrase=phrase, base=origin[0], n=step, why=origin[1])
        return origin[0] + step, why
    if base is None or base.strength < 1.0:
        return None  # only what this article dates: another's namesake event is too far a reach
    why = reason(N_("“{phrase}”: {base} + {n}; {why}"), phrase=phrase, base=base.year, n=step, why=base.why)
    return base.year + step, why


# A beginning named by its noun: "de la fundación", "после открытия".
_BEGINNING = re.compile(
    r"(?:la\s+|su\s+)?(?:fundación|apertura|inauguración|creación)\b|(?:основания|открытия|создания)\b", re.IGNORECASE
)


# "Ten years after the demolition", "Twenty years on," (not "twenty years on air", nor "three years
# after that case", which points back at the event just told): a count from the event commemorated.
_YEARS_AFTER_EVENT = re.compile(
    rf"^\W*(?P<n>{CARDINAL_WORDS}|\d{{1,3}})\s+years\s+(?:(?P<event>after)\s+(?:the|its|our)\s+\w+|on\s*,)",
    re.IGNORECASE,
)
_LAST_SEASON = re.compile(
    # (a lookahead for its alternatives' first letters: last, el/la, прошл-, 去年; the same matches)
    r"(?=[leп去])(?:\blast\s+(?:summer|spring|autumn|fall|winter|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
    r"|\b(?:el|la)\s+(?:verano|primavera|otoño|invierno)\s+pasad[oa]\b"
    r"|прошл(?:ым|ой)\s+(?:летом|весной|осенью|зимой)|去年(?:夏天|春天|秋天|冬天))",
    re.IGNORECASE,
)
# "Next summer's regatta … 4 and 5 July", "el próximo verano", "следующим летом": the first such season
# that is not under way or over by the article's day (read in `_year_by_rules`, from `_SEASON_STARTS`).
_NEXT_SEASON = re.compile(
    r"(?=[nelpсб])(?:\bnext\s+(?P<en>summer|spring|autumn|fall|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
    r"|\b(?:el|la)\s+pr[óo]xim[oa]\s+(?P<es>verano|primavera|otoño)\b"
    r"|(?:следующ|будущ)(?:им|ей)\s+(?P<ru>летом|весной|осенью))",
    re.IGNORECASE,
)
_SEASON_STARTS = {word: months[0] for word, months in _NAMED_SEASON_MONTHS.items()}  # ("Next September, on the 23rd")
# "the previous year, when …", "el año anterior": the year before the account's (or the present's).
_YEAR_BEFORE = re.compile(
    # (?=…): its alternatives' first letters (the, el, в/весной, летом, осенью, зимой, 前): the same matches
    r"(?=[teвлоз前])(?:\bthe\s+(?:previous|preceding)\s+year\b|\bthe\s+year\s+before\b(?!\s+last)|\bel\s+año\s+anterior\b"
    r"|в\s+предыдущем\s+году|(?:весной|летом|осенью|зимой)\s+предыдущего\s+года|前一年)",
    re.IGNORECASE,
)
# "on 20 December, the winter before", "on 3 May, the previous spring": a time before the account's day.
_SEASON_BEFORE_AFTER = re.compile(
    r",?\s+the\s+(?:(?:winter|spring|summer|autumn|(?P<year>year))\s+before(?!\s+last)"
    r"|previous\s+(?:winter|spring|summer|autumn|(?P<year2>year)))\b",
    re.IGNORECASE,
)
# "Fifteen years earlier, on 30 June", "Quince años antes, el 30 de junio", "За год до появления крыши,
# 31 декабря": a count of years back from the year the account last dated, or from the event it names.
_YEARS_EARLIER = re.compile(
    rf"\b(?P<n>(?:(?:a|one|{CARDINAL_ALT})[\s-]+(?:and\s+)?)*(?:a|one|{CARDINAL_ALT})|\d{{1,3}})\s+years?\s+"
    r"(?:earlier|before(?!\s+(?:last|then|that\b))(?:\s+(?P<event>(?:the|its|his|her|their)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?))?)"
    r"(?=\s*,|\s+(?:on|in|when)\b)"
    rf"|\b(?P<es>un|\d{{1,2}}|{ES_COUNT}|[a-zá-ú]+)\s+años?\s+antes(?:\s+del?\s+(?P<es_event>[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}))?(?=\s*,)"
    r"|\bза\s+(?:(?P<ru>\d{1,2}|[а-яё]+)\s+(?:лет|года)|год)\s+до\s+(?P<ru_event>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*,)",
    re.IGNORECASE,
)
# "had already announced it on 28 February", "había arrancado el 31 de mayo": a pluperfect looks back
# from the account's own time, so the day belongs to the account.
# Paragraphs after the account's last date a pluperfect still looks back within it (one-line paragraphs:
# "La noche del 14 de septiembre de 1925 … ¶ Los vecinos … ¶ La corriente venía … ¶ La turbina había
# empezado a funcionar en pruebas el 2 de agosto").
PLUPERFECT_REACH = 3
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|just\s+)?\w+(?:ed|en|wn|t)\b|\bhabía(?:n)?\s+\w+(?:ado|ido)\b", re.I)
# "同年10月15日", "that same year, on 3 May", "ese mismo año", "в том же году": the previous date's year.
_SAME_YEAR = re.compile(
    r"同年|当年|那年|\b(?:that|the)\s+same\s+year\b|\b(?:ese|aquel)\s+mismo\s+año\b|в\s+том\s+же\s+году", re.IGNORECASE
)
# "that year" as well as "that same year": the account's year, not the next one.
_THAT_YEAR = re.compile(rf"{_SAME_YEAR.pattern}|\bthat\s+year\b|в\s+том\s+году|\b(?:ese|aquel)\s+año\b", re.IGNORECASE)
_ORIGIN_CLAUSE = re.compile(
    r"\b(?:first|founded|established|est|estd|formed|built|opened|created|since|born|started|begun|settled|arrived|emigrated"
    r"|came|moved|died|after|until|desde)\b[^,;]{0,30}$"
    # "The Beacon Hill repeater, licensed in 1992, was off the air …": a side clause's participle
    r"|,\s*(?:[a-z]+\s+)?[a-z]{3,}ed\s+in\s+$"
    # "строительство которого шло с весны 2008 года": since (the spring of) a year
    r"|(?<![а-яё])(?:с|со|начиная\s+с)\s+(?:(?:весны|лета|осени|зимы|начала|конца|середины)\s+)?$",
    re.IGNORECASE,
)
PROMISE_YEARS_AHEAD = 5  # years after an account's time a promise told in it may name
# (the year's digits first, its lookbehinds read from its end: the engine skips ahead to a 1 or a 2)
# (not a year that makes a word: "a 1951-style tea dance", "a 1960s-era bus")
_FREE_YEAR = re.compile(
    rf"(1[5-9]\d\d|20\d\d)(?<![\d,.\-–/]....){COHORT_AFTER}(?![\d]|['’]?s\b|[-–][a-z]|{DECADE_AFTER})"
)
# Not the time of a date in the sentence: "to 2035", "1939–1945".
_AGO_IN_YEAR = re.compile(r",?\s+in\s+(?:1[0-9]\d\d|20\d\d)\b")
_NOT_A_PLAIN_YEAR = re.compile(
    # (nor "eleven years ago, in 2009": a year told as that long ago is history, not this day's)
    # (nor "the exhibition of her 1994 drawings": a year a possessive gives a thing is its, not a day's)
    r"(?:to|until|by|till)\s+$|\d\s*[-–]\s*$|\bago,?\s+in\s+$|\b(?:her|his|their|its|our|my|your)\s+$",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(
    # not "a week later than usual": a comparison, not a step from the date before
    rf"\b(?:(?P<n>\d+|{CARDINAL_ALT}|a|one)\s+(?P<unit>days?|weeks?|fortnights?)\s+(?P<dir>later|after(?:wards)?|earlier|before)(?!\s+than)"
    r"|(?:a\s+few|several|some|\w+)\s+(?:months?|weeks?)\s+(?:later|after(?:wards)?)(?!\s+than)"
    r"|(?P<es_n>\d+|\w+)\s+(?P<es_unit>días?|semanas?)\s+(?P<es_dir>después|más\s+tarde|antes)|(?:unos|varios)\s+meses\s+después"
    r"|the\s+(?:next|following|same)\s+(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?day"
    r"|(?<!to\s)the\s+day\s+(?:after|before)"  # (not "twenty-five years to the day after")
    r"|al\s+día\s+siguiente|(?:ese|el)\s+mismo\s+día|la\s+víspera|el\s+día\s+anterior)\b"
    # (the rest behind a lookahead for their first letters: most places fail one test, not ten)
    r"|(?=[взнсч次第翌当前])(?:на\s+следующий\s+день|в\s+тот\s+же\s+день|накануне|次日|第二天|翌日|当天|前一天|前一日"
    # "за десять дней до этого", "через три дня", "спустя неделю"
    r"|(?P<ru_dir>за|через|спустя)\s+(?P<ru_n>\d+|[а-яё]+)\s+(?P<ru_unit>дн\w*|сут\w*|недел\w*)(?:\s+до\s+(?:этого|того))?)",
    re.IGNORECASE,
)
# Russian "is set for" ("Встреча … назначена на 19-го"), not "was set for" ("пуск был назначен на 29 октября")
_SET_FOR_RU = r"(?<!был\s)(?<!была\s)(?<!было\s)(?<!были\s)назначен[аоы]?\s+на\b"
_APPEAL = re.compile(r"\b(?:is|are)\s+(?:asked|requested|urged|reminded)\s+to\b", re.IGNORECASE)
_PRESENT = re.compile(
    # (first, a lookahead for the first letters of its alternatives' words, listed from them below:
    # the same matches, most places rejected by one test; then one `\b` for all the alternatives that
    # start with one, so that a place inside a word fails once, not six times)
    r"(?=[abcefhilnoprstuwyвнсз今目将明])(?:\b(?:"
    # (not "now" of a thing's place today, an aside: "A letter home, written on Sunday 10 June and now framed
    # in her hallway, reports …")
    r"(?:this year|today|now(?!\s+(?:framed|kept|held|housed|hanging|displayed|preserved|in\s+the)\b)|currently"
    # (not an account's "the next day": "… deserted on the 22nd and … setting out … the next day")
    r"|recent(?:ly)?|upcoming|tomorrow|yesterday|will|next(?!\s+(?:day|morning|evening|night)\b)|last week)\b"
    # a timetable in the present tense: "An exhibition opens … on 20 October", "runs until", "His
    # successor takes over on 1 December", "Members are invited to a supper on 9 December"
    # (not the noun: "Test runs began on 24 April")
    r"|(?:opens|(?<!test\s)(?<!trial\s)(?<!dry\s)runs|starts|begins|takes\s+place|is\s+open|are\s+open|takes\s+over|closes|ends|finishes"
    r"|reopens|retires|(?:is|are)\s+invited"
    # a need or a plan held now: "the society, which needs the costumes back for its production on 26 July"
    r"|(?:which|who)\s+(?:needs?|wants?|plans?|hopes?|intends?))\b"
    # an event being got ready: "The Corn Hall is holding a tribute night … on 22 and 23 November"
    # (or shown: "the museum is showing photographs of the pageant until 30 June")
    r"|(?:is|are)\s+(?:holding|hosting|staging|organi[sz]ing|planning|putting\s+on|marking|celebrating|showing"
    r"|exhibiting|displaying|screening)\b"
    r"|this\s+(?:spring|summer|autumn|fall|winter|week|month|season)\b"
    r"|(?:has|have)\s+(?:been|begun|become|\w+ed)\b|(?:ha|han|he|hemos)\s+\w+(?:ado|ido)\b"
    r"|(?:este año|hoy|ahora|actualmente|próxim[oa]s?)\b)"
    # (and, outside a quotation, what is set for a day: "Встреча … назначена на 19-го")
    rf"|сегодня|сейчас|завтра|в этом году|нынешн|{_SET_FOR_RU}"
    r"|今年|今天|明天|目前|将)",
    re.IGNORECASE,
)
_ANNIV_AFTER = re.compile(
    # (a lookahead first, past the same punctuation, for a first letter of what may follow it — a verb,
    # "the", a digit, an ordinal — and `ORDINAL_ALT`: after most dates one test fails, not every word)
    rf"(?=\)?\s*,?\s*[\d{''.join(sorted({'m', 'i', 'w', 't'} | {w[0] for w in ORDINAL_WORDS.split('|')}))}])"
    rf"\)?\s*,?\s*(?:(?P<verb>marks|marked|is|was)\s+)?(?:the\s+)?(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_ALT})\s+anniversary",
    re.IGNORECASE,
)
# "… is 17 January, the 50th anniversary of the fire": the date is the occasion's, not the fire's.
_DATE_IS_AN_ADVERBIAL = re.compile(
    r"\b(?:on|from|until|till|by|since|before|after|is|was|will\s+be|falls\s+on)\s+$", re.IGNORECASE
)
# A commemoration held on the anniversary day itself also dates the original event. Only when the
# date belongs to the commemoration: "honoured the 80th anniversary of X on September 3", "the
# commemoration of the 80th anniversary of X, held on September 3", "… of X in Beijing (September 3)",
# "On September 3, Venezuela honoured the 80th anniversary of X". Not "met on September 4 with
# leaders who had come to attend the commemoration of the 80th anniversary": the date is the meeting's.
_COMMEM_VERB = r"(?:honou?r|celebrat|commemorat|mark|observ)(?:ed|es|e|ing)?"
_COMMEM_NOUN = r"(?:commemorations?|celebrations?|ceremon(?:y|ies)|observances?)"
_COMMEM_HEAD = (
    rf"(?:(?P<verb>\b{_COMMEM_VERB})|(?P<noun>\b{_COMMEM_NOUN})\s+(?:of|marking|to\s+mark|for))\s+the\s+"
    rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th)|(?:{ORDINAL_WORDS})(?:-(?:first|second|third|fourth|fifth|sixth|seventh|"
    rf"eighth|ninth))?)\s+anniversary\s+of\s+"
)
_COMMEM_BEFORE_DATE = re.compile(
    _COMMEM_HEAD
    + r"(?P<subj>[^,.;:()“”\"]{3,200}?)"
    # held on D / which was held on D / in Place (D) / (D) — and, after a verb only, a bare "on D".
    + r"(?P<conn>\s*,?\s+(?:(?:which|that)\s+was\s+)?held\s+(?:in\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})?on\s+"
    + r"|(?:\s+in\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})?\s*\(\s*"
    + r"|(?<=\w)(?P<bare>(?:\s+in\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})?\s+on\s+))"
    + r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
_ON_OR_PAREN = re.compile(r"(?:\bon|\()\s*(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)  # cheap gate before the search
_COMMEM_AFTER_DATE = re.compile(
    r",?\s+(?:(?:the|of|and)\s+|(?-i:[A-Z])[\w’'.-]*\s+){1,8}?" + _COMMEM_HEAD + r"(?P<subj>[^,.;:()“”\"]{3,200})",
    re.IGNORECASE,
)
# (a leading lookahead for where an alternative can start: "on", "the/that/this", a digit, a number
# word's first letter, computed from CARDINAL_WORDS; zero-width before `\b`, the same matches)
_SAME_DAY = re.compile(
    rf"(?=[\dot{''.join(sorted({w[0] for w in CARDINAL_WORDS.split('|')}))}])(?:"
    rf"\b(?:on\s+)?(?:(?:the|that)\s+(?:very\s+)?same\s+day|this\s+(?:very\s+)?day),?\s+"
    rf"(?P<n>\d{{1,3}}|(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+years\s+"
    r"(?:ago|earlier|before)\b"
    rf"|\b(?P<n2>\d{{1,3}}|(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+years\s+"
    r"ago\s+(?:to\s+the\s+day|on\s+this\s+(?:very\s+)?day|on\s+the\s+same\s+day|today)\b)",
    re.IGNORECASE,
)

# What every `_SAME_DAY` match holds (same flags): a cheap test that spares its scan of most paragraphs.
_SAME_DAY_HINT = re.compile(r"years\s+(?:ago|earlier|before)", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedMention(DateSpan):
    """One day mention with its year worked out. Years are None when they cannot be known."""

    article_id: str
    title: str
    file: str
    line: int
    text: str  # the mention as written
    sentence: str  # the clean sentence it comes from: the event's text
    year_basis: str  # explicit | inferred | unknown
    why: str
    anniversary: int | None = None  # "(October 10) 80th anniversary": the date is the Nth return of the event
    # Set on an original event inferred from a later date: "commemoration" (an Nth anniversary held on
    # that day) or "same day" ("on the same day 75 years ago"). `subject` names the original event
    # ("the victory of 1945") so that every report of it merges into one event.
    derived: str | None = None
    subject: str | None = None
    where: str = ""  # "p. 3", "item 2", "¶ 7": where a reader finds it when a line is not enough


_STATED = reason(N_("year stated with the date"))
_LEFT_OPEN = reason(N_("the year cannot be known, so it is left open"))
_RELATIVE = N_("“{phrase}” relative to the article's time; {why}")
_AFTER = N_("“{phrase}” after {prev}")
DECADE_STEP = 5  # "N years later" with N this large counts from a chronicle's beginning, not its last step
CHRONICLE_START = 2  # … when that last step is within this many years of the beginning


def day_label(month: int, day: int, year: int | None = None) -> str:
    return f"{day} {MONTH_NAMES[month - 1]}" + (f" {year}" if year is not None else "")


def _quote(s: str, limit: int = 90) -> str:
    s = " ".join(s.split()).strip(" ,;:")
    return "“" + (s if len(s) <= limit else s[:limit].rsplit(" ", 1)[0] + "…") + "”"


def _subject_is_noun_phrase(subject: str) -> bool:
    """The subject names an event and nothing else happens in it: no verb clause ("the victory and
    met Xi" is not a subject)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", subject)
    return not any(w.islower() and (w.endswith("ed") or w in _CLAUSE_WORDS) for w in words[1:])


@dataclass(frozen=True, slots=True)
class _Derived:
    n: int
    original_year: int
    label: str
    phrase: str


# A sentence that opens with its date: "On May 9, …", "On the morning of 9 May, …".
_ON_ALONE = re.compile(r"\s*[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?")


def _commemorated_on(text: str, s: int, e: int, m: Mention, year: int, ctx: _Context) -> _Derived | None:
    """The Nth anniversary of a known event commemorated on this very date (see _COMMEM_BEFORE_DATE):
    the original event fell on the same day N years earlier."""
    if m.is_range or m.anniversary_year is not None:
        return None
    before = text[s : m.start]
    found = None
    # (`_cue_words` first: a plain paragraph without "anniversary" has none before the date either)
    near = _cue_words(text).anniversary and _ON_OR_PAREN.search(before, max(0, len(before) - 40))
    if near and "anniversary" in before[-360:].lower():
        hit = _COMMEM_BEFORE_DATE.search(before, max(0, len(before) - 360))
        closed = hit is not None and ("(" not in hit.group("conn") or re.match(r"\s*\)", text[m.end : e]))
        if hit and closed and not (hit.group("noun") and hit.group("bare")):
            found = hit
    date_first = False
    # (every match after the date holds "anniversary" too: see `_cue_words`)
    if found is None and _cue_words(text).anniversary and _ON_ALONE.fullmatch(before):
        hit = _COMMEM_AFTER_DATE.match(text, m.end, e)
        if hit:
            found, date_first = hit, True
    if found is None:
        return None
    n = number_word(found.group("n"))
    subject = found.group("subj")
    if date_first:  # "On May 9, Russia commemorated the 80th anniversary of the Victory with a parade"
        subject = re.split(r"\s+(?:with|by|at)\s+", subject, maxsplit=1)[0]
    known = ctx.base_of(subject)
    if not n or known is None or known.year != year - n or not _subject_is_noun_phrase(subject):
        return None
    return _Derived(n, year - n, _label(subject), _quote(text[found.start() : found.end("subj")], 110))


# --- the article's context ------------------------------------------------------------------


# "本报讯（…）", "新华社北京5月4日电": a Chinese news item's opening words
_ZH_NEWS_OPENING = re.compile(r"\s*(?:本报讯|本刊讯|新华社|中新社|本报[\u4e00-\u9fff]{0,4}电)")
# A periodical's issue named by its month ("七月号", "12月刊"): the month it was written in.
_ZH_ISSUE_MONTH = re.compile(
    r"(?<![\d年一二三四五六七八九十])(?P<m>十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])月(?:号|號|刊)"
)


@dataclass
class _Context:
    """What resolving one article's mentions needs: its present, the anniversaries it counts, and
    base-year lookups."""

    article: Article
    time: DocumentTime
    findings: Findings
    finder: BaseFinder

    # The article's own day: its dateline's, else the day its lead sentence reports (set while resolving).
    lead_day: tuple[int, int] | None = None
    # Set when the mention just resolved stepped years back from the account (`_years_earlier`).
    stepped_back: bool = False
    # The days resolved so far, in order (what "the next morning" may count from).
    told: list[datetime.date] = field(default_factory=list)
    # The last day a past account told, once a day of the present has come after it (what "the
    # previous autumn" in the pluperfect looks back from, `_year_by_rules`).
    account: _Prev | None = None
    # The date of a letter the paragraph before introduces, quoted in this one (`_letter_lead`).
    letter_lead: Mention | None = None

    @property
    def present_day(self) -> tuple[int, int] | None:
        # (else a masthead's yearless day, "Wrenfold Gazette · Friday 9 December": the page's own)
        return self.time.present_day or self.lead_day or self.masthead_day

    @cached_property
    def masthead_day(self) -> tuple[int, int] | None:
        """`_masthead_day` of the article (asked per mention; its title does not change)."""
        return _masthead_day(self.article)

    @cached_property
    def looks_back(self) -> bool:
        """`_looks_back_in_the_lead` of the article (asked per mention; its lead does not change)."""
        return _looks_back_in_the_lead(self.article)

    @cached_property
    def lead_dates(self) -> tuple[Mention, ...]:
        """The dates the title and the lead write out with their years, telling an event (not named
        in an anniversary: "celebró el bicentenario del 20 de julio de 1810" retells nothing)."""
        texts = [self.article.title, *(p.text for p in _lead_paragraphs(self.article))]
        return tuple(
            m
            for t in texts
            for m in find_mentions(t)
            if m.year is not None and not any(a.start <= m.start < max(a.end, a.scope_end) for a in anniversaries(t))
        )

    @property
    def lead_years(self) -> frozenset[int]:
        return frozenset(m.year for m in self.lead_dates if m.year is not None)

    def lead_days(self, year: int) -> set[tuple[int, int]]:
        """(month, day) of the lead's dates in `year`."""
        return {(m.month, m.day) for m in self.lead_dates if m.year == year}

    @cached_property
    def obituary(self) -> bool:
        """`_is_obituary` of the article (asked per mention; its lead does not change)."""
        return _is_obituary(self.article)

    @cached_property
    def own_month(self) -> int | None:
        """The month the article was written in, for "this month" and "next month" (`本月28日`): its
        present's day, else an obituary's death day, else its own days' month when they agree, else
        that of a masthead's date, the last words of a title that names nothing else ("《林海新声》
        第212期  5月10日")."""
        if self.present_day is not None:
            return self.present_day[0]
        if self.obituary:
            # ("She died last week, on Thursday 14 February, …" / "… born on the 2nd of this month"): the
            # month of the death an obituary reports
            texts = [self.article.title, *(p.text for p in self.article.paragraphs)]
            died = death_day(texts, _article_mentions(self.article))
            if died is not None:
                return died[0]
        months = {m for m, _ in self.own_days}
        if len(months) == 1:
            return months.pop()
        title = self.article.title
        found = find_mentions(title)
        if len(found) == 1 and found[0].start > 0 and not title[found[0].end :].strip():
            return found[0].month
        if (issue := _ZH_ISSUE_MONTH.search(title)) is not None and (month := number_of(issue.group("m"))):
            return month  # "《桥北运输》 公司内刊 · 七月号": the July issue
        # "本报讯（记者 林小雨）10月5日，是…十周年的日子": else the first day the lead names without a year
        # (the title's too, when it is the news's first sentence: "本报讯（12月8日 星期五）栖桥中学…将举办…")
        texts = [title] if _ZH_NEWS_OPENING.match(title) else []
        lead = (m for t in [*texts, *(p.text for p in _lead_paragraphs(self.article))] for m in find_mentions(t))
        return next((m.month for m in lead if m.year is None), None)

    @cached_property
    def own_days(self) -> frozenset[tuple[int, int]]:
        """The (month, day)s that date the page or the news itself, not its account (asked per
        mention by the rules of retold days): a head date or publication day, a date alone on top
        ("Saturday, 11 July" under a masthead), a dateline ("WYSTANBURY, 3 January — …"), a
        weekday-dated day opening the lead ("В четверг, 7 ноября, у ворот депо прошёл праздник")."""
        own = {ev.day for ev in self.time.evidence if ev.kind in ("head date", "published") and ev.day is not None}
        for day in (
            date_alone_on_top(self.article),
            _implicit_dateline(self.article),
            _weekday_opening(self.article),
            self.masthead_day,
        ):
            if day is not None:
                own.add(day)
        return frozenset(own)

    @cached_property
    def commemorated(self) -> frozenset[int]:
        """The years the article's anniversaries and "N years ago" count from: the accounts it is
        about (asked per mention by the rules of accounts; the findings do not change)."""
        counted = (c.base.year for c in self.findings.counted if not c.past)
        kinds = ("years ago", "anniversary")
        ago = (ev.base for ev in self.time.evidence if ev.base is not None and ev.kind in kinds)
        return frozenset(y for y in itertools.chain(counted, ago) if y is not None)

    @cached_property
    def looked_back_to(self) -> tuple[int, str] | None:
        """The year the present was counted from by "years ago" or an anniversary, with why (asked per
        mention by the rules of retold days; the present does not change)."""
        return _counted_base(self, ("years ago", "anniversary", "counted weekday"))

    @cached_property
    def lead_ago(self) -> tuple[int, str, int] | None:
        """(year, why, paragraph) of a "N years ago" with no year of its own in the title or lead,
        counted from the present ("Forty years ago this weekend …" under a masthead of 2014: 1974)."""
        return None if self.time.column_year is not None else _lead_ago(self)

    @cached_property
    def main_base(self) -> Base | None:
        """The base of the first anniversary counted from a base of full strength, if any (asked per
        mention; the findings do not change)."""
        main = [c for c in self.findings.counted if c.base.strength >= 1.0]
        return max(main, key=lambda c: c.base.strength).base if main else None

    def base_of(self, subject: str) -> Base | None:
        stated = years_in(subject)
        if stated:
            return Base(stated[0], "stated", 1.0)
        return self.finder.find(subject, self.article.article_id)

    def anniversary_days(self) -> set[tuple[int, int]]:
        """Month-days of the events the article's present commemorates: on those days the present
        speaks, not the historical account."""
        bases = {c.base.year for c in self.findings.counted if not c.past and c.year == self.time.year}
        if self.time.year is not None:
            bases |= {self.time.year - a.n for a, _ in self.findings.unbased}
        days: set[tuple[int, int]] = set()
        if not bases:
            return days  # (most articles: no mention's year can be one)
        for p in self.article.paragraphs:
            for m in find_mentions(p.text):
                if m.year in bases:
                    days.add((m.month, m.day))
        return days


def _label(subject: str) -> str:
    words = " ".join(subject.split())
    return words if len(words) <= 60 else words[:60].rsplit(" ", 1)[0] + "…"


# --- paragraph lines -----------------------------------------------------------------------------


class LineMap:
    """Maps an offset in a paragraph to its 1-based file line (paragraphs may join wrapped lines)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, list[str] | None] = {}

    def line(self, file: str, para_line: int, para_line_end: int, text: str, offset: int) -> int:
        if para_line_end <= para_line:
            return para_line
        if file not in self._files:
            try:
                raw = (self.root / file).read_text(encoding="utf-8-sig")
                self._files[file] = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            except OSError:
                self._files[file] = None
        lines = self._files[file]
        if lines is None:
            return para_line
        pos = 0
        for n in range(para_line, para_line_end + 1):
            part = lines[n - 1].strip().lstrip("#").strip() if n - 1 < len(lines) else ""
            if offset < pos + len(part) + 1:
                return n
            pos += len(part) + 1
        return para_line


# --- resolving each mention ------------------------------------------------------------------------


@dataclass(slots=True)
class _Prev:
    month: int
    day: int
    year: int | None
    historical: bool  # set by a past account, not by the article's own time
    para: int
    told: str | None = None  # its label when it is not the day itself ("21 July (“that Friday”)")
    is_range: bool = False
    end: int = -1  # where the mention ends in its paragraph
    # The date before a step back of years ("Quince años antes, el 30 de junio"): what the account's
    # next steps count from ("Diez años después de la apertura", "al día siguiente").
    before: _Prev | None = None
    since: bool = False  # "for the first time since 30 June 1939": a point counted from, no account
    last: tuple[int, int] | None = None  # a range's last (month, day)

    @property
    def label(self) -> str:
        """How a reason names it: made only when a rule cites it (most dates are never cited)."""
        return self.told if self.told is not None else piece(Day(self.month, self.day, self.year))


# What brings a text back to its own year after an account of another: "В этом году газета отмечает
# своё 65-летие", "This year the club celebrates …", "Hoy", "今年".
_THIS_YEAR = re.compile(
    # (?=…): its words' first letters (this/today, este, hoy, в, сегодня, 今): one test at most places (same matches)
    r"(?=[tehвс今])(?:\b(?:this\s+year|este\s+año|hoy|today)\b|в\s+этом\s+году|сегодня|今年)",
    re.IGNORECASE,
)


_THIS_YEAR_AFTER = re.compile(r",?\s+this\s+year\b", re.IGNORECASE)
_RELATIVE_YEAR_AFTER = re.compile(r",?\s+(?:this|last|next)\s+year\b(?!['’]s)", re.IGNORECASE)


# Words that point back to the account's time: "durante aquel invierno", "that winter", "в тот год".
_THAT_TIME = re.compile(
    r"\b(?:aquel|aquella|aquellos|aquellas)\s+(?:invierno|verano|otoño|primavera|año|mes|semana|días?|meses)\b"
    r"|\bthat\s+(?:winter|summer|autumn|spring|year|month|week)\b"
    r"|(?<![а-яё])(?:в\s+)?(?:тот|той|ту|том)\s+(?:год|зиму|зимой|лето|летом|осенью|весной|неделю)(?![а-яё])|那年|那一年",
    re.IGNORECASE,
)


# (right after the day: "the gales of 14 and 15 January that winter")
_THAT_TIME_NEXT = re.compile(rf"\s*(?:{_THAT_TIME.pattern})", re.IGNORECASE)


_AND_CLAUSE = re.compile(r",\s+and\s|;\s")
# A clause of its own after a last or this year ("…, which arrives on", "…, so customers are asked to
# … by", "…, and we are delighted that …"), in the present: the date in it is not that year's (a next
# year's goes on in the present: "Next year will be the 91st, and we are planning … for 6 May").
_CLAUSE_AFTER_REL = re.compile(r",\s*(?:which|so|and\s+(?:we|they|you|it|he|she|the|our|their))\b", re.IGNORECASE)
_NOW_VERB = re.compile(r"\b(?:is|are|am|should|must|can|arrives|comes|returns|goes)\b", re.IGNORECASE)


def _now_clause_after(sentence_before: str, after: int) -> bool:
    """Whether the part of a sentence before a date, after a relative year ending at `after`, opens a
    clause of its own (`_CLAUSE_AFTER_REL`) that is in the present and tells nothing past."""
    cut = last_match(_CLAUSE_AFTER_REL.finditer(sentence_before, after))
    if cut is None:
        return False
    part = sentence_before[cut.end() :]
    return bool(_PRESENT.search(part) or _NOW_VERB.search(part)) and not _reads_past(part)


_NARRATIVE = N_("narrative context: the account of {year} goes on (previous date: {prev})")
# Words by which a sentence steps back from its date to what came before it: a participle of what was
# done earlier, a pluperfect, "after", "since".
_EARLIER_IN_SENTENCE = re.compile(
    r"\b(?:taken|made|sent|written|posted|recorded|had\s+been|had|after|since|following|earlier)\b", re.IGNORECASE
)


_AFTER_BIRTHDAY = re.compile(r"\s+(?:her|his|their|the)\s+(?P<n>[\w-]+)\s+birthday\b", re.IGNORECASE)


# "launched her on his 65th birthday, 14 March", "14 March, her ninetieth birthday"
_NTH_BIRTHDAY_BEFORE = re.compile(r"\b(?:her|his|their)\s+(?P<n>[\w-]+)\s+birthday,?\s+(?:on\s+)?$", re.IGNORECASE)
_NTH_BIRTHDAY_AFTER = re.compile(r",?\s+(?:her|his|their)\s+(?P<n>[\w-]+)\s+birthday\b", re.IGNORECASE)
_BORN_IN = re.compile(r"\bborn\b[^.;]{0,40}?\b(?P<y>1[5-9]\d\d|20\d\d)\b", re.IGNORECASE)


def _numbered_birthday(ctx: _Context, text: str, m: Mention) -> tuple[int, Why] | None:
    """(year, why) of a day named as someone's Nth birthday when the article gives the year they were
    born ("He was born on 14 March 1911 … launched her on his 65th birthday, 14 March": 1976)."""
    hit = _NTH_BIRTHDAY_BEFORE.search(text, max(0, m.start - 40), m.start) or _NTH_BIRTHDAY_AFTER.match(text, m.end)
    age = number_of(hit.group("n")) if hit is not None else None
    if not age:
        return None
    birth = _the_birth_year(ctx.article)
    if birth is None:
        return None
    year = birth + age
    return year, reason(N_("a birthday {n} years after a birth in {born}: {born} + {n}"), n=age, born=year - age)


def _the_birth_year(article: Article) -> int | None:
    """The one year the article says someone was born in ("born … 1911"), if it says one."""
    born = {int(b.group("y")) for p in article.paragraphs for b in _BORN_IN.finditer(p.text)}
    return born.pop() if len(born) == 1 else None


def _on_to_the_birthday(ctx: _Context, text: str, at: int, base: int, year: int, why: Why) -> tuple[int, Why]:
    """(year, why) of a day counted from a date of the year `base` (landing in `year`), moved on N years
    when the connective ending at `at` counts from a numbered birthday ("died on 9 November, three
    weeks after her ninetieth birthday": the birth date's day, ninety years on). From the year the
    article says the person was born when it does, whatever year the date counted from is of ("Last
    year, on 5 February, she turned ninety. … died on Thursday 12 March, five weeks after her
    ninety-first birthday")."""
    hit = _AFTER_BIRTHDAY.match(text, at)
    age = number_of(hit.group("n")) if hit is not None else None
    if not age:
        return year, why
    if (birth := _the_birth_year(ctx.article)) is not None:
        note = reason(N_(" (the birthday in {year}: born in {born}, + {n} years)"), year=birth + age, born=birth, n=age)
        return year + birth + age - base, why + note
    return year + age, why + reason(N_(" (+ {n} years: the birthday)"), n=age)


_REPORTED_PLAN = re.compile(r"\b(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:\w+\s+){1,4}would\b", re.IGNORECASE)


# "That August I was a summer temp … On 12 August …", "… an apprentice that summer. He cycled to Dover
# on 24 July": the month or season of a past day the article told.
_THAT_MONTH = re.compile(
    rf"\b[Tt]hat\s+(?:(?P<month>{'|'.join(MONTH_NAMES)})|(?P<season>summer|winter|spring|autumn))\b"
)


def _months_of(that: re.Match[str]) -> tuple[int, ...]:
    month = that.group("month")
    return (MONTH_NAMES.index(month) + 1,) if month else _SEASON_MONTHS[that.group("season").lower()]


def _that_month(ctx: _Context, text: str, s: int, m: Mention, article_year: int | None) -> tuple[int, Why] | None:
    """The year of the last past day told in this mention's month or season, when its paragraph points
    back to it ("That August …", "… that summer") before the mention."""
    if "hat " not in text:
        return None
    named = [x for x in _THAT_MONTH.finditer(text, 0, m.start) if m.month in _months_of(x)]
    if not named:
        return None
    that, spans = named[-1], sentences(text)
    if (
        _FUTURE.search(text, s, sentence_at(spans, m.start)[1])  # ("Send them in by 15 July; the best will …")
        or _PRESENT.search(text, sentence_at(spans, that.start())[0], that.end())  # ("This year … of that summer")
        or _PRESENT.search(_tense_context(text, s, m))
    ):
        return None
    months = _months_of(that)
    told = [d for d in ctx.told if d.month in months and (article_year is None or d.year < article_year)]
    if not told:
        return None
    day = told[-1]
    why = reason(N_("“{phrase}”: the time of {day}"), phrase=that.group(0), day=Day(day.month, day.day, day.year))
    return day.year, why


_LAST_MONTH_OF = re.compile(r"\b(?:del\s+mes\s+(?:pasado|anterior)|of\s+last\s+month)\b|прошлого\s+месяца", re.I)


def _in_the_quoted_letter(m: Mention, text: str, lead: Mention | None) -> bool:
    """Whether `m` is inside a quotation that opens its paragraph, after a paragraph that ends on a
    letter's date (`lead`)."""
    return lead is not None and _in_an_opening_quotation(m, text)


def _in_the_letters_year(year: int, month: int, m: Mention) -> int:
    """The year of a day a letter of `month` in `year` names: the next one for an early month of the
    year after a late one (a December letter's "on the 3rd" of January)."""
    return year + 1 if month - m.month > NEW_YEAR_AHEAD_MONTHS else year


def _in_an_opening_quotation(m: Mention, text: str) -> bool:
    """Whether `m` is inside a quotation that opens its paragraph."""
    return text.lstrip()[:1] in '"“«' and inside_quotes(text[: m.start])


def _quoted_in_dated_words(
    prev: _Prev | None, m: Mention, pidx: int, text: str, s: int, lead: Mention | None = None
) -> int | None:
    """The year of a day inside a quotation that a past date of its sentence introduces or that
    goes on from one: the next such day on or after that date, or the last one on or before it
    when the quotation tells it as past."""
    if lead is not None and lead.year is not None and _in_the_quoted_letter(m, text, lead):
        # (the quotations of a paragraph that opens on one, after the letter's date: "… who wrote to his
        # brother on Thursday 28 April 1859. …" / ""… the band practises on the 29th and 30th …," he
        # wrote. "Mother says we shall all go down … on the 2nd …"")
        return _in_the_letters_year(lead.year, lead.end_month, m)
    if prev is None or prev.year is None or not prev.historical:
        return None
    if prev.end < 0 and prev.para == pidx - 1 and _in_an_opening_quotation(m, text):
        # (or the month and year the paragraph before introduces its quotation with: "In the summer of
        # 1929 she met Arthur, who wrote to her that September …:" / ""… until Friday the 13th …"")
        return _in_the_letters_year(prev.year, prev.month, m)
    if prev.para != pidx or not prev.end <= m.start:
        return None
    if s <= prev.end:
        # (or a quotation the date before is in too: "… on the 30th … I start nights on Monday the 5th, and
        # my next Sunday off is the 18th")
        if not inside_quotes(text[s : m.start]) and not in_one_quotation(text, prev.end, m.start):
            return None
    elif not in_one_quotation(text, prev.end, m.start) and not _quoted_from_dating_sentence(text, prev.end, m.start):
        # (a quotation that opens with its own date, sentences before: ""Saturday 6 April 1974. ABBA!!!
        # … Home on the 7th if the trains run."")
        return None
    # ("La carta está fechada … el 7 de diciembre …: «Llegamos a la capital el día 29 del mes pasado»":
    # a day of the month before the one written is past, whatever the verb)
    tense = _tense_context(text, s, m)
    past = _tells_past(tense) or _GOT.search(tense) is not None or _LAST_MONTH_OF.search(m.text) is not None
    # (not a promise or a plan told with a past verb: "I have promised to return on the 28th")
    past = past and (_FUTURE.search(tense) is None or _LAST_MONTH_OF.search(m.text) is not None)
    if _QUOTE_OPEN.search(text, prev.end, m.start) and past:
        # "On 19 November 1869 he wrote …: "The yachts came past our camp on the 17th and 18th"": what
        # the writer tells as past, on or before the day written
        return prev.year if (m.month, m.day) <= (prev.month, prev.day) else prev.year - 1
    if m.month == prev.month and m.day < prev.day and not _FUTURE.search(_tense_context(text, s, m)):
        # («Desde el día 10 no se habla de otra cosa», written on the 18th: earlier in its month)
        return prev.year
    if past and (m.month, m.day) < (prev.month, prev.day) and (prev.month - m.month) % 12 <= 1:
        # ("… on the 4th the public come in. I have not seen a bed since the 20th": told as past, a
        # day before the one the letter looks ahead to is of its year)
        return prev.year
    return prev.year if (m.month, m.day) >= (prev.month, prev.day) else prev.year + 1


def _quoted_from_dating_sentence(text: str, at: int, end: int) -> bool:
    """Whether `end` is inside a quotation that opens later in the sentence of the date ending at
    `at`, and goes on past that sentence's end ("El día 18 de aquel mes escribió a su madre una carta:
    «Desde el día 10 … Volveré para Reyes: salgo el día 4 de enero …»")."""
    if inside_quotes(text[:at]):
        # (the date quoted itself, a record's heading: "Her entry for "Friday 14th" reads: "Wet. … Mr
        # Dorling says we shall go again on the 28th"")
        if (heading := QUOTE_CLOSE.match(text, at)) is None:
            return False
        at = heading.end()
    opening = _QUOTE_OPEN.search(text, at, end)
    if opening is None or QUOTE_CLOSE.search(text, opening.end(), end):
        return False
    return opening.start() < sentence_at(sentences(text), at)[1] and inside_quotes(text[:end])


# "开张之前，镇政府于4月20日召开了一次座谈会", "Before the opening, on 20 April, the council met": a day
# told from the event the article commemorates, named by a word of its dating sentence.
_AROUND_EVENT = re.compile(
    r"^\W*(?:(?:just|shortly|soon|a\s+\w+|two\s+\w+)\s+)?(?P<rel>before|after)\s+(?:the\s+|its\s+)?(?P<w>[^\W\d_]{4,})"
    r"|^\W*(?P<es>antes|después)\s+de(?:l|\s+la)?\s+(?P<esw>[^\W\d_]{4,})"
    r"|^\W*(?P<ru>до|перед|после)\s+(?P<ruw>[а-яё]{4,})"
    r"|^\W*(?P<zhw>[\u4e00-\u9fff]{2})(?P<zh>之前|以前|前夕|之后|以后)",
    re.IGNORECASE,
)


# "通车前一年的10月15日", "The year before the opening, on 15 October", "Un año antes de la
# inauguración, el 15 de octubre", "За год до открытия, 15 октября": a year's step from that event.
_YEAR_AROUND_EVENT = re.compile(
    r"\W*(?:the|a)\s+year\s+(?P<rel>before|after)\s+(?:the\s+|its\s+)?(?P<w>[^\W\d_]{4,})"
    r"|\W*un\s+año\s+(?P<es>antes|después)\s+de(?:l|\s+la)?\s+(?P<esw>[^\W\d_]{4,})"
    r"|\W*(?:(?P<ru>за)\s+год\s+до|через\s+год\s+после)\s+(?P<ruw>[а-яё]{4,})"
    r"|\W*(?P<zhw>[\u4e00-\u9fff]{2})的?(?P<zh>前|后)一年",
    re.IGNORECASE,
)


def _around_the_event(ctx: _Context, text: str, s: int, m: Mention, now: int) -> tuple[int, Why] | None:
    """(year, why) of a day in a sentence that opens by placing itself before or after the event the
    article commemorates, named by a word of the sentence that dates that event in its own year: that
    year, when the day falls on the side of the event's day the sentence says; or the year before or
    after it, for "the year before the opening"."""
    step = 0
    cue = _AROUND_EVENT.match(text, s)
    if cue is None and (cue := _YEAR_AROUND_EVENT.match(text, s)) is not None:
        step = -1 if (cue.group("rel") or cue.group("es") or cue.group("ru") or cue.group("zh") or "").casefold() in (
            "before", "antes", "за", "前"
        ) else 1  # fmt: skip
    if cue is None or cue.end() > m.start:
        return None
    bases = ctx.commemorated
    if len(bases) != 1:
        return None
    (year,) = bases
    if year >= now:
        return None
    word = (cue.group("w") or cue.group("esw") or cue.group("ruw") or cue.group("zhw")).casefold()
    before = (cue.group("rel") or cue.group("es") or cue.group("ru") or cue.group("zh")).casefold() in (
        "before", "antes", "до", "перед", "之前", "以前", "前夕"
    )  # fmt: skip
    stem = word if not word.isascii() and len(word) == 2 else word[:4]
    for p in (ctx.article.title, *(q.text for q in ctx.article.paragraphs)):
        for x in find_mentions(p):
            if x.year != year or x.is_range:
                continue
            ps, pe = sentence_at(sentences(p), x.start)
            if stem not in p[ps:pe].casefold():
                continue
            if step:
                why = reason(
                    N_("“{phrase}”: a year from {day}, which the article commemorates"),
                    phrase=" ".join(cue.group(0).split()),
                    day=Day(x.month, x.day, year),
                )
                return year + step, why
            if ((m.month, m.day) < (x.month, x.day)) != before:
                return None
            why = reason(
                N_("“{phrase}”: told from {day}, which the article commemorates"),
                phrase=" ".join(cue.group(0).split()),
                day=Day(x.month, x.day, year),
            )
            return year, why
    if step and any(stem in head.casefold() for head in _headlines(ctx.article)):
        # ("砚溪镇纪念国足出线十五周年" over "出线前一年的10月21日": the event the title commemorates, in
        # the year the article counts it from, though no sentence that dates it names it so)
        why = reason(
            N_("“{phrase}”: a year from {year}, which the article commemorates"),
            phrase=" ".join(cue.group(0).split()),
            year=year,
        )
        return year + step, why
    return None


# "Tomorrow, 24 August, is the 150th anniversary of …", "This Saturday, 16 October, …": the present's day.
_NOW_BEFORE = re.compile(r"\b(?:tomorrow|today|tonight|this|next)\b[\s,]*(?:[A-Z][a-z]+day,?\s*)?$", re.IGNORECASE)


# A record kept at the time, by its noun: a letter, a diary, a log, a card (for the rules
# of records quoted and dated).
_RECORD_NOUN = (
    r"(?:\b(?:letter|diary|diaries|journal|logbook|log|note|card|postcard|telegram|carta|diario|nota|postal)\b"
    r"|письм\w*|дневник\w*|записк\w*|открытк\w*|日记)"
)


# "Его письмо матери, датированное 10 марта, хранится теперь в городском музее", "His letter, dated 3
# May, is kept in the county record office": a record of the account's time, which a museum keeps.
_DATED_RECORD = re.compile(
    rf"{_RECORD_NOUN}[^.;:!?]{{0,40}}?(?:\bdated|\bfechad[ao](?:\s+el)?|датированн\w*)\s*$", re.IGNORECASE
)
_KEPT = re.compile(
    r"\b(?:museum|archives?|record\s+office|kept|preserved|survives|museo|archivo|guarda|conserva)\b"
    r"|музе\w*|архив\w*|хранит\w*|сохранил\w*",
    re.IGNORECASE,
)


# "Our secretary has found the minutes of the very first meeting: "Met at the Fleece on 4 March. …"": a
# record of the first time, quoted; and the year the article says the club began ("founded in 1999").
_FIRST_TIME_RECORD = re.compile(
    r"\b(?:minutes|notes?|record|diary|entry|report)\s+(?:of|from|for)\s+(?:the|our|its|their)\s+(?:very\s+)?first\s+"
    r"(?:meeting|session|practice|rehearsal|match|game|season|show|outing|service)\b[^“\"«]{0,40}[“\"«]",
    re.IGNORECASE,
)
_FOUNDED_IN = re.compile(
    r"\b(?:founded|formed|established|started|set\s+up|begun|began)\s+in\s+(?:\w+\s+)?((?:1[5-9]|20)\d\d)\b", re.I
)


def _first_meetings_record(ctx: _Context, text: str, m: Mention, article_year: int) -> tuple[int, Why] | None:
    """(year, why) of a day quoted from the record of a club's first meeting, in the year the article
    says it was founded, the one such year it names before the present."""
    if m.year is not None or not inside_quotes(text[: m.start]):
        return None
    opened = last_match(_QUOTE_OPEN.finditer(text, 0, m.start))
    if opened is None or _FIRST_TIME_RECORD.search(text, max(0, opened.start() - 120), opened.end()) is None:
        return None
    years = {
        int(f.group(1))
        for p in (ctx.article.title, *(q.text for q in ctx.article.paragraphs))
        for f in _FOUNDED_IN.finditer(p)
    }
    if (
        len(years) != 1
        or (year := years.pop()) >= article_year
        or (m.weekday is not None and not _weekday_fits(m, year))
    ):
        return None
    return year, reason(
        N_("quoted from the record of the first meeting, in the year it was founded: {year}"), year=year
    )


def _kept_record_dated(
    ctx: _Context, text: str, s: int, e: int, m: Mention, prev: _Prev | None, pidx: int, now: int
) -> tuple[int, Why] | None:
    """(year, why) of the date a kept letter or diary is dated with, in an article that looks back
    to an account: the account's year (the last past date's, near; else the one the article counts
    its present from)."""
    if not _DATED_RECORD.search(text, max(s, m.start - 80), m.start) or not _KEPT.search(text, s, e):
        return None
    if prev is not None and prev.historical and prev.year is not None and prev.year < now and pidx - prev.para <= 2:
        year = prev.year
    elif (base := ctx.looked_back_to) is not None and base[0] < now:
        year = base[0]
    else:
        return None
    return year, reason(N_("a kept record dated so: the account's time, {year}"), year=year)


# "the ropewalk fire of fifty years ago": a thing of that time named, no time of the sentence's own.
_OF_AGO = re.compile(r"\b(?:of|from)\s+$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|when|who)\b", re.IGNORECASE)


# "on 19 July, 127 years to the day after she was floated out": a count right after the date.
_TO_THE_DAY_AFTER = re.compile(
    rf",?\s+(?:exactly\s+)?(?P<n>\d{{1,3}}|(?:a|one|two)\s+hundred(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?"
    rf"|(?:{CARDINAL_WORDS})(?:-[a-z]+)?)\s+years\s+to\s+the\s+day(?:\s+(?:after|since)\b|(?P<own>[,;.]))",
    re.IGNORECASE,
)


def _years_of_the_day(ctx: _Context, m: Mention) -> set[int]:
    """The years the article writes `m`'s month and day with (title and paragraphs, not as a range):
    what an anniversary or an "N years to the day after" told of that day counts from."""
    return {
        x.year
        for _, x in _article_mentions(ctx.article)
        if x.year is not None and (x.month, x.day) == (m.month, m.day) and not x.is_range
    }


def _to_the_day_after_dated(ctx: _Context, text: str, m: Mention, now: int) -> tuple[int, Why] | None:
    """(year, why) of "on 26 April, a hundred years to the day after the first chain went up" when the
    article dates an event on that same day with its year ("On 26 April 1825 the first of the chains
    was hauled up"): that year + N, before the article's own."""
    after = _TO_THE_DAY_AFTER.match(text, m.end) if "to the day" in text else None
    n = number_of(after.group("n")) if after is not None else None
    if after is None or not n:
        return None
    years = {y for y in _years_of_the_day(ctx, m) if y < now}
    if len(years) != 1:
        return None
    (base,) = years
    # (or the present's own, "On Sunday 3 September, fifty years to the day, the party acted the change out";
    # or next year's, a day still to come after the present's: "On Tuesday 5 January, fifty years to the day,
    # the club will raise a glass" of 11 December)
    coming = ctx.present_day is not None and (m.month, m.day) < ctx.present_day
    if not (base + n < now or (after.group("own") and (base + n == now or (coming and base + n == now + 1)))):
        return None
    phrase = " ".join(after.group(0).strip(" ,;.").split())
    return base + n, reason(
        N_("“{phrase}” {day}: {base} + {n}"), phrase=phrase, day=Day(m.month, m.day, base), base=base, n=n
    )


_SENTENCE_STOP = re.compile(r"[.!?。！？]\s*\S")


def _headlines(article: Article) -> list[str]:
    """The title and the headline lines under it ("苇塘镇报" / "9月20日 星期五" / "松基三井出油六十周年 …"): the
    first paragraphs short enough to be a heading's lines (`LEAD_LINE_CHARS`), not sentences of the report."""
    heads = [article.title]
    for p in article.paragraphs[:3]:
        if len(p.text) >= LEAD_LINE_CHARS or _SENTENCE_STOP.search(p.text):
            break
        heads.append(p.text)
    return heads


def _years_written_around(ctx: _Context, pidx: int, text: str, m: Mention) -> tuple[list[int], list[int]]:
    """The years the article writes before the mention, in order (its title's and paragraphs'), and
    those it writes only after it."""
    paras = [p.text for p in ctx.article.paragraphs]
    before = [y for t in (ctx.article.title, *paras[:pidx], text[: m.start]) for y in years_in(t)]
    after = [y for t in (text[m.end :], *paras[pidx + 1 :]) for y in years_in(t) if y not in before]
    return before, after


def _a_year_from_the_event(ctx: _Context, text: str, s: int, m: Mention, now: int | None) -> tuple[int, Why] | None:
    """(year, why) of a day in a sentence that opens "the year before (after) the opening": a year's
    step from the event the article commemorates (`_around_the_event`), or None."""
    if now is None:
        return None
    if not _YEAR_AROUND_EVENT.match(text, s):
        # (or a clause after one that tells who says it: "据老队员回忆，出线前一年的10月21日，…")
        said = _SAID_OPENING.match(text, s)
        if said is not None and said.end() <= m.start and _YEAR_AROUND_EVENT.match(text, said.end()):
            s = said.end()
        elif (just := _ZH_YEAR_AROUND_JUST_BEFORE.search(text, max(s, m.start - 8), m.start)) is not None:
            s = just.start()  # (or right before the date, mid-sentence: "老石匠在通水前一年的10月12日被评为模范")
        else:
            return None
    return _around_the_event(ctx, text, s, m, now)


_ZH_YEAR_AROUND_JUST_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}的?[前后]一年的?$")


_SAID_OPENING = re.compile(
    r"\s*据[^，。；]{1,12}(?:回忆|说|介绍|记载)，|\s*According\s+to\s+[^,.;]{1,40},", re.IGNORECASE
)


# How many years an account may run before it reaches the event the article commemorates.
ACCOUNT_LEADS_UP = 3


def _commemorated_day_year(ctx: _Context, m: Mention) -> int | None:
    """The year of the one event the article commemorates, when the article dates it on the
    mention's day and month; None otherwise."""
    if len(ctx.commemorated) != 1:
        return None
    (year,) = ctx.commemorated
    for p in (ctx.article.title, *(q.text for q in ctx.article.paragraphs)):
        if str(year) in p and any(x.year == year and (x.month, x.day) == (m.month, m.day) for x in find_mentions(p)):
            return year
    return None


def _counts_to_now(text: str, s: int, ctx: _Context, pidx: int, then: int, now: int | None) -> bool:
    """Whether an anniversary of the sentence at `s` counts to the article's present: one counted to
    it, or one whose N years from the account's year `then` reach it."""
    for a in anniversaries(text):
        if a.sentence[0] != s or a.possessive:
            continue
        if now is None or _kept_now(a, text, ctx, pidx, then, now):
            return True
    return False


def _kept_now(a: Anniversary, text: str, ctx: _Context, pidx: int, then: int, now: int) -> bool:
    """Whether the anniversary phrase `a` is the article's present one: counted to `now`, reaching it
    from the account's year `then`, or not "of" a thing it names."""
    counted = [c.year for c in ctx.findings.counted if c.para == pidx + 1 and c.phrase == a]
    return (
        now in counted
        or abs(then + a.n - now) <= 1
        or not (_OF_END.search(text, a.start, a.end) or _NAMED_AFTER.match(text, a.end))
    )


_OF_END = re.compile(r"\b(?:of|de|del)\s*$", re.IGNORECASE)  # "the 149th anniversary of …": of something named
# "к пятидесятилетию Октября", "к 100-летию со дня рождения …": a Russian anniversary of a thing it
# names (a genitive after it, where English writes "of")
_NAMED_AFTER = re.compile(r"(?:со\s+дня\b|[А-ЯЁ])")


def _runs_on_from(article: Article, pidx: int) -> bool:
    """Whether paragraph `pidx` of a text file starts on the line right after the one before ends: no
    blank line between, a break the reader made at a sentence's end, not the writer's. (HTML, Word and
    PDF paragraphs are the writer's wherever their lines fall.)"""
    paragraphs = article.paragraphs
    return (
        article.format in _LINE_FORMATS
        and 0 < pidx < len(paragraphs)
        and paragraphs[pidx].line == paragraphs[pidx - 1].line_end + 1
    )


_LINE_FORMATS = frozenset({"txt", "md"})  # formats whose paragraphs the reader splits at blank lines


def _present_anniversary(text: str, s: int, e: int, ctx: _Context, pidx: int, then: int, now: int) -> bool:
    """Whether the sentence text[s:e] speaks of an anniversary kept in the article's present: an
    anniversary word that is not an "Nth anniversary of …" counting to another year than `now`
    from the account's year `then` ("… on 13 March, which happened to be the 149th anniversary of
    Herschel's discovery of Uranus" tells 1930's day, not the present's)."""
    words = list(_ANNIVERSARY_WORD.finditer(text, s, e))
    if not words:
        return False
    phrases = [a for a in anniversaries(text) if s <= a.start < e]
    for w in words:
        a = next((a for a in phrases if a.start <= w.start() < a.end), None)
        if a is None or a.possessive or _kept_now(a, text, ctx, pidx, then, now):
            return True
    return False


def _inside_the_range_told(prev: _Prev | None, m: Mention, pidx: int, text: str, s: int) -> bool:
    """Whether `m` is a day inside the range of years past told just before it in its paragraph,
    told in the past too."""
    if prev is None or prev.last is None or prev.year is None or not prev.historical or prev.para != pidx:
        return False
    inside = (prev.month, prev.day) < (m.month, m.day) and (m.end_month, m.end_day) < prev.last
    return inside and not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))


def _anniversary_held(ctx: _Context, pidx: int, m: Mention) -> Counted | None:
    """The anniversary counted in the sentence of `m` (paragraph `pidx`), its base found, if any."""
    return next(
        (
            c
            for c in ctx.findings.counted
            if c.para == pidx + 1 and c.phrase.sentence[0] <= m.start < c.phrase.sentence[1]
        ),
        None,
    )


def _that_time_of(prev: _Prev | None, article_year: int | None, pidx: int, text: str, m: Mention) -> bool:
    """Whether a paragraph of no year of its own points back to the past year of the date before
    ("that spring", "aquel invierno") ahead of this day."""
    return (
        prev is not None
        and prev.historical
        and prev.year is not None
        and (article_year is None or prev.year < article_year)
        and 0 < pidx - prev.para <= 2
        # (or right after the day: "the gales of 14 and 15 January that winter")
        and (_THAT_TIME.search(text, 0, m.start) is not None or _THAT_TIME_NEXT.match(text, m.end) is not None)
        and not years_in(text)
        and not _FUTURE.search(text, 0, m.end)
        and not _PRESENT.search(text, 0, m.end)  # "This year we collect photographs of that summer"
    )


# "Our founder was then a student …": a sentence about the account's time, after an aside about now
_THEN_WAS = re.compile(
    r"\b(?:was|were)\s+then\b|\bat\s+the\s+time\b|\b(?:era|eran|estaba|estaban)\s+entonces\b"
    r"|(?<![а-яё])(?:был[аио]?|были)\s+тогда(?![а-яё])|(?<![а-яё])тогда\s+(?:был[аио]?|были)(?![а-яё])|当时",
    re.IGNORECASE,
)


def _back_to_present(article: Article, prev: _Prev, pidx: int, s: int) -> bool:
    """Whether the words between the previous date and this sentence (from `s`, in paragraph
    `pidx`) return to the present year: the account of the previous date's year is over — unless
    they go back to the account's time after it ("Сегодня эту дату отмечают … ¶ Основательница …
    была тогда студенткой")."""
    paragraphs = article.paragraphs
    if prev.para == pidx:
        between = [paragraphs[pidx].text[max(prev.end, 0) : s]]
    else:
        between = [paragraphs[prev.para].text[max(prev.end, 0) :]]
        between += [p.text for p in paragraphs[prev.para + 1 : pidx]]
        between.append(paragraphs[pidx].text[:s])
    for t in reversed(between):
        now = [x.end() for x in _THIS_YEAR.finditer(t)]
        then = [x.start() for x in _THEN_WAS.finditer(t)]
        if now:
            return not then or then[-1] < now[-1]
        if then:
            return False
    return False


def _weekday_note(m: Mention, year: int | None) -> str:
    if m.weekday is None or year is None:
        return ""
    return _weekday_note_of(m.weekday, m.month, m.day, year)


@lru_cache(maxsize=4096)
def _weekday_note_of(weekday: int, month: int, day: int, year: int) -> str:
    # (cached: every rule's return asks, and a reason is dear to build; the note is immutable)
    if not valid_day(month, day, year):
        return ""  # (29 February of a common year: _resolve_one leaves its year open)
    actual = datetime.date(year, month, day).weekday()
    if actual == weekday:
        told = Day(month, day, year)
        return "; " + reason(N_("{weekday} {day} matches the weekday written"), weekday=Weekday(weekday), day=told)
    return "; " + reason(
        N_("note: {day} was a {actual}, not a {weekday}"),
        day=Day(month, day, year),
        actual=Weekday(actual),
        weekday=Weekday(weekday),
    )


# A comparison with a year gone by: "the worst since 1958", "for the first time since 1963".


def _free_year_in_sentence(text: str, s: int, e: int, taken: list[tuple[int, int]], pos: int) -> int | None:
    """The nearest plain year (not part of another date, not 'to 2035') in the sentence."""
    best: tuple[int, int] | None = None
    for m in _FREE_YEAR.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _NOT_A_PLAIN_YEAR.search(text[max(s, m.start() - 12) : m.start()]):
            continue
        if inside_quotes(text[s : m.start()]) and not _same_quotation(text, s, m.start(), pos):
            continue  # an exhibition's title, "Crowned in the Rain: Saltmarsh in 1953", dates no day
        if RECORD_SINCE.search(text, max(s, m.start() - 80), m.start()):
            continue  # "Floods on 9 June were the worst since 1958": the record's year, not the day's
        if (
            pos < m.start()
            and _TOLD_IN.search(text, max(s, m.start() - 60), m.start())
            and inside_quotes(text[s:pos])
            and (close := QUOTE_CLOSE.search(text, pos, m.start())) is not None
            and _tells_past(text[s : close.start()])
        ):
            # ""We had the pumps going from the 30th right through," he told this paper in 1961": the
            # year it was told in, after the quotation, which recalls an earlier past
            continue
        when = m.end() < pos and _WHEN_CLAUSE.match(text, m.end())
        if (
            not when
            and (
                _ORIGIN_CLAUSE.search(text[max(s, m.start() - 40) : m.start()])
                or since_governs(text, s, m.start())  # "since" reaches further off
            )
            and not (s <= pos < m.start() and "," not in text[pos : m.start()])
            # "Edna died in 1998, on 11 November" (not "our home since 2006, on Tuesday 20 March")
            and not (_YEAR_THEN_DAY.fullmatch(text, m.end(), pos) and not _SINCE_YEAR.search(text, s, m.start()))
        ):
            continue  # "the festival, first held in 1995, moves … on July 27": the year of an origin
        if pos < m.start() and _future_clause_before(text, s, pos, m.start()):
            continue  # "On 6 May the museum will show its stamp, posted in 1840": another clause's past
        if pos < m.start() and _CLAUSE_MARK.search(text, pos, m.start()):
            # "Morag Innes, 11 January: I was on the loch in 1991 too", "[… no. 10, 8 March; the Herald
            # was founded in 1907]": a year after a colon or semicolon that follows the date is its clause's
            continue
        if _attributive(text, s, m) and (
            _now_in(text, s, e, m) or _A_THING_OF.search(text, s, m.start()) or _A_TOPIC.search(text, s, m.start())
        ):
            # "… on 29 July, the Otters will recreate the 1936 diving display": a thing of 1936, now; so
            # "who flew out on 3 March with a copy of the 1877 scorecard": a thing carried then
            continue
        dist = abs(m.start() - pos)
        if ";" in text[min(pos, m.start()) : max(pos, m.start())]:
            # another clause's, after the nearest of the date's own ("In 1936 she married … on 12
            # September; he died in 1971")
            dist += len(text)
        if best is None or dist < best[0]:
            best = (dist, int(m.group(1)))
    return best[1] if best else None


_CLAUSE_MARK = re.compile(r";|:(?=\s)")
# The year a quotation was said or written in, after it: "he told this paper in 1961", "contó en 1961".
_TOLD_IN = re.compile(
    r"\b(?:told|said|recalled|remembered|wrote|recounted|explained|added|dijo|contó|recordó|escribió|declaró)"
    r"\b[^.;\"“”«»]{0,40}?\b(?:in|en)\s+$",
    re.IGNORECASE,
)


def _attributive(text: str, s: int, year: re.Match[str]) -> bool:
    """Whether the year names a thing, not a time: "the 1936 diving display", "the 1969 engine"."""
    return _DETERMINER_BEFORE.search(text, max(s, year.start() - 8), year.start()) is not None and (
        _NOUN_AFTER.match(text, year.end()) is not None
    )


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|our|their)\s+$")
# "a copy of the 1877 scorecard", "a replica of the 1872 ball": a thing made after another's year
_A_THING_OF = re.compile(r"\b(?:copy|copies|replica|replicas|model|facsimile|print|reprint)\s+of\s+the\s+$", re.I)
# "… on 14 January, and spent most of it talking about the 1953 final": what was talked of, not when
_A_TOPIC = re.compile(r"\b(?:about|recalling|remembering|describing|discussing)\s+(?:the|its|their|our)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s(?!and\b|to\b|or\b)[a-z]{3,}")


def _now_in(text: str, s: int, e: int, year: re.Match[str]) -> bool:
    """Whether the sentence, outside the year, speaks of now or later ("… are asked to contact the
    editor by 15 November": a request)."""
    rest = text[s : year.start()] + " " + text[year.end() : e]
    return _FUTURE.search(rest) is not None or _PRESENT.search(rest) is not None or _ASKED_NOW.search(rest) is not None


_ASKED_NOW = re.compile(r"\b(?:is|are)\s+(?:asked|requested|welcome|urged|reminded)\s+to\b", re.IGNORECASE)


_OWN_RELATIVE_YEAR = re.compile(r"\b(?:last|next|this)\s+year\b", re.IGNORECASE)  # ("last year's" too)


_SINCE_YEAR = re.compile(r"\b(?:since|desde)\s+$", re.IGNORECASE)
# A year and right after it the day it dates: "in 1998, on 11 November".
_YEAR_THEN_DAY = re.compile(r",?\s*(?:on\s+(?:the\s+)?)?")


# "after the summer of 2007, when the Kell burst its banks on 20 July": the clause tells that year.
_WHEN_CLAUSE = re.compile(r",?\s*(?:when|cuando|когда)\b", re.IGNORECASE)


def _future_clause_before(text: str, s: int, pos: int, year_at: int) -> bool:
    """Whether the date at `pos` stands in a clause about the future that ends (at a comma) before
    the year at `year_at` ("в субботу, 23 декабря, пройдёт … для ветеранов школы, в том числе для тех,
    кто танцевал в 1967 году": the verb may follow the date's own commas)."""
    comma = text.rfind(",", pos, year_at)
    if comma < 0:
        return False
    start = max(text.rfind(",", s, pos), s - 1) + 1
    return bool(_FUTURE.search(text, start, comma))


# A diary or a letter of the account's time, quoted: "她在当年的日记中写道：“9月3日，…”", "保存着当年的
# 日记，其中一页写着：" over the quoted page, "Her diary entry for that day reads: …".
_WRITTEN_THEN = re.compile(
    r"(?:当年|那年|当时|那时)(?:的|写的)?[\u4e00-\u9fff]{0,3}?(?:日记|信|笔记|日志|记录)"  # (…的值班记录本)
    r"|\b(?:diary|journal|log|letter)s?\s+(?:entry\s+|entries\s+)?(?:for|of|from)\s+(?:that|those)\b"
    # ("He kept a pocket diary that year, and this morning he let me copy out the weekend")
    r"|\b(?:kept|wrote)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:diary|journal|log)\s+(?:that|in\s+that)\s+year\b"
    r"|(?:дневник\w*|записн\w+\s+книжк\w*|блокнот\w*|тетрад\w*)\s+"
    r"(?:за\s+(?:тот|те)\s+(?:год|годы|дни)|(?:тех|того)\s+(?:лет|года|дней))"
    r"|\bdiario\s+de\s+(?:aquel|aquellos|esos?|esa)\b",
    re.IGNORECASE,
)


# A diary's entry named by its day: "The entry for 31 May", "Запись от 31 мая", "la entrada del 31 de mayo".
_DIARY_ENTRY = re.compile(
    r"(?:\b(?:entry|entries)\s+(?:for|of|dated)|(?<![а-яё])запис\w*\s+(?:от|за)|\bentradas?\s+del?)\s+$", re.IGNORECASE
)
# "他在5月19日那一页写道": the diary's page of that day.
_DIARY_PAGE = re.compile(r"\s*(?:那|这)一?页|\s*的日记")
_DIARY = re.compile(r"\b(?:diary|diaries|journal|logbook|log)\b|дневник|\bdiario\b|日记", re.IGNORECASE)


_FIRST_ENTRIES = re.compile(r"\b(?:first|earliest|opening)\s+(?:entries|entry|pages?|lines)\b", re.IGNORECASE)


def _written_then(
    ctx: _Context, pidx: int, text: str, m: Mention, prev: _Prev | None, article_year: int | None
) -> tuple[int, Why] | None:
    """(year, why) of a day inside a quotation of a diary or letter the text says is of the account's
    time (`_WRITTEN_THEN`, in the words before the quotation: in its paragraph, or ending the one
    before it with a colon): the year of the past date before it, else the one the article counts
    its anniversary from."""
    if (
        article_year is not None
        and prev is not None
        and prev.historical
        and prev.year is not None
        and prev.year < article_year
        and (
            (entry := _DIARY_ENTRY.search(text, max(0, m.start - 24), m.start)) is not None
            or (entry := _DIARY_PAGE.match(text, m.end)) is not None
        )
        and (
            _DIARY.search(text, max(0, m.start - 300), m.start)
            or (pidx > 0 and _DIARY.search(ctx.article.paragraphs[pidx - 1].text[-300:]))
        )
    ):
        # "Сохранился дневник первого начальника вокзала. Запись от 31 мая короткая: …" after the
        # opening "1 июня 1961 года": a diary's entry, told in the account's year
        why = reason(
            N_("quoted from “{phrase}”: the account's time, {year}"), phrase=entry.group(0).strip(), year=prev.year
        )
        return prev.year, why
    if article_year is None or not inside_quotes(text[: m.start]):
        return None
    opening = _QUOTE_OPEN.search(text)
    intro = text[: opening.start()] if opening is not None else ""
    if not intro.strip() and pidx > 0:
        before = ctx.article.paragraphs[pidx - 1].text.rstrip()
        # (or the paragraph before ends on the record of back then it quotes: "… сохранил записную
        # книжку тех лет." / "«14 мая облетали поля …», — читаем в ней")
        last = before[sentence_at(sentences(before), max(0, len(before) - 1))[0] :] if before else ""
        intro = before if before.endswith((":", "：")) else last if _WRITTEN_THEN.search(last) else ""
    said = _WRITTEN_THEN.search(intro)
    if said is None and opening is not None and not text[opening.end() : m.start].strip() and pidx > 0:
        # "Он передал музею свой рабочий дневник. ¶ «19 апреля. Утром по радио сказали про запуск …»":
        # a quotation that opens with its day, after a paragraph that gives a diary
        said = _DIARY.search(ctx.article.paragraphs[pidx - 1].text)
    # (or one its paragraph introduces so, when the weekday written fits: "В его школьном дневнике сохранилась
    # запись: «Среда, 26-го. …»"; not "log book records the first days: "Friday 16th."" of a January told before)
    entry_here = said is None and opening is not None and not text[opening.end() : m.start].strip()
    entry_here = entry_here and intro.rstrip().endswith(":") and m.weekday is not None
    if entry_here:
        said = _DIARY.search(intro)
    if said is None and _DIARY.search(intro):
        # "The first headmaster … kept a log book, which we still have. His first entries in it read:
        # "Opened school this morning … 10th January. …"": the record's first days, from its beginning
        said = _FIRST_ENTRIES.search(intro)
    if said is None:
        return None
    told = _year_told_for_quote(ctx, pidx, text, said)
    if (
        told is not None
        and told < article_year
        and (prev is None or not prev.historical or prev.year is None or told > prev.year)
    ):
        # "… поставила … весной 1957 года." / "В её дневнике за тот год сохранились записи: «2 и 3
        # марта …»": "that year" is the one told just before, not an older date's
        year = told
    elif prev is not None and prev.historical and prev.year is not None and prev.year < article_year:
        year = prev.year
        if (event := _commemorated_day_year(ctx, m)) is not None and abs(event - year) == 1:
            # ("通车前一年的10月15日 …" / "他回忆说：“7月1日那天，火车晚了十分钟" of the opening on 1970年7月1日):
            # the commemorated event's own day, next to the account's year
            year = event
    elif (base := ctx.looked_back_to) is not None and base[0] < article_year:
        year = base[0]
    elif (base := _counted_base(ctx, ("years later",))) is not None and base[0] < article_year:
        # ("… on Saturday 19 September 1970 … Today, Saturday 19 September, fifty years to the day, … He kept a
        # pocket diary that year …: "Friday the 18th. …"": the year the present counts on from)
        year = base[0]
    elif (ago := ctx.lead_ago) is not None and ago[0] < article_year:
        year = ago[0]  # ("Posted 12 October 2019 … Forty years ago today the press squeezed its first apples")
    else:
        return None
    if entry_here and not _weekday_fits(m, year):
        return None
    return year, reason(N_("quoted from “{phrase}”: the account's time, {year}"), phrase=said.group(0), year=year)


def _year_told_for_quote(ctx: _Context, pidx: int, text: str, said: re.Match[str]) -> int | None:
    """The one plain year told in the sentence before the words that introduce a quoted record, or,
    when they open their paragraph, in the paragraph before (None when none, or several)."""
    if not text.startswith(said.string):
        # (introduced by the paragraph before: its own year is read there, but for the sentence that ends it
        # on a colon: "… дневник Тимофея Рябова (он родился 3 марта 1901 года) … В 1928 году он … вёл записи
        # карандашом:" / «Суббота, 22-го. …» is of 1928, not of the aside's date)
        before = said.string.rstrip()
        return _year_told_before(before, len(before)) if before.endswith((":", "：")) else None
    s = sentence_at(sentences(text), said.start())[0]
    if s > 0:
        return _year_told_before(text, s)
    if pidx == 0:
        return None
    before = ctx.article.paragraphs[pidx - 1].text
    found = {int(y.group(1)) for y in _FREE_YEAR.finditer(before)}
    return found.pop() if len(found) == 1 and not find_mentions(before) else None


# "His diary … has the entry: "2 May. …"", "В его дневнике есть запись: «2 мая. …»": a record kept
# at the time, quoted.
_RECORD_QUOTED = re.compile(rf"{_RECORD_NOUN}[^\"“«.!?]*[\"“«]\s*$", re.IGNORECASE)


def _opens_years_ago(text: str) -> bool:
    """Whether a paragraph opens looking back a number of years ("25 YEARS AGO. Thrapley's television
    dealers …", "Fifty years ago this week, …")."""
    opening = ago_phrase(text[:40])
    return opening is not None and text.lstrip().startswith(opening[1])


def _sentence_opening_ago(text: str, s: int, article_year: int | None) -> tuple[int, str] | None:
    """The "N years ago" that opens a sentence of the paragraph before the one at `s`, with no year
    written in that sentence or since ("Полвека назад, к столетию открытия, учительница … построила
    таблицу. В её дневнике есть запись: «2 марта. …»"), but for a year a little after the one looked
    back to ("10 YEARS AGO. … the county promises … by 31 December 1981." in 1989: that time's promise);
    None if there is none."""
    written: list[int] = []
    for a, b in reversed([span for span in sentences(text) if span[1] <= s]):
        opening = ago_phrase(text[a : a + 40].lstrip())
        if opening is not None and text[a:].lstrip().startswith(opening[1]):
            then = article_year - opening[0] if article_year is not None else None
            ahead = then is not None and all(then < y <= then + PROMISE_YEARS_AHEAD for y in written)
            return opening if not written or ahead else None
        years = [int(y.group(1)) for y in _FREE_YEAR.finditer(text, a, b)]
        if years and article_year is None:
            return None
        written += years
    return None


def _quotes_a_record(clause: str) -> bool:
    """Whether a clause ends opening a quotation from a diary, log or letter (its days are of the
    time it was kept, told in the past whatever the clause's own tense)."""
    return _RECORD_QUOTED.search(clause) is not None


# A letter or a diary the text gives the date of, quoted after it: "The letter … is headed "Harnby,
# 14 April 1897"", "His letter, headed "Hyde Park, 1 May 1851", describes …", "una carta fechada …".
_LETTER_DATED = re.compile(
    r"\b(?:letter|note|postcard|telegram|diary|journal|carta|nota|diario|письм\w*|записк\w*|дневник\w*)\b"
    r"[^.\n]{0,80}?\b(?:headed|dated|fechad[ao]|датирован\w*)\s*[\"“«]?[^\"”»\n]{0,30}?\b(?P<y>1[5-9]\d\d|20\d\d)\b[\"”»]?",
    re.IGNORECASE,
)
QUOTED_LETTER_REACH = 5  # paragraphs back a quotation from a dated letter may have opened


def _quoted_from_dated_letter(ctx: _Context, pidx: int, text: str, m: Mention) -> tuple[int, Why] | None:
    """(year, why) of a day inside a quotation that opens after a letter's or a diary's date is given
    ("… is headed "Harnby, 14 April 1897" … It reads, in part: / "We began upon the spire on 3 March
    …"), in its paragraph or up to QUOTED_LETTER_REACH before it: the letter's year."""
    before = [p.text for p in ctx.article.paragraphs[max(0, pidx - QUOTED_LETTER_REACH) : pidx]]
    joined = "\n".join([*before, text[: m.start]])
    if not _may_hold(_LETTER_WORDS, joined):
        return None
    last = max(_LETTER_DATED.finditer(joined), key=lambda x: x.start(), default=None)
    if last is None or not inside_quotes(joined[last.end() :].replace("\n", " ")):
        return None
    year = int(last.group("y"))
    phrase = " ".join(last.group(0).split())
    why = reason(N_("quoted from “{phrase}”: the account's time, {year}"), phrase=phrase, year=year)
    s, e = sentence_at(sentences(text), m.start)
    if (rel := _RELATIVE_YEAR.search(text, s, e)) is not None and (shift := _relative_shift(rel.group(0))):
        # ("dated 12 May 1988 … "I retired on the 22nd of July last year"": the year before the letter's)
        why = reason(
            N_("“{phrase}” relative to the letter's date; {why}"), phrase=" ".join(rel.group(0).split()), why=why
        )
        year += shift
    return year, why


_LETTER_WORDS = (
    "letter",
    "note",
    "postcard",
    "telegram",
    "diary",
    "journal",
    "carta",
    "diario",
    "письм",
    "записк",
    "дневник",
)


def _same_quotation(text: str, s: int, year: int, pos: int) -> bool:
    """Whether a year inside a quotation and the date at `pos` stand in the same one ("By the time I
    qualified, in the autumn of 1968, on 30 September, …" she says): the speaker's own year."""
    lo, hi = min(year, pos), max(year, pos)
    return inside_quotes(text[s:pos]) and not any(q in text[lo:hi] for q in '"”»“«')


# "… escribió: «", "… he wrote: "", "… записал: «": a quotation its writer wrote back then.
_WROTE_BACK_THEN = re.compile(
    # (or after the sentence that says so: '"Yesterday she came up," he wrote. "We start pumping …')
    r"\b(?:wrote|noted|recorded|escribió|escribía|contaba|anotó|apuntó)\s*[:.]\s*$|(?:записал|написал)\w*\s*[:.]\s*$",
    re.I,
)


# A memory attributed after its quotation: "«15 декабря мы сидели у радиоприёмника, — вспоминает …",
# "“On 15 December we sat by the radio,” recalls …"
_RECALLS_AFTER = re.compile(
    r"[^\n\"“”«»]{0,60}?[\"”»]?\s*[,—–-]*\s*(?:recalls|remembers|recalled|remembered|recuerda|recordó|вспоминает|вспомина\w*"
    r"|вспомнил\w*)(?![а-яё\w])",
    re.IGNORECASE,
)


def _last_opening_quote(text: str, start: int) -> int:
    """Where the last opening quotation mark before `start` stands (-1: none)."""
    return max(text.rfind(q, 0, start) for q in '“"«')


def _quoted_as_written(text: str, start: int) -> bool:
    """Whether the mention at `start` is inside a quotation a past verb introduces (a diary's "Día 20.
    Hoy he subido …"), or one its speaker is said to recall right after it: its "today" is the
    diary's (or the memory's), not the article's."""
    opening = _last_opening_quote(text, start)
    if opening < 0 or not inside_quotes(text[opening:start]):
        return False
    if opening > 0 and _WROTE_BACK_THEN.search(text, max(0, opening - 40), opening) is not None:
        return True
    return _RECALLS_AFTER.match(text, start) is not None


def _quoted_then(article: Article, pidx: int, text: str, start: int) -> bool:
    """`_quoted_as_written`, or inside a quotation that opens paragraph `pidx` to carry on one such
    quotation the paragraph before left open (a letter quoted over two paragraphs)."""
    if _quoted_as_written(text, start):
        return True
    paragraphs = article.paragraphs
    if not 0 < pidx < len(paragraphs) or not inside_quotes(text[:start]):
        return False
    opening = _last_opening_quote(text, start)
    before = paragraphs[pidx - 1].text.rstrip()
    return (
        opening >= 0
        and not text[:opening].strip()
        and inside_quotes(before)
        and _quoted_as_written(before, len(before))
    )


FLASHBACK_DAYS = 31
NEW_YEAR_STEP_DAYS = 14  # an account that reaches the year's last days goes on into the next


def _days_into_next_year(prev: _Prev, m: Mention) -> int:
    """Days from the account's last date to this one's day in the year after (both read in a leap
    year's calendar, so 29 February is a day)."""
    return (datetime.date(2000, m.month, m.day) - datetime.date(2000, prev.month, prev.day)).days % 366


# "La historia había empezado unos meses antes.": the account steps back months, in its own year.
_MONTHS_BEFORE = re.compile(
    r"\bmonths\s+(?:before|earlier)\b|\bmeses\s+antes\b|месяц\w*\s+(?:раньше|ранее|до\s+этого)|几个月前|数月前"
    # (or a journey of months up to the day told: "The journey to Venus took four months. On 17 August
    # the station lifted off", "Путь к Венере занял четыре месяца. 17 августа станция стартовала")
    r"|\b(?:took|lasted)\s+(?:\w+\s+){1,2}months\b|\b(?:duró|tardó|llevó)\s+\w+\s+meses\b"
    r"|(?:занял\w*|длил\w*|продолжал\w*)\s+\w+\s+месяц\w*",
    re.IGNORECASE,
)


def _flashback(
    prev: _Prev | None,
    m: Mention,
    pidx: int,
    article_year: int | None,
    past: bool = False,
    bases: AbstractSet[int] = frozenset(),
    months_before: bool = False,
    record: bool = False,
) -> bool:
    """A day earlier in the month of the last one of a past account, in its paragraph or soon after: "… on 14
    August, the river burst its banks" / "Jean remembers the water rising on the evening of 13
    August": the account steps back a few days, it does not come to the present. Further back in
    its year when the text says it steps back months ("La historia había empezado unos meses antes"),
    or, told in the past, up to a month when the account is the one the article commemorates."""
    if prev is None or not prev.historical or prev.year is None or article_year is None:
        return False
    # (two paragraphs on when the one between dates nothing: "… on 14 July 1865." / "This week, a
    # century and a half later, …" / "The party left Zermatt early on 13 July")
    if prev.year >= article_year - 1 or not 0 <= pidx - prev.para <= 2:
        return False
    # (a month earlier is as often the present; a range is a programme's: "abierta del 18 de octubre
    # al 12 de enero", "Торжества продлятся 8–9 мая")
    if m.is_range:
        return False
    if m.month == prev.month:
        return m.day < prev.day
    if months_before:
        return (m.month, m.day) < (prev.month, prev.day)  # "unos meses antes … el 3 de mayo"
    # (or the date of a record of the account's, a few weeks before its day: "My own first badge came
    # in the post on 3 March 1979. … my letter too: it is dated the 12th of February")
    if not record and (not past or prev.year not in bases):
        return False
    before = datetime.date(prev.year, prev.month, prev.day) - datetime.timedelta(days=FLASHBACK_DAYS)
    return (m.month, m.day) >= (before.month, before.day) and (m.month - prev.month) % 12 == 11


_SINCE_BEFORE = re.compile(
    r"\b(?:since|desde)\s+$|(?<![а-яё])с\s+$"  # ("работает с 1987 года")
    # ("Since the club was re-formed in 1989 we have never …": the count up to now starts there too)
    r"|\bsince\s+(?:[^\W\d_]+[-\s]+){1,6}in\s+$|\bdesde\s+que\s+(?:[^\W\d_]+\s+){1,6}en\s+$",
    re.I,
)


def _next_item_in_new_year(prev: _Prev | None, m: Mention, pidx: int, year: int, article: Article) -> bool:
    """Whether `m` opens a list item right after one dated late in the present year, in January or
    February: a diary list in order runs into the new year."""
    if prev is None or prev.para != pidx - 1 or prev.year != year or pidx < 1:
        return False
    if not (prev.month >= 11 and m.month <= 2):
        return False
    paras = article.paragraphs
    return all(LIST_ITEM.match(paras[i].text) for i in (pidx - 1, pidx))


def _list_stays_in_new_year(
    prev: _Prev | None, m: Mention, text: str, pidx: int, year: int, present: tuple[int, int] | None
) -> bool:
    """Whether `m`, on a list's line, comes after the day before it in the calendar, and that day
    is in the year after the present's: a term-dates letter's list that has run into the new year
    ("pupils return on Wednesday 4 January" … "- Half term: 13 to 17 February") stays in it — up to
    the article's own day (a December notice's "28 December" after "4 January" is this December's)."""
    if present is None or (m.month, m.day) >= present:
        return False
    # (a heading may come between: "SPRING TERM"; a day the weekday moved is "historical" too)
    if prev is None or prev.year != year + 1 or not pidx - 2 <= prev.para <= pidx:
        return False
    if (m.month, m.day) < (prev.month, prev.day):
        return False
    line = text.rfind("\n", 0, m.start) + 1
    # (a list's line: "- Half term: 13 to 17 February", or "Half term: 16 to 20 February" alone on it)
    if LIST_ITEM.match(text, line) is not None or _LISTING_LED_IN.fullmatch(text, line, m.start) is not None:
        return True
    if not text[line : m.start].strip() and (line > 0 or prev.para < pidx):
        return True  # (a table's row that opens on its date: "14 to 18 February       Half-term holiday")
    # (a later day on the same line as the one before: "Sports day: 4 July (reserve day 11 July)")
    return prev.para == pidx and line < prev.end <= m.start and _LIST_LABEL.match(text, line) is not None


# A beginning told in the past: "The baths were opened on 14 May by the then mayor" (not a plaque
# "unveiled" or "dedicated": what an anniversary day does).
_BEGINNING_TOLD = re.compile(
    # (?=…): its alternatives' first letters (was/were, fue, был-, на), a cheap test at each place (same matches)
    r"(?=[wfoбн])(?:\b(?:was|were)\s+(?:first\s+|officially\s+)?(?:opened|founded|established|built|launched|inaugurated)\b"
    # ("The converted mill opened on 12 October", "The pool first opened on the 1st of June")
    r"|\bopened\s+(?:its\s+doors\s+)?on\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"|\bfue(?:ron)?\s+inaugurad[oa]s?\b|\bбыл[аио]?\s+открыт[аоы]?\b"
    # ("на открытие 15 января пришли …": the opening, told in the past)
    r"|\bна\s+открыти[ею]\b[^.]*\b[а-яё]+л[иао]?\b)",
    re.IGNORECASE,
)


_OPENED_ON = re.compile(r"\bopened\s+(?:its\s+doors\s+)?on\b", re.IGNORECASE)
# The words an English or Spanish match of `_BEGINNING_TOLD` holds (the Russian ones need letters
# plain text lacks): a plain sentence without them is not scanned.
_BEGINNING_VERBS = ("opened", "founded", "established", "built", "launched", "inaugurated")


def _may_tell_beginning(sentence: str) -> bool:
    low = _plain_lower(sentence)
    if low is None:
        return True
    told = ("was" in low or "were" in low) and any(map(low.__contains__, _BEGINNING_VERBS))
    return told or "opened" in low or ("fue" in low and "inaugurad" in low)


def _origin_told_again(counted: Sequence[Counted], m: Mention, sentence: str, pidx: int, at: int) -> Counted | None:
    """The anniversary whose beginning a later sentence tells again on its very day ("Forty years to
    the day after the first swimmers jumped in" … "The baths were opened on 14 May by the then
    mayor"): the day the base sentence dates, told with a verb of beginning in the past, before the
    day (`at`, its place in the sentence: "The party on Friday, 3 May, fell forty years after the
    museum opened its doors on 3 May 1984" tells the party's day first)."""
    if not counted or not _may_tell_beginning(sentence):
        return None  # (no anniversary counted: the sentence need not be read)
    told_first = _BEGINNING_TOLD.search(sentence, 0, at + 1)
    if told_first is None and not _BEGINNING_TOLD.search(sentence):
        return None
    if told_first is None and _OPENED_ON.search(sentence):
        return None  # (the active "opened on" tells the beginning only with its own date after it)
    for c in counted:
        if c.para == pidx + 1 and c.phrase.sentence[0] <= m.start < c.phrase.sentence[1]:
            continue  # the anniversary's own sentence dates the celebration
        # (a base the anniversary's own words state — "отмечает 40-летие: его открыли 15 января 1974
        # года" — has no sentence of its own: its scope dates the day)
        told = c.base.text or c.phrase.scope
        if told and (m.month, m.day) in _days_dated(told, c.base.year):
            return c
    return None


def _origin_retold(ctx: _Context, m: Mention, text: str, s: int, e: int, pidx: int) -> Counted | None:
    """The anniversary whose event a later paragraph tells again on the day its base sentence dates
    it, in the writer's past ("Thirty years to the day after fire destroyed Ashlar Mill, … gathered at
    the site on 11 November" / "The alarm was raised shortly before eleven on the night of 11
    November", the fire dated "late on Saturday, 11 November" in another document): not the day of the
    gathering again, which the lead told, but the event's. (Only a base another document dates: one
    this article dates starts an account the narrative rules follow.)"""
    if pidx < 1 or ctx.time.year is None:
        return None
    said = _unquoted_context(text, s, m.start, m.end)
    if not _tells_past(_tense_context(text, s, m)) or _PRESENT.search(said) or _FUTURE.search(text, s, e):
        return None
    if _ANNIVERSARY_WORD.search(text[s:e]) or _has_year_word(text[s:e]):
        return None
    for c in ctx.findings.counted:
        if c.past or c.para > pidx or c.base.year >= ctx.time.year - 1:
            continue  # (only after the paragraph that counts the years: the lead tells the day of now)
        told = c.base.text
        if not told or any(told in p.text for p in ctx.article.paragraphs):
            continue  # (a base this article dates starts an account of its own, which the narrative rules follow)
        now_told = valid_day(m.month, m.day, ctx.time.year) and (
            datetime.date(ctx.time.year, m.month, m.day) in ctx.told
        )
        if now_told and (m.month, m.day) in _days_dated(told, c.base.year):
            return c
    return None


@lru_cache(maxsize=4096)
def _year_told_before(text: str, s: int) -> int | None:
    """The one plain year the sentence before this one states ("The 1953 expedition …"), if any.
    (Cached: each mention of the sentence asks.)"""
    if s == 0:
        return None
    spans = sentences(text)
    before = [(a, b) for a, b in spans if b <= s]
    if not before:
        return None
    a, b = before[-1]
    # (not "since 1790": "The foundry has cast bells … since 1790" tells of no account of 1790)
    found = {int(y.group(1)) for y in _FREE_YEAR.finditer(text, a, b) if not _SINCE_BEFORE.search(text, a, y.start())}
    return found.pop() if len(found) == 1 else None


def _entries_introduced(article: Article, pidx: int) -> str | None:
    """The paragraph ending on a colon that introduces the one at `pidx`, a dated entry (a diary's
    or log's), directly or over the entries before it; None if there is none."""
    for back in range(pidx - 1, max(-1, pidx - 1 - ENTRIES_AFTER_COLON), -1):
        text = article.paragraphs[back].text
        if text.rstrip().endswith(":"):
            return text
        first = next(iter(find_mentions(text[:12])), None)
        if first is None or text[: first.start].strip('"“«„ '):
            return None  # (not an entry opening on its day, perhaps after the quotation's mark)
    return None


_WROTE_THEN = re.compile(
    r"(?:записал|написал|отметил)\w*\s+(?:(?:он|она|они)\s+)?тогда"
    r"|\b(?:wrote|noted|recorded)\s+(?:(?:he|she|they)\s+)?(?:at\s+the\s+time|then)\b|\b(?:escribió|anotó)\s+entonces\b",
    re.IGNORECASE,
)
# "他在当天的日记里写道：“…": a quotation introduced as written on that day or back then.
_WROTE_THEN_BEFORE = re.compile(
    r"(?:当天|当时|那天|当晚|当年)[^。“”「」]{0,12}(?:写道|记下|写下)[：:]\s*$"
    # "The first head … wrote in the log book: "Opened today, 9 January, …"" (a log, diary or
    # notebook: kept on the day)
    r"|\b(?:wrote|noted|recorded)\s+in\s+(?:the|her|his|their|a)\s+(?:log[\s-]?book|log|diary|notebook|journal)\s*:\s*$"
    # "… founded in 1921, and the first minute book records its first match: "Played the Vicarage on
    # the 24th of September …"" (a record kept at the time, saying so)
    r"|\b(?:minute[\s-]?book|minutes|log[\s-]?book|diary|notebook|journal|register)\s+(?:records?|recorded|notes?|noted)"
    r"\b[^.:;\"“”]{0,60}:\s*$",
    re.IGNORECASE,
)


QUOTED_ACCOUNT_REACH = 4  # paragraphs from the account's last date to a quotation written back then
# A quotation's writer, named after its first words: "…," he wrote, "…".
_QUOTE_WROTE = re.compile(r"(?<=[,”\"]\s)(?:he|she|they|I)\s+(?:wrote|recorded|noted)\b")


def _written_back_then(text: str, s: int, start: int) -> re.Match[str] | None:
    """The cue saying that the quotation the mention at `start` stands in was written back then: a
    paragraph that opens the quotation and says so (`_WROTE_THEN`), or the words introducing it."""
    if s == 0 and _OPENS_QUOTED.match(text) and (wrote := _WROTE_THEN.search(text)) is not None:
        return wrote
    if (
        s == 0
        and _OPENS_QUOTED.match(text)
        and (wrote := _QUOTE_WROTE.search(text)) is not None
        and _PAST_TENSE.search(text)
        and not _PRESENT.search(text)
        and not _FUTURE.search(text)
    ):
        return wrote  # (""On the 26th the wind rose …," he wrote, "and by … the 27th not a roof … was whole")
    opening = _last_opening_quote(text, start)
    if opening <= 0 or not inside_quotes(text[opening:start]):
        return None
    return _WROTE_THEN_BEFORE.search(text, max(0, opening - 100), opening)


def _record_introduced_with_year(text: str, start: int) -> tuple[re.Match[str], int] | None:
    """The words introducing the quotation `start` stands in as a record kept back then
    (`_WROTE_THEN_BEFORE`), and the one year their sentence states before it, if any."""
    opening = _last_opening_quote(text, start)
    if opening <= 0 or not inside_quotes(text[opening:start]):
        return None
    if (kept := _WROTE_THEN_BEFORE.search(text, max(0, opening - 100), opening)) is None:
        return None
    cut = sentence_at(sentences(text), opening)[0]
    years = {int(y.group(1)) for y in _FREE_YEAR.finditer(text, cut, opening)}
    return (kept, years.pop()) if len(years) == 1 else None


_OPENS_QUOTED = re.compile(r"\s*[\"“«„]")
_WINTER_OF = re.compile(r"\b(?:winter|freeze|frost|snows?)\s+of\s+(?P<y>1[5-9]\d\d|20\d\d)\b", re.IGNORECASE)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed|began|stood|went|came|froze|fell|lost|saw|took)\b")


def _quotation_told_before(text: str, m: Mention, article: Article, pidx: int) -> int | None:
    """The year the paragraph before tells, for a day in a paragraph that opens a quotation told in the
    past tense; a winter's December a year before it when the paragraph runs on into the new year."""
    if not _OPENS_QUOTED.match(text) or not _PAST_TENSE.search(text) or _PRESENT.search(text) or _FUTURE.search(text):
        return None
    before = article.paragraphs[pidx - 1].text
    told = _year_told_before(before, len(before))
    if told is None:
        return None
    winter = _WINTER_OF.search(before)
    later = any(x.month <= SPAN_SECOND_HALF // 2 for x in find_mentions(text[m.end :]))
    if winter is not None and int(winter.group("y")) == told and m.month >= 10 and later:
        return told - 1
    return told


ENTRIES_AFTER_COLON = 6  # the entries one colon may introduce
SPAN_SECOND_HALF = 6  # a day of a two-year span ("the winter of 1962–63") up to June is of its second year
# A paragraph that opens on the day the one before told of: "那一天是10月4日", "That day, 4 October, …".
_THAT_DAY_OPENS = re.compile(
    r"\s*(?:那一天|那天|当天|(?:on\s+)?that\s+(?:very\s+)?day\b|в\s+тот\s+(?:самый\s+)?день|(?:aquel|ese)\s+día)",
    re.IGNORECASE,
)


def _last_free_year(text: str, start: int, end: int) -> int | None:
    """The last plain year written in text[start:end] (not "since 1790"), if any."""
    found = [y for y in _FREE_YEAR.finditer(text, start, end) if not _SINCE_BEFORE.search(text, start, y.start())]
    return int(found[-1].group(1)) if found else None


def _last_birthday(ctx: _Context, text: str, s: int, m: Mention) -> tuple[int, Why] | None:
    """(year, why) of "On her last birthday, 11 October, the Guild gave a tea" in an obituary: the
    last such day before the first day of its present it tells (the death's)."""
    year = ctx.time.year
    hit = _LAST_BIRTHDAY.search(text, s, m.start) if year is not None else None
    if hit is None and year is not None and ctx.obituary:
        # ("His last entry, on 27 January, reads simply: …", "her last public outing, on 9 August": the
        # last of a life an obituary tells, before its death)
        hit = _LAST_OF_LIFE.search(text, s, m.start)
    if year is None or hit is None:
        return None
    days = [(d.month, d.day) for d in ctx.told if d.year == year]
    first = ctx.present_day or (min(days) if days else None)
    if first is None:
        return None
    year -= 1 if (m.month, m.day) > first else 0
    why = reason(N_("“{phrase}”: the last before {day}"), phrase=hit.group(0), day=Day(*first, ctx.time.year))
    return year, why


_LAST_BIRTHDAY = re.compile(r"\b(?:her|his|their|my|our)\s+last\s+birthday\b", re.IGNORECASE)
_LAST_OF_LIFE = re.compile(
    r"\b(?:her|his|their)\s+(?:very\s+)?last\s+(?:diary\s+|public\s+)?(?:entry|appearance|outing|visit|concert"
    r"|performance|match|game|race|service|sermon|letter|broadcast|show|walk|climb|flight|voyage)\b(?=[^.;]{0,12}$)",
    re.IGNORECASE,
)


def _latest_present_day(ctx: _Context) -> tuple[int, int] | None:
    """The latest day of the article's present year told so far, as (month, day)."""
    days = [(d.month, d.day) for d in ctx.told if d.year == ctx.time.year]
    return max(days) if days else None


def _year_told_since(article: Article, prev: _Prev, pidx: int, text: str, s: int) -> int | None:
    """The last plain year written after the previous date and before this mention (at `s`), in its
    paragraph or the ones between."""
    if prev.para == pidx:
        return _last_free_year(text, prev.end, s)
    told = _last_free_year(text, 0, s)
    for i in range(pidx - 1, prev.para - 1, -1):
        if told is not None:
            break
        if 0 <= i < len(article.paragraphs):
            between = article.paragraphs[i].text
            told = _last_free_year(between, prev.end if i == prev.para else 0, len(between))
    return told


def _year_told_just_before(article: Article, pidx: int, text: str, start: int) -> int | None:
    """The last plain year written before `start` in its paragraph, or else in the paragraph before."""
    told = _last_free_year(text, 0, start)
    if told is None and pidx >= 1:
        before = article.paragraphs[pidx - 1].text
        told = _last_free_year(before, 0, len(before))
    return told


def _clause_of(text: str, s: int, e: int, m: Mention) -> str:
    """The clause a mention stands in: from the last comma, semicolon or "and" before it to the next
    one after it ("Test running began on 20 August, and the council had hoped …": not "had hoped")."""
    before = text[s : m.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(" and "))
    after = text[m.end : e]
    ends = [i for i in (after.find(","), after.find(";"), after.find(" and ")) if i >= 0]
    return before[cut + 1 :] + " " + m.text + " " + after[: min(ends) if ends else len(after)]


# Where quoted speech opens (after a date, a colon too): the writer's own words stop there.
_QUOTE_OPEN = re.compile(r"[“\"«]")
_QUOTE_OPEN_OR_COLON = re.compile(r"[“\"«:]")


@lru_cache(maxsize=4096)
def _unquoted_context(text: str, s: int, start: int, end: int) -> str:
    """The words around a mention that are the writer's own: quoted speech has its own tense.
    (Cached: several rules ask for each mention.)"""
    # (a quotation closed before the mention is dropped, not all the writer's words before it: "The
    # company will revive "The Miller's Daughter", the play …, from 12 to 22 October")
    before = _QUOTE_OPEN.split(_CLOSED_QUOTE.sub(" ", text[s:start]))[-1]
    after = _QUOTE_OPEN_OR_COLON.split(text[end : end + 80])[0]
    return before + " " + after


_CLOSED_QUOTE = re.compile(r"[“\"«][^“”\"«»\n]{0,200}[”\"»]")


# Where a clause with a tense of its own begins: "Her keel was laid on 2 October, and she will be
# handed over on 28 June" (each date takes its own clause's tense).
# A clause after ", and" that opens with a preposition has no verb of its own: the one before is its.
_VERBLESS_CLAUSE = re.compile(r"\s*(?:on|from|at|in|until|till|between)\b", re.IGNORECASE)
# (a colon before a list too: "My race diary, for those who asked: the ten on Sunday 24 September, the half
# on 8 October" takes no past from "asked"; not one the date alone follows: "underlined in red: 13 March")
_CLAUSE_BREAK = re.compile(r";|:(?=\s+\S)|,\s+(?:and|but|while|whereas|y|pero|mientras|и|а|но|而)\s", re.IGNORECASE)


# A timetable's verbs in the present tense (en/es/ru): what is scheduled, not what happened.
_SCHEDULE = re.compile(
    # (its words' first letters looked at first, then one `\b` for the English and Spanish ones: the
    # same matches)
    r"(?=[abceimnorstзнопм截])(?:"
    r"\b(?:(?:opens?|closes?|runs?|starts?|begins?|ends?|meets?|takes?\s+place|returns?|reopens?|resumes?"
    r"|is\s+(?:open|closed|held|due)|are\s+(?:open|closed|held|due)"
    # ("Half term is 14 to 18 February" in a December letter: a day the copula sets)
    # (the clause ends where the date stood)
    r"|(?:is|are)(?:\s+(?:on|from))?(?=\s+$)"
    # "The next meeting is on 6 February", "The orchestra's next concerts are at Christmas, … and on 6 February"
    r"|next\s+(?:[a-z]+\s+){0,2}?[a-z]+s?\s+(?:is|are)(?!\s+(?:to\s+be\s+)?(?:said|thought|known))"
    r")\b"
    # (and what is on show now: "Las cartas … se exponen en la Casa de Cultura del 1 al 15 de septiembre")
    r"|(?:abre|cierra|comienza|empieza|termina|se\s+celebra|tiene\s+lugar|se\s+(?:exponen?|exhiben?|muestran?))\b)"
    r"|открывается|закрывается|начинается|заканчивается|проходит|пройдут|открыт[аоы]?\s+до|закрыт[аоы]?\s+до"
    # (a deadline: "Фотографии можно приносить до 30 апреля", "Заявки принимаются до 15 мая")
    r"|можно\s+[а-яё]+\s+до|принимаются\s+до"
    r"|截止)",  # Chinese marks no tense (举行 tells of the past as well): only a deadline
    re.IGNORECASE,
)
# English verbs whose simple past is neither -ed nor their participle ("it broke at 6.40pm on 12
# March", "the first cars went over"; not "held", "made": "first held in 1995" is a participle's),
# and no noun or adjective (not fell, rose, saw).
_IRREGULAR_PAST = re.compile(
    r"\b(?:broke|began|came|went|sank|took|gave|flew|froze|grew|knew|rang|sang|shook|swam|threw|tore|wore"
    r"|woke|wrote|drove|drew|ate|hid|rode|became|arose|withdrew|forgot|swept|stood|fought|struck"
    # (past either way: "heard the first programme", "won the cup", "met at the Fleece")
    r"|heard|won|met|told|brought|caught|taught)\b"
    # ("left Valentia", "left the yard": the verb, not "the left bank" or "three seats left")
    r"|\bleft\s+(?=[A-Z]|(?:the|her|his|their|home|for)\b)"
)
# (`\b` and the first letter tested first, then the three lookbehinds: inside a word one test fails; same matches)
# (not a passive's "is closed", nor a state after "come"/"get": "children may come dressed as …")
_PAST_FORM = re.compile(r"\b(?=[a-z])(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bcome\s)(?<!\bget\s)[a-z]{3,}ed\b")
# Spanish tells its past in the preterite ("bajó", "salieron") and the imperfect ("trabajaban",
# "había"): endings few other words have (not "-ía": día, policía). For `_tells_past` only.
# (in lower case: a name may end so, "Mataró"; and a letter's first persons: "vi subir", "estábamos")
_ES_PAST_FORM = re.compile(
    r"\b(?:[a-záéíúñ]{2,}(?:ó|aron|ieron|aba|aban|ábamos)|había|habían|hubo|vi|fui|fuimos|estuve|tuve)\b"
)


# An obituary, whose death is its news ("born on 9 February 1921 …, and died on 28 May"), not the
# account of the birth going on (`DIED`).
_OBITUARY = re.compile(
    r"\bobituar(?:y|ies)\b|\bhas\s+died\b|\bdied\b[^.;]{0,70}?\baged\s+\w|\bdied\s+last\s+week\b|necrológica|\bha\s+fallecido\b|некролог|ушёл\s+из\s+жизни|讣告",
    re.IGNORECASE,
)


# What every `_OBITUARY` match holds in plain text (see `_NOT_PLAIN`; its other words need letters it lacks).
_OBITUARY_WORDS = ("obituar", "died", "fallecido")


OBITUARY_HEAD = 2  # paragraphs after the title where an obituary gives the life's dates
# The life's dates, wherever they stand: "Ellen Varley, born 3 March 1931; died 9 June."
_LIFE_SPAN = re.compile(r"\bborn\b[^.;]{0,60}[;,–—-]\s*died\b", re.IGNORECASE)


def _own_death(ctx: _Context, pidx: int, text: str, s: int, m: Mention) -> bool:
    """Whether the mention is the death an obituary reports, its present: a death in its head, or of
    the person it is about (`OWN_DEATH`)."""
    if not ctx.obituary:
        return False
    context = _tense_context(text, s, m)
    if DIED.search(context) is None:
        return False
    return pidx < OBITUARY_HEAD or OWN_DEATH.search(context) is not None or _LIFE_SPAN.search(text) is not None


def _is_obituary(article: Article) -> bool:
    head = " ".join([article.title, *(p.text for p in article.paragraphs[:2])])
    return _may_hold(_OBITUARY_WORDS, head) and _OBITUARY.search(head) is not None


# Reported speech: a pluperfect after it is the speaker's past, not a look back within an account.
_REPORTED = re.compile(
    r"\b(?:said|says|told|added|explained|reported|announced|confirmed|dijo|explicó|afirmó)\b|сказал\w*|сообщил\w*",
    re.IGNORECASE,
)


def _timetable(clause: str) -> bool:
    """A clause in the present tense of a timetable ("is closed until", "runs from"), with no past."""
    return bool(_SCHEDULE.search(clause)) and not _reads_past(clause)


# `_PAST`'s words that plain text may hold (each match holds one; its others need letters plain text lacks).
_PAST_WORDS = ("was", "were", "had", "since", "ago", "last", "fue", "tuvo", "desde")


def _past_search(clause: str) -> re.Match[str] | None:
    """`_PAST.search(clause)`, not run over a plain clause without one of its words."""
    return _PAST.search(clause) if _may_hold(_PAST_WORDS, clause) else None


# "The anniversary of that last crossing falls on 30 April": the day it is kept, now (whatever
# account the paragraph opened with "Twenty-five years ago this month")
_ANNIVERSARY_FALLS = re.compile(
    r"\banniversary\b[^.;:!?]{0,80}\b(?:falls|is|will\s+be)\s+(?:on\s+)?(?:\w+day,?\s+)?$", re.IGNORECASE
)


def _reads_past(clause: str) -> bool:
    """Whether a clause tells of the past ("The banks closed on …"), not of the present ("The hall
    reopens on …"): a past tense, or an English -ed form."""
    return bool(
        _past_search(clause)
        or ("ed" in clause and _PAST_FORM.search(clause))  # (its match holds "ed")
        or _IRREGULAR_PAST.search(clause)
    )


def _tells_past(clause: str) -> bool:
    """`_reads_past`, or a Spanish verb in the past ("bajó", "salieron"), or a Russian one (see
    _RU_PAST_VERB), for the retold accounts' rules only: a news lead in Spanish tells this year's
    news in the preterite too."""
    return (
        _reads_past(clause)
        or _ES_PAST_FORM.search(clause) is not None
        # (a Russian verb is all Cyrillic letters: an ASCII clause holds none, and is not scanned)
        or (not clause.isascii() and _RU_PAST_VERB.search(clause) is not None)
    )


# A Chinese verb told as done: "出土了", "发现了" (not "为了", "除了", "了解", nor a sentence's closing "了"
# of a change still to come, which `_FUTURE`'s 将 and 要 tell).
_ZH_DONE = re.compile(r"(?<![为除])[\u4e00-\u9fff]了(?![解却])")


def _heading_ago(title: str) -> int:
    """N when a section's title is a "looking back" heading ("10 YEARS AGO", see ago_headings), else 0."""
    head = title.strip().strip("—–-:*#").strip()
    ago = ago_phrase(head.lower()) if len(head) <= 40 else None
    return ago[0] if ago is not None and len(ago[1]) >= len(head) - 2 else 0


_ADVERB = re.compile(r"^(?:exactly|almost|nearly|just|some|about|precisely)\s+", re.IGNORECASE)


def _tense_context(text: str, s: int, m: Mention) -> str:
    """The writer's own words of the mention's clause (for its tense)."""
    return _tense_context_at(text, s, m.start, m.end)


@lru_cache(maxsize=4096)
def _tense_context_at(text: str, s: int, start: int, end: int) -> str:
    # (cached: several rules ask for each mention)
    # (a quotation closed before the mention is not the writer's tense: ""I Was There": an evening of
    # recorded memories, Corn Hall, 25 May")
    before = _QUOTE_OPEN.split(_CLOSED_QUOTE.sub(" ", _unquote_names(text[s:start])))[-1]
    cut = [x.end() for x in _CLAUSE_BREAK.finditer(before)]
    while cut and _VERBLESS_CLAUSE.match(before, cut[-1]):
        cut.pop()  # ("The next concerts are at Christmas, …, and on 6 and 7 February": the verb before's)
    after = _QUOTE_OPEN_OR_COLON.split(_unquote_names(text[end : end + 80]))[0]
    ends = [x.start() for x in (_CLAUSE_BREAK.search(after), _SENTENCE_END.search(after)) if x is not None]
    start = cut[-1] if cut else 0
    if (rel := _RELATIVE_OPEN.search(before, start)) is not None and _FUTURE.search(before, start, rel.start()):
        # ("Among the crowds will be Mr Treloweth, who sailed … on Friday 23 November": the future is the
        # main clause's; a past there, "had been carried up by Bonatti, who spent the night of 30 July",
        # tells the account the relative clause is part of)
        start = rel.start() + 1
    return before[start:] + " " + after[: min(ends, default=len(after))]


# A relative clause: after a day, its own tense ("on 20 November, which … will repeat"); of a subject, what
# it is told to have done ("X, which the council reopened on …").
_RELATIVE_AFTER = re.compile(r",\s+(?:who|which|whose)\s", re.IGNORECASE)
# … still open at the mention (no comma since its pronoun): its verb is the day's.
_RELATIVE_OPEN = re.compile(rf"{_RELATIVE_AFTER.pattern}[^,;]*$", re.IGNORECASE)


# A name in guillemets (ships, papers, clubs: ледоколы «Таймыр» и «Мурман»), no quotation.
_NAME_IN_GUILLEMETS = re.compile(r"«([^«»\n]{1,30})»")


def _unquote_names(text: str) -> str:
    return _NAME_IN_GUILLEMETS.sub(r"\1", text) if "«" in text else text


# (not the next sentence's tense: "… on 30 June after sixty years there. The first rehearsal will be …")
# (a quotation may open the next one: "… el 12 de marzo de 1909. «Aquel jueves 5 lo oímos …»")
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s+[«“\"]?[A-ZÁÉÍÓÚÑА-ЯЁ¡¿]|$)")


_LATER = re.compile(r"later|after|después|más\s+tarde|спустя|次日|第二天", re.IGNORECASE)
# "lantern glass arrived on 30 August, only nine weeks before …", "3 августа, за шесть недель до открытия"
_CONNECTIVE_AFTER = re.compile(
    r",\s*(?:(?:only|just|barely|some|about|лишь|всего)\s+)?"
    r"(?=(?:\d+|\w+)\s+(?:days?|weeks?)\s+(?:later|after|before|earlier)|(?:за|через|спустя)\s+\S+\s+(?:дн|сут|недел))",
    re.IGNORECASE,
)
_CONNECTIVE_HINT_WORDS = (
    "day|week|fortnight|month|morning|afternoon|evening|night|"
    "día|semana|mes|víspera|день|дн|сут|недел|накануне|次日|第二天|翌日|当天|前一"
)
_CONNECTIVE_HINT_LIST = tuple(_CONNECTIVE_HINT_WORDS.split("|"))
# The same alternation behind a lookahead for the words' first letters (same flags: a class accepts
# what its letters as literals accept), so most places fail one test instead of fifteen branches.
_CONNECTIVE_HINT = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _CONNECTIVE_HINT_WORDS.split('|')}))}])(?:{_CONNECTIVE_HINT_WORDS})",
    re.IGNORECASE,
)
# Where a match of `_CONNECTIVE` holds its unit word: at a word's start (after its spaces: not the
# "day" of "Monday" or "today", which the hint above accepts), or one of the words that need no
# space before them. No match holds none of these.
_CONNECTIVE_UNIT = re.compile(
    # (?=…): its words' first letters, a cheap test before the alternatives are tried at each place (same matches)
    r"(?=[dwfmsvaenдсн次第翌当前])"
    r"(?:\b(?:day|week|fortnight|month|día|semana|mes|víspera|день|дн|сут|недел|morning|afternoon|evening|night)"
    r"|накануне|次日|第二天|翌日|当天|前一)",
    re.IGNORECASE,
)
# Its words that plain text may hold (each match holds one; the others need letters plain text lacks).
_CONNECTIVE_UNIT_WORDS = (
    "day",
    "week",
    "fortnight",
    "month",
    "mes",
    "semana",
    "morning",
    "afternoon",
    "evening",
    "night",
)


def _months_later(text: str, s: int, pos: int) -> tuple[int, str] | None:
    """(N, phrase) of "N months later" before the date in its sentence, or ending the sentence before
    it ("Fellmarket & District followed eighteen months later."): a count of months, not "a few"."""
    if "month" not in text[max(0, s - 200) : pos]:
        return None
    prior = [a for a, b in sentences(text) if b <= s]
    found = list(_MONTHS_LATER.finditer(text, prior[-1] if prior else s, pos))
    if not found or (found[-1].start() < s and text[found[-1].end() : s].strip(" .,;")):
        return None  # (in the sentence before, the count must end it)
    n = number_of(found[-1].group("n"))
    return (n, " ".join(found[-1].group(0).split())) if n and n >= 2 else None


_MONTHS_LATER = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{CARDINAL_ALT})\s+months\s+(?:later|after(?:wards)?)\b(?!\s+than)", re.I
)


_ON_OPENS = re.compile(r"\s*On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")


def _connective_opening_the_sentence_before(text: str, s: int, pos: int) -> re.Match[str] | None:
    """A "N days later" that opens the sentence before one that opens on its date ("A fortnight later
    Barnard tried again. On 2 January he gave a new heart to …"): the step the date tells."""
    if not _ON_OPENS.fullmatch(text, s, pos) or (start := _sentence_before(text, s, words=True)) is None:
        return None
    conn = _CONNECTIVE.match(text, start)
    return conn if conn is not None and conn.group("unit") else None


def _sentence_before(text: str, s: int, *, words: bool = False) -> int | None:
    """Where the sentence before the one at `s` starts in its paragraph (`words`: its first word), if any."""
    before = [a for a, b in sentences(text) if b <= s] if s > 0 else []
    if not before:
        return None
    return before[-1] + len(text[before[-1] : s]) - len(text[before[-1] : s].lstrip()) if words else before[-1]


def _year_later_opening_the_sentence_before(text: str, s: int, pos: int, cued: bool) -> re.Match[str] | None:
    """A "A year later" that opens the sentence before one that opens on its date, and dates
    nothing itself ("A year later the diary has a much shorter entry. On 11 February there are only
    three words"): the step the date tells."""
    if not cued or not _ON_OPENS.fullmatch(text, s, pos) or (start := _sentence_before(text, s, words=True)) is None:
        return None
    later = _YEAR_LATER.match(text, start)
    if later is None or later.group("after") or find_mentions(text[start:s]) or years_in(text[start:s]):
        return None
    return later


def _connective(text: str, s: int, pos: int, end: int = -1) -> re.Match[str] | None:
    """The last "N days later"-like phrase before the date in its sentence, or one right after it
    ("arrested on Jan. 14, six weeks later")."""
    if end >= 0 and (after := _CONNECTIVE_AFTER.match(text, end)) is not None:
        return _CONNECTIVE.match(text, after.end())
    low = _plain_lower(text, s, pos)
    if low is None:
        if not _CONNECTIVE_HINT.search(text, s, pos):
            return None
    elif not any(map(low.__contains__, _CONNECTIVE_HINT_LIST)):
        return None  # (the hint's answer on plain text)
    elif not any(map(low.__contains__, _CONNECTIVE_UNIT_WORDS)):
        return None  # (a test before the unit's search: each of its matches in plain text holds one)
    unit = _CONNECTIVE_UNIT.search(text, s, pos)
    if unit is None:
        return None
    # A match starts at most three words before the first unit word it holds ("в тот же день"), so
    # none starts before the third word before the first one here: the scan from there finds the
    # same matches (`\b` and the lookbehinds still read the text before it).
    found = None
    for m in _CONNECTIVE.finditer(text, max(s, word_start(text, unit.start(), 3)), pos):
        found = m
    return found


_IS_ON = re.compile(r"\b(?:is|are)\s+on\s+(?:the\s+)?$")  # "The first dance … is on the 24th"


def _quoted_from_the_account(m: Mention, text: str, prev: _Prev | None, pidx: int) -> bool:
    """Whether a bare day is quoted, in the paragraph of a past account's last date or the next one
    (the words of its record, whose "this month" is its own)."""
    return (
        prev is not None
        and prev.historical
        and prev.year is not None
        and 0 <= pidx - prev.para <= 1
        and inside_quotes(text[: m.start])
    )


_RELATIVE_MONTH_BEFORE = re.compile(
    r"\b(?:(?:later|earlier|early|late)\s+)?(last|next|this)\s+month\s*,?\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _of_the_present_month(m: Mention, text: str, ctx: _Context) -> Mention:
    """ "by the 29th of this month" (or of last or next month): counted from the article's own month,
    not from the month named last ("… launched at the library on 5 December. … by the 29th of this
    month" of 14 November)."""
    # (or before it: "Before that comes the club's own Founders' Cup, later this month on the 24th")
    rel = of_relative_month(text, m.end) or _RELATIVE_MONTH_BEFORE.search(text, max(0, m.start - 40), m.start)
    now = ctx.own_month  # (its present's day, else the days that date the page: "PUBLIC NOTICE · Issued 14 June")
    if rel is None or now is None:
        return m
    step = {"last": -1, "next": 1}.get(rel.group(1).lower(), 0)
    month = (now - 1 + step) % 12 + 1
    return replace(m, month=month, end_month=month) if valid_day(month, m.day, None) else m


_THAT_SAME_MONTH = re.compile(r"\b(?:that|the\s+same)\s+month\b", re.IGNORECASE)


NEW_YEAR_AHEAD_MONTHS = 3  # a month this soon after the article's, across the new year, is the next year's
_THE_NEW_YEAR = re.compile(r"\bnew\s+year\b|\bnext\s+year\b|\baño\s+nuevo\b|нов(?:ого|ом)\s+год|新年|明年", re.I)


_FOLLOWING_YEAR = re.compile(r"следующего\s+года|the\s+following\s+year|del\s+año\s+siguiente", re.IGNORECASE)


_LETTER_BEFORE = re.compile(
    rf"{_RECORD_NOUN}|\b(?:headed|written|wrote|dated|escrita|fechada)\b|датирован\w*|написан\w*", re.IGNORECASE
)
_GOT = re.compile(r"\bgot\b", re.IGNORECASE)  # ("Got back on the milk train on the 31st"; no past of _tells_past's)
# (and their plurals: "His letters home survive in the town museum")
_RECORD_NOUN_RX = re.compile(
    rf"{_RECORD_NOUN}|\b(?:letters|diaries|journals|notebooks?|postcards|telegrams|cartas|diarios)\b", re.IGNORECASE
)
# A record's own date: "His letter about the visit, now in the borough archive, is dated 21 June"
_RECORD_DATED = re.compile(r"\b(?:is|was|are|were)\s+dated\s+(?:on\s+)?$", re.IGNORECASE)
_WOULD = re.compile(r"\b(?:would|could)\b|['’]d\b", re.IGNORECASE)
_HAVE_DONE = re.compile(r"\b(?:have|has)\s+(?:not\s+|never\s+|just\s+)?\w+(?:ed|en|wn|t)\b|['’]ve\b", re.I)


def _letter_before(m: Mention, found: list[Mention], lead: Mention | None) -> Mention | None:
    """The date of the letter whose quotation holds `m`: the last one its paragraph names before it,
    else `lead`, one the paragraph before ends on (`_letter_lead`)."""
    return next((x for x in reversed(found) if x.end <= m.start), lead)


# One sentence more about the record itself after its date: "… who wrote to his brother on Thursday 28
# April 1859. The letter, kept by the Jory family ever since, is on show this weekend."
_ABOUT_THE_RECORD = re.compile(rf"\.\s+(?:the|his|her|their|that)\s+{_RECORD_NOUN}[^.!?]*[.!?]", re.IGNORECASE)


def _dated_record(text: str, letter: Mention, rest: str) -> bool:
    """Whether a paragraph's last date is a record's own, written with its year ("The last of them, …
    dated 11 July 1845, was read on the quay this morning …"), with no quotation after it: a
    quotation opening the next paragraph is the record's words."""
    return (
        letter.year is not None
        and not letter.is_range
        and _DATED.search(text, max(0, letter.start - 30), letter.start) is not None
        and not any(q in rest for q in '"“«')
    )


def _letter_lead(text: str, found: list[Mention]) -> Mention | None:
    """The date a paragraph ends on when it introduces a letter quoted in the next one ("… and wrote
    to his sister on 2 October:"), else None."""
    if not found:
        return None
    rest = text[found[-1].end :].strip()
    letter = found[-1]
    if rest not in (":", "：", ",") and not _ABOUT_THE_RECORD.fullmatch(rest) and not _dated_record(text, letter, rest):
        return None
    return letter if _LETTER_BEFORE.search(text, max(0, letter.start - 80), letter.start) else None


def _letter_tense(m: Mention, text: str, found: list[Mention], lead: Mention | None = None) -> str | None:
    """The tense context of a bare ordinal inside a quotation that opens after the date of a letter
    (or other record) its paragraph names, in the letter's month, or of one the paragraph before
    introduces (`lead`) when this paragraph opens on the quotation; None when it is not one."""
    letter = _letter_before(m, found, lead)
    if letter is None or letter.is_range or m.is_range or m.month != letter.month or m.day == letter.day:
        return None
    if letter is lead:
        if text.lstrip()[:1] not in '"“«' or not inside_quotes(text[: m.start]):
            return None
        s = sentence_at(sentences(text), m.start)[0]
        return _tense_context(text, s, m)
    if not _LETTER_BEFORE.search(text, max(0, letter.start - 80), letter.start):
        # (a date someone tells: ""I met him off the helicopter on the 22nd of June," … "went back on the 29th"")
        return None
    opening = _last_opening_quote(text, m.start)
    if opening < letter.end or not inside_quotes(text[: m.start]):
        return None  # (the quotation the ordinal stands in opens after the letter's date)
    s = sentence_at(sentences(text), m.start)[0]
    return _tense_context(text, max(s, opening + 1), m)


def _before_the_letter(m: Mention, text: str, found: list[Mention], lead: Mention | None = None) -> Mention:
    """A bare ordinal a quoted letter tells in the past, later in the month than the day the letter is
    dated ("In a letter written on 1 August, he described the trip home: "Got back on the milk train
    on the 31st …""; so a letter quoted in the paragraph after the one that dates it, `lead`): the
    month before the letter's."""
    letter = _letter_before(m, found, lead)
    if letter is None or m.day <= letter.day or (tense := _letter_tense(m, text, found, lead)) is None:
        return m
    if not (_tells_past(tense) or _GOT.search(tense)) or _WOULD.search(tense) or _FUTURE.search(tense):
        return m  # (not "… by the 17th, he would send …": a plan, after the letter's day)
    month = 12 if m.month == 1 else m.month - 1
    return replace(m, month=month, end_month=month) if valid_day(month, m.day, None) else m


def _after_the_letter(m: Mention, text: str, found: list[Mention]) -> Mention:
    """`_before_the_letter`'s other side: a bare ordinal a quoted letter tells as still to come,
    earlier in the month than the day the letter is dated ("One, headed "Sunday 29 April", reads: "…
    The King opens it on Thursday, and on the 4th the public come in""): the month after the
    letter's. (Told in the past, "I have not seen a bed since the 20th", it is the letter's month.)"""
    letter = next((x for x in reversed(found) if x.end <= m.start), None)
    if letter is None or m.day >= letter.day or (tense := _letter_tense(m, text, found)) is None:
        return m
    if _tells_past(tense) or _GOT.search(tense) or _WOULD.search(tense) or _HAVE_DONE.search(tense):
        return m
    month = m.month % 12 + 1
    return replace(m, month=month, end_month=month) if valid_day(month, m.day, None) else m


def _overran_month(m: Mention, text: str, ctx: _Context) -> Mention:
    """A bare day past the end of the month carried, put in the month before it (`Mention.overran`):
    the article's own month instead, when that has the day and the day is told as now or to come,
    not as an account, and the month before is not one just ahead of the article's ("The footpaths
    will stay closed until the 31st" after "confirmed on 20 February", in a report of early March:
    March's; "… half term is 13 to 17 February. Reading records should come back by the 31st" of a
    December letter: January's)."""
    now = ctx.present_day
    if now is None or m.month == now[0] or not valid_day(now[0], m.day, ctx.time.year):
        return m
    if (m.month - now[0]) % 12 <= NEW_YEAR_AHEAD_MONTHS or inside_quotes(text[: m.start]):
        return m
    tense = _tense_context(text, sentence_at(sentences(text), m.start)[0], m)
    if _reads_past(tense) and not _FUTURE.search(tense):
        # ("… the Tradesmen's Ball, booked for the 31st, was cancelled": the account's; "will stay
        # closed until the 31st" is to come)
        return m
    return replace(m, month=now[0], end_month=now[0])


_NEXT_MONTH = re.compile(rf"\b(?:next|last)\s+(?:{'|'.join(MONTH_NAMES)})\b", re.I)


def _not_before_now(m: Mention, text: str, ctx: _Context) -> Mention:
    """A bare ordinal told in the future ("A public meeting … will be held … on Friday the 18th")
    whose month, the last one named, would put it before the article's own day ("inspected on 4
    February" in a report of early March): the next such day from the article's own on."""
    now, year = ctx.present_day, ctx.time.year
    if now is None or year is None or (m.month, m.day) >= now or not valid_day(m.month, m.day, year):
        return m
    first = _coming_month(m.day, now)
    if _weekday_fits(m, year) and not _weekday_fits(
        replace(m, month=first, end_month=first), _coming(first, now, year)
    ):
        # ("Tickets go on sale … on Tuesday 2 April. Places must be paid for by Friday the 12th" in a
        # programme headed with its festival's days: the weekday fits the month named, not the next one)
        return m
    if _THAT_SAME_MONTH.search(text, max(0, m.start - 40), m.start):
        return m  # ("… on Friday 9 January … later that month, on the 23rd": the month just named)
    s = sentence_at(sentences(text), m.start)[0]
    own_month_alone = {w for w in MONTH_NAMES if w in text[s : m.start]} == {MONTH_NAMES[m.month - 1]}
    if (
        0 < (m.month - now[0]) % 12 <= NEW_YEAR_AHEAD_MONTHS
        and (
            _THE_NEW_YEAR.search(text, s, m.start)
            or own_month_alone
            # (or, no weekday to say otherwise, its paragraph before it: "Year 6 residential …: 24 to 26 January.
            # The balance … is due by the 10th")
            or (m.weekday is None and {w for w in MONTH_NAMES if w in text[: m.start]} == {MONTH_NAMES[m.month - 1]})
        )
    ):
        # ("… on Thursday 2 January. … The first meeting of the new year is on the 13th" of 12 December;
        # "starts on Monday 10 January … apart from the 24th" of 10 December, the only month its sentence
        # names): the coming January's
        return m
    if (
        0 < (now[0] - m.month) % 12 <= 1
        and own_month_alone
        and m.day < _first_day_named_in(text, s, m.start, m.month)
        # (not after a day the sentence tells as past: "Entries … closed on Saturday 28 June, but latecomers may
        # still enter on the start line on the 6th" of 1 July)
        and not _reads_past(text[s : m.start])
    ):
        # ("Box office: opens Monday 18 July, with priority booking for members from the 11th" in a
        # programme of 1 to 6 August: a day before the one its sentence names in the month before, that month's)
        return m
    if inside_quotes(text[: m.start]):
        # ("Tomorrow, the 7th, we shall put this tin …" in a letter of 1977: its own tomorrow; so a
        # later sentence of the quotation: "… it reads: "… mud. I shall come down on the 14th"")
        return m
    if _RELATIVE_YEAR.search(text, s, m.start) or _FOLLOWING_YEAR.search(text, s, m.start):
        return m  # ("первые соревнования пройдут в марте следующего года, 19-го и 20-го": another year's month)
    if _NEXT_MONTH.search(text, s, m.start):
        return m  # ("Next September, on the 23rd, …" of 27 September: that month, a year on)
    tense = _tense_context(text, s, m)
    scheduled = _FUTURE.search(tense) or _timetable(tense) or _IS_ON.search(text, max(s, m.start - 16), m.start)
    if not scheduled or _reads_past(tense):
        return m
    month = first  # (the first such day from the article's own on)
    for _ in range(3):  # (a weekday written with it: the first such month whose day has it)
        ahead = _coming(month, now, year)
        if valid_day(month, m.day, ahead) and (m.weekday is None or _weekday_fits(replace(m, month=month), ahead)):
            return replace(m, month=month, end_month=month)
        month = month % 12 + 1
    return m


def _first_day_named_in(text: str, start: int, end: int, month: int) -> int:
    """The first day of `month` a date in text[start:end] names (32 when none does)."""
    return min((x.day for x in find_mentions(text[start:end]) if x.month == month), default=32)


_SINCE_THE = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)


def _not_after_now(m: Mention, text: str, ctx: _Context) -> Mention:
    """`_not_before_now`'s other side: a bare ordinal counted "since" (a day already past) whose month,
    the article's own, would put it after the article's day ("Copplestone Argus, Monday 5 March …
    Storm Emma added a second blizzard on 1 and 2 March. … salt since the 26th"): the month before."""
    now, year = ctx.present_day, ctx.time.year
    if now is None or year is None or m.month != now[0] or m.day <= now[1] or inside_quotes(text[: m.start]):
        return m
    if not _SINCE_THE.search(text, max(0, m.start - 12), m.start):
        return m
    month = 12 if m.month == 1 else m.month - 1
    back = year - (month == 12)
    if not valid_day(month, m.day, back) or (
        m.weekday is not None and not _weekday_fits(replace(m, month=month), back)
    ):
        return m
    return replace(m, month=month, end_month=month)


_T = TypeVar("_T")


def _rename(items: list[_T], old: _T, new: _T) -> None:
    """Replace the last `old` in `items` with `new`, if there is one."""
    for i in range(len(items) - 1, -1, -1):
        if items[i] == old:
            items[i] = new
            return


# A quoted entry's weekday day moved to another month: its month as read, its new month, its day, its
# end, its year, whether a day told before moved it (`_entry_moved`, `_in_the_same_entry`)
_Requoted = tuple[int, int, int, int, int | None, bool]


def _entry_moved(m: Mention, moved: Mention, text: str, year: int | None, told: bool) -> _Requoted | None:
    """A quoted entry's weekday day moved to another month (`moved`), as `_in_the_same_entry` takes it
    (`told`: to a day told before, not only to a month whose calendar has its weekday)."""
    if m.month == moved.month or not inside_quotes(text[: m.start]):
        return None
    return (m.month, moved.month, m.day, m.end, year, told)


def _weekday_moved(m: Mention, moved: Mention, text: str, year: int | None, carried: bool) -> _Requoted | None:
    """A weekday day moved to another month by its weekday alone: a quoted entry's (`_entry_moved`), or
    one whose month was `carried` from another paragraph, whose later bare days go with it ("… did not carry
    the public again until Tuesday 19 January 1897. ¶ … he wrote on Sunday the 20th … On the 31st he
    wrote": December's)."""
    if carried and m.month != moved.month and not inside_quotes(text[: m.start]):
        return (m.month, moved.month, m.day, m.end, None, True)
    return _entry_moved(m, moved, text, year, False)


def _with_the_moved_weekday_day(
    bare: Sequence[Mention], found: Sequence[Mention], carried: tuple[int, int] | None, text: str
) -> list[Mention]:
    """The paragraph's bare days, a later one with no weekday in the month of a weekday day before it that
    its weekday took out of the month `carried` from another paragraph ("… until Tuesday 12 January 1926. ¶
    … he wrote on Sunday the 13th. On the 28th he wrote": the 13th and the 28th are December's)."""
    out, written = list(bare), list(found)
    if carried is None:
        return out
    moved: Mention | None = None
    for i, x in enumerate(out):
        if _named_before(written, x) or inside_quotes(text[: x.start]):
            continue
        if x.weekday is not None:
            moved = x if x.month != carried[0] else None
        elif moved is not None and x.month == carried[0] and x.day > moved.day and valid_day(moved.month, x.day, None):
            out[i] = replace(x, month=moved.month, end_month=moved.month)
    return out


def _to_a_day_told(
    m: Mention, day: datetime.date, text: str, requoted: _Requoted | None, template: str
) -> tuple[Mention, _Requoted | None, str]:
    """A weekday's bare day read as `day`, a day found among those told before: the mention in its
    month, the quoted entry it moves (`_entry_moved`, or the one moved before), and why (`template`)."""
    moved = replace(m, month=day.month, end_month=day.month)
    why = reason(template, weekday=Weekday(day.weekday()), day=Day(day.month, day.day, day.year))
    return moved, _entry_moved(m, moved, text, day.year, True) or requoted, why


def _in_the_same_entry(m: Mention, text: str, requoted: _Requoted, bare_days: set[int]) -> bool:
    """Whether `m` is a later bare day of the quoted entry whose weekday day was moved to another month
    (`requoted`: that day's month as read, its new month, its day, its end, its year, whether a day told before
    moved it), read in the month it was. A weekday written with it fits the new month («Пятница, 4-го. …
    Суббота, 5-го»); only such days go with a month that only a weekday moved the first to."""
    month, new_month, day, end, year, told = requoted
    if m.start not in bare_days or m.month != month or m.day <= day or m.start < end:
        return False
    if year is None and told:
        return m.weekday is None and valid_day(new_month, m.day, None)  # (moved out of quotes: `carried_over`)
    if m.weekday is None and not told:
        return False
    if m.weekday is not None and (year is None or not _weekday_fits(replace(m, month=new_month), year)):
        return False
    return QUOTE_CLOSE.search(text, end, m.start) is None and valid_day(new_month, m.day, None)


ACCOUNT_DAYS_ON = 14  # how far past the account's last day a day of its month may run on in it


def _last_years_account_goes_on(
    prev: _Prev | None,
    m: Mention,
    pidx: int,
    text: str,
    s: int,
    article_year: int | None,
    anniversary_days: AbstractSet[tuple[int, int]],
) -> bool:
    """Whether a day with no year goes on with an account of last year (`prev`, dated by "last year",
    in its paragraph or the one before), told in the past a few days after it in its month (and its
    weekday, if written, fits that year)."""
    if prev is None or prev.historical or prev.year is None or article_year is None or prev.year != article_year - 1:
        return False
    if not 0 <= pidx - prev.para <= 1 or m.year is not None or m.month != prev.month:
        return False
    if not 0 < m.day - prev.day <= ACCOUNT_DAYS_ON or (m.month, m.day) in anniversary_days:
        return False
    tense = _tense_context(text, s, m)
    if not _tells_past(tense) or _FUTURE.search(tense) or inside_quotes(text[: m.start]):
        return False
    return m.weekday is None or _weekday_fits(m, prev.year)


ACCOUNT_PARAGRAPHS = 3  # … and how many paragraphs after the one that dates it


def _weekday_fits_the_account(
    m: Mention, year: int | None, prev: _Prev | None, pidx: int, text: str, ctx: _Context
) -> int | None:
    """The year of a past account just told (up to `ACCOUNT_PARAGRAPHS` before) when a bare ordinal
    quoted from a record of it has a weekday that fits it a few days on (`_days_on`), and does not fit
    `year` (unless `year` is the account's)."""
    if year is None or prev is None or not prev.historical or prev.year is None:
        return None
    if not inside_quotes(text[: m.start]):
        return None  # (a record quoted from then: not "Members … return on Wednesday the 5th", now)
    if year != prev.year and _weekday_fits(m, year):
        return None
    if _opens_quoted_entry(text, m) and _told_with_its_weekday(m, ctx) is not None:
        return None  # (a quoted entry headed by a day told before is that day: below)
    if pidx - prev.para > ACCOUNT_PARAGRAPHS or _days_on(prev, m) is None:
        return None
    return prev.year if _weekday_fits(m, prev.year) else None


def _days_on(prev: _Prev, m: Mention) -> int | None:
    """How many days on from `prev` the mention's day falls, in its month or (across the month's end)
    the next one, when that is up to `ACCOUNT_DAYS_ON`; None otherwise."""
    if prev.month == m.month:
        return m.day - prev.day if 0 <= m.day - prev.day <= ACCOUNT_DAYS_ON else None
    if m.month == prev.month % 12 + 1 and prev.month != 12 and prev.year is not None:
        ahead = (datetime.date(prev.year, m.month, m.day) - datetime.date(prev.year, prev.month, prev.day)).days
        return ahead if 0 < ahead <= ACCOUNT_DAYS_ON else None
    return None


def _account_goes_on(prev: _Prev | None, bare: Sequence[Mention], x: Mention) -> _Prev | None:
    """`prev` as the account's last day when `x` is read: a later day of its month that a bare day before
    `x` in the paragraph names ("… before the 24th. I shall be home on Monday the 2nd" after a letter of
    Sunday 11th: the 24th is the account's last day, so the 2nd is of the next month)."""
    if prev is None:
        return None
    days = [b.day for b in bare if b.start < x.start and b.month == prev.month and b.day > prev.day]
    return replace(prev, day=max(days)) if days else prev


def _into_the_accounts_next_month(x: Mention, prev: _Prev | None, pidx: int, text: str, ctx: _Context) -> Mention:
    """A bare weekday-ordinal earlier in the month than the account's last day, whose weekday fits the
    next month in the account's year a few days on ("Monday the 30th" of November 1936, then
    "Wednesday the 2nd"): of that month. Else `x`."""
    if x.weekday is None or prev is None or prev.month != x.month or x.day >= prev.day or prev.month == 12:
        return x
    nxt = replace(x, month=x.month + 1, end_month=x.month + 1)
    if not valid_day(nxt.month, nxt.day, prev.year):
        return x
    return nxt if _weekday_fits_the_account(nxt, ctx.time.year, prev, pidx, text, ctx) is not None else x


def _into_the_weeks_month(x: Mention, past_year: int | None, text: str, ctx: _Context) -> Mention:
    """A bare weekday-ordinal whose month came from a date of a past year told before it, when its weekday
    does not fit that month then but does the article's own days ("… my first marathon, on 18 April 1993.
    ¶ … I tried a barefoot mile … on Thursday the 7th", posted Sunday 10 September 2000): the day that near
    the article's own, in its tense's direction, is the one meant. Else `x`."""
    now, year = ctx.present_day, ctx.time.year
    if x.weekday is None or now is None or year is None or past_year is None or past_year >= year:
        return x
    if inside_quotes(text[: x.start]) or _weekday_fits(x, past_year):
        return x
    past = _reads_past(_tense_context(text, sentence_at(sentences(text), x.start)[0], x))
    here = datetime.date(year, *now)
    for month in (now[0], now[0] % 12 + 1, (now[0] - 2) % 12 + 1):
        near = replace(x, month=month, end_month=month)
        at = year + (month == 1 and now[0] == 12) - (month == 12 and now[0] == 1)
        if not _weekday_fits(near, at):
            continue
        ahead = (datetime.date(at, month, x.day) - here).days
        if abs(ahead) <= WEEKDAY_NEAR_NOW_DAYS and (ahead <= 0 if past else True):
            return near
    return x


# A deadline for an event the article has dated: "Las inscripciones para la cena pueden hacerse … hasta el día 26",
# "Tickets for the dinner must be bought by the 20th".
_DEADLINE_FOR = re.compile(
    r"\b(?:inscripciones|entradas|reservas|plazas|tickets|bookings|entries|registrations?|applications?|places|seats)"
    r"\s+(?:for|para)\s+(?:the|el|la|los|las)\s+(?P<noun>\w{3,})\b[^.;!?]*?"
    r"\b(?:by|until|till|before|hasta)\s+(?:(?:the|el)\s+(?:día\s+)?)?$",
    re.IGNORECASE,
)


def _event_named(article: Article, pidx: int, upto: int, noun: str) -> Mention | None:
    """The date named after `noun` in the last sentence before paragraph `pidx`'s offset `upto` that has both ("…
    con una cena en el Casino el sábado 27 de noviembre")."""
    word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    for text in [article.paragraphs[pidx].text[:upto], *(p.text for p in reversed(article.paragraphs[:pidx]))]:
        for at in reversed(list(word.finditer(text))):
            e = sentence_at(sentences(text), at.start())[1]
            after = [x for x in find_mentions(text[at.end() : e]) if x.month == x.end_month]
            if after:
                return after[0]
    return None


def _before_its_event(x: Mention, text: str, article: Article, pidx: int) -> Mention:
    """A bare day that is the deadline for an event the article dated (`_DEADLINE_FOR`): the last such day up
    to the event's ("… hasta el día 26" for the dinner of Saturday 27 November: 26 November, not the December
    the days named before it gave). Else `x`."""
    s = sentence_at(sentences(text), x.start)[0]
    deadline = _DEADLINE_FOR.search(text, s, x.start)
    if deadline is None or (event := _event_named(article, pidx, s, deadline.group("noun"))) is None:
        return x
    month = event.month if x.day <= event.day else (event.month - 2) % 12 + 1
    return replace(x, month=month, end_month=month) if valid_day(month, x.day) else x


def _opens_quoted_entry(text: str, m: Mention) -> bool:
    """Whether the mention heads a quoted record's entry (""Tuesday 3rd. Every roof and mast …""): its
    weekday and day name a day told before, whatever month the days carried would give it."""
    return text[: m.start].rstrip().endswith(('"', "“", "«")) and text[m.end : m.end + 1] in (".", ",", ":")


def _quoted_years_ago(m: Mention, text: str, ctx: _Context) -> tuple[Mention, int, str] | None:
    """(the mention in its month, its year, the phrase) for a bare weekday-ordinal quoted from a record
    that its paragraph introduces with "N years ago" before the quotation opens, when the year N
    before the article's has that weekday on that day of the present's month or of the month carried."""
    now = ctx.present_day
    if now is None or (counted := _quote_counts_back(m, text, ctx)) is None:
        return None
    year, phrase = counted
    for month in dict.fromkeys((now[0], m.month)):
        moved = replace(m, month=month, end_month=month)
        if valid_day(month, m.day, year) and _weekday_fits(moved, year):
            return moved, year, phrase
    return None


def _quote_counts_back(m: Mention, text: str, ctx: _Context) -> tuple[int, str] | None:
    """(year, phrase) of the "N years ago" before the quotation `m` is in, counted from the article's
    year, when its paragraph introduces the quotation so."""
    if ctx.time.year is None or not inside_quotes(text[: m.start]):
        return None
    opened = [q.start() for q in _QUOTE_OPEN.finditer(text, 0, m.start)]
    ago = ago_phrase(text[: opened[-1]]) if opened else None
    return None if ago is None else (ctx.time.year - ago[0], ago[1])


_DIGIT = re.compile(r"\d")


def _day_at(m: Mention) -> int:
    """Where the day's number of `m` is written: its line is the mention's ("… el\ndía 5 por fin bajé")."""
    digit = _DIGIT.search(m.text)
    return m.start + digit.start() if digit else m.start


def _looks_back_in_the_pluperfect(prev: _Prev | None, m: Mention, year: int | None, text: str) -> bool:
    """Whether `m`, a date with its year, is told in the pluperfect in its sentence, years before the
    past account's last day `prev` (an aside the account then goes on from)."""
    if prev is None or not prev.historical or prev.year is None or m.year is None or year is None or year >= prev.year:
        return False
    s = max((x.end() for x in _SENTENCE_END.finditer(text, 0, m.start)), default=0)
    return _PLUPERFECT.search(text, s, m.start) is not None


def _wholly_quoted(text: str) -> bool:
    """Whether a paragraph is one quotation, quote mark to quote mark (a diary's entry read out), with
    no quotation closed inside it (not ""Yes," she said, "it was."")."""
    t = text.strip()
    return len(t) > 2 and t[0] in '"“«„' and t[-1] in '"”»“' and QUOTE_CLOSE.search(t, 1, len(t) - 1) is None


def _quoted_record_goes_on(prev: _Prev, article: Article, pidx: int) -> bool:
    """Whether `pidx` is a paragraph wholly quoted, right after the one that quoted the account's last
    date: a diary read out entry by entry, whose "says the 11th will be the funeral" is its own present
    and future, not the article's."""
    paragraphs = article.paragraphs
    return (
        pidx - prev.para == 1 and _wholly_quoted(paragraphs[pidx].text) and _wholly_quoted(paragraphs[prev.para].text)
    )


# A column's heading line over an item reprinted from an old issue: "100 YEARS AGO: from the Herald of Saturday
# 2 February 1895"
_REPRINTED_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}of\s+(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+)?\d"
)
REPRINT_HEAD_CHARS = 120


def _reprinted(prev: _Prev, article: Article, pidx: int) -> bool:
    """Whether `pidx` is the item under a heading line that dates the old issue it is reprinted from, the
    account's last date: its present and future are that issue's ("… skating matches will be held on the 9th
    and 11th if the frost holds"), not the column's."""
    head = article.paragraphs[prev.para].text
    return (
        pidx - prev.para == 1
        and len(head) <= REPRINT_HEAD_CHARS
        and _REPRINTED_FROM.search(head) is not None
        and not head[prev.end :].strip(" .,;:—–-")
    )


def _next_entry(prev: _Prev, m: Mention, pidx: int, text: str) -> bool:
    """Whether `m` opens its paragraph as the entry for the day after the last one, the paragraph
    before's (a diary quoted line by line)."""
    return (
        pidx - prev.para == 1
        and m.year is None
        and not text[: m.start].strip(" \t«\"“„'")
        and (m.month, m.day) == (prev.month, prev.day + 1)
    )


def _quoted_next_day(prev: _Prev, m: Mention, pidx: int, text: str) -> bool:
    """Whether `m` opens a quotation a paragraph or two after the account's last day, as the day after
    it (a witness goes on telling those days)."""
    opening = _last_opening_quote(text, m.start)
    return (
        0 < pidx - prev.para <= 2
        and m.year is None
        and opening >= 0
        and not text[opening + 1 : m.start].strip()
        and inside_quotes(text[: m.start])
        and (m.month, m.day) == (prev.month, prev.day + 1)
    )


def _quoted_years_ago_told(m: Mention, text: str, ctx: _Context) -> tuple[Mention, int, str] | None:
    """(the mention in its month, its year, the phrase) for a bare ordinal with no weekday quoted from a
    record that its paragraph introduces with "N years ago", whose month was carried from a day of
    another year, when the article has told days of that year in one month only."""
    if m.weekday is not None or (counted := _quote_counts_back(m, text, ctx)) is None:
        return None
    year, phrase = counted
    # (only a month carried from a day of another year: «в ноябрьских записях … 19-го» keeps November)
    if not any(d.month == m.month and d.year != year for d in ctx.told):
        return None
    months = {d.month for d in ctx.told if d.year == year}
    if len(months) != 1 or not valid_day(month := months.pop(), m.day, year):
        return None
    return replace(m, month=month, end_month=month), year, phrase


def _told_in_its_year(m: Mention, text: str, year: int | None, given: int | None, ctx: _Context) -> bool:
    """Whether `year`, which the weekday of `m` quoted in `text` fits, is a past year the article has
    told a day of `m`'s month in, and `given` (the year without the weekday) only the article's own."""
    return (
        year is not None
        and given == ctx.time.year != year
        and inside_quotes(text[: m.start])  # (a record's: not "This Saturday, the 26th" after a past day)
        and _weekday_fits(m, year)
        and any(d.year == year and d.month == m.month for d in ctx.told)
    )


def _the_day_told(m: Mention, year: int | None, ctx: _Context) -> bool:
    """Whether `m` in `year` is the one day told before with its day of the month and weekday."""
    return (
        year is not None
        and valid_day(m.month, m.day, year)
        and _told_with_its_weekday(m, ctx) == datetime.date(year, m.month, m.day)
    )


_COUNT_GROUPS = ("n", "es", "ru", "ru2", "ru3", "zh")  # (_YEAR_LATER's groups that hold its count)
# A count of years this long, on a day told before, is that day's anniversary ("justo veinticinco años
# después"); a shorter one goes on with the account ("A year later, on 5 June", "两年后的7月1日").
ANNIVERSARY_STEP = 5


def _the_date_told_of(m: Mention, ctx: _Context) -> datetime.date | None:
    """The one day resolved before in the article with `m`'s month and day, whatever its year."""
    same = {d for d in ctx.told if (d.month, d.day) == (m.month, m.day)}
    return same.pop() if len(same) == 1 else None


def _told_with_its_weekday(m: Mention, ctx: _Context) -> datetime.date | None:
    """The one day resolved before in the article with `m`'s day of the month and its weekday."""
    same = {d for d in ctx.told if d.day == m.day and d.weekday() == m.weekday}
    return same.pop() if len(same) == 1 else None


ENTRY_DAYS_ON = 7  # how far on a diary's next entry may be from its last


def _entry_goes_on(prev: _Prev, m: Mention, pidx: int, text: str) -> Mention | None:
    """A weekday's bare day, quoted, a few days after the last day its paragraph told, read in another
    month, whose weekday that day's month has in its year: in that month (a diary's next entry; not a day of
    the news after a past one: "… started here on 3 September 1917 … A service follows on Sunday the 9th")."""
    if prev.para != pidx or prev.year is None or prev.is_range or m.weekday is None or m.month == prev.month:
        return None
    if not inside_quotes(text[: m.start]):
        return None
    if not 0 < m.day - prev.day <= ENTRY_DAYS_ON or not valid_day(prev.month, m.day, prev.year):
        return None
    on = replace(m, month=prev.month, end_month=prev.month)
    return on if _weekday_fits(on, prev.year) else None


def _told_next_to_it(m: Mention, ctx: _Context) -> datetime.date | None:
    """The one day with `m`'s day of the month and its weekday that is the eve or the morrow of a day
    resolved before in the article (the Friday before a Saturday match told with its date)."""
    if any(d.day == m.day for d in ctx.told):
        return None  # (the day itself told before says more: `_told_with_its_weekday`)
    step = datetime.timedelta(days=1)
    near = {x for d in ctx.told for x in (d - step, d + step) if x.day == m.day and x.weekday() == m.weekday}
    return near.pop() if len(near) == 1 else None


def _a_present_month_with_its_weekday(m: Mention, text: str, found: Sequence[Mention], ctx: _Context) -> Mention | None:
    """A bare weekday-ordinal of a paragraph that writes no year, told now (outside quotes, not in the
    past), moved to the one month whose day has its weekday in the article's year, of the months the
    paragraph names and those beside them; None when its own month has it, or when none or several do."""
    year = ctx.time.year
    if year is None or m.weekday is None or years_in(text) or inside_quotes(text[: m.start]):
        return None
    if valid_day(m.month, m.day, year) and _weekday_fits(m, year):
        return None
    if _reads_past(text[sentence_at(sentences(text), m.start)[0] : m.start]):
        return None
    named = {mo for x in found if x.start != m.start and x.year is None for mo in (x.month, x.end_month)}
    if not named:
        return None  # (a paragraph of this day alone: the month carried to it says more)
    named.add(m.month)
    months = {mo for n in named for mo in (n - 1, n, n + 1) if 1 <= mo <= 12} - {m.month}
    near = [replace(m, month=mo, end_month=mo) for mo in sorted(months)]
    fits = [x for x in near if valid_day(x.month, x.day, year) and _weekday_fits(x, year)]
    return fits[0] if len(fits) == 1 else None


def _fits_the_present_month(m: Mention, year: int | None, text: str, ctx: _Context) -> bool:
    """Whether a bare weekday-ordinal outside quotes has its weekday in the article's own month and
    year: of the present, whatever year an account before it gives."""
    now = ctx.present_day
    return (
        year is not None
        and year == ctx.time.year
        and now is not None
        and m.month == now[0]
        and _weekday_fits(m, year)
        and not inside_quotes(text[: m.start])
    )


def _month_its_weekday_names(m: Mention, year: int | None, ctx: _Context) -> Mention | None:
    """A bare ordinal written with a weekday its month does not have in its year (or in the
    article's, when its year was left open for that): the next month, when that has it."""
    year = year if year is not None else ctx.time.year
    if year is None or m.weekday is None or _weekday_fits(m, year):
        return None
    month, ahead = (m.month % 12) + 1, year + (m.month == 12)
    nxt = replace(m, month=month, end_month=month)
    if valid_day(month, m.day, ahead) and _weekday_fits(nxt, ahead):
        return nxt
    # ("Ten years ago today, on 12 November 2014 … It reached the comet on 6 August … I kept a diary that
    # week: Wednesday 12th": of the months the article has told days of in that year, the one that has it)
    if (told := _the_one_month_fitting(m, _months_told(ctx, year) - {m.month}, year)) is not None:
        return told
    # ("… did not carry the public again until Tuesday 19 January 1897. … he wrote on Sunday the 20th": after
    # a look ahead, the account's own month, of the year before, told last before the turn of the year)
    before = {mo for mo in _months_told(ctx, year - 1) if mo > m.month}
    if (back := _the_one_month_fitting(m, before, year - 1)) is not None:
        return back
    # ("… on show in the library until 6 May, and on Sunday the 23rd the bellringers will ring" of
    # Friday 21 April: the coming Sunday the 23rd of the article's own month)
    # ("Tomorrow, Friday 31 March, …" / "leave on Saturday and return on Wednesday the 5th": the
    # coming 5th, April's, a day before the present one being past)
    now = ctx.present_day
    if now is None or year != ctx.time.year:
        return None
    month = _coming_month(m.day, now)
    ahead = _coming(month, now, year)
    if month == m.month and ahead == year:
        return None  # (tried first)
    own = replace(m, month=month, end_month=month)
    return own if valid_day(month, m.day, ahead) and _weekday_fits(own, ahead) else None


def _month_told_in_the_rules_year(m: Mention, year: int | None, ctx: _Context) -> Mention | None:
    """A weekday ordinal whose weekday its month lacks in `year`, the year the rules give it without the
    weekday: of the months the article told days of in that year, the one that has it."""
    if year is None or m.weekday is None or (valid_day(m.month, m.day, year) and _weekday_fits(m, year)):
        return None
    return _the_one_month_fitting(m, _months_told(ctx, year) - {m.month}, year)


def _months_told(ctx: _Context, year: int) -> set[int]:
    """The months of the days the article has told so far in `year`."""
    return {d.month for d in ctx.told if d.year == year}


def _the_one_month_fitting(m: Mention, months: AbstractSet[int], year: int) -> Mention | None:
    """The mention in the one month of `months` whose day has its weekday in `year`; None if none or several."""
    fits = [
        mo for mo in months if valid_day(mo, m.day, year) and _weekday_fits(replace(m, month=mo, end_month=mo), year)
    ]
    return replace(m, month=fits[0], end_month=fits[0]) if len(fits) == 1 else None


def _year_without_weekday(
    m: Mention,
    text: str,
    s: int,
    e: int,
    taken: list[tuple[int, int]],
    ctx: _Context,
    prev: _Prev | None,
    pidx: int,
    anniversary_days: set[tuple[int, int]],
) -> int | None:
    """The year the rules give a day when its weekday is left out (the weekday may then say its
    month is the next one, not that the year is another)."""
    return _resolve_one(replace(m, weekday=None), text, s, e, taken, ctx, prev, pidx, anniversary_days)[0]


def _told_before(
    out: list[ResolvedMention], m: Mention, record: bool = False, present: int | None = None
) -> ResolvedMention | None:
    """The last day resolved before `m` of its month and day, when its year is known; for a record's
    (`record`: "the letter of the 10th"), the first of another year than the `present` (the day the
    record is headed with, not the present's own day of that date)."""
    if record:
        return next((r for r in out if (r.month, r.day) == (m.month, m.day) and not r.derived
                     and r.year is not None and r.year != present), None)  # fmt: skip
    for r in reversed(out):
        if (r.month, r.day) == (m.month, m.day) and not r.derived:
            return r if r.year is not None else None
    return None


def _days_after_the_last(found: Sequence[Mention], x: Mention) -> bool:
    """Whether a bare day comes a few days after the last day its paragraph dated before it, in its month
    ("… closed last year, from 7 September to 17 October … It reopened on the 18th"): that account goes on,
    whatever day an earlier paragraph named."""
    last = max((f for f in found if f.end <= x.start), key=lambda f: f.end, default=None)
    return last is not None and last.end_month == x.month and 0 < x.day - last.end_day <= 3


def _named_in_its_sentence(text: str, found: list[Mention], x: Mention) -> bool:
    return any(f.end <= x.start and not _SENTENCE_END.search(text, f.end, x.start) for f in found)


def _named_before(found: list[Mention], x: Mention) -> bool:
    return any(f.end <= x.start for f in found)


# A journey's plan told in the present: "We have rebooked for next year. We fly on 9 May, …".
_PLANNED_TRIP = re.compile(
    r"\b(?:we|i|they|you)\s+(?:fly|sail|leave|travel|set\s+off|set\s+out|depart|go\s+back)\s+(?:on|from)\b", re.I
)
_BOOKED = re.compile(
    r"\b(?:is|are)\s+(?:booked|planned|scheduled|arranged|due)\b"
    # ("Elias has booked us on the route from 11 to 18 February")
    r"|\b(?:has|have)\s+(?:booked|scheduled|arranged)\b"
    rf"|{_SET_FOR_RU}",
    re.IGNORECASE,
)
# A condition on something to come: "«Si está listo para el 6 de septiembre, mejor»", "If it is ready by …".
_A_CONDITION = re.compile(r"(?:\b(?:if|si|unless)\b|(?<![а-яё])если\b|如果)", re.IGNORECASE)


def _a_coming_day_told(out: list[ResolvedMention], m: Mention, ctx: _Context) -> bool:
    """Whether a date named before `m`, of its month and day, is a day still to come in the article's year."""
    now, year = ctx.present_day, ctx.time.year
    return (
        now is not None
        and year is not None
        and (m.month, m.day) > now
        and any((r.month, r.day, r.year) == (m.month, m.day, year) and not r.derived for r in out)
    )


def _present_month(
    m: Mention, text: str, s: int, carried: tuple[int, int] | None, carried_year: int | None, ctx: _Context
) -> int | None:
    """The article's own month for a bare ordinal whose month was carried from a date AHEAD of the
    article's day in an earlier paragraph, when that day of its own month is still to come ("… hope
    to reopen by 24 March. ¶ Parish councils are asked to meet by the 28th", on 27 February): a
    coming date's month does not become the month the article is in."""
    now = ctx.present_day
    if now is None or carried is None or carried_year is None or ctx.time.year is None or now[0] == m.month:
        return None
    if carried_year < ctx.time.year:
        # (or from a past year's date, "I opened up here on 1 October 1979", when the day is booked
        # ahead: "Training sessions … are booked for the 15th, 16th and 18th", of 9 April; or asked for: "Readers
        # … are asked to bring them … by the 7th")
        tense = _tense_context(text, s, m)
        if not (_FUTURE.search(tense) or _BOOKED.search(tense) or _APPEAL.search(tense)) or _reads_past(tense):
            return None
        month = _coming_month(m.day, now)
        if m.weekday is not None and not _weekday_fits(
            replace(m, month=month, end_month=month), _coming(month, now, ctx.time.year)
        ):
            # ("We return on Monday 7 January … The photograph will be taken on Friday the 11th", of 7
            # December: the next month's, whose 11th is a Friday)
            after = month % 12 + 1
            if valid_day(after, m.day, 2000) and _weekday_fits(
                replace(m, month=after, end_month=after), _coming(after, now, ctx.time.year)
            ):
                return after
            # (neither: an account's, which the weekday dates later: "Tom says they will light the torch on
            # Monday the 1st", quoted from 1886)
        return month if valid_day(month, m.day, ctx.time.year) else None
    if (carried_year, *carried) <= (ctx.time.year, *now) or m.day < now[1]:
        return None
    if m.day == carried[1]:
        return None  # ("On Saturday 20 January the school will be open … ¶ … a supper on the evening of the 20th")
    if _reads_past(_tense_context(text, s, m)):
        return None  # ("The work took three days, finishing on the 5th": an account, not the coming days)
    return now[0] if valid_day(now[0], m.day, ctx.time.year) else None


def _coming(month: int, now: tuple[int, int], year: int) -> int:
    """The year of a coming day of `month`, from the article's own day `now` of `year` on."""
    return year + 1 if month < now[0] else year


def _coming_month(day: int, now: tuple[int, int]) -> int:
    """The month of the first `day` of a month from the article's own day `now` on: its own or the next."""
    return now[0] if day >= now[1] else now[0] % 12 + 1


def _coming_bare_days(text: str, carried: tuple[int, int], last: Mention | None, ctx: _Context) -> list[Mention]:
    """The bare ordinals of a paragraph with no date, earlier in the month than the day carried to it,
    that it tells as still to come ("… a signed photograph, which will be raffled at the club dinner on
    the 15th" after "Last year, on Sunday 27 August"; "… open on every clear evening until the 16th" after
    "Saturday 22 and Sunday 23 March"): of the article's own month, or the next when that day of it is
    past. Not a day of the range named last ("Centenary week runs from Monday 15 to Friday 19 January. ¶
    Mrs Pocklington, who will be 96 on the 17th, …")."""
    now = ctx.present_day
    if now is None or ctx.time.year is None or not _FUTURE.search(text):
        return []
    out: list[Mention] = []
    for x in bare_ordinal_days(text, [], (now[0], 0)):
        if last is not None and last.month == last.end_month and last.day <= x.day <= last.end_day:
            continue
        # (its own clause's tense: "… sent his apologies and a signed photograph, which will be raffled …")
        tense = text[sentence_at(sentences(text), x.start)[0] : x.start].rsplit(",", 1)[-1]
        if x.day < carried[1] and x.weekday is None and _FUTURE.search(tense) and not _reads_past(tense):
            month = _coming_month(x.day, now)
            out.append(replace(x, month=month, end_month=month))
    return out


def _in_another_year(text: str, m: Mention) -> bool:
    """Whether the date `m` is put in another year than the article's by a relative year in its
    sentence (\"Last year, on 8 July, a few of us met\", \"Next year's tour … from 26 July to 3 August\"):
    a later paragraph's bare day (\"flies in on the 20th\") is not of its month."""
    s, e = sentence_at(sentences(text), m.start)
    rel = _RELATIVE_YEAR.search(text, s, e)
    return rel is not None and _relative_shift(rel.group(0)) != 0  # (not "this year", "este año", "今年")


def resolve_article(ctx: _Context, lines: LineMap) -> list[ResolvedMention]:
    article = ctx.article
    out: list[ResolvedMention] = []
    prev: _Prev | None = None
    anniversary_days = ctx.anniversary_days()
    out.extend(_title_mentions(ctx))
    ctx.lead_day = _title_dateline_day(ctx)
    carried: tuple[int, int] | None = None  # the last month and day named, for "on the 19th"
    carried_dated = False  # (whether that date was written with its year)
    carried_from: Mention | None = None  # (… and the date itself)
    if ctx.time.column_year is not None and ctx.present_day is not None:
        carried = (ctx.present_day[0], 0)  # ("100 YEARS AGO · 1911" / "On Thursday the 22nd …": this week's month)
    elif (titled := out[-1] if out else None) is not None and not titled.derived:
        # ("Gazette, Wednesday 10 November 2010" over "… will close … on Saturday the 27th": its month)
        carried = (titled.end_month, titled.end_day)
    last_year: int | None = None  # the year of the last date told
    named: list[tuple[int, int]] = []  # the month and day of each date the paragraphs before named
    named_bare: list[tuple[int, int]] = []  # … and of each bare day they named with its weekday ("Tuesday the 21st")
    # … of those named with a weekday, and the weekday (the dateline's first: "Herald, Thursday 21 February")
    with_weekday: list[tuple[int, int, int]] = weekdays_of(find_mentions(article.title)) if carried else []
    with_year: list[tuple[int, int, int]] = []  # … of those written with their year, and its weekday
    range_ends: list[tuple[int, int]] = []  # … the last day of each range they named ("Monday 4 to Friday 15 April")
    lead: Mention | None = None  # (the date of a letter the paragraph before introduces, quoted in this one)
    next_lead: Mention | None = None
    for pidx, para in enumerate(article.paragraphs):
        text = para.text
        lead, next_lead = next_lead, None
        ctx.letter_lead = lead
        found = find_mentions(text)
        with_weekday.extend(weekdays_of(found))
        dated = dated_weekdays_of(found)  # (handed on below, after this paragraph's bare days are read)
        carried_over: set[int] = set()  # (the bare ordinals whose month came from an earlier paragraph)
        told_again: set[int] = set()  # (the bare ordinals of a day an earlier paragraph named: "the 7th")
        read_in: dict[int, int] = {}  # (the month each bare day was read in, by where it starts)
        bare_with_weekday: set[int] = set()  # ("Friday the 4th": its weekday may say the month is the next)
        bare_days: set[int] = set()  # (every bare ordinal)
        earlier_weekdays = with_weekday[: len(with_weekday) - sum(x.weekday is not None for x in found)]
        # ("下月12日，…组织职工代表赴大庆参观学习，15日返回": the days counted from the article's month first,
        # so that a bare day after one is of its month)
        if "月" in text and (now := ctx.own_month) is not None and (rel := zh_relative_month_days(text, found, now)):
            found = sorted([*found, *rel], key=lambda x: x.start)
        named.extend((x.month, x.day) for x in found)  # (with "本月29日": a day named, of the article's month)
        if pidx > 0 and ctx.present_day is not None and _opens_years_ago(text):
            # ("THRAPLEY CHRONICLE · Thursday 20 April 1989" … / "25 YEARS AGO. … the opening of BBC2 on Monday
            # the 20th": a column's section looks back from this week, not from the month the last one named)
            carried = (ctx.present_day[0], 0)
        bare = bare_ordinal_days(
            text,
            found,
            carried,
            named[: len(named) - len(found)],
            earlier_weekdays,
            with_year,
            range_ends,
        )
        with_year.extend(dated)
        range_ends.extend((x.end_month, x.end_day) for x in found if x.is_range)
        if not bare and not found and carried is not None:
            # (the date carried, when the day carried is still its own: not a heading's month since)
            still = carried_from if carried_from and (carried_from.end_month, carried_from.end_day) == carried else None
            bare = _coming_bare_days(text, carried, still, ctx)
        if bare:
            # (a month the list names is the day's own: "Tuesday the 25th and Wednesday the 26th of January")
            listed_month = {x.start for x in bare if month_of_the_next_in_list(text, x.end, x.day, found) is not None}
            carried_over = {
                x.start
                for x in bare
                if carried and x.month == carried[0] and not _named_before(found, x) and x.start not in listed_month
            }
            told_again = {
                x.start
                for x in bare
                if ((x.month, x.day) in named[: len(named) - len(found)] or (x.month, x.day) in named_bare)
                and (
                    not _named_in_its_sentence(text, found, x) or RECORD_OF.search(text, max(0, x.start - 40), x.start)
                )
                and not _days_after_the_last(found, x)
            }
            bare_with_weekday = {x.start for x in bare if x.weekday is not None and x.start not in listed_month}
            bare_days = {x.start for x in bare}
            bare = _with_the_moved_weekday_day(bare, found, carried, text)
            bare = [_into_the_accounts_next_month(x, _account_goes_on(prev, bare, x), pidx, text, ctx) for x in bare]
            bare = [_into_the_weeks_month(x, last_year, text, ctx) if x.start in carried_over else x for x in bare]
            bare = [_before_its_event(x, text, ctx.article, pidx) for x in bare]
            bare = [
                x
                if x.start in listed_month
                or _weekday_fits_the_account(x, ctx.time.year, prev, pidx, text, ctx) is not None
                # ("… a note from the vestry clerk, dated 10 March 1817, …" / ""on the 1st of this month",
                # he wrote": the record's month, not the article's)
                or _quoted_from_the_account(x, text, prev, pidx)
                else _overran_month(x, text, ctx)
                if x.overran
                else _of_the_present_month(_not_after_now(_not_before_now(x, text, ctx), text, ctx), text, ctx)
                for x in bare
            ]
            bare = [_after_the_letter(_before_the_letter(x, text, found, lead), text, found) for x in bare]
            found = sorted([*found, *bare], key=lambda x: x.start)
            # (a bare day with its weekday is a day named too: ""… we fly out on Tuesday the 21st."" / paragraphs
            # on, "who flew out with him on the 21st")
            named_bare.extend((x.month, x.day) for x in bare if x.weekday is not None)
            read_in = {x.start: x.month for x in bare}
            with_weekday.extend(weekdays_of(bare))
        next_lead = _letter_lead(text, found)
        carried_year, carried_day = last_year, carried
        # (a date of last or next year hands its month on only over one whose year was written, a
        # past account's: "… at Lacey on 30 May 1953 …" / "Next year's Lottery Week will run from 5 to 12
        # April" / "Tickets … from the secretary by the 3rd": April's)
        if found and not (carried is not None and not carried_dated and _in_another_year(text, found[-1])):
            carried, carried_dated = (found[-1].end_month, found[-1].end_day), found[-1].end_year is not None
            carried_from = found[-1]
        told_next = _month_told_next(text, found[-1].end if found else 0, pidx)
        if told_next is not None:
            carried = (told_next.month, 0)
        elif not found and (headed := _month_heading(text)) is not None:
            carried = (headed, 0)  # "BIRTHDAY WEEK — JUNE" over "Friday 5th": the days under it are June's
        elif not found and not years_in(text) and (alone := last_month_named(text, 0)) is not None:
            # "His funeral was in the first week of January" / "the frost on the night of Wednesday the 7th":
            # a month a paragraph names without a day or a year is the one the next bare days are of
            carried = (alone, 0)
        same_days = list(_SAME_DAY.finditer(text)) if " years " in text and _SAME_DAY_HINT.search(text) else []
        if not found and not same_days:
            prev = told_next or prev
            continue
        spans = sentences(text)
        taken = [(m.start, m.end) for m in found]
        listed: tuple[tuple[int, int], tuple[int, int], tuple[int | None, str, str, bool]] | None = None
        items: list[Mention | re.Match[str]] = sorted([*found, *same_days], key=_item_start)
        here: tuple[int, int, int] | None = None  # (the last day its own month and year dated in the paragraph)
        # (a quoted entry's weekday day moved to the month of a day told before: its month, the one it was
        # read in, its day and where it ends; the entry's later bare days go with it)
        requoted: _Requoted | None = None
        for m in items:
            anaphor = _weekday_anaphor(text, items, m, out, pidx)
            if anaphor is not None:
                prev = anaphor
            if isinstance(m, re.Match):
                derived = _same_day(m, text, spans, taken, prev, pidx, ctx, para, lines)
                if derived is not None:
                    out.append(derived)
                continue
            s, e = sentence_at(spans, m.start)
            sentence = excerpt(text, s, e, m.start)
            if requoted is not None and _in_the_same_entry(m, text, requoted, bare_days):
                # ("… his entry for that day reads: "Wednesday 6th. … Shop shut till the 8th"": the
                # entry's month, not the one the paragraph carried)
                m = replace(m, month=requoted[1], end_month=requoted[1])
            if listed is not None and listed[0] == (m.start, m.end) and m.year is None:
                # The next day of a list ("Год спустя, 2 и 3 мая"): the year its first day has (a cue
                # before the list is read once), or the next one when the list crosses the year's turn.
                year, basis, why, historical = listed[2]
                if m.start in carried_over and m.month != listed[1][0] and valid_day(listed[1][0], m.day, year):
                    # (a list of bare ordinals has one month: the one its first day was given)
                    m = replace(m, month=listed[1][0], end_month=listed[1][0])
                if year is not None and (m.month, m.day) < listed[1]:
                    year += 1
            else:
                year, basis, why, historical = _resolve_one(m, text, s, e, taken, ctx, prev, pidx, anniversary_days)
                then = (
                    _weekday_fits_the_account(m, year, prev, pidx, text, ctx) if m.start in bare_with_weekday else None
                )
                now_month = (
                    _present_month(m, text, s, carried_day, carried_year, ctx)
                    # (not in the quoted letter the paragraph before dates: its month's; nor a coming day the
                    # article named: "… the Ravensike Marathon on Sunday 29 October. ¶ … Good luck on the 29th!")
                    if m.start in carried_over
                    and then is None
                    and not _in_the_quoted_letter(m, text, lead)
                    and not _a_coming_day_told(out, m, ctx)
                    # (so one whose month a day of a past year named in its own paragraph: "… had warned last
                    # autumn, at its meeting on 22 October, …. The Job Centre will hold an advice morning …
                    # on the 10th", of 2 April)
                    else _present_month(m, text, s, here[:2], here[2], ctx)
                    if (
                        here is not None
                        and m.start in bare_days
                        and then is None
                        and m.month == here[0]
                        and ctx.time.year is not None
                        and here[2] < ctx.time.year
                        and not inside_quotes(text[: m.start])
                    )
                    else None
                )
                if m.start in bare_with_weekday and (kept_by := _quoted_records_day(ctx, pidx, text, m, prev)):
                    # "… by the summer of 1995 … ¶ His diary for that autumn …: "Saturday the 14th. …"" (the one
                    # autumn month of 1995 whose 14th is a Saturday); ""Paris, June 1889. …" … "On Wednesday the
                    # 12th we went up"": the record's own time, not the month and year the days named before gave
                    m, year, basis, historical = kept_by[0], kept_by[1], "inferred", True
                    why = reason(N_("quoted from “{phrase}”: the account's time, {year}"), phrase=kept_by[2], year=year)
                    why += _weekday_note(m, year)
                elif then is not None and prev is not None:
                    # "On 16 August 1819 …" / "… wrote to his brother two days afterwards:" / ""Wednesday
                    # 18th. …"": the weekday fits the account's year, days after its last day, and not the
                    # article's own
                    year, basis, historical = then, "inferred", True
                    why = reason(_NARRATIVE, year=then, prev=prev.label) + _weekday_note(m, then)
                elif now_month is not None:
                    moved = _not_before_now(replace(m, month=now_month, end_month=now_month), text, ctx)
                    again = _resolve_one(moved, text, s, e, taken, ctx, prev, pidx, anniversary_days)
                    # (not when the weekday refutes the move and fitted before: "… please bring them in by
                    # Friday the 22nd" of a December letter, after January's days, is 22 January 1988)
                    # (nor when the weekday fits the month carried in the article's year, and the move fits
                    # it only in a year before: "… to Easter Monday, 12 April. … Classes start again on
                    # Wednesday the 14th" of a March newsletter is 14 April 2004, not 14 March 1979)
                    fitted = m.weekday is not None and year is not None and _weekday_fits(m, year)
                    into_past = year is not None and year == ctx.time.year and again[0] is not None and again[0] < year
                    if (again[0] is not None and not (fitted and into_past)) or not fitted:
                        m, (year, basis, why, historical) = moved, again
                elif m.start in bare_with_weekday and (recorded := _quoted_years_ago(m, text, ctx)) is not None:
                    # "Grandad was in London for the tercentenary, fifty years ago. His diary says: "Friday
                    # 2nd. Up the Monument …"": a record of the year the paragraph looks back to, whose
                    # calendar has that weekday
                    m, year, basis, historical = recorded[0], recorded[1], "inferred", True
                    why = reason(
                        N_("“{phrase}”: a record quoted from {year}, whose calendar has {weekday} {day}"),
                        phrase=recorded[2],
                        year=year,
                        weekday=Weekday(m.weekday or 0),
                        day=Day(m.month, m.day, year),
                    )
                elif m.start in bare_days and (recorded := _quoted_years_ago_told(m, text, ctx)) is not None:
                    # "Сорок лет назад … зимовал наш земляк … Станцию основали 16 декабря 1957 года …
                    # дневник той зимы: «19-го — ветер стих …»": the year the paragraph counts back to, in
                    # the one month the article told of that year (21 июля 1983 года), not the aside's
                    m, year, basis, historical = recorded[0], recorded[1], "inferred", True
                    if found[-1].start == m.start and told_next is None:
                        carried = (m.end_month, m.end_day)  # (and the next lines' days go on from it: «20-го — …»)
                    why = reason(
                        N_("“{phrase}”: a record quoted from {year}, of the one month the article told of it"),
                        phrase=recorded[2],
                        year=year,
                    )
                elif (
                    m.start in bare_with_weekday
                    and (told_day := _told_with_its_weekday(m, ctx)) is not None
                    and (year is None or not _weekday_fits(m, year) or _opens_quoted_entry(text, m))
                ):
                    # "He set off from Edale on 30 July in the summer of 1966 … His logbook from the first trip
                    # … starts: "Sat 30th. …"": the day told before that has the weekday written
                    template = N_("{weekday} {day}: the day told before that has this weekday")
                    m, requoted, why = _to_a_day_told(m, told_day, text, requoted, template)
                    year, basis, historical = told_day.year, "inferred", True
                    if found[-1].start == m.start and told_next is None:
                        # (and the next entry's days go on from it: "Monday 30th. … Tuesday the 1st")
                        carried = (m.end_month, m.end_day)
                elif (
                    m.start in bare_with_weekday
                    and (year is None or not valid_day(m.month, m.day, year) or not _weekday_fits(m, year))
                    and (own := _a_present_month_with_its_weekday(m, text, found, ctx))
                ):
                    # "Coming up: … Entries close on Friday the 26th; handicaps will be posted … on 29 January"
                    # (of 2007, after "on 27 November 1999" paragraphs before): a paragraph that writes no year
                    # tells days of the present, in the near month whose day has the weekday
                    m = own
                    year, basis, why, historical = _resolve_one(m, text, s, e, taken, ctx, prev, pidx, anniversary_days)
                elif m.start in bare_with_weekday and prev is not None and (on := _entry_goes_on(prev, m, pidx, text)):
                    # "Sunday 2nd. Wireless says they are there," he wrote, and then: "Tuesday 4th. …": the
                    # diary goes on two days later in the month of its last entry (2 March 1958), not the
                    # eve of a day told before (3 February 1958)
                    assert prev.year is not None  # (_entry_goes_on says so)
                    m, year, basis, historical = on, prev.year, "inferred", prev.historical
                    why = reason(_NARRATIVE, year=prev.year, prev=prev.label) + _weekday_note(m, prev.year)
                elif (
                    m.start in bare_with_weekday
                    and (next_to := _told_next_to_it(m, ctx)) is not None
                    # (not a day of the month its paragraph names: "One letter, postmarked in July, says: "…
                    # On Sunday the 13th …"" after "on Saturday 12 April 1980")
                    and (next_to.month == m.month or not month_named_since_the_last_date(text, found, m))
                    # (when the year is only one the weekday picked: "of the years the article names")
                    and (
                        year is None
                        or not _weekday_fits(m, year)
                        or (given := _year_without_weekday(m, text, s, e, taken, ctx, prev, pidx, anniversary_days))
                        is None
                        or not _weekday_fits(m, given)
                    )
                ):
                    # "… at Anfield on Saturday 22 August 1964 … the crew drove up from London "on the Friday,
                    # the 21st"" (after a birth on 3 November 1931): the eve of the day told before
                    template = N_("{weekday} {day}: next to a day told before")
                    m, requoted, why = _to_a_day_told(m, next_to, text, requoted, template)
                    year, basis, historical = next_to.year, "inferred", True
                elif (
                    m.start in bare_with_weekday
                    and (
                        nxt := (
                            year is None
                            and inside_quotes(text[: m.start])
                            and _month_told_in_the_rules_year(
                                m, _year_without_weekday(m, text, s, e, taken, ctx, prev, pidx, anniversary_days), ctx
                            )
                        )
                        or _month_its_weekday_names(m, year, ctx)
                    )
                    is not None
                ):
                    # "The flags went up on 1 June … By Friday the 4th there were tents": 4 June 2014 was a
                    # Wednesday, 4 July a Friday (a quoted record's year left open for the weekday is the one
                    # the rules give without it: "Lara had broken the Test record … on 18 April 1994 … his pages
                    # for that match: "Friday the 3rd: …"": of 1994's months told, June's)
                    requoted = _weekday_moved(m, nxt, text, year, m.start in carried_over) or requoted
                    m = nxt
                    year, basis, why, historical = _resolve_one(m, text, s, e, taken, ctx, prev, pidx, anniversary_days)
                elif (
                    m.start in bare_with_weekday
                    # (not when the year worked out fits the weekday, outside a quoted record: "… two hundred
                    # years to the day since the storming of the Bastille on 14 July 1789. The French
                    # visitors arrived on Wednesday the 12th" of 15 July 1989 is that July's)
                    and not _fits_the_present_month(m, year, text, ctx)
                    and (given := _year_without_weekday(m, text, s, e, taken, ctx, prev, pidx, anniversary_days))
                    # (nor when that is only the article's own, and the weekday fits the month in a year the
                    # article told it of: "Twenty-five years ago, on 2 June, … ¶ A letter from the master on
                    # that first sailing, written on 9 June: "… By Friday the 8th we had carried …"")
                    and not _told_in_its_year(m, text, year, given, ctx)
                    # (nor when the year worked out makes it the very day the article told with that weekday:
                    # ""We set off at five on Thursday the 29th"" of the bridge opened on Thursday 29 August
                    # 1850, quoted after "He taught there until 29 July 1881")
                    and not (inside_quotes(text[: m.start]) and _the_day_told(m, year, ctx))
                    and (nxt := _month_its_weekday_names(m, given, ctx)) is not None
                ):
                    # "A letter he wrote in August 1946 survives: "I can start on Monday the 2nd"": the
                    # year the text gives, whose next month has the weekday, before another year
                    # whose August has it
                    requoted = _weekday_moved(m, nxt, text, given, m.start in carried_over) or requoted
                    m = nxt
                    year, basis, why, historical = _resolve_one(m, text, s, e, taken, ctx, prev, pidx, anniversary_days)
            # (a written date too: "as he drew it in his letter of 14 August", the 1869 letter told of before)
            record = (m.start in told_again or (m.year is None and m.form == "en")) and RECORD_OF.search(
                text, max(0, m.start - 40), m.start
            ) is not None
            # (or a day "aquel" points back to, told in the past: «Aquel viernes 1 lo oímos por la radio», the
            # 1966 final's day, not the 2016 anniversary's, named since)
            record = record or (
                m.start in told_again and ES_THAT.search(text, max(0, m.start - 12), m.start) is not None
            )
            # (or a record's page for a day: «Que nadie toque la página del 27», «Страницу за 23-е перепишу»)
            record = record or (m.year is None and m.form in ("es", "ru") and on_a_page(text, m.start))
            # (or a quoted record that opens on its date: 他在日记里写道："12月19日，晴。交易所今天开业")
            entry = m.year is None and _opens_a_quoted_record(text, m.start)
            record = record or entry
            # (or a quotation's day an earlier paragraph dated, told as past: "… until 31 January 1858 that she
            # floated" / "He said: "By the 31st of January he was settled in Deptford""; not the day kept now)
            quoted_again = (
                m.year is None
                and m.start not in told_again
                and (m.month, m.day) not in anniversary_days
                and inside_quotes(text[: m.start])
                and _RELATIVE_YEAR.search(sentence) is None  # (not "Last year's service on Nov. 10")
                and not _FUTURE.search(_tense_context(text, s, m))  # (nor "We will put her in on 31 January")
            )
            if (
                (m.start in told_again or record or quoted_again)
                # (not a day a relative month or season places: "On her seventy-fifth birthday last May, on
                # the 9th" of a woman born on 9 May 1931 is last year's)
                and not _LAST_SEASON.search(text, s, m.start)
                and not _NEXT_SEASON.search(text, s, m.start)
                and (earlier := _told_before(out, m, record, ctx.time.year)) is not None
                and earlier.year != year
                # (not when the weekday written refutes it: a diary's "Friday 2nd" is no Thursday's 2nd)
                and (m.weekday is None or earlier.year is None or _weekday_fits(m, earlier.year))
                and (
                    year is None
                    or record
                    # (not when a verb tells the future: "El viernes 22, a las 7.47, cuatro avionetas despegarán …
                    # desde el aeródromo", whose "desde" is a place's)
                    or (
                        not historical
                        and _reads_past(tense := _tense_context(text, s, m))
                        and not _FUTURE.search(tense)
                    )
                    # (a quoted day whose weekday the day told before has: "… its own exchange since 1 June
                    # 1901 …" / "Her first entry … reads: "Saturday 1st June. Exchange opened at 8.""
                    or (
                        quoted_again
                        and m.weekday is not None
                        and earlier.year is not None
                        and _weekday_fits(m, earlier.year)
                        and earlier.year != ctx.time.year  # (a past day's, not the present's own)
                    )
                )
            ):
                # ("… the night of 7 September [2003] … ¶ "Some of us still remember the 7th as if it were
                # yesterday"": the day named before, again, in its year)
                # (a day recalled, not an account resumed: what follows is not told in its year; but a
                # record quoted from that day, its weekday written, goes on in it: "… dead till the 3rd"; so
                # does an entry quoted under its day: "His first entry reads: "5 July. …" By Friday the 9th")
                # (and a record's day named with its weekday: "The entry for Sunday the 28th reads: "… on the 29th"")
                resumed = (
                    ((quoted_again or record) and m.weekday is not None) or entry
                ) and earlier.year != ctx.time.year
                year, basis, historical = earlier.year, "inferred", resumed
                why = reason(N_("the day an earlier paragraph named, again: {why}"), why=earlier.why)
            if m.start in bare_with_weekday and year is None and ctx.time.year is not None and m.weekday is not None:
                # "Wednesday 12th" given the month named last, whose weekday no year the article gives
                # has: the month is wrong, not the weekday written (no day beats a wrong one)
                continue
            if (
                m.start in bare_with_weekday
                and (near := _in_the_own_weeks_month(m, year, _tense_context(text, s, m), ctx)) is not None
                # (a month carried from a full date, not one named on its own: "His funeral was in the
                # first week of January" / "the frost on the night of Wednesday the 7th"; asked last, as
                # it reads the paragraphs before)
                and not _month_named_alone(ctx.article, pidx, text[: m.start], m.month)
            ):
                # (its month's, not the one named last: the note of the weekday written is said again of it)
                why = (
                    why.removesuffix(_weekday_note(m, year))
                    + "; "
                    + reason(N_("{day} is within a week of the article's own day"), day=Day(near.month, near.day, year))
                )
                m, why = near, why + _weekday_note(near, year)
            last_year = year
            listed = ((m.start, m.end), (m.month, m.day), (year, basis, why, historical))
            own_day = (
                (pidx == 0 and s == 0 and m.weekday is not None)
                or (pidx <= 2 and (dating_line(text, m) or place_dateline(text, m.start, m.end)))
                # an obituary's lead: "Hazel Thurlow, who kept …, died at home on 3 March, aged 88."
                or (pidx <= 2 and s == 0 and _DIED_ON.search(text, s, m.start) and _AGED.match(text, m.end, e))
            )
            if own_day and m.year is None and year is not None and year == ctx.time.year:
                # A news lead tells its own day with its weekday ("В субботу, 13 октября, …"); a
                # notice's line dates it ("Dated Monday, 9 January").
                ctx.lead_day = ctx.lead_day or (m.month, m.day)
            anniversary = None
            aside = False  # the present occasion told inside an account ("This Saturday, 16 October, is the …")
            after = _ANNIV_AFTER.match(text, m.end) if _cue_words(text).anniversary else None
            if after and _DATE_IS_AN_ADVERBIAL.search(text, max(s, m.start - 12), m.start):
                # "A concert held on June 12 marked the 80th anniversary", "On Saturday, 14 October,
                # the 30th anniversary of …, relatives opened …": the date is the present occasion's.
                after = None
            if after and year is not None and m.anniversary_year is None:
                n = number_word(after.group("n"))
                if (
                    n
                    and (
                        (m.weekday is not None and _weekday_fits(m, year) and not _weekday_fits(m, year - n))
                        or _NOW_BEFORE.search(text, max(s, m.start - 24), m.start)
                        # ("Monday, 15 June, is the 800th anniversary of the sealing … on 15 June 1215": the
                        # event's own year stated after; a weekday repeats every 400 years and cannot tell)
                        or (year - n) in years_in(text[after.end() : e])
                    )
                ):
                    # "Friday, 30 January, is the 150th anniversary of the opening …": the weekday
                    # written is the present occasion's, not the original event's; the account goes on after it
                    n, aside = None, prev is not None and prev.historical
                if n and n < year:
                    anniversary = n
                    original = year - n
                    why = reason(
                        N_(
                            "{day} is the {nth} anniversary ({why}), "
                            "so the original event was in {year} − {n} = {original}"
                        ),
                        day=Day(m.month, m.day, year),
                        nth=after.group("n"),
                        why=why,
                        year=year,
                        n=n,
                        original=original,
                    )
                    year, basis = original, "inferred"
            end_year = m.end_year
            if year is not None and end_year is None:
                end_year = year + 1 if (m.end_month, m.end_day) < (m.month, m.day) else year
            bad = (m.month, m.day) if year is not None and not valid_day(m.month, m.day, year) else None
            if bad is None and end_year is not None and not valid_day(m.end_month, m.end_day, end_year):
                bad = (m.end_month, m.end_day)  # "from 1 to 29 February" in a common year
            if bad is not None:
                year, end_year, basis = None, None, "unknown"
                why = reason(
                    N_("{day} does not exist in the inferred year, so the year is left unknown"),
                    day=Day(*bad),
                )
            out.append(
                ResolvedMention(
                    article_id=article.article_id,
                    title=article.title,
                    file=article.file,
                    line=lines.line(article.file, para.line, para.line_end, text, _day_at(m)),
                    text=m.text,
                    sentence=sentence,
                    month=m.month,
                    day=m.day,
                    year=year,
                    end_month=m.end_month,
                    end_day=m.end_day,
                    end_year=end_year,
                    year_basis=basis,
                    why=why,
                    anniversary=anniversary,
                )
            )
            if m.start not in bare_days and end_year is not None:
                here = (m.end_month, m.end_day, end_year)
            elif m.weekday is not None and (read := read_in.get(m.start)) is not None and read != m.month:
                # (a weekday's bare day moved to another month is named in that one: "Saturday the 7th" of a
                # letter moved to November, the 7th told of paragraphs on is not December's)
                _rename(with_weekday, (read, m.day, m.weekday), (m.month, m.day, m.weekday))
                _rename(named_bare, (read, m.day), (m.month, m.day))
            commemorated = (
                _commemorated_on(text, s, e, m, year, ctx) if year is not None and anniversary is None else None
            )
            if commemorated is not None:
                c = commemorated
                out.append(
                    replace(
                        out[-1],
                        year=c.original_year,
                        end_year=c.original_year,
                        year_basis="inferred",
                        why=reason(
                            N_(
                                "{ordinal} anniversary commemorated on {day} → {original}: {phrase}; "
                                "the year {year}: {why}"
                            ),
                            ordinal=Ordinal(c.n),
                            day=Day(m.month, m.day, year),
                            original=Day(m.month, m.day, c.original_year),
                            phrase=c.phrase,
                            year=year,
                            why=why,
                        ),
                        derived="commemoration",
                        subject=c.label,
                    )
                )
            if m.anniversary_year is None and not aside and not _birth_aside(text, m):
                before = (prev.before or prev) if ctx.stepped_back and prev is not None else None
                if before is None and _looks_back_in_the_pluperfect(prev, m, year, text):
                    before = prev  # ("… promulgada el 19 de marzo de 1812 … Las Cortes se habían reunido … el 24 de
                    # septiembre de 1810": an aside told in the pluperfect; the account goes on from 1812)
                if year is not None and valid_day(m.month, m.day, year):
                    ctx.told.append(datetime.date(year, m.month, m.day))
                if m.form == "zh" and m.text[0] in ZH_MONTH_STEP:
                    # "本月26日" is counted from the present, not told in the account: "1978年12月26日，… 将于
                    # 本月26日迎来四十周年。¶ …第二天，12月27日" goes on from 1978
                    continue
                if _counted_from(text, m):
                    continue
                since = bool(_SINCE_BEFORE.search(text, max(0, m.start - 8), m.start))
                last = (m.end_month, m.end_day) if m.is_range else None
                if prev is not None and prev.historical and not historical:
                    ctx.account = prev
                prev = _Prev(m.month, m.day, year, historical, pidx, None, m.is_range, m.end, before, since, last)
                ctx.stepped_back = False
        prev = told_next or prev
    return _between_days_of_one_year(out)


# A birth told in a participle set off by commas: "Born in Tywyn on 11 September 1931, he …", "Godoy, nacido en
# Temuco el 22 de julio de 1893, preparó …", "…, родившийся 3 марта 1939 года, …" (not "She was born on …").
_BORN_PARTICIPLE = re.compile(
    r"(?:^|[,(—–]\s*|[.!?]\s+)(?:born|nacid[oa]|родивш(?:ийся|аяся))\b[^.;,()]{0,50}$", re.IGNORECASE
)


def _counted_from(text: str, m: Mention) -> bool:
    """Whether `m` is the stated date an anniversary before it counts from ("opened on Saturday 12
    November, five years after a public meeting of 9 March 1983"): a point looked back to, so the
    account goes on from the day told before it, not from that one."""
    return m.year is not None and any(
        a.start < m.start < a.scope_end
        and _AFTER_COUNT.search(text, a.start, a.end)
        and stated_base(a) == m.year
        and _day_told_before(text, a.sentence[0], a.start)
        for a in anniversaries(text)
    )


def _day_told_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence tells a day of its own before the count (a dateline's is the article's:
    "KELBRIDGE, Friday, 3 May 2024 — … fifty years after the works opened on 3 May 1974" goes on
    from 1974)."""
    return any(not place_dateline(text, start + x.start, start + x.end) for x in find_mentions(text[start:end]))


# "five years after", "cinco años después de", "через пять лет после": the count runs from a point
# before the sentence's own time ("the 20th anniversary of the accident of 26 April 1986" is not one:
# the account that follows may go on from that day).
_AFTER_COUNT = re.compile(r"\b(?:after|despu[ée]s|после)\b", re.I)


def _birth_aside(text: str, m: Mention) -> bool:
    """Whether `m` dates a birth told as an aside (`_BORN_PARTICIPLE`, a comma after the date): the account
    the sentence goes on with is not of that day, so it is no previous date for the next ones."""
    if m.year is None or not text.startswith(",", m.end):
        return False
    # (searched from a position, "^" is the paragraph's start only, not where the 60 characters begin)
    return _BORN_PARTICIPLE.search(text, max(0, m.start - 60), m.start) is not None


# A day written as a number alone: "the 9th", "día 29", "9日".
_BARE_DAY = re.compile(r"(?:the\s+|el\s+|d[ií]a\s+)?\d{1,2}(?:st|nd|rd|th|日)?", re.I)
_BETWEEN = N_("between {first} and {last}, both of {year}")


def _between_days_of_one_year(out: list[ResolvedMention]) -> list[ResolvedMention]:
    """A bare day told between a day written with its year and one of the same month and year, in
    order, is of that year: "… first opened its doors on Wednesday 8 January 1896 …" / "Her log book
    records snow on the 9th and 'only nineteen present' on Friday the 10th" (the 10th's weekday
    fixes 1896; the 9th has nothing else)."""
    told = [i for i, m in enumerate(out) if not m.derived]
    for before, at, after in zip(told, told[1:], told[2:], strict=False):
        a, b, c = out[before], out[at], out[after]
        if (
            b.year_basis == "inferred"
            and not b.is_range
            and _BARE_DAY.fullmatch(b.text)
            and a.year_basis == "explicit"  # (a day of its own year's account, not one a cue moved)
            and a.end_year is not None
            and a.end_year == c.year != b.year
            and a.end_month == b.month == c.month
            and a.end_day < b.day < c.day
            and c.line - a.line <= 2
        ):
            first, last = Day(a.end_month, a.end_day, a.end_year), Day(c.month, c.day, c.year)
            why = reason(_BETWEEN, first=first, last=last, year=c.year)
            out[at] = replace(b, year=c.year, end_year=c.year, why=why)
    return out


# A heading that names a month alone, last ("BIRTHDAY WEEK — JUNE", "Events in July"): a programme's
# days under it are that month's.
_MONTH_HEADING = re.compile(rf"^[^.!?:;]{{0,40}}?\b(?P<m>{'|'.join(MONTH_NAMES)})\s*$", re.IGNORECASE)


def _month_heading(text: str) -> int | None:
    """The month a short heading names last, alone, or None."""
    if len(text) > 60 or "\n" in text.strip() or (h := _MONTH_HEADING.match(text.strip())) is None:
        return None
    return EN_MONTHS[h.group("m").capitalize()]


def _month_told_next(text: str, start: int, pidx: int) -> _Prev | None:
    """The month (and year) a paragraph that introduces a quotation names after its last date ("In the
    first days of August 1958 she wrote to her sister Alice:"): the quotation's bare days are of it
    ("We leave for the islands on the 4th")."""
    colon = text.rstrip().endswith(":")
    if (month := last_month_named(text, start)) is None:
        return None
    year = next(reversed(list(_MONTH_YEAR_AFTER.finditer(text, start))), None)  # the last
    told = int(year.group("y")) if year is not None and EN_MONTHS.get(year.group("m")) == month else None
    if not colon and (
        told is None
        or year is None
        or not (_RECORDS_KEPT.search(text, year.end()) or _RECORD_FOR_MONTH.search(text, 0, year.end()))
    ):
        # (or one that tells of letters kept, written in a month of a year: "In July 1976 she went to the
        # Games in Montreal, and wrote home almost every day. The club has kept the letters"; or a record
        # named with them: "His pocket diary for June 1920 survives")
        return None
    if told is None and _THAT_MONTH_BEFORE_COLON.search(text) and len(named := set(years_in(text))) == 1:
        # ("In the summer of 1929 she met Arthur, who wrote to her that September from the moor road:")
        (told,) = named
    return _Prev(month, 1, told, told is not None, pidx)


# (the records `_RECORD_NOUN_RX` names, or letters told of: "wrote home almost every day")
_RECORDS_KEPT = re.compile(rf"{_RECORD_NOUN_RX.pattern}|\bwrote\s+home\b", re.IGNORECASE)
_MONTH_YEAR_AFTER = re.compile(rf"\b(?P<m>{'|'.join(MONTH_NAMES)})\s+(?P<y>1[5-9]\d\d|20\d\d)\b")
# "… wrote to her that September from the poles on the moor road:": the month of the year the paragraph names
_THAT_MONTH_BEFORE_COLON = re.compile(rf"\bthat\s+(?:{'|'.join(MONTH_NAMES)})\b[^.!?:]*:\s*$")


_THAT_WEEKDAY = re.compile(
    # (?=…): the first letters, a cheap test before the alternatives are tried at each place (same matches)
    r"(?=[taeтэ])(?:\b(?:that|aquel|aquella|ese|esa)\s+(?P<wd>[^\W\d_]+)|(?:тот|той|ту|этот)\s+(?P<ru>[а-яё]+))",
    re.IGNORECASE,
)


# Every word `_weekday_of` reads as a weekday holds one of these, lower-cased.
_WEEKDAY_WORDS = (*(w.lower() for w in WEEKDAYS), *WEEKDAY_STEMS_ES, *WEEKDAY_STEMS_RU)


# `_THAT_WEEKDAY`'s words that plain text may hold (each match holds one; the Russian ones need
# letters plain text lacks).
_THAT_WORDS = ("that", "aquel", "ese", "esa")


@lru_cache(maxsize=8192)
def _names_a_weekday(text: str) -> bool:
    """Whether the paragraph holds a weekday `_weekday_of` reads, and may hold the word before it
    (once per paragraph: without both, no "that Friday" names a day, and its mentions need not look)."""
    low = text.lower()
    # (`map`: no generator's frame per word)
    return any(map(low.__contains__, _WEEKDAY_WORDS)) and _may_hold(_THAT_WORDS, text)


def _weekday_of(word: str) -> int | None:
    w = word.lower()
    for i, (en, es, ru) in enumerate(zip(WEEKDAYS, WEEKDAY_STEMS_ES, WEEKDAY_STEMS_RU, strict=True)):
        if w == en.lower() or w == es or w.startswith(ru):
            return i
    return None


def _weekday_anaphor(
    text: str, items: list[Mention | re.Match[str]], m: Mention | re.Match[str], out: list[ResolvedMention], pidx: int
) -> _Prev | None:
    """ "The story of that Friday …; the next day, 21 July": "that Friday" names the earlier dated
    day that was a Friday, and the account goes on from it (not from the last date written)."""
    if not _names_a_weekday(text):
        return None
    pos = _item_start(m)
    # Only the words since the previous date of this paragraph: an anaphor is read once.
    start = max((_item_end(x) for x in items if _item_end(x) <= pos), default=0)
    for hit in _THAT_WEEKDAY.finditer(text, start, pos):
        wd = _weekday_of(hit.group("wd") or hit.group("ru") or "")
        if wd is None:
            continue
        for r in reversed(out):
            explicit = r.year is not None and r.year_basis == "explicit" and valid_day(r.month, r.day, r.year)
            if explicit and r.year is not None and datetime.date(r.year, r.month, r.day).weekday() == wd:
                label = reason(N_("{day} (“{phrase}”)"), day=Day(r.month, r.day, r.year), phrase=hit.group(0))
                return _Prev(r.month, r.day, r.year, True, pidx, label)
    return None


def _masthead_day(article: Article) -> tuple[int, int] | None:
    """The day of a title that is a paper's name and a yearless date ("Wrenfold Gazette · Friday 9
    December"): the page's own day."""
    if article.paragraphs and article.paragraphs[0].line == article.line_start:
        return None  # (the title is the start of a long first line)
    found = find_mentions(article.title) if len(article.title) <= 80 else []
    if len(found) == 1 and found[0].year is None and dating_line(article.title, found[0]):
        return (found[0].month, found[0].day)
    return None


def _title_dateline_day(ctx: _Context) -> tuple[int, int] | None:
    """The day of a title that is a dateline ("SCARWICK, Thursday, 25 July —"), its year the
    article's: the article's own day, as a lead's dateline is (what "last summer" looks back from)."""
    article = ctx.article
    if ctx.time.year is None or (article.paragraphs and article.paragraphs[0].line == article.line_start):
        return None
    title = article.title.rstrip(" —–-")  # (a dash closes a title that is a dateline; nothing follows)
    for m in find_mentions(title):
        if m.year is None and place_dateline(title, m.start, m.end) and valid_day(m.month, m.day, ctx.time.year):
            return (m.month, m.day)
    return None


def _title_mentions(ctx: _Context) -> list[ResolvedMention]:
    """Dates in the title ("… remembers the blast — May 18, 2000"): the year written, else the
    article's present."""
    out: list[ResolvedMention] = []
    article, time = ctx.article, ctx.time
    if article.paragraphs and article.paragraphs[0].line == article.line_start:
        return out  # the title is the start of a long first line, read whole as the first paragraph
    for m in find_mentions(article.title):
        year = m.year if m.year is not None else time.year
        basis = "explicit" if m.year is not None else ("inferred" if year is not None else "unknown")
        why = _STATED if m.year is not None else time.why
        if year is not None and m.year is None and not valid_day(m.month, m.day, year):
            # "Friday, 29 February" in the title of an article of a common year
            year, basis = None, "unknown"
            why = reason(
                N_("{day} does not exist in the inferred year, so the year is left unknown"), day=Day(m.month, m.day)
            )
        end_year = m.end_year if m.end_year is not None else year
        if year is not None and end_year is not None and (m.end_month, m.end_day) < (m.month, m.day):
            end_year = year + 1
        if end_year is not None and not valid_day(m.end_month, m.end_day, end_year):
            year, end_year, basis = None, None, "unknown"
            why = reason(
                N_("{day} does not exist in the inferred year, so the year is left unknown"),
                day=Day(m.end_month, m.end_day),
            )
        out.append(
            ResolvedMention(
                article_id=article.article_id,
                title=article.title,
                file=article.file,
                line=article.line_start,
                text=m.text,
                sentence=article.title,
                month=m.month,
                day=m.day,
                year=year,
                end_month=m.end_month,
                end_day=m.end_day,
                end_year=end_year if year is not None else None,
                year_basis=basis,
                why=why,
            )
        )
    return out


def _item_start(item: Mention | re.Match[str]) -> int:
    return item.start() if isinstance(item, re.Match) else item.start


def _item_end(item: Mention | re.Match[str]) -> int:
    return item.end() if isinstance(item, re.Match) else item.end


def _same_day(
    hit: re.Match[str],
    text: str,
    spans: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    prev: _Prev | None,
    pidx: int,
    ctx: _Context,
    para: Paragraph,
    lines: LineMap,
) -> ResolvedMention | None:
    """ "On the same day 75 years ago" counted back from the date just before (same or previous
    paragraph): 3 September 2020 → 3 September 1945. Not when the sentence writes its own date."""
    if prev is None or prev.year is None or prev.is_range or pidx - prev.para > 1:
        return None
    s, e = sentence_at(spans, hit.start())
    if any(hit.start() < a < e for a, _ in taken):
        return None  # "the same day 75 years ago, September 2, 1945, …": the date is written out
    n = number_word(hit.group("n") or hit.group("n2"))
    if not n or n >= prev.year:
        return None
    year = prev.year - n
    if not valid_day(prev.month, prev.day, year):
        return None
    article = ctx.article
    sentence = text[s:e]
    known = ctx.base_of(sentence)
    if known is not None and known.year != year:
        return None  # the sentence names an event of another year: the arithmetic is off
    label = _label(re.sub(r"^.*?\byears\s+ago,?\s*", "", sentence)) if known is not None else None
    phrase = " ".join(hit.group(0).split())
    return ResolvedMention(
        article_id=article.article_id,
        title=article.title,
        file=article.file,
        line=lines.line(article.file, para.line, para.line_end, text, hit.start()),
        text=phrase,
        sentence=excerpt(text, s, e, hit.start()),
        month=prev.month,
        day=prev.day,
        year=year,
        end_month=prev.month,
        end_day=prev.day,
        end_year=year,
        year_basis="inferred",
        why=reason(
            N_("“{phrase}” counted back from {prev}: {year} − {n} → {day}"),
            phrase=phrase,
            prev=prev.label,
            year=prev.year,
            n=n,
            day=Day(prev.month, prev.day, year),
        ),
        derived="same day",
        subject=label,
    )


_NOW_CUE = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening|week)|today|tonight)\b", re.IGNORECASE)


WEEKDAY_NEAR_NOW_DAYS = 7  # a weekday-dated day this near the article's own, in its year, is of the present


def _month_named_alone(article: Article, pidx: int, before: str, month: int) -> bool:
    """Whether the article names `month` on its own (not in a date) before the mention: "His funeral
    was in the first week of January"."""
    for text in [*(p.text for p in article.paragraphs[:pidx]), before]:
        spans = [(x.start, x.end) for x in find_mentions(text)]
        for w in MONTH_WORD.finditer(text):
            if EN_MONTHS[w.group(0)] == month and not any(a <= w.start() < b for a, b in spans):
                return True
    return False


def _in_the_own_weeks_month(m: Mention, year: int | None, tense: str, ctx: _Context) -> Mention | None:
    """A weekday's bare day ("the dress rehearsal on Saturday the 9th") read in the month named last,
    in the present year, when its weekday fits the same day in the article's own month too and that
    day is within a week of the article's own while the other is not: some months share a calendar
    (March and November), so the weekday cannot choose; nearness does."""
    now = ctx.present_day
    if now is None or year is None or year != ctx.time.year or m.weekday is None or m.month == now[0]:
        return None
    if m.month != m.end_month or m.day != m.end_day:
        return None
    own = replace(m, month=now[0], end_month=now[0])
    if not valid_day(now[0], m.day, year) or not _weekday_fits(own, year):
        return None
    if (own.month, own.day) < now < (m.month, m.day) and _FUTURE.search(tense) and not _reads_past(tense):
        return None  # ("… must reach the secretary by Thursday the 7th" of 8 February: a day to come, March's)
    return own if _days_from_now(own, ctx) <= WEEKDAY_NEAR_NOW_DAYS < _days_from_now(m, ctx) else None


def _days_from_now(m: Mention, ctx: _Context) -> int:
    """How many days the mention's day, in the article's year, is from the article's own day (a large
    number when either is unknown)."""
    now, year = ctx.present_day, ctx.time.year
    if now is None or year is None or not valid_day(m.month, m.day, year) or not valid_day(now[0], now[1], year):
        return 10**6
    return abs((datetime.date(year, m.month, m.day) - datetime.date(year, *now)).days)


def _resolve_one(
    m: Mention,
    text: str,
    s: int,
    e: int,
    taken: list[tuple[int, int]],
    ctx: _Context,
    prev: _Prev | None,
    pidx: int,
    anniversary_days: set[tuple[int, int]],
) -> tuple[int | None, str, str, bool]:
    """(year, basis, why, historical) for one mention. A weekday written with the date is a hard
    constraint: a year whose calendar contradicts it gives way to the article's present when that fits."""
    year, basis, why, historical = _year_by_rules(m, text, s, e, taken, ctx, prev, pidx, anniversary_days)
    present = ctx.time.year
    if (
        m.weekday is not None
        and year is not None
        and historical
        and basis == "inferred"
        and not _weekday_fits(m, year)
        and _weekday_fits(m, year + 1)
        and year + 1 != present
        and not (
            present is not None
            and _weekday_fits(m, present)
            # ("This morning, Monday, May 18, I drove up to the old place": told in the past, but of now)
            # (or days from the article's own: ""I ordered a float … on Monday the 18th"" of 22 April 1983,
            # after "She was born on 21 April 1926")
            and (
                not _reads_past(_tense_context(text, s, m))
                or _NOW_CUE.search(text, s, m.start) is not None
                or _days_from_now(m, ctx) <= WEEKDAY_NEAR_NOW_DAYS
                # (or the very day just told, again: "… voted on 13 October 1884 …. On Tuesday 13 October the
                # whole class stood astride the line", its 125th anniversary, not a year on)
                or (prev is not None and (prev.month, prev.day, prev.year) == (m.month, m.day, year))
            )
        )
    ):
        # "… the half-crown on 1 January 1970. The banks closed on Wednesday 10 February": the
        # account has crossed into the next year, which the weekday confirms.
        why = reason(
            N_("{weekday} {day}: the account goes on into {year}"),
            weekday=Weekday(m.weekday),
            day=Day(m.month, m.day, year + 1),
            year=year + 1,
        )
        return year + 1, "inferred", why, True
    if (
        m.weekday is not None
        and basis == "inferred"
        and year is not None
        and not _weekday_fits(m, year)
        and (kept := _record_kept_for(ctx.article, pidx, text, m)) is not None
    ):
        # "… дневник школьника Коли Зуева … за декабрь 1946 года. Первую игру … сыграли 5 января 1947 года.
        # ¶ «Среда, 25-е. …»": a quoted entry of the record the text named with its month and year
        why = reason(N_("quoted from “{phrase}”: the account's time, {year}"), phrase=kept[1], year=kept[0])
        return kept[0], "inferred", why + _weekday_note(m, kept[0]), True
    # The weekday written proves the inferred year wrong: the article's present, or (a "25 YEARS
    # AGO" section's "This week … on Thursday 16 October") the column's own, when it has the weekday.
    fits_instead = (
        (present, N_("{weekday} {day} fits the weekday written, {year} does not"), "; " + ctx.time.why),
        (ctx.time.column_year, N_("{weekday} {day} fits the column's own present, {year} does not"), ""),
    )
    if m.weekday is not None and basis == "inferred" and year is not None and not _weekday_fits(m, year):
        for other, msg, tail in fits_instead:
            if other is not None and _weekday_fits(m, other):
                why = reason(msg, weekday=Weekday(m.weekday), day=Day(m.month, m.day, other), year=year)
                return other, "inferred", why + tail, False
    if m.weekday is not None and year is not None and basis == "inferred" and not _weekday_fits(m, year):
        # Neither fits: the years the article names (and the ones its anniversaries count from) are
        # the next guess, when exactly one of them has this date on this weekday.
        named = {x.year for _, x in _article_mentions(ctx.article) if x.year is not None}
        named |= {y for p in ctx.article.paragraphs for y in years_in(p.text)}
        counted_on: dict[int, int] = {}  # (a year counted on from one written, and that one)
        if (count := _years_counted_before(text, s, m.start)) is not None and (step := number_of(count.group("n"))):
            # ("He took me to Epsom … eight years after Shergar's Derby, on Wednesday 7 June": a count of
            # years from one the article writes, up to its present)
            counted_on = {
                y + step: y for y in named if y + step not in named and (present is None or y + step <= present)
            }
            named |= counted_on.keys()
        if present is not None:
            named |= {present - 1, present + 1}  # a season or a diary that crosses New Year
        named |= {c.base.year for c in ctx.findings.counted}
        ago_bases = {ev.base for ev in ctx.time.evidence if ev.base is not None and ev.kind == "years ago"}
        if present is not None:
            # ("Yesterday it was forty years since the Beatles climbed onto the roof", its base
            # dated nowhere: 40 years before the present)
            ago_bases |= {present - shift - an.n for an, shift in ctx.findings.unbased}
        named |= ago_bases
        fitting = sorted(y for y in named if _weekday_fits(m, y))
        if not fitting and m.month in (1, 12):
            # (then across the turn of a base's year, as of the present's: "Desde el sábado 15 de
            # diciembre los vecinos hicieron cola" before the euro's 1 January 2002 is the December of 2001)
            turn = -1 if m.month == 12 else 1
            bases = {ev.base for ev in ctx.time.evidence if ev.base is not None}
            bases |= ago_bases | {c.base.year for c in ctx.findings.counted}
            fitting = sorted(b + turn for b in bases if _weekday_fits(m, b + turn))
        if (
            len(fitting) > 1
            and present is not None
            and present + 1 in fitting
            and _tells_past(_tense_context(text, s, m))
        ):
            # (a day told in the past is not of next year: "the minute book: 'At a meeting held at the
            # Ship on Friday 2 May it was agreed to form a club'" of a club founded in 1879)
            fitting = [y for y in fitting if y != present + 1]
        if len(fitting) > 1 and len(beside := _beside_a_day_written(ctx.article, m, fitting)) == 1:
            # ("broke the surface on 24 April 1961" … "His letter home, headed Tuesday 25 April", when
            # 1628 too has a Tuesday 25 April: the year whose written day it sits beside)
            fitting = beside
        if (
            len(fitting) > 1
            and prev is not None
            and inside_quotes(text[: m.start])  # (a quoted record's day: not "… the last one that was fell in 1600")
            and (since := _year_told_since(ctx.article, prev, pidx, text, m.start)) in fitting
            and since != prev.year
        ):
            # ("1959年11月1日，工厂正式落成投产 … 是在1964年春天 … “4月8日，星期三。”": the year written since the
            # previous date, which the weekday fits as well)
            fitting = [since]
        if len(fitting) > 1 and prev is not None and prev.year in fitting:
            fitting = [prev.year]  # the account the date continues is the likelier of the two
        # (or an anniversary's: "Aquel jueves 11 de julio el pueblo entero subió al cerro" of a
        # piece for the eclipse of 1991, when 2024 too has a Thursday 11 July)
        told = [y for y in fitting if y in ago_bases or y in {c.base.year for c in ctx.findings.counted}]
        if len(fitting) > 1 and len(told) == 1 and _tells_past(_tense_context(text, s, m)):
            # "Fifty years ago this week …" of 1968: "The changeover itself came … on Saturday,
            # 9 November" tells that year's account, not a day next to the present.
            fitting = told
        if (
            len(fitting) > 1
            and inside_quotes(text[: m.start])
            and (last := _last_year_written(ctx.article, pidx, text, m.start, fitting)) in fitting
        ):
            # ("В Кубовинск «Тетрис» попал в 1989 году … вёл тогда дневник" / "«Понедельник, 13 ноября. …»",
            # which 2023 has too: a quoted record's day, of the year the text wrote last before it)
            fitting = [last]
        if len(fitting) > 1 and (dated := month_and_year_after(text, m.end)) and dated[0] == m.month:
            # ("On Friday the 16th they let me sit the night shift alone," she wrote in January 1948)
            fitting = [dated[1]] if dated[1] in fitting else fitting
        near = [y for y in fitting if present is not None and abs(y - present) <= 1]
        if len(fitting) > 1 and len(near) == 1 and (prev is None or not prev.historical):
            fitting = near  # outside a past account, the present's neighbour ("reopens on Monday 6 January")
        if len(fitting) == 1:
            y = fitting[0]
            why = reason(
                N_("{weekday} {day}: of the years the article names, only {year} fits"),
                weekday=Weekday(m.weekday),
                day=Day(m.month, m.day, y),
                year=y,
            )
            if count is not None and y in counted_on:
                phrase = " ".join(count.group(0).split())
                why = reason(N_("“{phrase}”: {base} + {n}; {why}"), phrase=phrase, base=counted_on[y], n=step, why=why)
            return y, "inferred", why, y != present
        # The weekday written proves the inferred year wrong and nothing else fits: no year beats a
        # wrong one.
        if valid_day(m.month, m.day, year):
            why = reason(
                N_("{day} was a {actual}, not a {weekday}, and no year the article gives fits; the year is left open"),
                day=Day(m.month, m.day, year),
                actual=Weekday(datetime.date(year, m.month, m.day).weekday()),
                weekday=Weekday(m.weekday),
            )
            return None, "unknown", why, False
    return year, basis, why, historical


# "eight years after Shergar's Derby, on Wednesday 7 June", "ten years later, on …": a count of years
# (in the sentence before a date; or an anniversary phrase that only counts on: "two years after they closed").
_YEARS_COUNTED = re.compile(rf"\b(?P<n>{CARDINAL_ALT}|\d{{1,3}})\s+years\s+(?:after|later|on)\b", re.IGNORECASE)


def _years_counted_before(text: str, s: int, at: int) -> re.Match[str] | None:
    """The last count of years ("eight years after …") between a sentence's start `s` and `at`."""
    counts = list(_YEARS_COUNTED.finditer(text, s, at))
    return counts[-1] if counts else None


# A sentence that only names the day of the one before: "It was 12 June", "Era el 3 de mayo".
_IT_WAS = re.compile(r"\s*(?:it|that)\s+was\s+(?:on\s+)?$|\s*(?:era|fue)\s+(?:el\s+)?$|\s*(?:это\s+)?было\s+$", re.I)


# A deadline's day next: "registration closes on", "entries close", "by", "报名截止到", "hasta el", "до".
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:clos(?:es|e|ing)(?:\s+date)?|deadline|due|no\s+later\s+than)\b[^.;,]{0,12}\b(?:on|is|by)?\s*|\bby\s+"
    r"|\bhasta\s+el\s+|\bantes\s+del\s+|(?<![а-яё])до\s+|截止(?:到|至|日期为|日期是)?\s*)$",
    re.IGNORECASE,
)
# "for next year … due by 31 December": a relative year that names what a deadline is for.
_FOR_NEXT_YEAR_BY = re.compile(
    # (and "Subscriptions for the coming year fall due on 31 March": a subscription year that runs
    # from its due day; not "for next year fall due on 1 January", the next year's first day)
    r"\bfor\s+next\s+year\b[^.;,]*\b(?:by|before)\s+$"
    r"|\bfor\s+the\s+coming\s+year\b[^.;,]*\b(?:by|before|(?:are|is|fall|falls)\s+due\s+on)\s+$"
    r"|\bpara\s+el\s+(?:año\s+próximo|próximo\s+año)\b[^.;,]*\b(?:antes\s+del|hasta\s+el)\s+$",
    re.I,
)
# The clause right after a date ("on 5 December it will take over …"): a subject and its verb.
_AFTER_DATE_FUTURE = re.compile(r"[,\s]*(?:\w+\s+){0,3}?(?:will|shall|is\s+to|are\s+to|\w+['’]ll)\b", re.I)


_CLAUSE_CUT = re.compile(r"[,;:]")


@lru_cache(maxsize=8192)
def _paragraph_has_year_word(text: str) -> bool:
    # (once per paragraph; folding goes character by character, so a part of it has a year word
    # only where the whole has one)
    return _has_year_word(text)


_NOT_A_TIME = re.compile(r"\bthe\s+new\s+year\b(?!['’]s)|cumplea[ñn]os", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _relative_year_before(text: str, s: int, e: int) -> tuple[int, str] | None:
    """(shift, phrase) of a "next year" / "last year" the sentence before this one (same paragraph)
    ends its account with, when this sentence has no time of its own and its tense agrees: future
    after "next year", past after "last year". (Cached: each mention of the sentence asks.)"""
    if s == 0 or not _paragraph_has_year_word(text) or _FREE_YEAR.search(text, s, e):
        return None  # (a paragraph with no year word has none in the sentence before either)
    if _has_year_word(_NOT_A_TIME.sub(" ", text[s:e])):
        # (a time of its own; not "… and the office was saved in the new year", which comes after, nor a
        # "cumpleaños", a birthday)
        return None
    before = _sentence_before(text, s)
    if before is None or not _cue_words(text).relative:
        return None
    if not _has_year_word(_NOT_A_TIME.sub(" ", text[before:s])):
        # ("El año que viene … «Si está listo para el 6 de septiembre, mejor», dijo. «Y si no, para el 27 de
        # octubre»": a sentence that dated a day in the year carried on carries it on again)
        carried = _relative_year_before(text, before, s) if find_mentions(text[before:s]) else None
        if carried is None or carried[0] < 0:
            return None  # (not a past: "Then came last year. … closed on 27 December. … empty until 14 September")
        shift, phrase = carried
    else:
        rel = last_match(_RELATIVE_YEAR.finditer(text, before, s))
        shift = _relative_shift(rel.group(0)) if rel else 0
        if rel is None or shift == 0 or rel.group(0).endswith(("'s", "’s")):
            return None
        if any(0 <= rel.start() - before - m.end <= 2 for m in find_mentions(text[before:s])):
            return None  # ("Work … began on 14 September last year, and …": that date's own year)
        phrase = " ".join(rel.group(0).split())
    # ("… the model … last year. I cut the first matchstick on 12 September, and it took me all winter")
    future = _FUTURE.search(text, s, e) is not None
    # (a day booked is one to come: "Next year I mean to finish Northamptonshire. The last six pillars are
    # booked in for 1 to 6 April")
    agrees = (
        (_tells_past(text[s:e]) and not future)
        if shift < 0
        else future
        or _BOOKED.search(text, s, e) is not None
        or _PLANNED_TRIP.search(text, s, e) is not None
        or _A_CONDITION.search(text, s, e) is not None
    )
    return (shift, phrase) if agrees else None


def _clause_end(text: str, start: int, e: int) -> int:
    cut = _CLAUSE_CUT.search(text, start, e)
    return cut.start() if cut else e


def _last_year_written(
    article: Article, pidx: int, text: str, end: int, among: Sequence[int] | None = None
) -> int | None:
    """The last year written before `end` in paragraph `pidx` (`text`) or the paragraphs before it
    (the last of `among`, when given)."""
    for t in (text[:end], *(p.text for p in reversed(article.paragraphs[:pidx]))):
        if written := [y for y in years_in(t) if among is None or y in among]:
            return written[-1]
    return None


# How many days from a day the article writes with its year a weekday-dated day may stand and still
# be read as of that year (a week: the letter of the day after, the meeting of the week before).
BESIDE_DAYS = 7


def _beside_a_day_written(article: Article, m: Mention, years: list[int]) -> list[int]:
    """The years, of `years` (each with `m`'s day), in which the article writes a full date within
    `BESIDE_DAYS` of `m`."""
    written = [
        datetime.date(x.year, x.month, x.day)
        for _, x in _article_mentions(article)  # (read once, not once per year)
        if x.year in years and valid_day(x.month, x.day, x.year)
    ]
    return [y for y in years if any(abs((d - datetime.date(y, m.month, m.day)).days) <= BESIDE_DAYS for d in written)]


# A record named with the month and year it covers: "her diary for December 1946", "дневник … за декабрь
# 1946 года", "su diario de diciembre de 1946".
_RECORD_FOR_MONTH = re.compile(
    rf"{_RECORD_NOUN}[^.!?«»“”\"]{{0,90}}?(?:\bfor|(?<![а-яё])за|\bde)\s+(?P<m>\w+)\s+(?:de\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


# A record named with the season it covers: "His diary for that autumn", "Her diary for the spring of 1935".
_RECORD_FOR_SEASON = re.compile(
    rf"{_RECORD_NOUN}[^.!?«»“”\"]{{0,60}}?\b(?:for|of)\s+(?:that|the)\s+(?P<s>spring|summer|autumn|fall|winter)\b"
    r"(?:\s+of\s+(?P<y>1[5-9]\d\d|20\d\d)\b)?",
    re.IGNORECASE,
)
# (each season's months, and how many years after its own each falls: a winter runs into the next year)
_SEASON_SPAN: dict[str, tuple[tuple[int, int], ...]] = {
    season: tuple((month, 0) for month in _NAMED_SEASON_MONTHS[season])
    for season in ("spring", "summer", "autumn", "fall")
} | {"winter": ((12, 0), (1, 1), (2, 1))}


def _record_for_a_season(ctx: _Context, pidx: int, text: str, m: Mention) -> tuple[Mention, int, str] | None:
    """(`m` in its month, its year, the words) for a weekday-ordinal quoted from a record its paragraph (or the
    one before) names with the season it covers ("His diary for that autumn …: "Saturday the 14th. …"", after
    "by the summer of 1995"): the one month of that season, in the year written with it or told last before
    it, whose day has the weekday written. None when no month, or more than one, has it."""
    if m.weekday is None or not inside_quotes(text[: m.start]):
        return None
    if _opens_quoted_entry(text, m) and _told_with_its_weekday(m, ctx) is not None:
        # (an entry headed by a day told before is that day: "… on Tuesday 14 July 1868 …" / ""Tuesday 14th."")
        return None
    article = ctx.article
    parts = [(text[: m.start], pidx)] + ([(article.paragraphs[pidx - 1].text, pidx - 1)] if pidx > 0 else [])
    for part, at in parts:
        named = last_match(_RECORD_FOR_SEASON.finditer(part))
        if named is None:
            continue
        year = int(named.group("y")) if named.group("y") else _last_year_written(article, at, part, named.start())
        if year is None:
            return None
        span = _SEASON_SPAN[named.group("s").lower()]
        # (a month of the season the article dates in that year keeps it when the season's year is not written:
        # "… rowed … on 4 July 1862 … I have his pocket diary for that summer … "Wednesday 4th."", the summer of
        # the centenary, not a June of 1862)
        kept = (
            not named.group("y")
            and any(m.month == month for month, _ in span)
            and any((x.year, x.month) == (year, m.month) for _, x in _article_mentions(article))
        )
        if named.group("s").lower() == "winter" and not named.group("y"):
            # (a winter told by a year alone may be the one it ends: "… from 1 February 1983 … Ken's diary for
            # that winter … "Monday the 17th"", January 1983)
            span = ((12, -1), (1, 0), (2, 0), *span)
        fits = [
            (replace(m, month=month, end_month=month), year + on)
            for month, on in span
            if _weekday_fits(replace(m, month=month, end_month=month), year + on) and (not kept or month == m.month)
        ]
        return (*fits[0], " ".join(named.group(0).split())) if len(fits) == 1 else None
    return None


# A record kept in the week of the day told before it: "He kept a pocket diary that week and read from it".
_RECORD_THAT_WEEK = re.compile(rf"{_RECORD_NOUN}[^.!?«»“”\"]{{0,40}}?\bthat\s+week\b", re.IGNORECASE)
RECORD_WEEK_DAYS = 7  # how far either side of the day told before a day of "that week"'s record may fall


def _record_of_that_week(text: str, m: Mention, prev: _Prev | None) -> tuple[Mention, int, str] | None:
    """(`m` in its month, its year, the words) for a weekday-ordinal quoted from a record its paragraph names
    as kept "that week", the week of the day told just before ("… on Saturday 2 May 1953. He kept a pocket
    diary that week …: "Thursday the 30th — …""): the one day within a week of it with that day of the month
    and weekday (30 April 1953, not a May of 2002)."""
    # (a past account's day: a diary is kept then, not in the week of the present's day told last)
    if (
        m.weekday is None
        or prev is None
        or prev.year is None
        or not prev.historical
        or not inside_quotes(text[: m.start])
    ):
        return None
    named = last_match(_RECORD_THAT_WEEK.finditer(text, 0, m.start))
    if named is None or not valid_day(prev.month, prev.day, prev.year):
        return None
    told = datetime.date(prev.year, prev.month, prev.day)
    near = [
        day
        for on in range(-RECORD_WEEK_DAYS, RECORD_WEEK_DAYS + 1)
        if (day := told + datetime.timedelta(days=on)).day == m.day and day.weekday() == m.weekday
    ]
    if len(near) != 1:
        return None
    return replace(m, month=near[0].month, end_month=near[0].month), near[0].year, " ".join(named.group(0).split())


def _quoted_records_day(
    ctx: _Context, pidx: int, text: str, m: Mention, prev: _Prev | None
) -> tuple[Mention, int, str] | None:
    """(`m` in its month, its year, the words naming the record) for a weekday-ordinal quoted from a record the
    text dates: by a season (`_record_for_a_season`), as kept "that week" (`_record_of_that_week`), or by its
    month and year (`_record_kept_for`, which keeps `m`'s month)."""
    if (dated := _record_for_a_season(ctx, pidx, text, m) or _record_of_that_week(text, m, prev)) is not None:
        return dated
    kept = _record_kept_for(ctx.article, pidx, text, m)
    return (m, *kept) if kept is not None else None


def _record_kept_for(article: Article, pidx: int, text: str, m: Mention) -> tuple[int, str] | None:
    """The year of a record its paragraph (or the one before) names with the month and year it covers, or
    that dates itself with them, when `m`, quoted from it, is of that month and has its weekday in that
    year (and the words naming it)."""
    if not inside_quotes(text[: m.start]):
        return None
    before = [text[: m.start]] + ([article.paragraphs[pidx - 1].text] if pidx > 0 else [])
    for part in before:
        for named in _RECORD_FOR_MONTH.finditer(part):
            word = named.group("m")
            month = EN_MONTHS.get(word.capitalize()) or ES_MONTHS.get(word.lower()) or ru_month(word)
            if month == m.month and _weekday_fits(m, int(named.group("y"))):
                return int(named.group("y")), " ".join(named.group(0).split())
    # (or one that dates itself with them, in its own words, which the writer may break into: ""Paris, June
    # 1889. …," she wrote. "On Wednesday the 12th we went up"")
    dated = last_match(_MONTH_YEAR_AFTER.finditer(text, 0, m.start))
    if (
        dated is not None
        and inside_quotes(text[: dated.start()])
        and EN_MONTHS[dated.group("m")] == m.month
        and _weekday_fits(m, int(dated.group("y")))
    ):
        return int(dated.group("y")), dated.group(0)
    return None


def _weekday_fits(m: Mention, year: int) -> bool:
    return (
        m.weekday is not None
        and valid_day(m.month, m.day, year)
        and (datetime.date(year, m.month, m.day).weekday() == m.weekday)
    )


# The words without which, in plain text (see `_NOT_PLAIN`), a season cue ("the following spring",
# "la primavera anterior"), "last summer" / "el verano pasado" or "that anniversary" cannot match.
# ("previous", "preceding": "the previous November", a month before the account's day)
_SEASON_WORDS = (
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "primavera",
    "verano",
    "invierno",
    "previous",
    "preceding",
)


class _Cues(NamedTuple):
    """The words a paragraph holds that the per-mention searches need (False: the searches it
    gates cannot match anywhere in it, so no mention asks). Each is a literal of every English
    alternative of its patterns; their other alternatives need a letter plain text lacks."""

    seasons: bool  # _FOLLOWING_SEASON, _PREVIOUS_SEASON
    lasts: bool  # _LAST_SEASON
    anniversary: bool  # _THAT_ANNIVERSARY, _ANNIV_AFTER, _ON_OR_PAREN's test
    recent: bool  # _RECENT ("this past", "el pasado")
    upcoming: bool  # _UPCOMING ("next", "this coming")
    it_was: bool  # _IT_WAS ("it was", "era", "fue")
    year_after: bool  # _YEAR_AFTER_DATE ("of the following year")
    relative_after: bool  # _RELATIVE_AFTER_DATE ("next year", "the summer after next")
    first: bool  # _THAT_FIRST_SEASON ("in that first summer", "that opening season")
    years: bool  # _YEARS_AFTER_EVENT ("Ten years after the demolition")
    born: bool  # _BORN_BEFORE ("was born on")
    year_before: bool  # _YEAR_BEFORE ("the previous year", "the year before")
    relative: bool  # _RELATIVE_YEAR ("last year", "the coming year", "the summer after next")
    later: bool  # _YEAR_LATER as searched ("two years later", "the year after", "the following year")
    ago: bool  # `ago_phrase` ("ten years ago", "hace diez años"): exact in every text, not only plain ones


_ANY_CUE = _Cues(*(True,) * len(_Cues._fields))


@lru_cache(maxsize=8192)
def _cue_words(text: str) -> _Cues:
    """Which cue words may be in the paragraph: asked once, not per mention."""
    if not text.isascii() and _NOT_PLAIN.search(text):
        # (a case-blind scan of the whole paragraph costs more than the searches it would save):
        # each mention searches
        return _ANY_CUE._replace(ago=has_ago_word(text))
    low = text.lower()
    year = "year" in low
    return _Cues(
        seasons=any(w in low for w in _SEASON_WORDS) or "following" in low or "the next" in low,
        lasts="last" in low or "pasad" in low,
        anniversary="anniversary" in low,
        recent="past" in low or "pasad" in low,
        upcoming="next" in low or "coming" in low,
        it_was="was" in low or "era" in low or "fue" in low,
        year_after=year,
        relative_after=year or "next" in low,
        first="first" in low or "opening" in low,
        years="years" in low,
        born="born" in low,
        year_before="previous" in low or "preceding" in low or "before" in low or "earlier" in low,
        relative="last" in low or "next" in low or "this" in low or "previous" in low or "coming" in low,
        later="later" in low or "after" in low or "following" in low or "the next year" in low,
        ago=has_ago_word(text),
    )


def _week_before(ctx: _Context, prev: _Prev | None, m: Mention, text: str, s: int) -> tuple[int, str] | None:
    """(year, why) for "the Thursday before, on the 31st": a day up to a week before the previous
    date, in its year (or the one before, across New Year) — in a past account, before the same day
    of the year the article told first ("On Monday, 2 November 1959, … Next Monday, 2 November, …
    "The week before, on the 26th," she remembers")."""
    if prev is None or prev.year is None or not WEEK_BEFORE.search(text, max(0, m.start - 40), m.start):
        return None
    base = prev.year
    if base == ctx.time.year and _tells_past(_tense_context(text, s, m)):
        base = min((d.year for d in ctx.told if (d.month, d.day) == (prev.month, prev.day)), default=base)
    year = base - (1 if (m.month, m.day) > (prev.month, prev.day) else 0)
    if not valid_day(m.month, m.day, year):
        return None
    gap = (datetime.date(base, prev.month, prev.day) - datetime.date(year, m.month, m.day)).days
    if not 0 < gap <= 8:
        return None
    return year, reason(N_("a day before {prev}: {year}"), prev=Day(prev.month, prev.day, base), year=year)


# "que tenía doce años aquel 26 de octubre", "that 14 April": a day pointed back at.
_THAT_DAY = re.compile(r"\b(?:that|aquel|aquella)\s+$", re.IGNORECASE)


_THAT_DAY_AFTER = re.compile(r"\s*(?:那天|那一天|那日)")  # "2月12日那天晚上": that day, 12 February


def _that_day(ctx: _Context, m: Mention, text: str) -> tuple[int, str] | None:
    """(year, why) for "that 26 October", "2月12日那天": the year of the same day the article told
    last, when that was not the present's (nor one still to come: "El año que viene, el 24 y 25 de
    septiembre, …" does not make "aquel 25 de septiembre fue el mejor día" next year's)."""
    after = _THAT_DAY_AFTER.match(text, m.end) if "那" in text else None
    if after is not None:
        hit: re.Match[str] | None = after
    else:
        if "hat" not in text[max(0, m.start - 6) : m.start] and "quel" not in text[max(0, m.start - 8) : m.start]:
            return None  # (the common case: no demonstrative right before)
        hit = _THAT_DAY.search(text, max(0, m.start - 8), m.start)
    if hit is None:
        return None
    now = ctx.time.year
    same = [d for d in ctx.told if (d.month, d.day) == (m.month, m.day) and (now is None or d.year <= now)]
    if not same or same[-1].year == now:
        return None
    day = same[-1]
    phrase = text[m.start : hit.end()] if after is not None else text[hit.start() : m.end]
    return day.year, reason(N_("“{phrase}” points back at {day}"), phrase=phrase, day=Day(day.month, day.day, day.year))


# "That afternoon, 14 June, had been airless": the anniversary's day retold, in the past.
_THAT_TIME_OF_DAY = re.compile(r"\b[Tt]hat\s+(?:afternoon|morning|evening|night|day),?\s+(?:on\s+)?$")


def _that_time_of_day(ctx: _Context, m: Mention, text: str, s: int) -> tuple[int, str] | None:
    """(year, why) for a day named after "That afternoon" and told in the past, in a piece that looks
    back to a year long gone: that year's day (the piece named the same day as now before)."""
    base = ctx.looked_back_to
    if base is None or "hat " not in text[max(s, m.start - 20) : m.start]:
        return None
    hit = _THAT_TIME_OF_DAY.search(text, max(s, m.start - 20), m.start)
    if hit is None or not _tells_past(_tense_context(text, s, m)):
        return None
    phrase = text[hit.start() : m.end]
    return base[0], reason(N_("“{phrase}” retells the day the piece looks back to: {why}"), phrase=phrase, why=base[1])


# "that December, on the 14th", "that same spring, on 2 May": a month (or season) of the account told
_THAT_MONTH_BEFORE = re.compile(
    r"\bthat\s+(?:same\s+)?(?P<m>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|winter),?\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _month_word(word: str) -> int | None:
    """The month an English month name names; None for a season."""
    return EN_MONTHS.get(word.capitalize())


# "the 21st and 22nd of that September": a month the days are read in (`_OF_THAT_MONTH` in extract)
_OF_THAT_NAMED_MONTH = re.compile(rf"\bof\s+that\s+(?:{'|'.join(MONTH_NAMES)})\b")
# "el día 18 de aquel mes", "on the 18th of that month", "18-го того же месяца"
_OF_THAT_MONTH_AFTER = re.compile(
    r"\s+(?:de\s+(?:aquel|ese)\s+(?:mismo\s+)?mes|of\s+that\s+(?:same\s+)?month|того\s+же\s+месяца|того\s+месяца)\b",
    re.IGNORECASE,
)


# "and next month, from 9 to 20 January", "last month, on 3 March": a month counted from the article's
_MONTH_STEP_BEFORE = re.compile(r"\b(next|last)\s+month,?\s+(?:(?:on|from|between)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _month_step_before(text: str, s: int, m: Mention) -> int:
    """+1 or −1 when "next month" or "last month" leads in to the mention in its sentence, else 0."""
    if "month" not in text:
        return 0
    hit = _MONTH_STEP_BEFORE.search(text, max(s, m.start - 30), m.start)
    return 0 if hit is None else (1 if hit.group(1).lower() == "next" else -1)


_ENTRY_BEFORE = re.compile(rf"{_RECORD_NOUN_RX.pattern}|\b(?:entry|entries|wrote|writes|reads)\b", re.IGNORECASE)


# "el 6 de marzo siguiente": the next 6 March after the account's last day.
_FOLLOWING_DAY = re.compile(r"\s+siguiente\b", re.IGNORECASE)


def _to_the_day_after(ctx: _Context, m: Mention, later: re.Match[str], now: int | None) -> tuple[int, str] | None:
    """(year, why) for "N years to the day after the X, on D": N years after the latest D the article
    writes with its year (up to the present)."""
    step = number_of(later.group("n")) if later.group("n") else None
    # (of those N years before the present at most: "Berlin, 9 November 2014 — … On 9 November 1989 …
    # Twenty-five years to the day after the crossings opened, on Sunday, 9 November")
    bases = sorted(y for y in _years_of_the_day(ctx, m) if now is None or y + (step or 0) <= now)
    if not step or not bases:
        return None
    why = reason(_AFTER, phrase=" ".join(later.group(0).split()), prev=piece(Day(m.month, m.day, bases[-1])))
    return bases[-1] + step, why


_AN_ENTRY = re.compile(r"\b(?:entry|entries|daybook|day-book|notebook)\b", re.IGNORECASE)


def _opens_a_quoted_record(text: str, pos: int) -> bool:
    """Whether a date at `pos` opens a quotation that a record noun just before introduces ("He wrote
    in his diary: "12 December. …"", 他在日记里写道："12月19日，…")."""
    before = text[max(0, pos - 40) : pos].rstrip()
    window = max(0, pos - 320)
    if (after_one := _NEXT_QUOTATION.search(text[window:pos])) is not None:
        # (an entry quoted right after another: “9月30日，星期五。……”“10月1日。建成了。”)
        return _opens_a_quoted_record(text, window + after_one.start("previous"))
    # (or an entry of one: "His first entry under the scheme reads: "5 July. Surgery full by nine"")
    return before[-1:] in '"“«「' and (_RECORD_NOUN_RX.search(before) or _AN_ENTRY.search(before)) is not None


# A quotation closed and the next opened right after it: “…”“10月1日。…” (its `previous` opening first)
_NEXT_QUOTATION = re.compile(r"[“«「](?P<previous>[^“”«»「」]{1,300})[”»」]\s*[“«「]$")


def _quoted_entry_year(m: Mention, text: str, s: int, ctx: _Context, prev: _Prev | None) -> tuple[int, str] | None:
    """(year, why) for a record's entry quoted under its bare day ("The last entry reads: "30th. Last run
    4.10. … Tied her up. Went home.""), told in the past, outside any account the article dates: the
    year the article counts back to ("Twenty-five years ago this month, my grandad … wound the ferry
    across … for the very last time"), when it counts back to one."""
    if m.year is not None or m.start == 0 or text[m.start - 1] not in '"“«' or not text.startswith(". ", m.end):
        return None
    if (prev is not None and prev.historical) or not _ENTRY_BEFORE.search(text, max(0, m.start - 60), m.start):
        return None
    close = min((i for q in '"”»' if (i := text.find(q, m.end)) >= 0), default=len(text))
    if not _reads_past(text[m.end : close]):
        return None
    counted = {(ev.base, ev.why) for ev in ctx.time.evidence if ev.kind == "years ago" and ev.base is not None}
    if not counted and (now := ctx.time.year) is not None:
        # (the present dated otherwise: "Posted 2 May 2020 / Thirty years ago this month, my aunt closed …")
        agos = {ago for p in ctx.article.paragraphs if (ago := ago_phrase(p.text)) is not None}
        counted = {
            (now - n, reason(N_("“{phrase}” of {year}: {year} − {n}"), phrase=phrase, year=now, n=n))
            for n, phrase in agos
        }
    if len({b for b, _ in counted}) != 1:
        return None
    base, why = next(iter(counted))
    return base, reason(N_("a record's entry told in the past, of the year the article counts back to: {why}"), why=why)


# "At the pier's silver jubilee, on 18 July, he was presented with a clock": an anniversary named
# right before a date is kept on it (the date in apposition).
# (a jubilee's kind, a century's word: the years they count, in `JUBILEE_KINDS` and `_CENTURIES`)
_JUBILEE_KIND = "|".join(JUBILEE_KINDS)
_CENTURY_WORD = "bicentenary|bicentennial|centenary|centennial"
_ANNIV_BEFORE = re.compile(
    rf"\b(?P<occ>(?:the\s+\w+['’]s|the|its|their|our|his|her|\w+['’]s)\s+(?:(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_ALT})\s+anniversary"
    rf"|(?P<kind>{_JUBILEE_KIND})\s+jubilee|(?P<cent>{_CENTURY_WORD})))"
    r"(?:\s+of\s+[^,.;:\d]{1,60}?)?\s*,\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?$",
    re.IGNORECASE,
)


# "A fortieth-anniversary dinner is booked for Wednesday 2 May": an anniversary's occasion, then a
# few words of no sentence's end, then the date it is held on.
_ANNIV_NOUN_BEFORE = re.compile(
    rf"\b(?P<occ>(?i:an?|the|its|their|our|this)\s+(?:(?P<n>\d{{1,3}}(?:st|nd|rd|th)|(?i:{ORDINAL_ALT}))[-\s]anniversary"
    rf"|(?P<kind>(?i:{_JUBILEE_KIND}))[-\s]jubilee|(?P<cent>(?i:{_CENTURY_WORD}))))"
    r"(?:\s+[a-z]+){1,6}?\s+(?:for|on)\s+(?:[A-Z][a-z]+day,?\s+)?$",
)

# An occasion told as to come without a future tense: "has a birthday next year … is booked for"
_TO_COME = re.compile(r"\b(?:next\s+year|(?:is|are)\s+(?:booked|planned|scheduled|arranged|set|fixed)\s+for)\b", re.I)

# "Para el centenario, el viernes 4 de enero, veintiséis socios subieron": the same in Spanish.
_ANNIV_BEFORE_ES = re.compile(
    r"\b(?P<occ>(?:el|la|las|su|sus|nuestro|nuestras)\s+(?:(?P<n>\d{1,3})\s*[º°]?\s+aniversario"
    r"|(?P<cent>bicentenario|sesquicentenario|centenario|cincuentenario)|bodas\s+de\s+(?P<kind>plata|oro)))"
    rf"(?:\s+de\s+[^,.;:\d]{{1,60}}?)?\s*,\s+(?:el\s+)?(?:(?:{'|'.join(WEEKDAY_STEMS_ES)})\s+)?$",
    re.IGNORECASE,
)
# "十周年那天，4月18日，…文化中心正式开放": the same in Chinese.
_ANNIV_BEFORE_ZH = re.compile(
    r"(?P<occ>(?P<n>\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*周年(?:纪念日)?(?:那天|当天|之际|时)?)\s*[，,]\s*$"
)
# (the words doctime's anniversaries read, and the Spanish ones only this cue names)
_CENTURIES = CENTURY_WORDS | {"cincuentenario": 50, "plata": 25, "oro": 50}


def _anniversary_held_on(m: Mention, text: str, s: int, ctx: _Context) -> tuple[int, str] | None:
    """(year, why) for a date an anniversary is named right before (`_ANNIV_BEFORE`, `_ANNIV_BEFORE_ES`,
    `_ANNIV_BEFORE_ZH`),
    when the article dates the same day with its year: that year + N (the later, when it dates several)."""
    low = text[max(s, m.start - 120) : m.start].lower()
    if not any(w in low for w in ("annivers", "jubilee", "centen", "aniversario", "bodas", "周年")):
        return None
    start = max(s, m.start - 120)
    cue = (
        _ANNIV_BEFORE.search(text, start, m.start)
        or _ANNIV_NOUN_BEFORE.search(text, start, m.start)
        or _ANNIV_BEFORE_ES.search(text, start, m.start)
        or _ANNIV_BEFORE_ZH.search(text, start, m.start)
    )
    if cue is None:
        return None
    if cue.group("n"):
        n = number_of(cue.group("n"))
    elif (kind := (cue.group("kind") or "").lower()) in JUBILEE_KINDS:
        n = JUBILEE_KINDS[kind]
    else:
        n = _CENTURIES.get(kind or cue.group("cent").lower(), 100)
    present = ctx.time.year
    # (held next year at the latest, when told as to come: "is booked for Wednesday 2 May")
    to_come = _FUTURE.search(text, s, m.start) is not None or _TO_COME.search(text, 0, m.start) is not None
    last = None if present is None else present + to_come
    bases = {b for b in _years_of_the_day(ctx, m) if last is None or b + (n or 0) <= last}
    if not n or not bases:
        return None
    base = max(bases)
    phrase = " ".join(cue.group("occ").split())
    why = reason(
        N_("“{phrase}”: {base} + {n}, from {day}"), phrase=phrase, base=base, n=n, day=Day(m.month, m.day, base)
    )
    return base + n, why


def _year_by_rules(
    m: Mention,
    text: str,
    s: int,
    e: int,
    taken: list[tuple[int, int]],
    ctx: _Context,
    prev: _Prev | None,
    pidx: int,
    anniversary_days: set[tuple[int, int]],
) -> tuple[int | None, str, str, bool]:
    """(year, basis, why, historical) for one mention; rules in the order a reader applies them."""
    time = ctx.time
    article_year = time.year
    if m.year is not None:
        if m.anniversary_year is not None:
            why = reason(
                N_("year stated with the date; “– {year}” marks the anniversary celebrated in it"),
                year=m.anniversary_year,
            )
        elif m.bracket_year:
            why = reason(N_("year {year} given in brackets right after the date"), year=m.year)
        else:
            why = _STATED
        # With the present unknown, a stated year still starts an account ("Cholera reached Fenmouth on 2
        # August 1849 … By 30 September two hundred had died").
        historical = article_year is None or abs(m.year - article_year) > 1
        named = (c for c in ctx.findings.counted if c.para == pidx + 1 and c.phrase.end <= m.start < c.phrase.scope_end)
        if any(len(text[c.phrase.end : m.start].split()) <= 3 for c in named):
            # "the bicentenary of 20 July 1810": the date an anniversary names as its object starts
            # no account of 1810; what follows is about the celebration. (A clause that tells the
            # event — "…, in which eleven men died … on 14 October 1987" — may well go on.)
            historical = False
        return m.year, "explicit", why + _weekday_note(m, m.year), historical
    if (
        prev is not None
        and prev.historical
        and prev.year is not None
        and (following := _FOLLOWING_DAY.match(text, m.end)) is not None
    ):
        # "salieron … el 3 de agosto de 1492 … escribió a su madre desde Lisboa el 6 de marzo siguiente":
        # the next such day after the one the account last told
        y = prev.year + ((m.month, m.day) <= (prev.month, prev.day))
        why = reason(
            N_("“{phrase}”: the next such day after {prev}"), phrase=f"{m.text}{following.group(0)}", prev=prev.label
        )
        return y, "inferred", why + _weekday_note(m, y), True
    if (entry := _quoted_entry_year(m, text, s, ctx, prev)) is not None:
        return entry[0], "inferred", entry[1], True
    if (on_anniversary := _anniversary_held_on(m, text, s, ctx)) is not None:
        y, y_why = on_anniversary
        return y, "inferred", y_why + _weekday_note(m, y), y != article_year
    if (
        article_year is not None
        and (now_month := ctx.own_month) is not None
        and (month_step := _month_step_before(text, s, m)) != 0
        and m.month == (now_month - 1 + month_step) % 12 + 1
    ):
        # "This year's party … will camp … from 28 December to 2 January, and next month, from 9 to 20
        # January, the library will show …" (of December 2011): the month after the article's, 2012
        year = article_year + (now_month - 1 + month_step) // 12
        why = reason(
            N_("“{phrase}” counts from the article's own month: {year}"),
            phrase="next month" if month_step > 0 else "last month",
            year=year,
        )
        return year, "inferred", why + _weekday_note(m, year), False
    if (
        m.form == "zh"
        and m.text[0] in ZH_MONTH_STEP
        and prev is not None
        and prev.year is not None
        and prev.para == pidx
        and (record_day := quoted_date_before(text, find_mentions(text), m.start)) is not None
        and (record_day.month, record_day.day) == (prev.month, prev.day)
    ):
        # “9月12日，晴。……讲解员说，下月3日还有一批外国客人要来”: counted from the day the quoted record is
        # dated, in its year (1978年10月3日), not from the article's own month
        quoted_year = prev.year + (prev.month - 1 + ZH_MONTH_STEP[m.text[0]]) // 12
        why = reason(N_("“{phrase}” counts from the quoted day before, {prev}"), phrase=m.text[:2], prev=prev.label)
        return quoted_year, "inferred", why + _weekday_note(m, quoted_year), True
    if m.form == "zh" and m.text[0] in ZH_MONTH_STEP and article_year is not None and ctx.own_month is not None:
        # "本月20日", "上月30日": counted from the article's own month, so in its present (or the year
        # before or after, across the new year), whatever account the paragraph tells
        own_year = article_year + (ctx.own_month - 1 + ZH_MONTH_STEP[m.text[0]]) // 12
        why = reason(
            N_("“{phrase}” counts from the article's own month: {year}"),
            phrase=m.text[: m.text.find("月") + 1],
            year=own_year,
        )
        return own_year, "inferred", why + _weekday_note(m, own_year), False
    last_account = prev if prev is not None and prev.historical and prev.year is not None else ctx.account
    if (
        last_account is not None
        and last_account.year is not None
        and (article_year is None or last_account.year < article_year - 1)
        and (that_month := _THAT_MONTH_BEFORE.search(text, max(s, m.start - 24), m.start)) is not None
        and _month_word(that_month.group("m")) in (m.month, None)
    ):
        # "Twenty years ago today, on 25 January, fire broke out … The hall reopened that December, on the
        # 14th": that month of the account told, in its year (the next, for a month before the account's)
        year = last_account.year + (1 if m.month < last_account.month else 0)
        phrase = " ".join(that_month.group(0).split())
        why = reason(N_("“{phrase}”: the year of {prev}"), phrase=phrase, prev=last_account.label)
        return year, "inferred", why + _weekday_note(m, year), True
    if (
        prev is not None
        and prev.year is not None
        and (prev.historical or prev.year != article_year)
        and m.month == prev.month
        and (of_that := _OF_THAT_MONTH_AFTER.match(text, m.end)) is not None
    ):
        # "… el 10 de diciembre de 1906 … El día 18 de aquel mes escribió a su madre": that month is the
        # account's, in its year (or last year's: "El año pasado, el 25 de octubre, … El día 28 de aquel mes")
        why = reason(N_("“{phrase}”: the month of {prev}"), phrase=of_that.group(0).strip(), prev=prev.label)
        return prev.year, "inferred", why + _weekday_note(m, prev.year), prev.historical
    if (
        article_year is not None
        and _OF_THAT_NAMED_MONTH.search(m.text)
        and (account_days := [d for d in ctx.told if d.month == m.month and d.year < article_year])
    ):
        # "… on Thursday 22 September, … with slides Gilbert took on the 21st and 22nd of that September" after
        # "… on Monday 23 September 1991": that month is the account's, in the last year told of it
        last_then = max(account_days)
        why = reason(
            N_("“{phrase}”: the month of {prev}"),
            phrase=m.text,
            prev=Day(last_then.month, last_then.day, last_then.year),
        )
        return last_then.year, "inferred", why + _weekday_note(m, last_then.year), True
    if (birthday := _numbered_birthday(ctx, text, m)) is not None and birthday[0] != ctx.time.year:
        # (a day of its own, not an account the next days go on in)
        return birthday[0], "inferred", birthday[1] + _weekday_note(m, birthday[0]), False
    if article_year is not None and (first := _first_meetings_record(ctx, text, m, article_year)) is not None:
        return first[0], "inferred", first[1] + _weekday_note(m, first[0]), True
    if article_year is not None and (record := _kept_record_dated(ctx, text, s, e, m, prev, pidx, article_year)):
        return record[0], "inferred", record[1] + _weekday_note(m, record[0]), True
    if article_year is not None and (to_the_day := _to_the_day_after_dated(ctx, text, m, article_year)) is not None:
        # (a past anniversary's day is an account's; the present's own or a coming one is not)
        historical = to_the_day[0] < article_year
        return to_the_day[0], "inferred", to_the_day[1] + _weekday_note(m, to_the_day[0]), historical
    # A quotation from a letter the text dates: in the letter's time, whatever it tells of (its
    # "The Queen's Jubilee is to be kept here on 22 June" is no anniversary of the article's).
    if (
        ctx.time.year is not None
        and (headed := _quoted_from_dated_letter(ctx, pidx, text, m)) is not None
        and headed[0] < ctx.time.year
        and (m.weekday is None or _weekday_fits(m, headed[0]))
    ):
        return headed[0], "inferred", headed[1] + _weekday_note(m, headed[0]), True
    # The day an anniversary counts from: "the 30th anniversary of the pit's closure on 30 March".
    for c in ctx.findings.counted:
        a = c.phrase
        in_scope = c.para == pidx + 1 and a.end <= m.start < a.scope_end and not a.possessive
        if not in_scope or _AND_DID.match(text, a.end, m.start) or _ATTRIBUTIVE.fullmatch(text, a.start, a.end + 1):
            # ("The railway is running centenary trains on 6 and 7 April": the celebration's own days)
            # (the tests below decide only for a date in the scope; "for the centenary and reached
            # the top on 16 July": a verb of the sentence's own, not the subject's clause)
            continue
        dated_scope = bool(years_in(a.scope))  # "Apollo 13, whose crew came home on April 17, 1970, after …"
        celebrated = (
            _CELEBRATED.search(text[max(a.sentence[0], a.start - 40) : a.start])
            or _KEPT_AFTER.match(text, a.end, m.start)
            or _KEPT_A_FEW_WORDS_AFTER.match(text, a.end, m.start)
        )
        short = len(text[a.end : m.start].split()) <= SHORT_SUBJECT
        # (not a day whose written weekday the base year contradicts: "Fifty years after the first
        # show in 1949, the jubilee show drew a crowd on Saturday 21 and Sunday 22 August")
        fits = m.weekday is None or _weekday_fits(m, c.base.year)
        # ("… on Wednesday 8 June, twenty-five years to the day after the mayors … signed the charter in the
        # Corn Hall on 8 June": the kept day named again after the count is the one it counts from, however
        # long the subject)
        kept_day_again = _TO_THE_DAY.search(text, a.start, a.end) is not None and any(
            (x.month, x.day) == (m.month, m.day) for x in find_mentions(text[a.sentence[0] : a.start])
        )
        if in_scope and (dated_scope or (short and not celebrated) or kept_day_again) and fits:
            why = reason(N_("the date of what the anniversary counts from: {why}"), why=c.why)
            return c.base.year, "inferred", why + _weekday_note(m, c.base.year), True
    again = _origin_told_again(ctx.findings.counted, m, text[s:e], pidx, m.start - s) if ctx.findings.counted else None
    if again is None and ctx.findings.counted:
        again = _origin_retold(ctx, m, text, s, e, pidx)
    if again is not None and _RELATIVE_YEAR.search(text, s, m.start):
        # ("Last year's curtain-raiser, a display … opened on 12 August": last year's, not the day of 1865
        # the anniversary counts from, which it shares)
        again = None
    if again is not None:
        why = reason(N_("the date of what the anniversary counts from: {why}"), why=again.why)
        return again.base.year, "inferred", why + _weekday_note(m, again.base.year), True
    if (before_prev := _week_before(ctx, prev, m, text, s)) is not None:
        return before_prev[0], "inferred", before_prev[1] + _weekday_note(m, before_prev[0]), True
    if (pointed := _that_day(ctx, m, text)) is not None:
        return pointed[0], "inferred", pointed[1] + _weekday_note(m, pointed[0]), True
    if (recalled := _that_time_of_day(ctx, m, text, s)) is not None:
        return recalled[0], "inferred", recalled[1] + _weekday_note(m, recalled[0]), True
    after = _SEASON_BEFORE_AFTER.match(text, m.end) if "before" in text or "previous" in text else None
    if after is not None and (article_year is not None or prev is not None):
        # "The first page had gone up on 20 December, the winter before": the last such day before the
        # day the account told last (or the article's)
        account = prev is not None and prev.historical and prev.year is not None and pidx - prev.para <= 2
        ref = (prev.year, prev.month, prev.day) if account and prev is not None and prev.year is not None else None
        if ref is None and article_year is not None and ctx.present_day is not None:
            ref = (article_year, *ctx.present_day)
        if ref is not None:
            year = ref[0] - 1 if after.group("year") or after.group("year2") or (m.month, m.day) >= ref[1:] else ref[0]
            why = reason(
                N_("“{phrase}”: before {day}"), phrase=after.group(0).strip(" ,"), day=Day(ref[1], ref[2], ref[0])
            )
            return year, "inferred", why + _weekday_note(m, year), True
    clause = _clause_before(text, s, m.start, taken)
    sentence_before = text[s : m.start]
    cues = _cue_words(text)  # (`clause` and the windows searched below are parts of `text`)
    seasons, lasts, anniversary_word = cues.seasons, cues.lasts, cues.anniversary
    # "the following spring, on 21 April": the next such season after the previous date.
    seasonal = seasons and prev is not None and prev.year is not None
    following = _FOLLOWING_SEASON.search(clause) if seasonal else None
    if (
        following is not None
        and following.group("month")
        and EN_MONTHS[following.group("month").capitalize()] != m.month
    ):
        following = None  # ("the following January, on 3 March": not this day's month)
    near = prev is not None and pidx - prev.para <= 2
    # (or a year told just before, further from the last date: ""The storm of 1703 took the old pier and
    # the great gale of 1824 took the next one," he said." / ""Our forebears rebuilt it the following
    # spring, on a subscription opened on 2 April …"": 1825)
    told_just_before = None if near or following is None else _year_told_just_before(ctx.article, pidx, text, m.start)
    if following is not None and prev is not None and prev.year is not None and (near or told_just_before is not None):
        # (not the season the previous date is in: "married on 12 April 1934 … the following spring, on 1 May")
        next_year = (m.month, m.day) <= (prev.month, prev.day) or (
            following.group("month") is None and _season(m.month) == _season(prev.month)
        )
        year = prev.year + (1 if next_year else 0)
        if m.month == 12 and prev.month <= 2:
            # "… until 5 February [1990]. The replacements went in the following winter, on 2 and 3
            # December": a winter runs over the turn of the year, so the next one opens that December
            year = prev.year
        after_label = prev.label
        told_year = _year_told_since(ctx.article, prev, pidx, text, m.start) if near else told_just_before
        if told_year is not None and told_year != prev.year:
            # "… answering a card in a newsagent's window in 1972. … The following spring, on 31
            # March", "In 1947 she married …; they opened the Kiosk the following spring, on 4
            # April": after the year told since the last date, not after that date
            year, after_label = told_year + 1, str(told_year)
        why = reason(_AFTER, phrase=" ".join(following.group(0).split()), prev=after_label)
        jubilee = _anniversary_held(ctx, pidx, m)
        if jubilee is not None and jubilee.base.year + jubilee.phrase.n - year in (0, 1):
            # "… she retired on 30 April 1990. The next summer she was a guest at the Survey's bicentenary
            # celebrations, on 21 June" (its birth dated 21 June 1791): the anniversary says which summer
            year = jubilee.base.year + jubilee.phrase.n
            phrase = " ".join(text[jubilee.phrase.start : jubilee.phrase.end].split())
            why = reason(
                COUNTED_FROM,
                phrase=phrase,
                base=jubilee.base.year,
                n=jubilee.phrase.n,
                qualifier="",
                why=jubilee.base.why,
            )
        return year, "inferred", why + _weekday_note(m, year), year != article_year
    # "The previous spring, on 4 May": the last such season before the previous date.
    previous = _PREVIOUS_SEASON.search(clause) if seasonal else None
    if previous is not None and prev is not None and prev.year is not None and pidx - prev.para <= 2:
        told_account = ctx.account
        if (
            not prev.historical
            and told_account is not None
            and told_account.year is not None
            and pidx - told_account.para <= PLUPERFECT_REACH
            and _PLUPERFECT.search(clause)
        ):
            # "This Sunday, 16 March, … ¶ The competition itself had started the previous autumn, on 11
            # November" after "On Saturday, 16 March 1872, …": a pluperfect looks back from the past
            # account told last, not from the present told since
            prev = told_account
        year = (prev.year or 0) - (1 if (m.month, m.day) >= (prev.month, prev.day) else 0)
        now = ctx.present_day
        if not prev.historical and now is not None and article_year is not None:
            # Written in its own present ("Bulletin, May 2022 … The previous spring, on 2 April"):
            # the season before the one the article is in, not before a date it looks ahead to.
            earlier_season = _season(now[0]) != _season(m.month) and (m.month, m.day) < now
            year = article_year - (0 if earlier_season else 1)
        why = reason(
            N_("“{phrase}”: the last one before {prev}"), phrase=" ".join(previous.group(0).split()), prev=prev.label
        )
        return year, "inferred", why + _weekday_note(m, year), year != article_year
    # "Thirty years ago, on 14 October", "hace cien años", "40 лет назад", "40年前"
    # (each `ago_phrase` below reads a part of `text`: none finds one where `text` has no ago word)
    ago = ago_phrase(clause) if cues.ago else None
    if ago is not None and _FUTURE.search(clause, clause.find(ago[1]) + len(ago[1])):
        ago = None  # "founded a hundred years ago, in 1916, and our service will be held on 12 June": now
    if (
        ago is not None
        and _OF_AGO.search(clause, 0, max(clause.find(ago[1]), 0))
        and not _RELATIVE_CLAUSE.search(clause, clause.find(ago[1]) + len(ago[1]))
    ):
        # "Readers who remember the fire of fifty years ago are asked to write … before 14 November" (but
        # "a cup run of a quarter of a century ago that ended at Wembley on 6 May" is that run's)
        ago = None
    right_after = ago_phrase(text[m.end : m.end + 40]) if ago is None and cues.ago else None
    if right_after is not None and _ADVERB.sub("", text[m.end : m.end + 40].lstrip(" ,")).startswith(right_after[1]):
        ago = right_after  # "showed its last film on 27 March eleven years ago", "on 8 May, exactly a century ago"
    if ago is None and cues.ago and (opening := ago_phrase(sentence_before[:40])) is not None:
        # "Fifty years ago this week, on the night of 12 March, fire swept …, and by dawn on 13
        # March …": a sentence that opens looking back looks back throughout.
        ago = opening
    if (
        ago is None
        and s > 0
        and cues.ago
        and (_reads_past(clause) or _quotes_a_record(clause))
        and not _OWN_RELATIVE_YEAR.search(clause)  # "Last year's festival, on 6 July": its own year
        and not _THIS_YEAR_AFTER.match(text, m.end)  # ("if it rains on Saturday 5 July this year")
        and not _ANNIVERSARY_FALLS.search(text, max(s, m.start - 120), m.start)
        and (opening := _sentence_opening_ago(text, s, article_year)) is not None
    ):
        # "FIFTY YEARS AGO this week Bellstead got its first traffic lights … The borough engineer
        # tested them on 9 March": a sentence that opens looking back tells that year's account, up
        # to a sentence that names a year of its own.
        ago = opening
    if ago is None and s > 0 and cues.ago and cues.it_was and _IT_WAS.match(sentence_before):
        # "Seventy years ago today, climbers gathered … It was 12 June": the day of that sentence.
        before = _sentence_before(text, s)
        ago = ago_phrase(text[before : before + 40]) if before is not None else None
    if ago is not None and _RELATIVE_YEAR_AFTER.match(text, m.end):
        ago = None  # "the shaft, sunk more than 190 years ago and closed since 17 March last year": its own
    if ago is not None and _APPOSITION_AGO.search(clause, 0, max(clause.find(ago[1]), 0)):
        ago = None  # "for the first time since 1989, 28 years ago, after …": it restates the year
    if ago is not None and (at := clause.find(ago[1])) >= 0 and _AGO_IN_YEAR.match(clause, at + len(ago[1])):
        ago = None  # "bought … eleven years ago, in 2009, … shut since lockdown began on 23 March": the purchase's
    if ago is not None and article_year is not None and ago[0] == _heading_ago(ctx.article.title):
        # under the heading "10 years ago", "Ten years ago this week, on 12 May" restates it: the
        # section's time is already that year
        why = reason(N_("“{phrase}” restates the heading; {why}"), phrase=ago[1], why=time.why)
        return article_year, "inferred", why + _weekday_note(m, article_year), True
    if ago is not None and article_year is not None:
        n, phrase = ago
        year = article_year - n
        why = reason(N_("“{phrase}” before {year}; {why}"), phrase=phrase, year=article_year, why=time.why)
        return year, "inferred", why + _weekday_note(m, year), True
    # "el próximo 12 de octubre", "next July 4": the coming one, in the article's present.
    just_before = text[max(s, m.start - 16) : m.start]  # (cut once for the two tests below)
    recent = _RECENT.search(just_before) if cues.recent else None
    if recent and article_year is not None:
        # "el pasado 3 de octubre": the latest one before the article's day.
        day = ctx.present_day
        after_day = day is not None and (m.month, m.day) > day
        year = article_year - 1 if after_day else article_year
        why = reason(
            N_("“{phrase}” date: the latest one before the article's day; {why}"),
            phrase=recent.group(0).strip(),
            why=time.why,
        )
        return year, "inferred", why + _weekday_note(m, year), False
    named_day = _NEXT_NAMED_DAY.search(text, max(s, m.start - 32), m.start) if cues.upcoming else None
    upcoming = (_UPCOMING.search(just_before) or named_day) if cues.upcoming else None
    if upcoming and article_year is not None:
        why = reason(N_("“{phrase}” date: the coming one; {why}"), phrase=upcoming.group(0).strip(" ,"), why=time.why)
        # (after the article's own day: "Next Boxing Day, 26 December" in a programme of 26 December)
        year = article_year + 1 if ctx.present_day is not None and (m.month, m.day) <= ctx.present_day else article_year
        return year, "inferred", why + _weekday_note(m, year), False
    # "Last year, on 14 October", "el año pasado", "в прошлом году", "去年", "next year", "this year"
    season = _LAST_SEASON.search(clause) if lasts else None
    # (with no day of its own, the article's latest day of its present told so far: an obituary's
    # "died on Thursday 2 April … Last October, on the 19th")
    now = ctx.present_day or _latest_present_day(ctx) if season else None
    if season and article_year is not None and now is not None and valid_day(m.month, m.day, article_year):
        # "last summer, from 11 July": the latest such day before the article's own; of a season still
        # under way on that day ("Last summer … on 18 July" of 25 July), the one a year before
        under_way = _season_under_way(season.group(0), now[0])
        year = article_year if (m.month, m.day) < now and not under_way else article_year - 1
        why = reason(
            N_("“{phrase}”: the last one before {day}"),
            phrase=" ".join(season.group(0).split()),
            day=Day(*now, article_year),
        )
        return year, "inferred", why + _weekday_note(m, year), False  # the present's own past, like "last year"
    if season and article_year is not None and now is None and _season_behind(season.group(0), m):
        # "Last autumn's apple day on 11 October" before any day of the present: an autumn is "last"
        # all year until the next one, so it is most likely the year before's; a winter's December too
        why = reason(N_("“{phrase}”: the one before the article's year"), phrase=" ".join(season.group(0).split()))
        year = article_year - 1
        return year, "inferred", why + _weekday_note(m, year), False
    # (or in the mention's own words: "by the 20th of next June")
    ahead = (_NEXT_SEASON.search(clause) or _NEXT_SEASON.search(text, m.start, m.end)) if cues.upcoming else None
    now = ctx.present_day if ahead else None
    if ahead and article_year is not None and now is not None:
        # "Next summer's regatta is already fixed for 4 and 5 July" of 30 June 2019: this summer is
        # under way, so the next one is 2020's (of a February, 2019's)
        start = _SEASON_STARTS[next(g for g in ahead.groups() if g).casefold()]
        year = article_year + 1 if now[0] >= start else article_year
        why = reason(
            N_("“{phrase}”: the next one after {day}"),
            phrase=" ".join(ahead.group(0).split()),
            day=Day(*now, article_year),
        )
        return year, "inferred", why + _weekday_note(m, year), False
    year_word_before = _has_year_word(sentence_before)  # (folds the words: asked once, used twice)
    before_year = _YEAR_BEFORE.search(sentence_before) if year_word_before and cues.year_before else None
    if before_year and (around := _a_year_from_the_event(ctx, text, s, m, article_year)) is not None:
        # "通车前一年的10月15日", "the year before the opening": the event's year before, not the account's
        return around[0], "inferred", around[1] + _weekday_note(m, around[0]), True
    if before_year and (article_year is not None or prev is not None):
        account = prev is not None and prev.historical and prev.year is not None and pidx - prev.para <= 2
        # (or a past year its paragraph told just before: "Last year, on 6 March, I walked the route … The year
        # before, on 30 December, I had only got as far as the Pier Head": the year before last)
        account = account or (
            prev is not None
            and prev.para == pidx
            and prev.year is not None
            and article_year is not None
            and prev.year < article_year
        )
        base = prev.year if account and prev is not None and prev.year is not None else article_year
        # (a year its own sentence writes just before: "协会成立于1988年4月，前一年的9月12日", "founded in April 1988;
        # the year before, on 12 September": that year's)
        if written := years_in(sentence_before[: before_year.start()]) or _years_of_the_sentence_before(
            text, s, sentence_before[: before_year.start()]
        ):
            base = written[-1]
        if base is not None:
            why = reason(
                N_("“{phrase}”: the year before {year}"), phrase=" ".join(before_year.group(0).split()), year=base
            )
            return base - 1, "inferred", why + _weekday_note(m, base - 1), True
    back_cue = last_match(_YEARS_EARLIER.finditer(sentence_before)) if year_word_before and cues.year_before else None
    if back_cue and (back := _years_earlier(back_cue, ctx, prev, pidx)) is not None:
        ctx.stepped_back = True
        return back[0], "inferred", back[1] + _weekday_note(m, back[0]), True
    # The nearest qualifier before the date: "去年9月10日…；今年5月4日".
    rel = last_match(_RELATIVE_YEAR.finditer(sentence_before)) if year_word_before and cues.relative else None
    if rel and any(s < b <= s + rel.start() and text[b : s + rel.start()].isspace() for _, b in taken):
        rel = None  # "… started on 2 September last year, and the span was lifted on 22 January": its own
    if rel and cues.relative_after and _RELATIVE_AFTER_DATE.match(text, m.end):
        rel = None  # "Last year's open day … raised £3,400, and the crew hope to beat that on 5 August next year"
    if rel and cues.year_after and (after := _YEAR_AFTER_DATE.match(text, m.end)) and _NEXT_YEAR_WORD.search(after[0]):
        # "В этом году ребята готовят … поездку в Калугу, 2 и 3 мая следующего года": the words on the date
        # say which year it is, not the qualifier the sentence opened with
        rel = None
    if rel and _FOR_NEXT_YEAR_BY.search(sentence_before):
        rel = None  # "renewals for next year are due by 31 December": the deadline is this year's
    if (
        rel
        and article_year is not None
        and m.weekday is None
        and prev is not None
        and prev.para == pidx
        and prev.year is not None
        and s + rel.start() < prev.end <= m.start
        and abs(prev.year - article_year - _relative_shift(rel.group(0))) == 1  # (not an anniversary's origin)
        and (prev.month, prev.day) < (m.month, m.day)
        and prev.month == m.month
    ):
        # "Rehearsals for this year's reading began before Christmas, on Tuesday 2 December, and the cast
        # list went up on the 16th": the day before it, between it and the qualifier, was read in another
        # year than the qualifier's; a later day of that month goes with that day
        rel = None
    if (
        rel
        and _relative_shift(rel.group(0)) > 0
        and _DEADLINE_BEFORE.search(sentence_before)
        and prev is not None
        and prev.para == pidx
        and s + rel.start() < prev.end <= m.start
        and (prev.month, prev.day) < (m.month, m.day)
    ):
        # "Next year, on 1 January, the town will hold a walk; registration closes on 20 December": a deadline
        # comes before what it is for, so it is not a later day of next year
        rel = None
    if rel and _relative_shift(rel.group(0)) <= 0 and _now_clause_after(sentence_before, rel.end()):
        # "Last year's fundraising walk … raised £18,000 for the new scanner, which arrives on 2 November";
        # "… the choir sang … on the 9th, and we are delighted that they have been invited back on 8 March"
        rel = None
    if (
        rel
        and article_year is not None
        and not (
            # "Last year the Friends raised £40,000 for a scanner, which will be switched on on 16 July":
            # a clause in the future between the qualifier and the date is the present's.
            _relative_shift(rel.group(0)) < 0
            and (
                # (not a plan told in the past: "Last year we had planned to take it back … for the club's run
                # on 21 June, and of course that never happened")
                (
                    (future := _FUTURE.search(sentence_before, rel.end()))
                    and not _A_PAST_PLAN.search(sentence_before, max(rel.end(), future.start() - 24), future.start())
                )
                or _AFTER_DATE_FUTURE.match(text, m.end, _clause_end(text, m.end, e))  # "on 5 December it will …"
            )
            # "last year's parade, planned for …": its own; not across ", and": "Last year's eruption
            # brought the Center its busiest autumn, and the displays will stay through October 30"
            and (
                not rel.group(0).endswith(("'s", "’s"))
                or (future is not None and _AND_CLAUSE.search(sentence_before, rel.end(), future.start()) is not None)
            )
        )
    ):
        shift = _relative_shift(rel.group(0))
        year = article_year + shift
        why = reason(_RELATIVE, phrase=" ".join(rel.group(0).split()), why=time.why)
        return year, "inferred", why + _weekday_note(m, year), False
    rel_after = _RELATIVE_AFTER_DATE.match(text, m.end) if cues.relative_after else None
    if rel_after and article_year is not None:
        word = next(g for g in rel_after.groups() if g).lower()
        shift = 0 if word in ("this", "este", "этого", "текущего") else _relative_shift(word) or 1
        year = article_year + shift
        why = reason(_RELATIVE, phrase=" ".join(rel_after.group(0).strip(" ,").split()), why=time.why)
        return year, "inferred", why + _weekday_note(m, year), False
    carried = _relative_year_before(text, s, e) if article_year is not None and rel is None else None
    if carried is not None and article_year is not None:
        # "… abrirá una tienda el próximo año. «La inauguraremos el 10 de mayo»": the sentence goes on
        # in the year the one before named, when its tense agrees.
        shift, phrase = carried
        year = article_year + shift
        why = reason(_RELATIVE, phrase=phrase, why=time.why)
        return year, "inferred", why + _weekday_note(m, year), False
    # "that anniversary on April 17": the anniversary counted just before.
    if anniversary_word and _THAT_ANNIVERSARY.search(clause):
        earlier = ctx.findings.counted
        if earlier:
            c = earlier[-1]
            return c.base.year + c.phrase.n, "inferred", reason(N_("“that anniversary”: {why}"), why=c.why), False
    # "on 13 June of the following year", "del año siguiente", "того же года": words after the date.
    after = _YEAR_AFTER_DATE.match(text, m.end) if cues.year_after else None
    if (
        after
        and article_year is not None
        and "следующ" in after.group(0)
        and not _tells_past(_tense_context(text, s, m))
    ):
        # "Музей планирует …: к 12 апреля следующего года школьники готовят экскурсию": in Russian, told
        # in the present or future, the year after the article's own (not after the last date's)
        phrase = after.group(0).strip()
        why = reason(N_("“{phrase}”: the year after the article's, {year}"), phrase=phrase, year=article_year)
        return article_year + 1, "inferred", why + _weekday_note(m, article_year + 1), False
    if after and (since := _earlier_year(prev, text, m.start, pidx, nearest=True)) is not None:
        same = bool(re.search(r"that|same|ese|aquel|mismo|того\s+же", after.group(0), re.IGNORECASE))
        if (
            same
            and since[0] == article_year
            and (prev is None or not prev.historical)
            and (past := [y for y in ctx.commemorated if y < since[0]])
        ):
            # "… will be held on 2 August, the anniversary to the day. … the council minute of 6 August
            # that year": not now (that would be "this year") but the year the article remembers
            since = (max(past), str(max(past)))
        year = since[0] if same else since[0] + 1
        why = reason(_AFTER, phrase=" ".join(after.group(0).split()), prev=since[1])
        return year, "inferred", why + _weekday_note(m, year), year != article_year
    # "Our first gala, on 6 July in that opening summer": the year the anniversary counts from.
    first_season = _THAT_FIRST_SEASON.match(text, m.end) if cues.first and ctx.findings.counted else None
    if first_season is not None:
        c = ctx.findings.counted[-1]
        phrase = first_season.group(0).strip(" ,")
        why = reason(N_("“{phrase}”: the beginning the anniversary counts from; {why}"), phrase=phrase, why=c.why)
        return c.base.year, "inferred", why + _weekday_note(m, c.base.year), True
    # "Ten years after the demolition a plaque was placed …; it was unveiled on 12 June", "Twenty
    # years on, …": in an anniversary piece, counted from the event it commemorates.
    since_event = _YEARS_AFTER_EVENT.search(sentence_before) if cues.years and ctx.findings.counted else None
    if since_event and since_event.group("event") and _other_account(prev, pidx, ctx.findings.counted[0].base.year):
        since_event = None
    column = ctx.time.column_year
    if since_event is not None and column is not None and article_year is not None:
        step = number_of(since_event.group("n"))
        if step and article_year + step == column:
            # "FIFTY YEARS AGO … Fifty years on, the bandstand … will be reopened on … 28 May": back in
            # the column's own present
            why = reason(
                N_("“{phrase}” after {year}, the section's year: the column's own, {column}"),
                phrase=" ".join(since_event.group(0).split()),
                year=article_year,
                column=column,
            )
            return column, "inferred", why + _weekday_note(m, column), False
    if since_event is not None and article_year is not None:
        c = ctx.findings.counted[0]
        step = number_of(since_event.group("n"))
        if step and c.base.year + step < article_year:
            year = c.base.year + step
            why = reason(
                N_("“{phrase}”: {base} + {n}; {why}"),
                phrase=" ".join(since_event.group(0).split()),
                base=c.base.year,
                n=step,
                why=c.why,
            )
            return year, "inferred", why + _weekday_note(m, year), True
    # "A year later, on 12 March": one year after the previous date.
    year_word_in_clause = _has_year_word(clause)
    later = _YEAR_LATER.search(clause) if year_word_in_clause and cues.later else None
    if later and inside_quotes(clause[: later.start()]) and not inside_quotes(clause):
        # a title: «Чернобыль: 20 лет спустя» (not words quoted with the date: "Two years later, on 2 May, he found …")
        later = None
    if later and later.group("after") and clause[: later.start()].strip(" ,"):
        # "Two years after the sale, on …" opens its clause; mid-clause, "on 12 March, exactly fifty
        # years after the fire" is an anniversary's, kept in the present — not "in the dry summer ten
        # years after the opening", a time of the account.
        later = later if PERIOD_BEFORE.search(clause, 0, later.start()) else None
    same_year = _SAME_YEAR.search(clause) if year_word_in_clause else None
    if same_year is not None and _WRITTEN_THEN.match(clause, same_year.start()):
        same_year = None  # "当年的日记": the diary of back then (`_written_then`), not the same year
    counted_from = _counted_from_event(later, clause, ctx) if later else None
    if later is None and same_year is None:
        later = _trailing_later(text, m.end)  # "married at St Andrew's on 14 April two years later"
    if later is None and same_year is None:
        later = _year_later_opening_the_sentence_before(text, s, m.start, cues.later)
    if counted_from is not None:
        return counted_from[0], "inferred", counted_from[1] + _weekday_note(m, counted_from[0]), True
    if later and (around := _a_year_from_the_event(ctx, text, s, m, article_year)) is not None:
        # "A year after the opening, on 2 July": from the event the article commemorates, not the last date
        return around[0], "inferred", around[1] + _weekday_note(m, around[0]), True
    para_before = ctx.article.paragraphs[pidx - 1].text if pidx >= 1 else ""
    if later and prev is not None and prev.before is not None and _AFTER_EVENT.match(clause, later.end()):
        # "Diez años después de la apertura" after a step back ("La fábrica había cerrado dos años
        # antes, el 30 de junio"): counted from the event the account had reached, not the one looked back to.
        prev = prev.before
    if later and later.group("after") and "to the day" in later.group(0).lower():
        # "Fifty years to the day after the opening, on 10 October" of an opening on "Wednesday 10 October
        # 1928": from the day the article dates with its year, not from the date told last
        on_day = _to_the_day_after(ctx, m, later, article_year)
        if on_day is not None:
            return on_day[0], "inferred", on_day[1] + _weekday_note(m, on_day[0]), on_day[0] != article_year
    since = _earlier_year(prev, text, m.start, pidx, before=para_before) if later or same_year else None
    counted = next((g for g in _COUNT_GROUPS if later and later.group(g)), None)
    step = 0 if same_year else (number_of(later.group(counted)) or 1) if later and counted else 1
    if (
        later
        and step >= ANNIVERSARY_STEP
        and (that_day := _the_date_told_of(m, ctx)) is not None
        and (since is None or since[0] != that_day.year)
    ):
        # "… el jueves 8 de marzo de 1979, abrió … cuya hija nació el 2 de junio de 1974. ¶ El lunes 8 de marzo,
        # justo veinticinco años después": counted from the date of that very day, not from the aside's year
        since = (that_day.year, piece(Day(that_day.month, that_day.day, that_day.year)))
    if (later or same_year) and since is not None:
        cue = " ".join((same_year or later).group(0).split())  # type: ignore[union-attr]
        why = reason(_AFTER, phrase=cue, prev=since[1])
        year = since[0] + step
        origin = ctx.looked_back_to
        if step >= DECADE_STEP and origin is not None and origin[0] < since[0] <= origin[0] + CHRONICLE_START:
            # "Год спустя, 14 и 15 ноября … Десять лет спустя, 9 мая" in a chronicle of a choir
            # founded in 1969: a long step from its first year or two counts from the beginning the
            # piece looks back to (not "Ochenta años después" of a cinema opened in 1912)
            year = origin[0] + step
            why = reason(_AFTER, phrase=cue, prev=str(origin[0]))
        if (
            article_year is not None
            and year > article_year
            and _tells_past(tense := _tense_context(text, s, m))
            and not _FUTURE.search(tense)
        ):
            # "A year later, on 12 September, the centre hosted its first championships" after this
            # year's gala: told in the past, so a year after the event the article commemorates, written
            # before it (else the year last written before it that the step keeps in the past: "El 1 de julio de
            # 1966, Santana venció … El viernes 1 de julio, cincuenta años después, el club lo recordará …
            # ¶ … Un año después, el 16 de abril, … firmó el acta": 1967)
            written, written_after = _years_written_around(ctx, pidx, text, m)
            sole = [y for y in ctx.commemorated if y not in written_after] if len(ctx.commemorated) == 1 else []
            bases = [y for y in written if y in ctx.commemorated] or sole or written
            base = next((b for b in reversed(bases) if b + step <= article_year), None)
            if base is not None:
                year = base + step
                why = reason(_AFTER, phrase=cue, prev=str(base))
        if article_year is not None and year > article_year + 1 and step > 1:
            # "Four hundred years later to the day, on 20 September" after this year's fair: past
            # the present, so counted from the year the article states that many years before it.
            stated = {x.year for _, x in _article_mentions(ctx.article) if x.year is not None}
            stated |= {y for p in ctx.article.paragraphs for y in years_in(p.text)}
            if article_year - step in stated:
                year = article_year
                why = reason(_AFTER, phrase=cue, prev=str(article_year - step))
        if (newest := ctx.finder.newest_year) is not None and year > newest and step > 1:
            # "… a lease … on 31 December 1759 … He died on 23 January 1803 … On Thursday 31 December, two
            # hundred and fifty years later, …": past the newest year a document may be from, so counted from
            # the last year written before it that the step keeps within it (and whose weekday fits)
            written, _ = _years_written_around(ctx, pidx, text, m)
            within = [b for b in written if b + step <= newest and (m.weekday is None or _weekday_fits(m, b + step))]
            if within:
                year = within[-1] + step
                why = reason(_AFTER, phrase=cue, prev=str(within[-1]))
        return year, "inferred", why + _weekday_note(m, year), year != article_year
    # A plain year in the same sentence ("…September 1937, … after the July 7 … Incident"), unless it
    # dates an origin in a side clause ("the festival, first held in 1995, moves … on July 27").
    # Years inside an anniversary's subject date what it counts from, not this day.
    scopes = [(c.phrase.end, c.phrase.scope_end) for c in ctx.findings.counted if c.para == pidx + 1]
    free = _free_year_in_sentence(text, s, e, [*taken, *scopes], m.start)
    clause_now = _clause_of(text, s, e, m) if free is not None else ""
    if free is not None and (at := text.find(str(free), m.end, e)) >= 0:
        # (the words up to a year written after the day too: "… el domingo 16, a las cuatro de la tarde, los
        # veteranos jugarán un partido con las camisetas celestes de 1950": the verb comes after the day's commas)
        clause_now += " " + text[m.end : at]
    if (
        free is not None
        and article_year is not None
        and free < article_year - 1
        and (_PRESENT.search(clause_now) or _FUTURE.search(clause_now) or _APPEAL.search(clause_now))
    ):
        # "An exhibition of photographs from 2004 runs … from 18 to 30 August", "Los días 1 y 2 de
        # noviembre se proyectarán … las películas que rodó en 1971 …", "Readers with photographs of the great
        # snow of 1985 are asked to bring them … by the 7th": now
        free = None
    if free is not None and (article_year is None or free <= article_year):
        historical = article_year is None or free != article_year
        why = reason(N_("the year {year} is stated in the same sentence"), year=free)
        return free, "inferred", why + _weekday_note(m, free), historical
    counted_months = _months_later(text, s, m.start) if prev is not None and pidx - prev.para <= 1 else None
    if counted_months is not None and prev is not None and prev.year is not None:
        # "Fellmarket followed eighteen months later. … built into the wall … on 2 and 3 December"
        # after 27 June 1967: the month the count lands in, December 1968
        n, phrase = counted_months
        target = prev.year * 12 + prev.month - 1 + n
        year = min((target // 12 + k for k in (-1, 0, 1)), key=lambda y: abs(y * 12 + m.month - 1 - target))
        why = reason(N_("“{phrase}” after {prev}: {n} months on"), phrase=phrase, prev=prev.label, n=n)
        return year, "inferred", why + _weekday_note(m, year), year != article_year
    # "Seven days later, on July 14": continue from the previous date.
    conn = _connective(text, s, m.start, m.end) or _connective_opening_the_sentence_before(text, s, m.start)
    if conn is not None and any(conn.end() <= a and b <= m.start and years_in(text[a:b]) for a, b in taken):
        # ("to her sister three days afterwards, dated 28 July 1978: "We were told on the 24th …"": the
        # count dates the day between, which writes its own year, not this one)
        conn = None
    days_on = _connective_days(conn) if conn else None
    if conn is not None and (back := _counted_to_the_day_before(conn, prev, pidx, text, m)) is not None:
        return back[0], "inferred", back[1] + _weekday_note(m, back[0]), back[0] != article_year
    if conn is not None and (back := _counted_back_from_now(conn, text, m, ctx)) is not None:
        return back[0], "inferred", back[1] + _weekday_note(m, back[0]), back[0] != article_year
    if conn is not None and (stepped := _counted_from_the_day_since(conn, prev, text, m, e, ctx)) is not None:
        return stepped[0], "inferred", stepped[1] + _weekday_note(m, stepped[0]), stepped[0] != article_year
    if (
        days_on
        and prev is not None
        and prev.year is not None
        and prev.para == pidx
        and not _prev_is(prev, m, days_on)
        and valid_day(prev.month, prev.day, prev.year)
    ):
        # "… began running … on 10 January 1863, the day after a ceremonial trip … on 9 January": the
        # day the previous date is the day after, not a day after it
        day_before = datetime.date(prev.year, prev.month, prev.day) - datetime.timedelta(days=days_on)
        if (day_before.month, day_before.day) == (m.month, m.day) and prev.end > s:  # (told in the same sentence)
            why = reason(N_("“{phrase}”: {day} ± {n} days"), phrase=conn.group(0), day=prev.label, n=abs(days_on))  # type: ignore[union-attr]
            return day_before.year, "inferred", why + _weekday_note(m, day_before.year), day_before.year != article_year
    main = prev.before if prev is not None else None
    if days_on is not None and not _prev_is(prev, m, days_on) and main is not None and _prev_is(main, m, days_on):
        # "Las obras habían comenzado cuatro años antes, el 14 de junio. … al día siguiente de la
        # apertura, el 4 de marzo": the step counts from the account's day, not the one looked back to.
        assert main.year is not None  # (_prev_is says so)
        # (in the year the step lands in: "six days after" 28 December 1879 is 3 January 1880)
        landed = (datetime.date(main.year, main.month, main.day) + datetime.timedelta(days=days_on)).year
        why = reason(N_("“{phrase}” continues from {prev}"), phrase=conn.group(0), prev=main.label)  # type: ignore[union-attr]
        return landed, "inferred", why + _weekday_note(m, landed), landed != article_year
    if days_on is not None and not _prev_is(prev, m, days_on):
        # "on 13 May, the day after the strike was called off": not the previous date's day after,
        # but that of a day the article dates (the strike "ran from 4 to 12 May 1926").
        anchored = _anchor_year(ctx.article, m, days_on) or _told_day_before(ctx.told, m, days_on)
        if anchored is not None:
            year, label = anchored
            why = reason(N_("“{phrase}”: {day} ± {n} days"), phrase=conn.group(0), day=label, n=abs(days_on))  # type: ignore[union-attr]
            year, why = _on_to_the_birthday(ctx, text, conn.end(), year, year, why)  # type: ignore[union-attr]
            return year, "inferred", why + _weekday_note(m, year), year != article_year
        if prev is None or not prev.historical:
            # ("… on 6 July, the day after the opening stage" after "Issued 14 June": a day after
            # something else, which no date of the article names; the present's day says nothing of it)
            conn = None
    if days_on and prev is not None and (twin := _from_the_past_twin(ctx, prev, days_on, m, text, s)) is not None:
        why = reason(N_("“{phrase}” counts from {day}"), phrase=conn.group(0), day=twin[1])  # type: ignore[union-attr]
        return twin[0], "inferred", why + _weekday_note(m, twin[0]), twin[0] != article_year
    if (
        conn
        and not days_on
        and prev is not None
        and not prev.historical
        and (past_account := ctx.account) is not None
        and past_account.historical
        and past_account.year is not None
        and _tells_past(_tense_context(text, s, m))
    ):
        # ("On Thursday 18 October, fifty years to the day, our juniors will try … ¶ Our founder was in the
        # stand that day, having flown out on 9 October": that day is the account's, told in the past, not
        # the present's day still to come)
        prev = past_account
    # (further back than three paragraphs only when the count lands on the very day: "Two weeks
    # later, on 15 June" after "Saturday, 1 June 1901", past paragraphs that date nothing)
    if conn and prev is not None and prev.year is not None and pidx - prev.para <= CONNECTIVE_REACH:
        near = pidx - prev.para <= 3
        why = reason(N_("“{phrase}” continues from {prev}"), phrase=conn.group(0), prev=prev.label)
        if (counted_step := _counted_step(conn)) is not None:
            days, sign = counted_step
            if valid_day(prev.month, prev.day, prev.year):
                expect = datetime.date(prev.year, prev.month, prev.day) + datetime.timedelta(days=sign * days)
                if (expect.month, expect.day) == (m.month, m.day):
                    template = N_(" ({day} + {n} days)") if sign > 0 else N_(" ({day} − {n} days)")
                    why = why + reason(template, day=Day(prev.month, prev.day), n=days)
                    year, why = _on_to_the_birthday(ctx, text, conn.end(), prev.year, expect.year, why)
                    return year, "inferred", why, year != article_year
                counted_back = datetime.date(prev.year, prev.month, prev.day) - datetime.timedelta(days=sign * days)
                if (counted_back.month, counted_back.day) == (m.month, m.day):
                    # "on Tuesday 16 April, a day after the liner went down in the early hours of the
                    # 15th": the date before is the one the count runs from
                    template = N_(" ({day} − {n} days)") if sign > 0 else N_(" ({day} + {n} days)")
                    why = why + reason(template, day=Day(prev.month, prev.day), n=days)
                    return counted_back.year, "inferred", why, counted_back.year != article_year
                if days <= SHORT_STEP_DAYS and (closest := _nearest_year(m, (expect, counted_back))) is not None:
                    # "reopened yesterday, four days after Storm Ciara tore away part of its railing on
                    # 9 February" (of Friday 14 February): a count of days lands near the date before,
                    # whichever way it runs, in the year that puts it there (never a year on)
                    return closest, "inferred", why + _weekday_note(m, closest), closest != article_year
                if (
                    not any(conn.end() <= a and b <= m.start for a, b in taken)  # (the count's own date)
                    and (other := _counted_from_a_day_told(ctx, m, sign * days, text, s, prev)) is not None
                ):
                    why = reason(N_("“{phrase}” counts from {day}"), phrase=conn.group(0), day=other[1])
                    return other[0], "inferred", why + _weekday_note(m, other[0]), other[0] != article_year
        if near:
            # "a few months later, on 14 May": the same year, or the next when the day comes round first.
            later_day = (m.month, m.day) < (prev.month, prev.day) and _LATER.search(conn.group(0))
            year = prev.year + (1 if later_day else 0)
            return year, "inferred", why + _weekday_note(m, year), year != article_year
    counted_season = _season_counted(ctx, pidx, m) if article_year is not None else None
    if (
        counted_season is not None
        and not _PRESENT.search(_unquoted_context(text, s, m.start, m.end))
        and not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))
        and not _has_year_word(text[s:e])
    ):
        # "It is forty years since the long, hot summer of 1976. … The heat began on 23 June":
        # a day of the season the anniversary counts from, in a sentence with no cue of now.
        why = reason(N_("a day of {season}, which the anniversary counts from"), season=counted_season[1])
        return counted_season[0], "inferred", why + _weekday_note(m, counted_season[0]), True
    then = _written_then(ctx, pidx, text, m, prev, article_year)
    if then is not None:
        return then[0], "inferred", then[1] + _weekday_note(m, then[0]), True
    born = _born_by_age(ctx, m, text, s, article_year)
    if born is not None:
        return born[0], "inferred", born[1] + _weekday_note(m, born[0]), True
    nth_birthday = _nth_birthday(ctx, m, text, s, article_year)
    if nth_birthday is not None:
        return nth_birthday[0], "inferred", nth_birthday[1] + _weekday_note(m, nth_birthday[0]), True
    in_year = _in_anniversary_year(ctx, m, text)
    if in_year is not None and (article_year is None or in_year[0] < article_year):
        why = reason(N_("in the year of “{phrase}”: {why}"), phrase=in_year[1], why=in_year[2])
        return in_year[0], "inferred", why + _weekday_note(m, in_year[0]), True
    event = _in_counted_subject(ctx, pidx, m, text)
    if event is not None and (article_year is None or event[0] < article_year):
        # "It is ten years this month since the old sluice gate … gave way on the night of 7 September":
        # the day of the event counted from, in its year
        why = reason(N_("the day “{phrase}” counts from: {why}"), phrase=event[1], why=event[2])
        return event[0], "inferred", why + _weekday_note(m, event[0]), True
    held = _held_for(ctx, pidx, m, text)
    if (
        held is not None
        and prev is not None
        and prev.year is not None
        and pidx - prev.para <= 1
        and (after_that := _AFTER_THAT.search(text, s, m.start)) is not None
        and (step := number_of(after_that.group("n")))
    ):
        # "Fifty years to the day after the opening, on 10 October, …" / "Thirty years after that, on
        # Friday 10 October, …": "that" is the occasion just told (1978), not the day the count's base
        # dates (1928)
        year = prev.year + step
        why = reason(_AFTER, phrase=" ".join(after_that.group(0).split()), prev=prev.label)
        return year, "inferred", why + _weekday_note(m, year), year != article_year
    if held is not None and (article_year is None or held[0] < article_year):
        # "the Maltings Fair on 2 and 3 May, held for the museum's twenty-fifth birthday": the day of
        # that earlier anniversary (the museum opened in 1984: 2009).
        why = reason(N_("held for “{phrase}”: {why}"), phrase=held[1], why=held[2])
        return held[0], "inferred", why + _weekday_note(m, held[0]), True
    run_up = _dated_later_in_sentence(m, text, s, e)
    if (
        run_up is not None
        and (article_year is None or run_up.year != article_year)
        and not (pidx <= 1 and place_dateline(text, m.start, m.end))  # ("LEIGHCOMBE, 6 December — … 1864": now)
    ):
        # "she reached the site on 4 October, checked the wires on the 6th and 7th, and was on the
        # barge when the hull broke the surface on Monday 11 October 1982": days told in order up
        # to a dated one are of its year.
        assert run_up.year is not None
        why = reason(
            N_("told in the same sentence as {day}, a few days on: the same year"),
            day=Day(run_up.month, run_up.day, run_up.year),
        )
        return run_up.year, "inferred", why + _weekday_note(m, run_up.year), True
    told = _year_told_before(text, s)
    if told is None and s == 0 and pidx >= 1 and _THAT_DAY_OPENS.match(text):
        # "1971年秋天，她…改用乙醚低温提取。" / next paragraph: "那一天是10月4日，…": the day the paragraph
        # before told of
        told = _year_told_before(ctx.article.paragraphs[pidx - 1].text, len(ctx.article.paragraphs[pidx - 1].text))
    record_dated = _RECORD_DATED.search(text, max(s, m.start - 24), m.start) is not None
    if (
        told is None
        and pidx >= 1
        and (
            (record_dated and _LETTER_BEFORE.search(text, s, m.start))
            # ("… went north in the spring of 1869 …" / "His letters home survive in the town museum. On 6
            # June he wrote that …": what the records of that time tell, in the past)
            or (
                _RECORD_NOUN_RX.search(text, 0, m.start)
                and _tells_past(_tense_context(text, s, m))
                and (prev is None or prev.para != pidx)
            )
        )
    ):
        # "Darwin spent two nights at the Swan … in 1842" / "His letter about the visit … is dated 21
        # June": the record the paragraph before tells of, dated in that year (a past one: not a
        # dateline's "SEAHAM BAY, Saturday 10 June 2017 —")
        told_then = _year_told_before(ctx.article.paragraphs[pidx - 1].text, len(ctx.article.paragraphs[pidx - 1].text))
        told = (
            told_then if told_then is not None and article_year is not None and told_then < article_year - 1 else None
        )
    if told is None and s == 0 and pidx >= 1 and (quoted := _quotation_told_before(text, m, ctx.article, pidx)):
        # "Her notebooks record the great freeze of 1963 in a few dry words." / ""26 December: snow
        # began at dusk," she wrote.": a quotation in the past tense after a paragraph that tells one
        # year is of that year (a winter's December of the year before, when the winter runs on)
        told = quoted
    if (
        (told is None or not _OPENS_QUOTED.match(text))  # (a year the paragraph before tells wins: see above)
        and prev is not None
        and prev.historical
        and prev.year is not None
        and pidx - prev.para <= QUOTED_ACCOUNT_REACH
        and (wrote := _written_back_then(text, s, m.start)) is not None
    ):
        # "10 июля 1960 года …" / "«6-го наши разгромили чехов …, — записал он тогда»": a quotation its
        # writer wrote back then is of the account's year
        why = reason(
            N_("a quotation written back then (“{phrase}”): the year of {prev}"), phrase=wrote.group(0), prev=prev.label
        )
        return prev.year, "inferred", why + _weekday_note(m, prev.year), True
    if (
        told is None
        and article_year is not None
        and (kept := _record_introduced_with_year(text, m.start)) is not None
        and kept[1] < article_year - 1
    ):
        # "Our club was founded in 1921, and the first minute book records its first match: "Played the
        # Vicarage on the 24th of September"": a record kept back then, introduced with its year
        why = reason(
            N_("a record kept back then (“{phrase}”), introduced with the year {year}"),
            phrase=kept[0].group(0).strip(),
            year=kept[1],
        )
        return kept[1], "inferred", why + _weekday_note(m, kept[1]), True
    if told is None and s == 0 and (intro := _entries_introduced(ctx.article, pidx)) is not None:
        # "In the hard winter of 1962–63 she wrote:" / "27 Dec. Snow all night …" / "4 Jan. …": the
        # entries a paragraph ending on a colon introduces are of the year it tells (of a span's
        # second year, January on)
        told = _year_told_before(intro, len(intro))
        if (
            told is not None
            and m.month <= SPAN_SECOND_HALF
            and re.search(rf"\b{told}\s*[–/-]\s*(?:{told + 1}|{(told + 1) % 100:02d})\b", intro)
        ):
            told += 1
    # (a record's own date is of the account's time whatever the sentence says of now: "now in the
    # borough archive, is dated 21 June")
    if (
        told is not None
        and article_year is not None
        and told < article_year - 1
        and (prev is None or prev.para != pidx)  # a dated account in this paragraph has its own rules
        and (
            record_dated
            or (
                not _PRESENT.search(_unquoted_context(text, s, m.start, m.end))
                and not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))
            )
        )
    ):
        # "The 1953 expedition … had already come close. On 26 May Bourdillon and Evans reached
        # the South Summit": the sentence before set the account's year.
        why = reason(N_("the sentence before tells of {year}: the account goes on"), year=told)
        if (commemorated := _commemorated_day_year(ctx, m)) is not None and 0 < commemorated - told <= ACCOUNT_LEADS_UP:
            # "1986年他被借调到北京 … 他的工作笔记 … 写着：“10月16日，对撞成功！”" of a first collision on
            # 1988年10月16日: an account that began a little before the commemorated event reaches its day
            why = reason(
                N_("the account of {year} reaches the day the article commemorates, {day}"),
                year=told,
                day=Day(m.month, m.day, commemorated),
            )
            told = commemorated
        return told, "inferred", why + _weekday_note(m, told), True
    clause_of = _clause_of(text, s, e, m) if prev is not None and prev.historical else ""
    pluperfect = _PLUPERFECT.search(clause_of) if clause_of else None
    if pluperfect is not None and _REPORTED.search(clause_of, 0, pluperfect.start()):
        pluperfect = None  # "the secretary said the committee had walked the field on 2 September": the news's past
    if (
        pluperfect is not None
        and prev is not None
        and prev.year is not None
        and pidx - prev.para <= PLUPERFECT_REACH
        and not _PRESENT.search(_unquoted_context(text, s, m.start, m.end))
    ):
        why = reason(
            N_("“{phrase}”: looking back within the account of {year}"), phrase=pluperfect.group(0), year=prev.year
        )
        return prev.year, "inferred", why + _weekday_note(m, prev.year), True
    moved = _year_moved_on(prev, text, m, pidx, taken)
    if (
        moved is not None
        and (article_year is None or moved < article_year - 1)
        and not _PRESENT.search(_unquoted_context(text, s, m.start, m.end))
        and not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))
    ):
        # "Он родился 3 марта 1939 года, а в метро пришёл в 1961-м … 1 августа": the account has
        # moved on to the year it last stated.
        why = reason(N_("the account has moved on to {year} (after {prev})"), year=moved, prev=prev.label)  # type: ignore[union-attr]
        return moved, "inferred", why + _weekday_note(m, moved), True
    if (
        _flashback(
            prev,
            m,
            pidx,
            article_year,
            _tells_past(_tense_context(text, s, m)),
            ctx.commemorated,
            _MONTHS_BEFORE.search(text, 0, m.start) is not None,
            dated_record := (prev is not None and pidx == prev.para)
            and _DATED.search(text, max(0, m.start - 16), m.start) is not None,
        )
        and not _counts_years(text, s)
        and not _ANNIVERSARY_WORD.search(text[s:e])
        and not _BIRTHDAY.search(text[s:e])  # "… and the depot marks its 110th birthday on 2 August": the present
        and not _own_death(ctx, pidx, text, s, m)  # her own death: the present
        and (m.month, m.day) not in anniversary_days
        and (dated_record or not _PRESENT.search(_unquoted_context(text, s, m.start, m.end)))
        and not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))
        and not _timetable(_tense_context(text, s, m))  # "Выставка открыта до 18 марта": now
        and not _programme_entry(text, m)
    ):
        assert prev is not None and prev.year is not None  # (_flashback says so)
        gap = (datetime.date(2000, prev.month, prev.day) - datetime.date(2000, m.month, m.day)).days  # (a leap year)
        why = reason(
            N_("the account of {year} steps back a few days (previous date: {prev})")
            if gap <= FLASHBACK_DAYS
            else N_("the account of {year} steps back some months (previous date: {prev})"),
            year=prev.year,
            prev=prev.label,
        )
        return prev.year, "inferred", why + _weekday_note(m, prev.year), True
    if (last_birthday := _last_birthday(ctx, text, s, m)) is not None:
        return last_birthday[0], "inferred", last_birthday[1] + _weekday_note(m, last_birthday[0]), False
    if (quoted := _quoted_in_dated_words(prev, m, pidx, text, s, ctx.letter_lead)) is not None:
        # "In a letter to her sister dated 4 June 1956 she wrote: "We sail on the 12th and should reach
        # Fremantle by 18 July"": the quotation's days are its writer's, after the day it was written
        return quoted, "inferred", reason(_NARRATIVE, year=quoted, prev=prev.label) + _weekday_note(m, quoted), True  # type: ignore[union-attr]
    if _inside_the_range_told(prev, m, pidx, text, s):
        # "… del 13 al 30 de julio de 1930. El día 18, cuando se inauguró el Estadio …": a day of the
        # span the account has just told
        assert prev is not None and prev.year is not None
        why = reason(_NARRATIVE, year=prev.year, prev=prev.label)
        return prev.year, "inferred", why + _weekday_note(m, prev.year), prev.historical
    # (after an aside told in the pluperfect, from the account's day before it: "… recibió un ejemplar
    # impreso el 28 de agosto" after "se habían reunido … el 24 de septiembre de 1810" of an account of 1812)
    if (
        prev is not None
        and prev.before is not None
        and prev.before.historical
        and prev.before.year is not None
        and prev.year is not None
        and prev.before.year > prev.year
        and (prev.month, prev.day) > (m.month, m.day) >= (prev.before.month, prev.before.day)
    ):
        prev = prev.before
    # (past the present's day that keeps the account's, back to the account, told in the past a paragraph
    # on: "… on Friday 5 January 1951, thirty riders left Bogotá. Tomorrow, Friday 5 January, marks fifty
    # years since that start. ¶ The race went to Forero, who reached Manizales on 7 January")
    if (
        prev is not None
        and (the_account := ctx.account) is not None
        and the_account.year is not None
        and article_year is not None
        # (or next year's, the anniversary still to come: "On Tuesday 5 January, fifty years to the day, …" of 11
        # December 2020)
        and prev.year in (article_year, article_year + 1)
        and article_year > the_account.year
        and (prev.month, prev.day) == (the_account.month, the_account.day)
        and pidx > prev.para
        and (
            _tells_past(_tense_context(text, s, m))
            # (or a quoted entry of the account's, its weekday its year's: ""Sunday the 3rd. Still raining."")
            or (inside_quotes(text[: m.start]) and m.weekday is not None and _weekday_fits(m, the_account.year))
        )
        # (not a programme's line with its clock time: "… an evening of recorded memories, 20 March, 7.30 pm")
        and not _A_CLOCK_TIME.search(text, s, e)
    ):
        prev = the_account
    # A historical account that goes on: the previous date set a past year, this one follows it —
    # but not onto the anniversary day itself, where the article's present speaks again.
    if (
        prev is not None
        and prev.historical
        and prev.year is not None
        and (article_year is None or prev.year < article_year)  # an account of the past, not a programme's new year
        and pidx - prev.para <= 2
        # (or a range over the account's last day: "fragment W arrived on the 22nd. I sketched the
        # spots from the 17th to the 24th")
        and (
            (m.month, m.day) >= (prev.month, prev.day)
            or (m.month == m.end_month == prev.month and m.day <= prev.day <= m.end_day <= m.day + SHORT_RANGE_DAYS)
        )
        and not (_counts_years(text, s) and _counts_to_now(text, s, ctx, pidx, prev.year, article_year))
        # (the anniversary day too when the account names it in the sentence it is telling: "12月2日…发射
        # 升空；12月6日…进入环月轨道；14日晚在虹湾着陆")
        and (
            ((m.month, m.day) not in anniversary_days and (m.end_month, m.end_day) not in anniversary_days)
            or (prev.para == pidx and (s <= prev.end or _retells(text, m.start)))
            # ("Había empezado a llover … el 19 de octubre. … a media tarde del día 20 el embalse ya
            # rebosaba": the account, told in the past, reaches the day kept now)
            or (prev.para == pidx and _tells_past(_tense_context(text, s, m)))
            # (or a day a few days on in the paragraph after, no blank line between, told in the past: "…
            # followed on that evening. ¶ Sunday was the rest day. Keith's father had tickets for the
            # Monday only, the 20th"; not the account's own day, which an anniversary keeps now)
            or (
                pidx - prev.para == 1
                and _runs_on_from(ctx.article, pidx)
                and (_days_on(prev, m) or 0) > 0
                and _tells_past(_tense_context(text, s, m))
            )
            # (or a record its writer wrote back then: "Aquel domingo, el maestro … anotó: «Día 9. Mucho
            # frío …»" after "inaugurado el 9 de febrero de 1851")
            or _quoted_then(ctx.article, pidx, text, m.start)
            # (or the next entry of a diary quoted line by line: «20-го — холод всё крепче … ¶ 21-го — минус
            # 89,2!»)
            or _next_entry(prev, m, pidx, text)
            # (or the next day, opening a quotation a paragraph on: "“9月24日星期五是练习赛……25日排位赛……”" /
            # "他说：“26日比赛结束……”")
            or _quoted_next_day(prev, m, pidx, text)
        )
        and (
            (record_goes_on := _quoted_record_goes_on(prev, ctx.article, pidx) or _reprinted(prev, ctx.article, pidx))
            or not (
                _PRESENT.search(_unquoted_context(text, s, m.start, m.end))
                and not _quoted_then(ctx.article, pidx, text, m.start)
            )
        )
        and not (article_year is not None and _present_anniversary(text, s, e, ctx, pidx, prev.year, article_year))
        # ("Miles de voluntarios llegaron … durante aquel invierno. El 1 de diciembre …": back in the
        # account after an aside about now)
        and (
            not _back_to_present(ctx.article, prev, pidx, s)
            or (_THAT_TIME.search(text, 0, m.start) is not None and not _PRESENT.search(text, 0, m.start))
        )
        and not _near_the_news(m, ctx)
        and (
            record_goes_on
            or not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))
            # (a letter's future, quoted: «Dicen que se lo llevan a Sevilla el día 6 y que después vendrán …»)
            or _quoted_then(ctx.article, pidx, text, m.start)
        )
        # "Head teacher Ann Moss said the capsule would go back into the ground … on 24 June": a plan
        # reported now, not the account's
        and not _REPORTED_PLAN.search(text, s, m.start)
        # "Anyone with photographs … is asked to bring them to the bar before 31 May": an appeal made now
        # (not "Local people who watched them … on the 16th and 17th are asked to share their photographs")
        and not _APPEAL.search(text, s, m.start)
        # "The wood is closed to vehicles until 31 October" (not a record of then: "We start pumping her
        # out on the 27th," he wrote)
        and not (_timetable(_tense_context(text, s, m)) and not _quoted_then(ctx.article, pidx, text, m.start))
        and not _LISTING.match(text, s, m.start)  # "Tree-planting afternoon: 23 November": a programme's line
        and not _table_row(text, m)  # "2 to 17 December   Santa Specials": a timetable's row
        and not _LIST_ITEM.match(text)  # "1. Overnight closures … on the nights of 14, 15 and 16 December": a notice's
        and not _programme_day(ctx.article, pidx, text, m)  # "Saturday 26 December" / "12 noon  Boxing Day play"
        and not _programme_entry(text, m)  # "Saturday 16 November, 7.30pm: opening night of …"
        # "Schools may book free visits on 8 September" (a quotation's "if Alf can get the van" is its own time)
        and not (_MAY_NOW.search(_tense_context(text, s, m)) and not inside_quotes(text[: m.start]))
        and not _own_death(ctx, pidx, text, s, m)
    ):
        why = reason(_NARRATIVE, year=prev.year, prev=prev.label)
        return prev.year, "inferred", why + _weekday_note(m, prev.year), True
    if _last_years_account_goes_on(prev, m, pidx, text, s, article_year, anniversary_days):
        # "Last year, on 14 February, I flew to Kilimanjaro … we started up on Sunday the 17th. ¶ By the 21st
        # I was at Barafu camp": last year's account, told in the past, goes on a few days later
        assert prev is not None and prev.year is not None
        why = reason(_NARRATIVE, year=prev.year, prev=prev.label)
        return prev.year, "inferred", why + _weekday_note(m, prev.year), False
    if article_year is not None and (turned := _after_a_season(ctx, pidx, text, s, m, article_year)) is not None:
        return turned[0], "inferred", turned[1] + _weekday_note(m, turned[0]), True
    if (that := _that_month(ctx, text, s, m, article_year)) is not None:
        return that[0], "inferred", that[1] + _weekday_note(m, that[0]), True
    if _that_time_of(prev, article_year, pidx, text, m):
        # "… on May 18, 1980. // The gallery follows that spring day by day. On March 20 …": an earlier
        # day of the account's year, which the paragraph points back to
        assert prev is not None and prev.year is not None
        why = reason(_NARRATIVE, year=prev.year, prev=prev.label)
        return prev.year, "inferred", why + _weekday_note(m, prev.year), True
    if (
        prev is not None
        and prev.historical
        and prev.year is not None
        # (or the paragraph after, back in the year the article commemorates: "… начали ещё осенью, 20
        # октября 1954 года … ¶ Первые соревнования прошли 6 и 7 марта" of the base 12 февраля 1955)
        and (
            pidx == prev.para
            or (
                pidx == prev.para + 1
                and ctx.commemorated == {prev.year + 1}
                and _tells_past(_tense_context(text, s, m))
            )
            # (or a paragraph or two on, a few days past the new year the account has just reached:
            # «Día 31. He bajado … al andén» ¶ "El 2 de enero volvió al trabajo")
            or (
                pidx - prev.para <= 2
                and _days_into_next_year(prev, m) <= NEW_YEAR_STEP_DAYS
                and _tells_past(_tense_context(text, s, m))
            )
        )
        and (m.end_month, m.end_day) < (prev.month, prev.day)  # (a range over the last day is its year's)
        and (article_year is None or prev.year + 1 < article_year)
        and not _counts_years(text, s)
        and not _PRESENT.search(text[s:e])
        and not _LOOKS_BACK.search(text[s:e])
        and not _told_as_news(prev, text)
        and not _FUTURE.search(_unquoted_context(text, s, m.start, m.end))
        and not (article_year is not None and _ANNIVERSARY_WORD.search(text[s:e]))
        and not _own_death(ctx, pidx, text, s, m)  # "Born 4 May 1920, Seaholm; died 2 February"
    ):
        if pidx == prev.para and (that_year := _THAT_YEAR.search(text, prev.end, m.start)) is not None:
            # "Ровно пятьдесят лет назад, 28 декабря, … вела в том году дневник, и в ноябрьских записях
            # …: «19-го — первая общая репетиция»": that year's, not the next
            phrase = " ".join(that_year.group(0).split())
            why = reason(N_("“{phrase}”: the year of {prev}"), phrase=phrase, prev=prev.label)
            return prev.year, "inferred", why + _weekday_note(m, prev.year), True
        # "… landed at Paracas on 8 September 1820. On 15 July the council signed …": an account
        # told in order reaches a day that comes round again only in the next year — or, in a piece
        # whose lead looks back to a later year ("Fifteen years ago tonight" of 2012: 1997), that year.
        if s <= prev.end and _EARLIER_IN_SENTENCE.search(text, prev.end, m.start):
            # "… found Pluto on 18 February 1930, blinking between two plates taken on 23 and 29
            # January": what the sentence goes back to, in its year
            why = reason(_NARRATIVE, year=prev.year, prev=prev.label)
            return prev.year, "inferred", why + _weekday_note(m, prev.year), True
        year = prev.year + 1
        focus = _lead_ago_year(ctx)
        if focus is not None and year < focus and (m.weekday is None or _weekday_fits(m, focus)):
            year = focus
        why = reason(N_("narrative context: the account goes on past {prev} into {year}"), prev=prev.label, year=year)
        return year, "inferred", why + _weekday_note(m, year), True
    if (
        article_year is not None
        and m.year is None
        and (around := _around_the_event(ctx, text, s, m, article_year)) is not None
    ):
        return around[0], "inferred", around[1] + _weekday_note(m, around[0]), True
    if article_year is not None and (retold := _retold_base(ctx, m, text, s, e, prev, pidx)) is not None:
        return retold[0], "inferred", retold[1] + _weekday_note(m, retold[0]), True
    if article_year is not None and (past_today := _told_after_today(ctx, m, text, s, e)) is not None:
        return past_today[0], "inferred", past_today[1] + _weekday_note(m, past_today[0]), True
    if article_year is not None:
        if (
            prev is not None
            and prev.para == pidx
            and prev.year == article_year
            and s <= prev.end <= m.start
            and prev.month >= 11
            and m.month <= 2
        ):
            # "… on 29 and 30 December and 3 and 4 January": a list in order runs into the new year.
            year = article_year + 1
            why = reason(N_("after {prev} in the same sentence, the list runs into {year}"), prev=prev.label, year=year)
            return year, "inferred", why + "; " + time.why + _weekday_note(m, year), False
        if (
            prev is not None
            and prev.para == pidx
            and prev.year == article_year + 1
            and s <= prev.end <= m.start
            and (m.month, m.day) > (prev.month, prev.day)
            # (a day this year has had: the present's own would be past; not told as past, "Work began on 3 June
            # and was due to finish by 20 September")
            and ctx.present_day is not None
            and (m.month, m.day) < ctx.present_day
            and not _reads_past(_THE_LAST.sub(" ", _tense_context(text, s, m)))  # ("the last lesson" tells no past)
        ):
            # "Swimming restarts on Monday 12 January [next year's] and runs for eight weeks, the last lesson
            # being on the 2nd of March": a later day of the sentence, in the year of the day before it
            year = article_year + 1
            why = reason(N_("after {prev} in the same sentence, in its year"), prev=prev.label)
            return year, "inferred", why + "; " + time.why + _weekday_note(m, year), False
        if _next_item_in_new_year(prev, m, pidx, article_year, ctx.article):
            # "- 27 to 29 December: the steam gala" / "- 1 January: subscriptions fall due"
            year = article_year + 1
            why = reason(N_("after {prev} in the item before, the list runs into {year}"), prev=prev.label, year=year)  # type: ignore[union-attr]
            return year, "inferred", why + "; " + time.why + _weekday_note(m, year), False
        if _list_stays_in_new_year(prev, m, text, pidx, article_year, ctx.present_day):
            year = article_year + 1
            why = reason(N_("after {prev} in the list, the list stays in {year}"), prev=prev.label, year=year)  # type: ignore[union-attr]
            return year, "inferred", why + "; " + time.why + _weekday_note(m, year), False
        year, tense = _by_tense(
            m, _unquoted_context(text, s, m.start, m.end), article_year, ctx.present_day, _tense_context(text, s, m)
        )
        return year, "inferred", tense + time.why + _weekday_note(m, year), False
    return None, "unknown", time.why + "; " + _LEFT_OPEN, False


RETOLD_PARAGRAPHS = 3  # the account a piece that looks back opens with: its first paragraphs after the lead


def _lead_ago(ctx: _Context) -> tuple[int, str, int] | None:
    """(year, why, paragraph: 0 the title) the title or lead looks back to by "N years ago" from the
    article's present."""
    year = ctx.time.year
    if year is None:
        return None
    for i, text in enumerate([ctx.article.title, *(p.text for p in _lead_paragraphs(ctx.article))]):
        if (ago := ago_phrase(text)) is not None:
            why = reason(N_("“{phrase}” of {year}: {year} − {n}"), phrase=ago[1], year=year, n=ago[0])
            return year - ago[0], why, i
    return None


def _lead_ago_year(ctx: _Context) -> int | None:
    """The year the title or lead looks back to ("Fifteen years ago tonight" in a post of 2012: 1997)."""
    year = ctx.time.year
    if year is None:
        return None
    lead = " ".join([ctx.article.title, *(p.text for p in ctx.article.paragraphs[:2])])
    ago = ago_phrase(lead)
    return year - ago[0] if ago is not None else None


# What a commemoration does, told in the past like the event it recalls.
_COMMEMORATED = re.compile(
    r"\b(?:gathered|commemorated|celebrated|marked|remembered|unveiled|laid\s+(?:a\s+)?wreaths?|paid\s+tribute"
    r"|se\s+reunieron|conmemor\w+|recordaron|homenaje\w*)\b",
    re.IGNORECASE,
)


RUN_UP_DAYS = 62  # how far on a dated day may end an account told in one sentence


def _dated_later_in_sentence(m: Mention, text: str, s: int, e: int) -> Mention | None:
    """A dated day after `m` in its sentence, up to RUN_UP_DAYS on in the same year, in a sentence
    told in the past (none of now or to come)."""
    later = [x for x in find_mentions(text) if m.end <= x.start < e and x.year is not None]
    if not later or m.year is not None:
        return None
    x = later[0]
    assert x.year is not None
    if not valid_day(m.month, m.day, x.year):
        return None
    gap = (datetime.date(x.year, x.month, x.day) - datetime.date(x.year, m.month, m.day)).days
    if not 0 < gap <= RUN_UP_DAYS:
        return None
    said = _unquoted_context(text, s, m.start, m.end)
    if not _tells_past(text[s:e]) or _PRESENT.search(said) or _FUTURE.search(said):
        return None
    if _ANNIVERSARY_WORD.search(text, s, e) or _COMMEMORATED.search(text, s, e):
        return None  # "Wreaths were laid on 10 November for the 100th anniversary of … 11 November 1918"
    return x


def _retold_base(
    ctx: _Context, m: Mention, text: str, s: int, e: int, prev: _Prev | None, pidx: int
) -> tuple[int, str] | None:
    """(year, why) for a day an anniversary piece tells in the past tense with no year and no cue of
    now ("Thirty years ago this week, the Marigold was driven onto the reef … The gale had been
    blowing since the evening of 10 January"): the year the piece counts from, which it retells."""
    # (counted after the lead, which short heading lines may push down: see `_lead_paragraphs`)
    if pidx > RETOLD_PARAGRAPHS + len(_lead_paragraphs(ctx.article)) - 2 and not _retells(text, m.start):
        return None  # (the account comes first, right after the lead, or where a paragraph sets out to tell it)
    year = ctx.time.year
    base = ctx.looked_back_to
    if base is None and (ago := ctx.lead_ago) is not None and ago[2] <= pidx + 1:
        base = ago[0], ago[1]  # (a lead's "Forty years ago this weekend", told before the day)
    if year is None or base is None or base[0] > year - 2:
        return None
    if pidx <= 2 and (place_dateline(text, m.start, m.end) or dating_line(text, m)):
        return None  # ("BOULDER CITY, Sept. 30 — Seventy-five years ago this morning …": the dateline is now)
    # (an aside into another past that the day cannot go on from: "Первый московский троллейбус вышел
    # … 15 ноября 1933 года" / "Пробный рейс прошёл 24 октября" of the trolleybus's own 1969)
    aside = prev is not None and prev.year not in (None, base[0]) and (m.month, m.day) < (prev.month, prev.day)
    # (an account under way goes on by its own rules, into the next year too; unless the paragraph
    # sets out to retell the beginning: "Conviene recordarlo bien … El 16 de junio …")
    account = prev is not None and prev.historical and not aside
    if (
        account
        and prev is not None
        and prev.year != base[0]
        and not _sets_out_to_retell(ctx.article, text, pidx, m.start)
    ):
        # (unless the paragraph sets out to retell: "Водитель первого рейса вспоминает: «Я села за
        # руль 7 ноября …»")
        return None
    if not ctx.looks_back and (
        base[0] not in ctx.lead_years
        or ((m.month, m.day) in ctx.lead_days(base[0]) and not _sets_out_to_retell(ctx.article, text, pidx, m.start))
    ):
        # (or the lead itself dates what is counted from: "El 11 de julio de 2010 … ganó su primer
        # Mundial. Este mes se cumple el décimo aniversario de aquella noche"; not on that very
        # day, which the celebration keeps: "Los actos centrales comenzaron el 20 de julio" — unless
        # the paragraph sets out to retell: "Как это было. Ранним утром 18 июня … самолёт ушёл")
        return None
    if ctx.obituary and DIED.search(_tense_context(text, s, m)):
        return None  # (the death an obituary tells is its present)
    # (the tests above return alike whatever it is: asked only now)
    retelling = _sets_out_to_retell(ctx.article, text, pidx, m.start)
    if account and not retelling:
        return None
    # (a head date alone on its line dates the page, not its account; a dateline that opens the news
    # lead is the present speaking: "PORTHALLOW, Monday, 17 January — Divers brought …")
    own = ctx.own_days
    if not retelling and any(d.year == year and (d.month, d.day) not in own for d in ctx.told):
        # once the present has spoken, it is the present's (unless the paragraph sets out to retell
        # the beginning: "рассказала ребятам, как всё начиналось")
        return None
    if _ANNIVERSARY_WORD.search(text[s:e]) or _COMMEMORATED.search(text, s, e) or _counts_years_to(text, s, m):
        # "К 100-летию события наш кружок провёл выставку …", "Members gathered at the site on 8
        # April", "Fifty years after they matriculated … came back on Saturday 15 September": the
        # celebration is now
        return None
    said = _unquoted_context(text, s, m.start, m.end)
    # (a retelling sets its own tense: Chinese marks none, "他回忆说，5月7日凌晨，场部接到命令")
    if not (retelling or _tells_past(_tense_context(text, s, m))) or _PRESENT.search(said) or _FUTURE.search(said):
        return None
    if m.weekday is not None and not _weekday_fits(m, base[0]):
        return None
    if not _tells_of_the_counted(ctx, base[0], text, m.start):
        return None
    why = reason(N_("told in the past in a piece that looks back to {year}: {why}"), year=base[0], why=base[1])
    return base[0], why


def _sets_out_to_retell(article: Article, text: str, pidx: int, at: int) -> bool:
    """Whether paragraph `pidx` (`text`) sets out to retell before `at`, or the paragraph before it
    does, dating nothing itself ("今年七十一岁的陈国栋，当年是县体育馆的电工，被抽调到北京…。" / "开幕前五天，
    即9月17日，他随县里的车队抵达北京")."""
    before = article.paragraphs[pidx - 1].text if 1 <= pidx <= len(article.paragraphs) else ""
    if _retells(text, at) or _RECALLED_QUOTE.match(text, at):
        return True
    if not before:
        return False
    # (dating nothing after its cue: "Amy Johnson left Croydon on 5 May 1930 … We print part of them here.")
    last = max((m.end for m in find_mentions(before)), default=0)
    return _RETELLING.search(before, last) is not None and _may_hold(_RETELLING_WORDS, before, last)


def _tells_of_the_counted(ctx: _Context, base: int, text: str, at: int) -> bool:
    """Whether the paragraph names what an anniversary "to the day" counted from `base` is of, when
    one did ("forty years to the day after the trawler Gannet Star was lost" / "The trawler had sailed
    on the evening of 12 January"). Such a piece's present falls on the event's own day, so the days
    around it may be either year's: an account of the event names it; a paragraph on the salvage
    team's dives ("found the bell on 23 May") tells of now."""
    counted = [c for c in ctx.findings.counted if c.base.year == base and _to_the_day(ctx.article, c)]
    if any(
        _paragraph(ctx.article, c.para) == text and c.phrase.sentence[0] <= at < c.phrase.sentence[1] for c in counted
    ):
        return False  # ("Twenty years to the day after …, the rebuilt mill opened on 9 May": the day itself)
    return not counted or any(_word_heads(c.phrase.scope) & _word_heads(text) for c in counted)


def _word_heads(text: str) -> set[str]:
    """The first six letters of each longer word (the whole of a shorter one): "trawler" and "the
    trawler's" meet, "found" and "foundered" do not (content_keys' stems are looser: made to find)."""
    return {w[:6] for w in _WORD_HEADS.findall(text.casefold())} - _GENERIC_HEADS


_WORD_HEADS = re.compile(r"[^\W\d_]{4,}")
_GENERIC_HEADS = frozenset(["with", "that", "this", "from", "they", "their", "were", "have", "been", "which", "after"])


def _to_the_day(article: Article, counted: Counted) -> bool:
    return _TO_THE_DAY.search(_paragraph(article, counted.para), *counted.phrase.sentence) is not None


def _paragraph(article: Article, para: int) -> str:
    """The text of a counted anniversary's `para` (0: the title)."""
    if para == 0:
        return article.title
    return article.paragraphs[para - 1].text if para <= len(article.paragraphs) else ""


_TO_THE_DAY = re.compile(r"\byears\s+to\s+the\s+day\b", re.IGNORECASE)


# A paragraph that sets out to retell how the commemorated event began.
_RETELLING = re.compile(
    r"\bhow\s+it\s+all\s+(?:began|started)\b|\bcómo\s+(?:empezó|comenzó)\s+todo\b"
    # ("当年是县体育馆的电工": who someone was back then, the account about to be told)
    r"|как\s+вс[её]\s+начиналось|как\s+это\s+было|вспомина(?:ет|ют|ла|л|ли)\s*:|说起当年|回忆起当年|当年(?:是|在)|\bthe\s+story\s+of\s+(?:that|those)\b"
    r"|\brecordarlo\b|\bremember(?:ing)?\s+how\b|\brecall(?:s|ed)?\s+how\b|回忆说"
    # ("The flight itself is quickly told.")
    r"|\bis\s+(?:quickly|soon|easily|simply|briefly)\s+told\b"
    # (an old account about to be quoted: "the notes he wrote … We print part of them here.")
    r"|\bwe\s+(?:print|reprint|quote|reproduce)\b",
    re.IGNORECASE,
)
# What every `_RETELLING` match holds in plain text (see `_NOT_PLAIN`; its other words need letters it lacks).
_RETELLING_WORDS = ("how", "story", "recordarlo", "told", "print", "quote", "reproduce")


# A day inside a quotation its speaker is said to recall: "«El 2 de enero devolví cambio …», recuerda
# Pilar Antón" (the quotation's close, then the verb).
_RECALLED_QUOTE = re.compile(
    r"[^«»“”\"\n]*[»”\"]\s*,?\s*(?:[—–-]\s*)?(?:recuerda|recordaba|recordó|recalls|recalled|remembers|remembered"
    r"|вспоминает|вспоминал|вспоминала)\b",
    re.IGNORECASE,
)


def _retells(text: str, end: int) -> bool:
    """Whether the paragraph sets out to retell before `end` (`_RETELLING`, not scanned for where
    its words are missing)."""
    return _may_hold(_RETELLING_WORDS, text, 0, end) and _RETELLING.search(text, 0, end) is not None


def _lead_first_date(article: Article, *, full_only: bool = False) -> tuple[str, Mention] | None:
    """(paragraph text, its first mention) of the first lead paragraph that dates anything; with
    `full_only`, paragraphs shorter than a heading's line (mastheads, bylines) are passed over."""
    for p in _lead_paragraphs(article):
        if full_only and len(p.text) < LEAD_LINE_CHARS:
            continue
        first = next(iter(find_mentions(p.text)), None)  # the paragraph's own (cached) mentions
        if first is not None:
            return p.text, first
    return None


def _weekday_opening(article: Article) -> tuple[int, int] | None:
    """The (month, day) of a weekday-dated day with no year that opens the lead ("On Thursday, 7
    November, …", "В четверг, 7 ноября, …"), under any masthead lines."""
    found = _lead_first_date(article, full_only=True)
    if found is None:
        return None
    first = found[1]
    if first.year is not None or first.weekday is None or first.start > WEEKDAY_OPENING_CHARS:
        return None
    return first.month, first.day


WEEKDAY_OPENING_CHARS = 4  # "On ", "В ", "El ": the day opens the sentence


def _implicit_dateline(article: Article) -> tuple[int, int] | None:
    """The (month, day) of a place's dateline with no year that opens the lead (under a byline)."""
    found = _lead_first_date(article)
    if found is None:
        return None
    text, first = found
    if first.year is not None or not place_dateline(text, first.start, first.end):
        return None
    return first.month, first.day


_UNTIL = re.compile(r"(?:\b(?:until|till|by|hasta)|(?<![а-яё])до)\s+(?:[^\W\d_]+[\s,]+){0,6}$", re.I)
# A Russian verb in the past ("пронеслась", "вернулись", "плакали"; a longer word in -ла/-л:
# "поставила", "поднялся"), for the rule below only: some nouns end so too.
# (not -ол: "ледокол", "футбол", "протокол" are nouns; a verb's past in -ол, "колол", is rare)
_RU_PAST_VERB = re.compile(
    r"(?<![а-яё])(?:[а-яё]{2,}(?:ли|лась|лись|лся|лось)|[а-яё]{4,}(?:[аеиуыя]ла?|ола))(?![а-яё])", re.I
)


# A Russian verb in the present, third person ("объявляет", "приглашает", "проводится"): an
# announcement's, for the rule below.
_RU_PRESENT_VERB = re.compile(r"(?<![а-яё])[а-яё]{3,}(?:ает|яет|еет|ует|ают|яют|уют|ается|яется|ится)(?![а-яё])", re.I)


_EXACT_DAY_KINDS = frozenset({"dateline", "head date", "published"})
# A clock time right after a day: ", 7.30 pm", " at 10am", ", 19.00".
_AT_A_TIME = re.compile(
    r",?\s*(?:at\s+|from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?\b|h\b)|,?\s*\d{1,2}[.:]\d{2}\b", re.I
)


def _told_after_today(ctx: _Context, m: Mention, text: str, s: int, e: int) -> tuple[int, str] | None:
    """(year, why) for a day told in the past that comes after the article's own day, in a piece
    that counts its present from a year long gone ("К 40-летию Олимпиады-80", of Friday 17 July: «по
    стадиону пронеслась весть …» on 25 July): not this year's, which has not come yet, but the
    year the piece looks back to."""
    year, day = ctx.time.year, ctx.present_day
    if year is None or day is None or not valid_day(m.month, m.day, year):
        return None
    base = ctx.looked_back_to
    if base is None or base[0] > year - 2:
        return None
    if not valid_day(day[0], day[1], year) or (m.weekday is not None and not _weekday_fits(m, base[0])):
        return None
    # (a range from the day itself by its last day: "一号坑的发掘从7月18日到8月14日，出土了…" of 18 July, done,
    # ended after it; not one begun before it, which may run on now: "had booked her … from 4 to 12 August")
    last = (m.end_month, m.end_day) if day == (m.month, m.day) < (m.end_month, m.end_day) else (m.month, m.day)
    if not valid_day(*last, year):
        return None
    gap = (datetime.date(year, *last) - datetime.date(year, *day)).days
    # (a day a dateline or a head date states exactly: the very next day is after it; a month's
    # issue is dated to its middle, give or take)
    exact = any(ev.day == day and ev.kind in _EXACT_DAY_KINDS for ev in ctx.time.evidence)
    if not (0 if exact else TENSE_MARGIN_DAYS // 9) < gap <= NEAREST_DAYS // 3:
        return None
    # (not the tense of a relative clause after the day: "a folk concert on 20 November, which a few
    # of the same musicians will repeat this year")
    said = _unquoted_context(text, s, m.start, m.end)
    own_end = e
    if _RELATIVE_AFTER.match(text, m.end):
        said = _QUOTE_OPEN.split(_CLOSED_QUOTE.sub(" ", text[s : m.start]))[-1]
        own_end = m.end
    tense = _tense_context(text, s, m)
    done = "了" in tense and _ZH_DONE.search(tense) is not None  # ("…发现了二号坑": done, in Chinese)
    if not (_tells_past(tense) or done) or _PRESENT.search(said) or _FUTURE.search(said) or _MAY_NOW.search(said):
        return None  # (not "Schools may book free guided visits on 8 September": an offer now)
    if _WOULD.search(said):
        return None  # ("… said the climbers would give an illustrated talk … on the 8th": still to come then)
    if not said.isascii() and _RU_PRESENT_VERB.search(said):
        return None  # ("Детская школа футбола … объявляет набор с 1 по 20 августа": "футбола" is no verb)
    if _FUTURE.search(text, s, m.start):
        return None  # ("The company will revive the play that opened the building, from 12 to 22 October")
    if _ANNIVERSARY_WORD.search(text[s:own_end]) or _has_year_word(text[s:own_end]):
        return None
    clause = _clause_of(text, s, e, m)
    if _SCHEDULE.search(clause) or _UNTIL.search(text, max(s, m.start - 60), m.start):
        return None  # "Entries opened on 1 August and close on 16 September", "принимаются до 15 октября"
    if _AT_A_TIME.match(text, m.end):
        return None  # "an evening of recorded memories, Corn Hall, 25 May, 7.30 pm": a programme's
    why = reason(
        N_("told in the past, after the article's day ({day}): the year the piece looks back to, {year}: {why}"),
        day=Day(day[0], day[1], year),
        year=base[0],
        why=base[1],
    )
    return base[0], why


def _counted_base(ctx: _Context, kinds: tuple[str, ...] = ("years ago",)) -> tuple[int, str] | None:
    """The year the article's present was counted from ("Thirty years ago" of 1986), with why."""
    year = ctx.time.year
    counted = [ev for ev in ctx.time.evidence if ev.year == year and ev.base is not None and ev.kind in kinds]
    if counted:
        ev = max(counted, key=lambda ev: ev.weight)
        assert ev.base is not None
        return ev.base, ev.why
    return None


_SEASON_OF = re.compile(  # (its seasons' first letters looked at first: the same matches)
    r"(?=[sawf])\b(?P<season>spring|summer|autumn|fall|winter)\s+of\s+(?:['’]\d\d\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
# (The December of "the winter of 1963" may be 1962's: left to the other rules.)
_SEASON_MONTHS = {  # (also what "that summer" names, `_months_of`)
    "spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11), "winter": (1, 2)
}  # fmt: skip


@lru_cache(maxsize=1024)
def _season_of(scope: str) -> re.Match[str] | None:
    """`_SEASON_OF.search(scope)`, once per anniversary (every mention of its paragraphs asks)."""
    return _SEASON_OF.search(scope)


# "The story began in the autumn of 1980 … The five trained … into the new year, and on 8 March …": the
# year after the season an account told.
_INTO_NEXT_YEAR = re.compile(r"\b(?:into|in)\s+the\s+new\s+year\b|\bthe\s+following\s+(?:spring|summer|year)\b", re.I)


def _after_a_season(ctx: _Context, pidx: int, text: str, s: int, m: Mention, now: int) -> tuple[int, Why] | None:
    """(year, why) of a day whose sentence, told in the past, goes on "into the new year" from a season
    of a past year this paragraph or the one before told ("in the autumn of 1980"): the next year."""
    cue = _INTO_NEXT_YEAR.search(text, s, m.start)
    if cue is None or not _tells_past(text[s : m.start]):
        return None
    before = [text[:s]] + ([ctx.article.paragraphs[pidx - 1].text] if pidx > 0 else [])
    seasons = [hit for t in before for hit in _SEASON_OF.finditer(t)]
    if not seasons:
        return None
    year = int(seasons[-1].group("y")) + 1
    if year >= now or (m.weekday is not None and not _weekday_fits(m, year)):
        return None
    why = reason(
        N_("“{phrase}” after “{season}”: the year after it"),
        phrase=" ".join(cue.group(0).split()),
        season=" ".join(seasons[-1].group(0).split()),
    )
    return year, why


def _season_counted(ctx: _Context, pidx: int, m: Mention) -> tuple[int, str] | None:
    """(year, "the summer of 1976") when an anniversary of this paragraph or the one before counts
    from a season of a past year and the day falls in that season."""
    for c in ctx.findings.counted:
        if c.para not in (pidx, pidx + 1) or c.past:
            continue
        hit = _season_of(c.phrase.scope)
        if hit and m.month in _SEASON_MONTHS[hit.group("season").lower()] and int(hit.group("y")) == c.base.year:
            return c.base.year, " ".join(hit.group(0).split())
    return None


def _season(month: int) -> int:
    """0 winter (December to February), 1 spring, 2 summer, 3 autumn."""
    return month % 12 // 3


SHORT_STEP_DAYS = 62  # a count of days this short runs from a date a few days off, not into another year


def _nearest_year(m: Mention, targets: Sequence[datetime.date]) -> int | None:
    """The year whose (m.month, m.day) lies nearest one of `targets`, within a fortnight of it."""
    best: tuple[int, int] | None = None
    for t in targets:
        for y in (t.year - 1, t.year, t.year + 1):
            if valid_day(m.month, m.day, y):
                gap = abs((datetime.date(y, m.month, m.day) - t).days)
                if gap <= NEAR_STEP_DAYS and (best is None or gap < best[0]):
                    best = (gap, y)
    return best[1] if best is not None else None


NEAR_STEP_DAYS = 14
# A count of weeks is a round figure: "five weeks after" 14 December lands on 17 or 18 January.
COUNT_SLACK_DAYS = 3


def _years_of_the_sentence_before(text: str, s: int, opening: str) -> list[int]:
    """The years the sentence before writes, when this one (from `s`) opens on its cue (`opening`: the
    words before it): "They married … in May 1955. The year before, on Easter Monday, 19 April"."""
    before = _sentence_before(text, s) if not opening.strip() else None
    return years_in(text[before:s]) if before is not None else []


def _article_today(ctx: _Context) -> datetime.date | None:
    """The article's own day, when its year and its day are known (a head date alone will do)."""
    year, today = ctx.time.year, ctx.present_day
    if today is None and len(ctx.own_days) == 1:
        (today,) = ctx.own_days
    return datetime.date(year, *today) if year is not None and today is not None and valid_day(*today, year) else None


def _told_as_past(text: str, s: int, m: Mention) -> bool:
    """Whether the mention's clause tells of the past, with no future in its sentence so far."""
    return _tells_past(_tense_context(text, s, m)) and not _FUTURE.search(text, s, m.end)


def _from_the_past_twin(ctx: _Context, prev: _Prev, step: int, m: Mention, text: str, s: int) -> tuple[int, Day] | None:
    """(year, day counted from) for a step told in the past from the present's day that would land
    after the article's own day, when the article tells that same day of the month in one earlier
    year ("… reopened on 11 May …, will celebrate its silver anniversary on Monday 11 May … The first
    boats went out the next morning, 12 May", of 30 April 2015): from the earlier one."""
    now = _article_today(ctx)
    if now is None or prev.year != now.year or not valid_day(prev.month, prev.day, prev.year):
        return None
    landed = datetime.date(prev.year, prev.month, prev.day) + datetime.timedelta(days=step)
    if (landed.month, landed.day) != (m.month, m.day) or landed <= now or not _told_as_past(text, s, m):
        return None
    twins = {d for d in ctx.told if (d.month, d.day) == (prev.month, prev.day) and d.year < now.year}
    if len(twins) != 1:
        return None
    (twin,) = twins
    return (twin + datetime.timedelta(days=step)).year, Day(twin.month, twin.day, twin.year)


def _counted_from_a_day_told(
    ctx: _Context, m: Mention, step: int, text: str, s: int, prev: _Prev
) -> tuple[int, Day] | None:
    """(year, day counted from) for a count of days or weeks that does not run from the date before
    but lands, give or take a few days, on this one from an earlier day the article tells ("reached
    the South Pole on 14 December 1911 … back at their base on 25 January 1912. Scott … reached the
    Pole five weeks after the Norwegians, on 17 January"); a day after the article's own is no day a
    sentence told in the past can be ("the Pole" of a feature of 9 December 2011 is not of 2011's 14th)."""
    told_past = _told_as_past(text, s, m)
    now = _article_today(ctx)
    for d in reversed(ctx.told):
        if (d.year, d.month, d.day) == (prev.year, prev.month, prev.day):
            continue
        to = d + datetime.timedelta(days=step)
        for y in (to.year - 1, to.year, to.year + 1):
            if not valid_day(m.month, m.day, y) or abs((datetime.date(y, m.month, m.day) - to).days) > COUNT_SLACK_DAYS:
                continue
            if told_past and now is not None and datetime.date(y, m.month, m.day) > now:
                continue
            return y, Day(d.month, d.day, d.year)
    return None


CONNECTIVE_REACH = 6  # paragraphs back a day count may reach when it lands on the very day


def _other_account(prev: _Prev | None, pidx: int, base_year: int) -> bool:
    """An account of another year than the anniversary's base is under way, in this paragraph or the
    one before: "The following spring, on 14 April, the building was sold … Two years after the sale,
    on 9 November" steps from its own last date, not from the opening commemorated."""
    return prev is not None and prev.historical and prev.year not in (None, base_year) and pidx - prev.para <= 1


# "He was born on 3 March", "She was born Ada Purvis on 3 March": the date that follows is a birthday;
# "who has died on 9 June aged 80": the age that dates it.
_BORN_BEFORE = re.compile(
    r"\b(?:was\s+)?born\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:on\s+)?$|\bnació\s+el\s+$|родил(?:ся|ась)\s+$", re.I
)
BORN_REACH = 40  # characters before a date where "born … on" is looked for
_DIED_AGED = re.compile(
    r"\b(?:died|passed\s+away|murió|falleció)\b(?P<when>[^.;]{0,70}?)\b(?:aged|a\s+los)\s+(?P<n>\d{1,3}|[^\W\d_]+)",
    re.IGNORECASE,
)
# (`_NTH_BIRTHDAY_BEFORE`, above: "He handed the farm to his nephew on his 65th birthday, 3 March")


def _born_by_age(ctx: _Context, m: Mention, text: str, s: int, article_year: int | None) -> tuple[int, str] | None:
    """(year, why) of a birthday an obituary gives without its year, from the age at death: "who has
    died on 9 June aged 80" in an obituary of 2011 and "He was born on 3 March" → 1931."""
    if article_year is None or not _cue_words(text).born:
        return None
    if not _BORN_BEFORE.search(text, max(s, m.start - BORN_REACH), m.start):
        return None
    if not ctx.obituary:
        return None
    return _birth_year_by_age(ctx, (m.month, m.day), article_year)


def _birth_year_by_age(ctx: _Context, born: tuple[int, int], article_year: int) -> tuple[int, str] | None:
    """(year, why) of a birthday (`born`, month and day) from the age an obituary gives at death."""
    for p in (ctx.article.title, *(q.text for q in ctx.article.paragraphs)):
        died = _DIED_AGED.search(p)
        if died is None or not (age := number_of(died.group("n"))):
            continue
        on = next((x for x in find_mentions(died.group("when")) if x.year is None), None)
        day = (on.month, on.day) if on is not None else ctx.present_day
        if day is None:
            return None
        death_year = article_year - (1 if ctx.present_day is not None and day > ctx.present_day else 0)
        year = death_year - age - (1 if born > day else 0)
        phrase = " ".join(died.group(0).split())
        return year, reason(N_("born in {year}: “{phrase}” in {death}"), year=year, phrase=phrase, death=death_year)
    return None


def _nth_birthday(ctx: _Context, m: Mention, text: str, s: int, article_year: int | None) -> tuple[int, str] | None:
    """(year, why) of "on his 65th birthday, 3 March" in an obituary that tells the person's birthday
    ("He was born on 3 March") and age at death: the birth year plus the count."""
    if article_year is None or not ctx.obituary or "birthday" not in text:
        return None
    nth = _NTH_BIRTHDAY_BEFORE.search(text, max(s, m.start - BORN_REACH), m.start)
    if nth is None or not (n := number_word(nth.group("n"))):
        return None
    for p in ctx.article.paragraphs:
        for x in find_mentions(p.text):
            if (x.month, x.day) != (m.month, m.day) or x.year is not None:
                continue
            if _BORN_BEFORE.search(p.text, max(0, x.start - BORN_REACH), x.start) is None:
                continue
            born = _birth_year_by_age(ctx, (x.month, x.day), article_year)
            if born is None:
                return None
            phrase = " ".join(nth.group(0).split()).strip(" ,")
            why = reason(N_("“{phrase}”: {n} years after the birth; {why}"), phrase=phrase, n=n, why=born[1])
            return born[0] + n, why
    return None


_SINCE_COUNT = re.compile(r"\b(?:since|desde\s+que)\b|с\s+т(?:ех|ого)\s+(?:пор|дня)|以来", re.IGNORECASE)


def _in_counted_subject(ctx: _Context, pidx: int, m: Mention, text: str) -> tuple[int, str, str] | None:
    """(base year, phrase, why) when the mention is inside the subject of an anniversary its sentence
    counts, whose base is found ("ten years this month since the old sluice gate … gave way on the
    night of 7 September": that night)."""
    for c in ctx.findings.counted:
        if c.para != pidx + 1 or not c.phrase.subject or m.year is not None:
            continue
        if c.phrase.possessive and c.base.year < c.year:
            # ("Kittlesea's Marine Lake, which the council reopened on 11 May …, will celebrate its silver
            # anniversary on Monday 11 May": the day of the subject's past, before the count)
            at = text.rfind(c.phrase.subject, 0, c.phrase.start)
            inside = 0 <= at <= m.start and m.end <= min(at + len(c.phrase.subject), c.phrase.start)
            if inside and _RELATIVE_AFTER.search(text, at, m.start) and _reads_past(text[at : m.start]):
                return c.base.year, " ".join(text[c.phrase.start : c.phrase.end].split()), c.why
        if not _SINCE_COUNT.search(text, c.phrase.start, c.phrase.end):
            continue  # ("the commemoration of the 80th anniversary of the victory … (September 3)": the day kept)
        at = text.find(c.phrase.subject, c.phrase.end)
        if at >= 0 and at <= m.start and m.end <= at + len(c.phrase.subject) and c.base.year < c.year:
            return c.base.year, " ".join(text[c.phrase.start : c.phrase.end].split()), c.why
    return None


# "Thirty years after that": a count from the occasion just told, whatever the count's subject dates.
_AFTER_THAT = re.compile(
    rf"\b(?P<n>{CARDINAL_ALT}|\d{{1,3}})\s+years\s+(?:later\s+|on\s+)?after\s+(?:that|this|then)\b", re.I
)


def _held_for(ctx: _Context, pidx: int, m: Mention, text: str) -> tuple[int, str, str] | None:
    """(year, phrase, why) of an earlier anniversary the mention's sentence says an occasion was held
    for ("… on 2 and 3 May, held for the museum's twenty-fifth birthday"), counted from a base the
    article dates."""
    for c in ctx.findings.counted:
        here = c.para == pidx + 1 and c.phrase.sentence[0] <= m.start < c.phrase.sentence[1]
        if here and c.past and c.base.strength >= 1.0:
            return c.year, " ".join(text[c.phrase.start : c.phrase.end].split()), c.why
    return None


_ANNIVERSARY_YEAR = re.compile(r"\s+year\b", re.IGNORECASE)


def _in_anniversary_year(ctx: _Context, m: Mention, text: str) -> tuple[int, str, str] | None:
    """(year, phrase, why) for a day told in the past "in its silver jubilee year" or "in the firm's
    75th anniversary year" when the phrase names no base of its own: the article's own anniversary
    is of the same thing, so its base counts ("the ward admitted its first patient on 12 October 1964")."""
    base = ctx.main_base
    if base is None:
        return None
    for an, _ in ctx.findings.unbased:
        s, e = an.sentence
        inside = s <= m.start < e and e <= len(text) and _ANNIVERSARY_YEAR.match(text, an.end) is not None
        if inside and (an.possessive or len(an.subject.split()) <= 2) and _reads_past(text[s:e]):
            phrase = " ".join(text[an.start : an.end].split())
            return base.year + an.n, phrase, reason(N_("{base} + {n}; {why}"), base=base.year, n=an.n, why=base.why)
    return None


def _years_earlier(cue: re.Match[str], ctx: _Context, prev: _Prev | None, pidx: int) -> tuple[int, str] | None:
    """(year, why) for "Fifteen years earlier, on 30 June": N years before the event the cue names when
    this article dates it, else before the date the account last gave (or the present)."""
    counted = next((g for g in ("n", "es", "ru") if cue.group(g)), None)
    step = (number_of(cue.group(counted)) if counted else 1) or 0
    if not step:
        return None
    phrase = " ".join(cue.group(0).split())
    event = next((cue.group(g) for g in ("event", "es_event", "ru_event") if cue.group(g)), None)
    if event is not None:
        base = ctx.finder.find(event, ctx.article.article_id)
        if base is not None and base.strength >= 1.0:
            return _stepped_back(phrase, base.year, step, base.why)
    if prev is not None and pidx - prev.para <= 2 and not prev.since:
        ref = prev.before or prev  # (a second step back counts from the account too)
        if ref.year is not None:
            return _stepped_back(phrase, ref.year, step, ref.label)
    time = ctx.time
    return _stepped_back(phrase, time.year, step, time.why) if time.year is not None else None


def _stepped_back(phrase: str, base: int, step: int, why: str) -> tuple[int, str]:
    return base - step, reason(N_("“{phrase}”: {base} − {n}; {why}"), phrase=phrase, base=base, n=step, why=why)


# "founded on 12 March, exactly twenty-five years after that crossing": a step's hedge before its count.
_STEP_HEDGE = re.compile(r"(?:exactly|just|almost|nearly|justo|exactamente|casi|ровно|почти)\s+", re.IGNORECASE)


def _trailing_later(text: str, end: int) -> re.Match[str] | None:
    """ "… on 14 April two years later": a step of years written right after the date; "after"
    an event only when it points back at the one told ("…, exactly 25 years after that crossing")."""
    pos = end
    while text[pos : pos + 1] in (" ", ","):  # (", two years later")
        pos += 1
    ahead = text[pos : pos + 50]
    if "year" not in ahead and "año" not in ahead and "лет" not in ahead and "год" not in ahead:
        return None  # ("Во вторник, 25 сентября, ровно через девяносто лет, …" too)
    if hedge := _STEP_HEDGE.match(text, pos):
        pos = hedge.end()
    later = _YEAR_LATER.match(text, pos)
    if later is None or not later.group("after"):
        return later
    return later if later.group("after").split()[1].casefold() in ("that", "this") else None


def _counts_years(text: str, s: int) -> bool:
    """Whether the sentence at `s` counts years from the account ("Forty years after they first
    met, on 8 October 1973, the class came back on Saturday 13 July"): its other dates are now."""
    return any(a.sentence[0] == s and not a.possessive for a in anniversaries(text))


SHORT_RANGE_DAYS = 10  # a range told within an account (an exhibition's weeks are a programme's)
_AND_DID = re.compile(r"\s*,?\s+and\s+(?:then\s+)?[a-z]{3,}ed\b")


def _counts_years_to(text: str, s: int, m: Mention) -> bool:
    """Whether the sentence at `s` counts years to the day `m` tells ("Fifty years after they
    matriculated … came back on Saturday 15 September"), not from it ("twenty-five years since the
    hall opened its doors on 12 April": the day the count starts from)."""
    return any(
        a.sentence[0] == s and not a.possessive and not a.start <= m.start < max(a.end, a.scope_end)
        for a in anniversaries(text)
    )


_ONE_DAY_AFTER = re.compile(
    r"day\s+after|(?:following|next)\s+(?:day|morning|afternoon|evening)"
    r"|al\s+día\s+siguiente|на\s+следующий\s+день|次日|第二天|翌日",
    re.I,
)
_ONE_DAY_BEFORE = re.compile(r"day\s+before|la\s+víspera|el\s+día\s+anterior|накануне|前一天|前一日", re.I)


def _counted_step(conn: re.Match[str]) -> tuple[int, int] | None:
    """(days, direction: 1 after, −1 before) of a counted English or Spanish connective ("six
    weeks later", "dos días antes", "una semana antes"); None for the others."""
    count = conn.group("n") or conn.group("es_n")
    direction = conn.group("dir") or conn.group("es_dir")
    if not count or not direction:
        return None
    unit = (conn.group("unit") or conn.group("es_unit") or "días").lower()
    days = (number_of(count) or 0) * (
        7 if unit.startswith(("week", "seman")) else 14 if unit.startswith("fortnight") else 1
    )
    return days, 1 if direction.lower().startswith(("later", "after", "despu", "más")) else -1


def _connective_days(conn: re.Match[str]) -> int | None:
    """How many days a connective steps (after > 0), when it says: "the day after" 1, "six weeks
    later" 42, "two days before" −2."""
    phrase = conn.group(0)
    if conn.group("ru_n") and (n_ru := number_of(conn.group("ru_n"))):
        n_ru *= 7 if conn.group("ru_unit").lower().startswith("недел") else 1
        return -n_ru if conn.group("ru_dir").lower() == "за" else n_ru
    if (step := _counted_step(conn)) is not None:
        return step[0] * step[1]
    if _ONE_DAY_AFTER.search(phrase):
        return 1
    if _ONE_DAY_BEFORE.search(phrase):
        return -1
    return None


def _counted_to_the_day_before(
    conn: re.Match[str], prev: _Prev | None, pidx: int, text: str, m: Mention
) -> tuple[int, str] | None:
    """(year, why) of a day a count "after" runs from to the full date written right before it ("…
    on 18 October 1968, six days after the Games had opened on 12 October"): that date's year, when
    the count lands on it exactly."""
    step = _counted_step(conn)
    if step is None or step[1] < 0 or prev is None or prev.year is None or prev.para != pidx:
        return None
    if not 0 <= conn.start() - prev.end <= 2 or conn.end() > m.start or not valid_day(prev.month, prev.day, prev.year):
        return None
    back = datetime.date(prev.year, prev.month, prev.day) - datetime.timedelta(days=step[0])
    if (back.month, back.day) != (m.month, m.day):
        return None
    why = reason(
        N_("{prev}, “{phrase}” {day}: the count runs back from the date written before it"),
        prev=Day(prev.month, prev.day, prev.year),
        phrase=conn.group(0),
        day=Day(m.month, m.day, back.year),
    )
    return back.year, why


def _counted_back_from_now(conn: re.Match[str], text: str, m: Mention, ctx: _Context) -> tuple[int, str] | None:
    """(year, why) of a day inside the event a count "after" runs from, the count reaching the
    article's own day ("… restrictions remain in force, seven weeks after the first case was
    confirmed at an Essex abattoir on 20 February", of 13 April): the year whose day, that many
    days on, falls within a week of the article's."""
    step = _counted_step(conn)
    now, year = ctx.present_day, ctx.time.year
    if step is None or step[1] < 0 or now is None or year is None or conn.end() > m.start:
        return None
    if not (conn.group("dir") or "").lower().startswith("after") or not _EVENT_PAST.search(text, conn.end(), m.start):
        return None  # ("six weeks later, on 14 May" steps from the date before; "after" opens an event here)
    if not valid_day(now[0], now[1], year):
        return None
    today = datetime.date(year, *now)
    for y in (year, year - 1):
        if valid_day(m.month, m.day, y):
            reached = datetime.date(y, m.month, m.day) + datetime.timedelta(days=step[0])
            if abs((reached - today).days) <= COUNTED_BACK_SLACK:
                why = reason(
                    N_("“{phrase}” counts from {day} to the article's own day"),
                    phrase=conn.group(0),
                    day=Day(m.month, m.day, y),
                )
                return y, why
    return None


COUNTED_BACK_SLACK = 7  # days: "seven weeks after" is a round count
# "On Tuesday, 14 May, it will be two hundred years to the day since a country doctor … scratched
# cowpox into the arm of a boy": the day's count of years to the event it recalls.
_TO_THE_DAY_SINCE = re.compile(
    r"\b(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+years\s+to\s+the\s+day\s+(?:since|after|from)\b", re.IGNORECASE
)


def _counted_from_the_day_since(
    conn: re.Match[str], prev: _Prev | None, text: str, m: Mention, e: int, ctx: _Context
) -> tuple[int, str] | None:
    """(year, why) of a past day a count steps to from the event a present day is "N years to the
    day since" ("… two hundred years to the day since a country doctor … scratched cowpox into the arm
    of a boy. … Seven weeks later, on 1 July, Jenner … inoculated the boy": 1 July 1796, not this
    year's), told in the past tense; None otherwise."""
    step = _counted_step(conn)
    if step is None or prev is None or prev.year is None or prev.historical or prev.end < 0:
        return None
    if not _EVENT_PAST.search(text, conn.end(), e) or _FUTURE.search(text[conn.end() : e]):
        return None
    told = ctx.article.paragraphs[prev.para].text if prev.para < len(ctx.article.paragraphs) else ""
    since = _TO_THE_DAY_SINCE.search(told, prev.end, prev.end + 80)
    n = number_of(since.group("n")) if since is not None else None
    if not n or not valid_day(prev.month, prev.day, prev.year - n):
        return None
    base = datetime.date(prev.year - n, prev.month, prev.day)
    reached = base + datetime.timedelta(days=step[0] * step[1])
    for y in (reached.year, reached.year - 1, reached.year + 1):
        if (
            valid_day(m.month, m.day, y)
            and abs((datetime.date(y, m.month, m.day) - reached).days) <= COUNTED_BACK_SLACK
        ):
            return y, reason(_AFTER, phrase=conn.group(0), prev=Day(base.month, base.day, base.year))
    return None


_EVENT_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+[a-z]+(?:ed|en|t)\b|\b[a-z]{3,}ed\b", re.IGNORECASE)


def _prev_is(prev: _Prev | None, m: Mention, step: int) -> bool:
    if prev is None or prev.year is None or not valid_day(prev.month, prev.day, prev.year):
        return False
    d = datetime.date(prev.year, prev.month, prev.day) + datetime.timedelta(days=step)
    return (d.month, d.day) == (m.month, m.day)


def _anchor_year(article: Article, m: Mention, step: int) -> tuple[int, Day] | None:
    """The one year of a day the article dates (a range's first or last day too) that lies `step`
    days before this mention's day."""
    found: set[tuple[int, Day]] = set()
    for _, x in _article_mentions(article):
        for y, mo, d in ((x.year, x.month, x.day), (x.end_year, x.end_month, x.end_day)):
            if y is not None and valid_day(mo, d, y):
                to = datetime.date(y, mo, d) + datetime.timedelta(days=step)
                if (to.month, to.day) == (m.month, m.day):
                    found.add((to.year, Day(mo, d, y)))
    if len({y for y, _ in found}) != 1:
        return None
    return min(found)


def _told_day_before(told: Sequence[datetime.date], m: Mention, step: int) -> tuple[int, Day] | None:
    """The latest day resolved so far that lies `step` days before this mention's ("shortly before
    midnight on Saturday, 15 March. The council had voted … on 22 October. Replacement buses began
    running the next morning, 16 March")."""
    for d in reversed(told):
        to = d + datetime.timedelta(days=step)
        if (to.month, to.day) == (m.month, m.day):
            return to.year, Day(d.month, d.day, d.year)
    return None


def _told_as_news(prev: _Prev, text: str) -> bool:
    """Whether the previous date stands in a sentence about now ("Ali Rahman, who opened the
    bakehouse on 1 October 2009, has been named baker of the year"): a side fact, no account."""
    if prev.end < 0:
        return False
    ps, pe = sentence_at(sentences(text), max(prev.end - 1, 0))
    return bool(_PRESENT.search(text[ps:pe]))


def _year_moved_on(prev: _Prev | None, text: str, m: Mention, pidx: int, taken: list[tuple[int, int]]) -> int | None:
    """A plain year stated after the previous (historical) date of this paragraph and before this
    one, later than it: the year the account has reached."""
    if prev is None or not prev.historical or prev.year is None or prev.para != pidx or prev.end < 0:
        return None
    quoted = None  # (asked once, when a year follows a verb of telling)
    found: list[int] = []
    for y in _FREE_YEAR.finditer(text, prev.end, m.start):
        if any(a <= y.start() < b for a, b in taken) or _NOT_A_PLAIN_YEAR.search(
            text[max(0, y.start() - 8) : y.start()]
        ):
            continue
        if _TOLD_IN.search(text, max(0, y.start() - 40), y.start()):
            # ""The first night was bedlam," she told this paper in 1987. "By the 3rd of July …"": the
            # year of the telling, not of what the quotation tells
            quoted = inside_quotes(text[: m.start]) if quoted is None else quoted
            if quoted:
                continue
        found.append(int(y.group(1)))
    return found[-1] if found and found[-1] > prev.year else None


_TOLD_IN = re.compile(r"\b(?:told|said|recalled|remembered|wrote|explained|admitted)\b[^.;\"“”]{0,30}$", re.IGNORECASE)


_UNTIL_YEAR = re.compile(rf"\buntil\b[^.;]{{0,60}}?\b(?P<y>{_YEARISH.pattern})\b", re.I)


# A year that says what vintage a thing is, after "a"/"an": "he bought a tired 1962 roadster", "an 1888 map".
# (its words between are a thing's: not "answered an advertisement in 1962 and sailed")
_VINTAGE = re.compile(
    r"\b(?:a|an)\s+(?:(?!(?:in|of|on|at|from|since|by|until|to|for|and|or|the)\b)[a-z]+\s+){0,2}"
    r"(?P<y>1[5-9]\d\d|20\d\d)\s+(?!(?:and|or|to|in|at|on|when|while|but)\b)(?=[a-z])",
    re.IGNORECASE,
)


def _years_of_events(text: str) -> list[int]:
    """years_in(text) but a thing's vintage (`_VINTAGE`): "in 1974 he bought a tired 1962 roadster … A year
    later" counts from 1974."""
    if not _VINTAGE.search(text):
        return years_in(text)
    return years_in(_VINTAGE.sub(lambda v: " " * len(v.group(0)), text))


def _earlier_year(
    prev: _Prev | None, text: str, pos: int, para: int, *, nearest: bool = False, before: str = ""
) -> tuple[int, str] | None:
    """The year "a year later" or "the same year" counts from: the previous date's, else the last
    year the paragraph states before (“1922年秋……同年10月15日”). `nearest`: the last year stated
    before wins even over a date of this paragraph ("born on 4 May 1921 … in September 1947, and
    on 30 October of that year"). `before`: the paragraph before, whose last stated year is nearer
    than a date further back ("born on 2 November 1914." / "She arrived … in 1946." / "Two years
    later, on 5 July, …")."""
    stated = _years_of_events(text[:pos])
    if stated and (prev is None or prev.para != para or nearest):
        return stated[-1], str(stated[-1])  # the paragraph's own year is nearer than an earlier date
    if not stated and before and (prev is None or prev.para < para - 1) and (earlier := years_in(before)):
        return earlier[-1], str(earlier[-1])
    if not stated and before and prev is not None and prev.year is not None and prev.para == para - 1:
        # "… first broadcast on Thursday 16 October 1958 … She stayed … until she left the BBC in 1966." /
        # "A year later, on 3 April, she opened …": the year the account ran until, told after its last
        # date (not an aside's: "… in the spring of 1961, on 8 April. Tom died in 2009.")
        told = [int(u.group("y")) for u in _UNTIL_YEAR.finditer(before, max(prev.end, 0))]
        if told and told[-1] > prev.year:
            return told[-1], str(told[-1])
    if prev is not None and prev.year is not None and prev.para == para and 0 <= prev.end <= pos:
        # "born … on Monday 14 August 1911 … came back to teach at Hopwick Infants in 1933. A year later, on
        # 3 September, …": a year the account reached after its last date
        after = [int(u.group("y")) for u in _IN_YEAR.finditer(text, prev.end, pos) if int(u.group("y")) > prev.year]
        if after:
            return after[-1], str(after[-1])
    if prev is not None and prev.year is not None:
        return prev.year, prev.label
    return (stated[-1], str(stated[-1])) if stated else None


_IN_YEAR = re.compile(rf"\b(?:in|en|в)\s+(?P<y>{_YEARISH.pattern})\b(?!\s*(?:[-–]|to\b))")  # ("in 1933", a time)
_DIED_ON = re.compile(r"\bdied\b[^.;]{0,80}$")
_AGED = re.compile(r"\W*aged\s+\d{1,3}\b")


def _by_tense(
    m: Mention, sentence: str, year: int, present: tuple[int, int] | None, clause: str | None = None
) -> tuple[int, str]:
    """The present year, or the one next to it when the clause's tense says the day is still to come
    (or is over) and the day, in the present year, lies well before (or after) the article's own day:
    "a street party on 22 March will …" in an article of 2 December is next March."""
    if present is None or not valid_day(m.month, m.day, year) or not valid_day(present[0], present[1], year):
        return year, ""
    gap = (datetime.date(year, m.month, m.day) - datetime.date(year, *present)).days
    clause = sentence if clause is None else clause  # a future in another clause is that clause's
    if gap < -TENSE_MARGIN_DAYS and (_FUTURE.search(clause) or _timetable(clause)):
        # A timetable in the present tense ("Entries close on 31 January" in a December release)
        # speaks of the next such day, as the future does.
        day = Day(present[0], present[1], year)
        return year + 1, reason(N_("still to come, after the article's day ({day}): next year"), day=day) + "; "
    # (read only when a test below asks: most days lie near the article's own)
    own_past = (gap > TENSE_MARGIN_DAYS or gap < -NEAREST_DAYS) and (
        _past_search(clause)
        # ("Our spring exhibition returns to the Corn Hall on 12 and 13 April. … Last year's …": a
        # timetable's clause is not the past a later sentence tells)
        or (_past_search(sentence) and not _PRESENT.search(clause) and not _timetable(clause))
        # (a Spanish or Russian past well after the article's day: "La lava dejó de salir el 13 de
        # diciembre" of 19 September cannot be this year's, still to come)
        or (
            gap > TENSE_MARGIN_DAYS
            and (_ES_PAST_FORM.search(clause) is not None or _RU_PAST_VERB.search(clause) is not None)
        )
    )
    if gap > TENSE_MARGIN_DAYS and own_past and not _FUTURE.search(clause):
        day = Day(present[0], present[1], year)
        return year - 1, reason(N_("already past on the article's day ({day}): the year before"), day=day) + "; "
    if gap > NEAREST_DAYS and not _FUTURE.search(clause):
        # "Complaints about the blast of 19 December …" in a notice of 14 January: with no tense to
        # say otherwise, the nearest 19 December is the one just gone (as HeidelTime reads news).
        day = Day(present[0], present[1], year)
        return year - 1, reason(N_("the nearest such day to the article's ({day}): the year before"), day=day) + "; "
    if gap < -NEAREST_DAYS and not own_past:
        day = Day(present[0], present[1], year)
        return year + 1, reason(N_("the nearest such day to the article's ({day}): the year after"), day=day) + "; "
    return year, ""


NEWS_WINDOW_DAYS = 60


def _near_the_news(m: Mention, ctx: _Context) -> bool:
    """In a news report that is no anniversary piece, a date within two months of its dateline
    belongs to the news ("Saturday 15 March 2008 — divers found the wreck … located the hull on 9
    and 10 March"), not to the history it recalls. (An anniversary piece dwells on the old days.)"""
    day = ctx.time.present_day
    year = ctx.time.year
    anniversary_piece = (
        any(not c.past and c.year == year for c in ctx.findings.counted) or bool(ctx.findings.unbased) or ctx.looks_back
    )
    if day is None or year is None or anniversary_piece:
        return False
    if not valid_day(m.month, m.day, year) or not valid_day(day[0], day[1], year):
        return False
    gap = abs((datetime.date(year, m.month, m.day) - datetime.date(year, *day)).days)
    return min(gap, 365 - gap) <= NEWS_WINDOW_DAYS


_YEARS_ON = re.compile(
    rf"\b(?:{CARDINAL_WORDS}|\d{{1,3}}|a\s+hundred)\s+(?:years|decades)\s+on\b|\b(?:half\s+a\s+century|a\s+century)\s+on\b"
    # "A century and a half after the cable of 1866, …"
    r"|\ba\s+century(?:\s+and\s+a\s+half)?\s+(?:after|since)\b"
    # "Twenty years since the weir went", "It is twenty years this month since …"
    rf"|\b(?:{CARDINAL_WORDS}|\d{{1,3}})\s+(?:years|decades)\s+(?:(?:this|next|last)\s+\w+\s+)?since\b"
    # "Twenty-five years to the day after the River Sedd broke through …"
    rf"|\b(?:{CARDINAL_WORDS}|\d{{1,3}})\s+years\s+to\s+the\s+day\s+(?:after|since)\b"
    r"|\b(?:medio\s+siglo|un\s+siglo|(?:\d{1,3}|[a-zá-ú]+)\s+(?:años|décadas))\s+después\b"
    r"|(?:полвека|век|(?:\d{1,3}|[а-яё]+)\s+(?:лет|года))\s+спустя",
    re.IGNORECASE,
)

# What every `_YEARS_ON` match holds (same flags): a cheap test before its number words are tried everywhere.
_YEARS_ON_HINT = re.compile(
    # (?=…): its words' first letters (years, decades/después, century, спустя): one test at most places
    r"(?=[ydcс])(?:(?:years|decades|century)\s+on|century.{0,14}(?:after|since)|(?:years|decades)\s.{0,12}since"
    r"|years\s+to\s+the\s+day"
    r"|después|спустя)",
    re.IGNORECASE,
)


def _lead_paragraphs(article: Article) -> list[Paragraph]:
    """The first two paragraphs, or up to the first full one among the first five when short
    heading lines come before it."""
    head = list(article.paragraphs[:2])
    if all(len(p.text) < LEAD_LINE_CHARS for p in head):
        for p in article.paragraphs[2:5]:
            head.append(p)
            if len(p.text) >= LEAD_LINE_CHARS:
                break
    return head


def _looks_back_in_the_lead(article: Article) -> bool:
    """ "Twenty years on, …", "… two decades ago": the title or lead recalls the past, so the piece
    dwells on the old days even near its own date."""
    # the first paragraph may be a byline ("By Sian Pascoe, North Cornwall Courier — 16 August 2014"),
    # and a press release's first lines its sender, date and headline: the lead is the first real paragraph
    return _lead_looks_back(" ".join([article.title, *(p.text for p in _lead_paragraphs(article))]))


@lru_cache(maxsize=4096)
def _lead_looks_back(lead: str) -> bool:
    # (cached: the index pass asks of each article, and each of its sections' contexts again)
    if ago_phrase(lead) is not None:
        return True
    # (in plain text every `_YEARS_ON_HINT` match holds one of these words: its others need letters plain text lacks)
    if not _may_hold(("years", "decades", "century"), lead):
        return False
    return bool(_YEARS_ON_HINT.search(lead) and _YEARS_ON.search(lead))


def _has_year_word(text: str) -> bool:
    low = text.casefold()
    # (asked often: no generator; "the summer after next", "the summer before last" count years too)
    return (
        "year" in low
        or "año" in low
        or "год" in low
        or "лет" in low
        or "年" in low
        or "after next" in low
        or "before last" in low
        or "summers later" in low  # ("three summers later, on 30 July")
        or "winters later" in low
    )


def _clause_before(text: str, s: int, pos: int, taken: list[tuple[int, int]]) -> str:
    """The words of the mention's sentence before it, from the previous date of the sentence on
    (a qualifier before an earlier date belongs to that date)."""
    start = max([s, *(b for a, b in taken if b <= pos and a >= s)])
    tail = _YEAR_AFTER_DATE.match(text, start, pos) if start > s else None
    if start > s and tail is None and (trail := _trailing_later(text, start)) is not None and trail.end() <= pos:
        return text[trail.end() : pos]  # ("… on Saturday 9 February four years later, but … on the 6th")
    return text[tail.end() if tail else start : pos]


def _relative_shift(phrase: str) -> int:
    low = phrase.lower()
    if any(w in low for w in ("before last", "позапрошл", "前年", "antepasado")):
        return -2
    if "后年" in low or "after next" in low:
        return 2
    if any(w in low for w in ("last", "previous", "pasado", "прошлом", "прошлого", "минувш", "去年", "anterior")):
        return -1
    if any(w in low for w in ("next", "próximo", "следующ", "будущ", "наступающ", "明年", "que viene", "coming")):
        return 1
    return 0


# --- whole corpus ------------------------------------------------------------------------------------


def _index_dated_sentences(article: Article, finder: BaseFinder) -> None:
    """Every sentence that states a year, for base-year lookups; an anniversary sentence gives only
    the years inside its subject (its other years date the celebration, not the event)."""
    around = _report_day(article)
    # A report's sentence about its own day dates that day's event, not the year in an aside of it
    # ("The mill, which has stood by the river since 1841, was destroyed by fire last night").
    news = _news_sentences(article, around) if around is not None else []
    told = {text for text, _, _ in news}
    for text in (article.title, *(p.text for p in article.paragraphs)):
        if ("1" not in text and "2" not in text) or not _YEARISH.search(text):  # a year starts with 1 or 2
            continue
        phrases = list(anniversaries(text))
        for s, e in sentences(text):
            inside = [a for a in phrases if s <= a.start < e]
            if inside:
                for a in inside:
                    base = stated_base(a)
                    finder.add_sentence(article.article_id, a.scope, [base] if base is not None else [])
                # "Fenwick Park itself opened on 2 June 1887, the gift … for the Golden Jubilee": a
                # clause before the anniversary dates what it tells
                lead = text[s : inside[0].start]
                cut = max(lead.rfind(","), lead.rfind(";"))
                lead_years = years_in(lead[:cut]) if cut > 0 and _YEARISH.search(lead, 0, cut) else []
                if lead_years:
                    finder.add_sentence(article.article_id, lead[:cut], lead_years)
                elif (
                    cut > 0
                    and (base := stated_base(inside[0])) is not None
                    and _YEARS_COUNTED.search(text, inside[0].start, inside[0].end)
                ):
                    # "The Castle Street Baths reopened on Saturday, 2 June, two years after they closed for
                    # rebuilding on 30 May 1988": the clause before the count (not an anniversary kept) happened
                    # that many years on
                    finder.add_sentence(article.article_id, lead[:cut], [base + inside[0].n])
            elif _YEARISH.search(text, s, e) and text[s:e] not in told:
                finder.add_sentence(article.article_id, text[s:e], years_in(text[s:e]))
    for text, years, day in news:
        finder.add_sentence(article.article_id, text, years, day)
    dated_by = around.year if around is not None else None
    if dated_by is not None and not _YEARISH.search(article.title) and not _looks_back(article):
        # "Fire destroys Marrowby pier pavilion" over "Tuesday 20 March 2001 — …": a report's title
        # tells what happened when its dateline says (not a commemoration's: "Bell for the mill
        # fire" over "the 100th anniversary of the Dockside mill fire").
        finder.add_sentence(article.article_id, article.title, [dated_by])


# A report's verbs of what happened whose past tense is not -ed ("Fire swept through the foundry").
# (in lower case: "Agnes Fell" is a name)
_NEWS_PAST = re.compile(r"\b(?:swept|broke\s+out|burnt|fell|sank|struck|tore|blew|froze|fought|stood)\b")


_TOMORROW = re.compile(r"\btomorrow\b|\bmañana\b|(?<![а-яё])завтра(?![а-яё])|明天|明日", re.IGNORECASE)
_YESTERDAY = re.compile(r"\byesterday\b|\bayer\b|(?<![а-яё])вчера(?![а-яё])|昨天|昨日", re.IGNORECASE)
# What a report tells of the day before its own: "yesterday", "late last night", "anoche", "昨晚".
_DAY_BEFORE = re.compile(
    rf"{_YESTERDAY.pattern}|\blast\s+night\b|\banoche\b|(?<![а-яё])вчера\s+вечером|昨晚|昨夜", re.IGNORECASE
)
# What every match of the two holds in plain text (see `_NOT_PLAIN`; the other words need letters it lacks).
_TOMORROW_WORDS = ("tomorrow", "yesterday", "ayer")
_DAY_BEFORE_WORDS = ("yesterday", "ayer", "night", "anoche")  # (the same, for `_DAY_BEFORE`)


def _under_ago_headings(texts: Sequence[str]) -> set[int]:
    """The places in `texts` of a column's sections under "N YEARS AGO" headings (N > 0)."""
    agos = ago_headings(texts)
    out: set[int] = set()
    for k, (idx, n, _) in enumerate(agos):
        if n > 0:
            out.update(range(idx + 1, agos[k + 1][0] if k + 1 < len(agos) else len(texts)))
    return out


def _news_sentences(article: Article, around: datetime.date) -> list[tuple[str, list[int], tuple[int, int] | None]]:
    """A datelined report's sentences that tell, in the past tense, of a day near its dateline's
    (`around`), with no year of their own ("Crowds lined the valley yesterday, 12 June, to watch the
    chimney … brought down"): it happened in the dateline's year, which dates it for other documents."""
    out: list[tuple[str, list[int], tuple[int, int] | None]] = []  # (with the day "yesterday" tells)
    year = around.year
    written = str(year)
    earlier = _under_ago_headings([article.title, *(p.text for p in article.paragraphs)])
    for pidx, p in enumerate(article.paragraphs):
        if pidx + 1 in earlier:
            continue  # (a column's "100 YEARS AGO": told in its section's year, not the dateline's)
        for s, e in sentences(p.text):
            sentence = p.text[s:e]  # (cut once: every test below reads it)
            if written in sentence:
                continue  # (the dateline's own sentence among them)
            if (
                not may_name_a_day(sentence)
                and not _may_hold(_DAY_BEFORE_WORDS, sentence)
                and not _may_hold(_BARE_WEEKDAY_WORDS, sentence)
            ):
                continue  # (one with no day has none near it, unless it tells of "yesterday" or "on Saturday")
            # What happened (an event another text may count years from), not what is planned (the
            # tense is read first: it costs less than finding the sentence's days).
            told = _reads_past(sentence) or _NEWS_PAST.search(p.text, s, e) is not None
            # ("… leisure pool opens tomorrow, Saturday 1 June": the next day's opening, as good as done;
            # "… won the County Senior Cup at Kelderby yesterday, Monday 4 May": the day before's)
            tomorrow = _may_hold(_TOMORROW_WORDS, sentence) and (
                _TOMORROW.search(sentence) is not None or _YESTERDAY.search(sentence) is not None
            )
            if not tomorrow and (not told or _FUTURE.search(p.text, s, e)):
                continue
            found = find_mentions(sentence)
            if any(m.year is not None for m in found):
                # a day with a year of its own: not the report's ("… sealed in the winter of 1957" is); unless
                # one without, its weekday the dateline year's, is near the dateline: "The old Ropewalk, where
                # the last cable was spun on 29 December 1972, reopened on Saturday, 18 May" (of 20 May 1991)
                if not anniversaries(sentence) and _weekday_day_near(found, around):
                    out.append((sentence, [*years_in(sentence), year], None))
                continue
            if _THAT_YEAR.search(sentence) and _YEARISH.search(sentence):
                continue  # "… founded in 1977, and gave its first concert … on 12 November that year": 1977's day
            # ("in the early hours of Saturday, the 11th": a day of the dateline's month)
            found = [*found, *bare_ordinal_days(p.text[s:e], found, (around.month, 0))]
            if not found and told and _DAY_BEFORE.search(sentence) and not anniversaries(sentence):
                # "Lowside was under four feet of water yesterday after the River Sedd broke through …":
                # the day before the report's, which names no day
                before = around - datetime.timedelta(days=1)
                out.append((sentence, [before.year], (before.month, before.day)))
                continue
            if not found and told and (day := _weekday_before(sentence, around)) is not None:
                # "Felsworth Mercury, Monday 14 September 1992" / "The queue … stretched past the bus
                # depot on Saturday, when the Mayor … cut the ribbon": the Saturday just before
                out.append((sentence, [day.year], (day.month, day.day)))
                continue
            days = [m for m in found if valid_day(m.month, m.day, year)]
            if not any(abs((datetime.date(year, m.month, m.day) - around).days) <= NEWS_WINDOW_DAYS for m in days):
                continue  # no day near the dateline's
            if not anniversaries(sentence):
                out.append((sentence, [year], None))
    return out


def _weekday_day_near(found: Sequence[Mention], around: datetime.date) -> bool:
    """Whether a day of `found` written with its weekday and no year falls, on that weekday, near a
    report's own day `around` in its year."""
    return any(
        m.year is None
        and _weekday_fits(m, around.year)
        and abs((datetime.date(around.year, m.month, m.day) - around).days) <= NEWS_WINDOW_DAYS
        for m in found
    )


# A bare weekday a report tells in the past: "on Saturday", "el sábado", "в субботу" (not "on
# Saturday 12 September": a day with a number is a mention of its own).
_BARE_WEEKDAY = re.compile(
    rf"\bon\s+(?P<en>{'|'.join(WEEKDAYS)})\b(?![\s,]+(?:the\s+)?\d)"
    rf"|\bel\s+(?P<es>{'|'.join(WEEKDAY_STEMS_ES)})\b(?![\s,]+\d)"
    rf"|(?<![а-яё])во?\s+(?P<ru>(?:{'|'.join(WEEKDAY_STEMS_RU)})[а-яё]*)(?![\s,]+\d)",
    re.IGNORECASE,
)
_BARE_WEEKDAY_WORDS = ("day", "lunes", "martes", "jueves", "viernes", "domingo")  # (see `_may_hold`)


def _weekday_before(sentence: str, around: datetime.date) -> datetime.date | None:
    """The day of the one bare weekday a report's sentence names: the last such weekday before the
    report's own day (None: none, two, or the report's own weekday, which may be today's or last week's)."""
    found = {_weekday_number(m) for m in _BARE_WEEKDAY.finditer(sentence)}
    if len(found) != 1 or (wd := found.pop()) == around.weekday():
        return None
    return around - datetime.timedelta(days=(around.weekday() - wd) % 7)


def _weekday_number(m: re.Match[str]) -> int:
    if m.group("en"):
        return [w.lower() for w in WEEKDAYS].index(m.group("en").lower())
    if m.group("es"):
        return [w.lower() for w in WEEKDAY_STEMS_ES].index(m.group("es").lower())
    ru = m.group("ru").lower()
    return next(i for i, stem in enumerate(WEEKDAY_STEMS_RU) if ru.startswith(stem))


def _looks_back(article: Article) -> bool:
    """Whether the title or the first two paragraphs look back (see `_looks_back_in_the_lead`) or
    name an anniversary."""
    head = [article.title, *(p.text for p in article.paragraphs[:2])]
    return _looks_back_in_the_lead(article) or any(anniversaries(t) or _ANNIVERSARY_WORD.search(t) for t in head)


_DATELINE_DASH = re.compile(r"\s*[—–-]")


def _dateline_year(article: Article) -> int | None:
    """The year of a full date that opens the article's first paragraph as a dateline ("Tuesday 20
    March 2001 — …", "MADRID, 3 de mayo de 2010. —")."""
    if not article.paragraphs:
        return None
    lead = article.paragraphs[0].text
    first = next(iter(find_mentions(lead)), None)  # the paragraph's own (cached) mentions
    if first is None or first.year is None or first.start > 40:
        return None
    # "Tuesday 20 March 2001 — …", "MADRID, 3 de mayo de 2010. —", or a line that only dates the
    # report ("Ravenscar, 13 June 1994" over its first paragraph)
    dateline = (
        _DATELINE_DASH.match(lead, first.end)
        or lead.startswith(". ", first.end)
        or not lead[first.end :].strip(" .")
        or (lead.startswith("[") and _SOURCE_TAIL.fullmatch(lead, first.end))  # "[Packet, 17 January 1986, page 1]"
        # "=== Echo, 14 March 1995 ===": a cutting's source line between rules
        or (lead[:1] in _RULE_CHARS and not lead[first.end :].strip(" ." + _RULE_CHARS))
    )
    return first.year if dateline else None


_RULE_CHARS = "=*#~_═─━"  # what a cutting's source line may be ruled with
# (", page 1]", ", pp. 4-5]", ", front page]", " — sports page]")
_SOURCE_TAIL = re.compile(
    r"\s*(?:(?:,|\s[—–-])\s*(?:(?:p\.|pp\.)\s*\d+|(?:[^\W\d_]+\s+)?pages?(?!\s*\d)|pages?\s*\d+)(?:\s*[-–]\s*\d+)?\s*)?\]\s*"
)


def _report_day(article: Article) -> datetime.date | None:
    """The day a report is from: its dateline's ("Tuesday 20 March 2001 — …"), or the middle of
    the month a masthead line over it names ("Wendle Navigation News, No. 41, June 1997")."""
    year = _dateline_year(article)
    if year is not None:
        lead = find_mentions(article.paragraphs[0].text)[0]
        return datetime.date(year, lead.month, lead.day) if valid_day(lead.month, lead.day, year) else None
    if (titled := _title_dateline(article.title)) is not None:
        return titled
    first = article.paragraphs[0].text if article.paragraphs else ""
    if len(first) > 80 or "\n" in first or find_mentions(first):
        return _source_at_foot(article)
    head = masthead_month(first)
    return datetime.date(head[0], head[1], 15) if head is not None else _source_at_foot(article)


TITLE_DATELINE_CHARS = 60  # a masthead's name before the date that ends a title line


def _title_dateline(title: str) -> datetime.date | None:
    """The day a title that is a masthead and a full date gives ("VESSINGHAM ADVERTISER, Saturday 16
    March 1985" over a cutting's headline and report): the report's day."""
    found = find_mentions(title)
    if len(found) != 1 or (day := found[0]).year is None or day.start > TITLE_DATELINE_CHARS:
        return None
    if title[day.end :].strip(" .") or not valid_day(day.month, day.day, day.year):
        return None
    return datetime.date(day.year, day.month, day.day)


def _source_at_foot(article: Article) -> datetime.date | None:
    """The day a cutting's bracketed source line under it gives ("… once the walls have been made
    safe." / "[Quarrendon Observer, Saturday 13 January 1996]")."""
    last = article.paragraphs[-1].text.strip() if len(article.paragraphs) > 1 else ""
    if not (last.startswith("[") and last.endswith("]")) or len(last) > 80:
        return None
    found = find_mentions(last)
    if len(found) != 1 or found[0].year is None or not _SOURCE_TAIL.fullmatch(last, found[0].end):
        return None
    day = found[0]
    assert day.year is not None
    return datetime.date(day.year, day.month, day.day) if valid_day(day.month, day.day, day.year) else None


@lru_cache(maxsize=16384)
def _days_dated(text: str, year: int) -> frozenset[tuple[int, int]]:
    # (cached: base lookups read the same dated sentences, and their clauses, for every subject)
    found = find_mentions(text)
    if str(year) not in text:
        # A report's sentence filed under its dateline's year (see `_news_sentences`): its
        # days are written without one.
        return frozenset((m.month, m.day) for m in found if m.year is None)
    return frozenset((m.month, m.day) for m in found if m.year == year)


def _article_mentions(article: Article) -> list[tuple[int, Mention]]:
    found = [(0, m) for m in find_mentions(article.title)]
    found += [(i + 1, m) for i, p in enumerate(article.paragraphs) for m in find_mentions(p.text)]
    return found


def document_times(corpus: Corpus, finder: BaseFinder) -> dict[str, tuple[DocumentTime, Findings]]:
    """Each article's present, from its own evidence; then again, for those still unknown, with the
    bases learned from articles whose present is known (they count the same anniversaries); last,
    for those still unknown, the year of the archive's span their weekdays fit (`archive_year`)."""
    mentions = {a.article_id: _article_mentions(a) for a in corpus.articles}
    out: dict[str, tuple[DocumentTime, Findings]] = {}
    for a in corpus.articles:
        found = evidence(a, mentions[a.article_id], finder)
        t = decide(a, mentions[a.article_id], found.evidence, found.counted, finder.newest_year, found.unbased)
        out[a.article_id] = (with_told(a, mentions[a.article_id], t), found)
    for a in corpus.articles:
        t, found = out[a.article_id]
        if t.year is not None:
            for an, shift in found.unbased:
                finder.learn(a.article_id, an.subject, t.year - shift - an.n)
            for text in t.told:
                finder.learn(a.article_id, text, t.year, told=True)
            for text, year in t.told_then:
                finder.learn(a.article_id, text, year, told=True)
    if finder.learned:
        for a in corpus.articles:
            if out[a.article_id][0].year is None:
                found = evidence(a, mentions[a.article_id], finder)
                t = decide(a, mentions[a.article_id], found.evidence, found.counted, finder.newest_year, found.unbased)
                out[a.article_id] = (t, found)
    # 3. An article whose weekdays are all it says of its year: the only year of the archive's span
    # they fit (the span of the presents known so far).
    if (span := archive_span(t.year for t, _ in out.values())) is not None:
        for a in corpus.articles:
            t, found = out[a.article_id]
            if (spanned := archive_year(a, mentions[a.article_id], t, span)) is not None:
                out[a.article_id] = (spanned, found)
    return out


def with_told(article: Article, mentions: Sequence[tuple[int, Mention]], time: DocumentTime) -> DocumentTime:
    """`time` with the sentences it tells of its year (`told_this_year`), when its year is known."""
    if time.year is None or time.present_day is None:
        return time
    if not ago_headings([article.title, *(p.text for p in article.paragraphs)]):
        told = told_this_year(article, mentions, time)
        return replace(time, told=tuple(told)) if told else time
    # A column: each section's sentences are told in its own year.
    told, then = [], []
    for section, its in _sections(article, time):
        if its.year is None:
            continue
        got = told_this_year(section, _article_mentions(section), its)
        if its.year == time.year:
            told += [t for t in got if t not in told]
        else:
            then += [(t, its.year) for t in got if (t, its.year) not in then]
    return replace(time, told=tuple(told), told_then=tuple(then)) if told or then else time


def told_this_year(article: Article, mentions: Sequence[tuple[int, Mention]], time: DocumentTime) -> list[str]:
    """The sentences of an article whose present is known that tell, in the past, of a day it gives
    no year, up to its present's day: what happened in its present's year ("From our issue of Tuesday
    19 July 1994 … Hundreds of youngsters turned out on Saturday 16 July when the Mayor cut the
    tape"), a base another article may count an anniversary from (`BaseFinder.learn`)."""
    if time.present_day is None:
        return []
    texts = (article.title, *(p.text for p in article.paragraphs))
    out: list[str] = []
    for pidx, m in mentions:
        if m.year is not None or (m.end_month, m.end_day) > time.present_day or pidx >= len(texts):
            continue
        text = texts[pidx]
        s, e = sentence_at(sentences(text), m.start)
        sentence = text[s:e]
        if sentence not in out and not years_in(sentence) and _tells_past(sentence):
            out.append(sentence)
    # (and what its lead says was done on the page's own day: "Callowbridge Courier, Saturday 20 May 1989 /
    # The Osprey Swing Bridge was opened this morning by Dame Alison Pengelly")
    if mentions and mentions[0][0] <= 1 and len(texts) > 1:
        lead = next((t for t in texts[1:] if len(t) > LEAD_MIN_CHARS), "")
        spans = sentences(lead) if lead else [(0, 0)]
        # (after a headline run into it: "GRANARY REOPENS AS ARTS CENTRE. The old Wharf Granary … reopened
        # this afternoon …")
        s, e = spans[1] if len(spans) > 1 and _HEADLINE.fullmatch(lead[spans[0][0] : spans[0][1]].strip()) else spans[0]
        sentence = lead[s:e]
        this_day = _THIS_DAY.search(sentence)
        # (a year of another clause after it dates something else: "… reopened this morning, eighteen months
        # after the fire of Monday 11 November 1985 gutted its auditorium")
        comma = sentence.find(",", this_day.end()) if this_day else -1
        clause = sentence[: comma if comma >= 0 else len(sentence)]
        if this_day and sentence not in out and not years_in(clause) and _tells_past(sentence):
            out.append(sentence)
    return out


LEAD_MIN_CHARS = 80  # the lead: the first paragraph this long (not a cutting's source line or headline)
_THIS_DAY = re.compile(r"\b(?:this\s+(?:morning|afternoon)|today)\b", re.I)
# (a headline in capitals: a capital and no small letter; not a sentence of a script without cases)
_HEADLINE = re.compile(r"(?=[^a-zà-ÿа-яё]*[A-ZÀ-ÞА-ЯЁ])[^a-zà-ÿа-яё]{8,}[.:!]?")


def _weekday_only_in(article: Article, year: int, present: int) -> bool:
    """Whether a day the article writes with its weekday and no year has that weekday in `year` and
    not in the present's."""
    return any(
        m.year is None and m.weekday is not None and _weekday_fits(m, year) and not _weekday_fits(m, present)
        for _, m in _article_mentions(article)
    )


def _with_named_bases(article: Article, time: DocumentTime, found: Findings) -> DocumentTime:
    """`time` with the base year of each anniversary found nowhere that the article names itself
    ("Next week marks the centenary of the first crossing …" of 2019, and a letter "dated 14 July
    1919"), or whose calendar alone has a weekday the article writes ("exactly a hundred years after
    the sailing" of 2012, and "Sunday 14 April", a Sunday in 1912, not in 2012): the year its account
    is told in, for the rules of retold days. It weighs nothing for the present, which it comes from."""
    assert time.year is not None
    named: set[int] | None = None
    extra: list[Evidence] = []
    for an, shift in found.unbased:
        base = time.year - shift - an.n
        if named is None:
            named = {y for text in (article.title, *(p.text for p in article.paragraphs)) for y in years_in(text)}
        if base in {ev.base for ev in extra}:
            continue
        if base in named:
            msg = N_("“{phrase}” counts from {base}, a year the article names: {year} − {n}")
        elif _weekday_only_in(article, base, time.year):
            msg = N_("“{phrase}” counts from {year} − {n} = {base}, whose calendar has a weekday the article writes")
        else:
            continue
        why = reason(msg, phrase=an.subject, base=base, year=time.year + shift, n=an.n)
        extra.append(Evidence(time.year, 0.0, "anniversary", why, base=base))
    return replace(time, evidence=(*time.evidence, *extra)) if extra else time


# What the collector's youngest generation may grow to while a corpus is resolved: the results and
# the per-paragraph caches outlive the pass (few are garbage, fewer cyclic), and at the default 700
# they were collected again and again as they piled up (750 articles: 190 collections, 0.2 s of
# 2.2; 3 and 0.07 s at this size).
_YOUNG_OBJECTS = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG_OBJECTS), *older)
    try:
        yield
    finally:
        gc.set_threshold(young, *older)


@_fewer_collections()
def resolve_corpus(
    corpus: Corpus, table: AnniversaryTable | None = None, newest_year: int | None = None
) -> list[ResolvedMention]:
    """Every day mention of every article, in corpus order, with its year resolved. `table` is the
    operator's table of known events (the bundled one by default; empty is allowed); `newest_year`
    the newest year a document may be from (none: not bounded)."""
    clear_caches()  # each build reads its corpus afresh (and a benchmark measures it cold)
    _clear_caches()
    table = AnniversaryTable.bundled() if table is None else table
    finder = BaseFinder(table, day_reader=_days_dated, newest_year=newest_year)
    for a in corpus.articles:
        _index_dated_sentences(a, finder)
    times = document_times(corpus, finder)
    lines = LineMap(corpus.root)
    out: list[ResolvedMention] = []
    for a in corpus.articles:
        t, found = times[a.article_id]
        out.extend(resolve_sections(a, t, found, finder, lines))
    return out


def _clear_caches() -> None:
    """Forget this module's per-text results (pure, but a benchmark measures a corpus cold)."""
    _days_dated.cache_clear()
    _cue_words.cache_clear()
    _names_a_weekday.cache_clear()
    _season_of.cache_clear()
    _unquoted_context.cache_clear()
    _tense_context_at.cache_clear()
    _year_told_before.cache_clear()
    _relative_year_before.cache_clear()
    _paragraph_has_year_word.cache_clear()
    _weekday_note_of.cache_clear()
    _lead_looks_back.cache_clear()


def resolve_sections(
    article: Article, time: DocumentTime, found: Findings, finder: BaseFinder, lines: LineMap
) -> list[ResolvedMention]:
    """An article's mentions, each section of a "looking back" or history column under its own
    present (the build's workers and `resolve_corpus` alike)."""
    out: list[ResolvedMention] = []
    if time.year is not None and found.unbased:
        time = _with_named_bases(article, time, found)
    for part, part_time in _sections(article, time):
        ctx = _Context(part, part_time, found, finder)
        for r in resolve_article(ctx, lines):
            # a copy only when `where` changes (most formats have none): the same value, without replace()'s cost
            out.append(r if (where := article.where(r.line)) == r.where else replace(r, where=where))
    return out


def _back_by_weekdays(
    texts: Sequence[str], agos: Sequence[tuple[int, int, str]], year: int, column_day: tuple[int, int] | None = None
) -> set[int]:
    """The paragraphs under an "N YEARS AGO" heading that open on a weekday-dated day, and whose
    year-less weekday-dated days all fit the column's `year` and none the section's (not one that
    tells the section's days first: "The baths opened on 3 October … This week the gala on Tuesday
    10 October"). A day more than half a year after the column's own (`column_day`) in the calendar may be
    the section's year before: "100 YEARS AGO" of 1 January 2001, "… who sailed from Tilbury on Friday 23
    November" is 1900's."""
    out: set[int] = set()
    for k, (idx, n, _) in enumerate(agos):
        end = agos[k + 1][0] if k + 1 < len(agos) else len(texts)
        for j in range(idx + 1, end) if n > 0 else ():
            found = find_mentions(texts[j])
            days = [m for m in found if m.weekday is not None and m.year is None]
            if (
                days
                and found[0] is days[0]
                and all(
                    _weekday_fits(m, year)
                    and not _weekday_fits(m, year - n)
                    and not (_nearer_the_year_before(m, column_day) and _weekday_fits(m, year - n - 1))
                    for m in days
                )
            ):
                out.add(j)
                break  # (what follows it is the present's too, up to the next heading)
    return out


def _nearer_the_year_before(m: Mention, day: tuple[int, int] | None) -> bool:
    """Whether a day falls more than half a year after `day` in the calendar, so that the nearest such
    day is the one in the year before."""
    if day is None or not valid_day(m.month, m.day, None):
        return False
    return (datetime.date(2000, m.month, m.day) - datetime.date(2000, *day)).days > HALF_YEAR_DAYS


HALF_YEAR_DAYS = 183


def _back_by_cues(texts: Sequence[str], agos: Sequence[tuple[int, int, str]]) -> set[int]:
    """The paragraphs under an "N YEARS AGO" heading, after its first, whose first sentence comes back
    to the column's present ("How times change: at this month's election, on 5 May, …"; "Dr
    Strickland, now professor of volcanology, will be back … on 16 June"): a cutting of then says
    neither."""
    out: set[int] = set()
    for k, (idx, n, _) in enumerate(agos):
        end = agos[k + 1][0] if k + 1 < len(agos) else len(texts)
        for j in range(idx + 2, end) if n > 0 else ():
            first = texts[j][: next((b for _, b in sentences(texts[j])), len(texts[j]))]
            if (
                _NOW_AGAIN.match(first)
                or _THIS_PERIODS.search(first)
                or _MARKS_ANNIVERSARY.search(first)
                or (_NOW_APPOSITIVE.search(first) and " will " in first)
            ):
                out.add(j)
    return out


_NOW_AGAIN = re.compile(
    r"\s*(?:how\s+times\s+(?:change|have\s+changed)|these\s+days|nowadays|fast[-\s]forward|back\s+to\s+(?:the\s+present|today|now))\b"
    # (a column's trailer: "NEXT WEEK: the summer of 1976, and the drought …")
    r"|\s*(?:next\s+week|coming\s+(?:up\s+)?next\s+week)\s*[:—–-]",
    re.IGNORECASE,
)
# ("The Free Library marks its centenary with an exhibition …": the column's present celebrating)
_MARKS_ANNIVERSARY = re.compile(
    r"\b(?:marks|celebrates|is\s+marking|is\s+celebrating)\s+(?:its|their|his|her|the)\b[^.]{0,40}?"
    r"\b(?:anniversary|centenary|centennial|jubilee|birthday)\b",
    re.IGNORECASE,
)
_THIS_PERIODS = re.compile(r"\bthis\s+(?:week|month|year)['’]s\b", re.IGNORECASE)
# (a person then and now: "Dr Strickland, now professor of volcanology at Edinburgh, will be back …")
_NOW_APPOSITIVE = re.compile(r",\s+now\s+(?:professor|retired|aged|in\s+(?:her|his)\s+\w+ties)\b", re.IGNORECASE)


def _column_day(texts: Sequence[str], year: int) -> tuple[int, int] | None:
    """The day of a "looking back" column, the first date above its first heading ("Looking Back ·
    Friday 24 June"), when it writes no other year and any weekday it writes fits."""
    for text in texts:
        for m in find_mentions(text):
            if m.year not in (None, year) or (m.weekday is not None and not _weekday_fits(m, year)):
                return None
            return m.month, m.day
    return None


def _sections(article: Article, time: DocumentTime) -> Iterator[tuple[Article, DocumentTime]]:
    """The article, or — a "looking back" or history column — its part before the first heading
    and each section under one: "10 YEARS AGO" (the present N years before the column's) or a
    year of its own ("1926")."""
    texts = [article.title, *(p.text for p in article.paragraphs)]
    headings: list[tuple[int, str, DocumentTime]] = [
        (idx, head, DocumentTime(year, reason(N_("under the heading “{heading}”"), heading=head)))
        for idx, year, head in year_headings(texts)
    ]
    # A paragraph that dates itself ("HEARSTON, 3 March 1997 — …"): its section starts with it.
    dated = dated_paragraphs(texts)
    own = {idx for idx, *_ in dated}
    # "Back to the present. Goonhilly is holding …": a paragraph that ends a column's past is read
    own |= {idx for idx, n, _ in ago_headings(texts) if n == 0 and back_to_now(texts[idx])}
    headings += [
        (idx, head, DocumentTime(year, reason(N_("the report under “{heading}”"), heading=head), (), day))
        for idx, year, head, day in dated
    ]
    if time.year is not None:
        agos = ago_headings(texts)
        # ("10 YEARS AGO — from the Despatch of Friday 13 March 1981": a heading that dates its issue is read)
        own |= {idx for idx, n, _ in agos if n and find_mentions(texts[idx])}
        column_day = time.present_day or (_column_day(texts[: agos[0][0]], time.year) if agos else None)
        headings += [
            (
                idx,
                head,
                DocumentTime(
                    time.year - n,
                    reason(
                        N_("under the heading “{heading}” of a column from {year}: {year} − {n}"),
                        heading=head,
                        year=time.year,
                        n=n,
                    ),
                    # (its day is the column's: "100 YEARS AGO" this week, whose bare days are of its month)
                    present_day=column_day,
                    column_year=time.year,
                ),
            )
            for idx, n, head in agos
        ]
        # A paragraph under "10 YEARS AGO" whose weekdays are the column's own year's, not that
        # section's ("… a talk at the library on Saturday 8 March"): the column is back in its present.
        back = _back_by_weekdays(texts, agos, time.year, column_day) | _back_by_cues(texts, agos)
        own |= back
        headings += [(idx, "", time) for idx in back]
    if not headings:
        yield article, time
        return
    headings.sort(key=lambda h: h[0])
    paras = article.paragraphs
    yield replace(article, paragraphs=paras[: headings[0][0] - 1]), time
    ends = [idx - 1 for idx, _, _ in headings[1:]] + [len(paras)]
    for (idx, head, section_time), end in zip(headings, ends, strict=True):
        # A heading of its own is not read; a dated paragraph is, and its dateline is no title.
        start, title = (idx - 1, "") if idx in own else (idx, head)
        yield replace(article, title=title, paragraphs=paras[start:end]), section_time
