"""The database going away while people use the bot: commands that need it say so plainly and
change nothing, everything else keeps answering, and it recovers by itself."""

from __future__ import annotations

from pathlib import Path

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext
from bot.chat.services import Services
from bot.index.build import Index
from bot.replies import inline_text
from bot.store import open_store

from .pg_fixture import PgServer, set_database_reachable

CTX = ChatContext("console", "outage-chat")


async def say(core: Core, text: str) -> tuple[bool, str]:
    reply = await core.handle_text(text, CTX)
    assert reply is not None
    return reply.error, "\n".join(inline_text(b.text) for b in reply.blocks)


async def test_subscribe_during_an_outage_is_a_clear_answer_and_recovers(
    seed_index: Index, pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    store = open_store(pg_url, tmp_path)
    core = make_core(seed_index, services=Services(store=store))
    try:
        set_database_reachable(pg_server, pg_url, False)
        error, text = await say(core, "/subscribe 09:00 Europe/Moscow")
        assert error and "database cannot be reached" in text and "nothing was changed" in text
        assert "postgres" not in text.lower()  # no connection details in a chat
        error, text = await say(core, "/search Liddell")  # lookups do not need the database
        assert not error and "Scottish people’s contributions" in text

        set_database_reachable(pg_server, pg_url, True)
        error, text = await say(core, "/subscribe 09:00 Europe/Moscow")
        assert not error and "09:00" in text
        assert store.get_subscription("console", "outage-chat") is not None
    finally:
        set_database_reachable(pg_server, pg_url, True)
        store.close()
