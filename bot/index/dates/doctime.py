"""An article's own time (its "document time", the year it was written) from the evidence in its
text, weighed by kind and position — the way HeidelTime anchors year-less dates in news, for
articles that carry no date line we can trust.

Evidence, strongest first (weights are in `WEIGHTS`; docs/year-rules.md says why):
- the publication date the file itself carries (HTML <time> or meta tags, a feed item's pubDate);
- a dateline or full date at the head: the title, or the start of the first paragraph
  ("Houston, July 16, 2019 —");
- anniversary arithmetic: "the Nth anniversary of X", "N years after X", "bicentenario del …",
  "20-летие …", "40周年", against a base year the text itself gives (bot/index/dates/anniversaries.py),
  shifted by a relative-year qualifier in the clause ("next year marks the 30th anniversary");
- "N years ago" next to a stated year ("a hundred years ago … 20 July 1910");
- weekdays written with year-less dates, as a hard constraint: among the years a stated window
  allows ("opened in 1962 … our fortieth birthday … our fiftieth"), the one whose calendar fits.
Dates stated in the body are not evidence: an article about 1918 may be written in 2018. When the
evidence is missing, or two years have comparable support, the article's time is unknown.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.corpus import Article
from bot.corpus.plain import SOURCE_YEAR_LINE
from bot.i18n import N_
from bot.index.dates.anniversaries import (
    MIN_COVER_ON_DAY_WEEKDAY,
    Base,
    BaseFinder,
    clear_key_cache,
    content_keys,
    quote,
)
from bot.index.dates.era import era_floor
from bot.index.dates.extract import Mention, clear_mention_cache, find_mentions, is_weekday, valid_day
from bot.index.dates.feasts import feasts_fit, feasts_note, feasts_written
from bot.index.dates.lexicon import EN_MONTHS, ES_MONTHS, WEEKDAYS
from bot.index.dates.reasons import Day, Ordinal, Weekday, WeekdayDay, Why, join, reason
from bot.index.dates.text import (
    CARDINAL_ALT,
    CARDINAL_WORDS,
    ORDINAL_ALT,
    ORDINAL_WORDS,
    clear_sentence_cache,
    last_match,
    number_word,
    sentence_at,
    sentences,
)

WEIGHTS = {
    # The file's own metadata (HTML <time>/meta tags, a feed item's pubDate) says when it was published.
    "published": 10.0,
    "dateline": 5.0,  # the writer states when: nothing outweighs it
    "head date": 3.0,  # a full date in the title or the first sentence
    "anniversary": 2.0,  # × the base's strength (1 when the article states it)
    "years ago": 2.0,
    "weekday": 3.0,  # the only year in the stated window whose calendar fits every weekday
    # A month or season with its year heading the text: "Parish News — March 2014", "Boletín, otoño
    # de 2009", "2014年3月". A newsletter names its issue so; a history title may too, so less than a date.
    "head month": 2.0,
}
PAST_ANNIVERSARY = 0.25  # "first shown on the tenth anniversary": an earlier occasion
LEAD = 1.5  # title and first paragraph speak for the article's own time
LEAD_LINE_CHARS = 80  # a paragraph shorter than this before the lead is a heading's line (a byline)
DATELINE_CHARS = 40  # a date that starts this near a paragraph's start may be its dateline
OWN_DAY_CHARS = 12  # a day with its weekday this near the head's start is the page's own ("Posted Friday 5 October")
DATE_ALONE_SLACK = 4  # a paragraph this much longer than its one date is that date alone ("17 июня 2014 г.")
MIN_SUPPORT = 1.0
DECISIVE = 1.5  # the best year must have this many times the support of the next one

_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# A year that names a cohort, not a time: "the class of 1962", "la promoción de 1985", "выпуск 1962".
# The lookbehinds are read from the end of the four-digit year (each `....` is its digits): a pattern
# that starts with the year's digits lets the engine skip ahead to a 1 or a 2 (a leading lookahead
# does not).
COHORT_AFTER = r"(?<![Cc]lass of ....)(?<!promoción de ....)(?<!выпуска ....)(?<!выпуск ....)"
# Not a year but a decade: "1930-х годов", "1930-е", "1930年代" (English's "1930s" is left out on its own).
DECADE_AFTER = r"(?<=0)(?:[-–](?:х|е|ые|ых|ми)(?![а-яё])|年代)"
_YEAR_RE = re.compile(
    rf"{_YEAR}(?<![\d.,/A-Za-z-]....){COHORT_AFTER}(?![\d]|['’]?s\b|{DECADE_AFTER})"
)  # not a decade: the 1930s; nor a road's or a part's number, "the A1093"
_ANY_YEAR = re.compile(_YEAR)  # (a cheap test before the patterns that hold a `_YEAR`: none without one)
_ORD = (
    # (hundreds first, so that "hundredth" alone does not match inside them: "two hundredth", "a hundred
    # and fiftieth", "one hundred and twenty-fifth")
    r"(?:one|two|three|four|five|six|seven|eight|nine)[\s-]hundredth"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\s+and\s+"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:first|second|third|fourth|fifth|sixth"
    rf"|seventh|eighth|ninth)|(?:{ORDINAL_ALT}))"
    # (a compound ordinal: "twenty-fifth", "sixty-first")
    rf"|\d{{1,3}}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|(?:{ORDINAL_ALT})(?:-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?"
)
# "a hundred and twenty-five", "two hundred": tried first, so that "twenty-five" alone does not match inside it
_HUNDREDS = (
    rf"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
    rf"(?:\s+and\s+(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?"
)
_CARD = rf"{_HUNDREDS}|\d{{1,3}}|(?:{CARDINAL_ALT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a|one"
# Where a count of `_CARD` can start (a digit, a number word's first letter, "a"), or "half": tested
# first, it spares `_EN_AGO` and `_EN_YEARS_AFTER` trying its number words at every place of a paragraph (same matches).
_CARD_START = rf"(?=[\d{''.join(sorted({w[0] for w in CARDINAL_WORDS.split('|')} | {'a', 'h'}))}])"
CENTURY_WORDS = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
    "sesquicentennial": 150, "golden jubilee": 50, "diamond jubilee": 60, "silver jubilee": 25,
    "centenario": 100, "bicentenario": 200, "tricentenario": 300, "sesquicentenario": 150,
    "столетие": 100, "столетия": 100, "столетию": 100, "двухсотлетие": 200, "двухсотлетия": 200,
    "двухсотлетию": 200,
}  # fmt: skip
_ES_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veintiuno": 21, "veintiún": 21,
    "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "diez": 10, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
    "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
    "novecientos": 900, "mil": 1000,
}  # fmt: skip
# A count in Spanish words, of up to three (with "y" between): "ciento veinticinco", "setenta y cinco"
# (longest words first: "doscientos" before "dos").
_ES_NUMBER_ALT = "|".join(sorted(_ES_NUMBERS, key=len, reverse=True))
ES_COUNT = rf"(?:(?:{_ES_NUMBER_ALT})(?:\s+(?:y\s+)?(?:{_ES_NUMBER_ALT})){{0,2}})(?![a-zá-ú])"
_RU_NUMBERS = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
}  # fmt: skip
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# "the 30th anniversary of", "the tenth annual … anniversary of"
# Where an ordinal can start (a digit, or the first letter of an ordinal word): tested first, it spares
# `_EN_ANNIV` trying all its ordinal words at every place of a paragraph (same matches, same flags).
_ORD_START = (
    rf"(?=[\d{''.join(sorted({w[0] for w in ORDINAL_WORDS.split('|')} | {'a', 'o'}))}])"  # ("a/one hundred and …")
)
_EN_ANNIV = re.compile(
    rf"{_ORD_START}\b(?P<n>{_ORD})\s+(?:annual\s+)?(?:anniversary|birthday)(?:\s+\w+){{0,2}}?\s+of\s+", re.I
)
_EN_CENTURY = re.compile(
    # (a lookahead for its words' first letters, listed from them: its, their/the, our, his/her;
    # centenary…, bicentenary…, tercentenary, sesquicentennial, golden, diamond, silver: the same matches)
    r"(?=[bcdghiostprg])"
    r"\b(?:(?P<poss>its|their|our|his|her|the\s+\w+['’]s)\s+)?(?P<w>centenary|centennial|bicentenary|bicentennial|"
    # ("its silver anniversary": a jubilee's kind names an anniversary too)
    r"tercentenary|sesquicentennial|(?:golden|diamond|silver)\s+jubilee"
    r"|(?:silver|pearl|ruby|golden|diamond|platinum)\s+anniversary)(?:\s+of\s+)?",
    re.I,
)
# "… so this Christmas is its 150th.": an ordinal alone, the sentence's subject's anniversary
_EN_ITS_NTH = re.compile(
    rf"\b(?:is|marks|will\s+be)\s+(?:its|their)\s+(?P<n>{_ORD})(?=\s*(?:[.;,!)]|$))", re.IGNORECASE
)
_EN_YEARS_OLD = re.compile(
    rf"(?:^|(?<=[.;:!?]\s))(?P<subj>[^.;:!?]{{3,240}}?)\s+(?:is|are|will\s+be|shall\s+be)\s+(?:now\s+|exactly\s+)?"
    rf"(?P<n>\d{{1,3}}|{_HUNDREDS}|(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"\s+years\s+old\b",
    re.I,
)
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you", "who", "which", "this", "that"))
# A first person that is a place or a club, after the clause that dates its beginning ("…, and so on
# Saturday 9 January we"): the subject of "we shall be a hundred years old"
_WE_SHALL_BE = re.compile(r"\b(?:we|it)$", re.IGNORECASE)
_EN_GEN_ANNIV = re.compile(
    rf"\bthe\s+(?P<subj>[^\W\d_]+(?:\s+[^\W\d_]+)?)['’]s\s+(?P<n>{_ORD})\s+(?:anniversary|birthday)\b", re.I
)
_EN_POSS_ANNIV = re.compile(rf"\b(?P<poss>its|their|our|his|her)\s+(?P<n>{_ORD})\s+(?:anniversary|birthday)\b", re.I)
# A day after "N years on" ("Tuesday 12 October", "12th October", "October 12"): a count kept on it.
_ON_DAY = r"(?:[a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)"
_EN_YEARS_AFTER = re.compile(
    # (`_CARD_START` first, below: where a count, "a …" or "half …" can start; the same matches)
    rf"{_CARD_START}\b(?:(?P<n>{_CARD})\s+years|(?P<span>a\s+quarter\s+of\s+a\s+century|a\s+quarter[\s-]century|half\s+a\s+century"
    rf"|a\s+half[\s-]century|a\s+century\s+and\s+a\s+half|a\s+century|two\s+centuries"
    r"|a\s+year(?=\s+(?:to\s+the\s+day\s+)?since)))(?:,(?=\s*(?:almost|nearly|all\s+but|to\s+the)\b))?\s+"
    # "twenty years this summer since …", "ten years today since …", "twenty years this Friday, 16 October, since"
    r"(?:(?:this\s+(?:summer|spring|autumn|fall|winter|year|month|week|[a-z]+day)|today|tomorrow)"
    r"(?:,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9})?,?\s+)?"
    # "It will be fifty years on Tuesday 12 October since fire swept through …"
    rf"(?:on\s+{_ON_DAY},?\s+)?"
    # ("Twenty-five years, almost to the day, after the County Senior Cup final")
    r"(?:,?\s*(?:almost\s+|nearly\s+|all\s+but\s+)?to\s+the\s+(?:day|night|week|hour),?\s+)?"
    # ("Fifty years to the day after, on Saturday 30 July, …": after what the sentence before dated)
    r"(?:(?:after|since|on\s+from)\s+(?:the\s+(?:day|date)\s+)?|after(?=,))",
    re.I,
)
# "se cumplen 50 años de la final", "исполнилось 100 лет со дня изобретения"
_ES_YEARS_OF = re.compile(
    # (past and future too, with a relative year between: "cumplió el año pasado cincuenta años")
    # ((?=[sc]): its verbs' first letters, tested first at each place; the same matches)
    r"(?=[sc])\b(?:se\s+cumpl(?:en|ieron|irán)|cumpl(?:e|ió|irá)|celebr(?:a|ó|ará)|conmemora)\s+"
    r"(?:(?:hoy|ahora|este\s+año|el\s+año\s+pasado|el\s+próximo\s+año)\s+)?(?:los\s+)?"
    rf"(?P<n>\d{{1,3}}|{ES_COUNT}|[a-zá-ú]+)\s+años(?:\s+(?:de(?:l)?\s+)?|(?=[.,;:]|$))",
    re.I,
)
_RU_YEARS_SINCE = re.compile(
    r"(?P<n>\d{1,3})\s+(?:лет|года|год)\s+(?:со\s+дня|с\s+момента|с\s+тех\s+пор,?\s+как),?\s+", re.I
)
_SPANS = {"a year": 1, "a quarter of a century": 25, "a quarter-century": 25, "a quarter century": 25,
          "half a century": 50, "a half-century": 50, "a half century": 50, "a century": 100,
          "a century and a half": 150, "two centuries": 200}  # fmt: skip
_EN_TURNS = re.compile(
    # ("Next month Tintin will be sixty.": an age to come, its clause's last word)
    rf"\b(?:turns|turned|turning|will\s+turn|will\s+be)\s+(?P<n>\d{{1,3}}|{CARDINAL_WORDS})(?:\s+years?\s+old)?"
    r"(?=\s+(?:this|next|last|on|in|today|tomorrow)\b|[.,;!?]|$)",
    re.I,
)
# A beginning a count can start from: "founded in 1912", "abrió … en 1924", "открыт в 1956 году".
_BEGINNING = (
    r"(?:\b(?:opened|founded|established|formed|built|born|started|began|created|launched|first\s+(?:broadcast|shown|aired)"
    r"|fundad[oa]|fundó|abrió|"
    r"inaugurad[oa]|inauguró|creado|creada|nació)\b|основан\w*|открыт\w*|открыл\w*|построен\w*|родил\w*)"
)
_TURNS_ORIGIN = re.compile(rf"{_BEGINNING}[^.;]{{0,40}}?\b{_YEAR}\b", re.I)
# "… to mark 130 years of baking in the town", "celebrating fifty years of service": the sentence's
# subject's own count, when the sentence says where it starts ("who have baked in Kellow since 1887").
_EN_YEARS_OF = re.compile(
    rf"\b(?:mark|marks|marking|celebrate|celebrates|celebrating)\s+(?P<n>{_CARD})\s+years\s+of\b", re.I
)
# "Seventy-five years of the Sydney Harbour Bridge, built by …" opening a paragraph, as a heading does: the
# count of what it names, as "the bridge's 75th anniversary" (not "thirty years of service", a length of
# time: a name follows)
_EN_HEADING_YEARS_OF = re.compile(rf"^\s*(?P<n>(?i:{_CARD}))\s+years\s+of\s+(?:the\s+)?(?=[A-Z])")
# "The Mill Theatre will celebrate a quarter of a century on the old corn mill site": the count the
# sentence's subject keeps of its own years.
_EN_CELEBRATE_SPAN = re.compile(
    r"\b(?:mark|marks|marking|celebrate|celebrates|celebrating)\s+(?P<span>a\s+quarter\s+of\s+a\s+century"
    r"|half\s+a\s+century|a\s+century\s+and\s+a\s+half|a\s+century|two\s+centuries)\s+(?:on|at|in)\s+",
    re.I,
)
_AUXILIARY_END = re.compile(r"\s+(?:will|shall|would|is\s+to|are\s+to|is\s+going\s+to|hopes\s+to|plans\s+to)\s*$", re.I)
_YEARS_OF_ORIGIN = re.compile(rf"(?:{_BEGINNING}|\bsince\b)[^.;]{{0,40}}?\b{_YEAR}\b", re.I)
# "La farmacia, que abrió … el 2 de mayo de 1916, cumple este año su primer siglo": its own count.
_ES_OWN_CENTURY = re.compile(
    r"\b(?:cumpl(?:e|ió|irá)|celebr(?:a|ó|ará)|conmemora)\s+(?:(?:hoy|ahora|este\s+año)\s+)?su\s+"
    r"(?P<w>primer\s+siglo|medio\s+siglo|centenario|bicentenario|cincuentenario)\b",
    re.I,
)
_ES_OWN_COUNTS = {"primer siglo": 100, "medio siglo": 50, "centenario": 100, "bicentenario": 200, "cincuentenario": 50}
# "школе исполняется 100 лет", "исполнилось 50 лет"
# (or a number written out: "исполнится пятьдесят лет программе «Время»")
_RU_TURNS = re.compile(r"исполн\w+\s+(?P<n>\d{1,3}|[а-яё]+)\s+(?:лет|года|год)\b(?!\s+(?:со\s+дня|с\s+момента))", re.I)
_ES_ORDINALS = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "séptimo": 7, "octavo": 8, "noveno": 9, "décimo": 10, "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40,
    "quincuagésimo": 50, "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90, "centésimo": 100,
}  # fmt: skip
_ES_ORD = "|".join(_ES_ORDINALS)
# ("el cincuenta aniversario de la inauguración": a count in cardinals, after its article)
_ES_CARDINAL_TENS = "veinticinco|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien"
# "el 30.º aniversario del …", "el décimo aniversario del rescate", "su vigésimo quinto aniversario"
_ES_ANNIV = re.compile(
    # ((?=…): a digit or an ordinal's first letter, tested first at each place; the same matches)
    rf"(?=[\d{''.join(sorted({w[0] for w in _ES_ORDINALS}))}])"
    rf"\b(?P<n>\d{{1,3}}|(?:{_ES_ORD})(?:\s+(?:{_ES_ORD}))?|(?<=el\s)(?:{_ES_CARDINAL_TENS}))"
    r"\s*(?:\.?º|\.?°|ᵒ|er|o)?\s+aniversario"
    r"(?:\s+(?:de(?:l)?\s+)?|(?=[.,;:]|$))",
    re.I,
)
# (and "el quinto centenario de la llegada": five hundred years)
_ES_CENTURY = re.compile(
    r"\b(?:(?P<ord>segundo|tercer|tercero|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo)\s+)?"
    r"(?P<w>bicentenario|centenario|sesquicentenario|tricentenario)\s+(?:de(?:l)?\s+)?",
    re.I,
)
_RU_ANNIV = re.compile(r"(?P<n>\d{1,3})\s*-?\s*(?:летия|летие|летию|летием)(?:\s+|(?=[:;,.]))")
# "столетие", "сорокалетие", "двадцатипятилетию": a count of years written as one word.
_RU_COUNT_STEMS = {
    "пяти": 5, "десяти": 10, "пятнадцати": 15, "двадцати": 20, "двадцатипяти": 25, "тридцати": 30,
    "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "семидесятипяти": 75,
    "восьмидесяти": 80, "девяноста": 90, "сто": 100, "двухсот": 200, "трёхсот": 300, "трехсот": 300,
}  # fmt: skip
_RU_CENTURY = re.compile(
    rf"(?<![а-яё])(?P<w>(?P<stem>{'|'.join(sorted(_RU_COUNT_STEMS, key=len, reverse=True))})лети(?:е|я|ю|ем))"
    r"(?:\s+|(?=[:;,.!]))",
    re.I,
)
_RU_GODOVSHCHINA = re.compile(r"(?P<n>\d{1,3})\s*-?\s*(?:я|й|ю|ой)?\s+годовщин\w*\s+")
_ZH_ANNIV = re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*周年")

_EN_AGO = re.compile(
    # "two summers ago": a season counts years too
    rf"{_CARD_START}\b(?:(?P<n>{_CARD})\s+(?P<unit>years?|decades?|centur(?:y|ies)|summers?|winters?|springs?|autumns?)"
    rf"|(?P<half>half\s+a\s+century)|(?P<quarter>a\s+quarter(?:\s+of\s+a\s+|[\s-])century))\s+ago\b",
    re.I,
)
# ("hace medio siglo", "полвека назад": half a century too)
_ES_AGO = re.compile(
    r"\bhace\s+(?:(?P<n>\d{1,3}|[a-zá-ú]+(?:\s+y\s+[a-zá-ú]+)?)\s+años?|(?P<half>medio\s+siglo)"
    r"|(?P<quarter>un\s+cuarto\s+de\s+siglo))\b",
    re.I,
)
_RU_AGO = re.compile(
    r"(?:(?P<n>\d{1,3}|[а-яё]+)\s+(?:лет|года|год)|(?P<half>полвека)|(?P<quarter>четверть\s+века))\s+назад", re.I
)
# "Завтра исполняется ровно десять лет с того утра, когда …": N years since a moment the next
# sentence dates ("В пятницу, 15 февраля 2013 года, …").
_RU_SINCE = re.compile(
    r"исполн(?:яется|илось|ится)\s+(?:ровно\s+)?(?P<n>\d{1,3}|[а-яё]+)\s+(?:лет|года|год)\s+"
    r"(?:с|со)\s+(?P<moment>(?:того|тех)\s+(?:утра|дня|вечера|ночи|момента|пор)|дня)\b",
    re.I,
)
# ((?=…): a digit or a numeral, tested first: the same matches, one test at each other character)
_ZH_AGO = re.compile(r"(?=[\d一二两三四五六七八九十百])(?:(?P<n>\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*年前)")

_NEXT_YEAR = re.compile(
    r"\b(?:next\s+year|the\s+coming\s+year|el\s+próximo\s+año|el\s+año\s+(?:próximo|que\s+viene))\b"
    r"|в\s+(?:следующем|будущем|наступающем)\s+году|明年",
    re.I,
)
_LAST_YEARS = re.compile(r"\blast\s+year['’]s\b|\bnext\s+year['’]s\b", re.I)
_LAST_YEAR = re.compile(r"\b(?:last\s+year|el\s+año\s+pasado)\b|в\s+(?:прошлом|минувшем)\s+году|去年", re.I)
# A word every match of the three above holds (same flags): a cheap test that spares most clauses their scans.
# (a lookahead for its words' first letters: one test at most places instead of five branches)
_YEAR_WORD = re.compile(r"(?=[yaг明去])(?:year|año|году|明年|去年)", re.I)
# "first shown on the tenth anniversary": an occasion that is over, not the article's present.
# The clause after "N years after …, on DATE," told in the past: "…, his son Walter told the story".
_TOLD_PAST_AFTER = re.compile(
    r"[^.;]*?,\s*(?:on\s+)?[^,.;]{0,30},\s+(?:[A-Z]?[a-z]+\s+){1,4}?(?:was|were|had|told|gave|came|went|made|\w+ed)\b"
)
# A person's past told after an occasion: "…, he was presented with a watch", "she sang".
_TOLD_OF_THEM = re.compile(r"\b(?:he|she)\s+(?:was|were|had|[a-z]+ed)\b", re.IGNORECASE)
_PAST_OCCASION = re.compile(
    r"\b(?:\w+(?:ed|en)|held|kept|shown|won)\s+(?:on|at|for|during|by)\s+(?:the\s+|its\s+|their\s+)?$", re.I
)
# A step of years told before an anniversary in its sentence: that anniversary was held back then.
_STEP_BEFORE = re.compile(
    # (?=…): its alternatives' first letters (years, лет/года, спустя, años, 年): the same matches
    r"(?=[yлгсa年])(?:\byears?\s+(?:later|afterwards)\b|(?:лет|года?)\s+спустя|спустя\s+\S+\s+(?:лет|года?)\b"
    r"|\baños?\s+(?:después|más\s+tarde)\b|年后)",
    re.IGNORECASE,
)
# "He retired fifteen years after the station opened": a past event's distance from another, not the present's.
_PAST_VERB_BEFORE = re.compile(r"\b(?:\w{2,}ed|was|were|came|went|left|died|took|became|began|grew)\s+$", re.I)
# How an anniversary counted from its base is told in /why ("“the Survey's bicentenary”: 1791 + 200; …").
COUNTED_FROM = N_("“{phrase}”: {base} + {n}{qualifier}; {why}")
# "in the dry summer ten years after the opening": a time of the account N years after, not the present.
PERIOD_BEFORE = re.compile(
    r"\b(?:the|that|a)\s+(?:[a-z]+\s+)?(?:summer|winter|spring|autumn|year|month|week|day|night)\s+$", re.I
)
# Where a subject ends: a clause break, or a comma followed by a date (the celebration's own date).
_SUBJECT_END = re.compile(
    r"[;:!?。；！？]|,\s*(?:on\s+)?(?=\d{1,2}\b|[A-Z][a-z]+\.?\s+\d)|\s[-–—]\s|,\s+(?:and|but|while|y|pero|и|но)\s"
)
# The second verb an event's clause goes on with: "twenty years after fire swept through the foundry
# and very nearly ended a business that …" (the event is the first clause).
_SECOND_VERB = re.compile(r"\s+and\s+(?:(?:very|almost|nearly|all\s+but|then)\s+)*[a-z]{3,}ed\b")
# "opened in May 1962", "founded in 1903": the year a window of birthdays is counted from.
_ORIGIN = re.compile(
    r"(?=[abcefijlmoprs])"  # (its words' first letters looked at first: the same matches)
    rf"\b(?:opened|reopened|founded|established|formed|built|rebuilt|restored|started|began|created|inaugurated|introduced|set\s+up|joined"
    rf"|moved|since|licensed|launched|installed|commissioned|erected|bought|purchased|acquired"
    # ("We met for the first time on Tuesday 5 October 2010", "the club first met in 1987")
    rf"|met\s+for\s+the\s+first\s+time|first\s+met)\b[^.;]{{0,80}}?"
    rf"\b(?P<y>{_YEAR})\b",
    re.I,
)
# Where a match of `_WINDOW_ORDINAL` can start (a digit, or the first letter of one of its words):
# tested first, it spares trying its number words at every place of a paragraph (same matches).
_WINDOW_WORDS = f"{ORDINAL_WORDS}|{CARDINAL_WORDS}|our|its|their|the|a|centenary|centennial|jubilee"
_WINDOW_START = rf"(?=[\d{''.join(sorted({w[0] for w in _WINDOW_WORDS.split('|')}))}])"
_WINDOW_ORDINAL = re.compile(
    rf"{_WINDOW_START}"
    # (not "the first-year students … the second-year": a compound names no count of years)
    rf"(?:\b(?P<n>{_ORD})\s+(?:birthday|anniversary|year|season|edition)\b|\b(?:our|its|their|the)\s+(?P<n2>{_ORD})\b(?!-)"
    rf"|\b(?P<c>{_CARD})\s+(?P<cu>years|decades)\b|\b(?P<w>centenary|centennial|jubilee)\b)",
    re.I,
)
# An occasion the present has not reached: "we have not yet reached our tenth birthday".
_NOT_YET = re.compile(
    # (a lookahead for the first letters of its words: not, has/have, yet, ahead/aún, still, todavía, ещё,
    # 尚未, 还没; zero-width, like the `\b` and the lookbehind it comes before: the same matches)
    r"(?=[nhyastе尚还])(?:\b(?:not\s+yet|(?:has|have)n['’]t\s+yet|(?:has|have)\s+not|still\s+not|yet\s+to|ahead\s+of"
    r"|aún\s+no|todavía\s+no)\b"
    r"|(?<![а-яё])ещ[её]\s+не(?![а-яё])|尚未|还没)",
    re.IGNORECASE,
)
# "… over 200 members before our tenth birthday": the occasion, right after, is still ahead.
_BEFORE_OCCASION = re.compile(
    # (not "three days before its 75th birthday": then the present is the occasion's year)
    # ((?=[baд]): the first letters of before / ahead, antes / до, tested before the lookbehinds; same matches)
    # ("we are still some way off our tenth birthday in 1989")
    r"(?=[baдsw])(?:(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!días\s)\b(?:before|ahead\s+of|antes\s+de"
    r"|(?:still\s+)?(?:some|a\s+(?:long|little))\s+way\s+off|still\s+short\s+of)"
    r"(?:\s+(?:our|its|their|the|su|nuestro|nuestra))?"
    r"|(?<![а-яё])до(?:\s+(?:своего|нашего|его))?)\s+$",
    re.IGNORECASE,
)
# "Нина надеется, что к 85-летию «Стрелы» у музея появится собственный зал", "she hopes that by its
# 85th anniversary …": an occasion hoped for is still ahead, whatever the verb after it.
_HOPED_BY = re.compile(
    r"(?:\b(?:hope[sd]?|hoping|expects?|expected|plans?|planned|intends?|aims?|espera|esperan|confía|confían"
    r"|planea|planean)|(?<![а-яё])(?:надеется|надеются|надеемся|рассчитывает|рассчитывают|рассчитываем"
    r"|планирует|планируют|планируем|мечтает|мечтают|мечтаем))(?![\w])"
    r"[^.;!?]{0,60}?(?:\b(?:by|for|para|antes\s+de)|(?<![а-яё])к)"
    r"(?:\s+(?:its|their|our|the|su|sus|nuestro|nuestra|своему|нашему|его|её))?\s+$",
    re.IGNORECASE,
)
# "planning for our centenary in 2016": an own occasion still ahead (not "planning for the charter's
# 700th anniversary, which falls ten years from now": that one counts the present).
_PLANNING_FOR = re.compile(r"\b(?:planning|preparing)\s+for(?P<own>\s+(?:our|its|their))?\s+$", re.IGNORECASE)
_OWN_AHEAD = re.compile(r"(?:our|its|their)\b", re.IGNORECASE)
# "— not yet ten of them", "not yet 25 years": a count of years since an origin not yet reached.
_NOT_YET_COUNT = re.compile(
    rf"(?=n)\bnot\s+yet\s+(?:(?P<n>{_CARD}|\d{{1,3}})\b(?!\s*(?:%|per|people|members|times|decades?))"
    rf"|(?P<d>a|one|{_CARD})\s+decades?\b)",
    re.I,
)
_STILL_AHEAD = re.compile(
    # ("with our tenth birthday still some years away": no verb)
    # ("and our tenth birthday, though still some seasons off, is already being talked about")
    r"\s*(?:(?:anniversary|birthday|jubilee|year|season)\s*)?,?\s*(?:(?:though|although|if)\s+)?(?:(?:is|are)\s+)?"
    r"(?:still\s+(?:[\w-]+\s+){0,4}?(?:away|ahead|off|to\s+come)|yet\s+to\s+come)\b",
    re.IGNORECASE,
)
# A year the present has not reached: "until … ready for the 2010 season", "expect to move again when
# the new school is finished in 2018", "with the lease due to end in 2019", "hasta 2010", "до 2010 года".
_UNTIL_YEAR = re.compile(
    r"(?=[abcdefhilprtuvwдзир])"  # (its words' first letters looked at first: the same matches)
    # ("The committee has agreed to hold a Millennium Day of Dance on 1 January 2000": planned, so ahead)
    rf"(?:\b(?:until|till|by|before|hasta|expects?|expected|esperamos|espera|due\s+to|will|hopes?|in\s+time\s+for"
    rf"|agreed\s+to|plans?\s+to|intends?\s+to"
    # ("the county has asked us to host its championships in 2010")
    rf"|(?:asked|invited)\s+(?:\w+\s+){{1,3}}?to"
    rf"|run(?:s|ning)\s+out|expir(?:es|ing)|ends|vence|termina|to\s+the\s+end\s+of|runs\s+(?:only\s+)?(?:to|through)|(?:is|are)\s+to\s+be"
    # an occasion looked forward to is still ahead: "planning for our centenary in 2016" is before 2016
    # ("Our centenary falls in 2012 and the appeal for it is already under way")
    rf"|(?P<ahead>look(?:s|ing)?\s+(?:forward|ahead)\s+to|planning\s+for|preparing\s+for|falls\s+(?:due\s+)?in"
    rf"|comes\s+round\s+in))\b|истекает|закончится"
    rf"|(?<![а-яё])до(?![а-яё])"
    rf"|рассчитыва\w+)[^.;]{{0,80}}?\b(?P<y>{_YEAR})\b",
    re.I,
)
# The millennium still ahead: "a special event station to see in the millennium" is before 2000 ("will ring
# the old century out and the new millennium in" too; not "The town saw in the new millennium in style").
_MILLENNIUM_AHEAD = re.compile(
    r"\b(?:see\s+in|seeing\s+in|run-up\s+to|approach\s+of|ahead\s+of|planning\s+for|preparing\s+for)"
    r"\s+the\s+(?:new\s+)?millennium\b"
    r"|\b(?:ring|ringing|see|seeing|usher|ushering|bring|bringing)\s+(?:[\w-]+\s+){0,6}?the\s+new\s+millennium\s+in\b",
    re.I,
)
MILLENNIUM = 2000
MILLENNIUM_SPOKEN = 5  # the years before 2000 a text may look ahead to it in
_DECADE_ORDINAL = re.compile(rf"(?=[iot])\b(?:our|its|their|the)\s+(?P<n>{_ORD})\s+decade\b", re.I)
# "the first total eclipse on the British mainland for 72 years", "for the first time in 40 years"
_FIRST_IN = re.compile(
    # (not across "and": "… in its first summer and led the choir for forty years" is a span of her life)
    rf"\bfirst\b(?:(?!\band\b)[^.;!?]){{0,80}}?\b(?:in|for)\s+(?P<rough>(?:almost|nearly|more\s+than|over)\s+)?(?P<n>\d{{1,3}}|{CARDINAL_WORDS})"
    r"\s+years\b",
    re.I,
)
# "Published 20 June 2016.", "Posted on March 3, 2015", "Publicado el 3 de mayo de 2014"
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:published|posted|first\s+published|(?:for\s+)?(?:immediate\s+)?release(?:d)?|(?:notice\s+)?dated(?:\s+this)?|issued"
    r"|publicado|опубликовано|发布于|发表于"
    # a notice's own date: "Date of notice: 6 December 2018", "Date: 3 May 1999"
    r"|date(?:\s+of\s+(?:this\s+)?(?:notice|issue|publication))?(?=\s*:)"
    # a cutting's source under it: "[Source: Cardenby Herald, Wednesday 18 June 1986, p. 3]"
    r"|[\[(]?\s*(?:source|fuente|источник|来源)\s*:\s*(?:[^\W\d_][\w'’ .&-]{0,40},\s*)?"
    # a cutting's paper and page in brackets: "[Tolvern Packet, Friday 17 January 1986, page 1]",
    # "(Oswick Advertiser, Friday 2 December 2011)"
    r"|[\[(]\s*[^\W\d_][\w'’ .&-]{0,40},\s*)"
    r"\s*(?:on|el)?\s*:?\s*",
    re.I,
)
# A paper's name before a date, the whole of an article's last line ("Marlcombe Echo, ").
# (a paper's issue: "Corbury Mercury, week ending 20 June 1997", "…, issue of 3 May 1981")
_SIGNATURE = re.compile(
    # ("Pennywell & District Times, Friday 8 February 2002", "Gazette and Herald, …")
    r"\s*[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|and|of|the)){0,5},\s*(?:(?:week\s+ending|w/e|issue\s+of|edition\s+of)\s+)?"
)
_SEASONS = (
    "spring|summer|autumn|fall|winter|primavera|verano|otoño|invierno|весна|лето|осень|зима"
    "|christmas|easter|navidad|pascua"  # a school magazine's "Christmas 2009" issue
)
_HEAD_MONTH = re.compile(
    rf"(?<![\w\d])(?:(?P<m>{'|'.join(m for m in EN_MONTHS if len(m) > 3)}|{'|'.join(ES_MONTHS)}|{_SEASONS}"
    r"|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
    rf"(?:\s+de)?\s+(?P<y>{_YEAR})|(?P<zy>{_YEAR})\s*年\s*(?P<zm>1[0-2]|0?[1-9])\s*月(?!\s*\d))(?![\d])",
    re.I,
)
_RU_NOMINATIVE_MONTHS = (
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_MONTH_NUMBERS = {
    **{m.lower(): n for m, n in EN_MONTHS.items()},
    **ES_MONTHS,
    **{m: i + 1 for i, m in enumerate(_RU_NOMINATIVE_MONTHS)},
}


# A title that names the issue's season ("Spring Newsletter", "Boletín de primavera"): its first day is
# the article's, when nothing dates it closer: an issue comes out as its season begins, listing what
# is to come (winter spans two years).
_TITLE_SEASON = re.compile(r"\b(spring|summer|autumn|fall|primavera|verano|otoño)\b", re.I)
_SEASON_START = {
    "spring": (3, 1), "primavera": (3, 1), "summer": (6, 1), "verano": (6, 1), "autumn": (9, 1),
    "fall": (9, 1), "otoño": (9, 1),
}  # fmt: skip


def _head_month_day(head: re.Match[str]) -> tuple[int, int] | None:
    """The middle of the month a head names ("January 2013"): the article's day, give or take a
    fortnight, for the tense rules (a January issue's "was called out … on 27 December" is past)."""
    word = (head.group("m") or "").lower()
    if word in _FEAST_DAYS:
        return _FEAST_DAYS[word]
    if word in _SEASON_START:
        return _SEASON_START[word]  # "Newsletter, autumn 2003": as the season begins
    month = int(head.group("zm")) if head.group("zm") else _MONTH_NUMBERS.get(word)
    return (month, 15) if month else None


def masthead_month(line: str) -> tuple[int, int] | None:
    """(year, month) of a line that names its issue's month ("Wendle Navigation News, No. 41, June
    1997", "2015年3月"), or None."""
    head = _HEAD_MONTH.search(line) if _YEAR_RE.search(line) else None
    day = _head_month_day(head) if head is not None else None
    return (int(head.group("y") or head.group("zy")), day[0]) if head is not None and day is not None else None


# The day a feast's issue speaks from: a Christmas issue in mid-December, an Easter one in April.
_FEAST_DAYS = {"christmas": (12, 15), "navidad": (12, 15), "easter": (4, 1), "pascua": (4, 1)}
# What stands before a dateline's date: capitalised place words and commas ("BEAUMONT COUNTY, Ohio, ").
# (with a name's small words: "Villalba de los Montes, 11 de enero", "Newcastle upon Tyne, 3 March")
_PLACE_HEAD = re.compile(
    r"(?:[A-ZА-ЯЁ][\w.'’-]*,?\s+|(?:de|del|la|las|los|el|y|upon|on|sur|le|en|di)\s+)*"
    r"[A-ZА-ЯЁ][\w.'’-]*(?:\s+\([^()]{1,30}\))?,\s+"  # "Valdeoscuro (Huesca), 14 de enero."
)
# (a full stop may close the date first: "PUERTO ALCARAZ, 10 de enero. — El muelle …")
_DATELINE_AFTER = re.compile(r"\.?\s*(?:\([^)]{1,40}\)\s*)?(?:[—–-]{1,2}|:)\s|电")  # 电: "本报南京2018年12月29日电"


_ZH_CLAUSE = re.compile(r"[。，；！？]")  # a sentence before the date: no dispatch's head
_CAPS_PLACE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ.'’ -]*[A-ZА-ЯЁ],\s+")  # a place in capitals, then its day
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-ZА-ЯЁ0-9«\"“])")


