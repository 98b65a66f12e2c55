"""No token or password in the output of `memorial-bot run` (issue 7 item 4), even at DEBUG level,
where libraries log every request URL (Telegram's carry the token): text and JSON logs, commands
served, a reply that fails to send, a daily post refused by Telegram, and a token Telegram rejects."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from .bot_process import BotProcess, bot_env, subscribe_due_now
from .fake_telegram import PRIVATE_USER, TOKEN, FakeTelegram, private_message, sent_to

PASSWORD = "Pg-Passw0rd-f0r-tests"
BLOCKED_CHAT = 4444


def with_password(url: str) -> str:
    """The test database's URL with a password in it (the test server trusts local connections,
    so any password is accepted: what matters is whether it shows up in the output)."""
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{PASSWORD}@")


def assert_no_secret(out: str, *secrets: str) -> None:
    for secret in (TOKEN, TOKEN.split(":")[1], PASSWORD, *secrets):
        assert secret not in out, f"{secret[:4]}… printed"


@pytest.mark.parametrize("fmt", ["text", "json"])
async def test_debug_logs_never_show_the_token_or_the_database_password(
    fake: FakeTelegram, pg_url: str, tmp_path: Path, fmt: str
):
    url = with_password(pg_url)
    corpus = subscribe_due_now(url, tmp_path, [str(BLOCKED_CHAT)])
    # The daily post is refused (the user blocked the bot); the first reply fails with a 502.
    fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", when=lambda p: p["chat_id"] == "4444")
    fake.fail("sendMessage", 502, "Bad Gateway", when=lambda p: p["chat_id"] == str(PRIVATE_USER["id"]))
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        DATABASE_URL=url,
        MEMORIAL_LOG_LEVEL="DEBUG",
        MEMORIAL_LOG_FORMAT=fmt,
        MEMORIAL_CORPUS=str(corpus),
    )
    bot = await BotProcess.start(env, cwd=tmp_path)
    try:
        await bot.started()
        await fake.wait_for("sendMessage", lambda c: c.chat_id == BLOCKED_CHAT and not c.ok)
        mark = fake.mark()
        fake.inject(private_message("/start"))
        await fake.wait_for("sendMessage", lambda c: c.chat_id == PRIVATE_USER["id"] and not c.ok, after=mark)
        await bot.wait_log(r"Telegram update \d+ failed")
        for text in ("/search Liddell", "Liddell", "/help", "/subscribe 09:00 Europe/Moscow"):
            mark = fake.mark()
            fake.inject(private_message(text))
            await sent_to(fake, PRIVATE_USER["id"], mark)
        await bot.wait_log(r"disabl")  # the blocked chat's subscription, with the reason
    finally:
        code = await bot.stop(signal.SIGTERM)
    assert code == 0, bot.output[-3000:]
    out = bot.output
    assert "127.0.0.1" in out and "/bot***/" in out, "expected request URLs in the DEBUG log, masked"
    assert_no_secret(out)
    if fmt == "json":
        records = [json.loads(line) for line in bot.lines]  # every line is one JSON object
        assert any(r["level"] == "DEBUG" for r in records)
        assert any("Traceback" in r["message"] or "Traceback" in r.get("exception", "") for r in records)


async def test_a_token_telegram_rejects_is_not_printed(fake: FakeTelegram, tmp_path: Path):
    rejected = "987654321:AAwrongTOKENwrongTOKENwrongTOKEN_xyz"
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=rejected, TELEGRAM_API_BASE_URL=fake.base_url)
    bot = await BotProcess.start(env, cwd=tmp_path)
    code = await bot.finish()
    assert code == 1, bot.output[-3000:]
    assert "was rejected by the server" in bot.output  # PTB's message, which quotes the token
    assert_no_secret(bot.output, rejected, rejected.split(":")[1])
