"""The words of dates, in one place: month names (English, Russian genitive, Spanish), their
abbreviations and stems, and weekday names. The text reader (extract) and the reader of what users
type (bot/chat/userinput.py) both use these tables."""

from __future__ import annotations

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip

EN_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
RU_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
ES_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Weekday stems in other languages, Monday first (Russian in any case: "в субботу", "суббота").
WEEKDAY_STEMS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
WEEKDAY_STEMS_RU = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")

# Stems of Russian month names in any case ("январь", "января", "янв."); May only as май/мая/мае.
RU_MONTH_STEMS = (
    ("январ", "янв"), ("феврал", "фев"), ("март", "мар"), ("апрел", "апр"), ("ма", "май"), ("июн",), ("июл",),
    ("август", "авг"), ("сентябр", "сен"), ("октябр", "окт"), ("ноябр", "ноя"), ("декабр", "дек"),
)  # fmt: skip


def ru_month(word: str) -> int | None:
    """The month a Russian month word names in any case ("декабрь", "декабря", "дек."), or None."""
    w = word.lower().rstrip(".")
    for i, stems in enumerate(RU_MONTH_STEMS, start=1):
        if any(w.startswith(s) for s in stems) and (i != 5 or w in ("май", "мая", "мае")):
            return i
    return None
