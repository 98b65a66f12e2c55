"""A worker process's results unpickled with equal reasons shared (issue 15).

The year rules give each article's present, evidence, base years and mentions a reason (`Why`, a
`str` that keeps its pieces: bot/i18n/pieces.py), and many are the same text made again per
article. Each task's result comes back in a pickle of its own, so each brings its own copies: at
100,000 passages 20,000 reasons of the presents alone, a third of them distinct. Unpickled here,
a reason equal to one already unpickled in the same build (the same English and the same pieces,
compared piece by piece, type for type) is that one: a `Why` is never changed once made, so the
copies are freed at once and the results read as they did.
"""

from __future__ import annotations

import io
import pickle
from typing import Any

from bot.i18n.pieces import Why


def _same(a: object, b: object) -> bool:
    """Whether two pieces (or their fields) are equal and of the same types all the way down: a
    `Weekday(3)` is no `Ordinal(3)`, though tuples compare equal. Reasons among them are shared
    ones already (`Reasons.why`): the same exactly when they are the same object."""
    if a is b:
        return True
    if type(a) is not type(b) or isinstance(a, Why):
        return False
    if isinstance(a, tuple | list):
        assert isinstance(b, tuple | list)
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    return a == b


class Reasons:
    """The reasons unpickled so far in a build, by their English text."""

    def __init__(self) -> None:
        self._by_text: dict[str, list[Why]] = {}

    def why(self, pieces: tuple[Any, ...], english: str | None = None) -> Why:
        """`Why(pieces, english)` (what a `Why` is unpickled by), or the equal one made before."""
        if english is None:
            return Why(pieces)  # (never pickled so: `Why.__reduce__` gives its English)
        seen = self._by_text.setdefault(english, [])
        for w in seen:
            if _same(w.pieces, pieces):
                return w
        made = Why(pieces, english)
        seen.append(made)
        return made

    def loads(self, data: bytes) -> Any:
        """`pickle.loads(data)`, each reason in it shared with the equal ones before."""
        return _Unpickler(io.BytesIO(data), self).load()


class _Unpickler(pickle.Unpickler):
    def __init__(self, f: io.BytesIO, reasons: Reasons) -> None:
        super().__init__(f)
        self._reasons = reasons

    def find_class(self, module: str, name: str) -> Any:
        if module == Why.__module__ and name == Why.__qualname__:
            return self._reasons.why
        return super().find_class(module, name)
