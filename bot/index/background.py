"""A step of an index update run in a thread of its own while this one works on another: much of
the passage index is numpy, which releases the interpreter's lock, so Python work meanwhile (the
dates, the per-word tables) runs alongside it."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Background:
    """`fn()` in a thread of its own, started at once; `join` waits for it and raises what it raised."""

    def __init__(self, fn: Callable[[], None], name: str) -> None:
        self._failed: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name)
        self._thread.start()

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except BaseException as exc:  # raised again in the thread that joins
            self._failed.append(exc)

    def join(self) -> None:
        self._thread.join()
        if self._failed:
            raise self._failed[0]
