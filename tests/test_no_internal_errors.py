"""No internal errors on any input (issue 12, point 8), property-based with Hypothesis.

Every command of the table is invoked with arbitrary and edge-case arguments, both as a button or a
Discord option delivers them (an `Invocation` with any values, even of the wrong type) and as a
typed line; plain text in any chat too. Each must end "ok" or "refused" with a message (the
outcome `Core.dispatch` logs and counts), never "failed", and each reply must render for the
console, Telegram and Discord and give buttons that can be encoded.

Bounded for CI: a fixed number of examples, derandomised (the same examples on every run), no
example database, no deadline (a shared machine's timing is no failure).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.cli.common import make_core
from adapters.console.render import render_text
from adapters.discord.render import render_reply
from adapters.telegram.render import render_chunks
from bot.chat.compact import compact
from bot.chat.dispatch import Core
from bot.chat.model import Arg, ChatContext, Invocation
from bot.chat.services import Services
from bot.commands import build_command_table
from bot.index.build import Index
from bot.replies import Reply, inline_text
from bot.store import open_store

APOLOGY = "something went wrong on our side"
COMMANDS = [c.name for c in build_command_table().commands]
EXAMPLES = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Edge cases a reader of dates, times, zones and numbers must survive; random text comes on top.
EDGE_DATES = [
    "0000-01-01", "0001-01-01", "9999-12-31", "9998-12-31", "9998-12-30", "0000-00-00", "9999-99-99",
    "1-1", "02-29", "29 February", "2023-02-29", "31 June", "13-45", "00-00", "12-31", "today", "tomorrow",
    "yesterday", "9 мая 0000", "0年1月1日", "9999年12月31日", "3 de septiembre de 0000", "Sept. 3rd, 9999",
    "September 3 2", "09-03 9999", "09-03 0", "٠٩-٠٣", "０９－０３", "１９４５年９月３日", "2025-09-03T00:00",
]  # fmt: skip
EDGE_TIMES = [
    "0", "00:00", "23:59", "24:00", "12am", "12pm", "0am", "13pm", "9999", "0000", "2400", "9.60", "9h", "٩am",
    "９:００", "-1", "1e3", "09:00:00",
]  # fmt: skip
EDGE_ZONES = [
    "UTC+14", "UTC-12", "UTC+15", "UTC-13", "+99:99", "UTC+5:75", "Etc/GMT+12", "Etc/GMT-14", "EST", "EST5EDT",
    "posix/Europe/Moscow", "right/UTC", "Factory", "localtime", "../../etc/passwd", "Europe/", "/", "Moskow",
    "new  york", "МСК", "St. John’s", "Zulu", "UTC−5",
]  # fmt: skip
EDGE_INTS: list[Any] = [0, 1, -1, 366, 367, 1000, 1001, 2**31, 2**63, 10**100, "2", " 3 ", "٣", "²", "1e3", "", None]
ODD_TEXT = [
    "", " ", "\u200b", "\u202e9 мая", "e\u0301", "\ufeff/onthisday", "\x00\x01", "🇺🇦" * 50, "🙂" * 2000, "a" * 5000,
    "<b>bold</b>", "*_[`~|", "@everyone", "/", "//", "/onthisday@other_bot 09-03", "page 99999999999999999999",
    "\n\n\t", "Ǆ", "İstanbul", "ß", "ﬀ", "𝟗 𝐌𝐚𝐲", "\ud7ff",
]  # fmt: skip


def odd_text(max_size: int = 60) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(ODD_TEXT), st.text(max_size=max_size))


def arg_values(arg: Arg) -> st.SearchStrategy[Any]:
    """What may arrive for an argument: its edge cases, any text, and (from forged or stale
    buttons) values of another type."""
    by_kind: dict[str, st.SearchStrategy[Any]] = {
        "int": st.one_of(st.integers(), st.sampled_from(EDGE_INTS)),
        "date": st.sampled_from(EDGE_DATES),
        "time": st.sampled_from(EDGE_TIMES),
        "timezone": st.sampled_from(EDGE_ZONES),
    }
    wrong_type = st.one_of(st.none(), st.booleans(), st.floats(), st.lists(st.integers(), max_size=2))
    return st.one_of(by_kind.get(arg.kind, st.nothing()), odd_text(), wrong_type)


def contexts() -> st.SearchStrategy[ChatContext]:
    return st.builds(
        ChatContext,
        platform=st.sampled_from(["console", "telegram", "discord"]),
        chat_id=st.sampled_from(["1", "2", "-100"]),
        chat_kind=st.sampled_from(["private", "group", "channel"]),
        user_id=st.just("tester"),
        timezone=st.one_of(st.none(), st.sampled_from(EDGE_ZONES)),
        now=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.just(UTC)),
    )


class Outcomes(logging.Handler):
    """The outcome `Core.dispatch` logs for each command: ok, refused or failed."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seen: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if hasattr(record, "outcome"):
            self.seen.append((getattr(record, "command", "?"), record.outcome))


