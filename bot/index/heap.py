"""Large blocks from mappings of their own while an index is built from scratch or written, so that
what a step frees goes back to the system at once and the next step does not start from a heap left
large (not while a reload updates the passage index it kept: see `build._build`).

glibc serves a block of 128 KiB or more from a mapping of its own, unmapped when freed, but each
time such a block is freed it raises that threshold to the block's size (up to 32 MiB): after the
first large numpy temporaries of a build, the next ones come from the heap, which keeps what they
free. At 100,000 passages a cold build and its write peaked 57 MB lower with the threshold held at
256 KiB (586 → 544 MB built, 675 → 618 MB written). Afterwards it is set to 32 MiB, glibc's own
ceiling, where a serving bot's thresholds end up anyway: a query's temporaries stay in the heap
instead of costing a mapping and its page faults each time. Elsewhere than glibc this does nothing.

A reload that updates the passage index it kept (`small_pages`) also has numpy not ask for
transparent huge pages for its arrays (numpy's `madvise(MADV_HUGEPAGE)` on every array of 4 MiB or
more): where the kernel grants them on request only (`madvise`, a common default), each first touch
of a 2 MiB page may wait for the kernel to find or compact one, and the update's fresh arrays cost
0.3-0.5 s of system time at 100,000 passages, against about 0.1 s in small pages.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import threading
from collections.abc import Callable, Iterator

_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)
BUILDING = 256 << 10
SERVING = 32 << 20

_lock = threading.Lock()
_holds = [0]


def _libc_function(name: str, *argtypes: type) -> Callable[..., int] | None:
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    fn = getattr(libc, name, None)
    if fn is None:
        return None
    fn.argtypes = list(argtypes)
    fn.restype = ctypes.c_int
    return fn


_mallopt = _libc_function("mallopt", ctypes.c_int, ctypes.c_int)
_malloc_trim = _libc_function("malloc_trim", ctypes.c_size_t)


def give_back() -> None:
    """Return to the system the pages the heap holds free (glibc's `malloc_trim`: a few ms). What an
    update frees (the last passage index, once no longer served; a write's pickling temporaries) is
    freed in the heaps of the threads that made it, where the next update's arrays, made in other
    threads, do not reuse it: at 100,000 passages each update started 60-180 MB above the last."""
    if _malloc_trim is not None:
        _malloc_trim(0)


def _set(threshold: int) -> None:
    if _mallopt is not None:
        _mallopt(_M_MMAP_THRESHOLD, threshold)


@contextlib.contextmanager
def large_blocks_mapped() -> Iterator[None]:
    """Blocks of 256 KiB or more mapped on their own while any build or write is under way."""
    with _lock:
        if _holds[0] == 0:
            _set(BUILDING)
        _holds[0] += 1
    try:
        yield
    finally:
        with _lock:
            _holds[0] -= 1
            if _holds[0] == 0:
                _set(SERVING)


def _find_madvise_switch() -> Callable[[bool], bool] | None:
    """numpy's switch of its huge-page advice (returns the setting it replaces); None if it has none."""
    try:
        multiarray = importlib.import_module("numpy._core.multiarray")
    except ImportError:
        return None
    return getattr(multiarray, "_set_madvise_hugepage", None)


_madvise_hugepage = _find_madvise_switch()
_small_holds = [0, 0]  # updates under way; numpy's setting before the first


@contextlib.contextmanager
def small_pages() -> Iterator[None]:
    """numpy's arrays made without the advice to back them with huge pages while an update is under
    way (see above); the setting is restored after the last one."""
    if _madvise_hugepage is None:
        yield
        return
    with _lock:
        if _small_holds[0] == 0:
            _small_holds[1] = int(_madvise_hugepage(False))
        _small_holds[0] += 1
    try:
        yield
    finally:
        with _lock:
            _small_holds[0] -= 1
            if _small_holds[0] == 0:
                _madvise_hugepage(bool(_small_holds[1]))
