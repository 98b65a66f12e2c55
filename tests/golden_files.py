"""Golden replies: a reply as the platform received it, compared with a committed file under
tests/golden/<platform>/<language>/<case>.txt (docs/languages.md).

To regenerate them after a deliberate change of wording, layout or translation, run `make golden`
(the golden tests with MEMORIAL_UPDATE_GOLDEN=1), then read the diff (`git diff tests/golden`) in
each language.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE_ENV = "MEMORIAL_UPDATE_GOLDEN"
LANGUAGES = ("en", "ru", "zh", "es")
# /onthisday for 3 September as each language types it (ru and es read numeric dates day first).
TYPED_DAY = {"en": "09-03", "ru": "03.09", "zh": "9月3日", "es": "03/09"}


def check_golden(platform: str, language: str, case: str, text: str) -> None:
    """`text` must equal the committed golden file (or, with MEMORIAL_UPDATE_GOLDEN=1, becomes it)."""
    path = GOLDEN / platform / language / f"{case}.txt"
    text = text.rstrip("\n") + "\n"
    if os.environ.get(UPDATE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.relative_to(GOLDEN.parent)}: run with {UPDATE_ENV}=1 to write it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{platform}/{language}/{case} differs from its golden file ({UPDATE_ENV}=1 rewrites it):\n{text}"
    )
