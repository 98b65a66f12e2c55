"""Configuration from environment variables, validated once at start-up.

Every variable is documented in docs/configuration.md and in .env.example. Errors name the
variable and show an example, never its value when the value may be a secret.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, normalize

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


def database_url(env: Mapping[str, str] | None = None) -> str | None:
    """DATABASE_URL: PostgreSQL for several processes sharing one ledger; unset means SQLite in
    MEMORIAL_DATA_DIR. The value may hold a password, so errors never repeat it."""
    env = os.environ if env is None else env
    value = env.get("DATABASE_URL", "").strip()
    if not value:
        return None
    if not value.startswith(("postgresql://", "postgres://", "sqlite:///")):
        raise ConfigError(
            "DATABASE_URL must be a PostgreSQL URL (or sqlite:///path/to/file), "
            "e.g. postgresql://bot:PASSWORD@localhost:5432/memorial"
        )
    return value


def anniversary_files(env: Mapping[str, str] | None = None) -> tuple[Path, ...] | None:
    """MEMORIAL_ANNIVERSARIES: the operator's tables of known events (TOML files, separated by
    ":"), in place of the bundled bot/index/dates/anniversaries.toml; "none" for no table. Unset: the
    bundled one (None here)."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_ANNIVERSARIES", "").strip()
    if not raw:
        return None
    if raw.lower() == "none":
        return ()
    paths = tuple(Path(part).expanduser() for part in raw.split(os.pathsep) if part.strip())
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise ConfigError(f"MEMORIAL_ANNIVERSARIES names a file that does not exist: {missing[0]}")
    return paths


def newest_year(env: Mapping[str, str] | None = None, *, now: datetime.datetime | None = None) -> int | None:
    """MEMORIAL_NEWEST_YEAR: the newest year a corpus document may be from; the year rules close
    with it a window a text leaves open ("since it reopened in 2013", with weekdays). Unset: the
    current year, read once at start (no document is from the future); "none": not bounded."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_NEWEST_YEAR", "").strip()
    if not raw:
        return (now or datetime.datetime.now(datetime.UTC)).year
    if raw.lower() == "none":
        return None
    if not raw.isdigit() or not 1000 <= int(raw) <= 9999:
        raise ConfigError(
            "MEMORIAL_NEWEST_YEAR must be a year such as 2024 (the newest a document may be from), or none"
        )
    return int(raw)


def grace_hours(env: Mapping[str, str] | None = None) -> float:
    """MEMORIAL_GRACE_HOURS: how late a missed daily post may still go out (default 6)."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_GRACE_HOURS", "").strip()
    if not raw:
        return 6.0
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value <= 24:
        raise ConfigError("MEMORIAL_GRACE_HOURS must be a number of hours above 0 and at most 24, e.g. 6")
    return value


def uncertain_policy(env: Mapping[str, str] | None = None) -> str:
    """MEMORIAL_UNCERTAIN: a Telegram daily post whose send got no answer (the platform may have
    it) is `skip`ped — recorded as uncertain and reported, never resent (the default: a duplicate
    is what users complain about) — or `resend` (never missing, sometimes twice)."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_UNCERTAIN", "").strip().lower()
    if not raw:
        return "skip"
    if raw not in ("skip", "resend"):
        raise ConfigError("MEMORIAL_UNCERTAIN must be skip (at most once, the default) or resend (at least once)")
    return raw


def broadcast_lease_seconds(env: Mapping[str, str] | None = None) -> float:
    """MEMORIAL_BROADCAST_LEASE: seconds the per-platform broadcast lease lasts unrenewed (default
    15; renewed every third of it). A crashed broadcaster is taken over about this long after."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_BROADCAST_LEASE", "").strip()
    if not raw:
        return 15.0
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 3 <= value <= 300:
        raise ConfigError("MEMORIAL_BROADCAST_LEASE must be a number of seconds from 3 to 300, e.g. 15")
    return value


