"""Paging and numbering match what is shown (issue 12, point 6): `/open N` takes the number on
screen, `/upcoming 366` has a true header and `/next` pages through all of it, typed page numbers
work where /help advertises them, and pages are slices of one answer, so paging never reorders.
In the console, then through the Telegram and Discord fakes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands.dates import PAGE_SIZE, UPCOMING_PAGE_SIZE, events_for_day, upcoming_days
from bot.index.build import Index, build_index
from bot.replies import ListItem, Reply
from bot.store import SQLStore
from tests.chat_fixture import Chat

from .fake_telegram import PRIVATE_USER, FakeTelegram, StartBot, callback_query, private_message, sent_to

NOVEMBER_2026 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # when the issue was found
ME = PRIVATE_USER["id"]
DAY_EVENTS = 23  # events on 3 September in the paging corpus: three /onthisday pages (of 8)


@pytest.fixture(scope="module")
def paging_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    """A corpus with more events on one day than a page holds (the seeds have at most 8)."""
    folder = tmp_path_factory.mktemp("paging_corpus")
    lines = ["Harbour days of Ashford", ""]
    lines += [f"On September 3, {1901 + n}, the harbour of Ashford opened pier {n + 1}." for n in range(DAY_EVENTS)]
    (folder / "harbour.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return build_index(folder)


@pytest.fixture
def paging_core(paging_index: Index, sqlite_store: SQLStore) -> Core:
    return make_core(paging_index, services=Services(store=sqlite_store))


def items(reply: Reply) -> list[ListItem]:
    return [b for b in reply.blocks if isinstance(b, ListItem)]


def sources(reply: Reply) -> list[str]:
    """Each listed item's first source as shown, in order: what identifies an item on screen."""
    return [i.sources[0].label() for i in items(reply)]


async def page_through(chat: Chat, first: str) -> list[Reply]:
    """The answer to `first`, then each page `/next` brings until there is no next page."""
    replies = [await chat.reply(first)]
    while await chat.ask("/next") != "There is no next page.":
        replies.append(chat.last)
    return replies


# ---------------------------------------------------------------------------------------------
# /open N and search pages


async def test_open_takes_the_number_shown_on_a_later_page(chat: Chat, core: Core) -> None:
    hits = core.index.search.search("China", limit=30)
    await chat.ask("/search China")
    page2 = await chat.ask("/next")
    assert "• 6. " in page2 and "(/open 6–10 to read" in page2
    assert await chat.ask("/open 1") == "Give a result number between 6 and 10."
    article = await chat.ask("/open 6")
    assert article.startswith(hits[5].article.title)


async def test_search_pages_are_slices_of_one_ranking(chat: Chat, core: Core) -> None:
    expected = [h.article.article_id for h in core.index.search.search("China", limit=30)]
    shown: list[str] = []
    for reply in await page_through(chat, "/search China"):
        shown += [a.args["article"] for a in reply.actions if a.kind == "open"]
    assert shown == expected
    typed = await chat.ask("/search China page 2")  # the typed page is the page /next reaches
    assert "· page 2 of 5" in typed and "• 6. " in typed
    assert "There is no page 9: this is the last, page 5." in await chat.ask("/search China page 9")


async def test_a_bare_number_after_a_search_stays_in_the_query(chat: Chat) -> None:
    assert "Results for World War 2" in await chat.ask("/search World War 2")


# ---------------------------------------------------------------------------------------------
# /upcoming


