"""/subscribe, /unsubscribe, /settings, /preview as a chat sees them, and `memorial-bot post-due`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from adapters.cli.common import make_core
from adapters.cli.main import main
from adapters.console.chat import render_text
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext
from bot.chat.services import Services
from bot.commands.subscriptions import chat_gone
from bot.store import open_store

NOW = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)


@pytest.fixture()
def chat_core(seed_index, store):
    return make_core(seed_index, services=Services(store=store))


def ctx(kind="private", can_manage=None, tz=None, chat="42"):
    return ChatContext("telegram", chat, kind, user_id="u1", timezone=tz, now=NOW, can_manage=can_manage)


async def say(core: Core, text: str, c: ChatContext) -> str:
    return render_text(await core.handle_text(text, c))


async def test_subscribe_shows_next_post_in_local_and_utc_time(chat_core, store):
    out = await say(chat_core, "/subscribe 09:00 Europe/Moscow", ctx())
    assert "Every day at 09:00 (Europe/Moscow)" in out
    assert "Next post: Wednesday 3 September 2025, 09:00 MSK (06:00 UTC, 3 September)." in out
    sub = store.get_subscription("telegram", "42")
    assert (sub.hour, sub.minute, sub.timezone, sub.enabled) == (9, 0, "Europe/Moscow", True)


async def test_subscribe_defaults_and_offsets(chat_core, store):
    await say(chat_core, "/subscribe", ctx(chat="a"))
    assert store.get_subscription("telegram", "a").time_text == "09:00"
    assert store.get_subscription("telegram", "a").timezone == "UTC"
    await say(chat_core, "/subscribe", ctx(chat="b", tz="Asia/Shanghai"))  # the chat's zone when known
    assert store.get_subscription("telegram", "b").timezone == "Asia/Shanghai"
    out = await say(chat_core, "/subscribe 7:30 UTC+8", ctx(chat="c"))
    assert "Next post: Wednesday 3 September 2025, 07:30 UTC+08:00 (23:30 UTC, 2 September)." in out
    await say(chat_core, "/subscribe Europe/Berlin", ctx(chat="d"))
    assert store.get_subscription("telegram", "d").timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    "text", ["/subscribe 25:00 Europe/Moscow", "/subscribe 09:00 Moscow/Europe", "/subscribe noon"]
)
async def test_bad_time_or_zone_gets_a_clear_error_with_an_example(chat_core, store, text):
    out = await say(chat_core, text, ctx())
    assert "e.g. /subscribe 09:00 Europe/Moscow" in out
    assert store.get_subscription("telegram", "42") is None


async def test_in_groups_only_managers_may_change_the_subscription(chat_core, store):
    async def no():
        return False

    async def yes():
        return True

    out = await say(chat_core, "/subscribe 09:00 UTC", ctx("group", can_manage=no))
    assert "Only people who can manage this chat" in out and store.get_subscription("telegram", "42") is None
    await say(chat_core, "/subscribe 09:00 UTC", ctx("group", can_manage=yes))
    assert "Only people" in await say(chat_core, "/unsubscribe", ctx("group", can_manage=no))
    assert "Only people" in await say(chat_core, "/settings empty-days nothing", ctx("group", can_manage=no))
    assert "Daily commemoration" in await say(chat_core, "/settings", ctx("group", can_manage=no))  # reading is fine
    assert store.get_subscription("telegram", "42").enabled


async def test_unsubscribe_and_settings(chat_core, store):
    assert "not subscribed" in await say(chat_core, "/settings", ctx())
    await say(chat_core, "/subscribe 18:30 America/New_York", ctx())
    out = await say(chat_core, "/settings", ctx())
    assert "Every day at 18:30, time zone America/New_York." in out
    assert "Next post: Tuesday 2 September 2025, 18:30 EDT (22:30 UTC, 2 September)." in out
    assert "nearest upcoming anniversary" in out
    assert "On days without dated events: no post." in await say(chat_core, "/settings empty-days nothing", ctx())
    assert "e.g. /settings empty-days nothing" in await say(chat_core, "/settings colour blue", ctx())
    assert "Unsubscribed" in await say(chat_core, "/unsubscribe", ctx())
    assert not store.get_subscription("telegram", "42").enabled
    assert "Off (unsubscribed)" in await say(chat_core, "/settings", ctx())
    assert "no daily commemoration" in await say(chat_core, "/unsubscribe", ctx())


async def test_commands_keep_the_scheduler_in_step(chat_core, store):
    changed: list[int] = []

    class Sched:
        def subscription_changed(self, sub_id: int) -> None:
            changed.append(sub_id)

    chat_core.services.scheduler = Sched()
    await say(chat_core, "/subscribe 09:00 UTC", ctx())
    await say(chat_core, "/unsubscribe", ctx())
    sub = store.get_subscription("telegram", "42")
    assert changed == [sub.id, sub.id]


async def test_a_chat_the_bot_was_removed_from_stops_at_once_and_subscribe_brings_it_back(chat_core, store):
    changed: list[int] = []

    class Sched:
        def subscription_changed(self, sub_id: int) -> None:
            changed.append(sub_id)

    chat_core.services.scheduler = Sched()
    await say(chat_core, "/subscribe 09:00 UTC", ctx(chat="42"))
    await say(chat_core, "/subscribe 10:00 UTC", ctx(chat="43"))
    await say(chat_core, "/subscribe 11:00 UTC", ctx(chat="44"))
    await say(chat_core, "/unsubscribe", ctx(chat="44"))
    changed.clear()

    # "44" is already off (its reason stays "unsubscribed"); "99" never subscribed.
    assert chat_gone(chat_core, "telegram", ["42", "44", "99"], "bot blocked by the user", NOW) == 1
    gone = store.get_subscription("telegram", "42")
    assert not gone.enabled and gone.disabled_reason == "bot blocked by the user"
    assert changed == [gone.id]  # the scheduler drops its job
    assert store.get_subscription("telegram", "43").enabled
    assert store.get_subscription("telegram", "44").disabled_reason == "unsubscribed"
    assert "Off (stopped: bot blocked by the user)" in await say(chat_core, "/settings", ctx(chat="42"))
    assert chat_gone(chat_core, "discord", ["42"], "channel deleted", NOW) == 0  # other platform, same id

    await say(chat_core, "/subscribe", ctx(chat="42"))
    back = store.get_subscription("telegram", "42")
    assert back.enabled and back.id == gone.id and back.disabled_reason is None


async def test_a_whole_server_of_channels_is_disabled_with_one_listing(chat_core, store):
    for chat in ("c1", "c2"):
        store.upsert_subscription("discord", chat, "group", 9, 0, "UTC", NOW)
    store.upsert_subscription("discord", "elsewhere", "group", 9, 0, "UTC", NOW)
    channels = [f"c{i}" for i in range(1, 300)]
    assert chat_gone(chat_core, "discord", channels, "bot removed from the server", NOW) == 2
    assert [s.chat_id for s in store.list_subscriptions()] == ["elsewhere"]


def test_a_core_without_a_store_opens_none(seed_index, tmp_path, monkeypatch):
    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path))
    bare = make_core(seed_index)
    assert chat_gone(bare, "telegram", ["42"], "bot blocked by the user", NOW) == 0
    assert bare.services.store is None and not list(tmp_path.iterdir())


async def test_preview_shows_the_post_for_a_date(chat_core, monkeypatch):
    from bot.commands import dates as date_commands
    from bot.replies import text_reply

    monkeypatch.setattr(date_commands, "has_events_on", lambda core, m, d: (m, d) == (9, 3))
    monkeypatch.setattr(date_commands, "onthisday_reply", lambda core, m, d, today: text_reply(f"events of {m}-{d}"))
    monkeypatch.setattr(date_commands, "next_anniversary_reply", lambda core, today: text_reply("next: 3 September"))
    out = await say(chat_core, "/preview 3 September", ctx())
    assert "Preview of the daily post for Wednesday 3 September 2025:" in out and "events of 9-3" in out
    assert "next: 3 September" in await say(chat_core, "/preview 2025-09-04", ctx())
    assert "is not a date" in await say(chat_core, "/preview someday", ctx())


def test_console_subscription_persists_and_post_due_sends_it_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    from bot.commands import dates as date_commands
    from bot.replies import text_reply

    monkeypatch.setattr(date_commands, "has_events_on", lambda core, m, d: True)
    monkeypatch.setattr(date_commands, "onthisday_reply", lambda core, m, d, today: text_reply("Victory Day in China"))

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


def test_post_due_rejects_an_instant_without_offset(capsys):
    with pytest.raises(SystemExit):
        main(["post-due", "--at", "2025-09-03T09:00"])
    assert "needs a UTC offset" in capsys.readouterr().err
