"""Pointing discord.py at a Discord API other than discord.com (DISCORD_API_BASE): a REST proxy,
or the fake Discord of the tests.

discord.py has no per-client option for this. Every REST call and every interaction webhook builds
its URL from the class attribute `discord.http.Route.BASE` (which discord.py's own API-version
switch rewrites the same way), so that is what is set, once per process. The gateway's address
already comes from the API (GET /gateway/bot); discord.py falls back to its built-in
`wss://gateway.discord.gg` only with a fixed DISCORD_SHARD_COUNT or after an invalidated session,
so with another API the fallback is set, at start, to what that API names.
"""

from __future__ import annotations

import logging

import discord
import yarl
from discord.gateway import DiscordWebSocket

from bot.config import DEFAULT_DISCORD_API_BASE

log = logging.getLogger(__name__)


def is_default(api_base: str) -> bool:
    return api_base.rstrip("/") == DEFAULT_DISCORD_API_BASE


def use_api_base(api_base: str) -> None:
    """Send discord.py's REST calls (and interaction responses) to `api_base` (…/api/v10)."""
    discord.http.Route.BASE = api_base.rstrip("/")
    if not is_default(api_base):
        log.info("Discord API at %s", discord.http.Route.BASE)


async def use_api_gateway(http: discord.http.HTTPClient) -> None:
    """Make the gateway that the configured API names discord.py's fallback gateway too."""
    try:
        _shards, url, _limits = await http.get_bot_gateway()
    except discord.GatewayNotFound:
        log.error("the Discord API at DISCORD_API_BASE (%s) does not answer GET /gateway/bot", discord.http.Route.BASE)
        raise
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
    log.info("Discord gateway at %s", url)
