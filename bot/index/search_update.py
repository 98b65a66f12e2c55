"""The passage index of an update made from the last build's, when it is at hand (a process that
reloads keeps it): the same index a build from scratch makes, every array and table, without
sorting every token again.

A build (`SearchIndex.__init__`) reads the passages' words and stems (cheap once the words are
known, `WordCache`), then sorts every token into postings (stem, passage) and every pair of
neighbouring words into pair postings (stem, next stem, passage): those sorts were about half of
an update's passage index (0.6–0.8 of 1.3–1.5 s at 100,000 passages). Postings belong to one
passage each, and an unchanged file's passages are read as before, so their postings are the last
build's, with their stems and passages numbered anew; only the changed files' tokens are sorted,
and merged in. What follows the sorts (impacts with the new lengths, the word counts, article
postings, the keys per word) is the build's own code, from the same sorted keys.

The new numbering mostly keeps the order of the old: passages move by whole files, and a stem's
id follows its first appearance in corpus order, which an edit leaves in place for every other
stem, unless it moves a word's first appearance (a word removed from, or added to, the file that
had it first, or an earlier file). Renumbered keys out of order are put back in order by a merge
of their runs (a stable sort), still far less than sorting every token.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.corpus import Article
from bot.index.search import _ONE_SORT_LIMIT, Moved, Passages, SearchIndex, Tokens, WordCache


@dataclass(frozen=True)
class Joined:
    """What `join_tokens` kept of a join for the next one: each part's words' ids in the vocabulary."""

    vocab: tuple[str, ...]
    parts: tuple[Tokens, ...]
    local: tuple[np.ndarray, ...]  # per part: the id in `vocab` of each word of its own vocabulary
    ends: tuple[int, ...] = ()  # per part: how many words of `vocab` it and the parts before it hold


def join_tokens(parts: Sequence[Tokens], previous: Joined | None = None) -> tuple[Tokens, Joined]:
    """`Tokens.concat(parts)`, the same ids, and what to keep for the next join. The words' ids of a
    part the last join had too are its ids then, renumbered, instead of one dictionary lookup per
    word of every file (1.3 million at 100,000 passages)."""
    surface = _first_appearances(parts, previous)
    ids = dict(zip(surface, range(len(surface)), strict=True))
    had: dict[int, np.ndarray] = {}
    if previous is not None:
        renumber = np.fromiter(map(ids.get, previous.vocab, itertools.repeat(-1)), np.int32)
        had = {id(p): renumber[local] for p, local in zip(previous.parts, previous.local, strict=True)}
    local: list[np.ndarray] = []
    flat: list[np.ndarray] = []
    for part in parts:
        got = had.get(id(part))
        if got is None:
            got = np.fromiter(map(ids.__getitem__, part.vocab), np.int32, len(part.vocab))
        local.append(got)
        flat.append(got[part.ids] if len(part.ids) else np.zeros(0, np.int32))

    def join(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
        return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype)

    tokens = Tokens(
        tuple(surface),
        join(flat, np.int32),
        join([p.lengths for p in parts], np.int32),
        join([p.lang for p in parts], np.int8),
        join([p.votes for p in parts], np.int32),
    )
    # Vocabulary ids follow first appearance: the words of the first i parts are the first
    # max(ids of their words) + 1.
    ends = itertools.accumulate((int(got.max()) + 1 if len(got) else 0 for got in local), max)
    return tokens, Joined(tokens.vocab, tuple(parts), tuple(local), tuple(ends))


def _first_appearances(parts: Sequence[Tokens], previous: Joined | None) -> dict[str, None]:
    """The words of `parts` in order of first appearance. The parts before the first one that
    changed since `previous` hold what they held then: that much of its vocabulary is taken as it
    is, not gathered again from every word of those files."""
    same = 0
    if previous is not None and len(previous.ends) == len(previous.parts):
        for p, q in zip(parts, previous.parts, strict=False):
            if p is not q:
                break
            same += 1
    surface = dict.fromkeys(previous.vocab[: previous.ends[same - 1]] if previous is not None and same else ())
    # a word already there keeps its place
    surface.update(dict.fromkeys(itertools.chain.from_iterable(p.vocab for p in parts[same:])))
    return surface


def updated(
    previous: SearchIndex,
    segments: Sequence[tuple[int, int]],
    articles: Sequence[Article],
    passages: Passages,
    tokens: Tokens,
    known: WordCache,
) -> SearchIndex | None:
    """`SearchIndex(articles, passages, tokens, known)`, from `previous` (a build's, this process's).
    `segments`: per corpus file in order, where its passages start in `previous` (-1: a file new or
    changed since) and how many there are. None when the index must be built from scratch."""
    old_tf: np.ndarray | None = getattr(previous, "_post_tf", None)
    n = len(passages)
    if old_tf is None or n == 0 or sum(k for _, k in segments) != n:
        return None
    index = SearchIndex.__new__(SearchIndex)
    index._start(articles, passages)
    tids, lengths, article_of = index._read_words(tokens, known)
    v = max(len(index._stem_terms), 1)
    if v * v * n >= _ONE_SORT_LIMIT:  # pairs keyed otherwise (SearchIndex._build_pairs)
        return None
    # Each old passage's new number (-1: its file changed), and the new passages to read.
    moved = np.full(len(previous.passages), -1, dtype=np.int32)
    fresh = np.zeros(n, dtype=bool)
    at = 0
    for start, count in segments:
        if start < 0:
            fresh[at : at + count] = True
        else:
            moved[start : start + count] = np.arange(at, at + count, dtype=np.int32)
        at += count
    words = Moved.between(previous, index)
    renumber = words.stems.astype(np.int64)
    in_fresh = np.repeat(fresh, lengths)
    fresh_tids = tids[in_fresh]
    fresh_pids = np.repeat(np.flatnonzero(fresh).astype(np.int64), lengths[fresh])
    del tids

    # The changed files' postings: (stem × n + passage) keys, sorted, and term frequencies.
    new_keys = fresh_tids.astype(np.int64) * n + fresh_pids
    new_keys.sort()  # then each key's first index and the next give its term frequency
    new_keys, starts = np.unique(new_keys, return_index=True)
    new_tf = np.diff(starts, append=len(fresh_tids)).astype(np.float32)
    v_now = len(index._stem_terms)
    kept = _postings_in_order(previous, words.stems, moved, v_now)
    if kept is not None:
        pid, tf, per_stem = kept
        at_, new_pid, new_stems = _places(pid, per_stem, new_keys, n)
        per_stem += np.bincount(new_stems, minlength=v_now)
        work = [np.insert(pid, at_, new_pid), np.insert(tf, at_, new_tf)]
        del pid, tf, kept, at_
        index._postings_of(work, np.concatenate(([0], np.cumsum(per_stem))), lengths, article_of)
    else:
        got = _postings_by_keys(previous, renumber, moved, n)
        if got is None:
            return None
        keys, tf = got
        at_ = np.searchsorted(keys, new_keys)
        work = [np.insert(keys, at_, new_keys), np.insert(tf, at_, new_tf)]
        del keys, tf, got, at_
        index._postings_from(work, lengths, article_of)
    del new_keys, new_tf

    # Pair postings: ((stem × v + next stem) × n + passage) keys, function words left out.
    pair_pid = moved[previous._pair_pid]
    keep = pair_pid >= 0
    # Worked in place where it can be: each fresh array the size of the pairs costs its pages
    # (16-80 ms per 30 MB as page faults, on the first update after a build).
    old_pairs = previous._pair_key[keep]
    second = renumber[old_pairs & 0xFFFFFFFF]
    old_pairs >>= 32
    pairs = renumber[old_pairs]
    del old_pairs
    if len(pairs) and min(pairs.min(), second.min()) < 0:
        return None
    pairs *= v
    pairs += second
    pairs *= n
    pairs += pair_pid[keep]
    del second, pair_pid, keep
    if not _increasing(pairs):
        pairs.sort(kind="stable")
    distinct, word = np.unique(tokens.ids[in_fresh], return_inverse=True)  # the changed files' words only
    content = ~index.stopwords(distinct.tolist())[word]
    t, p = fresh_tids[content].astype(np.int64), fresh_pids[content]
    same = p[1:] == p[:-1]
    new_pairs = np.unique((t[:-1][same] * v + t[1:][same]) * n + p[:-1][same])
    at_ = np.searchsorted(pairs, new_pairs)
    index._pairs_from(np.insert(pairs, at_, new_pairs), v, n)
    del pairs, new_pairs, at_

    index._finish(known, words)
    return index


def _postings_in_order(
    previous: SearchIndex, stems: np.ndarray, moved: np.ndarray, v: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The last build's postings of the passages that stay: each one's passage now (int32), term
    frequency (float32), and per stem now how many there are; in order of stem now, then passage.
    A stem keeps its run of passages (files keep their order): a word's first appearance that
    moved moves whole runs. Worked on passages alone, not on (stem, passage) keys: half the
    bytes, and no division to undo them. None when a stem gone has postings (it cannot: a bug)."""
    if not _increasing(moved[moved >= 0]):
        return None
    pid = moved[previous._post_pid]
    gone = np.flatnonzero(pid < 0)
    per_old = np.diff(previous._bounds)
    tf = previous._post_tf.astype(np.float32)
    if len(gone):
        per_old -= np.bincount(np.searchsorted(previous._bounds, gone, side="right") - 1, minlength=len(per_old))
        pid, tf = np.delete(pid, gone), np.delete(tf, gone)
    stays = stems >= 0
    if per_old[~stays].any():
        return None
    if not _increasing(stems[stays]):
        old = np.flatnonzero(stays)[np.argsort(stems[stays])]  # the stems that stay, in their order now
        run = per_old[old]
        at = np.repeat((np.cumsum(per_old) - per_old)[old] - (np.cumsum(run) - run), run)
        at += np.arange(len(at))
        pid, tf = pid[at], tf[at]
        del at
    per_stem = np.zeros(v, dtype=np.int64)
    per_stem[stems[stays]] = per_old[stays]
    return pid, tf, per_stem


