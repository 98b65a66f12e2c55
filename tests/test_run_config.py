"""`memorial-bot run` validates its settings before starting anything (issue 7 item 1): a bad
variable stops it with exit status 2 and one line naming the variable — never echoing a value that
may be secret. Settings come from the environment or an env file (--env-file, MEMORIAL_ENV_FILE);
the environment wins. A database that cannot be reached at start is exit status 1, password masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from .bot_process import BotProcess, bot_env, free_port
from .fake_telegram import TOKEN

PASSWORD = "Sup3rSecretPw0rd"


async def run_bot(tmp_path: Path, *args: str, **env: str) -> tuple[int, str]:
    # A token is set (Telegram would start if the settings were good); nothing listens at its API.
    base = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}/bot")
    bot = await BotProcess.start({**base, **env}, *args, cwd=tmp_path)
    return await bot.finish(), bot.output


def assert_clean_refusal(code: int, out: str, message: str, *secret_values: str) -> None:
    assert code == 2 and message in out, out
    assert "Traceback" not in out, out
    for value in (TOKEN, TOKEN.split(":")[1], *secret_values):
        assert value not in out, f"{value!r} printed"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("MEMORIAL_HTTP_PORT", "abc", "MEMORIAL_HTTP_PORT must be a TCP port number"),
        ("MEMORIAL_HTTP_PORT", "70000", "MEMORIAL_HTTP_PORT must be a TCP port number"),
        ("MEMORIAL_ADMINS", "bogus", "MEMORIAL_ADMINS must be comma-separated platform:user_id entries"),
        ("MEMORIAL_LOG_FORMAT", "xml", "MEMORIAL_LOG_FORMAT must be text or json"),
        ("MEMORIAL_LOG_LEVEL", "LOUD", "MEMORIAL_LOG_LEVEL must be one of"),
        ("MEMORIAL_GRACE_HOURS", "forever", "MEMORIAL_GRACE_HOURS must be a number of hours"),
        ("MEMORIAL_UNCERTAIN", "maybe", "MEMORIAL_UNCERTAIN must be skip (at most once, the default) or resend"),
        ("MEMORIAL_NEWEST_YEAR", "next year", "MEMORIAL_NEWEST_YEAR must be a year such as 2024"),
        ("MEMORIAL_BROADCAST_LEASE", "1", "MEMORIAL_BROADCAST_LEASE must be a number of seconds from 3 to 300"),
        ("DATABASE_URL", f"mysql://bot:{PASSWORD}@db.example.org/memorial", "DATABASE_URL must be a PostgreSQL URL"),
    ],
)
async def test_a_bad_variable_stops_the_start_naming_it(tmp_path: Path, variable: str, value: str, message: str):
    code, out = await run_bot(tmp_path, **{variable: value})
    assert_clean_refusal(code, out, message, PASSWORD)


async def test_a_missing_env_file_is_named_with_where_it_came_from(tmp_path: Path):
    missing = str(tmp_path / "nope.env")
    code, out = await run_bot(tmp_path, "--env-file", missing)
    assert_clean_refusal(code, out, f"env file {missing!r} does not exist (from --env-file or MEMORIAL_ENV_FILE)")
    code, out = await run_bot(tmp_path, MEMORIAL_ENV_FILE=missing)
    assert_clean_refusal(code, out, f"env file {missing!r} does not exist")


async def test_settings_in_an_env_file_are_validated_and_the_environment_wins(tmp_path: Path):
    env_file = tmp_path / "bot.env"
    env_file.write_text(f"MEMORIAL_ADMINS=bogus\nDATABASE_URL=mysql://bot:{PASSWORD}@db/memorial\n")
    code, out = await run_bot(tmp_path, "--env-file", str(env_file), MEMORIAL_ADMINS="telegram:1")
    # MEMORIAL_ADMINS from the environment is good and wins; the file's DATABASE_URL is read and refused.
    assert_clean_refusal(code, out, "DATABASE_URL must be a PostgreSQL URL", PASSWORD)
    assert "MEMORIAL_ADMINS" not in out
    # The same file found through MEMORIAL_ENV_FILE.
    code, out = await run_bot(tmp_path, MEMORIAL_ENV_FILE=str(env_file))
    assert_clean_refusal(code, out, "DATABASE_URL must be a PostgreSQL URL", PASSWORD)


async def test_an_unreachable_database_at_start_is_one_clear_line_with_the_password_masked(tmp_path: Path):
    url = f"postgresql://bot:{PASSWORD}@127.0.0.1:{free_port()}/memorial"
    code, out = await run_bot(tmp_path, DATABASE_URL=url)
    assert code == 1, out
    assert "cannot connect to PostgreSQL at postgresql://bot:***@127.0.0.1" in out
    assert "Traceback" not in out and PASSWORD not in out and TOKEN not in out
