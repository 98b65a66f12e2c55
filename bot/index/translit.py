"""Names across scripts and romanisations: Хабаровск = Khabarovsk, Чайковский = Tchaikovsky =
Chaikovskiy = Tschaikowsky, 唐山 = Tangshan.

`romanize` writes Cyrillic and Greek letters in Latin (a BGN/PCGN-like table: х → kh, ж → zh,
щ → shch), so edit distances can be measured across scripts. `skeleton` then collapses the usual
differences between romanisation systems (English, German, French and scholarly spellings of the
same sound) into one key; two words with the same skeleton are taken as one name written two ways.
Both work on normalised words (case-folded, accents removed, see textnorm.normalize).
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path

from bot.index.palladius import PALLADIUS

# One Latin spelling per letter ("" for the hard and soft signs).
_CYRILLIC = {
    **dict(zip("абвгдезийклмнопрстуфыэё", "abvgdeziyklmnoprstufyee", strict=True)),
    **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    # Ukrainian, Belarusian, Serbian and Macedonian letters
    **{"і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c"},
    "џ": "dz",
}
_GREEK = {
    **dict(zip("αβγδεζηικλμνξοπρσςτυω", "avgdeziiklmnxoprsstyo", strict=True)),
    **{"θ": "th", "φ": "f", "χ": "ch", "ψ": "ps"},
}
_TABLE = str.maketrans(_CYRILLIC | _GREEK)
_NON_LATIN = re.compile(r"[^\x00-\x7f]")

# Romanisation variants, rewritten in order (the longer spellings first).
_VARIANTS = (
    ("tsch", "ch"),  # German: Tschaikowsky
    ("shch", "sh"),  # щ: Khrushchev / Chruschtschow
    ("sch", "sh"),  # German ш
    ("tch", "ch"),  # French/English ч: Tchaikovsky
    ("th", "t"),  # English th is т in Russian: Edith / Эдит, Bethune / Бетьюн
    ("kh", "h"),  # х: Khabarovsk / Habarovsk / Chabarowsk
    ("ph", "f"),
    ("ck", "k"),
    ("tz", "ts"),
    ("w", "v"),  # German в: Tschaikowsky
    ("q", "k"),
    ("x", "ks"),
    ("oo", "u"),  # English у: Woodstock / Вудсток, Liverpool / Ливерпуль
    ("ou", "u"),  # French у: Oulianov
    ("j", "i"),  # German/scholarly й and я, ю: Jelzin, Juri
    ("y", "i"),  # й, ы, and -iy / -y / -ij endings: Chaikovskiy, Chaikovsky
)
# Word endings Russian writes otherwise: Marlow / Марлоу, Aung / Аун, Hlaing / Хлайн.
_FINALS = {"ow": "ou", "ng": "n"}
# A "y" sound before a vowel, written or not: Dostoyevsky / Dostoevsky, Yeltsin / Ельцин (Eltsin).
_GLIDE = re.compile(r"(?:^|(?<=[aeou]))i(?=[aeou])")
_DOUBLE = re.compile(r"(.)\1+")
_ONCE = operator.methodcaller("group", 1)  # _DOUBLE's letter once (a template is expanded in Python per match)
_GU = re.compile(r"gu(?=[ei])")
# A "c" that sounds "k" (not before e, i, y, or in ch): Latin names written in Cyrillic have к there.
_HARD_C = re.compile(r"c(?![ehiy])")
# English spellings Russian writes by sound (Wright / Райт, Knight / Найт, May / Мэй, Taylor /
# Тейлор): only a Latin word has them, and they are undone before the shared variants.
_ENGLISH = (("igh", "ai"), ("ay", "ei"))
# … and an English "ew" before a consonant or at the end (Andrew / Эндрю, Newton / Ньютон; not Rewi / Реви)
_EW = re.compile(r"ew(?![aeiouy])")
_SILENT_INITIAL = re.compile(r"^(?:w(?=r)|k(?=n))", re.MULTILINE)  # each word's start, when words are joined
# A "c" that sounds "s" (Inácio / Инасиу, Cecilia / Сесилия) and a "z" that Spanish and Portuguese
# say as "s" (Díaz / Диас, Luiz / Луис); з becomes the same "s", so Zelensky still meets Зеленский.
_SOFT_C = re.compile(r"c(?=[eiy])")
_Z = re.compile(r"z(?!h)")


def romanize(word: str) -> str:
    """Cyrillic and Greek letters in Latin; other characters unchanged."""
    return word.translate(_TABLE) if _NON_LATIN.search(word) else word


def skeleton(word: str) -> str:
    """One key for the usual romanisations of a name ('' for words that are not alphabetic)."""
    out = romanize(word)
    if not out.isascii() or not out.isalpha():
        return ""
    # (Each rule's letters are looked for before its pattern runs: most words have none of them,
    # and a query's words are keyed several times over.)
    if out is word:  # a Latin word (romanize returns other words rewritten)
        if out.startswith("chr"):
            out = "kr" + out[3:]  # a Greek-born chr, which Russian writes кр: Christopher / Кристофер
        if "wr" in out or "kn" in out:
            out = _SILENT_INITIAL.sub("", out)
        for old, new in _ENGLISH:
            if old in out:
                out = out.replace(old, new)
        if "ew" in out:
            out = _EW.sub("iu", out)
    # (both scripts alike, so that each side of a pair gets the one key)
    if out.startswith("ui"):
        out = "vi" + out[2:]  # an English initial wi, which Russian writes уи: Williams / Уильямс
    if "dzh" in out:
        out = out.replace("dzh", "j")  # an English j, which Russian writes дж: Jarrow / Джарроу, John / Джон
    if out.endswith("ff"):
        out = out[:-2] + "v"  # the French and German -off, -eff of a Russian -ов, -ев: Tchihatcheff / Чихачёв
    if out is word and out.endswith("owe"):
        out = out[:-1]  # a silent final e: Rowe / Роу, Howe / Хоу
    if out.endswith(("ow", "ng")):
        out = out[:-2] + _FINALS[out[-2:]]
    for old, new in _VARIANTS:
        if old in out:
            out = out.replace(old, new)
    if "c" in out:
        out = _HARD_C.sub("k", out)  # Caracas / Каракас, complex / комплекс
    if "c" in out:
        out = _SOFT_C.sub("s", out)
    if "z" in out:
        out = _Z.sub("s", out)
    if "gu" in out:
        out = _GU.sub("g", out)  # a silent u: Nguesso / Нгессо, Guevara / Гевара
    if "i" in out:
        out = _GLIDE.sub("", out)
    return _DOUBLE.sub(_ONCE, out)


@lru_cache(maxsize=65536)
def pinyin_syllables(word: str) -> tuple[str, ...]:
    """A Chinese word's toneless pinyin syllables (刘奇葆 → liu, qi, bao); () for other words."""
    if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return ()
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=False))


