"""Base years for anniversary arithmetic ("the 30th anniversary of X" → the year of X + 30).

Where a base year comes from, in the order a reader looks for it:
1. the anniversary's own words ("the 20th anniversary of the accident of 26 April 1986");
2. a sentence of the same article that dates the same thing ("… the Ashby Colliery disaster, in
   which eleven men died … on 14 October 1987");
3. a sentence of another document of the corpus that does, or an article whose own time is known
   and that counts the same anniversary (its year − N);
4. last, the operator's table of known events (`AnniversaryTable`, bot/index/dates/anniversaries.toml or
   the files named by MEMORIAL_ANNIVERSARIES). Every answer must stay right with that table empty.
"""

from __future__ import annotations

import heapq
import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.i18n import N_
from bot.index.dates.lexicon import EN_MONTHS, ES_MONTHS, RU_MONTHS, WEEKDAYS
from bot.index.dates.reasons import reason

# Share of the subject's identifying words (by rarity) a dating sentence must hold: in the same
# article, or (a stricter test, since more sentences compete) in another document.
MIN_COVER = 0.4
MIN_COVER_ELSEWHERE = 0.6
# The sentence count is rounded up to 1/2**COUNT_STEP_BITS of its power of two (`counted_sentences`).
COUNT_STEP_BITS = 4
# Keys a subject's words before its verb must have for the rest of its clause to be left optional.
MIN_NAMED_BEFORE_VERB = 2
_CLAUSES = re.compile(r"[,;:]\s+|\s+[—–]\s+")


def _dating_clauses(text: str) -> list[str]:
    """A sentence's clauses, a clause that is only a day joined to the one before it ("… was fired
    on Wednesday, 15 March, watched by …": the day belongs to the firing)."""
    out: list[str] = []
    for clause in _CLAUSES.split(text):
        if out and not content_keys(clause):
            out[-1] += ", " + clause
        else:
            out.append(clause)
    return out


_OWN_DAY_WORDS = re.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening)|today|yesterday|tonight|last\s+night)\b", re.IGNORECASE
)


def _told_on_the_pages_day(s: DatedSentence, head: str) -> bool:
    """Whether the clause of `s` that names `head` tells it on the page's own day, the sentence's
    years being another clause's ("The Playhouse on Cornhill reopened this morning, eighteen months
    after the fire of Monday 11 November 1985 gutted its auditorium": the cutting's year, not the fire's)."""
    clause = next((c for c in _dating_clauses(s.text) if head in content_keys(c)), "")
    if _OWN_DAY_WORDS.search(clause) is None or _YEAR_DIGITS.search(clause) is not None:
        return False
    # (the years after it: one before is a dateline's, "Saturday 9 March 1996 — Hundreds of walkers crossed
    # the new footbridge this morning", and a sentence with none is filed under the page's)
    day, year = _OWN_DAY_WORDS.search(s.text), _YEAR_DIGITS.search(s.text)
    return day is not None and year is not None and year.start() > day.start()


_YEAR_DIGITS = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
# Of a dating sentence that names the same day, the share (by rarity) a sentence must tell again.
MIN_COVER_ON_DAY = 0.4
# The same, told by the whole article that keeps the anniversary (its other paragraphs name the
# race and its runners, the sentence only the town and the pancakes): stricter, since an article
# holds many words; the sentence itself must still share `MIN_SHARED_ON_DAY` of them.
MIN_COVER_ON_DAY_ARTICLE = 0.6
MIN_SHARED_ON_DAY = 3
# The same, when the present the count gives is checked by the weekday the head writes with the day
# ("Posted Monday 16 October" / "Twenty-five years ago tonight the pavilion burned" / "Fire swept
# through the pavilion … late last night, Friday 16 October" of 1981: 2006 has that Monday): less
# of the text need agree, since the calendar does too.
MIN_COVER_ON_DAY_WEEKDAY = 0.2
# A pool of at most this many sentences is walked (`_best`) rather than indexed (`_PoolIndex`).
SMALL_POOL = 8
SAME_DAY = 0.5  # added to the cover of a dating sentence that names the day the anniversary is kept
BUNDLED_TABLE = Path(__file__).resolve().parent / "anniversaries.toml"

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]+")  # `_WORD` in folded ASCII text
# Words that name no particular happening: shared by most anniversary sentences, so they prove nothing.
_GENERIC_WORDS = (
    "the and for with from that this which their there these those into upon over after before since "
    "anniversary anniversaries year years day days annual first second third century centenary centennial "
    "jubilee celebration celebrations commemoration commemorations ceremony memorial remembrance marking mark "
    "marks marked held will was were has have had been people city town national world great del los las "
    "por para con una uno que aniversario años año día fecha celebración conmemoración este esta "
    "это года годы лет день для как при после его она они году годовщина летие "
    # function words and small numbers: in every kind of sentence, they tie nothing
    "until only but then when while during about also just still even very some "
    "two three four five six seven eight nine ten"
)
_GENERIC = frozenset(_GENERIC_WORDS.split()) | {w.casefold() for w in (*EN_MONTHS, *ES_MONTHS, *RU_MONTHS, *WEEKDAYS)}


