"""Send pacing: keep a broadcast inside a platform's rate limits instead of bouncing off them.

`Pacer.acquire(chat_id, chat_kind)` hands out send slots. Each caller *reserves* the earliest
slot that satisfies every limit (overall rate, per chat, per group per minute) and then waits for
it, so concurrent senders never race for the same slot and the order is first come, first served.
A platform's "retry after N s" pauses every slot (`pause`), as Telegram applies it to the bot.

Limits are approximate on the platform's side, and network jitter can bunch requests together on
arrival, so we aim a little under them (`headroom`, default 97%).

Time is injected (`clock`, `sleep`) so tests and the benchmark's fake clock run without waiting.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.sending import PlatformLimits

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Pacer:
    def __init__(
        self,
        limits: PlatformLimits,
        *,
        clock: Clock = _utcnow,
        sleep: Sleep = asyncio.sleep,
        headroom: float = 0.97,
    ) -> None:
        self.limits = limits
        self.clock = clock
        self.sleep = sleep
        self.interval = 1.0 / (limits.messages_per_second * headroom)
        self.chat_interval = 1.0 / (limits.per_chat_per_second * headroom)
        self.group_per_minute = (
            max(1, int(limits.per_group_per_minute * headroom)) if limits.per_group_per_minute else None
        )
        self._next = 0.0  # earliest free overall slot, epoch seconds
        self._chat_next: dict[str, float] = {}
        self._group_slots: dict[str, deque[float]] = {}
        self.waited = 0.0  # total seconds callers spent waiting (for the benchmark)

    def _now(self) -> float:
        return self.clock().timestamp()

    def pause(self, seconds: float) -> None:
        """The platform asked us to wait: no slot before now + seconds."""
        self._next = max(self._next, self._now() + seconds)

    def reserve(self, chat_id: str, chat_kind: str = "private") -> float:
        """Book the earliest slot for this chat; returns its time (epoch seconds)."""
        slot = max(self._now(), self._next, self._chat_next.get(chat_id, 0.0))
        window = None
        if self.group_per_minute and chat_kind != "private":
            window = self._group_slots.setdefault(chat_id, deque())
            while window and window[0] <= slot - 60.0:
                window.popleft()
            if len(window) >= self.group_per_minute:
                slot = max(slot, window[0] + 60.0)
        self._next = slot + self.interval
        self._chat_next[chat_id] = slot + self.chat_interval
        if window is not None:
            window.append(slot)
        return slot

    async def acquire(self, chat_id: str, chat_kind: str = "private") -> None:
        slot = self.reserve(chat_id, chat_kind)
        wait = slot - self._now()
        if wait > 0:
            self.waited += wait
            await self.sleep(wait)
