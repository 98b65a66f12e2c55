"""Issue 12, points 1–5: "on this day" as a new user meets it on the bundled seeds in November 2026.

Round anniversaries only are milestones (point 1); a day reads like AP's "Today in History": the
highlight, the day's history by year, then "One year ago", with each commemoration listed under the
event it commemorates and one item per happening (point 2); every item reads on its own (point 3);
days without dated events get no post, or a weekly notice (point 4); items are numbered and
`/why` explains a number, a whole day, or words (point 5). In the console, then through the
Telegram and Discord fakes where the point is about what a chat shows.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from adapters.cli.common import make_core
from adapters.telegram.app import sender_for
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands.dates import daily_post_builder
from bot.config import MilestoneRule
from bot.daily.delivery import Deliverer
from bot.index.build import Index, build_index
from bot.replies import ListItem, Reply, inline_text
from bot.store import SQLStore, Subscription
from tests.chat_fixture import Chat
from tests.paths import ROOT
from tests.pg_fixture import FakeClock

from .fake_telegram import PRIVATE_USER, FakeTelegram, StartBot, inline_query, parse_html, private_message, sent_to

NOVEMBER_2026 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # when the issue was found (a Monday)
SEP_2025 = datetime(2025, 9, 3, 12, 0, tzinfo=UTC)
ME = PRIVATE_USER["id"]
NO_WRAP = 10_000


def one_line(text: str) -> str:
    """Console text with its wrapping undone, so a phrase never straddles two lines."""
    return " ".join(text.split())


def items(reply: Reply) -> list[ListItem]:
    return [b for b in reply.blocks if isinstance(b, ListItem)]


def item_text(item: ListItem) -> str:
    return inline_text(item.text)


def cited(item: ListItem) -> set[tuple[str, int]]:
    return {(s.file, s.line) for s in item.sources}


@pytest.fixture()
def chat(chat: Chat) -> Chat:
    return chat.set(now=NOVEMBER_2026)


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


# ---------------------------------------------------------------------------------------------
# 1. Milestones: round anniversaries only


def test_the_default_rule_counts_as_commemoration_does() -> None:
    rule = MilestoneRule.default()
    assert [n for n in range(1, 101) if rule(n)] == [
        10, 20, 25, 30, 40, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100,
    ]  # fmt: skip
    assert not rule(1) and not rule(5) and rule(150) and rule(205)
    assert [n for n in range(1, 60) if MilestoneRule.parse("1st, every 25th")(n)] == [1, 25, 50]
    assert not any(MilestoneRule.parse("none")(n) for n in range(1, 500))
    for bad in ("every", "sometimes", "every 0", "5 from 3"):
        with pytest.raises(ValueError):
            MilestoneRule.parse(bad)


async def test_a_year_old_meeting_is_no_milestone(chat: Chat) -> None:
    text = await chat.ask("/onthisday 09-02")
    assert "★" not in text and "milestone" not in text and "round anniversar" not in text
    assert not any(i.highlight for i in items(chat.last))
    # In 2025 the 80th anniversary of 1945 is round, and starred; the 2020 messages (5 years) are not.
    await chat.ask("/onthisday 09-03", now=SEP_2025)
    first, second = items(chat.last)[:2]
    assert first.highlight and "1945 (80 years ago · 80th anniversary)" in item_text(first)
    assert "2020 (5 years ago)" in item_text(second) and not second.highlight
    assert "1 round anniversary (★)" in one_line(await chat.ask("/onthisday 09-03", now=SEP_2025))


async def test_the_operator_chooses_the_rule(seed_index: Index, chat: Chat) -> None:
    every_fifth = chat.over(make_core(seed_index, services=Services(milestones=MilestoneRule.parse("every 5"))))
    await every_fifth.ask("/onthisday 09-03", now=SEP_2025)
    second = items(every_fifth.last)[1]
    assert "2020 (5 years ago · 5th anniversary)" in item_text(second) and second.highlight

    rows = [json.loads(x) for x in cli("onthisday", "09-03", "--today", "2025-09-03", "--json",
                                       env={"MEMORIAL_MILESTONES": "every 5"}).stdout.splitlines()]  # fmt: skip
    assert {(e["year"], e["milestone"]) for e in rows[0]["events"]} >= {(1945, True), (2020, True)}
    bad = cli("ask", "/onthisday 09-03", env={"MEMORIAL_MILESTONES": "every other year"})
    assert bad.returncode == 2 and "MEMORIAL_MILESTONES" in bad.stderr and "Traceback" not in bad.stderr


# ---------------------------------------------------------------------------------------------
# 2. Order like AP's "Today in History"


async def test_3_september_tells_the_history_first_and_groups_its_commemorations(chat: Chat) -> None:
    text = await chat.ask("/onthisday 09-03")
    reply = chat.last
    listed = items(reply)
    # The highlight: the oldest event (81 years is no round anniversary), with every report of it.
    assert text.index("Highlight") < text.index("1. 1945 (81 years ago)") < text.index("One year ago (2025)")
    first = listed[0]
    assert "final victory of the World Anti-Fascist War" in item_text(first)
    assert "Commemorated in 2020 and 2025." in item_text(first)
    # Its commemorations follow it, indented: 2020's messages, Caracas, and Beijing's ceremony once.
    under = [i for i in listed if i.level == 1]
    assert [i for i in listed[1 : 1 + len(under)]] == under
    assert [item_text(i).split(" (")[0] for i in under] == ["2. 2020", "3. 2025", "4. 2025"]
    beijing = [i for i in under if "Tienanmen Square" in item_text(i)]
    assert len(beijing) == 1  # three passages, one commemoration
    assert cited(beijing[0]) >= {("004_8eac20a0684a333d.txt", 377), ("004_8eac20a0684a333d.txt", 403)}
    assert "    ◦ 2. 2020 (6 years ago)" in text  # the console indents them
    # Last, the recent years: a report that names no commemorated event stays there.
    assert "Kim Jong Un" in item_text(listed[-1]) and listed[-1].level == 0


async def test_2_september_puts_1945_above_last_years_meetings(chat: Chat) -> None:
    text = await chat.ask("/onthisday 09-02")
    listed = items(chat.last)
    assert item_text(listed[0]).startswith("1. 1945 (81 years ago)")
    recent = text[text.index("One year ago (2025)") :]
    assert "Xi Jinping held important meetings" in one_line(recent) and "1945" not in recent.split("\n")[0]
    assert all("2025 (1 year ago)" in item_text(i) for i in listed[1:])


async def test_the_biggest_round_anniversary_leads_then_the_years_in_order(tmp_path: Path) -> None:
    (tmp_path / "harbour.txt").write_text(
        "Ashford harbour through the years\n\n"
        "On 12 May 1988 the lifeboat station of Ashford opened its new slipway.\n\n"
        "On 12 May 1926 the dockers of Ashford stopped work for nine days.\n\n"
        "On 12 May 1953 the harbour of Ashford reopened its fish market.\n\n"
        "On 12 May 2025 the Ashford choir sang on the quay for the regatta.\n",
        encoding="utf-8",
    )
    chat = Chat(make_core(build_index(tmp_path)), now=NOVEMBER_2026)

    def years() -> list[str]:
        return [item_text(i).split(" ")[1] for i in items(chat.last)]

    text = await chat.ask("/onthisday 12 May")
    # 1926 is the 100th anniversary, the only round one: highlighted and starred; then the history
    # by year; then one year ago.
    assert years() == ["1926", "1953", "1988", "2025"]
    assert [i.highlight for i in items(chat.last)] == [True, False, False, False]
    assert text.index("Highlight") < text.index("History") < text.index("One year ago (2025)")
    # A year later the biggest round one is 1953's 75th; 1926 (101 years) follows in order.
    await chat.ask("/onthisday 12 May", now=NOVEMBER_2026.replace(year=2028))
    assert years() == ["1953", "1926", "1988", "2025"]
    # With no round anniversary at all, the oldest leads.
    await chat.ask("/onthisday 12 May", now=NOVEMBER_2026.replace(year=2027))
    assert years() == ["1926", "1953", "1988", "2025"] and not any(i.highlight for i in items(chat.last))


# ---------------------------------------------------------------------------------------------
# 3. Each item readable on its own


async def test_items_keep_the_subject_the_title_and_the_source(chat: Chat) -> None:
    text = one_line(await chat.ask("/onthisday 23 September"))
    # The whole sentence, from its start: who visited is there.
    assert "Liu Qibao, head of the Publicity Department" in text and "visited the Russian city from Sept. 23-27" in text
    assert "11 years ago" in text and "001_9ecd713099968551.txt:4" in text
    (item,) = items(chat.last)
    assert item.sources[0].title in item_text(item) or item.sources[0].title[:60] in item_text(item)
    assert "Year inferred: /why 1" in item_text(item)
    # No item starts mid-sentence any more.
    for day in ("09-02", "09-03", "08-31", "09-04"):
        await chat.ask(f"/onthisday {day}")
        for i in items(chat.last):
            quote = item_text(i).split("“", 1)[1] if "“" in item_text(i) else ""
            assert not quote.startswith("…"), item_text(i)
            assert not re.match(r"^[a-z\d)]", quote), item_text(i)


def test_json_keeps_whole_titles_and_sentences_with_the_snippet_apart() -> None:
    out = cli("onthisday", "09-23", "09-02", "--today", "2026-11-30", "--json")
    assert out.returncode == 0, out.stderr
    sept23, sept2 = (json.loads(x) for x in out.stdout.splitlines())
    (liu,) = sept23["events"]
    assert liu["text"].startswith("Liu Qibao") and liu["text"].endswith("Communist Party of Russian Federation.")
    assert liu["snippet"].startswith("Liu Qibao") and len(liu["snippet"]) < len(liu["text"])
    assert liu["title"] == liu["sources"][0]["title"] and liu["number"] == 1
    first = sept2["events"][0]
    assert (first["section"], first["year"], first["commemorates"]) == ("highlight", 1945, None)
    assert [c["year"] for c in first["commemorated_in"]] == [2025]
    assert sept2["events"][1]["level"] == 1 and sept2["events"][1]["commemorates"] == first["event_id"]
    assert len(json.loads(out.stdout.splitlines()[1])["events"][2]["title"]) > 60  # not cut


async def test_upcoming_items_are_numbered_and_readable(chat: Chat) -> None:
    text = one_line(await chat.ask("/upcoming 5", now=datetime(2026, 8, 29, 9, 0, tzinfo=UTC)))
    assert "1. 2025 (1 year ago) — " in text and "Year inferred: /why 1" in text
    assert "Receiving them on August 29, Deputy Minister of National Defence" in text  # the sentence's start


async def test_telegram_shows_numbered_items_with_titles(fake: FakeTelegram, start_bot: StartBot, core: Core) -> None:
    await start_bot(core, clock=lambda: NOVEMBER_2026)
    mark = fake.mark()
    fake.inject(private_message("/onthisday 09-03"))
    (msg,) = await sent_to(fake, ME, mark)
    shown = msg.plain_text or ""
    assert "• 1. 1945 (81 years ago) — Xi Jinping and Russian President Vladimir Putin" in shown
    assert "◦ 2. 2020 (6 years ago)" in shown and "Year inferred: /why 1" in shown
    assert "↳ 002_449fe29b32e6c63b.txt:7" in shown
    assert "<code>/why 1</code>" in msg.text  # the hint is a command to copy
    assert [b["text"] for b in msg.buttons()][:5] == ["Why 1", "Why 2", "Why 3", "Why 4", "Why 5"]

    mark = fake.mark()
    fake.inject(inline_query("09-03"))
    (answered,) = await fake.wait_for("answerInlineQuery", after=mark)
    (result,) = answered.json("results")
    body, _ = parse_html(result["input_message_content"]["message_text"])
    assert "1. 1945 (81 years ago) — Xi Jinping and Russian President" in body


# ---------------------------------------------------------------------------------------------
# 4. Empty days


async def test_empty_days_post_nothing_by_default(chat: Chat) -> None:
    for day in ("30 November", "15 March", "28 February"):
        text = one_line(await chat.ask(f"/preview {day}"))
        assert "so nothing is posted" in text, text
        assert "Coming up" not in text and "On this day" not in text


def test_the_readme_says_how_many_days_the_seeds_date(seed_index: Index) -> None:
    n = seed_index.events.days_with_events()
    readme = one_line((ROOT / "README.md").read_text(encoding="utf-8")).lower()
    assert f"the bundled seeds date events on {n} days of the year" in readme


async def test_subscribe_says_how_often_posts_come(store_core: Core, chat: Chat) -> None:
    chat = chat.over(store_core)
    n = store_core.index.events.days_with_events()
    text = one_line(await chat.ask("/subscribe 09:00 Europe/Moscow"))
    assert f"The documents date events on {n} days of the year; on other days nothing is posted." in text
    # Next post: the next dated day, not tomorrow.
    assert "Next post: Wednesday 7 July 2027, 09:00 MSK (06:00 UTC, 7 July)." in text
    assert "Nothing is posted before then: the 218 days in between have no dated events." in text
    settings = one_line(await chat.ask("/settings empty-days upcoming"))
    assert "Next post: Monday 5 July 2027, 09:00 MSK" in settings and "“coming up this week” notice" in settings


def test_the_weekly_notice_comes_at_most_once_a_week_and_never_repeats(core: Core) -> None:
    build = daily_post_builder(core)
    t0 = NOVEMBER_2026
    sub = Subscription(1, "console", "c", "private", 9, 0, "UTC", "anniversary", True, None, t0, t0)
    quiet = Subscription(2, "console", "q", "private", 9, 0, "UTC", "nothing", True, None, t0, t0)
    fillers: dict[date, str] = {}
    start = date(2026, 11, 30)
    for k in range(366):
        day = start + timedelta(days=k)
        dated = core.index.events.has(day.month, day.day, day.year)
        assert (build(quiet, day) is None) != dated  # the default: dated days only
        post = build(sub, day)
        if post is not None and not dated:
            fillers[day] = "\n".join(inline_text(b.text) for b in post.blocks)
    assert fillers, "some week has dated events"
    assert all(d.weekday() == 0 for d in fillers)  # Mondays only: at most once a week
    assert len(set(fillers.values())) == len(fillers)  # never the same text twice
    assert all("Coming up this week" in t for t in fillers.values())


async def test_telegram_empty_days_send_nothing_and_the_weekly_notice_once(
    fake: FakeTelegram, start_bot: StartBot, store_core: Core, sqlite_store: SQLStore
) -> None:
    app = await start_bot(store_core)
    monday = datetime(2027, 7, 5, 9, 0, tzinfo=UTC)  # 7 July (Wednesday) is dated; 5 July is not
    created = monday - timedelta(days=2)
    sqlite_store.upsert_subscription("telegram", str(ME), "private", 9, 0, "UTC", created)  # default: nothing
    sqlite_store.upsert_subscription("telegram", "777", "private", 9, 0, "UTC", created, empty_day="anniversary")
    clock = FakeClock(monday)
    build = daily_post_builder(store_core)
    deliverer = Deliverer(sqlite_store, [sender_for(app)], build, clock=clock, sleep=clock.sleep)
    mark = fake.mark()
    report = await deliverer.run_due(monday)
    assert [o.chat for o in report.sent] == ["777"]
    (notice,) = await fake.wait_for("sendMessage", lambda c: c.chat_id == 777, after=mark)
    assert "Coming up this week: 5 July – 11 July 2027" in (notice.plain_text or "")
    assert "1. 1937 (90 years ago · 90th anniversary)" in (notice.plain_text or "")
    assert not fake.calls_to("sendMessage", after=mark)[1:]  # nothing for the default chat
    tuesday = monday + timedelta(days=1)
    assert not (await deliverer.run_due(tuesday)).sent  # the notice is weekly


# ---------------------------------------------------------------------------------------------
# 5. /why


async def test_why_n_explains_the_numbered_item(chat: Chat) -> None:
    chat.set(chat_id="why-numbers")  # a chat of its own: the core remembers each chat's last list
    assert "There is no numbered list in this chat yet" in await chat.ask("/why 1")
    await chat.ask("/onthisday 09-03")
    one = one_line(await chat.ask("/why 1"))
    assert one.startswith("1. 3 September 1945 — year inferred") and "counted back from 3 September 2020" in one
    assert one_line(await chat.ask("/why 2")).startswith("2. 3 September 2020 — year explicit")
    assert "Number 9 is not on the last list shown here (1–5)" in one_line(await chat.ask("/why 9"))


async def test_why_a_date_lists_every_event_of_the_day_paged(chat: Chat) -> None:
    first = one_line(await chat.ask("/why 3 September"))
    assert "3 September: 5 events" in first
    assert "1. 3 September 1945" in first and "2. 3 September 2020" in first and "3. 3 September 2025" in first
    rest = one_line(await chat.ask("/next"))
    assert "4. 3 September 2025" in rest and "5. 2–4 September 2025" in rest
    assert await chat.ask("/next") == "There is no next page."
    # The numbers are /onthisday's, so /why 5 after it is the same event.
    assert "5. 2–4 September 2025" in one_line(await chat.ask("/why 5"))


async def test_why_words_ignore_stopwords(chat: Chat) -> None:
    assert "too common to pick out an event" in one_line(await chat.ask("/why the"))
    text = one_line(await chat.ask("/why Lady from Chungking"))
    assert chat.last.error and "Zhao Leji" not in text
    assert "22 July 1945" in one_line(await chat.ask("/why George Hogg"))


async def test_telegram_typed_why_uses_the_chats_last_list(fake: FakeTelegram, start_bot: StartBot, core: Core) -> None:
    await start_bot(core, clock=lambda: NOVEMBER_2026)
    mark = fake.mark()
    fake.inject(private_message("/onthisday 09-02"))
    await sent_to(fake, ME, mark)
    mark = fake.mark()
    fake.inject(private_message("/why 1"))
    (msg,) = await sent_to(fake, ME, mark)
    assert "1. 2 September 1945 — year explicit" in (msg.plain_text or "")
