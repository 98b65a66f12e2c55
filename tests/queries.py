"""The lookup query set: realistic queries over seeds/ with the articles a reader expects, judged by
reading the seed text (not by running the engine), plus queries the corpus cannot answer.

Used by tests/test_search_quality.py (ranking assertions), bench/cutoff.py (choosing the relevance
cut-off) and bench/lookup.py (the benchmark query mix). Article ids are stable hashes of file and
title; TITLES pins each id to the title it was judged against, so a changed id fails loudly.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.index.search import SearchIndex

# id → title prefix (from `memorial-bot articles`)
TITLES: dict[str, str] = {
    "097182f6": "The Chinese government has announced plans to restore memorial sites",
    "054ef6fb": "China is willing to work with Russia",
    "424ab945": "Xi Jinping and Russian President Vladimir Putin Exchange Congratulatory Messages",
    "b39d8185": "Beijing–Moscow: Marking History, Cementing Ties",
    "faecd2e1": "Xi Jinping meets the leaders of Zimbabwe, Slovakia, Congo",
    "f78fdcd6": "Venezuela unveils monument to Chinese people’s victory",
    "362ba691": "China-Vietnam relations of comrades and brothers",
    "d807680a": "China and Cuba build on the friendship",
    "ccf1d4fa": "London film retrospective pays tribute to Anna May Wong",
    "20f574be": "Xi meets Lao president",
    "c061f0a1": "China, Russia and Mongolia strengthen three-way friendship",
    "3a9fa4ed": "Xi Jinping meets leaders from Uzbekistan, Pakistan",
    "eca32116": "Kim Jong Un’s first China visit in six years",
    "5a5d8582": "Special friendship with Cambodia",
    "0e5d6094": "Xi Jinping meets leaders from Armenia, Belarus",
    "7ab1f62c": "Scottish people’s contributions to China’s war of resistance remembered",
    "dde32893": "Entrevista: Como China está construyendo el socialismo",
    "d89fdf72": "Webinar: World War Against Fascism",
    "38a7d84f": "Xi Jinping: At all times, our work must be for the people",
    "26d64f12": "Xi Jinping meets UN Secretary General",
    "9e49ddff": "Largest ever gathering of SCO family held in Tianjin",
    "e065690c": "BRICS countries seek common stand on ‘tariff wars’",
    "ac7222d4": "Shoulder to shoulder: British people’s solidarity",
    "6710eba1": "Taking inspiration from Chinese socialism",
}


@dataclass(frozen=True)
class Query:
    text: str
    best: str  # the article a reader wants first
    kind: str  # typo, name, acronym, phrase, partial, question, spanish, chinese, topic
    also: tuple[str, ...] = ()  # other articles that are fair answers too (judged, not observed)

    @property
    def relevant(self) -> frozenset[str]:
        return frozenset((self.best, *self.also))

    def rank(self, search: SearchIndex) -> int | None:
        """1-based rank of the first judged article at the default cut-off, None if absent."""
        ids = [h.article.article_id for h in search.search(self.text, limit=10)]
        return next((i + 1 for i, aid in enumerate(ids) if aid in self.relevant), None)


ANSWERED: tuple[Query, ...] = (
    # Typos (the issue's own examples, and a few more people would make)
    Query("Liddel", "7ab1f62c", "typo"),
    Query("Khabarovks", "054ef6fb", "typo"),
    Query("Lukashenka", "0e5d6094", "typo"),  # the Belarusian spelling; the text says Lukashenko
    Query("Venezula", "f78fdcd6", "typo"),
    Query("Guteres", "26d64f12", "typo"),
    Query("Tiananmen Square speech", "38a7d84f", "typo"),  # the text spells it Tienanmen
    Query("Sihamony", "5a5d8582", "typo"),
    Query("Thongloun Sisoulit", "20f574be", "typo"),
    # Names
    Query("Mnangagwa Zimbabwe", "faecd2e1", "name"),
    Query("Eric Liddell", "7ab1f62c", "name"),
    Query("Anna May Wong", "ccf1d4fa", "name"),
    Query("George Hogg", "ac7222d4", "name"),
    Query("Fidel Castro", "d807680a", "name"),
    Query("Hun Manet", "5a5d8582", "name"),
    Query("Ho Chi Minh", "362ba691", "name", also=("20f574be",)),
    Query("Liu Qibao", "054ef6fb", "name"),
    Query("Li Jinxian", "097182f6", "name"),
    Query("Shehbaz Sharif", "3a9fa4ed", "name"),
    Query("Min Aung Hlaing", "26d64f12", "name"),
    Query("Khurelsukh", "c061f0a1", "name"),
    Query("Norman Bethune", "7ab1f62c", "name"),
    Query("Radhika Desai", "d89fdf72", "name"),
    Query("Lavrov Wonsan", "097182f6", "name"),
    # Acronyms
    Query("SCO", "9e49ddff", "acronym", also=("20f574be", "0e5d6094", "26d64f12", "c061f0a1", "3a9fa4ed", "5a5d8582")),
    Query("WPK", "eca32116", "acronym"),
    Query("FOCAC", "faecd2e1", "acronym"),
    Query("BRICS", "e065690c", "acronym", also=("b39d8185",)),
    Query("Noraa", "097182f6", "acronym"),
    # Phrases
    Query("Lady from Chungking", "ccf1d4fa", "phrase"),
    Query("China Campaign Committee", "ac7222d4", "phrase"),
    Query("South Wales miners", "ac7222d4", "phrase"),
    Query("China-Laos Railway", "20f574be", "phrase"),
    Query("Minyuan Stadium", "7ab1f62c", "phrase"),
    Query("Marco Polo Bridge", "ac7222d4", "phrase"),
    Query("tariff blackmail", "e065690c", "phrase"),
    Query("congratulatory messages 75th anniversary", "424ab945", "phrase"),
    Query("pauk-phaw friendship", "26d64f12", "phrase"),
    # Partial words (a prefix of a rare word)
    Query("Mnangag", "faecd2e1", "partial"),
    Query("Pashiny", "0e5d6094", "partial"),
    Query("Sihanou", "5a5d8582", "partial"),
    Query("Khabar", "054ef6fb", "partial"),
    # Natural questions
    Query("who was the Flying Scotsman?", "7ab1f62c", "question"),
    Query("when did George Hogg die?", "ac7222d4", "question"),
    Query("what did Maduro say about China?", "f78fdcd6", "question"),
    Query("where did Eric Liddell die?", "7ab1f62c", "question"),
    Query("who visited Lev Abramov?", "054ef6fb", "question"),
    # Five articles mention the GGI; the SCO one says what it aims at, the others name it in passing.
    Query(
        "what was the Global Governance Initiative?",
        "9e49ddff",
        "question",
        also=("c061f0a1", "e065690c", "20f574be", "3a9fa4ed"),
    ),
    # The Spanish article (accents optional, as typed on any keyboard)
    Query("cómo China está construyendo el socialismo", "dde32893", "spanish"),
    Query("construyendo socialismo", "dde32893", "spanish"),
    Query("Lucha y Resiste", "dde32893", "spanish"),
    Query("Jiayuguan JISCO desierto", "dde32893", "spanish"),
    # Chinese characters: the Chinese title of the joint statement in 003_*.txt
    Query("中俄新时代全面战略协作伙伴关系", "b39d8185", "chinese"),
    Query("联合声明", "b39d8185", "chinese"),
    # Topics
    Query("Kim Jong Un Beijing visit", "eca32116", "topic"),
    Query("Venezuela monument Caracas", "f78fdcd6", "topic"),
    Query("Cambodian king queen mother", "5a5d8582", "topic"),
    Query("Young Communist League delegation", "6710eba1", "topic", also=("dde32893",)),
    Query("Dunhuang solar plant", "6710eba1", "topic"),
    Query("Putin Mongolia three-way", "c061f0a1", "topic"),
    Query("Soviet war memorials in China", "b39d8185", "topic", also=("097182f6", "054ef6fb")),
    Query("Olympic 400 metres gold", "7ab1f62c", "topic"),
)

# Queries the corpus has nothing on. Several share one word with it on purpose ("weather" in
# "all-weather", "price" in "paid an enormous price", "food", "hotel", "Paris", "Chinese"), so the
# cut-off is tested against partial matches, not only against words the corpus never uses.
UNANSWERED: tuple[str, ...] = (
    "bitcoin price",
    "pizza recipe",
    "weather forecast",
    "football world cup final score",
    "how to install python",
    "stock market crash",
    "best smartphone 2024",
    "taylor swift concert tickets",
    "vegan lasagna",
    "quantum computing",
    "mortgage interest rates",
    "dog training tips",
    "netflix series recommendations",
    "iphone battery replacement",
    "chinese food recipe",
    "hotel booking in paris",
    "electric car charging",
    "covid vaccine side effects",
    "learn japanese anime drawing",
    "cheap flights to london",
)


# -- scoring helpers (shared by the tests and bench/cutoff.py, bench/lookup.py) ---------------------


@dataclass(frozen=True)
class SetScore:
    """How one engine did on one query set, at its default cut-off."""

    answered: int
    unanswered: int
    p_at_1: float
    mrr: float  # over the top 10; a miss counts 0
    top3: float  # share of answerable queries with a judged article in the top 3
    no_answer: float  # share of unanswerable queries that got nothing
    misses: tuple[str, ...]  # answerable queries whose judged article is not first
    wrong: tuple[str, ...]  # unanswerable queries that got an answer

    def line(self) -> str:
        return (
            f"P@1 {self.p_at_1:.3f}  MRR {self.mrr:.3f}  top-3 {self.top3:.3f}  no-answer {self.no_answer:.3f}"
            f"  ({self.answered} answerable, {self.unanswered} unanswerable)"
        )


def ranks_of(results: dict[str, list[str]], answered: tuple[Query, ...]) -> dict[Query, int | None]:
    """1-based rank of the first judged article in each query's result ids (None when absent)."""
    return {
        q: next((i + 1 for i, aid in enumerate(results.get(q.text, [])) if aid in q.relevant), None) for q in answered
    }


