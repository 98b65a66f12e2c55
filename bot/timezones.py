"""Time zones in one home: canonical names, UTC offsets, tzinfo, the local date of an instant, and
the clock. Subscriptions store a zone as an IANA name, "UTC", or a fixed offset "UTC+08:00"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

# "UTC+8", "GMT-03:30", "+05:30", "UTC−5" (a typographic minus): the one offset pattern, for what
# users type and for the canonical "UTC+08:00" form stored in subscriptions. (The sign class lists
# its three characters: written "+-−" it would be a range taking in digits and letters.)
OFFSET_RE = re.compile(r"^(?:UTC|GMT)?\s*([-+−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
MIN_OFFSET, MAX_OFFSET = -12 * 60, 14 * 60  # minutes: the offsets in use on Earth


Clock = Callable[[], datetime]  # injected wherever "now" is read, so tests can set it


def utcnow() -> datetime:
    return datetime.now(UTC)


@cache
def zone_names() -> dict[str, str]:
    """Lower-cased IANA names → their spelling in the tz database."""
    return {name.lower(): name for name in available_timezones()}


def offset_minutes(text: str) -> int | None:
    """Minutes east of UTC for an offset such as "UTC+8" or "UTC+08:00"; None if not one, or
    out of range."""
    m = OFFSET_RE.match(text.strip())
    if not m:
        return None
    sign = -1 if m.group(1) in "-−" else 1
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    total = sign * (hours * 60 + minutes)
    if minutes >= 60 or not MIN_OFFSET <= total <= MAX_OFFSET:
        return None
    return total


def offset_name(total: int) -> str:
    """The canonical name of a fixed offset: "UTC" or "UTC+08:00"."""
    if total == 0:
        return "UTC"
    return f"UTC{'+' if total > 0 else '-'}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


@cache
def tzinfo_for(name: str) -> tzinfo:
    """The tzinfo for a canonical zone name (as stored in a subscription)."""
    if name == "UTC":
        return UTC
    total = offset_minutes(name)
    if total is not None:
        return timezone(timedelta(minutes=total), name)
    return ZoneInfo(name)


def local_date(zone: str, instant: datetime) -> date:
    """The calendar date at `instant` in `zone` (a naive instant is read as UTC)."""
    aware = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return aware.astimezone(tzinfo_for(zone)).date()
