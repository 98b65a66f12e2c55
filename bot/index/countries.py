"""Country names in other languages, from CLDR (through Babel): a query may name a country in a
language the documents don't write it in — 南非 for a text that says South Africa, Армении for
Armenia, Sudáfrica for 南非 — and no spelling rule reaches a translated name."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.index.lang import stem
from bot.index.textnorm import STOPWORDS, words

# The languages whose country names a query may use, and the order in which a corpus's own
# spelling is sought: the first locale whose name the corpus has wins.
LOCALES = ("en", "es", "fr", "de", "it", "pt", "ru", "uk", "zh", "zh_Hant")
MAX_NAME_WORDS = 3

Name = tuple[str, ...]


def _key(ws: Sequence[str]) -> Name:
    # Stems, so that an inflected query word (Армении, Южной Африке) meets the name as CLDR
    # writes it (Армения).
    return tuple(stem(w, 0) for w in ws)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[Name, frozenset[str]], dict[str, tuple[Name, ...]]]:
    """(country codes by each name's key, every name of each country in LOCALES order)."""
    try:
        from babel import Locale  # imported here: only a query naming a country needs its data
    except ImportError:  # pragma: no cover - babel is a dependency
        return {}, {}
    codes: dict[Name, set[str]] = {}
    names: dict[str, list[Name]] = {}
    for code in LOCALES:
        for territory, name in Locale.parse(code).territories.items():
            # Countries only: the numeric codes are regions (中非 is "Middle Africa" there, and
            # "China–Africa" in a query), ZZ is "Unknown Region".
            if len(territory) != 2 or not territory.isalpha() or territory == "ZZ":
                continue
            # (and the name before its qualifier, as texts write it: 刚果 of "刚果（布）", Congo of "Congo -
            # Kinshasa", Myanmar of "Myanmar (Burma)"; it names each country it qualifies)
            for ws in dict.fromkeys((tuple(words(name)), tuple(words(_QUALIFIED.split(name, maxsplit=1)[0])))):
                # A name that is also a function word ("Того" is Togo and "of that") stays out.
                if not ws or len(ws) > MAX_NAME_WORDS or (len(ws) == 1 and ws[0] in STOPWORDS):
                    continue
                codes.setdefault(_key(ws), set()).add(territory)
                if ws not in names.setdefault(territory, []):
                    names[territory].append(ws)
    return {k: frozenset(v) for k, v in codes.items()}, {k: tuple(v) for k, v in names.items()}


_QUALIFIED = re.compile(r"\s*[（(]|\s+-\s+")


def countries_named(stem_of_word: str) -> frozenset[str]:
    """The countries a one-word name names, by its English stem ("slovenia": SI), in any of LOCALES."""
    return _table()[0].get((stem_of_word,), frozenset())


def other_names(span: Sequence[str]) -> tuple[Name, ...]:
    """Every name, in every language of LOCALES, of the country `span` (normalised words) names."""
    codes, names = _table()
    found = codes.get(_key(span), frozenset())
    return tuple(n for code in sorted(found) for n in names[code] if n != tuple(span))


def in_corpus_words(ws: list[str], has: Callable[[str], bool], reached: Callable[[str], bool]) -> list[str]:
    """The query's words with each country name the search cannot reach written as the corpus
    writes it (the first such name, in LOCALES order); every other word as it is. `has` says the
    corpus holds a word; `reached`, that the search finds a word some other way (a spelling in
    another script, a typo), which then stays as it is: Иран already finds Iran and Iranian."""
    out: list[str] = []
    found = {w: reached(w) for w in dict.fromkeys(ws)}  # (each word once: a word is in up to three spans)
    i = 0
    while i < len(ws):
        for n in range(min(MAX_NAME_WORDS, len(ws) - i), 0, -1):
            span = ws[i : i + n]
            if all(found[w] for w in span):
                continue
            name = next((nm for nm in other_names(span) if all(has(w) for w in nm)), None)
            if name is not None:
                out.extend(name)
                i += n
                break
        else:
            out.append(ws[i])
            i += 1
    return out
