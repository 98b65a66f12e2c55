"""/onthisday, /upcoming and /why: the "on this day" answers built from the dated-event index.

Stub: the signatures below are the contract the scheduler (daily post) builds against; the real
bodies land in the next commits.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from bot.replies import Reply, text_reply

if TYPE_CHECKING:
    from bot.core import Core

COMMANDS: tuple = ()


def onthisday_reply(core: Core, month: int, day: int, today: datetime.date) -> Reply:
    """The /onthisday answer for month/day; `today` is only used for "N years ago"."""
    return text_reply(f"Nothing recorded for {month:02d}-{day:02d} yet.")


def has_events_on(core: Core, month: int, day: int) -> bool:
    return False


def next_anniversary_reply(core: Core, today: datetime.date) -> Reply | None:
    """The nearest upcoming day (after `today`) that has events, for a daily post on an empty day."""
    return None