def _places(
    pid: np.ndarray, per_stem: np.ndarray, keys: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where the postings `keys` (stem × n + passage, sorted) go among `pid` (the postings in order,
    `per_stem` a stem): their stem's run, then its passages before theirs. Also each one's passage
    (int32) and stem."""
    stem, passage = np.divmod(keys, n)
    start = np.cumsum(per_stem) - per_stem
    at = start[stem]
    groups = (np.flatnonzero(np.diff(stem)) + 1).tolist()
    for lo, hi in zip([0, *groups], [*groups, len(stem)], strict=True) if len(stem) else ():  # a stem each
        s = int(stem[lo])
        a = int(start[s])
        at[lo:hi] += np.searchsorted(pid[a : a + int(per_stem[s])], passage[lo:hi])
    return at, passage.astype(np.int32), stem


def _postings_by_keys(
    previous: SearchIndex, renumber: np.ndarray, moved: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """The last build's postings of the passages that stay, as (stem × n + passage) keys, sorted,
    and term frequencies (float32). A key below 0: a stem gone that an unchanged passage holds,
    which cannot be (it would be a bug): None, built from scratch then."""
    keys = np.repeat(renumber * n, np.diff(previous._bounds))
    pid = moved[previous._post_pid]
    keys += pid
    keep = pid >= 0
    del pid
    keys = keys[keep]
    tf = previous._post_tf[keep].astype(np.float32)
    del keep
    if len(keys) and keys.min() < 0:
        return None
    if not _increasing(keys):
        order = np.argsort(keys, kind="stable")  # runs in order: merged, not sorted afresh
        keys, tf = keys[order], tf[order]
    return keys, tf


def _increasing(keys: np.ndarray) -> bool:
    return bool(np.all(keys[1:] > keys[:-1])) if len(keys) > 1 else True
