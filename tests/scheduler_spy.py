"""A stand-in for the running scheduler in `core.services.scheduler`: it records which
subscriptions changed and lets a test wait for them. Membership events (blocked, removed, channel
deleted) send nothing back to the platform, so this notice is what a test can wait on."""

from __future__ import annotations

import asyncio

WAIT = 20.0  # failure guard only: waits end as soon as the notice arrives


class SchedulerSpy:
    def __init__(self) -> None:
        self.changed: list[int] = []
        self._event = asyncio.Event()

    def subscription_changed(self, sub_id: int) -> None:
        self.changed.append(sub_id)
        self._event.set()

    async def wait(self, count: int) -> list[int]:
        """Until `count` changes were recorded in all; returns them."""

        async def until() -> None:
            while len(self.changed) < count:
                self._event.clear()
                await self._event.wait()

        await asyncio.wait_for(until(), WAIT)
        return self.changed