async def test_upcoming_366_has_a_true_header_and_next_pages_through_all_of_it(chat: Chat, store_core: Core) -> None:
    chat = chat.over(store_core).set(now=NOVEMBER_2026)
    found = upcoming_days(store_core.index.events, date(2026, 11, 30), 366)
    listed = [(d, de.event.sources[0].label()) for d, evs in found for de in evs]
    pages = -(-len(listed) // UPCOMING_PAGE_SIZE)
    assert pages > 1  # the seeds have more events in a year than one page holds
    header = "Coming up: 30 November 2026 – 30 November 2027"
    text = await chat.ask("/upcoming 366")
    assert text.startswith(f"{header} · page 1 of {pages}")
    assert f"{len(listed)} events on {len(found)} days." in text
    first_day = found[0][0]
    assert f"{first_day.day} {first_day:%B} {first_day.year} ({first_day:%A})" in text  # days say their year
    replies = await page_through(chat, "/upcoming 366")
    assert [r.page for r in replies] == list(range(1, pages + 1))
    assert [s for r in replies for s in sources(r)] == [s for _d, s in listed]  # every event once, in day order
    page2 = await chat.ask("/upcoming 366 2")
    assert page2.startswith(f"{header} · page 2 of {pages}")
    n = UPCOMING_PAGE_SIZE
    if listed[n - 1][0] == listed[n][0]:  # a day that runs over from page 1 says so
        assert f"{listed[n][0]:%A}, continued)" in page2


async def test_upcoming_header_within_one_year(chat: Chat) -> None:
    text = await chat.ask("/upcoming 5", now=datetime(2025, 8, 29, 9, 0, tzinfo=UTC))
    assert text.startswith("Coming up: 29 August – 2 September 2025")
    one_day = await chat.ask("/upcoming 1", now=datetime(2025, 9, 6, 9, 0, tzinfo=UTC))
    assert one_day.startswith("Coming up: 6 September 2025\n")  # one page: no page number either


# ---------------------------------------------------------------------------------------------
# /onthisday: typed page numbers


async def test_onthisday_takes_typed_page_numbers(paging_core: Core, chat: Chat) -> None:
    chat = chat.over(paging_core)
    first = await chat.ask("/onthisday 09-03")
    assert first.startswith("On this day: 3 September · page 1 of 3")
    by_next = await chat.ask("/next")
    typed = await chat.ask("/onthisday 09-03 2")
    assert typed == by_next and typed.startswith("On this day: 3 September · page 2 of 3")
    for form in ("/onthisday 3 September 2", "/onthisday Sep 3 page 2", "/onthisday 09-03 page 2"):
        assert await chat.ask(form) == typed, form
    assert "There is no page 7: this is the last, page 3." in await chat.ask("/onthisday 09-03 7")
    help_text = await chat.ask("/help")
    assert "/onthisday [date] [page]" in help_text


async def test_onthisday_pages_keep_the_order_of_the_whole_day(paging_core: Core, chat: Chat) -> None:
    chat = chat.over(paging_core)
    replies = await page_through(chat, "/onthisday 09-03")
    expected = [de.event.sources[0].label() for de in events_for_day(paging_core.index.events, 9, 3, 2025)]
    assert len(expected) == DAY_EVENTS
    assert [s for r in replies for s in sources(r)] == expected


async def test_a_typed_year_stays_on_every_page(paging_core: Core, chat: Chat) -> None:
    chat = chat.over(paging_core)
    await chat.ask("/onthisday 1950-09-03")
    page2 = await chat.ask("/next")
    assert "page 2 of 3" in page2
    day = events_for_day(paging_core.index.events, 9, 3, 1950)
    years = [de.event.year or 0 for de in day[PAGE_SIZE : 2 * PAGE_SIZE]]
    assert all(f"{1950 - y} years ago" in page2 and f"{2025 - y} years ago" not in page2 for y in years)


# ---------------------------------------------------------------------------------------------
# Through the platforms


async def test_telegram_next_turns_the_upcoming_page(fake: FakeTelegram, start_bot: StartBot, store_core: Core) -> None:
    await start_bot(store_core, clock=lambda: NOVEMBER_2026)
    mark = fake.mark()
    fake.inject(private_message("/upcoming 366"))
    (first,) = await sent_to(fake, ME, mark)
    assert "Coming up: 30 November 2026 – 30 November 2027 · page 1 of " in (first.plain_text or "")
    nxt = next(b["callback_data"] for b in first.buttons() if b["text"] == "Next ▶")
    message_id = max(mid for (chat, mid), (text, _) in fake._messages.items() if chat == ME and text == first.text)
    mark = fake.mark()
    fake.inject(callback_query(nxt, ME, message_id))
    (edit,) = await fake.wait_for("editMessageText", after=mark)
    assert edit.ok, edit.error
    assert "· page 2 of " in (edit.plain_text or "")
    assert "◀ Prev" in [b["text"] for b in edit.buttons()]


async def test_telegram_reads_a_typed_onthisday_page(
    fake: FakeTelegram, start_bot: StartBot, paging_core: Core
) -> None:
    await start_bot(paging_core)
    mark = fake.mark()
    fake.inject(private_message("/onthisday 09-03 2"))
    (msg,) = await sent_to(fake, ME, mark)
    assert "On this day: 3 September · page 2 of 3" in (msg.plain_text or "")