def place_dateline(text: str, start: int, end: int) -> bool:
    """A dateline's place and day, with or without a year: "VALDESORES, 10 de enero" alone on its
    line, or "HEARSTON, 3 March — Workers …"."""
    if text.startswith("电", end) and start <= 40 and not _ZH_CLAUSE.search(text, 0, start):
        return True  # a Chinese dispatch: "本报讯（记者 孟晓岚）9月10日电", "新华社北京9月10日电"
    if start > 40 or not _PLACE_HEAD.fullmatch(text[:start]):
        return False
    if _CAPS_PLACE.fullmatch(text[:start]) and _NEXT_SENTENCE.match(text, end):
        return True  # a news agency's: "КОВЫЛИНСК, 21 августа. 70 лет назад, …", "LEEDS, 3 May. The …"
    return not text[end:].strip(" .") or _DATELINE_AFTER.match(text, end) is not None


@dataclass(frozen=True, slots=True)
class Evidence:
    year: int
    weight: float
    kind: str
    why: str
    day: tuple[int, int] | None = None  # (month, day) of a dateline or head date
    base: int | None = None  # the year "N years ago" counts from: history, not the present


@dataclass(frozen=True, slots=True)
class DocumentTime:
    year: int | None
    why: str
    evidence: tuple[Evidence, ...] = ()
    # The day of the dateline or head date that set the present, when one did.
    present_day: tuple[int, int] | None = None
    # A "10 YEARS AGO" section's: the present of the column it belongs to (its own year is N before).
    column_year: int | None = None
    # Sentences that tell, in the past, of a day of this year with no year written (`told_this_year`):
    # bases other articles may count an anniversary from.
    told: tuple[str, ...] = ()
    # The same told in a "looking back" column's sections, each in its section's year ("100 YEARS AGO"
    # of 1988: "The new Arboretum … was opened by the Mayor … on 14 June", of 1888).
    told_then: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Anniversary:
    """An anniversary phrase: the Nth return of `subject`."""

    n: int
    subject: str  # the noun phrase, up to its first comma: what identifies the event
    start: int  # of the phrase, in its paragraph text
    end: int
    sentence: tuple[int, int]
    scope: str = ""  # the subject with the clauses attached to it ("…, which occurred on 26 April 1986")
    possessive: bool = False  # "its centenary": the subject is whatever the sentence is about
    scope_end: int = 0  # where the scope ends in the paragraph text
    # "Fifty years to the day after, on …": no subject written; it stands for the day told before ("that")
    elided: bool = False


@dataclass(frozen=True, slots=True)
class Counted:
    """An anniversary with its base year found: the year it falls in, and why."""

    phrase: Anniversary
    para: int  # 0: the title; 1…: the paragraphs
    base: Base
    year: int  # the year of the article's present, by this phrase
    past: bool
    why: str


def number_of(word: str) -> int | None:
    """A count written in digits or words (English, Spanish, Russian, Chinese numerals)."""
    w = word.lower().strip()
    if w in ("a", "one"):
        return 1
    if w in _ES_NUMBERS:
        return _ES_NUMBERS[w]
    if w in _RU_NUMBERS:
        return _RU_NUMBERS[w]
    if " y " in w or w.split(" ", 1)[0] in _ES_NUMBERS:  # "treinta y cinco", "ciento veinticinco"
        return _es_count(w)
    if w and all(ch in _ZH_DIGITS or ch in "十百" for ch in w):
        return _zh_number(w)
    return number_word(w)


def _es_count(w: str) -> int | None:
    """ "treinta y cinco", "ciento veinticinco", "doscientos cincuenta" → 35, 125, 250: each part
    smaller than the one before, and "y" only between tens and units."""
    words = w.split()
    parts = [_ES_NUMBERS.get(p) for p in words if p != "y"]
    if not parts or None in parts:
        return None
    values = [p for p in parts if p is not None]
    if any(b >= a for a, b in itertools.pairwise(values)):
        return None
    if "y" in words:  # (tens, "y", a unit: "treinta y cinco", not "cien y cuarenta")
        at = words.index("y")
        tens = _ES_NUMBERS.get(words[at - 1]) if at > 0 else None
        unit = _ES_NUMBERS.get(words[at + 1]) if at + 1 < len(words) else None
        if tens is None or unit is None or tens % 10 or tens >= 100 or unit >= 10:
            return None
    return sum(values)


def _es_ordinal(w: str) -> int | None:
    """ "30", "décimo", "vigésimo quinto" → 30, 10, 25."""
    if w.isdigit():
        return int(w)
    parts = [_ES_ORDINALS.get(p, _ES_NUMBERS.get(p)) for p in w.lower().split()]
    return None if None in parts else sum(p for p in parts if p)


def _zh_number(w: str) -> int | None:
    total, digit = 0, 0
    for ch in w:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += (digit or 1) * 100
            digit = 0
    return (total + digit) or None


def _subject_after(text: str, pos: int, end: int) -> str:
    cut = _SUBJECT_END.search(text, pos, end)
    return text[pos : cut.start() if cut else end]


def anniversaries(text: str) -> tuple[Anniversary, ...]:
    """Every anniversary phrase of a paragraph, with its subject (cached: several passes ask)."""
    return _anniversaries(text)


@lru_cache(maxsize=8192)
def _anniversaries(text: str) -> tuple[Anniversary, ...]:
    return tuple(_find_anniversaries(text))


def _century_hint(low: str, cent: bool) -> bool:
    """Whether the folded paragraph holds a word `_EN_CENTURY` needs (`cent`: it holds "cent"; spelt
    out: `any()` over a generator of the three costs more than the tests, once per paragraph)."""
    return "jubilee" in low or " anniversary" in low or (cent and ("centen" in low or "sesquicent" in low))


_PLUPERFECT_SUBJECT = re.compile(r"\s*(?:he|she|they|we|it|i|you)\s+had\b", re.IGNORECASE)
_YEARS_AFTER_HINT = re.compile(
    r"(?:years?|century(?: and a half)?|centuries),? (?:(?:almost|nearly|all but) (?=to the))?"
    r"(?:(?:this \w+|today|tomorrow),? (?:\d{1,2}\w* \w{3,9},? )?)?(?:on [\w ,]{5,30}? )?"
    r"(?:after|since|to the (?:day|night|week|hour)|on from)"
)


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    """`text.casefold()`, once per paragraph (the anniversary and "years ago" passes both fold it)."""
    return text.casefold()


@lru_cache(maxsize=8192)
def _ago_keywords(text: str) -> tuple[str, ...]:
    """The keywords of "N years ago" the folded paragraph holds (once per paragraph: `_years_ago`
    and `_years_ago_elsewhere` both ask, and again when the article's evidence is read again)."""
    low = _folded(text)
    found: list[str] = []
    for k in ("ago", "hace", "назад", "年前", "исполн"):
        if k in low:
            found.append(k)
    return tuple(found)


def clear_caches() -> None:
    """Forget the per-paragraph results kept while one corpus is resolved."""
    _anniversaries.cache_clear()
    _folded.cache_clear()
    _ago_keywords.cache_clear()
    _counted_tiers_of.cache_clear()
    _ago_headings.cache_clear()
    _may_count.cache_clear()
    _year_headings.cache_clear()
    clear_sentence_cache()
    clear_mention_cache()
    clear_key_cache()


def _find_anniversaries(text: str) -> Iterator[Anniversary]:
    spans: list[tuple[int, int]] | None = None

    def found(n: int | None, subject_start: int, start: int, end: int) -> Anniversary | None:
        nonlocal spans
        if not n or n > 1000:
            return None
        spans = spans or sentences(text)
        s, e = sentence_at(spans, start)
        if subject_start < 0:  # a possessive ("its centenary"): the sentence is about the subject
            return Anniversary(n, text[s:start].strip(" ,"), start, end, (s, e), text[s:e], True, end)
        scope = _subject_after(text, subject_start, e)
        subject = re.split(r"[,，]", scope, maxsplit=1)[0]
        scope_end = subject_start + len(scope.rstrip(" ,"))
        return Anniversary(n, subject.strip(" ,"), start, end, (s, e), scope.strip(" ,"), False, scope_end)

    low = _folded(text)
    english = "annivers" in low or "birthday" in low  # (tested once for the three patterns below)
    # Tested once, each a part of several keywords below (without it, none of them is there): "cent"
    # (century, centen…, sesquicent…, centenario), and the Cyrillic "о" or "е" (every Russian one).
    cent = "cent" in low
    cyrillic = "\u043e" in low or "\u0435" in low
    hints = _ord_anniv_hints(text, low) if english else []
    if english:
        for m in _by_ordinals(_EN_ANNIV, text, hints, 0):
            a = found(number_word(m.group("n")), m.end(), m.start(), m.end())
            if a:
                yield a
    if english:
        for m in _by_ordinals(_EN_POSS_ANNIV, text, hints, 1, ends_at_word=True):
            a = found(number_word(m.group("n")), -1, m.start(), m.end())
            if a:
                yield a
    if english:
        for m in _by_ordinals(_EN_GEN_ANNIV, text, hints, 3, ends_at_word=True):
            # "the charter's 700th anniversary": the Nth anniversary of the charter
            n = number_word(m.group("n"))
            if n and n <= 1000:
                spans = spans or sentences(text)
                s, e = sentence_at(spans, m.start())
                subj = m.group("subj")
                yield Anniversary(n, subj, m.start(), m.end(), (s, e), subj, False, m.end())
    if " its " in low or " their " in low:
        for m in _EN_ITS_NTH.finditer(text):
            # "A Christmas Carol was first published on 19 December 1843, so this Christmas is its 150th":
            # counted from the year the sentence names before it
            spans = spans or sentences(text)
            s, e = sentence_at(spans, m.start())
            n = number_word(m.group("n"))
            if n and n <= 1000 and _YEAR_RE.search(text, s, m.start()):
                # (quoted with its clause: "so this Christmas is its 150th")
                start = max(s, text.rfind(",", s, m.start()) + 1)
                start += len(text[start:]) - len(text[start:].lstrip())
                clause = text[start : m.start()].strip()
                yield Anniversary(n, clause, start, m.end(), (s, e), text[s:e], True, m.end())
    if "years old" in low:
        for m in _EN_YEARS_OLD.finditer(text):
            # "Ardlow's market charter is 700 years old this month": the subject before the verb
            n = number_of(m.group("n"))
            subj = m.group("subj").strip(" ,")
            if n and 2 <= n <= 1000 and subj.split()[0].lower() not in _PRONOUNS:
                spans = spans or sentences(text)
                s, e = sentence_at(spans, m.start("n"))
                yield Anniversary(n, subj, m.start("subj"), m.end(), (s, e), subj, False, m.end())
            elif n and 2 <= n <= 1000 and (we := _WE_SHALL_BE.search(subj)) is not None and _YEAR_RE.search(subj):
                # "Stennack Lane first opened its doors on Monday 9 January 1888, and so on Saturday 9
                # January we shall be exactly one hundred years old": counted from the year before
                start = m.start("subj") + we.start()
                if (a := found(n, -1, start, m.end())) is not None:
                    yield a
    if " turn" in low or " will be " in low or (cyrillic and "исполн" in low):
        # "The school, which opened in 1924, turns 100 this year": counted only with a year in the
        # sentence (a score or a temperature "turns" too).
        for rx, words in ((_EN_TURNS, ("turn", " will be ")), (_RU_TURNS, ("исполн",))):
            if not any(w in low for w in words):
                continue  # each match holds a word of them, and case-folds to it (char by char): none here
            for m in rx.finditer(text):
                n = number_of(m.group("n"))
                a = found(n, -1, m.start(), m.end()) if n and n >= 2 else None
                # the year it counts from, not "who died in 2016" (Russian counts years by name:
                # "исполнится 50 лет", its origin perhaps in the next sentence; so does an English age
                # to come: "Next month Tintin will be sixty. The boy reporter first appeared … on 10
                # January 1929")
                if a and (
                    rx is _RU_TURNS
                    or _TURNS_ORIGIN.search(a.scope)
                    or _ORIGIN_AFTER.search(text, a.sentence[1], sentence_at(sentences(text), a.sentence[1] + 1)[1])
                ):
                    yield a
    if "years of" in low:
        head = _EN_HEADING_YEARS_OF.match(text)
        if head is not None and (a := found(number_of(head.group("n")), head.end(), head.start("n"), head.end())):
            yield a
    if "years of" in low and ("mark" in low or "celebrat" in low):
        for m in _EN_YEARS_OF.finditer(text):
            a = found(number_of(m.group("n")), -1, m.start(), m.end())
            if a and _YEARS_OF_ORIGIN.search(a.scope):  # "since 1887", "founded in 1912"
                yield a
    if "centur" in low and ("mark" in low or "celebrat" in low):
        for m in _EN_CELEBRATE_SPAN.finditer(text):
            # (the sentence's subject counts its own years: "The Mill Theatre will celebrate …", a
            # subject to look for in other documents, as the words after an anniversary are)
            n = _SPANS.get(" ".join(m.group("span").lower().split()))
            spans = spans or sentences(text)
            s, e = sentence_at(spans, m.start())
            # (after a dateline's dash, without the verb's auxiliary: "The Mill Theatre")
            subject = _AUXILIARY_END.sub("", re.split(r"\s[—–]\s", text[s : m.start()])[-1]).strip(" ,")
            if n and subject:
                yield Anniversary(n, subject, m.start(), m.end(), (s, e), subject, False, m.start())
    if " su " in low and ("cumpl" in low or "celebr" in low or "conmemora" in low):
        for m in _ES_OWN_CENTURY.finditer(text):
            a = found(_ES_OWN_COUNTS.get(" ".join(m.group("w").lower().split())), -1, m.start(), m.end())
            if a and _TURNS_ORIGIN.search(a.scope):
                yield a
    # (the hint's own start: "year " or "years " or "century ", each with its space or a comma)
    counts_on = "year " in low or "years " in low or "years," in low or (cent and "centur" in low)
    if counts_on and _YEARS_AFTER_HINT.search(low):
        for m in _EN_YEARS_AFTER.finditer(text):
            n = _SPANS.get(" ".join(m.group("span").lower().split())) if m.group("span") else number_of(m.group("n"))
            a = found(n, m.end(), m.start(), m.end())
            if a and text.startswith(",", m.end()):
                a = replace(a, subject="that", scope="that", elided=True)  # (its subject left out: the day told before)
            if a and _PLUPERFECT_SUBJECT.match(a.scope):
                continue  # "thirty-two years almost to the day after he had taken it up": two past days apart
            if a and (second := _SECOND_VERB.search(a.scope)):
                cut = a.scope[: second.start()]
                a = replace(a, subject=cut.split(",")[0].strip(" ,"), scope=cut, scope_end=m.end() + len(cut))
            if a:
                yield a
    for m in _EN_CENTURY.finditer(text) if _century_hint(low, cent) else ():
        kind = " ".join(m.group("w").lower().split())
        n = CENTURY_WORDS.get(kind) or JUBILEE_KINDS.get(kind.split()[0])
        a = found(n, -1 if m.group("poss") and not m.group(0).rstrip().endswith("of") else m.end(), m.start(), m.end())
        if a:
            yield a
    if " años" in low:
        for m in _ES_YEARS_OF.finditer(text):
            # "El Metro de Madrid cumple hoy cien años, y lo celebra …": no "de X" after it, the
            # sentence is about its subject
            own = not m.group(0).rstrip().lower().endswith(("de", "del"))
            a = found(number_of(m.group("n")), -1 if own else m.end(), m.start(), m.end())
            if a:
                yield a
    if cyrillic and ("со дня" in low or "с момента" in low or "с тех пор" in low):
        for m in _RU_YEARS_SINCE.finditer(text):
            a = found(int(m.group("n")), m.end(), m.start(), m.end())
            if a:
                yield a
    if "aniversario" in low or (cent and "centenario" in low):
        for m in _ES_ANNIV.finditer(text):
            # "celebró hoy su trigésimo aniversario con una jornada …": its own, as "its" is
            own = _ES_POSSESSIVE.search(text, max(0, m.start() - 8), m.start()) is not None
            a = found(_es_ordinal(m.group("n")), -1 if own else m.end(), m.start(), m.end())
            if a:
                yield a
        for m in _ES_CENTURY.finditer(text):
            years = CENTURY_WORDS.get(m.group("w").lower())
            if years == 100 and m.group("ord"):
                years = 100 * (_es_ordinal(m.group("ord")) or 1)
            a = found(years, m.end(), m.start(), m.end())
            if a:
                yield a
    if cyrillic and ("лет" in low or "годовщин" in low):
        # (each pattern's literal word, as written: a paragraph without it is not scanned)
        for word, rx in (("лет", _RU_ANNIV), ("годовщин", _RU_GODOVSHCHINA)):
            for m in rx.finditer(text) if word in text else ():
                # "хлебозавод сегодня отмечает 75-летие:": nothing after it names the subject
                own = text[m.end() :].lstrip()[:1] in (":", ";", ".", "!", "")
                a = found(int(m.group("n")), -1 if own else m.end(), m.start(), m.end())
                if a:
                    yield a
        for m in _RU_CENTURY.finditer(text):
            # "маяк … отмечает столетие.": nothing after it names the subject
            own = text[m.end() :].lstrip()[:1] in (":", ";", ".", "!", "")
            a = found(_RU_COUNT_STEMS.get(m.group("stem").lower()), -1 if own else m.end(), m.start(), m.end())
            if a:
                yield a
    if "周年" in text:
        for m in _ZH_ANNIV.finditer(text):
            n = number_of(m.group("n"))
            spans = spans or sentences(text)
            s, e = sentence_at(spans, m.start())
            # (and after a bracketed dateline: "本报讯（2016年9月28日）今天是…二十周年")
            clause_start = max(text.rfind(ch, s, m.start()) for ch in "，,、；）)") + 1
            subject = text[max(s, clause_start) : m.start()]
            if n:
                yield Anniversary(n, subject.strip(), m.start(), m.end(), (s, e), subject.strip(), False, m.start())


# The spaces and the anniversary word after an ordinal: every match of `_EN_ANNIV`, `_EN_POSS_ANNIV`
# and `_EN_GEN_ANNIV` holds one that starts where its ordinal ends (same flags), and `finditer` lists
# it (none listed can hold an ordinal's end: an ordinal is neither "annual" nor an anniversary word).
# The scan only tries the places of spaces.
_ORD_ANNIV = re.compile(r"\s+(?:annual\s+)?(?:anniversary|birthday)", re.I)


def _ord_anniv_hints(text: str, low: str) -> list[re.Match[str]]:
    """`list(_ORD_ANNIV.finditer(text))` (`low`: the text's case folding), searched only from two
    words before each place the folding has "annivers" or "birthday". When folding kept every
    character one character, `low` is aligned with `text`, and without a dotless "ı" (which `re.I`
    lets stand for "i", and folding keeps) every match's word is at one of those places: a match is
    spaces, perhaps "annual" and spaces, and the word, so none starts before that window, and none
    holds two words. Each search ends where the place's word would (the pattern ends with it)."""
    if len(low) != len(text) or "ı" in text:
        return list(_ORD_ANNIV.finditer(text))
    places = sorted(_places(low, "annivers") + _places(low, "birthday"))
    out: list[re.Match[str]] = []
    pos = 0
    for at in places:
        if at < pos:
            continue  # inside the last match
        m = _ORD_ANNIV.search(text, max(pos, _word_start(text, at, 2)), at + len("anniversary"))
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _places(low: str, word: str) -> list[int]:
    """Every place `word` starts in `low` (overlaps none: neither word can overlap itself)."""
    out = []
    at = low.find(word)
    while at != -1:
        out.append(at)
        at = low.find(word, at + len(word))
    return out


WORD_START_WINDOW = 256  # characters read back from `at` first (words are far shorter)


def _word_start(text: str, at: int, words: int, *, hyphens: bool = False) -> int:
    """The start of the word (a run of non-spaces, `\\s` as the patterns read it; `hyphens`: nor
    hyphens) that ends at or holds `at`, or of the one `words` words before it."""
    if at <= 0:
        return at
    # Read backwards, by one match on the reversed text before `at` (not a step per character): the
    # word's rest, then each earlier word with the spaces after it, each run as long as it goes.
    # (`\s` is `str.isspace()`.) Only a walk that reaches the window's start may go on before it.
    lo = max(0, at - WORD_START_WINDOW)
    walked = _walked_back(text[lo:at], words, hyphens)
    if walked == at - lo and lo > 0:
        walked = _walked_back(text[:at], words, hyphens)
    return at - walked


# Public for the resolver's scans that start a few words before a word every match holds.
word_start = _word_start


def _walked_back(before: str, words: int, hyphens: bool) -> int:
    """How many characters at the end of `before` the walk of `_word_start` passes over."""
    m = _words_back(words, hyphens).match(before[::-1])
    return m.end() if m is not None else 0  # (the pattern matches every text, perhaps empty)


@lru_cache(maxsize=32)
def _words_back(words: int, hyphens: bool) -> re.Pattern[str]:
    space, word = (r"[\s-]", r"[^\s-]") if hyphens else (r"\s", r"\S")
    return re.compile(rf"{word}*(?:{space}*{word}*){{{words}}}")


HUNDREDS_WORDS = 3  # the words of "a hundred and fiftieth" before its last


def _by_ordinals(
    rx: re.Pattern[str], text: str, hints: list[re.Match[str]], words: int, *, ends_at_word: bool = False
) -> Iterator[re.Match[str]]:
    """The matches of `rx.finditer(text)`, for a pattern each of whose matches holds one of `hints`
    (`_ORD_ANNIV`'s, in order) right after its ordinal, and starts at most `words` words before the
    ordinal's word (`ends_at_word`: and ends with that hint's anniversary word). Each search starts at
    that word of the next hint, before which no match is left (the hints' words come in order),
    instead of trying the pattern at every place of the text; with `ends_at_word`, a hint with no
    match of its own (up to its end and the character after it) is passed over."""
    pos = i = 0
    while i < len(hints):
        hint = hints[i]
        # (an ordinal of hundreds is up to four words: "two hundredth", "a hundred and fiftieth")
        hundreds = HUNDREDS_WORDS if "hundred" in text[max(0, hint.start() - 40) : hint.start()].lower() else 0
        start = max(pos, _word_start(text, hint.start(), words + hundreds))
        if hint.start() < pos or (ends_at_word and rx.search(text, start, hint.end() + 1) is None):
            i += 1  # no match from `pos` on holds this hint
            continue
        m = rx.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


_ES_POSSESSIVE = re.compile(r"\b(?:su|sus|nuestro|nuestra)\s+(?:\w+\s+)?$", re.IGNORECASE)


