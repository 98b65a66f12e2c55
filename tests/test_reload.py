"""Index reload inside one process: a new corpus is swapped in whole, a broken one is refused and
the old index keeps answering, and two reloads at once (SIGHUP and /reload) do not interleave."""

from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.cli.common import make_core
from bot.index.build import build_index
from tests.chat_fixture import Chat


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


async def test_reload_swaps_in_new_documents_and_refuses_a_broken_corpus(chat: Chat, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "# Parade\n\nThe Victory Day parade in Moscow.\n")
    core = make_core(build_index(corpus))
    chat = chat.over(core)
    assert "Nothing in the documents" in await chat.ask("Khabarovsk memorial")

    write(corpus, "b.md", "# Memorial\n\nA memorial complex near Khabarovsk.\n")
    results = await asyncio.gather(core.reload_index(corpus), core.reload_index(corpus))
    assert all(ok for ok, _ in results), results
    assert "Memorial" in await chat.ask("Khabarovsk memorial")
    assert len(core.index.corpus.articles) == 2

    for f in corpus.iterdir():
        f.unlink()
    ok, message = await core.reload_index(corpus)
    assert not ok and "still serving the previous index" in message
    assert "Memorial" in await chat.ask("Khabarovsk memorial")
