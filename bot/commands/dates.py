"""/onthisday, /upcoming and /why: "on this day" answers built from the dated-event index.

A day is told the way AP's "Today in History" tells it: a highlight first (the biggest round
anniversary, else the oldest event), the day's history next, by year, then the recent years ("One
year ago"), with each report of a commemoration listed under the event it commemorates. Every
item is numbered, reads on its own (article title, whole sentence, "N years ago", source) and says
`/why N` when its year was inferred; the chat remembers its last numbered list for `/why N`.

Only "today" (and tomorrow/yesterday) reads a clock, and that clock is `ChatContext.now` in the
chat's timezone; every other answer depends on the corpus and the question alone. The functions
`onthisday_reply`, `will_post` and `daily_post_builder` are also the daily post's.
"""

from __future__ import annotations

import datetime
import heapq
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.chat.model import Arg, BotCore, ChatContext, Command
from bot.chat.today import chat_today
from bot.chat.userinput import DateInputError, parse_user_date
from bot.config import MilestoneRule
from bot.daily.delivery import PostBuilder
from bot.i18n import N_, Translator, translator
from bot.index.dates.events import DatedEvent, EventIndex, chronological, iter_range
from bot.index.dates.reasons import render as render_why
from bot.index.dates.resolve import day_label
from bot.index.textnorm import STOPWORDS
from bot.replies import (
    Action,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Reply,
    SourceRef,
    Span,
    error_reply,
    in_language,
    page_actions,
    plain,
)
from bot.store import Subscription

PAGE_SIZE = 8  # events per /onthisday page: whole sentences and sources still fit one Telegram message
UPCOMING_PAGE_SIZE = PAGE_SIZE  # events per /upcoming page: one Telegram message, as /onthisday
WHY_PAGE_SIZE = 3  # events per /why page: each comes with every mention's reasoning
UPCOMING_DEFAULT_DAYS = 7
UPCOMING_MAX_DAYS = 366
# Events fewer years ago than this close the day ("One year ago"), as in AP's "Today in History":
# they are mostly news of last year's visits and ceremonies, not the day's history.
RECENT_YEARS = 10
TITLE_CHARS = 100  # a longer title is cut in chats (the JSON keeps it whole)
WEEK = 7  # the "coming up this week" notice covers the Monday it goes out and the six days after

Section = Literal["highlight", "history", "recent", "later", "unknown"]


@dataclass(frozen=True, slots=True)
class DayEvent:
    event: DatedEvent
    years_ago: int | None
    milestone: bool  # a round anniversary (MEMORIAL_MILESTONES): starred
    section: Section = "history"
    level: int = 0  # 1: a report listed under the event it commemorates


def ago_label(years: int | None, tr: Translator | None = None) -> str:
    return (tr or translator("en")).years_ago(years)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _anniversary(n: int, tr: Translator) -> str:
    """80th anniversary · 80-летие · 80周年 · 80.º aniversario."""
    if tr.english:
        return f"{_ordinal(n)} anniversary"
    # TRANSLATORS: a round anniversary, e.g. the 80th; English writes the ordinal (80th) itself.
    return tr.gettext("{n}th anniversary", n=n)


def event_date(ev: DatedEvent, tr: Translator) -> str:
    """An event's day or range as a reader writes it: 3 September 1945 · 3 сентября 1945 г."""
    if tr.english:
        return ev.date_label()
    if not ev.is_range:
        return tr.year_date(ev.month, ev.day, ev.year)
    if ev.year is None or ev.end_year is None:  # year unknown: 2000, a leap year, only holds the days
        wraps = (ev.end_month, ev.end_day) < (ev.month, ev.day)  # 30 December – 2 January
        first = datetime.date(2000 - wraps * 4, ev.month, ev.day)  # 1996 and 2000: both leap years
        last = datetime.date(2000, ev.end_month, ev.end_day)
        return tr.date_range(first, last, with_year=False)
    return tr.date_range(datetime.date(ev.year, ev.month, ev.day), datetime.date(ev.end_year, ev.end_month, ev.end_day))


def _section(years_ago: int | None) -> Section:
    if years_ago is None:
        return "unknown"
    if years_ago < 0:
        return "later"
    return "recent" if years_ago < RECENT_YEARS else "history"


# --- a day's events in answer order ---------------------------------------------------------------


def _keys(month: int, day: int, ref_year: int) -> list[tuple[int, int]]:
    """The month-days a day lists: in a common year 28 February also lists 29 February."""
    return [(month, day)] + ([(2, 29)] if (month, day) == (2, 28) and not _leap(ref_year) else [])


