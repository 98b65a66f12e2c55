"""`memorial-bot dates`, `onthisday` and `upcoming`: the dated events, machine-readable.

`dates --json` prints every day mention found; `onthisday MM-DD … --json` one line per requested
day; `upcoming --from YYYY-MM-DD --days N --json` one line per coming day that has events. The
only clock read is the default of `--today`/`--from` (the machine's date); pass them for answers
that are the same on every run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from typing import TYPE_CHECKING

from adapters.cli.common import add_corpus_arg, load_index
from bot.config import milestones_from_env

if TYPE_CHECKING:  # the commands are imported when they run: every other subcommand starts faster
    from bot.commands.dates import DayEvent
    from bot.index.dates.events import EventIndex
    from bot.index.dates.resolve import ResolvedMention


def _mention_json(m: ResolvedMention) -> dict[str, object]:
    out: dict[str, object] = {
        "file": m.file,
        "line": m.line,
        "text": m.text,
        "start": m.start_iso,
        "end": m.end_iso,
        "year_basis": m.year_basis,
        "why": m.why,
        "event": m.sentence,
        "article_id": m.article_id,
    }
    if m.derived:
        # An original event inferred from a later date (an anniversary held on that day, "the same
        # day 75 years ago"): listed after the mention it comes from, with the same file and line.
        out["derived"] = m.derived
    return out


def _day_event_json(de: DayEvent, number: int, index: EventIndex) -> dict[str, object]:
    """One listed event: whole title and whole sentence(s) (`text`), and the `snippet` a chat shows;
    `number` is the one on screen (`/why N`), `section` where it stands in the day."""
    ev = de.event
    reports = [r for rid in ev.commemorations if (r := index.by_id.get(rid)) is not None]
    return {
        "number": number,
        "section": de.section,
        "level": de.level,
        "year": ev.year,
        "years_ago": de.years_ago,
        "milestone": de.milestone,
        "title": ev.title,
        "text": ev.whole,
        "snippet": ev.shown,
        "start": ev.mentions[0].start_iso if ev.mentions else None,
        "end": ev.mentions[0].end_iso if ev.mentions else None,
        "year_basis": ev.year_basis,
        "why": ev.why,
        "event_id": ev.event_id,
        "commemorates": ev.commemorates,
        "commemorated_in": [{"event_id": r.event_id, "year": r.year} for r in reports],
        "sources": [{"article_id": s.article_id, "title": s.title, "file": s.file, "line": s.line} for s in ev.sources],
    }


def _iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def cmd_dates(args: argparse.Namespace) -> int:
    index = load_index(args)
    for m in index.events.mentions:
        if args.json:
            print(json.dumps(_mention_json(m), ensure_ascii=False))
        else:
            rng = m.start_iso + (f"..{m.end_iso}" if m.end_iso != m.start_iso else "")
            print(f"{m.file}:{m.line}  {rng:23} {m.year_basis:8} {m.text!r}  — {m.why}")
    return 0


def cmd_onthisday(args: argparse.Namespace) -> int:
    from bot.chat.userinput import DateInputError, parse_user_date
    from bot.commands.dates import events_for_day

    today: datetime.date = args.today or datetime.date.today()
    days = []
    for raw in args.days:
        try:
            ud = parse_user_date(raw, today)
        except DateInputError as exc:
            print(f"memorial-bot onthisday: {exc.message} (e.g. {exc.example})", file=sys.stderr)
            return 2
        days.append(ud)
    rule = milestones_from_env()
    index = load_index(args)
    for ud in days:
        ref = ud.year or today.year
        items = events_for_day(index.events, ud.month, ud.day, ref, rule)
        _print_day(f"{ud.month:02d}-{ud.day:02d}", None, items, 1, index.events, args.json)
    return 0


def cmd_upcoming(args: argparse.Namespace) -> int:
    from bot.commands.dates import upcoming_days

    start: datetime.date = getattr(args, "from") or datetime.date.today()
    if not 1 <= args.days <= 366:
        print("memorial-bot upcoming: --days must be between 1 and 366", file=sys.stderr)
        return 2
    rule = milestones_from_env()
    index = load_index(args)
    number = 1  # numbered across the days, as the chat numbers /upcoming
    for d, items in upcoming_days(index.events, start, args.days, rule):
        _print_day(f"{d.month:02d}-{d.day:02d}", d, items, number, index.events, args.json)
        number += len(items)
    return 0


def _print_day(
    mmdd: str, on: datetime.date | None, items: list[DayEvent], first: int, index: EventIndex, as_json: bool
) -> None:
    if as_json:
        obj: dict[str, object] = {"date": mmdd}
        if on is not None:
            obj["on"] = on.isoformat()
        obj["events"] = [_day_event_json(de, first + i, index) for i, de in enumerate(items)]
        print(json.dumps(obj, ensure_ascii=False), flush=True)
        return
    print(f"{mmdd}{' (' + on.isoformat() + ')' if on else ''}: {len(items)} event(s)")
    for i, de in enumerate(items):
        ev = de.event
        star = "★" if de.milestone else "◦" if de.level else "•"
        when = f"{ev.year} ({de.years_ago} years ago)" if ev.year is not None else "year unknown"
        src = ", ".join(f"{s.file}:{s.line}" for s in ev.sources)
        indent = "    " * de.level
        print(f"{indent}  {star} {first + i}. {when} — {ev.title}: {ev.shown}\n{indent}      [{ev.year_basis}] {src}")


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("dates", help="every day mention in the corpus with its resolved year")
    p.add_argument("--json", action="store_true", help="one JSON object per mention")
    add_corpus_arg(p)
    p.set_defaults(func=cmd_dates)

    p = subparsers.add_parser("onthisday", help="events of given days of the year, e.g. onthisday 09-03 07-07")
    p.add_argument("days", nargs="+", metavar="MM-DD", help="days: MM-DD (month first), or e.g. '3 September'")
    p.add_argument("--today", type=_iso_date, default=None, help="count 'years ago' from this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="one JSON object per requested day")
    add_corpus_arg(p)
    p.set_defaults(func=cmd_onthisday)

    p = subparsers.add_parser("upcoming", help="dated events in the coming days")
    p.add_argument("--from", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="first day (default: today)")
    p.add_argument("--days", type=int, default=7, help="how many days, 1–366 (default 7)")
    p.add_argument("--json", action="store_true", help="one JSON object per day that has events")
    add_corpus_arg(p)
    p.set_defaults(func=cmd_upcoming)
