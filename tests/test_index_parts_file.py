"""The parts file (bot/index/parts.py `dump` / `load`, bot/index/persist.py): a pickle per corpus
file, read back as the parts that were written (the files' words shared, the events' mentions the
very objects of the files' dates); a damaged or cut one is never used; and a build's Chinese words
are keyed by its worker processes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.index import parts, persist, translit
from bot.index.build import build_index
from tests.test_index_parts import EMPTY, FILES, _edit, _same_state, as_index, assert_same_as_a_full_rebuild, write

CHINESE = {"f.txt": "唐山地震\n\n1976年7月28日，唐山发生大地震。杨利伟后来访问了唐山。\n"}


def _saved(tmp_path: Path, built: parts.Built) -> tuple[Path, persist.Key]:
    root = tmp_path / "corpus"
    key = persist.corpus_key(root, EMPTY)
    path = tmp_path / "x.parts"
    persist.save_parts(path, key, built.parts)
    return path, key


def test_the_parts_file_reads_back_as_the_parts_written(tmp_path: Path) -> None:
    root = write(tmp_path / "corpus", {**FILES, **CHINESE})
    built = parts.build(root, EMPTY, persist.corpus_key(root, EMPTY).files)
    path, key = _saved(tmp_path, built)
    got = persist.load_parts(path, key)
    want = built.parts
    assert list(got.files) == list(want.files)
    for f, p in want.files.items():
        q = got.files[f]
        assert (q.file, q.hash, q.articles, q.skipped, q.dated, q.dates) == (
            p.file,
            p.hash,
            p.articles,
            p.skipped,
            p.dated,
            p.dates,
        )
        assert q.tokens.vocab == p.tokens.vocab
        for name in ("ids", "lengths", "lang", "votes"):
            a, b = getattr(q.tokens, name), getattr(p.tokens, name)
            assert a.dtype == b.dtype and np.array_equal(a, b), name
        assert _same_state(vars(q.passages), vars(p.passages))
    head = ("sentence_digests", "learned_digests", "counts_digest", "words", "paragraphs", "word_cache", "span")
    assert all(getattr(got, k) == getattr(want, k) for k in head)
    assert got.search is None and got.joined is None  # never persisted
    # The events' mentions are the very objects of the parts' dates (an update merges again only
    # the days whose mentions are new objects), and a word is one string across the files.
    assert got.events == want.events and got.events
    mentions = {id(m) for p in got.files.values() for d in p.dates for m in d.resolved or ()}
    assert all(id(m) in mentions for e in got.events for m in e.mentions)
    words = {}
    for p in got.files.values():
        for w in p.tokens.vocab:
            assert words.setdefault(w, w) is w


def test_parts_with_the_words_numbered_here_read_back_too(tmp_path: Path) -> None:
    """Parts not from a build in this process (no join of their words) number their words themselves."""
    root = write(tmp_path / "corpus", FILES)
    built = parts.build(root, EMPTY, persist.corpus_key(root, EMPTY).files)
    built.parts.joined = None
    path, key = _saved(tmp_path, built)
    got = persist.load_parts(path, key)
    assert [p.tokens.vocab for p in got.files.values()] == [p.tokens.vocab for p in built.parts.files.values()]
    assert got.events == built.parts.events


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9, 0.999])
def test_a_cut_parts_file_is_never_used(tmp_path: Path, cut: float, caplog: pytest.LogCaptureFixture) -> None:
    root = write(tmp_path / "corpus", FILES)
    data = tmp_path / "data"
    build_index(root, EMPTY, data_dir=data)
    path = persist.parts_path(persist.index_path(data, root))
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * cut)])
    with pytest.raises(persist.Unusable):
        persist.load_parts(path, persist.corpus_key(root, EMPTY))
    _edit("a.txt", "1953", "1952")(root)
    with caplog.at_level("INFO", logger="bot.index"):
        index = build_index(root, EMPTY, data_dir=data)
    assert any("persisted parts" in r.getMessage() and "not used" in r.getMessage() for r in caplog.records)
    assert_same_as_a_full_rebuild(index, root, EMPTY)


def test_a_damaged_pickle_of_one_file_is_never_used(tmp_path: Path) -> None:
    root = write(tmp_path / "corpus", FILES)
    data = tmp_path / "data"
    build_index(root, EMPTY, data_dir=data)
    path = persist.parts_path(persist.index_path(data, root))
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(persist.Unusable, match="checksum"):
        persist.load_parts(path, persist.corpus_key(root, EMPTY))


def test_an_update_after_a_restart_reads_the_parts_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A new process (nothing kept in memory) updates from the parts file: the result is a full
    build's, and the events of the days nothing changed are the last merge's (merged again only
    where the edit is: the file's mentions are the events' own objects)."""
    root = write(tmp_path / "corpus", {**FILES, **CHINESE})
    data = tmp_path / "data"
    build_index(root, EMPTY, data_dir=data)
    for edit in (_edit("e.txt", "3 May", "4 May"), _edit("f.txt", "杨利伟", "刘奇葆")):
        edit(root)
        with caplog.at_level("INFO", logger="bot.index"):
            index = build_index(root, EMPTY, data_dir=data)
        said = [r.getMessage() for r in caplog.records]
        assert any("persisted parts opened" in m for m in said)
        assert any("days' events merged again" in m for m in said)
        assert_same_as_a_full_rebuild(index, root, EMPTY)
        caplog.clear()


def test_a_build_keys_its_chinese_words_in_a_worker_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With worker processes, the Chinese words' pinyin keys are worked out there (this process does
    not load what gives the pinyin), and the index is a full build's."""
    monkeypatch.setattr(parts, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parts, "PARALLEL_MIN_ARTICLES", 0)
    files = {**FILES, **CHINESE, "g.txt": "欧阳修纪念馆\n\n欧阳修纪念馆于1990年5月3日开放。\n"}
    root = write(tmp_path / "corpus", files)
    before = translit.pinyin.cache_info()
    got = parts.build(root, EMPTY, persist.corpus_key(root, EMPTY).files, None, workers=2)
    after = translit.pinyin.cache_info()
    assert after.hits + after.misses == before.hits + before.misses  # none asked here
    assert any(k for k in got.search.word_cache().stem_keys.values())
    assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
