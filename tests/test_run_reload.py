"""Corpus reload without downtime (issue 7 item 3), through a real `memorial-bot run` process and the
fake Telegram Bot API: SIGHUP picks up a new document; a broken corpus keeps the old index and the
log says why; /reload works for an operator in MEMORIAL_ADMINS and is refused to anyone else.
The process ends on SIGINT, gracefully."""

from __future__ import annotations

import re
import shutil
import signal
from pathlib import Path

from .bot_process import BotProcess, bot_env, free_port, get
from .fake_telegram import PRIVATE_USER, TOKEN, FakeTelegram, private_message, sent_to
from .paths import SEEDS

ARTICLES = re.compile(r'^memorial_index_size\{unit="articles"\} (\S+)$', re.MULTILINE)

NEW_TITLE = "Quokkaberg memorial opens to visitors"
NEW_DOC = f"""# {NEW_TITLE}

The Quokkaberg memorial, honouring the partisans of 1945, opened to visitors on Tuesday after a
restoration that took three years, local officials said.
"""
OTHER_USER = {"id": 777, "is_bot": False, "first_name": "Mallory", "username": "mallory"}


async def ask(fake: FakeTelegram, text: str, user: dict = PRIVATE_USER) -> str:
    """What the bot answers a private message, as the user reads it."""
    mark = fake.mark()
    fake.inject(private_message(text, user=user))
    (reply,) = await sent_to(fake, user["id"], mark)
    return reply.plain_text or ""


async def test_sighup_and_reload_swap_the_index_and_keep_it_when_the_corpus_breaks(fake: FakeTelegram, tmp_path: Path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    port = free_port()

    async def articles_indexed() -> int:
        m = ARTICLES.search((await get(f"http://127.0.0.1:{port}/metrics"))[1])
        assert m
        return int(float(m.group(1)))

    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        MEMORIAL_CORPUS=str(corpus),
        MEMORIAL_ADMINS=f"telegram:{PRIVATE_USER['id']}",
        MEMORIAL_HTTP_PORT=str(port),
        MEMORIAL_HTTP_HOST="127.0.0.1",
    )
    bot = await BotProcess.start(env, cwd=tmp_path)
    try:
        await bot.started()
        assert NEW_TITLE not in await ask(fake, "Quokkaberg")

        # A new document, then SIGHUP: found, and the old documents still are.
        (corpus / "900_quokkaberg.md").write_text(NEW_DOC, encoding="utf-8")
        mark = len(bot.lines)
        bot.proc.send_signal(signal.SIGHUP)
        await bot.wait_log(r"reload: reloaded: 25 articles \(was 24\)", after=mark)
        assert NEW_TITLE in await ask(fake, "Quokkaberg")
        assert "Eric Liddell" in await ask(fake, "Liddell")
        assert await articles_indexed() == 25

        # Every document gone: the reload fails, says why, and the current index keeps answering.
        for path in corpus.iterdir():
            path.unlink()
        mark = len(bot.lines)
        bot.proc.send_signal(signal.SIGHUP)
        line = await bot.wait_log(r"reload: reload failed", after=mark)
        assert "still serving the previous index" in line and "has no readable article" in line
        assert NEW_TITLE in await ask(fake, "Quokkaberg")
        assert bot.running and await articles_indexed() == 25

        # /reload: refused to a user who is not an operator (nothing reloads) ...
        for path in SEEDS.iterdir():
            shutil.copy(path, corpus / path.name)
        assert "Only the bot's operators may reload" in await ask(fake, "/reload", user=OTHER_USER)
        assert NEW_TITLE in await ask(fake, "Quokkaberg")
        # ... and done for the operator, who reads the outcome.
        answer = await ask(fake, "/reload")
        assert "reloaded: 24 articles (was 25)" in answer
        assert NEW_TITLE not in await ask(fake, "Quokkaberg")
        assert await articles_indexed() == 24
        assert bot.count(r"command /reload on telegram: refused") == 1
        assert bot.count(r"command /reload on telegram: ok") == 1
        # /reload stays out of the command menu.
        menu = fake.calls_to("setMyCommands")[-1].json("commands")
        assert "reload" not in {c["command"] for c in menu}
    finally:
        code = await bot.stop(signal.SIGINT)
    assert code == 0, bot.output[-3000:]
    assert bot.count(r"memorial-bot stopped") == 1


async def test_watch_reloads_on_a_changed_file_and_a_restart_opens_the_persisted_index(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    """MEMORIAL_WATCH=1: a new document is picked up without a signal; a restart on the unchanged
    corpus opens the index the reload persisted instead of rebuilding it (issue 15)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, MEMORIAL_CORPUS=str(corpus))
    bot = await BotProcess.start({**env, "MEMORIAL_WATCH": "1"}, cwd=tmp_path)
    try:
        await bot.started()
        await bot.wait_log(r"watching .* for changes")
        assert NEW_TITLE not in await ask(fake, "Quokkaberg")
        mark = len(bot.lines)
        (corpus / "900_quokkaberg.md").write_text(NEW_DOC, encoding="utf-8")
        await bot.wait_log(r"reload: reloaded: 25 articles \(was 24\)", after=mark)
        assert NEW_TITLE in await ask(fake, "Quokkaberg")
    finally:
        assert await bot.stop(signal.SIGINT) == 0, bot.output[-3000:]
    again = await BotProcess.start(env, cwd=tmp_path, name="restart")
    try:
        await again.started()
        assert NEW_TITLE in await ask(fake, "Quokkaberg")
        assert again.count(r"index opened in") == 1 and again.count(r"persisted index .* not used") == 0
    finally:
        assert await again.stop(signal.SIGINT) == 0, again.output[-3000:]
