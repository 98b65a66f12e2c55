"""`memorial-bot post-due [--at ISO-TIME] [--json]`: run the daily-post due-check once.

For operators (send what is due now, e.g. from cron instead of a long-running bot, or see what a
restart would catch up) and for tests (`--at` picks the instant). Exactly-once holds here too: a
post already sent by the bot or an earlier run is reported as skipped, never sent again.
Exit status: 0 when nothing failed, 1 when some post failed (details in the report).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from adapters.cli.common import add_corpus_arg, load_index, make_core
from bot.config import Settings

if TYPE_CHECKING:
    from bot.platform import Sender


def _instant(text: str) -> datetime:
    try:
        t = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time, e.g. 2025-09-03T09:00+03:00") from None
    if t.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a UTC offset, e.g. 2025-09-03T09:00+03:00")
    return t


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "post-due",
        help="send the daily posts due at an instant (default: now) and report sent/skipped/failed/uncertain",
    )
    p.add_argument(
        "--at", type=_instant, default=None, metavar="ISO-TIME", help="the instant, with offset: 2025-09-03T09:00+03:00"
    )
    p.add_argument("--json", action="store_true", help='print {"at", "sent", "skipped", "failed", "uncertain"} as JSON')
    add_corpus_arg(p)
    p.set_defaults(func=cmd_post_due)


def local_senders(*, console_out: Any = None) -> list[Sender]:
    """Senders this process can use without network: the console. Platform adapters add theirs
    where they run (the bot's runner passes its Telegram/Discord senders to the Deliverer)."""
    from adapters.console.sender import ConsoleSender

    return [ConsoleSender(console_out)]


def cmd_post_due(args: argparse.Namespace) -> int:
    # Imported here, as the chat in main.py: `search` needs no event loop, commands, store or delivery.
    import asyncio

    from bot.commands.dates import daily_post_builder
    from bot.daily.delivery import Deliverer
    from bot.store import open_store

    settings = Settings.from_env()
    core = make_core(load_index(args))
    store = open_store(settings.database_url, settings.data_dir)
    core.services.store = store
    # With --json, stdout is for the report only: console posts go to stderr.
    senders = local_senders(console_out=sys.stderr if args.json else None)
    deliverer = Deliverer(
        store,
        senders,
        daily_post_builder(core),
        grace=timedelta(hours=settings.grace_hours),
        send_tries=2,
        backoff=0.5,
        uncertain="resend" if settings.uncertain == "resend" else "skip",
    )
    try:
        report = asyncio.run(deliverer.run_due(args.at))
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(
            f"post-due at {report.at.isoformat()}: {len(report.sent)} sent, {len(report.skipped)} skipped, "
            f"{len(report.failed)} failed, {len(report.uncertain)} uncertain"
        )
        for label, outcomes in (
            ("sent", report.sent),
            ("skipped", report.skipped),
            ("failed", report.failed),
            ("uncertain", report.uncertain),
        ):
            for o in outcomes:
                why = f"  ({o.reason})" if o.reason else ""
                print(f"  {label:8} #{o.subscription} {o.platform}:{o.chat} {o.local_date.isoformat()}{why}")
    return 1 if report.failed or report.uncertain else 0  # uncertain: not known to be delivered
