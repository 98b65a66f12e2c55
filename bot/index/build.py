"""Everything derived from the corpus, built in one call and swapped whole on reload."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.corpus import Corpus, load_corpus
from bot.index.dates.events import EventIndex, build_event_index
from bot.index.search import SearchIndex


@dataclass(frozen=True)
class Index:
    """The corpus, its passage index and its dated events: read-only once built."""

    corpus: Corpus
    search: SearchIndex
    built_seconds: float
    events: EventIndex = field(default_factory=EventIndex.empty)  # dated events, for "on this day"


def build_index(corpus_dir: str | Path) -> Index:
    start = time.perf_counter()
    corpus = load_corpus(corpus_dir)
    search = SearchIndex.from_corpus(corpus)
    events = build_event_index(corpus)
    return Index(corpus, search, time.perf_counter() - start, events)