# ---------------------------------------------------------------------------------------------
# Round anniversaries ("milestones")

# How commemoration counts: the 10th, 20th, 30th …, the 25th and 75th, and from the 50th on every
# 5th (50, 55, 60 … 80, 85 …). The 1st and 5th are not milestones: in a news corpus every report of
# last year would otherwise be one.
DEFAULT_MILESTONES = "every 10, 25, 75, every 5 from 50"
MAX_YEARS = 10_000  # no anniversary is bigger: years run from 1 to 9999
_MILESTONE_TERM = re.compile(r"^(?:every\s+(?P<step>\d+)(?:\s+from\s+(?P<start>\d+))?|(?P<exact>\d+))$")
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


@dataclass(frozen=True)
class MilestoneRule:
    """Which anniversaries are round ("milestones"): listed numbers, and steps ("every 10",
    "every 5 from 50"). Written in MEMORIAL_MILESTONES; `parse` reads that syntax."""

    exact: frozenset[int] = frozenset()
    steps: tuple[tuple[int, int], ...] = ()  # (step, first): first, first + step, first + 2·step …
    text: str = ""
    # Every milestone up to MAX_YEARS, worked out once: /onthisday asks for each year of a day.
    table: frozenset[int] = field(default=frozenset(), repr=False, compare=False)

    def __post_init__(self) -> None:
        years = {n for n in self.exact if n <= MAX_YEARS}
        for step, first in self.steps:
            years.update(range(first, MAX_YEARS + 1, step))
        object.__setattr__(self, "table", frozenset(years))

    @classmethod
    def parse(cls, text: str) -> MilestoneRule:
        """Comma-separated terms: `N` (that anniversary), `every N` (N, 2N, 3N …), `every N from M`
        (M, M + N, M + 2N …); ordinals are fine ("every 10th", "25th"); `none` for no milestones.
        Raises ValueError with a message for the operator."""
        raw = " ".join(text.split()).lower()
        if raw == "none":
            return cls(text="none")
        exact: set[int] = set()
        steps: list[tuple[int, int]] = []
        for term in (t.strip() for t in raw.split(",")):
            m = _MILESTONE_TERM.match(_ORDINAL_SUFFIX.sub("", term).replace("the ", ""))
            if m is None:
                raise ValueError(f"cannot read {term!r}")
            if m.group("exact"):
                exact.add(_positive(m.group("exact")))
            else:
                step = _positive(m.group("step"))
                steps.append((step, _positive(m.group("start")) if m.group("start") else step))
        return cls(frozenset(exact), tuple(steps), raw)

    @classmethod
    def default(cls) -> MilestoneRule:
        return cls.parse(DEFAULT_MILESTONES)

    def __call__(self, years: int | None) -> bool:
        return years in self.table

    def smallest(self) -> int | None:
        """The first milestone (10 by default), or None when nothing is one."""
        candidates = [*self.exact, *(first for _, first in self.steps)]
        return min(candidates) if candidates else None


def _positive(digits: str) -> int:
    n = int(digits)
    if not 1 <= n <= MAX_YEARS:
        raise ValueError(f"{n} is not a number of years from 1 to {MAX_YEARS}")
    return n


def milestones_from_env(env: Mapping[str, str] | None = None) -> MilestoneRule:
    """MEMORIAL_MILESTONES: which anniversaries are round (starred, and the day's highlight)."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_MILESTONES", "").strip()
    if not raw:
        return MilestoneRule.default()
    try:
        return MilestoneRule.parse(raw)
    except ValueError as exc:
        raise ConfigError(
            f"MEMORIAL_MILESTONES: {exc}; write comma-separated terms such as N, every N, every N from M "
            f"(or none), e.g. {DEFAULT_MILESTONES}"
        ) from None


def language_from_env(env: Mapping[str, str] | None = None) -> str:
    """MEMORIAL_LANGUAGE: the operator's default language, for users whose platform names none
    (docs/languages.md). A code or a locale tag: ru, zh-CN, es_ES.UTF-8."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_LANGUAGE", "").strip()
    if not raw:
        return DEFAULT_LANGUAGE
    code = normalize(raw)
    if code is None:
        raise ConfigError(f"MEMORIAL_LANGUAGE must be one of {', '.join(LANGUAGES)}, e.g. ru")
    return code


