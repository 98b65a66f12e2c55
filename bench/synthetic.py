"""Synthetic corpora for the benchmark, grown from the seed text.

Paragraphs are drawn from the seeds with a seeded RNG; about a third of the capitalised words
(names, places, organisations) and every number are replaced, so the vocabulary keeps growing
with the corpus the way a real news archive's does (new people, places and dates), instead of
repeating the seeds' 6,000 words. Output is Markdown (`# Title` per article), so the benchmark
measures the real ingestion path too.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from bot.corpus import load_corpus
from bot.index.search import windows

SEED = 20250903
ARTICLES_PER_FILE = 200
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "zhen",
    "dra",
    "vor",
    "tan",
    "el",
    "ri",
    "su",
    "ba",
    "no",
    "ke",
    "sha",
    "lin",
    "gor",
    "mar",
    "te",
    "vi",
    "hu",
    "an",
    "ol",
    "da",
    "pe",
    "qi",
    "ro",
    "yu",
    "za",
    "be",
    "cha",
    "di",
    "fen",
    "go",
    "ha",
    "ji",
    "kro",
    "lu",
    "mo",
    "nu",
    "pa",
    "que",
    "sto",
    "tra",
    "ur",
    "ve",
    "wen",
    "xia",
    "yan",
    "zo",
]
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NUMBER = re.compile(r"\b\d+\b")


class _Names:
    """A growing pool of made-up names: reuse is Zipf-like (recent and popular names come back),
    and a fixed share of draws mints a new name, so distinct names grow with the corpus."""

    def __init__(self, rng: random.Random, new_share: float = 0.35) -> None:
        self.rng = rng
        self.pool: list[str] = []
        self.new_share = new_share

    def draw(self) -> str:
        if not self.pool or self.rng.random() < self.new_share:
            n = self.rng.choice((2, 2, 3, 3, 4))
            name = "".join(self.rng.choice(_SYLLABLES) for _ in range(n)).capitalize()
            self.pool.append(name)
            return name
        # Favour the recent end of the pool: names recur within a period of coverage.
        i = len(self.pool) - 1 - int(self.rng.paretovariate(1.2)) % len(self.pool)
        return self.pool[i]


def seed_material(seeds: Path) -> tuple[list[str], list[str]]:
    corpus = load_corpus(seeds)
    titles = [a.title for a in corpus.articles]
    paragraphs = [p.text for a in corpus.articles for p in a.paragraphs]
    return titles, paragraphs


def generate(
    seeds: Path, out_dir: Path, passages: int, seed: int = SEED, articles_per_file: int = ARTICLES_PER_FILE
) -> int:
    """Write Markdown files under `out_dir` holding about `passages` passages (as the index counts
    them: one per title plus one per paragraph window). Returns the exact count written."""
    rng = random.Random(seed)
    names = _Names(rng)
    titles, paragraphs = seed_material(seeds)

    def vary(text: str) -> str:
        text = _CAPITALISED.sub(lambda m: names.draw() if rng.random() < 0.35 else m.group(), text)
        return _NUMBER.sub(lambda m: str(rng.randrange(1, 10 ** len(m.group()))), text)

    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    file_no = 0
    buf: list[str] = []
    in_file = 0
    while count < passages:
        title = vary(rng.choice(titles)).replace("\n", " ")
        buf.append(f"# {title}\n")
        count += 1
        for _ in range(rng.randint(4, 14)):
            if count >= passages:
                break
            para = vary(rng.choice(paragraphs))
            if para.startswith("#"):
                para = para.lstrip("#").strip()
            buf.append(para + "\n")
            count += len(windows(para))
        in_file += 1
        if in_file >= articles_per_file:
            (out_dir / f"synthetic_{file_no:04d}.md").write_text("\n".join(buf), encoding="utf-8")
            file_no, in_file, buf = file_no + 1, 0, []
    if buf:
        (out_dir / f"synthetic_{file_no:04d}.md").write_text("\n".join(buf), encoding="utf-8")
    return count
