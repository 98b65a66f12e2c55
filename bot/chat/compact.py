"""An invocation as a short string, for buttons that carry their own state (Telegram's
callback_data, Discord's custom_id): a JSON array of the command and its argument values in the
command table's order, trailing unset values left out — `["search","Liddell",2]`.

Decoding checks the command and the values against the table, so data from an older table or a
forged button decodes to None, and the command's own argument checks still run on what it gives.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bot.chat.model import CommandTable, Invocation


def _plain(value: object) -> bool:
    return value is None or (isinstance(value, str | int) and not isinstance(value, bool))


def compact(table: CommandTable, command: str, args: Mapping[str, Any]) -> str | None:
    """The compact form, or None when an argument is unknown to the command or not text or a whole
    number (the caller then keeps the invocation another way)."""
    cmd = table.get(command)
    if cmd is None:
        return None
    names = [a.name for a in cmd.args]
    if set(args) - set(names):
        return None
    values: list[Any] = [args.get(n) for n in names]
    if not all(_plain(v) for v in values):
        return None
    while values and values[-1] is None:
        values.pop()
    return json.dumps([cmd.name, *values], ensure_ascii=False, separators=(",", ":"))


def expand(table: CommandTable, body: str) -> Invocation | None:
    """The invocation of a compact form, or None for anything this table did not write."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    if not isinstance(parsed, list) or not parsed or not isinstance(parsed[0], str):
        return None
    cmd = table.get(parsed[0])
    values = parsed[1:]
    if cmd is None or len(values) > len(cmd.args) or not all(_plain(v) for v in values):
        return None
    return Invocation(cmd.name, {a.name: v for a, v in zip(cmd.args, values, strict=False) if v is not None})
