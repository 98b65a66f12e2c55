"""Dated events: mentions merged into events, indexed by month and day for "on this day".

An event is a sentence with its date (or range) and every source that reports it. The same event
told by several articles (or twice in one) is merged when the dates agree and the sentences share
enough distinctive words. The index answers "what happened on 3 September" with one dictionary
lookup, so it stays fast at millions of events; ranges are listed on each of their days.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.corpus import Corpus
from bot.index.dates.anniversaries import AnniversaryTable, content_keys
from bot.index.dates.lexicon import MONTH_NAMES, WEEKDAYS
from bot.index.dates.resolve import ResolvedMention, day_label, resolve_corpus
from bot.index.dates.span import DateSpan
from bot.replies import SourceRef

BASIS_RANK = {"explicit": 0, "inferred": 1, "unknown": 2}
MAX_RANGE_DAYS = 31  # a longer span is listed on its first and last day only
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_LEAP = 2000  # a leap year for ordering month-days, so 29 February has a place


def day_key(month: int, day: int) -> int:
    return month * 100 + day


def day_of_year(month: int, day: int) -> int:
    return datetime.date(_LEAP, month, day).timetuple().tm_yday


@dataclass(frozen=True, slots=True, kw_only=True)
class DatedEvent(DateSpan):
    event_id: str
    text: str
    year_basis: str
    why: str
    sources: tuple[SourceRef, ...]
    mentions: tuple[ResolvedMention, ...] = ()

    def date_label(self) -> str:
        if not self.is_range:
            return day_label(self.month, self.day, self.year)
        if self.year == self.end_year and self.month == self.end_month:
            return f"{self.day}–{self.end_day} {MONTH_NAMES[self.month - 1]}" + (
                f" {self.year}" if self.year is not None else ""
            )
        if self.year == self.end_year:
            return f"{day_label(self.month, self.day)} – {day_label(self.end_month, self.end_day, self.end_year)}"
        return (
            f"{day_label(self.month, self.day, self.year)} – {day_label(self.end_month, self.end_day, self.end_year)}"
        )

    def days(self) -> list[tuple[int, int]]:
        """Every (month, day) the event covers, for the index."""
        start_year = self.year if self.year is not None else _LEAP
        end_year = self.end_year if self.end_year is not None else start_year + (1 if self._wraps() else 0)
        try:
            start = datetime.date(start_year, self.month, self.day)
            end = datetime.date(end_year, self.end_month, self.end_day)
        except ValueError:
            return [(self.month, self.day)]
        span = (end - start).days
        if span < 0:
            return [(self.month, self.day)]
        if span > MAX_RANGE_DAYS:
            return [(self.month, self.day), (self.end_month, self.end_day)]
        out = []
        for i in range(span + 1):
            d = start + datetime.timedelta(days=i)
            out.append((d.month, d.day))
        return out

    def _wraps(self) -> bool:
        return (self.end_month, self.end_day) < (self.month, self.day)


@dataclass(frozen=True)
class EventIndex:
    events: tuple[DatedEvent, ...] = ()
    mentions: tuple[ResolvedMention, ...] = ()
    by_day: dict[int, tuple[DatedEvent, ...]] = field(default_factory=dict, repr=False)
    by_day_year: dict[int, dict[int | None, tuple[DatedEvent, ...]]] = field(default_factory=dict, repr=False)
    by_id: dict[str, DatedEvent] = field(default_factory=dict, repr=False)
    day_ordinals: tuple[int, ...] = ()  # sorted day-of-year (leap calendar) of every day with events

    @classmethod
    def empty(cls) -> EventIndex:
        return cls()

    @classmethod
    def from_events(cls, events: Sequence[DatedEvent], mentions: Sequence[ResolvedMention] = ()) -> EventIndex:
        buckets: dict[int, list[DatedEvent]] = defaultdict(list)
        for ev in events:
            for m, d in ev.days():
                buckets[day_key(m, d)].append(ev)
        by_day: dict[int, tuple[DatedEvent, ...]] = {}
        by_day_year: dict[int, dict[int | None, tuple[DatedEvent, ...]]] = {}
        for key, evs in buckets.items():
            # Newest first, unknown years last: the order every answer uses.
            evs.sort(key=lambda e: (e.year is None, -(e.year or 0), e.event_id))
            by_day[key] = tuple(evs)
            per_year: dict[int | None, list[DatedEvent]] = defaultdict(list)
            for e in evs:
                per_year[e.year].append(e)
            by_day_year[key] = {y: tuple(v) for y, v in per_year.items()}
        ordinals = tuple(sorted(day_of_year(k // 100, k % 100) for k in by_day))
        return cls(
            events=tuple(events),
            mentions=tuple(mentions),
            by_day=by_day,
            by_day_year=by_day_year,
            by_id={e.event_id: e for e in events},
            day_ordinals=ordinals,
        )

    # --- queries ------------------------------------------------------------------------------

    def on(self, month: int, day: int, year: int | None = None) -> tuple[DatedEvent, ...]:
        """Events of a month-day. In a common year, 28 February also lists the events of
        29 February (the leap-day rule), so they are never skipped for three years."""
        evs = self.by_day.get(day_key(month, day), ())
        if (month, day) == (2, 28) and year is not None and not calendar.isleap(year):
            evs = evs + self.by_day.get(day_key(2, 29), ())
        return evs

    def on_year(self, month: int, day: int, year: int | None) -> tuple[DatedEvent, ...]:
        """Events of a month-day that happened in one year (milestone lookups: O(1))."""
        return self.by_day_year.get(day_key(month, day), {}).get(year, ())

    def has(self, month: int, day: int, year: int | None = None) -> bool:
        return bool(self.on(month, day, year))

    def nearest_days(self, month: int, day: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The closest month-days before and after (wrapping round the year) that have events."""
        if not self.day_ordinals:
            return None, None
        n = day_of_year(month, day)
        i = bisect.bisect_left(self.day_ordinals, n)
        after = self.day_ordinals[i] if i < len(self.day_ordinals) and self.day_ordinals[i] != n else None
        if after is None:
            j = i + 1 if i < len(self.day_ordinals) and self.day_ordinals[i] == n else i
            after = self.day_ordinals[j % len(self.day_ordinals)]
        before = self.day_ordinals[i - 1]  # index -1 wraps to the year's last day with events
        return _md(before), _md(after)

    def next_day_with_events(self, after: datetime.date, within: int = 366) -> datetime.date | None:
        for i in range(1, within + 1):
            d = after + datetime.timedelta(days=i)
            if self.has(d.month, d.day, d.year):
                return d
        return None


