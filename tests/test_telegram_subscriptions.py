"""Subscriptions through Telegram: who may subscribe in each kind of chat (getChatMember), and the
daily post going out through the Telegram sender to the fake Bot API, including the chats that
blocked or removed the bot."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from adapters.cli.common import make_core
from adapters.telegram.app import sender_for
from adapters.telegram.sender import TelegramSender
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands.subscriptions import NOT_ALLOWED
from bot.daily.delivery import Deliverer
from bot.index.build import Index
from bot.platform import PermanentSendError, RetryAfter, SendError, TransientSendError
from bot.replies import Heading, ListItem, Reply, SourceRef, Span
from bot.store import SQLStore, Subscription
from tests.pg_fixture import FakeClock
from tests.scheduler_spy import SchedulerSpy

from . import fake_telegram
from .fake_telegram import (
    CHANNEL,
    GROUP,
    PRIVATE_USER,
    FakeTelegram,
    StartBot,
    channel_post,
    group_message,
    my_chat_member,
    private_chat,
    sent_to,
)
from .fake_telegram import private_message as pm

ME = PRIVATE_USER["id"]
MOSCOW_9AM = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)


@pytest.fixture
def store(sqlite_store: SQLStore) -> SQLStore:
    return sqlite_store


@pytest.fixture
def sub_core(seed_index: Index, store: SQLStore) -> Core:
    return make_core(seed_index, services=Services(store=store))


async def test_private_chat_subscribes_directly(fake: FakeTelegram, start_bot: StartBot, sub_core: Core, store):
    await start_bot(sub_core)
    mark = fake.mark()
    fake.inject(pm("/subscribe 09:00 Europe/Moscow"))
    (msg,) = await sent_to(fake, ME, mark)
    assert "Subscribed" in (msg.plain_text or ""), msg.plain_text
    sub = store.get_subscription("telegram", str(ME))
    assert sub and sub.enabled and sub.chat_kind == "private" and sub.time_text == "09:00"
    assert not fake.calls_to("getChatMember", after=mark)


async def test_in_a_group_only_administrators_may_subscribe(
    fake: FakeTelegram, start_bot: StartBot, sub_core: Core, store
):
    await start_bot(sub_core)
    mark = fake.mark()
    fake.inject(group_message("/subscribe 18:30 UTC+8"))
    (refused,) = await sent_to(fake, GROUP["id"], mark)
    (check,) = fake.calls_to("getChatMember", after=mark)
    assert int(check.params["user_id"]) == ME and int(check.params["chat_id"]) == GROUP["id"]
    assert NOT_ALLOWED in (refused.plain_text or "")
    assert store.get_subscription("telegram", str(GROUP["id"])) is None

    fake.member_status[(GROUP["id"], ME)] = "administrator"
    mark = fake.mark()
    fake.inject(group_message("/subscribe 18:30 UTC+8"))
    (ok,) = await sent_to(fake, GROUP["id"], mark)
    assert "Subscribed" in (ok.plain_text or "")
    sub = store.get_subscription("telegram", str(GROUP["id"]))
    assert sub and sub.chat_kind == "group" and sub.timezone == "UTC+08:00"


async def test_a_channel_subscribes_with_a_command_posted_in_it(
    fake: FakeTelegram, start_bot: StartBot, sub_core: Core, store
):
    await start_bot(sub_core)
    mark = fake.mark()
    fake.inject(channel_post(f"/subscribe@{fake.username} 07:00 Asia/Shanghai"))
    (msg,) = await sent_to(fake, CHANNEL["id"], mark)
    assert "Subscribed" in (msg.plain_text or "")
    sub = store.get_subscription("telegram", str(CHANNEL["id"]))
    assert sub and sub.chat_kind == "channel"
    assert not fake.calls_to("getChatMember", after=mark)  # only admins can post in a channel


# ---------------------------------------------------------------------------------------------
# The daily post, through the sender


def daily_post(sub: Subscription, local_date: date) -> Reply:
    src = SourceRef("a1b2c3d4", "Victory Day", "001_x.txt", 12)
    return Reply(
        blocks=(
            Heading((Span(f"On this day, {local_date:%d %B}"),)),
            ListItem((Span("1945", "strong"), Span(" — Victory <parade> & fireworks")), (src,), highlight=True),
        ),
        title="On this day",
    )


async def test_daily_post_goes_out_and_a_blocked_bot_disables_the_subscription(
    fake: FakeTelegram, start_bot: StartBot, store: SQLStore
):
    app = await start_bot()
    created = MOSCOW_9AM - timedelta(days=1)
    store.upsert_subscription("telegram", str(ME), "private", 9, 0, "Europe/Moscow", created)
    store.upsert_subscription("telegram", "777", "private", 9, 0, "Europe/Moscow", created)
    fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", when=lambda p: p["chat_id"] == "777")
    clock = FakeClock(MOSCOW_9AM)
    deliverer = Deliverer(store, [sender_for(app)], daily_post, clock=clock, sleep=clock.sleep)

    mark = fake.mark()
    report = await deliverer.run_due(MOSCOW_9AM)

    (post,) = await sent_to(fake, ME, mark)
    assert post.ok and post.params["parse_mode"] == "HTML"
    assert "★ 1945 — Victory <parade> & fireworks" in (post.plain_text or "")
    assert "↳ 001_x.txt:12" in (post.plain_text or "")
    assert [o.chat for o in report.sent] == [str(ME)]
    blocked = store.get_subscription("telegram", "777")
    assert blocked is not None and not blocked.enabled
    assert "bot was blocked by the user" in (blocked.disabled_reason or "")
    assert store.get_subscription("telegram", str(ME)).enabled  # type: ignore[union-attr]


@pytest.mark.parametrize("policy", ["skip", "resend"])
async def test_a_send_answered_after_the_read_timeout_is_uncertain_and_not_resent(
    fake: FakeTelegram, start_bot: StartBot, store: SQLStore, policy: str
):
    """Telegram posts the message but answers after PTB's read timeout: the outcome is unknown to
    the bot. Under the default (skip) it is recorded uncertain and reported, never resent; under
    resend it goes out again (the duplicate the default avoids)."""
    app = await start_bot()
    store.upsert_subscription("telegram", str(ME), "private", 9, 0, "Europe/Moscow", MOSCOW_9AM - timedelta(days=1))
    late = fake.answer_late("sendMessage")
    clock = FakeClock(MOSCOW_9AM)
    sender = TelegramSender(app.bot, read_timeout=0.2)  # short here; the real one is 60 s
    deliverer = Deliverer(store, [sender], daily_post, clock=clock, sleep=clock.sleep, uncertain=policy)
    mark = fake.mark()
    report = await deliverer.run_due(MOSCOW_9AM)  # under resend, each try times out: deferred after send_tries
    late.set()
    posts = [c for c in fake.calls_to("sendMessage", mark) if c.chat_id == ME]
    if policy == "skip":
        assert len(posts) == 1 and [o.chat for o in report.uncertain] == [str(ME)] and report.sent == []
        assert store.list_deliveries()[0].status == "uncertain"
        clock.advance(hours=1)
        assert (await deliverer.run_due(clock())).sent == [] and len(fake.calls_to("sendMessage", mark)) == 1
    else:
        assert len(posts) == deliverer.send_tries and report.uncertain == []  # every retry was a duplicate


@pytest.mark.parametrize(
    ("code", "description", "parameters", "expected"),
    [
        (403, "Forbidden: bot was blocked by the user", None, PermanentSendError),
        (403, "Forbidden: bot was kicked from the supergroup chat", None, PermanentSendError),
        (400, "Bad Request: chat not found", None, PermanentSendError),
        (400, "Bad Request: not enough rights to send text messages to the chat", None, PermanentSendError),
        (429, "Too Many Requests: retry after 3", {"retry_after": 3}, RetryAfter),
        (502, "Bad Gateway", None, TransientSendError),
        (500, "Internal Server Error", None, TransientSendError),
        (400, "Bad Request: can't parse entities", None, SendError),
    ],
)
async def test_sender_maps_telegram_errors_to_the_scheduler_contract(
    fake: FakeTelegram, start_bot: StartBot, code: int, description: str, parameters: dict | None, expected: type
):
    app = await start_bot()
    fake.fail("sendMessage", code, description, parameters=parameters)
    with pytest.raises(SendError) as info:
        await sender_for(app).send(str(ME), "private", daily_post(None, date(2025, 9, 3)))  # type: ignore[arg-type]
    assert type(info.value) is expected
    if expected is RetryAfter:
        assert info.value.seconds == 3  # type: ignore[attr-defined]
    if expected is PermanentSendError:
        assert description.split(": ", 1)[1].lower() in info.value.reason.lower()  # type: ignore[attr-defined]
    assert fake_telegram_token_absent(str(info.value))


def fake_telegram_token_absent(text: str) -> bool:
    return fake_telegram.TOKEN not in text and fake_telegram.TOKEN.split(":")[1] not in text


async def test_a_group_upgraded_to_a_supergroup_still_gets_its_post(fake: FakeTelegram, start_bot: StartBot):
    app = await start_bot()
    old, new = -4001, -1004001
    fake.fail(
        "sendMessage",
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        parameters={"migrate_to_chat_id": new},
        when=lambda p: p["chat_id"] == str(old),
    )
    mark = fake.mark()
    sender = sender_for(app)
    assert isinstance(sender, TelegramSender)
    await sender.send(str(old), "group", daily_post(None, date(2025, 9, 3)))  # type: ignore[arg-type]
    (post,) = await sent_to(fake, new, mark)
    assert post.ok


async def test_an_anonymous_group_admin_may_subscribe(fake: FakeTelegram, start_bot: StartBot, sub_core: Core, store):
    """Anonymous admins post "as the group" (sender_chat is the group itself): only admins can."""
    await start_bot(sub_core)
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
    update = group_message("/subscribe 08:00 UTC", user=anonymous)
    update["message"]["sender_chat"] = GROUP
    mark = fake.mark()
    fake.inject(update)
    (msg,) = await sent_to(fake, GROUP["id"], mark)
    assert "Subscribed" in (msg.plain_text or "")
    assert not fake.calls_to("getChatMember", after=mark)


# ---------------------------------------------------------------------------------------------
# Blocked or removed: Telegram says so at once (my_chat_member), so the post stops at once


async def test_blocked_or_removed_bot_stops_the_daily_post_at_once(
    fake: FakeTelegram, start_bot: StartBot, sub_core: Core, store: SQLStore
):
    spy = SchedulerSpy()
    sub_core.services.scheduler = spy
    created = MOSCOW_9AM - timedelta(days=1)
    for chat, kind in ((ME, "private"), (GROUP["id"], "group"), (CHANNEL["id"], "channel"), (777, "private")):
        store.upsert_subscription("telegram", str(chat), kind, 9, 0, "Europe/Moscow", created)
    await start_bot(sub_core)

    # Added, promoted, or unblocked: nothing stops. These arrive first and are handled in order.
    fake.inject(my_chat_member(CHANNEL, "administrator", old="left"))
    fake.inject(my_chat_member({"id": 777, "type": "private", "first_name": "Bo"}, "member", old="kicked"))
    fake.inject(my_chat_member(GROUP, "administrator"))
    fake.inject(my_chat_member(private_chat(), "kicked"))  # the user blocked the bot
    fake.inject(my_chat_member(GROUP, "left", old="administrator"))  # an admin removed it
    changed = await spy.wait(2)

    blocked = store.get_subscription("telegram", str(ME))
    removed = store.get_subscription("telegram", str(GROUP["id"]))
    assert blocked and not blocked.enabled and blocked.disabled_reason == "bot blocked by the user"
    assert removed and not removed.enabled and removed.disabled_reason == "bot removed from the group"
    assert sorted(changed) == sorted([blocked.id, removed.id])  # their jobs are dropped
    assert store.get_subscription("telegram", str(CHANNEL["id"])).enabled  # type: ignore[union-attr]
    assert store.get_subscription("telegram", "777").enabled  # type: ignore[union-attr]
    assert "my_chat_member" in (fake.allowed_updates or [])

    # Kicked from the channel too; then a user unblocks the bot and subscribes again.
    fake.inject(my_chat_member(CHANNEL, "kicked", old="administrator"))
    await spy.wait(3)
    kicked = store.get_subscription("telegram", str(CHANNEL["id"]))
    assert kicked and not kicked.enabled and kicked.disabled_reason == "bot removed from the channel"
    mark = fake.mark()
    fake.inject(pm("/subscribe 09:00 Europe/Moscow"))
    (msg,) = await sent_to(fake, ME, mark)
    assert "Subscribed to the daily commemoration" in (msg.plain_text or "")
    assert store.get_subscription("telegram", str(ME)).enabled  # type: ignore[union-attr]