def _chronicle(index: EventIndex, keys: list[tuple[int, int]]) -> Iterator[DatedEvent]:
    if len(keys) == 1:
        yield from index.on(*keys[0])
        return
    seen: set[str] = set()  # a range over 28-29 February is listed under both days: show it once
    for ev in heapq.merge(*(index.on(m, d) for m, d in keys), key=chronological):
        if ev.event_id not in seen:
            seen.add(ev.event_id)
            yield ev


def _years(index: EventIndex, keys: list[tuple[int, int]]) -> Sequence[int]:
    if len(keys) == 1:
        return index.years_on(*keys[0])
    return sorted({y for m, d in keys for y in index.years_on(m, d)})


def _grouped(index: EventIndex, ev: DatedEvent, keys: list[tuple[int, int]]) -> bool:
    """A report listed under the event it commemorates, when that event is listed this day."""
    if ev.commemorates is None:
        return False
    original = index.by_id.get(ev.commemorates)
    return original is not None and any(original.covers(m, d) for m, d in keys)


def highlight(index: EventIndex, month: int, day: int, ref_year: int, rule: MilestoneRule) -> DatedEvent | None:
    """The day's most significant historical event: the biggest round anniversary, else the oldest
    event at least RECENT_YEARS old; None when the day has only recent news. Known years are kept
    oldest first per day, so this reads years until the first that fits, not every event."""
    keys = _keys(month, day, ref_year)
    years = _years(index, keys)
    year = next((y for y in years if rule(ref_year - y)), None)
    if year is None:
        year = next((y for y in years if ref_year - y >= RECENT_YEARS), None)
    if year is None:
        return None
    best: DatedEvent | None = None
    for m, d in keys:
        for ev in index.on_year(m, d, year):
            if _grouped(index, ev, keys):
                ev = index.by_id[ev.commemorates or ""]  # the commemorated event stands for its reports
            # The first of the year's events that is commemorated the most, then reported the most.
            if best is None or _weight(ev) > _weight(best):
                best = ev
    return best


def _weight(ev: DatedEvent) -> tuple[int, int]:
    return len(ev.commemorations), len(ev.sources)


def _ordered(index: EventIndex, month: int, day: int, ref_year: int, rule: MilestoneRule) -> Iterator[DayEvent]:
    keys = _keys(month, day, ref_year)

    def entry(ev: DatedEvent, section: Section | None, level: int = 0) -> DayEvent:
        ago = ref_year - ev.year if ev.year is not None else None
        return DayEvent(ev, ago, rule(ago), section or _section(ago), level)

    def with_reports(ev: DatedEvent, section: Section | None) -> Iterator[DayEvent]:
        top = entry(ev, section)
        yield top
        for rid in ev.commemorations:
            report = index.by_id.get(rid)
            if report is not None and any(report.covers(m, d) for m, d in keys):
                yield entry(report, top.section, 1)

    first = highlight(index, month, day, ref_year, rule)
    if first is not None:
        yield from with_reports(first, "highlight")
    for ev in _chronicle(index, keys):
        if ev is first or _grouped(index, ev, keys):
            continue
        yield from with_reports(ev, None)


def day_events_page(
    index: EventIndex,
    month: int,
    day: int,
    ref_year: int,
    offset: int = 0,
    limit: int | None = None,
    rule: MilestoneRule | None = None,
) -> tuple[list[DayEvent], int]:
    """One page of a day's events in answer order, and the day's total. Read lazily: a page costs
    about the same at a million events as at forty."""
    rule = rule or MilestoneRule.default()
    total = sum(len(index.on(m, d)) for m, d in _keys(month, day, ref_year))
    stop = None if limit is None else offset + limit
    return list(itertools.islice(_ordered(index, month, day, ref_year, rule), offset, stop)), total


def events_for_day(
    index: EventIndex, month: int, day: int, ref_year: int, rule: MilestoneRule | None = None
) -> list[DayEvent]:
    """All of a day's events in answer order (see `day_events_page`)."""
    return day_events_page(index, month, day, ref_year, rule=rule)[0]


def _count_round(index: EventIndex, month: int, day: int, ref_year: int, rule: MilestoneRule) -> int:
    total = 0
    for m, d in _keys(month, day, ref_year):
        for y in index.years_on(m, d):
            if rule(ref_year - y):
                total += len(index.on_year(m, d, y))
    return total


# --- items ---------------------------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip(" ,;:") + "…"


