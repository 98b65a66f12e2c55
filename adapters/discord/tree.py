"""The slash-command tree, generated from the command table (never listed by hand).

Each visible `Command` becomes an `app_commands.Command` whose options are the table's `Arg`s:
same names, descriptions, required flags and typed bounds; article, date and timezone options
get autocomplete. A new command in the table appears on Discord at the next sync.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any, Optional

import discord
from discord import app_commands

from adapters.discord.autocomplete import CHOICE_VALUE_MAX, MAX_CHOICES, SUGGESTERS
from adapters.discord.handler import InteractionHandler
from bot.chat.model import MAX_INPUT_CHARS, Arg, ArgKind, Command

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
ERROR_TEXT = "Sorry, something went wrong on our side while answering that. Please try again."


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
        pairs = suggest(handler.core, current or "", interaction.created_at)
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
        await handler.run_command(interaction, cmd.name, {names[k]: v for k, v in kwargs.items()})

    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for i, a in enumerate(cmd.args):
        default = inspect.Parameter.empty if a.required else None
        kind = inspect.Parameter.KEYWORD_ONLY
        params.append(inspect.Parameter(param_name(i), kind, default=default, annotation=arg_annotation(a)))
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = f"slash_{cmd.name}"
    # The decorators, applied as plain functions: discord.py reads what they record when the
    # Command below inspects the callback.
    app_commands.rename(**names)(callback)
    app_commands.describe(**{param_name(i): _short(a.description) for i, a in enumerate(cmd.args)})(callback)
    app_commands.autocomplete(
        **{param_name(i): _autocomplete(handler, a.kind) for i, a in enumerate(cmd.args) if a.kind in SUGGESTERS}
    )(callback)
    return app_commands.Command(name=cmd.name, description=_short(cmd.summary), callback=callback)


class MemorialTree(app_commands.CommandTree):
    """A CommandTree whose failures are answered ephemerally instead of "The application did not respond"."""

    handler: InteractionHandler

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.TransformerError):
            text = f"That value doesn't fit this option: {error.value!r:.60}."
        elif isinstance(error, app_commands.CommandNotFound):
            text = "This command is no longer available. Type / to see the current ones."
        else:
            log.error("slash command failed", exc_info=error)
            text = ERROR_TEXT
        await self.handler.apologise(interaction, text)


def build_tree(client: discord.Client, handler: InteractionHandler, *, guild_id: int | None = None) -> MemorialTree:
    """All visible commands of the core's table; with `guild_id` they are registered for that
    server only (Discord shows guild commands at once, global ones within an hour)."""
    tree = MemorialTree(client)
    tree.handler = handler
    guild = discord.Object(id=guild_id) if guild_id else None
    for cmd in handler.core.table.visible():
        tree.add_command(build_command(cmd, handler), guild=guild)
    return tree
