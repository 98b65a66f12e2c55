"""Slash commands are registered with Discord only when they changed (Discord limits command
creates to about 200 a day per guild, and a bot restarts and reconnects far more often)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.discord.sync import STATE_FILE
from bot.chat.dispatch import Core
from bot.chat.model import Command, CommandTable
from bot.commands.lookup import COMMANDS as LOOKUP_COMMANDS
from bot.index.build import Index
from bot.replies import text_reply
from tests.fake_discord import (
    APP_ID,
    GUILD_ID,
    FakeDiscord,
    start_client,
)

GLOBAL = rf"/applications/{APP_ID}/commands"
GUILD = rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"


async def restart(core: Core, data_dir: Path, **kw: object) -> None:
    """Start a client (login runs setup_hook, where the sync happens) and stop it again."""
    client = await start_client(core, data_dir, **kw)  # type: ignore[arg-type]
    await client.close()


async def test_first_start_syncs_the_whole_table(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    await restart(core, tmp_path)
    (put,) = fake.matching("PUT", GLOBAL)
    assert [c["name"] for c in put.json] == [c.name for c in core.table.visible()]
    search = next(c for c in put.json if c["name"] == "search")
    assert [(o["name"], o["description"]) for o in search["options"]] == [
        (a.name, a.description) for a in next(c for c in core.table.commands if c.name == "search").args
    ]
    assert json.loads((tmp_path / STATE_FILE).read_text())  # the hash is kept in the data dir


async def test_restarts_do_not_sync_again(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    for _ in range(3):
        await restart(core, tmp_path)
    assert len(fake.matching("PUT", GLOBAL)) == 1


async def test_a_changed_table_syncs_again(fake: FakeDiscord, seed_index: Index, tmp_path: Path) -> None:
    await restart(Core(seed_index, CommandTable(LOOKUP_COMMANDS)), tmp_path)

    async def ping(core, args, ctx):
        return text_reply("pong")

    bigger = Core(seed_index, CommandTable([*LOOKUP_COMMANDS, Command("ping", "Answers pong", "", ping)]))
    await restart(bigger, tmp_path)
    await restart(bigger, tmp_path)
    puts = fake.matching("PUT", GLOBAL)
    assert len(puts) == 2
    assert "ping" in [c["name"] for c in puts[1].json]


async def test_guild_id_syncs_to_that_server_only(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    await restart(core, tmp_path, guild_id=GUILD_ID)
    assert len(fake.matching("PUT", GUILD)) == 1
    assert fake.matching("PUT", GLOBAL) == []
    # Guild and global are separate scopes: switching to global later still syncs globally once.
    await restart(core, tmp_path)
    await restart(core, tmp_path, guild_id=GUILD_ID)
    assert (len(fake.matching("PUT", GUILD)), len(fake.matching("PUT", GLOBAL))) == (1, 1)


async def test_failed_sync_keeps_the_bot_up_and_retries_next_start(
    fake: FakeDiscord, core: Core, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next("PUT", GUILD, 403, {"message": "Missing Access", "code": 50001})
    await restart(core, tmp_path, guild_id=GUILD_ID)  # does not raise
    assert "could not sync slash commands" in caplog.text
    await restart(core, tmp_path, guild_id=GUILD_ID)
    assert len(fake.matching("PUT", GUILD)) == 2  # the failed one was not recorded as synced
