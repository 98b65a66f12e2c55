"""`memorial-bot` command line: run the bot, chat in the console, and machine-readable lookups.

Each feature module may add subcommands: list it in CLI_MODULES; it must define
`add_cli(subparsers, add_corpus_arg) -> None`; its subparsers set `func(args) -> int`.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from adapters.cli import dates, post_due
from adapters.cli.common import add_corpus_arg, anniversary_table, corpus_dir, load_index, make_core
from bot import logs
from bot.config import (
    ConfigError,
    anniversary_files,
    console_language,
    default_data_dir,
    load_env_file,
    newest_year,
)
from bot.corpus import CorpusError
from bot.index.build import build_index
from bot.index.persist import index_path
from bot.index.search import ArticleHit
from bot.replies import inline_text

log = logging.getLogger("memorial-bot")


def _hit_json(h: ArticleHit) -> dict[str, Any]:
    return {
        "article_id": h.article.article_id,
        "title": h.article.title,
        "file": h.article.file,
        "line_start": h.article.line_start,
        "line_end": h.article.line_end,
        "line": h.line,
        "where": h.article.where(h.line),  # "p. 3", "item 2", "¶ 7"; "" where the line is the file's own
        "snippet": inline_text(h.snippet),
        "score": h.score,
    }


def cmd_search(args: argparse.Namespace) -> int:
    index = load_index(args)

    def answer(query: str) -> dict:
        hits = index.search.search(query, limit=args.limit) if query.strip() else []
        return {"query": query, "results": [_hit_json(h) for h in hits]}

    if args.query == "-":
        for line in sys.stdin:
            query = line.rstrip("\n")
            _emit(answer(query), args.json)
        return 0
    _emit(answer(args.query), args.json)
    return 0


def _emit(obj: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(obj, ensure_ascii=False), flush=True)
        return
    results = obj.get("results", [])
    if not results:
        print(f"No results for {obj['query']!r}.")
    for r in results:
        print(f"{r['score']:7.2f}  {r['article_id']}  {r['title']}\n         {r['file']}:{r['line']}  {r['snippet']}")


def cmd_articles(args: argparse.Namespace) -> int:
    index = load_index(args)
    for a in index.corpus.articles:
        row = {
            "article_id": a.article_id,
            "title": a.title,
            "file": a.file,
            "line_start": a.line_start,
            "line_end": a.line_end,
            "format": a.format,
            "where": a.span(),  # "lines 3–40", "pp. 1–2", "item 2", "¶ 1–9"
            "published": a.published.isoformat() if a.published else None,
        }
        print(json.dumps(row, ensure_ascii=False) if args.json else f"{a.article_id}  {a.file}, {a.span()}  {a.title}")
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    """Build the index now and persist it in MEMORIAL_DATA_DIR (starts and reloads then open it)."""
    started = time.perf_counter()
    bar = _progress_bar if sys.stderr.isatty() else None
    root, data = corpus_dir(args), default_data_dir()
    table = anniversary_table(anniversary_files())
    index = build_index(root, table, data_dir=data, rebuild=True, progress=bar, newest_year=newest_year())
    if bar is not None:
        print(file=sys.stderr)
    report = {
        "files": len(index.corpus.files()),
        "skipped": len(index.corpus.skipped),
        "articles": len(index.corpus.articles),
        "passages": len(index.search.passages),
        "events": len(index.events.events),
        "seconds": round(time.perf_counter() - started, 2),
        "path": str(index_path(data, root)),
    }
    if args.json:
        print(json.dumps(report))
    else:
        print(
            f"indexed {report['files']} files ({report['skipped']} skipped): {report['articles']} articles, "
            f"{report['passages']} passages, {report['events']} dated events in {report['seconds']:.2f} s → "
            f"{report['path']}"
        )
    return 0


def _progress_bar(step: str, done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    count = f" {done}/{total}" if total > 1 else ""
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {step}{count}\x1b[K", end="", file=sys.stderr, flush=True)


def cmd_chat(args: argparse.Namespace) -> int:
    from adapters.console.chat import run_chat  # the chat and its commands: not needed by `search`

    language = console_language(args.language)
    return run_chat(make_core(load_index(args)), language)


def cmd_ask(args: argparse.Namespace) -> int:
    from adapters.console.chat import run_ask  # as cmd_chat

    language = console_language(args.language)
    return run_ask(make_core(load_index(args)), " ".join(args.text), language)


def add_language_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--language",
        metavar="LANG",
        default=None,
        help="reply in en, ru, zh or es (default: the chat's /language, else $MEMORIAL_LANGUAGE, else $LANG)",
    )


def cmd_run(args: argparse.Namespace) -> int:
    # Imported here: it brings the health server (aiohttp), which only `run` serves; `search` and
    # the other commands start 0.15–0.2 s sooner without it.
    from adapters.cli.run import run

    return run(Path(args.corpus) if args.corpus else None, env_file=args.env_file)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="memorial-bot",
        description="Lookups and 'on this day' answers from a folder of articles (Telegram, Discord, console).",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="start every configured platform (the console chat when no token is set)")
    add_corpus_arg(p)
    p.add_argument("--env-file", metavar="PATH", help="read settings from this file (default: .env if present)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("chat", help="interactive console chat")
    add_corpus_arg(p)
    add_language_arg(p)
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("ask", help='answer one message and exit, e.g. ask "/search Liddell"')
    p.add_argument("text", nargs="+", help="a command or a search")
    add_corpus_arg(p)
    add_language_arg(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("search", help="search the corpus (use --json for scripts)")
    p.add_argument("query", help="the query, or - to read one query per line from standard input")
    p.add_argument("--json", action="store_true", help="one JSON object per query")
    p.add_argument("--limit", type=int, default=10, help="maximum results (default 10)")
    add_corpus_arg(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("index", help="build the index now and keep it in MEMORIAL_DATA_DIR for starts and reloads")
    p.add_argument("--json", action="store_true", help="the report as one JSON object")
    add_corpus_arg(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("articles", help="list every article")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    add_corpus_arg(p)
    p.set_defaults(func=cmd_articles)

    for module in (post_due, dates):
        module.add_cli(sub)
    return parser


def _default_level(args: argparse.Namespace) -> str:
    """A bot serving a platform logs one line per command and its start-up (INFO): that is what an
    operator watches. The console chat and the scripting commands stay quiet (WARNING), so log
    lines do not interleave with answers."""
    serving = getattr(args, "command", None) in (None, "run") and any(
        os.environ.get(name, "").strip() for name in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN")
    )
    return "INFO" if serving else "WARNING"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "command", None) in (None, "run"):
        try:  # the env file may set the log level and format, so it is read before logging starts
            load_env_file(getattr(args, "env_file", None))
        except ConfigError as exc:
            print(f"memorial-bot: {exc}", file=sys.stderr)
            return 2
    logs.configure(
        # An empty value (`MEMORIAL_LOG_LEVEL=` in an env file) means the default, as for every variable.
        level="DEBUG" if args.verbose else os.environ.get("MEMORIAL_LOG_LEVEL", "").strip() or _default_level(args),
        fmt=os.environ.get("MEMORIAL_LOG_FORMAT", "").strip().lower() or "text",
    )
    if not getattr(args, "func", None):
        args = parser.parse_args(["run", *(argv or [])])
    try:
        return int(args.func(args) or 0)
    except (CorpusError, ConfigError) as exc:
        print(f"memorial-bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
