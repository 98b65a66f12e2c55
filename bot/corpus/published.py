"""A document's own date as its metadata writes it: ISO 8601 (HTML <time>, meta tags, Atom) or
RFC 822 (RSS pubDate). The date is taken as written, in the publisher's own time zone: converting
"Tue, 02 Sep 2025 23:30 -0500" to UTC would move the article to the next day."""

from __future__ import annotations

import datetime
import email.utils
import re

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")  # 20250903, 20250903T101500Z
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")


def parse_published(value: str | None) -> datetime.date | None:
    """The calendar date in `value`, or None when it is not a date these formats write."""
    if not value or not value.strip():
        return None
    for rx in (_ISO, _COMPACT, _SLASHED):
        m = rx.match(value)
        if m:
            return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return _date(parsed.year, parsed.month, parsed.day)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    if year < 1000:  # "0001-01-01": a CMS's empty date, not a year anyone wrote in
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