# "for the first time since the lock was sealed in the winter of 1957": a year "since" governs is
# where a span of time starts, not the time of what the sentence tells.
_SINCE_CLAUSE = re.compile(r"\b(?:since|desde)\b[^,;]{0,60}$", re.IGNORECASE)


def since_governs(text: str, start: int, pos: int) -> bool:
    """Whether "since" (from `start` on) governs the year at `pos`."""
    return _SINCE_CLAUSE.search(text[max(start, pos - 70) : pos]) is not None


def years_in(text: str) -> list[int]:
    if "1" not in text and "2" not in text:
        return []  # every `_YEAR_RE` match starts with one of them
    return [int(y) for y in _YEAR_RE.findall(text)]


def _counted_years(text: str) -> list[int]:
    """years_in(text) but a relative clause's "since YEAR" ("a business that had cast bells since
    1790"): when what the clause describes began, which later counts do not count from."""
    if "since" not in text:
        return years_in(text)
    return [int(m.group()) for m in _YEAR_RE.finditer(text) if not _SINCE_IN_CLAUSE.search(text, 0, m.start())]


# A bare year after these may be the anniversary's own ("the 50th anniversary of X at the end of
# 2025"), not the year of X.
_WHEN_PREP = re.compile(r"\b(?:at\s+the\s+(?:end|beginning|start)\s+of|by|later\s+in|until|early|late|this)\s*$", re.I)
# The words right before a year inside a written date: "14 October ", "de julio de ", "April 17, ", "年".
_IN_DATE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s*(?:de\s+)?[^\W\d_]+\.?,?\s*(?:de\s+)?$|[^\W\d_]+\.?\s+\d{1,2},?\s*$|年$"
)
# ((?=…): the verbs' first letters, tested before `\b` at each place; the same matches)
_ORIGIN_VERB = re.compile(
    r"(?=[febocs])\b(?:founded|established|formed|built|opened|created|started|born|began)\b", re.I
)


# A relative clause's "since YEAR", right before the year: when what the clause describes began.
_SINCE_IN_CLAUSE = re.compile(r"\b(?:that|which|who)\b[^,;]*\bsince\s+$", re.I)


def stated_base(a: Anniversary) -> int | None:
    """The year the anniversary counts from when its own words give it: a year in a full date
    ("of 14 October 1987"), after an origin verb ("founded … in 1912"), or a plain year that no
    time preposition makes the celebration's own ("at the end of 2025")."""
    for m in _YEAR_RE.finditer(a.scope):
        before = a.scope[max(0, m.start() - 40) : m.start()]
        if _SINCE_IN_CLAUSE.search(a.scope, 0, m.start()):
            continue  # "… ended a business that had cast bells since 1790": the clause's noun, not the event
        in_date = bool(_IN_DATE.search(before))
        if in_date or _ORIGIN_VERB.search(before) or not (_WHEN_PREP.search(before) or _held_in(a.scope, m)):
            return int(m.group())
    return None


# "… opened in 1966", "was first founded in 1912": an origin verb and its year, a few words apart.
_ORIGIN_IN_YEAR = re.compile(rf"{_ORIGIN_VERB.pattern}(?:\s+[\w']+){{0,3}}?\s+in\s+(?P<y>{_YEAR})\b", re.I)


def _nearest_origin(a: Anniversary, text: str) -> int | None:
    """The year a possessive anniversary counts from when its sentence tells several beginnings: the
    one nearest before it ("Gagarin's flight of 12 April 1961 was thirty years ago last month, and
    the school itself opened in 1966, so this summer also brings the school's silver jubilee")."""
    if not a.possessive:
        return None
    found = list(_ORIGIN_IN_YEAR.finditer(text, a.sentence[0], a.start))
    return int(found[-1].group("y")) if found else None


def _held_in(scope: str, year: re.Match[str]) -> bool:
    """Whether the scope is only "in YEAR": "the Silver Jubilee in 1977" was kept in 1977 (an
    event named after its "of …" is what a year there dates: "the 50th anniversary of the landing in 1969")."""
    return scope[: year.start()].strip().casefold() in ("in", "en", "в")


def _count_origin(a: Anniversary, text: str) -> int | None:
    """The year "N years of …" counts from, where its sentence says it starts ("who have baked in
    Kellow since 1887, … to mark 130 years of baking")."""
    if not _EN_YEARS_OF.match(text, a.start):
        return None
    origin = _YEARS_OF_ORIGIN.search(a.scope)
    years = years_in(origin.group(0)) if origin else []
    return years[-1] if years else None


_TRAILING_DATE = re.compile(r",\s*(?:on\s+|el\s+)?(?=\d)")


def _beginning_told_next(following: str, article_id: str, finder: BaseFinder) -> Base | None:
    """ "… to mark thirty years since the rink first opened its doors." / "The rink was opened on 1
    November by the then Provost": the next sentence tells the beginning on a day with no year,
    which another document's sentence dating that day and telling the same dates."""
    if not following or not _ORIGIN_VERB.search(following):
        return None
    a, b = sentences(following)[0]
    nxt = following[a:b]
    days = frozenset((m.month, m.day) for m in find_mentions(nxt) if m.year is None)
    if not days or not _ORIGIN_VERB.search(nxt):
        return None
    return finder.find_on_day(nxt, article_id, days)


# The head noun of a count's subject ("Sydney Harbour Bridge" → "Bridge"): its last word, long enough to
# name a thing rather than to be a particle.
_HEAD_NOUN = re.compile(r"([A-Za-z][a-z]{3,})\W*$")


def _subject_begun_after(subject: str, following: str) -> Base | None:
    """ "Seventy-five years of the Sydney Harbour Bridge, built by … / The bridge was opened on Saturday 19
    March 1932, so …": a later sentence of the paragraph that tells, of the subject's head noun, that it
    began in a year."""
    head = _HEAD_NOUN.search(subject)
    text = following[:500]
    if head is None or head.group(1).casefold() not in text.casefold():
        return None  # (the common case: the paragraph names it no more)
    told = re.compile(
        rf"\b(?:the|its|this|our)\s+(?:[\w-]+\s+){{0,2}}?{head.group(1)}\s+(?:was|were)\s+(?:\w+\s+)?"
        rf"{_BEGINNING}[^.;!?]{{0,60}}?\b(?P<y>{_YEAR})\b",
        re.I,
    )
    for s, e in sentences(text)[:3]:
        hit = told.search(text, s, e)
        if hit:
            why = reason(N_("a later sentence tells its beginning: {quote}"), quote=quote(text[s:e]))
            return Base(int(hit.group("y")), why, 1.0, text[s:e])
    return None


def _trailing_base(a: Anniversary, text: str) -> int | None:
    """ "A hundred years after its first telescope was turned on the sky, on 9 November 1904,
    Saltby Observatory is throwing open its dome": a full date right after the subject, and a main
    clause about now after it, date the subject (not the celebration: "…, on 8 May 2025, veterans
    gathered" keeps its date)."""
    after = _TRAILING_DATE.match(text, a.scope_end)
    if after is None:
        return None
    found = find_mentions(text[after.end() : after.end() + 40])
    if not found or found[0].start != 0 or found[0].year is None:
        return None
    rest = text[after.end() + found[0].end : a.sentence[1]]
    if _NOW_CLAUSE.search(rest):
        return found[0].year
    # (or the sentence ends on it after a main clause about now: "I am writing this on a bench …, a
    # hundred and twenty-five years to the day after the bridge was opened, on 24 May 1883.")
    # (so "On Monday, 29 March, it will be the 150th anniversary of the day the Royal Albert Hall was
    # opened, on 29 March 1871, with Queen Victoria present.": a phrase of the event's own after it)
    ends = _SENTENCE_RUNS_OUT.fullmatch(rest) is not None
    return found[0].year if ends and _PRESENT_BEFORE.search(text, a.sentence[0], a.start) else None


_PRESENT_BEFORE = re.compile(r"\b(?:am|is|are|has|have|now|today|will|shall|I'm|we're)\b", re.I)
_SENTENCE_RUNS_OUT = re.compile(r"(?:,\s*(?:with|when|in|at|as|before|after)\b[^.;:]*)?[\s.!\"”]*")


_FALLS_ON = re.compile(
    r",?\s*(?:(?:which\s+|that\s+)?(?:falls|will\s+fall)\s+on|прид[её]тся\s+на|выпад(?:ет|ает)\s+на"
    r"|приходится\s+на|caer[áa]\s+el|cae\s+el)\s+|,\s",
    re.I,
)


def _apposed_day(a: Anniversary, text: str) -> Mention | None:
    """The full date set after an anniversary's phrase with only a comma between: the day it falls on
    ("to be opened on the pool's fiftieth birthday, 17 September 2038"), or after a verb of falling on
    ("Следующий круглый юбилей, 30-летие, придётся на 7 апреля 2024 года"), not the day it counts from."""
    rest = text[a.end : a.end + 60]
    if (lead := _FALLS_ON.match(rest)) is None:
        return None
    first = next(iter(find_mentions(rest)), None)
    at = lead.end()
    return first if first is not None and first.start == at and first.year is not None and not first.is_range else None


def _apposed_days(sentence: str) -> dict[tuple[int, int, int], int]:
    """(year, month, day) of every anniversary's own day in a sentence (`_apposed_day`) → the year
    it counts from."""
    out: dict[tuple[int, int, int], int] = {}
    for a in anniversaries(sentence):
        if (m := _apposed_day(a, sentence)) is not None and m.year is not None:
            out[(m.year, m.month, m.day)] = m.year - a.n
    return out


def _own_year(a: Anniversary) -> int | None:
    """A year the scope gives the anniversary itself ("… at the end of 2025"), if any."""
    for m in _YEAR_RE.finditer(a.scope):
        if _WHEN_PREP.search(a.scope[max(0, m.start() - 40) : m.start()]) or _held_in(a.scope, m):
            return int(m.group())
    return None


SAME_DAY_BONUS = 1.5


# "which falls ten years from now", "in five years' time", "dentro de diez años", "через десять лет"
_YEARS_FROM_NOW = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{CARDINAL_WORDS}|[a-zá-ú]+)\s+years?\s+(?:from\s+now|hence)\b"
    rf"|\bin\s+(?P<n2>\d{{1,3}}|{CARDINAL_WORDS})\s+years['’]?\s+time\b",
    re.I,
)
_NEXT_YEAR_NOTE = reason(N_(" (next year)"))
_LAST_YEAR_NOTE = reason(N_(" (last year)"))
_TITLE_NAMES = N_("the title names its month: “{phrase}”")
_FIRST_LINE_NAMES = N_("the first line names its month: “{phrase}”")
_CAPTION_NAMES = N_("the caption names its month: “{phrase}”")
_SOURCE_NAMES = N_("the source line at its foot names its month: “{phrase}”")
# A cutting's source in brackets, alone at its foot: "[Courier archive, June 2022]", "(Parish
# magazine, March 1996)".
_SOURCE_LINE = re.compile(r"\s*[\[(][^\[\]()\n]{4,80}[\])]\.?\s*")
# A photograph's caption at the foot of a cutting ("Caption: the churchwardens with the appeal
# thermometer, December 2011"): it dates the picture the cutting was printed with.
_CAPTION = re.compile(r"^(?:caption|photo|photograph|picture|pictured|image|pie de foto|фото)\b", re.I)
# A caption that closes the last paragraph as its last sentence: "… Picture: the library reading room,
# photographed for the centenary this month (March 2000)."
_CAPTION_LAST_SENTENCE = re.compile(
    r"(?<=[.!?]\s)(?:caption|photo|photograph|picture|pictured|image)\s*:[^.!?]*\.?\s*$", re.I
)
# A photograph from an archive dates the past it shows, not the article: "Фото из архива планетария:
# члены кружка у телескопа, декабрь 1970 года", "Archive photograph: …, June 1953".
_ARCHIVE_PHOTO = re.compile(r"\barchiv|\bfile\s+(?:photo|picture)|(?<![а-яё])архив|\bde\s+archivo\b|资料|档案", re.I)
# A caption in brackets that closes the last paragraph: "… the ramps. (Picture caption: … Photograph:
# Dunharrow Chronicle, March 2006.)"
_CAPTION_CLOSING = re.compile(r"[(\[]\s*(?:picture\s+|photo\s+)?caption\s*:[^()\[\]]*[)\]]?\s*$", re.I)


def _same_day(sentence: str, base: Base) -> str:
    """The day both the anniversary's sentence (without a year) and the base sentence (with the
    base year) name, if any."""
    if not base.text:
        return ""
    here = {(m.month, m.day) for m in find_mentions(sentence) if m.year is None}
    there = {(m.month, m.day) for m in find_mentions(base.text) if m.year == base.year}
    both = sorted(here & there)
    return f"{both[0][1]}/{both[0][0]}" if both else ""


# (month, day) → the (year, sentence)s the article dates it in
DayDates = Mapping[tuple[int, int], Sequence[tuple[int, str]]]


def _dates_the_page(sentence: str) -> bool:
    """Whether a sentence is a dateline alone ("Las Hoyuelas (La Palma), 19 de septiembre de 2022."):
    it dates the article, not the event an anniversary counts from."""
    found = find_mentions(sentence)
    return len(found) == 1 and place_dateline(sentence, found[0].start, found[0].end)


def _day_anchor(
    days: frozenset[tuple[int, int]], sentence: str, dated: DayDates, title: str = "", subject: str = ""
) -> Base | None:
    """The base an anniversary kept on a day gets from another sentence of the article that dates
    that same day in one year and speaks of the same thing: "its 86th birthday on 1 July" with
    "The lido opened on 1 July 1937". The thing may be the one the title names ("Товариществу
    «Рябинка» — 40 лет": "Праздник 40-летия пройдёт … 12 июня" with "Общее собрание, учредившее
    товарищество, состоялось 12 июня 1976 года")."""
    if not any(d in dated for d in days):
        return None  # the common case: no day of this sentence is dated elsewhere
    keys = content_keys(sentence) | (content_keys(title) if title else frozenset())
    hits = {
        # (a day some anniversary falls on dates the event it counts from: "… to be opened on the pool's
        # fiftieth birthday, 17 September 2038" with "thirty years to the day after the opening": 1988)
        (_apposed_days(other).get((year, *d), year), other)
        for d in sorted(days)
        for year, other in dated.get(d, ())
        if other != sentence and keys & content_keys(other) and not _dates_the_page(other)
    }
    if len({year for year, _ in hits}) > 1 and (own := content_keys(subject)):
        # "… a hundred years to the day after Odell's sighting" when 8 June is dated in 1924 (Odell saw
        # them) and in 1974 (a beacon lit fifty years later): the one that names the subject's words
        hits = {(year, other) for year, other in hits if own & content_keys(other)}
    years = {year for year, _ in hits}
    if len(years) != 1:
        return None
    year, other = min(hits)
    if any(base == year for base in _apposed_days(other).values()):
        why = reason(N_("the article's same day is a later anniversary's, counted from {year}: {quote}"), year=year,
                     quote=quote(other))  # fmt: skip
        return Base(year, why, 1.0, other)
    return Base(year, reason(N_("the article dates the same day: {quote}"), quote=quote(other)), 1.0, other)


def _dates_a_day(base: Base, days: frozenset[tuple[int, int]], finder: BaseFinder) -> bool:
    """Whether the sentence a base was found in dates one of `days`."""
    reads = finder.day_reader
    return not base.text or reads is None or bool(reads(base.text, base.year) & days)


def _dates_another_day(base: Base, days: frozenset[tuple[int, int]], finder: BaseFinder) -> bool:
    """Whether the sentence a base was found in dates days, none of them one of `days` or the day
    before or after (a fire "through the night of Thursday 11 January" is kept on the 12th; a
    sentence that dates none, its day told by its dateline, may still be the day's)."""
    reads = finder.day_reader
    told = reads(base.text, base.year) if base.text and reads is not None else frozenset()
    return bool(told) and not any(_days_apart(t, d) <= 1 for t in told for d in days)


def _days_apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two (month, day) pairs, in a leap year (so 29 February has a place)."""
    try:
        return abs((datetime.date(2000, *a) - datetime.date(2000, *b)).days)
    except ValueError:  # ("31 April" as written)
        return 366


def _own_report(base: Base, texts: Sequence[str]) -> bool:
    """Whether a base is a sentence of this very article that names no year, filed under its
    dateline's (see `_news_sentences`): "When the comet's tail swept over Westbay on … 15 May"
    under "Saturday 24 April 2010" is the account a centenary piece retells, not the year it counts
    from."""
    return bool(base.text) and str(base.year) not in base.text and any(base.text in t for t in texts)


def _weekday_anchor(mentions: Sequence[Mention], n: int, dated: DayDates) -> Base | None:
    """ "В среду, 18 марта, исполняется ровно 50 лет со дня …" with "18 марта 1965 года корабль …" in
    words that share none: the one year the article gives the day the anniversary is kept on, when
    that year + n has the weekday written (18 March 2015 is a Wednesday)."""
    for m in mentions:
        if m.year is not None or m.weekday is None or m.end_day != m.day:
            continue
        # (of several years the article gives that day, "el martes 4 de mayo de 1976" and "un año más tarde,
        # el 4 de mayo de 1977", the one whose count lands on the weekday written)
        hits = [
            (year, other)
            for year, other in dated.get((m.month, m.day), ())
            if valid_day(m.month, m.day, year + n) and datetime.date(year + n, m.month, m.day).weekday() == m.weekday
        ]
        if len({year for year, _ in hits}) == 1:
            year, other = min(hits)
            why = reason(
                N_("the article dates the day it is kept on, {quote}, and {weekday} {day} falls {n} years later"),
                quote=quote(other),
                weekday=Weekday(m.weekday),
                day=Day(m.month, m.day, year + n),
                n=n,
            )
            return Base(year, why, 1.0, other)
    return None


def _dateline_anchor(kept_on: frozenset[tuple[int, int]], dated: DayDates) -> Base | None:
    """An anniversary kept on the dateline's day ("Madrid, 17 de octubre. — El Metro cumple hoy cien
    años") counts from the one year the article gives that day ("el 17 de octubre de 1919")."""
    hits = {(year, other) for d in kept_on for year, other in dated.get(d, ())}
    if len({year for year, _ in hits}) != 1:
        return None
    year, other = min(hits)
    return Base(
        year, reason(N_("the dateline's day, which the article dates: {quote}"), quote=quote(other)), 1.0, other
    )


# "… first …", "впервые", "por primera vez": a first time is a beginning.
_ORIGIN_AFTER = re.compile(
    rf"(?:{_BEGINNING}|\bfirst\b|\bвпервые\b|\bpor\s+primera\s+vez\b)[^.;!?]{{0,60}}?\b(?P<y>{_YEAR})\b", re.I
)


def _origin_after(following: str) -> Base | None:
    """ "The club celebrates its 150th anniversary this summer. The club played its first match on 4
    June 1870": the origin the next sentences state, for an anniversary that names none."""
    text = following[:400]
    spans = sentences(text)
    for s, e in spans[:2]:
        hit = _ORIGIN_AFTER.search(text, s, e)
        if hit:
            year = int(hit.group("y"))
            why = reason(N_("the next sentence tells its beginning: {quote}"), quote=quote(text[s:e]))
            return Base(year, why, 1.0, text[s:e])
    return None


# "建校六十周年", "通车二十周年", "成立70周年": the anniversary of a founding, opening or completion.
_ZH_FOUNDING_SUBJECT = re.compile(r"建校|建厂|建馆|建院|建站|建成|成立|创办|创建|通车|开馆|开业|落成|建园")
_ZH_ORIGIN = re.compile(
    rf"(?:创办|创建|建校|成立|建成|始建|开办|落成|通车|开馆|开业)[于在]?\s*(?P<y1>{_YEAR})\s*年"
    rf"|(?P<y2>{_YEAR})\s*年[^。；]{{0,14}}?(?:创办|创建|成立|建成|始建|开办|落成|通车|开馆|开业|建校)"
)


def _zh_origin(texts: Sequence[str]) -> Base | None:
    """ "学校创办于1958年9月" anywhere in the article: the year a founding anniversary counts from."""
    for text in texts:
        hit = _ZH_ORIGIN.search(text)
        if hit:
            year = int(hit.group("y1") or hit.group("y2"))
            return Base(year, reason(N_("the article tells its founding: “{phrase}”"), phrase=hit.group(0)), 1.0)
    return None


# An event named by its year: "the 2005 blaze", "the 1966 disaster".
_EVENT_BY_YEAR = re.compile(rf"\bthe\s+({_YEAR})\s+(?=[a-z]{{3,}}\b)")
_SINCE_OR_AFTER = re.compile(r"\b(?:since|after)\b", re.I)
ONLY_YEAR_STRENGTH = 0.75  # a founding told without a founding verb ("开出第一块果园") is likely, not sure


def _event_named_by_year(text: str, a: Anniversary, s: int, e: int) -> Base | None:
    """ "It is a year to the day since fire swept through the pier head, and … it has recovered from
    the 2005 blaze": for a "… years since/after" count (not an ordinal, whose sentence may name other
    years), the one event its sentence names by its year."""
    if _SINCE_OR_AFTER.search(text, a.start, a.end) is None:
        return None
    named = set(_EVENT_BY_YEAR.findall(text, s, e))
    if len(named) != 1:
        return None
    year = int(next(iter(named)))
    return Base(year, reason(N_("the only year its sentence names, {year}"), year=year), ONLY_YEAR_STRENGTH)


def _only_year(texts: Sequence[str]) -> Base | None:
    """The one year an article states, for a founding anniversary whose founding no verb tells
    ("红岭果园建园三十周年" … "1994年9月22日，二十三户村民在荒坡上开出第一块果园"): a feature on
    an anniversary states what it counts from; two years leave it open."""
    stated = {y for text in texts for y in years_in(text)}
    if len(stated) != 1:
        return None
    (year,) = stated
    return Base(year, reason(N_("the only year the article states, {year}"), year=year), ONLY_YEAR_STRENGTH)


# "125 años de aquella hazaña", "fifty years since that morning", "со дня того события": the
# subject points back at what the text has just dated.
_ANAPHOR = re.compile(
    r"(?:that|this|those|these|aquel|aquella|aquellos|aquellas|ese|esa|esos|esas|dicho|dicha"
    r"|тот|того|той|тех|этот|этого|этой|этих)\b|[那此该这]",
    re.I,
)


def _anaphor_in_sentence(a: Anniversary, text: str) -> Base | None:
    """The year of the last full date before the anniversary in its own sentence, when the subject
    points back at it ("Turkey on 29 March 2006, the Silk Road on the 1st of August two years after
    that"): a step in an account, not the present's anniversary."""
    if len(a.subject.split()) > 2:
        return None
    return _points_back(a, text, a.sentence[0], a.start)


_THE_EVENT = re.compile(r"the\s+[^\W\d_]+\.?$", re.I)  # "the opening": one noun, named by its article


def _own_if_pointed(a: Anniversary, base: Base | None) -> Base | None:
    """`base`, unless the subject points back ("that photograph was published") and another document's
    sentence gave it: what "that" points at is in the article itself (the table's bases stand)."""
    if base is not None and base.text and base.strength < 1.0 and _ANAPHOR.match(a.subject):
        return None
    return base


def _the_event_in_sentence(a: Anniversary, text: str) -> Base | None:
    """The year of the last full date before the anniversary in its own sentence, when the count is to
    the day and its subject one noun after "the" ("… ran … on 10 January 1863, so the trip falls 150
    years to the day after the opening"): the event the sentence has just dated, not one that another
    document's words happen to share."""
    if not _THE_EVENT.match(a.subject.strip()) or "to the day" not in text[a.start : a.end].lower():
        return None
    dated = [m for m in find_mentions(text[a.sentence[0] : a.start]) if m.year is not None and not m.bracket_year]
    if not dated or dated[-1].year is None:
        return None
    why = reason(N_("“{subject}” points back at “{date}”"), subject=a.subject[:40], date=dated[-1].text)
    return Base(dated[-1].year, why, 1.0, text[a.sentence[0] : a.start])


def _anaphor_base(a: Anniversary, text: str) -> Base | None:
    """The year of the last full date before the anniversary's sentence, in the same paragraph,
    when the subject is a pointer back at it ("El 14 de enero de 1897, Zurbriggen alcanzó la
    cumbre. Se cumplen ahora 125 años de aquella hazaña")."""
    return _points_back(a, text, 0, a.sentence[0])


def _points_back(a: Anniversary, text: str, start: int, end: int) -> Base | None:
    """The year of the last full date in text[start:end], when the subject points back at it."""
    if not _ANAPHOR.match(a.subject):
        return None
    dated = [m for m in find_mentions(text[start:end]) if m.year is not None and not m.bracket_year]
    last = dated[-1] if dated else None
    if last is None or last.year is None:
        return None
    why = (
        reason(N_("after the day told before, “{date}”"), date=last.text)
        if a.elided
        else reason(N_("“{subject}” points back at “{date}”"), subject=a.subject[:40], date=last.text)
    )
    return Base(last.year, why, 1.0, text[start:end])


def _sentence_before(text: str, s: int) -> str:
    """The sentence of the paragraph that ends where the one at `s` starts ("" for the first)."""
    before = [(a, b) for a, b in sentences(text) if b <= s]
    return text[before[-1][0] : before[-1][1]] if before else ""


def _only_date_before(text: str, s: int) -> Base | None:
    """The one full date the paragraph writes before an anniversary that names no base, when the
    paragraph names no other year: "… y al lado una fecha, 20 de octubre de 1982. El próximo jueves
    se cumplen cuarenta años de la rotura de la presa de Tous"."""
    years = set(years_in(text))
    dated = [m for m in find_mentions(text[:s] if s >= 0 else text) if m.year is not None]
    if len(years) != 1 or len(dated) != 1 or dated[0].year not in years:
        return None
    # (a paragraph before the anniversary's that opens on its date tells it: "1983年2月12日晚，…现场直播";
    # one that is its date alone dates the page: "17 июня 2014 г.")
    opening = s >= 0 and dated[0].start <= DATELINE_CHARS
    if s < 0 and len(text.strip()) - len(dated[0].text) <= DATE_ALONE_SLACK:
        return None
    if opening or place_dateline(text, dated[0].start, dated[0].end):
        return None  # ("VALDELUZ, 3 de marzo de 2005. … celebra hoy el 25.º aniversario": the present)
    return Base(dated[0].year or 0, reason(N_("the paragraph dates it before: “{phrase}”"), phrase=dated[0].text), 0.75)


def _paragraph_before(text: str, article_texts: Sequence[str]) -> str:
    """The paragraph before `text` when `text` names no year of its own ("1983年2月12日晚，…现场直播。" /
    "今年是首届春晚播出40周年。"); "" for the first paragraph, or the title."""
    if years_in(text) or text not in article_texts:
        return ""
    i = article_texts.index(text)
    return article_texts[i - 1] if i >= 2 else ""


# A sentence may open on the part of the day before its date ("In the early hours of Sunday 3 December
# 1967, …", "On the night of 14 April 1912, …").
_DAY_PART_OPENING = re.compile(
    r"\s*(?:(?:in|during)\s+the\s+(?:early\s+|small\s+)?(?:hours|morning|afternoon|evening)|"
    r"on\s+the\s+(?:night|morning|afternoon|evening)|late|early)\s+(?:on|of)\s+",
    re.IGNORECASE,
)
LEADING_DATE_AT = 16  # how far into its sentence a date it opens with may start ("On Saturday …")


def _leading_date(sentence: str) -> Mention | None:
    """The full date a sentence opens with ("On Saturday 13 July 1985, …"), if it does."""
    part = _DAY_PART_OPENING.match(sentence)
    at = LEADING_DATE_AT + (part.end() if part else 0)
    head = sentence[: at + 32]
    first = next(iter(find_mentions(head)), None) if head else None
    if first is None or first.year is None or first.bracket_year or first.start > at:
        return None
    return first


DATELINE_CHARS = 40  # a dateline's day stands this near the start of its line ("Madrid, 17 de octubre. —")


def _title_days(article_texts: Sequence[str]) -> frozenset[tuple[int, int]]:
    """The days a title that is a dateline names without a year ("Villa Arrayanes, lunes 24 de junio")."""
    title = article_texts[0] if article_texts else ""
    return frozenset((m.month, m.day) for m in find_mentions(title) if _dateline_day(m))


def _dateline_day(m: Mention) -> bool:
    """Whether a mention is a dateline's own day: no year, one day, at the head of its line."""
    return m.year is None and m.start <= DATELINE_CHARS and not m.is_range


