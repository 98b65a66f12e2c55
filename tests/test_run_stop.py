"""Graceful stop of `memorial-bot run` (issue 7 item 1): SIGTERM or SIGINT in the middle of a daily
broadcast lets the sends in flight finish — every due chat gets its post once, the ledger says so,
the broadcast lease is released for the next process — then exit 0 with "memorial-bot stopped"."""

from __future__ import annotations

import re
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.store import open_store

from .bot_process import BotProcess, bot_env, subscribe_due_now
from .fake_telegram import TOKEN, FakeTelegram

CHATS = 40  # more than a second's worth of sends (30/s), so the stop lands mid-broadcast


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_a_stop_signal_mid_broadcast_finishes_the_sends_then_exits_0(
    fake: FakeTelegram, tmp_path: Path, sig: signal.Signals
):
    chat_ids = [str(800001 + i) for i in range(CHATS)]
    corpus = subscribe_due_now(None, tmp_path, chat_ids)
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, MEMORIAL_CORPUS=str(corpus))
    bot = await BotProcess.start(env, cwd=tmp_path)
    try:
        await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] in chat_ids)  # the broadcast is on
    finally:
        code = await bot.stop(sig)
    assert code == 0, bot.output[-3000:]

    posted = [c.params["chat_id"] for c in fake.calls_to("sendMessage") if c.params["chat_id"] in chat_ids]
    assert sorted(posted) == sorted(chat_ids), bot.output[-3000:]  # each exactly once
    store = open_store(None, tmp_path)
    try:
        assert [d.status for d in store.list_deliveries()] == ["sent"] * CHATS
        assert store.acquire_lease("broadcast:telegram", "next-process", datetime.now(UTC), 60)  # released
    finally:
        store.close()
    lines = bot.lines
    sent_at = next(i for i, line in enumerate(lines) if re.search(rf"daily posts: {CHATS} sent", line))
    stopped_at = next(i for i, line in enumerate(lines) if "memorial-bot stopped" in line)
    assert sent_at < stopped_at
