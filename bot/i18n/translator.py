"""`Translator`: one language's messages (gettext, through Babel's catalogs) and its formats."""

from __future__ import annotations

import datetime
import functools
import gettext
import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

LANGUAGES = ("en", "ru", "zh", "es")  # the codes /language and MEMORIAL_LANGUAGE take
DEFAULT_LANGUAGE = "en"  # the source language: the code's own strings
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh": "中文（简体）", "es": "Español"}
# Babel's locale for each language: Simplified Chinese as written in mainland China.
BABEL_LOCALES = {"en": "en", "ru": "ru", "zh": "zh_Hans_CN", "es": "es"}
# The catalog folder under bot/i18n/locales/ (`pybabel ... -l <dir>`).
CATALOG_DIRS = {"ru": "ru", "zh": "zh_Hans", "es": "es"}
LOCALES_DIR = Path(__file__).resolve().parent / "locales"
DOMAIN = "messages"
# Languages whose numeric dates are written day first (09.05 is 9 May). English reads month
# first, and Chinese writes numeric dates year-month-day (ISO), so a bare 09-05 is month first too.
DAY_FIRST = frozenset({"ru", "es"})

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# What people type for a language (/language and the platforms' tags), folded to lower case.
_NAMES = {
    "en": ("en", "english", "inglés", "ingles", "английский", "англ", "英语", "英文"),
    "ru": ("ru", "russian", "русский", "рус", "ruso", "俄语", "俄文"),
    "zh": ("zh", "chinese", "中文", "汉语", "简体中文", "китайский", "chino", "zh_hans", "zh-hans", "zh-cn"),
    "es": ("es", "spanish", "español", "espanol", "испанский", "西班牙语", "西班牙文"),
}
_BY_NAME = {name: code for code, names in _NAMES.items() for name in names}


class _Fields(dict[str, Any]):
    """Format fields; a field not given stays as written ("{command}"), for a caller that fills
    it in afterwards (e.g. with a command shown as code)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined (command descriptions, tables), to be
    translated where it is shown: `tr.gettext(command.summary)`."""
    return message


def normalize(tag: str | None) -> str | None:
    """A platform's language tag → one of LANGUAGES, or None. IETF tags and Discord's locales:
    "ru", "ru-RU", "zh-hans", "zh-CN", "zh-TW" (Chinese: the Simplified catalog is the nearest),
    "es-419", "es-ES", "en-US"; POSIX LANG values: "ru_RU.UTF-8"."""
    if not tag:
        return None
    t = tag.strip().split(".", 1)[0].replace("_", "-").lower()
    if t in ("c", "posix"):
        return None
    code = t.split("-", 1)[0]
    return code if code in LANGUAGES else None


def read_language(text: str) -> str | None:
    """What a user typed for a language: a code or tag (ru, zh-CN), or its name in one of the
    four languages (Russian, русский, 中文, español)."""
    t = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return _BY_NAME.get(t) or normalize(t)


