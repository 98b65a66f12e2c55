"""Logging set-up: human-readable or JSON lines, and secrets scrubbed from every record.

Libraries log URLs that embed the Telegram token (httpx logs each request URL at INFO) and
connection strings may carry passwords, so redaction sits on the handler, where every record —
ours or a library's — passes before it is written.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

REDACTED = "***"
# Telegram bot tokens (123456:ABC...), Discord bot tokens (three base64 parts), passwords in URLs.
_PATTERNS = (
    re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}\b"),
    re.compile(r"\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b"),
    re.compile(r"(?<=://)([^:/@\s]+):([^@/\s]+)(?=@)"),
)
SECRET_VARIABLES = ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "DATABASE_URL", "TELEGRAM_WEBHOOK_SECRET")
_STANDARD_ATTRS = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    for s in secrets:
        if s and len(s) >= 6:
            text = text.replace(s, REDACTED)
    text = _PATTERNS[0].sub(REDACTED, text)
    text = _PATTERNS[1].sub(REDACTED, text)
    return _PATTERNS[2].sub(lambda m: f"{m.group(1)}:{REDACTED}", text)


def secrets_from_env(env: Mapping[str, str] | None = None) -> list[str]:
    env = os.environ if env is None else env
    out = []
    for name in SECRET_VARIABLES:
        value = env.get(name, "").strip()
        if not value:
            continue
        out.append(value)
        m = re.search(r"://[^:/@\s]+:([^@/\s]+)@", value)  # the password inside a DATABASE_URL
        if m:
            out.append(m.group(1))
    return out


class RedactingFilter(logging.Filter):
    """Renders each record's message once, scrubs it, and freezes it (args cleared)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted(set(secrets), key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message, self.secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        for key, value in list(record.__dict__.items()):
            if key not in _STANDARD_ATTRS and isinstance(value, str):
                setattr(record, key, redact(value, self.secrets))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and any `extra=` fields."""

    def format(self, record: logging.LogRecord) -> str:
        obj: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                obj[key] = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
        if record.exc_text:
            obj["exception"] = record.exc_text
        return json.dumps(obj, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """Human-readable, with `extra=` fields appended as key=value."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        extras = [f"{k}={v}" for k, v in record.__dict__.items() if k not in _STANDARD_ATTRS and not k.startswith("_")]
        return f"{base} {' '.join(extras)}" if extras else base


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at emit time (it may be swapped, e.g. by test capture)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def configure(level: str = "WARNING", fmt: str = "text", secrets: Iterable[str] | None = None) -> None:
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler.addFilter(RedactingFilter(secrets_from_env() if secrets is None else secrets))
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    # An unknown level must not crash here: `memorial-bot run` reports it, naming the variable.
    level_no = logging.getLevelName(level.upper())
    root.setLevel(level_no if isinstance(level_no, int) else logging.WARNING)
    # httpx logs every request URL (with the token in it) at INFO: keep it at WARNING unless debugging.
    if root.level > logging.DEBUG:
        logging.getLogger("httpx").setLevel(logging.WARNING)
