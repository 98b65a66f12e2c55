"""The index build's fast paths for reading words give exactly what the general steps give:
`normalize` without its substitutions when there is nothing to drop, `terms` with simpler patterns
for text without CJK, and `tokenize`'s languages for all passages at once (`detect_latin` per
passage)."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from bot.index import search, textnorm
from bot.index.lang import LATIN_LANGS, detect_latin
from bot.index.search import Passage, tokenize


def _normalize_reference(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    if not folded.isascii():
        folded = textnorm._FORMAT.sub("", folded)
        folded = unicodedata.normalize("NFC", textnorm._COMBINING.sub("", unicodedata.normalize("NFKD", folded)))
    # (then a pinyin name's syllables an apostrophe parts are joined, on either path: "xi’an" → "xian")
    return textnorm._PINYIN_APOSTROPHE.sub(textnorm._pinyin_joined, folded)


def _terms_reference(text: str) -> list[str]:
    out: list[str] = []
    for word in textnorm._TOKEN.findall(_normalize_reference(text)):
        if not textnorm.is_cjk(word):
            out.append(word)
        elif textnorm.is_han(word):
            out.extend(textnorm.han_terms(word))
        else:
            out.extend(textnorm.cjk_pairs(word))
    return out


SAMPLES = [
    "Victory Day, 9 May 1945",
    "The “Lady from Chungking” — Anna May Wong’s film",
    "Türkiye, São Paulo, construyendo, Zürich, ﬁnal, ＡＢＣ１２",
    "Хабаровск, Йошкар-Ола, йод, и\u0306, и\u0301\u0306",
    "Liddell\u200bLiddell soft\u00adhyphen e\u0301 x\u0304 ☺\ufe0f \u180bmongol",
    "联合声明 唐山大地震 の 東京 서울 mixed 中文text",
    "ᄀ\u200dᅡ jamo, tab\there, line\nbreak, a_b, 3rd, ½, ²",
    "Ελλάδα, العربية\u200f, हिन्दी, ไทย",
]


def test_every_printable_format_character_is_a_selector() -> None:
    """The fast path skips the format characters' substitution for printable text: every format
    character that is printable must be found by the check instead."""
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        if textnorm._FORMAT.match(ch) and ch.isprintable():
            assert textnorm._MARK_OR_SELECTOR.match(ch), hex(c)


def test_normalize_and_terms_equal_the_general_steps() -> None:
    rng = random.Random(15)
    alphabet = "".join(SAMPLES) + " \u0306\u0301\u0300\u00a0\u2019"
    texts = [*SAMPLES, *("".join(rng.choice(alphabet) for _ in range(40)) for _ in range(3000))]
    for text in texts:
        assert textnorm.normalize(text) == _normalize_reference(text), text
        assert textnorm.terms(text) == _terms_reference(text), text


@pytest.mark.parametrize("chunk", [7, 1 << 20])
def test_tokenize_languages_are_detect_latin_per_passage(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "_LANGUAGE_CHUNK", chunk)  # words counted in chunks of the stream
    rng = random.Random(15)
    words = [
        "the",
        "of",
        "la",
        "de",
        "der",
        "het",
        "und",
        "y",
        "et",
        "le",
        "il",
        "o",
        "a",
        "en",
        "van",
        "zanzibar",
        "harbour",
        "sea",
    ]
    texts = ["", "Zanzibar", "la de", "de la", "el la los", "de het", *SAMPLES]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randrange(12))) for _ in range(500)]
    got = tokenize([Passage(0, 1, t) for t in texts])
    assert got.lang.dtype.name == "int8" and got.votes.dtype.name == "int32"
    for i, text in enumerate(texts):
        lang, votes = detect_latin(textnorm.terms(text))
        assert (int(got.lang[i]), int(got.votes[i])) == (lang, votes), text
        assert 0 <= lang < len(LATIN_LANGS)


def test_pair_postings_by_one_sort_are_the_general_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pair postings sorted as one packed int64 equal those of the stable argsort, which a
    corpus too large to pack falls back to."""
    from bot.corpus import load_corpus
    from bot.index.search import SearchIndex
    from tests.paths import SEEDS

    corpus = load_corpus(SEEDS)
    packed = SearchIndex.from_corpus(corpus)
    monkeypatch.setattr(search, "_ONE_SORT_LIMIT", 0)
    general = SearchIndex.from_corpus(corpus)
    assert len(packed._pair_key) > 1000
    for name in ("_pair_key", "_pair_pid"):
        a, b = getattr(packed, name), getattr(general, name)
        assert a.dtype == b.dtype and (a == b).all(), name
