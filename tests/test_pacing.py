"""The send budget (bot/daily/pacing.py) shared by replies and the daily broadcast: a reply waiting
for a slot goes before every broadcast slot still waiting, and both keep to the limits."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.daily.pacing import Pacer
from bot.platform import TELEGRAM_LIMITS


class SteppingClock:
    """Fake time: a sleep advances it at once, but still yields, so other waiters run meanwhile."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        await asyncio.sleep(0)


async def test_a_reply_is_served_before_the_waiting_broadcast() -> None:
    clock = SteppingClock()
    pacer = Pacer(TELEGRAM_LIMITS, clock=clock, sleep=clock.sleep)
    granted: list[str] = []

    async def take(chat: str, urgent: bool = False) -> None:
        await pacer.acquire(chat, urgent=urgent)
        granted.append(chat)

    broadcast = [asyncio.create_task(take(f"post{i}")) for i in range(10)]
    while len(granted) < 2:  # the broadcast is under way, eight posts still waiting
        await asyncio.sleep(0)
    await take("reply", urgent=True)
    await asyncio.gather(*broadcast)
    assert granted.index("reply") <= 3  # at most the slot already being waited for goes first
    assert len(granted) == 11 and len(set(granted)) == 11


async def test_a_chat_waits_its_second_whoever_sends() -> None:
    clock = SteppingClock()
    pacer = Pacer(TELEGRAM_LIMITS, clock=clock, sleep=clock.sleep)
    await pacer.acquire("42")
    first = clock()
    await pacer.acquire("42", urgent=True)  # the reply to a chat that just got its post
    assert (clock() - first).total_seconds() >= 1.0
