"""Send pacing: keep a broadcast inside a platform's rate limits instead of bouncing off them.

`Pacer.acquire(chat_id, chat_kind)` hands out send slots one at a time, first come, first served,
each no sooner than every limit allows (overall rate, per chat, per group per minute).
A platform's "retry after N s" pauses every slot (`pause`), as Telegram applies it to the bot.

One pacer is the whole send budget of a bot token in this process: the Telegram adapter's replies
draw from it with `urgent=True` (a person is waiting) and the daily broadcast without. An urgent
request is served before any waiting broadcast slot; the broadcast gets what replies leave.

Limits are approximate on the platform's side, and network jitter can bunch requests together on
arrival, so we aim a little under them (`headroom`, default 95%; at 97% the busiest rolling second
of the two-process scale-out test often sat at exactly 30).

Time is injected (`clock`, `sleep`) so tests and the benchmark's fake clock run without waiting.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable

from bot.platform import PlatformLimits
from bot.timezones import Clock, utcnow

Sleep = Callable[[float], Awaitable[None]]


class Pacer:
    def __init__(
        self,
        limits: PlatformLimits,
        *,
        clock: Clock = utcnow,
        sleep: Sleep = asyncio.sleep,
        headroom: float = 0.95,
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
        self._lock = asyncio.Lock()
        self._urgent = 0  # urgent requests waiting for a slot
        self._no_urgent = asyncio.Event()
        self._no_urgent.set()

    def _now(self) -> float:
        return self.clock().timestamp()

    def pause(self, seconds: float) -> None:
        """The platform asked us to wait: no slot before now + seconds."""
        self._next = max(self._next, self._now() + seconds)

    def _chat_ready(self, chat_id: str, chat_kind: str) -> float:
        """Earliest time this chat may get its next message (per-chat and per-group limits)."""
        ready = self._chat_next.get(chat_id, 0.0)
        if self.group_per_minute and chat_kind != "private":
            window = self._group_slots.setdefault(chat_id, deque())
            while window and window[0] <= self._now() - 60.0:
                window.popleft()
            if len(window) >= self.group_per_minute:
                ready = max(ready, window[0] + 60.0)
        return ready

    async def _wait_until(self, t: float) -> None:
        wait = t - self._now()
        if wait > 0:
            self.waited += wait
            await self.sleep(wait)

    async def acquire(self, chat_id: str, chat_kind: str = "private", *, urgent: bool = False) -> None:
        """Wait for a send slot. The chat's own limits are waited for first, outside the lock
        (so a chat retried within its second does not hold up the others); then one grant at a
        time, spaced by the overall interval from the *actual* previous grant, so an event-loop
        stall can never bunch sends together on the platform's side.

        `urgent` (a reply) goes before every non-urgent waiter: those give way whenever an urgent
        request is waiting, even after taking the lock, so a reply waits at most one interval
        behind the broadcast."""
        await self._wait_until(self._chat_ready(chat_id, chat_kind))
        if urgent:
            self._urgent += 1
            self._no_urgent.clear()
        try:
            while True:
                if not urgent:
                    await self._no_urgent.wait()
                async with self._lock:
                    if self._grant_when_free(urgent) and await self._take_slot(chat_id, chat_kind, urgent):
                        return
        finally:
            if urgent:
                self._urgent -= 1
                if self._urgent == 0:
                    self._no_urgent.set()

    def _grant_when_free(self, urgent: bool) -> bool:
        return urgent or self._urgent == 0

    async def _take_slot(self, chat_id: str, chat_kind: str, urgent: bool) -> bool:
        """Under the lock: wait for the slot and take it; False when a non-urgent caller must give
        way to an urgent one that arrived meanwhile."""
        while True:
            target = max(self._next, self._chat_ready(chat_id, chat_kind))
            await self._wait_until(target)
            if not self._grant_when_free(urgent):
                return False
            if self._next <= target:  # else a pause() arrived while we slept: wait again
                break
        granted = self._now()
        self._next = granted + self.interval
        self._chat_next[chat_id] = granted + self.chat_interval
        if self.group_per_minute and chat_kind != "private":
            self._group_slots.setdefault(chat_id, deque()).append(granted)
        return True
