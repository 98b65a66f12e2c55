"""Black-box start-up benchmark: `memorial-bot search --json -` timed end to end, as an operator sees
it (issue 15). `bench/lookup.py --black-box` runs it; it can also run on its own.

Per size it writes the synthetic corpus to files (bench/synthetic.py, 100 passages a file) and a
fresh data directory, then times, each in its own process:

* first start: process start → first answer, on a data directory without a persisted index;
* restart: the same again, corpus unchanged (opens the persisted index when there is one);
* changed file: one corpus file rewritten, then a start → first answer;
* lookups: the query mix (bench/lookup.py QUERY_MIX) sent one line at a time over the pipe, each
  timed from write to answer (so pipe and JSON costs are included), PASSES times, on the restart;
* peak RSS: the largest ru_maxrss of those processes (the builds), and the restart's own.

tantivy with fuzzy terms runs in the same run on the same passages (bench/lookup.py's worker), for
its build time and per-query p99.

Run: .venv/bin/python bench/blackbox.py [--sizes 10000,100000] [--no-tantivy]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lookup import PASSES, QUERY_MIX  # noqa: E402
from bench.lookup import run as run_worker  # noqa: E402

# The code under test: this checkout, or (MEMORIAL_BENCH_SRC) another one, e.g. the code before a change.
SRC = os.environ.get("MEMORIAL_BENCH_SRC", str(ROOT))
ARTICLES_PER_FILE = 10  # ~10 passages an article: 100,000 passages → ~1,000 files, as in the issue


def _start(corpus: Path, data: Path, queries: list[str]) -> dict:
    """One process: seconds to the first answer, then each later query's latency, and its peak RSS."""
    env = {**os.environ, "MEMORIAL_DATA_DIR": str(data), "MEMORIAL_LOG_LEVEL": "WARNING", "PYTHONPATH": SRC}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "adapters.cli", "search", "--json", "-", "--corpus", str(corpus)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=SRC,
        bufsize=1,
    )
    assert proc.stdin is not None and proc.stdout is not None
    lat: list[float] = []
    first = 0.0
    for i, q in enumerate(queries):
        s = time.perf_counter()
        proc.stdin.write(q.replace("\n", " ") + "\n")
        proc.stdin.flush()
        if not proc.stdout.readline():
            raise RuntimeError("memorial-bot search stopped early")
        if i == 0:
            first = time.perf_counter() - t0
        else:
            lat.append((time.perf_counter() - s) * 1000)
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    lat.sort()
    p99 = lat[min(len(lat) - 1, round(0.99 * (len(lat) - 1)))] if lat else 0.0
    p50 = lat[len(lat) // 2] if lat else 0.0
    return {"first_s": first, "p99_ms": p99, "p50_ms": p50, "rss_mb": usage.ru_maxrss / 1024}


def _change_one_file(corpus: Path) -> None:
    """Rewrite one file in the middle of the corpus: one new paragraph in its first article."""
    files = sorted(corpus.glob("*.md"))
    f = files[len(files) // 2]
    text = f.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n")
    f.write_text(f"{head}\nA new paragraph about Zanzibar harbour, written for the benchmark.\n{rest}", "utf-8")


def measure(size: int, tmp: Path, tantivy: bool) -> dict:
    from bench.synthetic import generate

    corpus, data = tmp / f"corpus-{size}", tmp / f"data-{size}"
    passages = generate(ROOT / "seeds", corpus, size, articles_per_file=ARTICLES_PER_FILE)
    files = len(list(corpus.glob("*.md")))
    one = [QUERY_MIX[0]]
    first = _start(corpus, data, one)
    again = _start(corpus, data, [QUERY_MIX[0], *(list(QUERY_MIX) * PASSES)])
    _change_one_file(corpus)
    changed = _start(corpus, data, one)
    out = {
        "size": size,
        "passages": passages,
        "files": files,
        "first_s": first["first_s"],
        "restart_s": again["first_s"],
        "changed_s": changed["first_s"],
        "p50_ms": again["p50_ms"],
        "p99_ms": again["p99_ms"],
        "rss_mb": max(first["rss_mb"], again["rss_mb"], changed["rss_mb"]),
        "restart_rss_mb": again["rss_mb"],
    }
    if tantivy:
        t = run_worker("tantivy", corpus, 1, False)
        out["tantivy_build_s"] = t.get("index_s", float("nan"))
        out["tantivy_p99_ms"] = t.get("p99_ms", float("nan"))
    return out


def fmt(r: dict) -> str:
    tan = f"{r['tantivy_build_s']:.2f} / {r['tantivy_p99_ms']:.2f}" if "tantivy_p99_ms" in r else "–"
    return (
        f"| {r['passages']:,} ({r['files']:,} files) | {r['first_s']:.2f} | {r['restart_s']:.2f} | "
        f"{r['changed_s']:.2f} | {r['p50_ms']:.2f} / {r['p99_ms']:.2f} | "
        f"{r['rss_mb']:.0f} / {r['restart_rss_mb']:.0f} | {tan} |"
    )


HEADER = (
    "| passages | first start s | restart s | after one changed file s | p50 / p99 ms | peak RSS MB (any / restart) "
    "| tantivy+fuzzy build s / p99 ms |\n|---|---|---|---|---|---|---|"
)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--no-tantivy", action="store_true")
    args = ap.parse_args(argv)
    print(f"query mix: {len(QUERY_MIX)} queries × {PASSES} passes over the pipe, after the first answer")
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory(prefix="memorial-blackbox-") as tmp:
        for size in args.sizes.split(","):
            print(fmt(measure(int(size), Path(tmp), not args.no_tantivy)), flush=True)


if __name__ == "__main__":
    main()
