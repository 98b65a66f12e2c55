"""/onthisday, /upcoming, /why and the date CLI, checked against what the seed articles say."""

from __future__ import annotations

import ast
import datetime
import json
import subprocess
import sys
import time

import pytest

from adapters.cli.common import make_core
from adapters.console.render import render_text
from bot.commands.dates import has_events_on, onthisday_reply
from bot.index.build import Index, build_index
from bot.index.dates.events import DatedEvent, EventIndex
from bot.replies import ListItem, Reply, inline_text
from tests.chat_fixture import Chat
from tests.paths import ROOT

SEP_2025 = datetime.datetime(2025, 9, 3, 12, 0, tzinfo=datetime.UTC)
NO_WRAP = 10_000  # a console width no line reaches


@pytest.fixture()
def chat(chat: Chat) -> Chat:
    """The shared chat, asking on 3 September 2025 unless a test says otherwise."""
    return chat.set(now=SEP_2025)


async def test_onthisday_09_03_lists_both_years_with_sources(chat: Chat) -> None:
    text = await chat.ask("/onthisday 09-03")
    reply = chat.last
    assert "On this day: 3 September" in text
    assert "2020" in text and "congratulatory messages" in text  # 002: September 3, 2020
    assert "Tienanmen Square" in text and "2025" in text  # 004: the commemoration in Beijing
    items = [b for b in reply.blocks if isinstance(b, ListItem)]
    assert items and all(i.sources for i in items)
    # Seen from 2025 the victory of 3 September 1945 is 80 years ago: the biggest milestone, first,
    # one event with every article that reports it. The 2020 messages (5 years: not round) come
    # next, listed under it as a commemoration.
    first, second = items[0], items[1]
    assert first.highlight and "1945 (80 years ago · 80th anniversary)" in inline_text(first.text)
    assert "final victory of the World Anti-Fascist War" in inline_text(first.text)
    assert {(s.file, s.line) for s in first.sources} == {
        ("002_449fe29b32e6c63b.txt", 7),  # "on the same day 75 years ago", from 3 September 2020
        ("004_8eac20a0684a333d.txt", 33),  # Venezuela honoured the 80th anniversary … on September 3
        ("004_8eac20a0684a333d.txt", 377),  # the commemoration … held on September 3
        ("004_8eac20a0684a333d.txt", 403),  # the commemoration … in Beijing (September 3)
    }
    assert not second.highlight and second.level == 1
    assert "2020" in inline_text(second.text) and "5 years ago" in inline_text(second.text)
    assert second.sources[0].file == "002_449fe29b32e6c63b.txt" and second.sources[0].line == 5


def test_no_1945_event_on_4_september() -> None:
    """'Met on September 4 with national leaders who had come … to attend the commemoration of the
    80th anniversary': 4 September is the meeting's date, not the anniversary's."""
    index = build_index(ROOT / "seeds").events
    assert [e.year for e in index.on(9, 4)] and 1945 not in {e.year for e in index.on(9, 4)}
    assert {e.year for e in index.on(9, 2)} == {1945, 2025}  # 1945: Vietnam's National Day, written


def test_cli_onthisday_09_03_json_puts_1945_first() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "onthisday", "09-03", "--today", "2025-09-03", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (line,) = out.splitlines()
    ev = json.loads(line)["events"][0]
    assert (ev["year"], ev["years_ago"], ev["milestone"], ev["year_basis"]) == (1945, 80, True, "inferred")
    assert ev["start"] == "1945-09-03" and "75 years ago" in ev["why"]
    assert len(ev["sources"]) == 4


async def test_onthisday_07_07_is_the_marco_polo_bridge_in_1937(chat: Chat) -> None:
    text = await chat.ask("/onthisday 7 July")
    assert "1937" in text and "88 years ago" in text
    (item,) = [b for b in chat.last.blocks if isinstance(b, ListItem)]
    assert "Marco Polo" in inline_text(item.text)  # the console wraps it across two lines
    assert (item.sources[0].file, item.sources[0].line) == ("004_8eac20a0684a333d.txt", 505)


async def test_an_empty_day_says_so_and_names_the_nearest_days(chat: Chat) -> None:
    text = await chat.ask("/onthisday 1 January")
    assert "Nothing in the documents is dated 1 January" in text
    assert "Nearest days with events" in text and "10 October" in text


async def test_bad_dates_get_an_error_with_an_example(chat: Chat) -> None:
    for bad in ("/onthisday 31 June", "/onthisday 13-45", "/onthisday soon"):
        text = await chat.ask(bad)
        assert chat.last.error
        assert "/onthisday" in text


