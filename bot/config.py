"""Configuration from environment variables, validated once at start-up.

Every variable is documented in README "Configuration" and in .env.example. Errors name the
variable and show an example, never its value when the value may be a secret.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    """A bad or missing setting; the message is meant for the operator."""


def default_corpus_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    value = env.get("MEMORIAL_CORPUS", "").strip()
    if value:
        return Path(value).expanduser()
    bundled = PROJECT_ROOT / "seeds"
    return bundled if bundled.is_dir() else Path("seeds")


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    value = env.get("MEMORIAL_DATA_DIR", "").strip()
    return Path(value).expanduser() if value else PROJECT_ROOT / "data"


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    data_dir: Path
    telegram_token: str | None
    discord_token: str | None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            corpus_dir=default_corpus_dir(env),
            data_dir=default_data_dir(env),
            telegram_token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            discord_token=env.get("DISCORD_BOT_TOKEN", "").strip() or None,
        )