def count(
    a: Anniversary,
    text: str,
    article_id: str,
    finder: BaseFinder,
    dated: DayDates | None = None,
    following: str = "",
    article_texts: Sequence[str] = (),
    kept_on: frozenset[tuple[int, int]] = frozenset(),
    next_paragraph: str = "",
) -> Counted | None:
    """The year of the article's present by this anniversary, if its base year can be found.
    `dated` maps the days the article dates to their years and sentences;
    `following` is the sentence after the anniversary's, which may date its subject ("It is 30
    years since Live Aid. On Saturday 13 July 1985, …")."""
    s, e = a.sentence
    apposed = _apposed_day(a, text)
    stated = (_nearest_origin(a, text) or stated_base(a)) if apposed is None else None
    if stated is None and not a.possessive and apposed is None:
        stated = _trailing_base(a, text)
    if stated is None and a.possessive and apposed is None and (origin := _count_origin(a, text)) is not None:
        stated = origin
    own = None if stated is not None else apposed.year if apposed is not None else _own_year(a)
    step: Base | None = None
    if stated is not None:
        base = Base(stated, reason(N_("the anniversary names the year {year}"), year=stated), 1.0)
    elif own is not None:
        # "the 50th anniversary of X at the end of 2025": the year is the anniversary's own.
        base = Base(own - a.n, reason(N_("the anniversary falls in {year}"), year=own), 1.0)
    else:
        days = _days_kept(text[s:e])
        if (
            not days
            and kept_on
            and _TO_THE_DAY.search(text, a.start, a.end)
            and not find_mentions(text[: a.end])
            and _TODAY.search(text, 0, a.end)
        ):
            # ("For immediate release: Tuesday 2 June" / "The baths mark their silver jubilee today. It is
            # twenty-five years to the day since the rebuilt baths reopened": the dateline's day is the one
            # counted to, when the paragraph names no other)
            days = kept_on
        named = "" if a.possessive else a.subject  # (a possessive's "subject" is its clause: "the club will mark its")
        step = None if a.possessive else _anaphor_in_sentence(a, text)
        found = step or (None if a.possessive else _anaphor_base(a, text) or _the_event_in_sentence(a, text))
        found = found or (
            None
            if a.possessive
            else _own_if_pointed(a, finder.find(a.subject, article_id, besides=text[s:e], days=days))
        )
        if found is not None and _own_report(found, article_texts):
            found = None
        if found is not None and step is None and days and _TO_THE_DAY.search(text, a.start, a.end):
            # "On Tuesday 16 May, twenty-five years to the day after the twinning charter was signed":
            # a sentence of another day (the talks on twinning of 9 July 1988) is not what it counts from
            found = None if _dates_another_day(found, days, finder) else found
        if found is not None and step is None and days and dated and not _dates_a_day(found, days, finder):
            # "今年3月29日是秦始皇兵马俑发现四十周年。1974年3月29日，…挖出了陶俑的残片" before
            # "1979年10月1日，秦始皇兵马俑博物馆正式对外开放": the sentence that dates the very day it is kept
            # on, before one sharing more words
            found = _day_anchor(days, text[s:e], dated, article_texts[0] if article_texts else "", named) or found
        if found is None and dated:
            found = _day_anchor(days, text[s:e], dated, article_texts[0] if article_texts else "", named)
            found = found or _weekday_anchor(find_mentions(text[s:e]), a.n, dated)
        if found is None and dated and kept_on:
            found = _dateline_anchor(kept_on, dated)
        if found is None and a.possessive and a.subject and days:
            # "The coastguard station will mark its fortieth anniversary on Sunday 6 October" / another
            # document: "The coastguard station …, which opened on 6 October 1979": what the clause
            # before names, dated elsewhere on the very day the anniversary is kept.
            other = finder.find(a.subject, article_id, besides=text[s:e], days=days)
            reads = finder.day_reader
            if other is not None and other.text and reads is not None and reads(other.text, other.year) & days:
                found = other
        if found is None and days and not a.possessive:
            # "thirty years to the day after she foundered off Gull Point" / another document: "The
            # coaster Morwenna sank off Gull Point … on Saturday, 17 January": the day and the words
            # around it, when the subject's head is no help.
            found = finder.find_on_day(text[s:e], article_id, days, " ".join(article_texts))
            if found is None and _ANAPHOR.match(a.subject) and (told := _sentence_before(text, s)):
                # "… since the day she was unveiled by the town's last herring girl, Mrs Bella Cruickshanks.
                # Tuesday 9 July will be twenty-five years to the day since that unveiling.": what "that"
                # points at is told in the sentence before, and another document dates it on that day
                found = finder.find_on_day(f"{told} {text[s:e]}", article_id, days, " ".join(article_texts))
        if found is None and not a.possessive and a.subject:
            found = _beginning_told_next(following or next_paragraph, article_id, finder)
        if found is None and not a.possessive and a.subject:
            found = _subject_begun_after(a.subject, following or next_paragraph)
        if found is None and _ZH_FOUNDING_SUBJECT.search(a.subject):
            found = _zh_origin(article_texts) or _only_year(article_texts)
        if found is None and (a.possessive or not a.subject):
            # "… отметит 60-летие: он был открыт 12 июля 1959 года", then the next sentences
            found = _origin_after(text[a.end : e]) or _origin_after(following)
            if found is None and a.possessive and next_paragraph:
                # "… celebró hoy su trigésimo aniversario …" / next paragraph: "La estación se inauguró
                # el 14 de octubre de 1989, …"
                found = _origin_after(next_paragraph)
        # (today's anniversary is kept on the dateline's day, a title's too: "Hoy se cumplen cincuenta años …" under
        # "Villa Arrayanes, lunes 24 de junio")
        today = days or ((kept_on or _title_days(article_texts)) if _TODAY.search(text, s, a.end) else frozenset())
        if found is not None and today and a.scope_end >= e - 2:
            # "Hoy se cumplen cincuenta años de la muerte de Carlos Gardel. El lunes 24 de junio de 1935, …": the
            # next sentence dates the very day kept, not a sentence on his birthday told further on
            lead = _leading_date(following or next_paragraph)
            if lead is not None and (lead.month, lead.day) in today and not _dates_a_day(found, today, finder):
                found = None
        lead = _leading_date(following or next_paragraph) if found is None else None
        if lead is not None and ((a.scope_end >= e - 2 and following) or (lead.month, lead.day) in days):
            # The subject ends its sentence and the next one opens with its full date; or that date is
            # the very day the anniversary is kept ("昨天（12月12日）是…通水十周年纪念日。2014年12月12日，…").
            found = Base(lead.year or 0, reason(N_("the next sentence dates it: “{phrase}”"), phrase=lead.text), 1.0)
        if found is None:
            found = _event_named_by_year(text, a, s, e)
        if found is None and _BIRTH_SUBJECT.match(a.subject):
            found = _birth_told(text[: a.start], article_texts)
        if found is None and not a.possessive and a.subject and not find_mentions(text[s:e]):
            found = _only_date_before(text, s) or _only_date_before(_paragraph_before(text, article_texts), -1)
        if found is None:
            return None  # "its centenary" with nothing that says what it counts from
        base = found
    year = base.year + a.n
    before = text[s : a.start]
    shift = anniversary_shift(before, text[a.start : a.end])
    tail = text[a.end : e]
    ahead = _YEARS_FROM_NOW.search(tail) if not shift and ("from now" in tail or "year" in tail) else None
    if ahead is not None and (n_ahead := number_of(ahead.group("n") or ahead.group("n2"))):
        shift = -n_ahead  # "the charter's 700th anniversary, which falls ten years from now"
    same_day = _same_day(text[s:e], base)
    if same_day:
        # Celebrated on the very day the base sentence dates: the two surely speak of one event.
        both = reason(N_("{why}; both on {day}"), why=base.why, day=same_day)
        base = replace(base, strength=base.strength * SAME_DAY_BONUS, why=both)
    others = [y for y in years_in(text[s:e]) if y != base.year]
    past = year in others or bool(_PAST_OCCASION.search(text[max(s, a.start - 40) : a.start]))
    if stated is None and own is None and step is not None:
        past = True  # a step in an account ("Turkey on 29 March 2006, the Silk Road two years after that")
    if _STEP_BEFORE.search(text, s, a.start):
        past = True  # "Десять лет спустя, в день десятилетия клуба, 12 ноября, …": held then, not now
    if " after" in text[a.start : a.end].lower() and (
        _PAST_VERB_BEFORE.search(near := text[max(s, a.start - 30) : a.start]) or PERIOD_BEFORE.search(near)
    ):
        past = True
    if (
        " after" in text[a.start : a.end].lower()
        and (verb := _TOLD_PAST_AFTER.match(text, a.end, e))
        and not _NOW_CLAUSE.search(text, a.end, verb.end())
    ):
        # "Fifty years to the day after the launch, on 22 November, his son Walter told the story": an
        # occasion the account tells, then (a now after its verb is a later clause's: "… on Sunday 5 March,
        # the club opened the clubhouse on Mill Bank that it still uses")
        past = True
    notes = {-1: _NEXT_YEAR_NOTE, 1: _LAST_YEAR_NOTE, 0: ""}
    qualifier = notes[shift] if shift in notes else reason(N_(" (in {n} years)"), n=-shift)
    rest = text[a.end : e].lstrip()
    rest = rest[len(a.subject) :] if a.subject and rest.startswith(a.subject) else rest
    held = _held_years_ago(text[s : a.start], rest) if not shift else None
    if held is None and not shift:
        held = _held_years_ago_after(text[s : a.start], rest)
    if held is not None:
        # "Twenty-five years ago, on 6 March, the library marked its silver jubilee": that occasion
        # was N years before the present.
        shift, qualifier = held[0], reason(N_(" (“{phrase}”)"), phrase=held[1])
    phrase = " ".join(text[a.start : a.end].split())
    # "the charter's 700th anniversary", "X is 700 years old": the phrase already names the subject
    template = (
        COUNTED_FROM
        if (a.subject and a.subject in phrase) or a.elided
        else N_("“{phrase} {subject}”: {base} + {n}{qualifier}; {why}")
    )
    why = reason(
        template, phrase=phrase, subject=a.subject[:60], base=base.year, n=a.n, qualifier=qualifier, why=base.why
    )
    return Counted(a, -1, base, year + shift, past, why)


_HELD = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|held|kept|won)\b", re.IGNORECASE)
_NOW = re.compile(r"\b(?:today|tonight|now|this\s+(?:year|week|month))\b|\bhoy\b|сегодня|今天|今年", re.IGNORECASE)


# A past verb of the sentence after an anniversary that "N years ago" opens: English, Russian, Spanish.
_HELD_AFTER = re.compile(
    rf"{_HELD.pattern}|(?<![а-яё])[а-яё]{{3,}}(?:ли|ла|лся|лась|лись|ал|ял|ил|ел|ыл)(?![а-яё])"
    r"|\b[a-záéíóúñ]{2,}(?:ó|aron|ieron)\b",
    re.IGNORECASE,
)
# Where "N years ago" may stand before an anniversary with nothing but a preposition between.
_AGO_THEN_FOR = re.compile(r"^[\s,]*(?:(?:к|ко|на|в|for|at|para|en|por)\s+(?:the\s+|its\s+|el\s+|su\s+)?)?$", re.I)


# "Gagarin's flight of 12 April 1961 was thirty years ago": how long ago another event was, not
# when the anniversary was held ("It was twenty years ago that the club marked …" still is).
_AGO_OF_ANOTHER = re.compile(r"(?<!\bit )\b(?:was|were)\s+$", re.I)


def _held_years_ago(before: str, rest: str = "") -> tuple[int, str] | None:
    """(N, phrase) when the words before an anniversary say it was held N years ago ("Twenty-five
    years ago, on 6 March, the library marked its …"): a past tense after "N years ago", and nothing
    that returns to the present ("… and today we mark its …"); or, when only a preposition stands
    between, a past tense in the `rest` of the sentence ("Полвека назад, к 40-летию фильма, «Прибой»
    тоже показывал «Броненосец»")."""
    ago = ago_phrase(before)
    if ago is None or _AGO_OF_ANOTHER.search(before, 0, before.find(ago[1])):
        return None
    after = before[before.find(ago[1]) + len(ago[1]) :]
    if _NOW.search(after):
        return None
    if _HELD.search(after):
        return ago
    held_after = _AGO_THEN_FOR.match(after) and _HELD_AFTER.search(rest) and not _NOW.search(rest)
    return ago if held_after else None


_AGO_AFTER = 32  # ", fifty years ago" set after an anniversary: this far at most


def _held_years_ago_after(before: str, after: str) -> tuple[int, str] | None:
    """(N, phrase) when an anniversary told in the past is followed by ", N years ago" ("Grandad was in
    London for the tercentenary, fifty years ago"): that occasion was N years before the present."""
    head = after[:_AGO_AFTER]
    if not head.lstrip().startswith(",") or (ago := ago_phrase(head)) is None:
        return None
    return ago if _HELD.search(before) and not _NOW.search(before) else None


_AGO_WORDS = ("ago", "Ago", "AGO", "hace", "Hace", "HACE", "назад", "Назад", "年前")
_AGO_WORD = re.compile("|".join(_AGO_WORDS))  # any of them as a substring: one scan, not nine


def _has_ago_word(clause: str) -> bool:
    """`_AGO_WORD.search(clause)` as a truth value: nine substring tests cost less than the alternation's
    walk over every place (it has no flags, so each of its words matches exactly where it is a part)."""
    return (
        "ago" in clause or "Ago" in clause or "AGO" in clause or "hace" in clause or "Hace" in clause
        or "HACE" in clause or "назад" in clause or "Назад" in clause or "年前" in clause
    )  # fmt: skip


# Public for callers that test a whole paragraph once: without one of the words, no part of it has
# an "N years ago" (`ago_phrase` of each part is None).
has_ago_word = _has_ago_word


def _en_ago_from(clause: str, low: str) -> int:
    """Where `_EN_AGO` may first match in `clause` (`low`: its case folding): no match starts before.
    Each ends with "ago" after at most five words (`\\s`-separated: "a hundred and twenty-five years"),
    and starts in one of them. When folding kept every character one character, `low` is aligned with
    `clause`, and "ago" under `re.I` matches exactly what folds to "ago" (no other character of any
    case folds to a, g or o, and none of theirs folds otherwise), so the first one is at `low.find`."""
    if len(low) != len(clause):
        return 0
    return _word_start(clause, low.find("ago"), 5)


def ago_phrase(clause: str) -> tuple[int, str] | None:
    """The first "N years ago" of a clause (EN/ES/RU/ZH, "half a century ago"): (N, the phrase)."""
    if not _has_ago_word(clause):
        return None  # the common case, decided without folding the clause
    low = clause.casefold()
    for keyword, rx in (("ago", _EN_AGO), ("hace", _ES_AGO), ("назад", _RU_AGO), ("年前", _ZH_AGO)):
        if keyword in low:
            for m in rx.finditer(clause, _en_ago_from(clause, low) if rx is _EN_AGO else 0):
                n = _ago_years(m)
                if n and not _ROUGHLY.search(clause, max(0, m.start() - ROUGH_BEFORE), m.start()):
                    # (not "More than sixty years ago, on 3 May 1951": a bound, not a count to add up)
                    return n, " ".join(m.group(0).split())
    return None


