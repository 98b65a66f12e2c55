"""Golden replies through Telegram, per language: /help, /onthisday for 3 September (typed as each
language writes it), /why for its first event, /subscribe and the daily post it brings, as the fake
Bot API received them (the HTML text and the button labels). tests/golden_files.py says how to regenerate them."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from adapters.cli.common import make_core
from adapters.telegram.app import sender_for
from bot.chat.services import Services
from bot.commands.dates import daily_post_builder
from bot.daily.delivery import Deliverer
from bot.index.build import Index
from bot.store import SQLStore
from tests.golden_files import LANGUAGES, TYPED_DAY, check_golden
from tests.pg_fixture import FakeClock

from .fake_telegram import PRIVATE_USER, Call, FakeTelegram, StartBot, private_message, sent_to

ME = PRIVATE_USER["id"]
NOW = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)  # the day before: the post goes out on 3 September
MOSCOW_9AM = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)


def shown(calls: list[Call]) -> str:
    """The messages as sent: HTML text, then the keyboard's rows of button labels."""
    parts = []
    for call in calls:
        rows = call.keyboard() if "reply_markup" in call.params else []
        keys = ["[" + "] [".join(b["text"] for b in row) + "]" for row in rows]
        parts.append("\n".join([call.params["text"], *keys]))
    return "\n\n---\n\n".join(parts)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_golden_replies(
    fake: FakeTelegram, start_bot: StartBot, seed_index: Index, sqlite_store: SQLStore, language: str
) -> None:
    core = make_core(seed_index, services=Services(store=sqlite_store))
    app = await start_bot(core, clock=lambda: NOW)
    user = {**PRIVATE_USER, "language_code": {"zh": "zh-hans"}.get(language, language)}

    async def ask(text: str) -> str:
        mark = fake.mark()
        fake.inject(private_message(text, user))
        await sent_to(fake, ME, mark)
        await asyncio.sleep(0.3)  # any further chunks of a long reply (these all fit one message)
        return shown([c for c in fake.calls_to("sendMessage", mark) if c.chat_id == ME])

    check_golden("telegram", language, "help", await ask("/help"))
    check_golden("telegram", language, "onthisday", await ask(f"/onthisday {TYPED_DAY[language]}"))
    # How the first of them was dated: the year rules' reasoning in the reply's language.
    check_golden("telegram", language, "why", await ask("/why 1"))
    check_golden("telegram", language, "subscribe", await ask("/subscribe 09:00 Europe/Moscow"))

    clock = FakeClock(MOSCOW_9AM)
    deliverer = Deliverer(sqlite_store, [sender_for(app)], daily_post_builder(core), clock=clock, sleep=clock.sleep)
    mark = fake.mark()
    report = await deliverer.run_due(MOSCOW_9AM)
    assert [o.chat for o in report.sent] == [str(ME)]
    check_golden("telegram", language, "daily_post", shown(fake.calls_to("sendMessage", mark)))
