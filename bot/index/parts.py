"""An index built from per-file parts, so that a changed, added or removed file re-indexes only what
depends on it (issue 15).

Each corpus file's part is kept by its content hash: its articles, its passages read into words
(`Tokens`), the sentences that date something (the year rules' base-year evidence), each article's
day mentions, and per article the year rules' results: its present (first without, then with the
bases learned from other articles) and its resolved mentions, each step with the base-year lookups
it made and their answers (`Looked`).

Evidence spans files in one way only: an article's results read other documents through
`BaseFinder.find` (a base year stated in another document, or learned from an article that counts
the same anniversary). On an update the finder is rebuilt from every part's dated sentences
(cheap), and a key is *dirty* when the sentences or learned bases filed under it differ from the
last build's (by digest); when the finder's word counts changed, every lookup may tip. A step that
read no dirty key (with the counts unchanged) is reused; the others ask their lookups again, and
a step whose answers are all the same is reused too (it reads nothing else from other documents);
the rest are worked out again. The passage index and the merge of mentions into events are
corpus-wide and redone from the parts (their slow part, reading the words and the dates, is per
file), as are the words' paragraph counts (kept, and adjusted by the files that changed).

A build reads the files, then works out the articles' dates, shared between worker processes and
this one when there is enough to do (`workers`: `_share`); the passage index is assembled here
first meanwhile (an update of the one this process kept: in a thread, while the dates are worked
out here). The pipeline is the one of `resolve_corpus` / `document_times`
(bot/index/dates/resolve.py), step for step, and tests/test_index_parts.py holds the result equal
to theirs.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import itertools
import logging
import multiprocessing
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TypeVar

import numpy as np

from bot.corpus import Article, Corpus, SkippedFile
from bot.corpus.load import check_folder, make_corpus, read_file
from bot.corpus.model import article_id
from bot.index.background import Background
from bot.index.canon import Reasons
from bot.index.dates.anniversaries import AnniversaryTable, Base, BaseFinder, DatedSentence, content_keys, head_keys
from bot.index.dates.context import contexts
from bot.index.dates.doctime import (
    DocumentTime,
    Findings,
    archive_span,
    archive_year,
    clear_caches,
    decide,
    evidence,
)
from bot.index.dates.events import DatedEvent, EventIndex, _words, merge_mentions
from bot.index.dates.extract import Mention
from bot.index.dates.remerge import remerge, tipped_words
from bot.index.dates.resolve import (
    LineMap,
    ResolvedMention,
    _article_mentions,
    _days_dated,
    _index_dated_sentences,
    resolve_sections,
    with_told,
)
from bot.index.gcpause import no_cyclic_gc as no_cyclic_gc  # where builds and tests have used it
from bot.index.search import Passages, SearchIndex, Tokens, WordCache, _stem_key, tokenize_texts
from bot.index.search_update import Joined, join_tokens, updated
from bot.index.textnorm import is_han

log = logging.getLogger("bot.index")

Progress = Callable[[str, int, int], None]
R = TypeVar("R")
Time = tuple[DocumentTime, Findings]
# Work worth a second process: below, starting one (about 0.5 s) costs more than it saves.
PARALLEL_MIN_BYTES = 4 << 20  # of files to read
PARALLEL_MIN_ARTICLES = 1500  # of articles whose dates are worked out
# A phase is cut into this many tasks per process, so that they finish together: this process takes
# the last ones back, and may wait for up to two of a worker's (the one it works on, the next one
# queued for it).
CHUNKS_PER_WORKER = 32


# One base-year lookup as a step made it: subject, article, `besides`, `days`, and the answer.
Lookup = tuple[str, str, str, frozenset[tuple[int, int]], Base | None]


@dataclass(frozen=True)
class Looked:
    """What one step of one article asked the finder: the keys it read (to tell cheaply whether a
    change can matter) and each lookup with its answer (to check whether it does). The lookups are
    kept pickled (`of`, `lookups`): only an update whose changes reach their keys reads them again,
    and as objects (each with its sentence, its days and its answer's reasons) they were 20 MB at
    100,000 passages, against 8.5 MB pickled. A step that looked nothing up (most do) is the one
    `_NOTHING_LOOKED`, also unpickled: an empty frozenset is an object of its own each time."""

    keys: frozenset[str] = frozenset()
    packed: bytes = b""  # the lookups pickled; b"": none

    @classmethod
    def of(cls, keys: frozenset[str], lookups: tuple[Lookup, ...]) -> Looked:
        return _looked(keys, pickle.dumps(lookups, protocol=pickle.HIGHEST_PROTOCOL) if lookups else b"")

    @property
    def lookups(self) -> tuple[Lookup, ...]:
        return pickle.loads(self.packed) if self.packed else ()

    def __reduce__(self) -> tuple[Callable[[frozenset[str], bytes], Looked], tuple[frozenset[str], bytes]]:
        return (_looked, (self.keys, self.packed))


def _looked(keys: frozenset[str], packed: bytes) -> Looked:
    return Looked(keys, packed) if keys or packed else _NOTHING_LOOKED


_NOTHING_LOOKED = Looked()


@dataclass
class ArticleDates:
    """One article's year-rule results, and what each step looked up."""

    mentions: list[tuple[int, Mention]]  # its day mentions as written (title = 0, paragraphs 1…)
    first: Time | None = None  # its present from its own evidence (None: not worked out)
    first_looked: Looked = Looked()
    second: Time | None = None  # again with the learned bases, when the first left it unknown
    second_looked: Looked = Looked()
    used_second: bool = False
    # The year its weekdays took from the archive's span, and the span (`archive_year`), when they did.
    used_span: tuple[int, int, int] | None = None
    resolved: tuple[ResolvedMention, ...] | None = None
    resolved_looked: Looked = Looked()

    def copy(self) -> ArticleDates:
        """A shallow copy (as `dataclasses.replace(self)`, which took 0.07 s for an update's 8,700)."""
        out = ArticleDates.__new__(ArticleDates)
        out.__dict__.update(self.__dict__)
        return out


@dataclass
class FilePart:
    """What one corpus file contributes, valid while its content hash is `hash`."""

    file: str
    hash: str
    articles: tuple[Article, ...]
    skipped: SkippedFile | None
    tokens: Tokens  # the words of its passages (passages_of(articles))
    passages: Passages  # its passages as arrays (Passages(articles)), joined on an update
    dated: tuple[
        tuple[str, str, tuple[int, ...], tuple[int, int] | None], ...
    ]  # BaseFinder.add_sentence calls, in order
    dates: tuple[ArticleDates, ...]  # one per article


@dataclass
class Parts:
    """Every file's part, and what the last build's finder held (to tell which keys changed)."""

    files: dict[str, FilePart]
    sentence_digests: dict[str, bytes]
    learned_digests: dict[str, bytes]
    counts_digest: bytes
    # How many paragraphs hold each word, and how many there are: the event merge's rarity.
    words: Counter[str] = field(default_factory=Counter)
    paragraphs: int = 0
    # What the passage index worked out per word (stems, transliteration keys): an update works out
    # only the words new to the corpus.
    word_cache: WordCache = field(default_factory=WordCache)
    # The last merge's events, from the mentions in these parts (the very objects): an update merges
    # again only the days that changed (bot/index/dates/remerge.py). None: merged in full.
    events: tuple[DatedEvent, ...] | None = None
    # The passage index built from these parts and their words joined, in the process that built
    # them (not persisted): an update there renumbers them instead of sorting every token again
    # (bot/index/search_update.py).
    search: SearchIndex | None = field(default=None, repr=False, compare=False)
    joined: Joined | None = field(default=None, repr=False, compare=False)
    # The archive's span of the build (`archive_span`): while it stays, an article whose present
    # stays keeps what its weekdays took from it (`ArticleDates.used_span`), not asked again.
    span: tuple[int, int] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k not in _IN_MEMORY}


