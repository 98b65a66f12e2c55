"""Buttons whose payload is too long for Telegram's 64-byte callback data (paging through a long
question) work on any replica and after a restart, because the payload is in the shared store.

Each "replica" is a real PTB `Application` in webhook mode with its own `Core` (so its own memory),
talking to the fake Bot API (tests/fake_telegram.py); updates are posted to the webhook of the
replica the load balancer would have picked."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from adapters.cli.common import make_core
from adapters.telegram.app import build_application, serve
from adapters.telegram.handlers.callbacks import STALE_BUTTON
from adapters.telegram.keyboards import CallbackCodec
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.config import TelegramConfig
from bot.index.build import Index
from bot.replies import Action
from bot.store import open_store

from . import fake_telegram
from .fake_telegram import PRIVATE_USER, TOKEN, Call, FakeTelegram, callback_query, post_webhook, private_message

ME = PRIVATE_USER["id"]
SECRET = "replica-test-secret"
# A natural-language question: 70 bytes, so its paging buttons cannot carry it in callback data.
QUESTION = "tell me about the war commemoration and the anniversary of the victory"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


Post = Callable[[dict[str, Any]], Awaitable[None]]


@asynccontextmanager
async def replica(fake: FakeTelegram, index: Index, store: Any) -> AsyncIterator[Post]:
    """One bot process in webhook mode; yields a function that posts an update to its webhook."""
    core = make_core(index, services=Services(store=store))
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    cfg = TelegramConfig(
        token=TOKEN,
        api_base_url=fake.base_url,
        webhook_url=url,
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_secret=SECRET,
    )
    app = build_application(core, TOKEN, base_url=fake.base_url)
    stop, ready = asyncio.Event(), asyncio.Event()

    async def on_ready(_app: object) -> None:
        ready.set()

    task = asyncio.create_task(serve(app, cfg, stop, on_ready=on_ready))
    waiter = asyncio.create_task(ready.wait())
    await asyncio.wait({task, waiter}, timeout=fake_telegram.WAIT, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()  # start-up failed: raise its error
    assert ready.is_set(), "the replica did not start"

    async def post(update: dict[str, Any]) -> None:
        assert await post_webhook(url, update, SECRET) == 200

    try:
        yield post
    finally:
        stop.set()
        waiter.cancel()
        await asyncio.wait_for(task, fake_telegram.WAIT)


async def ask_long_question(fake: FakeTelegram, post: Post) -> tuple[int, str]:
    """The question's first page of results: (message id, the Next button's callback data)."""
    mark = fake.mark()
    await post(private_message(QUESTION))
    (results,) = await fake_telegram.sent_to(fake, ME, mark)
    assert results.ok, results.error
    assert f"Results for {QUESTION}" in (results.plain_text or "")
    data = {b["text"]: b["callback_data"] for b in results.buttons()}["Next ▶"]
    assert data.startswith("~") and len(data.encode()) <= 64  # stored, not carried in the button
    return _message_id(fake, results), data


def _message_id(fake: FakeTelegram, call: Call) -> int:
    ids = [mid for (chat, mid), (text, _) in fake._messages.items() if chat == call.chat_id and text == call.text]
    return ids[-1]


async def click(fake: FakeTelegram, post: Post, data: str, message_id: int) -> tuple[Call | None, Call]:
    """Click a button; returns (the edit, if any, and the callback answer)."""
    mark = fake.mark()
    await post(callback_query(data, ME, message_id))
    (answer,) = await fake.wait_for("answerCallbackQuery", after=mark)
    edits = fake.calls_to("editMessageText", after=mark)
    return (edits[0] if edits else None), answer


def assert_page_two(edit: Call | None, answer: Call, message_id: int) -> None:
    assert answer.params.get("text") != STALE_BUTTON
    assert edit is not None and edit.ok, edit and edit.error
    assert int(edit.params["message_id"]) == message_id  # edited in place
    assert "6. " in (edit.plain_text or "")  # page 2 starts at result 6
    assert "◀ Prev" in [b["text"] for b in edit.buttons()]


async def test_next_on_a_long_question_works_on_another_replica(fake: FakeTelegram, seed_index: Index, store, tmp_path):
    """Replica A answers the question; the click on Next reaches replica B, which turns the page."""
    other = open_store(store.test_url, tmp_path)  # B's own connection to the shared database
    try:
        async with replica(fake, seed_index, store) as a, replica(fake, seed_index, other) as b:
            message_id, next_data = await ask_long_question(fake, a)
            edit, answer = await click(fake, b, next_data, message_id)
            assert_page_two(edit, answer, message_id)
            # And the buttons B drew (long too) work back on A.
            prev = {x["text"]: x["callback_data"] for x in edit.buttons()}["◀ Prev"]
            assert prev.startswith("~")
            edit, answer = await click(fake, a, prev, message_id)
            assert answer.params.get("text") != STALE_BUTTON and edit is not None and edit.ok
            assert "1. " in (edit.plain_text or "") and "6. " not in (edit.plain_text or "")
    finally:
        other.close()


async def test_a_replica_without_the_store_can_only_say_expired(fake: FakeTelegram, seed_index: Index, tmp_path):
    """The failure the store prevents: a process that never saw the payload has nothing to run."""
    shared = open_store(None, tmp_path)
    try:
        async with replica(fake, seed_index, shared) as a, replica(fake, seed_index, None) as b:
            message_id, next_data = await ask_long_question(fake, a)
            edit, answer = await click(fake, b, next_data, message_id)
            assert edit is None and answer.params.get("text") == STALE_BUTTON
    finally:
        shared.close()


async def test_next_still_works_after_a_restart(fake: FakeTelegram, seed_index: Index, tmp_path: Path):
    """The bot answers, stops, and a new process on the same database gets the click."""
    before = open_store(None, tmp_path)
    async with replica(fake, seed_index, before) as old:
        message_id, next_data = await ask_long_question(fake, old)
    before.close()

    after = open_store(None, tmp_path)
    try:
        async with replica(fake, seed_index, after) as new:
            edit, answer = await click(fake, new, next_data, message_id)
            assert_page_two(edit, answer, message_id)
    finally:
        after.close()


# ---------------------------------------------------------------------------------------------
# The codec on its own, over a real SQLite store


def _next_action(query: str = QUESTION, page: int = 2) -> Action:
    return Action("Next ▶", "search", {"query": query, "page": page}, kind="next")


def test_old_payloads_are_forgotten_a_month_after_their_last_message(core: Core, tmp_path: Path):
    store = open_store(None, tmp_path)
    now = [datetime(2025, 9, 3, tzinfo=UTC)]
    try:
        codec = CallbackCodec(core.table, store=lambda: store, clock=lambda: now[0])
        old = codec.encode(_next_action())
        now[0] += timedelta(days=31)
        fresh = codec.encode(_next_action(page=3))  # a later reply's write also prunes
        restarted = CallbackCodec(core.table, store=lambda: store, clock=lambda: now[0])
        assert restarted.decode(old) is None  # the polite "expired" answer
        assert restarted.decode(fresh).invocation.args == {"query": QUESTION, "page": 3}
    finally:
        store.close()


def test_a_broken_store_leaves_buttons_working_on_this_process(core: Core, tmp_path: Path, caplog):
    store = open_store(None, tmp_path)
    store.close()  # every statement now fails
    codec = CallbackCodec(core.table, store=lambda: store)
    data = codec.encode(_next_action())
    assert codec.decode(data).invocation.args["page"] == 2  # from memory
    assert CallbackCodec(core.table, store=lambda: store).decode(data) is None  # elsewhere: expired
    assert "could not store button payloads" in caplog.text
