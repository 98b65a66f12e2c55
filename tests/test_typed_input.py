"""Input people type (issue 12, point 7): times like 9am, 8pm, 0800, 20.30; zones by city name (in
English, Russian, Chinese, Spanish) and by abbreviation, with a note when an abbreviation is read as
a zone with summer time; zone before time; "what happened on September 3?" in a private chat.
In the console, then through the Telegram fake (Discord: on_discord/test_discord_paging_and_input.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.chat.dispatch import Core
from bot.store import SQLStore
from tests.chat_fixture import Chat

from .fake_telegram import PRIVATE_USER, FakeTelegram, StartBot, private_message, sent_to

NOVEMBER_2026 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
JULY_2026 = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
ME = PRIVATE_USER["id"]


@pytest.fixture
def chat(chat: Chat, store_core: Core) -> Chat:
    """A private console chat with a store, in November 2026."""
    return chat.over(store_core).set(now=NOVEMBER_2026)


@pytest.fixture
def store(sqlite_store: SQLStore) -> SQLStore:
    return sqlite_store


def subscription(store: SQLStore) -> tuple[int, int, str]:
    sub = store.get_subscription("console", "console")
    assert sub is not None
    return sub.hour, sub.minute, sub.timezone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("/subscribe 9am", (9, 0, "UTC")),
        ("/subscribe 8pm", (20, 0, "UTC")),
        ("/subscribe 0800", (8, 0, "UTC")),
        ("/subscribe 20.30", (20, 30, "UTC")),
        ("/subscribe 12am", (0, 0, "UTC")),
        ("/subscribe 9:30 p.m.", (21, 30, "UTC")),
        ("/subscribe Moscow", (9, 0, "Europe/Moscow")),
        ("/subscribe 8pm New York", (20, 0, "America/New_York")),
        ("/subscribe 9 am new york", (9, 0, "America/New_York")),
        ("/subscribe Shanghai 7:15", (7, 15, "Asia/Shanghai")),
        ("/subscribe Asia/Shanghai 08:00", (8, 0, "Asia/Shanghai")),
        ("/subscribe MSK", (9, 0, "Europe/Moscow")),
        ("/subscribe 0800 msk", (8, 0, "Europe/Moscow")),
        ("/subscribe 09:00 Москва", (9, 0, "Europe/Moscow")),
        ("/subscribe 09:00 上海", (9, 0, "Asia/Shanghai")),
        ("/subscribe 09:00 Nueva York", (9, 0, "America/New_York")),
        ("/subscribe 8pm Beijing", (20, 0, "Asia/Shanghai")),
        ("/subscribe 09:00 Europe/Moscow", (9, 0, "Europe/Moscow")),  # as before
        ("/subscribe 09:00 UTC-5", (9, 0, "UTC-05:00")),  # a fixed offset stays fixed
    ],
)
async def test_subscribe_reads_what_people_type(
    chat: Chat, store: SQLStore, typed: str, stored: tuple[int, int, str]
) -> None:
    out = await chat.ask(typed)
    hour, minute, zone = stored
    assert f"Every day at {hour:02d}:{minute:02d} ({zone})" in out, out
    assert subscription(store) == stored


async def test_est_is_new_york_time_with_a_note_on_the_fixed_offset(chat: Chat, store: SQLStore) -> None:
    out = await chat.ask("/subscribe 09:00 EST", now=JULY_2026)
    assert "Every day at 09:00 (America/New_York)" in out
    assert "09:00 EDT (13:00 UTC" in out  # in summer the post is at 9 in New York, not 10
    assert "EST is read as America/New_York, which moves between UTC-5 and UTC-4" in out
    assert "For a fixed UTC-5 all year instead, give UTC-5." in out
    await chat.ask("/subscribe 09:00 UTC-5", now=JULY_2026)  # the choice the note offers
    assert subscription(store) == (9, 0, "UTC-05:00")


async def test_pst_and_cst_also_name_their_other_meaning(chat: Chat) -> None:
    pst = await chat.ask("/subscribe 8am PST")
    assert "(America/Los_Angeles)" in pst and "give UTC-8" in pst and "Asia/Manila" in pst
    cst = await chat.ask("/subscribe 8am CST")
    assert "(America/Chicago)" in cst and "China Standard Time" in cst and "Asia/Shanghai" in cst


async def test_msk_needs_no_note(chat: Chat) -> None:
    out = await chat.ask("/subscribe 9am MSK")
    assert "Every day at 09:00 (Europe/Moscow)" in out and "read as" not in out


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("/subscribe 9am Moskow", "Did you mean Moscow (Europe/Moscow)?"),
        ("/subscribe 25:00 Moscow", "'25:00' is not a time of day"),
        ("/subscribe 13pm", "'13pm' is not a time of day"),
        ("/subscribe 9am Atlantis", "'Atlantis' is not a time zone I know"),
    ],
)
async def test_what_cannot_be_read_is_named_and_nothing_changes(
    chat: Chat, store: SQLStore, typed: str, says: str
) -> None:
    reply = await chat.reply(typed)
    text = await chat.ask(typed)
    assert reply.error and says in text and "e.g. /subscribe 09:00 Europe/Moscow" in text
    assert store.get_subscription("console", "console") is None


# ---------------------------------------------------------------------------------------------
# Questions about a day, as plain text


@pytest.mark.parametrize(
    ("question", "command"),
    [
        ("what happened on September 3?", "/onthisday 3 September"),
        ("What happened on 3 September 1945?", "/onthisday 1945-09-03"),
        ("on this day", "/onthisday"),
        ("What happened today?", "/onthisday"),
        ("which events took place on 9 May", "/onthisday 9 May"),
        ("что произошло 9 мая?", "/onthisday 9 мая"),
        ("9月3日发生了什么", "/onthisday 9月3日"),
        ("¿Qué pasó el 3 de septiembre?", "/onthisday 3 September"),
    ],
)
async def test_a_question_about_a_day_answers_as_onthisday(chat: Chat, question: str, command: str) -> None:
    assert await chat.ask(question) == await chat.ask(command)


async def test_other_text_is_still_a_search_and_groups_stay_quiet(chat: Chat) -> None:
    assert "Results for" in await chat.ask("what happened in Tianjin?")
    assert "Results for" in await chat.ask("Liddell")
    assert await chat.ask("what happened on September 3?", chat_kind="group") == ""


async def test_telegram_private_question_and_subscription(
    fake: FakeTelegram, start_bot: StartBot, store_core: Core, store: SQLStore
) -> None:
    await start_bot(store_core, clock=lambda: NOVEMBER_2026)
    mark = fake.mark()
    fake.inject(private_message("What happened on September 3?"))
    (msg,) = await sent_to(fake, ME, mark)
    assert (msg.plain_text or "").startswith("On this day: 3 September")
    mark = fake.mark()
    fake.inject(private_message("/subscribe Asia/Shanghai 8pm"))
    (msg,) = await sent_to(fake, ME, mark)
    assert "Every day at 20:00 (Asia/Shanghai)" in (msg.plain_text or "")
    sub = store.get_subscription("telegram", str(ME))
    assert sub is not None and (sub.hour, sub.minute, sub.timezone) == (20, 0, "Asia/Shanghai")
