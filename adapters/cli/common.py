"""What every subcommand shares: the --corpus option, loading the index, putting a Core together."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands import build_command_table
from bot.config import default_corpus_dir
from bot.index.build import Index, build_index


def add_corpus_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--corpus",
        metavar="DIR",
        default=None,
        help="folder of .txt/.md documents (default: $MEMORIAL_CORPUS, else the bundled seeds/)",
    )


def corpus_dir(args: argparse.Namespace) -> Path:
    return Path(args.corpus) if getattr(args, "corpus", None) else default_corpus_dir()


def load_index(args: argparse.Namespace) -> Index:
    return build_index(corpus_dir(args))


def make_core(index: Index, services: Services | None = None) -> Core:
    """The one place a Core is put together: the index, the command table, the services."""
    return Core(index, build_command_table(), services)
