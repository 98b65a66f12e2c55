"""The storage interface the scheduler and the subscription commands use, and the SQL both
backends share.

Why one SQL text for SQLite and PostgreSQL: the exactly-once guarantee rests on a handful of
statements (the ledger claim above all), and keeping one copy of them means both backends are
tested on the very statements production runs. Backends differ only in how they connect, their
placeholder style and their migrations.

Timestamps are stored as integer milliseconds since the epoch (UTC): portable, comparable in SQL,
and free of the two databases' different ideas of time zones.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from bot.store import migrations

# 'anniversary': a "coming up this week" notice on Mondays (`/settings empty-days upcoming`; the
# stored word predates it); 'nothing': no post on days without dated events.
EmptyDay = Literal["anniversary", "nothing"]
# 'uncertain': the platform may or may not have the post (MEMORIAL_UNCERTAIN=skip): final, reported.
DeliveryStatus = Literal["claimed", "sent", "empty", "failed", "uncertain"]


def to_ms(t: datetime) -> int:
    if t.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one (UTC or local with tzinfo)")
    return round(t.timestamp() * 1000)


def from_ms(ms: int | None) -> datetime | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, UTC)


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    platform: str
    chat_id: str
    chat_kind: str
    hour: int
    minute: int
    timezone: str  # an IANA name ("Europe/Moscow") or a fixed offset ("UTC+08:00")
    empty_day: EmptyDay
    enabled: bool
    disabled_reason: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def time_text(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True, slots=True)
class Delivery:
    subscription_id: int
    local_date: date
    status: DeliveryStatus
    holder: str | None
    lease_until: datetime | None
    attempts: int
    last_error: str | None
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class Claim:
    """A successful claim: this holder may send the post, until `lease_until`."""

    subscription_id: int
    local_date: date
    holder: str
    attempt: int
    lease_until: datetime
    # Set when an earlier attempt had started writing the request (and did not finish): the
    # platform may already have the post.
    send_started: datetime | None = None
    fence: int | None = None


class StoreError(Exception):
    """A storage failure worth telling the operator about (never contains a password)."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or used right now (server down, connection cut, disk
    trouble). Nothing was written; the same call may succeed later."""


_CALLBACK_REFRESH_MS = 24 * 3600 * 1000

_SUB_COLS = (
    "id, platform, chat_id, chat_kind, hour, minute, timezone, empty_day, enabled, disabled_reason, created_at, "
    "updated_at"
)
_DEL_COLS = "subscription_id, local_date, status, holder, lease_until, attempts, last_error, sent_at"


def _sub(row: Sequence[Any]) -> Subscription:
    return Subscription(
        id=int(row[0]),
        platform=row[1],
        chat_id=row[2],
        chat_kind=row[3],
        hour=int(row[4]),
        minute=int(row[5]),
        timezone=row[6],
        empty_day=row[7],
        enabled=bool(row[8]),
        disabled_reason=row[9],
        created_at=from_ms(row[10]),  # type: ignore[arg-type]
        updated_at=from_ms(row[11]),  # type: ignore[arg-type]
    )


def _delivery(row: Sequence[Any]) -> Delivery:
    return Delivery(
        subscription_id=int(row[0]),
        local_date=date.fromisoformat(row[1]),
        status=row[2],
        holder=row[3],
        lease_until=from_ms(row[4]),
        attempts=int(row[5]),
        last_error=row[6],
        sent_at=from_ms(row[7]),
    )


class SQLStore:
    """Everything but connecting and migrating. Subclasses set `dialect` and implement
    `_transaction()` (a cursor inside one transaction, committed on success) and `close()`.

    Methods are synchronous: every statement is a short indexed read or write on a local or
    nearby database, and a synchronous store keeps the claim/send/mark sequence easy to reason
    about. Callers on the event loop accept that few-millisecond pause.
    """

    dialect: str = "sql"

    # -- plumbing ---------------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[Any]:  # pragma: no cover - abstract
        raise NotImplementedError
        yield

    def _sql(self, sql: str) -> str:
        return sql

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._transaction() as cur:
            cur.execute(self._sql(sql), tuple(params))
            return list(cur.fetchall()) if cur.description else []

    def close(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _lock_schema(self, cur: Any) -> None:
        """Serialise concurrent migrations (SQLite's BEGIN IMMEDIATE already does)."""

    def migrate(self) -> None:
        """Apply the missing migrations in one transaction; refuse a schema newer than this bot."""
        with self._transaction() as cur:
            self._lock_schema(cur)
            cur.execute(migrations.SCHEMA_VERSION_DDL)
            cur.execute("SELECT MAX(version) FROM schema_version")
            current = int(cur.fetchone()[0] or 0)
            if current > migrations.latest(self.dialect):
                raise StoreError(
                    f"the database schema is version {current}, newer than this bot knows "
                    f"({migrations.latest(self.dialect)}): upgrade the bot, or point it at another database"
                )
            for version, statements in migrations.MIGRATIONS[self.dialect]:
                if version <= current:
                    continue
                for sql in statements:
                    cur.execute(sql)
                cur.execute(
                    self._sql("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                    (version, int(time.time() * 1000)),
                )

    def schema_version(self) -> int:
        rows = self._exec("SELECT MAX(version) FROM schema_version")
        return int(rows[0][0] or 0)

    # -- a chat's settings --------------------------------------------------------------------
    def get_chat_language(self, platform: str, chat_id: str) -> str | None:
        """The language the chat chose with /language; None when it chose none."""
        return self.get_chat_languages(platform, chat_id)[0]

    def get_chat_languages(self, platform: str, chat_id: str) -> tuple[str | None, str | None]:
        """The chat's /language choice and the platform's language recorded when it subscribed."""
        rows = self._exec(
            "SELECT language, post_language FROM chat_settings WHERE platform = ? AND chat_id = ?", (platform, chat_id)
        )
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    def set_chat_language(self, platform: str, chat_id: str, language: str | None, now: datetime) -> None:
        """Choose the chat's language (None: back to the user's platform language or the default)."""
        self._exec(
            "INSERT INTO chat_settings (platform, chat_id, language, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language, "
            "updated_at = excluded.updated_at",
            (platform, chat_id, language, to_ms(now)),
        )

    def set_post_language(self, platform: str, chat_id: str, language: str | None, now: datetime) -> None:
        """Record the platform's language for the chat's daily post (when the chat chose none)."""
        self._exec(
            "INSERT INTO chat_settings (platform, chat_id, post_language, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (platform, chat_id) DO UPDATE SET post_language = excluded.post_language, "
            "updated_at = excluded.updated_at",
            (platform, chat_id, language, to_ms(now)),
        )

    # -- subscriptions ------------------------------------------------------------------------
    def upsert_subscription(
        self,
        platform: str,
        chat_id: str,
        chat_kind: str,
        hour: int,
        minute: int,
        timezone: str,
        now: datetime,
        empty_day: EmptyDay | None = None,
    ) -> Subscription:
        """Subscribe (or change the time of) a chat. Re-subscribing keeps the same id, so the
        ledger still knows what was already posted today: unsubscribe + subscribe cannot
        produce a second post for the same local date."""
        ms = to_ms(now)
        rows = self._exec(
            "INSERT INTO subscriptions (platform, chat_id, chat_kind, hour, minute, timezone, empty_day, enabled, "
            "disabled_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?) "
            "ON CONFLICT (platform, chat_id) DO UPDATE SET chat_kind = excluded.chat_kind, hour = excluded.hour, "
            "minute = excluded.minute, timezone = excluded.timezone, "
            "empty_day = COALESCE(?, subscriptions.empty_day), enabled = 1, disabled_reason = NULL, "
            "updated_at = excluded.updated_at "
            f"RETURNING {_SUB_COLS}",
            # A new chat gets no post on days without dated events ('anniversary', the weekly
            # notice, is chosen with /settings); re-subscribing keeps the chat's choice.
            (platform, chat_id, chat_kind, hour, minute, timezone, empty_day or "nothing", ms, ms, empty_day),
        )
        return _sub(rows[0])

    def get_subscription(self, platform: str, chat_id: str) -> Subscription | None:
        rows = self._exec(
            f"SELECT {_SUB_COLS} FROM subscriptions WHERE platform = ? AND chat_id = ?", (platform, chat_id)
        )
        return _sub(rows[0]) if rows else None

    def get_subscription_by_id(self, sub_id: int) -> Subscription | None:
        rows = self._exec(f"SELECT {_SUB_COLS} FROM subscriptions WHERE id = ?", (sub_id,))
        return _sub(rows[0]) if rows else None

    def list_subscriptions(self, *, enabled_only: bool = True, platform: str | None = None) -> list[Subscription]:
        sql = f"SELECT {_SUB_COLS} FROM subscriptions WHERE 1 = 1"
        params: list[Any] = []
        if enabled_only:
            sql += " AND enabled = 1"
        if platform:
            sql += " AND platform = ?"
            params.append(platform)
        return [_sub(r) for r in self._exec(sql + " ORDER BY id", params)]

    def set_empty_day(self, platform: str, chat_id: str, mode: EmptyDay, now: datetime) -> Subscription | None:
        rows = self._exec(
            f"UPDATE subscriptions SET empty_day = ?, updated_at = ? WHERE platform = ? AND chat_id = ? "
            f"RETURNING {_SUB_COLS}",
            (mode, to_ms(now), platform, chat_id),
        )
        return _sub(rows[0]) if rows else None

    def disable_subscription(self, sub_id: int, reason: str, now: datetime) -> Subscription | None:
        """Stop posting to a chat (unsubscribed, or the platform said the bot can't post there).
        The row and its ledger stay: re-subscribing resumes with the same history."""
        rows = self._exec(
            f"UPDATE subscriptions SET enabled = 0, disabled_reason = ?, updated_at = ? WHERE id = ? "
            f"RETURNING {_SUB_COLS}",
            (reason[:500], to_ms(now), sub_id),
        )
        return _sub(rows[0]) if rows else None

    # -- the deliveries ledger ------------------------------------------------------------------
    def claim_delivery(
        self,
        sub_id: int,
        local_date: date,
        holder: str,
        now: datetime,
        lease_seconds: float,
        *,
        fence: tuple[str, int] | None = None,
    ) -> Claim | None:
        """Claim the right to send (subscription, local date), in one statement.

        A new row is inserted as 'claimed'. An existing row is taken over only when it is still
        'claimed' and its lease has run out (its holder crashed, or asked to be retried later by
        setting the lease to the retry time). 'sent', 'empty', 'failed' and 'uncertain' rows are
        final. The unique key (subscription_id, local_date) makes two concurrent claims impossible:
        one inserts, the other meets the conflict and its WHERE sees the fresh lease.

        `fence` = (lease name, token): claim only while this holder still holds that broadcast
        lease with that token (a paused holder that lost it claims nothing), and take over at once
        a claim made under an older token (its holder lost the lease: crashed or paused), except a
        deferred one (release_for_retry clears its fence), which waits for its retry time.
        """
        now_ms = to_ms(now)
        until_ms = now_ms + round(lease_seconds * 1000)
        values: list[Any] = [sub_id, local_date.isoformat(), holder, until_ms, now_ms]
        if fence is None:
            source, takeover = "VALUES (?, ?, 'claimed', ?, ?, 1, ?, NULL)", ""
        else:
            source = (
                "SELECT ?, ?, 'claimed', ?, ?, 1, ?, ? WHERE EXISTS (SELECT 1 FROM leases "
                "WHERE name = ? AND holder = ? AND token = ? AND lease_until > ?)"
            )
            values += [fence[1], fence[0], holder, fence[1], now_ms]
            takeover = " OR (deliveries.fence IS NOT NULL AND deliveries.fence < excluded.fence)"
        rows = self._exec(
            "INSERT INTO deliveries (subscription_id, local_date, status, holder, lease_until, attempts, claimed_at, "
            f"fence) {source} "
            "ON CONFLICT (subscription_id, local_date) DO UPDATE SET holder = excluded.holder, "
            "lease_until = excluded.lease_until, attempts = deliveries.attempts + 1, claimed_at = excluded.claimed_at, "
            "fence = excluded.fence "
            f"WHERE deliveries.status = 'claimed' AND (deliveries.lease_until <= ?{takeover}) "
            "RETURNING attempts, lease_until, send_started",
            [*values, now_ms],
        )
        if not rows:
            return None
        return Claim(
            sub_id,
            local_date,
            holder,
            int(rows[0][0]),
            from_ms(rows[0][1]),  # type: ignore[arg-type]
            from_ms(rows[0][2]),
            fence[1] if fence else None,
        )

    def mark_sending(self, claim: Claim, now: datetime) -> bool:
        """Record, just before the request is written, that the platform may get the post from
        now on. False: the claim is no longer ours (taken over), so do not send."""
        rows = self._exec(
            "UPDATE deliveries SET send_started = ? "
            "WHERE subscription_id = ? AND local_date = ? AND holder = ? AND status = 'claimed' "
            "RETURNING subscription_id",
            (to_ms(now), claim.subscription_id, claim.local_date.isoformat(), claim.holder),
        )
        return bool(rows)

    def _finish(
        self, claim: Claim, status: DeliveryStatus, now: datetime, error: str | None = None, sent: bool = False
    ) -> bool:
        rows = self._exec(
            "UPDATE deliveries SET status = ?, lease_until = NULL, last_error = ?, sent_at = ? "
            "WHERE subscription_id = ? AND local_date = ? AND holder = ? AND status = 'claimed' "
            "RETURNING subscription_id",
            (status, error, to_ms(now) if sent else None, claim.subscription_id, claim.local_date.isoformat(),
             claim.holder),
        )  # fmt: skip
        return bool(rows)

    def mark_sent(self, claim: Claim, now: datetime) -> bool:
        """Record the post as sent. False means our claim was taken over meanwhile (our lease ran
        out before the platform answered): the row is then someone else's to finish."""
        return self._finish(claim, "sent", now, sent=True)

    def mark_empty(self, claim: Claim, now: datetime) -> bool:
        """Nothing to post that day (no events and the chat chose 'nothing'): final, like sent."""
        return self._finish(claim, "empty", now)

    def mark_failed(self, claim: Claim, now: datetime, error: str) -> bool:
        """Give up on this (subscription, date): a permanent error or too many attempts."""
        return self._finish(claim, "failed", now, error=error[:500])

    def mark_uncertain(self, claim: Claim, now: datetime, error: str) -> bool:
        """The platform may or may not have the post, and resending could duplicate it: final."""
        return self._finish(claim, "uncertain", now, error=error[:500])

    def release_for_retry(self, claim: Claim, retry_at: datetime, error: str, *, maybe_sent: bool = False) -> bool:
        """Keep the row 'claimed' but let the lease end at `retry_at`: any process may claim it
        again from then on (the backoff lives in the database, so it survives restarts).
        The fence is cleared so a new broadcaster waits for `retry_at` too; `send_started` is
        cleared unless the failed attempt may have reached the platform (`maybe_sent`)."""
        rows = self._exec(
            "UPDATE deliveries SET lease_until = ?, last_error = ?, fence = NULL"
            + ("" if maybe_sent else ", send_started = NULL")
            + " "
            "WHERE subscription_id = ? AND local_date = ? AND holder = ? AND status = 'claimed' "
            "RETURNING subscription_id",
            (to_ms(retry_at), error[:500], claim.subscription_id, claim.local_date.isoformat(), claim.holder),
        )
        return bool(rows)

    def get_delivery(self, sub_id: int, local_date: date) -> Delivery | None:
        rows = self._exec(
            f"SELECT {_DEL_COLS} FROM deliveries WHERE subscription_id = ? AND local_date = ?",
            (sub_id, local_date.isoformat()),
        )
        return _delivery(rows[0]) if rows else None

    def list_deliveries(self, sub_id: int | None = None) -> list[Delivery]:
        sql = f"SELECT {_DEL_COLS} FROM deliveries"
        params: tuple[Any, ...] = ()
        if sub_id is not None:
            sql += " WHERE subscription_id = ?"
            params = (sub_id,)
        return [_delivery(r) for r in self._exec(sql + " ORDER BY subscription_id, local_date", params)]

    # -- leases (one broadcaster per platform across processes) -------------------------------
    def acquire_lease(self, name: str, holder: str, now: datetime, seconds: float) -> int | None:
        """Take or renew a named lease. Returns its fencing token while `holder` holds it until
        now + seconds, else None. The token grows each time the lease changes hands, so a renewal
        that returns another token than the holder had means it lost the lease in between."""
        now_ms = to_ms(now)
        rows = self._exec(
            "INSERT INTO leases (name, holder, lease_until, token) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until, "
            "token = CASE WHEN leases.holder = excluded.holder THEN leases.token ELSE leases.token + 1 END "
            "WHERE leases.holder = excluded.holder OR leases.lease_until <= ? "
            "RETURNING token",
            (name, holder, now_ms + round(seconds * 1000), now_ms),
        )
        return int(rows[0][0]) if rows else None

    def release_lease(self, name: str, holder: str) -> None:
        # The row stays (expired at once) so its token keeps growing across holders.
        self._exec("UPDATE leases SET lease_until = 0 WHERE name = ? AND holder = ?", (name, holder))

    # -- button payloads (Telegram callback data over 64 bytes) ---------------------------------
    def put_callbacks(self, items: Sequence[tuple[str, str]], now: datetime) -> None:
        """Keep button payloads under their keys, all in one transaction (one reply's keyboard).

        Idempotent: the key is a hash of the payload, so a key already present holds the same
        payload and is left as it is, except that its `created_at` moves forward when it is more
        than a day old: a payload issued again lives on with the newest message that carries it
        (at most one extra write per row and day, not one per reply)."""
        if not items:
            return
        ms = to_ms(now)
        sql = self._sql(
            "INSERT INTO callback_payloads (key, payload, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET created_at = excluded.created_at "
            "WHERE callback_payloads.created_at < ?"
        )
        with self._transaction() as cur:
            for key, payload in items:
                cur.execute(sql, (key, payload, ms, ms - _CALLBACK_REFRESH_MS))

    def put_callback(self, key: str, payload: str, now: datetime) -> None:
        self.put_callbacks([(key, payload)], now)

    def get_callback(self, key: str) -> str | None:
        rows = self._exec("SELECT payload FROM callback_payloads WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def prune_callbacks(self, older_than: datetime) -> int:
        """Forget payloads last issued before `older_than` (an indexed range delete). Returns
        how many were removed; their buttons then get the polite "expired" answer."""
        with self._transaction() as cur:
            cur.execute(self._sql("DELETE FROM callback_payloads WHERE created_at < ?"), (to_ms(older_than),))
            return max(cur.rowcount, 0)


_PASSWORD_RE = re.compile(r"(://[^:/@]*:)([^@]*)@")


def redact_url(url: str) -> str:
    """A database URL fit for logs and error messages: the password replaced by ***."""
    return _PASSWORD_RE.sub(r"\1***@", url)
