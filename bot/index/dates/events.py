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
from dataclasses import dataclass, field, replace

from bot.corpus import Corpus
from bot.index.dates.anniversaries import AnniversaryTable, content_keys
from bot.index.dates.context import Context, contexts
from bot.index.dates.lexicon import MONTH_NAMES, WEEKDAYS
from bot.index.dates.resolve import ResolvedMention, day_label, resolve_corpus
from bot.index.dates.span import DateSpan
from bot.index.dates.text import number_word
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
    sources: tuple[SourceRef, ...]  # the source of `text` first
    mentions: tuple[ResolvedMention, ...] = ()
    context: str = ""  # one or two whole sentences around the date (`text` is the year rules' excerpt)
    snippet: str = ""  # what a chat shows: `context`, or its start and the stretch around the date
    commemorates: str | None = None  # a report of a commemoration: the event it commemorates
    commemorations: tuple[str, ...] = ()  # the reports that commemorate this event, oldest first

    @property
    def title(self) -> str:
        """The title of the article `text` comes from."""
        return self.sources[0].title if self.sources else ""

    @property
    def whole(self) -> str:
        return self.context or self.text

    @property
    def shown(self) -> str:
        return self.snippet or self.context or self.text

    def covers(self, month: int, day: int) -> bool:
        return (self.month, self.day) == (month, day) or (self.is_range and (month, day) in self.days())

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
    by_day_years: dict[int, tuple[int, ...]] = field(default_factory=dict, repr=False)  # known years, oldest first

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
        by_day_years: dict[int, tuple[int, ...]] = {}
        for key, evs in buckets.items():
            # History in order, as "Today in History" tells it: oldest first, then by place in the
            # corpus; unknown years last.
            evs.sort(key=chronological)
            by_day[key] = tuple(evs)
            per_year: dict[int | None, list[DatedEvent]] = defaultdict(list)
            for e in evs:
                per_year[e.year].append(e)
            by_day_year[key] = {y: tuple(v) for y, v in per_year.items()}
            by_day_years[key] = tuple(y for y in per_year if y is not None)
        ordinals = tuple(sorted(day_of_year(k // 100, k % 100) for k in by_day))
        return cls(
            events=tuple(events),
            mentions=tuple(mentions),
            by_day=by_day,
            by_day_year=by_day_year,
            by_id={e.event_id: e for e in events},
            day_ordinals=ordinals,
            by_day_years=by_day_years,
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

    def years_on(self, month: int, day: int) -> tuple[int, ...]:
        """The known years with events on a month-day, oldest first."""
        return self.by_day_years.get(day_key(month, day), ())

    def has(self, month: int, day: int, year: int | None = None) -> bool:
        return bool(self.on(month, day, year))

    def days_with_events(self) -> int:
        """How many days of the (leap) year have at least one event."""
        return len(self.day_ordinals)

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


def chronological(e: DatedEvent) -> tuple[bool, int, str, int, str]:
    first = e.sources[0] if e.sources else None
    return (e.year is None, e.year or 0, first.file if first else "", first.line if first else 0, e.event_id)


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
_CALENDAR_WORDS = frozenset(w.casefold() for w in (*MONTH_NAMES, *WEEKDAYS))
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
    mentions: Sequence[ResolvedMention],
    df: Counter[str] | None = None,
    n_paras: int = 0,
    contexts: Sequence[Context] | None = None,
) -> list[DatedEvent]:
    """Merge mentions of the same date that report the same happening, told apart by the rare names
    they share (people, places): plain word overlap would merge "Xi met the Cuban president on
    September 4" with "Xi met the Lao president on September 4". Then link each report of a
    commemoration to the event it commemorates, where the text says so, and merge the reports of
    one commemoration (see `_link_commemorations`). `contexts` holds each mention's whole
    sentence(s) (`bot.index.dates.context`); without them the excerpts stand in."""
    if df is None:
        df = Counter()
        for m in mentions:
            df.update(_words(m.sentence))
        n_paras = len(mentions)
    if contexts is None:
        contexts = [Context(m.sentence, m.sentence.find(m.text), len(m.text)) for m in mentions]
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
    clusters = [c for cs in groups.values() for c in cs]
    links = _link_commemorations(clusters, mentions, contexts)
    events: list[DatedEvent] = []
    event_of: dict[int, int] = {}  # cluster → index in events
    for ci, c in enumerate(clusters):
        if not c:
            continue  # merged into another report of the same commemoration
        ms = [mentions[i] for i in c]
        # The sentence that tells the original event itself ("on the same day 75 years ago, the
        # victories … marked …") speaks for a derived event better than a commemoration's.
        lead_i = min(c, key=lambda i: (BASIS_RANK[mentions[i].year_basis], mentions[i].derived == "commemoration"))
        lead = mentions[lead_i]
        first_i = lead_i if lead.derived else c[0]
        first = mentions[first_i]
        sources: list[SourceRef] = [SourceRef(first.article_id, first.title, first.file, first.line, first.where)]
        for m in ms:
            ref = SourceRef(m.article_id, m.title, m.file, m.line, m.where)
            if ref not in sources:
                sources.append(ref)
        ctx = contexts[first_i]
        event_of[ci] = len(events)
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
                context=ctx.text,
                snippet=ctx.snippet(),
            )
        )
    reports: dict[int, list[int]] = defaultdict(list)
    for report, original in links.items():
        if report in event_of and original in event_of:
            reports[event_of[original]].append(event_of[report])
    for o, rs in reports.items():
        rs.sort(key=lambda r: chronological(events[r]))
        oid = events[o].event_id
        events[o] = replace(events[o], commemorations=tuple(events[r].event_id for r in rs))
        for r in rs:
            events[r] = replace(events[r], commemorates=oid)
    order = {id(m): i for i, m in enumerate(mentions)}
    events.sort(key=lambda e: order[id(e.mentions[0])])
    return events


# --- reports of commemorations ----------------------------------------------------------------------

# "the commemoration of the war victory, September 3", "… held on September 3", "… in Beijing
# (September 3)": the date is the commemoration's own (English; other languages are not linked).
_COMMEMORATION_OF = re.compile(
    r"\b(?:commemorations?|celebrations?|ceremon(?:y|ies)|observances?|remembrance)\s+(?:of|for|marking)\s+"
    r"(?P<subj>[^,;()]{3,220}?)(?:,\s*(?:held\s+)?(?:on\s+)?|\s+(?:held\s+)?on\s+|\s*\(\s*)$",
    re.IGNORECASE,
)
_NTH_ANNIVERSARY = re.compile(r"\b([\w]+(?:-[\w]+)?)\s+anniversary\b", re.IGNORECASE)
_PLACE = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w’'-]+)")
PLACE_WINDOW = 60  # characters either side of a date where "in <Place>" tells where it happened


def _commemoration_subject(ctx: Context) -> str | None:
    """What a commemoration dated by this mention commemorates, when the date belongs to a
    commemoration noun phrase: "the commemoration of <subject>, held on <date>"."""
    if ctx.at < 0:
        return None
    found = _COMMEMORATION_OF.search(ctx.text, max(0, ctx.at - 260), ctx.at)
    return found.group("subj") if found else None


def _places(ctx: Context) -> frozenset[str]:
    if ctx.at < 0:
        return frozenset()
    window = ctx.text[max(0, ctx.at - PLACE_WINDOW) : ctx.at + ctx.length + PLACE_WINDOW]
    return frozenset(re.sub(r"[’']s$", "", w).casefold() for w in _PLACE.findall(window))


def _source_report(i: int, mentions: Sequence[ResolvedMention]) -> int | None:
    """The mention a derived one was counted from: the commemoration's own mention (listed just
    before it), or for "on the same day N years ago" the date before it in the same article."""
    d = mentions[i]
    if d.year is None:
        return None
    # A commemoration's own mention is the one just before; "the same day" counts from any date
    # before it in the article.
    stop = i - 2 if d.derived == "commemoration" else -1
    for j in range(i - 1, stop, -1):
        m = mentions[j]
        if m.article_id != d.article_id:
            return None
        if m.derived or m.year is None or m.is_range:
            continue
        if (m.month, m.day) == (d.month, d.day) and m.year > d.year:
            return j
    return None


def _link_commemorations(
    clusters: list[list[int]], mentions: Sequence[ResolvedMention], contexts: Sequence[Context]
) -> dict[int, int]:
    """Which clusters report a commemoration of which other cluster (report → original), where
    the text links them:

    * an original event inferred from a commemoration ("Nth anniversary commemorated on that very
      day", "on the same day N years ago") is commemorated by the report it was counted from;
    * a sentence that writes the same day twice with an "Nth anniversary" between the years
      ("the 80th anniversary of … (September 2, 1945 – 2025) … held on September 2");
    * "the commemoration of <subject>, <date>" whose words all belong to an earlier event of the
      same day, when only one earlier event fits.

    Reports of one commemoration — the same day, the same original, each dated as "the
    commemoration of …", and no different places named at the date — are merged into the first
    cluster (the others are emptied)."""
    cluster_of = {i: ci for ci, c in enumerate(clusters) for i in c}
    links: dict[int, int] = {}
    originals: set[int] = set()

    def link(report: int, original: int) -> None:
        # One level only: a report commemorates one event, and an event commemorated is no report.
        if report != original and report not in links and report not in originals and original not in links:
            links[report] = original
            originals.add(original)

    for i, m in enumerate(mentions):
        if m.derived:
            j = _source_report(i, mentions)
            if j is not None:
                link(cluster_of[j], cluster_of[i])
    by_sentence: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if not m.derived and m.year is not None:
            by_sentence[(m.article_id, m.line, contexts[i].text)].append(i)
    for (_, _, text), members in by_sentence.items():
        if len(members) < 2 or "anniversar" not in text.casefold():
            continue
        ordinals = {n for w in _NTH_ANNIVERSARY.findall(text) if (n := number_word(w))}
        for a in members:
            for b in members:
                ma, mb = mentions[a], mentions[b]
                if (ma.month, ma.day) == (mb.month, mb.day) and ma.year and mb.year and mb.year - ma.year in ordinals:
                    link(cluster_of[b], cluster_of[a])
    direct = set(links)  # reports the text ties to their original event most plainly
    subjects: dict[int, str] = {}
    for ci, c in enumerate(clusters):
        subj = next((s for i in c if not mentions[i].derived and (s := _commemoration_subject(contexts[i]))), None)
        if subj is not None:
            subjects[ci] = subj
    _link_by_subject(clusters, mentions, contexts, subjects, links)
    _merge_commemoration_reports(clusters, mentions, contexts, subjects, links, direct)
    return links


def _link_by_subject(
    clusters: list[list[int]],
    mentions: Sequence[ResolvedMention],
    contexts: Sequence[Context],
    subjects: dict[int, str],
    links: dict[int, int],
) -> None:
    originals = set(links.values())
    by_day: dict[tuple[int, int], list[int]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        m = mentions[c[0]]
        if m.year is not None:
            by_day[(m.month, m.day)].append(ci)
    said: dict[int, frozenset[str]] = {}  # each candidate's words, worked out once

    def keys_of(oc: int) -> frozenset[str]:
        if oc not in said:
            said[oc] = content_keys(" ".join(f"{contexts[i].text} {mentions[i].subject or ''}" for i in clusters[oc]))
        return said[oc]

    for ci, subj in subjects.items():
        if ci in links or ci in originals:
            continue
        report = mentions[clusters[ci][0]]
        wanted = content_keys(subj)
        if not wanted or report.year is None:
            continue
        fits = []
        for oc in by_day[(report.month, report.day)]:
            o = mentions[clusters[oc][0]]
            if oc in links or o.year is None or o.year >= report.year:
                continue
            if wanted <= keys_of(oc):
                fits.append(oc)
        known = [oc for oc in fits if oc in originals]
        chosen = known if known else fits
        if len(chosen) == 1:
            links[ci] = chosen[0]
            originals.add(chosen[0])


def _merge_commemoration_reports(
    clusters: list[list[int]],
    mentions: Sequence[ResolvedMention],
    contexts: Sequence[Context],
    subjects: dict[int, str],
    links: dict[int, int],
    direct: set[int],
) -> None:
    groups: dict[tuple[int, str, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    # A report tied plainly to its original leads the merged one: its sentence is about the
    # commemoration itself, not a passing mention of it.
    for ci in sorted(subjects, key=lambda c: (c not in direct, c)):
        if ci not in links or not clusters[ci]:
            continue
        m = mentions[clusters[ci][0]]
        places = frozenset().union(*(_places(contexts[i]) for i in clusters[ci]))
        key = (links[ci], m.start_iso, m.end_iso)
        into = next((g for g in groups[key] if not g[1] or not places or g[1] & places), None)
        if into is None:
            groups[key].append((ci, places))
            continue
        clusters[into[0]].extend(clusters[ci])
        clusters[ci] = []
        del links[ci]


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
    found = contexts(corpus, mentions)
    df: Counter[str] = Counter()
    n_paras = 0
    for a in corpus.articles:
        for p in a.paragraphs:
            df.update(_words(p.text))
            n_paras += 1
    return EventIndex.from_events(merge_mentions(mentions, df, n_paras, found), mentions)


def iter_range(start: datetime.date, days: int) -> Iterable[datetime.date]:
    for i in range(days):
        yield start + datetime.timedelta(days=i)
