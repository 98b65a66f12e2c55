"""Everything derived from the corpus, built in one call and swapped whole on reload.

With a data directory, the index is persisted there after a build and opened instead of rebuilt
while the corpus, the table of known events and the code are unchanged (bot/index/persist.py).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.corpus import Corpus, load_corpus
from bot.index import persist
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.gcpause import no_cyclic_gc
from bot.index.heap import give_back, large_blocks_mapped, small_pages
from bot.index.search import SearchIndex

if TYPE_CHECKING:
    # The build itself (bot/index/parts.py) and the year rules are imported when an index is built
    # or its events are read: opening a persisted one for a lookup does without them.
    from bot.index import parts
    from bot.index.dates.events import EventIndex

log = logging.getLogger("bot.index")


def _no_events() -> EventIndex:
    from bot.index.dates.events import EventIndex

    return EventIndex.empty()


@dataclass(frozen=True)
class Index:
    """The corpus, its passage index and its dated events: read-only once built."""

    corpus: Corpus
    search: SearchIndex
    built_seconds: float
    events: EventIndex = field(default_factory=_no_events)  # dated events, for "on this day"
    # The operator's table of known events the year rules fall back on (kept for reloads).
    anniversaries: AnniversaryTable = field(default_factory=AnniversaryTable)
    opened: bool = False  # True: opened from the persisted index, not built
    newest_year: int | None = None  # the newest year a document may be from (kept for reloads)


def build_index(
    corpus_dir: str | Path,
    anniversaries: AnniversaryTable | None = None,
    *,
    data_dir: str | Path | None = None,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    persist_later: bool = False,
    keep_parts: bool = False,
    newest_year: int | None = None,
) -> Index:
    """The index of a corpus folder; `anniversaries` defaults to the bundled table. `newest_year` is
    the newest year a document may be from (MEMORIAL_NEWEST_YEAR, by default the current year: the
    settings read it); the year rules close with it a window a text leaves open. None: not bounded.

    With `data_dir`, a persisted index of the same corpus is opened when it is whole and current
    (unless `rebuild`); otherwise the index is built and persisted. When files changed, the build
    reuses the persisted parts of the unchanged ones (bot/index/parts.py); `rebuild` builds from
    scratch. A persisted index that cannot be used is rebuilt with one log line; one that cannot be
    written is logged and skipped. `progress(step, done, total)` follows a build: files read, then
    the passage and date steps. With `persist_later`, a built index is returned at once and
    written by a background thread (`wait_persisted`): the first answer does not wait for it.
    With `keep_parts` (a process that reloads: `Core.reload_index`, `run` with MEMORIAL_WATCH), the
    parts of a build are kept in memory, and the next update of the same folder uses them instead
    of reading the parts file again (`kept_parts`)."""
    with no_cyclic_gc():
        return _build_index(
            corpus_dir, anniversaries, data_dir, rebuild, progress, persist_later, keep_parts, newest_year
        )


def _build_index(
    corpus_dir: str | Path,
    anniversaries: AnniversaryTable | None,
    data_dir: str | Path | None,
    rebuild: bool,
    progress: Callable[[str, int, int], None] | None,
    persist_later: bool,
    keep_parts: bool = False,
    newest_year: int | None = None,
) -> Index:
    table = AnniversaryTable.bundled() if anniversaries is None else anniversaries
    start = time.perf_counter()
    give_back()  # what the index before the one served left free (a reload's, a write's)
    root = Path(corpus_dir)
    if data_dir is None or not root.is_dir():  # a missing folder: the build says so to the operator
        key = persist.corpus_key(root, table, newest_year) if root.is_dir() else persist.Key("", {})
        return _build(root, table, key, None, start, progress, newest_year)[0]
    path = persist.index_path(Path(data_dir), root)
    # The key is taken before the files are read: a file changed during the build makes the next
    # start rebuild, never serve an index that does not match the files.
    key = persist.corpus_key(root, table, newest_year, hashes=persist.hashes_path(path))
    if not rebuild and path.exists():
        try:
            got = persist.load(path, key)
        except persist.OutOfDate as exc:  # the usual way of a changed corpus: updated from the parts
            log.info("persisted index %s out of date, updating: %s", path, exc)
        except persist.Unusable as exc:
            log.warning("persisted index %s not used, rebuilding: %s", path, exc)
        except Exception as exc:  # unreadable, or damaged in a way no check foresaw: never served
            log.warning("persisted index %s cannot be read, rebuilding: %s", path, exc.__class__.__name__)
        else:
            corpus = replace(got.corpus, root=root)
            seconds = time.perf_counter() - start
            return Index(corpus, got.search, seconds, got.events, table, opened=True, newest_year=newest_year)
    opening = time.perf_counter()
    parts_file = persist.parts_path(path)
    previous = None if rebuild else kept_parts(parts_file, key)
    if previous is not None:
        log.info("last build's parts reused from memory")
    elif not rebuild:
        previous = _previous_parts(parts_file, key)
        if previous is not None:
            log.info("persisted parts opened in %.2f s", time.perf_counter() - opening)
    index, built = _build(root, table, key, previous, start, progress, newest_year)
    if previous is not None and previous.search is not None and previous.search is not index.search:
        _give_back_when_freed(previous.search)
    with _kept_lock:
        if keep_parts:
            _kept[parts_file] = (key.code, built)
        else:
            _kept.pop(parts_file, None)  # none held stale, or by a process that does not reload
            # No update starts from this index then: what only that needs is freed before the write.
            index.search.drop_update_state()
    if persist_later:
        thread = threading.Thread(target=_persist, args=(path, key, index, built), name="persist-index")
        with _saving_lock:
            _saving[:] = [t for t in _saving if t.is_alive()]
            _saving.append(thread)
        thread.start()  # not a daemon: the process waits for it before it exits
    else:
        _persist(path, key, index, built)
    return index


def _give_back_when_freed(search: SearchIndex) -> None:
    """Once `search`, the passage index an update was made from, is freed (the new one swapped in
    for serving), its pages go back to the system: they are in the heaps of the threads that made
    it, which the new index's write does not reuse (at 100,000 passages it held them on top of
    its pickling's own, 20-30 MB above the update's peak)."""
    weakref.finalize(search, _give_back_soon).atexit = False


def _give_back_soon() -> None:
    # Called as the index is freed, before its arrays are: a thread of its own trims once they are
    # (the freeing thread holds the interpreter until it is done).
    threading.Thread(target=give_back, name="give-back", daemon=True).start()


# The last build's parts per parts file, with the key of the code they were built by, in a process
# that reloads (`keep_parts`). They are the very objects the background write pickles: a build reads
# the parts it updates from and never changes them (bot/index/parts.py), so sharing them is safe.
_kept: dict[Path, tuple[str, parts.Parts]] = {}
_kept_lock = threading.Lock()


def kept_parts(path: Path, key: persist.Key) -> parts.Parts | None:
    """The parts the last build of the folder whose parts file is `path` kept in memory, when built
    by this code with this table (else None: the file is read)."""
    with _kept_lock:
        got = _kept.get(path)
    return got[1] if got is not None and got[0] == key.code else None


_saving: list[threading.Thread] = []
_saving_lock = threading.Lock()


def wait_persisted() -> None:
    """Wait until the indexes being persisted in the background are written."""
    with _saving_lock:
        threads = list(_saving)
    for t in threads:
        t.join()


def _persist(path: Path, key: persist.Key, index: Index, built: parts.Parts) -> None:
    saving = time.perf_counter()
    try:
        with no_cyclic_gc(), large_blocks_mapped():  # pickling with the collector on took 3× as long
            persist.save(path, key, persist.Persisted(index.corpus, index.search, index.events))
            give_back()  # the pickling's temporaries, and the last index when a reload swapped it meanwhile
            persist.save_parts(persist.parts_path(path), key, built)
        give_back()
    except OSError as exc:  # a read-only data directory: serve what was built, rebuild next time
        log.warning("cannot persist the index to %s: %s", path, exc)
    else:
        log.info("index persisted in %.2f s", time.perf_counter() - saving)


def _previous_parts(path: Path, key: persist.Key) -> parts.Parts | None:
    """The last build's per-file parts, when there are usable ones (else the build starts afresh)."""
    if not path.exists():
        return None
    try:
        return persist.load_parts(path, key)
    except persist.Unusable as exc:
        log.info("persisted parts %s not used: %s", path, exc)
    except Exception as exc:  # damaged in a way no check foresaw: never used
        log.info("persisted parts %s cannot be read: %s", path, exc.__class__.__name__)
    return None