_IN_MEMORY = ("search", "joined", "counts")  # what a process keeps of a build for its next update only


# --- the parts file (bot/index/persist.py) -------------------------------------------------------------
#
# Written as a pickle per corpus file, each with a memo of its own: one pickle of them all held a
# memo entry (and the temporaries pickling makes, such as each object's reduced state) for every
# object of the corpus until its end, +90 MB at 100,000 passages, and the heap kept most of it.
# First the rest of `Parts` with the corpus's words, one string each (each file's words are their
# numbers in it: the files share their words in memory, `_read_parts`); then each file's part; then
# the last merge's events, whose mentions are the very objects of the files' dates (`remerge`), by
# their number among them.


def dump(parts: Parts, out: BinaryIO, keep: Callable[[pickle.PickleBuffer], bool]) -> None:
    """Write `parts` to `out` as pickles (protocol 5; `keep`: the buffer callback)."""
    files = list(parts.files.values())
    words, numbers = _numbered_words(files, parts.joined)
    head = replace(parts, files={}, events=None, search=None, joined=None)
    pickle.Pickler(out, protocol=5, buffer_callback=keep).dump((len(files), parts.events is not None, words, head))
    del words
    for p, vocab in zip(files, numbers, strict=True):  # (a Pickler each: clearing a memo walks all it grew to)
        pickle.Pickler(out, protocol=5, buffer_callback=keep).dump((_part_state(p), vocab))
    del numbers
    if parts.events is not None:
        ids: dict[int, int] = {}
        for i, m in enumerate(m for p in files for d in p.dates for m in (d.resolved or ())):
            for k, obj in enumerate((m, m.sentence, m.why)):  # (an event's text and why are its mention's)
                ids.setdefault(id(obj), 3 * i + k)
        _MentionsByNumber(out, ids).dump(parts.events)


def _numbered_words(files: list[FilePart], joined: Joined | None) -> tuple[tuple[str, ...], Iterable[np.ndarray]]:
    """The words of `files`, and per file its words' numbers among them: the last join's, when it
    was of these very files (a build's parts), else numbered here."""
    if joined is not None and [id(t) for t in joined.parts] == [id(p.tokens) for p in files]:
        return joined.vocab, joined.local
    number = dict.fromkeys(itertools.chain.from_iterable(p.tokens.vocab for p in files), 0)
    for i, w in enumerate(number):
        number[w] = i
    vocabs = (p.tokens.vocab for p in files)
    return tuple(number), (np.fromiter(map(number.__getitem__, v), np.int32, len(v)) for v in vocabs)


def load(f: BinaryIO, buffers: Iterator[memoryview]) -> Parts:
    """What `dump` wrote, read from `f` (`buffers`: its out-of-band buffers, in order)."""
    n, has_events, words, head = pickle.Unpickler(f, buffers=buffers).load()
    if not isinstance(head, Parts):
        raise pickle.UnpicklingError("not the parts of an index")
    files = {}
    for _ in range(n):
        state, vocab = pickle.Unpickler(f, buffers=buffers).load()
        p = _part_from(state, tuple(map(words.__getitem__, vocab.tolist())))
        files[p.file] = p
    head.files = files
    if has_events:
        mentions = [m for p in files.values() for d in p.dates for m in (d.resolved or ())]
        head.events = _NumberedMentions(f, mentions).load()
    return head


def _part_state(p: FilePart) -> tuple:
    """A file's part as its fields, its words left out (`dump` writes their numbers)."""
    t = p.tokens
    return (p.file, p.hash, p.articles, p.skipped, t.ids, t.lengths, t.lang, t.votes, p.passages, p.dated, p.dates)


