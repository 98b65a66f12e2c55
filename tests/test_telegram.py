"""The Telegram adapter end to end: the real PTB `Application` talks HTTP to a fake Bot API server
on 127.0.0.1 (tests/fake_telegram.py). Tests inject updates as Telegram would send them and assert
the requests the bot made: texts, HTML, keyboards, splitting, and what it leaves alone."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path

import aiohttp
import pytest

from adapters.cli.common import make_core
from adapters.telegram.handlers.callbacks import STALE_BUTTON
from bot import logs
from bot.chat.dispatch import Core
from bot.i18n import translator
from bot.index.build import build_index

from .fake_telegram import (
    BOT_USERNAME,
    CHANNEL,
    GROUP,
    PRIVATE_USER,
    TOKEN,
    Call,
    FakeTelegram,
    StartBot,
    callback_query,
    channel_post,
    group_message,
    inline_query,
    parse_html,
    private_message,
    sent_to,
)

ME = PRIVATE_USER["id"]


# ---------------------------------------------------------------------------------------------
# Start-up and private chats


async def test_startup_sets_the_command_menu_from_the_table(fake: FakeTelegram, start_bot: StartBot, core: Core):
    await start_bot()
    menus = await fake.wait_for("setMyCommands", count=5)
    by_language = {m.params.get("language_code"): m.json("commands") for m in menus}
    # The default menu (the operator's language), then one per language the bot speaks.
    assert set(by_language) == {None, "en", "ru", "zh", "es"}
    for commands in by_language.values():
        assert [c["command"] for c in commands] == [c.name for c in core.table.visible()]
        assert all(c["description"] for c in commands)
    assert by_language[None] == by_language["en"]
    described = {lang: {c["command"]: c["description"] for c in cmds} for lang, cmds in by_language.items()}
    assert described["ru"]["onthisday"] == translator("ru").gettext(core.table.get("onthisday").summary)
    assert described["ru"]["onthisday"] != described["en"]["onthisday"]
    assert described["zh"]["help"] != described["en"]["help"] != described["es"]["help"]
    assert fake.calls_to("getMe") and fake.calls_to("deleteWebhook")  # polling mode clears any webhook


async def test_start_greets_in_html(fake: FakeTelegram, start_bot: StartBot):
    await start_bot()
    mark = fake.mark()
    fake.inject(private_message("/start"))
    (msg,) = await sent_to(fake, ME, mark)
    assert msg.ok and msg.params["parse_mode"] == "HTML"
    assert msg.plain_text is not None and "Memorial bot" in msg.plain_text
    assert "<b>Memorial bot</b>" in msg.text


async def test_plain_text_in_private_is_a_search_with_paging_buttons(fake: FakeTelegram, start_bot: StartBot):
    await start_bot()
    mark = fake.mark()
    fake.inject(private_message("Liddell"))
    (msg,) = await sent_to(fake, ME, mark)
    assert msg.ok, msg.error
    assert "Results for Liddell" in (msg.plain_text or "")
    assert "↳ " in (msg.plain_text or "")  # every result names its source file and line
    labels = [b["text"] for b in msg.buttons()]
    assert "Open 1" in labels
    assert all(len(b["callback_data"].encode()) <= 64 for b in msg.buttons())


async def test_next_edits_the_message_in_place_and_open_sends_the_article(
    fake: FakeTelegram, start_bot: StartBot, core: Core
):
    await start_bot()
    mark = fake.mark()
    fake.inject(private_message("/search war"))
    (results,) = await sent_to(fake, ME, mark)
    buttons = {b["text"]: b["callback_data"] for b in results.buttons()}
    assert "Next ▶" in buttons, buttons
    message_id = results_message_id(fake, results)

    mark = fake.mark()
    fake.inject(callback_query(buttons["Next ▶"], ME, message_id))
    (edit,) = await fake.wait_for("editMessageText", after=mark)
    await fake.wait_for("answerCallbackQuery", after=mark)
    assert edit.ok, edit.error
    assert int(edit.params["message_id"]) == message_id
    assert edit.plain_text and "6. " in edit.plain_text  # page 2 starts at result 6
    assert "◀ Prev" in [b["text"] for b in edit.buttons()]
    assert not fake.calls_to("sendMessage", after=mark)

    mark = fake.mark()
    fake.inject(callback_query(buttons["Open 1"], ME, message_id))
    (article,) = await sent_to(fake, ME, mark)
    await fake.wait_for("answerCallbackQuery", after=mark)
    first_title = core.index.search.search("war", limit=1)[0].article.title
    assert article.ok and (article.plain_text or "").startswith(first_title)


def results_message_id(fake: FakeTelegram, call: Call) -> int:
    """The message_id the fake gave the bot's message (recorded in the fake's message store)."""
    ids = [mid for (chat, mid), (text, _) in fake._messages.items() if chat == call.chat_id and text == call.text]
    return ids[-1]


@pytest.mark.parametrize("data", ["garbage", "~notAKnownKey", 'e["nosuchcommand"]', 'e["search",{"x":1}]', "e[", ""])
async def test_stale_or_forged_button_gets_a_polite_answer(
    fake: FakeTelegram, start_bot: StartBot, data: str, caplog: pytest.LogCaptureFixture
):
    await start_bot()
    mark = fake.mark()
    fake.inject(callback_query(data or "x", ME, 42))
    (answer,) = await fake.wait_for("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == STALE_BUTTON
    assert not fake.calls_to("editMessageText", after=mark)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_hostile_user_input_is_escaped(fake: FakeTelegram, start_bot: StartBot):
    await start_bot()
    mark = fake.mark()
    hostile = "<script>alert(1)</script> & <b>unclosed"
    fake.inject(private_message(f"/search {hostile}"))
    (msg,) = await sent_to(fake, ME, mark)
    assert msg.ok, msg.error  # Telegram's parser accepted it
    assert hostile in (msg.plain_text or "")  # and the user sees exactly what they typed
    assert "&lt;script&gt;" in msg.text and "&amp;" in msg.text


# ---------------------------------------------------------------------------------------------
# A hostile corpus: markup-like text and an article too long for one message


@pytest.fixture(scope="module")
def hostile_core(tmp_path_factory: pytest.TempPathFactory) -> Core:
    root: Path = tmp_path_factory.mktemp("hostile")
    words = " ".join(f"word{i:05d}" for i in range(1400))  # ~13,000 characters in one paragraph
    (root / "hostile.txt").write_text(
        "Tags <b>bold & <i>unclosed in a title\n\n"
        "A paragraph with <script>alert('x')</script> & an unmatched <b> tag and 🎖 emoji.\n\n"
        f"{words}\n",
        encoding="utf-8",
    )
    return make_core(build_index(root))


async def test_long_article_is_split_at_block_boundaries_and_escaped(
    fake: FakeTelegram, start_bot: StartBot, hostile_core: Core
):
    await start_bot(hostile_core)
    article = hostile_core.index.corpus.articles[0]
    mark = fake.mark()
    fake.inject(private_message(f"/doc {article.article_id}"))
    first = (await sent_to(fake, ME, mark))[0]
    assert first.ok, first.error
    assert first.plain_text and first.plain_text.startswith("Tags <b>bold & <i>unclosed in a title")
    assert "<script>alert('x')</script> & an unmatched <b> tag" in first.plain_text
    # Page 2 is one 13,000-character paragraph: several messages, each within Telegram's limits,
    # and the keyboard (Prev) only under the last one.
    mark = fake.mark()
    fake.inject(private_message(f"/doc {article.article_id} 2"))
    await fake.wait_for("sendMessage", lambda c: "word01399" in c.text, after=mark)
    msgs = fake.calls_to("sendMessage", after=mark)
    assert len(msgs) >= 4 and all(m.ok for m in msgs), [m.error for m in msgs]
    assert [bool(m.buttons()) for m in msgs] == [False] * (len(msgs) - 1) + [True]
    seen = " ".join(m.plain_text or "" for m in msgs)
    numbers = [int(w[4:]) for w in seen.split() if w.startswith("word") and w[4:].isdigit()]
    assert numbers == list(range(1400))  # every word once, in order: cuts fall between words


# ---------------------------------------------------------------------------------------------
# Groups and channels: only commands and mentions


async def test_group_answers_commands_and_mentions_only(fake: FakeTelegram, start_bot: StartBot):
    await start_bot()
    mark = fake.mark()
    for text in ("just chatting about Liddell", "/search@another_bot Liddell", "/weather", "@someone_else hi"):
        fake.inject(group_message(text))
    fake.inject(private_message("/about"))  # sentinel: answered after the group chatter was handled
    await sent_to(fake, ME, mark)
    assert not [c for c in fake.calls_to("sendMessage", after=mark) if c.chat_id == GROUP["id"]]

    mark = fake.mark()
    fake.inject(group_message(f"/search@{BOT_USERNAME} Liddell"))
    (cmd,) = await sent_to(fake, GROUP["id"], mark)
    assert "Results for Liddell" in (cmd.plain_text or "")
    assert "reply_parameters" in cmd.params  # in a busy group the answer quotes the question

    mark = fake.mark()
    fake.inject(group_message(f"@{BOT_USERNAME} Liddell"))
    (mention,) = await sent_to(fake, GROUP["id"], mark)
    assert "Results for Liddell" in (mention.plain_text or "")

    mark = fake.mark()
    fake.inject(group_message("/help"))
    (help_,) = await sent_to(fake, GROUP["id"], mark)
    assert "/search" in (help_.plain_text or "")


async def test_channel_posts_commands_get_answered_in_the_channel(fake: FakeTelegram, start_bot: StartBot):
    await start_bot()
    mark = fake.mark()
    fake.inject(channel_post("Good morning, readers"))
    fake.inject(channel_post("/sources"))
    (msg,) = await sent_to(fake, CHANNEL["id"], mark)
    assert "articles indexed" in (msg.plain_text or "")
    assert "reply_parameters" not in msg.params
    assert len([c for c in fake.calls_to("sendMessage", after=mark) if c.chat_id == CHANNEL["id"]]) == 1


# ---------------------------------------------------------------------------------------------
# Inline mode


async def test_inline_query_offers_matching_articles(fake: FakeTelegram, start_bot: StartBot, core: Core):
    await start_bot()
    mark = fake.mark()
    fake.inject(inline_query("Liddell"))
    (answer,) = await fake.wait_for("answerInlineQuery", after=mark)
    assert answer.ok, answer.error
    results = answer.json("results")
    assert 1 <= len(results) <= 50
    top = core.index.search.search("Liddell", limit=1)[0].article
    assert results[0]["title"] == top.title
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"
    assert answer.params.get("next_offset", "") == ""

    mark = fake.mark()
    fake.inject(inline_query("Liddell", offset="not-a-number"))  # forged offset: start over, no error
    (again,) = await fake.wait_for("answerInlineQuery", after=mark)
    assert again.ok and again.json("results")[0]["title"] == top.title


# ---------------------------------------------------------------------------------------------
# Robustness


async def test_a_failing_update_is_logged_without_the_token_and_the_bot_carries_on(
    fake: FakeTelegram, start_bot: StartBot, capsys: pytest.CaptureFixture[str]
):
    logs.configure("DEBUG", "text", secrets=[TOKEN])  # the production log set-up, at its most verbose
    try:
        await start_bot()
        mark = fake.mark()
        fake.fail("sendMessage", 500, "Internal Server Error")
        fake.inject(private_message("/about"))
        await fake.wait_for("sendMessage", lambda c: not c.ok, after=mark)
        fake.inject(private_message("/start"))
        await fake.wait_for("sendMessage", lambda c: c.ok, after=mark)
        err = capsys.readouterr().err
    finally:
        logs.configure("WARNING", "text", secrets=[])
    assert "ERROR adapters.telegram.handlers.errors: Telegram update" in err and "Internal Server Error" in err
    assert TOKEN not in err and TOKEN.split(":")[1] not in err


async def test_a_failing_command_menu_does_not_stop_start_up(fake: FakeTelegram, start_bot: StartBot):
    fake.fail("setMyCommands", 400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
    await start_bot()
    mark = fake.mark()
    fake.inject(private_message("/start"))
    (msg,) = await sent_to(fake, ME, mark)
    assert msg.ok


# ---------------------------------------------------------------------------------------------
# Webhook mode


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_mode_accepts_only_the_right_secret(fake: FakeTelegram, start_bot: StartBot):
    port, secret = free_port(), "s3cret_token-for-tests"
    url = f"http://127.0.0.1:{port}/telegram/hook"
    await start_bot(webhook_url=url, webhook_listen="127.0.0.1", webhook_port=port, webhook_secret=secret)
    (hook,) = fake.calls_to("setWebhook")
    assert hook.params["url"] == url and hook.params["secret_token"] == secret

    update = {"update_id": 900, **private_message("/start")}
    mark = fake.mark()
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            async with http.post(url, data=json.dumps(update), headers=headers) as resp:
                assert resp.status == 403
        ok_headers = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
        async with http.post(url, data=json.dumps(update), headers=ok_headers) as resp:
            assert resp.status == 200
    (msg,) = await sent_to(fake, ME, mark)
    assert "Memorial bot" in (msg.plain_text or "")
    assert len(fake.calls_to("sendMessage", after=mark)) == 1  # the refused posts were not processed


async def test_inline_query_for_a_day_offers_that_days_events(fake: FakeTelegram, start_bot: StartBot):
    await start_bot()
    for query in ("09-03", "3 September"):
        mark = fake.mark()
        fake.inject(inline_query(query))
        (answer,) = await fake.wait_for("answerInlineQuery", after=mark)
        assert answer.ok, answer.error
        (result,) = answer.json("results")
        assert result["title"].startswith("On this day") and "3 September" in result["title"]
        text, _ = parse_html(result["input_message_content"]["message_text"])
        assert "↳ 004_8eac20a0684a333d.txt:" in text  # the events carry their sources