def _md(ordinal: int) -> tuple[int, int]:
    d = datetime.date(_LEAP, 1, 1) + datetime.timedelta(days=ordinal - 1)
    return d.month, d.day


# --- building ---------------------------------------------------------------------------------------


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _event_id(m: ResolvedMention) -> str:
    raw = f"{m.start_iso}|{m.end_iso}|{m.file}|{m.line}|{m.text}"
    return hashlib.sha1(raw.encode()).hexdigest()[:7]


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w’'-]+)")
_CALENDAR_WORDS = frozenset(
    w.casefold() for w in (*MONTH_NAMES, *WEEKDAYS)
)
RARE_SHARE = 0.03  # a name in at most 3% of paragraphs tells events apart ("Maduro"), "China" does not
MERGE_MIN_SHARED = 2
MERGE_OVERLAP = 0.6


def _rare_names(sentence: str, df: Counter[str], n_paras: int) -> frozenset[str]:
    """Capitalised words (not sentence-initial) that are rare in the corpus: who and where."""
    out = set()
    limit = max(1.0, RARE_SHARE * n_paras)
    for w in _NAME.findall(sentence):
        parts = _words(w)
        if not parts or parts & _CALENDAR_WORDS:
            continue
        if all(df.get(p, 0) <= limit for p in parts):
            out.add(w.casefold())
    return frozenset(out)


