"""Reply actions → inline keyboards, and callback data back → invocations.

Telegram allows 1–64 bytes of callback data per button. Most actions fit a compact positional
encoding: a one-letter mode ("e" edit the message in place, "n" send a new message), then a JSON
array of the command name and its argument values in the command table's order, e.g.
`e["search","Eric Liddell",2]`. Payloads that do not fit are kept in a bounded in-memory map under a
random key (`~` + key); such buttons go stale when the map forgets them or the bot restarts, and
stale or forged data decodes to None, which the app answers politely.
"""

from __future__ import annotations

import json
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.commands import CommandTable, Invocation
from bot.replies import Action

MAX_CALLBACK_BYTES = 64
MAX_STORED_PAYLOADS = 10_000
OPEN_BUTTONS_PER_ROW = 5
MAX_BUTTON_LABEL = 64

Mode = Literal["edit", "new"]


@dataclass(frozen=True, slots=True)
class Callback:
    invocation: Invocation
    mode: Mode


class CallbackCodec:
    def __init__(self, table: CommandTable, max_stored: int = MAX_STORED_PAYLOADS) -> None:
        self.table = table
        self.max_stored = max_stored
        self._stored: OrderedDict[str, Callback] = OrderedDict()

    def encode(self, action: Action) -> str:
        mode: Mode = "new" if action.kind == "open" else "edit"
        data = self._compact(action, mode)
        if data is not None and len(data.encode()) <= MAX_CALLBACK_BYTES:
            return data
        key = secrets.token_urlsafe(12)
        self._stored[key] = Callback(Invocation(action.command, dict(action.args)), mode)
        while len(self._stored) > self.max_stored:
            self._stored.popitem(last=False)
        return "~" + key

    def _compact(self, action: Action, mode: Mode) -> str | None:
        cmd = self.table.get(action.command)
        if cmd is None:
            return None
        names = [a.name for a in cmd.args]
        if set(action.args) - set(names):
            return None
        values: list[Any] = [action.args.get(n) for n in names]
        if any(v is not None and not isinstance(v, str | int) for v in values):
            return None
        while values and values[-1] is None:
            values.pop()
        body = json.dumps([cmd.name, *values], ensure_ascii=False, separators=(",", ":"))
        return ("e" if mode == "edit" else "n") + body

    def decode(self, data: str | None) -> Callback | None:
        """The invocation behind a button, or None for stale or forged data."""
        if not data:
            return None
        if data.startswith("~"):
            found = self._stored.get(data[1:])
            if found is not None:
                self._stored.move_to_end(data[1:])
            return found
        mode: Mode | None = {"e": "edit", "n": "new"}.get(data[0])
        if mode is None:
            return None
        try:
            parsed = json.loads(data[1:])
        except ValueError:
            return None
        if not isinstance(parsed, list) or not parsed or not isinstance(parsed[0], str):
            return None
        cmd = self.table.get(parsed[0])
        values = parsed[1:]
        if cmd is None or len(values) > len(cmd.args):
            return None
        if any(v is not None and (isinstance(v, bool) or not isinstance(v, str | int)) for v in values):
            return None
        args = {a.name: v for a, v in zip(cmd.args, values, strict=False) if v is not None}
        return Callback(Invocation(cmd.name, args), mode)


def _label(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


def keyboard(actions: tuple[Action, ...], codec: CallbackCodec) -> InlineKeyboardMarkup | None:
    """Open buttons in rows of five, then Prev/Next on one row, then any other action alone."""
    if not actions:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    opens = [a for a in actions if a.kind == "open"]
    for i in range(0, len(opens), OPEN_BUTTONS_PER_ROW):
        row = opens[i : i + OPEN_BUTTONS_PER_ROW]
        rows.append([InlineKeyboardButton(_label(a.label), callback_data=codec.encode(a)) for a in row])
    nav = [a for a in actions if a.kind in ("prev", "next")]
    if nav:
        rows.append([InlineKeyboardButton(_label(a.label), callback_data=codec.encode(a)) for a in nav])
    rows.extend(
        [InlineKeyboardButton(_label(a.label), callback_data=codec.encode(a))] for a in actions if a.kind == "other"
    )
    return InlineKeyboardMarkup(rows)
