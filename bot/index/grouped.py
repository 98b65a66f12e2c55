"""The passage index's tables of word keys (transliteration skeletons, romanized forms) → stem ids,
kept as one sorted array with each key's run in it instead of a tuple per key.

A dictionary of tuples costs a Python object per key and per entry: building it was most of an
update's passage index (0.3–0.5 s of Python at 100,000 passages, for 60,000 keys), and unpickling
it a share of every opening. Made from arrays, it is a few numpy sorts; a key's tuple is made when a
query reads it. What a reader sees is the same: the key's entries as a sorted tuple.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, KeysView, Mapping, Sequence

import numpy as np


class _Runs:
    """Key → its run [bounds[i], bounds[i + 1]) of the sorted entries."""

    def __init__(self, ids: dict[str, int], bounds: np.ndarray) -> None:
        self._ids = ids
        self._bounds = bounds

    def _run(self, key: str) -> tuple[int, int]:
        i = self._ids[key]
        return int(self._bounds[i]), int(self._bounds[i + 1])

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def names(self) -> KeysView[str]:
        """The keys, as a view that takes set operations in C."""
        return self._ids.keys()


class StemTable(_Runs, Mapping[str, tuple[int, ...]]):
    """Key → the sorted stem ids filed under it."""

    def __init__(self, ids: dict[str, int], bounds: np.ndarray, stems: np.ndarray) -> None:
        super().__init__(ids, bounds)
        self._stems = stems

    def __getitem__(self, key: str) -> tuple[int, ...]:
        lo, hi = self._run(key)
        return tuple(self._stems[lo:hi].tolist())

    @classmethod
    def build(cls, ids: dict[str, int], key_of: np.ndarray, stems: np.ndarray, n_stems: int) -> StemTable:
        """From (key id, stem id) entries, duplicates allowed; every key of `ids` must have one."""
        code = _distinct(key_of.astype(np.int64) * max(n_stems, 1) + stems)
        kid, stem = np.divmod(code, max(n_stems, 1))
        return cls(ids, np.searchsorted(kid, np.arange(len(ids) + 1)), stem.astype(np.int32))


class KeyTable(_Runs, Mapping[str, tuple[tuple[int, bool], ...]]):
    """Key → the sorted (stem id, whether the word it came from is in Latin letters) filed under it."""

    def __init__(self, ids: dict[str, int], bounds: np.ndarray, stems: np.ndarray, latin: np.ndarray) -> None:
        super().__init__(ids, bounds)
        self._stems = stems
        self._latin = latin

    def __getitem__(self, key: str) -> tuple[tuple[int, bool], ...]:
        lo, hi = self._run(key)
        return tuple(zip(self._stems[lo:hi].tolist(), self._latin[lo:hi].tolist(), strict=True))

    @classmethod
    def build(
        cls, ids: dict[str, int], key_of: np.ndarray, stems: np.ndarray, latin: np.ndarray, n_stems: int
    ) -> KeyTable:
        """From (key id, stem id, latin) entries, duplicates allowed; every key of `ids` must have one."""
        code = _distinct((key_of.astype(np.int64) * max(n_stems, 1) + stems) * 2 + latin)
        kid, rest = np.divmod(code, 2 * max(n_stems, 1))
        stem, flag = np.divmod(rest, 2)
        return cls(ids, np.searchsorted(kid, np.arange(len(ids) + 1)), stem.astype(np.int32), flag.astype(bool))

    def foreign(self) -> list[str]:
        """The keys, sorted, with an entry from a word not in Latin letters."""
        kid = np.searchsorted(self._bounds, np.flatnonzero(~self._latin), side="right") - 1
        names = list(self._ids)
        return sorted(names[i] for i in _distinct(kid).tolist())


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values), sorted in place (numpy's hashes first: about twice as long here)."""
    values.sort()
    if len(values) < 2:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


