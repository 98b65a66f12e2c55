"""In-memory passage index: BM25 over an inverted index, with typo and prefix expansion of query
terms, and a relevance cut-off based on how much of the query a passage actually covers.

Why not SQLite FTS5 or tantivy: see README "Lookups" and bench/lookup.py. In
short, BM25 scoring is vectorised over numpy posting arrays (frequent words cost a few vector
operations, not a scan), and typo tolerance takes candidates from a bigram index of the vocabulary
and confirms them with rapidfuzz's edit distance, so the whole query path stays in memory and
under 10 ms at p99 at 100,000 passages, with a relevance cut-off the other engines do not have.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from array import array
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.corpus import Article, Corpus
from bot.index.textnorm import STOPWORDS, is_cjk, normalize, terms, word_spans, words
from bot.replies import Inline, Span

K1 = 1.2
B = 0.75
WINDOW_WORDS = 90  # long paragraphs are cut into overlapping windows of about this many words
WINDOW_STEP = 60
TITLE_BOOST = 1.6
PHRASE_BOOST = 1.5
# Weights of expanded terms relative to an exact match.
PREFIX_WEIGHT = 0.75
INFLECTION_WEIGHT = 0.85  # the query word plus an inflection ending: venezuela → venezuelan(s)
# Endings that make an inflected or derived form (English, plus the Spanish gender/number endings).
INFLECTIONS = frozenset(
    [
        "s",
        "es",
        "ed",
        "d",
        "ing",
        "er",
        "ers",
        "ly",
        "n",
        "an",
        "ans",
        "ian",
        "ians",
        "ese",
        "ism",
        "ist",
        "ists",
        "al",
        "ic",
        "a",
        "o",
        "as",
        "os",
        "cion",
        "ciones",
    ]
)
PARTIAL_MIN_CHARS = 4  # a query word must have this many letters to match as a partial word
TYPO_WEIGHT = {1: 0.8, 2: 0.6}
# A result must cover at least this share of the query's information (idf mass). Chosen by
# measurement on tests/queries.py: see README "Relevance cut-off".
MIN_COVERAGE = 0.55
SNIPPET_CHARS = 260
TYPO_MIN_CHARS = 4  # shorter words are too ambiguous to correct (and acronyms must match exactly)
TYPO_MAX_CANDIDATES = 12


def _bigrams(term: str) -> set[str]:
    padded = f"^{term}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


_NOISE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>|\bhttps?://\S*")


@dataclass(frozen=True, slots=True)
class Passage:
    article: int  # index into SearchIndex.articles
    line: int
    text: str
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article: Article
    score: float
    coverage: float
    line: int
    snippet: Inline
    matched_passages: int


@dataclass(frozen=True, slots=True)
class _QueryTerm:
    term: str
    idf: float
    expansions: tuple[tuple[int, float], ...]  # (term id, weight)


def windows(text: str) -> list[str]:
    """Split a long paragraph into overlapping word windows so one huge paragraph neither wins
    every query by sheer length nor hides a match far from its snippet."""
    words = text.split()
    if len(words) <= WINDOW_WORDS:
        return [text]
    out = []
    for start in range(0, len(words), WINDOW_STEP):
        out.append(" ".join(words[start : start + WINDOW_WORDS]))
        if start + WINDOW_WORDS >= len(words):
            break
    return out


def passages_of(articles: Sequence[Article]) -> list[Passage]:
    out: list[Passage] = []
    for ai, a in enumerate(articles):
        out.append(Passage(ai, a.line_start, a.title, is_title=True))
        for p in a.paragraphs:
            out.extend(Passage(ai, p.line, w) for w in windows(p.text))
    return out


class SearchIndex:
    """Built once at start-up from a corpus; read-only afterwards (safe to share between tasks)."""

    def __init__(self, articles: Sequence[Article], passages: Sequence[Passage]) -> None:
        self.articles = tuple(articles)
        self.passages = tuple(passages)
        n = len(self.passages)
        # Tokens of all passages go into one flat array of term ids; one sort then yields every
        # posting list with its term frequencies (far faster than per-term Python lists).
        vocab: defaultdict[str, int] = defaultdict(itertools.count().__next__)  # new term → next id
        flat = array("i")
        lengths = np.zeros(n, dtype=np.float32)
        for pid, p in enumerate(self.passages):
            toks = terms(p.text)
            lengths[pid] = len(toks)
            flat.extend(map(vocab.__getitem__, toks))
        self._vocab: dict[str, int] = dict(vocab)  # a plain dict again: lookups must not add terms
        v = len(vocab)
        tids = np.frombuffer(flat, dtype=np.int32).astype(np.int64)
        pids = np.repeat(np.arange(n, dtype=np.int64), lengths.astype(np.int64))
        keys, tf_all = np.unique(tids * max(n, 1) + pids, return_counts=True)
        post_tid = keys // max(n, 1)
        post_pid = (keys - post_tid * max(n, 1)).astype(np.int32)
        bounds = np.searchsorted(post_tid, np.arange(v + 1))
        avgdl = float(lengths.mean()) if n else 1.0
        norm = K1 * (1 - B + B * lengths / max(avgdl, 1.0))
        boost = np.array([TITLE_BOOST if p.is_title else 1.0 for p in self.passages], dtype=np.float32)
        tf = tf_all.astype(np.float32)
        impact = (tf * (K1 + 1) / (tf + norm[post_pid]) * boost[post_pid]).astype(np.float32)
        # Per-term views into the two flat arrays (no copies).
        self._ids: list[np.ndarray] = [post_pid[bounds[i] : bounds[i + 1]] for i in range(v)]
        self._impact: list[np.ndarray] = [impact[bounds[i] : bounds[i + 1]] for i in range(v)]
        self._df = np.diff(bounds).astype(np.float32)
        self._idf = np.log(1 + (n - self._df + 0.5) / (self._df + 0.5)).astype(np.float32)
        self._max_idf = float(math.log(1 + (n + 0.5) / 0.5))
        self._terms = list(self._vocab)
        self._sorted_terms = sorted(self._vocab)
        self._build_typo_index()
        self._article_of = np.array([p.article for p in self.passages], dtype=np.int32)
        self._expansion_cache: OrderedDict[str, tuple[tuple[int, float], ...]] = OrderedDict()

    def _build_typo_index(self) -> None:
        """Bigram index of the vocabulary, for typo candidates: a word within edit distance d of the
        query word shares all but at most 3·d of its distinct padded bigrams (an adjacent swap
        breaks 3), so only words passing that count and the length window reach the exact
        edit-distance check, instead of a scan of the whole vocabulary."""
        fuzzy = [t for t in self._sorted_terms if len(t) >= TYPO_MIN_CHARS and not is_cjk(t) and not t.isdigit()]
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(fuzzy):
            for g in _bigrams(t):
                postings[g].append(i)
        self._fuzzy_terms = fuzzy
        self._fuzzy_tids = np.array([self._vocab[t] for t in fuzzy], dtype=np.int32)
        self._fuzzy_len = np.array([len(t) for t in fuzzy], dtype=np.int16)
        self._gram_post = {g: np.array(ids, dtype=np.int32) for g, ids in postings.items()}

    def _typo_candidates(self, term: str, max_d: int) -> list[tuple[str, int]]:
        """(vocabulary word, edit distance) pairs within `max_d` of `term`, closest first."""
        grams = _bigrams(term)
        lists = [self._gram_post[g] for g in grams if g in self._gram_post]
        need = len(grams) - 3 * max_d
        if not lists or need > len(lists):
            return []
        counts = np.bincount(np.concatenate(lists), minlength=len(self._fuzzy_terms))
        ok = (counts >= max(need, 1)) & (np.abs(self._fuzzy_len - len(term)) <= max_d)
        cands = [self._fuzzy_terms[i] for i in np.flatnonzero(ok)]
        found = process.extract(term, cands, scorer=OSA.distance, score_cutoff=max_d, limit=TYPO_MAX_CANDIDATES)
        return [(cand, int(dist)) for cand, dist, _ in found]

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> SearchIndex:
        return cls(corpus.articles, passages_of(corpus.articles))

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocab)

    # -- query side ---------------------------------------------------------------------------

    def _expand(self, term: str) -> tuple[tuple[int, float], ...]:
        cached = self._expansion_cache.get(term)
        if cached is not None:
            self._expansion_cache.move_to_end(term)
            return cached
        out: dict[int, float] = {}
        tid = self._vocab.get(term)
        if tid is not None:
            out[tid] = 1.0
        if not is_cjk(term) and not term.isdigit() and len(term) >= 3:
            # Inflections and partial words share the query word as a prefix. A bare prefix of
            # fewer than 4 letters says too little ("car" → carbon, caring, carry), so short
            # words only take inflection endings.
            lo = bisect.bisect_left(self._sorted_terms, term)
            hi = bisect.bisect_left(self._sorted_terms, term + "\uffff")
            extra = self._sorted_terms[lo:hi]
            if tid is not None or len(term) < PARTIAL_MIN_CHARS:
                extra = [t for t in extra if t[len(term) :] in INFLECTIONS]
            extra.sort(key=lambda t: -self._df[self._vocab[t]])
            for t in extra[:20]:
                if t != term:
                    w = INFLECTION_WEIGHT if t[len(term) :] in INFLECTIONS else PREFIX_WEIGHT
                    out.setdefault(self._vocab[t], w)
        if tid is None and len(term) >= 4 and not is_cjk(term) and not term.isdigit():
            max_d = 1 if len(term) <= 6 else 2
            for cand, dist in self._typo_candidates(term, max_d):
                w = TYPO_WEIGHT.get(dist, 0.0)
                tid2 = self._vocab[cand]
                if w > out.get(tid2, 0.0):
                    out[tid2] = w
        result = tuple(sorted(out.items(), key=lambda kv: -kv[1]))[:24]
        self._expansion_cache[term] = result
        if len(self._expansion_cache) > 4096:
            self._expansion_cache.popitem(last=False)
        return result

    def _query_terms(self, query: str) -> list[_QueryTerm]:
        # Pasted markup ("<b>Liddell</b>") and links are not what anyone searches for; nor is a stray letter,
        # which would otherwise count as an unknown word against the query's coverage.
        raw = terms(_NOISE.sub(" ", query))
        content = [t for t in raw if t not in STOPWORDS and not (len(t) == 1 and t.isascii() and t.isalpha())]
        chosen = content or raw
        seen: set[str] = set()
        out: list[_QueryTerm] = []
        for t in chosen:
            if t in seen:
                continue
            seen.add(t)
            exp = self._expand(t)
            tid = self._vocab.get(t)
            if tid is not None:
                idf = float(self._idf[tid])
            elif exp:
                idf = max(float(self._idf[i]) for i, _ in exp)
            else:
                idf = self._max_idf  # a word the corpus has never seen: it counts fully against coverage
            out.append(_QueryTerm(t, idf, exp))
        return out

    def search(self, query: str, *, limit: int = 10, min_coverage: float = MIN_COVERAGE) -> list[ArticleHit]:
        """Best articles for `query`, best first; [] when nothing covers enough of the query."""
        qterms = self._query_terms(query)
        if not qterms or not self.passages:
            return []
        n = len(self.passages)
        scores = np.zeros(n, dtype=np.float32)
        covered = np.zeros(n, dtype=np.float32)
        total_idf = sum(q.idf for q in qterms)
        touched: list[np.ndarray] = []
        for q in qterms:
            if len(q.expansions) == 1:
                tid, w = q.expansions[0]
                ids = self._ids[tid]
                scores[ids] += self._impact[tid] * (w * q.idf)
                covered[ids] += q.idf * w
                touched.append(ids)
                continue
            # Several expansions of one query word: a passage gets the best of them, not the sum,
            # so "venezuela" does not count twice in a passage that also says "venezuelan".
            best = np.zeros(n, dtype=np.float32)
            best_w = np.zeros(n, dtype=np.float32)
            for tid, w in q.expansions:
                ids = self._ids[tid]
                best[ids] = np.maximum(best[ids], self._impact[tid] * (w * q.idf))
                best_w[ids] = np.maximum(best_w[ids], w)
                touched.append(ids)
            scores += best
            covered += best_w * q.idf
        if not touched:
            return []
        cand = np.flatnonzero(covered)  # every touched passage has covered > 0 (idf and weights are > 0)
        coverage = covered[cand] / max(total_idf, 1e-6)
        keep = coverage >= min_coverage
        cand, coverage = cand[keep], coverage[keep]
        if cand.size == 0:
            return []
        cand_scores = scores[cand] * (0.5 + 0.5 * np.minimum(coverage, 1.0))
        top_n = min(cand.size, max(limit * 8, 64))
        order = np.argpartition(-cand_scores, top_n - 1)[:top_n] if cand.size > top_n else np.arange(cand.size)
        top = sorted(((float(cand_scores[i]), int(cand[i]), float(coverage[i])) for i in order), reverse=True)
        top = self._phrase_boost(query, qterms, top)
        return self._group(top, qterms, limit)

    def _phrase_boost(
        self, query: str, qterms: list[_QueryTerm], top: list[tuple[float, int, float]]
    ) -> list[tuple[float, int, float]]:
        """Passages containing the query words consecutively (a name, a title) rank first.

        Only passages holding every query word can hold the phrase (coverage 1), and the test is one
        regex search over the passage's normalised text, so this stays cheap for common words."""
        pattern = phrase_pattern(query)
        if pattern is None:
            return top
        out = []
        for score, pid, cov in top:
            hit = cov >= 0.999 and pattern.search(normalize(self.passages[pid].text)) is not None
            out.append((score * PHRASE_BOOST if hit else score, pid, cov))
        out.sort(reverse=True)
        return out

    def _group(self, top: list[tuple[float, int, float]], qterms: list[_QueryTerm], limit: int) -> list[ArticleHit]:
        groups: dict[int, list[tuple[float, int, float]]] = {}
        for item in top:
            groups.setdefault(self.passages[item[1]].article, []).append(item)
        ranked = sorted(
            ((items[0][0] + 0.1 * sum(s for s, _, _ in items[1:4]), ai, items) for ai, items in groups.items()),
            key=lambda g: -g[0],
        )[:limit]
        # Snippets only for the articles returned: marking words is the costliest step per result.
        matched = {self._terms[tid] for q in qterms for tid, _ in q.expansions}
        hits = []
        for score, ai, items in ranked:
            best_cov = items[0][2]
            body = next((pid for _, pid, _ in items if not self.passages[pid].is_title), None)
            article = self.articles[ai]
            if body is None:
                # Only the title matched: show the opening paragraph.
                text, line = (
                    (article.paragraphs[0].text, article.paragraphs[0].line)
                    if article.paragraphs
                    else (article.title, article.line_start)
                )
            else:
                text, line = self.passages[body].text, self.passages[body].line
            hits.append(
                ArticleHit(
                    article=article,
                    score=round(score, 4),
                    coverage=round(min(best_cov, 1.0), 3),
                    line=line,
                    snippet=snippet(text, matched),
                    matched_passages=len(items),
                )
            )
        return hits