def name_splits(word: str) -> list[tuple[str, str]]:
    """A Chinese name as a Latin text writes it, surname first: 刘奇葆 → (liu, qibao), and a
    two-syllable surname's split too (欧阳修 → (ouyang, xiu))."""
    syl = pinyin_syllables(word)
    if not 2 <= len(syl) <= 4:
        return []
    splits = [("".join(syl[:1]), "".join(syl[1:]))]
    if len(syl) >= 3:
        splits.append(("".join(syl[:2]), "".join(syl[2:])))
    return splits


# A surname's own reading where a dictionary reads its character otherwise (覃 is Qín as a surname, tán
# elsewhere; 单 Shàn, dān): the reading a name is written in → the one the corpus's characters are keyed
# by (`pinyin` reads 覃晓燕 as tanxiaoyan, a text in Latin or Cyrillic letters writes Qin Xiaoyan, Цинь Сяоянь).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "qin": ("tan",),  # 覃
    "shan": ("dan",),  # 单
    "qiu": ("chou",),  # 仇
    "ou": ("qu",),  # 区
    "xie": ("jie",),  # 解
    "piao": ("pu",),  # 朴
    "zha": ("cha",),  # 查
    "zeng": ("ceng",),  # 曾
    "ge": ("gai",),  # 盖
    "miao": ("mou",),  # 缪
    "yue": ("le",),  # 乐
}


