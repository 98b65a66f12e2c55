"""In-memory passage index: BM25 over Snowball stems, relevance over a window of the article, typo,
partial-word and transliteration expansion of query words, and a relevance cut-off based on how much
of the query a window of the article actually covers.

Why not SQLite FTS5 or tantivy: see docs/ranking.md. In short, the whole query path stays in
memory; postings are numpy arrays; a query first bounds every article's coverage and score from
per-article postings, scores exact windows (window.py) for the best-bounded articles, then only for
those whose bound still reaches the k-th score found: the top is exact, so the order never depends
on how many results were asked for, and frequent words cost little.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from array import array
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar, cast, overload

import numpy as np
from rapidfuzz.distance import OSA

from bot.corpus import Article, Corpus
from bot.index import window
from bot.index.countries import countries_named, in_corpus_words
from bot.index.dates.extract import find_mentions
from bot.index.dates.text import number_spellings
from bot.index.details import (
    AGE_WORDS,
    BIRTH_WORDS,
    COUNT,
    MEASURE_WORDS,
    MONEY_DETAILS,
    NAMING_VERBS_TEXT,
    ORIGIN_VERBS_TEXT,
    PEOPLE_WORDS,
    SPAN,
    SUM_KIND_COUNT,
    SUM_WORDS,
    TIME_UNITS,
    WHEN_WORDS,
    asked_hours,
    asked_word,
    asks_for_a_birth,
    asks_for_a_cause,
    asks_for_a_day,
    asks_for_a_measure,
    asks_for_a_part,
    asks_for_a_sum,
    asks_for_a_time,
    asks_for_an_age,
    asks_for_an_end_time,
    asks_for_detail,
    asks_when,
    counted_words,
    counts_people,
    gives_a_cause,
    gives_a_count,
    gives_a_date,
    gives_a_day,
    gives_a_measure,
    gives_a_time,
    gives_an_age,
    gives_an_amount,
    gives_an_amount_of,
    gives_an_end_time,
    gives_words_said,
    participle_asked,
    speaker_asked,
    sum_kind_asked,
    tells_a_birth,
    tells_an_origin,
    verb_after_name,
    without_part_counts,
    without_the_cause_asked,
    without_the_time_asked,
)
from bot.index.fuzzy import TypoIndex
from bot.index.grouped import KeyTable, NameTable, SortedWords, StemTable
from bot.index.lang import (
    FUNCTION_WORD_LANGS,
    LATIN_LANGS,
    common_word,
    demonym_stems,
    derived_stems,
    detect_latin,
    everyday_words,
    f_plural_forms,
    is_latin,
    spanish_derived_stems,
    stem,
    stem_many,
)
from bot.index.naming import did_near, given_by_near, named_thing, names_near, own_words
from bot.index.textnorm import (
    STOPWORDS,
    cjk_pairs,
    clean_query,
    han_terms,
    han_words,
    is_cjk,
    is_han,
    normalize,
    terms,
    tokens,
    word_spans,
    words,
)
from bot.index.translit import (
    ascii_words,
    chinese_sound_keys,
    consonant_key,
    consonant_keys,
    from_palladius,
    from_wade_giles,
    latin_sound_keys_of,
    name_splits,
    older_spellings,
    pinyin,
    postal,
    postal_as_wade_giles,
    reads_as_pinyin,
    romanize,
    skeleton,
    surname_readings,
    wade_giles_from_palladius,
    wade_giles_words,
)
from bot.index.zhnames import latin_names
from bot.replies import Inline, Span

K1 = 1.2
B = 0.75
WINDOW_WORDS = 90  # long paragraphs are cut into overlapping windows of about this many words
WINDOW_STEP = 60
TITLE_BOOST = 1.6
PHRASE_BOOST = 1.5
PHRASE_MIN_WEIGHT = 0.8  # forms of a word that still make a phrase (not partial words or far typos)
# Articles scored first when many could answer; the rest only where their bound can beat them.
FIRST_BATCH = 128
# ... and more (`_first_batch`): those whose bound reaches this share of the k-th best bound (the
# k-th score is mostly above it), up to LAST_BATCH: a second pass costs more than they do.
FIRST_SHARE = 0.6
LAST_BATCH = 768
# Candidate articles holding more than passages / DENSE_SHARE: score whole arrays, not gathered parts.
DENSE_SHARE = 2
BIT_SCALE = 12  # impacts summed in a passage stay below 2**12 (at most ~40 per word)
# Weights of expanded terms relative to an exact (same stem) match.
DERIVED_WEIGHT = 0.85  # exclud-ed / exclus-ion: the stemmer keeps them apart
TRANSLIT_WEIGHT = 0.85  # Хабаровск / Khabarovsk, Tchaikovskiy / Chaikovsky
ROMAN_EXACT_WEIGHT = 0.95  # Мельников / Melnikov: the corpus word is the query word romanised, letter for letter
PREFIX_WEIGHT = 0.75  # Mnangag → Mnangagwa
LATIN_VARIANT_MIN = 5  # consonants a Latin name needs to be matched by them alone (Alexander: lksndr)
CONSONANT_WEIGHT = 0.7  # Джеймс → James: the consonants alone, as a two-edit typo counts
_YO_AFTER_CONSONANT = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])yo")
# A Russian stem ending in two consonants (стекл) or in a consonant, о or е and a consonant (стекол).
_CYRILLIC_STEM_END = re.compile(r"[а-яё][бвгджзклмнпрстфхцчшщ](?:[оеё])?[бвгджзклмнпрстфхцчшщ]$")
_CYRILLIC_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def _fleeting_vowel_stems(stem: str) -> list[str]:
    """The stem with a fleeting о or е put between its last two consonants, or taken out from
    between them (стекл ↔ стекол, стекел)."""
    if stem[-2] in _CYRILLIC_CONSONANTS:
        return [stem[:-1] + "о" + stem[-1], stem[:-1] + "е" + stem[-1]]
    if stem[-2] in "оеё" and stem[-3] in _CYRILLIC_CONSONANTS:
        return [stem[:-2] + stem[-1]]
    return []


# A Russian verb in е whose past tense the stemmer keeps whole (сидела, смотрели: сидел, смотрел)
# and whose present it cuts (сидит, смотрят: сид, смотр).
_PAST_IN_E = "ел"
PAST_STEM_MIN = 3  # letters the present stem keeps (кот is no котел)


def _past_tense_stems(stem: str) -> list[str]:
    """The other tense's stem of a Russian verb in е: сидел ↔ сид."""
    if stem.endswith(_PAST_IN_E):
        return [stem[:-2]] if len(stem) - 2 >= PAST_STEM_MIN else []
    if len(stem) >= PAST_STEM_MIN and stem[-1] in _CYRILLIC_CONSONANTS:
        return [stem + _PAST_IN_E]
    return []


def _put_first(
    ahead: tuple[tuple[int, float], ...], rest: tuple[tuple[int, float], ...]
) -> tuple[tuple[int, float], ...]:
    """The expansions `ahead`, then those of `rest` they do not hold."""
    taken = {tid for tid, _ in ahead}
    return (*ahead, *((tid, w) for tid, w in rest if tid not in taken))


# An English long i before a final consonant and a silent e, as Russian writes it: Пайк (Pike)
_CYRILLIC_LONG_I = re.compile(r"^([а-яё]*?[бвгджзклмнпрстфхцчшщ])ай([бвгдзклмнпрстфхцчшщ])$")
# Russian writes Italian ci/ce, gi/ge and z as ч, дж and ц (Винченцо: Vincenzo, Перуджа: Peruggia,
# Джованни: Giovanni): their Italian letters, a vowel's i kept before a, o, u.
_ITALIAN_SOUNDS = re.compile(r"дж|ч|ц")


def _as_italian(term: str) -> str:
    """A Russian spelling of an Italian name in Italian letters (`_ITALIAN_SOUNDS`)."""

    def letters(m: re.Match[str]) -> str:
        if m.group(0) == "ц":
            return "z"
        soft = m.end() < len(term) and term[m.end()] in "еи"  # (Italian needs no i before e or i)
        return ("g" if m.group(0) == "дж" else "c") + ("" if soft else "i")

    return _ITALIAN_SOUNDS.sub(letters, term)


