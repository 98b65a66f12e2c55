"""The merge of mentions into events redone on an update for the days that changed only.

`merge_mentions` (events.py) is corpus-wide, but everything it does stays within one month-day:
mentions are grouped by their dates, commemorations are linked to events of the same day, and the
reports of one commemoration are merged within a day. An event's mentions therefore all start on
one month-day, and the events of a day depend on three things only: the mentions starting on that
day (in corpus order), the mentions just before each of them in the same article (a derived event
is linked to the report it was counted from), and which capitalised words are rare in the corpus
(`_rare_names`: a word's paragraph count against 3 % of the paragraphs).

So an update merges again only the *dirty* days: the days of every mention that is not the very
object the last merge saw (a changed article's mentions are new objects, as are those worked out
again), and the days of the mentions whose sentence holds a capitalised word whose rarity tipped
(its count or the corpus's paragraph count changed). They are merged by `merge_mentions` itself,
over their mentions and every mention of their articles; the other days keep the last merge's
events. The order is then the full merge's: by each event's first mention in corpus order.
`tests/test_index_parts.py` holds the result equal to a full merge.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from bot.index.dates.context import Context
from bot.index.dates.events import _CALENDAR_WORDS, _NAME, RARE_SHARE, DatedEvent, _words, merge_mentions
from bot.index.dates.resolve import ResolvedMention

Day = tuple[int, int]


def _rare_limit(paragraphs: int) -> int:
    """A word is rare when in at most this many paragraphs (`_rare_names`' limit, as a whole number)."""
    return math.floor(max(1.0, RARE_SHARE * paragraphs))


def tipped_words(
    old: Counter[str], old_paragraphs: int, new: Counter[str], paragraphs: int, counted: Collection[str]
) -> set[str]:
    """The words rare in one corpus and not in the other. `counted`: every word whose paragraph count
    changed (the others have the same count in both, and tip only if the limit moved past it)."""
    was, now = _rare_limit(old_paragraphs), _rare_limit(paragraphs)
    out = {w for w in counted if (old.get(w, 0) <= was) != (new.get(w, 0) <= now)}
    if was != now:
        low, high = min(was, now), max(was, now)
        out.update(w for w, n in new.items() if low < n <= high and w not in counted)
    return out


def _name_words(sentence: str) -> set[str]:
    """The words whose rarity `_rare_names` weighs for this sentence."""
    out: set[str] = set()
    for w in _NAME.findall(sentence):
        parts = _words(w)
        if parts and not parts & _CALENDAR_WORDS:
            out |= parts
    return out


def dirty_days(
    previous: Sequence[ResolvedMention], mentions: Sequence[ResolvedMention], tipped: Collection[str]
) -> set[Day]:
    """The days whose events may differ from the last merge's (see the module's docstring)."""
    old = {id(m) for m in previous}
    new = {id(m) for m in mentions}
    days = {(m.month, m.day) for m in previous if id(m) not in new}
    days.update((m.month, m.day) for m in mentions if id(m) not in old)
    if tipped:
        days.update(
            (m.month, m.day)
            for m in mentions
            if (m.month, m.day) not in days and not _name_words(m.sentence).isdisjoint(tipped)
        )
    return days


def remerge(
    events: Sequence[DatedEvent],
    previous: Sequence[ResolvedMention],
    mentions: Sequence[ResolvedMention],
    df: Counter[str],
    n_paras: int,
    contexts: Callable[[Sequence[ResolvedMention]], Sequence[Context]],
    tipped: Collection[str],
) -> tuple[list[DatedEvent], int] | None:
    """What `merge_mentions(mentions, df, n_paras, contexts(mentions))` gives, from the last merge's
    `events` of the mentions `previous` (the objects it merged): the events, and how many days
    were merged again. `tipped`: the words whose rarity changed since (`tipped_words`). None when
    the events are not of those mentions (then a full merge it must be)."""
    days = dirty_days(previous, mentions, tipped)
    order = {id(m): i for i, m in enumerate(mentions)}
    kept = [e for e in events if (e.month, e.day) not in days]
    if not all(id(m) in order for e in kept for m in e.mentions):
        return None
    if days:
        # Each mention of a dirty day with the mentions of its article before and after it, which
        # tell whether it was counted from one of them.
        articles = {m.article_id for m in mentions if (m.month, m.day) in days}
        some = [m for m in mentions if (m.month, m.day) in days or m.article_id in articles]
        again = [e for e in merge_mentions(some, df, n_paras, contexts(some)) if (e.month, e.day) in days]
    else:
        again = []
    out = kept + again
    out.sort(key=lambda e: order[id(e.mentions[0])])
    return out, len(days)
