"""/onthisday, /upcoming and /why: "on this day" answers built from the dated-event index.

Only "today" (and tomorrow/yesterday) reads a clock, and that clock is `ChatContext.now` in the
chat's timezone; every other answer depends on the corpus and the question alone. The functions
`onthisday_reply`, `has_events_on` and `next_anniversary_reply` are also the scheduler's entry points
for the daily post.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.chat.model import Arg, BotCore, ChatContext, Command
from bot.chat.today import chat_today
from bot.chat.userinput import DateInputError, parse_user_date
from bot.daily.delivery import PostBuilder
from bot.index.dates.events import DatedEvent, EventIndex, iter_range
from bot.index.dates.resolve import day_label
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
    page_actions,
    plain,
)
from bot.store import Subscription

MILESTONES_UP_TO_100 = (1, 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
PAGE_SIZE = 10  # events per /onthisday page: fits Telegram and a Discord embed with sources
UPCOMING_PAGE_SIZE = PAGE_SIZE  # events per /upcoming page: one Telegram message, as /onthisday
UPCOMING_DEFAULT_DAYS = 7
UPCOMING_MAX_DAYS = 366


def is_milestone(years: int) -> bool:
    """1, 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100, then every 25 years (125, 150…)."""
    return years in MILESTONES_UP_TO_100 or (years > 100 and years % 25 == 0)


def _milestone_years(ref_year: int) -> list[int]:
    ns = [*MILESTONES_UP_TO_100, *range(125, 1001, 25)]
    return [ref_year - n for n in ns]


@dataclass(frozen=True, slots=True)
class DayEvent:
    event: DatedEvent
    years_ago: int | None
    milestone: bool


def day_events_page(
    index: EventIndex, month: int, day: int, ref_year: int, offset: int = 0, limit: int | None = None
) -> tuple[list[DayEvent], int]:
    """One page of a day's events in answer order, and the day's total: milestone anniversaries
    first, the biggest first (the 80th of the victory before the 5th of a message), then every
    other event newest first, unknown years last. Milestones are
    looked up year by year and everything is read lazily, so a page costs the same at a million
    events as at forty."""
    keys = [(month, day)] + ([(2, 29)] if (month, day) == (2, 28) and not _leap(ref_year) else [])
    total = sum(len(index.on(m, d)) for m, d in keys)
    milestones = (
        DayEvent(ev, ref_year - y, True)
        for y in reversed(_milestone_years(ref_year))
        for m, d in keys
        for ev in index.on_year(m, d, y)
    )
    rest = (
        DayEvent(ev, ref_year - ev.year if ev.year is not None else None, False)
        for m, d in keys
        for ev in index.on(m, d)
        if ev.year is None or ref_year - ev.year <= 0 or not is_milestone(ref_year - ev.year)
    )
    ordered: Iterable[DayEvent] = itertools.chain(milestones, rest)
    if len(keys) > 1:  # a range over 28-29 February is listed under both days: show it once
        ordered = _unique(ordered)
    stop = None if limit is None else offset + limit
    return list(itertools.islice(ordered, offset, stop)), total


def _unique(items: Iterable[DayEvent]) -> Iterator[DayEvent]:
    seen: set[str] = set()
    for de in items:
        if de.event.event_id not in seen:
            seen.add(de.event.event_id)
            yield de


def events_for_day(index: EventIndex, month: int, day: int, ref_year: int) -> list[DayEvent]:
    """All of a day's events in answer order (see `day_events_page`)."""
    return day_events_page(index, month, day, ref_year)[0]


def _count_milestones(index: EventIndex, month: int, day: int, ref_year: int) -> int:
    keys = [(month, day)] + ([(2, 29)] if (month, day) == (2, 28) and not _leap(ref_year) else [])
    return sum(len(index.on_year(m, d, y)) for m, d in keys for y in _milestone_years(ref_year))


def _s(n: int) -> str:
    return "s" if n != 1 else ""


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def ago_label(years: int | None) -> str:
    if years is None:
        return "year unknown"
    if years == 0:
        return "this year"
    if years < 0:
        return f"in {-years} year{'s' if years != -1 else ''}"
    return f"{years} year{'s' if years != 1 else ''} ago"


def _event_item(de: DayEvent, n: int | None = None) -> ListItem:
    ev = de.event
    parts: list[Span] = []
    if n is not None:
        parts.append(Span(f"{n}. "))
    if ev.year is not None:
        parts.append(Span(str(ev.year), "strong"))
        parts.append(Span(f" ({ago_label(de.years_ago)})"))
    else:
        parts.append(Span("Year unknown", "em"))
    if ev.is_range:
        parts.append(Span(f" · {ev.date_label()}"))
    parts.append(Span(" — "))
    parts.append(Span(ev.text))
    return ListItem(tuple(parts), ev.sources, highlight=de.milestone)


