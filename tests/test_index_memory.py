"""What a build keeps in less memory (issue 15): the worker processes' reasons shared when equal, a
step's lookups kept pickled, the heap's free pages given back. Every reason reads, and renders in
every language, as the one the year rules made; every lookup is the one made."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest

from bot.corpus import load_corpus
from bot.i18n.pieces import Day, Ordinal, Reason, Weekday, Why, join, reason, render
from bot.i18n.translator import Translator
from bot.index import build as build_module
from bot.index import parts, persist
from bot.index.canon import Reasons
from bot.index.dates.anniversaries import Base
from bot.index.dates.events import build_event_index
from tests.test_index_parts import EMPTY, FILES, as_index, assert_same_as_a_full_rebuild, write


def _pieces(why: str) -> object:
    """A reason's pieces all the way down, with their types: what `render` reads."""
    if isinstance(why, Why):
        return ("Why", str(why), _pieces_of(why.pieces))
    return why


def _pieces_of(x: object) -> object:
    if isinstance(x, Why):
        return _pieces(x)
    if isinstance(x, tuple | list):
        return (type(x).__name__, tuple(_pieces_of(v) for v in x))
    if isinstance(x, dict):
        return ("dict", tuple((k, _pieces_of(v)) for k, v in x.items()))
    return (type(x).__name__, x)


def test_equal_reasons_unpickled_are_one_and_read_as_made() -> None:
    day = reason("on {day}", day=Day(5, 9, 1945))
    made = [join("; ", [day, reason("the {n} return", n=Ordinal(80))]) for _ in range(3)]
    reasons = Reasons()
    got = [reasons.loads(pickle.dumps(w)) for w in made]
    assert got[0] is got[1] is got[2]
    assert _pieces(got[0]) == _pieces(made[0])
    assert got[0] == made[0]


def test_reasons_of_the_same_text_but_other_pieces_stay_apart() -> None:
    # the same English, pieces of other types: a weekday is no ordinal though both are 1-tuples of 3
    a = Why((Reason("{x}", {"x": Weekday(3)}),), "3")
    b = Why((Reason("{x}", {"x": Ordinal(3)}),), "3")
    c = Why(("3",), "3")
    reasons = Reasons()
    got = [reasons.loads(pickle.dumps(w)) for w in (a, b, c, a, b, c)]
    assert [_pieces(w) for w in got] == [_pieces(w) for w in (a, b, c, a, b, c)]
    assert got[0] is got[3] and got[1] is got[4] and got[2] is got[5]
    assert len({id(w) for w in got}) == 3
    # nested reasons: shared ones compare by identity, so an equal nesting is shared too
    outer = [join(", ", [a, "x"]), join(", ", [b, "x"]), join(", ", [a, "x"])]
    nested = [reasons.loads(pickle.dumps(w)) for w in outer]
    assert nested[0] is nested[2] and nested[0] is not nested[1]
    assert [_pieces(w) for w in nested] == [_pieces(w) for w in outer]


def test_lookups_are_kept_pickled_and_read_back_as_made() -> None:
    lookups: tuple[parts.Lookup, ...] = (
        ("the flood", "a1", "the sentence", frozenset({(1, 31)}), Base(1953, reason("stated"), 1.0, "text")),
        ("the fire", "a1", "", frozenset(), None),
    )
    looked = parts.Looked.of(frozenset({"flood", "fire"}), lookups)
    assert looked.lookups == lookups
    assert [_pieces(f.why) for *_, f in looked.lookups if f is not None] == [_pieces(lookups[0][4].why)]
    assert pickle.loads(pickle.dumps(looked)) == looked
    assert parts.Looked.of(frozenset(), ()) is parts._NOTHING_LOOKED == parts.Looked()
    assert pickle.loads(pickle.dumps(parts.Looked())) is parts._NOTHING_LOOKED  # one for every step
    assert parts.Looked().lookups == ()


@pytest.mark.parametrize("workers", [1, 2])
def test_the_reasons_of_a_build_in_worker_processes_render_as_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(parts, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parts, "PARALLEL_MIN_ARTICLES", 0)
    monkeypatch.setattr(parts, "CHUNKS_PER_WORKER", 4)  # several tasks: reasons shared across them
    root = write(tmp_path / "corpus", {**FILES, **{f"copy{i}.txt": FILES["b.txt"] for i in range(4)}})
    key = persist.corpus_key(root, EMPTY)
    got = parts.build(root, EMPTY, key.files, None, workers=workers)
    assert_same_as_a_full_rebuild(as_index(got, EMPTY), root, EMPTY)
    reference = build_event_index(load_corpus(root), EMPTY)
    ours = [(m.text, m.year, _pieces(m.why)) for m in got.events.mentions]
    assert ours == [(m.text, m.year, _pieces(m.why)) for m in reference.mentions]
    tr = Translator("ru")
    assert [render(m.why, tr) for m in got.events.mentions] == [render(m.why, tr) for m in reference.mentions]
    times = [d.first for p in got.parts.files.values() for d in p.dates]
    alone = parts.build(root, EMPTY, key.files, None, workers=1)
    assert [(_pieces(t.why), [_pieces(e.why) for e in f.evidence]) for t, f in times] == [
        (_pieces(t.why), [_pieces(e.why) for e in f.evidence])
        for t, f in (d.first for p in alone.parts.files.values() for d in p.dates)
    ]


def test_the_last_passage_index_is_given_back_once_freed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[int] = []
    monkeypatch.setattr(build_module, "give_back", lambda: given.append(1))
    monkeypatch.setattr(build_module, "_give_back_soon", lambda: given.append(2))
    root = write(tmp_path / "corpus", FILES)
    data = tmp_path / "data"
    first = build_module.build_index(root, EMPTY, data_dir=data, keep_parts=True)
    (root / "e.txt").write_text(FILES["e.txt"].replace("3 May", "4 May"), encoding="utf-8")
    second = build_module.build_index(root, EMPTY, data_dir=data, keep_parts=True)
    assert 2 not in given  # the first index is still held
    del first
    gc.collect()
    assert given.count(2) == 1  # freed: its pages given back
    assert_same_as_a_full_rebuild(second, root, EMPTY)
    build_module._kept.clear()


def test_giving_back_free_pages_is_harmless() -> None:
    from bot.index.heap import give_back

    give_back()
    build_module._give_back_soon()
