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
postings, the keys per word) is the build's own code, from the same sorted keys. Which (language,
word) pairs the corpus holds, and so its stems, comes from the last build's token count per pair,
less the tokens of the files gone and plus the changed files' (`_words_read`): no pass over every
token, and no word stream of every file (`join_tokens`, `Joined.ids`).

The new numbering mostly keeps the order of the old: passages move by whole files, and a stem's
id follows its first appearance in corpus order, which an edit leaves in place for every other
stem, unless it moves a word's first appearance (a word removed from, or added to, the file that
had it first, or an earlier file). Renumbered keys out of order are put back in order by a merge
of their runs (a stable sort), still far less than sorting every token.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from bot.corpus import Article
from bot.index.background import Background
from bot.index.lang import stem_many
from bot.index.search import (
    _ONE_SORT_LIMIT,
    Moved,
    PairCounts,
    Passages,
    SearchIndex,
    Tokens,
    WordCache,
    _cache_updated,
    _renumbering,
    _unmatched,
)


@dataclass(frozen=True)
class Joined:
    """What `join_tokens` kept of a join for the next one: each part's words' ids in the vocabulary."""

    vocab: tuple[str, ...]
    parts: tuple[Tokens, ...]
    local: tuple[np.ndarray, ...]  # per part: the id in `vocab` of each word of its own vocabulary
    ends: tuple[int, ...] = ()  # per part: how many words of `vocab` it and the parts before it hold
    # per word of the vocabulary of the join this one was made from: its id here (-1: gone)
    renumbered: np.ndarray | None = None

    def ids(self, which: Iterable[int] | None = None) -> np.ndarray:
        """The word stream (`Tokens.ids`) of the parts `which` (all by default), one after the other."""
        chosen = range(len(self.parts)) if which is None else which
        got = [self.local[i][self.parts[i].ids] for i in chosen if len(self.parts[i].ids)]
        return np.concatenate(got).astype(np.int32, copy=False) if got else np.zeros(0, np.int32)


def join_tokens(
    parts: Sequence[Tokens], previous: Joined | None = None, *, whole: bool = True
) -> tuple[Tokens, Joined]:
    """`Tokens.concat(parts)`, the same ids, and what to keep for the next join. The words' ids of a
    part the last join had too are its ids then, renumbered, instead of one dictionary lookup per
    word of every file (1.3 million at 100,000 passages). Without `whole`, the word stream is left
    out (`ids` empty): an update reads only its changed files' (`Joined.ids`)."""
    surface = _first_appearances(parts, previous)
    ids = dict(zip(surface, range(len(surface)), strict=True))
    had: dict[int, np.ndarray] = {}
    renumber = None
    if previous is not None:
        renumber = np.fromiter(map(ids.get, previous.vocab, itertools.repeat(-1)), np.int32)
        had = {id(p): renumber[local] for p, local in zip(previous.parts, previous.local, strict=True)}
    local: list[np.ndarray] = []
    for part in parts:
        got = had.get(id(part))
        if got is None:
            got = np.fromiter(map(ids.__getitem__, part.vocab), np.int32, len(part.vocab))
        local.append(got)

    def join(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
        return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype)

    kept = Joined(tuple(surface), tuple(parts), tuple(local))
    tokens = Tokens(
        kept.vocab,
        kept.ids() if whole else np.zeros(0, np.int32),
        join([p.lengths for p in parts], np.int32),
        join([p.lang for p in parts], np.int8),
        join([p.votes for p in parts], np.int32),
    )
    # Vocabulary ids follow first appearance: the words of the first i parts are the first
    # max(ids of their words) + 1.
    ends = itertools.accumulate((int(got.max()) + 1 if len(got) else 0 for got in local), max)
    return tokens, replace(kept, ends=tuple(ends), renumbered=renumber)


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
    after = None if previous is None else _after_one_changed(parts, previous, same)
    if after is None:
        after = itertools.chain.from_iterable(p.vocab for p in parts[same:])
    surface.update(dict.fromkeys(after))  # a word already there keeps its place
    return surface