async def test_default_day_is_today_in_the_chat_timezone(chat: Chat) -> None:
    chat.set(now=datetime.datetime(2025, 9, 2, 20, 0, tzinfo=datetime.UTC))  # already 3 September in Beijing
    assert "3 September" in await chat.ask("/onthisday", timezone="Asia/Shanghai")
    assert "2 September" in await chat.ask("/onthisday", timezone="Europe/London")


async def test_only_today_depends_on_the_clock(chat: Chat) -> None:
    """The same question asked in 2025 and in 2040 lists the same events with the same years;
    only "N years ago" moves, and it moves with the chat's clock, never the machine's."""
    a_text = await chat.ask("/onthisday 09-03", now=SEP_2025)
    a = chat.last
    b_text = await chat.ask("/onthisday 09-03", now=SEP_2025.replace(year=2040))
    b = chat.last

    def cited(r: Reply) -> set[tuple[str, int]]:
        return {(s.file, s.line) for i in r.blocks if isinstance(i, ListItem) for s in i.sources}

    assert cited(a) == cited(b)
    assert "20 years ago" in b_text and "5 years ago" in a_text


def test_year_resolution_ignores_the_machine_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    first = [(m.file, m.line, m.start_iso, m.end_iso) for m in build_index(ROOT / "seeds").events.mentions]
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)  # 2033: what date.today() would read
    second = [(m.file, m.line, m.start_iso, m.end_iso) for m in build_index(ROOT / "seeds").events.mentions]
    assert first == second


def test_date_code_reads_no_clock() -> None:
    """No today()/now() in the date modules: the clock comes from ChatContext.now or --from."""
    files = [*(ROOT / "bot" / "index" / "dates").glob("*.py"), ROOT / "bot" / "commands" / "dates.py"]
    for f in files:
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in ("today", "now", "utcnow"), f"{f.name}:{node.lineno}"


async def test_feb_29_is_answered_and_shown_on_feb_28_in_common_years() -> None:
    ev = DatedEvent(
        event_id="leap1", text="A leap-day meeting.", month=2, day=29, year=2024, end_month=2, end_day=29,
        end_year=2024, year_basis="explicit", why="year stated", sources=(),
    )  # fmt: skip
    core = make_core(_index_with([ev]))
    assert has_events_on(core, 2, 29)
    # As the console shows them, one line per block (NO_WRAP) so that no wrap splits a phrase.
    assert "leap-day meeting" in render_text(onthisday_reply(core, 2, 29, datetime.date(2025, 1, 1)), NO_WRAP)
    common = render_text(onthisday_reply(core, 2, 28, datetime.date(2025, 1, 1)), NO_WRAP)
    assert "leap-day meeting" in common and "common years" in common
    assert "leap-day meeting" not in render_text(onthisday_reply(core, 2, 28, datetime.date(2028, 1, 1)), NO_WRAP)


def _index_with(events: list[DatedEvent]) -> Index:
    from bot.corpus import Corpus

    return Index(corpus=Corpus(ROOT, ()), search=None, built_seconds=0.0, events=EventIndex.from_events(events))  # type: ignore[arg-type]


async def test_upcoming_lists_coming_days_in_order(chat: Chat) -> None:
    text = await chat.ask("/upcoming 5", now=datetime.datetime(2025, 8, 29, 9, 0, tzinfo=datetime.UTC))
    assert text.index("29 August") < text.index("30 August") < text.index("31 August")
    assert "Hun Manet" in text
    assert (await chat.reply("/upcoming 400")).error


async def test_why_explains_the_year(chat: Chat) -> None:
    text = await chat.ask("/why 14 July")
    assert "1937" in text and "Seven days later" in text
    text = await chat.ask("/why WPK")
    assert "1945" in text and "80th anniversary" in text
    assert (await chat.reply("/why")).error


async def test_onthisday_actions_lead_to_why(chat: Chat) -> None:
    reply = await chat.reply("/onthisday 10-10")
    action = next(a for a in reply.actions if a.command == "why")
    assert "10 October 1945" in render_text(await chat.press(action))


def _cli(*args: str) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_cli_dates_and_onthisday_json() -> None:
    rows = _cli("dates", "--json", "--corpus", str(ROOT / "tests" / "gold" / "docs"))
    assert {"file", "line", "text", "start", "end", "year_basis", "why", "event", "article_id"} <= set(rows[0])
    assert any(r["start"].startswith("XXXX-") and r["year_basis"] == "unknown" for r in rows)
    (day,) = _cli("onthisday", "07-07", "--today", "2025-07-07", "--json")
    assert day["date"] == "07-07"
    (ev,) = day["events"]
    assert (ev["year"], ev["years_ago"], ev["milestone"]) == (1937, 88, False)
    assert ev["sources"][0]["line"] == 505
    days = _cli("upcoming", "--from", "2025-08-30", "--days", "3", "--json")
    assert [d["date"] for d in days] == ["08-30", "08-31", "09-01"]
