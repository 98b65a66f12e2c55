"""The one "today for this chat": every command and the daily post see the same local date.

A chat's zone is its subscription's (set with /subscribe, so it is what its daily post uses), else
the zone the adapter knows for the chat (`ChatContext.timezone`), else UTC.
"""

from __future__ import annotations

import datetime

from bot.chat.model import ChatContext
from bot.chat.services import Services
from bot.chat.userinput import InputError, parse_timezone
from bot.store import StoreError
from bot.timezones import local_date


def chat_zone(services: Services, ctx: ChatContext) -> str:
    try:
        sub = services.get_store().get_subscription(ctx.platform, ctx.chat_id)
    except StoreError:
        sub = None  # a database outage must not stop dates from working: fall back below
    if sub is not None:
        return sub.timezone
    if ctx.timezone:
        try:
            return parse_timezone(ctx.timezone)
        except InputError:
            pass
    return "UTC"


def chat_today(services: Services, ctx: ChatContext) -> datetime.date:
    return local_date(chat_zone(services, ctx), ctx.now)
