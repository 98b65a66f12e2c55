"""The persisted index (issue 15): a start on an unchanged corpus opens what the last build wrote and
answers exactly as a fresh build does; a changed corpus, a damaged, partial or other-version file is
rebuilt (one log line), never served."""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from adapters.cli.main import main
from bot.corpus import load_corpus
from bot.index import parts, persist
from bot.index import search as search_module
from bot.index.build import Index, build_index, wait_persisted
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.search import SearchIndex
from tests.paths import SEEDS
from tests.queries import ANSWERED, UNANSWERED

QUERIES = [q.text for q in ANSWERED] + list(UNANSWERED) + ["China", "the war", "Liddel", "Хабаровск"]
# Names found through the tables of names by sound and by consonants (Tokayev, Eric Liddell, Jenny
# before Clegg, James, Aleksandr), which the index is persisted with.
NAMES = ["托卡耶夫", "埃里克·利德尔", "Дженни Клегг", "Джеймс", "Ayleksandr"]
QUERIES += NAMES


def answers(index: Index) -> list[list[tuple[str, float, float, int, str]]]:
    """What a user sees for every query: the articles, scores, lines and snippets, in order."""
    out = []
    for q in QUERIES:
        hits = index.search.search(q, limit=10)
        shown = [(h.article.article_id, h.score, h.coverage, h.line, "".join(s.text for s in h.snippet)) for h in hits]
        out.append(shown)
    return out


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "corpus"))


def only_index_file(data: Path) -> Path:
    files = sorted((data / "index").iterdir())
    # The corpus files' cached hashes, the index and its per-file parts, and no temporary file left
    # behind by the atomic writes.
    assert [f.suffix for f in files] == [".hashes", ".idx", ".parts"], files
    return files[1]


def test_reopened_index_answers_exactly_as_a_fresh_build(corpus: Path, tmp_path: Path) -> None:
    fresh = build_index(corpus)
    first = build_index(corpus, data_dir=tmp_path / "data")
    reopened = build_index(corpus, data_dir=tmp_path / "data")
    assert not first.opened and reopened.opened
    assert answers(reopened) == answers(fresh) == answers(first)
    # On this day: the same events, dates, years, sources and reasons for every day.
    assert reopened.events.events == fresh.events.events
    assert reopened.events.by_day == fresh.events.by_day
    assert reopened.corpus.articles == fresh.corpus.articles
    assert reopened.corpus.root == corpus