def _part_from(state: tuple, vocab: tuple[str, ...]) -> FilePart:
    file, hash, articles, skipped, ids, lengths, lang, votes, passages, dated, dates = state
    return FilePart(file, hash, articles, skipped, Tokens(vocab, ids, lengths, lang, votes), passages, dated, dates)


class _MentionsByNumber(pickle.Pickler):
    """Pickles the events with each mention of the parts' dates, and its sentence and reasoning, as
    its number among them (3 · number + 0, 1, 2)."""

    def __init__(self, out: BinaryIO, numbers: dict[int, int]) -> None:
        super().__init__(out, protocol=5)
        self._numbers = numbers

    def persistent_id(self, obj: object) -> int | None:
        return self._numbers.get(id(obj))


class _NumberedMentions(pickle.Unpickler):
    """Unpickles what `_MentionsByNumber` pickled, with `mentions` the parts' mentions, in order."""

    def __init__(self, f: BinaryIO, mentions: list[ResolvedMention]) -> None:
        super().__init__(f)
        self._mentions = mentions

    def persistent_load(self, pid: object) -> object:
        if not isinstance(pid, int) or not 0 <= pid < 3 * len(self._mentions):
            raise pickle.UnpicklingError("a mention the parts do not hold")
        m = self._mentions[pid // 3]
        return (m, m.sentence, m.why)[pid % 3]


@dataclass(frozen=True)
class Built:
    corpus: Corpus
    search: SearchIndex
    events: EventIndex
    parts: Parts
    reused: int  # articles whose dates were reused as they were
    redone: frozenset[str]  # the articles (ids) whose dates were worked out
    checked: int = 0  # steps whose lookups were asked again (the finder changed where they read)
    seconds: dict[str, float] = field(default_factory=dict)  # per step, for the log
    remerged: int | None = None  # month-days whose events were merged again (None: all were merged)
    search_updated: bool = False  # the passage index was updated from the last build's, not built


# --- per file -------------------------------------------------------------------------------------


class _Calls(BaseFinder):
    """Collects the dated sentences an article gives the finder, to replay them in corpus order."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str, tuple[int, ...], tuple[int, int] | None]] = []

    def add_sentence(
        self, article_id: str, text: str, years: Sequence[int], day: tuple[int, int] | None = None
    ) -> None:
        self.calls.append((article_id, text, tuple(years), day))


def _extract(file: str, hash: str, articles: Sequence[Article], skipped: SkippedFile | None) -> FilePart:
    calls = _Calls()
    dates = []
    for a in articles:
        _index_dated_sentences(a, calls)
        dates.append(ArticleDates(_article_mentions(a)))
    kept = tuple(articles)
    texts: list[str] = []
    passages = Passages(kept, texts)  # the texts of passages_of(kept), in one pass with the arrays
    return FilePart(file, hash, kept, skipped, tokenize_texts(texts), passages, tuple(calls.calls), tuple(dates))


def count_words(articles: Sequence[Article], into: Counter[str]) -> int:
    """Adds how many of `articles`' paragraphs hold each word (as build_event_index counts them);
    returns the number of paragraphs."""
    n = 0
    for a in articles:
        for p in a.paragraphs:
            into.update(_words(p.text))
            n += 1
    return n


def read_parts(root: str, todo: Sequence[tuple[str, str]]) -> tuple[list[FilePart], Counter[str], int, set[str]]:
    """Files (path, hash) read and extracted, with their words' paragraph counts and their passages'
    Chinese words (`han_keys`): one task of a worker process on a large build."""
    base = Path(root)
    out = []
    words: Counter[str] = Counter()
    paragraphs = 0
    han: set[str] = set()
    for file, hash in todo:
        articles, skipped = read_file(base, base / file, set())
        part = _extract(file, hash, articles, skipped)
        out.append(part)
        paragraphs += count_words(articles, words)
        han.update(filter(is_han, part.tokens.vocab))
    return out, words, paragraphs, han


def han_keys(words: Sequence[str]) -> dict[str, str]:
    """Chinese words' keys in another script, by their pinyin (`search._stem_key`), worked out in a
    worker process: what gives the pinyin (the pypinyin package's dictionaries, 45 MB) is then
    loaded there, not in the process that keeps the index. The passage index takes them as known
    (`WordCache.stem_keys`: a pure function of the word, so the index is the one it would make)."""
    return {w: _stem_key(w) for w in words}


# --- the finder, and which of its keys changed -------------------------------------------------------


# The keys of a dated sentence or a learned base's subject (a pure function of the text).
_text_keys = functools.lru_cache(maxsize=1 << 16)(content_keys)


class _Finder(BaseFinder):
    """The corpus's finder, noting each lookup (`Looked`) while `noting`. A text's keys are worked
    out once per process (`_text_keys`): an update builds the finder again from every file's dated
    sentences and learned bases, and their keys were most of that (0.1 s at 100,000 passages)."""

    noting: list[Lookup] | None = None

    def keys_of(self, text: str) -> frozenset[str]:
        return _text_keys(text)

    def find(
        self, subject: str, article_id: str, *, besides: str = "", days: frozenset[tuple[int, int]] = frozenset()
    ) -> Base | None:
        found = super().find(subject, article_id, besides=besides, days=days)
        if self.noting is not None:
            self.noting.append((subject, article_id, besides, days, found))
        return found

    def start(self) -> None:
        self.noting = []

    def looked(self) -> Looked:
        lookups = tuple(self.noting or ())
        self.noting = None
        return Looked.of(frozenset().union(*(lookup_keys(s) for s, *_ in lookups)), lookups)

    def same_answers(self, looked: Looked) -> bool:
        """Whether every lookup of a step gets the answer it got: then the step, which reads other
        documents only through them, comes out as it did."""
        return all(
            BaseFinder.find(self, subject, aid, besides=besides, days=days) == found
            for subject, aid, besides, days, found in looked.lookups
        )


@functools.lru_cache(maxsize=1 << 16)
def lookup_keys(subject: str) -> frozenset[str]:
    """Every key `BaseFinder.find` may read for `subject` (its pool is filed under its head word, or
    for Chinese under each pair), a superset; none when it only consults the table."""
    keys = content_keys(subject)
    if not keys:
        return frozenset()
    # (a clause's other head too: "the market hall opened its doors" is looked up under "hall")
    heads = {h for h in head_keys(subject) if h is not None}
    return keys | heads


def _digest_by_key(by_key: dict[str, list[DatedSentence]]) -> dict[str, bytes]:
    """A digest of what is filed under each key: the sentences, in order, with their articles. Each
    sentence is digested once, and each key's digest is of its sentences' digests joined (as fed one
    by one): per entry the work is in C (an update digests 30,000 keys)."""
    every = list(itertools.chain.from_iterable(by_key.values()))
    one = {i: _sentence_digest(s) for i, s in dict(zip(map(id, every), every, strict=True)).items()}
    get = one.__getitem__
    return {k: hashlib.blake2b(b"".join(map(get, map(id, ss))), digest_size=16).digest() for k, ss in by_key.items()}


def _digests_updated(
    by_key: dict[str, list[DatedSentence]], old: dict[str, bytes], touched: set[str]
) -> tuple[dict[str, bytes], set[str]]:
    """`_digest_by_key(by_key)` from the last build's digests `old`, working out only the `touched`
    keys' (a key none of the changed files' sentences holds has the same sentences, in the same
    order, with the same articles), and the keys whose digest changed."""
    got = _digest_by_key({k: by_key[k] for k in touched if k in by_key})
    new = dict(old)
    for k in touched:
        new.pop(k, None)
    new.update(got)
    return new, {k for k in touched if old.get(k) != got.get(k)}


def _sentence_digest(s: DatedSentence) -> bytes:
    text = repr((s.text, s.years, sorted(s.keys), sorted(s.articles)))
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _counts_digest(finder: BaseFinder) -> bytes:
    """The sentence count every base-year comparison weighs keys against (`counted_sentences`): when it
    changes, every lookup may answer otherwise. (A key's own count changes only with the sentences
    filed under it, which make it a changed key: its lookups are asked again anyway.)"""
    return hashlib.blake2b(repr(finder.counted_sentences).encode(), digest_size=16).digest()


def _changed(old: dict[str, bytes], new: dict[str, bytes]) -> set[str]:
    return {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


def _sentence_keys(parts: Iterable[FilePart]) -> set[str]:
    """The keys of the dated sentences of `parts`."""
    return set().union(*(_text_keys(text) for p in parts for _, text, years, _ in p.dated if years))


def _learned_keys(firsts: Iterable[Time | None]) -> set[str]:
    """The keys of the bases these presents teach the finder (`BaseFinder.learn`)."""
    keys: set[str] = set()
    for first in firsts:
        if first is not None and first[0].year is not None:
            keys.update(*(_text_keys(an.subject) for an, _ in first[1].unbased), *map(_text_keys, first[0].told))
    return keys


# --- the year rules, per article (in worker processes on a large build) -------------------------------


def first_pass(
    finder: _Finder, items: Sequence[tuple[Article, list[tuple[int, Mention]]]]
) -> list[tuple[Time, Looked]]:
    """Each article's present from its own evidence (`document_times`' passes), with its lookups."""
    out = []
    for a, mentions in items:
        finder.start()
        found = evidence(a, mentions, finder)
        t = decide(a, mentions, found.evidence, found.counted, finder.newest_year, found.unbased)
        out.append(((with_told(a, mentions, t), found), finder.looked()))
    return out


def check_pass(finder: _Finder, items: Sequence[Looked]) -> list[bool]:
    """Whether each step's lookups still get their answers."""
    return [finder.same_answers(looked) for looked in items]