def merge_mentions(
    mentions: Sequence[ResolvedMention], df: Counter[str] | None = None, n_paras: int = 0
) -> list[DatedEvent]:
    """Merge mentions of the same date that report the same happening, told apart by the rare names
    they share (people, places): plain word overlap would merge "Xi met the Cuban president on
    September 4" with "Xi met the Lao president on September 4"."""
    if df is None:
        df = Counter()
        for m in mentions:
            df.update(_words(m.sentence))
        n_paras = len(mentions)
    names = [_rare_names(m.sentence, df, n_paras) for m in mentions]
    groups: dict[tuple[str, ...], list[list[int]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.derived:
            # An original event inferred from its anniversaries is keyed by its date alone: the
            # articles that commemorate it name different people, and word it differently.
            derived = groups[(m.start_iso, m.end_iso, "derived")]
            if derived:
                derived[0].append(i)
            else:
                derived.append([i])
            continue
        clusters = groups[(m.start_iso, m.end_iso)]
        target = None
        for c in clusters:
            # The first few members stand for a cluster: keeps merging linear on big corpora.
            if any(_same_happening(names[i], names[j]) for j in c[:3]):
                target = c
                break
        if target is None:
            clusters.append([i])
        else:
            target.append(i)
    _fold_derived_into_reports(groups, mentions)
    events = []
    for clusters in groups.values():
        for c in clusters:
            ms = [mentions[i] for i in c]
            # The sentence that tells the original event itself ("on the same day 75 years ago, the
            # victories … marked …") speaks for a derived event better than a commemoration's.
            lead = min(ms, key=lambda m: (BASIS_RANK[m.year_basis], m.derived == "commemoration"))
            first = lead if lead.derived else ms[0]
            sources: list[SourceRef] = []
            for m in ms:
                ref = SourceRef(m.article_id, m.title, m.file, m.line)
                if ref not in sources:
                    sources.append(ref)
            events.append(
                DatedEvent(
                    event_id=_event_id(first),
                    text=first.sentence,
                    month=first.month,
                    day=first.day,
                    year=first.year,
                    end_month=first.end_month,
                    end_day=first.end_day,
                    end_year=first.end_year,
                    year_basis=lead.year_basis,
                    why=lead.why,
                    sources=tuple(sources),
                    mentions=tuple(ms),
                )
            )
    order = {id(m): i for i, m in enumerate(mentions)}
    events.sort(key=lambda e: order[id(e.mentions[0])])
    return events


def _fold_derived_into_reports(
    groups: dict[tuple[str, ...], list[list[int]]], mentions: Sequence[ResolvedMention]
) -> None:
    """A derived event that the corpus also reports directly ("3 September 1945, the victory …")
    joins that report: one event, every source."""
    for key in [k for k in groups if len(k) == 3]:
        reports = groups.get(key[:2])
        if not reports:
            continue
        derived = groups[key][0]
        subjects = content_keys(" ".join(mentions[i].subject or "" for i in derived))
        for c in reports:
            if len(subjects & content_keys(mentions[c[0]].sentence)) >= 2:
                c.extend(groups.pop(key)[0])
                break


def _same_happening(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= MERGE_MIN_SHARED and shared / min(len(a), len(b)) >= MERGE_OVERLAP


def build_event_index(corpus: Corpus, table: AnniversaryTable | None = None) -> EventIndex:
    mentions = resolve_corpus(corpus, table)
    df: Counter[str] = Counter()
    n_paras = 0
    for a in corpus.articles:
        for p in a.paragraphs:
            df.update(_words(p.text))
            n_paras += 1
    return EventIndex.from_events(merge_mentions(mentions, df, n_paras), mentions)


def iter_range(start: datetime.date, days: int) -> Iterable[datetime.date]:
    for i in range(days):
        yield start + datetime.timedelta(days=i)
