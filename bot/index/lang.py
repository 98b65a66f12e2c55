"""Which language a passage is in, and the word stems (Snowball, via PyStemmer) that let
"declared" find "declaration" and "космонавтов" find "космонавты".

Detection is cheap on purpose: the script decides for Cyrillic, Greek, Arabic and Armenian words;
for Latin-script words the passage's most frequent function words decide between the languages
below (English when none shows).
"""

from __future__ import annotations

import gzip
import importlib.resources
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

from bot.index.textnorm import normalize

# Latin-script languages told apart by their function words, in order of preference on a tie.
LATIN_LANGS = ("english", "spanish", "french", "german", "italian", "portuguese", "dutch")
DEFAULT = 0  # english
_FUNCTION_WORDS = {
    "english": "the of and to in is was that for with on as by at from his her it are were be this which has have had",
    "spanish": "el la los las de del y en que es un una por para con se su sus al lo como mas pero fue son esta",
    "french": "le la les de des du et en un une est que qui dans pour par sur au aux pas ne il elle avec ce sont",
    "german": "der die das und den dem des ist nicht ein eine einen mit von zu im auf fur sich auch es wurde wird sind",
    "italian": "il lo la gli le di del della che e un una per con non sono nel alla dei anche piu come ha al",
    "portuguese": "o a os as de do da dos das e em no na um uma que para com nao por se mais foi ao pelo",
    "dutch": "de het een en van is dat op te in voor met niet zijn aan er ook als bij door wordt werd naar maar",
}
# word → bitmask of the languages it is a function word of
FUNCTION_WORD_LANGS: dict[str, int] = {}
for _i, _lang in enumerate(LATIN_LANGS):
    for _w in _FUNCTION_WORDS[_lang].split():
        FUNCTION_WORD_LANGS[_w] = FUNCTION_WORD_LANGS.get(_w, 0) | (1 << _i)

# Scripts with one Snowball stemmer each (by the first letter of a word; ranges of Unicode blocks).
_SCRIPT_STEMMERS = (
    ("\u0400", "\u052f", "russian"),
    ("\u0370", "\u03ff", "greek"),
    ("\u0600", "\u06ff", "arabic"),
    ("\u0530", "\u058f", "armenian"),
)


def detect_latin(tokens: Iterable[str]) -> tuple[int, int]:
    """(language index into LATIN_LANGS, function words seen) for a passage's normalised words."""
    counts = Counter(filter(None, map(FUNCTION_WORD_LANGS.get, tokens)))
    if not counts:
        return DEFAULT, 0
    votes = [0] * len(LATIN_LANGS)
    for mask, n in counts.items():
        for i in range(len(LATIN_LANGS)):
            if mask >> i & 1:
                votes[i] += n
    best = max(range(len(LATIN_LANGS)), key=lambda i: (votes[i], -i))
    return best, votes[best]


# Spelling dictionaries (pyspellchecker's word counts, from subtitles and web text) by language.
_DICTIONARY_CODES = {"english": "en", "spanish": "es", "french": "fr", "german": "de", "italian": "it",
                     "portuguese": "pt", "dutch": "nl"}  # fmt: skip
# A word counted this often is an everyday word of the language (names and rare words sit far below:
# "election" 18,773, "orphans" 4,358; "hogg", "garda", "tientsin" 50–60).
COMMON_WORD_MIN_COUNT = 1000


_COUNTED_WORD = re.compile(rf'"([^"]+)": (\d{{{len(str(COMMON_WORD_MIN_COUNT))},}})')


_loaded: dict[str, frozenset[str]] = {}  # dictionary code → its everyday words, once a query asked


def _common_words(code: str) -> frozenset[str]:
    """Loaded by the first query that asks, and kept."""
    got = _loaded.get(code)
    if got is None:
        got = _loaded[code] = _read_common_words(code)
    return got


def _read_common_words(code: str) -> frozenset[str]:
    """The dictionary's word counts are read straight from its file (0.08 s, 4 MB kept) rather than
    through a SpellChecker (0.3 s, 35 MB while loading)."""
    resource = importlib.resources.files("spellchecker") / "resources" / f"{code}.json.gz"
    text = gzip.decompress(resource.read_bytes()).decode("utf-8")
    return frozenset(normalize(w) for w, n in _COUNTED_WORD.findall(text) if int(n) >= COMMON_WORD_MIN_COUNT)


