"""/subscribe, /unsubscribe, /settings, /preview as a chat sees them, and `memorial-bot post-due`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.cli.common import make_core
from adapters.cli.main import main
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands.subscriptions import chat_gone
from bot.index.build import Index
from bot.store import SQLStore, open_store
from tests.chat_fixture import Chat
from tests.scheduler_spy import SchedulerSpy

NOW = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)


@pytest.fixture()
def core(seed_index: Index, store: SQLStore) -> Core:
    """This module's bot has a store (the `chat` fixture talks to this core)."""
    return make_core(seed_index, services=Services(store=store))


@pytest.fixture()
def chat(chat: Chat) -> Chat:
    """A private Telegram chat "42" of user "u1", on 2 September 2025 at 12:00 UTC."""
    return chat.set(now=NOW, platform="telegram", chat_id="42", user_id="u1")


async def no() -> bool:
    return False


async def yes() -> bool:
    return True


async def test_subscribe_shows_next_post_in_local_and_utc_time(chat: Chat, store: SQLStore) -> None:
    out = await chat.ask("/subscribe 09:00 Europe/Moscow")
    assert "Every day at 09:00 (Europe/Moscow)" in out
    assert "Next post: Wednesday 3 September 2025, 09:00 MSK (06:00 UTC, 3 September)." in out
    sub = store.get_subscription("telegram", "42")
    assert (sub.hour, sub.minute, sub.timezone, sub.enabled) == (9, 0, "Europe/Moscow", True)


async def test_subscribe_defaults_and_offsets(chat: Chat, store: SQLStore) -> None:
    await chat.ask("/subscribe", chat_id="a")
    assert store.get_subscription("telegram", "a").time_text == "09:00"
    assert store.get_subscription("telegram", "a").timezone == "UTC"
    await chat.ask("/subscribe", chat_id="b", timezone="Asia/Shanghai")  # the chat's zone when known
    assert store.get_subscription("telegram", "b").timezone == "Asia/Shanghai"
    out = await chat.ask("/subscribe 7:30 UTC+8", chat_id="c")
    assert "Next post: Wednesday 3 September 2025, 07:30 UTC+08:00 (23:30 UTC, 2 September)." in out
    await chat.ask("/subscribe Europe/Berlin", chat_id="d")
    assert store.get_subscription("telegram", "d").timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    "text", ["/subscribe 25:00 Europe/Moscow", "/subscribe 09:00 Moscow/Europe", "/subscribe noon"]
)
async def test_bad_time_or_zone_gets_a_clear_error_with_an_example(chat: Chat, store: SQLStore, text: str) -> None:
    out = await chat.ask(text)
    assert "e.g. /subscribe 09:00 Europe/Moscow" in out
    assert store.get_subscription("telegram", "42") is None


async def test_in_groups_only_managers_may_change_the_subscription(chat: Chat, store: SQLStore) -> None:
    out = await chat.ask("/subscribe 09:00 UTC", chat_kind="group", can_manage=no)
    assert "Only people who can manage this chat" in out and store.get_subscription("telegram", "42") is None
    await chat.ask("/subscribe 09:00 UTC", chat_kind="group", can_manage=yes)
    assert "Only people" in await chat.ask("/unsubscribe", chat_kind="group", can_manage=no)
    assert "Only people" in await chat.ask("/settings empty-days nothing", chat_kind="group", can_manage=no)
    assert "Daily commemoration" in await chat.ask("/settings", chat_kind="group", can_manage=no)  # reading is fine
    assert store.get_subscription("telegram", "42").enabled


async def test_unsubscribe_and_settings(chat: Chat, store: SQLStore) -> None:
    assert "not subscribed" in await chat.ask("/settings")
    await chat.ask("/subscribe 18:30 America/New_York")
    out = await chat.ask("/settings")
    assert "Every day at 18:30, time zone America/New_York." in out
    assert "Next post: Tuesday 2 September 2025, 18:30 EDT (22:30 UTC, 2 September)." in out
    assert "On days without dated events: no post (empty-days nothing)." in out  # the default
    assert "notice on Mondays" in await chat.ask("/settings empty-days upcoming")
    assert "On days without dated events: no post" in await chat.ask("/settings empty-days nothing")
    assert "e.g. /settings empty-days nothing" in await chat.ask("/settings colour blue")
    assert "Unsubscribed" in await chat.ask("/unsubscribe")
    assert not store.get_subscription("telegram", "42").enabled
    assert "Off (unsubscribed)" in await chat.ask("/settings")
    assert "no daily commemoration" in await chat.ask("/unsubscribe")


