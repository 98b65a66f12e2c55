"""Incremental updates (issue 15): a changed, added or removed file re-indexes only what depends on it,
and the result is exactly a full rebuild's, also when one document's base year lives in another
(bot/index/parts.py)."""

from __future__ import annotations

import gc
import itertools
import pickle
import random
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.corpus import load_corpus
from bot.index import build as build_module
from bot.index import heap, parts, persist
from bot.index.build import Index, build_index
from bot.index.dates import anniversaries
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.events import build_event_index
from bot.index.dates.remerge import tipped_words
from bot.index.fuzzy import TypoIndex
from bot.index.grouped import NameTable, SortedWords
from bot.index.search import Passage, Passages, SearchIndex, Tokens, passages_of, tokenize
from bot.index.search_update import join_tokens
from tests.paths import SEEDS
from tests.test_index_persist import answers

EMPTY = AnniversaryTable()

# b counts its anniversary from a base year a states; d learns its base from c, whose dateline
# fixes its present; e depends on nothing else.
FILES = {
    "a.txt": "The flood\n\nThe Harbour Street flood of 31 January 1953 drowned the lower town.\n",
    "b.txt": "Seventy years on\n\nOn 31 January, the 70th anniversary of the Harbour Street flood, a bell rang "
    "at noon. The exhibition runs until 28 February.\n",
    "c.txt": "Bell for the mill fire\n\nHull, 5 March 2011 — The town marked the 100th anniversary of the "
    "Dockside mill fire with a bell. A service follows on 12 March.\n",
    "d.txt": "Mill fire remembered\n\nOn 5 March, the 90th anniversary of the Dockside mill fire, wreaths were "
    "laid. The museum reopens on 9 April.\n",
    "e.txt": "Harbour notes\n\nThe harbour reopened on 3 May after the winter storms.\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def assert_same_as_a_full_rebuild(index: Index, root: Path, table: AnniversaryTable) -> None:
    """The index equals what the reference pipeline (load_corpus, SearchIndex, build_event_index)
    makes of the folder as it is now."""
    corpus = load_corpus(root)
    events = build_event_index(corpus, table)
    assert index.corpus.articles == corpus.articles
    assert index.events.mentions == events.mentions
    assert index.events.events == events.events
    assert index.events.by_day == events.by_day
    fresh = Index(corpus, SearchIndex.from_corpus(corpus), 0.0, events, table)
    assert answers(index) == answers(fresh)
    assert_same_search_index(index.search, fresh.search)


def _same(a: object, b: object) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    if isinstance(a, tuple | list) and type(a) is type(b) and len(a) == len(b):
        return all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return _same_state(a, b)
    if type(a) is type(b) and type(a).__module__ == "bot.index.fuzzy":  # the typo index: its state, no cache
        return _same_state(a.__getstate__(), b.__getstate__())
    if type(a) is type(b) and type(a).__module__ == "bot.index.grouped":  # its arrays, not only what it maps
        return list(vars(a)) == list(vars(b)) and _same_state(vars(a), vars(b))
    if isinstance(a, Passages) and isinstance(b, Passages):
        return _same_state(vars(a), vars(b))
    return a == b


def _same_state(a: object, b: object) -> bool:
    """The same keys, in the same order (a dictionary pickles in its order), the same values."""
    assert isinstance(a, dict) and isinstance(b, dict)
    return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)


def assert_same_search_index(got: SearchIndex, fresh: SearchIndex) -> None:
    """Every array and table of the passage index (ids, postings, keys) as a build from scratch
    makes them: the same answers whatever the query."""
    mine, theirs = got.__getstate__(), fresh.__getstate__()
    assert mine.keys() == theirs.keys()
    for k in mine:
        assert _same(mine[k], theirs[k]), k


def years(index: Index, file: str) -> dict[str, int | None]:
    return {m.text: m.year for m in index.events.mentions if m.file == file and not m.derived}


def update(root: Path, table: AnniversaryTable, previous: parts.Parts) -> parts.Built:
    key = persist.corpus_key(root, table)
    return parts.build(root, table, key.files, previous)


def as_index(got: parts.Built, table: AnniversaryTable) -> Index:
    return Index(got.corpus, got.search, 0.0, got.events, table)


def test_passages_kept_as_arrays_are_the_passages(tmp_path: Path) -> None:
    long = " ".join(f"word{i}" for i in range(400))
    files = {**FILES, "long.txt": f"Long\n\n{long}\n\nShort one.\n\n{' '.join(long.split()[:91])}\n"}
    for corpus in (load_corpus(SEEDS), load_corpus(write(tmp_path / "c", files))):
        kept = Passages(corpus.articles)
        assert len(kept) == len(passages_of(corpus.articles))
        assert list(kept) == passages_of(corpus.articles)
        assert kept[1:4] == passages_of(corpus.articles)[1:4]
        assert kept[-1] == passages_of(corpus.articles)[-1]
        # Joined from each file's passages (as an update does), they are the same arrays.
        by_file: dict[str, list] = {}
        for a in corpus.articles:
            by_file.setdefault(a.file, []).append(a)
        joined = Passages.joined(corpus.articles, [Passages(arts) for arts in by_file.values()])
        assert _same_state(vars(joined), vars(kept))
        # The same index as from the passages as objects, whatever the query.
        mine = SearchIndex.from_corpus(corpus).__getstate__()
        theirs = SearchIndex(corpus.articles, passages_of(corpus.articles)).__getstate__()
        kept_there, objects = mine.pop("passages"), theirs.pop("passages")
        assert isinstance(kept_there, Passages) and isinstance(objects, tuple)
        assert list(kept_there) == list(objects)
        assert _same_state(mine, theirs)


def test_a_build_from_parts_is_the_reference_pipeline(tmp_path: Path) -> None:
    root = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    table = AnniversaryTable.bundled()
    assert_same_as_a_full_rebuild(build_index(root, table), root, table)
    mine = write(tmp_path / "mine", FILES)
    assert_same_as_a_full_rebuild(build_index(mine, EMPTY), mine, EMPTY)