def resolve_pass(
    finder: _Finder, root: str, items: Sequence[tuple[Article, Time]]
) -> list[tuple[tuple[ResolvedMention, ...], Looked]]:
    """Each article's day mentions with their years (`resolve_corpus`' last step), with its lookups."""
    lines = LineMap(Path(root))
    out = []
    for a, (t, found) in items:
        finder.start()
        got = tuple(resolve_sections(a, t, found, finder, lines))
        out.append((got, finder.looked()))
    return out


class _Pool:
    """Worker processes, started on first use and only for enough work; spawned, not forked (a
    reload builds in a thread of a running bot). This process is one of the `workers`: it works
    too (`_share`), so one process fewer is started, and what it works on is never pickled. Without
    worker processes the work is done here."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._failed = workers < 2
        self.reasons = Reasons()  # the worker processes' reasons, shared (bot/index/canon.py)

    def get(self) -> Executor | None:
        if self._failed:
            return None
        if self._pool is None:
            try:
                self._pool = ProcessPoolExecutor(
                    self.workers - 1, mp_context=multiprocessing.get_context("spawn"), initializer=gc.disable
                )
            except OSError as exc:
                log.warning("building in this process (no worker processes: %s)", exc)
                self._failed = True
                return None
        return self._pool

    def submit(self, fn: Callable[..., R], *args: object) -> Future[R] | None:
        """`fn(*args)` in a worker process when they are running (else None: nothing started)."""
        if self._pool is None or self._failed:
            return None
        try:
            return self._pool.submit(fn, *args)
        except (OSError, BrokenProcessPool, RuntimeError):
            return None

    def broken(self, exc: BaseException) -> None:
        log.warning("building in this process (worker processes failed: %s)", exc)
        self._failed = True
        self.close()

    def close(self, wait: bool = True) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None


def _chunks(n: int, parts: int) -> Iterator[range]:
    size = max(1, -(-n // max(parts, 1)))
    for start in range(0, n, size):
        yield range(start, min(n, start + size))


# A phase's arguments every task shares (the finder: 1.5-1.9 MB), pickled once per phase and
# unpickled once per phase in each worker process, not once per task.
_phases = itertools.count()
_shared: dict[str, tuple[int, tuple]] = {}


class _Unshared(Exception):
    """A worker process was given a task of a phase whose arguments it was not sent."""


def _packed_task(fn: Callable[..., object], phase: int, shared: bytes | None, items: list) -> bytes:
    """`_task`'s result pickled here: unpickled by the build's `Reasons`, which share equal reasons."""
    return pickle.dumps(_task(fn, phase, shared, items), protocol=pickle.HIGHEST_PROTOCOL)


def _task(fn: Callable[..., R], phase: int, shared: bytes | None, items: list) -> R:
    """`fn(*args, items)` in a worker process, `args` unpickled from `shared` once per phase (None:
    the phase's first task brought them: with one worker process, the tasks come in order)."""
    got = _shared.get("args")
    if got is None or got[0] != phase:
        if shared is None:
            raise _Unshared(phase)
        got = _shared["args"] = (phase, pickle.loads(shared))
    return fn(*got[1], items)


def _share(
    pool: _Pool,
    fn: Callable[..., R],
    args: tuple,
    tasks: list[list],
    meanwhile: Callable[[], None] | None = None,
    each: Callable[[R], None] | None = None,
    *,
    parallel: bool = True,
    done: Callable[[int, R], None] | None = None,
) -> list[R]:
    """`fn(*args, task)` for each task: the worker processes take them from the first on, and this
    process, once `meanwhile` is done, from the last one back, each one no worker has started yet
    (so both finish together, whatever `meanwhile` took). The results in task order; `each` is
    called on them in that order as they come (streamed between the tasks done here), and `done`
    on each task's index and result once it is here, in any order. Without `parallel`, all are
    done here, in order."""
    executor = pool.get() if parallel and len(tasks) > 1 else None
    futures: list[Future] = []
    if executor is not None:
        try:
            shared = pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)
            phase = next(_phases)
            once = pool.workers == 2  # one worker process: only the first task brings `shared`
            futures = [
                executor.submit(_packed_task, fn, phase, None if once and i else shared, t) for i, t in enumerate(tasks)
            ]
        except (OSError, BrokenProcessPool) as exc:
            pool.broken(exc)
            futures = []
    results: list[R | None] = [None] * len(tasks)
    given = 0  # results passed to `each`

    def give(upto: int) -> None:
        nonlocal given
        while given < upto and results[given] is not None:
            if each is not None:
                each(results[given])  # type: ignore[arg-type]  # not None: just checked
            given += 1

    def ready() -> None:  # the workers' results so far, in order
        nonlocal given
        while given < len(futures) and results[given] is None and futures[given].done():
            try:
                results[given] = pool.reasons.loads(futures[given].result())
            except (OSError, BrokenProcessPool, CancelledError, _Unshared):
                return  # worked out here below
            if done is not None:
                done(given, results[given])  # type: ignore[arg-type]  # just set
            give(given + 1)

    if meanwhile is not None:
        meanwhile()
    if not futures:  # all here, in order
        for i, task in enumerate(tasks):
            results[i] = got = fn(*args, task)
            if done is not None:
                done(i, got)
            give(i + 1)
        return results  # type: ignore[return-value]
    here = len(tasks)
    while here > 0 and futures[here - 1].cancel():
        here -= 1
        results[here] = got = fn(*args, tasks[here])
        if done is not None:
            done(here, got)
        ready()
    for i in range(here):
        if results[i] is None:
            try:
                results[i] = pool.reasons.loads(futures[i].result())
            except (OSError, BrokenProcessPool, CancelledError, _Unshared) as exc:
                if not pool._failed:
                    pool.broken(exc)
                results[i] = fn(*args, tasks[i])
            if done is not None:
                done(i, results[i])  # type: ignore[arg-type]  # just set
    give(len(tasks))
    return results  # type: ignore[return-value]