async def test_commands_keep_the_scheduler_in_step(chat: Chat, core: Core, store: SQLStore) -> None:
    spy = SchedulerSpy()
    core.services.scheduler = spy
    await chat.ask("/subscribe 09:00 UTC")
    await chat.ask("/unsubscribe")
    sub = store.get_subscription("telegram", "42")
    assert spy.changed == [sub.id, sub.id]


async def test_a_chat_the_bot_was_removed_from_stops_at_once_and_subscribe_brings_it_back(
    chat: Chat, core: Core, store: SQLStore
) -> None:
    spy = SchedulerSpy()
    core.services.scheduler = spy
    await chat.ask("/subscribe 09:00 UTC", chat_id="42")
    await chat.ask("/subscribe 10:00 UTC", chat_id="43")
    await chat.ask("/subscribe 11:00 UTC", chat_id="44")
    await chat.ask("/unsubscribe", chat_id="44")
    spy.changed.clear()

    # "44" is already off (its reason stays "unsubscribed"); "99" never subscribed.
    assert chat_gone(core, "telegram", ["42", "44", "99"], "bot blocked by the user", NOW) == 1
    gone = store.get_subscription("telegram", "42")
    assert not gone.enabled and gone.disabled_reason == "bot blocked by the user"
    assert spy.changed == [gone.id]  # the scheduler drops its job
    assert store.get_subscription("telegram", "43").enabled
    assert store.get_subscription("telegram", "44").disabled_reason == "unsubscribed"
    assert "Off (stopped: bot blocked by the user)" in await chat.ask("/settings", chat_id="42")
    assert chat_gone(core, "discord", ["42"], "channel deleted", NOW) == 0  # other platform, same id

    await chat.ask("/subscribe", chat_id="42")
    back = store.get_subscription("telegram", "42")
    assert back.enabled and back.id == gone.id and back.disabled_reason is None


async def test_a_whole_server_of_channels_is_disabled_with_one_listing(core: Core, store: SQLStore) -> None:
    for chat in ("c1", "c2"):
        store.upsert_subscription("discord", chat, "group", 9, 0, "UTC", NOW)
    store.upsert_subscription("discord", "elsewhere", "group", 9, 0, "UTC", NOW)
    channels = [f"c{i}" for i in range(1, 300)]
    assert chat_gone(core, "discord", channels, "bot removed from the server", NOW) == 2
    assert [s.chat_id for s in store.list_subscriptions()] == ["elsewhere"]


def test_a_core_without_a_store_opens_none(seed_index: Index, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path))
    bare = make_core(seed_index)
    assert chat_gone(bare, "telegram", ["42"], "bot blocked by the user", NOW) == 0
    assert bare.services.store is None and not list(tmp_path.iterdir())


async def test_preview_shows_the_post_for_a_date(chat: Chat) -> None:
    out = await chat.ask("/preview 3 September")
    assert "Preview of the daily post for Wednesday 3 September 2025:" in out and "On this day: 3 September" in out
    # A day nothing is dated: no post (the default), and when the next one is.
    empty = " ".join((await chat.ask("/preview 2025-09-05")).split())  # as one line: no wrapping
    assert "nothing is posted" in empty and "The next is 6 September" in empty
    assert "can't read “someday” as a date" in await chat.ask("/preview someday")


def test_console_subscription_persists_and_post_due_sends_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    from bot.commands import dates as date_commands
    from bot.replies import text_reply

    monkeypatch.setattr(date_commands, "has_events_on", lambda core, m, d, year=None: True)
    monkeypatch.setattr(
        date_commands, "onthisday_reply", lambda core, m, d, today, **kw: text_reply("Victory Day in China")
    )

    assert main(["ask", "/subscribe 09:00 Europe/Moscow"]) == 0
    assert "Subscribed" in capsys.readouterr().out
    store = open_store(None, tmp_path)  # it is in the data directory's database
    assert store.get_subscription("console", "console").timezone == "Europe/Moscow"
    store.close()

    assert main(["post-due", "--at", "2025-09-03T08:59+03:00", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == []
    assert main(["post-due", "--at", "2025-09-03T09:00+03:00", "--json"]) == 0
    cap = capsys.readouterr()
    report = json.loads(cap.out)
    assert report["at"] == "2025-09-03T09:00:00+03:00"
    assert report["sent"] == [{"subscription": 1, "platform": "console", "chat": "console", "local_date": "2025-09-03"}]
    assert "Victory Day in China" in cap.err  # the post itself, printed by the console platform
    assert main(["post-due", "--at", "2025-09-03T10:00+03:00"]) == 0
    out = capsys.readouterr().out
    assert "0 sent, 1 skipped, 0 failed" in out and "already sent" in out


def test_post_due_rejects_an_instant_without_offset(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["post-due", "--at", "2025-09-03T09:00"])
    assert "needs a UTC offset" in capsys.readouterr().err