def choose(chat: str | None, user: str | None, default: str | None) -> str:
    """Which language a reply uses: the chat's /language setting, else the user's platform language,
    else the operator's MEMORIAL_LANGUAGE, else English."""
    for candidate in (chat, normalize(user), normalize(default)):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def catalog_path(language: str) -> Path:
    return LOCALES_DIR / CATALOG_DIRS[language] / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    """The language's catalog, compiled in memory from its .po file (fuzzy and empty entries fall
    back to English, as gettext does)."""
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    with catalog_path(language).open("rb") as f:
        catalog = read_po(f, locale=BABEL_LOCALES[language], domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(buf, domain=DOMAIN)


class Translator:
    """One language: `gettext`/`ngettext` with `str.format` fields, and the locale's formats.

    Messages use named `{fields}`; `ngettext` always supplies `n`. English formats stay exactly
    as the bot wrote them before it had other languages ("3 September", "Wednesday 3 September
    2025"); the others come from the Unicode CLDR through Babel ("9 мая 1945 г.", "1945年5月9日",
    "9 de mayo de 1945")."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; one of {', '.join(LANGUAGES)}")
        self.language = language
        self.locale = Locale.parse(BABEL_LOCALES[language])
        self._t = _translations(language)

    def __repr__(self) -> str:
        return f"Translator({self.language!r})"

    @property
    def english(self) -> bool:
        return self.language == DEFAULT_LANGUAGE

    # -- messages ----------------------------------------------------------------------------
    def gettext(self, message: str, /, **fields: Any) -> str:
        text = self._t.gettext(message)
        return text.format_map(_Fields(fields)) if fields else text

    def ngettext(self, singular: str, plural: str, n: int, /, **fields: Any) -> str:
        return self._t.ngettext(singular, plural, n).format_map(_Fields(fields, n=n))

    def pgettext(self, context: str, message: str, /) -> str:
        """A message whose English alone is ambiguous, told apart by `context` (msgctxt): e.g. a
        one-word option name ("date") that each language writes as a platform allows."""
        return self._t.pgettext(context, message)

    # -- numbers and lists ------------------------------------------------------------------
    def number(self, n: int) -> str:
        """4,000 · 4 000 · 4,000 · 4000 (Spanish groups from five digits)."""
        return f"{n:,}" if self.english else format_decimal(n, locale=self.locale)

    def and_list(self, words: Sequence[str]) -> str:
        """ "1995, 2005 and 2015" · "1995, 2005 и 2015" · "1995、2005和2015" · "1995, 2005 y 2015"."""
        if self.english:
            return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        return format_list(list(words), locale=self.locale)

    # -- dates ---------------------------------------------------------------------------------
    @property
    def day_first(self) -> bool:
        """Whether a numeric date like 09.05 is read day first (9 May) in this language."""
        return self.language in DAY_FIRST

    def month_name(self, month: int) -> str:
        """The month on its own: September · сентябрь · 九月 · septiembre."""
        if self.english:
            return _MONTHS_EN[month - 1]
        return str(self.locale.months["stand-alone"]["wide"][month])

    def weekday(self, d: datetime.date) -> str:
        """Wednesday · среда · 星期三 · miércoles."""
        if self.english:
            return _WEEKDAYS_EN[d.weekday()]
        return str(self.locale.days["format"]["wide"][d.weekday()])

    def day_month(self, month: int, day: int) -> str:
        """A day of the year: 3 September · 3 сентября · 9月3日 · 3 de septiembre."""
        if self.english:
            return f"{day} {_MONTHS_EN[month - 1]}"
        # A leap year, so that 29 February formats too; the year is not shown.
        return format_skeleton("MMMMd", datetime.date(2000, month, day), locale=self.locale)

    def date(self, d: datetime.date) -> str:
        """A calendar date: 9 May 1945 · 9 мая 1945 г. · 1945年5月9日 · 9 de mayo de 1945."""
        if self.english:
            return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
        return format_date(d, "long", locale=self.locale)

    def weekday_date(self, d: datetime.date) -> str:
        """Wednesday 3 September 2025 · среда, 3 сентября 2025 г. · 2025年9月3日星期三 ·
        miércoles, 3 de septiembre de 2025."""
        if self.english:
            return f"{self.weekday(d)} {self.date(d)}"
        return format_date(d, "full", locale=self.locale)

    def year_date(self, month: int, day: int, year: int | None) -> str:
        """A day of the year with its year when known."""
        if year is None:
            return self.day_month(month, day)
        return self.date(datetime.date(year, month, day))

    def date_range(self, first: datetime.date, last: datetime.date, *, with_year: bool = True) -> str:
        """2–4 сентября 2025 г. · 2025年9月2日至4日 · 2–4 de septiembre de 2025 (not used for English,
        whose ranges the index writes itself)."""
        skeleton = "yMMMMd" if with_year else "MMMMd"
        return format_interval(first, last, skeleton, locale=self.locale)

    def sentence(self, text: str) -> str:
        """A sentence built from parts, with the language's full stop (。 in Chinese)."""
        # TRANSLATORS: the end of a sentence built from parts; keep {text}, change only the full stop.
        return self.gettext("{text}.", text=text)

    def years_ago(self, years: int | None) -> str:
        """How long ago, in this language's plural forms: 1 год / 2 года / 5 лет назад."""
        if years is None:
            return self.gettext("year unknown")
        if years == 0:
            return self.gettext("this year")
        if years < 0:
            return self.ngettext("in {n} year", "in {n} years", -years)
        return self.ngettext("{n} year ago", "{n} years ago", years)

    def date_rule(self) -> str:
        """Which way numeric dates are read, for /help."""
        if self.day_first:
            return self.gettext(
                "Numeric dates are read day first: 09.05 or 9.5. is 9 May; 2025-05-09 (ISO) also works."
            )
        return self.gettext(
            "Numeric dates are read month first, as in ISO dates: 05-09 is 9 May; 2025-05-09 also works."
        )


@functools.cache
def translator(language: str) -> Translator:
    """The (shared, immutable) Translator of one of LANGUAGES."""
    return Translator(language)