_SUFFIXES = re.compile(
    r"(?:ations?|ings?|ures?|ments?|ness|ly|ies|ied|ed|es|s|ions?|"
    r"ого|ему|ыми|ими|ой|ей|ая|яя|ое|ее|ые|ие|ия|ию|ии|ах|ях|ам|ям|ом|ем|ы|и|а|я|е|у|ю|о)$"
)


WORD_ENDING = 3  # letters past the shared beginning that an ending (an inflection, a suffix) may take
WORD_SHARED = 7  # a beginning this long is one word's, whatever follows it (Чернобыля / Чернобыльской)


def same_word(subject: str, text: str, key: str) -> bool:
    """Whether `text` holds the word of `subject` that `key` stands for in another form, not another
    word that begins the same ("Earthrise" / "earth tremors", "the splashdown" / "A SPLASHING
    SUCCESS"): a document elsewhere dates the subject only when it names the same thing."""
    mine = {w for w in _WORD.findall(subject.casefold()) if _stem(w) == key}
    theirs = {w for w in _WORD.findall(text.casefold()) if _stem(w) == key}
    for a in mine:
        for b in theirs:
            shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            if shared >= WORD_SHARED or (len(a) - shared <= WORD_ENDING and len(b) - shared <= WORD_ENDING):
                return True
    return not mine or not theirs  # (a key some other way: nothing to compare)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    # An ending off, then five letters: keeps a word's identity across inflections and derivations
    # in English, Spanish and Russian (closure / closed, Чернобыля / Чернобыльской) without a
    # stemmer per language.
    if len(word) > 4:
        word = _SUFFIXES.sub("", word) or word
    return word[:5]


_HEAD_END = re.compile(r"\s(?:of|in|at|on|for|by|de|del|en|на|в|во|с)\s|,", re.I)


# An English verb in the past tense that ends a subject, after its noun phrase: -ed forms, and the
# irregular ones such phrases use ("since the chimney fell", "since the mill burned down").
_PAST_FORMS = (
    r"[a-z]{3,}ed|fell|came|went|rose|sank|broke|began|won|ran|flew|struck|shut|blew|froze|tore|swept|burnt|left"
    r"|took|fought|built|spread|fled|sold|stood|wrote|drove|rode|met|led|lost|gave|became"
)
_EN_PAST_VERB = re.compile(
    rf"\b(?:{_PAST_FORMS}|burst|hit)(?:\s+(?:down|up|out|away|over|open|in|off))?\s*$",
    re.IGNORECASE,
)


# A verb in the past tense, lower case, anywhere in a subject ("since car No. 14 took the last tram
# service into the depot").
_VERB_WORD = re.compile(rf"\b(?:{_PAST_FORMS}|made)\b")
# A noun phrase's start: a determiner, or a name (not "they", "we").
_NOUN_PHRASE = re.compile(
    r"\s*(?:(?:the|a|an|its|his|her|our|their|this|that|these|those)\s|(?!(?:They|We|He|She|It|You|I)\b)[A-Z])",
)


def _last_words_start(text: str) -> int:
    """Where the last two runs of non-spaces (`\\s` as `str.split` reads it) start, 0 if fewer: a match
    of `_EN_PAST_VERB` (a verb, perhaps a space and a particle, spaces to the end) starts in them, so
    searching from there (`\\b` still reads the character before) finds the same match."""
    kept = text.rstrip()
    words = kept.rsplit(None, 2)
    if len(words) < 3:
        return 0
    return len(kept[: len(kept) - len(words[2])].rstrip()) - len(words[1])


def without_final_verb(subject: str) -> str:
    """ "the Ravenscar chimney fell" → "the Ravenscar chimney": what happened may be told in other
    words elsewhere ("brought down"), the noun phrase names the thing; kept whole when no content
    word comes before the verb."""
    verb = _EN_PAST_VERB.search(subject, _last_words_start(subject))
    before = subject[: verb.start()] if verb is not None else ""
    if not _NOUN_PHRASE.match(before) or not any(
        len(w) >= 3 and w not in _GENERIC for w in _WORD.findall(before.casefold())
    ):
        return subject  # "they first matriculated": no noun phrase to name the thing
    return before


_CLAUSE_VERB = re.compile(rf"\b(?:{_PAST_FORMS})\b")


def _subject_of_clause(segment: str) -> str:
    """ "the Corn Exchange market hall opened its doors": a clause whose verb takes an object may
    name its thing before the verb (the hall), or after it ("the last ferry steamed into the
    slipway"); this is the first; kept whole when no noun phrase with a content word comes first,
    or when the verb ends it ("the border was opened": the opening)."""
    verb = _CLAUSE_VERB.search(segment)
    if verb is None or verb.start() == 0 or not _WORD.search(segment, verb.end()):
        return segment
    before = segment[: verb.start()]
    if not _NOUN_PHRASE.match(before) or not any(
        len(w) >= 3 and w not in _GENERIC for w in _WORD.findall(before.casefold())
    ):
        return segment
    return before


