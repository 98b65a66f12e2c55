"""Incremental updates, in one process (issue 15): a cold build, then the update after one changed
file, three times: a paragraph that dates nothing (only that file's articles are worked out again),
another one (a running bot's later reloads), then a sentence that dates something (the finder's
word counts change, so every article that looked a base year up asks its lookups again). Then a
restart that opens the persisted index.

Each update is timed to the new index, as `/reload` swaps it in; its write to the data directory
follows in the background and is timed by its own log line. Every build keeps its parts in memory,
as a bot that reloads does (`keep_parts`: `/reload`, SIGHUP, `run` with MEMORIAL_WATCH), so each
update starts from the last build's parts and passage index, not from the parts file. The last
index is held while the next is built, as a bot serves it while it reloads. The `bot.index` log
lines give each step's seconds. Each step also prints this process's peak RSS so far
(`ru_maxrss`: it only grows, so a later step's figure includes the earlier steps' peaks).

Run: .venv/bin/python bench/update.py [--size 100000]
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.blackbox import ARTICLES_PER_FILE  # noqa: E402
from bench.synthetic import generate  # noqa: E402
from bot.index.build import build_index, wait_persisted  # noqa: E402


def _edit(corpus: Path, line: str) -> None:
    """A new first paragraph in the first article of the file in the middle of the corpus."""
    files = sorted(corpus.glob("*.md"))
    f = files[len(files) // 2]
    head, _, rest = f.read_text(encoding="utf-8").partition("\n")
    f.write_text(f"{head}\n{line}\n{rest}", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="    %(message)s")
    logging.getLogger("bot.corpus").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="memorial-update-") as tmp:
        corpus, data = Path(tmp) / "corpus", Path(tmp) / "data"
        passages = generate(ROOT / "seeds", corpus, args.size, articles_per_file=ARTICLES_PER_FILE)
        print(f"{passages:,} passages in {len(list(corpus.glob('*.md'))):,} files", flush=True)
        steps = [
            ("cold build (and its write)", None, False),
            (
                "update: a paragraph that dates nothing",
                "A new paragraph about Zanzibar harbour, for the benchmark.",
                True,
            ),
            (
                "update again: another paragraph that dates nothing",
                "Another new paragraph, about the Pemba ferry, for the benchmark.",
                True,
            ),
            ("update: a sentence that dates something", "The Zanzibar harbour reopened on 3 May 1961.", True),
            ("restart: open the persisted index", None, False),
        ]
        serving: list[object] = []  # the last index, held while the next is built, as a bot serves it
        for name, line, later in steps:
            if line is not None:
                _edit(corpus, line)
            started = time.perf_counter()
            serving[:] = [build_index(corpus, data_dir=data, persist_later=later, keep_parts=True)]
            seconds = time.perf_counter() - started
            wait_persisted()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"{name}: {seconds:.2f} s (peak RSS so far {peak} MB)", flush=True)


if __name__ == "__main__":
    main()