def ago_headings(texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """A "looking back" column's section headings ("10 YEARS AGO", "Hace 25 años", "50 лет назад"),
    each a paragraph of its own: (index in `texts`, N, the heading). What follows one, up to the
    next, happened N years before the column's present. (Cached: the article's time and its
    sections both ask; callers must not change the list.)"""
    return _ago_headings(tuple(texts))


@lru_cache(maxsize=4096)
def _ago_headings(texts: tuple[str, ...]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for idx, text in enumerate(texts[1:], start=1):
        if out and _BACK_TO_NOW.match(text):
            out.append((idx, 0, text[:40]))  # "Back to the present. Goonhilly is holding …"
            continue
        head = text.strip().strip("—–-:*#").strip()
        if "\n" in head:
            continue
        # ("10 YEARS AGO — from the Despatch of Friday 13 March 1981": the issue it quotes)
        head = _AGO_ISSUE_TAIL.sub("", head) if len(head) <= 40 + ISSUE_TAIL_CHARS else head
        if len(head) > 40:
            continue
        # ("FIFTY YEARS AGO TONIGHT", "Hace 25 años hoy": N years back from the column's own day)
        bare = _AGO_DAY_TAIL.sub("", head)
        ago = ago_phrase(bare.lower())
        if ago is not None and len(ago[1]) >= len(bare) - 2:
            if not out and _restated(head, texts[idx + 1 : idx + 2]):
                # "Fifty years ago tonight" over "Fifty years ago tonight, on 1 January 1964, the BBC …": a
                # post's headline, which its lead says again; a column's cutting does not say it
                continue
            out.append((idx, ago[0], head))
        elif out and _NOW_HEADING.fullmatch(head):
            out.append((idx, 0, head))  # "This week": the column is back in its present
    return out


def _restated(head: str, following: Sequence[str]) -> bool:
    """Whether the paragraph after a heading opens with the heading's words."""
    return bool(following) and _folded(following[0]).startswith(_folded(head).rstrip(".:!"))


# The issue a column's section quotes, after its "N YEARS AGO": "— from the Despatch of Friday 13 March 1981",
# "— del Heraldo del viernes 13 de marzo de 1981" (the section's present, which the count gives too).
ISSUE_TAIL_CHARS = 60
_AGO_ISSUE_TAIL = re.compile(
    rf"\s*[·•|:,—–-]\s*(?:from|in|de|del|из)\s[^.!?\n]{{0,{ISSUE_TAIL_CHARS}}}?\b(?:1[5-9]|20)\d\d(?:\s*(?:года|г\.))?\W*$",
    re.I,
)


_AGO_DAY_TAIL = re.compile(
    r"\s+(?:today|tonight|this\s+(?:week|month|morning|evening)|hoy|esta\s+semana|сегодня)\W*$"
    r"|\s*[·•|:,—–-]\s*(?:1[5-9]|20)\d\d\W*$"  # "100 YEARS AGO · 1911": the year it counts back to
    r"|\s*[(\[]\s*(?:1[5-9]|20)\d\d\s*[)\]]\W*$",  # "100 YEARS AGO (1901)"
    re.I,
)


def back_to_now(text: str) -> bool:
    """Whether a paragraph opens by coming back from a column's past ("Back to the present. …")."""
    return _BACK_TO_NOW.match(text) is not None


# A paragraph that opens by coming back from the past: the account's present again.
_BACK_TO_NOW = re.compile(
    r"\s*(?:(?:and\s+)?back\s+to\s+(?:the\s+present|today|now)|de\s+vuelta\s+al\s+presente)\b", re.I
)


# A column's heading that comes back to its present after its "N YEARS AGO" sections.
_NOW_HEADING = re.compile(
    r"(?:and\s+|y\s+)?(?:(?:this|next)\s+(?:week|month|year)|today|now|coming\s+up|esta\s+semana|este\s+(?:mes|año)"
    # (what is still to come: "LOOKING AHEAD", "What's on", "Dates for your diary")
    r"|looking\s+(?:ahead|forward)|what['’]s\s+on|dates\s+for\s+(?:your|the)\s+diary|diary\s+dates|forthcoming\s+events"
    r"|la\s+próxima\s+semana|hoy|на\s+(?:этой|следующей)\s+неделе|сегодня|本周|下周|今天|今年)[.:]?",
    re.IGNORECASE,
)


_YEAR_HEADING = re.compile(rf"(?P<y>{_YEAR})(?:\s*年)?")


def year_headings(texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """A history column's year headings ("1926", "— 1969 —"), each a paragraph of its own: (index
    in `texts`, the year, the heading). What follows one, up to the next, happened that year.
    (Cached as `ago_headings` is.)"""
    return _year_headings(tuple(texts))


@lru_cache(maxsize=4096)
def _year_headings(texts: tuple[str, ...]) -> list[tuple[int, int, str]]:
    out = []
    for idx, text in enumerate(texts[1:], start=1):
        head = text.strip().strip("—–-:*#.").strip()
        if len(head) <= 6 and (m := _YEAR_HEADING.fullmatch(head)):
            out.append((idx, int(m.group("y")), head))
    return out


# A paragraph that dates itself and what follows, in a page of several reports: "HEARSTON, 3 March
# 1997 — Workers …" (a dateline after the first), "From the May 1995 issue: Volunteers …".
_ISSUE_HEAD = re.compile(
    rf"^\s*(?:from|in)\s+(?:the|our)\s+(?:[^\W\d_]+\s+)?(?P<y>{_YEAR})\s+(?:issue|edition|number|newsletter)\s*[:—–-]",
    re.IGNORECASE,
)


# A section headed by its season or month and year, then its title: "Spring 1995 — Hallow Fen
# windpump saved", "Otoño de 2004: …" (a page of pieces from past issues).
_SEASON_HEAD = re.compile(
    rf"^\s*(?P<when>spring|summer|autumn|fall|winter|primavera|verano|otoño|invierno|{'|'.join(EN_MONTHS)}"
    rf"|{'|'.join(ES_MONTHS)})\s+(?:of\s+|de\s+)?(?P<y>{_YEAR})\s*[—–:-]\s*\S",
    re.IGNORECASE,
)


def _season_head(text: str) -> tuple[int, str, tuple[int, int]] | None:
    """(year, the head, the day its season or month begins) for a section head "Spring 1995 — …"."""
    m = _SEASON_HEAD.match(text)
    if m is None:
        return None
    when = m.group("when").lower()
    month = EN_MONTHS.get(when.capitalize()) or ES_MONTHS.get(when)
    day = (month, 1) if month else _SEASON_START.get(when, (12, 1) if when in ("winter", "invierno") else (1, 1))
    return int(m.group("y")), text.split("\n", 1)[0].strip(), day


def dated_paragraphs(texts: Sequence[str]) -> list[tuple[int, int, str, tuple[int, int] | None]]:
    """(index in `texts`, year, the head, its day if it gives one) for each paragraph that opens with
    a dateline or an issue's date, when the page holds more than one report (two datelines or more,
    or an issue's date anywhere); each dates itself and what follows it."""
    out: list[tuple[int, int, str, tuple[int, int] | None]] = []
    seasons = 0
    for idx, text in enumerate(texts[1:], start=1):
        # (both heads hold a year, which starts with a 1 or a 2: most paragraphs need neither match)
        year_digit = "1" in text or "2" in text
        issue = _ISSUE_HEAD.match(text) if year_digit else None
        if issue:
            out.append((idx, int(issue.group("y")), issue.group(0).strip(" :—–-"), None))
            continue
        if year_digit and (season := _season_head(text)) is not None:
            out.append((idx, *season))
            seasons += 1
            continue
        first = next(iter(find_mentions(text)), None)
        if first is None or first.year is None or first.start > 40 or not _PLACE_HEAD.fullmatch(text[: first.start]):
            continue
        after = _DATELINE_AFTER.match(text, first.end)
        if after:
            out.append((idx, first.year, text[: after.end()].strip(" —–-"), (first.month, first.day)))
    several = len(out) >= 2 or any(day is None for *_, day in out)  # one dateline is just the article's
    if seasons == 1 and len(out) == 1:
        return []  # one season's head is the article's own issue, as a head month is
    return out if several else []


def _ago_years(m: re.Match[str]) -> int | None:
    if m.groupdict().get("half"):
        return 50
    if m.groupdict().get("quarter"):
        return 25
    n = number_of(m.group("n"))
    unit = (m.groupdict().get("unit") or "").lower()
    if n and unit.startswith("decade"):
        return n * 10
    if n and unit.startswith("centur"):
        return n * 100
    return n


# "our pages of 25, 50 and 75 years ago", "photographs from fifty years ago": what the text looks at,
# from its own year, not an event of the year the sentence names.
# (counts only between "of" and the phrase: not "the bell of First Methodist rang once for each … a
# century ago")
_LOOKED_AT = re.compile(
    rf"\b(?:of|from)\s+(?:(?:\d{{1,3}}|(?:{CARDINAL_ALT})(?:-[a-z]+)?),?\s+(?:and\s+|or\s+)?)*$", re.IGNORECASE
)


def _years_ago(
    text: str, dated: dict[tuple[int, int], int] | None = None, next_paragraph: str = ""
) -> Iterator[tuple[int, int | None, str, int | None]]:
    """(year of the present, the year counted from, phrase, the year of a day dated elsewhere) for "N
    years ago" next to a stated year — or next to a day the article dates elsewhere ("at 2.10 pm on
    7 May, the moment the torpedo struck a hundred years ago" with "7 May 1915" further on)."""
    present = _ago_keywords(text)
    if not present:
        return  # (most paragraphs: no keyword, no phrase)
    low = _folded(text)
    hits: list[re.Match[str]] = []
    for keyword, rx in (
        ("ago", _EN_AGO),
        ("hace", _ES_AGO),
        ("назад", _RU_AGO),
        ("年前", _ZH_AGO),
        ("исполн", _RU_SINCE),
    ):
        at = low.find(keyword) if keyword in present else -1
        while at != -1:
            # Read only the words just before each keyword (after it for a phrase it opens): a
            # whole-paragraph scan with these alternations costs more than the rest of year resolution.
            ahead = {"hace": 24, "исполн": 72}.get(keyword)
            lo = max(0, at - 48) if ahead is None else at
            hi = at + len(keyword) + (ahead or 0)
            hits.extend(m for m in rx.finditer(text, lo, hi) if m.end() >= at)
            at = low.find(keyword, at + 1)
    for m in hits:
        n = _ago_years(m)
        if not n:
            continue
        spans = sentences(text)
        s, e = sentence_at(spans, m.start())
        if _LOOKED_AT.search(text, s, m.start()):
            continue  # "This week's column, Thursday, 14 September 1995, dips into our pages of … 75 years ago"
        years = [
            int(y.group(0))
            for y in _YEAR_RE.finditer(text, s, e)
            # (not "since 1790", unless the count restates it: "since it opened in 1997, twelve years ago")
            if not since_governs(text, s, y.start()) or _APPOSED.fullmatch(text, y.end(), m.start())
        ]
        years_end = _last_year_end(text, s, m.start())
        rough = _ROUGH_APPOSED.fullmatch(text, years_end, m.start()) if years_end is not None else None
        if not years and rough is not None and years_end is not None:
            # "the fiercest … since the night of 15 and 16 October 1987, little more than two years ago": the
            # count is rough, so the present is one of two years (its weekdays, if written, choose)
            base = int(text[years_end - 4 : years_end])
            phrase = " ".join(text[years_end : m.end()].strip(" ,(—–-").split())
            least = base + n if rough.group("more") is not None else base + n - 1
            why = reason(
                N_("“{phrase}” of {year}: {first} or {second}"), phrase=phrase, year=base, first=least, second=least + 1
            )
            yield least, base, why, None
            yield least + 1, base, why, None
            continue
        if len(set(years)) == 1 and (before := _ROUGHLY.search(text, max(s, m.start() - ROUGH_BEFORE), m.start())):
            # "More than sixty years ago, on 3 May 1951, …": a rough count, so one of two years (as above)
            phrase = " ".join(text[before.start() : m.end()].split())
            least = (
                years[0] + n
                if before.group(0).lower().startswith(("more", "over", "más", "больше", "более"))
                else (years[0] + n - 1)
            )
            why = reason(
                N_("“{phrase}” of {year}: {first} or {second}"),
                phrase=phrase,
                year=years[0],
                first=least,
                second=least + 1,
            )
            yield least, years[0], why, None
            yield least + 1, years[0], why, None
        elif len(set(years)) == 1:
            phrase = " ".join(m.group(0).split())
            yield (
                years[0] + n,
                years[0],
                reason(N_("“{phrase}” of {year}: {year} + {n}"), phrase=phrase, year=years[0], n=n),
                None,
            )
        elif (
            not years
            and not find_mentions(text[s:e])
            and (
                first := _first_told_after(
                    text,
                    e,
                    next_paragraph,
                    moment=bool(m.groupdict().get("moment")),
                    today=_AGO_TODAY.match(text, m.end()) is not None,
                )
            )
        ):
            # "… que nació hace veinticuatro años. El primer festival se celebró el 4 y 5 de agosto
            # de 1989": the next sentence tells the beginning the count is from.
            phrase = " ".join(m.group(0).split())
            yield (
                first + n,
                first,
                reason(N_("“{phrase}” of {year}: {year} + {n}"), phrase=phrase, year=first, n=n),
                None,
            )
        elif not years and dated:
            days = {(x.month, x.day) for x in find_mentions(text[s:e]) if x.year is None}
            known = sorted({dated[d] for d in days if d in dated})
            if len(known) == 1 and any(s <= a.start < e for a in anniversaries(text)):
                continue  # "… years ago, on 6 March, the library marked its silver jubilee": an anniversary of that day
            if len(known) == 1:
                y = known[0]
                # No base: the day dated elsewhere may be the article's own (its title's date).
                phrase = " ".join(m.group(0).split())
                why = reason(
                    N_("“{phrase}” of the day the article dates {year}: {year} + {n}"), phrase=phrase, year=y, n=n
                )
                yield y + n, None, why, y


def _years_ahead(text: str) -> Iterator[tuple[int, int, str]]:
    """(year of the present, the year counted to, why) for a year restated as a count ahead: "… after
    the mothership arrives in July 2004, almost seven years from now" (a rough count: one of two
    years, which the weekdays choose, as for a rough "N years ago")."""
    if "from now" not in text and "hence" not in text and " time" not in text:
        return  # (most paragraphs)
    for m in _YEARS_FROM_NOW.finditer(text):
        n = number_of(m.group("n") or m.group("n2"))
        s, _ = sentence_at(sentences(text), m.start())
        end = _last_year_end(text, s, m.start())
        if not n or end is None:
            continue
        year = int(text[end - 4 : end])
        phrase = " ".join(text[end : m.end()].strip(" ,(—–-").split())
        if _APPOSED.fullmatch(text, end, m.start()):
            yield year - n, year, reason(N_("“{phrase}” of {year}: {year} − {n}"), phrase=phrase, year=year, n=n)
        elif (rough := _ROUGH_APPOSED.fullmatch(text, end, m.start())) is not None:
            least = year - n - 1 if rough.group("more") is not None else year - n
            why = reason(
                N_("“{phrase}” of {year}: {first} or {second}"), phrase=phrase, year=year, first=least, second=least + 1
            )
            yield least, year, why
            yield least + 1, year, why


_FIRST_TOLD = re.compile(
    r"\b(?:first|founded|opened|began|started|born|primer|primera|fundad[oa]|inaugurad[oa]|naci[óo]"
    r"|перв\w+|впервые|основан\w*|открыт\w*)\b|首次|第一|创办|成立",
    re.IGNORECASE,
)


# "Forty years ago today, …": the day counted from is the article's own, N years back.
_AGO_TODAY = re.compile(r"\s+today\b", re.IGNORECASE)
# "… the page my dad tore out of his paper the next morning, 24 April 1982": the day after.
_NEXT_DAY = re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:morning|day|evening)\b|\bthe\s+day\s+after\b", re.I)


def _first_told_after(
    text: str, end: int, next_paragraph: str = "", *, moment: bool = False, today: bool = False
) -> int | None:
    """The one year of the sentence after `end` (or of the next paragraph's first) when it tells a
    beginning ("El primer festival se celebró el 4 y 5 de agosto de 1989"), or, after a count from
    a `moment` it names ("с того утра, когда …"), whatever it tells; after one from `today`, the
    year of the day after, a full date ("Forty years ago today, Sinclair Research showed the ZX
    Spectrum … I still have the page my dad tore out of his paper the next morning, 24 April 1982")."""
    nxt = next(((a, b) for a, b in sentences(text) if a >= end), None)
    if nxt is not None:
        following = text[nxt[0] : nxt[1]]
    elif next_paragraph and (spans := sentences(next_paragraph)):
        a, b = spans[0]
        following = next_paragraph[a:b]
    else:
        return None
    # (not "for the first time since 1963": that year is the record's, not the beginning's)
    years = {int(y.group(0)) for y in _YEAR_RE.finditer(following) if not since_governs(following, 0, y.start())}
    if len(years) != 1:
        return None
    year = next(iter(years))
    next_day = today and _NEXT_DAY.search(following) and any(x.year == year for x in find_mentions(following))
    return _counted_on(following, year) if moment or next_day or _FIRST_TOLD.search(following) else None


def _counted_on(sentence: str, year: int) -> int:
    """The year a sentence tells of when its one stated year is what it counts from: "… opened on
    Saturday 12 November, five years after a public meeting of 9 March 1983" is of 1988, not 1983."""
    return next((year + a.n for a in anniversaries(sentence) if stated_base(a) == year), year)


def _years_ago_elsewhere(
    text: str,
    article_id: str,
    finder: BaseFinder,
    lead: float,
    title: str = "",
    following: str = "",
    opens: bool = False,
    head: Mention | None = None,
) -> Iterator[Evidence]:
    """ "Twenty-five years ago today, on 28 May, our two mayors signed the charter", the year of the
    signing stated in another document only: the base comes from the sentence that dates the same
    day and the same thing there, as an anniversary's would. `head`: the day the article's head
    gives without a year, the "today" of "thirty years ago tonight" when the sentence names none."""
    if not _ago_keywords(text):  # folded, each of `_AGO_WORDS` is one of these: without them, no phrase
        return
    ago = ago_phrase(text)
    if ago is None:
        return
    phrase = ago[1]
    at = text.find(phrase)
    spans = sentences(text)
    s, e = sentence_at(spans, max(at, 0))
    own = text[s:e]  # the sentence that counts back (the base is never one it dates: see below)
    if not find_mentions(own):
        # "Seventy years ago today, climbers gathered … It was 12 June": the day in the next sentence
        nxt = next(((a, b) for a, b in spans if a >= e), None)
        if nxt is not None:
            own, e = text[nxt[0] : nxt[1]], nxt[1]
    sentence = text[s:e]
    days = frozenset((x.month, x.day) for x in find_mentions(sentence) if x.year is None)
    if any(not since_governs(sentence, 0, y.start()) for y in _YEAR_RE.finditer(sentence)):
        return  # (not "for the first time since 1957": a year since which, not the year counted from)
    if not days and head is not None and _AGO_TONIGHT.search(sentence):
        # "Posted Sunday 13 March" / "Thirty years ago tonight, the little dome … opened for the first
        # time": the night another document dates, on the head's day
        head_day = frozenset({(head.month, head.day)})
        on_head_day = finder.find_on_day(f"{sentence} {title}", article_id, head_day)
        if on_head_day is None and head.weekday is not None:
            # (a looser match, when the head's weekday agrees with the present it gives)
            loose = finder.find_on_day(f"{sentence} {title}", article_id, head_day, "", MIN_COVER_ON_DAY_WEEKDAY)
            if loose is not None and is_weekday(head.weekday, head.month, head.day, loose.year + ago[0]):
                on_head_day = loose
        if on_head_day is not None:
            yield _ago_evidence(ago, on_head_day, lead)
            return
    if not days:
        # (not a sentence of its own: its years are all ones since which, as above — "… for the very
        # last time. It was the end of a crossing that had run since 14 May 1888")
        found = list(_ago_this_week_elsewhere(sentence, ago, article_id, finder, lead, besides=own))
        if found or not opens:
            yield from found
            return
    # (with the title, which names what the article is about: "Harling Top Lock: twenty-five years …")
    # With no day in it: "A quarter of a century ago this weekend, the lift made its first run." /
    # "On 25 May the Mayor rode up …", the account the lead opens (`_told_next_elsewhere`).
    base = finder.find_on_day(f"{sentence} {title}", article_id, days) if days else None
    if base is None and days and _THIS_WEEK_AGO.search(sentence):
        # "On the night of 10 July, fifty years ago this week, two arches of the Kelmoor viaduct fell"
        # / a report of the next day: "Two arches … collapsed into the river late last night"
        # (not the sentence itself, which a report's dateline dates: it counts from it)
        found = list(_ago_this_week_elsewhere(sentence, ago, article_id, finder, lead, besides=sentence))
        if found:
            yield from found
            return
    if base is None and opens:
        base = _told_next_elsewhere(following, article_id, finder, title)
    if base is not None:
        yield _ago_evidence(ago, base, lead)


def _ago_evidence(ago: tuple[int, str], base: Base, lead: float) -> Evidence:
    """The present an "N years ago" gives, counted from the base another document dates."""
    n, phrase = ago
    why = reason(N_("“{phrase}” of {year}: {year} + {n}; {why}"), phrase=phrase, year=base.year, n=n, why=base.why)
    return Evidence(base.year + n, WEIGHTS["years ago"] * base.strength * lead, "years ago", why, base=base.year)


_DAY_WORD = re.compile(r"\b(?:(?P<y>yesterday)|(?P<t>tomorrow))\b", re.IGNORECASE)


def _days_kept(sentence: str) -> frozenset[tuple[int, int]]:
    """The days without a year a sentence names, and the day before (after) them when it keeps its
    anniversary "yesterday" ("tomorrow"): "CULMSTEAD, 6 June — … queued … yesterday, thirty years to
    the day since the open-air pool … first let the public in" keeps 5 June."""
    days = {(m.month, m.day) for m in find_mentions(sentence) if m.year is None}
    if days and (word := _DAY_WORD.search(sentence)) is not None:
        step = -1 if word.group("y") else 1
        for month, day in list(days):
            if valid_day(month, day, LEAP_YEAR):
                other = datetime.date(LEAP_YEAR, month, day) + datetime.timedelta(days=step)
                days.add((other.month, other.day))
    return frozenset(days)


LEAP_YEAR = 2000  # (any leap year: a day's neighbours, 29 February among them)


def _told_next_elsewhere(following: str, article_id: str, finder: BaseFinder, title: str) -> Base | None:
    """ "… the auctioneer on the day the gates were chained shut ten years ago." / "On 20 February
    the Ministry confirmed foot-and-mouth disease … at an abattoir in Essex": the account a lead's
    "years ago" opens in the next paragraph tells days with no year, which another document dates
    telling the same things; one year for all of them, or none."""
    found: dict[int, Base] = {}
    for a, b in sentences(following):
        mentions = find_mentions(following[a:b])
        days = frozenset((m.month, m.day) for m in mentions if m.year is None)
        if days and all(m.year is None for m in mentions):
            base = finder.find_on_day(f"{following[a:b]} {title}", article_id, days)
            if base is not None:
                found.setdefault(base.year, base)
    return next(iter(found.values())) if len(found) == 1 else None


_THIS_WEEK_AGO = re.compile(r"\bago\s+(?:this\s+(?:week(?:end)?|month)|today)\b", re.I)
_AGO_TONIGHT = re.compile(r"\bago\s+(?:today|tonight)\b", re.I)
_CLAUSE_SPLIT = re.compile(r",\s*(?:and|but)\s+|;\s*|,\s+|(?<=[.!?])\s+")


def _ago_this_week_elsewhere(
    sentence: str, ago: tuple[int, str], article_id: str, finder: BaseFinder, lead: float, besides: str = ""
) -> Iterator[Evidence]:
    """ "Fifty years ago this week, the women of the Kelworth manual exchange put through their last
    calls, and the town went automatic", with no day: a clause another document dates by its year
    ("since the town's automatic exchange opened in November 1968") — one clause, one year."""
    n, phrase = ago
    at = sentence.find(phrase)
    if at < 0 or not _THIS_WEEK_AGO.search(sentence, at):
        return
    found = {
        base.year: base
        for clause in _CLAUSE_SPLIT.split(sentence[at + len(phrase) :])
        if len(clause.split()) >= 3 and (base := finder.find(clause, article_id, besides=besides)) is not None
    }
    if len(found) == 1:
        ((year, base),) = found.items()
        why = reason(N_("“{phrase}” of {year}: {year} + {n}; {why}"), phrase=phrase, year=year, n=n, why=base.why)
        yield Evidence(year + n, WEIGHTS["years ago"] * base.strength * lead, "years ago", why, base=year)


_EN_YEARS_LATER = re.compile(
    # `_CARD_START` first: its count (`_HUNDREDS`, digits, a number word) starts with one of its characters
    rf"{_CARD_START}\b(?P<n>{_HUNDREDS}|\d{{1,3}}|(?:{CARDINAL_ALT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+"
    r"years\s+(?:(?:to\s+the\s+day\s+)?later\b|on(?=\s*[,.;:—–-]|\s+from\b))",  # not "twenty years on air"
    re.I,
)
# The same in Spanish and Russian ("Cien años después, el lunes 8 de agosto", "Через двадцать лет, в
# субботу 3 мая", "пятьдесят лет спустя"): only with a weekday day that fits the count (no now-clause list).
_OTHER_YEARS_LATER = re.compile(
    rf"\b(?P<es>\d{{1,3}}|{ES_COUNT})\s+años\s+(?:después|más\s+tarde)\b"
    r"|\b(?:через|спустя)\s+(?P<ru>\d{1,3}|[а-яё]+)\s+(?:лет|года?)\b"
    r"|\b(?P<ru_after>\d{1,3}|[а-яё]+)\s+(?:лет|года?)\s+спустя\b",
    re.I,
)
# The clause speaks of now: "Fifty years later, the museum has opened …", "… is", "… will".
# (and a first person in the present with a season of now: "A hundred years on, we invite former
# pupils … to celebrate with us this autumn")
_NOW_CLAUSE = re.compile(
    r"\b(?:has|have|is|are|will|now|today|still|this\s+(?:year|spring|summer|autumn|fall|winter|week|month)"
    # (a news present: "175 years to the day later, the museum opens a small exhibition")
    r"|opens|marks|celebrates|commemorates|unveils|hosts)\b",
    re.I,
)


# A name given now, inside a clause of the past: "ten years later published the notes … that contain
# what is now called the first computer program" is no present.
_NOW_CALLED = re.compile(r"\b(?:(?:is|are)\s+)?now\s+(?:called|known\s+as|named|seen\s+as)\b", re.I)


# A past told first: "Five years later, on 10 March, the line was carried through to Hakata, and he sent me a
# postcard that I still use": a step of the account (its "still" is a later clause's)
_PAST_FIRST = re.compile(r"\b(?:was|were|had)\b", re.I)


def _tells_now(clause: str) -> bool:
    """Whether the clause after a count of years tells the present (`_NOW_CLAUSE`), not after a past it tells first."""
    now = _NOW_CLAUSE.search(_NOW_CALLED.sub(" ", clause))
    return now is not None and not _PAST_FIRST.search(clause, 0, now.start())


_APPOSED = re.compile(r"\s*[,(—–-]\s*")  # a year and right after it the count that restates it
# … or restates it roughly: "… 16 October 1987, little more than two years ago"
_ROUGH_APPOSED = re.compile(
    r"\s*[,(—–-]\s*(?:(?:a\s+)?(?:little|just)\s+)?(?:(?P<more>more\s+than|over)|almost|nearly|under)\s+", re.I
)


def _last_year_end(text: str, s: int, end: int) -> int | None:
    """Where the last year written in text[s:end] ends, or None."""
    last = last_match(_YEAR_RE.finditer(text, s, end))
    return last.end() if last is not None else None


OTHER_BASE_SHARE = 0.3  # an earlier year "N years later" may count from: a weekday may pick it
TO_THE_DAY_SHARE = 0.5  # "N years to the day later": counted to the day it names, not to now


def _years_later(texts: Sequence[str], idx: int) -> Iterator[tuple[int, int, str, float, bool]]:
    """(present, base, why, share, checked) for "Fifty years later, the museum has opened …": the present
    is N years after the last year the article stated before (and that year is history); `checked`:
    a weekday written beside the count has its weekday in that year."""
    text = texts[idx]
    yield from _years_later_in_other_languages(texts, idx)
    yield from _years_to_that_day(texts, idx)
    if "ears later" not in text and "ears on" not in text and "day later" not in text:  # (… to the day later)
        return
    for m in _EN_YEARS_LATER.finditer(text):
        n = number_of(m.group("n"))
        s, e = sentence_at(sentences(text), m.start())
        # A year after the phrase dates the clause itself; one before it is what it counts from
        # ("founded on 3 February 1863, and 150 years later it is to receive …").
        if not n or n < 5 or years_in(text[m.end() : e]):
            continue
        before = [y for t in texts[:idx] for y in _counted_years(t)] + _counted_years(text[: m.start()])
        phrase = " ".join(m.group(0).split())
        if (
            before
            and not _NOW_CLAUSE.search(_NOW_CALLED.sub(" ", text[m.end() : e]))
            and _LAST_YEAR.search(text, m.end(), e)
            and not _LAST_YEARS.search(text, m.end(), e)
        ):
            # "… in 1296. Exactly seven hundred years later it came home, … on St Andrew's Day, 30 November
            # last year": what the count reaches was last year, so the present is the year after it
            why = reason(N_("“{phrase}” after {year}: {year} + {n}"), phrase=phrase, year=before[-1], n=n)
            yield before[-1] + n + 1, before[-1], why + _LAST_YEAR_NOTE, 1.0, False
            continue
        if not _tells_now(text[m.end() : e]):
            # (or the day it is apposed to has the weekday of that count: "Our festival ends on Monday
            # 17 July, three hundred years to the day later, with the whole suite played …" after 1717)
            day = next(
                (x for x in find_mentions(text[s : m.start()]) if x.year is None and x.weekday is not None), None
            )
            if (
                day is None
                or not before
                or not valid_day(day.month, day.day, before[-1] + n)
                or datetime.date(before[-1] + n, day.month, day.day).weekday() != day.weekday
            ):
                continue
            why = reason(N_("“{phrase}” after {year}: {year} + {n}"), phrase=phrase, year=before[-1], n=n)
            yield before[-1] + n, before[-1], why, 1.0, True
            continue
        # The last year stated before; the earlier ones too, weaker, for a written weekday to choose
        # ("… Sunday 28 December 1879 … open since 1 June 1878 … A hundred and twenty-five years on").
        # ("On Saturday 10 January, a hundred years to the day later, we …": the count reaches that
        # day, which may be the present's or the coming year's: less than a count to now)
        share = TO_THE_DAY_SHARE if "day" in phrase else 1.0
        for rank, year in enumerate(dict.fromkeys(reversed(before))):
            why = reason(N_("“{phrase}” after {year}: {year} + {n}"), phrase=phrase, year=year, n=n)
            yield year + n, year, why, share if rank == 0 else share * OTHER_BASE_SHARE, False


# "On Wednesday 6 February, fifty years to the day, every child will plant a bulb": a count with no event
# named (not "… to the day after/since …", which name theirs)
_YEARS_TO_THE_DAY_ALONE = re.compile(
    rf"{_CARD_START}\b(?P<n>{_HUNDREDS}|\d{{1,3}}|(?:{CARDINAL_ALT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"\s+years\s+to\s+the\s+(?:day|night)\b(?!\s+(?:after|since|later|ago|before|from|that|when)\b)",
    re.I,
)


def _years_to_that_day(texts: Sequence[str], idx: int) -> Iterator[tuple[int, int, str, float, bool]]:
    """(year, base, why, share, checked) for "She became Queen on 6 February 1952 … On Wednesday 6
    February, fifty years to the day, …": the day the sentence names, dated with its year in an earlier
    paragraph or sentence, N years on (`checked`: its weekday written fits)."""
    text = texts[idx]
    if "to the" not in text:
        return
    for m in _YEARS_TO_THE_DAY_ALONE.finditer(text):
        n = number_of(m.group("n"))
        s, e = sentence_at(sentences(text), m.start())
        if not n or years_in(text[s:e]):
            continue
        told = {(x.month, x.day): x.year for t in (*texts[:idx], text[:s]) for x in find_mentions(t) if x.year}
        for day in find_mentions(text[s:e]):
            base = told.get((day.month, day.day)) if day.year is None and not day.is_range else None
            if base is None or not valid_day(day.month, day.day, base + n):
                continue
            if day.weekday is not None and not is_weekday(day.weekday, day.month, day.day, base + n):
                continue
            phrase = " ".join(m.group(0).split())
            why = reason(
                N_("“{phrase}” after {day}: {year} + {n}"),
                phrase=phrase,
                day=Day(day.month, day.day, base),
                year=base,
                n=n,
            )
            yield base + n, base, why, TO_THE_DAY_SHARE, day.weekday is not None
            break


_OF_AN_EVENT = re.compile(r"\s+(?:de|del)\b", re.I)
# A verb of the past: Spanish preterite, Russian past ("se reunieron", "firmó", "собрались", "открыли")
_TOLD_PAST = re.compile(r"\b[a-záéíóúñ]{2,}(?:ó|aron|ieron)\b|[а-яё]{2,}(?:ли|лся|лась|лись)(?![а-яё])", re.I)


def _years_of_the_day(texts: Sequence[str], text: str, days: AbstractSet[tuple[int, int]]) -> list[int]:
    """The years of the dates written with one of `days` (month, day) in `texts` and then `text`, in order."""
    return [x.year for t in (*texts, text) for x in find_mentions(t) if x.year is not None and (x.month, x.day) in days]


def _years_later_in_other_languages(texts: Sequence[str], idx: int) -> Iterator[tuple[int, int, str, float, bool]]:
    """(present, base, why, share, checked) for "Cien años después, el lunes 8 de agosto, la barquilla seguirá …":
    N years after the last year stated before, when a day the sentence names with its weekday (before
    the count or after it) has that weekday in that year."""
    text = texts[idx]
    if "años" not in text and "лет" not in text and "год" not in text:
        return
    for m in _OTHER_YEARS_LATER.finditer(text):
        n = number_of(m.group("es") or m.group("ru") or m.group("ru_after"))
        s, e = sentence_at(sentences(text), m.start())
        if not n or n < 5 or years_in(text[m.end() : e]):
            continue
        if _OF_AN_EVENT.match(text, m.end()) or _TOLD_PAST.search(text, m.end(), e):
            # ("Cincuenta años después de la fundación del club, el domingo 3 de abril, once vecinos se
            # reunieron …": a step of an account, counted from the event it names, not now)
            continue
        before = [y for t in texts[:idx] for y in _counted_years(t)] + _counted_years(text[: m.start()])
        days = [
            (x.weekday, x.month, x.day) for x in find_mentions(text[s:e]) if x.year is None and x.weekday is not None
        ]
        # (the latest year stated before whose count the weekday fits: "opened on 3 September 1905 in the
        # house of a merchant born in 1880 … A hundred years later, on Saturday 3 September"; first, one a date
        # of that very day was written with: "el jueves 19 de octubre de 1989 … nacido … el 11 de mayo de 1916.
        # ¶ El lunes 19 de octubre, justo veinte años después": 1989's, not the birth's)
        on_the_day = _years_of_the_day(texts[:idx], text[: m.start()], {(mo, d) for _, mo, d in days})
        base = next(
            (
                y
                for y in dict.fromkeys([*reversed(on_the_day), *reversed(before)])
                if any(is_weekday(*d, y + n) for d in days)
            ),
            None,
        )
        if base is None:
            continue
        phrase = " ".join(m.group(0).split())
        why = reason(N_("“{phrase}” after {year}: {year} + {n}"), phrase=phrase, year=base, n=n)
        yield base + n, base, why, 1.0, True


# "DENHOLM CROSS, 14 November — … sat down to a supper … last night, a fortnight after the great bridge
# they helped to build was opened." / "The Queen opened the … Bridge on Wednesday, 30 October 1991": a
# count of days from an event the next sentences date (or the same: "… on Tuesday, six weeks to the
# day after the Queen formally opened the Thames Barrier … on 8 May 1984").
_DAYS_AFTER = re.compile(
    rf"\b(?:(?P<n>a|{CARDINAL_ALT}|\d{{1,2}})\s+(?P<unit>days?|weeks?)|a\s+(?P<fortnight>fortnight))"
    r"\s+(?:to\s+the\s+day\s+)?(?:after|since)\b",
    re.IGNORECASE,
)
DAYS_AFTER_SLACK = 2  # days either way: "last night, a fortnight after …" under the next day's dateline
DAYS_AFTER_REACH = 2  # paragraphs after the dateline's where the event's date is looked for


def _days_after(mentions: Sequence[tuple[int, Mention]], texts: Sequence[str]) -> Iterator[Evidence]:
    """A lead's dateline without its year and "a fortnight (N days, N weeks) after" an event a date
    with its year in the lead or just after it tells: the present is the year where that count from
    the event lands on the dateline's day (the one date that does)."""
    line = next(
        ((idx, m) for idx, m in mentions if 1 <= idx <= 3 and _dateline_day(m)),
        None,
    )
    if line is None or not (hit := _DAYS_AFTER.search(texts[line[0]])):
        return
    idx, head = line
    if hit.group("fortnight"):
        days = 14
    else:
        n = int(hit.group("n")) if hit.group("n").isdigit() else number_of(hit.group("n"))
        if n is None:
            return
        days = n * (7 if hit.group("unit").lower().startswith("week") else 1)
    landed: list[tuple[int, Mention]] = []
    for at, m in mentions:
        if not (idx <= at <= idx + DAYS_AFTER_REACH) or m.year is None or m.is_range or m.bracket_year:
            continue
        if not valid_day(m.month, m.day, m.year):
            continue
        then = datetime.date(m.year, m.month, m.day) + datetime.timedelta(days=days)
        for year in (then.year - 1, then.year, then.year + 1):
            if valid_day(head.month, head.day, year):
                gap = abs((datetime.date(year, head.month, head.day) - then).days)
                if gap <= DAYS_AFTER_SLACK:
                    landed.append((year, m))
    if len({year for year, _ in landed}) != 1:
        return
    year, dated = landed[0]
    why = reason(
        N_("the lead's “{phrase}” counts from “{date}”: {day} falls then in {year}"),
        phrase=hit.group(0),
        date=dated.text,
        day=Day(head.month, head.day, year),
        year=year,
    )
    yield Evidence(year, WEIGHTS["years ago"] * LEAD, "days after", why, (head.month, head.day))


# "GULVERTON, 31 July — Mill Lane was closed … on Wednesday so that …" / "The marriage … on Wednesday 29
# July 1981 …": a report tells what happened in the days before its dateline.
_LEAD_RECENT = re.compile(rf"\bon\s+(?P<wd>{'|'.join(WEEKDAYS)})\b|\byesterday\b|\blast\s+night\b")
RECENT_DAYS = 7  # a report's news is of the week before its dateline


def _dated_just_before(mentions: Sequence[tuple[int, Mention]], texts: Sequence[str]) -> Iterator[Evidence]:
    """A lead's dateline without its year that tells of "Wednesday" (or "yesterday", "last night"), and
    a date with its year in the lead or just after it, a few days before the dateline's day (on that
    weekday, when both name one): the present is that year."""
    line = next(
        ((idx, m) for idx, m in mentions if 1 <= idx <= 3 and _dateline_day(m)),
        None,
    )
    if line is None or not _DATELINE_AFTER.match(texts[line[0]], line[1].end):
        return  # (a dateline's form: "GULVERTON, 31 July — …")
    idx, head = line
    if not (cue := _LEAD_RECENT.search(texts[idx], head.end)):
        return
    if anniversaries(texts[idx]):
        return  # ("… told the story again yesterday, half a century after …": a day dated after is what it counts from)
    wd = WEEKDAYS.index(cue.group("wd")) if cue.group("wd") else None
    landed: dict[int, Mention] = {}
    for at, m in mentions:
        if not (idx <= at <= idx + DAYS_AFTER_REACH) or m.year is None or m.is_range or m.bracket_year:
            continue
        if not valid_day(m.month, m.day, m.year) or not valid_day(head.month, head.day, m.year):
            continue
        if any(a.start <= m.start < max(a.end, a.scope_end) for a in anniversaries(texts[at])):
            continue  # (the day an anniversary counts from is no news)
        if _TO_THE_DAY.search(texts[at], m.end):
            # (nor one its paragraph counts on from after it: "… on the morning of Sunday 3 September 1967. On
            # Sunday 3 September, fifty years to the day, the Lövhamra party acted the change out")
            continue
        if ago_phrase(texts[at][max(0, m.start - 80) : m.start]) is not None:
            continue  # ("… went down off the point a century ago to the day, on Sunday, 9 May 1920")
        gap = (datetime.date(m.year, head.month, head.day) - datetime.date(m.year, m.month, m.day)).days
        if 0 < gap <= RECENT_DAYS and (wd is None or m.weekday in (None, wd)):
            landed[m.year] = m
    if len(landed) != 1:
        return
    ((year, dated),) = landed.items()
    why = reason(
        N_("the dateline's {day} comes a few days after “{date}”, which the lead tells: {year}"),
        day=Day(head.month, head.day, year),
        date=dated.text,
        year=year,
    )
    yield Evidence(year, WEIGHTS["years ago"] * LEAD, "days after", why, (head.month, head.day))


def _lead_ago(article: Article, mentions: Sequence[tuple[int, Mention]]) -> Iterator[Evidence]:
    """ "Fifty years ago this week, nine inches of rain fell …" in the lead, with no year there, and
    the account that follows opening with its date ("… since the morning of Friday 15 August
    1952"): the present is N years after the account's first stated year."""
    ago = ago_phrase(article.paragraphs[0].text) if article.paragraphs else None
    if ago is None or years_in(article.paragraphs[0].text):
        return
    found = next(((idx, m) for idx, m in mentions if idx in (2, 3) and m.year is not None and not m.bracket_year), None)
    if found is None:
        return
    idx, dated = found
    told = dated.year
    if told is None:
        return
    text = article.paragraphs[idx - 1].text
    s, e = sentence_at(sentences(text), dated.start)
    year = _counted_on(text[s:e], told)
    n, phrase = ago
    why = (
        reason(
            N_("the lead's “{phrase}” counts from the account that follows, “{date}”: {year} + {n}"),
            phrase=phrase,
            date=dated.text,
            year=year,
            n=n,
        )
        if year == told
        else reason(
            N_(
                "the lead's “{phrase}” counts from the account that follows, "
                "told {k} years after “{date}”: {year} + {n}"
            ),
            phrase=phrase,
            k=year - told,
            date=dated.text,
            year=year,
            n=n,
        )
    )
    yield Evidence(year + n, WEIGHTS["years ago"], "years ago", why, base=year)


_COLUMN_GAP = re.compile(r"\t|   +")  # a masthead's columns: "PUBLIC NOTICE          Issued 1 December 2008"


def _column_start(text: str, line_start: int, pos: int) -> int:
    """Where the column holding `pos` starts on its line: after the last wide gap before it."""
    gaps = list(_COLUMN_GAP.finditer(text, line_start, pos)) if "  " in text or "\t" in text else []
    return gaps[-1].end() if gaps else line_start


DATELINE_START = 40  # where in its line a dateline's day may stand ("WENDRIDGE, 21 January — …")


def _source_year(article: Article, mentions: Sequence[tuple[int, Mention]]) -> Iterator[Evidence]:
    """ "Evening Star, 2000" / "WENDRIDGE, 21 January — Thirty years ago tomorrow, …": a cutting's
    source line that names the paper and the year, over a dateline with no year: the dateline's."""
    lines = [article.title, *(p.text for p in article.paragraphs[:1])]
    for idx, line in enumerate(lines):
        source = SOURCE_YEAR_LINE.match(line)
        if source is None:
            continue
        lead = [m for i, m in mentions if i == idx + 1]
        if lead and lead[0].year is None and not lead[0].is_range and lead[0].start <= DATELINE_START:
            why = reason(N_("the cutting's source line “{line}”"), line=line.strip())
            yield Evidence(int(source.group("y")), WEIGHTS["dateline"], "published", why, (lead[0].month, lead[0].day))
        return


def _published_line(article: Article, mentions: Sequence[tuple[int, Mention]]) -> Iterator[Evidence]:
    """A line of its own saying when the article was published, wherever it stands ("Published 20
    June 2016." at its foot): as good as a dateline."""
    for idx, m in mentions:
        if idx == 0 or m.year is None:
            continue
        text = article.paragraphs[idx - 1].text
        line_start = _column_start(text, text.rfind("\n", 0, m.start) + 1, m.start)
        # "Marlcombe Echo, Saturday 11 January 1997" alone at the foot: the paper it was cut from
        # (or a full date alone closing a notice, under its sender: "青禾镇中心小学" / "二〇一二年十二月二十日")
        signed = (
            idx == len(article.paragraphs)
            and (not text[: m.start].strip() or _SIGNATURE.fullmatch(text[: m.start]))
            and not text[m.end :].strip(" .")
        )
        if signed or _PUBLISHED_LINE.fullmatch(text[line_start : m.start]):
            why = reason(N_("the article's publication line “{line}”"), line=text[line_start : m.end].strip())
            yield Evidence(m.year, WEIGHTS["dateline"], "published", why, (m.month, m.day))
            return


# A periodical's volume number, and when its first volume came out: one volume a year.
_VOLUME = re.compile(r"\b(?:Vol\.?|Volume)\s*(?P<n>\d{1,3})\b", re.I)
_VOLUME_ONE = re.compile(
    r"\b(?:Vol\.?|Volume)\s*(?:1|one|I)\b[^.()]{0,40}?\b(?:in|of)\s+(?P<y1>1[6-9]\d\d|20\d\d)"
    # ("Published by the branch since its formation in 1958, one volume every year")
    r"|\b(?:since|founded|established|est\.|estd\.?|began|first\s+published)\s*"
    r"(?:its\s+(?:formation|foundation|founding|launch|first\s+(?:issue|number|edition))\s+)?(?:in\s+)?"
    r"(?P<y2>1[6-9]\d\d|20\d\d)\b",
    re.I,
)
VOLUME_LINES = 4  # the title and the first paragraphs: where a masthead names its volume
FIRST_LINE_CHARS = 180  # how much of the first line may name the present's year (weekdays confirming)
HEAD_LINES_MAX = 6  # where a yearly event's number may still be read as the head's
VOLUME_FOOT = 2  # and the last ones: a column's footer ("Bellstead Mercury, Vol. 147 (est. 1858)")


def _volume_number(texts: Sequence[str]) -> Iterator[Evidence]:
    """ "Vol. 110, No. 31" with "(The Echo began its Vol. 1 in 1890 …)", or "Vol. 144 … (published
    every week since 1867)": a masthead's volume counts the years since its first, one a year."""
    head = list(texts[:VOLUME_LINES])
    head += texts[max(VOLUME_LINES, len(texts) - VOLUME_FOOT) :]
    for i, text in enumerate(head):
        # (each match holds "vol" in some case, which folds to "vol": no other character matches one
        # of those three letters under `re.I`, nor folds to one)
        vol = _VOLUME.search(text) if "ol" in text and "vol" in _folded(text) else None
        if vol is None or int(vol.group("n")) < 2:
            continue
        # After the volume, or before it on a masthead ("Established 1878 · Vol. 126"), on the next
        # line, or in the footer ("… every Thursday since its first number in 1898").
        near = (text[vol.end() :], text[: vol.start()], *head[i + 1 : i + 2], *head[VOLUME_LINES:])
        start = next((m for t in near if (m := _VOLUME_ONE.search(t))), None)
        if start is None:
            return
        first, n = int(start.group("y1") or start.group("y2")), int(vol.group("n"))
        why = reason(N_("volume {n}, and the first volume came out in {year}: {year} + {n} − 1"), n=n, year=first)
        yield Evidence(first + n - 1, WEIGHTS["years ago"], "volume", why)
        return


# "The fortieth festival · first held in 1962", "our 25th annual show (first staged in 1977)": the
# Nth of a yearly event, and the year of its first.
_NTH_SINCE_FIRST = re.compile(
    rf"\b(?:the|our|its)\s+(?P<n>{_ORD})\s+(?:annual\s+)?[^\W\d_]+\b[^.;\n]{{0,40}}?"
    # ("Our 40th running season! (Passenger trains first ran again over the line at Easter 1967.)")
    rf"\bfirst\s+(?:held|staged|run|ran|played|sailed|walked|raced|organised|organized|operated)\b"
    rf"(?:\s+in|[^.;\n]{{0,40}}?\b(?:in|at\s+(?:Easter|Whitsun|Christmas)))\s+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)


# "the 40th Hestoncombe New Year Dip. The first dip, on 1 January 1980, had just six entrants": the
# next sentence dates the first of the same thing (its head word again).
_NTH_THEN_FIRST = re.compile(
    # (" · ": where `_nth_since_first` joins the head's lines, one wrapped after the ordinal)
    rf"\b(?:the|our|its)\s+(?P<n>{_ORD})\s+(?:·\s+)?(?:[^\W\d_]+\s+){{0,4}}?(?P<head>[^\W\d_]{{3,}})[.!]\s+"
    rf"the\s+first(?:\s+(?P=head)\b|,)[^.;\n]{{0,30}}?\b(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)


# "except in 2001", "apart from 2001 and 2020": years a yearly event was not held
_NOT_HELD = re.compile(
    rf"\b(?:except|apart\s+from|save|but\s+not)\s+(?:in\s+|for\s+)?(?:the\s+years?\s+)?{_YEAR}"
    rf"(?:\s*(?:,|and|&)\s*{_YEAR})*",
    re.IGNORECASE,
)


# "… organisers of the siege every June since the first one in 2013": a footer's first of a yearly event.
# "The 58th Marnock Gala · Held every summer without a break since the first gala in 1950": the
# event's head word again after "since the first".
_NTH_SINCE_THE_FIRST = re.compile(
    rf"\b(?:the|our|its)\s+(?P<n>{_ORD})\s+(?:·\s+)?(?:[^\W\d_]+\s+){{0,4}}?(?P<head>[^\W\d_]{{3,}})\b[^;\n]{{0,80}}?"
    # ("since the first festival on the Abbey Green in July 1990": where, and its month, between)
    rf"\bsince\s+the\s+first\s+(?P=head)\b(?:[^.;\n\d]{{0,40}}?\s)?in\s+(?:[A-Z][a-z]+\s+)?(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
_FIRST_ONE_IN = re.compile(
    rf"\bsince\s+the\s+first\s+(?:one|[^\W\d_]+)\s+(?:was\s+held\s+)?in\s+(?P<y>{_YEAR})\b", re.IGNORECASE
)
_NTH_YEARLY = re.compile(rf"\b(?:the|our|its)\s+(?P<n>{_ORD})\s+(?:annual|yearly)\s+[^\W\d_]+", re.IGNORECASE)


def _nth_and_first(head: str, foot: str) -> tuple[int, int] | None:
    """(N, the first's year) of a yearly event the head numbers: with its first in the head, or in
    the footer ("The twelfth annual siege" / "… every June since the first one in 2013")."""
    m = (
        (_NTH_SINCE_FIRST.search(head) or _NTH_THEN_FIRST.search(head) or _NTH_SINCE_THE_FIRST.search(head))
        if "first" in head.lower()
        else None
    )
    if m is not None:
        n, first = number_of(m.group("n")), int(m.group("y"))
    elif "first" in foot.lower() and (nth := _NTH_YEARLY.search(head)) and (since := _FIRST_ONE_IN.search(foot)):
        n, first = number_of(nth.group("n")), int(since.group("y"))
    else:
        return None
    return (n, first) if n and n >= 2 else None


def _nth_since_first(texts: Sequence[str]) -> Iterator[Evidence]:
    """A yearly event's number in the title or the lines under it, with the year it was first held:
    the first's year + N − 1, as a volume number counts."""
    # (the title and the lines under it, through the first full paragraph: short heading lines may
    # push it down — "Official Programme" / the week's dates / "Welcome from the Carnival Committee")
    lead = next((i for i, t in enumerate(texts[1:HEAD_LINES_MAX], 1) if len(t) >= LEAD_LINE_CHARS), VOLUME_LINES - 1)
    top = max(VOLUME_LINES, lead + 1)
    head = " · ".join(texts[:top])
    found = _nth_and_first(head, " · ".join(texts[max(top, len(texts) - VOLUME_FOOT) :]))
    if found is None:
        return
    n, first = found
    year = first + n - 1
    # "held every summer since, except in 2001": each year it was not held puts the Nth one later
    skipped = 0
    for gap in sorted({y for hit in _NOT_HELD.finditer(head) for y in years_in(hit.group(0))}):
        if first < gap <= year + skipped:
            skipped += 1
    if skipped:
        msg = N_("the {ordinal} of a yearly event first held in {year}, not held in {skipped} of the years since")
        why = reason(msg, ordinal=Ordinal(n), year=first, skipped=skipped)
        yield Evidence(year + skipped, WEIGHTS["years ago"], "volume", why)
        return
    msg = N_("the {ordinal} of a yearly event first held in {year}: {year} + {n} − 1")
    why = reason(msg, ordinal=Ordinal(n), year=first, n=n)
    yield Evidence(year, WEIGHTS["years ago"], "volume", why)


def _first_in_years(texts: Sequence[str]) -> Iterator[Evidence]:
    """ "The first total eclipse … for 72 years. The last one, on 29 June 1927, …": N years after
    the last time, which the same or the next sentence dates."""
    for i, text in enumerate(texts):
        if "irst" not in text or " years" not in text:  # First / first, without folding the text
            continue
        for m in _FIRST_IN.finditer(text):
            if m.group("rough"):
                continue  # "for the first time in nearly forty years": no sum to do
            n = number_of(m.group("n"))
            spans = sentences(text)
            s, e = sentence_at(spans, m.start())
            after = [text[a:b] for a, b in spans if a >= e][:1]
            if not after and i + 1 < len(texts) and texts[i + 1]:  # the next paragraph goes on
                nxt = texts[i + 1]
                after = [nxt[slice(*sentences(nxt)[0])]]
            # The same sentence's one year, else the first the next sentence tells ("The last one, on 29 June 1927").
            stated = years_in(text[s:e]) or [y for t in after for y in years_in(t)][:1]
            if n and n >= 5 and len(set(stated)) == 1:
                year = stated[0] + n
                why = reason(
                    N_("“{phrase}”, the last time in {year}: {year} + {n}"),
                    phrase=" ".join(m.group(0).split())[-60:],
                    year=stated[0],
                    n=n,
                )
                yield Evidence(year, WEIGHTS["years ago"], "first in years", why, base=stated[0])


def _title_ago(article: Article, mentions: Sequence[tuple[int, Mention]]) -> Iterator[Evidence]:
    """ "Hace veinticinco años cayó el muro" over a lead that opens "El 14 de febrero de 1994, …":
    the title counts from the lead's date, which is then history."""
    ago = ago_phrase(article.title) if not years_in(article.title) else None
    if ago is None or not article.paragraphs:
        return
    lead = article.paragraphs[0].text
    first = sentence_at(sentences(lead), 0)[1]
    dated = next((m for idx, m in mentions if idx == 1 and m.year is not None and m.start < first), None)
    if dated is not None and dated.year is not None:
        n, phrase = ago
        why = reason(
            N_("the title's “{phrase}” counts from the lead's “{date}”: {year} + {n}"),
            phrase=phrase,
            date=dated.text,
            year=dated.year,
            n=n,
        )
        yield Evidence(dated.year + n, WEIGHTS["years ago"] * LEAD, "years ago", why, base=dated.year)


def _caption_month(article: Article, mentions: Sequence[tuple[int, Mention]]) -> Iterator[Evidence]:
    """The month a caption or a source line under the article names, when no head does."""
    last = article.paragraphs[-1].text if len(article.paragraphs) > 1 else ""
    if (closing := _CAPTION_CLOSING.search(last)) is not None:
        last = last[closing.start() + 1 :].lstrip()  # (the caption, without its bracket)
    elif (tail := _CAPTION_LAST_SENTENCE.search(last)) is not None:
        last = last[tail.start() :]  # "… from 8 to 31 March. Picture: the reading room, … (March 2000)."
    # (a source line with its full date is a publication line: `_published_line` reads its day)
    source = _SOURCE_LINE.fullmatch(last) is not None and not any(
        idx == len(article.paragraphs) and m.year is not None for idx, m in mentions
    )
    caption = _CAPTION.match(last) is not None and _ARCHIVE_PHOTO.search(last) is None
    head = _HEAD_MONTH.search(last) if (source or caption) and _YEAR_RE.search(last) else None
    if head is not None:
        why = reason(_SOURCE_NAMES if source else _CAPTION_NAMES, phrase=" ".join(head.group(0).split()))
        year = int(head.group("y") or head.group("zy"))
        yield Evidence(year, WEIGHTS["head month"], "head month", why, _head_month_day(head))


# A line that says where or how the page was put out, then its date alone.
_POSTED_LINE = re.compile(r"(?:posted|issued|dated|published|updated|embargoed)\b[^.\n]{0,60}", re.IGNORECASE)
# "… and was first filled by the tide on 4 June 1931": a lead that tells a beginning tells history.
_FIRST_TIME = re.compile(r"\bfirst\s+[a-z]{3,}ed\b")
# "… the bound volumes we have kept since our first issue, 1 May 1851": what has gone on since a date
# is history, not the lead's news.
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;:!?\n\d]*$", re.IGNORECASE)
SINCE_REACH = 40  # characters between "since" and the date it governs


def _dateline(article: Article, mentions: Sequence[tuple[int, Mention]]) -> Iterator[Evidence]:
    if article.published is not None:
        d = article.published
        why = reason(N_("the document's publication date {day}"), day=Day(d.month, d.day, d.year))
        yield Evidence(d.year, WEIGHTS["published"], "published", why, (d.month, d.day))
    if not any(idx <= 1 and m.year is not None for idx, m in mentions):
        first_line = article.paragraphs[0].text.split("\n", 1)[0][:80] if article.paragraphs else ""
        for where, text in ((_TITLE_NAMES, article.title), (_FIRST_LINE_NAMES, first_line)):
            head = _HEAD_MONTH.search(text) if _YEAR_RE.search(text) else None
            if head:
                year = int(head.group("y") or head.group("zy"))
                why = reason(where, phrase=" ".join(head.group(0).split()))
                yield Evidence(year, WEIGHTS["head month"], "head month", why, _head_month_day(head))
                break
        else:
            yield from _caption_month(article, mentions)
    for idx, m in mentions:
        if m.year is None or m.bracket_year or idx > 3:
            continue
        if idx > 1:
            # A press release's dateline may follow boilerplate and a headline ("FOR IMMEDIATE
            # RELEASE", the headline, then "BEAUMONT COUNTY, Ohio, April 12, 2010 — …").
            para = article.paragraphs[idx - 1].text
            after = _DATELINE_AFTER.match(para, m.end)
            if not para[: m.start].strip() and not para[m.end :].strip(" .,;:—–-"):
                # A date on a line of its own under the masthead ("LOOKING BACK / From the files of
                # the Advertiser / Friday, 16 May 2003"): the issue's date.
                why = reason(N_("the date line “{line}”"), line=para.strip())
                yield Evidence(m.year, WEIGHTS["dateline"], "dateline", why, (m.month, m.day))
            elif m.start <= DATELINE_CHARS and after and _PLACE_HEAD.fullmatch(para[: m.start]):
                why = reason(N_("the dateline “{line}”"), line=para[: after.end()].strip())
                yield Evidence(m.year, WEIGHTS["dateline"], "dateline", why, (m.month, m.day))
            elif _POSTED_LINE.fullmatch(para[: m.start]) and not para[m.end :].strip(" .,;:"):
                # "Posted on the village noticeboards, 1 December 2003": the page's own date.
                why = reason(N_("the date line “{line}”"), line=para.strip())
                yield Evidence(m.year, WEIGHTS["dateline"], "dateline", why, (m.month, m.day))
            continue
        if idx == 0:
            why = reason(N_("the title's date “{date}”"), date=m.text)
            yield Evidence(m.year, WEIGHTS["head date"], "head date", why, (m.month, m.day))
            continue
        para = article.paragraphs[0].text
        after = _DATELINE_AFTER.match(para, m.end)
        if m.start <= DATELINE_CHARS and after:
            why = reason(N_("the dateline “{line}”"), line=para[: after.end()].strip())
            yield Evidence(m.year, WEIGHTS["dateline"], "dateline", why, (m.month, m.day))
        elif (
            sentence_at(sentences(para), m.start)[0] == 0
            and not any(a.end <= m.start < a.end + len(a.scope) + 2 for a in anniversaries(para))
            and not _FIRST_TIME.search(para, 0, m.start)
            and not _SINCE_BEFORE.search(para, max(0, m.start - SINCE_REACH), m.start)
        ):
            # A news lead states when its news happened — unless the date is what an anniversary
            # counts from ("… the 20th anniversary of the accident of 26 April 1986").
            why = reason(N_("the lead's date “{date}”"), date=m.text)
            yield Evidence(m.year, WEIGHTS["head date"], "head date", why, (m.month, m.day))


Written = tuple[tuple[int, int, int], ...]  # (weekday, month, day) of year-less mentions


_SINCE_PERFECT = re.compile(r"^since\b", re.I)
# ((?=[lt]): the first letters of "last" and "the", tested before `\b` at each place; the same matches)
_LAST_SEASON_WORDS = re.compile(
    r"(?=[lt])\b(?:last|the\s+previous)\s+(?:spring|summer|autumn|fall|winter|season)\b", re.I
)


def _weekdays_written(mentions: Sequence[tuple[int, Mention]], texts: Sequence[str] = ()) -> tuple[Written, Why]:
    """The weekdays written with year-less dates, and how to show them — not those another year's
    qualifier governs ("Last year's exhibition, on Saturday 7 and Sunday 8 June, …")."""

    heads = sorted((idx, n) for idx, n, _ in ago_headings(texts)) + sorted(
        (idx, 1) for idx, _, _ in year_headings(texts)
    )
    heads.sort()

    def qualified(idx: int, m: Mention) -> bool:
        under = next((n for at, n in reversed(heads) if at <= idx), 0)
        if under:
            return True  # under a "10 YEARS AGO" heading (not "This week"): another year's weekdays
        if idx >= len(texts):
            return False
        text = texts[idx]
        s, e = sentence_at(sentences(text), m.start)
        before = text[s : m.start]
        if m.weekday is not None and any(is_weekday(m.weekday, m.month, m.day, y) for y in years_in(text[s:e])):
            # "She was in the pit in the autumn of 1931, on Monday 21 September": the year the
            # sentence names has the weekday on that day, so it is that year's, not the present's
            return True
        if _LAST_SEASON_WORDS.search(before):
            return True  # "at the AGM last autumn, on Thursday 18 October": maybe the year before
        quoted = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
        quoted = quoted or before.count("«") > before.count("»")
        if quoted and _YEAR_RE.search(before):
            # inside a quotation from a year the sentence names: "The magazine for May 1911 announced:
            # "The Jubilee will be kept on Wednesday 14 June …""
            return True
        if m.weekday is not None and _told_year_fits(text, s, m):
            return True  # "She married … in 1949. It was a Saturday, 4 June, and it poured.": 1949's
        if s > 0 and (opening := ago_phrase(text[:40])) is not None and text.startswith(opening[1]):
            return True  # "Twenty years ago today I was … It opened on Saturday 10 June": that year's
        if "ago today" in before and ago_phrase(before.lower()) is not None:
            # "Fifty years ago today, on Monday, 2 August": that year's weekday, on the day the
            # article's own falls on (a post "on Sunday, 2 August"), not now's.
            return True
        return bool(
            _YEAR_WORD.search(before)
            and (_LAST_YEAR.search(before) or _NEXT_YEAR.search(before) or _LAST_YEARS.search(before))
        )

    written = tuple(
        (m.weekday, m.month, m.day)
        for idx, m in mentions
        if m.weekday is not None and m.year is None and not qualified(idx, m)
    )
    return written, _shown(written)


def _told_year_fits(text: str, s: int, m: Mention) -> bool:
    """Whether a sentence that opens on "It was" goes on from a plain year of the sentence before,
    which has the weekday written on that day ("She married … in 1949. It was a Saturday, 4 June")."""
    assert m.weekday is not None
    if s == 0 or not _IT_WAS.match(text, s, m.start):
        return False
    start = max((a for a, b in sentences(text) if b <= s), default=s)
    return any(is_weekday(m.weekday, m.month, m.day, y) for y in years_in(text[start:s]))


_IT_WAS = re.compile(r"\s*(?:it|that|this|the\s+day)\s+was\b", re.IGNORECASE)


def _shown(written: Written) -> Why:
    """The first weekdays written, as a reason quotes them."""
    return join(", ", (Why((WeekdayDay(wd, mo, d),)) for wd, mo, d in written[:3]))


def _fits(year: int, written: Written) -> bool:
    """Every weekday written fits, all in `year` or reading the dates in order: a diary or a season's
    fixtures that go from December back to January have crossed into the next year (a newsletter
    that lists September's dinner, then March's work just done, has not)."""
    if all(is_weekday(wd, mo, d, year) for wd, mo, d in written):
        return True
    y, last = year, 0
    # (a day written again is the same day: a notice's table, then "closed from Thursday 25 December")
    for wd, mo, d in dict.fromkeys(written):
        if last - mo >= 6:  # December back to January; not a notice that lists June before May
            y += 1
        last = mo
        if not is_weekday(wd, mo, d, y):
            return False
    return True


OWN_DAY_LATE = 9  # a head's own day from September on may be in the year before the one the text names


def _majority_year(year: int, written: Written) -> int:
    """The year most of the weekdays written fall in, read in order from `year` as `_fits` reads
    them (December back to January crosses into the next year); `year` on a tie."""
    y, last, after = year, 0, 0
    days = list(dict.fromkeys(written))
    for _, mo, _ in days:
        if last - mo >= 6:
            y += 1
        last = mo
        after += y > year
    return year + 1 if 2 * after > len(days) else year


def _weekdays_all_fit(year: int, written: Written) -> bool:
    """Whether at least two weekdays are written and every one fits `year` itself."""
    return len(written) >= 2 and all(is_weekday(wd, month, day, year) for wd, month, day in written)


def _turn_fits(year: int, written: Written) -> int:
    """How many of the weekdays written fit `year`, or the year before it for a date from September
    on, or the year after it for a date up to April."""
    return sum(
        any(
            is_weekday(wd, mo, d, y)
            for y in (year, *((year - 1,) if mo >= 9 else ()), *((year + 1,) if mo <= 4 else ()))
        )
        for wd, mo, d in written
    )


def _around_fits(year: int, day: tuple[int, int], written: Written) -> bool:
    """Every weekday written fits the nearest such day to the article's own (`day` of `year`): a
    December release's "Saturday 10 and Sunday 11 August" is next summer's show."""
    return all(
        is_weekday(wd, mo, d, year + (1 if (mo, d) < day else -1 if (mo, d) > day else 0))
        or is_weekday(wd, mo, d, year)
        for wd, mo, d in written
    )


ACCOUNT_YEARS_BACK = 200  # how far back the weekdays of an account are looked for a year they all fit


def _page_dated_past_an_account(
    support: Mapping[int, float], found: Sequence[Evidence], written: Written
) -> tuple[int, Why] | None:
    """The year a page states in full for itself (its publication line or dateline) when a weekday
    written fits it and those that do not all fit one earlier year: they are an account's ("Posted on
    24 December 2018" … "Apollo 8 lifted off from Florida on Saturday 21 December" … "on Thursday 27
    December, fifty years to the day after the splashdown"), not a sign the page misdates itself."""
    own = {ev.year for ev in found if ev.kind in ("published", "dateline") and ev.day is not None}
    if len(own) != 1 or (y := next(iter(own))) not in support or support[y] < max(support.values()):
        return None
    other = tuple(w for w in written if not is_weekday(*w, y))
    if len(other) == len(written) or not any(
        all(is_weekday(*w, back) for w in other) for back in range(y - 1, y - ACCOUNT_YEARS_BACK, -1)
    ):
        return None
    fit = _shown(tuple(w for w in written if is_weekday(*w, y)))
    return y, reason(
        N_("{days} fit(s) {year}; the other weekdays are an account's, of an earlier year"), days=fit, year=y
    )


def _day_of(found: Sequence[Evidence], year: int) -> tuple[int, int] | None:
    return next((ev.day for ev in found if ev.year == year and ev.day is not None), None)


def _lead_weekdays_refute(
    support: Mapping[int, float], written: Written, mentions: Sequence[tuple[int, Mention]]
) -> bool:
    """Whether a weekday written in the first paragraph (as the present speaks: `written` holds it)
    fits none of the candidate years, across the turn of the year either, and none is as strong as
    a head date."""
    lead = [(m.weekday, m.month, m.day) for idx, m in mentions if idx <= 1 and m.weekday is not None and m.year is None]
    lead = [w for w in lead if w in written]
    if not lead or max(support.values()) >= WEIGHTS["head date"]:
        return False  # (a dated head outweighs one weekday, which may be an account's: "Sunday, May 18" of 1980)
    return not any(_turn_fits(y, tuple(lead)) == len(lead) for y in support)


def _head_weekdays(mentions: Sequence[tuple[int, Mention]]) -> Written:
    """The page's own day at its head, with its weekday ("Posted Friday 5 October")."""
    return tuple(
        (m.weekday, m.month, m.day)
        for idx, m in mentions
        if idx <= 1 and m.start <= OWN_DAY_CHARS and m.weekday is not None and m.year is None
    )


def _head_weekday_fits(support: Mapping[int, float], mentions: Sequence[tuple[int, Mention]]) -> tuple[int, str] | None:
    """(year, why) for the one candidate whose calendar has the weekdays the page's head writes with
    its own day (a dateline's, a post's), when exactly one has them."""
    head = _head_weekdays(mentions)
    fit = [y for y in support if support[y] >= MIN_SUPPORT and head and all(is_weekday(*w, y) for w in head)]
    if len(fit) != 1:
        return None
    return fit[0], reason(N_("{days} fit(s) {year}"), days=_shown(tuple(head)), year=fit[0])


def _fitting_mostly(support: Mapping[int, float], written: Written) -> dict[int, float]:
    """The candidates strong enough that fit most weekdays (`_fits_mostly`); of several, those whose
    own calendar (not the year's turn) has the most of them: "miércoles 25 de octubre" and "sábado 21
    de octubre" fit 2006, and 1906 only as October 1905's."""
    near = {y: w for y, w in support.items() if w >= MIN_SUPPORT and _fits_mostly(y, written)}
    if len(near) > 1:
        own = {y: sum(is_weekday(*wd, y) for wd in written) for y in near}
        near = {y: w for y, w in near.items() if own[y] == max(own.values())}
    return near


def _fits_mostly(year: int, written: Written) -> bool:
    """At least two weekdays written, and two thirds of them, fit `year` across the turn of the year."""
    fit = _turn_fits(year, written)
    return fit >= 2 and 3 * fit >= 2 * len(written)


def _present_weekdays(
    written: Written,
    mentions: Sequence[tuple[int, Mention]],
    candidates: set[int],
    bases: AbstractSet[int] = frozenset(),
) -> Written:
    """The weekdays that may speak for the present: not those of a narrative the article dates in
    another year ("Monday 15 February 1971 … the banks closed on Wednesday 10 February"), nor, in
    any month, those of a year the evidence counts from ("Fifty years ago this week …" of 1968: its
    "Saturday, 9 November")."""
    stated = {(m.month, m.year) for _, m in mentions if m.year is not None and m.year not in candidates}
    stated |= {(mo, b) for b in bases - candidates for mo in range(1, 13)}

    def narrative(wd: int, mo: int, d: int) -> bool:
        return any((near := _next_to(mo, smo, y)) is not None and is_weekday(wd, mo, d, near) for smo, y in stated)

    # (not the page's own day at its head, which a narrative's weekday may share: "Posted Friday 5
    # October" / "Fifty years ago today, on Friday 5 October 1962")
    head = set(_head_weekdays(mentions))
    return tuple(w for w in written if w in head or not narrative(*w))


def _next_to(month: int, told: int, year: int) -> int | None:
    """The year of `month` when it is the month `told` of `year`, or the one before or after it,
    or the December before a told January ("Desde el sábado 15 de diciembre …" before "1 de enero
    de 2002": the run-up, in 2001); None when it is further away. (Not the January after a told
    December: the present often follows a story's end — an obituary's funeral.)"""
    if abs(month - told) <= 1:
        return year
    return year - 1 if (told, month) == (1, 12) else None


# A jubilee's years by the word before it ("the silver jubilee dinner"); a jubilee alone is 50.
JUBILEE_KINDS = {"silver": 25, "pearl": 30, "ruby": 40, "golden": 50, "diamond": 60, "platinum": 70}
_KIND_BEFORE = re.compile(r"(\w+)\s+$")


def _jubilee_years(text: str, at: int, word: str) -> int:
    """The years a centenary or a jubilee written at `at` counts."""
    if "cent" in word.lower():
        return 100
    kind = _KIND_BEFORE.search(text, max(0, at - 12), at)
    return JUBILEE_KINDS.get(kind.group(1).lower(), 50) if kind else 50


def _not_yet(text: str, pos: int, start: int = -1, end: int = -1) -> bool:
    """Whether the clause before `pos` says the occasion is not reached yet (from `start`, else from
    the sentence's start), or the words after it (from `end`) say it is still ahead ("our tenth
    anniversary is still a few seasons away")."""
    if start < 0:
        start = sentence_at(sentences(text), pos)[0]
    before = text[max(start, pos - 40) : pos]
    if _NOT_YET.search(before) or _BEFORE_OCCASION.search(before) or _HOPED_BY.search(text, start, pos):
        return True
    planning = _PLANNING_FOR.search(before)
    if planning is not None and (planning.group("own") or _OWN_AHEAD.match(text, pos)):
        return True
    return end >= 0 and _STILL_AHEAD.match(text, end) is not None


# "our 21st birthday (we were founded in 1971) falls in 1992": the occasion in a year of its own, told
# as a year (this year's is told as "this year", or as a date).
_FALLS_IN = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:falls|comes|is|will\s+(?:fall|come|be))\s+in\s+(?:1[6-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


_IN_ITS_YEAR = re.compile(r"(?:\s+(?:birthday|anniversary|year|season|edition))?\s+in\s+(?:1[6-9]\d\d|20\d\d)\b")


def _era_window(texts: Sequence[str], newest_year: int | None) -> list[tuple[int, int, Why]]:
    """The years from the newest thing the text names ("results went to members by e-mail", "on the
    website": not before the 1990s) to `newest_year` (none: no window)."""
    floor = era_floor(texts) if newest_year is not None else None
    if floor is None or newest_year is None or floor[0] > newest_year:
        return []
    return [(floor[0], newest_year + 1, reason(N_("“{word}”: not before {year}"), word=floor[1], year=floor[0]))]


def _millennium_window(texts: Sequence[str]) -> list[tuple[int, int, Why]]:
    """The years just before 2000 when the text looks ahead to the millennium ("the ringers will ring
    the old century out and the new millennium in"), for weekdays that fit several years."""
    for text in texts:
        if "illennium" in text and (m := _MILLENNIUM_AHEAD.search(text)) is not None:
            why = reason(N_("“{phrase}”, and not yet {year}"), phrase=" ".join(m.group(0).split()), year=MILLENNIUM)
            return [(MILLENNIUM - MILLENNIUM_SPOKEN, MILLENNIUM, why)]
    return []


def _stated_windows(texts: Sequence[str], newest_year: int | None = None) -> list[tuple[int, int, Why]]:
    """Years the text itself allows: counted from an origin year ("opened in 1962") by the birthdays
    or anniversaries it names ("our fortieth … our fiftieth"): from the smallest to before the largest.
    An origin alone ("since it reopened in 2013") allows the years from it to `newest_year`, the
    newest a document of the corpus may be from (none: no window)."""
    origin: tuple[int, str] | None = None
    ordinals: list[int] = []
    dated: list[tuple[int, int]] = []  # (ordinal, the year its sentence states): "the second festival" of 1998
    paired: list[tuple[int, int, str]] = []  # (ordinal, origin year, origin phrase), each in one paragraph
    decades: list[tuple[int, int, Why]] = []  # "well into our second decade there": 10–19 years on
    ahead: list[tuple[int, int, Why]] = []  # "not yet reached our tenth birthday": before it
    # (each origin holds a year, so a "1" or a "2": a text with neither is not scanned)
    origins = [list(_ORIGIN.finditer(text)) if "1" in text or "2" in text else [] for text in texts]
    if not any(origins) and not _year_ranges(texts):
        # Every window counts from an origin's year, or is a range the text states: without either,
        # none (the scans below would find counts with no year to count from).
        return []
    for text, found in zip(texts, origins, strict=True):
        here = [(m.start(), int(m.group("y")), " ".join(m.group(0).split())) for m in found]
        if here and origin is None:
            origin = (here[0][1], here[0][2])
        # (a count not yet reached, or a decade, is read only with an origin here to count from)
        for m in _NOT_YET_COUNT.finditer(text) if here else ():
            # "since the group was founded in 2011 — not yet ten of them", "(not yet a decade)": before 2021
            n = number_of(m.group("n")) if m.group("n") else 10 * (number_of(m.group("d")) or 0)
            if n and 1 < n <= 300:
                then = " ".join(m.group(0).split())
                ahead += [
                    (y, y + n, reason(N_("“{phrase}”, and {then}"), phrase=phrase, then=then)) for _, y, phrase in here
                ]
        for m in _DECADE_ORDINAL.finditer(text) if here else ():
            n = number_word(m.group("n"))
            if n and 1 <= n <= 30:
                then = m.group(0)
                decades += [
                    (y + 10 * (n - 1), y + 10 * n, reason(N_("“{phrase}”, then {then}"), phrase=phrase, then=then))
                    for _, y, phrase in here
                ]
        for m in _WINDOW_ORDINAL.finditer(text):
            if _DECADE_ORDINAL.match(text, m.start()):
                continue
            if _not_yet(text, m.start(), -1, m.end()):
                # "counting nests since 2014, and we have not yet reached our tenth birthday": before 2024
                n = number_word(m.group("n") or m.group("n2") or "")
                # (counted from an origin an earlier paragraph states when this one has none: "founded in the
                # autumn of 2010" … "Our tenth birthday is still a few years away")
                counted = here or ([(0, *origin)] if origin is not None else [])
                if n and 1 < n <= 300:
                    then = " ".join(m.group(0).split())
                    ahead += [
                        (y, y + n, reason(N_("“{phrase}”, and not yet {then}"), phrase=phrase, then=then))
                        for _, y, phrase in counted
                    ]
                continue
            word = m.group("n") or m.group("n2")
            if m.group("n2") and m.group("n2")[0].isdigit() and int(re.sub(r"\D", "", m.group("n2"))) <= 31:
                continue  # "on the 16th": a day of the month ("the 80th is on the horizon" is no day)
            if m.group("c"):
                n = number_of(m.group("c"))
                n = n * 10 if n and m.group("cu").lower().startswith("decade") else n
            else:
                n = number_word(word) if word else _jubilee_years(text, m.start(), m.group("w"))
            if n and 1 < n <= 300 and _IN_ITS_YEAR.match(text, m.end()):
                continue  # "how to mark our twentieth birthday in 2024": a day of its own year, not the present's count
            if n and 1 < n <= 300:
                ordinals.append(n)
                paired += [(n, y, phrase) for _, y, phrase in here]
                stated = _YEAR_RE.search(text, *sentence_at(sentences(text), m.start()))
                if stated is not None:
                    dated.append((n, int(stated.group(0))))
    if decades:
        return decades
    if ahead:
        return ahead
    if origin is not None:
        # "We have met there since 2005 … and expect to stay until the observatory is ready for the
        # 2010 season": the present lies between the two.
        # (end, the last year allowed): "until 2016" allows 2016, "planning for … in 2016" does not
        ends = [
            (int(m.group("y")), int(m.group("y")) - (1 if m.group("ahead") else 0))
            for text in texts
            for m in (_UNTIL_YEAR.finditer(text) if _ANY_YEAR.search(text) else ())
        ]
        ends += [
            (MILLENNIUM, MILLENNIUM - 1) for text in texts if "illennium" in text and _MILLENNIUM_AHEAD.search(text)
        ]
        later = [(y, last) for y, last in ends if y > origin[0]]
        if later:
            y, last = min(later)
            why = reason(N_("“{phrase}”, and not yet {year}"), phrase=origin[1], year=y)
            # "Since the Friends were formed in 2003 we have never had so many": years have passed since.
            first = origin[0] + (1 if _SINCE_PERFECT.search(origin[1]) else 0)
            return [(first, last + 1, why)]
    if len(set(ordinals)) == 1 and paired:
        # "this is our twentieth year as a Friends group: we were formed in 1994": around its Nth year,
        # counted from each origin its paragraph states (the weekdays then pick at most one).
        return [
            (y + n - 1, y + n + 2, reason(N_("“{phrase}”, then its {n}th year"), phrase=phrase, n=n))
            for n, y, phrase in paired
        ]
    if origin is None or len(set(ordinals)) < 2:
        ranges = _year_ranges(texts)
        if not ranges and origin is not None and newest_year is not None and origin[0] <= newest_year:
            why = reason(
                N_("“{phrase}”, and the documents are from {year} or before"), phrase=origin[1], year=newest_year
            )
            return [(origin[0], newest_year + 1, why)]
        return ranges
    chained = _chained_years(texts, origin)
    if chained is not None:
        return [chained]
    annual = [n for n, y in dated if y == origin[0] + n - 1]
    undated = {n for n in ordinals if (n, origin[0] + n - 1) not in dated}
    if annual and len(undated) == 1:
        # "the eighteenth festival … since the first one, in 1997 … set in 1998 at the second festival":
        # one a year (the second was 1997 + 1), so the one not dated is the present's
        (n,) = undated
        why = reason(N_("“{phrase}”, then its {n}th year"), phrase=origin[1], n=n)
        return [(origin[0] + n - 1, origin[0] + n + 2, why)]
    lo, hi = origin[0] + min(ordinals), origin[0] + max(ordinals)
    why = reason(
        N_("“{phrase}”, then its {first}th to {last}th year"), phrase=origin[1], first=min(ordinals), last=max(ordinals)
    )
    return [(lo, hi, why)]


# "Seven years later, on 1 July, it slipped into orbit … Thirteen years in orbit followed": spans told
# one after the other from the origin, the last running up to the present.
_CHAINED_YEARS = re.compile(
    rf"\b(?P<a>{_CARD})\s+years\s+later\b[^.]*\.(?:[^.]*\.){{0,2}}?\s*(?P<b>{_CARD})\s+(?:more\s+)?years\b"
    r"[^.]{0,40}?\b(?:followed|passed|went\s+by)\b",
    re.IGNORECASE,
)


def _chained_years(texts: Sequence[str], origin: tuple[int, str]) -> tuple[int, int, Why] | None:
    """The present counted through the spans a text tells one after the other from its origin: the
    year the last ends in, or the next (None when no paragraph tells such a chain)."""
    for text in texts:
        m = _CHAINED_YEARS.search(text) if "years" in text else None
        if m is None:
            continue
        a, b = number_of(m.group("a")), number_of(m.group("b"))
        if a and b and a + b <= 300:
            then = " … ".join(" ".join(m.group(g).lower().split()) + " years" for g in ("a", "b"))
            why = reason(N_("“{phrase}”, then {then}"), phrase=origin[1], then=then)
            return (origin[0] + a + b, origin[0] + a + b + 2, why)
    return None


# "papers covering the seasons 2000 to 2006", "between 1995 and 1999": the years a text allows.
_YEAR_RANGE = re.compile(
    r"(?=[bcfpsy])"  # (its words' first letters looked at first: the same matches)
    rf"\b(?:seasons?|years|period|between|from|covering)\s+(?P<a>{_YEAR})\s*(?:to|until|and|–|-)\s*(?P<b>{_YEAR})\b",
    re.IGNORECASE,
)
# "the 2012/13 financial year", "the 1998–99 season": a year that spans two, near the present.
# ("the term and holiday dates for 2022–23", "fixtures for 2019/20": what a year's calendar is for)
_SPLIT_YEAR = re.compile(
    rf"\b(?P<a>{_YEAR})\s*[/–-]\s*(?P<b>\d\d)\s+(?:financial|academic|school|tax|fiscal|season)\b"
    rf"|\bfor\s+(?:the\s+)?(?P<fa>{_YEAR})\s*[/–-]\s*(?P<fb>\d\d)(?![\d/–-])",
    re.IGNORECASE,
)


def _year_ranges(texts: Sequence[str]) -> list[tuple[int, int, Why]]:
    out = []
    for text in texts:
        if not _ANY_YEAR.search(text):
            continue  # (each range holds a year)
        for m in _YEAR_RANGE.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if a < b <= a + 30:
                out.append((a, b + 1, reason(N_("“{phrase}”"), phrase=" ".join(m.group(0).split()))))
        for m in _SPLIT_YEAR.finditer(text):
            a = int(m.group("a") or m.group("fa"))
            if (a + 1) % 100 == int(m.group("b") or m.group("fb")):
                # spoken of from the year before it starts to the year it ends
                out.append((a - 1, a + 2, reason(N_("“{phrase}”"), phrase=" ".join(m.group(0).split()))))
    return out


# A count of years, in any of the four languages, for the last-resort arithmetic below: "55 лет",
# "sixty years", "cien años", "十周年", "the 75th anniversary", "died aged 87".
_COUNTED = re.compile(
    r"(?<![\d.,/])(?P<n>\d{1,3}|(?:[^\W\d_]+[\s-]+){0,4}[^\W\d_]+)\s*-?\s*"
    r"(?:years?\b|años?\b|лет\b|года?\b|летия|летие|летию|летием|годовщин)"
    rf"|\b(?P<o>{_ORD})\s+(?:annual\s+)?(?:anniversary|birthday|jubilee|aniversario)\b"
    r"|(?P<es>\d{1,3})\s*(?:\.?º|\.?°|ᵒ|er|o)?\s+aniversario"
    r"|\b(?:aged|age\s+of|a\s+los|в\s+возрасте)\s+(?P<age>\d{1,3}|[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)"
    # "скончалась на 76-м году жизни": in her 76th year, aged 75
    r"|(?<![а-яё])на\s+(?P<life>\d{1,3})\s*-?\s*(?:м|ом)\s+году\s+жизни"
    r"|(?<!\d)(?P<zh>\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:周年|年|岁)"
    r"|(?P<w>centenary|centennial|bicentenary|bicentennial|centenario|bicentenario|столети|двухсотлети)",
    re.I,
)
# A word every `_COUNTED` match holds (its alternatives' keywords, same flags): a sentence without one
# has no count, and the scan of `_COUNTED` (its word runs tried at every letter) is the slow part.
_COUNTED_HINT_WORDS = (
    r"year|año|лет|год|anniversary|birthday|jubilee|aniversario|aged|age\s+of|a\s+los|в\s+возрасте|年|岁"
    r"|centenary|centennial|bicentenary|bicentennial|centenario|bicentenario|столети|двухсотлети"
)
# (behind a lookahead for the words' first letters, same flags: most places fail one test, not twenty)
_COUNTED_HINT = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _COUNTED_HINT_WORDS.split('|')}))}])(?:{_COUNTED_HINT_WORDS})", re.I
)


