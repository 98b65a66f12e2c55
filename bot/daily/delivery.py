"""Delivering the daily post: when a subscription is due, and how each post goes out exactly once.

The due-check (`Deliverer.run_due(at)`) is the one place posts are sent from: the scheduler's jobs
only tell it when to look, `memorial-bot post-due --at …` runs it for a given instant, and it runs
at start-up to catch up. For each enabled subscription it works out which local dates are due at
`at` (scheduled instant ≤ at < scheduled instant + grace window), then per (subscription, date):

1. claim the ledger row in the database (a unique key; one winner across processes);
2. build the post, wait for a send slot (bot/pacing.py), send it;
3. mark it sent — or empty (no events, chat chose "nothing"), failed (permanent error or too many
   attempts), or leave it claimed with its lease ending at the retry time (transient error).

Which failure leads to what is spelled out in README "Daily commemorations". When a post is due is
bot/daily/schedule.py's business.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from bot.daily.pacing import Pacer, Sleep
from bot.daily.schedule import due_dates
from bot.platform import PermanentSendError, RetryAfter, Sender, TransientSendError
from bot.replies import Reply
from bot.store import SQLStore, Subscription
from bot.timezones import Clock, utcnow

log = logging.getLogger(__name__)

DEFAULT_GRACE = timedelta(hours=6)

# ---------------------------------------------------------------------------------------------
# The post

# The post for a subscription's local date; None means "nothing to post that day".
PostBuilder = Callable[[Subscription, date], Reply | None]


# ---------------------------------------------------------------------------------------------
# Reporting


@dataclass(slots=True)
class _LeaseState:
    """The broadcast lease as the workers of one broadcast see it."""

    renewed: datetime
    lost: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    subscription: int
    platform: str
    chat: str
    local_date: date
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "subscription": self.subscription,
            "platform": self.platform,
            "chat": self.chat,
            "local_date": self.local_date.isoformat(),
        }
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass
class Report:
    at: datetime
    sent: list[Outcome] = field(default_factory=list)
    skipped: list[Outcome] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "sent": [o.as_json() for o in self.sent],
            "skipped": [o.as_json() for o in self.skipped],
            "failed": [o.as_json() for o in self.failed],
        }

    def extend(self, other: Report) -> None:
        self.sent += other.sent
        self.skipped += other.skipped
        self.failed += other.failed


def new_holder_id() -> str:
    """Who holds a claim or lease: host, process and a random part (pids repeat across hosts)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


# ---------------------------------------------------------------------------------------------
# The deliverer


