"""Everything derived from the corpus, built in one call and swapped whole on reload.

With a data directory, the index is persisted there after a build and opened instead of rebuilt
while the corpus, the table of known events and the code are unchanged (bot/index/persist.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.corpus import Corpus, load_corpus
from bot.index import persist
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.events import EventIndex, build_event_index
from bot.index.search import SearchIndex

log = logging.getLogger("bot.index")

# Paragraphs from which the dated events are built in a second process alongside the passage index:
# below, starting the process (about 0.5 s) costs more than it saves.
PARALLEL_MIN_PARAGRAPHS = 20_000


@dataclass(frozen=True)
class Index:
    """The corpus, its passage index and its dated events: read-only once built."""

    corpus: Corpus
    search: SearchIndex
    built_seconds: float
    events: EventIndex = field(default_factory=EventIndex.empty)  # dated events, for "on this day"
    # The operator's table of known events the year rules fall back on (kept for reloads).
    anniversaries: AnniversaryTable = field(default_factory=AnniversaryTable)
    opened: bool = False  # True: opened from the persisted index, not built


def build_index(
    corpus_dir: str | Path,
    anniversaries: AnniversaryTable | None = None,
    *,
    data_dir: str | Path | None = None,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> Index:
    """The index of a corpus folder; `anniversaries` defaults to the bundled table.

    With `data_dir`, a persisted index of the same corpus is opened when it is whole and current
    (unless `rebuild`); otherwise the index is built and persisted. A persisted index that cannot
    be used is rebuilt with one log line; one that cannot be written is logged and skipped.
    `progress(step, done, total)` follows a build: files read, then the passage and date steps."""
    table = AnniversaryTable.bundled() if anniversaries is None else anniversaries
    start = time.perf_counter()
    root = Path(corpus_dir)
    if data_dir is None or not root.is_dir():  # a missing folder: load_corpus says so to the operator
        return _build(root, table, start, progress)
    path = persist.index_path(Path(data_dir), root)
    # The key is taken before the files are read: a file changed during the build makes the next
    # start rebuild, never serve an index that does not match the files.
    key = persist.corpus_key(root, table)
    if not rebuild and path.exists():
        try:
            got = persist.load(path, key)
        except persist.Unusable as exc:
            log.warning("persisted index %s not used, rebuilding: %s", path, exc)
        except Exception as exc:  # unreadable, or damaged in a way no check foresaw: never served
            log.warning("persisted index %s cannot be read, rebuilding: %s", path, exc.__class__.__name__)
        else:
            corpus = replace(got.corpus, root=root)
            return Index(corpus, got.search, time.perf_counter() - start, got.events, table, opened=True)
    index = _build(root, table, start, progress)
    try:
        persist.save(path, key, persist.Persisted(index.corpus, index.search, index.events))
    except OSError as exc:  # a read-only data directory: serve what was built, rebuild next time
        log.warning("cannot persist the index to %s: %s", path, exc)
    return index


def _build(
    root: Path, table: AnniversaryTable, start: float, progress: Callable[[str, int, int], None] | None = None
) -> Index:
    def step(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress(name, done, total)

    corpus = load_corpus(root, lambda done, total: step("reading files", done, total))
    paragraphs = sum(len(a.paragraphs) for a in corpus.articles)
    events: EventIndex | None = None
    if (os.cpu_count() or 1) > 1 and paragraphs >= PARALLEL_MIN_PARAGRAPHS:
        step("indexing passages and dating events (2 processes)", 0, 1)
        search, events = _build_in_parallel(corpus, table)
    else:
        step("indexing passages", 0, 1)
        search = SearchIndex.from_corpus(corpus)
    if events is None:
        step("dating events", 0, 1)
        events = build_event_index(corpus, table)
    step("done", 1, 1)
    return Index(corpus, search, time.perf_counter() - start, events, table)


def _build_in_parallel(corpus: Corpus, table: AnniversaryTable) -> tuple[SearchIndex, EventIndex | None]:
    """The passage index here and the dated events in a second process, at once: the two are
    independent, and each takes a large share of a build. Spawned, not forked: a reload builds in
    a thread of a running bot, where forking is unsafe. Without a second process (a sandbox that
    forbids it), the events are left to the caller to build here."""
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            future = pool.submit(build_event_index, corpus, table)
            search = SearchIndex.from_corpus(corpus)
            return search, future.result()
    except (OSError, BrokenProcessPool) as exc:
        log.warning("dating events in this process (no second process: %s)", exc)
        return SearchIndex.from_corpus(corpus), None