def workers() -> int:
    """Processes a build may use: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _build(
    root: Path,
    table: AnniversaryTable,
    key: persist.Key,
    previous: parts.Parts | None,
    start: float,
    progress: Callable[[str, int, int], None] | None = None,
    newest_year: int | None = None,
) -> tuple[Index, parts.Parts]:
    from bot.index import parts

    if not root.is_dir():
        load_corpus(root)  # says what is wrong with the folder
    # Not for an update of the passage index this process kept: it allocates as much as it frees,
    # and fresh mappings would cost it their page faults (0.4 s of a 1.1 s update at 100,000
    # passages); a build from scratch holds more at once, and the heap would keep its peak. The
    # update's arrays are in small pages: its fresh ones' faults cost less (bot/index/heap.py).
    scratch = previous is None or previous.search is None
    with large_blocks_mapped() if scratch else small_pages():
        got = parts.build(
            root, table, key.files, previous, workers=workers(), progress=progress, newest_year=newest_year
        )
    steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in got.seconds.items())
    if previous is not None:
        log.info(
            "index updated: %d articles' dates reused, %d worked out; %d steps' lookups checked; %s; %s (%s)",
            got.reused,
            len(got.redone),
            got.checked,
            "all days' events merged" if got.remerged is None else f"{got.remerged} days' events merged again",
            "passage index updated" if got.search_updated else "passage index built",
            steps,
        )
    else:
        log.info("index built (%s)", steps)
    seconds = time.perf_counter() - start
    return Index(got.corpus, got.search, seconds, got.events, table, newest_year=newest_year), got.parts