def _nearest_note(index: EventIndex, month: int, day: int) -> tuple[list[Block], list[Action]]:
    before, after = index.nearest_days(month, day)
    if before is None or after is None:
        return [Paragraph(plain("The documents contain no dated events at all."))], []
    days = [after] if before == after else [before, after]
    labels = []
    actions = []
    for m, d in days:
        n = len(index.on(m, d))
        labels.append(f"{day_label(m, d)} ({n} event{'s' if n != 1 else ''})")
        actions.append(Action(day_label(m, d), "onthisday", {"date": f"{m:02d}-{d:02d}"}, kind="other"))
    return [Paragraph(plain("Nearest days with events: " + ", ".join(labels) + "."))], actions


def onthisday_reply(
    core: BotCore, month: int, day: int, today: datetime.date, page: int = 1, page_date: str | None = None
) -> Reply:
    """The /onthisday answer for month/day; `today` is only used for "N years ago". `page_date` is
    the date the page buttons carry (default MM-DD): a typed year must stay, or "N years ago" would
    change from one page to the next."""
    index = core.index.events
    label = day_label(month, day)
    first, total = day_events_page(index, month, day, today.year, 0, PAGE_SIZE)
    if not total:
        note, note_actions = _nearest_note(index, month, day)
        return Reply(
            blocks=(Paragraph(plain(f"Nothing in the documents is dated {label}.")), *note),
            actions=tuple(note_actions),
            title=f"On this day: {label}",
        )
    pages = max(1, -(-total // PAGE_SIZE))
    asked, page = page, min(max(page, 1), pages)
    shown = first if page == 1 else day_events_page(index, month, day, today.year, (page - 1) * PAGE_SIZE, PAGE_SIZE)[0]
    n_milestones = _count_milestones(index, month, day, today.year)
    blocks: list[Block] = [Heading(plain(f"On this day: {label}" + _page_label(page, pages))), *_no_page(asked, pages)]
    if page == 1:
        summary = f"{total} event{_s(total)}"
        if n_milestones:
            summary += f", {n_milestones} milestone anniversar{'ies' if n_milestones != 1 else 'y'} first"
        if (month, day) == (2, 28) and not _leap(today.year) and index.on(2, 29):
            summary += " (29 February events are shown on 28 February in common years)"
        blocks.append(Paragraph(plain(summary + ".")))
    current_group: object = object()
    for de in shown:
        group = "milestone" if de.milestone else de.event.year
        if group != current_group:
            current_group = group
            if de.milestone:
                blocks.append(Paragraph((Span("Milestone anniversaries", "strong"),)))
            elif de.event.year is None:
                blocks.append(Paragraph((Span("Year unknown", "strong"),)))
            else:
                blocks.append(Paragraph((Span(str(de.event.year), "strong"), Span(f" — {ago_label(de.years_ago)}"))))
        blocks.append(_event_item(de))
    actions = page_actions("onthisday", {"date": page_date or f"{month:02d}-{day:02d}"}, page, pages)
    for i, de in enumerate(shown, start=1):
        actions.append(Action(f"Why {i}", "why", {"event": de.event.event_id}, kind="other"))
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(actions),
        title=f"On this day: {label}",
        page=page if pages > 1 else None,
        pages=pages if pages > 1 else None,
    )


def _page_label(page: int, pages: int) -> str:
    """" · page 2 of 3" for a heading, so every platform shows where the reader is ("" for one page)."""
    return f" · page {page} of {pages}" if pages > 1 else ""


def _no_page(asked: int, pages: int) -> list[Block]:
    """A typed page past the end shows the last page, and says so rather than pretend."""
    if asked <= pages:
        return []
    where = "it all fits on one page" if pages == 1 else f"this is the last, page {pages}"
    return [Paragraph(plain(f"There is no page {asked}: {where}."))]


def has_events_on(core: BotCore, month: int, day: int) -> bool:
    return core.index.events.has(month, day)


def next_anniversary_reply(core: BotCore, today: datetime.date) -> Reply | None:
    """The nearest upcoming day (after `today`) that has events, for a daily post on an empty day."""
    nxt = core.index.events.next_day_with_events(today)
    if nxt is None:
        return None
    inner = onthisday_reply(core, nxt.month, nxt.day, nxt)
    days = (nxt - today).days
    lead = Paragraph(
        plain(f"Nothing in the documents is dated {day_label(today.month, today.day)}. Coming up in {days} "
              f"day{'s' if days != 1 else ''}, {day_label(nxt.month, nxt.day)}:")
    )  # fmt: skip
    return Reply(
        blocks=(lead, *inner.blocks), actions=inner.actions, title=f"Coming up: {day_label(nxt.month, nxt.day)}"
    )


# --- handlers ---------------------------------------------------------------------------------------


def _date_arg(
    today: datetime.date, args: Mapping[str, Any], command: str
) -> tuple[int, int, datetime.date, str | None] | Reply:
    """Month, day, the reference day for "N years ago", and the full date when a year was typed."""
    raw = str(args.get("date", "") or "").strip()
    if not raw:
        return today.month, today.day, today, None
    try:
        ud = parse_user_date(raw, today)
    except DateInputError as exc:
        return error_reply(exc.message, f"/{command} {exc.example}")
    if ud.year is None:
        return ud.month, ud.day, today, None
    # A full date sets the year "N years ago" is counted from; otherwise it is this year.
    return ud.month, ud.day, datetime.date(ud.year, 1, 1), f"{ud.year:04d}-{ud.month:02d}-{ud.day:02d}"


async def onthisday(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    got = _date_arg(chat_today(core.services, ctx), args, "onthisday")
    if isinstance(got, Reply):
        return got
    month, day, ref, full_date = got
    return onthisday_reply(core, month, day, ref, page=int(args.get("page", 1)), page_date=full_date)


def upcoming_days(index: EventIndex, start: datetime.date, days: int) -> list[tuple[datetime.date, list[DayEvent]]]:
    out = []
    for d in iter_range(start, days):
        items = events_for_day(index, d.month, d.day, d.year)
        if items:
            out.append((d, items))
    return out


def _span_label(first: datetime.date, last: datetime.date) -> str:
    """"30 November – 6 December 2026", with both years when the span crosses New Year (a span of
    366 days starts and ends on the same day of the year)."""
    if first == last:
        return f"{day_label(first.month, first.day)} {first.year}"
    if first.year == last.year:
        return f"{day_label(first.month, first.day)} – {day_label(last.month, last.day)} {last.year}"
    return f"{day_label(first.month, first.day)} {first.year} – {day_label(last.month, last.day)} {last.year}"


async def upcoming(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    days = int(args.get("days", UPCOMING_DEFAULT_DAYS))
    today = chat_today(core.services, ctx)
    found = upcoming_days(core.index.events, today, days)
    last = today + datetime.timedelta(days=days - 1)
    span = _span_label(today, last)
    if not found:
        note, note_actions = _nearest_note(core.index.events, today.month, today.day)
        return Reply(
            blocks=(Paragraph(plain(f"No dated events in the next {days} day{_s(days)} ({span}).")), *note),
            actions=tuple(note_actions),
            title="Coming up",
        )  # fmt: skip
    # Paged over events in day order, UPCOMING_PAGE_SIZE a page: slicing one fixed list keeps the
    # order of the whole answer whatever the page.
    listed = [(d, de) for d, items in found for de in items]
    pages = -(-len(listed) // UPCOMING_PAGE_SIZE)
    asked = int(args.get("page", 1))
    page = min(max(asked, 1), pages)
    start = (page - 1) * UPCOMING_PAGE_SIZE
    shown = listed[start : start + UPCOMING_PAGE_SIZE]
    carried = start > 0 and listed[start - 1][0] == shown[0][0]  # the page opens mid-day
    blocks: list[Block] = [Heading(plain(f"Coming up: {span}" + _page_label(page, pages))), *_no_page(asked, pages)]
    if page == 1:
        blocks.append(Paragraph(plain(f"{len(listed)} event{_s(len(listed))} on {len(found)} day{_s(len(found))}.")))
    crosses_year = last.year != today.year
    previous: datetime.date | None = None
    for d, de in shown:
        if d != previous:
            when = "today" if d == today else "tomorrow" if (d - today).days == 1 else d.strftime("%A")
            label = day_label(d.month, d.day) + (f" {d.year}" if crosses_year else "")
            more = ", continued" if previous is None and carried else ""
            blocks.append(Paragraph((Span(label, "strong"), Span(f" ({when}{more})"))))
            previous = d
        blocks.append(_event_item(de))
    return Reply(
        blocks=tuple(blocks),
        actions=tuple(page_actions("upcoming", {"days": days}, page, pages)),
        title="Coming up",
        page=page if pages > 1 else None,
        pages=pages if pages > 1 else None,
    )


_WORD = re.compile(r"[^\W_]{3,}")


def _find_events(index: EventIndex, query: str, today: datetime.date) -> Sequence[DatedEvent]:
    q = query.strip()
    ev = index.by_id.get(q) or index.by_id.get(q.lower())
    if ev is not None:
        return [ev]
    try:
        ud = parse_user_date(q, today)
        # "/why 1945-09-03": the events of that year when there are any, else the whole day.
        return index.on_year(ud.month, ud.day, ud.year)[:5] or index.on(ud.month, ud.day)[:5]
    except DateInputError:
        pass
    words = {w.casefold() for w in _WORD.findall(q)}
    if not words:
        return []
    scored = []
    for e in index.events:
        text_words = {w.casefold() for w in _WORD.findall(e.text + " " + " ".join(m.text for m in e.mentions))}
        score = len(words & text_words)
        if score:
            scored.append((-score, e.event_id, e))
    scored.sort(key=lambda t: (t[0], t[1]))
    best = scored[0][0] if scored else 0
    return [e for s, _, e in scored[:3] if s == best]


async def why(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    query = str(args.get("event", "")).strip()
    index = core.index.events
    found = _find_events(index, query, chat_today(core.services, ctx))
    if not found:
        return error_reply(
            f"No dated event matches “{query[:60]}”. Give an event number from /onthisday, a date or a few words.",
            "/why 7 July",
        )
    blocks: list[Block] = []
    for ev in found:
        blocks.append(Heading(plain(f"{ev.date_label()} — year {ev.year_basis}")))
        blocks.append(Quote(plain(ev.text), ev.sources[0]))
        for m in ev.mentions:
            src = SourceRef(m.article_id, m.title, m.file, m.line)
            dates = m.start_iso + (f" … {m.end_iso}" if m.end_iso != m.start_iso else "")
            spans = (Span(f"“{m.text}”", "code"), Span(f" → {dates} ({m.year_basis}): "), Span(m.why))
            blocks.append(ListItem(spans, (src,)))
    return Reply(blocks=tuple(blocks), title="How this date was worked out")


COMMANDS = (
    Command(
        "onthisday",
        "What happened on this day (or another day) in the documents",
        "Lists the events of a day of the year, grouped by year with “N years ago” and their sources; "
        "milestone anniversaries (1, 5, 10, 20, 25 … 75, 80, 90, 100 years) come first. Without a date it "
        "uses today in this chat's timezone. Dates: today, tomorrow, 3 September, Sep 3, 09-03 (month "
        "first), 2025-09-03, 9 мая, 9月3日.",
        onthisday,
        args=(
            Arg("date", "date", "A day: today, 3 September, Sep 3, 09-03, 9 мая, 9月3日", greedy=True),
            Arg("page", "int", "Result page", min_value=1, max_value=1000),
        ),
        examples=("/onthisday 3 September", "/onthisday 07-07", "/onthisday"),
    ),
    Command(
        "upcoming",
        "Dated events and anniversaries in the coming days",
        f"Lists the events whose day of the year falls in the next N days (default {UPCOMING_DEFAULT_DAYS}, "
        f"at most {UPCOMING_MAX_DAYS}), with how many years ago each happened.",
        upcoming,
        args=(
            Arg("days", "int", "How many days ahead", min_value=1, max_value=UPCOMING_MAX_DAYS),
            Arg("page", "int", "Result page", min_value=1, max_value=1000),
        ),
        examples=("/upcoming", "/upcoming 30", "/upcoming 366 2"),
    ),
    Command(
        "why",
        "How a date and its year were worked out",
        "Shows the sentence, the date as written, and the reasoning behind its year (stated, inferred "
        "from the article's time or context, or unknown) for an event number, a date or a few words.",
        why,
        args=(Arg("event", "text", "An event number from /onthisday, a date, or words", required=True, greedy=True),),
        examples=("/why 7 July", "/why Hogg"),
    ),
)


def daily_post_builder(core: BotCore) -> PostBuilder:
    """The post for a chat's local date: /onthisday for that date (milestones first); on a day
    without dated events, the nearest upcoming anniversary or nothing, as the chat chose."""

    def build(sub: Subscription, local_date: datetime.date) -> Reply | None:
        if has_events_on(core, local_date.month, local_date.day):
            return onthisday_reply(core, local_date.month, local_date.day, local_date)
        if sub.empty_day == "anniversary":
            return next_anniversary_reply(core, local_date)
        return None

    return build
