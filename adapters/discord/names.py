"""Slash commands' names in each language on Discord, and the replies' hints that name them.

Discord shows a command under its localized name (`name_localizations`, from these catalog
entries through `CatalogTranslator`) and sends the interaction under its table name, so the core
never sees the localized one. The core's replies name commands the English way ("/why 1", as
Telegram and the console need); `localize_hint` rewrites a hint's leading command into the
reply's language when Discord renders it ("/почему 1", "/为什么 1", "/por-qué 1"), and
`table_name` reads a command named the localized way back (`/help command:почему`).
"""

from __future__ import annotations

import re

from bot.i18n import LANGUAGES, Translator, translator

# What Discord accepts as a command or option name: lower case, letters, digits, - and _, up to 32.
DISCORD_NAME = re.compile(r"[-_\w]{1,32}")
# A hint's leading command: "/why 1", "(/doc 7ab1f62c)", "/help search"; not "/reload" (hidden).
_LEADING = re.compile(r"^(\(?)/([a-z]+)(?=$|[\s)])")


def command_names(tr: Translator) -> dict[str, str]:
    """The slash commands' names in `tr`'s language (the table's name where the catalog has none).
    Listed here so the catalogs get them; a command missing here keeps its English name."""
    # TRANSLATORS: a slash command's name on Discord: lower case, "-" or "_" for spaces, ≤ 32 chars.
    return {
        "start": tr.pgettext("Discord command name", "start"),
        "help": tr.pgettext("Discord command name", "help"),
        "search": tr.pgettext("Discord command name", "search"),
        "doc": tr.pgettext("Discord command name", "doc"),
        "sources": tr.pgettext("Discord command name", "sources"),
        "about": tr.pgettext("Discord command name", "about"),
        "onthisday": tr.pgettext("Discord command name", "onthisday"),
        "upcoming": tr.pgettext("Discord command name", "upcoming"),
        "why": tr.pgettext("Discord command name", "why"),
        "subscribe": tr.pgettext("Discord command name", "subscribe"),
        "unsubscribe": tr.pgettext("Discord command name", "unsubscribe"),
        "settings": tr.pgettext("Discord command name", "settings"),
        "preview": tr.pgettext("Discord command name", "preview"),
        "language": tr.pgettext("Discord command name", "language"),
    }


def command_name(name: str, language: str) -> str:
    """A command's name as Discord shows it in `language`: its table name in English, or when the
    catalog's is missing or not a valid Discord name."""
    tr = translator(language)
    if tr.english:
        return name
    local = command_names(tr).get(name, name)
    return local if local == local.lower() and DISCORD_NAME.fullmatch(local) else name


def localize_hint(text: str, language: str) -> str:
    """ "/why 1" → "/почему 1" in Russian: the hint's leading command (if it is one) as Discord
    shows it in `language`; the rest (arguments, examples) as it is."""
    m = _LEADING.match(text)
    if m is None or language == "en":
        return text
    paren, name = m.groups()
    rest = text[m.end() :]
    if name == "help" and rest.strip() in command_names(translator("en")):  # "/help search" → "/помощь поиск"
        rest = " " + command_name(rest.strip(), language)
    return f"{paren}/{command_name(name, language)}{rest}"


def table_name(text: str) -> str:
    """A command named as Discord shows it in any of our languages ("почему", "/por-qué") → its
    table name ("why"); anything else as it is (the core answers an unknown name)."""
    key = text.strip().lstrip("/").strip().lower()
    for language in LANGUAGES:
        for name in command_names(translator(language)):
            if command_name(name, language) == key:
                return name
    return text