def _run_per_article(
    pool: _Pool,
    fn: Callable[..., list],
    args: tuple,
    items: list,
    meanwhile: Callable[[], None] | None = None,
) -> list:
    """`fn(*args, items)` over chunks of `items`, shared with the worker processes when there are
    enough; `meanwhile` runs here first."""
    parallel = len(items) >= PARALLEL_MIN_ARTICLES
    if parallel:
        tasks = [[items[i] for i in r] for r in _chunks(len(items), pool.workers * CHUNKS_PER_WORKER)]
    else:
        tasks = [items] if items else []
    return [x for got in _share(pool, fn, args, tasks, meanwhile, parallel=parallel) for x in got]


# --- the build -------------------------------------------------------------------------------------


def build(
    root: Path,
    table: AnniversaryTable,
    files: dict[str, str],
    previous: Parts | None = None,
    *,
    workers: int = 1,
    progress: Progress | None = None,
    newest_year: int | None = None,
) -> Built:
    """The index of the corpus files `files` (relative path → content hash, in corpus order),
    reusing every part of `previous` whose file is unchanged. `newest_year`: the newest year a
    document may be from (the year rules' `BaseFinder.newest_year`)."""

    def step(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress(name, done, total)

    check_folder(root)
    pool = _Pool(workers)
    clock = _Clock()
    try:
        parts, read = _read_parts(root, files, previous, pool, step)
        clock.lap("read")
        return _assemble(root, table, parts, read, previous, pool, step, clock, newest_year)
    finally:
        pool.close()


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self._last
        self._last = now


@dataclass
class _Read:
    """What reading the new and changed files gave besides their parts."""

    files: set[str]
    words: Counter[str]
    paragraphs: int
    han: set[str]  # the Chinese words of their passages


def _read_parts(
    root: Path, files: dict[str, str], previous: Parts | None, pool: _Pool, step: Progress
) -> tuple[list[FilePart], _Read]:
    old = previous.files if previous is not None else {}
    todo = [(f, h) for f, h in files.items() if f not in old or old[f].hash != h]
    got: dict[str, FilePart] = {f: old[f] for f in files if f in old and old[f].hash == files[f]}
    read = _Read({f for f, _ in todo}, Counter(), 0, set())
    size = 0
    for f, _ in todo:
        with contextlib.suppress(OSError):  # gone since it was hashed: read_file says so
            size += (root / f).stat().st_size

    # One string object per word across the parts: the files repeat most of their words, and each
    # part read in a worker brings its own copies (1.3 million strings at 100,000 passages, ~75 MB).
    canon: dict[str, str] = {}
    same = canon.setdefault

    def take(task: int, result: tuple[list[FilePart], Counter[str], int, set[str]]) -> None:  # as soon as read
        new = result[0]
        for i, p in enumerate(new):  # in place: the copies of the words are freed now
            new[i] = got[p.file] = replace(
                p, tokens=replace(p.tokens, vocab=tuple(map(same, p.tokens.vocab, p.tokens.vocab)))
            )
        step("reading files", len(got), len(files))

    def count(result: tuple[list[FilePart], Counter[str], int, set[str]]) -> None:  # in corpus order
        read.words.update(result[1])
        read.paragraphs += result[2]
        read.han.update(result[3])

    step("reading files", len(got), len(files))
    parallel = len(todo) > 1 and size >= PARALLEL_MIN_BYTES
    if parallel:
        tasks = [[todo[i] for i in r] for r in _chunks(len(todo), pool.workers * CHUNKS_PER_WORKER)]
    else:
        tasks = [[t] for t in todo]  # one file at a time: the progress bar moves per file
    _share(pool, read_parts, (str(root),), tasks, each=count, parallel=parallel, done=take)
    # Article ids are unique across the corpus: a clash takes the next free suffix in corpus order.
    # A file read alone cannot know the ids before it, so its ids are checked here, and a file whose
    # ids must change is extracted again with them.
    used: set[str] = set()
    out = []
    # The files up to the first one new, changed or moved since the last build keep their ids: the
    # same files before them took the same ones.
    for f, before in zip(files, old.values(), strict=False):
        if got[f] is not before:
            break
        used.update(a.article_id for a in before.articles)
        out.append(before)
    for f in itertools.islice(files, len(out), None):
        part = got[f]
        ids = [article_id(a.file, a.title, used) for a in part.articles]
        if ids != [a.article_id for a in part.articles]:
            articles = [replace(a, article_id=i) for a, i in zip(part.articles, ids, strict=True)]
            part = _extract(part.file, part.hash, articles, part.skipped)
        out.append(part)
    return out, read


def _assemble(
    root: Path,
    table: AnniversaryTable,
    parts: list[FilePart],
    read: _Read,
    previous: Parts | None,
    pool: _Pool,
    step: Progress,
    clock: _Clock,
    newest_year: int | None,
) -> Built:
    articles = [a for p in parts for a in p.articles]
    skipped = [p.skipped for p in parts if p.skipped is not None]
    for s in skipped:
        log.warning("skipping corpus file %s: %s", s.file, s.reason)
    corpus = make_corpus(root, articles, skipped)
    originals = [d for p in parts for d in p.dates]
    # Each article's copy is made when a step changes it (`own`): `previous` stays as it was, and an
    # update copies a few articles, not all (8,700 at 100,000 passages).
    dates = list(originals)

    def own(i: int) -> ArticleDates:
        if dates[i] is originals[i]:
            dates[i] = dates[i].copy()
        return dates[i]

    # The parts read now, and the last build's they replace or that are gone: only their sentences
    # and articles can change what the finder files under a key.
    now = [p for p in parts if previous is None or previous.files.get(p.file) is not p]
    gone = [] if previous is None else _gone(previous, parts)

    search: list[SearchIndex] = []
    updated_search: list[bool] = []
    joined: list[Joined] = []

    # A build from scratch has a worker process work out the Chinese words' keys (`han_keys`) ahead
    # of the dates' tasks, while this one assembles the passage index up to where it needs them.
    han = pool.submit(han_keys, sorted(read.han)) if previous is None and read.han else None

    def index_passages() -> None:
        started = time.perf_counter()
        known = previous.word_cache if previous is not None else _known_han(han)
        passages = Passages.joined(corpus.articles, [p.passages for p in parts])
        last = previous.joined if previous is not None else None
        kept_search = previous.search if previous is not None else None
        # An update reads its changed files' words only: no word stream of every file.
        tokens, kept = join_tokens([p.tokens for p in parts], last, whole=kept_search is None)
        joined.append(kept)
        got = None
        if previous is not None and kept_search is not None:
            segments = _segments(parts, previous)
            got = updated(kept_search, segments, corpus.articles, passages, tokens, previous.word_cache, last, kept)
            if got is None:
                log.info("passage index built from scratch")
                tokens = replace(tokens, ids=kept.ids())
        search.append(got or SearchIndex(corpus.articles, passages, tokens, known))
        updated_search.append(got is not None)
        clock.seconds["passages"] = time.perf_counter() - started

    # An update of the passage index this process kept is worked out in a thread while the dates
    # are worked out here: much of it is numpy, which lets the dates' Python run meanwhile. A build
    # from scratch assembles it here while the worker processes work out the dates (below).
    step("indexing passages", 0, 1)
    background = None
    if previous is not None and previous.search is not None:
        background = Background(index_passages, "index-passages")

    # The finder, from every file's dated sentences in corpus order (as resolve_corpus builds it).
    clear_caches()
    finder = _Finder(table, day_reader=_days_dated, newest_year=newest_year)
    for p in parts:
        for aid, text, years, day in p.dated:
            finder.add_sentence(aid, text, years, day)
    if previous is None:
        sentence_digests = _digest_by_key(finder._by_key)
        counts_digest = _counts_digest(finder)
        dirty: set[str] = set()
        all_stale = True
    else:
        touched = _sentence_keys(now) | _sentence_keys(gone)
        sentence_digests, dirty = _digests_updated(finder._by_key, previous.sentence_digests, touched)
        counts_digest = _counts_digest(finder)
        all_stale = previous.counts_digest != counts_digest

    checked = [0]

    def maybe_stale(looked: Looked) -> bool:
        return (all_stale or bool(dirty)) and bool(looked.keys) and (all_stale or not looked.keys.isdisjoint(dirty))

    def still_valid(
        steps: list[int], looked: Callable[[ArticleDates], Looked], meanwhile: Callable[[], None] | None = None
    ) -> set[int]:
        """Of these articles' steps, whose lookups may have changed, the ones whose answers did not."""
        same = _run_per_article(pool, check_pass, (finder,), [looked(dates[i]) for i in steps], meanwhile)
        checked[0] += len(steps)
        return {i for i, ok in zip(steps, same, strict=True) if ok}

    # 1. Each article's present from its own evidence (document_times, first pass). (Nothing to
    # check when no key changed: an edit that dates nothing.)
    check = (
        [i for i, d in enumerate(dates) if d.first is not None and maybe_stale(d.first_looked)]
        if dirty or all_stale
        else []
    )
    # The passage index is assembled here while the worker processes work: while they check the
    # lookups when there are many to check (an edit that changes the word counts), else while they
    # work out the presents.
    many = len(check) >= PARALLEL_MIN_ARTICLES
    meanwhile = None if background is not None else index_passages
    valid = still_valid(check, lambda d: d.first_looked, meanwhile if many else None)
    redo = [i for i, d in enumerate(dates) if d.first is None or (i in check and i not in valid)]
    step("dating events", 0, 3)
    todo = [(articles[i], dates[i].mentions) for i in redo]
    for i, (t, looked) in zip(
        redo, _run_per_article(pool, first_pass, (finder,), todo, None if many else meanwhile), strict=True
    ):
        dates[i] = ArticleDates(dates[i].mentions, t, looked)
    fresh = set(redo)
    clock.lap("dates: presents")
    # 2. Bases learned from the articles whose present is known; then again for those still unknown.
    for a, d in zip(articles, dates, strict=True):
        assert d.first is not None
        t, found = d.first
        if t.year is not None:
            for an, shift in found.unbased:
                finder.learn(a.article_id, an.subject, t.year + shift - an.n)
            for text in t.told:
                finder.learn(a.article_id, text, t.year, told=True)
            for text, year in t.told_then:
                finder.learn(a.article_id, text, year, told=True)
    if previous is None:
        learned_digests = _digest_by_key(finder._learned_by_key)
    else:  # the bases of the articles whose present changed, were added or are gone
        changed = [i for i, (d, o) in enumerate(zip(dates, originals, strict=True)) if d.first is not o.first]
        touched = _learned_keys(dates[i].first for i in changed) | _learned_keys(originals[i].first for i in changed)
        touched |= _learned_keys(d.first for p in gone for d in p.dates)
        learned_digests, changed_keys = _digests_updated(finder._learned_by_key, previous.learned_digests, touched)
        dirty |= changed_keys
    again: list[int] = []
    check = []
    if finder.learned:
        for i, d in enumerate(dates):
            assert d.first is not None
            if d.first[0].year is None:
                if i in fresh or d.second is None:
                    again.append(i)
                elif maybe_stale(d.second_looked):
                    check.append(i)
    valid = still_valid(check, lambda d: d.second_looked)
    again = sorted(again + [i for i in check if i not in valid])
    step("dating events", 1, 3)
    # The learned bases reach an article only through its lookups (`find`; nothing else the first
    # pass reads changed): when each of its first pass's lookups gets the same answer with them,
    # the second pass comes out as the first did. At 100,000 passages that is most of them.
    same = _run_per_article(pool, check_pass, (finder,), [dates[i].first_looked for i in again])
    for i, unchanged in zip(again, same, strict=True):
        if unchanged:
            d = own(i)
            d.second, d.second_looked = d.first, d.first_looked
    worked = [i for i, unchanged in zip(again, same, strict=True) if not unchanged]
    for i, (t, looked) in zip(
        worked,
        _run_per_article(pool, first_pass, (finder,), [(articles[i], dates[i].mentions) for i in worked]),
        strict=True,
    ):
        d = own(i)
        d.second, d.second_looked = t, looked
    fresh.update(again)
    clock.lap("dates: presents with learned bases")
    # 3. Each article's mentions resolved with its present: the one its weekdays take from the
    # archive's span when it has none (the span is corpus-wide, worked out on every build; an article
    # asks it again when the span or its present moved).
    final: list[Time] = []
    seconds: list[bool] = []
    for i, d in enumerate(dates):
        first = d.first
        assert first is not None
        second = bool(finder.learned) and first[0].year is None
        if not second and (d.second is not None or d.second_looked != _NOTHING_LOOKED):
            d = own(i)
            d.second, d.second_looked = None, Looked()
        final.append(d.second if second and d.second is not None else first)
        seconds.append(second)
    span = archive_span(t.year for t, _ in final)
    same_span = previous is not None and previous.span == span
    redo = []
    check = []
    for i, (d, second) in enumerate(zip(dates, seconds, strict=True)):
        # The same present with the same span took no year from it last time: none now either
        # (archive_year reads every undated article's weekdays: 0.1 s at 100,000 passages).
        kept = same_span and d.used_span is None and second == d.used_second and i not in fresh
        spanned = None if span is None or kept else archive_year(articles[i], d.mentions, final[i][0], span)
        used_span = None if spanned is None or span is None else (spanned.year or 0, *span)
        if spanned is not None:
            final[i] = (spanned, final[i][1])
        if i in fresh or second != d.used_second or used_span != d.used_span or d.resolved is None:
            redo.append(i)
        elif maybe_stale(d.resolved_looked):
            check.append(i)
        if d.used_second != second or d.used_span != used_span:
            d = own(i)
            d.used_second, d.used_span = second, used_span
    valid = still_valid(check, lambda d: d.resolved_looked)
    redo = sorted(redo + [i for i in check if i not in valid])
    step("dating events", 2, 3)
    for i, (got, looked) in zip(
        redo,
        _run_per_article(pool, resolve_pass, (finder, str(root)), [(articles[i], final[i]) for i in redo]),
        strict=True,
    ):
        d = own(i)
        d.resolved, d.resolved_looked = got, looked
    mentions = [m for d in dates for m in (d.resolved or ())]
    clock.lap("dates: mentions")
    pool.close(wait=False)  # the worker processes exit while the rest is done here
    if background is None and not search:
        index_passages()
    # 4. Mentions merged into events: corpus-wide, with each word's paragraph count; on an update,
    # again for the days whose mentions (or whose names' rarity) changed only.
    words, paragraphs, counted = _word_counts(files := {p.file for p in parts}, read, previous)
    partly = None
    if previous is not None and previous.events is not None:
        old = [m for p in previous.files.values() for d in p.dates for m in (d.resolved or ())]
        tipped = tipped_words(previous.words, previous.paragraphs, words, paragraphs, counted)
        around = functools.partial(contexts, corpus)
        partly = remerge(previous.events, old, mentions, words, paragraphs, around, tipped)
    merged: list[DatedEvent]
    remerged: int | None = None
    if partly is None:
        merged = merge_mentions(mentions, words, paragraphs, contexts(corpus, mentions))
    else:
        merged, remerged = partly
    events = EventIndex.from_events(tuple(merged), mentions)
    clock.lap("merge")
    if background is not None:
        background.join()
        clock.lap("the passages' rest")
    step("done", 1, 1)
    by_file = {}
    k = 0
    for p in parts:
        n = len(p.articles)
        as_read = all(d is o for d, o in zip(dates[k : k + n], p.dates, strict=True))
        by_file[p.file] = p if as_read else replace(p, dates=tuple(dates[k : k + n]))
        k += n
    assert files == set(by_file)
    new = Parts(
        by_file,
        sentence_digests,
        learned_digests,
        counts_digest,
        words,
        paragraphs,
        search[0].word_cache(),
        events.events,
        search[0],
        joined[0],
        span,
    )
    redone = frozenset(articles[i].article_id for i in fresh | set(redo))
    # The finder refers to itself (its idf cache holds a bound method): emptied, it is freed now by
    # reference counting, not left to the cyclic collector (see no_cyclic_gc).
    vars(finder).clear()
    # The year rules' per-paragraph results are of no use once the build is done (the next one
    # starts by forgetting them): forgotten now, not held through the write (10 MB at 100,000
    # passages).
    clear_caches()
    reused = len(articles) - len(redone)
    return Built(corpus, search[0], events, new, reused, redone, checked[0], clock.seconds, remerged, updated_search[0])


def _known_han(keys: Future[dict[str, str]] | None) -> WordCache | None:
    """The Chinese words' keys a worker process worked out, as known words; None when there are
    none (or the worker failed: they are worked out here)."""
    if keys is None:
        return None
    try:
        return WordCache(stem_keys=keys.result())
    except (OSError, BrokenProcessPool, CancelledError) as exc:
        log.info("Chinese words keyed in this process (%s)", exc.__class__.__name__)
        return None


def _gone(previous: Parts, parts: Sequence[FilePart]) -> list[FilePart]:
    """The last build's parts that are not parts of this one (their files changed or are gone)."""
    kept = {id(p) for p in parts}
    return [p for p in previous.files.values() if id(p) not in kept]


def _segments(parts: Sequence[FilePart], previous: Parts) -> list[tuple[int, int]]:
    """Per file, where its passages start in the last build's passage index (-1: changed or new),
    and how many it has."""
    start: dict[str, tuple[int, Passages]] = {}
    at = 0
    for f, p in previous.files.items():
        start[f] = (at, p.passages)
        at += len(p.passages)
    out = []
    for p in parts:
        old = start.get(p.file)
        out.append((old[0] if old is not None and old[1] is p.passages else -1, len(p.passages)))
    return out


def _word_counts(files: set[str], read: _Read, previous: Parts | None) -> tuple[Counter[str], int, set[str]]:
    """The corpus's paragraph counts per word: the last build's, less the files gone or changed,
    plus the ones read now; and on an update, the words counted in those files (the others' counts
    are the last build's)."""
    if previous is None:
        return read.words, read.paragraphs, set()
    words, paragraphs = Counter(previous.words), previous.paragraphs
    counted = set(read.words)
    for f, p in previous.files.items():
        if f in files and f not in read.files:
            continue  # unchanged
        gone: Counter[str] = Counter()
        paragraphs -= count_words(p.articles, gone)
        words.subtract(gone)
        counted.update(gone)
        for w in gone:
            if words[w] <= 0:
                del words[w]
    words.update(read.words)
    return words, paragraphs + read.paragraphs, counted