def console_language(flag: str | None, env: Mapping[str, str] | None = None) -> str | None:
    """The console user's language: `--language`, else (when MEMORIAL_LANGUAGE does not set the
    default) the terminal's LANG; None leaves the choice to the default."""
    env = os.environ if env is None else env
    if flag:
        code = normalize(flag)
        if code is None:
            raise ConfigError(f"--language must be one of {', '.join(LANGUAGES)}, e.g. --language ru")
        return code
    if env.get("MEMORIAL_LANGUAGE", "").strip():
        return None
    return normalize(env.get("LC_ALL", "").strip() or env.get("LANG", "").strip())


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    data_dir: Path
    telegram_token: str | None
    discord_token: str | None
    database_url: str | None = field(default=None, repr=False)  # may hold a password: never printed
    grace_hours: float = 6.0
    anniversaries: tuple[Path, ...] | None = None  # None: the bundled table
    newest_year: int | None = None  # MEMORIAL_NEWEST_YEAR (from_env: the current year when unset)
    milestones: MilestoneRule = field(default_factory=MilestoneRule.default)
    uncertain: str = "skip"  # MEMORIAL_UNCERTAIN
    broadcast_lease: float = 15.0  # MEMORIAL_BROADCAST_LEASE
    language: str = DEFAULT_LANGUAGE  # MEMORIAL_LANGUAGE

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            corpus_dir=default_corpus_dir(env),
            data_dir=default_data_dir(env),
            telegram_token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            discord_token=env.get("DISCORD_BOT_TOKEN", "").strip() or None,
            database_url=database_url(env),
            grace_hours=grace_hours(env),
            anniversaries=anniversary_files(env),
            newest_year=newest_year(env),
            milestones=milestones_from_env(env),
            uncertain=uncertain_policy(env),
            broadcast_lease=broadcast_lease_seconds(env),
            language=language_from_env(env),
        )


# ---------------------------------------------------------------------------------------------
# Telegram

DEFAULT_TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"
_TELEGRAM_TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,100}$")
_WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token


@dataclass(frozen=True)
class TelegramConfig:
    """Telegram settings. Long polling unless `webhook_url` is set. Secrets are kept out of repr."""

    token: str = field(repr=False)
    api_base_url: str = DEFAULT_TELEGRAM_API_BASE_URL
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    # This process's share of the token's 30 messages/s: 1/N with N replicas taking updates.
    send_share: float = 1.0

    @property
    def webhook_path(self) -> str:
        """The local path the webhook server listens on: the path of the public URL."""
        return urlsplit(self.webhook_url or "").path.lstrip("/")