_SPANISH_SOFT_G = re.compile(r"х(?=[еи])")  # (the х Russian writes for a Spanish g before e or i: Хорхе, Jorge)
# A у that Russian writes for English w: before a vowel, at the start or after a consonant
_CYRILLIC_W = re.compile(r"(?<![аеёиоуыэюяй])у(?=[аеиоэ])")
# A typo's weight (`typo_weight`) below which a name is another name: two edits in fewer than ten
# letters, three in fewer than fifteen
FAR_TYPO_WEIGHT = 0.65
MAX_NAME_RUN = 3  # capitalised everyday words side by side read as one name ("the Great Hall"), up to this many
COUNT_READ_MAX = 500  # passages a question reads for a number (a common word's others are let pass)
NAMING_READ_MAX = 500  # passages a question for a name reads (as COUNT_READ_MAX)
# … and a "who did" question, best-ranked articles first: its verb is a common word ("visited"), held
# by many passages (80 ms at 100,000 passages with 500); what is left unread may name the doer, and is kept
DEED_READ_MAX = 12
READ_TOGETHER_MAX = 64  # passages read for two words side by side that the pair postings skip
_CYRILLIC_SOFT_G = re.compile(r"г(?=[еиэ])")
_CYRILLIC_H = re.compile(r"(?<![аеёиоуыэюя])г")  # (not between vowels: Снегирь's is a g)
CONSONANT_MAX_WORDS = 3  # a consonant key shared by more corpus words says too little
# Wade–Giles marks aspiration with an apostrophe (Ch'ing-hua, T'ien-an-men): the syllable is one word.
_HYPHENATED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
_WG_ASPIRATE = re.compile(r"\b(ch|k|p|t|ts|tz)['’‘ʻ](?=[aeiou])", re.IGNORECASE)
# A foreign name in Chinese, its parts joined by a middle dot: 埃里克·利德尔.
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]+(?:\s*[·・•]\s*[\u4e00-\u9fff]+)+")
CJK_PART_WEIGHT = 0.8  # 唐山 inside 唐山大
_CYRILLIC_WORD = re.compile(r"[а-яё]+")
NAME_WORD_MIN = 3  # a shorter word of a dictionary's name ("Un" of Kim Jong Un) says too little alone
INFLECTED_MIN_CHARS = 4  # shorter Latin words would match too many inflected foreign words
# Final letters French and English names do not sound (Denis / Дени, Dumas / Дюма, Bernard /
# Бернар), in skeleton spelling (x is "ks"); a key must keep 4 letters without one.
SILENT_FINALS = ("s", "t", "d", "ks", "z")
SILENT_FINAL_MIN_CHARS = 4
INFLECTION_CHARS = 3  # Russian case endings: -а, -ом, -ого
INFLECTED_SHARE = 0.95  # a little below the uninflected name
# A man's name whose last vowel Russian drops before its case endings (Павел, Павла; Кравец, Кравца), romanised,
# and those endings: -а, -у, -ом, -е.
_FLEETING_VOWEL = re.compile(r"([a-z]{2,}[bcdfghklmnprstvz])[eo](l|ts|k)")
_MASCULINE_ENDINGS = ("a", "u", "om", "e")
_CASE_VOWELS = "eiouy"  # the case endings of a Russian noun in -а, romanised: -ы, -е, -у, -ой
PARTIAL_MIN_CHARS = 4  # a query word must have this many letters to match as a partial word
CROSS_SCRIPT_MIN_CHARS = 5  # a word in another script this long tolerates one more edit
TYPO_MIN_CHARS = 5  # shorter words are too ambiguous to correct (and acronyms must match exactly)
# A result must cover at least this share of the query's information (idf mass). Chosen by
# measurement on tests/queries.py: see docs/ranking.md.
SPANISH = LATIN_LANGS.index("spanish")
MIN_COVERAGE = 0.6
# A subject word told apart from the query's names (`_subject_told_apart`): of this many letters at
# least, held by at most this many articles.
SUBJECT_MIN_LETTERS = 3
SUBJECT_APART_MAX = 12
FORM_OPENING_LETTERS = 4  # (the letters a form the stemmer does not join begins with: grat-eful / grat-itude)
NAME_FORMS_MAX = 8  # a name's longer forms an article may hold instead (`_files_holding`)
HYPHENATED_PART_MIN = 3  # each part of a query word the text hyphenates ("yun-fat"): not "a-" or "-s"
PINYIN_SPLIT_MIN = 5  # a joined pinyin word split in two (`_split_pinyin`): "huangshi", not "shi"
# An English noun phrase ends in its head ("Holburne Museum opening hours"): an article that lacks
# that word holds the name but not what is asked about it, so there the head counts this much more
# against coverage. Questions and particles ("burnt down") end otherwise.
HEAD_WEIGHT = 1.5
_QUESTION = re.compile(
    r"^\W*(?:what|when|where|who|whom|whose|which|why|how|is|are|was|were|do|does|did|can|could|should|will|would)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset(["down", "up", "out", "off", "away", "back", "over", "about", "around", "through", "along"])
SNIPPET_CHARS = 260
MAX_EXPANSIONS = 24
SCORE_DECIMALS = 4  # scores are compared (and shown) at this precision; ties go to corpus order


def _discount_headless(
    cover: np.ndarray, anywhere: np.ndarray, lay: window.Layout, query: _Query, floor: float
) -> None:
    """In an article that lacks the head of an English phrase, the head counts HEAD_WEIGHT times
    against coverage: its passages' coverage is measured against the larger total. Only passages
    that pass the cut-off are read (the discount only lowers coverage), so a common word's query
    does not pay a pass over the whole corpus."""
    if len(lay.word_masks) != len(query.terms):
        return
    passing = np.flatnonzero(cover >= floor)
    head = anywhere.dtype.type(lay.word_masks[-1])
    lacks = passing[(anywhere[passing] & head) == 0]
    cover[lacks] *= np.float32(query.total / (query.total + query.head_extra))


def _english_head(query: str, ws: Sequence[str], lang: int) -> bool:
    """Whether `query` is an English phrase (no question) that ends in a word: its head."""
    if lang != LATIN_LANGS.index("english") or query.rstrip().endswith("?") or _QUESTION.match(query):
        return False
    return bool(ws) and ws[-1].isascii() and ws[-1].isalpha() and ws[-1] not in _PARTICLES


def typo_weight(distance: int, length: int) -> float:
    """An edit costs more in a short word: Liddel → Liddell (1 in 6) counts 0.7, as do two edits
    in a twelve-letter name; one edit in twelve letters counts 0.8."""
    return max(0.5, 0.9 - 1.2 * distance / max(length, 1))


_HAN_PARTICLES = frozenset("的了吗呢")


_NUMBER_OF_TIME = re.compile(r"\s+(?:years?|days?|weeks?|months?|hours?|anniversary|años|лет|года?|周年|年)\b", re.I)


def _number_asked(term: str, query: str) -> bool:
    """Whether a query word is a number in figures (a year too, not a count of time) that the query
    writes as it is."""
    if not (term.isdigit() and term.isascii()):
        return False
    at = re.search(rf"(?<![\d.,]){term}(?![\d.,])", query)
    return at is not None and _NUMBER_OF_TIME.match(query, at.end()) is None


def max_edits(length: int) -> int:
    """Edits tolerated in a word the corpus lacks, in proportion to its length: long proper nouns
    are misspelt (and transliterated) in more places."""
    if length < TYPO_MIN_CHARS:
        return 0
    if length <= 6:
        return 1
    return min(4, max(2, length // 4))


@dataclass(frozen=True, slots=True)
class Passage:
    article: int  # index into SearchIndex.articles
    line: int
    text: str
    is_title: bool = False

    def __reduce__(self) -> tuple[type[Passage], tuple[int, int, str, bool]]:
        # Through the constructor: twice as fast to unpickle as the slots dataclass default, and
        # the persisted index holds one per passage (bot/index/persist.py).
        return (Passage, (self.article, self.line, self.text, self.is_title))


@dataclass(frozen=True)
class ArticleHit:
    """One result. Where it is shown from (its line, the snippet's passages) is worked out on first
    use: a reply pages 30 results 5 at a time, so most are never shown."""

    article: Article
    score: float
    coverage: float  # the best share of the query one window of this article covers
    matched_passages: int
    locate: Callable[[], tuple[int, tuple[tuple[str, int], ...]]] = field(repr=False, compare=False)
    matched: frozenset[str] = frozenset()  # stems and CJK terms to mark
    _cache: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def _located(self) -> tuple[int, tuple[tuple[str, int], ...]]:
        got = self._cache.get("located")
        if got is None:
            got = self._cache["located"] = self.locate()
        return got  # type: ignore[return-value]

    @property
    def line(self) -> int:
        """The line of the snippet's (first) passage."""
        return self._located()[0]

    @property
    def parts(self) -> tuple[tuple[str, int], ...]:
        """(passage text, Latin language) of the passages the snippet shows."""
        return self._located()[1]

    @property
    def snippet(self) -> Inline:
        """The passage where the query's words meet, matched words marked."""
        got = self._cache.get("snippet")
        if got is None:
            got = self._cache["snippet"] = joined_snippet(self.parts, self.matched)
        return got  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class _QueryTerm:
    term: str
    idf: float
    expansions: tuple[tuple[int, float], ...]  # (stem id, weight)


# Russian case endings a name takes (Тяньцзин-е, Цзиньпин-а, Пекин-ом, Мирзиёев-ым).
_RU_CASE_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ой", "ей", "а", "я", "у", "ю", "е", "ы", "и")


def _without_case_ending(term: str) -> list[str]:
    """The forms a Russian word may have before its case ending (Тяньцзине: Тяньцзин)."""
    return [term[: -len(end)] for end in _RU_CASE_ENDINGS if term.endswith(end) and len(term) - len(end) >= 3]


def _palladius_bases(term: str) -> list[str]:
    """`_without_case_ending`, each with the soft sign or й restored too (Тяньцзине: Тяньцзинь,
    Тяньцзин, Тяньцзинй)."""
    return [form for base in _without_case_ending(term) for form in (base + "ь", base, base + "й")]


def _rarest(terms: list[_QueryTerm], asking: frozenset[str]) -> list[_QueryTerm]:
    """The query word a question asks about (the rarest of those found, not a word that asks:
    "how old was Tenzing on Everest?": Tenzing), as a list of at most one."""
    named = [t for t in terms if t.term not in asking and t.expansions]
    return [max(named, key=lambda t: t.idf)] if named else []


def windows(text: str) -> list[str]:
    """Split a long paragraph into overlapping word windows so one huge paragraph neither wins
    every query by sheer length nor hides a match far from its snippet."""
    ws = text.split()
    if len(ws) <= WINDOW_WORDS:
        return [text]
    out = []
    for start in range(0, len(ws), WINDOW_STEP):
        out.append(" ".join(ws[start : start + WINDOW_WORDS]))
        if start + WINDOW_WORDS >= len(ws):
            break
    return out


def passages_of(articles: Sequence[Article]) -> list[Passage]:
    """Each article's title, then its paragraph windows: an article's passages are consecutive."""
    out: list[Passage] = []
    for ai, a in enumerate(articles):
        out.append(Passage(ai, a.line_start, a.title, is_title=True))
        for p in a.paragraphs:
            out.extend(Passage(ai, p.line, w) for w in windows(p.text))
    return out


class Passages(Sequence[Passage]):
    """`passages_of(articles)` kept as four int32 arrays (article, line, paragraph, window) instead
    of one object per passage; a passage's text is read from its article when it is shown. Opening
    a persisted index then makes no object per passage (a million at 1,000,000 passages), and the
    arrays are mapped like the postings."""

    def __init__(self, articles: Sequence[Article], texts: list[str] | None = None) -> None:
        """`texts`: when given, each passage's text is appended to it (what `tokenize_texts` reads:
        the passages laid out and their windows cut in one pass, without a `Passage` each)."""
        self.articles = tuple(articles)
        article, line, para, window = array("i"), array("i"), array("i"), array("i")
        for ai, a in enumerate(self.articles):
            article.append(ai)
            line.append(a.line_start)
            para.append(-1)  # the title
            window.append(0)
            if texts is not None:
                texts.append(a.title)
            for k, p in enumerate(a.paragraphs):
                if texts is None:
                    n = _window_count(p.text)
                else:
                    cut = windows(p.text)
                    texts.extend(cut)
                    n = len(cut)
                article.extend([ai] * n)
                line.extend([p.line] * n)
                para.extend([k] * n)
                window.extend(range(n))
        self.article, self.line, self.para, self.window = (
            np.frombuffer(x, dtype=np.int32).copy() for x in (article, line, para, window)
        )

    @classmethod
    def joined(cls, articles: Sequence[Article], parts: Sequence[Passages]) -> Passages:
        """The passages of `articles`, from those of consecutive runs of them (one per corpus file,
        kept with its part): an update lays out only the changed files' passages again."""
        out = cls.__new__(cls)
        out.articles = tuple(articles)
        offsets = np.cumsum([0, *(len(p.articles) for p in parts)])
        if offsets[-1] != len(out.articles):
            raise ValueError(f"passages of {offsets[-1]} articles for {len(out.articles)} articles")

        def join(arrays: list[np.ndarray]) -> np.ndarray:
            return np.concatenate(arrays).astype(np.int32, copy=False) if arrays else np.zeros(0, np.int32)

        out.article = join([p.article + np.int32(k) for p, k in zip(parts, offsets[:-1].tolist(), strict=True)])
        out.line, out.para, out.window = (join([getattr(p, f) for p in parts]) for f in ("line", "para", "window"))
        return out

    @property
    def is_title(self) -> np.ndarray:
        return self.para < 0

    def __len__(self) -> int:
        return len(self.article)

    @overload
    def __getitem__(self, i: int) -> Passage: ...
    @overload
    def __getitem__(self, i: slice) -> list[Passage]: ...
    def __getitem__(self, i: int | slice) -> Passage | list[Passage]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.article)
        ai, k, w = int(self.article[i]), int(self.para[i]), int(self.window[i])
        a = self.articles[ai]
        if k < 0:
            return Passage(ai, a.line_start, a.title, is_title=True)
        text = a.paragraphs[k].text
        if w or (i + 1 < len(self.para) and self.para[i + 1] == k and self.article[i + 1] == ai):
            text = windows(text)[w]  # one window of a long paragraph (a short one is its own text)
        return Passage(ai, int(self.line[i]), text)


def _window_count(text: str) -> int:
    """len(windows(text)), without joining the windows."""
    n = len(text.split())
    if n <= WINDOW_WORDS:
        return 1
    return max(1, -(-(n - WINDOW_WORDS) // WINDOW_STEP) + 1)


@dataclass(frozen=True)
class Tokens:
    """Passages read into words: surface-word ids (into `vocab`, in order of first appearance) of
    every passage one after the other, each passage's word count, and its language by its function
    words with the number of them (0: none, it takes its article's). Made per file and joined in
    corpus order (`concat`), they give exactly the ids one pass over the whole corpus gives."""

    vocab: tuple[str, ...]
    ids: np.ndarray  # int32, the flat word stream
    lengths: np.ndarray  # int32, words per passage
    lang: np.ndarray  # int8
    votes: np.ndarray  # int32

    @classmethod
    def concat(cls, parts: Sequence[Tokens]) -> Tokens:
        # A word new to the corpus takes the next id in its file's order of first appearance: the
        # order one pass over all the passages would have given it (dict.fromkeys keeps the first).
        surface = dict.fromkeys(itertools.chain.from_iterable(p.vocab for p in parts))
        ids = {w: i for i, w in enumerate(surface)}
        flat: list[np.ndarray] = []
        for part in parts:
            local = np.fromiter(map(ids.__getitem__, part.vocab), np.int32, len(part.vocab))
            flat.append(local[part.ids] if len(part.ids) else np.zeros(0, np.int32))

        def join(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
            return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype)

        return cls(
            tuple(surface),
            join(flat, np.int32),
            join([p.lengths for p in parts], np.int32),
            join([p.lang for p in parts], np.int8),
            join([p.votes for p in parts], np.int32),
        )


@dataclass
class WordCache:
    """What an index build works out per word, kept between builds by bot/index/parts.py so that an
    update stems and transliterates only the words new to the corpus. Each value is a pure function
    of its word, so a cached value is exactly the one a build would work out."""

    stems: dict[int, dict[str, str]] = field(default_factory=dict)  # Latin language → word → stem
    # surface word → (skeleton, romanized, in Latin letters); ("", "", False) when no skeleton
    surface: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    stem_keys: dict[str, str] = field(default_factory=dict)  # stem → its key in another script ("" none)


def tokenize(passages: Sequence[Passage]) -> Tokens:
    """The words of `passages` (what a build spends most of its passage-index time on)."""
    return tokenize_texts([p.text for p in passages])


def tokenize_texts(texts: Sequence[str]) -> Tokens:
    """The words of passages given by their texts."""
    n = len(texts)
    surface: defaultdict[str, int] = defaultdict(itertools.count().__next__)  # new word → next id
    flat = array("i")
    lengths = array("i")
    for text in texts:
        toks = terms(text)
        lengths.append(len(toks))
        flat.extend(map(surface.__getitem__, toks))
    vocab = tuple(surface)
    ids = np.frombuffer(flat, dtype=np.int32).copy()
    counts = np.frombuffer(lengths, dtype=np.int32).copy() if n else np.zeros(0, np.int32)
    lang, votes = _passage_languages(vocab, ids, counts)
    return Tokens(vocab, ids, counts, lang, votes)


_LANGUAGE_CHUNK = 1 << 20
# (stem, next stem, passage) packed in one int64 below this (SearchIndex._build_pairs)
_ONE_SORT_LIMIT = 2**63
_V = TypeVar("_V")
# What a build keeps for an update in this process, not persisted (`drop_update_state`).
_SPREAD = (np.arange(4) / 3).astype(np.float32)  # an article posting's spread, by its postings - 1 (at most 3)
_UPDATE_STATE = ("_post_tf", "_kept_names", "_kept_keys", "_kept_pairs")
# The passages each kind of sum is read in (`sum_kind_asked`)
_AMOUNTS_OF = tuple(f"_amounts_of_{kind}" for kind in range(SUM_KIND_COUNT))
# What questions read and keep on their first need (per article or per passage), not persisted: they
# are per process, and a running bot's queries change them while the index is persisted.
_QUERY_CACHES = (
    *("_file_numbers", "_file_starts", "_han_syllables", "_amounts", "_amounts_read", "_amounts_near", *_AMOUNTS_OF),
    *("_causes", "_causes_read", "_times", "_sayings"),
    *("_counts", "_dates", "_days", "_ages", "_births", "_measures", "_origins"),
)


@dataclass(frozen=True)
class PairCounts:
    """The (language, surface word) pairs a build's passages hold, as language × v + word (v: the
    vocabulary's size, at least 1), sorted; how many tokens each; its stem id."""

    keys: np.ndarray  # int64
    counts: np.ndarray  # int32
    stems: np.ndarray  # int32
    v: int


def _numbered(keys: Iterable[str]) -> dict[str, int]:
    """Each distinct key → its number, in order of first appearance."""
    first = dict.fromkeys(keys)
    return dict(zip(first, range(len(first)), strict=True))


def _passage_languages(vocab: Sequence[str], ids: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`detect_latin` of each passage's words, for all passages at once: per language, how many of
    a passage's words are its function words; the language with the most (the first on a tie, as
    `detect_latin` breaks them) and that count. A passage with none: the default, 0."""
    n = len(lengths)
    masks = np.fromiter((FUNCTION_WORD_LANGS.get(w, 0) for w in vocab), np.uint8, len(vocab))
    ends = np.cumsum(lengths, dtype=np.int64)  # each passage's end in the word stream
    tally = np.zeros((n, len(LATIN_LANGS)), dtype=np.int32)
    for lo in range(0, len(ids), _LANGUAGE_CHUNK):  # in chunks: a few token-long arrays otherwise
        tok_mask = masks[ids[lo : lo + _LANGUAGE_CHUNK]]
        hit = np.flatnonzero(tok_mask)
        hit_mask = tok_mask[hit]
        hit += lo
        hit_pid = np.searchsorted(ends, hit, side="right")
        for i in range(len(LATIN_LANGS)):
            tally[:, i] += np.bincount(hit_pid[(hit_mask >> i) & 1 == 1], minlength=n).astype(np.int32)
    best = tally.argmax(axis=1) if n else np.zeros(0, np.int64)  # the first of the most votes
    return best.astype(np.int8), tally[np.arange(n), best].astype(np.int32)


# The verbs of a beginning: "when was St Olave's Hospital founded?" is answered by "The hospital itself
# opened in 1889", "when was the CCC set up?" by "was founded in … 1937".
ORIGIN_VERBS = frozenset([*ORIGIN_VERBS_TEXT.split(), "set", "started", "began", "begun"])
NAMING_VERBS = frozenset(NAMING_VERBS_TEXT.split())
# Verbs that say too little to be looked for ("when did Ellen Varley get her MBE?": "was appointed MBE")
_LIGHT_VERBS_TEXT = "get got gets make made take took have had do did go went come came put give gave"
LIGHT_VERBS = frozenset(_LIGHT_VERBS_TEXT.split(" "))


# «в роли …», «в качестве …»: nouns that, after "в", only say "as" (dropped from a query, like a function word)
_AS_NOUNS_RU = frozenset({"роли", "качестве"})


class SearchIndex:
    """Built once at start-up from a corpus; read-only afterwards (safe to share between tasks)."""

    def __init__(
        self,
        articles: Sequence[Article],
        passages: Sequence[Passage],
        tokens: Tokens | None = None,
        words: WordCache | None = None,
    ) -> None:
        """`tokens`: the passages' words, when already read (`tokenize`, `Tokens.concat`); `words`:
        what an earlier build worked out per word (read only; `word_cache()` gives this build's)."""
        self._start(articles, passages)
        if tokens is None:
            tokens = tokenize(self.passages)
        known = words if words is not None else WordCache()
        tids, lengths, article_of = self._read_words(tokens, known)
        tok_pid = np.repeat(np.arange(len(self.passages), dtype=np.int32), lengths)
        self._build_postings(tids, tok_pid, lengths, article_of)
        keep = ~self.stopwords()[tokens.ids]
        tids, tok_pid = tids[keep], tok_pid[keep]
        del keep
        self._build_pairs(tids, tok_pid)
        del tids, tok_pid
        self._finish(known)

    # The steps of a build, which bot/index/search_update.py also takes to update an index.

    def _start(self, articles: Sequence[Article], passages: Sequence[Passage]) -> None:
        self.articles = tuple(articles)
        self.passages: Sequence[Passage] = passages if isinstance(passages, Passages) else tuple(passages)
        self._n_articles = len(self.articles)

    def _read_words(self, tokens: Tokens, known: WordCache) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The passages' languages, surface words and stems; returns each token's stem id, each
        passage's length and article."""
        n = len(self.passages)
        lengths, article_of = self._read_surface(tokens)
        lang = self._lang
        v = len(self._surface_terms)
        # 2. Stems: every (language, word) pair seen is stemmed once; tokens then become stem ids.
        # The token-long arrays are int32 where the values allow and worked on in place: they make a
        # build's peak memory (47 million tokens at 1,000,000 passages: 190 MB per int32 array).
        token_key = np.repeat(lang.astype(np.int64), lengths)
        token_key *= max(v, 1)
        token_key += tokens.ids
        # Tokens per (language, word): kept for an update, which adjusts them by the files changed
        # instead of reading every token again (bot/index/search_update.py).
        counts = np.bincount(token_key, minlength=len(LATIN_LANGS) * max(v, 1))
        pairs = np.flatnonzero(counts)
        stem_ids: defaultdict[str, int] = defaultdict(itertools.count().__next__)
        table = np.zeros(len(counts), dtype=np.int64)
        pair_lang = pairs // max(v, 1)
        self._words = WordCache()  # this build's, for the next one (not persisted with the index)
        for li in np.unique(pair_lang):
            sel = pairs[pair_lang == li]
            ws = list(map(self._surface_terms.__getitem__, (sel % max(v, 1)).tolist()))
            got = list(map(known.stems.get(int(li), {}).get, ws))
            cached = self._words.stems[int(li)] = dict(zip(ws, cast(list[str], got), strict=True))
            new = [w for w, g in zip(ws, got, strict=True) if g is None]
            cached.update(zip(new, stem_many(new, int(li)), strict=True))
            table[sel] = list(map(stem_ids.__getitem__, map(cached.__getitem__, ws)))
        self._stems: dict[str, int] = dict(stem_ids)
        self._stem_terms = list(self._stems)
        self._pairs_read(pairs, counts[pairs], table[pairs], v)
        tids = table.astype(np.int32)[token_key] if n else np.zeros(0, dtype=np.int32)
        return tids, lengths, article_of

    def _read_surface(self, tokens: Tokens) -> tuple[np.ndarray, np.ndarray]:
        """1. Each passage's language (by its function words; a passage with none takes its
        article's) and the surface words; returns each passage's length and article."""
        n = len(self.passages)
        if len(tokens.lengths) != n:
            raise ValueError(f"{len(tokens.lengths)} tokenized passages for {n} passages")
        lengths = tokens.lengths.astype(np.int64)
        lang = tokens.lang.copy()
        if isinstance(self.passages, Passages):
            article_of = self.passages.article
        else:
            article_of = np.array([p.article for p in self.passages], dtype=np.int32)
        self._fill_languages(lang, tokens.votes, article_of)
        self._lang = lang
        # (map and zip: per word in C, not a loop of Python: an update pays every pass over the
        # 70,000 words of 100,000 passages)
        self._surface: dict[str, int] = dict(zip(tokens.vocab, range(len(tokens.vocab)), strict=True))
        self._surface_terms = list(tokens.vocab)
        return lengths, article_of

    def _pairs_read(self, pairs: np.ndarray, counts: np.ndarray, stems: np.ndarray, v: int) -> None:
        """What follows from the (language × v + word) pairs the passages hold (sorted), with their
        token counts and stem ids: the languages present, each word's stems, and what an update
        starts from."""
        self._langs_present = sorted({int(x) for x in np.unique(self._lang)} | {0})
        # surface word → its stem ids (one per language it was seen in), for typos and prefixes
        pair_sid = pairs % max(v, 1)
        order = np.argsort(pair_sid, kind="stable")
        self._sur_stem = stems[order].astype(np.int32)
        self._sur_bounds = np.searchsorted(pair_sid[order], np.arange(v + 1))
        self._kept_pairs = PairCounts(pairs, counts.astype(np.int32), stems.astype(np.int32), max(v, 1))

    def stopwords(self, ids: Sequence[int] | None = None) -> np.ndarray:
        """Per surface word (of `ids`, when given), whether it is a function word (left out of the
        pair postings)."""
        words = self._surface_terms if ids is None else list(map(self._surface_terms.__getitem__, ids))
        return np.fromiter(map(STOPWORDS.__contains__, words), bool, len(words))

    def _finish(self, known: WordCache, moved: Moved | None = None) -> None:
        """What is worked out per word: the keys for typos, transliterations and Chinese parts
        (`moved`: from the last build's index, whose tables, typo index and sorted words are
        updated instead of made anew)."""
        previous = None if moved is None else moved.previous
        if moved is None:
            self._sorted_surface = sorted(self._surface)
            self._han = sorted(t for t in self._surface if is_han(t))
        else:
            self._sorted_from(moved)
        self._build_keys(known, moved)
        self._build_name_tables(moved)
        typos: TypoIndex | None = None if previous is None else previous._typos
        if typos is None or previous is None:
            self._typos: TypoIndex = TypoIndex(self._forms)
        else:  # the forms new to the corpus and gone from it: a few sets' difference
            now, then = self._forms.names(), previous._forms.names()
            self._typos = typos.updated(now - then, then - now)
        self._han_joined = "\n".join(self._han)
        self._han_starts = list(itertools.accumulate((len(t) + 1 for t in self._han), initial=0))
        self._expansion_cache: OrderedDict[tuple[str, int], tuple[tuple[int, float], ...]] = OrderedDict()

    def _sorted_from(self, moved: Moved) -> None:
        """`_sorted_surface` and `_han` as `_finish` sorts them, from the last build's: its lists
        without the words gone, with the new ones, sorted again (a merge of two runs, not a sort of
        every word)."""
        previous = moved.previous
        added = list(map(self._surface_terms.__getitem__, moved.new_surface))
        whole = len(self._surface_terms) - len(added) == len(previous._surface_terms)  # no word gone
        keep = self._surface.__contains__
        old, han = previous._sorted_surface, previous._han
        self._sorted_surface = sorted(old + added if whole else [*filter(keep, old), *added])
        new_han = [t for t in added if is_han(t)]
        self._han = sorted(han + new_han if whole else [*filter(keep, han), *new_han])

    def _fill_languages(self, lang: np.ndarray, votes: np.ndarray, article_of: np.ndarray) -> None:
        """Passages without function words (titles, short lines) take their article's language."""
        if not len(lang):
            return
        nl = len(LATIN_LANGS)
        tally = np.zeros((self._n_articles, nl), dtype=np.int64)
        np.add.at(tally, (article_of, lang.astype(np.int64)), votes)
        art_lang = tally.argmax(axis=1).astype(np.int8)  # argmax: first max, so English on a tie
        quiet = votes == 0
        lang[quiet] = art_lang[article_of[quiet]]

    def _build_pairs(self, tids: np.ndarray, pids: np.ndarray) -> None:
        """Pair postings: (stem, next stem) → passages, function words skipped. A passage holds a
        query's words as a phrase ("Lady from Chungking") when it holds each adjacent pair."""
        same = pids[1:] == pids[:-1]
        v, n = max(len(self._stem_terms), 1), max(len(self.passages), 1)
        if v * v * n < _ONE_SORT_LIMIT:
            self._build_pairs_by_one_sort(tids, pids, same, v, n)
            return
        key: np.ndarray = tids[:-1][same].astype(np.int64)
        key <<= 32
        key |= tids[1:][same]
        pid = pids[:-1][same]
        del same
        order = np.argsort(key, kind="stable")  # stable: passages stay sorted within a pair
        key = key[order]
        pid = pid[order]
        del order
        first = np.r_[True, (key[1:] != key[:-1]) | (pid[1:] != pid[:-1])] if len(key) else np.zeros(0, bool)
        self._pair_key = key[first]
        self._pair_pid = pid[first].astype(np.int32)

    def _build_pairs_by_one_sort(self, tids: np.ndarray, pids: np.ndarray, same: np.ndarray, v: int, n: int) -> None:
        """`_build_pairs` with (stem, next stem, passage) as one int64 (when it fits: v² · n < 2⁶³),
        so that one in-place sort orders and a comparison of neighbours dedupes them, instead of a
        stable argsort and two gathers."""
        key: np.ndarray = tids[:-1][same].astype(np.int64)
        key *= v
        key += tids[1:][same]
        key *= n
        key += pids[:-1][same]
        key.sort()
        if len(key):
            first = np.empty(len(key), dtype=bool)
            first[0] = True
            np.not_equal(key[1:], key[:-1], out=first[1:])
            key = key[first]
            del first
        self._pairs_from(key, v, n)

    def _pairs_from(self, key: np.ndarray, v: int, n: int) -> None:
        """The pair postings from their (stem, next stem, passage) keys, sorted and distinct."""
        pid = key % n
        self._pair_pid = pid.astype(np.int32)
        del pid
        key //= n  # stem × v + next stem
        nxt = key % v
        key //= v
        key <<= 32
        key |= nxt
        self._pair_key = key

    def _build_postings(self, tids: np.ndarray, pids: np.ndarray, lengths: np.ndarray, article_of: np.ndarray) -> None:
        """Passage postings (stem → passages, BM25 impact) and article postings (stem → articles,
        best impact, spread) from the flat token stream. One sort yields them all. The arrays the
        size of the postings are made one at a time and worked in place: they made most of a
        build's peak (at 100,000 passages, 4.7 million tokens make 3.6 million postings)."""
        n = len(self.passages)
        # np.unique(tids * n + pids, return_counts=True), sorted in place: one token-long int64 array.
        keys: np.ndarray = tids.astype(np.int64)
        keys *= max(n, 1)
        keys += pids
        keys.sort()
        first = np.empty(len(keys), dtype=bool)
        first[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        del first
        n_tokens = len(keys)
        keys = keys[starts]
        tf = np.diff(starts, append=n_tokens).astype(np.float32)  # each posting's term frequency
        del starts
        # Handed over in a list, so that they are freed as soon as the next step is done with them.
        work = [keys, tf]
        del keys, tf
        self._postings_from(work, lengths, article_of)

    def _postings_from(self, work: list[np.ndarray], lengths: np.ndarray, article_of: np.ndarray) -> None:
        """The postings from `work`: their (stem × passages + passage) keys, sorted and distinct, and
        their term frequencies, both worked on in place (the list is emptied)."""
        keys, tf = work
        work.clear()
        n = len(self.passages)
        v = len(self._stem_terms)
        # keys // n is the stem, keys % n the passage: the stems' bounds without a stem per posting.
        bounds = np.searchsorted(keys, np.arange(v + 1, dtype=np.int64) * max(n, 1))
        np.remainder(keys, max(n, 1), out=keys)
        post_pid = keys.astype(np.int32)
        del keys
        work = [post_pid, tf]
        del post_pid, tf
        self._postings_of(work, bounds, lengths, article_of)

    def _postings_of(
        self, work: list[np.ndarray], bounds: np.ndarray, lengths: np.ndarray, article_of: np.ndarray
    ) -> None:
        """The postings from `work`: each one's passage (int32) and term frequency (float32, or
        integers), in order of stem then passage, the list emptied; `bounds`: each stem's first
        posting."""
        post_pid, tf = work
        work.clear()
        n = len(self.passages)
        # Kept for an update (bot/index/search_update.py), in as few bytes as they fit; not persisted.
        self._post_tf = tf.astype(np.min_scalar_type(int(tf.max()) if len(tf) else 0), copy=False)
        tf = tf.astype(np.float32, copy=False)  # (integers: a copy, worked on in place below)
        self._bounds = bounds
        avgdl = float(lengths.mean()) if n else 1.0
        norm = K1 * (1 - B + B * lengths.astype(np.float32) / max(avgdl, 1.0))
        self._post_pid: np.ndarray = post_pid
        # tf * (K1 + 1) / (tf + norm) * boost, in float32 as before, in place
        imp = norm[post_pid]
        imp += tf
        tf *= K1 + 1
        np.divide(tf, imp, out=imp)
        del tf
        # × TITLE_BOOST for a title's postings (× 1 leaves the others as they are): a factor per
        # passage, gathered, not a mask of the postings selecting them (twice as long)
        is_title = self.passages.is_title if isinstance(self.passages, Passages) else self._titles()
        imp *= np.where(is_title, np.float32(TITLE_BOOST), np.float32(1))[post_pid]
        self._post_imp: np.ndarray = imp
        df = np.diff(self._bounds).astype(np.float32)
        self._idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self._max_idf = float(math.log(1 + (n + 0.5) / 0.5))
        # Article postings: postings are sorted by (stem, passage) and an article's passages are
        # consecutive, so each (stem, article) pair is one run: a run starts where the stem or the
        # article changes.
        art = article_of[post_pid]
        run = np.empty(len(art), dtype=bool)
        run[:1] = True
        np.not_equal(art[1:], art[:-1], out=run[1:])
        run[self._bounds[self._bounds < len(art)]] = True
        starts = np.flatnonzero(run)
        del run
        self._apost_art = art[starts] if len(starts) else np.zeros(0, np.int32)
        del art
        # each run's length, in int32: a third of the bytes of int64 and float64 arrays the size of
        # the article postings
        count = np.empty(len(starts), dtype=np.int32)
        np.subtract(starts[1:], starts[:-1], out=count[:-1], casting="same_kind")
        count[-1:] = len(post_pid) - starts[-1:]
        self._apost_imp = _run_max(self._post_imp, starts, count)
        # what a word can give an article's best window: its best impact there, or what a window lends
        self._apost_lent = np.maximum(self._apost_imp, np.float32(window.BORROW * window.NEAR))
        # min(postings - 1, 3) / 3 per article posting, read from a table
        count -= 1
        np.minimum(count, 3, out=count)
        self._apost_spread = _SPREAD[count]
        # article postings of stems below t: those that start before the stem's first passage posting
        self._abounds = np.searchsorted(starts, self._bounds)
        self._article_of = article_of
        # Passages i and i+1 (i+2) are in the same article: windows stop at an article's end.
        self._same = (article_of[1:] == article_of[:-1], article_of[2:] == article_of[:-2])
        self._art_start = np.searchsorted(article_of, np.arange(self._n_articles)).astype(np.int64)
        self._art_size = np.searchsorted(article_of, np.arange(self._n_articles), side="right") - self._art_start

    def _titles(self) -> np.ndarray:
        return np.fromiter((p.is_title for p in self.passages), bool, len(self.passages))

    def _build_keys(self, known: WordCache, moved: Moved | None = None) -> None:
        """Transliteration keys: the skeleton of each surface word and of each stem → stem ids,
        with the script the word is in (for names found across scripts); and each surface word
        in Latin letters → stem ids, for typo correction across scripts. Per word, through
        `known` (an earlier build's) into `self._words`; the tables are made from arrays
        (bot/index/grouped.py): a tuple per key was most of an update's passage index.
        `moved`: the keys' ids from the last build's (an update), keying only the new words."""
        ids = self._key_ids_from(moved, known) if moved is not None else None
        if ids is None:
            ids = self._key_ids(known)
        self._kept_keys = ids  # for an update in this process only (not persisted)
        # One entry per (surface word, stem it has), then per stem with a key of its own.
        per_word = np.diff(self._sur_bounds)
        entry_key = np.repeat(ids.word_key, per_word)
        entry_form = np.repeat(ids.word_form, per_word)
        entry_latin = np.repeat(ids.word_latin, per_word)
        has = entry_key >= 0
        keyed = np.flatnonzero(ids.stem_key >= 0).astype(np.int32)
        v = len(self._stem_terms)
        self._keys = KeyTable.build(
            ids.keys,
            np.concatenate((entry_key[has], ids.stem_key[keyed])),
            np.concatenate((self._sur_stem[has], keyed)),
            np.concatenate((entry_latin[has], np.zeros(len(keyed), np.int8))),
            v,
        )
        # Keys of words in other scripts, sorted, for inflected names: Yuri → Юрия, Gagarin → Гагарина.
        self._foreign_keys = self._keys.foreign()
        self._forms = StemTable.build(ids.forms, entry_form[has], self._sur_stem[has], v)

    def _key_ids(self, known: WordCache) -> _KeyIds:
        """The keys' and forms' ids of every surface word and stem (`_build_keys`)."""
        ks, romans, latins = self._surface_keys(known)
        stem_ks = self._stem_keys(known)
        # Ids in order of first appearance, words then stems ("": no key, -1).
        key_ids = _numbered(filter(None, itertools.chain(ks, stem_ks)))
        form_ids = _numbered(itertools.compress(romans, ks))
        word_key = np.fromiter(map(key_ids.get, ks, itertools.repeat(-1)), np.int32, len(ks))
        word_form = np.fromiter(map(form_ids.get, romans, itertools.repeat(-1)), np.int32, len(ks))
        return _KeyIds(
            key_ids,
            form_ids,
            word_key,
            np.where(word_key >= 0, word_form, -1).astype(np.int32),  # a form counts only with a key
            np.fromiter(latins, np.int8, len(ks)),
            np.fromiter(map(key_ids.get, stem_ks, itertools.repeat(-1)), np.int32, len(stem_ks)),
        )

    def _key_ids_from(self, moved: Moved, known: WordCache) -> _KeyIds | None:
        """`_key_ids` from the last build's: its words' and stems' ids carried over, the new ones'
        worked out (through `known`), all numbered again in order of first appearance. None when
        the last build kept none."""
        last: _KeyIds | None = moved.previous.__dict__.get("_kept_keys")
        if last is None:
            return None
        words = list(map(self._surface_terms.__getitem__, moved.new_surface))
        stems = list(map(self._stem_terms.__getitem__, moved.new_stems))
        got = [_surface_key(w) if (g := known.surface.get(w)) is None else g for w in words]
        stem_got = [_stem_key(s) if (k := known.stem_keys.get(s)) is None else k for s in stems]
        gone_words = itertools.compress(moved.previous._surface_terms, moved.surface < 0)
        gone_stems = itertools.compress(moved.previous._stem_terms, moved.stems < 0)
        self._words.surface = _cache_updated(known.surface, gone_words, dict(zip(words, got, strict=True)))
        self._words.stem_keys = _cache_updated(known.stem_keys, gone_stems, dict(zip(stems, stem_got, strict=True)))
        # Ids in the last build's numbering, a key or form new to the corpus taking the next one.
        keys, forms = _Extended(last.keys), _Extended(last.forms)
        v, n_stems = len(self._surface_terms), len(self._stem_terms)
        new_keys = [keys.id(k) for k, _, _ in got]
        word_key = _carried(last.word_key, moved.surface, v, moved.new_surface, new_keys)
        new_forms = [forms.id(r) if k else -1 for k, r, _ in got]
        word_form = _carried(last.word_form, moved.surface, v, moved.new_surface, new_forms)
        word_latin = _carried(last.word_latin, moved.surface, v, moved.new_surface, [g[2] for g in got])
        stem_key = _carried(last.stem_key, moved.stems, n_stems, moved.new_stems, list(map(keys.id, stem_got)))
        key_ids, both = keys.in_order(np.concatenate((word_key, stem_key)))
        form_ids, word_form = forms.in_order(word_form)
        return _KeyIds(key_ids, form_ids, both[:v], word_form, word_latin, both[v:])

    def _build_name_tables(self, moved: Moved | None = None) -> None:
        """The tables of names found by their consonants (`_consonant_names`, `_latin_variant_names`,
        `_given_name`) and by their sound (`_sound_names`), made with the index and persisted with
        it: made on a query's first need of them, they cost that query 0.1–0.6 s at 100,000
        passages. Worked out for every word at once (translit.consonant_keys), not cached per word
        (a key per word held between builds costs a build 80 MB more at its peak). `moved`: from
        the last build's tables (an update), keying only the words new to the corpus."""
        names = self._names_from(moved) if moved is not None else None
        if names is None:
            names = self._all_names(everyday_words(self._langs_present))
        self._kept_names = names  # for an update in this process only (not persisted)
        self._consonant_table = names.consonant.capped(CONSONANT_MAX_WORDS)
        self._sound_table = names.sound.capped(CONSONANT_MAX_WORDS)
        # Short given names by their consonants (Кит is "kt"): every stem, however many share a key.
        self._given_table = names.given
        # Whether each stem is an everyday word of the corpus's languages (`_latin_variant_names`):
        # a query then reads a dictionary only for its own words, not for every corpus language.
        self._everyday_stem = names.everyday_stem

    def _all_names(self, everyday: frozenset[str]) -> _Names:
        """The name tables of every word; `everyday`: the everyday words of the corpus's languages."""
        words, stems = self._surface_terms, self._stem_terms
        names = [i for i, w in enumerate(words) if w.isascii() and w not in everyday]
        return _Names(
            NameTable.build(*self._consonant_entries(range(len(words)))),
            NameTable.build(*self._sound_entries(names)),
            NameTable.build(*self._given_entries(range(len(stems)))),
            np.fromiter(map(everyday.__contains__, stems), bool, len(stems)),
            SortedWords(everyday),
            tuple(self._langs_present),
        )

    def _names_from(self, moved: Moved) -> _Names | None:
        """The name tables from the last build's: its entries renumbered, with those of the words
        and stems new to the corpus. None when the corpus's languages changed (the sound table
        leaves out their everyday words) or the last build kept none."""
        last: _Names | None = moved.previous.__dict__.get("_kept_names")
        if last is None or last.languages != tuple(self._langs_present):
            return None
        words = self._surface_terms
        is_everyday = np.zeros(len(self._stem_terms), dtype=bool)
        stays = moved.stems >= 0
        is_everyday[moved.stems[stays]] = last.everyday_stem[stays]
        is_everyday[moved.new_stems] = last.everyday.holds(list(map(self._stem_terms.__getitem__, moved.new_stems)))
        latin = [i for i in moved.new_surface if words[i].isascii()]
        names = list(itertools.compress(latin, ~last.everyday.holds(list(map(words.__getitem__, latin)))))
        return _Names(
            last.consonant.updated(moved.surface, *self._consonant_entries(moved.new_surface)),
            last.sound.updated(moved.surface, *self._sound_entries(names)),
            last.given.updated(moved.stems, *self._given_entries(moved.new_stems)),
            is_everyday,
            last.everyday,
            last.languages,
        )

    def _consonant_entries(self, ids: Sequence[int]) -> tuple[list[str], list[int]]:
        """(consonant key, id) of the surface words `ids` in Latin letters: names Russian writes by
        sound (`_consonant_names`)."""
        words = list(map(self._surface_terms.__getitem__, ids))
        latin = ascii_words(words)
        return _keyed(consonant_keys(list(map(words.__getitem__, latin))), [ids[i] for i in latin])

    def _sound_entries(self, names: list[int]) -> tuple[list[str], list[int]]:
        """(sound key, id) of the surface words `names`, by their consonant classes: names Chinese
        writes by sound (`_sound_names`). Their caller leaves out the everyday words of the corpus's
        languages (Handel is German's "trade", and a name in an English text)."""
        sound = latin_sound_keys_of(list(map(self._surface_terms.__getitem__, names)))
        sids = [i for i, ks in zip(names, sound, strict=True) for _ in ks]
        return _keyed(list(itertools.chain.from_iterable(sound)), sids)

    def _given_entries(self, ids: Sequence[int]) -> tuple[list[str], list[int]]:
        """(consonant key, id) of the stems `ids`, however short (`_given_name`)."""
        return _keyed(consonant_keys(list(map(self._stem_terms.__getitem__, ids)), minimum=1), ids)

    def _surface_keys(self, known: WordCache) -> tuple[list[str], list[str], list[bool]]:
        """Per surface word: its skeleton ("": none), romanized form, whether in Latin letters;
        from `known` but for the words new to it. Kept in `self._words`."""
        terms = self._surface_terms
        cached = list(map(known.surface.get, terms))
        got = cast(list[tuple[str, str, bool]], cached)
        for i in [i for i, g in enumerate(cached) if g is None]:  # the words new to the corpus
            got[i] = _surface_key(terms[i])
        self._words.surface = dict(zip(terms, got, strict=True))
        return [g[0] for g in got], [g[1] for g in got], [g[2] for g in got]

    def _stem_keys(self, known: WordCache) -> list[str]:
        """Per stem: its key in another script ("": none); from `known` but for the stems new to it."""
        cached = list(map(known.stem_keys.get, self._stem_terms))
        got = cast(list[str], cached)
        for i in [i for i, k in enumerate(cached) if k is None]:
            got[i] = _stem_key(self._stem_terms[i])
        self._words.stem_keys = dict(zip(self._stem_terms, got, strict=True))
        return got

    @classmethod
    def from_corpus(cls, corpus: Corpus, tokens: Tokens | None = None, words: WordCache | None = None) -> SearchIndex:
        return cls(corpus.articles, Passages(corpus.articles), tokens, words)

    def word_cache(self) -> WordCache:
        """What this build worked out per word (for the next build); empty on an opened index."""
        return getattr(self, "_words", None) or WordCache()

    @property
    def vocabulary_size(self) -> int:
        return len(self._stem_terms)

    def drop_update_state(self) -> None:
        """Forget what only an update from this index needs (`_post_tf`, a byte a posting: 3.6 MB
        at 100,000 passages; the whole name tables, the keys' ids), in a process that will not update from it
        (bot/index/build.py)."""
        for name in _UPDATE_STATE:
            self.__dict__.pop(name, None)

    def clear_caches(self) -> None:
        """Forget expanded query words (the benchmark measures every lookup cold)."""
        self._expansion_cache.clear()
        self._typos.clear_cache()

    def __getstate__(self) -> dict[str, object]:
        # Pickled (bot/index/persist.py) without the query caches: they are per process, and a
        # running bot's queries change them while the index is being persisted in the background.
        state = {**self.__dict__, "_expansion_cache": OrderedDict()}
        state.pop("_words", None)  # kept with the parts (bot/index/parts.py), not with the index
        for name in _UPDATE_STATE:  # for an update in this process only
            state.pop(name, None)
        for name in _QUERY_CACHES:
            state.pop(name, None)
        return state

    # -- query side ---------------------------------------------------------------------------

    def _consonant_names(self, term: str) -> tuple[int, ...]:
        """The stems of the corpus's Latin words with the consonants of `term` (see
        translit.consonant_key), when there are at most CONSONANT_MAX_WORDS of them."""
        found = self._names_by_key(self._consonant_table, self._consonant_keys(term))
        if not found:
            # (in a case ending: "с Мирзиёевым" for Mirziyoyev, "с Уиткомбом" for Whitcombe; the
            # ending's consonant is no part of the name)
            bases = [b for b in _without_case_ending(term) if not b.endswith(("ь", "й"))]
            keys = sorted({k for b in bases for k in self._consonant_keys(b)})
            found = self._names_by_key(self._consonant_table, keys)
        return found

    @staticmethod
    def _consonant_keys(term: str) -> list[str]:
        keys = {consonant_key(term)}
        if "у" in term:  # Хебблсуик, Уилсон: Russian writes English w as у before a vowel
            keys.add(consonant_key(_CYRILLIC_W.sub("в", term)))
        if "г" in term:
            # Russian writes a German or English h as г (Вильгельм: Wilhelm, Гамбург: Hamburg), and a g
            # before e or i as г where the Latin key reads it soft (Рентген: Röntgen, "rntjn")
            keys.add(consonant_key(_CYRILLIC_H.sub("", term)))
            keys.add(consonant_key(_CYRILLIC_SOFT_G.sub("дж", term)))
        return sorted(keys - {""})

    def _latin_variant_names(self, term: str) -> tuple[int, ...]:
        """The stems of corpus names with the consonants of a Latin name the corpus lacks, when the
        corpus word is no everyday word of its languages and the name has LATIN_VARIANT_MIN
        consonants or more (the query's word may be: dictionaries list "Alexander")."""
        key = consonant_key(term, minimum=LATIN_VARIANT_MIN)
        if not key:
            return ()
        return tuple(t for t in self._names_by_key(self._consonant_table, (key,)) if not self._everyday_stem[t])

    def _dotted_name(self, m: re.Match[str]) -> str:
        """埃里克·利德尔 (Eric Liddell), a foreign name in Chinese: the parts found by sound stand for
        it (a given name is too short to compare); all of them when none is."""
        for name in latin_names(m.group(0)):
            if all(w in self._surface for w in name):
                return " ".join(name)  # (哈利·波特: Harry Potter, as the dictionary has the whole name)
        parts = re.split(r"[·・•]", m.group(0))
        found = [p for p in parts if len(p) >= 3 and p not in self._stems and self._sound_names(p)]
        # (or one the dictionary names, whatever its length: 玛丽·雪莱, Shelley; the given name then
        # counts for nothing, as one found by sound leaves it out)
        found += [p for p in parts if p not in found and p not in self._stems and self._dictionary_stems(p)]
        found.sort(key=parts.index)
        # (a part of two characters, 沙曼 in 海伦·沙曼, by sound too, when the corpus has one such name:
        # that name stands for it; the dot says it is a name, not an everyday word that sounds like one)
        # (not a given name the dictionary knows, 威廉 William: what sounds like it is some other word,
        # "ferrying", when the corpus has no such name)
        short = [self._sound_names(p) for p in parts if len(p) == 2 and p not in self._stems and not latin_names(p)]
        named = [self._stem_terms[tids[0]] for tids in short if len(tids) == 1]
        return " ".join([*found, *named] or parts)

    def _sound_names(self, term: str) -> tuple[int, ...]:
        """The stems of the corpus's Latin names (not everyday words) with the consonant classes of
        a name Chinese writes by sound (see translit.chinese_sound_keys), when at most
        CONSONANT_MAX_WORDS share them."""
        return self._names_by_key(self._sound_table, chinese_sound_keys(term))

    def _names_by_key(self, table: NameTable, keys: Iterable[str]) -> tuple[int, ...]:
        """The stems of the corpus words `table` files under one of `keys` (`_build_name_tables`)."""
        return tuple(sorted({t for key in keys for sid in table.get(key, ()) for t in self._stems_of_surface(sid)}))

    def _stems_of_surface(self, sid: int) -> list[int]:
        return self._sur_stem[self._sur_bounds[sid] : self._sur_bounds[sid + 1]].tolist()

    def _stem_written_in(self, tid: int, lang: int) -> bool:
        """Whether a passage in language `lang` holds the stem `tid`."""
        pids = self._post_pid[self._bounds[tid] : self._bounds[tid + 1]]
        return bool((self._lang[pids] == lang).any())

    def _stem_order(self, lang: int) -> list[int]:
        return [lang, *(li for li in self._langs_present if li != lang)]

    def _expand(self, term: str, lang: int = 0) -> tuple[tuple[int, float], ...]:
        """(stem id, weight) pairs a query word matches; `lang` is the query's Latin language."""
        cached = self._expansion_cache.get((term, lang))
        if cached is not None:
            self._expansion_cache.move_to_end((term, lang))
            return cached
        out: dict[int, float] = {}

        def add(tid: int, w: float) -> None:
            if w > out.get(tid, 0.0):
                out[tid] = w

        if is_cjk(term):
            self._expand_cjk(term, add)
        elif term.isdigit() or not term.isalnum():
            tid = self._stems.get(term)
            if tid is not None:
                add(tid, 1.0)
        else:
            self._expand_word(term, lang, add, out)
        result = tuple(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))[:MAX_EXPANSIONS]
        self._expansion_cache[(term, lang)] = result
        if len(self._expansion_cache) > 4096:
            self._expansion_cache.popitem(last=False)
        return result

    def _expand_word(self, term: str, lang: int, add: Callable[[int, float], None], out: dict[int, float]) -> None:
        latin = is_latin(term)
        stem_in = _stems_of(term)
        key = skeleton(term)
        # Word forms: the query word's stem in the query's language (English unless its function
        # words say otherwise), else in the first other language of the corpus that has it.
        own: set[str] = set()
        borrowed = False  # (the query's own-language stem, which only another language's words make)
        for li in self._stem_order(lang) if latin else (0,):
            s = stem_in(li)
            tid = self._stems.get(s)
            if tid is not None:
                own.add(s)
                add(tid, 1.0)
                borrowed = li == lang and term not in self._surface and not self._stem_written_in(tid, li)
                break
        if not latin and _CYRILLIC_STEM_END.search(stem_in(0)):
            # A Russian vowel that comes and goes (стёкла / стёкол, окна / окон, сестра / сестёр):
            # Snowball keeps the two stems apart
            for other in _fleeting_vowel_stems(stem_in(0)):
                if (tid := self._stems.get(other)) is not None:
                    add(tid, INFLECTED_SHARE)
        if not latin:
            for other in _past_tense_stems(stem_in(0)):
                if (tid := self._stems.get(other)) is not None:
                    add(tid, DERIVED_WEIGHT)
        if latin and (sid := self._surface.get(term)) is not None:
            # The word as the corpus writes it, in every language it is written in: "hospital" is
            # English's "hospit" and Spanish's "hospital" ("El Hospital Comarcal de Valdeluz").
            for tid in self._stems_of_surface(sid):
                add(tid, 1.0)
        if latin and term.isascii():
            for s in derived_stems(stem_in(0)):
                tid = self._stems.get(s)
                if tid is not None:
                    add(tid, DERIVED_WEIGHT)
        for form in f_plural_forms(term) if latin and term.isascii() else ():
            if (sid := self._surface.get(form)) is not None:  # "loaf" finds "loaves"
                for tid in self._stems_of_surface(sid):
                    add(tid, DERIVED_WEIGHT)
        if latin and SPANISH in self._langs_present:
            for s in spanish_derived_stems(stem_in(SPANISH)):
                tid = self._stems.get(s)
                if tid is not None:
                    add(tid, DERIVED_WEIGHT)
        # A number written another way: "eightieth anniversary" finds "80th anniversary" (and "80th",
        # which is not a Latin word, "eightieth").
        for spelled in number_spellings(term) if term.isascii() else ():
            tid = self._stems.get(stem(spelled, 0))
            if tid is not None:
                add(tid, DERIVED_WEIGHT)
        # ("comunity", a slip for "community", stems as English "comun", which only Spanish words
        # make: a word the corpus lacks, so its slips are looked for too)
        known = bool(out) and not borrowed
        if latin and not known and term.isascii():
            # "Bulgarian representatives" of a text that writes "Bulgaria also sent …" (and back)
            for s in demonym_stems(stem_in(0)):
                tid = self._stems.get(s)
                if tid is not None:
                    add(tid, DERIVED_WEIGHT)
            known = bool(out) and not borrowed
        # Names in another script (always) or another romanisation (for words the corpus lacks).
        # (Энн for Ann, Эндрю for Andrew: Russian writes English's short a as э)
        spellings = ("а" + term[1:],) if term.startswith("э") else ()
        if not latin and (magic := _CYRILLIC_LONG_I.match(term)) is not None:
            # (Пайк for Pike, Майк for Mike: Russian writes the English long i with its silent e as ай)
            spellings = (*spellings, f"{magic.group(1)}и{magic.group(2)}е")
        if not latin and term.endswith("нь"):
            # (Динь for Dinh, Минь for Minh: Russian writes a Vietnamese final nh as нь)
            spellings = (*spellings, term[:-1] + "х")
        if not latin and _ITALIAN_SOUNDS.search(term):
            spellings = (*spellings, _as_italian(term))
        if latin and "yo" in term:
            # (and Pyotr for Пётр: Russian prints ё as е, which romanisation writes yo after a consonant)
            spellings = (_YO_AFTER_CONSONANT.sub("e", term),)
        for k in {key, *(skeleton(w) for w in spellings), *(skeleton(s) for s in own)} - {""}:
            for tid, k_latin in self._keys.get(k, ()):
                if k_latin != latin or not known:
                    add(tid, TRANSLIT_WEIGHT)
        if not latin and "х" in term and not any(w >= TRANSLIT_WEIGHT for w in out.values()):
            # (Хорхе for Jorge, Хуан for Juan: Russian writes the Spanish jota, and a g before e or i, as х;
            # only for a word no other spelling found: Хун is Hun, not Jun)
            for tid, k_latin in self._keys.get(skeleton(_SPANISH_SOFT_G.sub("g", term).replace("х", "j")), ()):
                if k_latin:
                    add(tid, TRANSLIT_WEIGHT)
        if term.startswith("г") and (k := skeleton("х" + term[1:])):
            # Russian writes a name's initial H as Г (Гувер: Hoover, Гарвард: Harvard): in Latin only
            for tid, k_latin in self._keys.get(k, ()):
                if k_latin:
                    add(tid, TRANSLIT_WEIGHT)
        if not latin and (sid := self._surface.get(romanize(term))) is not None:
            # Мельников is Melnikov letter for letter: as good as the name as written, all but a
            # hair (a skeleton match, below, also takes Khabarovsk for Habarovsk)
            for tid in self._stems_of_surface(sid):
                add(tid, ROMAN_EXACT_WEIGHT)
        elif not latin and (sid := self._uninflected_surface(term)) is not None:
            # … and so is Мельникова, Мельниковым: the same letters and a case ending
            for tid in self._stems_of_surface(sid):
                add(tid, ROMAN_EXACT_WEIGHT * INFLECTED_SHARE)
        if not latin:
            # Иран finds Iran, and so the English word family: Iranian.
            roman = romanize(term)
            bases = {stem(roman, 0)} if roman.isascii() and roman.isalpha() else set()
            bases |= {self._stem_terms[t] for t, w in out.items() if w >= TRANSLIT_WEIGHT}
            for base in sorted(b for b in bases if b.isascii()):
                for s in derived_stems(base, demonyms=True):
                    d_tid = self._stems.get(s)
                    if d_tid is not None:
                        add(d_tid, TRANSLIT_WEIGHT * DERIVED_WEIGHT)
        if not latin:
            # A Chinese name in Russian (Palladius) spelling: Цзиньсянь finds Jinxian and 金先; in a case
            # ending too, when the word as written finds nothing (Тяньцзине: Тяньцзинь, Tianjin;
            # Цзиньпина: Цзиньпин, Jinping).
            for form in (term, *_palladius_bases(term)):
                found_here = False
                for py in from_palladius(form):
                    for k in {skeleton(py), skeleton(postal(py))}:  # Цинхуа: Qinghua, or Tsinghua
                        for tid, _ in self._keys.get(k, ()):
                            add(tid, TRANSLIT_WEIGHT)
                            found_here = True
                if found_here:
                    break
            for wg in wade_giles_from_palladius(term):  # Гоминьдан: an older text's Kuomintang
                for tid, k_latin in self._keys.get(skeleton(wg), ()):
                    if k_latin:
                        add(tid, TRANSLIT_WEIGHT)
        if latin and len(term) >= INFLECTED_MIN_CHARS:
            self._inflected_names(key, add)
        elif not latin and len(term) > INFLECTED_MIN_CHARS:
            self._uninflected_names(key, add)
        self._silent_finals(key, latin, add)
        if known:
            return
        if latin and not out:
            # A country the corpus names only by its people ("Burma" for "the Burmese battlefield"):
            # tried only for a word the corpus lacks, a lookup or two more (not for every English word)
            for s in demonym_stems(stem_in(0)):
                if (d_tid := self._stems.get(s)) is not None:
                    add(d_tid, DERIVED_WEIGHT)
        if latin and (halves := self._split_pinyin(term)):
            # "Children of Huangshi" for a text that writes "Huang Shi": the two words, next to each other
            for tid in halves:
                add(tid, TRANSLIT_WEIGHT)
        if not out and not latin and (names := self._consonant_names(term)):
            # "Джонатан Рис Майерс" for "Jonathan Rhys Meyers": a name Russian writes by sound,
            # which no letter-for-letter rule reaches; its consonants do, when the corpus has few
            # words with them.
            for tid in names:
                add(tid, CONSONANT_WEIGHT)
            return
        if not out and latin and (names := self._latin_variant_names(term)):
            # "Alexander" for "Aleksandr": another romanisation of the same name (no everyday word
            # on either side, and a name long enough to tell apart).
            for tid in names:
                add(tid, CONSONANT_WEIGHT)
            return
        # A correctly spelled everyday word is no slip for another word, nor part of one; it may
        # still be a cognate written in another script ("theatre" / театр).
        # (a plural of one too: "robados", "cuadros", whose singulars the dictionary counts)
        everyday = latin and (common_word(term, lang) or (term.endswith("s") and common_word(term[:-1], lang)))
        if len(term) >= PARTIAL_MIN_CHARS:
            # A partial word: the corpus words it starts (most frequent first); an everyday word only
            # its comparative and superlative (fast → faster, not boat → boathouse).
            lo = bisect.bisect_left(self._sorted_surface, term)
            hi = bisect.bisect_left(self._sorted_surface, term + "\uffff")
            starts = self._sorted_surface[lo : min(hi, lo + 200)]
            if everyday:
                starts = [w for w in starts if w[len(term) :] in ("er", "est", "r", "st")]
            found = {t for w in starts for t in self._stems_of_surface(self._surface[w])}
            for tid in sorted(found, key=lambda t: (-self._df(t), t))[:20]:
                add(tid, PREFIX_WEIGHT)
        if not latin and max(out.values(), default=0.0) >= TRANSLIT_WEIGHT:
            return  # (a name in another script found as the corpus writes it: no slips from it besides)
        if latin and countries_named(stem_in(0)):
            # A country's name spelled right is no slip for another word: "Slovenia prime minister" of a
            # text on Slovakia's, "Curacao monument" of one on Caracas
            return
        forms = [romanize(term)]
        if not latin and len(base := stem_in(0)) > INFLECTED_MIN_CHARS and base != term:
            # (a name in a case ending, its stem romanised: "с Касым-Жомартом Токаевым" / Tokayev)
            forms.append(romanize(base))
        for i, form in enumerate(forms):
            self._typo_forms(term, form, key, latin, everyday, add, stemmed=i > 0)

    def _typo_forms(
        self,
        term: str,
        form: str,
        key: str,
        latin: bool,
        everyday: bool,
        add: Callable[[int, float], None],
        *,
        stemmed: bool = False,
    ) -> None:
        """The corpus words a slip away from `form` (`term` romanised, or, `stemmed`, its stem's)."""
        # A name written in another script has been transliterated once more: Бетьюн is "betyun"
        # to Bethune's "bethune" (th heard as т, the silent e dropped). (Not its stem: a second
        # guess has no edit to spare.)
        own_d = max_edits(len(form))
        d = own_d + (1 if not latin and not stemmed and len(form) >= CROSS_SCRIPT_MIN_CHARS else 0)
        if d:
            for cand, dist in self._typos.candidates(form, d):
                if everyday and cand in self._surface:
                    continue
                if not latin:
                    # Spellings that differ only as romanisations do (Сианук "sianuk" / Sihanouk:
                    # ou for u) are not typos: count the edits between their skeletons.
                    dist = max(1, min(dist, OSA.distance(key, skeleton(cand))))
                    if (dist > own_d or stemmed) and not any(is_latin(self._stem_terms[t]) for t in self._forms[cand]):
                        continue  # the extra edit is for a name in the other script (Пятницкого is no Пятница)
                w = typo_weight(dist, len(form))
                for tid in self._forms[cand]:
                    add(tid, w)

    def _inflected_names(self, key: str, add: Callable[[int, float], None]) -> None:
        """A Latin name against the same name in another script with a case ending: Gagarin →
        Гагарина, Гагарину (the Russian stemmer cannot read Latin letters)."""
        if not key:
            return
        self._inflected_from(key, "", add)
        if key.endswith("a") and len(key) > INFLECTED_MIN_CHARS - 1:
            # (a feminine name's -a gives way to the case ending: Nina → Нины, Ниной; Erofeeva → Ерофеевой)
            self._inflected_from(key[:-1], _CASE_VOWELS, add)
        if (fleeting := _FLEETING_VOWEL.fullmatch(key)) is not None:
            # (a vowel Russian drops before a case ending: Pavel → Павла, Павлу; Kravets → Кравца)
            stem_key = fleeting.group(1) + fleeting.group(2)
            for ending in _MASCULINE_ENDINGS:
                for tid, k_latin in self._keys.get(stem_key + ending, ()):
                    if not k_latin:
                        add(tid, TRANSLIT_WEIGHT * INFLECTED_SHARE)

    def _inflected_from(self, key: str, after: str, add: Callable[[int, float], None]) -> None:
        """Foreign-script keys that are `key` and a case ending (opening with a letter of `after`, if given)."""
        lo = bisect.bisect_left(self._foreign_keys, key)
        for k in self._foreign_keys[lo : lo + 8]:
            if not k.startswith(key):
                break
            if 0 < len(k) - len(key) <= INFLECTION_CHARS and (not after or k[len(key)] in after):
                for tid, k_latin in self._keys[k]:
                    if not k_latin:
                        add(tid, TRANSLIT_WEIGHT * INFLECTED_SHARE)

    def _silent_finals(self, key: str, latin: bool, add: Callable[[int, float], None]) -> None:
        """A name whose Latin spelling ends in a letter no one says, which Cyrillic leaves out:
        Дени / Denis, Дюма / Dumas, Бернар / Bernard (both ways)."""
        if len(key) < SILENT_FINAL_MIN_CHARS:
            return
        if latin:
            bare = next((key[: -len(f)] for f in SILENT_FINALS if key.endswith(f)), "")
            for tid, k_latin in self._keys.get(bare, ()) if len(bare) >= SILENT_FINAL_MIN_CHARS else ():
                if not k_latin:
                    add(tid, TRANSLIT_WEIGHT * INFLECTED_SHARE)
            return
        for final in SILENT_FINALS:
            for tid, k_latin in self._keys.get(key + final, ()):
                if k_latin:
                    add(tid, TRANSLIT_WEIGHT * INFLECTED_SHARE)

    def _uninflected_surface(self, term: str) -> int | None:
        """The Latin word a Cyrillic word is letter for letter once its case ending is off
        (Мельникова, Абрамовым → Melnikov, Abramov), if the corpus writes one."""
        for base in _without_case_ending(term):
            if len(base) >= INFLECTED_MIN_CHARS and (sid := self._surface.get(romanize(base))) is not None:
                return sid
        return None

    def _uninflected_names(self, key: str, add: Callable[[int, float], None]) -> None:
        """An inflected Cyrillic name against the same name in Latin letters: Гагарина → Gagarin,
        Юрия → Yuri (the case ending off)."""
        for cut in range(1, INFLECTION_CHARS + 1):
            stem_key = key[:-cut]
            if len(stem_key) < INFLECTED_MIN_CHARS:  # shorter keys ("uri") match too much
                break
            for tid, k_latin in self._keys.get(stem_key, ()):
                if k_latin:
                    add(tid, TRANSLIT_WEIGHT * INFLECTED_SHARE)

    def _expand_cjk(self, term: str, add: Callable[[int, float], None]) -> None:
        tid = self._stems.get(term)
        if tid is not None:
            add(tid, 1.0)
            return
        found = False

        def add_found(tid: int, w: float) -> None:
            nonlocal found
            found = True
            add(tid, w)

        self._expand_cjk_by_pinyin(term, add_found)
        if not found:
            # 普京 for a text that writes Putin, 金正恩 for its Kim Jong Un: a name Chinese writes its own way
            self._expand_cjk_by_dictionary(term, add_found)
        if not found and len(term) >= 3 and is_han(term):
            # 托卡耶夫 for a text that writes Tokayev: a foreign name written by sound.
            for tid in self._sound_names(term):
                add(tid, CONSONANT_WEIGHT)

    def _expand_cjk_by_dictionary(self, term: str, add: Callable[[int, float], None]) -> None:
        """The corpus's Latin word for each name CC-CEDICT gives a Chinese word (zhnames): the name's
        last word the corpus holds that is no everyday word (普京 → Putin, not the Vladimir of other
        men; 金正恩 → Jong, not the Spanish "un"), else its last the corpus holds (特朗普 → Trump); a
        one-word name that is an everyday word only when it is the word's one name (伦敦 London, 中国
        China; 罗斯, "Roth, Ross, Rose or Rossi", is no "rose")."""
        for tid in self._dictionary_stems(term):
            add(tid, TRANSLIT_WEIGHT)

    def _dictionary_stems(self, term: str) -> list[int]:
        """The stems `_expand_cjk_by_dictionary` finds for a Chinese word ([] for none)."""
        names, out = latin_names(term), []
        for name in names:
            held = [w for w in name if len(w) >= NAME_WORD_MIN and w in self._surface]
            rare = [w for w in held if not common_word(w, 0)]
            word = rare[-1] if rare else held[-1] if held and (len(name) > 1 or len(names) == 1) else None
            if word is not None:
                out += self._stems_of_surface(self._surface[word])
        return out

    def _pinyin_names(self, term: str) -> bool:
        """Whether the corpus writes a name in Latin letters that is the Chinese word's pinyin."""
        k = skeleton(pinyin(term))
        return any(k_latin and not common_word(self._stem_terms[tid], 0) for tid, k_latin in self._keys.get(k, ()))

    def _expand_cjk_by_pinyin(self, term: str, add: Callable[[int, float], None]) -> None:
        if len(term) >= 2 and (k := skeleton(pinyin(term))):
            # 重庆 for an older text's Chungking, 天安门 for its Tienanmen (Wade–Giles, postal spelling)
            for key in dict.fromkeys((k, *(skeleton(w) for w in older_spellings(term)))):
                for tid, k_latin in self._keys.get(key, ()):
                    # 唐山 for a text that writes Tangshan (not 里克 for "like": an everyday word by chance)
                    if k_latin and not common_word(self._stem_terms[tid], 0):
                        add(tid, TRANSLIT_WEIGHT)
            for surname, given in name_splits(term):
                # 刘奇葆 for a text that writes "Liu Qibao": both words, as the text has them
                a, b = self._surface.get(surname), self._surface.get(given)
                if a is not None and b is not None and not common_word(given, 0):  # 埃里克 is no "ai like"
                    for tid in (*self._stems_of_surface(a), *self._stems_of_surface(b)):
                        add(tid, TRANSLIT_WEIGHT)
        if is_han(term):
            # A word inside a longer corpus word (唐山 in 唐山大地震's 唐山大).
            text, pos, found = self._han_joined, 0, 0
            while found < MAX_EXPANSIONS:
                pos = text.find(term, pos)
                if pos < 0:
                    break
                i = bisect.bisect_right(self._han_starts, pos) - 1
                add(self._stems[self._han[i]], CJK_PART_WEIGHT)
                pos, found = self._han_starts[i + 1], found + 1

    def _df(self, tid: int) -> int:
        return int(self._bounds[tid + 1] - self._bounds[tid])

    def _query_words(self, query: str) -> tuple[list[str], int]:
        """The query's content words, and its Latin language (by its function words)."""
        raw: list[str] = []
        query = _WG_ASPIRATE.sub(r"\1", clean_query(query))  # Ch'ing-hua: one syllable, ching
        # "Chao Le-chi": a given name's syllables, hyphenated, as the one pinyin word the corpus has (Leji)
        query = _HYPHENATED.sub(lambda m: self._hyphenated_wade_giles(m.group(0)) or m.group(0), query)
        for token in tokens(_DOTTED_NAME.sub(self._dotted_name, query)):
            if (person := self._han_person(token)) is not None:
                raw.extend(person)  # 周建国 → 周, 建国: a surname the text writes before the given name
            elif (
                is_han(token)
                and len(token) >= 3
                and token not in self._stems
                # (not a corpus word and a particle: "退休的", "开业了")
                and not (token[-1] in _HAN_PARTICLES and token[:-1] in self._stems)
                and (self._sound_names(token) or self._pinyin_names(token))
            ):
                # 托卡耶夫, a foreign name written by sound (皮纳图博, Pinatubo in pinyin letter for letter):
                # segmenting would break it
                raw.append(token)
            else:
                raw.extend(words(token))
        lang, _ = detect_latin(raw)
        # 南非 → south africa, for a text that writes it so (a name no spelling rule reaches)
        raw = in_corpus_words(raw, self._surface.__contains__, lambda w: self._reaches(w, lang))
        # ("He Lizhen" of a text that writes 何丽珍: a surname that is a function word in English is
        # joined to its given name before function words go)
        if any(w in STOPWORDS for w in raw):
            raw = self._surname_function_words(raw)
        # A stray letter would count as an unknown word against the query's coverage.
        content = [
            w
            for i, w in enumerate(raw)
            if w not in STOPWORDS
            and not (len(w) == 1 and w.isascii() and w.isalpha())
            # «в роли Хогга», «в качестве посла»: the Russian for "as", no word of what is asked about
            and not (w in _AS_NOUNS_RU and i > 0 and raw[i - 1] in ("в", "во"))
        ]
        chosen = content or raw
        out: list[str] = []
        for w in chosen:
            if is_han(w) and w not in self._stems and (latin := self._latin_name_of(w)) is not None:
                out.extend(latin)  # 陈翰笙 → chen, hansheng: two words to meet, as the text writes them
            elif is_han(w) and len(w) > 3 and w not in self._stems and (known := self._corpus_words_of(w)):
                out.extend(known)  # 污水处理设施 → 污水处理, 设施: words the corpus has, not a name by sound
            elif is_han(w) and w not in self._stems and len(w) > 1 and not self._expand(w, lang):
                out.extend(han_terms(w) if len(w) > 2 else list(w))  # an unknown Chinese word: its parts
            elif is_cjk(w) and not is_han(w):
                out.extend(cjk_pairs(w))  # Japanese / Korean: character pairs, as indexed
            elif not w.isascii() and not is_latin(w) and w not in self._surface and (two := self._hyphenated(w)):
                out.extend(two)  # Юньфат → yun, fat: a name the text hyphenates ("Chow Yun-fat")
            else:
                out.append(w)
        return out, lang

    def _han_person(self, token: str) -> list[str] | None:
        """A Chinese person's name the corpus holds only in two words, the surname (one character, or
        two) right before the given name ("老放映员周建国", segmented 周 / 建国): those two words, so
        that a passage must hold both; None for anything else."""
        if not is_han(token) or not 3 <= len(token) <= 4 or token in self._stems:
            return None
        for cut in (1, 2):
            surname, given = self._stems.get(token[:cut]), self._stems.get(token[cut:])
            if surname is not None and given is not None and self._written_together([surname], [given]):
                return [token[:cut], token[cut:]]
        return None

    def _reaches(self, word: str, lang: int) -> bool:
        """bool(self._expand(word, lang)): without expanding a Latin word the corpus writes as it
        is (its stems are found; the function words of every query are such words)."""
        sid = self._surface.get(word)
        as_written = is_latin(word) and word.isalnum() and not word.isdigit() and not is_cjk(word)
        if sid is not None and as_written and self._sur_bounds[sid + 1] > self._sur_bounds[sid]:
            return True
        return bool(self._expand(word, lang))

    def _corpus_words_of(self, word: str) -> list[str]:
        """A Chinese phrase the corpus holds as two or more of its own words (jieba's split); []
        when any part is not a corpus word (a foreign name by sound: 托卡耶夫)."""
        parts = han_words(word)
        ok = len(parts) > 1 and all(len(p) > 1 and p in self._stems for p in parts)
        return parts if ok else []

    def _latin_name_of(self, word: str) -> tuple[str, str] | None:
        """A Chinese name the corpus writes in Latin letters, surname then given name, side by side
        (陈翰笙 → "Chen Hansheng", 尹勇 → "Yin Yong"; not 巴西 → "ba xi")."""
        if not 2 <= len(word) <= 4:
            return None
        for surname, given in name_splits(word):
            a, b = self._surface.get(surname), self._surface.get(given)
            if a is None or b is None or surname + given in self._surface or {surname, given} & STOPWORDS:
                continue  # (卢拉 is "Lula", one word; not "lu la")
            if self._written_together(self._stems_of_surface(a), self._stems_of_surface(b)):
                return surname, given
        return None

    def _hyphenated(self, word: str) -> tuple[str, str] | None:
        """A word in another script that the corpus writes in Latin letters as two words side by
        side, as hyphenated names are indexed (Юньфат → "Yun-fat", Яньань → "Yan'an"); None when it is not so."""
        for roman in dict.fromkeys((romanize(word), *from_palladius(word))):
            if not roman.isascii() or not roman.isalpha():
                continue
            for i in range(2, len(roman) - 1):
                a, b = self._surface.get(roman[:i]), self._surface.get(roman[i:])
                if a is None or b is None:
                    continue
                if {roman[:i], roman[i:]} & STOPWORDS:
                    # Yan'an: indexed as "yan an", a function word the pair postings skip
                    if _apostrophe_split(roman, i) and self._read_together(roman[:i], roman[i:]):
                        return roman[:i], roman[i:]
                elif self._written_together(self._stems_of_surface(a), self._stems_of_surface(b)):
                    return roman[:i], roman[i:]
        return None

    def _read_together(self, first: str, second: str) -> bool:
        """Whether a passage holds the corpus word `first` right before `second`, read in the text of
        the passages holding `first` (a rare word: at most READ_TOGETHER_MAX of them)."""
        sid = self._surface.get(first)
        if sid is None or first in STOPWORDS:
            return False
        post = self._post_pid
        pids = {int(p) for t in self._stems_of_surface(sid) for p in post[self._bounds[t] : self._bounds[t + 1]]}
        if len(pids) > READ_TOGETHER_MAX:
            return False
        for pid in sorted(pids):
            ws = words(self.passages[pid].text)
            if any(x == first and y == second for x, y in itertools.pairwise(ws)):
                return True
        return False

    def _written_together(self, first: Sequence[int], second: Sequence[int]) -> bool:
        """Whether a stem of `first` comes right before one of `second` somewhere in the corpus."""
        pairs = self._pair_key
        if not len(pairs) or not first or not second:
            return False
        wanted = np.array([(t1 << 32) | t2 for t1 in first for t2 in second], dtype=np.int64)
        at = np.minimum(np.searchsorted(pairs, wanted), len(pairs) - 1)
        return bool((pairs[at] == wanted).any())

    def _query_terms(self, query: str) -> list[_QueryTerm]:
        return self._prepare(query).terms

    def _han_surname(self, term: str, given: tuple[tuple[int, float], ...]) -> tuple[tuple[int, float], ...]:
        """The single Chinese characters whose pinyin is `term` that the corpus writes right before a
        Chinese word the next query word found (a surname before its given name)."""
        han = [tid for tid, _ in given if is_han(self._stem_terms[tid])]
        if not han or not len(self._pair_key):
            return ()
        found = []
        # (a surname's own reading too: "Шань Вэйминь" of 单 / 卫民, 单 read dān elsewhere)
        for t1 in (t for reading in surname_readings(term) for t in self._han_characters(reading)):
            wanted = np.array([(t1 << 32) | t2 for t2 in han], dtype=np.int64)
            at = np.searchsorted(self._pair_key, wanted)
            if (self._pair_key[np.minimum(at, len(self._pair_key) - 1)] == wanted).any():
                found.append(t1)
        return tuple((t, TRANSLIT_WEIGHT) for t in found[:MAX_EXPANSIONS])

    def _given_name(self, term: str, surname: tuple[tuple[int, float], ...]) -> tuple[tuple[int, float], ...]:
        """A short given name Russian writes by sound, before a surname found in Latin letters
        ("Кит Беннетт", "Дженни Клегг"): too few consonants to look up alone (Кит is "kt"), so
        only the words the corpus writes just before that surname are compared (Keith, Jenny)."""
        return self._short_name_beside(term, surname, before=True)

    def _surname_after(self, term: str, given: tuple[tuple[int, float], ...]) -> tuple[tuple[int, float], ...]:
        """A short surname Russian writes by sound, after a given name found in Latin letters ("Тим
        Пик": Peake, "pk"): only the words the corpus writes just after that name are compared."""
        return self._short_name_beside(term, given, before=False)

    def _short_name_beside(
        self, term: str, beside: tuple[tuple[int, float], ...], *, before: bool
    ) -> tuple[tuple[int, float], ...]:
        """The corpus words with the consonants of `term` written just before (or after) a Latin word
        `beside` found by its letters in another script."""
        key = consonant_key(term, minimum=1)
        latin = [tid for tid, w in beside if w < 1.0 and is_latin(self._stem_terms[tid])]
        if not key or not latin or not len(self._pair_key):
            return ()
        pairs = self._pair_key
        found = []
        for t in self._given_table.get(key, ()):
            wanted = np.array([(t << 32) | o if before else (o << 32) | t for o in latin], dtype=np.int64)
            at = np.searchsorted(pairs, wanted)
            if (pairs[np.minimum(at, len(pairs) - 1)] == wanted).any():
                found.append(t)
        return tuple((t, CONSONANT_WEIGHT) for t in found[:MAX_EXPANSIONS])

    def _phrase_passages(self, ws: list[str], lang: int) -> np.ndarray | None:
        """Passages holding the query's words in order (each adjacent pair, in any of the
        word's close forms); None when the query is a single word."""
        if len(ws) < 2:
            return None
        found: np.ndarray | None = None
        for w1, w2 in itertools.pairwise(ws):
            e1 = [t for t, w in self._expand(w1, lang) if w >= PHRASE_MIN_WEIGHT][:3]
            e2 = [t for t, w in self._expand(w2, lang) if w >= PHRASE_MIN_WEIGHT][:3]
            parts = []
            for t1, t2 in itertools.product(e1, e2):
                key = (t1 << 32) | t2
                lo, hi = np.searchsorted(self._pair_key, [key, key + 1])
                parts.append(self._pair_pid[lo:hi])
            pids = parts[0] if len(parts) == 1 else _sorted_union(parts)
            if found is not None:  # passages with every pair so far
                mark = np.zeros(len(self.passages), dtype=bool)
                mark[found] = True
                pids = pids[mark[pids]]
            found = pids
            if found.size == 0:
                break
        return found

    def _split_pinyin(self, term: str) -> tuple[int, ...]:
        """The stems of two pinyin words the corpus writes next to each other that a query word
        joins ("huangshi": huang, shi); then of two Chinese words ("liushuizhen": 流水 镇, as the
        text's 流水镇 is cut); of two hyphenated words for a word that is no pinyin (`_split_hyphenated`);
        () when none."""
        if len(term) < PINYIN_SPLIT_MIN:
            return ()
        if not reads_as_pinyin(term):
            return self._split_hyphenated(term)
        readers = (self._latin_stems, self._han_by_pinyin) if len(self._han) else (self._latin_stems,)
        for stems_of in readers:
            for i in range(2, len(term) - 1):
                head, tail = term[:i], term[i:]
                if not (reads_as_pinyin(head) and reads_as_pinyin(tail)):
                    continue
                for t1, t2 in itertools.product(stems_of(head), stems_of(tail)):
                    key = (t1 << 32) | t2
                    lo, hi = np.searchsorted(self._pair_key, [key, key + 1])
                    if hi > lo:
                        return (t1, t2)
        return ()

    def _split_hyphenated(self, term: str) -> tuple[int, ...]:
        """The stems of two corpus words written next to each other that a query word joins, each of
        three letters or more ("Yunfat" of the text's "Chow Yun-fat"); () when none."""
        for i in range(HYPHENATED_PART_MIN, len(term) - HYPHENATED_PART_MIN + 1):
            for t1, t2 in itertools.product(self._latin_stems(term[:i]), self._latin_stems(term[i:])):
                key = (t1 << 32) | t2
                lo, hi = np.searchsorted(self._pair_key, [key, key + 1])
                if hi > lo:
                    return (t1, t2)
        return ()

    def _latin_stems(self, word: str) -> list[int]:
        """The stems of the corpus word written as `word` ([] when there is none)."""
        sid = self._surface.get(word)
        return self._stems_of_surface(sid) if sid is not None else []

    def _han_by_pinyin(self, syllables: str) -> list[int]:
        """The corpus's Chinese words that read as these pinyin syllables (a single character too)."""
        words = self._keys.get(skeleton(syllables), ())
        return [tid for tid, latin in words if not latin and is_han(self._stem_terms[tid])] or self._han_characters(
            syllables
        )

    def _han_characters(self, syllable: str) -> list[int]:
        """The corpus's single Chinese characters whose pinyin is `syllable`."""
        table: dict[str, list[int]] | None = getattr(self, "_han_syllables", None)
        if table is None:  # (made at the first such query: the corpus's single characters by pinyin)
            table = {}
            for tid, w in enumerate(self._stem_terms):
                if len(w) == 1 and is_han(w):
                    table.setdefault(pinyin(w), []).append(tid)
            self._han_syllables = table
        return table.get(syllable, [])

    def _surname_function_words(self, ws: list[str]) -> list[str]:
        """`_joined_names` for a surname that is a function word ("He Lizhen": he, of 何丽珍), both
        words pinyin syllables."""

        def surname_first(a: str, b: str) -> bool:
            return a in STOPWORDS and b not in STOPWORDS and reads_as_pinyin(a) and reads_as_pinyin(b)

        return self._joined_pairs(ws, surname_first)

    def _joined_names(self, ws: list[str]) -> list[str]:
        """ "Yang Liwei" → "yangliwei" when only the joined form names something the corpus writes
        in another script (Chinese given names are one word in pinyin, two in many texts)."""
        return self._joined_pairs(
            ws,
            lambda a, b: a.isascii() and b.isascii() and a.isalpha() and b.isalpha(),
            lambda a, b: (z + b for z in surname_readings(a)),  # (Qin Xiaoyan: 覃晓燕, keyed as tanxiaoyan)
        )

    def _joined_pairs(
        self,
        ws: list[str],
        may_join: Callable[[str, str], bool],
        spellings: Callable[[str, str], Iterable[str]] = lambda a, b: (a + b,),
    ) -> list[str]:
        """`ws` with each pair of neighbours that `may_join` accepts joined into one word (the first of
        its `spellings`, by default the two as written) that the corpus writes in another script."""
        out: list[str] = []
        i = 0
        while i < len(ws):
            joined = None
            if i + 1 < len(ws) and may_join(ws[i], ws[i + 1]):
                joined = next((c for c in spellings(ws[i], ws[i + 1]) if self._written_in_han(c)), None)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            out.append(ws[i])
            i += 1
        return out

    def _joined_palladius(self, ws: list[str]) -> list[str]:
        """ "Ма Сяоянь" → "maxiaoyan": a surname and given name in Palladius spelling as the one
        pinyin word the corpus writes in Chinese characters (马晓燕, one word to the segmenter)."""
        return self._joined_pairs(
            ws,
            lambda a, b: bool(_CYRILLIC_WORD.fullmatch(a) and _CYRILLIC_WORD.fullmatch(b)),
            # (a surname read as a surname: Цинь Сяоянь is 覃晓燕, keyed as tanxiaoyan)
            lambda a, b: (
                z + y for x, y in itertools.product(from_palladius(a), from_palladius(b)) for z in surname_readings(x)
            ),
        )

    def _wade_giles_names(self, ws: list[str]) -> list[str]:
        """ "Mao Tse-tung" → zedong, "Kuo-min-tang" → guomindang: a run of Wade–Giles syllables
        (as older English texts write Chinese names) read as the pinyin word the corpus has."""
        out: list[str] = []
        i = 0
        while i < len(ws):
            for n in (3, 2):
                run = ws[i : i + n]
                if len(run) < n or not all(w.isascii() and w.isalpha() for w in run):
                    continue
                if all(w in self._surface for w in run):
                    continue  # words the corpus has as they are
                hit = self._pinyin_in_corpus(from_wade_giles(run))
                if hit is not None:
                    out.append(hit)
                    i += n
                    break
                pair = self._wade_giles_pair(run) if n == 2 else None
                if pair is not None:
                    out.extend(pair)
                    i += n
                    break
            else:
                w = ws[i]
                whole = None
                if len(w) >= 3 and w.isascii() and w.isalpha() and w not in self._surface:
                    whole = self._pinyin_in_corpus(wade_giles_words(w))  # "Chiayukuan": one word, unhyphenated
                    if whole is None and "tsi" in w:
                        whole = self._pinyin_in_corpus(wade_giles_words(postal_as_wade_giles(w)))  # "Tientsin"
                joined = self._joined_syllable(out[-1], w) if out and whole is None else None
                ahead = (
                    self._joined_ahead(w, ws[i + 1]) if whole is None and joined is None and i + 1 < len(ws) else None
                )
                if joined is not None:
                    out[-1] = joined  # "Ch'ing-ho hsien": qinghe + xian, 清河县
                elif ahead is not None:
                    out.append(ahead)  # "Hsu Hai-feng": xu + haifeng, 许海峰
                    i += 1
                else:
                    out.append(whole or w)
                i += 1
        return out

    def _name_pair_typos(
        self, ws: list[str], exps: list[tuple[tuple[int, float], ...]], capital: set[str]
    ) -> list[tuple[tuple[int, float], ...]]:
        """ "Jodie Evens" for "Jodie Evans": in a name of two capitalised words that the corpus never
        writes side by side, a slip of one that is an everyday word too ("evens") is read as the
        corpus word, a typo away, that does stand next to the other."""
        out = list(exps)
        for i in range(len(ws) - 1):
            a, b = ws[i], ws[i + 1]
            if not (a in capital and b in capital and a.isascii() and b.isascii() and a.isalpha() and b.isalpha()):
                continue
            if self._side_by_side(a, b):
                continue
            for j, (fixed, other, first) in enumerate(((a, b, False), (b, a, True))):
                d = max_edits(len(fixed))
                found = [
                    (cand, dist)
                    for cand, dist in (self._typos.candidates(fixed, d) if d else ())
                    if cand != fixed and (self._side_by_side(other, cand) if first else self._side_by_side(cand, other))
                ]
                for cand, dist in found[:1]:
                    k = i + j
                    extra = dict(out[k])
                    for tid in self._forms[cand]:
                        extra[tid] = max(extra.get(tid, 0.0), typo_weight(dist, len(fixed)))
                    out[k] = tuple(sorted(extra.items(), key=lambda kv: (-kv[1], kv[0])))[:MAX_EXPANSIONS]
        return out

    def _joined_ahead(self, word: str, after: str) -> str | None:
        """The Wade–Giles syllable `word` (a surname) and the word after it as one pinyin name the
        corpus writes in Chinese characters, when `word` is no corpus word."""
        if not (word.isascii() and word.isalpha() and after.isascii() and after.isalpha()) or word in self._surface:
            return None
        nexts = [after, *wade_giles_words(after)]
        return next((c for py in from_wade_giles([word]) for n in nexts if self._written_in_han(c := py + n)), None)

    def _joined_syllable(self, before: str, word: str) -> str | None:
        """`before` and the Wade–Giles syllable `word` as one pinyin word the corpus writes in
        Chinese characters (a place and its "hsien", county), when `word` is no corpus word."""
        if not word.isalpha() or word in self._surface or not before.isascii():
            return None
        return next((c for py in from_wade_giles([word]) if self._written_in_han(c := before + py)), None)

    def _wade_giles_pair(self, run: list[str]) -> list[str] | None:
        """ "Ts'ai Ch'i" → cai qi: two Wade–Giles syllables the corpus writes as two pinyin words side
        by side (a name), when it lacks one of them as written."""
        options = [[w, *from_wade_giles([w])] for w in run]
        for a, b in itertools.product(*options):
            if (a, b) != tuple(run) and self._side_by_side(a, b):
                return [a, b]
        return None

    def _side_by_side(self, a: str, b: str) -> bool:
        """Whether some passage holds the corpus words `a` and `b` next to each other, in order."""
        sa, sb = self._surface.get(a), self._surface.get(b)
        if sa is None or sb is None:
            return False
        for t1, t2 in itertools.product(self._stems_of_surface(sa), self._stems_of_surface(sb)):
            key = (t1 << 32) | t2
            lo, hi = np.searchsorted(self._pair_key, [key, key + 1])
            if hi > lo:
                return True
        return False

    def _hyphenated_wade_giles(self, token: str) -> str | None:
        """The pinyin word the corpus has for Wade–Giles syllables joined by hyphens ("Le-chi" →
        leji), when it lacks the hyphenated word itself; else None."""
        parts = token.lower().split("-")
        if len(parts) < 2 or not all(p.isascii() and p.isalpha() for p in parts) or "".join(parts) in self._surface:
            return None
        return self._pinyin_in_corpus(from_wade_giles(parts))

    def _pinyin_in_corpus(self, candidates: list[str]) -> str | None:
        """The first pinyin word the corpus has, as it is or in postal spelling (qinghua / Tsinghua),
        else the first the corpus writes in Chinese characters (Ch'ing-ho hsien → qinghexian, 清河县)."""
        found = next((w for c in candidates for w in (c, postal(c)) if w in self._surface), None)
        return found or next((c for c in candidates if self._written_in_han(c)), None)

    def _written_in_han(self, word: str) -> bool:
        k = skeleton(word)
        return bool(k) and any(not latin for _, latin in self._keys.get(k, ()))

    def _prepare(self, query: str) -> _Query:
        seen: set[tuple[tuple[int, float], ...] | str] = set()
        out: list[_QueryTerm] = []
        ws, lang = self._query_words(query)
        ws = self._wade_giles_names(self._joined_palladius(self._joined_names(ws)))
        exps = [self._expand(t, lang) for t in ws]
        if len(ws) > 1:
            exps = self._name_pair_typos(ws, exps, _capitalised(query))
        for i, (t, nxt) in enumerate(zip(ws[:-1], exps[1:], strict=True)):
            if not exps[i] and t.isascii() and t.isalpha() and (surname := self._han_surname(t, nxt)):
                # "Zhou Guilan" of a text that writes 周桂兰, segmented 周 / 桂兰: the one character before
                # the given name found in Chinese whose pinyin is the surname
                exps[i] = surname
            elif not exps[i] and _CYRILLIC_WORD.fullmatch(t):
                # (so "Чжоу Цзяньго", the surname in Palladius spelling: 周 of 周建国)
                found = (self._han_surname(p, nxt) for p in from_palladius(t) if p.isascii())
                exps[i] = next((x for x in found if x), exps[i])
            if not is_latin(t) and not is_cjk(t) and (given := self._given_name(t, nxt)):
                # (before what its letters alone found: Энн's "en", Дженни's typo "zheng")
                # (at the weight its letters found it with, when higher: Иван is Ivan letter for letter)
                had = dict(exps[i])
                given = tuple((tid, max(w, had.get(tid, 0.0))) for tid, w in given)
                exps[i] = _put_first(given, exps[i])
        for i in range(1, len(ws)):
            t = ws[i]
            if max((w for _, w in exps[i]), default=0.0) >= TRANSLIT_WEIGHT or is_latin(t) or is_cjk(t):
                continue  # (a word its letters found: Алли, Alli as written)
            if surname := self._surname_after(t, exps[i - 1]):
                # "Тим Пик" (Tim Peake): a short surname after a given name found in Latin letters
                exps[i] = _put_first(surname, exps[i])
        for t, exp in zip(ws, exps, strict=True):
            key: tuple[tuple[int, float], ...] | str = exp or t
            if key in seen:
                continue  # "parade parades": one word, counted once
            seen.add(key)
            exact = [tid for tid, w in exp if w >= 1.0]
            if exact:
                idf = max(float(self._idf[i]) for i in exact)
            elif exp:
                idf = max(float(self._idf[i]) for i, _ in exp)
            else:
                idf = self._max_idf  # a word the corpus has never seen: it counts fully against coverage
            out.append(_QueryTerm(t, idf, exp))
        phrase = self._phrase_passages(ws, lang) if len(out) > 1 else None
        head = len(out) > 1 and _english_head(query, ws, lang) and out[-1].term == ws[-1]
        extra = (HEAD_WEIGHT - 1.0) * out[-1].idf if head else 0.0
        total = sum(q.idf for q in out)
        if head and len(out) > 2 and not out[-2].expansions and words(clean_query(query))[-2:] == ws[-2:]:
            # "Delcy Rodríguez oil minister": no document holds "oil", so none holds the phrase's head,
            # "oil minister", in full; its first word counts as a missing head does, in every article.
            total += (HEAD_WEIGHT - 1.0) * out[-2].idf
        return _Query(out, max(total, 1e-6), phrase, extra, lang)

    # -- ranking ------------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 10, min_coverage: float = MIN_COVERAGE) -> list[ArticleHit]:
        """Best articles for `query`, best first; [] when no window of any article covers enough
        of the query. The top `limit` are exact (every article that could be among them is
        scored), so the order does not depend on `limit`: equal scores go to the article where
        the words are spread more widely, then to corpus order."""
        timed, caused = asks_for_a_time(query), asks_for_a_cause(query)
        wording = without_the_time_asked(query) if timed else query
        q = self._prepare(without_the_cause_asked(wording) if caused else wording)
        if not q.terms or not self.passages or limit <= 0:
            return []
        floor = max(min_coverage, 1e-6) - 1e-6
        cover, bound, spread = self._article_bounds(q)
        if timed:
            cover[~self._articles_with_times()] = 0.0  # "what time does the farm shop open?": no time, no answer
            # ("what time does the Mossgill blossom walk start?" of a programme whose times are other
            # events': a time in the clause of a word of what is asked about, not the next clause's "The
            # Christmas lunch is on Thursday the 18th, and the school closes at 2.30pm")
            subject = [t for t in q.terms if t.term not in _TIMING_WORDS and t.expansions]
            alive = np.flatnonzero(cover >= floor)
            cover[~self._articles_timing(subject, alive)] = 0.0
            if (asked := _timed_head(query)) is not None and (
                asked_terms := [t for t in self._prepare(asked).terms if t.expansions]
            ):
                # ("what time does the Stennerby carnival fair open?": the fair's time, not the procession's
                # "The carnival procession leaves … at 2pm" beside another word of the question)
                alive = np.flatnonzero(cover >= floor)
                cover[~self._articles_timing(asked_terms, alive)] = 0.0
            if asks_for_an_end_time(query):
                # "what time does the Harvest Festival finish?": a time it runs until, not only its start,
                # beside a word of what is asked about ("Harvest quiz at the Ship Inn" at 7.30 p.m. is no
                # "until 5 p.m." of the produce show's line)
                alive, thing = np.flatnonzero(cover >= floor), _rarest(q.terms, _TIMING_WORDS)
                cover[~self._articles_timing(thing, alive, gives_an_end_time)] = 0.0
        if caused:
            # "what caused the Wyke Street library fire?": no cause told, no answer (anywhere in the
            # article: "It blamed a faulty lamp" stands paragraphs after the explosion)
            cover[~self._articles_writing_among("_causes", gives_a_cause, np.flatnonzero(cover >= floor))] = 0.0
        if (speaker := speaker_asked(query)) is not None:
            # "what did the Earl say when he opened the Corn Exchange?" of "opened … by the Earl, who spoke
            # for forty minutes": no words of theirs given next to them, no answer
            # ("what did they say about the bridge?": no one named, so any words given will do)
            who = [t for t in self._prepare(speaker).terms if t.expansions] or q.terms
            cover[~self._articles_near(who, np.flatnonzero(cover >= floor), "_sayings", gives_words_said)] = 0.0
        if asks_for_a_sum(query):
            # "how much did the site sell for?", "¿cuánto costó el viaje?": no sum, no answer; read first over
            # whole articles (cheap), then beside a word of what is asked about ("how much does the club's film
            # evening cost?" is not answered by the annual dinner's "£14" paragraphs away)
            cover[~self._articles_writing_among("_amounts", gives_an_amount, np.flatnonzero(cover >= floor))] = 0.0
            subject = [t for t in q.terms if t.term not in MONEY_DETAILS and t.term not in SUM_WORDS and t.expansions]
            # (a paragraph beside one with a word of the subject gives the kind asked, when the question names
            # one: not a collection's "£1,900" after the paragraph of the fire station whose cost is asked)
            kind = sum_kind_asked(query)
            beside = None if kind is None else (_AMOUNTS_OF[kind], gives_an_amount_of(kind))
            alive = np.flatnonzero(cover >= floor)
            cover[~self._articles_near(subject, alive, "_amounts_near", gives_an_amount, beside)] = 0.0
        if asks_for_an_age(query):
            # "how old was Tenzing on Everest?": no age next to Tenzing, no answer
            subject = _rarest(q.terms, AGE_WORDS)
            cover[~self._articles_near(subject, np.flatnonzero(cover >= floor), "_ages", gives_an_age)] = 0.0
        elif asks_for_a_birth(query):
            # "what year was Joan Peploe born?" of "He married Joan Peploe … in 1958": no birth (nor age) told in
            # a passage that names her, no answer (not the one beside it: another's "who was born in Leigh");
            # any word of the name ("Анна Петровна родилась 12 марта 1931 года", her surname paragraphs before)
            subject = [t for t in q.terms if t.term not in BIRTH_WORDS and t.expansions]
            alive = np.flatnonzero(cover >= floor)
            cover[~self._articles_near(subject, alive, "_births", tells_a_birth, own=True)] = 0.0
        elif asks_for_a_measure(query):
            # "how tall is the Rook Head beacon?": no measure next to a word of what is asked about, no
            # answer (any of its words: "how high are the Kelthorpe cooling towers?" of "The towers, each
            # 114 metres high", paragraphs after Kelthorpe)
            subject = [t for t in q.terms if t.term not in MEASURE_WORDS and t.expansions]
            cover[~self._articles_near(subject, np.flatnonzero(cover >= floor), "_measures", gives_a_measure)] = 0.0
        elif counted_asked := [w for w in counted_words(query) if w not in STOPWORDS]:
            counted = [t for t in q.terms if t.term in counted_asked and t.expansions]
            # "how many pupils …?": no number with pupils, no answer; none at all when the corpus never
            # names what is counted ("¿cuántos empleados tiene JISCO?")
            # (its number in a sentence that holds it or the words that follow it, "how many troops took
            # part …?" of "Around 400 military personnel … took part")
            after = frozenset(w.casefold() for w in _WORDS_AFTER_HOW_MANY.findall(query)[:HOW_MANY_WORDS])
            anchors = [t for t in q.terms if (t.term in counted_asked or t.term in after) and t.expansions]
            # (a count of some of them is no answer to how many there are: "our three new ringers")
            whole = not asks_for_a_part(query)
            days = _days_named(query)
            cover[~self._articles_counting_near(counted, anchors, whole, days) if counted else slice(None)] = 0.0
        elif counts_people(query):
            # "how many people watched the Sturminby bridge reopening?": a number (not a year, not a span of
            # time) in a sentence that holds a word of the question's, or no answer
            # (the question's rarest words, not "world" and "war" of "… the World War Against Fascism webinar")
            after = frozenset(w.casefold() for w in _WORDS_AFTER_HOW_MANY.findall(query))
            rare = [t for t in q.terms if t.term in after and t.term not in PEOPLE_WORDS and t.expansions]
            if anchors := sorted(rare, key=lambda t: -t.idf)[:PEOPLE_ANCHORS]:
                cover[~self._articles_counting_near(anchors, anchors, days=_days_named(query))] = 0.0
        if (named := named_thing(query)) is not None:
            # "name of the Merrowgate Prize winner": no name near a winner, no answer; "who is the author of
            # Hogg's biography?" of "James MacManus's biography": near what it belongs to, where no author is
            head = [t for t in q.terms if t.term == named.word and t.expansions]
            if named.deed and named.word in NAMING_VERBS:
                head = self._prepare(NAMING_VERBS_TEXT).terms  # ("who called …?" of "… once described it")
            elif named.deed:
                head = head + self._doer_nouns(head)  # ("who won …?" of "… was declared the winner")
            of = [t for t in q.terms if t.term in named.of and t.expansions]
            alive, own = np.flatnonzero(cover >= floor), own_words(query)
            # (a deed's verb is read in passages of the question's own language: "¿quién fundó …?" is not
            # answered by an English "fund" beside a name)
            same = q.lang if named.deed and is_latin(named.word) else None
            naming = self._articles_naming(
                head,
                alive,
                own,
                deed=named.deed,
                lang=same,
                rank=bound if named.deed else None,
                person=named.person,
                within=self._passages_holding_all([t for t in q.terms if t.term in named.owner and t.expansions]),
            )
            if named.deed and _ASKED_IN_ENGLISH.match(query):
                # (or what the deed gave, with its giver: "who gave Arthur Clegg a donation?" of "received a
                # financial donation from a Colonel Younghusband"; English words tell the giver, so only an
                # English question is read so: "¿quién diseñó la planta solar …?" is not answered by passages
                # left unread for its everyday words)
                gift = [t for t in q.terms if t.term != named.word and t.expansions]
                naming |= self._articles_naming(gift, alive[~naming[alive]], own, given=True, rank=bound)
            if of:
                without = ~self._articles_holding(head[0]) if head else np.ones(len(cover), dtype=bool)
                # (a person's name, when a person is asked for: not "expected in Falmouth …, and the gig club …")
                naming |= without & self._articles_naming(of, alive, own, place=named.person)
            cover[~naming] = 0.0
        asked, verb = asked_word(query), verb_after_name(query)
        if verb is not None and is_han(verb) and asks_when(query) and verb not in self._stems:
            return []  # "周德明什么时候去世的" of documents that never write 去世 (as "when was X appointed?")
        passive = participle_asked(query) if asks_when(query) else None
        if passive is not None:
            # "when was the Skelder lifeboat station closed?": the verb is "closed", and the subject's head,
            # "station", is one the article names (not "the Skelder baths were closed in 1987")
            verb, head_noun = passive
            held_head = [t for t in q.terms if t.term == head_noun and t.expansions]
            for t in held_head:
                cover[~self._articles_holding(t)] = 0.0
        if asks_when(query) and (verb is not None or not query.isascii()):
            # "when was Fudan founded?", "когда родился Аркадий Лесных?": a date beside a word of what is
            # asked about (not the verb: its answer may use another, "opened in 1723"), or no answer
            subject = [t for t in q.terms if t.term not in WHEN_WORDS and t.term != verb and t.expansions]
            # (a day asked for is a day of a month: "¿qué día regresó la delegación?" of "la delegación … de 2025")
            dated = ("_days", gives_a_day) if asks_for_a_day(query) else ("_dates", gives_a_date)
            cover[~self._articles_near(subject, np.flatnonzero(cover >= floor), *dated)] = 0.0
        for t in q.terms:
            if asks_for_detail(t.term, query):
                cover[~self._articles_giving(t, query, q.lang)] = 0.0  # "… opening hours": no hours, no answer
            elif t.term == asked:
                # "who designed the Regal?": nothing designed, no answer (nor when the corpus never has the word)
                cover[~self._articles_holding_verb(t, NAMING_VERBS, NAMING_VERBS_TEXT)] = 0.0
                if asks_when(query):
                    # "when did the Kilns Trust become a charity?": a charity, but never when it became one
                    # (only the word a "did" question ends with: "when was the hospital founded?" may be
                    # answered by "opened in 1723", far from any "founded")
                    cover[~self._articles_dating(t, np.flatnonzero(cover >= floor))] = 0.0
            elif t.term == verb and not t.expansions:
                cover[:] = 0.0  # "when was Madbouly appointed …?" of documents that never write appoint
            elif t.term == verb and asks_when(query) and t.term not in LIGHT_VERBS:
                # "what year was the Thackley Woodturners' Guild founded?" of a newsletter full of dates that
                # never tells of its founding: the verb, or (a beginning) any verb of beginnings, or no answer
                cover[~self._articles_holding_verb(t, ORIGIN_VERBS, ORIGIN_VERBS_TEXT)] = 0.0
                if t.term in ORIGIN_VERBS:
                    # "when was the Oakhurst Local History Society founded?" of a blog that names the society
                    # once, far from any beginning it tells: a beginning beside what is asked about
                    subject = [u for u in q.terms if u.term not in WHEN_WORDS and u.term != verb and u.expansions]
                    alive_now = np.flatnonzero(cover >= floor)
                    cover[~self._articles_near(subject, alive_now, "_origins", tells_an_origin)] = 0.0
            if passive is not None and t.term == verb and t.expansions and verb not in ORIGIN_VERBS | LIGHT_VERBS:
                # "when was the Skelder lifeboat station closed?": a date beside a form of the verb (a
                # beginning's answer may use another verb, far from any "founded": not those)
                cover[~self._articles_dating(t, np.flatnonzero(cover >= floor))] = 0.0
        for t in q.terms:
            if _number_asked(t.term, query):
                # "what was Eric Liddell's time in the 200 metres?" of an article of the 400: a number
                # the question gives is one its answer writes, and so is a year (not a count of years: "50
                # years of the Lao PDR" of its "50th anniversary")
                cover[~self._articles_holding(t)] = 0.0
        if self._names_missing(q, query):
            return []  # "Wickham school time capsule": the corpus holds no Wickham
        names = self._names_asked(q, query)
        for t in names:
            # "Kelworth telephone exchange fire": the fire was in another town's exchange
            cover[~self._files_holding(t)] = 0.0
        if names and self._subject_told_apart(q, names, cover, query):
            return []
        for surname in _surnames_written_in_full(query, names):
            # "Len Gatenby Saint-Aubin civic reception": a name written in full is named, at least by its last
            # word (the surname), in the article itself, not only in the first cutting of its digest, which
            # lends the names of its masthead ("when was the first number of the Farrowdale Gazette printed?")
            cover[~self._articles_holding(surname)] = 0.0
        for pids in self._names_of_everyday_words(q, query):
            # "who designed the Great Hall?": the Great Hall, not an article's "Hall of Fame"
            held = np.zeros(len(cover), dtype=bool)
            held[self._article_of[pids]] = True
            cover[~held] = 0.0
        alive = np.flatnonzero(cover >= floor)  # no window of the others can cover enough
        if alive.size == 0:
            return []
        evals: list[_Eval] = []
        lay = window.layout([(t.idf, [w for _, w in t.expansions]) for t in q.terms])  # once for both passes
        if alive.size > 4 * FIRST_BATCH:
            # Score the articles with the best bounds first; the rest only where the bound reaches
            # the k-th score found so far (for frequent words, a small share of the corpus).
            b = bound[alive]
            first = _first_batch(b, limit)
            e = self._evaluate(q, lay, alive[first], floor)
            evals.append(e)
            rest = np.ones(alive.size, dtype=bool)
            rest[first] = False
            ok = np.flatnonzero(e.value > 0)
            if ok.size >= limit:
                # The k-th so far, in the final order; an article can still enter only if its bound
                # beats it, or ties it and would win the tie (more spread, then earlier in the corpus).
                sp = spread[e.arts[ok]]
                k = np.lexsort((e.arts[ok], -sp, -e.value[ok]))[limit - 1]
                kth, kth_sp, kth_art = e.value[ok][k], sp[k], e.arts[ok][k]
                tie = np.flatnonzero(rest & (b == kth))
                can = b > kth
                t_sp = spread[alive[tie]]
                can[tie] = (t_sp > kth_sp) | ((t_sp == kth_sp) & (alive[tie] < kth_art))
                rest &= can
            alive = alive[rest]
        if alive.size:
            evals.append(self._evaluate(q, lay, alive, floor))
        found = [(e, np.flatnonzero(e.value > 0)) for e in evals]
        vals = np.concatenate([e.value[ok] for e, ok in found])
        arts = np.concatenate([e.arts[ok] for e, ok in found])
        where = np.concatenate([np.stack((np.full(ok.size, i), ok), axis=1) for i, (_, ok) in enumerate(found)])
        if vals.size > limit:  # the top `limit`, with every article tied with the last one
            keep = vals >= np.partition(vals, vals.size - limit)[vals.size - limit]
            vals, arts, where = vals[keep], arts[keep], where[keep]
        order = np.lexsort((arts, -spread[arts], -vals))[:limit]
        matched = frozenset(self._stem_terms[tid] for t in q.terms for tid, _ in t.expansions)
        picks = where[order]
        stats = _hit_stats(evals, picks)
        return [
            self._hit(evals[e], k, float(vals[i]), stats[j], q, matched)
            for j, (i, (e, k)) in enumerate(zip(order.tolist(), picks.tolist(), strict=True))
        ]

    def _subject_told_apart(self, q: _Query, names: list[_QueryTerm], cover: np.ndarray, query: str) -> bool:
        """Whether a query of names and subject words (no question) joins its names to a subject told
        only in other articles, while no article that holds the names holds any form of one of its
        words: another article is headed with the word ("Ken Rathbone raft race" of a marathon
        runner's article and one headed "THE TWENTIETH FARDLESTOW RAFT RACE"), or holds every subject
        word of the query and the name's articles nothing that begins like it ("Edna Gill by-pass fun
        run" of a cutting on the by-pass's fun run that never names her). Not a word many articles
        hold, nor a question's, whose words an answer may not repeat."""
        if "?" in query or _QUESTION_OPENING.match(query):
            return False
        holding, capital = cover > 0, _capitalised(query)
        subject = [t for t in q.terms if t.term not in capital and t.term not in STOPWORDS and t.expansions]
        whole: np.ndarray | None = None  # (the articles holding every subject word: read once, when asked)
        for t in subject:
            if t in names or len(t.term) < SUBJECT_MIN_LETTERS:
                continue
            exact = [tid for tid, w in t.expansions if w >= 1.0]
            if not exact or (self._articles_holding(t) & holding).any():
                continue
            pids = np.concatenate([self._post_pid[self._bounds[tid] : self._bounds[tid + 1]] for tid in exact])
            arts = np.unique(self._article_of[pids])
            if arts.size > SUBJECT_APART_MAX:
                continue
            if any(self.passages[int(p)].is_title for p in pids):
                return True
            if whole is None:
                whole = functools.reduce(np.logical_and, [self._articles_holding(u) for u in subject])
            if whole[arts].any() and not self._begins_like(t.term, np.flatnonzero(holding)):
                return True
        return False

    def _begins_like(self, term: str, arts: np.ndarray) -> bool:
        """Whether any of the articles holds a word that begins as `term` does (its first letters): a
        form the stemmer does not join to it may be there ("grateful" / "gratitude"). True for more
        articles than are read cheaply."""
        if arts.size > SUBJECT_APART_MAX:
            return True
        opening = re.compile(r"\b" + re.escape(term[:FORM_OPENING_LETTERS]), re.IGNORECASE)
        return any(opening.search(self.articles[int(a)].text) for a in arts)

    def _names_missing(self, q: _Query, query: str) -> bool:
        """Whether the query names, with a capital, something no corpus word is or resembles (no
        everyday word of its language), and no other name the corpus holds: "Wickham school time
        capsule" of a corpus without Wickham, "Ferndale camera club" of one with Ferndyke's."""
        if len(q.terms) < 2:
            return False
        capital = _capitalised(query)
        if not any(t.term in capital and self._far(t) for t in q.terms):
            return False  # (most queries: no dictionary read)
        # (the query's only name: "Shensi and Kansu provinces" names Kansu too, found as Gansu)
        named = [w for w in capital if w.isalpha() and not common_word(w, q.lang)]
        if len(named) == 1 and any(t.term == named[0] and self._far(t) for t in q.terms):
            return True
        # (or one of several, when the corpus holds each of the others as written: the query spells names as the
        # documents do, so the one they lack is another place's, "Harwich maritime museum Vasa exhibition" of a
        # corpus with Vasa's; not "Shensi and Kansu provinces", the other name found only as Gansu)
        names = [t for t in q.terms if t.term in named]
        far_names = [t for t in names if t.term.isascii() and self._far(t)]
        held = [t for t in names if t not in far_names]
        as_written = len(names) == len(set(named))  # (no name read in another spelling: Kansu as Gansu)
        if far_names and held and as_written and all(any(w >= 1.0 for _, w in t.expansions) for t in held):
            return True
        # (or the first word of a name of two or more, the rest of which the corpus holds: "Kirkhaven
        # Gazette looking back" of a corpus with the Kirkhallow Gazette names another paper)
        far = {t.term for t in q.terms if self._far(t)}
        return any(normalize(run.group(1)) in far for run in _NAME_OPENING.finditer(query))

    def _names_of_everyday_words(self, q: _Query, query: str) -> list[np.ndarray]:
        """The passages holding each name the query writes as two capitalised everyday words side
        by side ("the Great Hall", "Victory Day"), when the corpus writes that name: only together
        do the words name it."""
        if len(q.terms) < 2:
            return []
        terms = {t.term: t for t in q.terms}
        out = []
        for run in _CAPITALISED_RUN.finditer(query):
            words = [normalize(w) for w in run.group(0).split()]
            if len(words) > MAX_NAME_RUN and all(common_word(w, q.lang) for w in words):
                continue  # ("… of Shared Future New Era …": a title-cased phrase of everyday words, not one name)
            for w1, w2 in itertools.pairwise(words):
                t1, t2 = terms.get(w1), terms.get(w2)
                if t1 is None or t2 is None or not (t1.expansions and t2.expansions):
                    continue
                if not (common_word(w1, q.lang) and common_word(w2, q.lang)):
                    continue  # ("President Xi": a name of its own)
                pids = self._phrase_passages([w1, w2], q.lang)
                if pids is not None and pids.size:
                    out.append(pids)
        return out

    def _far(self, t: _QueryTerm) -> bool:
        """Whether the corpus has nothing for a query word, or only Latin words that are two
        edits or more from a Latin name under ten letters (FAR_TYPO_WEIGHT): another name, not a
        slip for it (Ferndale is not Ferndyke; a name read as pinyin is left alone). A word whose
        consonants are the name's, only its vowels spelt otherwise, is a slip (Ollerdail / Ollerdale)."""
        if not t.expansions:
            return True
        stems = self._stem_terms
        far = t.term.isascii() and all(w < FAR_TYPO_WEIGHT and stems[tid].isascii() for tid, w in t.expansions)
        if far and (own := consonant_key(t.term)) and any(consonant_key(stems[tid]) == own for tid, _ in t.expansions):
            return False
        return far and not reads_as_pinyin(t.term)  # (the pattern last: most names are matched closely)

    def _names_asked(self, q: _Query, query: str) -> list[_QueryTerm]:
        """The query's names that the corpus holds: words written with a capital that are no
        everyday word of the corpus's languages (Kelworth, Carnegie; not Museum or Fire). A query
        of one word is its own name."""
        if len(q.terms) < 2:
            return []
        capital = _capitalised(query)
        return [t for t in q.terms if t.term in capital and self._is_a_name(t, q.lang)]

    def _is_a_name(self, term: _QueryTerm, lang: int) -> bool:
        """Whether the corpus holds the word as it is written and it is no everyday word: of the
        corpus's languages, or at least of the query's own (Maduro is Spanish's "ripe", and a
        name in an English query)."""
        exact = [tid for tid, w in term.expansions if w >= 1.0]
        if not exact:
            return False
        if not all(self._everyday_stem[tid] for tid in exact):
            return True
        # (a language of the corpus: "where did Eric Liddell die" reads as German by its "die")
        return lang in self._langs_present and not common_word(term.term, lang)

    def _files_holding(self, term: _QueryTerm) -> np.ndarray:
        """Per article, whether it or the first article of its file holds any form of the query
        word: a digest's cuttings share the name its masthead or first cutting gives (the
        Dalesby Herald's "FAIR CANCELLED" never names Dalesby), not a name another cutting tells
        of (a digest of world news names Maduro in one cutting, not in the others)."""
        file_of, first = self._file_of(), self._file_firsts()
        held = np.zeros(int(file_of[-1]) + 1 if file_of.size else 0, dtype=bool)
        own = self._articles_holding(term)
        # and its longer forms: the name's people or language (Japan, Japanese)
        lo = bisect.bisect_left(self._sorted_surface, term.term)
        hi = bisect.bisect_left(self._sorted_surface, term.term + "\uffff")
        marked = {tid for tid, _ in term.expansions}  # (a stem marked already adds nothing: "xi" is most of "xi…")
        for w in self._sorted_surface[lo : min(hi, lo + NAME_FORMS_MAX)]:
            for tid in self._stems_of_surface(self._surface[w]):
                if tid not in marked:
                    marked.add(tid)
                    own[self._apost_art[self._abounds[tid] : self._abounds[tid + 1]]] = True
        held[file_of[own & first]] = True
        return own | held[file_of]

    def _file_of(self) -> np.ndarray:
        """Per article, the number of its file (articles of a file are consecutive)."""
        got: np.ndarray | None = getattr(self, "_file_numbers", None)
        if got is None:
            files = [a.file for a in self.articles]
            got = np.cumsum([i > 0 and f != files[i - 1] for i, f in enumerate(files)], dtype=np.int32)
            self._file_numbers = got
        return got

    def _file_firsts(self) -> np.ndarray:
        """Per article, whether it opens its file (made with `_file_of`, not again for each name asked)."""
        got: np.ndarray | None = getattr(self, "_file_starts", None)
        if got is None:
            file_of = self._file_of()
            got = np.concatenate(([True], file_of[1:] != file_of[:-1])) if file_of.size else np.zeros(0, dtype=bool)
            self._file_starts = got
        return got

    def _articles_giving(self, term: _QueryTerm, query: str, lang: int) -> np.ndarray:
        """Per article, whether it gives the detail the query word asks for: the word in any form,
        and for opening or visiting hours the two words together."""
        hours = asked_hours(query)
        if term.term in MONEY_DETAILS:
            return self._articles_holding(term) | self._articles_with_amounts()
        if hours is None or hours[1] != term.term:
            return self._articles_holding(term)
        held = np.zeros(self._n_articles, dtype=bool)
        pids = self._phrase_passages(list(hours), lang)
        if pids is not None:
            held[self._article_of[pids]] = True
        return held

    def _articles_counting_near(
        self,
        terms: list[_QueryTerm],
        anchors: list[_QueryTerm],
        whole: bool = False,
        days: frozenset[tuple[int, int]] = frozenset(),
    ) -> np.ndarray:
        """`_articles_counting`, the number in a sentence that holds a form of a query word ("how many
        pairs of clogs …?" of "The last pair of clogs left … Two hundred people came": none in the
        pair's sentence); with `whole`, not a count of some of them ("three new ringers"); with `days` (the
        days the question names), not one of a sentence that dates it another day. Read for at most
        COUNT_READ_MAX passages holding one; the rest may count."""
        # (what is counted in the question's own script: "how many stalls …?" is not read in a Russian passage's
        # "стал", its letters' match, beside a number)
        terms = [self._in_its_script(t) for t in terms]
        held = self._articles_counting(terms)  # (a passage that writes no number at all: none near)
        accepted = COUNT | SPAN if any(t.term in TIME_UNITS for t in terms) else COUNT

        def counts(text: str, marks: list[tuple[int, int]]) -> bool:
            sentences = _parts_of(text, marks, _SENTENCE_STOP)
            if days:
                # ("сколько зрителей пришло на показы 11 июня?" of "… 1 июня … пришло больше тысячи зрителей":
                # another day's count)
                sentences = [part for part in sentences if not (dated := _days_named(part)) or dated & days]
            held_by = _SENTENCES_JOINED.join(sentences)
            return bool(gives_a_count(without_part_counts(held_by) if whole else held_by) & accepted)

        return self._articles_reading(terms, held, anchors, counts)

    def _in_its_script(self, term: _QueryTerm) -> _QueryTerm:
        """`term` with only the expansions written in its own script (Latin or not)."""
        latin = is_latin(term.term)
        return replace(term, expansions=tuple(e for e in term.expansions if is_latin(self._stem_terms[e[0]]) == latin))

    def _articles_reading(
        self,
        terms: list[_QueryTerm],
        among: np.ndarray,
        marked: list[_QueryTerm],
        reads: Callable[[str, list[tuple[int, int]]], bool],
    ) -> np.ndarray:
        """Per article, whether one of `among` (a mask) has a passage holding a form of one of `terms` that
        `reads` finds what is asked for in, given where the forms of `marked` stand in it: read for at most
        COUNT_READ_MAX passages; the rest may."""
        near = np.zeros(self._n_articles, dtype=bool)
        forms = frozenset(self._stem_terms[tid] for t in marked for tid, _ in t.expansions)
        budget = COUNT_READ_MAX
        for tid, _ in (e for t in terms for e in t.expansions):
            pids = self._post_pid[self._bounds[tid] : self._bounds[tid + 1]]
            pids = pids[among[self._article_of[pids]] & ~near[self._article_of[pids]]]
            for p in pids[:budget].tolist():
                text = self.passages[p].text
                if reads(text, _marks(text, int(self._lang[p]), forms)):
                    near[self._article_of[p]] = True
            near[self._article_of[pids[budget:]]] = True
            budget -= min(budget, len(pids))
        return near

    def _articles_counting(self, terms: list[_QueryTerm]) -> np.ndarray:
        """Per article, whether a passage of it holds a form of one of the query words and a number.
        Whether a passage writes a number is read the first time a question needs it, and kept (not
        persisted): a question reads only the passages holding the word it counts, at most
        COUNT_READ_MAX not read before."""
        counts = self._passage_marks("_counts")
        held = np.zeros(self._n_articles, dtype=bool)
        budget = COUNT_READ_MAX
        # (-1, unread, has every bit: it may count)
        accepted = COUNT | SPAN if any(t.term in TIME_UNITS for t in terms) else COUNT
        for tid, _ in (e for t in terms for e in t.expansions):
            pids = self._post_pid[self._bounds[tid] : self._bounds[tid + 1]]
            unread = pids[counts[pids] < 0]
            for p in unread[:budget].tolist():
                counts[p] = gives_a_count(self.passages[p].text)
            budget -= min(budget, len(unread))
            # (a passage left unread may count; a span of time counts only years, days …: "thirty years")
            held[self._article_of[pids[(counts[pids] & accepted) != 0]]] = True
        return held

    def _articles_naming(
        self,
        terms: list[_QueryTerm],
        arts: np.ndarray,
        own: frozenset[str],
        *,
        deed: bool = False,
        given: bool = False,
        lang: int | None = None,
        rank: np.ndarray | None = None,
        person: bool = False,
        place: bool = False,
        within: np.ndarray | None = None,
    ) -> np.ndarray:
        """Per article, whether one of `arts` names something near a form of one of the query words
        (`naming.names_near`; a `person`: not a place's name; `place`: not one after a preposition of place,
        unless it owns a thing): read for at most NAMING_READ_MAX of their passages holding one (and, with
        `within`, among the passages it marks), not kept (what counts as a name depends on the question's own
        words)."""
        among = np.zeros(self._n_articles, dtype=bool)
        among[arts] = True
        held = np.zeros(self._n_articles, dtype=bool)
        forms = frozenset(self._stem_terms[tid] for t in terms for tid, _ in t.expansions)
        budget = DEED_READ_MAX if deed or given else NAMING_READ_MAX
        for tid, _ in (e for t in terms for e in t.expansions):
            pids = self._post_pid[self._bounds[tid] : self._bounds[tid + 1]]
            pids = pids[among[self._article_of[pids]] & ~held[self._article_of[pids]]]
            if within is not None:
                pids = pids[within[pids]]  # ("Red Rum's jockey": where Red Rum is named too)
            if rank is not None:
                # (the articles that may rank first read first: what is left unread is kept anyway)
                pids = pids[np.argsort(-rank[self._article_of[pids]], kind="stable")]
            for p in pids[:budget].tolist():
                if held[self._article_of[p]] or (lang is not None and int(self._lang[p]) != lang):
                    continue
                text = self.passages[p].text
                marks = _marks(text, int(self._lang[p]), forms)
                if (
                    given_by_near(text, marks)
                    if given
                    else did_near(text, marks, own)
                    if deed
                    else names_near(text, marks, own, person=person, thing=not person, place=place)
                ):
                    held[self._article_of[p]] = True
            held[self._article_of[pids[budget:]]] = True  # (a passage left unread may name it)
            budget -= min(budget, len(pids))
        return held

    def _doer_nouns(self, terms: list[_QueryTerm]) -> list[_QueryTerm]:
        """The corpus's nouns for the doer of a deed the query words name, as one term ("winner" of
        won, "founder" of founded, "director" of directed): a name beside one tells who did it (in an
        article that holds the deed's verb too: a "conductor" alone says nothing of whom one conducts)."""
        nouns = []
        for t in terms:
            for base in (b for b in (self._stem_terms[tid] for tid, _ in t.expansions) if is_latin(b)):
                for noun in (f"{base}er", f"{base}{base[-1:]}er", f"{base}or", f"{base}r"):
                    if (nid := self._stems.get(noun)) is not None:
                        nouns.append((nid, 1.0))
        return [_QueryTerm(terms[0].term, terms[0].idf, tuple(dict.fromkeys(nouns)))] if nouns else []

    def _passages_holding_all(self, terms: list[_QueryTerm]) -> np.ndarray | None:
        """Per passage, whether it holds a form of every one of `terms` (None for no terms)."""
        if not terms:
            return None
        out = np.ones(len(self.passages), dtype=bool)
        for t in terms:
            holds = np.zeros(len(self.passages), dtype=bool)
            for tid, _ in t.expansions:
                holds[self._post_pid[self._bounds[tid] : self._bounds[tid + 1]]] = True
            out &= holds
        return out

    def _passage_marks(self, cache: str) -> np.ndarray:
        """Per passage, what a question has read of it under `cache` (1 or 0; -1: not read yet), made
        at the first question that needs it and kept (not persisted)."""
        marks: np.ndarray | None = getattr(self, cache, None)
        if marks is None:
            marks = np.full(len(self.passages), -1, dtype=np.int8)
            setattr(self, cache, marks)
        return marks

    def _articles_dating(self, term: _QueryTerm, arts: np.ndarray) -> np.ndarray:
        """Per article, whether one of `arts` (those a question could still answer with) has a
        passage holding a form of the query word, or one next to it, that writes a date
        (`gives_a_date`)."""
        return self._articles_near([term], arts, "_dates", gives_a_date)

    def _articles_near(
        self,
        terms: list[_QueryTerm],
        arts: np.ndarray,
        cache: str,
        writes: Callable[[str], bool],
        beside: tuple[str, Callable[[str], bool]] | None = None,
        own: bool = False,
    ) -> np.ndarray:
        """Per article, whether one of `arts` has a passage holding a form of one of the query words,
        or one next to it (not with `own`), that `writes` what a question asks for (or, for one next to
        it, what `beside` writes, when given: its cache and reader): read for those passages only, and
        kept under the cache's name (not persisted)."""
        marks = self._passage_marks(cache)
        side_marks = marks if beside is None else self._passage_marks(beside[0])
        side_writes = writes if beside is None else beside[1]
        among = np.zeros(self._n_articles, dtype=bool)
        among[arts] = True
        held = np.zeros(self._n_articles, dtype=bool)
        for tid, _ in (e for t in terms for e in t.expansions):
            pids = self._post_pid[self._bounds[tid] : self._bounds[tid + 1]]
            pids = pids[among[self._article_of[pids]]]
            near = pids[:0] if own else self._next_to(pids)
            for p in pids[marks[pids] < 0].tolist():
                marks[p] = writes(self.passages[p].text)
            for p in near[side_marks[near] < 0].tolist():
                side_marks[p] = side_writes(self.passages[p].text)
            held[self._article_of[pids[marks[pids] != 0]]] = True
            held[self._article_of[near[side_marks[near] != 0]]] = True
        return held

    def _next_to(self, pids: np.ndarray) -> np.ndarray:
        """The passages right before and after `pids` in their own articles, not `pids` themselves."""
        near = np.unique(np.concatenate((pids - 1, pids + 1)).clip(0, max(len(self.passages) - 1, 0)))
        return np.setdiff1d(near[np.isin(self._article_of[near], self._article_of[pids])], pids)

    def _articles_timing(
        self, terms: list[_QueryTerm], arts: np.ndarray, writes: Callable[[str], bool] = gives_a_time
    ) -> np.ndarray:
        """Per article, whether one of `arts` writes a clock time (`writes`: one of a kind) in a clause
        that holds a form of one of the query words (or in the sentence after it that goes on with "it"):
        read for at most COUNT_READ_MAX passages holding one; the rest may."""
        among = np.zeros(self._n_articles, dtype=bool)
        among[arts] = True
        return self._articles_reading(terms, among, terms, lambda text, marks: writes(_clauses_holding(text, marks)))

    def _articles_with_times(self) -> np.ndarray:
        """Per article, whether it writes a clock time."""
        return self._articles_writing("_times", gives_a_time)

    def _articles_with_amounts(self) -> np.ndarray:
        """Per article, whether it writes a sum of money."""
        return self._articles_writing("_amounts", gives_an_amount)

    def _articles_writing_among(self, cache: str, writes: Callable[[str], bool], arts: np.ndarray) -> np.ndarray:
        """`_articles_writing`, read only for the articles `arts` (those a question could still answer
        with) unless every article has been read already; what is read is kept under `cache`_read
        (not persisted)."""
        full: np.ndarray | None = getattr(self, cache, None)
        if full is not None:
            return full
        read: np.ndarray | None = getattr(self, f"{cache}_read", None)
        if read is None:
            read = np.full(self._n_articles, -1, dtype=np.int8)  # -1: not read yet
            setattr(self, f"{cache}_read", read)
        for a in arts[read[arts] < 0].tolist():
            art = self.articles[a]
            read[a] = writes(art.title) or any(writes(p.text) for p in art.paragraphs)
        out = np.zeros(self._n_articles, dtype=bool)
        out[arts] = read[arts] > 0
        return out

    def _articles_writing(self, cache: str, writes: Callable[[str], bool]) -> np.ndarray:
        """Per article, whether its title or a paragraph `writes` something: read once, at the first
        question that asks for it, and kept under `cache` (not persisted)."""
        got: np.ndarray | None = getattr(self, cache, None)
        if got is None:
            got = np.array(
                [writes(a.title) or any(writes(p.text) for p in a.paragraphs) for a in self.articles], dtype=bool
            )
            setattr(self, cache, got)
        return got

    def _articles_holding_verb(self, term: _QueryTerm, family: frozenset[str], family_text: str) -> np.ndarray:
        """Per article, whether it holds the query's verb, or any verb of its family when it is one
        ("founded" / "opened", "called" / "described": an answer may tell it with another)."""
        held = np.zeros(self._n_articles, dtype=bool)
        for f in self._prepare(family_text).terms if term.term in family else [term]:
            held |= self._articles_holding(f)
        return held

    def _articles_holding(self, term: _QueryTerm) -> np.ndarray:
        """Per article, whether it holds any form of the query word."""
        held = np.zeros(self._n_articles, dtype=bool)
        for tid, _ in term.expansions:
            held[self._apost_art[self._abounds[tid] : self._abounds[tid + 1]]] = True
        return held

    def _article_bounds(self, query: _Query) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per article, from the article postings: the share of the query's idf it holds anywhere
        (no window of it can cover more); a bound on its score (each word at its best impact in
        the article, or at what the window can lend); and how many of its passages hold each
        word (up to 4, idf-weighted), to order articles whose best windows score the same."""
        na = self._n_articles
        cov = np.zeros(na, dtype=np.float32)
        ub = np.zeros(na, dtype=np.float32)
        spread = np.zeros(na, dtype=np.float32)
        arts_all: list[np.ndarray] = []
        wis: list[np.ndarray] = []
        imps: list[np.ndarray] = []
        sps: list[np.ndarray] = []
        for q in query.terms:
            if len(q.expansions) == 1:  # summed with the others in one pass below
                tid, w = q.expansions[0]
                lo, hi = self._abounds[tid], self._abounds[tid + 1]
                wi = np.float32(w * q.idf)
                arts_all.append(self._apost_art[lo:hi])
                wis.append(np.full(hi - lo, wi, dtype=np.float32))
                imps.append(self._apost_lent[lo:hi] * wi)
                sps.append(self._apost_spread[lo:hi] * wi)
                continue
            b_w = np.zeros(na, dtype=np.float32)
            b_ub = np.zeros(na, dtype=np.float32)
            b_sp = np.zeros(na, dtype=np.float32)
            for tid, w in q.expansions:  # an article takes the best of a word's forms, not their sum
                lo, hi = self._abounds[tid], self._abounds[tid + 1]
                arts = self._apost_art[lo:hi]
                wi = np.float32(w * q.idf)
                b_w[arts] = np.maximum(b_w[arts], wi)
                b_ub[arts] = np.maximum(b_ub[arts], self._apost_lent[lo:hi] * wi)
                b_sp[arts] = np.maximum(b_sp[arts], self._apost_spread[lo:hi] * wi)
            cov += b_w
            ub += b_ub
            spread += b_sp
        if arts_all:
            arts = np.concatenate(arts_all).astype(np.intp)  # (once, not in each bincount)
            for out, parts in ((cov, wis), (ub, imps), (spread, sps)):
                out += np.bincount(arts, weights=np.concatenate(parts), minlength=na).astype(np.float32)
        cov /= np.float32(query.total)
        ub *= 0.5 + 0.5 * np.minimum(cov, 1.0)
        if query.phrase is not None and query.phrase.size:
            ub[self._article_of[query.phrase]] *= np.float32(PHRASE_BOOST)
        # rounded up past float error: never below the (rounded) exact score it bounds
        bound = np.ceil(ub.astype(np.float64) * (1 + 1e-5) * 10**SCORE_DECIMALS) / 10**SCORE_DECIMALS
        return cov, bound, spread

    def _evaluate(self, query: _Query, lay: window.Layout, alive: np.ndarray, floor: float) -> _Eval:
        """Exact window scores of every passage of the candidate articles (`alive`, sorted);
        `lay`: the query words' bits (window.layout)."""
        whole = int(self._art_size[alive].sum()) * DENSE_SHARE > len(self.passages)
        if whole:  # most of the corpus: whole arrays are cheaper than gathered parts
            wanted = alive
            arts, offs, sizes = np.arange(self._n_articles), self._art_start, self._art_size
            base = np.zeros(len(arts), dtype=np.int64)
            same = self._same
        else:
            arts, sizes = alive, self._art_size[alive]
            offs = np.cumsum(sizes) - sizes
            base = self._art_start[alive] - offs  # global passage id = local index + base
            k_of = np.repeat(np.arange(len(arts)), sizes)
            same = (k_of[1:] == k_of[:-1], k_of[2:] == k_of[:-2])
        size = int(sizes.sum())
        # (of the postings' own type: searchsorted would copy a whole posting list to int64 for each word)
        edges = np.concatenate((offs + base, offs + base + sizes)).astype(self._post_pid.dtype)
        mask_type = np.uint16 if lay.width <= 16 else np.uint32
        ones = mask_type(0xFFFF if lay.width <= 16 else 0xFFFFFFFF)  # (np.iinfo is slow to make per query)
        same_bits = (same[0] * ones, same[1] * ones)
        # Words with one form: their postings' bits and impacts summed in one pass (a passage holds
        # each such word's bit once, so the sum is the OR).
        locs: list[np.ndarray] = []
        packed: list[np.ndarray] = []  # bit × 2**BIT_SCALE + impact: one bincount sums both
        own = np.zeros(size, dtype=mask_type)
        score = np.zeros(size, dtype=np.float32)
        for qi, t in enumerate(query.terms):
            several = len(t.expansions) > 1
            best = np.zeros(size, dtype=np.float32) if several else score
            for tid, w in t.expansions:
                lo, hi = int(self._bounds[tid]), int(self._bounds[tid + 1])
                if whole:
                    loc, imp = self._post_pid[lo:hi], self._post_imp[lo:hi]
                else:
                    loc, imp = self._select(lo, hi, edges, base)
                if not len(loc):
                    continue
                bit = lay.bit(qi, w)
                if several:  # a passage takes the best of a word's forms, not their sum
                    own[loc] |= mask_type(bit)
                    best[loc] = np.maximum(best[loc], imp * np.float32(w * t.idf))
                else:
                    locs.append(loc)
                    packed.append(imp.astype(np.float64) * (w * t.idf) + float(bit << BIT_SCALE))
            if several:
                score += best
        if locs:
            total = np.bincount(np.concatenate(locs), weights=np.concatenate(packed), minlength=size)
            got = np.floor(total * 2.0**-BIT_SCALE)
            np.bitwise_or(own, got.astype(mask_type), out=own)
            score += (total - got * 2.0**BIT_SCALE).astype(np.float32)
        near, far = window.spread_masks(own, offs, sizes, same_bits)
        anywhere = window.article_masks(own, offs, sizes)
        cover, borrowed = window.coverage(own, near, far, lay, anywhere)
        cover /= np.float32(query.total)
        if query.head_extra:
            _discount_headless(cover, anywhere, lay, query, floor)
        score += borrowed
        score *= 0.5 + 0.5 * np.minimum(cover, 1.0)
        score[cover < floor] = 0.0
        if query.phrase is not None and query.phrase.size:
            # The query's words in order (a name, a title) in the passage itself.
            ph = query.phrase.astype(np.int64)
            if not whole:
                # each phrase passage's article's place among `arts` (-1: not evaluated here)
                slot = np.full(self._n_articles, -1, dtype=np.int64)
                slot[arts] = np.arange(len(arts))
                k = slot[self._article_of[ph]]
                inside = k >= 0
                ph = ph[inside] - base[k[inside]]
            score[ph[score[ph] > 0]] *= np.float32(PHRASE_BOOST)
        best_window = np.maximum.reduceat(score, offs) if size else np.zeros(0, dtype=np.float32)
        value = np.round(best_window.astype(np.float64), SCORE_DECIMALS)
        if whole:  # only the articles asked for (others may be scored in another pass)
            keep = np.zeros(len(value), dtype=bool)
            keep[wanted] = True
            value[~keep] = 0.0
        return _Eval(arts, value, score, cover, own, offs, sizes, base, lay)

    def _select(self, lo: int, hi: int, edges: np.ndarray, base: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(local positions, impacts) of a stem's postings inside the candidate articles, whose
        global passage ranges are edges[:k] to edges[k:]."""
        ids = self._post_pid[lo:hi]
        k = len(base)
        ab = np.searchsorted(ids, edges)
        counts = ab[k:] - ab[:k]
        n_sel = int(counts.sum())
        if n_sel == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        sel = np.repeat(ab[:k] - (np.cumsum(counts) - counts), counts) + np.arange(n_sel)
        return ids[sel] - np.repeat(base, counts), self._post_imp[lo + sel]

    def _hit(
        self, ev: _Eval, k: int, score: float, stats: tuple[float, int], query: _Query, matched: frozenset[str]
    ) -> ArticleHit:
        """The result for article `k` of `ev`; `stats`: its coverage and matched passages (`_hit_stats`)."""
        start, size = int(ev.offs[k]), int(ev.sizes[k])
        seg = ev.score[start : start + size]

        def locate() -> tuple[int, tuple[tuple[str, int], ...]]:
            body = seg[1:].tolist()
            # The snippet's passage: the best window in the body (the title is shown as the title).
            centre = 1 + body.index(max(body)) if body and max(body) > 0 else 0
            own = ev.own[start : start + size].tolist()
            base = int(ev.base[k]) + start
            pids = [p + base for p in self._snippet_parts(own, centre, query, ev.layout)]
            return self.passages[pids[0]].line, tuple((self.passages[p].text, int(self._lang[p])) for p in pids)

        return ArticleHit(
            article=self.articles[int(ev.arts[k])],
            score=score,
            coverage=stats[0],
            matched_passages=stats[1],
            locate=locate,
            matched=matched,
        )

    @staticmethod
    def _snippet_parts(own: list[int], centre: int, query: _Query, lay: window.Layout) -> tuple[int, ...]:
        """The passages to show (indexes in the article, 0 = title): the best window's own passage
        and, when some query words are only in a neighbour, the neighbour holding the most of them
        (in text order). A window centred on the title (shown anyway) shows the body next to it."""
        missing = [(t.idf, m) for t, m in zip(query.terms, lay.word_masks, strict=True) if m and not own[centre] & m]
        best, best_gain = None, 0.0
        for j in (centre - 1, centre + 1, centre - 2, centre + 2):
            if 0 < j < len(own):
                gain = sum(idf for idf, m in missing if own[j] & m)
                if gain > best_gain or (centre == 0 and best is None):
                    best, best_gain = j, gain
        if centre == 0:
            return (0,) if best is None else (best,)
        if best is None or best_gain == 0:
            return (centre,)
        return tuple(sorted((centre, best)))


def _apostrophe_split(word: str, i: int) -> bool:
    """Whether `word` splits at `i` into two pinyin syllables the second of which starts with a, e or
    o, where pinyin writes an apostrophe (Yan'an, Xi'an: indexed as two words, one of them "an")."""
    return word[i] in "aeo" and reads_as_pinyin(word[:i]) and reads_as_pinyin(word[i:])


def _run_max(values: np.ndarray, starts: np.ndarray, count: np.ndarray) -> np.ndarray:
    """np.maximum.reduceat(values, starts), the runs `count` long (each at least 1): most runs are
    one value, read as they are; a run of 2 to 15 values is the larger of two overlapping windows
    of 2, 4 or 8 values, whose maxima are worked out for every place at once; only the longer
    ones are reduced (reduceat pays per run: 40 ms for the 670,000 runs of two or more values of
    100,000 passages)."""
    out = values[starts]
    win, width = values, 1
    for _ in range(_RUN_LEVELS):
        win = np.maximum(win[:-width], win[width:])  # win[i]: the maximum of values[i : i + 2 width]
        width *= 2
        at = np.flatnonzero((count >= width) & (count < 2 * width))
        first = starts[at]
        out[at] = np.maximum(win[first], win[first + count[at] - width])
    del win
    at = np.flatnonzero(count >= 2 * width)
    if len(at):
        # each long run's start and end, one after the other (an end at the last value left out):
        # every other result is a run's maximum
        bounds = np.empty(2 * len(at), dtype=np.int64)
        bounds[0::2] = starts[at]
        bounds[1::2] = starts[at] + count[at]
        if bounds[-1] == len(values):
            bounds = bounds[:-1]
        out[at] = np.maximum.reduceat(values, bounds)[0::2]
    return out


_RUN_LEVELS = 3  # windows of 2, 4 and 8 values (_run_max): longer runs are rare


def _hit_stats(evals: list[_Eval], picks: np.ndarray) -> list[tuple[float, int]]:
    """Per picked (eval, article) pair: the article's coverage (its best window's that scores, at
    most 1, to 3 places) and how many of its passages hold a query word. Read for all of an
    eval's picks at once: a few calls, not a few per result."""
    out = [(0.0, 0)] * len(picks)
    for e in sorted(set(picks[:, 0].tolist())):
        at = np.flatnonzero(picks[:, 0] == e)
        ev = evals[e]
        starts, sizes = ev.offs[picks[at, 1]], ev.sizes[picks[at, 1]]
        first = np.cumsum(sizes) - sizes  # each article's first passage in the gathered arrays
        idx = np.repeat(starts - first, sizes) + np.arange(int(sizes.sum()))
        cover = np.where(ev.score[idx] > 0, ev.cover[idx], np.float32(-np.inf))
        best = np.maximum.reduceat(cover, first).tolist()
        held = np.add.reduceat((ev.own[idx] != 0).astype(np.int64), first).tolist()
        for j, c, h in zip(at.tolist(), best, held, strict=True):
            out[j] = (round(min(c, 1.0), 3), h)
    return out


def _first_batch(bound: np.ndarray, limit: int) -> np.ndarray:
    """The places (sorted) of the candidates to score first, at least FIRST_BATCH and at most
    LAST_BATCH of the best-bounded: every one whose bound reaches the `limit`-th best, when
    that is more (a common word's top: hundreds of articles with the same bound, all to score),
    else every one whose bound reaches FIRST_SHARE of it (what the k-th score found mostly
    reaches). A second pass costs more than the few hundred articles this may add."""
    kth = np.partition(bound, bound.size - limit)[bound.size - limit] if limit <= bound.size else 0.0
    n = int(np.count_nonzero(bound >= kth))
    if n < FIRST_BATCH:
        n = max(FIRST_BATCH, int(np.count_nonzero(bound >= FIRST_SHARE * kth)))
    n = min(n, LAST_BATCH, bound.size)
    return np.sort(np.argpartition(-bound, n - 1)[:n]) if n < bound.size else np.arange(bound.size)


def _stems_of(word: str) -> Callable[[int], str]:
    """stem(word, language), each language's worked out once (a query word's expansion asks for
    the same stems several times)."""
    got: dict[int, str] = {}

    def stem_in(lang: int) -> str:
        s = got.get(lang)
        if s is None:
            s = got[lang] = stem(word, lang)
        return s

    return stem_in


def _keyed(keys: Sequence[str], ids: Iterable[int]) -> tuple[list[str], list[int]]:
    """The (key, id) pairs without those whose key is "" (none)."""
    return list(filter(None, keys)), list(itertools.compress(ids, keys))


@dataclass(frozen=True)
class Moved:
    """Where the last build's surface words and stems are in this one (an update)."""

    previous: SearchIndex
    surface: np.ndarray  # per surface word of `previous`: its id now (-1: gone from the corpus)
    new_surface: list[int]  # the ids of the surface words new to the corpus, in order
    stems: np.ndarray  # per stem of `previous`: its id now (-1: gone)
    new_stems: list[int]

    @classmethod
    def between(cls, previous: SearchIndex, index: SearchIndex) -> Moved:
        surface = _renumbering(previous._surface_terms, index._surface)
        stems = _renumbering(previous._stem_terms, index._stems)
        return cls(
            previous, surface, _unmatched(surface, len(index._surface)), stems, _unmatched(stems, len(index._stems))
        )


def _renumbering(old: Sequence[str], now: dict[str, int]) -> np.ndarray:
    """Per word of `old`: its id in `now`, or -1."""
    return np.fromiter(map(now.get, old, itertools.repeat(-1)), np.int32, len(old))


def _unmatched(renumber: np.ndarray, n: int) -> list[int]:
    """The ids below `n` that `renumber` maps nothing to, in order."""
    new = np.ones(n, dtype=bool)
    new[renumber[renumber >= 0]] = False
    return np.flatnonzero(new).tolist()


def _surface_key(word: str) -> tuple[str, str, bool]:
    """A surface word's skeleton, romanized form and whether it is in Latin letters (`WordCache`)."""
    k = skeleton(word)
    return (k, romanize(word), word.isascii() or is_latin(word)) if k else ("", "", False)


def _stem_key(s: str) -> str:
    """A stem's key in another script ("": none, a stem in Latin letters)."""
    if s.isascii() or is_latin(s):
        return ""
    # Chinese words by their pinyin: Tangshan finds 唐山, Yang Liwei 杨利伟.
    return skeleton(pinyin(s)) if len(s) >= 2 and is_han(s) else skeleton(s)


def _cache_updated(cache: dict[str, _V], gone: Iterable[str], new: dict[str, _V]) -> dict[str, _V]:
    """`cache` without the words `gone`, with `new`: a copy (the last build's parts keep theirs),
    or `cache` itself when nothing changed."""
    gone = list(gone)
    if not gone and not new:
        return cache
    out = dict(cache)
    for w in gone:
        out.pop(w, None)
    out.update(new)
    return out


def _carried(old: np.ndarray, renumber: np.ndarray, n: int, new_ids: list[int], new: Sequence[int]) -> np.ndarray:
    """Per id now (of `n`): the value `old` held under its last id (`renumber`: old id → id now, or
    -1), or for the ids `new_ids`, the values `new`."""
    out = np.full(n, -1, dtype=old.dtype)
    stays = renumber >= 0
    out[renumber[stays]] = old[stays]
    out[new_ids] = new
    return out


class _Extended:
    """The last build's ids of keys, and the next ones for keys new to the corpus."""

    def __init__(self, ids: dict[str, int]) -> None:
        self._ids = ids
        self._names = list(ids)
        self._new: dict[str, int] = {}

    def id(self, key: str) -> int:
        """The key's id ("": none, -1)."""
        if not key:
            return -1
        got = self._ids.get(key)
        if got is None:
            got = self._new.setdefault(key, len(self._names) + len(self._new))
        return got

    def in_order(self, ids: np.ndarray) -> tuple[dict[str, int], np.ndarray]:
        """The keys `ids` holds (-1: none) numbered in order of first appearance there: name → id,
        and `ids` so numbered."""
        present = ids >= 0
        held, first = np.unique(ids[present], return_index=True)
        order = held[np.argsort(first)]
        renumber = np.full(len(self._names) + len(self._new), -1, dtype=np.int32)
        renumber[order] = np.arange(len(order), dtype=np.int32)
        out = np.where(present, renumber[ids], -1).astype(np.int32)
        return self._named(order), out

    def _named(self, order: np.ndarray) -> dict[str, int]:
        """Name → its place in `order` (ids). The last build's dictionary itself when it is that
        (no key new or gone, none moved: most updates), not one made again (60,000 keys)."""
        if not self._new and len(order) == len(self._names) and bool(np.all(order == np.arange(len(order)))):
            return self._ids  # (read only, as the last build's index reads it)
        names = self._names + list(self._new)
        return dict(zip(map(names.__getitem__, order.tolist()), range(len(order)), strict=True))


@dataclass(frozen=True)
class _KeyIds:
    """Per surface word and stem of a build, the id of its key in another script in `keys` (-1:
    none; ids in order of first appearance, words then stems), and per surface word with a key its
    form's in `forms` and whether it is in Latin letters (`_build_keys`)."""

    keys: dict[str, int]
    forms: dict[str, int]
    word_key: np.ndarray  # int32
    word_form: np.ndarray  # int32
    word_latin: np.ndarray  # int8
    stem_key: np.ndarray  # int32


@dataclass(frozen=True)
class _Names:
    """The name tables of a build, whole (`_consonant_table`, `_sound_table` without the cap), per
    stem whether it is an everyday word, and the everyday words of its languages: what an update
    in this process makes its own from."""

    consonant: NameTable
    sound: NameTable
    given: NameTable
    everyday_stem: np.ndarray
    everyday: SortedWords
    languages: tuple[int, ...]


def _sorted_union(parts: list[np.ndarray]) -> np.ndarray:
    if not parts:
        return np.zeros(0, dtype=np.int32)
    merged = np.sort(np.concatenate(parts))
    return merged[np.r_[True, merged[1:] != merged[:-1]]] if merged.size else merged


# A word as written with a capital (a name: see SearchIndex._names_asked); letters of any script.
_CAPITALISED = re.compile(r"\b[^\W\d_][\w'-]*")
# Two or more words written with a capital, side by side, not opening the query ("who designed the
# Great Hall?"): a name.
_CAPITALISED_RUN = re.compile(r"(?<=\w\s)[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)+")


@dataclass(frozen=True, slots=True)
class _Query:
    terms: list[_QueryTerm]
    total: float  # the query's information: the sum of its words' idf
    phrase: np.ndarray | None  # passages holding the words in order (sorted); None for one word
    # An English phrase's last word (its head): what an article lacking it has to cover in addition
    head_extra: float = 0.0
    lang: int = 0  # the query's Latin language (`detect_latin`), for phrases looked up later


@dataclass(frozen=True, slots=True)
class _Eval:
    """One exact scoring pass: per evaluated article its score, per passage (kept for the hits'
    snippets) its window's score and coverage and the query words it holds."""

    arts: np.ndarray  # the evaluated articles (corpus indexes)
    value: np.ndarray  # per article: its score (0 when no window passes the cut-off)
    score: np.ndarray  # per passage: its window's score
    cover: np.ndarray  # per passage: its window's coverage
    own: np.ndarray  # per passage: bits of the query words it holds (window.Layout)
    offs: np.ndarray  # each article's first passage (its title) in these arrays
    sizes: np.ndarray
    base: np.ndarray  # per article: global passage id = index here + base
    layout: window.Layout


# The words a "how many" question goes on with: what it counts and what is told of it.
_ASKED_IN_ENGLISH = re.compile(r"^\W*who\b", re.IGNORECASE)  # (a question's own word says its language)
_WORDS_AFTER_HOW_MANY = re.compile(r"(?<=\s)(?!many\b)[^\W\d_]+", re.IGNORECASE)
HOW_MANY_WORDS = 5
PEOPLE_ANCHORS = 2  # "how many people …?": a number in a sentence with one of the question's two rarest words
_SENTENCE_STOP = re.compile(r"[.!?;。！？；](?=\s|$)|[。！？；]")


# Where a clause ends: a sentence's end (not "a.m." of "at 7 a.m. on the 11th") or a comma before a
# coordinating word ("…, and the school closes at 2.30pm": another thing's time)
_CLAUSE_STOP = re.compile(r"(?<![ap]\.m)[.!?;。！？；](?=\s|$)|[。！？；]|,\s+(?:and|but|while|whereas)\s+")
_GOES_ON = re.compile(r"\s*(?:it|this|they)\b", re.IGNORECASE)


def _clauses_holding(text: str, marks: list[tuple[int, int]]) -> str:
    """The clauses of `text` that hold one of `marks` (and the first clause of the sentence after
    one, when it goes on with "it", "this" or "they": "The Christmas lunch is on Thursday. It starts
    at 12.30"), joined by " … "."""
    return _parts_holding(text, marks, _CLAUSE_STOP, goes_on=True)


_SENTENCES_JOINED = " … "  # (how the parts `_parts_of` keeps are joined)


def _days_named(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of each date `text` names."""
    return frozenset((x.month, x.day) for x in find_mentions(text))


def _parts_holding(text: str, marks: list[tuple[int, int]], stop_at: re.Pattern[str], goes_on: bool = False) -> str:
    """The parts of `text` between two `stop_at` that hold one of `marks` (with `goes_on`, and the part
    after one that opens with `_GOES_ON`), joined by " … "."""
    return _SENTENCES_JOINED.join(_parts_of(text, marks, stop_at, goes_on))


def _parts_of(text: str, marks: list[tuple[int, int]], stop_at: re.Pattern[str], goes_on: bool = False) -> list[str]:
    """`_parts_holding`'s parts, each once, in order."""
    parts = []
    for ms, me in marks:
        start = max((m.end() for m in stop_at.finditer(text, 0, ms)), default=0)
        stop = stop_at.search(text, me)
        parts.append(text[start : stop.start() if stop else len(text)])
        if goes_on and stop is not None and (on := _GOES_ON.match(text, stop.end())) is not None:
            after = stop_at.search(text, on.end())
            parts.append(text[on.start() : after.start() if after else len(text)])
    return list(dict.fromkeys(parts))


def _marks(text: str, lang: int, matched: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of the words of `text` whose stem (or Chinese part) is in `matched`."""
    out = []
    for s, e, w in word_spans(text):
        if is_han(w):
            hit = w in matched or any(t in matched for t in han_terms(w))
        elif is_cjk(w):
            hit = any(t in matched for t in cjk_pairs(w))
        else:
            hit = w in matched or stem(w, lang) in matched
        if hit:
            out.append((s, e))
    return out


def snippet(text: str, matched: Iterable[str], max_chars: int = SNIPPET_CHARS, lang: int = 0) -> Inline:
    """A window of `text` around the first matched word, matched words marked."""
    spans = _marks(text, lang, frozenset(matched))
    start = 0
    if spans and spans[0][0] > max_chars // 3:
        start = spans[0][0] - max_chars // 4
        sp = text.rfind(" ", 0, start)
        start = sp + 1 if sp > 0 else start
    end = min(len(text), start + max_chars)
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + max_chars // 2 else end
    out: list[Span] = []
    if start > 0:
        out.append(Span("…"))
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s > pos:
            out.append(Span(text[pos:s]))
        out.append(Span(text[s:e], "mark"))
        pos = e
    if pos < end:
        out.append(Span(text[pos:end]))
    if end < len(text):
        out.append(Span("…"))
    return tuple(out)


def joined_snippet(parts: Sequence[tuple[str, int]], matched: frozenset[str]) -> Inline:
    """One snippet, or two passages of the same article joined by an ellipsis when the query's
    words meet across them (each gets half the room)."""
    if not parts:
        return ()
    if len(parts) == 1:
        return snippet(parts[0][0], matched, lang=parts[0][1])
    room = SNIPPET_CHARS // len(parts)
    out: list[Span] = []
    for i, (text, lang) in enumerate(parts):
        piece = list(snippet(text, matched, room, lang=lang))
        if i and piece and piece[0].text == "…":
            piece = piece[1:]  # one ellipsis between the two parts
        if i and (not out or out[-1].text != "…"):
            out.append(Span(" … "))
        elif i:
            out[-1] = Span(" … ")
        out.extend(piece)
    return tuple(out)


# A capitalised word followed by another: the first word of a name of two or more ("Kirkhaven Gazette").
_NAME_OPENING = re.compile(r"(?<![\w'-])([A-Z][a-z][\w'-]*)(?=\s+[A-Z][a-z])")


# "what time does the Stennerby carnival fair open?": the word right before the verb names the thing whose time
# is asked for.
_TIMED_VERB = re.compile(
    r"\bwhat\s+time\s+(?:does|do|will|is)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?P<head>[\w'-]+)\s+"
    r"(?:start|begin|open|finish|end|close|kick\s+off)\b",
    re.IGNORECASE,
)


def _timed_head(query: str) -> str | None:
    """The word before the verb of "what time does the Stennerby carnival fair open?": the thing asked about."""
    m = _TIMED_VERB.search(query)
    return m.group("head") if m is not None else None


# The words of "what time does … start?" that say when, not what: no anchor for the time's passage.
_TIMING_WORDS = frozenset(
    (
        "what", "does", "do", "did", "will", "is", "start", "starts", "begin", "begins", "open", "opens",
        "finish", "finishes", "end", "ends", "close", "closes", "kick", "off", "get", "gets", "come", "comes", "back",
        "return", "returns",
    )
)  # fmt: skip
_QUESTION_OPENING = re.compile(
    r"\s*(?:who|what|when|where|which|why|how|qui[eé]n|qu[eé]|cu[aá]ndo|d[oó]nde|кто|что|когда|где)\b", re.I
)


# A run of words written with a capital anywhere in the query, its first word too ("Len Gatenby Saint-Aubin …";
# `_CAPITALISED_RUN` skips the query's opening, where any word has a capital)
_CAPITALISED_WORDS = re.compile(r"(?<![\w'-])[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)+")


def _surnames_written_in_full(query: str, names: Sequence[_QueryTerm]) -> list[_QueryTerm]:
    """The query's names written with a capital right after another of its names ("Gatenby" of "Len
    Gatenby"): the last word of a name written in full."""
    by_term = {t.term: t for t in names}
    out = []
    for run in _CAPITALISED_WORDS.finditer(query):
        words = [by_term.get(normalize(w)) for w in run.group(0).split()]
        out += [b for a, b in itertools.pairwise(words) if a is not None and b is not None and a != b]
    return out


def _capitalised(query: str) -> set[str]:
    """The query's words written with a capital, folded."""
    return {w.casefold() for w in _CAPITALISED.findall(query) if w[0].isupper()}
