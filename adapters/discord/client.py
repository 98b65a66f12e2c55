"""The Discord client: minimal intents, optional sharding, the generated command tree.

Slash commands and buttons arrive as interactions, which need no privileged intent: the bot asks
only for `guilds` (channel and permission caches; channel, thread and server removals, which stop
those chats' daily posts at once) and never for message content. `DISCORD_SHARD_COUNT` and
`DISCORD_SHARD_IDS` let several processes split a large bot; coordinating which process runs which
shards is the operator's job. `DISCORD_API_BASE` points it at another API address (a proxy, the
tests' fake Discord; see adapters/discord/endpoint.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import discord

from adapters.discord.endpoint import is_default, use_api_base, use_api_gateway
from adapters.discord.handler import DEFER_AFTER, PLATFORM, InteractionHandler
from adapters.discord.render import NO_MENTIONS
from adapters.discord.sender import DiscordSender
from adapters.discord.sync import sync_if_changed
from adapters.discord.tree import build_tree, setup_tree
from adapters.discord.views import ActionButton, answer_stale
from bot.chat.dispatch import Core
from bot.commands.subscriptions import chat_gone
from bot.config import DiscordConfig
from bot.i18n import N_
from bot.timezones import utcnow

log = logging.getLogger(__name__)

# Above this many seconds a 429 is raised (and becomes RetryAfter for the scheduler) instead of
# being waited out inside discord.py; 30 s is the smallest value discord.py accepts.
MAX_RATELIMIT_WAIT = 30.0


def intents() -> discord.Intents:
    return discord.Intents(guilds=True)


class MemorialClient(discord.AutoShardedClient):
    def __init__(
        self,
        core: Core,
        config: DiscordConfig,
        data_dir: Path,
        *,
        defer_after: float = DEFER_AFTER,
        sync_commands: bool = True,
    ) -> None:
        if not is_default(config.api_base):
            use_api_base(config.api_base)  # DISCORD_API_BASE: before login, which is the first request
        super().__init__(
            intents=intents(),
            shard_count=config.shard_count,
            # None means "every shard" at run time, though discord.py's annotation says list[int].
            shard_ids=list(config.shard_ids) if config.shard_ids else None,  # type: ignore[arg-type]
            allowed_mentions=NO_MENTIONS,
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
        )
        self.config = config
        self.data_dir = Path(data_dir)
        self.sync_commands = sync_commands
        self.handler = InteractionHandler(core, defer_after=defer_after)
        self.tree = build_tree(self, self.handler, guild_id=config.guild_id)
        self.sender = DiscordSender(self)

    async def setup_hook(self) -> None:
        """Runs once per process, before the gateway connects (unlike on_ready, which repeats on
        every reconnect): the right place to sync commands and to listen for buttons, including
        those on messages sent before this process started."""
        self.add_dynamic_items(ActionButton)
        await setup_tree(self.tree)  # descriptions and option names in Discord's locales
        if not is_default(self.config.api_base):
            await use_api_gateway(self.http)
        if not self.sync_commands:
            return
        try:
            await sync_if_changed(
                self.tree, self.data_dir, application_id=self.application_id, guild_id=self.config.guild_id
            )
        except discord.HTTPException as exc:
            # Old commands keep working; a failed sync must not keep the bot offline.
            log.error("could not sync slash commands: HTTP %s, Discord code %s", exc.status, exc.code)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is discord.InteractionType.component:
            data: Mapping[str, object] = interaction.data or {}
            custom_id = str(data.get("custom_id", ""))
            if self.handler.live_views.is_stale(custom_id):
                await answer_stale(interaction)

    # -- chats the bot can no longer post in: their daily post stops now, not at its next send --

    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        self._gone([channel.id], N_("channel deleted"))

    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        # Raw: also for threads not in the cache, and for each thread of a deleted channel.
        self._gone([payload.thread_id], N_("thread deleted"))

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Kicked or banned from a server, or the server deleted (an outage is `guild_unavailable`,
        not this). Subscriptions are keyed by channel id only, so the server's channels and
        active threads come from the cached Guild the event carries."""
        ids = [c.id for c in guild.channels] + [t.id for t in guild.threads]
        self._gone(ids, N_("bot removed from the server"))

    def _gone(self, ids: list[int], reason: str) -> None:
        chat_gone(self.handler.core, PLATFORM, [str(i) for i in ids], reason, utcnow())

    async def on_ready(self) -> None:
        log.info("Discord: logged in as %s, %d server(s), shards %s", self.user, len(self.guilds), self.shard_ids)