def surname_readings(syllable: str) -> tuple[str, ...]:
    """A surname's pinyin, then the readings a dictionary gives the characters it is written with."""
    return (syllable, *SURNAME_READINGS.get(syllable, ()))


@lru_cache(maxsize=65536)
def pinyin(word: str) -> str:
    """A Chinese word in toneless pinyin, syllables joined as names are written (唐山 → tangshan,
    杨利伟 → yangliwei); '' for other words."""
    if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return ""
    # Imported on first use: the dictionaries cost memory that corpora without Chinese never need.
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=False))


@cache
def _wade_giles() -> dict[str, tuple[str, ...]]:
    """Wade–Giles syllable (apostrophes and diacritics dropped, as English texts write it) → the
    pinyin syllables it can stand for: tse → ze, ce; tung → dong, tong."""
    table: dict[str, set[str]] = {}
    for py, wg in _wade_giles_table():
        plain = wg.replace("'", "").replace("ê", "e").replace("ü", "u")
        table.setdefault(plain, set()).add(py)
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _wade_giles_table() -> list[tuple[str, str]]:
    """pypinyin's (pinyin, Wade–Giles) table, read from its source. Importing it would run
    pypinyin's `__init__`, which loads its dictionaries (55 MB), and every Latin query word of six
    letters or more that the corpus lacks asks for this table: a bot whose corpus and queries have
    no Chinese would carry them for nothing."""
    spec = importlib.util.find_spec("pypinyin")  # finds the package without importing it
    if spec is not None and spec.origin is not None:
        source = Path(spec.origin).parent / "style" / "wadegiles.py"
        try:
            for node in ast.parse(source.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign) and "_convert_table" in [getattr(t, "id", "") for t in node.targets]:
                    return [(str(py), str(wg)) for py, wg in ast.literal_eval(node.value)]
        except (OSError, SyntaxError, ValueError, TypeError):
            pass
    from pypinyin.style.wadegiles import _convert_table  # another layout: the import, dictionaries and all

    return [(py, wg) for py, wg in _convert_table]


def from_wade_giles(syllables: list[str], limit: int = 32) -> list[str]:
    """The pinyin words a run of Wade–Giles syllables may be (Tse-tung → zedong, …), at most
    `limit`; [] when a syllable is not Wade–Giles."""
    table = _wade_giles()
    options = [table.get(s) for s in syllables]
    if not syllables or any(o is None for o in options):
        return []
    return ["".join(c) for c in itertools.islice(itertools.product(*options), limit)]  # type: ignore[arg-type]


def wade_giles_words(word: str, limit: int = 32) -> list[str]:
    """The pinyin words one unhyphenated Wade–Giles word may be (Chiayukuan → jiayuguan), at most
    `limit`: its splits into Wade–Giles syllables, longest syllables first."""
    table = _wade_giles()

    @cache
    def splits(i: int) -> tuple[tuple[str, ...], ...]:
        if i == len(word):
            return ((),)
        out: list[tuple[str, ...]] = []
        for j in range(min(len(word), i + 6), i, -1):
            if word[i:j] in table:
                out.extend((word[i:j], *rest) for rest in splits(j))
                if len(out) >= limit:
                    break
        return tuple(out[:limit])

    found = [w for syl in splits(0) if len(syl) >= 2 for w in from_wade_giles(list(syl), limit)]
    return list(dict.fromkeys(found))[:limit]


