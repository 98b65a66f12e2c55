"""What the scheduler needs from a platform to deliver a daily post, and how sends fail.

Adapters implement `Sender`; the scheduler (platform-neutral) paces sends with the sender's
`limits` and reacts to the three kinds of failure below. The split between them is the contract:
- `RetryAfter`: the platform said "too fast" (HTTP 429); wait `seconds`, then retry.
- `TransientSendError`: network trouble or a 5xx; retry with backoff.
- `PermanentSendError`: the bot was blocked or removed, the chat is gone, no right to post;
  retrying cannot help, so the subscription is disabled with `reason` stored.
- `UncertainSendError`: the request was written but no answer came (read timeout, connection
  reset mid-response): the platform may have posted it. Without an idempotency key a retry can
  duplicate the post, so the deliverer applies MEMORIAL_UNCERTAIN (docs/faults.md).

A sender whose platform de-duplicates retries (Discord's enforce_nonce) sets `idempotent = True`
and uses `key`, which is the same for every attempt at one post: its uncertain sends are retried.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.i18n import N_, Translator
from bot.replies import Reply

# Why a chat's daily post stopped, as `PermanentSendError.reason` and `subscriptions.disabled_reason`
# keep it: in English, which is its code — a fixed reason is a message id (marked here or where
# the adapter raises it), a platform's refusal is a template below with the platform's own words.
# /settings says it in the chat's language (`stop_reason`); logs and reports keep the English.
_REFUSED = (
    N_("Telegram: {message}"),
    N_("Discord refused: {message}"),
    N_("not a Discord channel id: {message}"),
)


def stop_reason(stored: str, tr: Translator) -> str:
    """Why a daily post stopped, in `tr`'s language: "bot removed from the group" → "бота удалили
    из группы"; "Telegram: Forbidden: …" → "ответ Telegram: Forbidden: …" (the platform's words
    as it gave them); anything else as stored."""
    if tr.english:
        return stored
    for template in _REFUSED:
        head = template.split("{", 1)[0]
        if stored.startswith(head):
            return tr.gettext(template, message=stored[len(head) :])
    return tr.gettext(stored)


class SendError(Exception):
    """Base class of send failures; the message never contains a token."""


class RetryAfter(SendError):
    def __init__(self, seconds: float, message: str = "rate limited") -> None:
        super().__init__(f"{message} (retry after {seconds:g} s)")
        self.seconds = float(seconds)


class TransientSendError(SendError):
    pass


class UncertainSendError(SendError):
    """The outcome is unknown: the message may or may not have been posted."""


class PermanentSendError(SendError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class PlatformLimits:
    """Send-rate limits of one platform (per process unless a broadcast lease makes it global)."""

    messages_per_second: float  # overall, across all chats
    per_chat_per_second: float = 1.0
    per_group_per_minute: float | None = None  # Telegram groups: 20/min


TELEGRAM_LIMITS = PlatformLimits(messages_per_second=30, per_chat_per_second=1, per_group_per_minute=20)
DISCORD_LIMITS = PlatformLimits(messages_per_second=40, per_chat_per_second=1.0)  # 5 messages / 5 s per channel
CONSOLE_LIMITS = PlatformLimits(messages_per_second=1000, per_chat_per_second=1000)


class Sender(Protocol):
    platform: str
    limits: PlatformLimits

    async def send(self, chat_id: str, chat_kind: str, reply: Reply, *, key: str = "") -> None:
        """Deliver `reply` to the chat, or raise one of the SendError subclasses above. `key`
        names the post (subscription and local date) for platforms with idempotent sends."""
        ...
