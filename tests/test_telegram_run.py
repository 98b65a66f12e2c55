"""`memorial-bot run` with a Telegram token, as an operator starts it: a real process, configured
only through environment variables, serving the fake Bot API until SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import open_store

from .bot_process import corpus_dated_now
from .conftest import ROOT
from .fake_telegram import PRIVATE_USER, TOKEN, WAIT, FakeTelegram, private_message, sent_to


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_", "DATABASE_URL"))}
    return {**env, "MEMORIAL_DATA_DIR": str(tmp_path), "MEMORIAL_LOG_LEVEL": "INFO", **extra}


async def test_run_serves_telegram_until_sigterm(fake: FakeTelegram, tmp_path: Path):
    # A chat subscribed for a time a minute ago: the start-up catch-up must post to it at once.
    now = datetime.now(UTC)
    due = now - timedelta(minutes=1)
    store = open_store(None, tmp_path)
    store.upsert_subscription("telegram", "4242", "private", due.hour, due.minute, "UTC", now - timedelta(days=2))
    store.close()
    # Days without dated events get no post: the corpus dates today.
    corpus = corpus_dated_now(tmp_path)
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, MEMORIAL_CORPUS=str(corpus))
    del env["MEMORIAL_LOG_LEVEL"]  # by default a serving bot logs its start-up: the operator sees it
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        started = asyncio.create_task(fake.wait_for("setMyCommands"))
        exited = asyncio.create_task(proc.wait())
        await asyncio.wait({started, exited}, timeout=WAIT * 2, return_when=asyncio.FIRST_COMPLETED)
        assert started.done() and not exited.done(), "the bot did not start"
        mark = fake.mark()
        fake.inject(private_message("/start"))
        (msg,) = await sent_to(fake, PRIVATE_USER["id"], mark)
        assert "Memorial bot" in (msg.plain_text or "")
        (post,) = await sent_to(fake, 4242, 0)
        assert post.ok and post.params["parse_mode"] == "HTML" and post.plain_text
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), WAIT)
    assert proc.stderr is not None
    err = (await proc.stderr.read()).decode()
    assert code == 0, err
    assert "Telegram long polling as @memorial_test_bot" in err
    assert TOKEN not in err and TOKEN.split(":")[1] not in err


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("TELEGRAM_BOT_TOKEN", "hunter2-not-a-token", "TELEGRAM_BOT_TOKEN does not look like a bot token"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org/bot", "TELEGRAM_API_BASE_URL must be an http(s) URL"),
        ("TELEGRAM_WEBHOOK_PORT", "eighty", "TELEGRAM_WEBHOOK_PORT must be a port number"),
        ("TELEGRAM_WEBHOOK_SECRET", "with spaces!", "TELEGRAM_WEBHOOK_SECRET may hold only"),
        ("TELEGRAM_SEND_SHARE", "half", "TELEGRAM_SEND_SHARE must be a fraction"),
    ],
)
async def test_bad_settings_fail_fast_naming_the_variable_not_its_value(
    tmp_path: Path, variable: str, value: str, message: str
):
    env = bot_env(tmp_path, **{"TELEGRAM_BOT_TOKEN": TOKEN, variable: value})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    _, err_bytes = await asyncio.wait_for(proc.communicate(), WAIT)
    err = err_bytes.decode()
    assert proc.returncode == 2 and message in err, err
    assert value not in err and TOKEN not in err
