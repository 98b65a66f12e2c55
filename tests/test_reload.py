"""Index reload inside one process: a new corpus is swapped in whole, a broken one is refused and
the old index keeps answering, and two reloads at once (SIGHUP and /reload) do not interleave."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from adapters.cli.common import make_core
from bot.index.build import build_index, wait_persisted
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


async def test_a_reload_keeps_its_parts_and_the_next_one_starts_from_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    write(corpus, "a.md", "# Parade\n\nThe Victory Day parade in Moscow on 9 May 1945.\n")
    write(corpus, "b.md", "# Memorial\n\nA memorial complex near Khabarovsk.\n")
    core = make_core(build_index(corpus, data_dir=data))
    core.data_dir = data
    with caplog.at_level("INFO", logger="bot.index"):
        for text in ("A wreath was laid.", "A second wreath was laid."):
            write(corpus, "b.md", f"# Memorial\n\nA memorial complex near Khabarovsk. {text}\n")
            ok, _ = await core.reload_index(corpus)
            assert ok
            wait_persisted()
    said = [r.getMessage() for r in caplog.records]
    # The first reload reads the parts file (the start built and dropped them); the second starts
    # from the parts and the passage index the first one kept.
    assert any(m.startswith("persisted parts opened") for m in said)
    assert sum("last build's parts reused from memory" in m for m in said) == 1
    assert sum("passage index updated" in m for m in said) == 1
    assert "second wreath" in core.index.corpus.articles[1].paragraphs[0].text