# A part of each `_COUNTED_HINT` word, lower-cased ("age" of "aged" and "age of", "los" of "a los",
# "лет" of "столетие", "centen" of the centenaries).
_COUNTED_HINT_PARTS = (
    "year", "año", "лет", "год", "anniversary", "birthday", "jubilee", "aniversario", "age", "los", "возрасте",
    "年", "岁", "centen",
)  # fmt: skip
# Letters that `re.I` matches with a letter of those parts but `lower()` does not turn into it.
_OTHER_FOLDS = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


@lru_cache(maxsize=8192)
def _may_count(text: str) -> bool:
    """Whether the paragraph may hold a `_COUNTED_HINT` word (without one, none of its sentences
    counts years: their hint scans are spared)."""
    low = text.lower()
    return any(map(low.__contains__, _COUNTED_HINT_PARTS)) or _OTHER_FOLDS.search(text) is not None


def _counted_in(sent: str) -> Iterator[re.Match[str]]:
    """The matches of `_COUNTED.finditer(sent)`. Each holds a `_COUNTED_HINT` match that starts where
    it starts or up to five words on (its count's words, or an ordinal and "annual"; words split at
    spaces and hyphens, as `[\\s-]` does): only the places from there to each hint are tried, not every
    place of the sentence (where the pattern's runs of words make each try slow)."""
    pos = 0
    while (hint := _COUNTED_HINT.search(sent, pos)) is not None:
        for at in range(max(pos, _word_start(sent, hint.start(), 5, hyphens=True)), hint.start() + 1):
            if (m := _COUNTED.match(sent, at)) is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = hint.start() + 1  # no match starts before this hint's place


