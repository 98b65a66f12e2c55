"""The one command table: every adapter derives its commands, menus and help from it.

Each feature module exports a `COMMANDS` tuple; the order here is the order users see in menus.
"""

from __future__ import annotations

from bot import admin_commands, date_commands, lookup_commands, subscription_commands
from bot.commands import CommandTable


def build_command_table() -> CommandTable:
    return CommandTable(
        [
            *lookup_commands.COMMANDS,
            *date_commands.COMMANDS,
            *subscription_commands.COMMANDS,
            *admin_commands.COMMANDS,
        ]
    )
