"""Button custom_ids that carry their action, so any process can answer a click, even after a
restart: `mb:`, a letter for the action's kind, then a JSON array of the command and its argument
values in the command table's order, e.g. `mb:n["search","anniversary victory",2]`.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.chat.compact import compact, expand
from bot.chat.model import CommandTable
from bot.replies import Action

PREFIX = "mb:"
MAX_CUSTOM_ID = 100  # Discord's limit, in characters

ActionKind = Literal["prev", "next", "open", "other"]
KIND_CODES: dict[ActionKind, str] = {"prev": "p", "next": "n", "open": "o", "other": "x"}
CODE_KINDS: dict[str, ActionKind] = {code: kind for kind, code in KIND_CODES.items()}
# The in-memory ids (`mb:<hex nonce>:<n>`) never have `[` after the first letter, so they never match.
TEMPLATE = re.compile(re.escape(PREFIX) + r"(?P<kind>[pnox])(?P<body>\[.*\])", re.DOTALL)


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
        body = compact(self.table, action.command, action.args)
        if body is None:
            return None
        custom_id = f"{PREFIX}{KIND_CODES[action.kind]}{body}"
        return custom_id if len(custom_id) <= MAX_CUSTOM_ID else None

    def decode(self, custom_id: str, label: str = "") -> Action | None:
        """The action behind a clicked button (its label taken from the message), or None."""
        match = TEMPLATE.fullmatch(custom_id)
        if match is None:
            return None
        inv = expand(self.table, match["body"])
        if inv is None:
            return None
        return Action(label, inv.command, dict(inv.args), kind=CODE_KINDS[match["kind"]])