def head_key(subject: str, *, clause: bool = False) -> str | None:
    """The key of the word a subject is about: the last content word before "of"/"in"/a comma in
    English ("the Ashby Colliery *disaster*", "the *victory* of …"), the first one in Spanish and
    Russian ("el *Grito* de …", "*аварии* на …"), the last pair of a Chinese run ("唐山大*地震*").
    With `clause`, an English clause's before its verb (see `_subject_of_clause`)."""
    run, segment = _head_segment(subject)
    if segment is None:
        return run
    return _head_of(_subject_of_clause(segment) if clause else segment)


def head_keys(subject: str) -> tuple[str | None, str | None]:
    """`head_key(subject)` and `head_key(subject, clause=True)`, their common part worked out once."""
    run, segment = _head_segment(subject)
    if segment is None:
        return run, run
    head = _head_of(segment)
    of_clause = _subject_of_clause(segment)
    return head, head if of_clause == segment else _head_of(of_clause)


def _head_segment(subject: str) -> tuple[str | None, str | None]:
    """(the head of a Chinese subject, None) or (None, the words an English one's head is read from)."""
    text = subject.strip()
    if _CJK.search(text):
        run = "".join(_CJK.findall(text))  # (its Chinese characters, in order: one scan)
        return (run[-2:] if len(run) >= 2 else None), None
    cut = _HEAD_END.search(" " + text + " ")
    return None, without_final_verb((" " + text + " ")[: cut.start()] if cut else text)


def _head_of(segment: str) -> str | None:
    """The key of the head word of an English subject's words (see `head_key`)."""
    all_words = _WORD.findall(segment.casefold())  # (one scan for both uses below)
    words = [w for w in all_words if len(w) >= 3 and w not in _GENERIC]
    if not words:
        return None
    latin = "".join(words).isascii()  # (not a generator over its characters)
    # English puts the head last in its noun phrase; Spanish and Russian put it first.
    first_language = not latin or any(w in ("el", "la", "los", "las") for w in all_words)
    return _stem(words[0] if first_language else words[-1])


def content_keys(text: str) -> frozenset[str]:
    """The words that identify what a phrase is about: stems of its non-generic words, and the
    character pairs of its Chinese runs. (Cached while a corpus is resolved: a dated sentence's
    clauses, and the subjects counted again, ask for the same texts.)"""
    return _content_keys(text)


def clear_key_cache() -> None:
    _content_keys.cache_clear()


@lru_cache(maxsize=8192)
def _content_keys(text: str) -> frozenset[str]:
    low = text.casefold()
    if low.isascii():
        # (an ASCII text's letters are its only `[^\W\d_]` characters, lower case once folded: a
        # class the engine scans for without a Unicode look-up per character; the same words)
        return frozenset([_stem(w) for w in _ASCII_WORD.findall(low) if len(w) >= 3 and w not in _GENERIC])
    words = _WORD.findall(low)
    if _CJK.search(low) is None:  # its words are pieces of it: without a Chinese character, none has one
        return frozenset([_stem(w) for w in words if len(w) >= 3 and w not in _GENERIC])
    keys: set[str] = set()
    for w in words:
        if _CJK.search(w):
            keys.update(w[i : i + 2] for i in range(len(w) - 1))
        elif len(w) >= 3 and w not in _GENERIC:
            keys.add(_stem(w))
    return frozenset(keys)


@dataclass(frozen=True)
class KnownEvent:
    label: str
    year: int
    match: re.Pattern[str]


@dataclass(frozen=True)
class AnniversaryTable:
    """The operator's table of events whose year any reader knows (may be empty)."""

    events: tuple[KnownEvent, ...] = ()

    @classmethod
    def load(cls, paths: Iterable[Path]) -> AnniversaryTable:
        events: list[KnownEvent] = []
        for path in paths:
            with path.open("rb") as f:
                data = tomllib.load(f)
            for row in data.get("event", []):
                events.append(KnownEvent(str(row["label"]), int(row["year"]), re.compile(row["match"], re.I)))
        return cls(tuple(events))

    @classmethod
    def bundled(cls) -> AnniversaryTable:
        return _bundled()

    def lookup(self, subject: str) -> KnownEvent | None:
        return next((e for e in self.events if e.match.search(subject)), None)


@lru_cache(maxsize=1)
def _bundled() -> AnniversaryTable:
    return AnniversaryTable.load([BUNDLED_TABLE])  # read once per process: it is part of the code


@dataclass(frozen=True, slots=True)
class Base:
    year: int
    why: str
    strength: float  # 1.0: stated with the anniversary or in the same article; less when found further away
    text: str = ""  # the sentence that dates it, when one does


# A name with its number: "Apollo 11", "Flight 93", "Route 66" (not a day: "April 11", "Monday 13").
_NUMBERED_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(\d{1,3})\b(?![.,:]?\d|\s*(?:st|nd|rd|th)\b)")
_NOT_NAMES = frozenset(
    {m.lower() for m in EN_MONTHS} | {m[:3].lower() for m in EN_MONTHS} | {"sept"} | {w.lower() for w in WEEKDAYS}
)


