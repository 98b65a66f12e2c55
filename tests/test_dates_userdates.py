"""Dates as people type them, and clear refusals for impossible ones."""

from __future__ import annotations

import datetime

import pytest

from bot.chat.userinput import DateInputError, UserDate, parse_user_date

TODAY = datetime.date(2025, 9, 3)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("today", UserDate(9, 3, 2025)),
        ("tomorrow", UserDate(9, 4, 2025)),
        ("yesterday", UserDate(9, 2, 2025)),
        ("3 September", UserDate(9, 3)),
        ("Sep 3", UserDate(9, 3)),
        ("3 Sept", UserDate(9, 3)),
        ("Sept. 3", UserDate(9, 3)),
        ("September 3rd", UserDate(9, 3)),
        ("3rd of September", UserDate(9, 3)),
        ("09-03", UserDate(9, 3)),
        ("9/3", UserDate(9, 3)),  # month first, always
        ("2025-09-03", UserDate(9, 3, 2025)),
        ("9 мая", UserDate(5, 9)),
        ("22 июня", UserDate(6, 22)),
        ("9月3日", UserDate(9, 3)),
        ("1945年9月3日", UserDate(9, 3, 1945)),
        ("3 de septiembre", UserDate(9, 3)),
        ("29 February", UserDate(2, 29)),
        ("２０２５－０９－０３".replace("－", "-"), UserDate(9, 3, 2025)),  # full-width digits
    ],
)
def test_forms_people_type(typed: str, expected: UserDate) -> None:
    assert parse_user_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31 June", "June has only 30 days"),
        ("13-45", "no month 13"),
        ("02-30", "February has only 29 days"),
        ("2025-02-29", "not a leap year"),
        ("hello", "can't read"),
        ("", "Which day"),
    ],
)
def test_impossible_dates_are_refused_with_an_example(typed: str, says: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_user_date(typed, TODAY)
    assert says in info.value.message
    assert info.value.example