_PHRASE_GAP = r"[\W_]+(?:[^\W\d_]{1,4}[\W_]+){0,2}"  # punctuation and up to two short words ("of the")


def phrase_pattern(query: str) -> re.Pattern[str] | None:
    """A regex finding the query's content words in order, in normalised text; None for one word
    (a single CJK run of 3+ characters counts as a phrase: its characters must stay together)."""
    ws = [w for w in words(query) if w not in STOPWORDS]
    if not ws or (len(ws) == 1 and not (is_cjk(ws[0]) and len(ws[0]) >= 3)):
        return None
    parts = [re.escape(w) if is_cjk(w) else rf"(?<![^\W_]){re.escape(w)}(?![^\W_])" for w in ws]
    return re.compile(_PHRASE_GAP.join(parts))


_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")


def _marked_spans(text: str, matched: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the words of `text` whose search term is in `matched`."""
    if not _NON_ASCII_WORD_CHAR.search(text) and all(t.isascii() for t in matched):
        # Plain-ASCII words: one case-insensitive regex pass finds them (snippets are on the hot path).
        rx = re.compile(
            r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(matched, key=len, reverse=True))) + r")(?![^\W_])",
            re.IGNORECASE,
        )
        return [m.span() for m in rx.finditer(text)] if matched else []
    return [(s, e) for s, e, ts in word_spans(text) if any(t in matched for t in ts)]


def snippet(text: str, matched: Iterable[str], max_chars: int = SNIPPET_CHARS) -> Inline:
    """A window of `text` around the first matched word, matched words marked."""
    spans = _marked_spans(text, set(matched))
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