def common_word(word: str, latin_lang: int) -> bool:
    """Whether a (normalised) word is an everyday word of the language, correctly spelled: then it
    is no misspelling of some other word."""
    return word in _common_words(_DICTIONARY_CODES[LATIN_LANGS[latin_lang]])


def everyday_words(latin_langs: Iterable[int], keep: bool = False) -> frozenset[str]:
    """The everyday words of any of these languages (`common_word`), for a build that asks of every
    corpus word. A dictionary no query has loaded is read for it, and kept only with `keep` (a
    process that updates its index, and would read it again at every update): 4 MB a language
    that would otherwise stay in a building process up to when it writes the index (its peak)."""
    codes = [_DICTIONARY_CODES[LATIN_LANGS[li]] for li in latin_langs]
    read = _common_words if keep else lambda c: _loaded.get(c) or _read_common_words(c)
    return frozenset().union(*map(read, codes))


@cache
def _stemmer(name: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(name)


def script_language(word: str) -> str | None:
    """The stemmer for a non-Latin alphabetic word (None for Latin, CJK, digits...)."""
    c = word[:1]
    if c.isascii():
        return None
    for lo, hi, name in _SCRIPT_STEMMERS:
        if lo <= c <= hi:
            return name
    return None


def is_latin(word: str) -> bool:
    c = word[:1]
    return c.isalpha() and (c.isascii() or "\u00c0" <= c <= "\u024f")


# English irregular forms the stemmer cannot join to their base: past tenses, participles and
# plurals (built → build, ran → run, children → child). General English, the same for any
# archive; forms that are also common other words ("left", "found", "ground", "bound", "wound",
# "fed") are left out; "fell" is kept: in news and history it is nearly always the past of "fall".
_IRREGULAR_EN = {
    form: base
    for base, forms in (
        ("arise", "arose arisen"), ("awake", "awoke awoken"), ("bear", "borne"), ("beat", "beaten"),
        ("become", "became"), ("begin", "began begun"), ("bend", "bent"), ("bite", "bit bitten"),
        ("bleed", "bled"), ("blow", "blew blown"), ("break", "broke broken"), ("breed", "bred"),
        ("bring", "brought"), ("build", "built"), ("burn", "burnt"),
        ("buy", "bought"), ("catch", "caught"), ("choose", "chose chosen"), ("cling", "clung"),
        ("come", "came"), ("creep", "crept"), ("deal", "dealt"), ("dig", "dug"), ("do", "did done"),
        ("draw", "drew drawn"), ("dream", "dreamt"), ("drink", "drank drunk"), ("drive", "drove driven"),
        ("eat", "ate eaten"), ("fall", "fallen fell"), ("fight", "fought"), ("flee", "fled"),
        ("fling", "flung"), ("fly", "flew flown"), ("forbid", "forbade forbidden"), ("forget", "forgot forgotten"),
        ("forgive", "forgave forgiven"), ("freeze", "froze frozen"), ("get", "got gotten"), ("give", "gave given"),
        ("go", "went gone"), ("grow", "grew grown"), ("hang", "hung"), ("have", "had"),
        ("hear", "heard"), ("hide", "hid hidden"), ("hold", "held"), ("keep", "kept"), ("kneel", "knelt"),
        ("know", "knew known"), ("lead", "led"), ("lean", "leant"), ("leap", "leapt"), ("learn", "learnt"),
        ("lend", "lent"), ("lie", "lain"), ("light", "lit"), ("lose", "lost"), ("make", "made"),
        ("mean", "meant"), ("meet", "met"), ("overcome", "overcame"), ("pay", "paid"), ("ride", "rode ridden"),
        ("ring", "rang rung"), ("rise", "risen"), ("run", "ran"), ("say", "said"), ("see", "seen"),
        ("seek", "sought"), ("sell", "sold"), ("send", "sent"), ("shake", "shook shaken"), ("shine", "shone"),
        ("shoot", "shot"), ("show", "shown"), ("shrink", "shrank shrunk"), ("sing", "sang sung"),
        ("sink", "sank sunk"), ("sit", "sat"), ("sleep", "slept"), ("slide", "slid"), ("speak", "spoke spoken"),
        ("speed", "sped"), ("spend", "spent"), ("spin", "spun"), ("spit", "spat"),
        ("spring", "sprang sprung"), ("stand", "stood"), ("steal", "stole stolen"), ("stick", "stuck"),
        ("sting", "stung"), ("stink", "stank stunk"), ("stride", "strode"), ("strike", "struck stricken"),
        ("string", "strung"), ("strive", "strove striven"), ("swear", "swore sworn"), ("sweep", "swept"),
        ("swim", "swam swum"), ("swing", "swung"), ("take", "took taken"), ("teach", "taught"),
        ("tear", "torn"), ("tell", "told"), ("think", "thought"), ("throw", "threw thrown"),
        ("tread", "trod trodden"), ("undergo", "underwent undergone"), ("understand", "understood"),
        ("undertake", "undertook undertaken"), ("wake", "woke woken"), ("wear", "wore worn"),
        ("weave", "wove woven"), ("weep", "wept"), ("win", "won"), ("withdraw", "withdrew withdrawn"),
        ("write", "wrote written"),
        ("child", "children"), ("man", "men"), ("woman", "women"), ("foot", "feet"), ("tooth", "teeth"),
        ("mouse", "mice"), ("goose", "geese"), ("ox", "oxen"), ("crisis", "crises"),
        ("thesis", "theses"), ("phenomenon", "phenomena"), ("criterion", "criteria"),
    )
    for form in forms.split()
}  # fmt: skip


def _base(word: str, latin_lang: int) -> str:
    if latin_lang != DEFAULT:
        return word
    if "is" in word and (british := _BRITISH_IS.sub(r"iz\1", word)) != word:
        # British -ise spellings as -ize, which Snowball joins into one family: demilitarise,
        # demilitarisation and demilitarization all meet (applied to text and queries alike).
        return british
    if "our" in word and (american := _BRITISH_OUR.sub(r"or\1", word)) != word:
        return american  # honouring / honoring, colours / colors, labour / labor
    base = _IRREGULAR_EN.get(word)
    if base is None:
        # With a prefix the table lacks: rebuilt → rebuild, outgrown → outgrow, undone → undo.
        pre = next((p for p in _PREFIXES if word.startswith(p) and word[len(p) :] in _IRREGULAR_EN), None)
        base = pre + _IRREGULAR_EN[word[len(pre) :]] if pre else word
    return base


_PREFIXES = ("re", "un", "over", "under", "out", "mis", "fore", "with")
# -our after at least three letters (not hour, four, your, tour, flour).
_BRITISH_OUR = re.compile(r"(?<=\w{3})our(s|ed|ing|able|ably|ite|ites|ful|less|er|ers|ism|ist|ists)?$")
_BRITISH_IS = re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations|ational|er|ers)$")