_POSTAL = re.compile(r"(?:^|(?<=[aeioung]))(?:[qj](?=i)|x(?=i))")


def postal(word: str) -> str:
    """A pinyin word in the older postal spelling English texts keep for some names: qi/ji as tsi,
    xi as hsi (qinghua → tsinghua, xinhua → hsinhua)."""
    return _POSTAL.sub(lambda m: "hs" if m.group(0) == "x" else "ts", word)


_POSTAL_TS = re.compile(r"ts(?=i)")


def postal_as_wade_giles(word: str) -> str:
    """A postal spelling read as Wade–Giles, for `wade_giles_words`: the postal "tsi" of j/q before
    i is Wade–Giles "chi" (Tientsin → tienchin → tianjin, Tsingtao → chingtao → qingdao)."""
    return _POSTAL_TS.sub("ch", word)


def older_spellings(word: str, limit: int = 8) -> list[str]:
    """A Chinese word as older English texts write it, at most `limit`: in Wade–Giles, apostrophes
    dropped (天安门 → tienanmen), and with the postal spelling of j/q before i, as ts or k (清华 →
    tsinghua, 重庆 → chungking, 北京 → peking); [] for other words."""
    syllables = pinyin_syllables(word)
    if len(syllables) < 2:
        return []
    table = _pinyin_to_wade_giles()
    options: list[tuple[str, ...]] = []
    for syl in syllables:
        wg = table.get(syl.replace("v", "ü"))
        if wg is None:
            return []
        if syl[0] in "jq" and syl[1:2] == "i":
            options.append((wg, "ts" + wg[2:], "k" + wg[2:]))  # ching: tsing, king
        else:
            options.append((wg,))
    found = ["".join(c) for c in itertools.islice(itertools.product(*options), limit)]
    return list(dict.fromkeys(found))


@cache
def _pinyin_to_wade_giles() -> dict[str, str]:
    """Pinyin syllable → its Wade–Giles spelling as English texts write it (apostrophes and
    diacritics dropped): qing → ching, tian → tien."""
    return {py: wg.replace("'", "").replace("ê", "e").replace("ü", "u") for py, wg in _wade_giles_table()}


def palladius_from_pypinyin() -> dict[str, tuple[str, ...]]:
    """Palladius syllable (the Russian spelling of Chinese: цзинь, сянь, чжань) → the pinyin
    syllables it writes, from pypinyin's own table; ё read as е, as the text normaliser does. Slow
    (a few hundred regex passes): bot/index/palladius.py holds its result, and a test keeps the
    two equal."""
    from pypinyin.style.cyrillic import CyrillicfoConverter
    from pypinyin.style.wadegiles import _convert_table

    convert = CyrillicfoConverter()
    table: dict[str, set[str]] = {}
    for py, _ in _convert_table:
        table.setdefault(convert.to_cyrillic(py).replace("ё", "е"), set()).add(py)
    return {k: tuple(sorted(v)) for k, v in table.items()}


_PALLADIUS_MAX = 6  # letters in the longest syllable (чжуань)


@cache
def _palladius_wade_giles() -> dict[str, tuple[str, ...]]:
    """Palladius syllable → the Wade–Giles syllables (as English texts write them, apostrophes
    dropped) of the pinyin syllables it writes: го → kuo, дан → tang."""
    to_wg: dict[str, list[str]] = {}
    for py, wg in _wade_giles_table():
        to_wg.setdefault(py, []).append(wg.replace("'", "").replace("ê", "e").replace("ü", "u"))
    return {pal: tuple(dict.fromkeys(w for py in pys for w in to_wg.get(py, ()))) for pal, pys in PALLADIUS.items()}