@pytest.fixture(scope="module")
def outcomes() -> Iterator[Outcomes]:
    logger = logging.getLogger("bot.chat.dispatch")
    handler, level = Outcomes(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.fixture(scope="module")
def bot(seed_index: Index, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Core]:
    store = open_store(None, tmp_path_factory.mktemp("no_internal_errors"))
    yield make_core(seed_index, services=Services(store=store))
    store.close()


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    running = asyncio.new_event_loop()
    yield running
    running.close()


def check(bot: Core, reply: Reply | None, outcomes: Outcomes) -> None:
    """The reply is an answer or a refusal with a message, and every platform can show it."""
    failed = [seen for seen in outcomes.seen if seen[1] == "failed"]
    outcomes.seen.clear()
    assert not failed, failed
    if reply is None:  # not addressed to the bot (chatter in a group): silence is an answer
        return
    text = render_text(reply)
    assert APOLOGY not in text
    assert any(inline_text(getattr(b, "text", ())) for b in reply.blocks), reply
    render_chunks(reply)
    render_reply(reply)
    for action in reply.actions:
        compact(bot.table, action.command, action.args)


@pytest.mark.parametrize("name", COMMANDS)
@EXAMPLES
@given(data=st.data(), ctx=contexts())
def test_any_arguments_end_ok_or_refused(
    bot: Core, loop: asyncio.AbstractEventLoop, outcomes: Outcomes, name: str, data: st.DataObject, ctx: ChatContext
) -> None:
    cmd = bot.table.get(name)
    assert cmd is not None
    args = data.draw(st.fixed_dictionaries({}, optional={a.name: arg_values(a) for a in cmd.args}))
    reply = loop.run_until_complete(bot.dispatch(Invocation(name, args), ctx))
    check(bot, reply, outcomes)


@settings(EXAMPLES, max_examples=600)
@given(
    name=st.sampled_from(COMMANDS),
    rest=st.one_of(odd_text(), st.sampled_from(EDGE_DATES + EDGE_TIMES + EDGE_ZONES + [str(i) for i in EDGE_INTS])),
    more=st.sampled_from(["", " 2", " page 2", " 0", " 99999999999999999999", " Europe/Moscow", " 9am"]),
    ctx=contexts(),
)
def test_any_typed_line_ends_ok_or_refused(
    bot: Core, loop: asyncio.AbstractEventLoop, outcomes: Outcomes, name: str, rest: str, more: str, ctx: ChatContext
) -> None:
    reply = loop.run_until_complete(bot.handle_text(f"/{name} {rest}{more}", ctx))
    check(bot, reply, outcomes)


@settings(EXAMPLES, max_examples=400)
@given(text=odd_text(200), ctx=contexts())
def test_any_plain_text_ends_ok_or_refused(
    bot: Core, loop: asyncio.AbstractEventLoop, outcomes: Outcomes, text: str, ctx: ChatContext
) -> None:
    reply = loop.run_until_complete(bot.handle_text(text, ctx, bot_username="memorial_test_bot"))
    check(bot, reply, outcomes)


@pytest.mark.parametrize(
    "line",
    ["/onthisday 0000-01-01", "/preview 9999-12-31", "/preview 0001-01-01", "/onthisday 9999-12-31",
     "/why 0000-09-03", "/preview 29 February", "/upcoming 366 1000"],
)  # fmt: skip
def test_the_issues_own_examples(bot: Core, loop: asyncio.AbstractEventLoop, outcomes: Outcomes, line: str) -> None:
    ctx = ChatContext("console", "1", now=datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    check(bot, loop.run_until_complete(bot.handle_text(line, ctx)), outcomes)