def stem(word: str, latin_lang: int) -> str:
    """The Snowball stem of a normalised word: by its script, else by the passage's Latin language.
    Words of other scripts (Chinese, digits...) are their own stem."""
    name = script_language(word)
    if name is None:
        if not is_latin(word) or len(word) < 3:
            return word
        name = LATIN_LANGS[latin_lang]
        word = _base(word, latin_lang)
    return str(_stemmer(name).stemWord(word))


def stem_many(words: list[str], latin_lang: int) -> list[str]:
    """stem() for many words of one Latin language at once (the index build's batch path)."""
    out = list(words)
    latin = [i for i, w in enumerate(words) if len(w) >= 3 and is_latin(w)]
    if latin:
        stems = _stemmer(LATIN_LANGS[latin_lang]).stemWords([_base(words[i], latin_lang) for i in latin])
        for i, s in zip(latin, stems, strict=True):
            out[i] = s
    for i, w in enumerate(words):
        name = script_language(w)
        if name is not None:
            out[i] = _stemmer(name).stemWord(w)
    return out


# English derivations the stemmer leaves apart: the verb's stem and the noun's end differently
# (exclud-e / exclus-ion, demolish / demolit-ion, describ-e / descript-ion, reduc-e / reduct-ion,
# admit / admiss-ion). Tails of Snowball English stems, both ways.
# congratul-atori (congratulatory) / congratul (congratulate): the adjective in -atory.
_DERIVATIONS = (
    ("d", "s"),
    ("ish", "it"),
    ("b", "pt"),
    ("c", "ct"),
    ("t", "ss"),
    ("atori", ""),
)
# A country and its people: Iran / Iranian, Korea / Korean, Vietnam / Vietnamese (stemmed: vietnames).
# For a name written in another script (Иран finds Iranian), and for an English word the corpus
# has in no form (Bulgarian finds Bulgaria): for every English word the extra forms cost more lookup
# time than they found.
_DEMONYMS = (("", "ian"), ("a", "an"), ("", "es"), ("a", "es"))  # (the last: burma / burmes-e, malta / maltes-e)
_MIN_DERIVED_STEM = 5