def event_item(
    index: EventIndex, de: DayEvent, n: int, parent: DatedEvent | None = None, tr: Translator | None = None
) -> ListItem:
    """One numbered item that reads on its own: year and "N years ago" (and which anniversary,
    when round), the article's title, the sentence(s) around the date with their subject, the
    years it was commemorated in, and `/why N` when the year was worked out rather than written."""
    tr = tr or translator("en")
    ev = de.event
    parts: list[Span] = [Span(f"{n}. ")]
    if ev.year is not None:
        round_ = f" · {_anniversary(de.years_ago, tr)}" if de.milestone and de.years_ago else ""
        parts += [Span(str(ev.year), "strong"), Span(f" ({tr.years_ago(de.years_ago)}{round_})")]
    else:
        parts.append(Span(tr.gettext("Year unknown"), "em"))
    if ev.is_range:
        parts.append(Span(f" · {event_date(ev, tr)}"))
    parts.append(Span(" — "))
    if ev.title:
        parts += [Span(_cut(ev.title, TITLE_CHARS), "em"), Span(": ")]
    if parent is not None and parent.whole == ev.whole:
        parts.append(Span(tr.gettext("the same passage.")))  # a sentence that dates both, shown just above
    else:
        parts.append(Span(f"“{ev.shown}”"))  # the corpus's own words, quoted as written
    if ev.commemorations and de.level == 0:
        years = sorted({r.year for rid in ev.commemorations if (r := index.by_id.get(rid)) and r.year is not None})
        if years:
            said = tr.gettext(" Commemorated in {years}.", years=tr.and_list([str(y) for y in years]))
            parts.append(Span(said))
    if ev.year_basis != "explicit":
        inferred = ev.year_basis == "inferred"
        parts.append(Span(tr.gettext(" Year inferred: ") if inferred else tr.gettext(" Year not stated: ")))
        parts.append(Span(f"/why {n}", "code"))
    return ListItem(tuple(parts), ev.sources, highlight=de.milestone, level=de.level)


_NUMBER_WORDS = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")


def _heading(de: DayEvent, tr: Translator) -> str:
    if de.section == "highlight":
        return tr.gettext("Highlight")
    if de.section == "history":
        return tr.gettext("History")
    if de.section == "recent":
        ago = de.years_ago or 0
        if ago == 0:
            return tr.gettext("This year")
        # English spells small numbers out ("Five years ago"); the catalogs write digits.
        word = _NUMBER_WORDS[ago] if tr.english and ago < len(_NUMBER_WORDS) else str(ago)
        return tr.ngettext("{word} year ago ({year})", "{word} years ago ({year})", ago, word=word, year=de.event.year)
    return tr.gettext("Later years") if de.section == "later" else tr.gettext("Year unknown")


def _items(
    index: EventIndex, shown: Sequence[DayEvent], first_number: int, headings: bool, tr: Translator
) -> list[Block]:
    """The numbered items, with a heading where the section (or the recent year) changes."""
    blocks: list[Block] = []
    group: object = object()
    parent: DatedEvent | None = None
    for i, de in enumerate(shown):
        if de.level == 0:
            parent = de.event
        key = (de.section, de.event.year if de.section == "recent" else None)
        if headings and key != group and (de.level == 0 or i == 0):
            group = key
            label = _heading(de, tr) + (tr.gettext(", continued") if de.level else "")
            blocks.append(Paragraph((Span(label, "strong"),)))
        blocks.append(event_item(index, de, first_number + i, parent if de.level else None, tr))
    return blocks


def _why_actions(shown: Sequence[DayEvent], first_number: int, tr: Translator) -> list[Action]:
    # TRANSLATORS: a button that explains item N; keep the number last (the chat remembers it).
    return [
        Action(tr.gettext("Why {n}", n=first_number + i), "why", {"event": de.event.event_id}, kind="other")
        for i, de in enumerate(shown)
    ]


_WHY_LABEL = re.compile(r"(\d+)\s*$")  # the number a "Why N" button ends with, in every language


def remember_listing(core: BotCore, platform: str, chat_id: str, key: str, reply: Reply) -> None:
    """Keep the numbers of a listing a chat was shown (from its "Why N" actions) for `/why N`."""
    numbers = {
        int(m.group(1)): str(a.args["event"])
        for a in reply.actions
        if a.command == "why" and (m := _WHY_LABEL.search(a.label)) and "event" in a.args
    }
    core.services.listings.remember(platform, chat_id, key, numbers)


def _listing_key(month: int, day: int, ref_year: int) -> str:
    return f"onthisday {month:02d}-{day:02d} {ref_year}"


# --- /onthisday ------------------------------------------------------------------------------------


