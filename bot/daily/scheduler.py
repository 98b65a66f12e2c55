"""APScheduler wiring: one job per subscription, fired at the chat's local time, rebuilt from the
database — the jobs are a wake-up schedule, never the source of truth.

* Subscriptions and the deliveries ledger live in the store. At start-up every enabled
  subscription gets a job (`rebuild`), and a catch-up due-check runs at once: posts missed while
  the bot was down go out if still within the grace window, never twice.
* A subscription change (`/subscribe`, `/unsubscribe`, a permanent send error) updates its job
  (`subscription_changed`).
* Each job's trigger (`LocalDailyTrigger`) fires at hour:minute local time under the DST rule of
  bot/delivery.py (`scheduled_at`), the same rule the due-check uses. APScheduler's own
  CronTrigger can fire zero or two times on a DST change day; ours fires exactly once per local date.
* A firing job does not send "its" post directly: it runs the due-check (`sweep`), coalesced so
  that 10,000 jobs firing the same minute make one paced broadcast. A periodic sweep picks up
  deferred retries and expired claims; the ledger keeps all of this exactly-once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot import metrics
from bot.daily.delivery import Deliverer, PostBuilder, UncertainPolicy
from bot.daily.schedule import next_post_at
from bot.platform import Sender
from bot.store import SQLStore, Subscription
from bot.timezones import Clock, utcnow

log = logging.getLogger(__name__)

JOB_PREFIX = "sub:"


class LocalDailyTrigger(BaseTrigger):
    """Fires once per local date at hour:minute in `tz_name` (see bot.daily.delivery.scheduled_at)."""

    __slots__ = ("hour", "minute", "tz_name")

    def __init__(self, hour: int, minute: int, tz_name: str) -> None:
        self.hour, self.minute, self.tz_name = hour, minute, tz_name

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        # From the previous fire time when there is one (APScheduler's contract); else the first
        # instant at or after now.
        after = previous_fire_time if previous_fire_time else now - timedelta(microseconds=1)
        _, t = next_post_at(self.hour, self.minute, self.tz_name, after)
        return t

    def __str__(self) -> str:
        return f"daily at {self.hour:02d}:{self.minute:02d} {self.tz_name}"

    def __repr__(self) -> str:
        return f"<LocalDailyTrigger {self}>"


class DailyScheduler:
    def __init__(
        self,
        store: SQLStore,
        deliverer: Deliverer,
        *,
        clock: Clock = utcnow,
        sweep_seconds: float = 60.0,
        scheduler: AsyncIOScheduler | None = None,
    ) -> None:
        self.store = store
        self.deliverer = deliverer
        self.clock = clock
        self.sweep_seconds = sweep_seconds
        grace = int(deliverer.grace.total_seconds())
        self.scheduler = scheduler or AsyncIOScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace}
        )
        deliverer.on_disabled = lambda sub: self.subscription_changed(sub.id)
        self._running = False
        self._pending = False
        self._closing = False  # aclose() began: no further due-check starts
        self._task: asyncio.Task[Any] | None = None
        self.last_report: Any = None

    # -- jobs ----------------------------------------------------------------------------------
    def _put_job(self, sub: Subscription) -> None:
        self.scheduler.add_job(
            self.fire,
            LocalDailyTrigger(sub.hour, sub.minute, sub.timezone),
            args=(sub.id,),
            id=f"{JOB_PREFIX}{sub.id}",
            name=f"daily post {sub.platform}:{sub.chat_id}",
            replace_existing=True,
        )

    def rebuild(self) -> int:
        """Make the jobs match the enabled subscriptions in the database. Returns the job count."""
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX):
                job.remove()
        subs = self.store.list_subscriptions()
        for sub in subs:
            self._put_job(sub)
        return len(subs)

    def subscription_changed(self, sub_id: int) -> None:
        sub = self.store.get_subscription_by_id(sub_id)
        job_id = f"{JOB_PREFIX}{sub_id}"
        if sub is not None and sub.enabled:
            self._put_job(sub)
        elif self.scheduler.get_job(job_id):
            self.scheduler.remove_job(job_id)

    def start(self, *, catch_up: bool = True) -> None:
        """Start on the running event loop: jobs from the database, the periodic sweep, and
        (by default) a catch-up sweep right away."""
        self.scheduler.start()
        count = self.rebuild()
        self.scheduler.add_job(
            self.sweep, IntervalTrigger(seconds=self.sweep_seconds), id="sweep", replace_existing=True
        )
        if catch_up:
            self.scheduler.add_job(self.sweep, id="catch-up", replace_existing=True)  # runs now
        log.info("daily posts: %d subscriptions scheduled", count)

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    async def aclose(self, timeout: float) -> None:
        """Graceful stop: no new due-check starts; the one in flight gets `timeout` seconds to
        finish its broadcast. Past that it is cancelled: the broadcast lease is released at once,
        and posts claimed but not confirmed stay claimed until their lease runs out, then any
        process retries them (a send whose outcome is unknown is not repeated early)."""
        self._closing = True
        # Pause, not shut down, while waiting: APScheduler's shutdown cancels the coroutine jobs
        # that are running, which would cut the broadcast short at once.
        if self.scheduler.running:
            self.scheduler.pause()
        task = self._task
        if task is not None and not task.done():
            try:
                await asyncio.wait_for(asyncio.shield(task), timeout)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self.shutdown()

    def _look_again_after_lease(self) -> None:
        """Another process held a broadcast lease: sweep again when it can have run out, so a
        crashed broadcaster is taken over within one lease (not at the next minute's sweep)."""
        when = datetime.now(UTC) + timedelta(seconds=self.deliverer.broadcast_lease + 1)
        try:
            self.scheduler.add_job(self.sweep, DateTrigger(when), id="lease-retry", replace_existing=True)
        except Exception:  # the scheduler is not running (a test driving sweep() directly)
            log.debug("cannot schedule the lease retry", exc_info=True)

    # -- firing ---------------------------------------------------------------------------------
    async def fire(self, sub_id: int) -> None:
        await self.sweep()

    async def sweep(self) -> None:
        """Run the due-check now; if one is already running, run once more when it ends (so a
        job firing mid-broadcast is never lost, and simultaneous jobs make one broadcast)."""
        if self._running:
            self._pending = True
            return
        if self._closing:
            return
        self._running = True
        self._task = asyncio.current_task()
        try:
            while True:
                self._pending = False
                try:
                    report = await self.deliverer.run_due(self.clock())
                except Exception:  # run_due reports failures itself; this is a last resort
                    log.exception("due-check failed")
                else:
                    self.last_report = report
                    metrics.DAILY_POSTS.labels("sent").inc(len(report.sent))
                    metrics.DAILY_POSTS.labels("skipped").inc(len(report.skipped))
                    metrics.DAILY_POSTS.labels("failed").inc(len(report.failed))
                    metrics.DAILY_POSTS.labels("uncertain").inc(len(report.uncertain))
                    if report.lease_busy:
                        self._look_again_after_lease()
                    metrics.LAST_DAILY_RUN.set(self.clock().timestamp())
                    if report.sent or report.failed or report.uncertain:
                        log.info(
                            "daily posts: %d sent, %d skipped, %d failed, %d uncertain",
                            len(report.sent),
                            len(report.skipped),
                            len(report.failed),
                            len(report.uncertain),
                        )
                if not self._pending or self._closing:
                    break
        finally:
            self._running = False


def start_daily_posts(
    store: SQLStore,
    senders: Sequence[Sender],
    build_post: PostBuilder,
    *,
    grace_hours: float = 6.0,
    uncertain: str = "skip",
    broadcast_lease: float = 15.0,
) -> DailyScheduler:
    """One call for the composition root, inside the running event loop: build the deliverer with
    the adapters' senders and the post builder, and start the scheduler. The caller registers the
    result as the core's `services.scheduler` so /subscribe and friends keep the jobs in step."""
    policy: UncertainPolicy = "resend" if uncertain == "resend" else "skip"
    # A sender that brings its platform's send budget (Telegram: shared with its replies) is paced by it.
    pacers = {s.platform: pacer for s in senders if (pacer := getattr(s, "pacer", None)) is not None}
    deliverer = Deliverer(
        store,
        list(senders),
        build_post,
        grace=timedelta(hours=grace_hours),
        uncertain=policy,
        broadcast_lease=broadcast_lease,
        heartbeat=broadcast_lease / 3,
        pacers=pacers,
    )
    daily = DailyScheduler(store, deliverer)
    daily.start()
    return daily
