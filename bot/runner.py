"""`memorial-bot run`: start whatever is configured. Without platform tokens that is the console
chat over the corpus, so the README's run command works on a fresh machine with no setup."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.config import Settings, discord_config, telegram_config
from bot.core import build_index

log = logging.getLogger(__name__)


def run(corpus_dir: Path) -> int:
    settings = Settings.from_env()
    telegram = telegram_config()  # validated before the index build: a typo fails fast
    discord = discord_config()
    index = build_index(corpus_dir)
    if not settings.telegram_token and not settings.discord_token:
        from adapters.console import run_chat

        return run_chat(index)
    if telegram is not None:
        from adapters.telegram.app import run_telegram
        from bot.core import Core

        return run_telegram(Core(index), telegram)
    if discord is not None:
        import asyncio

        from adapters.discord.client import run_discord
        from bot.core import Core

        asyncio.run(run_discord(Core(index), discord, settings.data_dir))
        return 0
    raise SystemExit("memorial-bot: no platform adapter could be started.")
