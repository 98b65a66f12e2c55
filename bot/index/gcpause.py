"""The cyclic garbage collector paused while an index is built, opened or written: on its own, so
that opening a persisted index does not import the build (bot/index/parts.py, with the year rules)."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_gc_lock = threading.Lock()
# builds under way; whether the collector was enabled before the first; whether one froze already
_gc_holds: list[int] = [0, 1, 0]


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector off while an index is built or opened. A build allocates
    millions of objects that live on, and each full collection walks all of them: at 100,000
    passages that was a quarter of a cold build and a third of an update (7.5 s and 2.6 s). What an
    index build drops is freed by reference counting.

    When the process's first build or opening ends, what is alive is frozen (`gc.freeze`) before the
    collector runs again: its first collections would otherwise walk every object the build made
    (1.9 s at 1,000,000 passages, at the first queries). Frozen objects are still freed by
    reference counting when an index is replaced. Later builds (reloads) do not freeze: by then the
    serving bot's own cyclic garbage would be frozen too, and never collected. (Worker processes
    run with the collector off: they live for one build.)"""
    with _gc_lock:
        if _gc_holds[0] == 0:
            _gc_holds[1] = int(gc.isenabled())
            gc.disable()
        _gc_holds[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holds[0] -= 1
            if _gc_holds[0] == 0 and _gc_holds[1]:
                if not _gc_holds[2]:
                    gc.freeze()
                    _gc_holds[2] = 1
                gc.enable()
