"""Choose the relevance cut-off (bot.index.search.MIN_COVERAGE) by measurement on the query set.

Each query is a yes/no decision: answer (some article passes the cut-off) or say "nothing found".
An answerable query counts as a true positive only when a judged article is among the top 3, so a
cut-off that lets a wrong article through is not rewarded. The sweep prints, per threshold:

- recall:    answerable queries answered with a judged article in the top 3
- precision: answers given that were right (answerable query, judged article in the top 3)
- no-answer: unanswerable queries correctly answered with nothing

and the coverage margin: the lowest coverage of a judged article among the answerable queries
against the highest coverage of anything returned for an unanswerable one.

With --heldout it runs on tests/queries_heldout.py instead: queries written after the cut-off and the
expansion rules were tuned, never used to tune them, so its figures are out-of-sample. It also
prints P@1 / MRR at MIN_COVERAGE and every query that misses there.

Run: .venv/bin/python bench/cutoff.py [--heldout]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.corpus import load_corpus  # noqa: E402
from bot.index.search import MIN_COVERAGE, SearchIndex  # noqa: E402
from tests import queries, queries_heldout  # noqa: E402
from tests.queries import Query  # noqa: E402

TOP_K = 3


def sweep(
    index: SearchIndex, thresholds: list[float], answered_q: Sequence[Query], unanswered_q: Sequence[str]
) -> list[dict[str, float]]:
    # One search per query with no cut-off; a threshold then keeps the hits whose coverage passes.
    answered = [(q, index.search(q.text, limit=10, min_coverage=0.0)) for q in answered_q]
    unanswered = [index.search(q, limit=10, min_coverage=0.0) for q in unanswered_q]
    rows = []
    for t in thresholds:
        tp = fp = fn = 0
        for q, hits in answered:
            kept = [h for h in hits if h.coverage >= t]
            if not kept:
                fn += 1
            elif any(h.article.article_id in q.relevant for h in kept[:TOP_K]):
                tp += 1
            else:
                fp += 1  # answered, but with the wrong articles
        silent = sum(1 for hits in unanswered if not any(h.coverage >= t for h in hits))
        fp += len(unanswered) - silent
        rows.append(
            {
                "threshold": t,
                "recall": tp / len(answered),
                "precision": tp / (tp + fp) if tp + fp else 1.0,
                "no_answer": silent / len(unanswered),
                "accuracy": (tp + silent) / (len(answered) + len(unanswered)),
            }
        )
    return rows


def margin(
    index: SearchIndex, answered_q: Sequence[Query], unanswered_q: Sequence[str]
) -> tuple[float, str, float, str]:
    """(lowest judged coverage, its query, highest no-answer coverage, its query)."""
    low, low_q = 2.0, ""
    for q in answered_q:
        hits = index.search(q.text, limit=10, min_coverage=0.0)
        cov = max((h.coverage for h in hits if h.article.article_id in q.relevant), default=0.0)
        if cov < low:
            low, low_q = cov, q.text
    high, high_q = 0.0, ""
    for text in unanswered_q:
        cov = max((h.coverage for h in index.search(text, limit=10, min_coverage=0.0)), default=0.0)
        if cov > high:
            high, high_q = cov, text
    return low, low_q, high, high_q


def ranking_at_cutoff(
    index: SearchIndex, answered_q: Sequence[Query], unanswered_q: Sequence[str]
) -> tuple[float, float, list[str], list[str]]:
    """P@1, MRR (over the top 10) at the default cut-off, the answerable misses, the unanswerable hits."""
    rr, p1, misses = 0.0, 0, []
    for q in answered_q:
        hits = index.search(q.text, limit=10)
        ids = [h.article.article_id for h in hits]
        rank = next((i + 1 for i, aid in enumerate(ids) if aid in q.relevant), None)
        if rank:
            rr += 1 / rank
        p1 += rank == 1
        if rank != 1:
            top = f"{hits[0].article.article_id} cov {hits[0].coverage:.2f}" if hits else "nothing"
            misses.append(f"{q.kind}:{q.text!r} judged {sorted(q.relevant)} -> rank {rank} (first: {top})")
    wrong = []
    for text in unanswered_q:
        hits = index.search(text, limit=10)
        if hits:
            wrong.append(f"{text!r} -> {hits[0].article.article_id} cov {hits[0].coverage:.2f}")
    return p1 / len(answered_q), rr / len(answered_q), misses, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="use tests/queries_heldout.py (out-of-sample)")
    opts = parser.parse_args()
    qset = queries_heldout if opts.heldout else queries
    answered_q, unanswered_q = qset.ANSWERED, qset.UNANSWERED
    index = SearchIndex.from_corpus(load_corpus(ROOT / "seeds"))
    thresholds = [round(0.05 * i, 2) for i in range(21)]
    rows = sweep(index, thresholds, answered_q, unanswered_q)
    print(f"query set: {'tests/queries_heldout.py (held out)' if opts.heldout else 'tests/queries.py (tuning set)'}")
    print(
        f"{len(answered_q)} answerable queries, {len(unanswered_q)} unanswerable; right = judged article in top {TOP_K}"
    )
    print(f"{'min_coverage':>12} {'recall':>7} {'precision':>9} {'no-answer':>9} {'accuracy':>8}")
    for r in rows:
        mark = "  <- MIN_COVERAGE" if abs(r["threshold"] - MIN_COVERAGE) < 0.026 else ""
        print(
            f"{r['threshold']:>12.2f} {r['recall']:>7.3f} {r['precision']:>9.3f} {r['no_answer']:>9.3f}"
            f" {r['accuracy']:>8.3f}{mark}"
        )
    best = max(r["accuracy"] for r in rows)
    plateau = [r["threshold"] for r in rows if r["accuracy"] == best]
    low, low_q, high, high_q = margin(index, answered_q, unanswered_q)
    print(f"best accuracy {best:.3f} for thresholds {plateau[0]:.2f}..{plateau[-1]:.2f}")
    print(f"lowest coverage of a judged answer: {low:.3f} ({low_q!r})")
    print(f"highest coverage on a no-answer query: {high:.3f} ({high_q!r})")
    print(f"midpoint of the gap: {(low + high) / 2:.3f}; MIN_COVERAGE = {MIN_COVERAGE}")
    p1, mrr, misses, wrong = ranking_at_cutoff(index, answered_q, unanswered_q)
    print(f"at MIN_COVERAGE = {MIN_COVERAGE}: P@1 {p1:.3f}, MRR {mrr:.3f} over {len(answered_q)} answerable queries")
    print(f"  answerable, judged article not first ({len(misses)}):")
    for m in misses:
        print(f"    {m}")
    print(f"  unanswerable, answered anyway ({len(wrong)}):")
    for w in wrong:
        print(f"    {w}")


if __name__ == "__main__":
    main()
