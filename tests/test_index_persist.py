"""The persisted index (issue 15): a start on an unchanged corpus opens what the last build wrote and
answers exactly as a fresh build does; a changed corpus, a damaged, partial or other-version file is
rebuilt (one log line), never served."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from adapters.cli.main import main
from bot.index import parts, persist
from bot.index.build import Index, build_index
from bot.index.dates.anniversaries import AnniversaryTable
from tests.paths import SEEDS
from tests.queries import ANSWERED, UNANSWERED

QUERIES = [q.text for q in ANSWERED] + list(UNANSWERED) + ["China", "the war", "Liddel", "Хабаровск"]


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
    # The index and its per-file parts, and no temporary file left behind by the atomic writes.
    assert [f.suffix for f in files] == [".idx", ".parts"], files
    return files[0]


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


@pytest.mark.parametrize("damage", [_flip_byte_near_end, _truncate, _other_version, _garbage])
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
