"""The one command table: every adapter derives its commands, menus and help from it.

Each feature module exports a `COMMANDS` tuple; the order here is the order users see in menus.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.chat.model import BotCore, CommandTable
from bot.commands import admin, dates, language, lookup, subscriptions
from bot.commands.dates import daily_post_builder
from bot.daily.scheduler import DailyScheduler, start_daily_posts
from bot.platform import Sender


def build_command_table() -> CommandTable:
    return CommandTable(
        [
            *lookup.COMMANDS,
            *dates.COMMANDS,
            *subscriptions.COMMANDS,
            *language.COMMANDS,
            *admin.COMMANDS,
        ]
    )


def start_daily_posts_for(
    core: BotCore,
    senders: Sequence[Sender],
    *,
    grace_hours: float = 6.0,
    uncertain: str = "skip",
    broadcast_lease: float = 15.0,
) -> DailyScheduler:
    """Start the daily posts of this core's subscriptions and register the scheduler as its
    `services.scheduler`, so /subscribe and friends keep the jobs in step."""
    daily = start_daily_posts(
        core.services.get_store(),
        senders,
        daily_post_builder(core),
        grace_hours=grace_hours,
        uncertain=uncertain,
        broadcast_lease=broadcast_lease,
    )
    core.services.scheduler = daily
    return daily
