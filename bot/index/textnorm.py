"""Turning text into words, the same way for documents and for queries.

Words are NFKC-normalised, case-folded and stripped of accents ("construyendo", "Türkiye" match
what people type on any keyboard; Cyrillic й keeps its breve, because Russian stemming needs it).
Format characters (zero-width joiners and spaces, soft hyphens, direction marks) are removed, so a
word pasted with one inside is still one word. Chinese runs are segmented into words with jieba's
dictionary (rjieba, its Rust port: same dictionary and segmentation, loads in a tenth of the time);
Japanese and Korean runs, which jieba does not know, become overlapping character pairs.

Queries are cleaned first (`clean_query`): chat mentions (`@everyone`, `<@123>`, `<#123>`), pasted
markup and links are not what anyone searches for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Unicode "format" characters (category Cf) and variation selectors: invisible, never part of a
# word's spelling. tests/test_search_windows.py checks that this covers every Cf code point.
_FORMAT_CLASS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_FORMAT = re.compile(f"[{_FORMAT_CLASS}]")
# Combining marks are dropped (accents), except the breve of Cyrillic й.
_COMBINING = re.compile(r"(?<!и)[\u0300-\u036f]|(?<=и)[\u0300-\u0305\u0307-\u036f]")
# What normalize() may drop from text that is printable and decomposes no further: combining marks
# and the format characters that are printable (variation selectors; tests/test_search_windows.py).
# Latin letters that no Unicode decomposition strips to a base letter, written as the base letters
# people type for them ("Jørn Utzon" / "jorn", "Łódź" / "lodz", "Ærø" / "aero").
_LETTERS_AS_LATIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_UNDECOMPOSED = re.compile("[øæœłđðþı]")
_MARK_OR_SELECTOR = re.compile("[\u0300-\u036f\u180b-\u180f\ufe00-\ufe0f]")
_HAN_CLASS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CLASS = rf"\u3040-\u30ff{_HAN_CLASS}\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK_CLASS}]+|[^\W_{_CJK_CLASS}]+")
# The same on raw text, where a format character may sit inside a word (for highlighting).
_RAW_TOKEN = re.compile(rf"[{_CJK_CLASS}]+|[^\W_{_CJK_CLASS}]+(?:[{_FORMAT_CLASS}]+[^\W_{_CJK_CLASS}]+)*")
_WORD = re.compile(r"[^\W_]+")  # _TOKEN on text without CJK
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # _TOKEN on ASCII text once normalised (lower case)
_CJK_START = re.compile(rf"^[{_CJK_CLASS}]")
_HAS_CJK = re.compile(rf"[{_CJK_CLASS}]")
_HAN_ONLY = re.compile(rf"^[{_HAN_CLASS}]+$")

_STOPWORDS_TEXT = """
a an and are as at be been but by did do does for from had has have he her his how i in into is it its me my
not of on or our s she so than that the their them then there these they this those to us was we were what
when where which while who whom whose why will with would you your about also can could tell show find any
all more most other some such only own same very just over under again further once here both each few many
much say says said know happened happen mean means please
el la los las de del y en un una unos unas por para con que es se al lo como su sus
quien quienes donde cuando cual cuales cuanto cuantos fue esta este estos estas sobre entre pero
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от
меня еще нет о из ему ли если уже или ни быть был него до вас там себя ей они тут где есть для мы их чем
была сам без чего тоже себе под будет тогда кто этот того потому этого какой какая какие здесь этом при об
эти нас про всего них эту этой такой им более между это также вместо после перед через около против кроме среди
ради возле вокруг внутри согласно
的 了 是 在 和 与 吗 呢 什么 谁 哪 哪里 哪个 怎么 如何 为什么 有 关于 这 那 个
"""
# Dropped from queries (not from the index): English, Spanish, Russian and Chinese function words
# and question verbs. Only languages whose function words are not content words in English: the
# German "war" or "die" must not be dropped.
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Chat mentions (Discord <@123>, <@!123>, <@&123>, <#123>, @everyone; Telegram @username), pasted
# tags ("<b>Liddell</b>") and links.
_NOISE = re.compile(r"<[@#][!&]?\d+>|(?<![\w@])@\w+|</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>|\bhttps?://\S*")


def strip_format(text: str) -> str:
    return _FORMAT.sub("", text)


def clean_query(query: str) -> str:
    """The words a user meant to search for: mentions, markup, links and format characters removed."""
    return _NOISE.sub(" ", strip_format(query))


# A pinyin name whose syllables an apostrophe parts ("Xi'an", "Yan’an", "Tian'anmen"): one word, as
# it is one name ("xian"), not "xi" (Xi Jinping's) and "an".
_PINYIN_APOSTROPHE = re.compile(r"\b([a-z]{2,6})['’]([aeo][a-z]{0,8})\b")


def _pinyin_joined(m: re.Match[str]) -> str:
    from bot.index.translit import reads_as_pinyin  # (loaded when an apostrophe comes before a vowel)

    left, right = m.group(1), m.group(2)
    return left + right if reads_as_pinyin(left) and reads_as_pinyin(right) else m.group(0)


def normalize(text: str) -> str:
    """Case-fold, apply compatibility forms (full-width letters, ligatures), drop accents and
    format characters; join a pinyin name's syllables an apostrophe parts."""
    out = _folded(text)
    if "'" in out or "’" in out:
        return _PINYIN_APOSTROPHE.sub(_pinyin_joined, out)
    return out