def _after_one_changed(parts: Sequence[Tokens], previous: Joined, same: int) -> Iterable[str] | None:
    """The words from the part `same` on, in order of first appearance (before those of the parts
    ahead of it), when it is the only part changed and still holds every word the last join first
    saw in it: its words, then the last join's after them (a word can only have moved into it),
    not the words of every file after it (half the corpus's, 30-60 ms at 100,000 passages). None
    otherwise."""
    if len(parts) != len(previous.parts) or same >= len(parts) or len(previous.ends) != len(parts):
        return None
    if any(p is not q for p, q in zip(parts[same + 1 :], previous.parts[same + 1 :], strict=True)):
        return None
    start = previous.ends[same - 1] if same else 0
    end = previous.ends[same]
    part = parts[same]
    if not set(part.vocab).issuperset(previous.vocab[start:end]):
        return None
    return itertools.chain(part.vocab, previous.vocab[end:])


def updated(
    previous: SearchIndex,
    segments: Sequence[tuple[int, int]],
    articles: Sequence[Article],
    passages: Passages,
    tokens: Tokens,
    known: WordCache,
    last: Joined | None,
    now: Joined,
) -> SearchIndex | None:
    """`SearchIndex(articles, passages, tokens, known)`, from `previous` (a build's, this process's).
    `segments`: per corpus file in order, where its passages start in `previous` (-1: a file new or
    changed since) and how many there are; `last`: the join of `previous`'s words (its files'
    words are taken out of its counts), `now` the join of `tokens` (their word stream may be left
    out: `join_tokens`). None when the index must be built from scratch."""
    old_tf: np.ndarray | None = getattr(previous, "_post_tf", None)
    n = len(passages)
    if old_tf is None or n == 0 or sum(k for _, k in segments) != n:
        return None
    index = SearchIndex.__new__(SearchIndex)
    index._start(articles, passages)
    # Each old passage's new number (-1: its file changed), and the new passages to read.
    moved, fresh = _moved(segments, len(previous.passages))
    fresh_ids = now.ids(i for i, (start, _) in enumerate(segments) if start < 0)  # the changed files' words
    read = _words_read(index, previous, last, now, tokens, known, moved, fresh, fresh_ids)
    if read is None:  # the last build kept no pairs: every token read
        whole = tokens if len(tokens.ids) == int(tokens.lengths.sum()) else replace(tokens, ids=now.ids())
        tids, lengths, article_of = index._read_words(whole, known)
        fresh_tids = tids[np.repeat(fresh, lengths)]
        del tids
        words = Moved.between(previous, index)
    else:
        fresh_tids, lengths, article_of, words = read
    v = max(len(index._stem_terms), 1)
    if v * v * n >= _ONE_SORT_LIMIT:  # pairs keyed otherwise (SearchIndex._build_pairs)
        return None
    # The per-word tables (`_finish`) need the words alone: worked out in a thread while the
    # postings, mostly numpy, are worked out here.
    finishing = Background(functools.partial(index._finish, known, words), "index-words")
    try:
        done = _postings_updated(index, previous, words, moved, fresh, fresh_ids, fresh_tids, lengths, article_of, v)
    finally:
        finishing.join()
    return index if done else None


def _moved(segments: Sequence[tuple[int, int]], before: int) -> tuple[np.ndarray, np.ndarray]:
    """Each of the `before` old passages' number now (int32, -1: its file changed or is gone), and
    per passage now whether it is new (`updated`'s `segments`); for all files at once, not a numpy
    call per file (874 at 100,000 passages)."""
    start, count = np.array(segments, dtype=np.int64).reshape(-1, 2).T
    fresh = np.repeat(start < 0, count)
    stays = np.flatnonzero(~fresh)
    moved = np.full(before, -1, dtype=np.int32)
    # each file kept moves by the difference between where its passages start now and then
    shift = (start - (np.cumsum(count) - count))[start >= 0]
    moved[stays + np.repeat(shift, count[start >= 0])] = stays
    return moved, fresh