def spanish_derived_stems(spanish_stem: str) -> list[str]:
    """The verb's stem for a noun in -ción whose stem Snowball keeps whole (grabacion → grab, as
    "grabará"; construccion → constru, as "construyó"), the nouns for a verb's stem, the stem
    with or without the e Snowball leaves before a past's ó (homenaje, homenajeó), a noun in
    -aje's verb (aterrizaje, aterrizó) or a verb's noun in -aje, and an adjective's noun in -eza
    (limpias, limpieza) or a noun's adjective."""
    if spanish_stem.endswith(("acion", "icion")):
        other = [spanish_stem[:-5]]
    elif spanish_stem.endswith("ccion"):
        other = [spanish_stem[:-4]]
    else:
        other = [spanish_stem + "acion", spanish_stem + "icion"]
    # (homenajeó → homenaje, but homenaje → homenaj: Snowball keeps the e before a past's ó)
    other.append(spanish_stem[:-1] if spanish_stem.endswith("e") else spanish_stem + "e")
    # (the noun in -aje of a verb in -ar: aterrizaje → aterriz, as "aterrizó"; and back)
    other.append(spanish_stem[:-2] if spanish_stem.endswith("aj") else spanish_stem + "aj")
    # (the noun in -eza of an adjective: limpieza → limpi, as "limpias"; pobreza → pobr; and back)
    other.append(spanish_stem[:-2] if spanish_stem.endswith("ez") else spanish_stem + "ez")
    return [s for s in other if len(s) >= _MIN_DERIVED_STEM - 1]  # (grab, fund: Spanish stems are short)


def derived_stems(english_stem: str, *, demonyms: bool = False) -> list[str]:
    """Other English stems of the same word family (exclud → exclus, exclus → exclud); with
    `demonyms`, a country's people too (iran → iranian)."""
    out = _swapped_endings(english_stem, _DERIVATIONS)
    return out + demonym_stems(english_stem) if demonyms else out


def demonym_stems(english_stem: str) -> list[str]:
    """A country's stem for its people's and the people's for the country (bulgarian → bulgaria,
    korea → korean; see `_DEMONYMS`)."""
    return _swapped_endings(english_stem, _DEMONYMS)


def _swapped_endings(english_stem: str, pairs: tuple[tuple[str, str], ...]) -> list[str]:
    """The stem with each ending of `pairs` it has swapped for the other one of its pair."""
    out = []
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            if english_stem.endswith(x):
                other = (english_stem[: -len(x)] if x else english_stem) + y
                if len(other) >= _MIN_DERIVED_STEM:
                    out.append(other)
    return out


def f_plural_forms(word: str) -> tuple[str, ...]:
    """The other number of an English noun whose f turns to v in the plural (loaf / loaves, knife /
    knives, wolves / wolf): Snowball stems them apart ("loaf", "loav")."""
    if word.endswith("ves") and len(word) > 4:
        return (word[:-3] + "f", word[:-3] + "fe")
    if word.endswith("fe") and len(word) > 3:
        return (word[:-2] + "ves",)
    if word.endswith("f") and len(word) > 2 and not word.endswith("ff"):
        return (word[:-1] + "ves",)
    return ()
