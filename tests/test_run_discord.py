"""`memorial-bot run` against the fake Discord (DISCORD_API_BASE): a real process logs in over REST,
syncs its commands, connects to the gateway with the `guilds` intent only, becomes ready with the
fake's server, resumes its session after the connection drops, and reports ready on /readyz. A bad
DISCORD_API_BASE stops the start with exit status 2, naming the variable."""

from __future__ import annotations

import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import DEFAULT_DISCORD_API_BASE, ConfigError, discord_config

from .bot_process import BotProcess, bot_env, free_port, get
from .fake_discord import APP_ID, TOKEN, FakeDiscord

DEADLINE = 40.0  # failure guard only (a start builds the seed index)


@pytest.fixture
async def discord_api() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()  # not patched into this process: the bot runs in its own
    await server.start()
    yield server
    await server.stop()


def test_the_api_base_defaults_to_discord_and_is_validated() -> None:
    cfg = discord_config({"DISCORD_BOT_TOKEN": TOKEN})
    assert cfg is not None and cfg.api_base == DEFAULT_DISCORD_API_BASE == "https://discord.com/api/v10"
    cfg = discord_config({"DISCORD_BOT_TOKEN": TOKEN, "DISCORD_API_BASE": "http://127.0.0.1:8080/api/v10/"})
    assert cfg is not None and cfg.api_base == "http://127.0.0.1:8080/api/v10"
    for bad in ("127.0.0.1:8080/api/v10", "ftp://host/api/v10", "http://127.0.0.1:8080", "http:///api/v10"):
        with pytest.raises(ConfigError, match="DISCORD_API_BASE must be an http"):
            discord_config({"DISCORD_BOT_TOKEN": TOKEN, "DISCORD_API_BASE": bad})


async def test_a_bad_api_base_stops_the_start_naming_it(tmp_path: Path) -> None:
    env = bot_env(tmp_path, DISCORD_BOT_TOKEN=TOKEN, DISCORD_API_BASE="discord.example.org")
    bot = await BotProcess.start(env, cwd=tmp_path)
    code = await bot.finish()
    assert code == 2 and "DISCORD_API_BASE must be an http(s) URL ending in /api/v10" in bot.output, bot.output
    assert "Traceback" not in bot.output and TOKEN not in bot.output


async def test_run_connects_to_the_fake_discord_and_resumes_after_a_drop(
    discord_api: FakeDiscord, tmp_path: Path
) -> None:
    fake = discord_api
    port = free_port()
    env = bot_env(tmp_path, DISCORD_BOT_TOKEN=TOKEN, DISCORD_API_BASE=fake.base, MEMORIAL_HTTP_PORT=str(port))
    bot = await BotProcess.start(env, cwd=tmp_path, name="discord-bot")
    try:
        await bot.wait_log(r"Discord: logged in as memorial-bot.*, 1 server\(s\)")
        # REST at the fake: login, application info, the command sync; then the gateway it names.
        assert fake.matching("GET", "/users/@me") and fake.matching("GET", "/oauth2/applications/@me")
        assert fake.matching("PUT", rf"/applications/{APP_ID}/commands")
        assert fake.matching("GET", "/gateway/bot")
        [identify] = fake.ops(2)
        assert identify.data["token"] == TOKEN
        assert identify.data["intents"] == 1  # `guilds` only: no privileged intent
        status, body = await get(f"http://127.0.0.1:{port}/readyz")
        assert status == 200 and "discord connected" in body, body

        [session] = fake.sessions  # the one READY gave
        await fake.drop_gateway()  # an outage: the client resumes its session, not a new IDENTIFY
        await fake.wait_until(lambda: bool(fake.ops(6)), DEADLINE)
        assert fake.ops(6)[0].data["session_id"] == session
        await bot.wait_log(r"successfully RESUMED session")
        assert len(fake.ops(2)) == 1
    finally:
        code = await bot.stop(signal.SIGTERM)
    assert code == 0, bot.output[-3000:]
