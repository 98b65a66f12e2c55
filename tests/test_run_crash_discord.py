"""Crash test through the fake Discord (issue 14): a real `memorial-bot run` (DISCORD_API_BASE at the
fake) broadcasting to 120 due channels is killed with SIGKILL at seeded random points and restarted,
round after round; then a restart runs to the end.

At each kill point the fake has carried out the last message creates but holds their answers
(`hold_answers_after`), so every killed process dies with posts that exist on Discord but are not
marked sent. The next lease holder resends them with the same nonce and `enforce_nonce`, and the
fake, like Discord, returns the message already created. Asserted over the whole run: every channel
has its post, none has it twice, every create carried a nonce, and the nonce path was taken at least
once per kill. Run with `-s` for the figures.
"""

from __future__ import annotations

import json
import random
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import open_store

from .bot_process import DEADLINE, BotProcess, bot_env, corpus_dated_now
from .fake_discord import GUILD_ID, TOKEN, FakeDiscord, Request, guild_create, text_channel

SEED = 14
CHANNELS = 120
KILLS = 3
MESSAGES = r"/channels/\d+/messages"


@pytest.fixture
async def discord_api() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()  # not patched into this process: the bot runs in its own
    await server.start()
    yield server
    await server.stop()


async def until(fake: FakeDiscord, bot: BotProcess, what: str, predicate: Callable[[], bool]) -> None:
    """Wait on the fake for `predicate`; a hang fails naming `what`, with the bot's output."""
    try:
        await fake.wait_until(predicate, DEADLINE)
    except TimeoutError:
        state = "running" if bot.running else f"exited {bot.proc.returncode}"
        raise AssertionError(f"{bot.name} ({state}): {what} never happened; output:\n{bot.output[-4000:]}") from None


def subscribe_channels_due_now(data_dir: Path, channel_ids: list[int]) -> Path:
    """Server channels subscribed (two days ago) at a local time a minute ago, in UTC: due as soon
    as a bot starts. Returns a corpus with something dated today."""
    now = datetime.now(UTC)
    due = now - timedelta(minutes=1)
    store = open_store(None, data_dir)
    try:
        for channel in channel_ids:
            store.upsert_subscription(
                "discord", str(channel), "group", due.hour, due.minute, "UTC", now - timedelta(days=2)
            )
    finally:
        store.close()
    return corpus_dated_now(data_dir)


async def test_sigkill_mid_broadcast_then_restart_posts_each_discord_channel_exactly_once(
    discord_api: FakeDiscord, tmp_path: Path
) -> None:
    fake = discord_api
    rng = random.Random(SEED)
    channels = [1181000000000000000 + i for i in range(CHANNELS)]
    fake.guilds = [guild_create(GUILD_ID, [text_channel(c) for c in channels])]
    corpus = subscribe_channels_due_now(tmp_path, channels)
    env = bot_env(
        tmp_path,
        DISCORD_BOT_TOKEN=TOKEN,
        DISCORD_API_BASE=fake.base,
        MEMORIAL_CORPUS=str(corpus),
        MEMORIAL_BROADCAST_LEASE="3",
    )

    def attempts() -> list[Request]:
        return fake.matching("POST", MESSAGES)

    takeovers: list[float] = []
    killed_at: float | None = None
    held_at_kill: list[int] = []
    for n in range(KILLS + 1):
        before = len(attempts())
        bot = await BotProcess.start(env, cwd=tmp_path, name=f"run{n}")
        try:
            await until(fake, bot, "a first post", lambda: len(attempts()) > before)  # noqa: B023 (awaited here)
            if killed_at is not None:
                takeovers.append(time.monotonic() - killed_at)  # kill → first post attempt of the new process
            if n < KILLS:
                target = fake.created_count() + rng.randint(5, 30)  # the seeded random kill point
                fake.hold_answers_after(target - 1)  # from the target-th message on, answers are held
                await until(fake, bot, f"message {target}", lambda: fake.created_count() >= target)  # noqa: B023
                held_at_kill.append(fake.held)
                assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL
                killed_at = time.monotonic()
                fake.release_answers()
            else:
                await bot.wait_log(r"daily posts: [1-9]\d* sent")
                await bot.wait_log(r"Discord: logged in as .*, 1 server\(s\)")  # the gateway worked too
                assert await bot.stop() == 0, bot.output[-3000:]
        finally:
            if bot.running:
                await bot.stop(signal.SIGKILL)

    store = open_store(None, tmp_path)
    try:
        status = Counter(d.status for d in store.list_deliveries())
    finally:
        store.close()
    bodies = [r.json for r in attempts()]
    assert all(b.get("nonce") and b.get("enforce_nonce") is True for b in bodies)  # every create de-duplicable
    messages = {c: fake.created(c) for c in channels}
    contents = {c: Counter(json.dumps(m["embeds"], sort_keys=True) for m in msgs) for c, msgs in messages.items()}
    lost = [c for c in channels if not messages[c]]
    duplicates = {c: k for c, k in contents.items() if max(k.values(), default=0) > 1}
    parts = {len(msgs) for msgs in messages.values()}
    assert lost == []
    assert duplicates == {}
    assert len(parts) == 1  # each channel has the whole post (same day, same parts), once
    assert status == Counter({"sent": CHANNELS})
    assert fake.deduplicated >= KILLS  # each kill left a created post unanswered; its resend was de-duplicated
    print(
        f"\nDiscord crash rounds: {KILLS} SIGKILLs, {CHANNELS} channels: lost {len(lost)}, duplicates "
        f"{len(duplicates)}; creates in flight at each kill {held_at_kill}, resends answered from the nonce "
        f"{fake.deduplicated}; takeover (kill → first post) {', '.join(f'{t:.1f}' for t in takeovers)} s"
    )
