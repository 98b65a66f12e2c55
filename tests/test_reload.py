"""Index reload inside one process: a new corpus is swapped in whole, a broken one is refused and
the old index keeps answering, and two reloads at once (SIGHUP and /reload) do not interleave."""

from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext
from bot.index.build import build_index
from bot.replies import inline_text

CTX = ChatContext("test", "1")


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


async def answer(core: Core, text: str) -> str:
    reply = await core.handle_text(text, CTX)
    assert reply is not None
    return "\n".join(inline_text(b.text) for b in reply.blocks)


async def test_reload_swaps_in_new_documents_and_refuses_a_broken_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "# Parade\n\nThe Victory Day parade in Moscow.\n")
    core = make_core(build_index(corpus))
    assert "Nothing in the documents" in await answer(core, "Khabarovsk memorial")

    write(corpus, "b.md", "# Memorial\n\nA memorial complex near Khabarovsk.\n")
    results = await asyncio.gather(core.reload_index(corpus), core.reload_index(corpus))
    assert all(ok for ok, _ in results), results
    assert "Memorial" in await answer(core, "Khabarovsk memorial")
    assert len(core.index.corpus.articles) == 2

    for f in corpus.iterdir():
        f.unlink()
    ok, message = await core.reload_index(corpus)
    assert not ok and "still serving the previous index" in message
    assert "Memorial" in await answer(core, "Khabarovsk memorial")