def _http_url(name: str, value: str, example: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{name} must be an http(s) URL, e.g. {example}")
    return value


def telegram_config(env: Mapping[str, str] | None = None) -> TelegramConfig | None:
    """The Telegram settings, or None when TELEGRAM_BOT_TOKEN is unset."""
    env = os.environ if env is None else env
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        return None
    if not _TELEGRAM_TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters/digits), "
            "e.g. 123456789:AAH... as given by @BotFather"
        )
    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_TELEGRAM_API_BASE_URL
    _http_url("TELEGRAM_API_BASE_URL", base_url, "http://127.0.0.1:8081/bot for a self-hosted Bot API server")
    webhook_url = env.get("TELEGRAM_WEBHOOK_URL", "").strip() or None
    if webhook_url:
        _http_url("TELEGRAM_WEBHOOK_URL", webhook_url, "https://bot.example.org/telegram")
    port_text = env.get("TELEGRAM_WEBHOOK_PORT", "").strip() or "8443"
    try:
        port = int(port_text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ConfigError("TELEGRAM_WEBHOOK_PORT must be a port number between 1 and 65535, e.g. 8443")
    secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None
    if secret and not _WEBHOOK_SECRET_RE.match(secret):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and - (1 to 256 characters), "
            "e.g. the output of: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    share_text = env.get("TELEGRAM_SEND_SHARE", "").strip() or "1"
    try:
        share = float(share_text)
    except ValueError:
        share = 0.0
    if not 0 < share <= 1:
        raise ConfigError("TELEGRAM_SEND_SHARE must be a fraction above 0 and at most 1, e.g. 0.5 with two replicas")
    return TelegramConfig(
        token=token,
        api_base_url=base_url,
        send_share=share,
        webhook_url=webhook_url,
        webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
        webhook_port=port,
        webhook_secret=secret,
    )


# ---------------------------------------------------------------------------------------------
# Discord


DEFAULT_DISCORD_API_BASE = "https://discord.com/api/v10"


@dataclass(frozen=True)
class DiscordConfig:
    """Discord settings. Commands sync to `guild_id` when set (instant), else globally. With
    `shard_ids`, this process runs only those shards out of `shard_count`. `api_base` is the REST
    API's address up to its version; the gateway's is whatever that API's GET /gateway/bot says."""

    token: str = field(repr=False)
    guild_id: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    api_base: str = DEFAULT_DISCORD_API_BASE


def _snowflake(name: str, value: str) -> int:
    if not value.isdigit() or not 15 <= len(value) <= 20:
        raise ConfigError(f"{name} must be a server (guild) id: 17 to 20 digits, e.g. 1180000000000000000")
    return int(value)


def discord_api_base(env: Mapping[str, str]) -> str:
    """DISCORD_API_BASE: another address for Discord's API (a REST proxy, a test double), written
    up to the API version that discord.py speaks (v10)."""
    raw = env.get("DISCORD_API_BASE", "").strip().rstrip("/")
    if not raw:
        return DEFAULT_DISCORD_API_BASE
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or not parts.path.endswith("/api/v10"):
        raise ConfigError(
            "DISCORD_API_BASE must be an http(s) URL ending in /api/v10, e.g. http://127.0.0.1:8080/api/v10 "
            "for a proxy or a local test server (unset: https://discord.com/api/v10)"
        )
    return raw


def discord_config(env: Mapping[str, str] | None = None) -> DiscordConfig | None:
    """The Discord settings, or None when DISCORD_BOT_TOKEN is unset."""
    env = os.environ if env is None else env
    token = env.get("DISCORD_BOT_TOKEN", "").strip()
    if not token:
        return None
    if len(token) < 30 or any(c.isspace() for c in token) or token.count(".") != 2:
        raise ConfigError(
            "DISCORD_BOT_TOKEN does not look like a bot token (three dot-separated parts); copy it from "
            "Developer Portal → your application → Bot → Reset Token"
        )
    guild_text = env.get("DISCORD_GUILD_ID", "").strip()
    guild_id = _snowflake("DISCORD_GUILD_ID", guild_text) if guild_text else None
    count_text = env.get("DISCORD_SHARD_COUNT", "").strip()
    ids_text = env.get("DISCORD_SHARD_IDS", "").strip()
    shard_count = None
    if count_text:
        if not count_text.isdigit() or int(count_text) < 1:
            raise ConfigError("DISCORD_SHARD_COUNT must be a whole number of shards, at least 1, e.g. 4")
        shard_count = int(count_text)
    shard_ids = None
    if ids_text:
        if shard_count is None:
            raise ConfigError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total), e.g. 4 with SHARD_IDS 0,1")
        parts = [p.strip() for p in ids_text.split(",") if p.strip()]
        if not parts or not all(p.isdigit() and int(p) < shard_count for p in parts):
            raise ConfigError(
                f"DISCORD_SHARD_IDS must be comma-separated shard numbers below DISCORD_SHARD_COUNT ({shard_count}), "
                "e.g. 0,1"
            )
        shard_ids = tuple(sorted({int(p) for p in parts}))
    return DiscordConfig(
        token=token, guild_id=guild_id, shard_count=shard_count, shard_ids=shard_ids, api_base=discord_api_base(env)
    )


