"""`bot.platform.Sender` for Discord: the scheduler posts the daily commemoration through this.

discord.py's errors are mapped onto the scheduler's three kinds of failure:
- 429 (`RateLimited`, or a 429 discord.py chose not to wait out) → `RetryAfter`
- 5xx, connection errors, timeouts → `TransientSendError`
- `Forbidden` / `NotFound` (channel deleted, bot removed, permission lost) → `PermanentSendError`,
  whose reason the scheduler stores on the disabled subscription.
Messages never include the token: discord.py's exception texts hold only Discord's JSON error.

Every daily post is created with a nonce derived from (subscription, local date, part), which
discord.py sends with `enforce_nonce: true`: a retry inside Discord's de-duplication window (a few
minutes) returns the message already created instead of posting it again. So a send whose answer
was lost is simply retried (`idempotent = True`), and the deliverer retries in place, within seconds.
"""

from __future__ import annotations

import hashlib

import aiohttp
import discord

from adapters.discord.render import NO_MENTIONS, render_reply
from bot.i18n import N_
from bot.platform import DISCORD_LIMITS, PermanentSendError, PlatformLimits, RetryAfter, TransientSendError
from bot.replies import Reply

# Discord's JSON error codes that mean "this chat will never accept our posts again".
PERMANENT_CODES = {
    10003: N_("channel deleted (Unknown Channel)"),
    10004: N_("server gone (Unknown Guild)"),
    50001: N_("bot lost access to the channel (Missing Access)"),
    50013: N_("bot lacks permission to post here (Missing Permissions)"),
    50007: N_("user does not accept direct messages"),
    50083: N_("thread is archived"),
}


def _retry_after(exc: discord.HTTPException) -> float:
    headers = getattr(exc.response, "headers", None) or {}
    for name in ("Retry-After", "X-RateLimit-Reset-After"):
        try:
            return float(headers[name])
        except (KeyError, TypeError, ValueError):
            continue
    return 1.0


def map_error(exc: BaseException) -> Exception:
    """The scheduler's exception for a discord.py (or network) failure."""
    if isinstance(exc, discord.RateLimited):
        return RetryAfter(exc.retry_after, "Discord rate limit")
    if isinstance(exc, discord.Forbidden | discord.NotFound):
        reason = PERMANENT_CODES.get(exc.code) or f"Discord refused: {exc.status} {exc.text or exc.response.reason}"
        return PermanentSendError(reason[:300])
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:
            return RetryAfter(_retry_after(exc), "Discord rate limit")
        # 5xx, and 4xx we do not recognise (a bad payload is our bug, not the chat's: keep the subscription)
        return TransientSendError(f"Discord error {exc.status} (code {exc.code})")
    if isinstance(exc, aiohttp.ClientError | OSError):  # TimeoutError is an OSError
        return TransientSendError(f"network error talking to Discord: {type(exc).__name__}")
    raise TypeError(f"not a send failure: {exc!r}")


def post_nonce(key: str, part: int) -> str:
    """Discord's nonce for part `part` of the post `key` (same on every attempt and process;
    Discord accepts up to 25 characters)."""
    return hashlib.sha256(f"{key}:{part}".encode()).hexdigest()[:25]


class DiscordSender:
    """Posts replies into channels (chat_id = channel id) through a logged-in discord.py client."""

    platform = "discord"
    limits: PlatformLimits = DISCORD_LIMITS
    idempotent = True  # the nonce makes a retry return the message already created

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, chat_id: str, chat_kind: str, reply: Reply, *, key: str = "") -> None:
        try:
            channel_id = int(chat_id)
        except ValueError:
            raise PermanentSendError(f"not a Discord channel id: {chat_id[:40]!r}") from None
        channel = self.client.get_partial_messageable(channel_id)
        try:
            for part, msg in enumerate(render_reply(reply)):
                if key:  # without one (a caller outside the deliverer) there is nothing to de-duplicate by
                    await channel.send(embeds=msg.embeds, allowed_mentions=NO_MENTIONS, nonce=post_nonce(key, part))
                else:
                    await channel.send(embeds=msg.embeds, allowed_mentions=NO_MENTIONS)
        except (discord.HTTPException, discord.RateLimited, aiohttp.ClientError, OSError) as exc:
            raise map_error(exc) from exc