def _folded(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    if _UNDECOMPOSED.search(folded):
        folded = folded.translate(_LETTERS_AS_LATIN)
    if folded.isprintable() and unicodedata.is_normalized("NFKD", folded) and not _MARK_OR_SELECTOR.search(folded):
        # Nothing to drop (the common case: curly quotes, dashes, letters without accents), so the
        # steps below would leave the text as it is: format characters are not printable except
        # the variation selectors, and no character decomposes into an accent. Two quick scans
        # instead of two regular-expression substitutions (a build's words: 1.2 → 0.5 s at
        # 100,000 passages).
        return unicodedata.normalize("NFC", folded)
    folded = _FORMAT.sub("", folded)
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFKD", folded)))


def is_cjk(term: str) -> bool:
    return bool(_CJK_START.match(term))


def is_han(term: str) -> bool:
    """Chinese characters only (no kana or hangul): what jieba segments."""
    return bool(_HAN_ONLY.match(term))


def _pairs(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


@lru_cache(maxsize=65536)
def han_terms(run: str) -> tuple[str, ...]:
    """Index terms of a run of Chinese characters: jieba's search mode, i.e. each word and the
    dictionary words inside it (联合声明 → 联合, 声明, 联合声明), so a query for a part finds the whole."""
    # rjieba is imported where Chinese is first met: it loads jieba's dictionary on import (30 MB,
    # 0.1 s), which a process whose corpus and queries have no Chinese never needs.
    import rjieba

    return tuple(rjieba.cut_for_search(run))


def han_words(run: str) -> list[str]:
    """The words of a Chinese run, as a reader would split it (jieba's default mode)."""
    import rjieba  # on first use: see han_terms

    return list(rjieba.cut(run))


def terms(text: str) -> list[str]:
    """All index terms of a text, in order (duplicates kept, for term frequencies)."""
    norm = normalize(text)
    # The common case, and the index build's hot path: no CJK, so the words are the terms, and
    # simpler patterns find the same words as _TOKEN (its CJK alternative cannot match).
    if norm.isascii():
        return _ASCII_WORD.findall(norm)
    if not _HAS_CJK.search(norm):
        return _WORD.findall(norm)
    words = _TOKEN.findall(norm)
    out: list[str] = []
    for word in words:
        if not is_cjk(word):
            out.append(word)
        elif is_han(word):
            out.extend(han_terms(word))
        else:
            out.extend(_pairs(word))
    return out


def tokens(text: str) -> list[str]:
    """Normalised tokens of a text, Chinese runs kept whole (as `words` would split them)."""
    return _TOKEN.findall(normalize(text))


def words(text: str) -> list[str]:
    """Normalised words of a text: Chinese runs split into words, Japanese/Korean runs kept whole
    (for queries and phrase matching)."""
    out: list[str] = []
    for word in _TOKEN.findall(normalize(text)):
        if is_han(word):
            out.extend(han_words(word))
        else:
            out.append(word)
    return out


def cjk_pairs(word: str) -> list[str]:
    """A Japanese/Korean word's index terms (overlapping character pairs)."""
    return _pairs(word)


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, normalised word) for each word of the *original* text, for highlighting:
    Chinese runs yield one span per word, not one per run; a pinyin name an apostrophe parts is
    one span ("Xi’an": "xian"), as `normalize` makes it one word."""
    spans = _word_spans(text)
    if "'" not in text and "’" not in text:
        yield from spans
        return
    last: tuple[int, int, str] | None = None
    for span in spans:
        if last is not None and text[last[1] : span[0]] in ("'", "’"):
            joined = _PINYIN_APOSTROPHE.sub(_pinyin_joined, f"{last[2]}'{span[2]}")
            if "'" not in joined:
                last = (last[0], span[1], joined)
                continue
        if last is not None:
            yield last
        last = span
    if last is not None:
        yield last


def _word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _RAW_TOKEN.finditer(text):
        word = m.group()
        if word.isascii():
            yield m.start(), m.end(), word.lower()  # ASCII folds by lower-casing alone (snippets are hot)
        elif _HAN_ONLY.match(word):
            import rjieba  # on first use: see han_terms

            base = m.start()
            for w, s, e in rjieba.tokenize(word):
                yield base + s, base + e, normalize(w)
        else:
            yield m.start(), m.end(), normalize(word)
