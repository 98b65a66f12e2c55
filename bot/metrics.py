"""Prometheus metrics of the bot, in one registry of our own (no collisions between tests).

The core records into these; the health server (bot/health.py) exposes them at /metrics.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

COMMANDS = Counter(
    "memorial_commands_total", "Commands served, by command and platform", ["command", "platform"], registry=REGISTRY
)
REPLY_LATENCY = Histogram(
    "memorial_reply_latency_seconds",
    "Time from a command's dispatch to its reply (core only, not platform I/O)",
    ["platform"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=REGISTRY,
)
DAILY_POSTS = Counter(
    "memorial_daily_posts_total",
    "Daily posts by outcome (sent, skipped, failed, uncertain)",
    ["outcome"],
    registry=REGISTRY,
)
# exported as 0 from the start, so rate() and alerts work at once
for _outcome in ("sent", "skipped", "failed", "uncertain"):
    DAILY_POSTS.labels(_outcome)
# A send budget per bot token, shared by replies and daily posts (docs/pacing.md): what it cost.
RATE_LIMITED = Counter(
    "memorial_rate_limited_total",
    "HTTP 429 (flood control) answers received, by platform and by what was sent (reply, daily)",
    ["platform", "kind"],
    registry=REGISTRY,
)
REPLIES_DROPPED = Counter(
    "memorial_replies_dropped_total",
    "Replies given up on after bounded retries of 429s (each also logged)",
    ["platform"],
    registry=REGISTRY,
)
QUERY_ANSWERS_LATE = Counter(
    "memorial_query_answers_late_total",
    "Inline or callback query answers that flood control pushed past the platform's deadline",
    ["platform", "method"],
    registry=REGISTRY,
)
REPLIES_DROPPED.labels("telegram")
INDEX_SIZE = Gauge("memorial_index_size", "Size of the loaded index", ["unit"], registry=REGISTRY)
LAST_DAILY_RUN = Gauge(
    "memorial_last_daily_run_timestamp_seconds", "Unix time of the last successful daily-post run", registry=REGISTRY
)


def record_index(index: Any) -> None:
    """The size of the index being served: at start-up and after every successful reload."""
    INDEX_SIZE.labels("articles").set(len(index.corpus.articles))
    INDEX_SIZE.labels("passages").set(len(index.search.passages))
    INDEX_SIZE.labels("events").set(len(getattr(index.events, "events", ()) or ()))


def exposition() -> bytes:
    return generate_latest(REGISTRY)