_CONNECTORS = frozenset(("y", "and", "и"))
# "The crane … has stood on the east wall for seventy-one years": a count that runs up to the
# present (matched on the sentence up to the count).
_PERFECT_FOR = re.compile(
    r"\b(?:has|have)\s+(?:(?:not|never|now|already|\w+ly)\s+)?(?:been|\w+ed|\w+en|stood|run|kept|held|led|sat|"
    r"won|taught|built|grown|known|lived|met|stayed|worked)\b[^.;:!?]*\bfor\s+$",
    re.I,
)


def _runs_to_now(sent: str, m: re.Match[str], count: tuple[int, bool]) -> bool:
    """Whether a count of years (not an age) is a perfect tense's "for N years"."""
    if count[1] or m.group("n") is None:
        return False
    # (the match may take "for" and a word before it as the count's words: "bay for ninety years")
    at = sent.lower().rfind("for ", 0, m.end())
    return at >= m.start() - 4 and _PERFECT_FOR.search(sent[: at + 4]) is not None


# "for more than sixty years": not a count to add up.
ROUGH_BEFORE = 12  # how far before a count its "nearly", "more than" stands
_ROUGHLY = re.compile(
    r"(?:more\s+than|over|almost|nearly|about|some|around|más\s+de|casi|unos|больше|более|почти|около|多)\s*$", re.I
)
# ((?=…): the first letters of its words, a cheap test at each place before they are tried; same matches)
_BORN = re.compile(rf"(?=[bnр])(?:\bborn\b|\bnació\b|родил\w*)[^.;]{{0,80}}?\b(?P<y>{_YEAR})\b", re.I)
# "the two hundredth anniversary of her birth", "el centenario de su nacimiento", "… со дня его рождения":
# what the article's "born … 1815" dates.
_BIRTH_SUBJECT = re.compile(r"(?:his|her|their|su|sus|его|её|ее|их)?\s*(?:birth|nacimiento|рождения)\b", re.I)


def _birth_told(before: str, texts: Sequence[str]) -> Base | None:
    """The birth the paragraph tells last before the anniversary ("was born in London on 10 December
    1815, …"), else the article's one birth year."""
    here = list(_BORN.finditer(before))
    told = here[-1:] or [m for t in texts for m in _BORN.finditer(t)]
    if len({m.group("y") for m in told}) != 1:
        return None
    phrase = " ".join(told[0].group(0).split())
    if here:
        why = reason(N_("the paragraph dates it before: “{phrase}”"), phrase=phrase)
    else:
        why = reason(N_("the article dates it: {quote}"), quote=quote(phrase))
    return Base(int(told[0].group("y")), why, 1.0)


# A death told; and whose it is: the person's an obituary is about ("She died on Tuesday 29 July",
# "who has died"), not another's in its account ("Washkansky lived for eighteen days and died on 21
# December"). (Other languages leave the subject out: their word alone.)
DIED = re.compile(r"\b(?:died|passed\s+away|murió|falleció)\b|скончал\w*|умер\w*|去世|逝世", re.IGNORECASE)
OWN_DEATH = re.compile(
    r"\b(?:he|she|who)\s+(?:has\s+|had\s+)?(?:\w+\s+)?died\b|\bhas\s+died\b|\bpassed\s+away\b"
    # ("Sybil Cheverton, who ran the glass shop … for thirty years, died last week": the name's own clause)
    r"|^[^,.;]{2,60},\s+who\b[^.;]{0,200},\s+died\b"
    r"|murió|falleció|скончал\w*|умер\w*|去世|逝世",
    re.IGNORECASE,
)


COUNT_WORDS_MAX = 6  # words of a count written out: "one hundred and twenty-five"
COUNT_YEARS_MAX = 1000  # a count of years beyond this is no anniversary (as `_find_anniversaries` reads them)


def _count_value(words: Sequence[str]) -> int | None:
    """ "seventy-five", "setenta y cinco", "пятьдесят пять", "one hundred" → a number, else None."""
    total = 0
    for w in words:
        if w.lower() in _CONNECTORS:
            continue
        v = number_of(w)
        if v is None:
            return None
        total = total * v if v == 100 and 0 < total < 10 else total + v
    return total or None


def _count(m: re.Match[str]) -> tuple[int, bool] | None:
    """The count a `_COUNTED` match states, and whether it is an age (a birthday may be yet to come)."""
    if m.group("w"):
        return (200 if m.group("w").lower().startswith(("bi", "дв")) else 100), False
    if m.group("life"):
        age = int(m.group("life")) - 1
        return (age, True) if 2 <= age <= 300 else None
    raw = m.group("n") or m.group("o") or m.group("es") or m.group("age") or m.group("zh") or ""
    words = [w for w in re.split(r"[\s-]+", raw) if w]
    # "for seventy-five years": the longest tail that is a number ("nine hundred and fifty", not its
    # "hundred and fifty"; "one hundred and twenty-five", not its "and twenty-five")
    for k in range(min(COUNT_WORDS_MAX, len(words)), 0, -1):
        n = _count_value(words[-k:])
        if n is not None:
            return (n, bool(m.group("age"))) if 2 <= n <= COUNT_YEARS_MAX else None
    return None


def _counted_tiers(texts: Sequence[str]) -> list[dict[int, tuple[str, int | None]]]:
    """The years a stated year plus a stated count of years gives, nearest pairs first: within one
    sentence (or an age with the birth year), one paragraph, then the whole article. Each value
    quotes the pair. (Cached: `decide` asks for the nearest tier, then for all, and again when the
    article is read a second time; callers must not change the dicts.) With each, the year counted
    from, unless the count is an age (a birth year is no event the piece retells)."""
    return _counted_tiers_of(tuple(texts))


@lru_cache(maxsize=1024)
def _counted_tiers_of(texts: tuple[str, ...]) -> list[dict[int, tuple[str, int | None]]]:
    tiers: list[dict[int, tuple[str, int | None]]] = [{}, {}, {}, {}]
    all_years: list[int] = []
    all_counts: list[tuple[int, bool, str]] = []
    to_now: list[tuple[int, bool, str]] = []  # "has stood … for seventy-one years": counted up to now
    born = [int(m.group("y")) for text in texts if _may_tell_a_birth(text) for m in _BORN.finditer(text)]
    for text in texts:
        para_years: list[int] = []
        para_counts: list[tuple[int, bool, str]] = []
        counted = _may_count(text)
        for s, e in sentences(text):
            sent = text[s:e]
            years = years_in(sent)
            matched = [
                (m, c)
                for m in (_counted_in(sent) if counted else ())
                if (c := _count(m))
                and not _ROUGHLY.search(sent, max(0, m.start() - 12), m.start())
                and not _not_yet(sent, m.start(), 0, m.end())
            ]
            counts = [(c[0], c[1], " ".join(m.group(0).split())) for m, c in matched]
            # An age counts from the birth, not from whichever year is near it; with no birth year
            # stated it says nothing ("a singing week for children aged 8 to 14").
            _pair(tiers[0], born, [c for c in counts if c[1]])
            counts = [c for c in counts if not c[1]]
            # "our 21st birthday (we were founded in 1971) falls in 1992": a count the sentence works
            # out itself, from one of its years to another, dates that year, not the present
            counts = [c for c in counts if not any(y + c[0] in years for y in years)]
            _pair(tiers[0], years, counts)
            to_now += [(c[0], c[1], " ".join(m.group(0).split())) for m, c in matched if _runs_to_now(sent, m, c)]
            para_years += years
            para_counts += counts
        _pair(tiers[1], para_years, para_counts)
        all_years += para_years
        all_counts += para_counts
    _pair(tiers[2], all_years, all_counts)
    _pair(tiers[3], all_years, to_now)
    return tiers


def _pair(
    into: dict[int, tuple[str, int | None]], years: Sequence[int], counts: Sequence[tuple[int, bool, str]]
) -> None:
    for y in dict.fromkeys(years):
        for n, age, phrase in counts:
            for year in (y + n, y + n + 1) if age else (y + n,):
                if year <= 2100:
                    into.setdefault(year, (f"{phrase} ({y} + {n})", None if age else y))


def _counted_with_weekdays(
    texts: Sequence[str], written: Written, shown: Why, tiers: slice = slice(None), newest_year: int | None = None
) -> Evidence | None:
    """Last resort: a stated year plus a stated count ("opened on 12 May 1956 … прослужила 55 лет")
    that gives the one year whose calendar fits every weekday written. The weekdays are what make
    the pairing safe: a wrong pair fits them by chance one time in seven per weekday. `tiers`: the
    nearest pairs only (one sentence, or an age with its birth year), or all. No pairing gives a
    year after `newest_year` ("the club's 1965 party … for the centenary" is no present of 2065)."""
    seen: set[int] = set()
    last = newest_year if newest_year is not None else COLUMN_LAST_YEAR
    latest_told = max((y for text in texts for y in years_in(text)), default=None)
    for tier in _counted_tiers(texts)[tiers]:
        fits = {y: pair for y, pair in tier.items() if y not in seen and y <= last and _fits(y, written)}
        seen |= set(tier)
        if len(fits) > 1 and latest_told is not None:
            # ("the morning of 11 October 1982", "gone down … on 19 July 1545", "forty years", "meet every
            # ten years": 1545 + 10 fits the weekdays too, but no page of 1555 tells of 1982)
            fits = {y: pair for y, pair in fits.items() if y >= latest_told} or fits
        if len(fits) > 1:
            return None  # two pairings fit: the calendar cannot choose
        if fits:
            ((year, (phrase, base)),) = fits.items()
            why = reason(N_("“{phrase}”, and only {year} has {days}"), phrase=phrase, year=year, days=shown)
            # (with its base: "150 years (1865 + 150)" looks back to 1865, as an anniversary does)
            return Evidence(year, WEIGHTS["weekday"], "counted weekday", why, base=base)
    return None


def _add_counted(
    ev: Evidence | None, found: list[Evidence], support: dict[int, float], reasons: dict[int, list[str]]
) -> None:
    if ev is not None:
        found.append(ev)
        support[ev.year] += ev.weight
        reasons[ev.year].append(ev.why)


# "Lettice Ormerod, who taught …, died at home on Sunday, 2 February, aged 85": the death the age is
# told with, however far the name stands before it.
_DIED_AGED = re.compile(r"\bdied\b(?=[^.;]{0,80}\baged\s+\d)", re.IGNORECASE)


# "… died last week, on Thursday 13 February. She was 78.": the age in the sentence after the death's
_WAS_AGED = re.compile(r"\s*(?:she|he)\s+was\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+years\s+old)?\s*[.;]", re.I)


def _may_tell_a_birth(text: str) -> bool:
    """False when `text` holds none of `_BORN`'s words as a text writes them (lower case, capitalised or
    in capitals): a substring test runs far faster than the pattern's scan, and most paragraphs tell
    of no birth."""
    return any(map(text.__contains__, ("orn", "ORN", "ació", "ACIÓ", "одил", "ОДИЛ")))


def _obituary_age(texts: Sequence[str], mentions: Sequence[tuple[int, Mention]]) -> list[Evidence]:
    """An obituary's news: "Lionel Guthridge, who has died aged 86" with "born … on 11 February 1929"
    puts its present at the birth year plus the age, or one more when the death's day ("He died
    peacefully on 4 March") falls before the birthday; with no death day, both years (the weekdays
    may choose). Only the person's own death with no year told beside it ("died in 1918, aged 80"
    is history), and one birth year (the first stated: the person's)."""
    born = next((m for text in texts if _may_tell_a_birth(text) for m in _BORN.finditer(text)), None)
    if born is None:
        return []
    birth_year = int(born.group("y"))
    ages: set[int] = set()
    phrase = ""
    for text in texts:
        if not _may_count(text) or DIED.search(text) is None:
            continue
        told_death = False  # (the sentence before told the death with no age: "… died last week." / "She was 78.")
        for s, e in sentences(text):
            sent = text[s:e]
            if told_death and (was := _WAS_AGED.match(sent)) is not None and (n := number_of(was.group("n"))):
                ages.add(n)
                phrase = phrase or " ".join(sent.split())
            if (died := OWN_DEATH.search(sent) or _DIED_AGED.search(sent)) is None:
                told_death = False
                continue
            told_death = _ANY_YEAR.search(sent, died.end()) is None and not any(
                m.start() > died.end() for m in _counted_in(sent)
            )
            for m in _counted_in(sent):
                c = _count(m)
                if c is None or not c[1] or m.start() < died.end():
                    continue
                if _ANY_YEAR.search(sent, died.start(), min(len(sent), m.end() + 12)) is not None:
                    continue  # "who died in 1918, aged 80": a death of its own year
                ages.add(c[0])
                phrase = phrase or " ".join(sent[died.start() : m.end()].split())
    if len(ages) != 1:
        return []
    (age,) = ages
    years = [birth_year + age, birth_year + age + 1]
    birthday = next(((m.month, m.day) for _, m in mentions if m.year == birth_year and not m.is_range), None)
    death = death_day(texts, mentions)
    if birthday is not None and death is not None:
        years = [years[0] if death >= birthday else years[1]]
    why = reason(N_("“{phrase}”, born in {year}"), phrase=phrase, year=birth_year)
    # (the birth as the count's base: its date's weekdays tell nothing of the present, even in a year
    # whose calendar is the present's)
    return [Evidence(y, WEIGHTS["anniversary"] / len(years), "age at death", why, base=birth_year) for y in years]


# Another's death in the life's account: "her husband died on 3 May".
_KIN = re.compile(
    r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|parents?|partner|friend|widow(?:er)?)\b", re.I
)


def death_day(texts: Sequence[str], mentions: Sequence[tuple[int, Mention]]) -> tuple[int, int] | None:
    """The (month, day) of the person's own death when the text gives it without a year, once."""
    days = set()
    for idx, m in mentions:
        if m.year is not None or m.is_range:
            continue
        text = texts[idx]
        s, e = sentence_at(sentences(text), m.start)
        # ("Hilda died peacefully on 9 November", "Hilda Marrable, born 19 October 1909; died 9
        # November": the name or the life's dates before the word, not another's death)
        # (the last such word before the day: "who has died aged 78, was born … 1917, and she died on
        # Sunday 2 April": the birth's year stands between the first and the day)
        died = last_match(DIED.finditer(text, s, m.start))
        if died is None or _ANY_YEAR.search(text, died.start(), e) is not None:
            continue
        if _LAST_YEAR.search(text, died.start(), m.start):
            continue  # ("She died last year, on 18 October": another's death, a year before the obituary's)
        if OWN_DEATH.search(text, s, m.start) or not _KIN.search(text, s, died.start()):
            days.add((m.month, m.day))
    return days.pop() if len(days) == 1 else None


@dataclass
class Findings:
    evidence: list[Evidence]
    counted: list[Counted]  # anniversaries whose base year was found
    unbased: list[tuple[Anniversary, int]]  # the others, with their year shift ("next year": −1)


def anniversary_shift(before: str, phrase: str) -> int:
    """relative_shift of the words before an anniversary, else of its own phrase ("cumplió el año
    pasado cincuenta años": the relative year sits between the verb and the count)."""
    return relative_shift(before) or relative_shift(phrase)


def _years_ago_after(text: str, a: Anniversary) -> int:
    """N when the anniversary's sentence says, right after it, that it was kept "N years ago" ("For his
    eightieth birthday, in April, four years ago, …"): the present is N years after it."""
    ago = _EN_AGO.search(text, a.end, min(a.sentence[1], a.end + YEARS_AGO_AFTER))
    if ago is None or ago.group("n") is None or not ago.group("unit").lower().startswith("year"):
        return 0
    return number_word(ago.group("n")) or 0


YEARS_AGO_AFTER = 30  # how far after the anniversary's words its "N years ago" may stand


def relative_shift(before: str) -> int:
    """−1 after "next year" (the anniversary is next year, so the present is one before), +1 after
    "last year", else 0."""
    if not _YEAR_WORD.search(before):
        return 0  # neither qualifier is there
    if _NEXT_YEAR.search(before):
        return -1
    if _LAST_YEAR.search(before):
        return 1
    return 0


def _kept_after_head(found: Sequence[Evidence], c: Counted, text: str, a: Anniversary) -> tuple[int, str] | None:
    """The present's year, with why, of an anniversary kept early in the year after the page's own
    head date: "Letter to parents · Friday 13 December 2002" with "our centenary on Monday 6 January"
    (of 1903) is kept the coming January; the page is of 2002, not 2003."""
    heads = [ev for ev in found if ev.kind == "head date" and ev.day is not None and ev.year + 1 == c.year]
    if c.past or not heads:
        return None
    head = heads[0]
    days = [(m.month, m.day) for m in find_mentions(text[a.sentence[0] : a.sentence[1]]) if m.year is None]
    if not days or not all(d < head.day for d in days):  # type: ignore[operator]
        return None
    why = reason(N_("{why}, kept after {day}"), why=c.why, day=Day(head.day[0], head.day[1], head.year))  # type: ignore[index]
    return head.year, why


def _kept_after_weekday_head(head: Mention | None, c: Counted, text: str, before: str = "") -> tuple[int, str] | None:
    """`_kept_after_head` for a head date with its weekday and no year ("Letter to parents and carers ·
    Friday 9 December" with "OUR FIFTIETH BIRTHDAY: … first opened its doors on 9 January 1956 … We
    will mark the day itself, Monday 9 January"): its weekday fits the year before the anniversary's
    and not the anniversary's own, and the days the paragraph keeps come earlier in the year."""
    if head is None or c.past or not _kept_after_the_head_day(head, c.year, text, before):
        return None
    why = reason(N_("{why}, kept after {day}"), why=c.why, day=Day(head.month, head.day, c.year - 1))
    return c.year - 1, why


def _kept_after_the_head_day(head: Mention | None, year: int, text: str, before: str = "") -> bool:
    """Whether the days a paragraph keeps `year` come early in the year after a head date with its
    weekday and no year, that weekday fitting the year before `year` and not `year` itself."""
    if head is None or head.weekday is None:
        return False
    wd = head.weekday
    if not is_weekday(wd, head.month, head.day, year - 1) or is_weekday(wd, head.month, head.day, year):
        return False
    days = [(m.month, m.day) for m in find_mentions(text) if m.year is None]
    if not days and _TO_THE_DAY.search(text):
        # ("… to the Planetarium on Friday 13 March." / "The date is special. It will be two hundred years to
        # the day since …": the day the paragraph before names)
        days = [(m.month, m.day) for m in find_mentions(before) if m.year is None]
    return bool(days) and all(d < (head.month, head.day) for d in days)


def _on_the_heads_own_day(head: Mention | None, c: Counted, text: str, a: Anniversary) -> bool:
    """Whether an anniversary "to the day" told in the past ("The launch came ten years to the day after
    … on Monday 7 February 2005") is kept on the head's own day ("TREVOSSICK, Saturday, 7 February —"),
    whose weekday falls in the year it counts to: the page reports it the day it happened, its present."""
    if head is None or head.weekday is None or not _TO_THE_DAY.search(text, a.start, a.end):
        return False
    if not is_weekday(head.weekday, head.month, head.day, c.year):
        return False
    s, e = a.sentence
    return any(
        m.year == c.base.year and (m.month, m.day) == (head.month, head.day) and m.end_day == m.day
        for m in find_mentions(text[s:e])
    )


_TO_THE_DAY = re.compile(r"\bto\s+the\s+day\b|\bday\s+for\s+day\b", re.IGNORECASE)
_TODAY = re.compile(r"\btoday\b|\bhoy\b|сегодня|今天", re.IGNORECASE)
# "We will put her in on 31 January, a hundred and fifty years after she finally went": kept ahead
# (Russian and Spanish too: "В понедельник, 1 января, исполнится пятьдесят лет …" of "Глинорецк, 21 декабря")
_WILL = re.compile(
    r"\b(?:will|shall)\b|['’]ll\b|исполнится|исполнятся|будет|будут|\b(?:se\s+)?cumplir[áa]n?\b", re.IGNORECASE
)


def _kept_after_dateline(
    kept_on: frozenset[tuple[int, int]], c: Counted, text: str, a: Anniversary
) -> tuple[int, str] | None:
    """`_kept_after_head` for a dateline with no year ("SCALDWICK, 4 November —"): an anniversary its
    sentence will keep on days earlier in the year than the dateline's is kept the coming year, so
    the page is of the year before ("We will put her in on 31 January, a hundred and fifty years
    after she finally went" of 1858: in 2008, written in November 2007)."""
    if c.past or len(kept_on) != 1 or not _WILL.search(text, a.sentence[0], a.sentence[1]):
        return None
    (own,) = kept_on
    days = [(m.month, m.day) for m in find_mentions(text[a.sentence[0] : a.sentence[1]]) if m.year is None]
    if not days or not all(d < own for d in days):
        return None
    why = reason(N_("{why}, kept after {day}"), why=c.why, day=Day(own[0], own[1], c.year - 1))
    return c.year - 1, why


