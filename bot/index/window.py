"""Relevance over a window of the article: for every candidate passage at once, which query words it
holds itself, which its window holds (the passages one and two away in the same article, the
title, the lead paragraph), and what that is worth for coverage (the cut-off) and for the score.

Each query word gets a bit per weight it can match at (an exact form 1.0, a typo 0.73...), so a
passage's words are one integer and a window is a few shifted ORs, whatever the number of words.
Lookup tables over those bits turn masks into coverage: a word counts at its best weight in the
passage itself, else at NEAR of it one passage away or in the title, else at FAR two away or in
the lead. Words found only in the window also add to the score, as a single occurrence would,
at the lower NEAR_SCORE / FAR_SCORE shares: a passage holding all the words outranks a window
that gathers them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NEAR = 0.85  # coverage share of a word one passage away or in the title
FAR = 0.7  # two passages away or in the lead
# Anywhere else in the same article: a long report names the place in one paragraph and the
# person five paragraphs on ("Hogg … Gansu"); enough for the cut-off with a word held close by.
ANYWHERE = 0.4
BORROW = 0.7  # the score takes a word found only in the window at this share of its coverage
MAX_CLASSES = 3  # weight classes per word; lower weights share the third class
MAX_BITS = 32
GROUP_BITS = 12  # lookup tables of 4,096 entries


@dataclass(frozen=True)
class Group:
    shift: int
    width: int
    value: np.ndarray  # mask → sum over its words of idf × best weight present
    family: np.ndarray  # mask → every bit of each word that has a bit in the mask
    window: np.ndarray | None  # near | far << width → NEAR × value(near) + FAR × value(far), small groups only


@dataclass(frozen=True)
class Layout:
    """Where each query word's weights live in a passage's bit mask."""

    bits: tuple[tuple[tuple[float, int], ...], ...]  # per word: (weight, bit) pairs, weight desc
    word_masks: tuple[int, ...]  # per word: all its bits
    groups: tuple[Group, ...]
    width: int  # bits used

    def bit(self, word: int, weight: float) -> int:
        """The bit value (1 << position) of the class a match of this weight falls in; 0 for a word
        past MAX_BITS (it then counts in the score only)."""
        classes = self.bits[word]
        for w, b in classes:
            if weight >= w - 1e-9:
                return 1 << b
        return 1 << classes[-1][1] if classes else 0


def layout(words: list[tuple[float, list[float]]]) -> Layout:
    """Bits for each word, given (idf, the weights its expansions match at)."""
    bits: list[tuple[tuple[float, int], ...]] = []
    masks: list[int] = []
    groups: list[Group] = []
    pos = 0
    group_start, group_words = 0, 0
    members: list[tuple[float, tuple[tuple[float, int], ...]]] = []
    for idf, weights in words:
        classes = sorted({round(w, 4) for w in weights}, reverse=True)[:MAX_CLASSES] or [0.0]
        if pos + len(classes) > MAX_BITS:  # absurdly long queries: later words count in the passage only
            bits.append(())
            masks.append(0)
            continue
        if pos + len(classes) - group_start > GROUP_BITS:
            groups.append(_group(group_start, pos - group_start, members))
            group_start, members = pos, []
        word_bits = tuple((w, pos + i) for i, w in enumerate(classes))
        bits.append(word_bits)
        masks.append(sum(1 << b for _, b in word_bits))
        members.append((idf, word_bits))
        pos += len(classes)
        group_words += 1
    if members:
        groups.append(_group(group_start, pos - group_start, members))
    return Layout(tuple(bits), tuple(masks), tuple(groups), pos)


def _group(start: int, width: int, members: list[tuple[float, tuple[tuple[float, int], ...]]]) -> Group:
    # Built a word at a time (a group's words hold consecutive bits): the table over the bits so far
    # is the word's own small one (its classes' combinations) crossed with the table before it. The
    # same float32 sums, in the same word order, for a few small arrays instead of passes over every
    # mask for each bit.
    value = np.zeros(1, dtype=np.float32)
    family = np.zeros(1, dtype=np.int64)
    for idf, word_bits in members:
        ws = [np.float32(w) for w, _ in word_bits]
        combos = range(1 << len(ws))  # (a few: at most MAX_CLASSES bits, so plain lists)
        best = [max((w for i, w in enumerate(ws) if c >> i & 1), default=np.float32(0.0)) for c in combos]
        word_mask = (len(combos) - 1) << (word_bits[0][1] - start)
        value = np.add.outer(np.array(best, dtype=np.float32) * np.float32(idf), value).ravel()
        family = np.bitwise_or.outer(np.array([0] + [word_mask] * (len(combos) - 1), dtype=np.int64), family).ravel()
    win = None
    if 2 * width <= GROUP_BITS:  # one table for both window rings (their bits never overlap)
        full = (1 << width) - 1
        both = np.arange(1 << (2 * width))
        win = (np.float32(NEAR) * value[both & full] + np.float32(FAR) * value[both >> width]).astype(np.float32)
    return Group(start, width, value, family.astype(np.uint32), win)


def spread_masks(
    own: np.ndarray, offs: np.ndarray, sizes: np.ndarray, same: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """(near, far): the bits of each passage's neighbours one away plus its article's title, and
    two away plus its lead. `same[d-1][i]` is all ones when passages i and i+d are in one
    article, else 0 (of own's type)."""
    near = np.repeat(own[offs], sizes)  # the title
    lead = np.where(sizes > 1, own[np.minimum(offs + 1, max(len(own) - 1, 0))], 0).astype(own.dtype)
    far = np.repeat(lead, sizes)
    for d, mask, out in ((1, same[0], near), (2, same[1], far)):
        if len(own) > d:
            out[d:] |= own[:-d] & mask
            out[:-d] |= own[d:] & mask
    return near, far


def article_masks(own: np.ndarray, offs: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Each passage's article's bits: every query word the article holds anywhere."""
    if not len(own):
        return own.copy()
    return np.repeat(np.bitwise_or.reduceat(own, offs), sizes).astype(own.dtype)


def coverage(
    own: np.ndarray, near: np.ndarray, far: np.ndarray, lay: Layout, anywhere: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(idf mass covered, score borrowed from the window) per passage; `anywhere` holds the bits of
    the passage's whole article (words found nowhere nearer count at ANYWHERE)."""
    cover = np.zeros(len(own), dtype=np.float32)
    in_window = np.zeros(len(own), dtype=np.float32)
    kind = own.dtype.type
    one_class = all(len(b) <= 1 for b in lay.bits)
    for g in lay.groups:
        full = kind((1 << g.width) - 1)
        if len(lay.groups) == 1:
            o, n, f = own, near, far  # the masks hold this group's bits only
            a = anywhere if anywhere is not None else None
        else:
            o, n, f = ((m >> kind(g.shift)) & full for m in (own, near, far))
            a = (anywhere >> kind(g.shift)) & full if anywhere is not None else None
        if one_class:  # a word is one bit: what the passage holds is simply masked out
            n = n & ~o
            f = f & ~(o | n)
            a = a & ~(o | n | f) if a is not None else None
        else:  # a word in the passage itself counts there, not again in the window (at any weight)
            others = (~g.family).astype(kind)
            n = n & np.take(others, o)
            f = f & np.take(others, o | n)
            a = a & np.take(others, o | n | f) if a is not None else None
        if a is not None:
            in_window += np.float32(ANYWHERE) * np.take(g.value, a & full)
        cover += np.take(g.value, o)
        if g.window is not None:
            in_window += np.take(g.window, n | (f << kind(g.width)))
        else:
            in_window += np.float32(NEAR) * np.take(g.value, n)
            in_window += np.float32(FAR) * np.take(g.value, f)
    cover += in_window
    in_window *= np.float32(BORROW)
    return cover, in_window