class Deliverer:
    def __init__(
        self,
        store: SQLStore,
        senders: Iterable[Sender],
        post_builder: PostBuilder,
        *,
        clock: Clock = utcnow,
        sleep: Sleep = asyncio.sleep,
        grace: timedelta = DEFAULT_GRACE,
        holder: str | None = None,
        claim_lease: float = 120.0,  # seconds a claim protects a post being sent
        broadcast_lease: float = 60.0,  # seconds the per-platform broadcast lease lasts unrenewed
        use_broadcast_lease: bool = True,
        concurrency: int = 16,  # sends in flight per platform (pacing still caps the rate)
        send_timeout: float = 30.0,
        send_tries: int = 3,  # transient errors retried in place, with backoff, before deferring
        backoff: float = 1.0,  # first in-place backoff, doubled each time
        retry_delay: float = 300.0,  # a deferred post is claimable again after this (doubled per attempt)
        max_attempts: int = 5,  # claims of one post before giving up on it for that day
        max_rate_limits: int = 5,  # 429s for one post before deferring it
        pacers: dict[str, Pacer] | None = None,
    ) -> None:
        self.store = store
        self.senders = {s.platform: s for s in senders}
        self.post_builder = post_builder
        self.clock = clock
        self.sleep = sleep
        self.grace = grace
        self.holder = holder or new_holder_id()
        self.claim_lease = claim_lease
        self.broadcast_lease = broadcast_lease
        self.use_broadcast_lease = use_broadcast_lease
        self.concurrency = concurrency
        self.send_timeout = send_timeout
        self.send_tries = send_tries
        self.backoff = backoff
        self.retry_delay = retry_delay
        self.max_attempts = max_attempts
        self.max_rate_limits = max_rate_limits
        self.pacers = pacers or {
            p: Pacer(s.limits, clock=clock, sleep=sleep, headroom=0.95) for p, s in self.senders.items()
        }
        self.on_disabled: Callable[[Subscription], Any] | None = None  # the scheduler drops its job
        self.rate_limited = 0  # 429s seen (for the benchmark and logs)

    # -- the due-check ---------------------------------------------------------------------------
    async def run_due(self, at: datetime | None = None, *, subscription_ids: set[int] | None = None) -> Report:
        """Send every post due at `at` (default: now). Never raises: failures are reported."""
        at = at or self.clock()
        report = Report(at)
        try:
            subs = self.store.list_subscriptions()
        except Exception:
            log.exception("due-check at %s: cannot read subscriptions", at.isoformat())
            return report
        by_platform: dict[str, list[tuple[Subscription, date]]] = {}
        for sub in subs:
            if subscription_ids is not None and sub.id not in subscription_ids:
                continue
            try:
                dates = due_dates(sub, at, self.grace)
            except Exception:  # e.g. a zone removed from tzdata: skip it, keep the others going
                log.exception("subscription %s has an unusable schedule", sub.id)
                continue
            by_platform.setdefault(sub.platform, []).extend((sub, d) for d in dates)
        results = await asyncio.gather(*(self._broadcast(p, items, at) for p, items in by_platform.items()))
        for r in results:
            report.extend(r)
        return report

    async def _broadcast(self, platform: str, items: list[tuple[Subscription, date]], at: datetime) -> Report:
        report = Report(at)
        sender = self.senders.get(platform)
        if sender is None:
            report.skipped += [self._outcome(s, d, f"no {platform} sender in this process") for s, d in items]
            return report
        lease = f"broadcast:{platform}"
        if self.use_broadcast_lease and not self.store.acquire_lease(
            lease, self.holder, self.clock(), self.broadcast_lease
        ):
            # Another process is broadcasting on this platform; its due-check or the next sweep
            # covers these posts, and our claims could not have been sent faster anyway.
            report.skipped += [self._outcome(s, d, "another process is broadcasting") for s, d in items]
            return report
        queue: asyncio.Queue[tuple[Subscription, date]] = asyncio.Queue()
        for item in items:
            queue.put_nowait(item)
        state = _LeaseState(self.clock())

        async def worker() -> None:
            while not queue.empty() and not state.lost:
                sub, d = queue.get_nowait()
                if self.use_broadcast_lease and (self.clock() - state.renewed).total_seconds() > (
                    self.broadcast_lease / 3
                ):
                    if self.store.acquire_lease(lease, self.holder, self.clock(), self.broadcast_lease):
                        state.renewed = self.clock()
                    else:
                        state.lost = True
                        report.skipped.append(self._outcome(sub, d, "broadcast lease lost"))
                        break
                await self._deliver_one(sender, sub, d, report)

        try:
            await asyncio.gather(*(worker() for _ in range(max(1, min(self.concurrency, len(items))))))
        except asyncio.CancelledError:  # shutting down: let the next broadcaster start at once
            self._release(lease, state.lost)
            raise
        # (A crash skips the release: the lease then runs out after broadcast_lease seconds.)
        while not queue.empty():  # left over after a lost lease: another process takes them
            sub, d = queue.get_nowait()
            report.skipped.append(self._outcome(sub, d, "broadcast lease lost"))
        self._release(lease, state.lost)
        return report

    def _release(self, lease: str, lost: bool) -> None:
        if self.use_broadcast_lease and not lost:
            try:
                self.store.release_lease(lease, self.holder)
            except Exception:
                log.exception("could not release %s", lease)

    @staticmethod
    def _outcome(sub: Subscription, d: date, reason: str = "") -> Outcome:
        return Outcome(sub.id, sub.platform, sub.chat_id, d, reason)

    async def _deliver_one(self, sender: Sender, sub: Subscription, d: date, report: Report) -> None:
        """One post. Catches everything: one broken subscription never blocks the others."""
        try:
            await self._deliver(sender, sub, d, report)
        except Exception as exc:
            log.exception("delivery of subscription %s for %s failed unexpectedly", sub.id, d)
            report.failed.append(self._outcome(sub, d, f"internal error: {type(exc).__name__}"))

    async def _deliver(self, sender: Sender, sub: Subscription, d: date, report: Report) -> None:
        store = self.store
        claim = store.claim_delivery(sub.id, d, self.holder, self.clock(), self.claim_lease)
        if claim is None:
            existing = store.get_delivery(sub.id, d)
            if existing is None:
                reason = "not claimable"
            elif existing.status != "claimed":
                reason = f"already {existing.status}"
            elif existing.last_error and existing.lease_until:
                reason = f"retry scheduled at {existing.lease_until.isoformat()} after: {existing.last_error}"
            else:
                reason = "being sent by another process"
            report.skipped.append(self._outcome(sub, d, reason))
            return
        if claim.attempt > self.max_attempts:
            store.mark_failed(claim, self.clock(), f"gave up after {self.max_attempts} attempts")
            log.warning("subscription %s, %s: gave up after %s attempts", sub.id, d, self.max_attempts)
            report.failed.append(self._outcome(sub, d, f"gave up after {self.max_attempts} attempts"))
            return
        try:
            reply = self.post_builder(sub, d)
        except Exception as exc:
            log.exception("building the post for subscription %s, %s failed", sub.id, d)
            self._defer(claim, f"post could not be built: {type(exc).__name__}", report, sub)
            return
        if reply is None:
            store.mark_empty(claim, self.clock())
            report.skipped.append(self._outcome(sub, d, "nothing to post: no dated events that day"))
            return

        pacer = self.pacers[sender.platform]
        transient = rate_limited = 0
        while True:
            await pacer.acquire(sub.chat_id, sub.chat_kind)
            try:
                await asyncio.wait_for(sender.send(sub.chat_id, sub.chat_kind, reply), self.send_timeout)
            except RetryAfter as exc:
                self.rate_limited += 1
                rate_limited += 1
                pacer.pause(exc.seconds)
                log.info("%s asked to wait %.1f s (subscription %s)", sender.platform, exc.seconds, sub.id)
                if rate_limited >= self.max_rate_limits or exc.seconds > self.claim_lease / 2:
                    retry_at = self.clock() + timedelta(seconds=exc.seconds)
                    self._defer(claim, str(exc), report, sub, retry_at=retry_at)
                    return
                continue
            except PermanentSendError as exc:
                now = self.clock()
                store.mark_failed(claim, now, exc.reason)
                disabled = store.disable_subscription(sub.id, exc.reason, now)
                log.warning("subscription %s (%s chat %s) disabled: %s", sub.id, sub.platform, sub.chat_id, exc.reason)
                report.failed.append(self._outcome(sub, d, f"disabled: {exc.reason}"))
                if self.on_disabled and disabled:
                    try:
                        self.on_disabled(disabled)
                    except Exception:
                        log.exception("on_disabled hook failed")
                return
            except (TransientSendError, TimeoutError, OSError) as exc:
                transient += 1
                message = str(exc) or type(exc).__name__
                if transient >= self.send_tries:
                    self._defer(claim, message, report, sub)
                    return
                await self.sleep(self.backoff * 2 ** (transient - 1))
                continue
            except Exception as exc:  # a sender bug: log it, retry later, keep the others going
                log.exception("%s sender raised for subscription %s", sender.platform, sub.id)
                self._defer(claim, f"sender error: {type(exc).__name__}", report, sub)
                return
            if not store.mark_sent(claim, self.clock()):
                # Our claim expired and someone took the row over while the platform was
                # answering: the post went out, and may go out again. Log loudly; it means
                # claim_lease is too short for this platform's latency.
                log.error("subscription %s, %s: sent after its claim expired (possible duplicate)", sub.id, d)
            report.sent.append(self._outcome(sub, d))
            return

    def _defer(
        self, claim: Any, error: str, report: Report, sub: Subscription, retry_at: datetime | None = None
    ) -> None:
        """Leave the post claimed with its lease ending at the retry time: the next due-check at
        or after it (any process) claims it again, if the grace window is still open."""
        if retry_at is None:
            retry_at = self.clock() + timedelta(seconds=min(self.retry_delay * 2 ** (claim.attempt - 1), 3600))
        self.store.release_for_retry(claim, retry_at, error)
        log.warning("subscription %s, %s: %s; retrying after %s", sub.id, claim.local_date, error, retry_at.isoformat())
        report.failed.append(
            self._outcome(sub, claim.local_date, f"{error}; will retry after {retry_at.isoformat(timespec='seconds')}")
        )