class NameTable(Mapping[str, tuple[int, ...]]):
    """Key → the sorted ids filed under it, for keys in ASCII (consonant keys of names). The keys
    are one sorted array of bytes, found by binary search: no Python object per key, so a persisted
    index maps it from the file (bot/index/persist.py) instead of unpickling a dictionary."""

    def __init__(self, keys: np.ndarray, bounds: np.ndarray, ids: np.ndarray) -> None:
        self._keys = keys
        self._bounds = bounds
        self._ids = ids

    @classmethod
    def build(cls, keys: list[str], ids: list[int], most: int | None = None) -> NameTable:
        """From (key, id) pairs, each once; a key filed under more than `most` ids is left out."""
        if not keys:
            return cls._empty()
        names, key_of = np.unique(np.array(keys, dtype=np.bytes_), return_inverse=True)
        table = cls._sorted(names, key_of, np.array(ids, dtype=np.int32))
        return table if most is None else table.capped(most)

    @classmethod
    def _empty(cls) -> NameTable:
        return cls(np.zeros(0, "S1"), np.zeros(1, np.int64), np.zeros(0, np.int32))

    @classmethod
    def _sorted(cls, names: np.ndarray, key_of: np.ndarray, values: np.ndarray) -> NameTable:
        """From `names` (sorted, distinct, each with an entry) and the entries (key index, id, at
        least 0). Sorted as one int64 key (key × ids + id), stable: entries already in order, as an
        update's kept ones mostly are, are merged as runs, not sorted again as a lexsort would."""
        span = int(values.max(initial=0)) + 1
        code = key_of.astype(np.int64) * span + values
        code.sort(kind="stable")
        counts = np.bincount(key_of, minlength=len(names))
        return cls(names, np.concatenate(([0], np.cumsum(counts))), (code % span).astype(np.int32))

    def capped(self, most: int) -> NameTable:
        """This table without the keys filed under more than `most` ids (the strings keep their width)."""
        counts = np.diff(self._bounds)
        small = counts <= most
        bounds = np.concatenate(([0], np.cumsum(counts[small])))
        return NameTable(self._keys[small], bounds, self._ids[np.repeat(small, counts)])

    def updated(self, renumber: np.ndarray, keys: list[str], ids: list[int]) -> NameTable:
        """`build` (without `most`) of this table's pairs, each id i as renumber[i] (-1: the pair is
        left out), and of the pairs (`keys`, `ids`): an update's table from the last build's, keying
        only the words new to the corpus."""
        old_key = np.repeat(np.arange(len(self._keys)), np.diff(self._bounds))
        old_id = renumber[self._ids].astype(np.int32)
        kept = old_id >= 0
        new_names, new_of = np.unique(np.array(keys, dtype=np.bytes_), return_inverse=True)
        names, old_at, new_at = self._with_names(new_names)
        key_of = np.concatenate((old_at[old_key[kept]], new_at[new_of]))
        if not len(key_of):
            return self._empty()
        used = np.zeros(len(names), dtype=bool)
        used[key_of] = True
        if not used.all():  # a key no word has any more: left out, and the width is its longest left
            names = names[used]
            names = names.astype(f"S{int(np.strings.str_len(names).max())}")
            key_of = (np.cumsum(used) - 1)[key_of]
        return self._sorted(names, key_of, np.concatenate((old_id[kept], np.array(ids, dtype=np.int32))))

    def _with_names(self, new: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """This table's keys with `new` (sorted, distinct), sorted, and where each old and new one
        is in them: the keys not held yet inserted where they go, not every key's bytes sorted
        again (np.union1d). When each new key is an old one (most updates), the keys as they are."""
        width = max(self._keys.dtype.itemsize, new.dtype.itemsize)
        old = self._keys if width == self._keys.dtype.itemsize else self._keys.astype(f"S{width}")
        probe = new.astype(f"S{width}")
        at = np.searchsorted(old, probe)
        held = np.zeros(len(probe), dtype=bool)
        inside = at < len(old)
        held[inside] = old[at[inside]] == probe[inside]
        if held.all():
            return old, np.arange(len(old)), at
        fresh = np.flatnonzero(~held)
        # each old key moves up by the new ones inserted before it; a new one by those before it
        old_at = np.arange(len(old)) + np.searchsorted(at[fresh], np.arange(len(old)), side="right")
        new_at = old_at[np.minimum(at, max(len(old) - 1, 0))] if len(old) else at.copy()
        new_at[fresh] = at[fresh] + np.arange(len(fresh))
        return np.insert(old, at[fresh], probe[fresh]), old_at, new_at

    def _find(self, key: object) -> int:
        """The key's position in `_keys`, or -1."""
        if not isinstance(key, str) or not key.isascii():
            return -1
        raw = key.encode()
        i = int(np.searchsorted(self._keys, raw))
        # (a key longer than the array's strings is cut to their width by the search: compared whole here)
        return i if i < len(self._keys) and self._keys[i] == raw else -1

    def __getitem__(self, key: str) -> tuple[int, ...]:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return tuple(self._ids[self._bounds[i] : self._bounds[i + 1]].tolist())

    def __contains__(self, key: object) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        return (k.decode() for k in self._keys.tolist())


class SortedWords:
    """A set of words as one sorted array of their UTF-8 bytes: asked of a few words at a time, it
    costs a fraction of the memory of a set of strings (the everyday words of three languages: 0.7
    MB, not 10)."""

    def __init__(self, words: Iterable[str]) -> None:
        raw = sorted(w.encode() for w in words)
        self._words = np.array(raw, dtype=np.bytes_) if raw else np.zeros(0, "S1")

    def holds(self, words: Sequence[str]) -> np.ndarray:
        """Per word, whether it is in the set."""
        if not len(self._words) or not words:
            return np.zeros(len(words), dtype=bool)
        raw = [w.encode() for w in words]
        width = self._words.dtype.itemsize
        fits = np.fromiter((len(r) <= width for r in raw), bool, len(raw))
        probe = np.array(raw, dtype=self._words.dtype)  # a longer word is cut, and left out by `fits`
        at = np.minimum(np.searchsorted(self._words, probe), len(self._words) - 1)
        return fits & (self._words[at] == probe)