def _postings_updated(
    index: SearchIndex,
    previous: SearchIndex,
    words: Moved,
    moved: np.ndarray,
    fresh: np.ndarray,
    fresh_ids: np.ndarray,
    fresh_tids: np.ndarray,
    lengths: np.ndarray,
    article_of: np.ndarray,
    v: int,
) -> bool:
    """The passage and pair postings of `index` (`updated`): the last build's of the passages that
    stay (`moved`), with those of the `fresh` ones (their words `fresh_ids`, stems `fresh_tids`)
    merged in. False when the index must be built from scratch."""
    n = len(index.passages)
    old_tf: np.ndarray = previous._post_tf
    renumber = words.stems.astype(np.int64)
    fresh_pids = np.repeat(np.flatnonzero(fresh).astype(np.int64), lengths[fresh])

    # The changed files' postings: (stem × n + passage) keys, sorted, and term frequencies.
    new_keys = fresh_tids.astype(np.int64) * n + fresh_pids
    new_keys.sort()  # then each key's first index and the next give its term frequency
    new_keys, starts = np.unique(new_keys, return_index=True)
    new_tf = np.diff(starts, append=len(fresh_tids))
    # Term frequencies stay in the bytes they fit until the impacts are worked out (`_postings_of`).
    tf_type = np.promote_types(old_tf.dtype, np.min_scalar_type(int(new_tf.max(initial=0))))
    v_now = len(index._stem_terms)
    kept = _postings_in_order(previous, words.stems, moved, v_now)
    touched: np.ndarray | None = None  # the stems (now) the changed files held or hold
    if kept is not None:
        pid, tf, per_stem, gone_stems = kept
        held = renumber[gone_stems]
        touched = np.union1d(fresh_tids, held[held >= 0])
        at_, new_pid, new_stems = _places(pid, per_stem, new_keys, n)
        per_stem += np.bincount(new_stems, minlength=v_now)
        work = [np.insert(pid, at_, new_pid), np.insert(tf.astype(tf_type, copy=False), at_, new_tf)]
        del pid, tf, kept, at_
        index._postings_of(work, np.concatenate(([0], np.cumsum(per_stem))), lengths, article_of)
    else:
        got = _postings_by_keys(previous, renumber, moved, n)
        if got is None:
            return False
        keys, tf = got
        at_keys = np.searchsorted(keys, new_keys)
        work = [np.insert(keys, at_keys, new_keys), np.insert(tf.astype(tf_type, copy=False), at_keys, new_tf)]
        del keys, tf, got, at_keys
        index._postings_from(work, lengths, article_of)
    del new_keys, new_tf

    # Pair postings: ((stem × v + next stem) × n + passage) keys, function words left out.
    distinct, word = np.unique(fresh_ids, return_inverse=True)  # the changed files' words only
    content = ~index.stopwords(distinct.tolist())[word]
    t, p = fresh_tids[content].astype(np.int64), fresh_pids[content]
    same = p[1:] == p[:-1]
    new_pairs = np.unique((t[:-1][same] * v + t[1:][same]) * n + p[:-1][same])
    return _pair_postings(index, previous, renumber, moved, new_pairs, v, n, touched)


