"""Turning text into search terms, the same way for documents and for queries.

Latin and Cyrillic words are case-folded and stripped of accents ("construyendo", "Türkiye" match
what people type on any keyboard); Chinese, Japanese and Korean runs, which have no spaces, become
overlapping character pairs, the usual approach for CJK retrieval without a dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_COMBINING = re.compile(r"[\u0300-\u036f]")
_CJK_CLASS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK_CLASS}]+|[^\W_{_CJK_CLASS}]+")
_CJK_RUN = re.compile(rf"^[{_CJK_CLASS}]")

_STOPWORDS_TEXT = """
a an and are as at be been but by did do does for from had has have he her his how i in into is it its me my
not of on or our s she so than that the their them then there these they this those to us was we were what
when where which while who whom whose why will with would you your about also can could tell show find any
all more most other some such only own same very just over under again further once here both each few many
much say says said know happened happen mean means please
el la los las de del y en un una unos unas por para con que es se al lo como su sus
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def normalize(text: str) -> str:
    """Case-fold, apply compatibility forms (full-width letters, ligatures) and drop accents."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFKD", folded)))


def _expand(word: str) -> Iterator[str]:
    if _CJK_RUN.match(word):
        if len(word) == 1:
            yield word
        else:
            for i in range(len(word) - 1):
                yield word[i : i + 2]
    else:
        yield word


_HAS_CJK = re.compile(rf"[{_CJK_CLASS}]")


def terms(text: str) -> list[str]:
    """All index terms of a text, in order (duplicates kept, for term frequencies)."""
    norm = normalize(text)
    words = _TOKEN.findall(norm)
    if not _HAS_CJK.search(norm):
        return words  # the common case, and the index build's hot path: words are the terms
    out: list[str] = []
    for word in words:
        out.extend(_expand(word))
    return out


def words(text: str) -> list[str]:
    """Normalised words of a text, CJK runs kept whole (for phrase matching, not for indexing)."""
    return _TOKEN.findall(normalize(text))


def word_spans(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, terms) for each word of the *original* text, for highlighting matches."""
    for m in _TOKEN.finditer(text):
        word = m.group()
        # ASCII words fold by lower-casing alone; skip the full normalisation (snippets are hot).
        yield m.start(), m.end(), [word.lower()] if word.isascii() else terms(word)


def is_cjk(term: str) -> bool:
    return bool(_CJK_RUN.match(term))
