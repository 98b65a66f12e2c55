"""Secrets never reach the logs, whoever logs them (our code or a library), in either format."""

from __future__ import annotations

import json
import logging

import pytest

from bot import logs

TG_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
DB_URL = "postgresql://memorial:s3cr3t-pa55@db.internal:5432/memorial"


@pytest.fixture
def captured(capsys):
    logs.configure(
        "DEBUG", "text", secrets=logs.secrets_from_env({"TELEGRAM_BOT_TOKEN": TG_TOKEN, "DATABASE_URL": DB_URL})
    )
    yield capsys
    logs.configure("WARNING", "text", secrets=[])


def test_tokens_and_passwords_are_scrubbed_from_messages_args_and_tracebacks(captured) -> None:
    log = logging.getLogger("httpx")
    log.warning("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TG_TOKEN)
    logging.getLogger("bot.store").error("cannot connect to %s", DB_URL)
    try:
        raise RuntimeError(f"boom with {TG_TOKEN}")
    except RuntimeError:
        logging.getLogger("bot").exception("failure")
    err = captured.readouterr().err
    assert TG_TOKEN not in err and "s3cr3t-pa55" not in err
    assert "bot***/getMe" in err and "cannot connect to ***" in err
    assert "RuntimeError: boom with ***" in err


def test_unknown_token_shapes_are_caught_by_pattern(capsys) -> None:
    logs.configure("INFO", "text", secrets=[])
    logging.getLogger("x").info("token 987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw leaked")
    assert "ZZHdq" not in capsys.readouterr().err


def test_json_format_is_one_object_per_line_with_extras(capsys) -> None:
    logs.configure("INFO", "json", secrets=[TG_TOKEN])
    logging.getLogger("bot.chat.dispatch").info("command /search", extra={"platform": "telegram", "latency_ms": 1.5})
    logging.getLogger("bot.chat.dispatch").info("with %s", TG_TOKEN, extra={"url": f"https://x/bot{TG_TOKEN}/"})
    lines = capsys.readouterr().err.strip().splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "command /search" and first["platform"] == "telegram" and first["latency_ms"] == 1.5
    assert TG_TOKEN not in lines[1] and second["url"] == "https://x/bot***/"
    logs.configure("WARNING", "text", secrets=[])
