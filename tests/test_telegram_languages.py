"""Telegram in the user's language: inline mode answers in the app's `language_code` (and reads
the day as that language types it), buttons carry the reply's language, and the adapter's own
notes (an expired button) follow the chat's or the user's language. The per-language command menus
are checked in test_telegram.py; whole replies per language in test_golden_telegram.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.telegram.handlers.callbacks import STALE_BUTTON
from bot.i18n import translator

from .fake_telegram import PRIVATE_USER, FakeTelegram, StartBot, callback_query, inline_query, private_message, sent_to

ME = PRIVATE_USER["id"]
NOW = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)


def user(language_code: str) -> dict[str, object]:
    return {**PRIVATE_USER, "language_code": language_code}


@pytest.mark.parametrize(
    ("language_code", "typed", "title"),
    [
        ("en", "09-03", "On this day: 3 September"),
        ("ru", "03.09", "В этот день: 3 сентября"),
        ("ru", "3 сентября", "В этот день: 3 сентября"),
        ("zh-hans", "9月3日", "历史上的今天：9月3日"),
        ("es", "3 de septiembre", "Un día como hoy: 3 de septiembre"),
    ],
)
async def test_inline_days_are_read_and_answered_in_the_users_language(
    fake: FakeTelegram, start_bot: StartBot, language_code: str, typed: str, title: str
) -> None:
    await start_bot(clock=lambda: NOW)
    mark = fake.mark()
    fake.inject(inline_query(typed, user=user(language_code)))
    (answer,) = await fake.wait_for("answerInlineQuery", after=mark)
    assert answer.ok, answer.error
    (result,) = answer.json("results")
    assert result["title"] == title
    assert result["input_message_content"]["message_text"].startswith(f"<b>{title}</b>")


async def test_buttons_carry_the_replys_language(fake: FakeTelegram, start_bot: StartBot) -> None:
    await start_bot(clock=lambda: NOW)
    mark = fake.mark()
    fake.inject(private_message("/search war", user("ru")))
    (msg,) = await sent_to(fake, ME, mark)
    labels = [b["text"] for b in msg.buttons()]
    assert "Открыть 1" in labels and "Далее ▶" in labels, labels


async def test_an_expired_button_is_explained_in_the_users_language(fake: FakeTelegram, start_bot: StartBot) -> None:
    await start_bot()
    mark = fake.mark()
    fake.inject(callback_query("~no-such-payload", ME, 1, user=user("es")))
    (answer,) = await fake.wait_for("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == translator("es").gettext(STALE_BUTTON) != STALE_BUTTON