def evidence(article: Article, mentions: Sequence[tuple[int, Mention]], finder: BaseFinder) -> Findings:
    """Every piece of evidence for the article's own time, and the anniversaries it counts."""
    out = list(_dateline(article, mentions))
    # (base, anniversary's year) → the present's year and why, of an anniversary kept early in the year
    # after the page's own date; `plain`: where the others of the same count stand in `out`
    kept_before: dict[tuple[int, int], tuple[int, str]] = {}
    plain: list[tuple[int, tuple[int, int]]] = []
    counts_on_day: dict[int, list[int]] = {}  # the year of a day dated elsewhere → its "years ago"s in `out`
    counted: list[Counted] = []
    unbased: list[tuple[Anniversary, int]] = []
    texts = [article.title, *(p.text for p in article.paragraphs)]
    dated: dict[tuple[int, int], int] = {}
    day_dates: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    for idx, m in mentions:
        if m.year is not None and not m.is_range:
            dated.setdefault((m.month, m.day), m.year)
            text = texts[idx]
            s, e = sentence_at(sentences(text), m.start)
            day_dates[(m.month, m.day)].append((m.year, text[s:e]))
    # The dateline's own day ("Madrid, 17 de octubre. —", "ЗАРЕЧНЫЙ, 12 мая."): an anniversary
    # the article celebrates "today" is kept on it.
    kept_on = frozenset((m.month, m.day) for idx, m in mentions if idx == 1 and _dateline_day(m))
    # ("Letter to parents and carers · Friday 9 December": the page's own day, its year unwritten)
    # (or a dating line's under a title and a strapline: "BRICK IN MY POCKET / Notes on old telephones … /
    # Posted Tuesday 29 December")
    head = next(
        (
            m
            for idx, m in mentions
            if m.weekday is not None
            and m.year is None
            and (idx <= 1 or (idx <= TOP_LINES + 1 and dating_line(texts[idx], m)))
        ),
        None,
    )
    out.extend(_title_ago(article, mentions))
    out.extend(_lead_ago(article, mentions))
    out.extend(_days_after(mentions, texts))
    if not any(ev.kind == "days after" for ev in out):
        out.extend(_dated_just_before(mentions, texts))
    out.extend(_published_line(article, mentions))
    out.extend(_source_year(article, mentions))
    out.extend(_first_in_years(texts))
    out.extend(_volume_number(texts))
    out.extend(_nth_since_first(texts))
    out.extend(_obituary_age(texts, mentions))
    for idx, text in enumerate(texts):
        lead = LEAD if idx <= 1 else 1.0
        for a in anniversaries(text):
            if _not_yet(text, a.start, a.sentence[0], a.end) or _FALLS_IN.match(text, a.end):
                continue  # "we have not yet reached our tenth birthday", "… falls in 1992": not this year's
            if _ROUGHLY.search(text, max(a.sentence[0], a.start - ROUGH_BEFORE), a.start):
                continue  # "… for good on Saturday the 27th, nearly thirty years after he opened it": no sum
            following = text[a.sentence[1] :].lstrip()
            next_paragraph = texts[idx + 1] if not following and idx + 1 < len(texts) else ""
            c = count(a, text, article.article_id, finder, day_dates, following, texts, kept_on, next_paragraph)
            if c is None:
                before = text[a.sentence[0] : a.start]
                if not _PAST_OCCASION.search(before[-40:]):
                    shift = anniversary_shift(before, text[a.start : a.end]) or _years_ago_after(text, a)
                    unbased.append((a, shift))
                continue
            # (a past count kept on the head's own day is the present's: `_on_the_heads_own_day`)
            past = c.past and not _on_the_heads_own_day(head, c, text, a)
            c = Counted(c.phrase, idx, c.base, c.year, past, c.why)  # (`replace` walks every field's metadata)
            counted.append(c)
            # (in an obituary, a birthday of the life it counts, before the age at death: "On her 80th
            # birthday, 12 March, the school choir sang" of one who died aged 85, born in 1911)
            # (or another occasion of that life it tells in the past: "At the tunnel's silver jubilee, on
            # 18 July, he was presented with a watch" of one who died aged 64, born in 1911)
            of_life = _TOLD_OF_THEM.search(text, a.end, a.sentence[1]) is not None
            lived = any(
                ev.kind == "age at death" and (ev.base == c.base.year or of_life) and c.year < ev.year for ev in out
            )
            weight = PAST_ANNIVERSARY if c.past or lived else WEIGHTS["anniversary"] * c.base.strength * lead
            year, why = (
                _kept_after_head(out, c, text, a)
                or _kept_after_weekday_head(head, c, text, texts[idx - 1] if idx >= 1 else "")
                or _kept_after_dateline(kept_on, c, text, a)
                or (c.year, c.why)
            )
            if year != c.year:
                kept_before[(c.base.year, c.year)] = (year, why)
            elif not c.past:
                plain.append((len(out), (c.base.year, c.year)))
            out.append(Evidence(year, weight, "anniversary", why, base=c.base.year))
        out.extend(
            Evidence(now, WEIGHTS["years ago"] * lead, "years ago", why, base=to) for now, to, why in _years_ahead(text)
        )
        found_ago = False
        for year, base, why, on_day in _years_ago(text, dated, texts[idx + 1] if idx + 1 < len(texts) else ""):
            found_ago = True
            if on_day is not None:
                counts_on_day.setdefault(on_day, []).append(len(out))
            out.append(Evidence(year, WEIGHTS["years ago"] * lead, "years ago", why, base=base))
        if not found_ago:
            following = texts[idx + 1] if idx + 1 < len(texts) else ""
            # (the first full paragraph, under a byline or heading lines, opens the article too)
            opens = idx >= 1 and all(len(t) < LEAD_LINE_CHARS for t in texts[1:idx])
            out.extend(
                _years_ago_elsewhere(text, article.article_id, finder, lead, article.title, following, opens, head)
            )
        for year, base, why, share, checked in _years_later(texts, idx):
            if not checked and any(
                c.year - c.base.year == year - base != 0 and c.base.year != base for c in counted if not c.past
            ):
                # ("Fifty years on, what I remember …" in a piece on a fiftieth anniversary: its count again)
                # (unless a weekday beside the count bears it out: then the anniversary's base was misread)
                continue
            if _kept_after_the_head_day(head, year, text, texts[idx - 1] if idx >= 1 else ""):
                # ("HARLESDYKE PRIMARY SCHOOL · Friday 12 December" / "… opened on 18 April 1881. A hundred years
                # to the day later, on Saturday 18 April, … a coach to London": kept the coming April)
                why = reason(N_("{why}, kept after {day}"), why=why, day=Day(head.month, head.day, year - 1))  # type: ignore[union-attr]
                year -= 1
            out.append(Evidence(year, WEIGHTS["years ago"] * share, "years later", why, base=base))
    # "Вчера, 14 сентября, исполнилось ровно пятьдесят лет …" / "Двадцать лет назад, 14 сентября,
    # бывшие кружковцы открыли обсерваторию", the day dated 1959 elsewhere: only the longest count is
    # from that year (a shorter one tells of a later event kept on the same day)
    shorter = {i for at in counts_on_day.values() for i in at if out[i].year < max(out[j].year for j in at)}
    for i, key in plain:
        # ("В понедельник, 1 января, исполнится пятьдесят лет …" of "21 декабря", then "К 50-летию …": the
        # same anniversary, kept the coming January, so the same present)
        if key in kept_before:
            out[i] = replace(out[i], year=kept_before[key][0], why=kept_before[key][1])
    out = [ev for i, ev in enumerate(out) if i not in shorter]
    return Findings(out, counted, unbased)


COLUMN_FIRST_YEAR = 1850  # a column's present is looked for from here to the newest year
COLUMN_LAST_YEAR = 2100  # (when no newest year is set)
COLUMN_MIN_SECTIONS = 2  # weekdays in at least this many sections (the present's counts as one)


def _column_weekdays(mentions: Sequence[tuple[int, Mention]], texts: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """(N, weekday, month, day) of the year-less weekday dates of a "looking back" column, N the
    years its section's heading goes back (0 for the column's own present); [] when fewer than
    COLUMN_MIN_SECTIONS sections hold one."""
    heads = sorted((idx, n) for idx, n, _ in ago_headings(texts))
    if not heads:
        return []
    out = []
    for idx, m in mentions:
        if m.weekday is not None and m.year is None and not m.is_range:
            n = next((n for at, n in reversed(heads) if at <= idx), 0)
            out.append((n, m.weekday, m.month, m.day))
    return out if len({n for n, *_ in out}) >= COLUMN_MIN_SECTIONS else []


def _column_years(mentions: Sequence[tuple[int, Mention]], texts: Sequence[str]) -> set[int]:
    """The presents the full dates of a "looking back" column's sections count to: a date of 1897
    under "100 YEARS AGO" says 1997."""
    heads = sorted((idx, n) for idx, n, _ in ago_headings(texts))
    return {
        m.year + n
        for idx, m in mentions
        if m.year is not None and (n := next((n for at, n in reversed(heads) if at <= idx), 0)) > 0
    }


def _column_fits(year: int, column: Sequence[tuple[int, int, int, int]]) -> bool:
    return all(is_weekday(wd, mo, d, year - n) for n, wd, mo, d in column)


HEADING_LINES = 4  # short lines over a notice's text: its heading
HEADING_CHARS = 100


def _heading_years(article: Article, written: Written) -> list[int]:
    """The years the heading's short lines name (after the title, before the first long paragraph)
    whose calendar the weekdays written fit."""
    lines: list[str] = []
    for p in article.paragraphs[:HEADING_LINES]:
        if len(p.text) > HEADING_CHARS:
            break
        lines.append(p.text)
    if len(lines) < 2:
        return []
    return [y for y in dict.fromkeys(y for t in lines for y in years_in(t)) if _fits(y, written)]


def decide(
    article: Article,
    mentions: Sequence[tuple[int, Mention]],
    found: Iterable[Evidence],
    counted: Sequence[Counted] = (),
    newest_year: int | None = None,
    unbased: Sequence[tuple[Anniversary, int]] = (),
) -> DocumentTime:
    # A lead's date that is what an anniversary counts from is history, not the article's present
    # ("1976年7月28日，唐山发生大地震。今年是唐山大地震40周年…").
    # (not an earlier occasion's base: "photographed for the centenary this month (March 2000)" reads
    # the caption's own year as what the centenary counts from)
    bases = {c.base.year for c in counted if not c.past}
    bases |= {
        ev.base
        for ev in found
        if ev.base is not None and not (ev.kind == "anniversary" and ev.weight == PAST_ANNIVERSARY)
    }
    found = [ev for ev in found if not (ev.kind in ("head date", "head month") and ev.year in bases)]
    if newest_year is not None:
        # No document is from after the newest year (an anniversary counted from the wrong base).
        found = [ev for ev in found if ev.year <= newest_year]
    # "110 лет назад, 30 июня 1908 года" and "110-летие" in one article count one event: an
    # anniversary whose count matches a stated "N years ago" but whose base came from elsewhere
    # (a museum "of the phenomenon" opened in 1993) paired the wrong base.
    ago = {(ev.year - ev.base, ev.base) for ev in found if ev.kind == "years ago" and ev.base is not None}
    found = [
        ev
        for ev in found
        if not (
            ev.kind == "anniversary"
            and ev.base is not None
            and any(n == ev.year - ev.base and b != ev.base for n, b in ago)
        )
    ]
    texts = [article.title, *(p.text for p in article.paragraphs)]
    written, shown = _weekdays_written(mentions, texts)
    refuted: Why | None = None  # why the candidates were dropped, when the lead's weekday refuted them
    support: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[str]] = defaultdict(list)
    for ev in found:
        support[ev.year] += ev.weight
        if ev.why not in reasons[ev.year]:
            reasons[ev.year].append(ev.why)
    if written and support:
        bases_counted = {ev.base for ev in found if ev.base is not None and ev.kind == "years ago"}
        # ("exactly a hundred years after the sailing", its base found nowhere: each candidate's
        # own hundred years back, whose retold weekdays are not the present's)
        bases_counted |= {y - shift - an.n for y in support for an, shift in unbased}
        born = {ev.base for ev in found if ev.kind == "age at death" and ev.base is not None}
        spoke = _present_weekdays(written, mentions, set(support) | born, bases_counted)
        if spoke != written and (spoke or not any(_fits(y, written) for y in support)):
            # (not when it would silence every weekday that a candidate fits: a base year with the
            # present's calendar, 1880 for 2009, would leave the candidates without their referee)
            written, shown = spoke, _shown(spoke)  # (the reasons quote the weekdays that spoke)
    if written and support:
        # A hard constraint: a year whose calendar contradicts the weekdays written is not the present.
        # A year a head date gives also fits when its weekdays do across the turn of the year (a January
        # post's "Saturday, 16 December" is the December before).
        fitting = {
            y: w
            for y, w in support.items()
            if _fits(y, written)
            or (w >= WEIGHTS["head date"] and _turn_fits(y, written) == len(written))
            or (w >= WEIGHTS["dateline"] and (day := _day_of(found, y)) and _around_fits(y, day, written))
        }
        if fitting:
            for y in fitting:
                reasons[y].append(reason(N_("{days} fit(s) {year}"), days=shown, year=y))
            if len(fitting) == 1 and len(support) > 1:
                # The weekdays chose one of the candidates: they count for it too.
                ((y, _),) = fitting.items()
                fitting[y] += WEIGHTS["weekday"]
            support = defaultdict(float, fitting)
        elif (own_day := _head_weekday_fits(support, mentions)) is not None:
            # No candidate fits every weekday, but the page's own day at its head, with its weekday,
            # fits one ("Posted Friday 5 October": 2012, not 2011): the others are an account's.
            y, why = own_day
            reasons[y].append(why)
            support = defaultdict(float, {y: support[y] + WEIGHTS["weekday"]})
        elif near := _fitting_mostly(support, written):
            # No candidate fits every weekday, but one fits most of them, reading dates late in
            # the year before it and early in the year after it as the year's turn allows (a
            # January post's "Saturday 16 December", a December notice's "Thursday 4 January"):
            # the few left over are a narrative's ("Ten years ago, on Monday 13 January").
            for y in near:
                reasons[y].append(reason(N_("most of {days} fit(s) {year}"), days=shown, year=y))
            support = defaultdict(float, near)
        elif (own_date := _page_dated_past_an_account(support, found, written)) is not None:
            y, why = own_date
            reasons[y].append(why)
            support = defaultdict(float, {y: support[y]})
        elif len(written) >= 3:
            # Three or more weekdays that no candidate fits outweigh it: look in the stated window.
            support = defaultdict(float)
        elif _lead_weekdays_refute(support, written, mentions):
            # The news lead's own day, with its weekday ("本报讯 7月29日（星期三）上午"), fits no
            # candidate: the candidates are wrong, not the day the reporter wrote.
            refuted = reason(
                N_("{days} fit(s) none of the years the article's clues give ({years})"),
                days=shown,
                years=", ".join(str(y) for y in sorted(support)),
            )
            support = defaultdict(float)
        elif len(written) == 2 and (
            counted_ev := _counted_with_weekdays(texts, written, shown, slice(0, 1), newest_year)
        ):
            # Two weekdays no candidate fits, and a count with its own year beside it ("born on 3
            # April 1918 … died aged 80") that gives a year both fit: a wrong pairing fits two
            # weekdays by chance one time in 49, an anniversary paired with the wrong base often.
            support = defaultdict(float)
            _add_counted(counted_ev, found, support, reasons)
    if not support and written:
        # "born on 19 November 1907 … died aged 91" or "opened in 1956, то есть прослужила 55 лет"
        # says more than a window of birthdays does.
        _add_counted(_counted_with_weekdays(texts, written, shown, slice(0, 1), newest_year), found, support, reasons)
    if not support and written and (spoke := _present_weekdays(written, mentions, set())) and spoke != written:
        # the same without the weekdays of an account the article dates in a year of its own ("1
        # сентября 1953 года … в субботу, 5 сентября, она повела их в поход")
        counted_ev = _counted_with_weekdays(texts, spoke, _shown(spoke), slice(0, 1), newest_year)
        _add_counted(counted_ev, found, support, reasons)
    if not support and written:
        windows = _stated_windows(texts, newest_year) + _era_window(texts, newest_year) + _millennium_window(texts)
        # (and the movable feasts it dates: "Good Friday, 19 April, to Easter Monday, 22 April" is 2019's, not
        # 2013's, whose calendar is the same)
        feasts = feasts_written(texts)
        fits = {
            (y, lo, hi, why)
            for lo, hi, why in windows
            for y in range(lo, hi)
            if _fits(y, written) and feasts_fit(y, feasts)
        }
        turned = False  # (each day in its year or, from September on, the one before: already the present's)
        if not fits and len(written) >= 3:
            # (a spring newsletter that thanks members for December's lunch among January's and
            # March's days: each day in the year or, from September on, the one before)
            fits = {
                (y, lo, hi, why)
                for lo, hi, why in windows
                for y in range(lo, hi)
                if _turn_fits(y, written) == len(written) and sum(is_weekday(*w, y) for w in written) * 2 > len(written)
            }
            turned = bool(fits)
        if len({y for y, *_ in fits}) > 1 and len(windows) > 1:
            # Each window is something the text says of its present: all of them hold at once
            # ("the boathouse we opened in 2006 …", "our thirtieth season is still a few years off
            # (the club was formed in 1984)": after 2006, before 2014).
            lo, hi = max(w[0] for w in windows), min(w[1] for w in windows)
            why = join("; ", (w[2] for w in windows))
            fits = {(y, lo, hi, why) for y in range(lo, hi) if _fits(y, written) and feasts_fit(y, feasts)}
        if len({y for y, *_ in fits}) == 1:  # one year, whichever window gave it
            y, lo, hi, why = min(fits)
            # (A winter newsletter that opens with Christmas just past, "Tuesday, 25 December", then
            # January to April: its present is the year most of its weekdays fall in.)
            why = reason(
                N_("{why}; of {first}–{last}, only {year} has {days}"),
                why=why,
                first=lo,
                last=hi - 1,
                year=y,
                days=shown,
            ) + feasts_note(y, feasts)
            # (not when the title is the paper's own day: "Thistlewaite Post, Tuesday 28 December" is the
            # present, and its January days are the next year's)
            titled = [(m.weekday, m.month, m.day) for idx, m in mentions if idx == 0 and m.weekday is not None]
            on_its_day = bool(titled) and all(wd is not None and is_weekday(wd, mo, d, y) for wd, mo, d in titled)
            if not turned and not on_its_day and (most := _majority_year(y, written)) != y:
                why += "; " + reason(N_("most of them fall in {year}"), year=most)
                y = most
            found.append(Evidence(y, WEIGHTS["weekday"], "weekday", why))
            support[y] += WEIGHTS["weekday"]
            reasons[y].append(found[-1].why)
    if not support and (column := _column_weekdays(mentions, texts)):
        # A "looking back" column with weekdays in its sections: each section's days are N years
        # before the present, so together they fix the present as no one section does.
        last = newest_year or COLUMN_LAST_YEAR
        presents = [y for y in range(COLUMN_FIRST_YEAR, last + 1) if _column_fits(y, column)]
        if len(presents) > 1 and len(stated := _column_years(mentions, texts) & set(presents)) == 1:
            # ("100 YEARS AGO … A correspondent in the issue of 3 July 1897 complained …": of the
            # years the weekdays fit, the one a date written in a section counts to)
            presents = sorted(stated)
        if len(presents) == 1:
            (present,) = presents
            why = reason(N_("the weekdays of the column's sections fit only {year}"), year=present)
            found.append(Evidence(present, WEIGHTS["weekday"], "weekday", why))
            support[present] += WEIGHTS["weekday"]
            reasons[present].append(why)
    if not support and written:
        # "Saltmere Winter Jazz 2024 — Festival Programme" with "Friday 27 December": a year the
        # title names, when the weekdays written fit it and no other year the title names.
        # (or the first line, under a title that names no year: "Welcome to the 2022 festival")
        in_title = bool(years_in(article.title)) or not article.paragraphs
        # (a cutting's source note may run long: "[Quillhaven Dispatch, page 7; the date has been
        # clipped off, but the fixture card pasted beside it is headed "Season 2003"]")
        head = article.title if in_title else article.paragraphs[0].text.split("\n", 1)[0][:FIRST_LINE_CHARS]
        named = [y for y in dict.fromkeys(years_in(head)) if _fits(y, written)]
        template = (
            N_("the title names {year}, and {days} fit(s) it")
            if in_title
            else N_("the first line names {year}, and {days} fit(s) it")
        )
        if not in_title and len(headed := _heading_years(article, written)) > 1:
            # "ROAD TRAFFIC REGULATION ACT 1984 / THE … (RELOCATION) ORDER 2007": a notice's heading
            # cites older things; its present is the latest year the heading names that fits.
            named, template = [max(headed)], N_("the heading names {year}, and {days} fit(s) it")
        if len(named) == 1:
            why = reason(template, year=named[0], days=shown)
            found.append(Evidence(named[0], WEIGHTS["weekday"], "weekday", why))
            support[named[0]] += WEIGHTS["weekday"]
            reasons[named[0]].append(why)
    if not support and written:
        # "The crane, built … in 1926, … has stood on the east wall for seventy-one years": a count
        # up to now from a year the article names, when one pairing fits the weekdays — before
        # the years the article names, which may be its story's ("drove it from 1958").
        _add_counted(_counted_with_weekdays(texts, written, shown, slice(3, 4), newest_year), found, support, reasons)
    if not support and len(written) >= 2:
        # "The Council also agreed the allotment rents for 2006" in a notice "Issued 9 January": of the
        # years the article names, the one whose calendar every weekday fits (across the turn of the
        # year), when only one does.
        # (one weekday at least in that very year: October days that all fit the year before are its)
        fitting_named = {
            y
            for t in texts
            for y in _counted_years(t)
            if _turn_fits(y, written) == len(written) and any(is_weekday(*w, y) for w in written)
        }
        if len(fitting_named) == 1:
            (y,) = fitting_named
            why = reason(N_("the article names {year}, and {days} fit(s) it"), year=y, days=shown)
            own = next((m for idx, m in mentions if idx <= 1 and m.weekday is not None and m.year is None), None)
            wd = own.weekday if own is not None else None
            if (
                own is not None
                and wd is not None
                and not is_weekday(wd, own.month, own.day, y)
                and own.month >= OWN_DAY_LATE
            ):
                # ("PYKESTONE PRIMARY SCHOOL / Monday 6 December" … "for the year 2000": the letter's own
                # day, written at its head, is in the December before the year it names, and so is its present)
                y -= 1
                why = reason(
                    N_(
                        "the article names {year}, and {days} fit(s) it across the new year; "
                        "its own day, {day}, is of {own}"
                    ),
                    year=y + 1,
                    days=shown,
                    day=WeekdayDay(wd, own.month, own.day),
                    own=y,
                )
            found.append(Evidence(y, WEIGHTS["weekday"], "weekday", why))
            support[y] += WEIGHTS["weekday"]
            reasons[y].append(why)
    if not support and written:
        _add_counted(_counted_with_weekdays(texts, written, shown, newest_year=newest_year), found, support, reasons)
    if not support and written and (spoke := _present_weekdays(written, mentions, set())) and spoke != written:
        # the same without an account's weekdays ("That Monday, 11 October" of 1982 / "This Tuesday, 11
        # October, forty years to the day")
        _add_counted(
            _counted_with_weekdays(texts, spoke, _shown(spoke), newest_year=newest_year), found, support, reasons
        )
    if not support:
        unknown = refuted if refuted is not None else reason(N_("the article states nothing that fixes its own time"))
        return DocumentTime(None, unknown, tuple(found))
    ranked = sorted(support.items(), key=lambda kv: (-kv[1], -kv[0]))
    best, score = ranked[0]
    if score < MIN_SUPPORT and not _weekdays_all_fit(best, written):
        return DocumentTime(None, reason(N_("the article's time clues describe past occasions only")), tuple(found))
    if score < MIN_SUPPORT:
        # "FRAMPNEY, Monday, 27 September — …" / "The society's own celebration, a hundred and seventy-five
        # years to the night after Galle's discovery, was planned for Thursday, 23 September": an occasion
        # just past, in the year every weekday the article writes fits (a report of it, not of a later year)
        why = reason(N_("an occasion just past gives {year}, and {days} fit(s) it"), year=best, days=shown)
        reasons[best].append(why)
    if len(ranked) > 1 and score < DECISIVE * ranked[1][1]:
        other = ranked[1][0]
        return DocumentTime(
            None,
            reason(
                N_("the article's time clues disagree ({year}: {why}; {other}: {other_why})"),
                year=best,
                why=reasons[best][0],
                other=other,
                other_why=reasons[other][0],
            ),
            tuple(found),
        )
    day = next((ev.day for ev in found if ev.year == best and ev.day is not None), None)
    if day is None and (season := _TITLE_SEASON.search(article.title)) is not None:
        # ("Spring Newsletter": "last autumn" is the year before; a line under it dates the issue closer:
        # "Sent to members by e-mail …, Friday 8 February")
        day = date_alone_on_top(article) or _SEASON_START[season.group(1).lower()]
    why = reason(N_("the article is from {year}: {reasons}"), year=best, reasons=join("; ", reasons[best][:2]))
    return DocumentTime(best, why, tuple(found), day)


# --- the page's own date on top (a dating line under the title) ---

_DATING_WORDS = re.compile(
    # (after what the line says first: "PUBLIC NOTICE · Issued 14 June", "A blog about Stallow · Posted 21 April";
    # a masthead's two parts too: "Ravelthorpe Cricket Club · Winter Bulletin · Friday 11 December")
    r"(?:[^\n·|]{0,80}[·|]\s*){0,2}"
    r"(?:(?:dated|posted|issued|published|updated|fecha|fechado|дата|(?:for\s+)?(?:immediate\s+)?release[ds]?"
    # a release's embargo: "Embargoed until 00.01, 1 March"
    r"|embargoed\s+(?:until|till)(?:\s+\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|hrs))?,?)?)?[\s:]*(?:on\s+)?"
    # (or a short clause of how the page went out: "Sent to members by e-mail and posted on the website, 8 May")
    r"|(?:sent|posted|issued|published|circulated|e-?mailed)\b[^\n.:;]{0,70},\s*)",
    re.I,
)
# What a dating line may go on with: its writer ("Posted on 14 November by Gareth Lloyd | 9 comments").
_BYLINE = re.compile(r"\s+(?:by|por)\s+[A-ZÁÉÍÓÚÑ]", re.I)


def dating_line(text: str, m: Mention) -> bool:
    """A paragraph that only dates the text ("Dated Monday, 9 January", "Posted 14 January"), or
    dates it and names who wrote it."""
    if _DATING_WORDS.fullmatch(text[: m.start]) is None:
        return False
    return not text[m.end :].strip(" .") or (text[: m.start].strip() != "" and _BYLINE.match(text, m.end) is not None)


def date_alone_on_top(article: Article) -> tuple[int, int] | None:
    """The (month, day) of a date that is the article's first paragraph by itself, or with what
    dates a post ("Posted on Tuesday, 16 July by Martin Crewe"): the page's day, not a lead that
    tells news on it."""
    for p in article.paragraphs[:TOP_LINES]:
        top = p.text.strip()
        found = find_mentions(top) if len(top) <= 80 else []
        if not found and len(top) <= 80:
            continue  # ("NEWS RELEASE" / "Castleholt Mill Heritage Trust" / "Embargoed until 00.01, 1 March")
        if len(found) != 1 or found[0].year is not None:
            return None
        m = found[0]
        return (m.month, m.day) if len(top) - len(m.text) <= 3 or dating_line(top, m) else None
    return None


TOP_LINES = 2  # the short lines under a title where a page's own date may stand


# --- the archive's span: a last resort for an article whose weekdays are all it says of its year ---

ARCHIVE_MIN_PRESENTS = 5  # articles whose present is known, before the archive's span means anything
ARCHIVE_SPAN_PERCENTILES = (0.1, 0.9)  # the span's ends: most of the archive, not its outliers


def archive_span(presents: Iterable[int | None]) -> tuple[int, int] | None:
    """The years most of the archive's articles are from (the 10th to the 90th percentile of the
    presents known), when enough articles know theirs: an operator's newsletters or a paper's
    cuttings come from a span of years, and an undated issue among them most likely does too."""
    known = sorted(y for y in presents if y is not None)
    if len(known) < ARCHIVE_MIN_PRESENTS:
        return None
    lo, hi = ARCHIVE_SPAN_PERCENTILES
    return known[int(lo * (len(known) - 1))], known[round(hi * (len(known) - 1))]


def archive_year(
    article: Article, mentions: Sequence[tuple[int, Mention]], time: DocumentTime, span: tuple[int, int]
) -> DocumentTime | None:
    """`time` (unknown) made the only year of the archive's span whose calendar has every weekday
    the article writes (a spring newsletter's "Saturday 3 April", "Sunday 18 April" among a club's
    issues of 2008–2013: 2010). Days of one year share its calendar, so a wrong year fits them about
    one time in seven whatever their number: a span of more than a few years mostly holds several
    such years, and then nothing is decided (None)."""
    if time.year is not None:
        return None
    texts = [article.title, *(p.text for p in article.paragraphs)]
    written, shown = _weekdays_written(mentions, texts)
    if not written:
        return None
    lo, hi = span
    feasts = feasts_written(texts)
    fits = [y for y in range(lo, hi + 1) if _fits(y, written) and feasts_fit(y, feasts)]
    windows = _stated_windows(texts, hi) if len(fits) > 1 else []
    if windows:
        # (and of the years the text itself allows: "The club was founded in 2010" in an archive of 1988–2019)
        fits = [y for y in fits if any(first <= y < end for first, end, _ in windows)]
    if len(fits) != 1:
        return None
    (year,) = fits
    why = reason(
        N_(
            "the article states no year; of the archive's {first}–{last} (the other articles' years),"
            " only {year} has {days}"
        ),
        first=lo,
        last=hi,
        year=year,
        days=shown,
    ) + feasts_note(year, feasts)
    if windows:
        why += "; " + "; ".join(w for first, end, w in windows if first <= year < end)
    if (most := _majority_year(year, written)) != year:
        # (a winter newsletter, November to April: its present is the year most of its days are in,
        # as in a window the text states)
        why += "; " + reason(N_("most of them fall in {year}"), year=most)
        year = most
    found = Evidence(year, WEIGHTS["weekday"], "archive", why)
    why = reason(N_("the article is from {year}: {reasons}"), year=year, reasons=why)
    return DocumentTime(year, why, (*time.evidence, found))