Change = Callable[[Path], None]


def _edit(name: str, old: str, new: str) -> Change:
    def change(root: Path) -> None:
        f = root / name
        f.write_text(f.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    return change


def _remove(name: str) -> Change:
    return lambda root: (root / name).unlink()


def _add(name: str, text: str) -> Change:
    def change(root: Path) -> None:
        (root / name).write_text(text, encoding="utf-8")

    return change


def _each_update_equals_a_full_build(
    root: Path, changes: Sequence[Change], also: Callable[[parts.Built, Path], None] | None = None
) -> None:
    """Each change in turn, each update from the last: updated in place, and equal to a full build."""
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    for change in changes:
        change(root)
        got = update(root, EMPTY, previous)
        assert got.search_updated
        assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
        assert_same_finder_record(got.parts, root, EMPTY)
        if also is not None:
            also(got, root)
        previous = got.parts


def assert_same_finder_record(got: parts.Parts, root: Path, table: AnniversaryTable) -> None:
    """What an update keeps of its finder (per key a digest of its sentences and of its learned
    bases, and of the word counts) is what a build from scratch keeps: the next update tells the
    keys that changed from them."""
    full = update(root, table, None).parts  # type: ignore[arg-type]
    assert got.sentence_digests == full.sentence_digests
    assert got.learned_digests == full.learned_digests
    assert got.counts_digest == full.counts_digest


def _assert_same_words_read_as_built(got: parts.Built, root: Path) -> None:
    _assert_same_words_read(got.search, SearchIndex.from_corpus(load_corpus(root)))


# (change, the files whose articles must be worked out again (no more), what b's and d's years become)
STEPS: list[tuple[Change, set[str], dict[str, int | None]]] = [
    # Nothing else depends on e.
    (_edit("e.txt", "3 May", "4 May"), {"e.txt"}, {"31 January": 2023, "5 March": 2001}),
    # The base year b counts from, stated in a: b follows, d and e are reused.
    (_edit("a.txt", "1953", "1952"), {"a.txt", "b.txt"}, {"31 January": 2022, "5 March": 2001}),
    # c's present (its dateline) is d's learned base.
    (_edit("c.txt", "2011", "2012"), {"c.txt", "d.txt"}, {"31 January": 2022, "5 March": 2002}),
    # Without a, nothing dates the flood: b's present is unknown. One dated sentence fewer changes
    # the word counts every base-year comparison weighs: every article that looked one up (not e)
    # asks its lookups again, and only b gets other answers.
    (_remove("a.txt"), {"b.txt"}, {"31 January": None, "5 March": 2002}),
    (_add("a.txt", FILES["a.txt"]), {"a.txt", "b.txt"}, {"31 January": 2023, "5 March": 2002}),
]


def test_an_update_reworks_only_what_depends_on_the_changed_file(tmp_path: Path) -> None:
    root = write(tmp_path / "corpus", FILES)
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    for change, redone, expected in STEPS:
        change(root)
        got = update(root, EMPTY, previous)
        index = as_index(got, EMPTY)
        assert_same_as_a_full_rebuild(index, root, EMPTY)
        assert {got.corpus.by_id[i].file for i in got.redone} == redone
        assert {**years(index, "b.txt"), **years(index, "d.txt")}.items() >= expected.items()
        assert_same_finder_record(got.parts, root, EMPTY)
        # The passage index renumbered from the last one, and the events of the changed days merged
        # again (the assertion above holds them equal to a full build).
        assert got.search_updated
        assert got.remerged is not None and got.remerged <= 3
        previous = got.parts


def test_a_new_dated_sentence_reweighs_every_lookup_only_when_the_rounded_count_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence that dates something new changes the counts of its own words, and only the lookups
    of those words are asked again; when it moves the (rounded) sentence count every base-year
    comparison weighs against, every article that looked a base up asks its lookups again (and is
    worked out again only if an answer changed). The result still equals a rebuild. (Rounded here to
    a power of two, so that a corpus this small has a count that stays.)"""
    monkeypatch.setattr(anniversaries, "COUNT_STEP_BITS", 0)
    root = write(tmp_path / "corpus", FILES)
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    _add("f.txt", "The tram\n\nThe first tram ran along Harbour Street on 1 June 1901.\n")(root)
    got = update(root, EMPTY, previous)
    assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
    assert {got.corpus.by_id[i].file for i in got.redone} == {"f.txt"}
    assert got.checked >= 3  # the count moved: b, c and d asked again; a and e looked nothing up
    _add("g.txt", "Kites\n\nThe first kite festival on Gull Hill was flown on 3 August 1977.\n")(root)
    kites = update(root, EMPTY, got.parts)
    assert_same_as_a_full_rebuild(as_index(kites, EMPTY), root, EMPTY)
    assert kites.checked == 0  # no lookup reads a kite, a festival or Gull Hill
    # A flood dated otherwise in f: b's lookup now gets another answer, and b is worked out again.
    _add("f.txt", "Flood survivors\n\nThe Harbour Street flood of 31 January 1954 is remembered.\n")(root)
    again = update(root, EMPTY, got.parts)
    assert_same_as_a_full_rebuild(as_index(again, EMPTY), root, EMPTY)
    assert {again.corpus.by_id[i].file for i in again.redone} >= {"f.txt"}


def test_sentences_and_bases_shared_between_files_update_as_a_rebuild_makes_them(tmp_path: Path) -> None:
    """The finder keeps one entry per dated sentence however many articles repeat it, with the text
    of its first: an update that moves its first copy (edited away, removed, written again before)
    or the bases learned from a present that changed records what a build from scratch does."""
    flood = "The Harbour Street flood of 31 January 1953 drowned the lower town."
    files = {
        **FILES,
        "a2.txt": f"The flood, again\n\n{flood}\n",  # a syndicated copy of a's sentence
        "f.txt": "Seventy years on, again\n\nOn 31 January, the 70th anniversary of the Harbour Street flood. "
        f"{flood}\n",
        # g's present is counted from a's year; it teaches the base of the museum's anniversary
        "g.txt": "Two anniversaries\n\nOn 31 January, the 70th anniversary of the Harbour Street flood, the Quay "
        "Museum also marked the 25th anniversary of the Quay Museum opening.\n",
    }
    root = write(tmp_path / "corpus", files)
    _each_update_equals_a_full_build(
        root,
        (
            _edit("a.txt", "The Harbour Street flood", "the harbour street flood"),  # the first copy's text
            _edit("a.txt", "1953", "1952"),  # a's copy is another sentence now: a2's is the first
            _remove("a2.txt"),  # f's copy is the first
            _add("a0.txt", f"Before them all\n\n{flood}\n"),  # a copy before the first
            _edit("c.txt", "2011", "2012"),  # d's learned base moves
            _remove("c.txt"),  # and is gone
            _add("c.txt", FILES["c.txt"]),
            _edit("d.txt", "90th", "91st"),  # the base d learns from c's present
            _remove("a0.txt"),
            _remove("a.txt"),  # g's present (and the base it taught) with it: f's copy dates the flood
            _remove("f.txt"),  # nothing does
        ),
    )


def test_the_archives_span_moves_an_undated_article_that_no_edit_touched(tmp_path: Path) -> None:
    """The spring issue's year comes from the other issues' (the archive's span): an edit to one of
    them that widens the span leaves it unknown, and a build from the parts follows as a rebuild does."""
    from tests.test_dates_doctime import ROWING

    root = write(tmp_path / "corpus", ROWING)
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    assert set(years(as_index(update(root, EMPTY, previous), EMPTY), "spring.txt").values()) == {2010}
    for change, year in ((_edit("issue0.txt", "2008", "2003"), None), (_edit("issue0.txt", "2003", "2008"), 2010)):
        change(root)
        got = update(root, EMPTY, previous)
        assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
        assert set(years(as_index(got, EMPTY), "spring.txt").values()) == {year}
        assert {got.corpus.by_id[i].file for i in got.redone} == {"issue0.txt", "spring.txt"}
        previous = got.parts


def test_an_article_asks_the_archives_span_again_only_when_it_or_its_present_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the span stays, an undated article no edit touched that took no year from it is not
    asked again (one that took one is, its present being needed); when the span moves, every
    undated article is. Each update equals a full build."""
    from tests.test_dates_doctime import ROWING

    asked: list[str] = []
    real = parts.archive_year

    def counted(article, mentions, time, span):  # type: ignore[no-untyped-def]
        asked.append(article.file)
        return real(article, mentions, time, span)

    monkeypatch.setattr(parts, "archive_year", counted)
    # a weekday no year of the span has (2 October 2008–2013 is never a Monday)
    files = ROWING | {"autumn.txt": "Autumn newsletter\n\nThe winter league starts on Monday 2 October.\n"}
    root = write(tmp_path / "corpus", files)
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    assert {"autumn.txt", "spring.txt"} <= set(asked)
    steps = (
        # (the edited file's article asks too: a dated one is answered at once)
        (_edit("issue2.txt", "is mended", "is mended again"), {"issue2.txt", "spring.txt"}, {"spring.txt": 2010}),
        (_edit("autumn.txt", "winter league", "winter league at last"), {"autumn.txt", "spring.txt"}, {}),
        # the span widens: every article asks again, and the spring issue's year goes
        (_edit("issue0.txt", "2008", "2003"), set(files), {"spring.txt": None}),
        (_edit("issue0.txt", "2003", "2008"), set(files), {"spring.txt": 2010}),
    )
    for change, expected, year in steps:
        change(root)
        asked.clear()
        got = update(root, EMPTY, previous)
        assert set(asked) == expected
        assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
        for file, y in year.items():
            assert set(years(as_index(got, EMPTY), file).values()) == {y}
        previous = got.parts


def test_the_finder_is_the_one_base_finder_makes(tmp_path: Path) -> None:
    """The build's finder (each text's keys worked out once per process) holds what BaseFinder
    itself makes of the same sentences and bases."""
    from bot.index.dates.anniversaries import BaseFinder

    built = update(Path(shutil.copytree(SEEDS, tmp_path / "seeds")), EMPTY, None)  # type: ignore[arg-type]
    mine, theirs = parts._Finder(), BaseFinder()
    for finder in (mine, theirs, parts._Finder()):  # (the last: every key from the cache)
        for p in built.parts.files.values():
            for aid, text, years, day in p.dated:
                finder.add_sentence(aid, text, years, day)
            for a, d in zip(p.articles, p.dates, strict=True):
                assert d.first is not None
                for an, shift in d.first[1].unbased:
                    finder.learn(a.article_id, an.subject, 1900 + shift - an.n)
    assert theirs.sentences and theirs.learned
    assert vars(mine) == vars(theirs)


def test_an_update_of_the_seeds_equals_a_rebuild(tmp_path: Path) -> None:
    root = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    table = AnniversaryTable.bundled()
    data = tmp_path / "data"
    build_index(root, table, data_dir=data)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    middle = files[len(files) // 2]
    text = middle.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n")
    middle.write_text(f"{head}\nA new paragraph about Zanzibar harbour, on 3 May.\n{rest}", "utf-8")
    updated = build_index(root, table, data_dir=data)
    assert not updated.opened
    assert updated.search.search("Zanzibar harbour")[0].article.file == middle.relative_to(root).as_posix()
    assert_same_as_a_full_rebuild(updated, root, table)
    assert build_index(root, table, data_dir=data).opened


def test_reload_and_restart_use_the_parts_and_log_what_was_reused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = write(tmp_path / "corpus", FILES)
    data = tmp_path / "data"
    build_index(root, EMPTY, data_dir=data)
    _edit("a.txt", "1953", "1952")(root)
    with caplog.at_level("INFO", logger="bot.index"):
        index = build_index(root, EMPTY, data_dir=data)
    assert years(index, "b.txt")["31 January"] == 2022
    assert any("3 articles' dates reused, 2 worked out" in r.getMessage() for r in caplog.records)
    assert_same_as_a_full_rebuild(index, root, EMPTY)


def test_an_update_in_worker_processes_equals_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parts, "PARALLEL_MIN_ARTICLES", 0)
    root = write(tmp_path / "corpus", FILES)
    key = persist.corpus_key(root, EMPTY)
    previous = parts.build(root, EMPTY, key.files, None, workers=2).parts
    assert_same_as_a_full_rebuild(as_index(parts.build(root, EMPTY, key.files, None, workers=2), EMPTY), root, EMPTY)
    _edit("c.txt", "2011", "2012")(root)
    _remove("e.txt")(root)
    key = persist.corpus_key(root, EMPTY)
    got = parts.build(root, EMPTY, key.files, previous, workers=2)
    assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
    assert years(as_index(got, EMPTY), "d.txt")["5 March"] == 2002


def test_a_damaged_parts_file_means_a_full_build_never_a_wrong_one(tmp_path: Path) -> None:
    root = write(tmp_path / "corpus", FILES)
    data = tmp_path / "data"
    build_index(root, EMPTY, data_dir=data)
    path = persist.parts_path(persist.index_path(data, root))
    raw = bytearray(path.read_bytes())
    raw[-50] ^= 0xFF
    path.write_bytes(bytes(raw))
    _edit("a.txt", "1953", "1952")(root)
    index = build_index(root, EMPTY, data_dir=data)
    assert_same_as_a_full_rebuild(index, root, EMPTY)


def test_the_cyclic_collector_is_off_during_a_build_and_back_on_after(tmp_path: Path) -> None:
    assert gc.isenabled()
    root = write(tmp_path / "corpus", FILES)
    build_index(root, EMPTY, data_dir=tmp_path / "data")
    assert gc.isenabled()
    with parts.no_cyclic_gc():
        assert not gc.isenabled()
        with parts.no_cyclic_gc():  # a reload while another build is under way
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_update_of_the_index_kept_asks_numpy_for_small_pages_only_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload that updates the passage index it kept has numpy's huge-page advice off (its fresh
    arrays' faults cost less), nested or not, and back as it was after; the index is a full build's."""
    if heap._madvise_hugepage is None:
        pytest.skip("this numpy has no switch of its huge-page advice")
    switch = heap._madvise_hugepage
    seen: list[bool] = []
    real_build = parts.build

    def build(*args: object, **kwargs: object) -> parts.Built:
        seen.append(switch(False))  # (the setting during the build, set again as it was)
        switch(seen[-1])
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parts, "build", build)
    before = switch(True)
    try:
        root = write(tmp_path / "corpus", FILES)
        data = tmp_path / "data"
        build_index(root, EMPTY, data_dir=data, keep_parts=True)
        _edit("a.txt", "1953", "1952")(root)
        index = build_index(root, EMPTY, data_dir=data, keep_parts=True)
        assert seen == [True, False]  # the cold build keeps numpy's advice, the update does without
        assert switch(True)
        assert_same_as_a_full_rebuild(index, root, EMPTY)
        with heap.small_pages():
            with heap.small_pages():  # a reload while another is under way
                pass
            assert not switch(False)
        assert switch(True)
    finally:
        switch(before)


def test_the_build_reads_a_looking_back_column_section_by_section(tmp_path: Path) -> None:
    # The bot's build (parts) must give each section of a column its own present, as the reference
    # pipeline does: "10 YEARS AGO" in a column of 2014 is 2004, a "1926" heading is 1926.
    root = write(
        tmp_path / "corpus",
        {
            "a.txt": "Looking back\n\nFriday 2 May 2014 — From the Gazette files.\n\n10 YEARS AGO\n\n"
            "The mill reopened on 3 May.\n\n1926\n\nThe bridge opened on 4 June.\n"
        },
    )
    index = build_index(root, EMPTY, data_dir=tmp_path / "data")
    assert_same_as_a_full_rebuild(index, root, EMPTY)
    assert years(index, "a.txt") == {"Friday 2 May 2014": 2014, "3 May": 2004, "4 June": 1926}


def test_a_running_bot_updates_from_the_parts_it_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """With keep_parts (a bot that reloads), the next update starts from the last build's parts and
    passage index in memory, not from the parts file; the result is still a full build's, and the
    parts it started from (which the background write pickles) are left as they were."""
    root = write(tmp_path / "corpus", FILES)
    data = tmp_path / "data"
    build_index(root, EMPTY, data_dir=data, keep_parts=True)
    path = persist.parts_path(persist.index_path(data, root))
    kept = build_module.kept_parts(path, persist.corpus_key(root, EMPTY))
    assert kept is not None and kept.search is not None
    before = pickle.dumps(kept)
    path.unlink()  # not read again
    for change in (_edit("a.txt", "1953", "1952"), _add("f.txt", "Harbour gala\n\nA gala on 3 May 1990.\n")):
        change(root)
        with caplog.at_level("INFO", logger="bot.index"):
            index = build_index(root, EMPTY, data_dir=data, persist_later=True, keep_parts=True)
        build_module.wait_persisted()
        assert not index.opened
        assert_same_as_a_full_rebuild(index, root, EMPTY)
        assert any("reused from memory" in r.getMessage() for r in caplog.records)
        assert any("passage index updated" in r.getMessage() for r in caplog.records)
        caplog.clear()
    assert pickle.dumps(kept) == before
    # Without keep_parts, nothing is held, and the next update reads the parts file.
    _edit("e.txt", "3 May", "4 May")(root)
    build_index(root, EMPTY, data_dir=data)
    assert build_module.kept_parts(path, persist.corpus_key(root, EMPTY)) is None
    assert persist.load_parts(path, persist.corpus_key(root, EMPTY)).search is None  # never persisted


def test_the_passage_index_of_an_update_is_a_full_builds_when_words_move(tmp_path: Path) -> None:
    """A word's first appearance moves (a file before it gains or loses the word): the renumbered
    postings come out of order and are merged back in order; the index equals a full build's."""
    files = {
        "a.txt": "Alpha\n\nThe quay of Ortega was rebuilt.\n",
        "b.txt": "Beta\n\nLugo and the quay. Ortega came later.\n",
        "c.txt": "Gamma\n\nLugo, Ortega and Quito.\n",
    }
    root = write(tmp_path / "corpus", files)
    _each_update_equals_a_full_build(
        root,
        (
            _edit("a.txt", "Ortega", "Quito"),  # Quito now first, Ortega's first is in b
            _add("0.txt", "First\n\nQuito, Lugo and a new word: zanzibar.\n"),
            _remove("0.txt"),
            _edit("c.txt", "Quito", "Quito harbour (Ortega)"),
        ),
    )


@pytest.mark.parametrize("rounds", [16, 0])
def test_pairs_whose_stems_move_are_merged_in_without_sorting_every_pair_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rounds: int
) -> None:
    """A word whose first appearance moves into or out of the changed file (or two that swap places
    there) moves its stem among the others: only the pairs that hold such a stem are keyed again
    and merged in, the rest keep their order (`_stems_that_move`; with no rounds to find them, every
    stem the file holds is taken as moved). The index equals a full build's, and the pairs kept are
    never sorted again."""
    from bot.index import search_update

    monkeypatch.setattr(search_update, "_MOVE_ROUNDS", rounds)
    sorted_again: list[int] = []
    monkeypatch.setattr(search_update, "_pairs_sorted", lambda *_: sorted_again.append(1) or False)
    files = {
        "a.txt": "Alpha\n\nThe quay of Ortega was rebuilt by the harbour board.\n",
        "b.txt": "Beta\n\nLugo and the quay. Ortega came later with the harbour board.\n",
        "c.txt": "Gamma\n\nDelta gamma, Lugo, Ortega and Quito by the quay.\n\nQuito quay again.\n",
        "d.txt": "Epsilon\n\nZeta eta theta and Quito.\n",
    }
    root = write(tmp_path / "corpus", files)
    _each_update_equals_a_full_build(
        root,
        (
            _edit("b.txt", "later", "later with Quito quay"),  # Quito's first moves from c to b
            _edit("b.txt", "Lugo and", "Gamma delta and Lugo and"),  # two stems first in b, swapped
            _edit("b.txt", "Gamma delta and Lugo and", "Lugo and"),  # and back to c
            _edit("a.txt", "The quay of Ortega", "Theta, eta and zeta: the quay of Ortega"),  # from d to a
            _edit("b.txt", "with Quito quay", ""),
            _edit("a.txt", "Theta, eta and zeta: t", "T"),
        ),
    )
    assert not sorted_again


@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_pairs_renumbered_a_chunk_at_a_time_are_a_full_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The pairs kept are renumbered a few at a time into the arrays the new ones are inserted into
    (`_pair_postings`): with chunks of one pair and up, with stems that move (their pairs taken out
    of a chunk and merged in), a file first or last, and new pairs before, between and after the
    kept ones, each update equals a full build."""
    from bot.index import search_update

    monkeypatch.setattr(search_update, "_CHUNK", chunk)
    files = {
        "a.txt": "Alpha\n\nThe quay of Ortega was rebuilt by the harbour board.\n",
        "b.txt": "Beta\n\nLugo and the quay. Ortega came later with the harbour board.\n",
        "c.txt": "Gamma\n\nDelta gamma, Lugo, Ortega and Quito by the quay.\n\nQuito quay again.\n",
    }
    root = write(tmp_path / "corpus", files)
    _each_update_equals_a_full_build(
        root,
        (
            _edit("b.txt", "later", "later with Quito quay"),  # Quito's first moves from c to b
            _edit("a.txt", "The quay", "Aardvark abbey and the quay"),  # pairs before every other
            _edit("c.txt", "Quito quay again.", "Zulu zebra quay again, Ortega harbour board."),
            _edit("b.txt", "Lugo and the quay. ", ""),
            _add("d.txt", "Delta\n\nThe harbour board of Ortega and the quay.\n"),
            _remove("a.txt"),
        ),
    )


def test_values_inserted_in_place_are_np_insert() -> None:
    from bot.index.search_update import _insert_in_place

    rng = np.random.default_rng(5)
    for k, m in ((0, 0), (0, 3), (5, 0), (1, 1), (10, 4), (50, 30), (7, 20)):
        old = rng.integers(0, 1000, k)
        at = np.sort(rng.integers(0, k + 1, m))
        values = rng.integers(0, 1000, m)
        buf = np.empty(k + m, dtype=np.int64)
        buf[:k] = old
        _insert_in_place(buf, k, at, values)
        assert np.array_equal(buf, np.insert(old, at, values)), (k, m)


def test_words_that_leave_and_join_the_corpus_are_found_as_after_a_full_build(tmp_path: Path) -> None:
    """An update whose edits take words out of the whole corpus and bring new ones in, in other
    scripts too (the sorted words, the Chinese words and the keys across scripts are updated from the
    last index's): each is found, or no longer found, as after a build from scratch."""
    files = {
        "a.txt": "Alpha\n\nThe quay of Ortega was rebuilt by Хабаровск engineers.\n",
        "b.txt": "Beta\n\nLugo and the quay. 唐山 came later.\n",
        "c.txt": "Gamma\n\nLugo, Ortega and Quito.\n",
    }
    root = write(tmp_path / "corpus", files)
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    for change, found, gone in (
        (_edit("b.txt", "唐山", "杨利伟 and Zanzibar"), ["Yang Liwei", "Zanzibar"], "Tangshan"),
        (_edit("a.txt", "Хабаровск", "Gagarin"), ["Gagarin"], "Khabarovsk"),
        (_edit("c.txt", "Quito", "Юрия Гагарина"), ["Yuri Gagarin"], "Quito"),
    ):
        change(root)
        got = update(root, EMPTY, previous)
        assert got.search_updated
        index = as_index(got, EMPTY)
        for query in found:
            assert index.search.search(query, limit=3), query
        assert not index.search.search(gone, limit=3)
        assert_same_as_a_full_rebuild(index, root, EMPTY)
        previous = got.parts


def test_the_typo_index_updated_is_the_one_built() -> None:
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdeklmnorst") for _ in range(rng.randint(2, 9))) for _ in range(400)]
    first = words[:300]
    old = TypoIndex(first)
    # the same keys, some gone and some new, keys before every other (""-prefixed "aa…"), none left
    for keys in (first, words[50:350], words[100:], words[:10], ["aaaaa", *first[1:]], []):
        got, built = old.updated(set(keys) - set(first), set(first) - set(keys)), TypoIndex(keys)
        assert got._keys == built._keys
        assert got._gram_post.keys() == built._gram_post.keys()
        assert all(np.array_equal(got._gram_post[g], built._gram_post[g]) for g in built._gram_post)
        assert all(got._gram_post[g].dtype == np.int32 for g in got._gram_post)
        assert np.array_equal(got._len, built._len) and list(got._key_array) == list(built._key_array)
        assert [got.candidates(w, 2) for w in words[::7]] == [built.candidates(w, 2) for w in words[::7]]
    # Updated again and again from the last update, as a running bot's reloads do.
    last, held = old, set(first)
    for step in range(12):
        keys = set(rng.sample(words, rng.randint(0, 400)) if step % 4 else held | {f"zz{step}aaa"})
        last, built = last.updated(keys - held, held - keys), TypoIndex(keys)
        held = keys
        assert _same_state(last.__getstate__(), built.__getstate__())
    # Keys gone at both ends and new ones at the start, the end and several at one place: the
    # keys, their array and lengths spliced as a build sorts them.
    ends = sorted(set(first))
    between = [k + tail for k in ends[100:103] for tail in ("q", "qq")]
    keys = {*ends[1:-1], "aaaaa", "aaaab", "zzzzz", *between}
    got, built = old.updated(keys - set(first), set(first) - keys), TypoIndex(keys)
    assert _same_state(got.__getstate__(), built.__getstate__())


def test_a_name_that_stops_being_rare_splits_events_on_days_no_edit_touched(tmp_path: Path) -> None:
    """The merge tells events apart by the rare names they share; a name is rare in at most 3 % of
    the paragraphs. A file added elsewhere that makes "Ortega" and "Lugo" common must merge again
    the day whose events they joined, though no mention of that day changed."""
    filler = "\n\n".join(f"Filler paragraph number {i} about the weather." for i in range(100))
    files = {
        "a.txt": "Talks\n\nOn 4 September 2019 Ortega met Lugo in Quito.\n",
        "b.txt": "Summit\n\nOrtega and Lugo signed the accord in Quito on 4 September 2019.\n",
        "filler.txt": f"Weather\n\n{filler}\n",
    }
    root = write(tmp_path / "corpus", files)
    first = update(root, EMPTY, None)  # type: ignore[arg-type]
    merged = [e for e in first.events.events if (e.month, e.day) == (9, 4)]
    assert len(merged) == 1 and len(merged[0].sources) == 2
    _add("c.txt", "Profiles\n\nOrtega and Lugo.\n\nLugo and Ortega again.\n\nOrtega, Lugo, Quito.\n")(root)
    got = update(root, EMPTY, first.parts)
    assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
    assert len([e for e in got.events.events if (e.month, e.day) == (9, 4)]) == 2
    assert got.remerged == 1


def test_tipped_words_are_the_words_whose_rarity_changed() -> None:
    from collections import Counter

    old = Counter({"ortega": 3, "lugo": 1, "quito": 4, "china": 50})
    new = Counter({"ortega": 4, "lugo": 1, "quito": 4, "china": 50})
    # 100 paragraphs: rare means in at most 3. Ortega's count changed past it.
    assert tipped_words(old, 100, new, 100, {"ortega"}) == {"ortega"}
    # 134 paragraphs: the limit is 4, so Quito (unchanged) tips too.
    assert tipped_words(old, 100, new, 134, {"ortega"}) == {"quito"}
    assert tipped_words(old, 100, old, 100, set()) == set()


def test_words_joined_from_the_last_join_are_tokens_concat(monkeypatch: pytest.MonkeyPatch) -> None:
    """An update joins the files' words renumbering the last join's ids of the unchanged files: the
    same vocabulary order and ids as Tokens.concat, also when a file moves words' first appearance
    (one that keeps its words and gains others', earlier or later ones', is joined from the last
    join's order, `_after_one_changed`)."""
    from bot.index import search_update

    short: list[bool] = []
    after = search_update._after_one_changed
    monkeypatch.setattr(search_update, "_after_one_changed", lambda *a: short.append(bool(got := after(*a))) or got)
    corpus = load_corpus(SEEDS)
    by_file: dict[str, list] = {}
    for a in corpus.articles:
        by_file.setdefault(a.file, []).append(a)
    files = [tokenize(passages_of(arts)) for arts in by_file.values()]
    rng = random.Random(3)
    _, last = join_tokens(files)
    for step in range(12):
        files = list(files)
        i = rng.randrange(len(files))
        other = rng.choice(files)
        if step % 2:  # a file gains words: its own first, or another file's, and new ones
            words = [*other.vocab[:20], *files[i].vocab, f"zanzibar{step}"]
            files[i] = tokenize([Passage(0, 1, " ".join(words[20:] if step % 4 == 1 else words))])
        elif rng.random() < 0.3:
            del files[i]  # a file removed
        else:  # a file changed: another file's words, or new ones
            files[i] = tokenize([Passage(0, 1, f"Zanzibar{rng.randrange(9)} quay {' '.join(other.vocab[:20])}")])
        stream, _ = join_tokens(files, last, whole=False)  # an update's: no word stream of every file
        got, last = join_tokens(files, last)
        want = Tokens.concat(files)
        assert got.vocab == want.vocab
        assert all(np.array_equal(getattr(got, f), getattr(want, f)) for f in ("ids", "lengths", "lang", "votes"))
        assert len(stream.ids) == 0 and np.array_equal(last.ids(), want.ids)
        if i < len(files):  # one file's words alone, as an update reads its changed files'
            start = sum(len(f.ids) for f in files[:i])
            assert np.array_equal(last.ids([i]), want.ids[start : start + len(files[i].ids)])
    assert any(short) and not all(short)


def test_the_best_impact_per_run_is_reduceats() -> None:
    """An article posting's best impact (the runs of one value read as they are, the longer ones
    reduced) is np.maximum.reduceat's, whatever the runs."""
    from bot.index.search import _run_max

    rng = np.random.default_rng(1)
    for n in [1, 2, 3, *rng.integers(4, 80, 200).tolist()]:
        values = rng.random(n).astype(np.float32)
        cuts = np.sort(rng.choice(np.arange(1, n), size=rng.integers(0, n), replace=False)) if n > 1 else []
        starts = np.concatenate(([0], cuts)).astype(np.int64)
        count = np.diff(np.append(starts, n)).astype(np.int32)
        got, want = _run_max(values, starts, count), np.maximum.reduceat(values, starts)
        assert got.dtype == want.dtype and np.array_equal(got, want)


def test_name_tables_and_keys_updated_are_a_full_builds(tmp_path: Path) -> None:
    """The name tables, transliteration keys and typo index of an update are the last build's with
    the words gone taken out and the new ones keyed: equal to a full build's when a consonant key
    crosses the cap (more than 3 words share it: left out) both ways, when a word gone held a key
    left out, when the corpus gains and loses a language, and when words in Cyrillic and Chinese
    leave and join."""
    files = {
        # "mrn": five words share it (capped); Ortega and Lugo keep other keys going.
        "a.txt": "Alpha\n\nMaren met Marin and Moran in Ortega.\n",
        "b.txt": "Beta\n\nMuran and Miron sailed to Lugo with Хабаровск engineers.\n",
        "c.txt": "Gamma\n\nThe quay of 唐山 and Quito.\n",
    }
    root = write(tmp_path / "corpus", files)
    _each_update_equals_a_full_build(
        root,
        (
            _edit("b.txt", "Muran and Miron", "Bruno"),  # "mrn" down to three words: kept from now on
            _edit("a.txt", "Moran", "Myrna"),  # a word gone for another under the same key
            _edit("b.txt", "Bruno", "Muran and Miron"),  # back over the cap
            _edit("a.txt", "Maren met Marin and Myrna", "Karl"),  # gone while capped: down to two
            _add("es.txt", "Uno\n\nEl puerto de la ciudad y los barcos que llegan en el verano.\n"),  # Spanish
            _edit("c.txt", "唐山", "杨利伟 and Юрия Гагарина"),
            _edit("b.txt", "Хабаровск", "Khabarovsk"),
            _remove("es.txt"),  # Spanish gone
            _edit("c.txt", "杨利伟 and Юрия Гагарина", "Гагарин"),
        ),
    )


def test_a_name_table_updated_is_the_one_built() -> None:
    """NameTable.updated: the entries of the ids that stay renumbered, the new ones added, keys no
    id holds any more dropped (with the width of the longest left), then capped as a build caps."""
    rng = random.Random(11)
    keys = ["".join(rng.choice("kmnrst") for _ in range(rng.randint(1, 6))) for _ in range(300)]
    for _ in range(20):
        ids = rng.sample(range(300), rng.randint(0, 120))
        old = NameTable.build([keys[i] for i in ids], list(range(len(ids))))
        stays = [i for i in ids if rng.random() < 0.8]
        new = rng.sample([i for i in range(300) if i not in ids], rng.randint(0, 30))
        now = rng.sample(stays + new, len(stays) + len(new))  # the ids renumbered, in another order
        renumber = np.array([now.index(i) if i in now else -1 for i in ids], dtype=np.int32)
        got = old.updated(renumber, [keys[i] for i in new], [now.index(i) for i in new])
        built = NameTable.build([keys[i] for i in now], list(range(len(now))))
        for most in (None, 1, 3):
            a, b = (got, built) if most is None else (got.capped(most), built.capped(most))
            assert _same_state(vars(a), vars(b))


@pytest.mark.parametrize(
    ("new", "gone"),
    [
        ([], []),  # nothing new: the keys as they were
        (["mrn"], []),  # new entries under keys held: no key new
        (["kt", "zzzzzzzzzz"], []),  # new keys, one wider than every old one
        ([], ["mrn"]),  # a key that leaves (the longest: the width shrinks)
        (["a"], ["s"]),  # one key comes as another goes
    ],
)
def test_a_name_table_updated_without_sorting_its_keys_is_the_one_built(new: list[str], gone: list[str]) -> None:
    """NameTable.updated inserts the keys not held yet where they go, and keeps the keys as they
    are when none is new: the table a build makes, whether a key is new, none is, or one leaves."""
    words = ["mrnq", "mrn", "kst", "s", "mrn", "t"]  # id i's key
    old = NameTable.build(words, list(range(len(words))))
    left = [i for i, w in enumerate(words) if w not in gone]
    renumber = np.full(len(words), -1, dtype=np.int32)
    renumber[left] = np.arange(len(left), dtype=np.int32)
    ids = list(range(len(left), len(left) + len(new)))
    got = old.updated(renumber, new, ids)
    built = NameTable.build([words[i] for i in left] + new, list(range(len(left))) + ids)
    assert _same_state(vars(got), vars(built))


def test_keys_numbered_again_keep_the_last_dictionary_only_when_nothing_moved() -> None:
    """_Extended.in_order: the last build's dictionary itself when no key is new, gone or moved;
    otherwise one numbered in order of first appearance, as a build numbers them."""
    from bot.index.search import _Extended

    last = {"b": 0, "a": 1, "c": 2}
    same = _Extended(last)
    named, ids = same.in_order(np.array([0, -1, 1, 0, 2], dtype=np.int32))
    assert named is last and ids.tolist() == [0, -1, 1, 0, 2]
    for ids_then, keys, want in (
        ([1, 0, 2], [], {"a": 0, "b": 1, "c": 2}),  # moved
        ([0, 2], [], {"b": 0, "c": 1}),  # "a" gone
        ([0, 1, 2, 3], ["d"], {"b": 0, "a": 1, "c": 2, "d": 3}),  # "d" new, after the others
        ([0, 3, 1, 2], ["d"], {"b": 0, "d": 1, "a": 2, "c": 3}),  # "d" new, among them
    ):
        extended = _Extended(last)
        assert [extended.id(k) for k in keys] == list(range(3, 3 + len(keys)))
        named, _ = extended.in_order(np.array(ids_then, dtype=np.int32))
        assert named == want and list(named) == list(want) and named is not last


def test_sorted_words_hold_exactly_their_words() -> None:
    words = SortedWords(["harbour", "déjà", "quay"])
    assert words.holds(["harbour", "harbou", "harbours", "déjà", "deja", "quay", "quayside", ""]).tolist() == [
        True, False, False, True, False, True, False, False,
    ]  # fmt: skip
    assert SortedWords([]).holds(["quay"]).tolist() == [False]


def _assert_same_words_read(got: SearchIndex, fresh: SearchIndex) -> None:
    """What an update keeps for the next one from reading the words: each (language, word) pair's
    token count and stem, and the stems per language, as a full build has them."""
    mine, theirs = got._kept_pairs, fresh._kept_pairs
    assert mine.v == theirs.v
    for field in ("keys", "counts", "stems"):
        assert _same(getattr(mine, field), getattr(theirs, field)), field
    assert got.word_cache().stems == fresh.word_cache().stems


def test_word_counts_updated_are_a_full_builds(tmp_path: Path) -> None:
    """An update reads only the changed files' tokens: the last build's (language, word) token
    counts less the files gone, plus the new ones. Equal to a full build's when a word's count
    drops to zero (in one language of two, then in all), a language appears and disappears,
    Cyrillic and Chinese words leave and join, and files are added and removed."""
    spanish = "Uno\n\nEl puerto de la ciudad y los barcos que llegan en el verano con Ortega.\n"
    files = {
        "a.txt": "Alpha\n\nThe quay of Ortega was rebuilt by Хабаровск engineers.\n",
        "b.txt": "Beta\n\nLugo and the quay. 唐山 came later, and the quay again.\n",
        "c.txt": "Gamma\n\nLugo, Ortega and Quito.\n",
    }
    root = write(tmp_path / "corpus", files)
    _each_update_equals_a_full_build(
        root,
        (
            _add("es.txt", spanish),  # Spanish appears: "ortega" in two languages
            _edit("es.txt", "con Ortega", "con Lugo"),  # Spanish "ortega" down to zero, English stays
            _edit("b.txt", "quay. 唐山 came later, and the quay again", "pier. 杨利伟 and Юрия"),  # "quay" one fewer
            _edit("a.txt", "quay of Ortega", "pier of Lugo"),  # "quay" and "хабаровск"'s neighbours gone
            _remove("es.txt"),  # Spanish gone
            _edit("c.txt", "Ortega", "Гагарина"),  # "ortega" gone from the corpus
            _remove("a.txt"),
            _add("a.txt", files["a.txt"]),  # every word of it back, "ortega" first again
            _add("0.txt", "Zero\n\n唐山 and Quito before all the others.\n"),
        ),
        also=_assert_same_words_read_as_built,
    )


@pytest.mark.parametrize("path", ["_words_read", "_postings_in_order", "_stems_that_move"])
def test_an_update_that_cannot_take_its_short_way_equals_a_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    """When the last build kept no word counts (every token is read), the postings cannot be
    moved by passage (keyed again and merged), or the pairs kept are out of order (sorted again),
    the update still equals a full build."""
    from bot.index import search_update

    monkeypatch.setattr(search_update, path, lambda *_: None)
    root = write(tmp_path / "corpus", FILES)
    previous = update(root, EMPTY, None).parts  # type: ignore[arg-type]
    for change, _, _ in STEPS:
        change(root)
        got = update(root, EMPTY, previous)
        assert got.search_updated
        assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
        _assert_same_words_read(got.search, SearchIndex.from_corpus(load_corpus(root)))
        previous = got.parts


def test_passages_moved_for_all_files_at_once_are_a_loop_over_the_files() -> None:
    """`_moved`: files changed, added (-1), removed (their old passages -1), empty and in another
    order, as a loop over the files numbers them."""
    from bot.index.search_update import _moved

    rng = random.Random(5)
    for _ in range(200):
        sizes = [rng.choice((0, 1, 2, 5)) for _ in range(rng.randint(0, 8))]
        starts = list(itertools.accumulate(sizes, initial=0))[:-1]
        files = [(s, k) for s, k in zip(starts, sizes, strict=True) if rng.random() > 0.2]  # some removed
        if rng.random() < 0.3:
            rng.shuffle(files)
        segments = [(-1, k) if rng.random() < 0.3 else (s, k) for s, k in files]
        segments += [(-1, rng.randint(0, 3))] if rng.random() < 0.3 else []
        moved = np.full(sum(sizes), -1, dtype=np.int32)
        fresh = np.zeros(sum(k for _, k in segments), dtype=bool)
        at = 0
        for start, count in segments:
            if start < 0:
                fresh[at : at + count] = True
            else:
                moved[start : start + count] = np.arange(at, at + count, dtype=np.int32)
            at += count
        got_moved, got_fresh = _moved(segments, sum(sizes))
        assert _same(got_moved, moved) and _same(got_fresh, fresh)


def test_a_step_in_the_background_raises_where_it_is_joined() -> None:
    from bot.index.background import Background

    def fails() -> None:
        raise ValueError("in the thread")

    step = Background(fails, "test")
    with pytest.raises(ValueError, match="in the thread"):
        step.join()
    done: list[int] = []
    Background(lambda: done.append(1), "test").join()
    assert done == [1]
