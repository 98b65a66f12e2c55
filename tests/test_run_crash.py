"""Crash tests (issue 14): a real `memorial-bot run` broadcasting to 120 due Telegram chats through
the fake Bot API (which answers each send 20 ms late, so sends are in flight) is killed with
SIGKILL at seeded random points and restarted, round after round; then a restart runs to the end.

Asserted over the whole run: no chat lost (each got its post, or is recorded and reported
uncertain), none posted twice (the default MEMORIAL_UNCERTAIN=skip), and each restart takes over
as soon as the dead process's broadcast lease runs out (3 s here). Run with `-s` for the figures.
"""

from __future__ import annotations

import random
import signal
import time
from collections import Counter
from pathlib import Path

from bot.store import open_store

from .bot_process import BotProcess, bot_env, subscribe_due_now
from .fake_telegram import TOKEN, FakeTelegram

SEED = 14
CHATS = 120
KILLS = 3


async def test_sigkill_mid_broadcast_then_restart_loses_nothing_and_duplicates_nothing(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    fake.send_latency = 0.02
    chat_ids = [str(700001 + i) for i in range(CHATS)]
    corpus = subscribe_due_now(None, tmp_path, chat_ids)
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        MEMORIAL_CORPUS=str(corpus),
        MEMORIAL_BROADCAST_LEASE="3",
    )

    def posted() -> int:
        return sum(1 for c in fake.calls_to("sendMessage") if c.params["chat_id"] in chat_ids)

    takeovers: list[float] = []
    runs: list[BotProcess] = []
    killed_at: float | None = None
    for n in range(KILLS + 1):
        before = posted()
        bot = await BotProcess.start(env, cwd=tmp_path, name=f"run{n}")
        runs.append(bot)
        await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] in chat_ids, count=before + 1)
        if killed_at is not None:
            takeovers.append(time.monotonic() - killed_at)  # kill → first post of the new process
        if n < KILLS:
            target = before + rng.randint(5, 30)  # the seeded random kill point
            await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] in chat_ids, count=target)
            assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL
            killed_at = time.monotonic()
        else:
            await bot.wait_log(r"daily posts: [1-9]\d* sent", after=0)
            assert await bot.stop() == 0, bot.output[-3000:]

    store = open_store(None, tmp_path)
    try:
        status = {d.subscription_id: d.status for d in store.list_deliveries()}
        subs = {s.chat_id: s.id for s in store.list_subscriptions()}
    finally:
        store.close()
    sends = Counter(c.params["chat_id"] for c in fake.calls_to("sendMessage") if c.params["chat_id"] in chat_ids)
    duplicates = {chat: k for chat, k in sends.items() if k > 1}
    uncertain = sorted(chat for chat in chat_ids if status.get(subs[chat]) == "uncertain")
    lost = sorted(chat for chat in chat_ids if sends[chat] == 0 and chat not in uncertain)
    assert duplicates == {}
    assert lost == []
    assert all(status[subs[chat]] == "sent" for chat in chat_ids if chat not in uncertain)
    # Every uncertain chat was reported (logged) by the process that found it.
    reported = [line for r in runs for line in r.lines if "outcome unknown" in line]
    assert sorted(chat for chat in uncertain if any(f"chat {chat})" in line for line in reported)) == uncertain
    print(
        f"\ncrash rounds: {KILLS} SIGKILLs, {CHATS} chats: duplicates {len(duplicates)}, lost {len(lost)}, "
        f"uncertain {len(uncertain)}; takeover (kill → first post) {', '.join(f'{t:.1f}' for t in takeovers)} s"
    )