def other_number(subject: str, sentence: str) -> bool:
    """Whether the sentence names the subject's numbered name with another number: "the fiftieth
    anniversary of Apollo 11" is not counted from "Apollo 13 lifted off … on 11 April 1970"."""
    named = {(w, n) for w, n in _NUMBERED_NAME.findall(subject) if w.lower() not in _NOT_NAMES}
    if not named:
        return False
    told = {(w, n) for w, n in _NUMBERED_NAME.findall(sentence) if w.lower() not in _NOT_NAMES}
    names = {w for w, _ in named}
    return not named & told and any(w in names for w, _ in told)


@dataclass(slots=True)
class DatedSentence:
    """A sentence that dates something, once however many articles repeat it."""

    keys: frozenset[str]
    years: tuple[int, ...]
    text: str
    articles: set[str]
    # The day a report tells of without naming it ("Two people died in Kelmer yesterday afternoon"
    # under "Friday, 3 August 1990": 2 August), in its one year.
    day: tuple[int, int] | None = None


class _Idf(dict[str, float]):
    """key → idf, filled on first use."""

    def __init__(self, compute: Callable[[str], float]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: str) -> float:
        value = self[key] = self._compute(key)
        return value


@dataclass
class BaseFinder:
    """Finds the year of the thing an anniversary counts from."""

    table: AnniversaryTable = field(default_factory=AnniversaryTable)
    sentences: list[DatedSentence] = field(default_factory=list)
    learned: list[DatedSentence] = field(default_factory=list)
    # Dated sentences by key: a subject is compared only with those that hold its head word.
    _by_key: dict[str, list[DatedSentence]] = field(default_factory=dict)
    _learned_by_key: dict[str, list[DatedSentence]] = field(default_factory=dict)
    # The learned texts that are an article's own sentences of its year (`learn(told=True)`), not
    # anniversaries it counts: said so in the reason.
    _told: set[str] = field(default_factory=set)
    _seen: dict[tuple[frozenset[str], tuple[int, ...]], DatedSentence] = field(default_factory=dict)
    # Reads the (month, day)s a sentence dates in a year; injected by the resolver, which finds dates.
    day_reader: Callable[[str, int], frozenset[tuple[int, int]]] | None = None
    # The newest year a document may be from (the operator's MEMORIAL_NEWEST_YEAR, by default the
    # year the index is built): it closes a window a text leaves open ("since 2013"). None: open.
    newest_year: int | None = None
    # How many dated sentences hold each key: common words ("people", "war") tie little.
    df: Counter[str] = field(default_factory=Counter)
    n_sentences: int = 0

    # Each key's idf, worked out once while the counts stand (a build looks up millions).
    _idf_cache: _Idf | None = field(default=None, repr=False)
    # Per pool (dated sentences or learned bases, by head key), where each key lies in it: kept while
    # the pools stand (see `_first_best`).
    _pool_index: dict[tuple[bool, str], _PoolIndex] = field(default_factory=dict, repr=False)
    # What `find` works out per subject alone: its keys, and the operator's table's answer.
    _subjects: dict[str, tuple[frozenset[str], bool, str | None, str | None]] = field(default_factory=dict, repr=False)
    _known: dict[str, KnownEvent | None] = field(default_factory=dict, repr=False)
    _verbs: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # The dated sentences (their places in `sentences`) by the days they date (`find_on_day` reads
    # only those), made on first use.
    _on_day: dict[tuple[int, int], set[int]] | None = field(default=None, repr=False)

    def __getstate__(self) -> dict[str, object]:
        # A worker process is sent the finder without its pools' indexes: they are made on demand.
        state = dict(vars(self))
        state["_pool_index"] = {}
        state["_on_day"] = None
        state["_subjects"] = {}
        state["_known"] = {}
        return state

    @property
    def counted_sentences(self) -> int:
        """The sentence count rarity is weighed against: one more than the count, rounded up to a
        sixteenth of its power of two (at most 6 % more; exact below 16). A document added or edited
        seldom moves it, so an index update re-asks only the lookups whose own words' counts changed,
        not every lookup of the corpus (bot/index/parts.py)."""
        step = 1 << max(0, self.n_sentences.bit_length() - COUNT_STEP_BITS)
        return (self.n_sentences // step + 1) * step

    def _idf(self, key: str) -> float:
        return math.log(self.counted_sentences / (self.df.get(key, 0) + 0.5))

    def _idfs(self) -> _Idf:
        if self._idf_cache is None:
            self._idf_cache = _Idf(self._idf)
        return self._idf_cache

    def keys_of(self, text: str) -> frozenset[str]:
        """A dated text's keys (an index update's finder, which reads every file's sentences again,
        keeps them for the process)."""
        return content_keys(text)

    def add_sentence(
        self, article_id: str, text: str, years: Sequence[int], day: tuple[int, int] | None = None
    ) -> None:
        """`text` dates something in `years`; `day`: the day it tells of without naming it."""
        if years:
            keys = self.keys_of(text)
            # Syndicated copies of a sentence are one entry: lookups stay linear in distinct text.
            seen = self._seen.get((keys, tuple(years)))
            if seen is not None:
                seen.articles.add(article_id)
                return
            dated = DatedSentence(keys, tuple(years), text, {article_id}, day)
            self._seen[(keys, tuple(years))] = dated
            self.sentences.append(dated)
            for k in keys:
                self._by_key.setdefault(k, []).append(dated)
            # Rarity is counted among the sentences that date something: the ones a subject is
            # matched against (and the only ones worth reading twice).
            self.df.update(keys)
            self.n_sentences += 1
            self._idf_cache = None  # the counts changed
            self._pool_index.clear()
            self._on_day = None

    def learn(self, article_id: str, subject: str, year: int, *, told: bool = False) -> None:
        """An article whose own time is known counts an anniversary: its subject happened in `year`;
        or (`told`) it tells in `subject`, a sentence of its own, of a day of its year."""
        if told:
            self._told.add(subject)
        dated = DatedSentence(self.keys_of(subject), (year,), subject, {article_id})
        self.learned.append(dated)
        for k in dated.keys:
            self._learned_by_key.setdefault(k, []).append(dated)
        self._pool_index.clear()

    def find(
        self, subject: str, article_id: str, *, besides: str = "", days: frozenset[tuple[int, int]] = frozenset()
    ) -> Base | None:
        """The base year of `subject`; `besides` is the anniversary's own sentence, whose years date
        the celebration rather than the event; `days` are the year-less days of that sentence — a
        dating sentence that names one of them is preferred (anniversaries are kept on the day)."""
        keys, cjk, head, other = self._subject(subject)
        first: Base | None = None
        for h in (head, other) if head is not None else ():
            if h is None:
                continue
            found_by_head = self._find_by_head(subject, keys | {h}, cjk, h, article_id, besides, days)
            if found_by_head is None or other_number(subject, found_by_head.text):
                continue
            if not days or self._days_in_text(found_by_head, days):
                return found_by_head
            # "… on Sunday, 12 October, fifty years to the day after the ward admitted its first
            # patient": a sentence the other head finds that dates that very day is preferred.
            first = first or found_by_head
        if first is not None:
            return first
        if subject in self._known:
            known = self._known[subject]
        else:
            known = self._known[subject] = self.table.lookup(subject)
        if known is not None:
            why = reason(N_("{label} ({year}, from the table of known events)"), label=known.label, year=known.year)
            return Base(known.year, why, 0.5)
        return None

    def _day_alone(self, s: DatedSentence, head: str) -> bool:
        """Whether the clause of `s` that names `head` dates it by a day with no year, the sentence's
        years being other clauses' ("The art-deco pool, built in 1935, … was saved by … swimmers,
        who reopened it on 21 May"): the sentence does not say when that happened."""
        if self.day_reader is None or len(s.years) != 1:
            return False
        for clause in _dating_clauses(s.text):
            if head in content_keys(clause):
                return _YEAR_DIGITS.search(clause) is None and bool(self.day_reader(clause, s.years[0]))
        return False

    def _find_by_head(
        self,
        subject: str,
        keys: frozenset[str],
        cjk: bool,
        head: str,
        article_id: str,
        besides: str,
        days: frozenset[tuple[int, int]],
    ) -> Base | None:
        """`find` among the dated sentences that hold `head` (the subject's head word, or the other
        head a clause has: the thing before its verb)."""
        pool = self._pool(keys) if cjk else self._by_key.get(head, [])
        same = [
            s for s in pool if article_id in s.articles and s.text != besides and (cjk or not self._day_alone(s, head))
        ]
        found = self._best(keys, head, same, days=days)
        if found is not None:
            return Base(found[0], reason(N_("the article dates it: {quote}"), quote=quote(found[1])), 1.0, found[1])

        # "dated in some other article": no set built per sentence (at 1M passages that cost grew
        # faster than the corpus)
        def elsewhere(s: DatedSentence) -> bool:
            return len(s.articles) > 1 or article_id not in s.articles

        def dated_elsewhere(s: DatedSentence) -> bool:
            # (not by the years of another clause than the one that tells it on the page's own day: that
            # is learned below, `learn`)
            return elsewhere(s) and (cjk or not _told_on_the_pages_day(s, head))

        # Another document tells what happened in its own verbs ("took the last tram into the
        # depot" / "the last tram rattled into the depot"): the subject's verbs count when shared.
        optional = frozenset() if cjk else self._verb_keys(subject, head)
        if cjk or days:
            found = self._best(
                keys, head, filter(dated_elsewhere, pool), MIN_COVER_ELSEWHERE, days=days, optional=optional
            )
        else:
            found = self._first_best(True, keys, head, MIN_COVER_ELSEWHERE, dated_elsewhere, optional)
        if found is not None and (cjk or same_word(subject, found[1], head)):
            why = reason(N_("another document dates it: {quote}"), quote=quote(found[1]))
            return Base(found[0], why, 0.75, found[1])
        if cjk:
            found = self._best(keys, head, filter(elsewhere, self._learned_by_key.get(head, [])), MIN_COVER_ELSEWHERE)
        else:
            found = self._first_best(False, keys, head, MIN_COVER_ELSEWHERE, elsewhere, optional)
        if found is not None and (cjk or same_word(subject, found[1], head)):
            if found[1] in self._told:
                why = reason(
                    N_("another article tells of it in its own year, {year}: {quote}"),
                    year=found[0],
                    quote=quote(found[1]),
                )
            else:
                why = reason(N_("another dated article counts the same anniversary ({quote})"), quote=quote(found[1]))
            return Base(found[0], why, 0.6, found[1])
        return None

    def _verb_keys(self, subject: str, head: str) -> frozenset[str]:
        """The keys of the subject's past-tense verbs (not its head): they count when a sentence
        shares them, and are not required when it does not."""
        got = self._verbs.get(subject)
        if got is None:
            # (and what the verb's clause goes on with: "the last shift … came up the shaft" is told
            # elsewhere as "LAST SHIFT AT FERNCLIFF")
            # when what comes before it names the thing well enough on its own (not "the boats came back")
            verb = _VERB_WORD.search(subject)
            named = verb is not None and len(content_keys(subject[: verb.start()])) >= MIN_NAMED_BEFORE_VERB
            predicate = subject[verb.start() :] if verb is not None and named else ""
            got = self._verbs[subject] = content_keys(" ".join(_VERB_WORD.findall(subject))) | content_keys(predicate)
        return got - {head}

    def _subject(self, subject: str) -> tuple[frozenset[str], bool, str | None, str | None]:
        """A subject's keys (with its head), whether it is Chinese, its head key (None: nothing to
        compare) and a clause's other head (None: none), worked out once per subject (a build asks
        the same subjects many times)."""
        got = self._subjects.get(subject)
        if got is None:
            keys = content_keys(without_final_verb(subject))
            cjk = bool(keys) and all(_CJK.match(k[0]) for k in keys)
            # Chinese subjects are matched by their character pairs, whatever the head (神舟五号飞天 ~ 神舟五号飞船).
            head, other = (next(iter(sorted(keys)), None), None) if cjk else head_keys(subject)
            other = None if head is None else other
            other = other if other != head else None
            got = (keys, cjk, None, None) if not keys or head is None else (keys | {head}, cjk, head, other)
            self._subjects[subject] = got
        return got

    def find_on_day(
        self,
        sentence: str,
        article_id: str,
        days: frozenset[tuple[int, int]],
        article: str = "",
        need: float = MIN_COVER_ON_DAY,
    ) -> Base | None:
        """The year another document gives a day this `sentence` names without one, when that
        document's sentence dating the same day tells of the same thing (most of this sentence's
        rare words): "25 years ago today, on 28 May, our mayors signed the charter" / "the twinning
        charter was signed … on 28 May 1994". With `article` (the whole text of the sentence's
        article), a dating sentence that the article tells again, and the sentence in part, counts too."""
        found = self._day_told(sentence, article_id, days, "", need)
        if found is None and article:
            found = self._day_told(sentence, article_id, days, article, MIN_COVER_ON_DAY_ARTICLE)
        return found

    def _day_told(
        self, sentence: str, article_id: str, days: frozenset[tuple[int, int]], article: str, need: float
    ) -> Base | None:
        keys = content_keys(sentence)
        if not keys or not days:
            return None
        told = content_keys(article) if article else keys
        if self.day_reader is None:
            return None
        on_day = self._sentences_on(days)
        idf = self._idfs().__getitem__
        hits: dict[int, tuple[float, str]] = {}
        for s in [*self._pool_on(keys, on_day), *self._told_on(keys, days)]:
            if article_id in s.articles:
                continue
            # The year that dates the day, when a sentence states several ("Monday 15 November 1999
            # — … the mill destroyed by fire on 12 March 1974").
            dated = [y for y in sorted(set(s.years)) if self._dates(s, y) & days]
            if len(dated) != 1:
                continue
            # How much of the dating clause this sentence tells again: a sentence that counts years
            # ("Twenty-five years ago today, …") holds words the dating one has no reason to, and
            # a long dating sentence may tell the day in one clause ("…, the textile mill destroyed
            # by fire on 12 March 1974").
            cover = 0.0
            clauses = _dating_clauses(s.text)
            for i, clause in enumerate(clauses):
                if not self.day_reader(clause, dated[0]) & days and s.day not in days:
                    continue  # (a report's "yesterday": every clause of it tells of that day)
                # the clause, or it with the one after ("… opened on Saturday, 24 April by Harold
                # Briggs, who cut the ribbon"): what happened on the day may go on past it; or with
                # the one before, past a name set off by commas ("… was opened by the Mayor,
                # Alderman Joseph Fairbrass, on 14 June")
                windows = (clause, " ".join(clauses[i : i + 2]), " ".join(clauses[max(0, i - 1) : i + 1]))
                for ck in map(content_keys, windows):
                    shared = told & ck
                    total = math.fsum(map(idf, ck))
                    if total > 0 and len(keys & ck) >= (MIN_SHARED_ON_DAY if article else 2):
                        cover = max(cover, math.fsum(map(idf, shared)) / total)
            if cover >= need and cover > hits.get(dated[0], (0.0, ""))[0]:
                hits[dated[0]] = (cover, s.text)
        if len(hits) != 1:
            return None  # nothing, or two years for the same day: no base
        ((year, (_, text)),) = hits.items()
        return Base(year, reason(N_("another document dates it: {quote}"), quote=quote(text)), 0.75, text)

    def _sentences_on(self, days: frozenset[tuple[int, int]]) -> set[int]:
        """The places (in `sentences`) of the dated sentences that date one of `days` in one of their years."""
        if self._on_day is None:
            assert self.day_reader is not None
            index: dict[tuple[int, int], set[int]] = {}
            for i, s in enumerate(self.sentences):
                for y in set(s.years):
                    for d in self._dates(s, y):
                        index.setdefault(d, set()).add(i)
            self._on_day = index
        return set().union(*(self._on_day.get(d, set()) for d in days))

    def _told_on(self, keys: frozenset[str], days: frozenset[tuple[int, int]]) -> list[DatedSentence]:
        """The sentences learned as told in an article's own year (`learn(told=True)`) that share a
        key with `keys` and tell of one of `days`: a column's "100 YEARS AGO" tells what another
        document counts "125 years ago" from."""
        if not self._told or self.day_reader is None:
            return []
        return [
            s
            for s in self.learned
            if s.text in self._told and keys & s.keys and self.day_reader(s.text, s.years[0]) & days
        ]

    def _pool_on(self, keys: frozenset[str], on_day: set[int]) -> list[DatedSentence]:
        """`[s for s in self._pool(keys) if s is one of on_day's]`, in the same order, from the few
        sentences on the day instead of the many that share a key: `_pool` files a sentence under the
        first (sorted) key it shares, and each key's list in the order the sentences were added."""
        ranked = [(min(shared), i) for i in on_day if (shared := keys & self.sentences[i].keys)]
        ranked.sort()
        return [self.sentences[i] for _, i in ranked]

    def _dates(self, s: DatedSentence, year: int) -> frozenset[tuple[int, int]]:
        """The days `s` dates in `year`: the ones it names, and a report's day it tells of unnamed."""
        assert self.day_reader is not None
        named = self.day_reader(s.text, year)
        return named | {s.day} if s.day is not None and year == s.years[0] else named

    def _days_in_text(self, base: Base, days: frozenset[tuple[int, int]]) -> bool:
        return bool(base.text and self._days(base.text, base.year) & days)

    def _year_of(self, s: DatedSentence, days: frozenset[tuple[int, int]]) -> int | None:
        """The one year a dated sentence gives; of a sentence that gives several ("Friday 14 March
        2003 — … since the fire that gutted it on the night of 12 October 1971"), the one that dates
        one of `days`, the days the anniversary is kept; else None."""
        years = sorted(set(s.years))
        if len(years) == 1:
            return years[0]
        if not days or self.day_reader is None:
            return None
        dating = [y for y in years if self.day_reader(s.text, y) & days]
        return dating[0] if len(dating) == 1 else None

    def _days(self, text: str, year: int) -> frozenset[tuple[int, int]]:
        """The days `text` dates in `year` (read by the caller that knows dates)."""
        return self.day_reader(text, year) if self.day_reader else frozenset()

    def _pool(self, keys: frozenset[str]) -> list[DatedSentence]:
        seen: dict[int, DatedSentence] = {}
        for k in sorted(keys):  # sorted: the pool's order (and so its ties) must not follow hashing
            for s in self._by_key.get(k, []):
                seen[id(s)] = s
        return list(seen.values())

    def _first_best(
        self,
        dated: bool,
        keys: frozenset[str],
        head: str,
        need: float,
        keep: Callable[[DatedSentence], bool],
        optional: frozenset[str] = frozenset(),
    ) -> tuple[int, str] | None:
        """`_best(keys, head, filter(keep, pool), need)` for a subject that is not Chinese, without
        days, where the pool is the dated sentences (`dated`) or the learned bases filed under
        `head`. Instead of weighing every sentence of the pool (which grows with the corpus, and is
        walked for every lookup), the covers are summed per key over the sentences that hold it
        (`_PoolIndex`), only the sentences that may reach `need` are weighed exactly as `_best`
        does, and the best that `keep` keeps is the first of them by cover, then by place in the
        pool. The sentences that share only the head word all have the same cover."""
        index = self._pool_index.get((dated, head))
        if index is None:
            whole = (self._by_key if dated else self._learned_by_key).get(head, [])
            if len(whole) <= SMALL_POOL:
                # The walk this stands for: for a pool this small it costs less than the index.
                return self._best(keys, head, filter(keep, whole), need, optional=optional)
            index = self._pool_index[(dated, head)] = _PoolIndex(whole)
        pool = index.pool
        if not pool:
            return None
        idf = self._idfs().__getitem__
        total = math.fsum(map(idf, keys))
        if total <= 0:
            return None  # every cover is 0
        # idf > 0: a sentence holds another key of the subject if and only if its sum is positive.
        extra = np.zeros(len(pool))
        for k in keys:
            if k != head:
                at = index.at.get(k)
                if at is not None:
                    extra[at] += idf(k)
        # Unshared optional keys leave the denominator: the least it may be is without them all.
        least = math.fsum(idf(k) for k in keys if k not in optional) if optional else total
        if least <= 0:
            return None
        # A bound: the sums in another order differ from `_best`'s exact sums by a few units in the
        # last place at most.
        near = np.flatnonzero(index.single & (extra > 0) & ((idf(head) + extra) / least >= need - 1e-9))
        ranked: list[tuple[float, int]] = []
        for i in near.tolist():
            if optional:
                cover = _cover(idf, keys, pool[i].keys, optional)
            else:
                cover = math.fsum(map(idf, keys & pool[i].keys)) / total
            if cover >= need:
                ranked.append((-cover, i))
        ranked.sort()
        order: Iterable[tuple[float, int]] = ranked
        # a sentence that shares only the head shares no optional key (the head is not one)
        head_only = math.fsum(map(idf, frozenset((head,)))) / least
        if head_only >= need:
            order = heapq.merge(ranked, ((-head_only, i) for i in np.flatnonzero(index.single & (extra == 0)).tolist()))
        for _, i in order:
            if keep(pool[i]):
                return pool[i].years[0], pool[i].text
        return None

    def _best(
        self,
        keys: frozenset[str],
        head: str,
        pool: Iterable[DatedSentence],
        need: float = MIN_COVER,
        days: frozenset[tuple[int, int]] = frozenset(),
        optional: frozenset[str] = frozenset(),
    ) -> tuple[int, str] | None:
        # A sentence dates the subject when it names the subject's head word ("disaster", "victory")
        # and most of what identifies it, weighed by rarity: sharing "war" and "people" proves little.
        # map over the cached table: the same sums, term for term, at a fraction of the calls.
        idf = self._idfs().__getitem__
        # fsum: exactly rounded, so the same whatever order a set yields its keys (runs with
        # another hash seed must pick the same base).
        total = math.fsum(map(idf, keys))
        best: tuple[float, int, str] | None = None
        cjk = all(_CJK.match(k[0]) for k in keys)
        for s in pool:
            if not cjk and head not in s.keys:
                continue
            year = self._year_of(s, days)
            if year is None:
                continue
            if cjk:
                # Character pairs across word boundaries ("山大" in 唐山大地震) are noise, so no share of
                # them is required: two shared pairs qualify, and the rarer the pairs, the better.
                shared = keys & s.keys
                cover = need + math.fsum(map(idf, shared)) / max(total, 1e-9) if len(shared) >= 2 else 0.0
            elif optional:
                cover = _cover(idf, keys, s.keys, optional)
            else:
                cover = math.fsum(map(idf, keys & s.keys)) / total if total > 0 else 0.0
            if days and (cover >= need or not cjk) and self._days(s.text, year) & days:
                # Dated on the day the anniversary is kept, and naming its head word ("fire"): the
                # day says what the words alone may not ("the Hollins Mill fire" / "The fire broke out").
                cover += SAME_DAY
            if cover >= need and (best is None or cover > best[0]):
                best = (cover, year, s.text)
        return (best[1], best[2]) if best else None


def _cover(idf: Callable[[str], float], keys: frozenset[str], held: frozenset[str], optional: frozenset[str]) -> float:
    """The share of the subject's rarity a sentence holding `held` covers, where its `optional` keys
    count only when held (exactly rounded sums, so the same whatever order the sets yield)."""
    denominator = math.fsum(idf(k) for k in keys if k in held or k not in optional)
    return math.fsum(map(idf, keys & held)) / denominator if denominator > 0 else 0.0


class _PoolIndex:
    """One pool of sentences (all filed under one head key), and where each key lies in it."""

    def __init__(self, pool: list[DatedSentence]) -> None:
        self.pool = pool
        at: dict[str, list[int]] = {}
        for i, s in enumerate(pool):
            for k in s.keys:
                at.setdefault(k, []).append(i)
        # (lists: numpy reads one as the same index, and only the subject's few keys are ever
        # looked up, where an array made for every key of a large pool cost more than the lookups)
        self.at = at
        # `_best` weighs only the sentences that give one year
        self.single = np.array([len(set(s.years)) == 1 for s in pool], dtype=bool)


def quote(s: str, limit: int = 80) -> str:
    s = " ".join(s.split())
    return "“" + (s if len(s) <= limit else s[:limit].rsplit(" ", 1)[0] + "…") + "”"
