"""Everything derived from the corpus, built in one call and swapped whole on reload."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.corpus import Corpus, load_corpus
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.events import EventIndex, build_event_index
from bot.index.search import SearchIndex


@dataclass(frozen=True)
class Index:
    """The corpus, its passage index and its dated events: read-only once built."""

    corpus: Corpus
    search: SearchIndex
    built_seconds: float
    events: EventIndex = field(default_factory=EventIndex.empty)  # dated events, for "on this day"
    # The operator's table of known events the year rules fall back on (kept for reloads).
    anniversaries: AnniversaryTable = field(default_factory=AnniversaryTable)


def build_index(corpus_dir: str | Path, anniversaries: AnniversaryTable | None = None) -> Index:
    """The index of a corpus folder; `anniversaries` defaults to the bundled table."""
    table = AnniversaryTable.bundled() if anniversaries is None else anniversaries
    start = time.perf_counter()
    corpus = load_corpus(corpus_dir)
    search = SearchIndex.from_corpus(corpus)
    events = build_event_index(corpus, table)
    return Index(corpus, search, time.perf_counter() - start, events, table)
