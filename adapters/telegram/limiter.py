"""PTB's rate limiter for memorial-bot: every request the bot makes goes through `BudgetLimiter`.

Why not PTB's `AIORateLimiter`: it defaults to `max_retries=0` (a 429 raises and the reply is
lost), its window lets bursts through at the edges, and it knows nothing of the daily broadcast,
which kept a pacer of its own, so the two together went over Telegram's limit.

Here one `Pacer` (bot/daily/pacing.py) is the bot token's send budget in this process. Replies
(sendMessage, editMessageText, … from the handlers) take a slot with `urgent=True`, ahead of the
broadcast; the daily sender marks its requests `PACED` (it already took its slot, and the
deliverer handles its own 429s, ledger and all), so they pass straight through. A 429 pauses the
whole budget (Telegram applies it to the bot) and the reply is retried after `retry_after`, at most
`max_retries` times and `max_wait` seconds in all; a reply that still cannot go out is logged and
counted (`memorial_replies_dropped_total`). Answers to inline and callback queries are not
messages (no slot) but are retried too, within Telegram's deadline for them; a miss is counted
(`memorial_query_answers_late_total`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from adapters.telegram.sender import PACED, retry_seconds
from bot.daily.pacing import Pacer
from bot.metrics import QUERY_ANSWERS_LATE, RATE_LIMITED, REPLIES_DROPPED

log = logging.getLogger(__name__)

# Requests that put a message in a chat: they count against the flood limits.
MESSAGE_METHODS = frozenset(
    {
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "sendPhoto",
        "sendDocument",
        "sendAnimation",
        "sendVideo",
        "sendAudio",
        "sendVoice",
        "sendSticker",
        "sendMediaGroup",
        "sendLocation",
        "copyMessage",
        "forwardMessage",
    }
)
# Telegram drops an answer to a query after this long (inline: ~10 s; a callback's spinner
# likewise): retrying past it only wastes the budget.
QUERY_DEADLINES = {"answerInlineQuery": 10.0, "answerCallbackQuery": 10.0}

Callback = Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]]


class BudgetLimiter(BaseRateLimiter[str]):
    def __init__(
        self,
        pacer: Pacer,
        *,
        max_retries: int = 5,
        max_wait: float = 60.0,  # seconds of retry_after waited for one reply, in all
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pacer = pacer
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.monotonic = monotonic
        self.rate_limited = 0  # 429s answered to replies (the benchmark reports it)
        self.dropped = 0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: str | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if rate_limit_args == PACED:
            return await callback(*args, **kwargs)
        counted = endpoint in MESSAGE_METHODS and data.get("chat_id") is not None
        chat_id = str(data.get("chat_id", ""))
        # Negative ids and @usernames are groups and channels: the 20/min limit applies.
        kind = "private" if chat_id.isdigit() else "group"
        deadline = QUERY_DEADLINES.get(endpoint)
        started = self.monotonic()
        waited = 0.0
        attempt = 0
        while True:
            if counted:
                await self.pacer.acquire(chat_id, kind, urgent=True)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                seconds = retry_seconds(exc)
                self.rate_limited += 1
                RATE_LIMITED.labels("telegram", "reply").inc()
                self.pacer.pause(seconds)
                attempt += 1
                elapsed = self.monotonic() - started
                if deadline is not None and elapsed + seconds > deadline:
                    QUERY_ANSWERS_LATE.labels("telegram", endpoint).inc()
                    log.warning(
                        "Telegram %s: flood control, would miss its %.0f s deadline; not answered", endpoint, deadline
                    )
                    raise
                if attempt > self.max_retries or waited + seconds > self.max_wait:
                    self.dropped += 1
                    REPLIES_DROPPED.labels("telegram").inc()
                    log.error(
                        "Telegram %s to chat %s dropped: still rate limited after %d attempts, %.0f s waited",
                        endpoint,
                        chat_id or "-",
                        attempt,
                        waited,
                    )
                    raise
                waited += seconds
                if not counted:  # messages wait in acquire(), which honours the pause
                    await asyncio.sleep(seconds)
