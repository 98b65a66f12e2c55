"""Typo candidates: vocabulary keys within a few edits of a query word, without scanning the
vocabulary.

A word within edit distance d of another keeps all but at most 3·d of its distinct padded bigrams
(an adjacent swap breaks 3), so a bigram index of the keys yields the few that share enough
bigrams and fit the length window, and rapidfuzz's OSA distance (adjacent swaps count 1) confirms
them. Keys are transliteration skeletons (translit.skeleton), so one index serves typos, other
scripts and other romanisations alike.
"""

from __future__ import annotations

import bisect
import itertools
from collections import OrderedDict, defaultdict
from collections.abc import Iterable

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

MIN_CHARS = 4  # shorter keys are too ambiguous to correct
MAX_CANDIDATES = 12
MAX_CHECKED = 400  # edit distances computed per query word, at most


def bigrams(term: str) -> set[str]:
    padded = f"^{term}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


class TypoIndex:
    def __init__(self, keys: Iterable[str]) -> None:
        fuzzy = sorted(k for k in keys if len(k) >= MIN_CHARS)
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(fuzzy):
            for g in bigrams(t):
                postings[g].append(i)
        self._keys = fuzzy
        self._key_array = np.array(fuzzy, dtype=object)
        self._len = np.fromiter(map(len, fuzzy), np.int16, len(fuzzy))
        self._gram_post = {g: np.array(ids, dtype=np.int32) for g, ids in postings.items()}
        self._cache: OrderedDict[tuple[str, int], list[tuple[str, int]]] = OrderedDict()

    def updated(self, added: Iterable[str], removed: Iterable[str]) -> TypoIndex:
        """`TypoIndex(keys)` of this index's keys less `removed`, with `added` (keys it lacks), from
        this index (an update's: most keys are the same). The postings of the keys both hold are
        this index's, renumbered (both are sorted, so they stay in order); the keys before the
        first one added or removed keep their numbers, and a bigram only they hold its array."""
        old = self._keys
        gone = [i for i in sorted(map(self._find, removed)) if i >= 0]
        new = sorted(k for k in added if len(k) >= MIN_CHARS and self._find(k) < 0)
        out = TypoIndex(())
        if not gone and not new:
            out._keys, out._key_array, out._len, out._gram_post = old, self._key_array, self._len, self._gram_post
            return out
        stays = np.ones(len(old), dtype=bool)
        stays[gone] = False
        kept = _without(old, gone)
        at = np.array([bisect.bisect_left(kept, k) for k in new], dtype=np.int64)  # sorted, as `new` is
        # Each kept key moves up by the new keys before it; the new ones go in between.
        now = np.arange(len(kept)) + np.searchsorted(at, np.arange(len(kept)), side="right")
        renumber = np.full(len(old), -1, dtype=np.int32)
        renumber[stays] = now
        new_ids = (at + np.arange(len(new))).tolist()
        fuzzy = _inserted(kept, at.tolist(), new)
        added_post: defaultdict[str, list[int]] = defaultdict(list)
        for i, k in zip(new_ids, new, strict=True):
            for g in bigrams(k):
                added_post[g].append(i)
        # Below the first key added or removed, every number stays.
        same_below = min(gone[0] if gone else len(old), int(at[0]) if new else len(old))
        gram_post = {}
        for g, ids in self._gram_post.items():
            got = ids
            if ids[-1] >= same_below:
                got = renumber[ids]
                got = got[got >= 0] if gone else got
            more = added_post.pop(g, None)
            if more is not None:
                got = np.sort(np.concatenate((got, np.array(more, dtype=np.int32))))
            if len(got):
                gram_post[g] = got
        gram_post.update((g, np.array(ids, dtype=np.int32)) for g, ids in added_post.items())
        out._keys = fuzzy
        # The keys' array and lengths spliced as the list is (a whole array of 70,000 keys again was
        # a tenth of an update's typo index)
        out._key_array = np.insert(np.delete(self._key_array, gone), at, np.array(new, dtype=object))
        out._len = np.insert(np.delete(self._len, gone), at, np.fromiter(map(len, new), np.int16, len(new)))
        out._gram_post = _in_build_order(gram_post, fuzzy)
        return out

    def _find(self, key: str) -> int:
        """The key's number, or -1."""
        i = bisect.bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def clear_cache(self) -> None:
        self._cache.clear()

    def __getstate__(self) -> dict[str, object]:
        # Without the lookup cache: it is per process, and a running bot's queries change it while
        # the index is being persisted in the background.
        return {**self.__dict__, "_cache": OrderedDict()}

    def candidates(self, key: str, max_d: int) -> list[tuple[str, int]]:
        """(key, edit distance) pairs within `max_d` of `key` (itself excluded), closest first."""
        cached = self._cache.get((key, max_d))
        if cached is not None:
            return cached
        grams = bigrams(key)
        lists = [self._gram_post[g] for g in grams if g in self._gram_post]
        need = len(grams) - 3 * max_d
        out: list[tuple[str, int]] = []
        if lists and need <= len(lists):
            counts = np.bincount(np.concatenate(lists), minlength=len(self._keys))
            # The keys sharing enough bigrams, then of those few, the ones of a length in reach
            # (not a pass over the whole vocabulary for each test).
            ok = np.flatnonzero(counts >= max(need, 1))
            ok = ok[np.abs(self._len[ok] - len(key)) <= max_d]
            if ok.size > MAX_CHECKED:  # keep those sharing the most bigrams (ties: vocabulary order)
                ok = np.sort(ok[np.argsort(-counts[ok], kind="stable")[:MAX_CHECKED]])
            cands = self._key_array[ok].tolist()
            found = process.extract(key, cands, scorer=OSA.distance, score_cutoff=max_d, limit=MAX_CANDIDATES + 1)
            out = sorted(((c, int(d)) for c, d, _ in found if c != key), key=lambda cd: (cd[1], cd[0]))
            out = out[:MAX_CANDIDATES]
        self._cache[(key, max_d)] = out
        if len(self._cache) > 4096:
            self._cache.popitem(last=False)
        return out


def _without(keys: list[str], gone: list[int]) -> list[str]:
    """`keys` without the places `gone` (sorted): a few slices, not a pass over every key."""
    if not gone:
        return list(keys)
    ends = [*gone, len(keys)]
    return list(itertools.chain(keys[: gone[0]], *(keys[a + 1 : b] for a, b in itertools.pairwise(ends))))


def _inserted(keys: list[str], at: list[int], new: list[str]) -> list[str]:
    """`keys` with `new[i]` put before `keys[at[i]]` (`at` sorted): sorted(keys + new) when both are
    sorted and `at` is where each new key goes."""
    if not new:
        return keys
    out = keys[: at[0]]
    for k, lo, hi in zip(new, at, [*at[1:], len(keys)], strict=True):
        out.append(k)
        out.extend(keys[lo:hi])
    return out


def _in_build_order(gram_post: dict[str, np.ndarray], keys: list[str]) -> dict[str, np.ndarray]:
    """`gram_post` in the order a build meets its bigrams (a dictionary pickles in its order): by
    the first key holding each, then as `bigrams` of that key yields them."""
    firsts = sorted({int(ids[0]) for ids in gram_post.values()})
    return {g: gram_post[g] for k in firsts for g in bigrams(keys[k]) if g in gram_post and gram_post[g][0] == k}
