"""What every subcommand shares: the --corpus option, loading the index, putting a Core together."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import (
    ConfigError,
    anniversary_files,
    default_corpus_dir,
    default_data_dir,
    language_from_env,
    milestones_from_env,
    newest_year,
)
from bot.index.build import Index, build_index
from bot.index.dates.anniversaries import AnniversaryTable

if TYPE_CHECKING:
    from bot.chat.dispatch import Core
    from bot.chat.services import Services


def add_corpus_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--corpus",
        metavar="DIR",
        default=None,
        help="folder of .txt/.md documents (default: $MEMORIAL_CORPUS, else the bundled seeds/)",
    )


def corpus_dir(args: argparse.Namespace) -> Path:
    return Path(args.corpus) if getattr(args, "corpus", None) else default_corpus_dir()


def anniversary_table(files: tuple[Path, ...] | None) -> AnniversaryTable:
    """The table of known events the settings name (the bundled one by default)."""
    if files is None:
        return AnniversaryTable.bundled()
    try:
        return AnniversaryTable.load(files)
    except (OSError, ValueError, KeyError, re.error) as exc:
        raise ConfigError(f"MEMORIAL_ANNIVERSARIES: cannot read the table of known events: {exc}") from None


def load_index(args: argparse.Namespace) -> Index:
    """The corpus's index: opened from MEMORIAL_DATA_DIR when persisted there and current."""
    table = anniversary_table(anniversary_files())
    return build_index(
        corpus_dir(args), table, data_dir=default_data_dir(), persist_later=True, newest_year=newest_year()
    )


def make_core(index: Index, services: Services | None = None) -> Core:
    """The one place a Core is put together: the index, the command table, the services (by
    default with the milestone rule MEMORIAL_MILESTONES and the language MEMORIAL_LANGUAGE set).
    Reloads persist the index in MEMORIAL_DATA_DIR, as the start did."""
    # Imported here: `search` and `articles` need no chat, commands or scheduler (0.1-0.2 s and
    # about 10 MB of a start).
    from bot.chat.dispatch import Core
    from bot.chat.services import Services
    from bot.commands import build_command_table

    services = services or Services(milestones=milestones_from_env(), default_language=language_from_env())
    core = Core(index, build_command_table(), services)
    core.data_dir = default_data_dir()
    return core
