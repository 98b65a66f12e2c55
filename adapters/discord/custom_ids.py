"""Button custom_ids that carry their action, so any process can answer a click, even after a
restart: `mb:`, a letter for the action's kind, then a JSON array of the command and its argument
values in the command table's order, e.g. `mb:n["search","anniversary victory",2]`.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from bot.chat.model import CommandTable
from bot.replies import Action

PREFIX = "mb:"
MAX_CUSTOM_ID = 100  # Discord's limit, in characters

ActionKind = Literal["prev", "next", "open", "other"]
KIND_CODES: dict[ActionKind, str] = {"prev": "p", "next": "n", "open": "o", "other": "x"}
CODE_KINDS: dict[str, ActionKind] = {code: kind for kind, code in KIND_CODES.items()}
# The in-memory ids (`mb:<hex nonce>:<n>`) never have `[` after the first letter, so they never match.
TEMPLATE = re.compile(re.escape(PREFIX) + r"(?P<kind>[pnox])(?P<body>\[.*\])", re.DOTALL)


def _plain_value(value: Any) -> bool:
    return value is None or (isinstance(value, str | int) and not isinstance(value, bool))


class ButtonCodec:
    """Encodes a reply's actions into custom_ids and a clicked custom_id back into an action.

    Trailing unset values are left out. An action that does not fit Discord's 100 characters (or
    has a value other than text or a whole number) gets no custom_id: the caller keeps it in
    memory instead. Ids are checked against the table when decoded, so one from an older table,
    or a forged one, decodes to None.
    """

    def __init__(self, table: CommandTable) -> None:
        self.table = table

    def encode(self, action: Action) -> str | None:
        """The custom_id for `action`, or None when it cannot carry it within Discord's limit."""
        cmd = self.table.get(action.command)
        if cmd is None:
            return None
        names = [a.name for a in cmd.args]
        if set(action.args) - set(names):
            return None
        values: list[Any] = [action.args.get(n) for n in names]
        if not all(_plain_value(v) for v in values):
            return None
        while values and values[-1] is None:
            values.pop()
        body = json.dumps([cmd.name, *values], ensure_ascii=False, separators=(",", ":"))
        custom_id = f"{PREFIX}{KIND_CODES[action.kind]}{body}"
        return custom_id if len(custom_id) <= MAX_CUSTOM_ID else None

    def decode(self, custom_id: str, label: str = "") -> Action | None:
        """The action behind a clicked button (its label taken from the message), or None."""
        match = TEMPLATE.fullmatch(custom_id)
        if match is None:
            return None
        try:
            parsed = json.loads(match["body"])
        except ValueError:
            return None
        if not isinstance(parsed, list) or not parsed or not isinstance(parsed[0], str):
            return None
        cmd = self.table.get(parsed[0])
        values = parsed[1:]
        if cmd is None or len(values) > len(cmd.args) or not all(_plain_value(v) for v in values):
            return None
        args = {a.name: v for a, v in zip(cmd.args, values, strict=False) if v is not None}
        return Action(label, cmd.name, args, kind=CODE_KINDS[match["kind"]])
