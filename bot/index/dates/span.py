"""A day or a range of days, each year known or not: the shape every date in the index shares
(a mention as written, a resolved mention, a dated event)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateSpan:
    month: int
    day: int
    year: int | None  # None: the year cannot be known
    end_month: int
    end_day: int
    end_year: int | None

    @property
    def is_range(self) -> bool:
        return (self.month, self.day, self.year) != (self.end_month, self.end_day, self.end_year)

    @property
    def start_iso(self) -> str:
        return f"{self.year if self.year is not None else 'XXXX'}-{self.month:02d}-{self.day:02d}"

    @property
    def end_iso(self) -> str:
        return f"{self.end_year if self.end_year is not None else 'XXXX'}-{self.end_month:02d}-{self.end_day:02d}"