def _words_read(
    index: SearchIndex,
    previous: SearchIndex,
    last: Joined | None,
    now: Joined,
    tokens: Tokens,
    known: WordCache,
    moved: np.ndarray,
    fresh: np.ndarray,
    fresh_ids: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Moved] | None:
    """`SearchIndex._read_words` from the last build's (language, word) pairs and their token
    counts, less the tokens of the passages gone, plus those of the new ones: only the changed
    files' tokens are read (every token was 0.25–0.4 s at 100,000 passages). Returns the new
    passages' tokens' stem ids, each passage's length and article, and where the last build's
    words and stems are now. None when the last build kept no counts (every token is read then)."""
    kept: PairCounts | None = previous.__dict__.get("_kept_pairs")
    gone = None if kept is None or last is None else _gone_keys(previous, last, moved, kept.v)
    if kept is None or gone is None:
        return None
    lengths, article_of = index._read_surface(tokens)
    v = max(len(index._surface_terms), 1)
    surface = now.renumbered  # (`last`, which `now` was joined from, holds `previous`'s words)
    if surface is None or len(surface) != len(previous._surface_terms):
        surface = _renumbering(previous._surface_terms, index._surface)
    # The last build's pairs less the passages gone: a word gone from the corpus has none left.
    counts = kept.counts.astype(np.int64)
    g, c = np.unique(gone, return_counts=True)
    at = np.searchsorted(kept.keys, g)
    if len(g) and (at.max() >= len(kept.keys) or not np.array_equal(kept.keys[at], g)):
        return None  # a token no pair counted: cannot be (a bug)
    counts[at] -= c
    stays = counts > 0
    old_keys = kept.keys[stays]
    word = surface[old_keys % kept.v]
    if counts.min(initial=0) < 0 or word.min(initial=0) < 0:
        return None  # a word gone that an unchanged passage holds: cannot be (a bug)
    # Plus the new passages' tokens.
    fresh_keys = np.repeat(index._lang[fresh].astype(np.int64), lengths[fresh]) * v + fresh_ids
    added, added_counts = np.unique(fresh_keys, return_counts=True)
    pairs, where = np.unique(np.concatenate(((old_keys // kept.v) * v + word, added)), return_inverse=True)
    totals = np.zeros(len(pairs), dtype=np.int64)
    np.add.at(totals, where, np.concatenate((counts[stays], added_counts)))
    # Each pair's stem in the last build's numbering, a stem new to the corpus taking the next id;
    # then numbered again in order of first appearance, as `_read_words` numbers them.
    stem_of = np.full(len(pairs), -1, dtype=np.int64)
    stem_of[where[: len(old_keys)]] = kept.stems[stays]
    new_pairs = np.flatnonzero(stem_of < 0)
    names, stem_of[new_pairs], cache = _stems_of_pairs(index, previous, known, pairs[new_pairs], v)
    stems, stem_ids, renumber = _in_order(stem_of, names)
    index._stems = stems
    index._stem_terms = list(stems)
    index._pairs_read(pairs, totals, stem_ids, v)
    gone_pairs = kept.keys[~stays]
    index._words = WordCache(stems=_stems_cache(known, previous, gone_pairs, kept.v, cache))
    tids = stem_ids[np.searchsorted(pairs, fresh_keys)].astype(np.int32)
    old_stems = renumber[: len(previous._stem_terms)]
    words = Moved(
        previous,
        surface,
        _unmatched(surface, len(index._surface_terms)),
        old_stems,
        _unmatched(old_stems, len(index._stem_terms)),
    )
    return tids, lengths, article_of, words


def _gone_keys(previous: SearchIndex, last: Joined, moved: np.ndarray, v: int) -> np.ndarray | None:
    """(language × v + word) of each token of the last build's passages gone (their files changed
    or removed), in its numbering. None when `last` is not the join of its words."""
    if len(last.vocab) != len(previous._surface_terms):
        return None
    out = [np.zeros(0, np.int64)]
    at = 0
    for part, local in zip(last.parts, last.local, strict=True):
        k = len(part.lengths)
        if k and moved[at] < 0:  # a file's passages go, or stay, together
            lang = np.repeat(previous._lang[at : at + k].astype(np.int64), part.lengths)
            out.append(lang * v + local[part.ids])
        at += k
    return np.concatenate(out) if at == len(moved) else None


def _stems_of_pairs(
    index: SearchIndex, previous: SearchIndex, known: WordCache, keys: np.ndarray, v: int
) -> tuple[list[str], list[int], dict[int, dict[str, str]]]:
    """The stems of the (language × v + word) pairs `keys` new to the corpus (through `known`):
    every stem's name in the last build's numbering extended by the new ones, each pair's stem id
    there, and per language the new pairs' words' stems."""
    langs, words = np.divmod(keys, v)
    cache: dict[int, dict[str, str]] = {}
    for li in np.unique(langs).tolist():
        ws = list(map(index._surface_terms.__getitem__, words[langs == li].tolist()))
        had = known.stems.get(li, {})
        todo = [w for w in ws if w not in had]
        got = dict(zip(todo, stem_many(todo, li), strict=True))
        cache[li] = {w: had[w] if w in had else got[w] for w in ws}
    extra: dict[str, int] = {}  # stems new to the corpus, numbered after the last build's
    out = []
    for li, w in zip(langs.tolist(), map(index._surface_terms.__getitem__, words.tolist()), strict=True):
        s = cache[li][w]
        had_id = previous._stems.get(s)
        out.append(extra.setdefault(s, len(previous._stem_terms) + len(extra)) if had_id is None else had_id)
    return previous._stem_terms + list(extra), out, cache


def _in_order(ids: np.ndarray, names: list[str]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """The names `ids` (into `names`) holds, numbered in order of first appearance: name → id,
    `ids` so numbered, and per name its number (-1: not held)."""
    held, first = np.unique(ids, return_index=True)
    order = held[np.argsort(first)]
    renumber = np.full(len(names), -1, dtype=np.int32)
    renumber[order] = np.arange(len(order), dtype=np.int32)
    named = dict(zip(map(names.__getitem__, order.tolist()), range(len(order)), strict=True))
    return named, renumber[ids], renumber


def _stems_cache(
    known: WordCache,
    previous: SearchIndex,
    gone: np.ndarray,
    v: int,
    new: dict[int, dict[str, str]],
) -> dict[int, dict[str, str]]:
    """`WordCache.stems` of the update: the last build's, without the (language, word) pairs
    `gone` (in its numbering), with the `new` ones."""
    gone_langs, gone_words = np.divmod(gone, v)
    out = {}
    for li in sorted(known.stems.keys() | new.keys()):
        left = map(previous._surface_terms.__getitem__, gone_words[gone_langs == li].tolist())
        got = _cache_updated(known.stems.get(li, {}), left, new.get(li, {}))
        if got:
            out[li] = got
    return out


def _pair_postings(
    index: SearchIndex,
    previous: SearchIndex,
    renumber: np.ndarray,
    moved: np.ndarray,
    new_pairs: np.ndarray,
    v: int,
    n: int,
    touched: np.ndarray | None = None,
) -> bool:
    """The pair postings of `index`: the last build's of the passages that stay (`moved`), their
    stems renumbered, with the changed files' `new_pairs` ((stem × v + next stem) × n + passage,
    sorted) merged in. `touched`: the stems (now) the changed files held or hold, the only ones
    whose place among the others can change (None: not known). False when a stem gone has some (it
    cannot: a bug)."""
    moves = None
    in_order = _increasing(moved[moved >= 0])
    if in_order and not _increasing(renumber[renumber >= 0]):
        # A stem whose first appearance moved (a word the changed files brought in, or took out,
        # first seen there): its pairs are merged in as new ones, when the others keep their order.
        moves = _stems_that_move(renumber, touched, v)
        in_order = moves is not None
    if not in_order:
        kept = _pairs_kept(previous, renumber, moved)
        return kept is not None and _pairs_sorted(index, *kept, new_pairs, v, n)
    # Stems and passages keep their order, and so do the pairs: kept as a build keeps them (stem
    # << 32 | next stem, and passages), renumbered a chunk at a time straight into the arrays the
    # new ones are then inserted into (whole-array temporaries were 145 MB at 100,000 passages).
    size = len(previous._pair_key) + len(new_pairs)  # at least the pairs kept and merged in
    key, pid = np.empty(size, dtype=np.int64), np.empty(size, dtype=np.int32)
    k = 0
    again = [new_pairs]
    for lo in range(0, len(previous._pair_key), _CHUNK):
        got = _pairs_renumbered(previous, renumber, moved, moves, slice(lo, lo + _CHUNK), v, n)
        if got is None:
            return False
        first, p, out = got
        key[k : k + len(first)], pid[k : k + len(p)] = first, p
        k += len(first)
        if len(out):
            again.append(out)
    if len(again) > 1:  # (of other passages than the changed files': none twice)
        new_pairs = np.sort(np.concatenate(again))
    rest, new_pid = np.divmod(new_pairs, n)
    new_key = (rest // v) << 32 | rest % v
    # a pair held: after its passages before
    kept_key, kept_pid = key[:k], pid[:k]
    lo_, hi_ = np.searchsorted(kept_key, new_key), np.searchsorted(kept_key, new_key, side="right")
    at = _in_runs(kept_pid, lo_, hi_, new_pid)
    del kept_key, kept_pid, lo_, hi_
    _insert_in_place(key, k, at, new_key)
    _insert_in_place(pid, k, at, new_pid)
    index._pair_key, index._pair_pid = _shrunk(key, k + len(at)), _shrunk(pid, k + len(at))
    return True


_CHUNK = 1 << 18  # pairs renumbered at a time (`_pair_postings`)


def _pairs_renumbered(
    previous: SearchIndex,
    renumber: np.ndarray,
    moved: np.ndarray,
    moves: np.ndarray | None,
    chunk: slice,
    v: int,
    n: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Of the last build's pairs in `chunk`, those of the passages that stay, renumbered: their
    keys (stem << 32 | next stem) and passages, without the pairs holding a stem that `moves`;
    and those as (stem × v + next stem) × n + passage keys, to merge in. None when a stem gone has
    some."""
    p = moved[previous._pair_pid[chunk]]
    keep = p >= 0
    first = previous._pair_key[chunk][keep]
    p = p[keep]
    second = renumber[first & 0xFFFFFFFF]
    first >>= 32
    first = renumber[first]
    if len(first) and min(first.min(), second.min()) < 0:
        return None
    out = np.zeros(0, dtype=np.int64)
    if moves is not None:
        taken = moves[first]
        taken |= moves[second]
        if taken.any():
            out = (first[taken] * v + second[taken]) * n + p[taken]
            np.logical_not(taken, out=taken)
            first, second, p = first[taken], second[taken], p[taken]
    first <<= 32
    first |= second
    return first, p, out


def _pairs_kept(
    previous: SearchIndex, renumber: np.ndarray, moved: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The last build's pairs of the passages that stay, whole: each one's stem and next stem
    renumbered, and passage now (`_pairs_sorted`). None when a stem gone has some."""
    pair_pid = moved[previous._pair_pid]
    keep = pair_pid >= 0
    first = previous._pair_key[keep]
    second = renumber[first & 0xFFFFFFFF]
    first >>= 32
    first = renumber[first]
    if len(first) and min(first.min(), second.min()) < 0:
        return None
    return first, second, pair_pid[keep]


def _insert_in_place(buf: np.ndarray, k: int, at: np.ndarray, values: np.ndarray) -> None:
    """buf[: k + len(values)] = np.insert(buf[:k], at, values) (`at` in order), without a second
    array: each run of buf's values between two places moves right by the values inserted before
    it, the last run first (numpy moves an overlapping slice to the right without a copy)."""
    if not len(at):
        return
    places, count = np.unique(at, return_counts=True)
    shift = np.cumsum(count)
    ends = [*places[1:].tolist(), k]
    for lo, hi, by in zip(reversed(places.tolist()), reversed(ends), reversed(shift.tolist()), strict=True):
        buf[lo + by : hi + by] = buf[lo:hi]
    buf[at + np.arange(len(at))] = values


def _shrunk(buf: np.ndarray, size: int) -> np.ndarray:
    """`buf` cut to its first `size` values, in place (its end was room to spare)."""
    buf.resize(size, refcheck=False)  # (its only reference: nothing sees the bytes given back)
    return buf


def _stems_that_move(renumber: np.ndarray, touched: np.ndarray | None, v: int) -> np.ndarray | None:
    """Per stem now, whether the last build's pairs holding it may be out of order now: a few of
    the `touched` stems, the others keeping their order (None: they do not, or `touched` is not
    known). A touched stem out of order with its neighbour is taken out until the rest are in
    order: a word whose first appearance moved moves a stem or two, not the file's thousand."""
    if touched is None:
        return None
    maybe = np.zeros(v, dtype=bool)
    maybe[touched] = True
    now = renumber[renumber >= 0]  # each stem kept, in the last build's order: its id now
    candidate = maybe[now]
    keep = np.ones(len(now), dtype=bool)
    for _ in range(_MOVE_ROUNDS):
        at = np.flatnonzero(keep)
        down = np.flatnonzero(now[at[1:]] <= now[at[:-1]])
        if not len(down):
            moves = np.zeros(v, dtype=bool)
            moves[now[~keep]] = True
            return moves
        ends = np.concatenate((at[down], at[down + 1]))
        out = ends[candidate[ends]]
        if not len(out):
            return None  # two untouched stems out of order (it cannot be: a bug)
        keep[out] = False
    return maybe if _increasing(now[~candidate]) else None


_MOVE_ROUNDS = 16  # then every touched stem is taken as moved


def _pairs_sorted(
    index: SearchIndex,
    first: np.ndarray,
    second: np.ndarray,
    pid: np.ndarray,
    new_pairs: np.ndarray,
    v: int,
    n: int,
) -> bool:
    """`_pair_postings` when the pairs kept are out of order: sorted again by one key ((stem × v +
    next stem) × n + passage)."""
    first *= v
    first += second
    first *= n
    first += pid
    del second, pid
    first.sort()
    index._pairs_from(np.insert(first, np.searchsorted(first, new_pairs), new_pairs), v, n)
    return True


def _postings_in_order(
    previous: SearchIndex, stems: np.ndarray, moved: np.ndarray, v: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """The last build's postings of the passages that stay: each one's passage now (int32), term
    frequency (in the bytes it was kept in), and per stem now how many there are; in order of stem
    now, then passage. Also the stems (then) the passages gone held.
    A stem keeps its run of passages (files keep their order): a word's first appearance that
    moved moves whole runs. Worked on passages alone, not on (stem, passage) keys: half the
    bytes, and no division to undo them. None when a stem gone has postings (it cannot: a bug)."""
    if not _increasing(moved[moved >= 0]):
        return None
    pid = moved[previous._post_pid]
    gone = np.flatnonzero(pid < 0)
    per_old = np.diff(previous._bounds)
    tf = previous._post_tf
    gone_stems = np.searchsorted(previous._bounds, gone, side="right") - 1
    if len(gone):
        per_old -= np.bincount(gone_stems, minlength=len(per_old))
        keep = pid >= 0
        pid, tf = pid[keep], tf[keep]
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
    return pid, tf, per_stem, np.unique(gone_stems)


def _places(
    pid: np.ndarray, per_stem: np.ndarray, keys: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where the postings `keys` (stem × n + passage, sorted) go among `pid` (the postings in order,
    `per_stem` a stem): their stem's run, then its passages before theirs. Also each one's passage
    (int32) and stem."""
    stem, passage = np.divmod(keys, n)
    start = np.cumsum(per_stem) - per_stem
    at = _in_runs(pid, start[stem], start[stem] + per_stem[stem], passage)
    return at, passage.astype(np.int32), stem


def _in_runs(values: np.ndarray, lo: np.ndarray, hi: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Per target, where it goes in its run values[lo:hi] (sorted): the first place whose value is
    not below it, as np.searchsorted on each run, for all at once (a binary search in steps, not a
    call per run: thousands at 100,000 passages)."""
    lo, hi = lo.astype(np.int64), hi.astype(np.int64)
    last = max(len(values) - 1, 0)
    while True:
        open_ = lo < hi
        if not open_.any():
            return lo
        mid = (lo + hi) >> 1
        below = open_ & (values[np.minimum(mid, last)] < targets)
        lo = np.where(below, mid + 1, lo)
        hi = np.where(open_ & ~below, mid, hi)


def _postings_by_keys(
    previous: SearchIndex, renumber: np.ndarray, moved: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """The last build's postings of the passages that stay, as (stem × n + passage) keys, sorted,
    and term frequencies (as kept). A key below 0: a stem gone that an unchanged passage holds,
    which cannot be (it would be a bug): None, built from scratch then."""
    keys = np.repeat(renumber * n, np.diff(previous._bounds))
    pid = moved[previous._post_pid]
    keys += pid
    keep = pid >= 0
    del pid
    keys = keys[keep]
    tf = previous._post_tf[keep]
    del keep
    if len(keys) and keys.min() < 0:
        return None
    if not _increasing(keys):
        order = np.argsort(keys, kind="stable")  # runs in order: merged, not sorted afresh
        keys, tf = keys[order], tf[order]
    return keys, tf


def _increasing(keys: np.ndarray) -> bool:
    return bool(np.all(keys[1:] > keys[:-1])) if len(keys) > 1 else True
