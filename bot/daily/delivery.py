"""Delivering the daily post: when a subscription is due, and how each post goes out exactly once.

The due-check (`Deliverer.run_due(at)`) is the one place posts are sent from: the scheduler's jobs
only tell it when to look, `memorial-bot post-due --at …` runs it for a given instant, and it runs
at start-up to catch up. For each enabled subscription it works out which local dates are due at
`at` (scheduled instant ≤ at < scheduled instant + grace window), then per (subscription, date):

1. claim the ledger row in the database (a unique key; one winner across processes);
2. build the post, wait for a send slot (bot/pacing.py), send it;
3. mark it sent — or empty (no events, chat chose "nothing"), failed (permanent error or too many
   attempts), uncertain (the platform may have it and a resend could duplicate it; see
   MEMORIAL_UNCERTAIN), or leave it claimed with its lease ending at the retry time (transient error).

One process broadcasts per platform at a time: it holds a short broadcast lease (15 s), renewed by
a heartbeat every 5 s while it sends. The lease's fencing token goes with every claim, so a new
holder takes a crashed (or paused) holder's claims over at once, and a holder that lost the lease
neither claims nor sends. Store calls run in a worker thread: a database round trip never stalls
the event loop (the platforms' clients and the other workers keep going).

Which failure leads to what is spelled out in docs/faults.md. When a post is due is
bot/daily/schedule.py's business.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal, ParamSpec, TypeVar

from bot.daily.pacing import Pacer, Sleep
from bot.daily.schedule import due_dates
from bot.metrics import RATE_LIMITED
from bot.platform import PermanentSendError, RetryAfter, Sender, TransientSendError, UncertainSendError
from bot.replies import Reply
from bot.store import Claim, SQLStore, Subscription
from bot.timezones import Clock, utcnow

log = logging.getLogger(__name__)

DEFAULT_GRACE = timedelta(hours=6)

# What to do with a send whose outcome is unknown on a platform without idempotent sends
# (Telegram): 'skip' records it as uncertain and never resends (at most once: a missing post is
# visible in /metrics, post-due --json and the log; a duplicate is what users complain about);
# 'resend' retries it (at least once: never missing, sometimes twice).
UncertainPolicy = Literal["skip", "resend"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

# ---------------------------------------------------------------------------------------------
# The post

# The post for a subscription's local date; None means "nothing to post that day".
PostBuilder = Callable[[Subscription, date], Reply | None]


# ---------------------------------------------------------------------------------------------
# Reporting


@dataclass(slots=True)
class _LeaseState:
    """The broadcast lease as the workers of one broadcast see it."""

    renewed: datetime  # (store clock) when it was last renewed
    token: int | None = None  # fencing token; None without a broadcast lease
    deadline: float = float("inf")  # (monotonic) past this, the lease may be someone else's
    lost: bool = False
    renewing: asyncio.Future[None] | None = None  # the heartbeat's renewal in flight


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
    # Posts the platform may or may not have (MEMORIAL_UNCERTAIN=skip): not resent, reported.
    uncertain: list[Outcome] = field(default_factory=list)
    # Another process held a broadcast lease: try again when it can have run out.
    lease_busy: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "sent": [o.as_json() for o in self.sent],
            "skipped": [o.as_json() for o in self.skipped],
            "failed": [o.as_json() for o in self.failed],
            "uncertain": [o.as_json() for o in self.uncertain],
        }

    def extend(self, other: Report) -> None:
        self.sent += other.sent
        self.skipped += other.skipped
        self.failed += other.failed
        self.uncertain += other.uncertain
        self.lease_busy = self.lease_busy or other.lease_busy


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
        broadcast_lease: float = 15.0,  # seconds the per-platform broadcast lease lasts unrenewed
        heartbeat: float = 5.0,  # the lease is renewed this often while broadcasting
        heartbeat_sleep: Sleep = asyncio.sleep,  # real time even when `sleep` is a test's fake
        monotonic: Callable[[], float] = time.monotonic,
        use_broadcast_lease: bool = True,
        uncertain: UncertainPolicy = "skip",
        store_in_thread: bool = True,  # store calls in a worker thread, off the event loop
        concurrency: int = 16,  # sends in flight per platform (pacing still caps the rate)
        send_timeout: float = 90.0,  # above the senders' own read timeouts (60 s): "slow" is not "uncertain"
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
        self.heartbeat = heartbeat
        self.heartbeat_sleep = heartbeat_sleep
        self.monotonic = monotonic
        self.use_broadcast_lease = use_broadcast_lease
        if uncertain not in ("skip", "resend"):
            raise ValueError(f"uncertain must be 'skip' or 'resend', not {uncertain!r}")
        self.uncertain: UncertainPolicy = uncertain
        self.store_in_thread = store_in_thread
        self.concurrency = concurrency
        self.send_timeout = send_timeout
        self.send_tries = send_tries
        self.backoff = backoff
        self.retry_delay = retry_delay
        self.max_attempts = max_attempts
        self.max_rate_limits = max_rate_limits
        # A platform without a pacer given gets its own; a given one may be shared with the
        # adapter's replies (one send budget per bot token, docs/pacing.md).
        self.pacers = {p: Pacer(s.limits, clock=clock, sleep=sleep, headroom=0.95) for p, s in self.senders.items()} | (
            pacers or {}
        )
        self.on_disabled: Callable[[Subscription], Any] | None = None  # the scheduler drops its job
        self.rate_limited = 0  # 429s seen (for the benchmark and logs)

    async def _db(self, fn: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """A store call, in a worker thread so its round trip does not stall the event loop (both
        stores serialise their connection with a lock, so threads are safe)."""
        if self.store_in_thread:
            return await asyncio.to_thread(fn, *args, **kwargs)
        return fn(*args, **kwargs)

    # -- the due-check ---------------------------------------------------------------------------
    async def run_due(self, at: datetime | None = None, *, subscription_ids: set[int] | None = None) -> Report:
        """Send every post due at `at` (default: now). Never raises: failures are reported."""
        at = at or self.clock()
        report = Report(at)
        try:
            subs = await self._db(self.store.list_subscriptions)
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
        state = _LeaseState(self.clock())
        if self.use_broadcast_lease:
            started = self.monotonic()
            state.token = await self._db(
                self.store.acquire_lease, lease, self.holder, self.clock(), self.broadcast_lease
            )
            if state.token is None:
                # Another process is broadcasting on this platform; if it has died, its lease
                # runs out within broadcast_lease seconds and the scheduler looks again then.
                report.skipped += [self._outcome(s, d, "another process is broadcasting") for s, d in items]
                report.lease_busy = True
                return report
            state.deadline = started + self.broadcast_lease - self.heartbeat
            log.info("%s taken (token %s): %d posts due", lease, state.token, len(items))
        queue: asyncio.Queue[tuple[Subscription, date]] = asyncio.Queue()
        for item in items:
            queue.put_nowait(item)

        async def heartbeat() -> None:
            while not state.lost:
                await self.heartbeat_sleep(self.heartbeat)
                # Shielded: stopping the heartbeat waits for a renewal already sent, so it cannot
                # land after the release and hold the lease for another round.
                state.renewing = asyncio.ensure_future(self._renew(lease, state))
                await asyncio.shield(state.renewing)

        async def worker() -> None:
            while not queue.empty() and not state.lost:
                sub, d = queue.get_nowait()
                if self.use_broadcast_lease and (self.clock() - state.renewed).total_seconds() > (
                    self.heartbeat
                ):  # renewal between posts too (the heartbeat covers long sends)
                    await self._renew(lease, state)
                if state.lost:
                    report.skipped.append(self._outcome(sub, d, "broadcast lease lost"))
                    break
                await self._deliver_one(sender, sub, d, report, state, lease)

        beat = asyncio.create_task(heartbeat()) if self.use_broadcast_lease else None
        try:
            await asyncio.gather(*(worker() for _ in range(max(1, min(self.concurrency, len(items))))))
        except asyncio.CancelledError:  # shutting down: let the next broadcaster start at once
            await self._stop_heartbeat(beat, state)
            await self._release(lease, state.lost)
            raise
        finally:
            if beat is not None:
                beat.cancel()  # (already stopped, except when a worker raised a BaseException)
        await self._stop_heartbeat(beat, state)
        # (A crash skips the release: the lease then runs out after broadcast_lease seconds.)
        while not queue.empty():  # left over after a lost lease: another process takes them
            sub, d = queue.get_nowait()
            report.skipped.append(self._outcome(sub, d, "broadcast lease lost"))
        await self._release(lease, state.lost)
        return report

    @staticmethod
    async def _stop_heartbeat(beat: asyncio.Task[None] | None, state: _LeaseState) -> None:
        if beat is None:
            return
        beat.cancel()
        if state.renewing is not None and not state.renewing.done():
            await asyncio.wait([state.renewing])

    async def _renew(self, lease: str, state: _LeaseState) -> None:
        """Renew the broadcast lease. Another token back (or none) means it changed hands: stop."""
        started = self.monotonic()
        try:
            token = await self._db(self.store.acquire_lease, lease, self.holder, self.clock(), self.broadcast_lease)
        except Exception:  # the database is unreachable: keep the old deadline, which then runs out
            log.exception("could not renew %s", lease)
            return
        if token is None or token != state.token:
            if not state.lost:
                log.warning("%s lost to another process; this one stops sending", lease)
            state.lost = True
            if token is not None:  # re-taken under a new token after someone else had it: let it go
                await self._release(lease, False)
            return
        state.renewed = self.clock()
        state.deadline = started + self.broadcast_lease - self.heartbeat

    def _lease_ok(self, state: _LeaseState) -> bool:
        """May this process still send? Not once the lease is lost, nor past its deadline (e.g.
        the process was paused, or the database stopped answering the heartbeat)."""
        return not self.use_broadcast_lease or (not state.lost and self.monotonic() < state.deadline)

    async def _release(self, lease: str, lost: bool) -> None:
        if self.use_broadcast_lease and not lost:
            try:
                await self._db(self.store.release_lease, lease, self.holder)
            except Exception:
                log.exception("could not release %s", lease)

    @staticmethod
    def _outcome(sub: Subscription, d: date, reason: str = "") -> Outcome:
        return Outcome(sub.id, sub.platform, sub.chat_id, d, reason)

    async def _deliver_one(
        self, sender: Sender, sub: Subscription, d: date, report: Report, state: _LeaseState, lease: str
    ) -> None:
        """One post. Catches everything: one broken subscription never blocks the others."""
        try:
            await self._deliver(sender, sub, d, report, state, lease)
        except Exception as exc:
            log.exception("delivery of subscription %s for %s failed unexpectedly", sub.id, d)
            report.failed.append(self._outcome(sub, d, f"internal error: {type(exc).__name__}"))

    async def _deliver(
        self, sender: Sender, sub: Subscription, d: date, report: Report, state: _LeaseState, lease: str
    ) -> None:
        store = self.store
        fence = (lease, state.token) if state.token is not None else None
        claim = await self._db(
            store.claim_delivery, sub.id, d, self.holder, self.clock(), self.claim_lease, fence=fence
        )
        if claim is None:
            existing = await self._db(store.get_delivery, sub.id, d)
            if existing is None:
                reason = "broadcast lease lost" if fence else "not claimable"
            elif existing.status != "claimed":
                reason = f"already {existing.status}"
            elif existing.last_error and existing.lease_until:
                reason = f"retry scheduled at {existing.lease_until.isoformat()} after: {existing.last_error}"
            else:
                reason = "being sent by another process"
            report.skipped.append(self._outcome(sub, d, reason))
            return
        # A platform that de-duplicates retries (Discord's nonce) makes every resend safe.
        idempotent = bool(getattr(sender, "idempotent", False))
        if claim.send_started is not None and not idempotent and self.uncertain == "skip":
            # The previous holder had begun writing this post when it stopped (crash, lost lease,
            # or its process was cut off mid-send): the platform may have it.
            await self._uncertain(claim, sub, "an earlier attempt stopped mid-send", report)
            return
        if claim.attempt > self.max_attempts:
            await self._db(store.mark_failed, claim, self.clock(), f"gave up after {self.max_attempts} attempts")
            log.warning("subscription %s, %s: gave up after %s attempts", sub.id, d, self.max_attempts)
            report.failed.append(self._outcome(sub, d, f"gave up after {self.max_attempts} attempts"))
            return
        try:
            reply = self.post_builder(sub, d)
        except Exception as exc:
            log.exception("building the post for subscription %s, %s failed", sub.id, d)
            await self._defer(claim, f"post could not be built: {type(exc).__name__}", report, sub)
            return
        if reply is None:
            await self._db(store.mark_empty, claim, self.clock())
            report.skipped.append(self._outcome(sub, d, "nothing to post: no dated events that day"))
            return

        pacer = self.pacers[sender.platform]
        transient = rate_limited = 0
        # Same key on every attempt at this post: the platform's de-duplication key (Discord nonce).
        extra: dict[str, Any] = {"key": f"{sub.id}:{d.isoformat()}"} if idempotent else {}
        while True:
            await pacer.acquire(sub.chat_id, sub.chat_kind)
            if not self._lease_ok(state):
                # The claim stays; the lease's new holder takes it over by its newer token.
                report.skipped.append(self._outcome(sub, d, "broadcast lease lost"))
                return
            if not await self._db(store.mark_sending, claim, self.clock()):
                report.skipped.append(self._outcome(sub, d, "claim taken over by another process"))
                return
            try:
                await asyncio.wait_for(sender.send(sub.chat_id, sub.chat_kind, reply, **extra), self.send_timeout)
            except RetryAfter as exc:
                self.rate_limited += 1
                rate_limited += 1
                RATE_LIMITED.labels(sender.platform, "daily").inc()
                pacer.pause(exc.seconds)
                log.info("%s asked to wait %.1f s (subscription %s)", sender.platform, exc.seconds, sub.id)
                if rate_limited >= self.max_rate_limits or exc.seconds > self.claim_lease / 2:
                    retry_at = self.clock() + timedelta(seconds=exc.seconds)
                    await self._defer(claim, str(exc), report, sub, retry_at=retry_at)
                    return
                continue
            except PermanentSendError as exc:
                now = self.clock()
                await self._db(store.mark_failed, claim, now, exc.reason)
                disabled = await self._db(store.disable_subscription, sub.id, exc.reason, now)
                log.warning("subscription %s (%s chat %s) disabled: %s", sub.id, sub.platform, sub.chat_id, exc.reason)
                report.failed.append(self._outcome(sub, d, f"disabled: {exc.reason}"))
                if self.on_disabled and disabled:
                    try:
                        self.on_disabled(disabled)
                    except Exception:
                        log.exception("on_disabled hook failed")
                return
            except (UncertainSendError, TimeoutError) as exc:
                # Written, but no answer (TimeoutError: our own send_timeout ran out mid-request).
                message = str(exc) or f"no answer within {self.send_timeout:g} s"
                if not idempotent and self.uncertain == "skip":
                    await self._uncertain(claim, sub, message, report)
                    return
                transient += 1
                if transient >= self.send_tries:
                    await self._defer(claim, message, report, sub, maybe_sent=True)
                    return
                await self.sleep(self.backoff * 2 ** (transient - 1))
                continue
            except (TransientSendError, OSError) as exc:
                transient += 1
                message = str(exc) or type(exc).__name__
                if transient >= self.send_tries:
                    await self._defer(claim, message, report, sub)
                    return
                await self.sleep(self.backoff * 2 ** (transient - 1))
                continue
            except Exception as exc:  # a sender bug: log it, retry later, keep the others going
                log.exception("%s sender raised for subscription %s", sender.platform, sub.id)
                await self._defer(claim, f"sender error: {type(exc).__name__}", report, sub)
                return
            if not await self._db(store.mark_sent, claim, self.clock()):
                # Our claim was taken over while the platform was answering (we lost the lease
                # mid-send): the new holder found it mid-send and applied MEMORIAL_UNCERTAIN.
                log.error("subscription %s, %s: sent after its claim was taken over (possible duplicate)", sub.id, d)
            report.sent.append(self._outcome(sub, d))
            return

    async def _uncertain(self, claim: Claim, sub: Subscription, error: str, report: Report) -> None:
        """MEMORIAL_UNCERTAIN=skip: record that the post may or may not be there, never resend."""
        if not await self._db(self.store.mark_uncertain, claim, self.clock(), error):
            # Taken over meanwhile (we lost the lease): the new holder reports it.
            report.skipped.append(self._outcome(sub, claim.local_date, "claim taken over by another process"))
            return
        log.warning(
            "subscription %s (%s chat %s), %s: outcome unknown (%s); not resent (MEMORIAL_UNCERTAIN=skip)",
            sub.id,
            sub.platform,
            sub.chat_id,
            claim.local_date,
            error,
        )
        report.uncertain.append(self._outcome(sub, claim.local_date, f"uncertain: {error}"))

    async def _defer(
        self,
        claim: Claim,
        error: str,
        report: Report,
        sub: Subscription,
        retry_at: datetime | None = None,
        *,
        maybe_sent: bool = False,
    ) -> None:
        """Leave the post claimed with its lease ending at the retry time: the next due-check at
        or after it (any process) claims it again, if the grace window is still open."""
        if retry_at is None:
            retry_at = self.clock() + timedelta(seconds=min(self.retry_delay * 2 ** (claim.attempt - 1), 3600))
        await self._db(self.store.release_for_retry, claim, retry_at, error, maybe_sent=maybe_sent)
        log.warning("subscription %s, %s: %s; retrying after %s", sub.id, claim.local_date, error, retry_at.isoformat())
        report.failed.append(
            self._outcome(sub, claim.local_date, f"{error}; will retry after {retry_at.isoformat(timespec='seconds')}")
        )
