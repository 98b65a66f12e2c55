"""DISCORD_* settings are validated at start-up; errors name the variable, never the token."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from bot.config import ConfigError, discord_config
from tests.fake_discord import TOKEN


def test_no_token_means_no_discord() -> None:
    assert discord_config({}) is None
    assert discord_config({"DISCORD_BOT_TOKEN": "  "}) is None


def test_full_settings() -> None:
    cfg = discord_config(
        {
            "DISCORD_BOT_TOKEN": f" {TOKEN} ",
            "DISCORD_GUILD_ID": "1180000000000000100",
            "DISCORD_SHARD_COUNT": "4",
            "DISCORD_SHARD_IDS": "3, 1",
        }
    )
    assert cfg is not None
    assert (cfg.token, cfg.guild_id, cfg.shard_count, cfg.shard_ids) == (TOKEN, 1180000000000000100, 4, (1, 3))
    assert TOKEN not in repr(cfg)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DISCORD_BOT_TOKEN": "not a token"}, "DISCORD_BOT_TOKEN"),
        ({"DISCORD_GUILD_ID": "my-server"}, "DISCORD_GUILD_ID"),
        ({"DISCORD_SHARD_COUNT": "0"}, "DISCORD_SHARD_COUNT"),
        ({"DISCORD_SHARD_IDS": "0,1"}, "DISCORD_SHARD_COUNT"),  # ids without the total
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2"}, "DISCORD_SHARD_IDS"),  # out of range
        ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "a"}, "DISCORD_SHARD_IDS"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], named: str) -> None:
    full = {"DISCORD_BOT_TOKEN": TOKEN, **env}
    with pytest.raises(ConfigError) as info:
        discord_config(full)
    assert named in str(info.value)
    assert TOKEN not in str(info.value) and "not a token" not in str(info.value)


async def test_client_runs_the_configured_shards_with_minimal_intents(core: Core, tmp_path: Path) -> None:
    cfg = discord_config({"DISCORD_BOT_TOKEN": TOKEN, "DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "1,3"})
    assert cfg is not None
    async with MemorialClient(core, cfg, tmp_path, sync_commands=False) as client:
        assert (client.shard_count, client.shard_ids) == (4, [1, 3])
        assert client.intents == discord.Intents(guilds=True)  # no message content, no members, no presences
        assert not client.intents.message_content
