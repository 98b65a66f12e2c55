"""Discord button custom_ids that carry their action: the real replies' actions round-trip within
Discord's 100 characters, and ids that are too long, foreign or forged are refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.discord.custom_ids import MAX_CUSTOM_ID, TEMPLATE, ButtonCodec
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, Invocation
from bot.replies import Action


@pytest.fixture
def codec(core: Core) -> ButtonCodec:
    return ButtonCodec(core.table)


@pytest.mark.parametrize(
    "invocation",
    [
        Invocation("search", {"query": "anniversary victory"}),
        Invocation("search", {"query": "anniversary victory", "page": 2}),
        Invocation("onthisday", {"date": "9 May"}),
    ],
)
async def test_real_actions_round_trip(core: Core, codec: ButtonCodec, invocation: Invocation) -> None:
    ctx = ChatContext(platform="discord", chat_id="1", now=datetime(2025, 9, 3, 9, tzinfo=UTC))
    reply = await core.dispatch(invocation, ctx)
    assert reply.actions
    for action in reply.actions:
        custom_id = codec.encode(action)
        assert custom_id is not None and len(custom_id) <= MAX_CUSTOM_ID
        assert TEMPLATE.fullmatch(custom_id)
        assert codec.decode(custom_id, action.label) == Action(
            action.label, action.command, dict(action.args), kind=action.kind
        )


def test_the_format_is_compact(codec: ButtonCodec) -> None:
    action = Action("Next ▶", "search", {"query": "Eric Liddell", "page": 2}, kind="next")
    assert codec.encode(action) == 'mb:n["search","Eric Liddell",2]'
    # Arguments go in the table's order; unset trailing ones are left out.
    assert codec.encode(Action("Open 1", "doc", {"article": "097182f6"}, kind="open")) == 'mb:o["doc","097182f6"]'


@pytest.mark.parametrize(
    "action",
    [
        Action("Next ▶", "search", {"query": "x" * 90, "page": 2}, kind="next"),  # over 100 characters
        Action("Next ▶", "nosuchcommand", {}, kind="next"),
        Action("Next ▶", "search", {"query": "x", "colour": "red"}, kind="next"),  # not an argument of search
        Action("Next ▶", "search", {"query": "x", "page": True}, kind="next"),
        Action("Next ▶", "search", {"query": ["x"]}, kind="next"),
    ],
)
def test_actions_that_do_not_fit_get_no_custom_id(codec: ButtonCodec, action: Action) -> None:
    assert codec.encode(action) is None


@pytest.mark.parametrize(
    "custom_id",
    [
        "mb:0123456789ab:3",  # an in-memory button
        'mb:n["nosuchcommand",2]',
        'mb:n["search","x",2,3]',  # more values than search has arguments
        'mb:n["search",{"query":"x"}]',
        'mb:n["search","x",true]',
        'mb:q["search","x"]',  # no such kind
        "mb:n[not json]",
        "mb:n[]",
        'other:n["search","x"]',
    ],
)
def test_foreign_or_forged_ids_decode_to_nothing(codec: ButtonCodec, custom_id: str) -> None:
    assert codec.decode(custom_id) is None