# ---------------------------------------------------------------------------------------------
# The whole process (memorial-bot run)

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass(frozen=True)
class RunSettings:
    """Everything `memorial-bot run` needs, validated together before anything starts."""

    base: Settings
    telegram: TelegramConfig | None
    discord: DiscordConfig | None
    http_host: str = "0.0.0.0"
    http_port: int | None = None
    admins: frozenset[str] = frozenset()  # "platform:user_id" entries allowed to run /reload
    watch: bool = False  # MEMORIAL_WATCH: reload when corpus files change


def load_env_file(path: str | None, env: dict[str, str] | None = None) -> None:
    """An optional env file (KEY=value lines): `--env-file`, else MEMORIAL_ENV_FILE, else `.env` in
    the working directory if present. Variables already set in the environment win."""
    read_env: Mapping[str, str] = os.environ if env is None else env
    chosen = path or read_env.get("MEMORIAL_ENV_FILE", "").strip() or None
    if chosen is None:
        if Path(".env").is_file():
            load_dotenv(".env", override=False)
        return
    if not Path(chosen).is_file():
        raise ConfigError(f"env file {chosen!r} does not exist (from --env-file or MEMORIAL_ENV_FILE)")
    load_dotenv(chosen, override=False)


def _port(name: str, raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(f"{name} must be a TCP port number from 1 to 65535, e.g. 8080")
    return int(raw)


def admins_from_env(env: Mapping[str, str]) -> frozenset[str]:
    raw = env.get("MEMORIAL_ADMINS", "").strip()
    out = set()
    for part in (p.strip() for p in raw.split(",") if p.strip()):
        platform, sep, user = part.partition(":")
        if not sep or not platform or not user:
            raise ConfigError(
                "MEMORIAL_ADMINS must be comma-separated platform:user_id entries, e.g. telegram:12345,discord:678"
            )
        out.add(f"{platform.lower()}:{user}")
    return frozenset(out)


def load_run_settings(
    *, env_file: str | None = None, corpus_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> RunSettings:
    if env is None:
        load_env_file(env_file)
        env = os.environ
    level = env.get("MEMORIAL_LOG_LEVEL", "").strip().upper()
    if level and level not in _LOG_LEVELS:
        raise ConfigError(f"MEMORIAL_LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}")
    fmt = env.get("MEMORIAL_LOG_FORMAT", "").strip().lower()
    if fmt and fmt not in ("text", "json"):
        raise ConfigError("MEMORIAL_LOG_FORMAT must be text or json")
    base = Settings.from_env(env)
    if corpus_dir is not None:
        base = replace(base, corpus_dir=corpus_dir)
    port_raw = env.get("MEMORIAL_HTTP_PORT", "").strip()
    return RunSettings(
        base=base,
        telegram=telegram_config(env),
        discord=discord_config(env),
        http_host=env.get("MEMORIAL_HTTP_HOST", "").strip() or "0.0.0.0",
        http_port=_port("MEMORIAL_HTTP_PORT", port_raw) if port_raw else None,
        admins=admins_from_env(env),
        watch=watch_from_env(env),
    )


def watch_from_env(env: Mapping[str, str] | None = None) -> bool:
    """MEMORIAL_WATCH=1: `run` reloads the corpus when its files change (debounced)."""
    env = os.environ if env is None else env
    raw = env.get("MEMORIAL_WATCH", "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ConfigError("MEMORIAL_WATCH must be 1 (reload when corpus files change) or 0, e.g. MEMORIAL_WATCH=1")
