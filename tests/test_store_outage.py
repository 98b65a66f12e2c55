"""The database going away while people use the bot: commands that need it say so plainly and
change nothing, everything else keeps answering, and it recovers by itself."""

from __future__ import annotations

from pathlib import Path

from adapters.cli.common import make_core
from bot.chat.services import Services
from bot.index.build import Index
from bot.store import open_store
from tests.chat_fixture import Chat
from tests.pg_fixture import PgServer, set_database_reachable


async def test_subscribe_during_an_outage_is_a_clear_answer_and_recovers(
    chat: Chat, seed_index: Index, pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    store = open_store(pg_url, tmp_path)
    chat = chat.over(make_core(seed_index, services=Services(store=store)), chat_id="outage-chat")
    try:
        set_database_reachable(pg_server, pg_url, False)
        text = await chat.ask("/subscribe 09:00 Europe/Moscow")
        assert chat.last.error and "database cannot be reached" in text and "nothing was changed" in text
        assert "postgres" not in text.lower()  # no connection details in a chat
        text = await chat.ask("/search Liddell")  # lookups do not need the database
        assert not chat.last.error and "Scottish people’s contributions" in text

        set_database_reachable(pg_server, pg_url, True)
        text = await chat.ask("/subscribe 09:00 Europe/Moscow")
        assert not chat.last.error and "09:00" in text
        assert store.get_subscription("console", "outage-chat") is not None
    finally:
        set_database_reachable(pg_server, pg_url, True)
        store.close()
