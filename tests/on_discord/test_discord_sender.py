"""The scheduler's Discord sender: posts into channels, and maps Discord's failures onto
RetryAfter / TransientSendError / PermanentSendError (the last disables the subscription)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.discord.client import MemorialClient
from adapters.discord.sender import DiscordSender
from bot.chat.dispatch import Core
from bot.platform import PermanentSendError, RetryAfter, Sender, TransientSendError
from bot.replies import Paragraph, Reply, plain, text_reply
from tests.fake_discord import (
    CHANNEL_ID,
    TOKEN,
    FakeDiscord,
    start_client,
)

POST = rf"/channels/{CHANNEL_ID}/messages"


@pytest.fixture
async def sender(fake: FakeDiscord, core: Core, tmp_path: Path) -> AsyncIterator[DiscordSender]:
    client: MemorialClient = await start_client(core, tmp_path)
    yield client.sender
    await client.close()


async def test_is_a_sender(sender: DiscordSender) -> None:
    s: Sender = sender  # the Protocol the scheduler types against
    assert (s.platform, s.limits.messages_per_second) == ("discord", 40)


async def test_posts_embeds_into_the_channel_without_mentions(sender: DiscordSender, fake: FakeDiscord) -> None:
    await sender.send(str(CHANNEL_ID), "group", text_reply("On this day: @everyone remembers.", title="3 September"))
    (post,) = fake.matching("POST", POST)
    assert post.json["allowed_mentions"] == {"parse": []}
    assert post.json["embeds"][0]["title"] == "3 September"
    assert post.json["embeds"][0]["description"] == "On this day: @\u200beveryone remembers."
    assert TOKEN in post.headers["Authorization"]  # sanity: the fake really saw an authenticated call


async def test_long_post_goes_out_as_several_messages(sender: DiscordSender, fake: FakeDiscord) -> None:
    reply = Reply(blocks=tuple(Paragraph(plain("word " * 800)) for _ in range(4)))
    await sender.send(str(CHANNEL_ID), "group", reply)
    assert len(fake.matching("POST", POST)) == 4


@pytest.mark.parametrize(
    ("status", "code", "message", "reason"),
    [
        (404, 10003, "Unknown Channel", "channel deleted"),
        (403, 50001, "Missing Access", "lost access"),
        (403, 50013, "Missing Permissions", "lacks permission"),
    ],
)
async def test_gone_channel_or_lost_permission_is_permanent(
    sender: DiscordSender, fake: FakeDiscord, status: int, code: int, message: str, reason: str
) -> None:
    fake.fail_next("POST", POST, status, {"message": message, "code": code})
    with pytest.raises(PermanentSendError) as info:
        await sender.send(str(CHANNEL_ID), "group", text_reply("x"))
    assert reason in info.value.reason
    assert TOKEN not in str(info.value) and TOKEN not in info.value.reason


async def test_long_rate_limit_becomes_retry_after(sender: DiscordSender, fake: FakeDiscord) -> None:
    # Above discord.py's wait cap (30 s) the 429 is raised instead of slept through.
    fake.fail_next(
        "POST",
        POST,
        429,
        {"message": "You are being rate limited.", "retry_after": 64.5, "global": False},
        Via="1.1 google",
    )
    with pytest.raises(RetryAfter) as info:
        await sender.send(str(CHANNEL_ID), "group", text_reply("x"))
    assert info.value.seconds == 64.5


async def test_cloudflare_429_becomes_retry_after(sender: DiscordSender, fake: FakeDiscord) -> None:
    # A 429 without Discord's JSON (an edge ban) is not retried by discord.py; we honour Retry-After.
    fake.fail_next("POST", POST, 429, {"message": "error 1015"}, **{"Retry-After": "120"})
    with pytest.raises(RetryAfter) as info:
        await sender.send(str(CHANNEL_ID), "group", text_reply("x"))
    assert info.value.seconds == 120


async def test_server_error_is_transient(sender: DiscordSender, fake: FakeDiscord) -> None:
    fake.fail_next("POST", POST, 503, {"message": "Service Unavailable", "code": 0})
    with pytest.raises(TransientSendError):
        await sender.send(str(CHANNEL_ID), "group", text_reply("x"))


async def test_connection_refused_is_transient(sender: DiscordSender, fake: FakeDiscord) -> None:
    await fake.stop()  # Discord unreachable
    with pytest.raises(TransientSendError) as info:
        await sender.send(str(CHANNEL_ID), "group", text_reply("x"))
    assert TOKEN not in str(info.value)


async def test_a_bad_chat_id_is_permanent(sender: DiscordSender) -> None:
    with pytest.raises(PermanentSendError):
        await sender.send("not-a-channel", "group", text_reply("x"))