def score_results(results: dict[str, list[str]], answered: tuple[Query, ...], unanswered: tuple[str, ...]) -> SetScore:
    """Score any engine from its result ids per query text (best first; [] = "nothing found")."""
    ranks = ranks_of(results, answered)
    n = max(len(answered), 1)
    return SetScore(
        answered=len(answered),
        unanswered=len(unanswered),
        p_at_1=sum(1 for r in ranks.values() if r == 1) / n,
        mrr=sum(1 / r for r in ranks.values() if r) / n,
        top3=sum(1 for r in ranks.values() if r is not None and r <= 3) / n,
        no_answer=sum(1 for t in unanswered if not results.get(t)) / max(len(unanswered), 1),
        misses=tuple(
            f"{q.kind}:{q.text!r} judged {sorted(q.relevant)} -> rank {r}" for q, r in ranks.items() if r != 1
        ),
        wrong=tuple(f"{t!r} -> {results[t][:3]}" for t in unanswered if results.get(t)),
    )


def score_set(search: SearchIndex, answered: tuple[Query, ...], unanswered: tuple[str, ...]) -> SetScore:
    """Score memorial-bot's index on a query set at the default cut-off (top 10 per query)."""
    results = {
        text: [h.article.article_id for h in search.search(text, limit=10)]
        for text in [q.text for q in answered] + list(unanswered)
    }
    return score_results(results, answered, unanswered)


def copy_folders(root: Path, dest: Path, dirs: tuple[str, ...], subdirs: tuple[str, ...]) -> Path:
    """Copy `dirs` (relative to the project `root`) into `dest` under `subdirs`: the one corpus a
    blind set's new-document queries were judged on (article ids depend on these relative paths)."""
    for src, sub in zip(dirs, subdirs, strict=True):
        shutil.copytree(root / src, dest / sub)
    return dest
