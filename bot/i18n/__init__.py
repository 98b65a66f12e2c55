"""The languages the bot speaks: gettext catalogs (Babel) and per-locale formatting of dates,
weekdays, months, numbers and "N years ago".

English is the source language: every message is written in English in the code and looked up in
`bot/i18n/locales/<dir>/LC_MESSAGES/messages.po` for the other languages. The .po files are the
only catalog files kept: they are compiled in memory when first used, so neither `make run` nor
`make test` needs a build step (docs/languages.md: how to extract, update and review them).

Nothing looks a language up globally: the core builds one `Translator` per reply (the chat's
/language setting, else the user's platform language, else MEMORIAL_LANGUAGE, else English — see
`choose`) and hands it to the handler in `ChatContext.tr`; the daily post gets its chat's.
"""

from __future__ import annotations

from bot.i18n.translator import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    N_,
    Translator,
    catalog_path,
    choose,
    normalize,
    read_language,
    translator,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "N_",
    "Translator",
    "catalog_path",
    "choose",
    "normalize",
    "read_language",
    "translator",
]
