"""When a subscription is due: the post instant of a local date under the DST rule, the dates due
at an instant, and the next post. The due-check, the scheduler's triggers and /settings all use
these, so they agree to the minute."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.store import Subscription
from bot.timezones import local_date, tzinfo_for


def scheduled_at(hour: int, minute: int, tz_name: str, local_date: date) -> datetime:
    """The UTC instant of the post for `local_date` at hour:minute local time.

    DST rule (RFC 5545's, and Python's fold=0): a local time that does not exist that day (inside
    the spring-forward gap) is read with the offset in force before the gap, so 02:30 becomes
    03:30 when clocks jump from 02:00 to 03:00; a local time that occurs twice (autumn) means its
    first occurrence. Either way there is exactly one post instant per local date.
    """
    local = datetime(local_date.year, local_date.month, local_date.day, hour, minute, tzinfo=tzinfo_for(tz_name))
    return local.astimezone(UTC)


def due_dates(sub: Subscription, at: datetime, grace: timedelta) -> list[date]:
    """The local dates whose post is due at `at`: scheduled ≤ at < scheduled + grace."""
    today = local_date(sub.timezone, at)
    days = max(1, -(-grace // timedelta(days=1)))  # how far back a grace window can reach
    out = []
    for back in range(days, -1, -1):
        d = today - timedelta(days=back)
        t = scheduled_at(sub.hour, sub.minute, sub.timezone, d)
        if t <= at < t + grace:
            out.append(d)
    return out


def next_post_at(hour: int, minute: int, tz_name: str, after: datetime) -> tuple[date, datetime]:
    """The first post strictly after `after`: its local date and UTC instant."""
    d = local_date(tz_name, after) - timedelta(days=1)
    while True:
        t = scheduled_at(hour, minute, tz_name, d)
        if t > after:
            return d, t
        d += timedelta(days=1)