def _nearest_note(index: EventIndex, month: int, day: int, tr: Translator) -> tuple[list[Block], list[Action]]:
    before, after = index.nearest_days(month, day)
    if before is None or after is None:
        return [Paragraph(plain(tr.gettext("The documents contain no dated events at all.")))], []
    days = [after] if before == after else [before, after]
    labels = []
    actions = []
    for m, d in days:
        n = len(index.on(m, d))
        labels.append(tr.ngettext("{day} ({n} event)", "{day} ({n} events)", n, day=tr.day_month(m, d)))
        # The date the button carries is ISO (MM-DD), read month first in every language.
        actions.append(Action(tr.day_month(m, d), "onthisday", {"date": f"{m:02d}-{d:02d}"}, kind="other"))
    days_list = ", ".join(labels) if tr.english else tr.and_list(labels)
    return [Paragraph(plain(tr.gettext("Nearest days with events: {days}.", days=days_list)))], actions


def onthisday_reply(
    core: BotCore,
    month: int,
    day: int,
    today: datetime.date,
    page: int = 1,
    page_date: str | None = None,
    tr: Translator | None = None,
) -> Reply:
    """The /onthisday answer for month/day; `today` is only used for "N years ago". `page_date` is
    the date the page buttons carry (default MM-DD): a typed year must stay, or "N years ago" would
    change from one page to the next."""
    tr = tr or translator("en")
    index = core.index.events
    rule = core.services.milestones
    label = tr.day_month(month, day)
    first, total = day_events_page(index, month, day, today.year, 0, PAGE_SIZE, rule)
    if not total:
        note, note_actions = _nearest_note(index, month, day, tr)
        return Reply(
            blocks=(Paragraph(plain(tr.gettext("Nothing in the documents is dated {day}.", day=label))), *note),
            actions=tuple(note_actions),
            title=tr.gettext("On this day: {day}", day=label),
        )
    pages = max(1, -(-total // PAGE_SIZE))
    asked, page = page, min(max(page, 1), pages)
    offset = (page - 1) * PAGE_SIZE
    shown = first if page == 1 else day_events_page(index, month, day, today.year, offset, PAGE_SIZE, rule)[0]
    heading = tr.gettext("On this day: {day}", day=label) + _page_label(page, pages, tr)
    blocks: list[Block] = [Heading(plain(heading)), *_no_page(asked, pages, tr)]
    if page == 1:
        summary = tr.ngettext("{n} event", "{n} events", total)
        n_round = _count_round(index, month, day, today.year, rule)
        if n_round:
            summary += tr.ngettext(", {n} round anniversary (★)", ", {n} round anniversaries (★)", n_round)
        if (month, day) == (2, 28) and not _leap(today.year) and index.on(2, 29):
            summary += tr.gettext(" (29 February events are shown on 28 February in common years)")
        blocks.append(Paragraph(plain(summary + ".") if tr.english else plain(tr.sentence(summary))))
    blocks += _items(index, shown, offset + 1, True, tr)
    actions = page_actions("onthisday", {"date": page_date or f"{month:02d}-{day:02d}"}, page, pages, tr)
    actions += _why_actions(shown, offset + 1, tr)
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(actions),
        title=tr.gettext("On this day: {day}", day=label),
        page=page if pages > 1 else None,
        pages=pages if pages > 1 else None,
    )


def _page_label(page: int, pages: int, tr: Translator) -> str:
    """ " · page 2 of 3" for a heading, so every platform shows where the reader is ("" for one page)."""
    return tr.gettext(" · page {page} of {pages}", page=page, pages=pages) if pages > 1 else ""


def _no_page(asked: int, pages: int, tr: Translator) -> list[Block]:
    """A typed page past the end shows the last page, and says so rather than pretend."""
    if asked <= pages:
        return []
    if pages == 1:
        return [Paragraph(plain(tr.gettext("There is no page {asked}: it all fits on one page.", asked=asked)))]
    note = tr.gettext("There is no page {asked}: this is the last, page {pages}.", asked=asked, pages=pages)
    return [Paragraph(plain(note))]


def has_events_on(core: BotCore, month: int, day: int, year: int | None = None) -> bool:
    """Whether a day has events; with a year, 28 February of a common year counts 29 February's."""
    return core.index.events.has(month, day, year)


# --- handlers ---------------------------------------------------------------------------------------


def _date_arg(
    today: datetime.date, args: Mapping[str, Any], command: str, tr: Translator
) -> tuple[int, int, datetime.date, str | None] | Reply:
    """Month, day, the reference day for "N years ago", and the full date when a year was typed."""
    raw = str(args.get("date", "") or "").strip()
    if not raw:
        return today.month, today.day, today, None
    try:
        ud = parse_user_date(raw, today, tr=tr)
    except DateInputError as exc:
        return error_reply(exc.message, f"/{command} {exc.example}", tr=tr)
    if ud.year is None:
        return ud.month, ud.day, today, None
    # A full date sets the year "N years ago" is counted from; otherwise it is this year.
    return ud.month, ud.day, datetime.date(ud.year, 1, 1), f"{ud.year:04d}-{ud.month:02d}-{ud.day:02d}"


async def onthisday(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    got = _date_arg(chat_today(core.services, ctx), args, "onthisday", ctx.tr)
    if isinstance(got, Reply):
        return got
    month, day, ref, full_date = got
    reply = onthisday_reply(core, month, day, ref, page=int(args.get("page", 1)), page_date=full_date, tr=ctx.tr)
    remember_listing(core, ctx.platform, ctx.chat_id, _listing_key(month, day, ref.year), reply)
    return reply


def upcoming_days(
    index: EventIndex, start: datetime.date, days: int, rule: MilestoneRule | None = None
) -> list[tuple[datetime.date, list[DayEvent]]]:
    out = []
    for d in iter_range(start, days):
        items = events_for_day(index, d.month, d.day, d.year, rule)
        if items:
            out.append((d, items))
    return out


def _span_label(first: datetime.date, last: datetime.date, tr: Translator) -> str:
    """ "30 November – 6 December 2026", with both years when the span crosses New Year (a span of
    366 days starts and ends on the same day of the year)."""
    if not tr.english:
        return tr.date(first) if first == last else f"{tr.date(first)} – {tr.date(last)}"
    if first == last:
        return f"{day_label(first.month, first.day)} {first.year}"
    if first.year == last.year:
        return f"{day_label(first.month, first.day)} – {day_label(last.month, last.day)} {last.year}"
    return f"{day_label(first.month, first.day)} {first.year} – {day_label(last.month, last.day)} {last.year}"


def upcoming_reply(
    core: BotCore,
    today: datetime.date,
    days: int,
    page: int = 1,
    *,
    heading: str = N_("Coming up"),
    tr: Translator | None = None,
) -> Reply | None:
    """The events of the `days` days from `today`, day by day, numbered, paged; None when there
    are none. `heading` is an English message, translated here."""
    tr = tr or translator("en")
    heading = tr.gettext(heading)
    found = upcoming_days(core.index.events, today, days, core.services.milestones)
    if not found:
        return None
    last = today + datetime.timedelta(days=days - 1)
    span = _span_label(today, last, tr)
    # Paged over events in day order, UPCOMING_PAGE_SIZE a page: slicing one fixed list keeps the
    # order of the whole answer whatever the page.
    listed = [(d, de) for d, items in found for de in items]
    pages = -(-len(listed) // UPCOMING_PAGE_SIZE)
    asked, page = page, min(max(page, 1), pages)
    start = (page - 1) * UPCOMING_PAGE_SIZE
    shown = listed[start : start + UPCOMING_PAGE_SIZE]
    carried = start > 0 and listed[start - 1][0] == shown[0][0]  # the page opens mid-day
    top = tr.gettext("{heading}: {span}", heading=heading, span=span) + _page_label(page, pages, tr)
    blocks: list[Block] = [Heading(plain(top)), *_no_page(asked, pages, tr)]
    if page == 1:
        on_days = tr.ngettext("on {n} day", "on {n} days", len(found))
        count = tr.ngettext("{n} event {on_days}.", "{n} events {on_days}.", len(listed), on_days=on_days)
        blocks.append(Paragraph(plain(count)))
    crosses_year = last.year != today.year
    index = core.index.events
    for d, group in itertools.groupby(enumerate(shown), key=lambda t: t[1][0]):
        day_items = [(i, de) for i, (_, de) in group]
        when = tr.gettext("today") if d == today else tr.gettext("tomorrow") if (d - today).days == 1 else tr.weekday(d)
        if tr.english:
            label = day_label(d.month, d.day) + (f" {d.year}" if crosses_year else "")
        else:
            label = tr.date(d) if crosses_year else tr.day_month(d.month, d.day)
        more = tr.gettext(", continued") if day_items[0][0] == 0 and carried else ""
        blocks.append(Paragraph((Span(label, "strong"), Span(f" ({when}{more})"))))
        blocks += _items(index, [de for _, de in day_items], start + day_items[0][0] + 1, False, tr)
    actions = page_actions("upcoming", {"days": days}, page, pages, tr)
    actions += _why_actions([de for _, de in shown], start + 1, tr)
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(actions),
        title=heading,
        page=page if pages > 1 else None,
        pages=pages if pages > 1 else None,
    )


async def upcoming(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    days = int(args.get("days", UPCOMING_DEFAULT_DAYS))
    today = chat_today(core.services, ctx)
    reply = upcoming_reply(core, today, days, int(args.get("page", 1)), tr=tr)
    if reply is None:
        span = _span_label(today, today + datetime.timedelta(days=days - 1), tr)
        note, note_actions = _nearest_note(core.index.events, today.month, today.day, tr)
        none = tr.ngettext(
            "No dated events in the next {n} day ({span}).", "No dated events in the next {n} days ({span}).", days,
            span=span,
        )  # fmt: skip
        return Reply(
            blocks=(Paragraph(plain(none)), *note),
            actions=tuple(note_actions),
            title=tr.gettext("Coming up"),
        )  # fmt: skip
    remember_listing(core, ctx.platform, ctx.chat_id, f"upcoming {today.isoformat()} {days}", reply)
    return reply


# --- /why ------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_LISTING_NUMBER = 9999  # "/why 3" is a number on screen; an event id has 7 hex digits


def _fold(text: str) -> str:
    """Case and accents off, so "Tiananmen" typed on any keyboard finds what is written."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_fold(text)) if w not in STOPWORDS}


# How an event's year was found (the index's words), as the /why heading says it.
_BASIS = {"explicit": N_("year explicit"), "inferred": N_("year inferred"), "unknown": N_("year unknown")}
_BASIS_WORD = {"explicit": N_("explicit"), "inferred": N_("inferred"), "unknown": N_("unknown")}


def _why_blocks(ev: DatedEvent, n: int | None, tr: Translator) -> list[Block]:
    number = f"{n}. " if n is not None else ""
    basis = tr.gettext(_BASIS[ev.year_basis]) if ev.year_basis in _BASIS else f"year {ev.year_basis}"
    blocks: list[Block] = [
        Heading(plain(f"{number}{event_date(ev, tr)} — {basis}")),
        Quote(plain(ev.whole), ev.sources[0] if ev.sources else None),
    ]
    for m in ev.mentions:
        src = SourceRef(m.article_id, m.title, m.file, m.line, m.where)
        dates = m.start_iso + (f" … {m.end_iso}" if m.end_iso != m.start_iso else "")
        word = tr.gettext(_BASIS_WORD[m.year_basis]) if m.year_basis in _BASIS_WORD else m.year_basis
        # The index's reasoning (bot/index/dates/reasons.py), said in the reply's language.
        spans = (Span(f"“{m.text}”", "code"), Span(f" → {dates} ({word}): "), Span(render_why(m.why, tr)))
        blocks.append(ListItem(spans, (src,)))
    return blocks


def _why_number(core: BotCore, ctx: ChatContext, n: int) -> Reply:
    tr = ctx.tr
    listing = core.services.listings.last(ctx.platform, ctx.chat_id)
    if listing is None:
        return error_reply(
            tr.gettext(
                "There is no numbered list in this chat yet: /why {n} takes a number from the last "
                "/onthisday, /upcoming or daily post here. A date lists the whole day's reasoning.",
                n=n,
            ),
            "/why 3 September",
            tr=tr,
        )
    event_id = listing.numbers.get(n)
    ev = core.index.events.by_id.get(event_id) if event_id else None
    if ev is None:
        lo, hi = min(listing.numbers), max(listing.numbers)
        shown = f"{lo}" if lo == hi else f"{lo}–{hi}"
        return error_reply(
            tr.gettext(
                "Number {n} is not on the last list shown here ({shown}). List the day again, or give a date.",
                n=n,
                shown=shown,
            ),
            f"/why {lo}",
            tr=tr,
        )
    return Reply(blocks=tuple(_why_blocks(ev, n, tr)), title=tr.gettext("How this date was worked out"))


def _why_day(core: BotCore, ctx: ChatContext, query: str, month: int, day: int, ref: datetime.date, page: int) -> Reply:
    """Every event of a day, numbered as /onthisday numbers them, with its reasoning; paged."""
    tr = ctx.tr
    index = core.index.events
    rule = core.services.milestones
    label = tr.day_month(month, day)
    offset = (max(page, 1) - 1) * WHY_PAGE_SIZE
    shown, total = day_events_page(index, month, day, ref.year, offset, WHY_PAGE_SIZE, rule)
    if not total:
        note, note_actions = _nearest_note(index, month, day, tr)
        return Reply(
            blocks=(Paragraph(plain(tr.gettext("Nothing in the documents is dated {day}.", day=label))), *note),
            actions=tuple(note_actions),
            title=tr.gettext("How this date was worked out"),
        )
    pages = -(-total // WHY_PAGE_SIZE)
    if not shown:  # a typed page past the end: the last one, and say so
        page = pages
        offset = (pages - 1) * WHY_PAGE_SIZE
        shown = day_events_page(index, month, day, ref.year, offset, WHY_PAGE_SIZE, rule)[0]
    summary = tr.ngettext(
        "{day}: {n} event, each with how its year was found{page}.",
        "{day}: {n} events, each with how its year was found{page}.",
        total,
        day=label,
        page=_page_label(page, pages, tr),
    )
    blocks: list[Block] = [Paragraph(plain(summary))]
    for i, de in enumerate(shown):
        blocks += _why_blocks(de.event, offset + i + 1, tr)
    actions = page_actions("why", {"event": query}, page, pages, tr)
    actions += _why_actions(shown, offset + 1, tr)
    reply = Reply(
        blocks=tuple(blocks),
        actions=tuple(actions),
        title=tr.gettext("How the dates of {day} were worked out", day=label),
        page=page if pages > 1 else None,
        pages=pages if pages > 1 else None,
    )
    remember_listing(core, ctx.platform, ctx.chat_id, _listing_key(month, day, ref.year), reply)
    return reply


def _why_words(core: BotCore, query: str, words: set[str], page: int, tr: Translator) -> Reply:
    scored = []
    for e in core.index.events.events:
        said = _content_words(e.whole + " " + " ".join(m.text for m in e.mentions))
        score = len(words & said)
        if score:
            scored.append((-score, chronological(e), e))
    if not scored:
        return error_reply(
            tr.gettext(
                "No dated event mentions {words}. Give a date, an event number or other words.",
                words=tr.and_list(sorted(words)),
            ),
            "/why 7 July",
            tr=tr,
        )
    scored.sort(key=lambda t: (t[0], t[1]))
    best = scored[0][0]
    # Most of the words, at least: one shared word of three is no match.
    if -best * 2 < len(words):
        message = tr.gettext("No dated event mentions all of {words}.", words=tr.and_list(sorted(words)))
        return error_reply(message, "/why 7 July", tr=tr)
    found = [e for s, _, e in scored if s == best]
    pages = -(-len(found) // WHY_PAGE_SIZE)
    page = min(max(page, 1), pages)
    blocks: list[Block] = []
    for ev in found[(page - 1) * WHY_PAGE_SIZE : page * WHY_PAGE_SIZE]:
        blocks += _why_blocks(ev, None, tr)
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(page_actions("why", {"event": query}, page, pages, tr)),
        title=tr.gettext("How this date was worked out"),
        page=page if pages > 1 else None,
        pages=pages if pages > 1 else None,
    )


async def why(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    query = str(args.get("event", "")).strip()
    page = int(args.get("page", 1))
    index = core.index.events
    today = chat_today(core.services, ctx)
    if query.isdecimal() and int(query) <= MAX_LISTING_NUMBER:
        return _why_number(core, ctx, int(query))
    ev = index.by_id.get(query) or index.by_id.get(query.lower())
    if ev is not None:
        return Reply(blocks=tuple(_why_blocks(ev, None, tr)), title=tr.gettext("How this date was worked out"))
    try:
        ud = parse_user_date(query, today, tr=tr)
    except DateInputError:
        pass
    else:
        ref = today if ud.year is None else datetime.date(ud.year, 1, 1)
        return _why_day(core, ctx, query, ud.month, ud.day, ref, page)
    words = _content_words(query)
    if not words:
        return error_reply(
            tr.gettext(
                "“{query}” is too common to pick out an event: give a name, a place, a date or an event "
                "number from the last list.",
                query=query[:60],
            ),
            "/why Hogg",
            "/why 7 July",
            tr=tr,
        )
    return _why_words(core, query, words, page, tr)


COMMANDS = (
    Command(
        "onthisday",
        N_("What happened on this day (or another day) in the documents"),
        N_(
            "Lists the events of a day of the year, numbered: the highlight first (the biggest round "
            "anniversary: every 10th, the 25th and 75th, every 5th from the 50th), then the day's history by "
            "year, then recent years, each with its article, the sentence, “N years ago” and its source. "
            "Without a date it uses today in this chat's timezone. Dates: today, tomorrow, 3 September, "
            "Sep 3, 09-03, 2025-09-03, 9 мая, 9月3日."
        ),
        onthisday,
        args=(
            Arg("date", "date", N_("A day: today, 3 September, Sep 3, 09-03, 9 мая, 9月3日"), greedy=True),
            Arg("page", "int", N_("Result page"), min_value=1, max_value=1000),
        ),
        examples=("/onthisday 3 September", "/onthisday 07-07", "/onthisday"),
    ),
    Command(
        "upcoming",
        N_("Dated events and anniversaries in the coming days"),
        # The numbers are UPCOMING_DEFAULT_DAYS and UPCOMING_MAX_DAYS.
        N_(
            "Lists the events whose day of the year falls in the next N days (default 7, "
            "at most 366), numbered, with how many years ago each happened."
        ),
        upcoming,
        args=(
            Arg("days", "int", N_("How many days ahead"), min_value=1, max_value=UPCOMING_MAX_DAYS),
            Arg("page", "int", N_("Result page"), min_value=1, max_value=1000),
        ),
        examples=("/upcoming", "/upcoming 30", "/upcoming 366 2"),
    ),
    Command(
        "why",
        N_("How a date and its year were worked out"),
        N_(
            "Shows the sentence, the date as written, and the reasoning behind its year (stated, inferred "
            "from the article's time or context, or unknown): for a number from the last list shown here "
            "(/why 3), every event of a date (/why 3 September, paged), or a few words (/why Hogg)."
        ),
        why,
        args=(
            Arg("event", "text", N_("A number from the last list, a date, or words"), required=True, greedy=True),
            Arg("page", "int", N_("Result page"), min_value=1, max_value=1000),
        ),
        examples=("/why 7 July", "/why 1", "/why Hogg"),
    ),
)


# --- the daily post --------------------------------------------------------------------------------


def _week_notice_due(core: BotCore, day: datetime.date) -> bool:
    """The "coming up this week" notice goes out on a Monday, and only when something in the seven
    days from it is dated: at most once a week, without remembering what was sent."""
    index = core.index.events
    return day.weekday() == 0 and any(index.has(d.month, d.day, d.year) for d in iter_range(day, WEEK))


def will_post(core: BotCore, empty_day: str, day: datetime.date) -> bool:
    """Whether a subscription with this empty-days choice gets a post on its local `day`."""
    if has_events_on(core, day.month, day.day, day.year):
        return True
    return empty_day == "anniversary" and _week_notice_due(core, day)


def week_ahead_reply(core: BotCore, day: datetime.date, tr: Translator | None = None) -> Reply | None:
    """The notice for an empty Monday under `empty-days upcoming`, or None on other days."""
    tr = tr or translator("en")
    if not _week_notice_due(core, day):
        return None
    inner = upcoming_reply(core, day, WEEK, heading=N_("Coming up this week"), tr=tr)
    if inner is None:
        return None
    lead = Paragraph(plain(tr.gettext("Nothing in the documents is dated {day}. This week:",
                                      day=tr.day_month(day.month, day.day))))  # fmt: skip
    return Reply(blocks=(lead, *inner.blocks), actions=inner.actions, title=inner.title, page=inner.page,
                 pages=inner.pages)  # fmt: skip


def daily_post_builder(core: BotCore) -> PostBuilder:
    """The post for a chat's local date: /onthisday for that date. On a day without dated events,
    nothing — or, for `empty-days upcoming`, the week's notice on Mondays. The chat's numbers are
    remembered, so `/why 2` works on the post. The post is in the chat's language (/language, else
    the platform's language recorded by /subscribe, else the operator's default)."""

    def build(sub: Subscription, local_date: datetime.date) -> Reply | None:
        m, d = local_date.month, local_date.day
        tr = core.services.post_language_for(sub.platform, sub.chat_id)
        if has_events_on(core, m, d, local_date.year):
            reply = onthisday_reply(core, m, d, local_date, tr=tr)
            remember_listing(core, sub.platform, sub.chat_id, _listing_key(m, d, local_date.year), reply)
            return in_language(reply, tr)  # for the adapter's own words, and the sources' places
        if sub.empty_day == "anniversary":
            week = week_ahead_reply(core, local_date, tr)
            if week is not None:
                remember_listing(core, sub.platform, sub.chat_id, f"week {local_date.isoformat()}", week)
                return in_language(week, tr)
        return None

    return build


def count_days_with_events(core: BotCore) -> int:
    return core.index.events.days_with_events()


def next_dated_day(core: BotCore, after: datetime.date) -> datetime.date | None:
    """The first day after `after` with dated events (within a year)."""
    for d in iter_range(after + datetime.timedelta(days=1), 366):
        if has_events_on(core, d.month, d.day, d.year):
            return d
    return None