def test_a_restart_answers_names_by_sound_without_keying_every_corpus_word(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tables of names by sound and by consonants are built with the index and read back with
    it: an opened index answers those names as the build did, without working out every corpus
    word's key again (made on first need, they cost that query 0.1–0.6 s at 100,000 passages)."""
    data = tmp_path / "data"
    built = build_index(corpus, data_dir=data)

    def keyed_again(*_: object) -> None:
        raise AssertionError("every corpus word keyed again")

    monkeypatch.setattr(search_module, "consonant_keys", keyed_again)
    monkeypatch.setattr(search_module, "latin_sound_keys_of", keyed_again)
    reopened = build_index(corpus, data_dir=data)
    assert reopened.opened
    found = [[h.article.article_id for h in reopened.search.search(q)] for q in NAMES]
    assert found == [[h.article.article_id for h in built.search.search(q)] for q in NAMES]
    assert all(found), found


def test_a_changed_added_or_removed_file_is_never_served_stale(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_index(corpus, data_dir=data)
    (corpus / "zanzibar.md").write_text("# Zanzibar harbour reopens\n\nThe Zanzibar harbour reopened.\n", "utf-8")
    added = build_index(corpus, data_dir=data)
    assert not added.opened
    assert added.search.search("Zanzibar harbour")[0].article.title == "Zanzibar harbour reopens"
    assert build_index(corpus, data_dir=data).opened
    (corpus / "zanzibar.md").unlink()
    removed = build_index(corpus, data_dir=data)
    assert not removed.opened and removed.search.search("Zanzibar harbour") == []
    assert answers(removed) == answers(build_index(corpus))


def test_another_table_of_known_events_rebuilds(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, data_dir=tmp_path / "data")
    assert not build_index(corpus, AnniversaryTable(), data_dir=tmp_path / "data").opened


def test_another_newest_year_rebuilds(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, data_dir=tmp_path / "data", newest_year=2026)
    assert build_index(corpus, data_dir=tmp_path / "data", newest_year=2026).opened
    assert not build_index(corpus, data_dir=tmp_path / "data", newest_year=2027).opened


def _flip_byte_near_end(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[-100] ^= 0xFF
    path.write_bytes(bytes(raw))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _other_version(path: Path) -> None:
    header, _ = persist.read_header(path)
    header["version"] = persist.FORMAT_VERSION + 1
    head = json.dumps(header).encode()
    raw = path.read_bytes()
    at = int.from_bytes(raw[16:24], "little")
    # Same layout, another version number: only the version check can refuse it.
    path.write_bytes(persist.MAGIC + raw[16:24] + len(head).to_bytes(8, "little") + raw[32:at] + head)


def _garbage(path: Path) -> None:
    path.write_bytes(b"not an index at all")


def _flip_byte_at(path: Path, where: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[where] ^= 0xFF
    path.write_bytes(bytes(raw))


def _flip_byte_in_an_array(path: Path) -> None:
    """Checked in a thread while the pickle is unpickled: still never served."""
    header, start = persist.read_header(path)
    off, n = max(header["buffers"], key=lambda b: b[1])
    _flip_byte_at(path, start + off + n // 2)


def _flip_byte_in_the_events(path: Path) -> None:
    """The event index is unpickled on first use, but checked when the file is opened."""
    header, start = persist.read_header(path)
    off, n = header["lazy"]
    _flip_byte_at(path, start + off + n // 2)


@pytest.mark.parametrize(
    "damage",
    [_flip_byte_near_end, _flip_byte_in_an_array, _flip_byte_in_the_events, _truncate, _other_version, _garbage],
)
def test_a_damaged_partial_or_other_version_index_is_rebuilt_with_one_log_line(
    damage: object, corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    expected = answers(build_index(corpus, data_dir=data))
    assert callable(damage)
    damage(only_index_file(data))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.index"):
        rebuilt = build_index(corpus, data_dir=data)
    assert not rebuilt.opened
    assert answers(rebuilt) == expected
    lines = [r for r in caplog.records if r.name == "bot.index"]
    assert len(lines) == 1 and "rebuilding" in lines[0].getMessage()
    assert build_index(corpus, data_dir=data).opened  # the rebuild was persisted, whole


def test_an_open_index_keeps_answering_while_another_process_replaces_the_file(corpus: Path, tmp_path: Path) -> None:
    """Two replicas share the data directory: one rewriting the index never disturbs the other."""
    data = tmp_path / "data"
    build_index(corpus, data_dir=data)
    serving = build_index(corpus, data_dir=data)
    before = answers(serving)
    (corpus / "new.md").write_text("# Something new\n\nA new article about the harbour.\n", "utf-8")
    build_index(corpus, data_dir=data)  # the other replica writes its new index over the file
    only_index_file(data)
    assert answers(serving) == before


def test_index_command_builds_and_reports_then_search_opens_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path / "data"))
    assert main(["index", "--corpus", str(corpus), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    fresh = build_index(corpus)
    assert report["files"] == len(fresh.corpus.files())
    assert report["passages"] == len(fresh.search.passages)
    assert report["events"] == len(fresh.events.events)
    assert report["seconds"] >= 0 and Path(report["path"]).is_file()
    assert main(["index", "--corpus", str(corpus)]) == 0
    text = capsys.readouterr().out
    assert f"{report['passages']} passages" in text and "dated events" in text
    assert main(["search", "Liddell", "--json", "--corpus", str(corpus)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [r["article_id"] for r in got["results"]] == [h.article.article_id for h in fresh.search.search("Liddell")]


def test_a_lookup_on_an_opened_index_imports_neither_the_build_nor_the_year_rules(corpus: Path, tmp_path: Path) -> None:
    """What a restart does before its first answer: not the chat, the build or the year rules."""
    data = tmp_path / "data"
    build_index(corpus, data_dir=data, newest_year=2026)
    wait_persisted()  # (the write runs in the background: a restart before it ends would build again)
    script = (
        "import json, sys\n"
        "from adapters.cli.main import main\n"
        f"main(['search', 'Liddell', '--json', '--corpus', {str(corpus)!r}])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "MEMORIAL_DATA_DIR": str(data), "MEMORIAL_NEWEST_YEAR": "2026"}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    answer, modules = out.stdout.splitlines()[-2:]
    assert json.loads(answer)["results"]
    loaded = set(json.loads(modules))
    assert "bot.index.persist" in loaded
    heavy = {"bot.index.parts", "bot.index.dates.events", "bot.index.dates.resolve", "bot.chat.dispatch", "asyncio"}
    assert not heavy & loaded


def test_a_build_in_two_processes_gives_the_same_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large corpora date their events in a second process while the passages are indexed."""
    sequential = build_index(corpus)
    monkeypatch.setattr(parts, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parts, "PARALLEL_MIN_ARTICLES", 0)
    parallel = build_index(corpus, data_dir=tmp_path / "data")
    assert answers(parallel) == answers(sequential)
    assert parallel.events.events == sequential.events.events
    assert build_index(corpus, data_dir=tmp_path / "data").events.by_day == sequential.events.by_day


def test_an_opened_index_reads_its_events_on_first_use(corpus: Path, tmp_path: Path) -> None:
    fresh = build_index(corpus)
    build_index(corpus, data_dir=tmp_path / "data")
    reopened = build_index(corpus, data_dir=tmp_path / "data")
    lazy = reopened.events
    assert isinstance(lazy, persist.LazyEvents) and lazy._real is None
    assert answers(reopened) == answers(fresh) and lazy._real is None  # lookups never read them
    assert lazy.on(9, 3) == fresh.events.on(9, 3) and lazy.mentions == fresh.events.mentions
    assert lazy == fresh.events and pickle.loads(pickle.dumps(lazy)) == fresh.events


# The corpus files' cached hashes (persist.corpus_hashes).


def _later(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache taken as if well after the files were written: none of them is racy."""
    monkeypatch.setattr(persist, "_now_ns", lambda: time.time_ns() + 10 * persist.RACY_NS)


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    hash_of = persist.file_hash

    def counted(path: Path) -> str:
        read.append(path)
        return hash_of(path)

    monkeypatch.setattr(persist, "file_hash", counted)
    return read


def _rewrite_keeping_size_and_times(path: Path) -> None:
    """Other content, the same size, and its access and modification times set back as they were."""
    st = path.stat()
    raw = path.read_bytes()
    path.write_bytes(raw[:-2] + (b"xx" if raw[-2:] != b"xx" else b"yy"))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns


def test_the_hash_cache_spares_reading_unchanged_files(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "c.hashes"
    _later(monkeypatch)
    read = _counting_reads(monkeypatch)
    first = persist.corpus_hashes(corpus, cache)
    assert len(read) == len(first) > 1
    read.clear()
    assert persist.corpus_hashes(corpus, cache) == first == persist.corpus_hashes(corpus)
    assert read == [corpus / f for f in first]  # only the call without the cache read them
    sorted(corpus.glob("*.txt"))[0].unlink()
    (corpus / "new.md").write_text("# New\n\nA new article.\n", "utf-8")
    read.clear()
    again = persist.corpus_hashes(corpus, cache)
    assert read == [corpus / "new.md"] and again == persist.corpus_hashes(corpus)


def test_a_file_rewritten_with_its_old_size_and_modification_time_is_read_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.utime sets a file's modification time back, not its change time: the change shows."""
    data = tmp_path / "data"
    _later(monkeypatch)
    build_index(corpus, data_dir=data)
    assert build_index(corpus, data_dir=data).opened
    path = sorted(corpus.glob("*.txt"))[0]
    before = persist.file_hash(path)
    _rewrite_keeping_size_and_times(path)
    read = _counting_reads(monkeypatch)
    index = build_index(corpus, data_dir=data)
    assert not index.opened and read == [path]
    assert answers(index) == answers(build_index(corpus))
    assert (
        persist.corpus_hashes(corpus, persist.hashes_path(persist.index_path(data, corpus)))[path.name]
        == persist.file_hash(path)
        != before
    )


def test_a_racily_clean_file_is_read_again(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file rewritten within the file system's timestamp granularity of its hash being cached
    keeps all its times: it is read again while its change time is within RACY_NS of the cache."""
    cache = tmp_path / "c.hashes"
    persist.corpus_hashes(corpus, cache)  # now: every file was written just before
    path = sorted(corpus.glob("*.txt"))[0]
    rel = path.name
    _rewrite_keeping_size_and_times(path)
    # As if the rewrite had left every time as it was: the cached signature is the file's own.
    entries, stamp = persist._read_hashes(cache, corpus)
    st = path.stat()
    entries[rel] = ((st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev), entries[rel][1])
    persist._write_hashes(cache, corpus, stamp, entries)
    read = _counting_reads(monkeypatch)
    assert persist.corpus_hashes(corpus, cache)[rel] == persist.file_hash(path)
    assert path in read
    # Only the racy rule caught it: the same cache taken well after the change is trusted.
    persist._write_hashes(cache, corpus, time.time_ns() + 10 * persist.RACY_NS, entries)
    assert persist.corpus_hashes(corpus, cache)[rel] == entries[rel][1] != persist.file_hash(path)


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"version": 99}\n{}'])
def test_a_damaged_or_other_version_hash_cache_is_not_used_with_one_log_line(
    content: bytes, corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "c.hashes"
    _later(monkeypatch)
    expected = persist.corpus_hashes(corpus, cache)
    raw = cache.read_bytes()
    cache.write_bytes(content or raw[: len(raw) // 2])
    read = _counting_reads(monkeypatch)
    with caplog.at_level(logging.INFO, logger="bot.index"):
        assert persist.corpus_hashes(corpus, cache) == expected
    assert len(read) == len(expected)
    assert len([r for r in caplog.records if r.name == "bot.index"]) == 1
    read.clear()
    assert persist.corpus_hashes(corpus, cache) == expected and read == []  # written whole again


def test_date_spans_come_back_from_a_pickle_whole_and_still_frozen() -> None:
    import dataclasses

    from bot.corpus import load_corpus
    from bot.index.dates.events import build_event_index

    index = build_event_index(load_corpus(SEEDS))
    back = pickle.loads(pickle.dumps((index.events, index.mentions), protocol=5))
    assert back == (index.events, index.mentions)
    assert [type(x) for x in back[0] + back[1]] == [type(x) for x in index.events + index.mentions]
    with pytest.raises(dataclasses.FrozenInstanceError):
        back[1][0].year = 1  # type: ignore[misc]


def test_what_questions_read_is_not_persisted_with_the_index(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Fire station\n\nThe new fire station cost £1.2 million and opened in May.\n\n"
        "Firemen pushed an engine round the town to raise money, and collected £1,900.\n",
        encoding="utf-8",
    )
    index = SearchIndex.from_corpus(load_corpus(tmp_path))
    fresh = set(index.__getstate__())
    # (a question for a sum reads the passages beside its subject and keeps what it read, per process)
    assert index.search("how much did the new fire station cost?")
    assert set(index.__getstate__()) == fresh