def wade_giles_from_palladius(word: str, limit: int = 16) -> list[str]:
    """The Wade–Giles words a Cyrillic word may be in Palladius spelling (Гоминьдан → kuomintang),
    at most `limit`: a Russian reader's name for what an older English text writes in Wade–Giles."""
    return from_palladius(word, limit, _palladius_wade_giles())


def from_palladius(word: str, limit: int = 16, table: dict[str, tuple[str, ...]] = PALLADIUS) -> list[str]:
    """The pinyin words a Cyrillic word may be in Palladius spelling (Цзиньсянь → jinxian, Ли → li),
    at most `limit`; [] when it does not split into Palladius syllables. (`table`: what each
    Palladius syllable stands for; pinyin by default.)"""
    word = word.lower().replace("ё", "е")

    @cache
    def rest(i: int) -> tuple[str, ...]:
        if i == len(word):
            return ("",)
        out: list[str] = []
        for j in range(min(len(word), i + _PALLADIUS_MAX), i, -1):  # longer syllables first
            for py in table.get(word[i:j], ()):
                out.extend(py + tail for tail in rest(j))
                if len(out) >= limit:
                    return tuple(out[:limit])
        return tuple(out)

    return list(dict.fromkeys(rest(0))) if word and not word.isascii() else []


# A name's consonants, as Russian hears English and Spanish spellings: дж is an English j or soft g
# (Джеймс / James, Джордж / George), th is т, ph is ф, a hard c is к; vowels, h and the glides
# (y, w's vowel) differ too much between the two spellings to compare (Майерс / Meyers, Рис / Rhys).
_CONSONANT_RULES = (
    ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("ch", "c"), ("shch", "s"), ("sh", "s"),
    ("th", "t"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("w", "v"),
)  # fmt: skip
_SOFT_G = re.compile(r"g(?=[eiy])")
# A dg sounded as one j (Edgbaston 埃奇巴斯顿, Hodgson 霍奇森), not a d and a g (Redgrave 雷德格雷夫, Edgar 埃德加).
_SOFT_DG = re.compile(r"dj|dg(?![rlaou])")
_SILENT_D = re.compile(r"d(?=g[eiy])")
_CONSONANT_DROP = str.maketrans("", "", "aeiouyh")  # deleted (a translation: faster than a pattern)
CONSONANT_KEY_MIN = 3  # fewer consonants match too many words


# Not cached: a query asks for one word's key, and a build (SearchIndex._build_name_tables) for
# each corpus word's, through `consonant_keys`; a cache would keep those for good with no later hit.
def consonant_key(word: str, minimum: int = CONSONANT_KEY_MIN) -> str:
    """The consonants of a name written in Latin or Cyrillic letters ('' when fewer than
    `minimum`, or not a word): Джонатан and Jonathan are both "jntn"."""
    return consonant_keys((word,), minimum)[0]


def consonant_keys(words: Sequence[str], minimum: int = CONSONANT_KEY_MIN) -> list[str]:
    """`consonant_key` of each word, each rule applied once to all the words (`_each`)."""
    latin = ascii_words(words)
    # (romanize: a word with a letter outside ASCII is translated, and keyed when that leaves letters)
    foreign = list(itertools.filterfalse(set(latin).__contains__, range(len(words))))
    romans = [words[i].translate(_TABLE) for i in foreign]
    other = ascii_words(romans)
    forms = _each(list(map(words.__getitem__, latin)), _latin_consonants) + list(map(romans.__getitem__, other))
    out = [""] * len(words)
    for i, key in zip(latin + list(map(foreign.__getitem__, other)), _each(forms, _consonants), strict=True):
        if len(key) >= minimum:
            out[i] = key
    return out


def ascii_words(words: Sequence[str]) -> list[int]:
    """The positions of the words in ASCII letters only (per word in C: a build asks of 70,000)."""
    ok = map(operator.and_, map(str.isascii, words), map(str.isalpha, words))
    return list(itertools.compress(range(len(words)), ok))


def _each(words: Sequence[str], rewrite: Callable[[str], str]) -> list[str]:
    """`rewrite` of each word, applied once to the words joined by newlines: the same as once per
    word for rules that neither read across a newline nor write one, and a build keys 70,000
    words (at 100,000 passages) in a few passes of C instead of a few per word."""
    return rewrite("\n".join(words)).split("\n") if words else []


def _latin_consonants(text: str) -> str:
    """What only a word in Latin letters is rewritten by, before the shared consonant rules."""
    text = _SILENT_INITIAL.sub("", text).replace("igh", "i")  # Wright / Райт
    text = _VOWEL_W.sub("", text)  # Laidlaw / Лэйдлоу, Bowman / Боумен: a w that ends a vowel
    text = _SILENT_D.sub("", text)  # Guthridge / Гатридж, Bridget / Бриджет: the dge Russian writes дж
    text = _SOFT_G.sub("j", text)  # George, Gerald: the soft g Russian writes дж
    return _HARD_C.sub("k", text)


def _consonants(text: str) -> str:
    for old, new in _CONSONANT_RULES:
        text = text.replace(old, new)
    text = text.replace("z", "s")  # Charles / Чарльз
    return _DOUBLE.sub(_ONCE, text.translate(_CONSONANT_DROP))


# A foreign name written in Chinese characters by sound (托卡耶夫 for Tokayev, 利德尔 for Liddell) is
# compared with Latin names by coarse consonant classes: Chinese has no v, no final l or r, and
# writes s, z and j alike, so both sides are reduced to what survives that: b/p, d/t, g/k/c/q,
# f/v/w, l/r, m, n and the sibilants, vowels and h, y dropped.
_SOUND_DIGRAPHS = (
    ("sch", "s"), ("ch", "s"), ("sh", "s"), ("zh", "s"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("qu", "k"),
    ("x", "ks"),
)  # fmt: skip
_SOUND_CLASS = str.maketrans(
    {"b": "p", "d": "t", "g": "k", "c": "k", "q": "k", "v": "f", "w": "f", "r": "l", "z": "s", "j": "s"}
)
_SOUND_DROP = _CONSONANT_DROP
# A w that ends a vowel (Harrowgate, Dawson) is no consonant: Chinese writes 哈罗盖特, 道森.
_VOWEL_W = re.compile(r"(?<=[aeo])w(?![aeiouy])")
# An ng that closes a syllable is Chinese's final -ng, one nasal like n (Thongloun 通伦).
_NASAL_NG = re.compile(r"ng(?![aeiouy])")
# An r after a vowel, before a consonant.
_CODA_R = re.compile(r"(?<=[aeiou])r(?=[bcdfgjklmnpqstvwxz])")
# An m that closes a syllable (Chinese writes it n).
_CLOSING_M = re.compile(r"m(?![aeiouy])")
# Pinyin initials by class (zh, ch, sh before their first letters); y and h are dropped.
_ZH_INITIALS = (
    ("zh", "s"), ("ch", "s"), ("sh", "s"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"), ("t", "t"),
    ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", ""), ("j", "s"), ("q", "s"), ("x", "s"), ("r", "l"),
    ("z", "s"), ("c", "s"), ("s", "s"), ("w", "f"), ("y", ""),
)  # fmt: skip
SOUND_KEY_MIN = 3  # fewer classes match too many words


def _sound_collapse(classes: str) -> str:
    out = _DOUBLE.sub(r"\1", classes)
    return out if len(out) >= SOUND_KEY_MIN else ""


# Chinese writes an opening hi with 希 (xi) and a closing th with 斯 (si): see latin_sound_keys_of.
_OPENING_HI = re.compile(r"^h(?=[iy])")
_CLOSING_TH = re.compile(r"th$")


def latin_sound_keys(word: str) -> tuple[str, ...]:
    """A Latin name's consonant classes (Tokayev → "tkf", Liddell → "ltl"), and without a final r or
    -lt, which Chinese often leaves unwritten (Manchester 曼彻斯特: "mnst", Roosevelt 罗斯福: "lsf");
    () when too short."""
    return latin_sound_keys_of((word,))[0]


def latin_sound_keys_of(words: Sequence[str]) -> list[tuple[str, ...]]:
    """`latin_sound_keys` of each word, each rule applied once to all the words (`_each`). Not
    cached: see consonant_key."""
    lowered = list(map(str.lower, words))
    # A word that reads as pinyin (Beijing, Zheng) is Chinese's own, which writes it with its own
    # characters and finds it by pinyin (`pinyin`), not by sound: no key, or it would crowd the keys
    # of the names Chinese writes by sound (Zheng is "sn", as Sihanouk's 西哈努克 is).
    ok = [i for i in ascii_words(lowered) if not reads_as_pinyin(lowered[i])]
    out: list[tuple[str, ...]] = [()] * len(words)
    for i, key in zip(ok, _each(list(map(lowered.__getitem__, ok)), _sound_classes), strict=True):
        out[i] = _with_unwritten_ends(words[i], key)
    # Chinese syllables end in n or ng, never m: Norodom 诺罗敦, Adam 亚当, Olympia 奥林匹亚.
    nasal = [i for i in ok if _CLOSING_M.search(lowered[i])]
    closed = [_CLOSING_M.sub("n", lowered[i]) for i in nasal]
    for i, key in zip(nasal, _each(closed, _sound_classes), strict=True):
        out[i] = tuple(dict.fromkeys((*out[i], *_with_unwritten_ends(words[i], key))))
    # An r that closes a syllable before a consonant often goes unwritten: Barcelona 巴塞罗那, Carter 卡特.
    coda = [i for i in ok if _CODA_R.search(lowered[i])]
    bare = [_CODA_R.sub("", lowered[i]) for i in coda]
    for i, key in zip(coda, _each(bare, _sound_classes), strict=True):
        out[i] = tuple(dict.fromkeys((*out[i], *_with_unwritten_ends(words[i], key))))
    # Chinese writes hi as 希 (xi: Higgs 希格斯, Hilton 希尔顿) and a closing th as 斯 (Kenneth 肯尼斯,
    # Smith 史密斯): keys with an s for each.
    sibilant = [i for i in ok if lowered[i].startswith(("hi", "hy")) or lowered[i].endswith("th")]
    hissed = [_CLOSING_TH.sub("s", _OPENING_HI.sub("s", lowered[i])) for i in sibilant]
    for i, key in zip(sibilant, _each(hissed, _sound_classes), strict=True):
        out[i] = tuple(dict.fromkeys((*out[i], *_with_unwritten_ends(words[i], key))))
    # A Greek or German ch is a k (Christopher 克里斯托弗, Richter 里克特): keys with a k for it.
    hard = [i for i in ok if _HARD_CH.search(lowered[i])]
    hardened = [_HARD_CH.sub("k", lowered[i]) for i in hard]
    for i, key in zip(hard, _each(hardened, _sound_classes), strict=True):
        out[i] = tuple(dict.fromkeys((*out[i], *_with_unwritten_ends(words[i], key))))
    return out


_HARD_CH = re.compile(r"ch(?=[rlt])|(?<=[aeiou])ch$")
PINYIN_WORD_MAX = 24  # a name's four syllables; and the pattern's backtracking stays short


def reads_as_pinyin(word: str) -> bool:
    """Whether a (lower-case) Latin word is made of pinyin syllables only (huang, huangshi)."""
    return 0 < len(word) <= PINYIN_WORD_MAX and _pinyin_word().fullmatch(word) is not None


@cache
def _pinyin_word() -> re.Pattern[str]:
    """A word made of pinyin syllables only (its longest syllables tried first)."""
    syllables = sorted({py for py, _ in _wade_giles_table()}, key=lambda s: (-len(s), s))
    return re.compile("(?:" + "|".join(syllables) + ")+")


_INNER_TS = re.compile(r"ts(?=.)")


def _with_unwritten_ends(word: str, key: str) -> tuple[str, ...]:
    """`key`, and without a final r or -lt / -ld when Chinese may leave it unwritten; and with a t and
    an s run together ("ts") as the one s of 茨 (ci: Gateshead 盖茨黑德)."""
    keys = _ends(word, key)
    if (run := _INNER_TS.sub("s", key)) != key:
        # (inside the word only: not a plural's -ts or -ds, whose extra key would crowd the others' keys)
        keys = (*keys, *(k for k in _ends(word, run) if k not in keys))
    return keys


def _ends(word: str, key: str) -> tuple[str, ...]:
    if len(key) < SOUND_KEY_MIN:
        return ()
    if word.endswith("r") and key.endswith("l") and len(key) > SOUND_KEY_MIN:
        return (key, key[:-1])
    if word.endswith(("lt", "ld")) and len(key) - 2 >= SOUND_KEY_MIN:
        return (key, key[:-2])  # Roosevelt 罗斯福 ("lsf"): a final -lt goes unwritten too
    if word.endswith(("es", "us", "is")) and len(word) >= 7 and key.endswith("s") and len(key) > SOUND_KEY_MIN:
        return (key, key[:-1])  # Pericles 伯里克利, Plotinus 普罗提诺: a Greek or Latin ending's s unwritten
    if word.endswith("nd") and len(key) > SOUND_KEY_MIN:
        return (key, key[:-1])  # Auckland 奥克兰, Cleveland 克利夫兰: a final d after n too
    return (key,)


def _sound_classes(text: str) -> str:
    text = _NASAL_NG.sub("n", text)
    text = _SOFT_G.sub("j", text)
    text = _SOFT_DG.sub("j", text)
    text = _SOFT_C.sub("s", text)
    text = _VOWEL_W.sub("", text)
    for old, new in _SOUND_DIGRAPHS:
        text = text.replace(old, new)
    return _DOUBLE.sub(_ONCE, text.translate(_SOUND_DROP).translate(_SOUND_CLASS))


def chinese_sound_keys(word: str) -> tuple[str, ...]:
    """The consonant classes of a name Chinese writes by sound (托卡耶夫 → "tkf", 利德尔 → "ltl"):
    each syllable's initial, "er" (尔) as l, and a final n; h is dropped (哈里 Harry) or a k (哈萨克斯坦
    Kazakhstan), so both keys. () for other words or too short."""
    key = _chinese_sound_key(word)
    if not key:
        return ()
    # 加 (jia) writes ca and ga too (加拉加斯 Caracas, 加拿大 Canada)
    keys = [key, _chinese_sound_key(word, "k"), _chinese_sound_key(word, "", "k"), _chinese_sound_key(word, "k", "k")]
    # 齐 (qi) and 基 (ji) write a k before i too (佩泽希齐扬 Pezeshkian, 基辅 Kiev)
    keys += [_chinese_sound_key(word, "", "s", "k"), _chinese_sound_key(word, "k", "k", "k")]
    return tuple(dict.fromkeys(k for k in keys if k))


def _chinese_sound_key(word: str, h: str = "", jia: str = "s", qi: str = "s") -> str:
    out = []
    for syl in pinyin_syllables(word):
        if syl == "er":
            out.append("l")
            continue
        # 乌 (wu) writes a vowel (Uzbekistan 乌兹别克斯坦); 维 (wei) a v
        head = "" if syl == "wu" else next((cls for ini, cls in _ZH_INITIALS if syl.startswith(ini)), "")
        head = h if syl.startswith("h") else jia if syl == "jia" else qi if syl in ("qi", "ji") else head
        out.append(head + ("n" if syl.endswith(("n", "ng")) else ""))
    return _sound_collapse("".join(out))
