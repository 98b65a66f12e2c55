"""Health and metrics of `memorial-bot run` (issue 7 item 2), as an orchestrator sees them: a real
process with the health server on MEMORIAL_HTTP_PORT (set through --env-file), Telegram through
the fake Bot API, and a real PostgreSQL database that goes away and comes back."""

from __future__ import annotations

import re
import signal
from datetime import UTC, datetime
from pathlib import Path

from .bot_process import BotProcess, bot_env, free_port, get, get_json, subscribe_due_now
from .fake_telegram import PRIVATE_USER, TOKEN, FakeTelegram, private_message, sent_to
from .pg_fixture import PgServer, set_database_reachable


def metric(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text format, or None when it is absent."""
    want = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = rf"^{re.escape(name)}{re.escape('{' + want + '}') if want else ''} (\S+)$"
    m = re.search(pattern, text, re.MULTILINE)
    return float(m.group(1)) if m else None


async def test_health_ready_metrics_and_a_database_outage(
    fake: FakeTelegram, pg_server: PgServer, pg_url: str, tmp_path: Path
):
    now = datetime.now(UTC)
    corpus = subscribe_due_now(pg_url, tmp_path, ["4343"])
    port = free_port()
    env_file = tmp_path / "bot.env"
    env_file.write_text(f"# read through --env-file\nMEMORIAL_HTTP_PORT={port}\nMEMORIAL_HTTP_HOST=127.0.0.1\n")
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        DATABASE_URL=pg_url,
        MEMORIAL_CORPUS=str(corpus),
    )
    bot = await BotProcess.start(env, "--env-file", str(env_file), cwd=tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        await bot.started()
        assert await get_json(f"{base}/healthz") == (200, {"status": "ok"})
        status, ready = await get_json(f"{base}/readyz")
        assert status == 200 and ready["ready"], ready
        assert {name for name, c in ready["checks"].items() if c["ok"]} == {
            "index",
            "database",
            "telegram",
            "scheduler",
        }
        assert ready["checks"]["index"]["detail"].startswith("25 articles")  # the seeds and a day dated today

        # A command served through Telegram, and the daily post due at start-up, both counted.
        mark = fake.mark()
        fake.inject(private_message("/start"))
        await sent_to(fake, PRIVATE_USER["id"], mark)
        await sent_to(fake, 4343, 0)
        await bot.wait_log(r"daily posts: 1 sent")
        status, text = await get(f"{base}/metrics")
        assert status == 200
        assert metric(text, "memorial_commands_total", command="start", platform="telegram") == 1.0
        assert metric(text, "memorial_reply_latency_seconds_count", platform="telegram") == 1.0
        assert metric(text, "memorial_index_size", unit="articles") == 25.0
        assert metric(text, "memorial_daily_posts_total", outcome="sent") == 1.0
        assert metric(text, "memorial_daily_posts_total", outcome="failed") == 0.0
        assert (metric(text, "memorial_last_daily_run_timestamp_seconds") or 0) >= now.timestamp() - 60

        # The database goes away: not ready (naming the database), but alive, and still running.
        set_database_reachable(pg_server, pg_url, False)
        status, ready = await get_json(f"{base}/readyz")
        assert status == 503 and not ready["ready"], ready
        assert not ready["checks"]["database"]["ok"] and ready["checks"]["index"]["ok"], ready
        assert (await get(f"{base}/healthz"))[0] == 200
        assert bot.running
        # It comes back: ready again without a restart.
        set_database_reachable(pg_server, pg_url, True)
        status, ready = await get_json(f"{base}/readyz")
        assert status == 200 and ready["checks"]["database"]["ok"], ready
    finally:
        set_database_reachable(pg_server, pg_url, True)
        code = await bot.stop(signal.SIGTERM)
    assert code == 0, bot.output[-3000:]
    assert bot.count(r"memorial-bot stopped") == 1


async def test_not_ready_until_telegram_is_up(fake: FakeTelegram, tmp_path: Path):
    """A load balancer must not route webhooks to a replica whose adapter is still starting."""
    getme = fake.hold("getMe")
    port = free_port()
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        MEMORIAL_HTTP_PORT=str(port),
        MEMORIAL_HTTP_HOST="127.0.0.1",
    )
    bot = await BotProcess.start(env, cwd=tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        await bot.wait_log(r"health server listening")
        assert (await get(f"{base}/healthz"))[0] == 200
        status, ready = await get_json(f"{base}/readyz")
        assert status == 503 and not ready["ready"]
        assert ready["checks"]["telegram"] == {"ok": False, "detail": "telegram starting"}
        getme.set()
        await bot.started()
        status, ready = await get_json(f"{base}/readyz")
        assert status == 200 and ready["checks"]["telegram"]["ok"], ready
    finally:
        getme.set()
        assert await bot.stop(signal.SIGTERM) == 0
