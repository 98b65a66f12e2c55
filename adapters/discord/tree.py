"""The slash-command tree, generated from the command table (never listed by hand).

Each visible `Command` becomes an `app_commands.Command` whose options are the table's `Arg`s:
same names, descriptions, required flags and typed bounds; article, date and timezone options
get autocomplete. A new command in the table appears on Discord at the next sync.

Command names, descriptions and option names are `app_commands.locale_str`s carrying the table's
name or English message id; `CatalogTranslator` (set on the tree with `tree.set_translator`) looks
them up in our catalogs for each Discord locale, so the payload Discord gets has
`name_localizations` and `description_localizations`. A localized command ("/почему") still reaches
the bot under its table name; the replies' hints that name commands ("/why 1") are shown with the
localized name by the renderer (`adapters.discord.names.localize_hint`), so they match the menu.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any, Optional

import discord
from discord import app_commands

from adapters.discord.autocomplete import CHOICE_VALUE_MAX, MAX_CHOICES, SUGGESTERS
from adapters.discord.handler import InteractionHandler
from adapters.discord.language import user_translator
from adapters.discord.names import DISCORD_NAME, command_name, table_name
from bot.chat.model import MAX_INPUT_CHARS, Arg, ArgKind, Command
from bot.i18n import N_, Translator, translator

log = logging.getLogger(__name__)

DESCRIPTION_MAX = 100
# Longest value Discord lets a user type for each kind (text follows the core's own input limit).
STRING_MAX: dict[ArgKind, int] = {
    "text": MAX_INPUT_CHARS,
    "article": 100,
    "date": 64,
    "time": 16,
    "timezone": 64,
}
INT_MIN, INT_MAX = -(2**53) + 1, 2**53 - 1  # Discord's integer option range
ERROR_TEXT = N_("Sorry, something went wrong on our side while answering that. Please try again.")
BAD_VALUE = N_("That value doesn't fit this option: {value}.")
GONE_COMMAND = N_("This command is no longer available. Type / to see the current ones.")

# Discord's locales → the bot's languages. English (en-US, en-GB) is the payload's own text; the
# other locales Discord has get the English, as they get English replies.
DISCORD_LANGUAGES: dict[discord.Locale, str] = {
    discord.Locale.russian: "ru",
    discord.Locale.chinese: "zh",  # zh-CN
    discord.Locale.taiwan_chinese: "zh",  # Simplified is the nearest catalog, as for replies
    discord.Locale.spain_spanish: "es",
    discord.Locale.latin_american_spanish: "es",  # es-419
}


def option_name(tr: Translator, name: str) -> str:
    """An option's name as `tr`'s language writes it on Discord (the table's name when it has none)."""
    # TRANSLATORS: Discord option names are one lower-case word (no spaces; use _ between words).
    names = {
        "article": tr.pgettext("Discord option name", "article"),
        "command": tr.pgettext("Discord option name", "command"),
        "date": tr.pgettext("Discord option name", "date"),
        "days": tr.pgettext("Discord option name", "days"),
        "event": tr.pgettext("Discord option name", "event"),
        "language": tr.pgettext("Discord option name", "language"),
        "option": tr.pgettext("Discord option name", "option"),
        "page": tr.pgettext("Discord option name", "page"),
        "query": tr.pgettext("Discord option name", "query"),
        "time": tr.pgettext("Discord option name", "time"),
        "timezone": tr.pgettext("Discord option name", "timezone"),
    }
    return names.get(name, name)


class CatalogTranslator(app_commands.Translator):
    """Slash-command names, descriptions and option names in each Discord locale the bot has a
    language for, from the same catalogs as the replies. Each `locale_str` carries the English
    message id (`msgid`) or what it names (`command`: a command's table name, `option`: an option's)."""

    async def translate(
        self, string: app_commands.locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        language = DISCORD_LANGUAGES.get(locale)
        if language is None:
            return None  # Discord shows the English
        tr = translator(language)
        where = context.location
        if where is app_commands.TranslationContextLocation.parameter_name:
            name = option_name(tr, str(string.extras.get("option", string.message)))
            return name if name == name.lower() and DISCORD_NAME.fullmatch(name) else None
        if where is app_commands.TranslationContextLocation.command_name:
            name = str(string.extras.get("command", string.message))
            local = command_name(name, language)
            return local if local != name else None
        msgid = string.extras.get("msgid")
        if msgid is None or where not in (
            app_commands.TranslationContextLocation.command_description,
            app_commands.TranslationContextLocation.parameter_description,
        ):
            return None
        return _short(tr.gettext(str(msgid)))


def _short(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = " ".join(text.split()) or "…"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def arg_annotation(arg: Arg) -> Any:
    """The type discord.py turns into an option: integer with bounds, or string with a length cap."""
    if arg.kind == "int":
        lo = arg.min_value if arg.min_value is not None else INT_MIN
        hi = arg.max_value if arg.max_value is not None else INT_MAX
        base: Any = app_commands.Range[int, lo, hi]
    elif arg.kind in STRING_MAX:
        base = app_commands.Range[str, 1, STRING_MAX[arg.kind]]
    else:  # a kind added to bot.chat.model.ArgKind later: still usable, as free text
        log.warning("argument kind %r of %s has no Discord mapping; offering it as text", arg.kind, arg.name)
        base = app_commands.Range[str, 1, MAX_INPUT_CHARS]
    return base if arg.required else Optional[base]  # noqa: UP045


def _autocomplete(handler: InteractionHandler, kind: str) -> Any:
    suggest = SUGGESTERS[kind]

    async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        pairs = suggest(handler.core, current or "", interaction.created_at, user_translator(interaction))
        return [app_commands.Choice(name=n, value=v[:CHOICE_VALUE_MAX]) for n, v in pairs[:MAX_CHOICES]]

    return complete


def param_name(index: int) -> str:
    """The Python name of the `index`-th option: positional, so any table name works (a keyword such
    as `from`, or `interaction`, would not be a valid or free parameter name); `rename` shows the
    table's name on Discord."""
    return f"arg{index}"


def build_command(cmd: Command, handler: InteractionHandler) -> app_commands.Command[Any, ..., None]:
    names = {param_name(i): a.name for i, a in enumerate(cmd.args)}

    async def callback(interaction: discord.Interaction, **kwargs: Any) -> None:
        args = {names[k]: v for k, v in kwargs.items()}
        if isinstance(args.get("command"), str):  # /help command:почему names a command as the menu does
            args["command"] = table_name(args["command"])
        await handler.run_command(interaction, cmd.name, args)

    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for i, a in enumerate(cmd.args):
        default = inspect.Parameter.empty if a.required else None
        kind = inspect.Parameter.KEYWORD_ONLY
        params.append(inspect.Parameter(param_name(i), kind, default=default, annotation=arg_annotation(a)))
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = f"slash_{cmd.name}"
    # The decorators, applied as plain functions: discord.py reads what they record when the
    # Command below inspects the callback.
    app_commands.rename(**{p: app_commands.locale_str(name, option=name) for p, name in names.items()})(callback)
    app_commands.describe(
        **{
            param_name(i): app_commands.locale_str(_short(a.description), msgid=a.description)
            for i, a in enumerate(cmd.args)
        }
    )(callback)
    app_commands.autocomplete(
        **{param_name(i): _autocomplete(handler, a.kind) for i, a in enumerate(cmd.args) if a.kind in SUGGESTERS}
    )(callback)
    description = app_commands.locale_str(_short(cmd.summary), msgid=cmd.summary)
    name = app_commands.locale_str(cmd.name, command=cmd.name)
    return app_commands.Command(name=name, description=description, callback=callback)


class MemorialTree(app_commands.CommandTree):
    """A CommandTree whose failures are answered ephemerally instead of "The application did not respond"."""

    handler: InteractionHandler

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        tr = user_translator(interaction)
        if isinstance(error, app_commands.TransformerError):
            value = f"{error.value!r:.60}"
            text = tr.gettext(BAD_VALUE, value=value)
        elif isinstance(error, app_commands.CommandNotFound):
            text = tr.gettext(GONE_COMMAND)
        else:
            log.error("slash command failed", exc_info=error)
            text = tr.gettext(ERROR_TEXT)
        await self.handler.apologise(interaction, text)


def build_tree(client: discord.Client, handler: InteractionHandler, *, guild_id: int | None = None) -> MemorialTree:
    """All visible commands of the core's table; with `guild_id` they are registered for that
    server only (Discord shows guild commands at once, global ones within an hour). Its
    translator (`CatalogTranslator`) is set by `setup_tree`, which needs the event loop."""
    tree = MemorialTree(client)
    tree.handler = handler
    guild = discord.Object(id=guild_id) if guild_id else None
    for cmd in handler.core.table.visible():
        tree.add_command(build_command(cmd, handler), guild=guild)
    return tree


async def setup_tree(tree: app_commands.CommandTree) -> None:
    """Give the tree its translator (before the payload is hashed or synced)."""
    if not isinstance(tree.translator, CatalogTranslator):
        await tree.set_translator(CatalogTranslator())
