"""Reply actions → inline keyboards, and callback data back → invocations.

Telegram allows 1–64 bytes of callback data per button. Most actions fit a compact positional
encoding: a one-letter mode ("e" edit the message in place, "n" send a new message), then a JSON
array of the command name and its argument values in the command table's order, e.g.
`e["search","Eric Liddell",2]`. Payloads that do not fit (paging through a long question) go under a
short hash of the payload (`~` + key): into the shared store when the core has one
(`core.services.store`), so any replica behind a webhook load balancer, and the bot after a
restart, can answer the click; and into a bounded in-memory map, which is looked at first and is the
only place without a store. Stale, pruned or forged data decodes to None, which the app answers
politely.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.chat.compact import compact, expand
from bot.chat.model import CommandTable, Invocation
from bot.replies import Action
from bot.timezones import utcnow

log = logging.getLogger(__name__)

MAX_CALLBACK_BYTES = 64
MAX_STORED_PAYLOADS = 10_000  # in memory, per process
KEEP_PAYLOADS = timedelta(days=30)  # in the store, after the last message that carried them
PRUNE_EVERY = timedelta(hours=1)
_KEY_RE = re.compile(r"[A-Za-z0-9_-]{1,43}")
OPEN_BUTTONS_PER_ROW = 5
MAX_BUTTON_LABEL = 64

Mode = Literal["edit", "new"]
_MODES: dict[str, Mode] = {"e": "edit", "n": "new"}  # the one-letter prefix of compact callback data


@dataclass(frozen=True, slots=True)
class Callback:
    invocation: Invocation
    mode: Mode


class CallbackCodec:
    """Encodes actions into callback data and back. `store` returns the shared store or None (it is
    asked on each use: the runner may register the store after the adapter is built)."""

    def __init__(
        self,
        table: CommandTable,
        max_stored: int = MAX_STORED_PAYLOADS,
        *,
        store: Callable[[], Any] | None = None,
        clock: Callable[[], datetime] | None = None,
        keep: timedelta = KEEP_PAYLOADS,
    ) -> None:
        self.table = table
        self.max_stored = max_stored
        self._store = store or (lambda: None)
        self._clock = clock or utcnow
        self.keep = keep
        self._stored: OrderedDict[str, Callback] = OrderedDict()
        self._last_prune: datetime | None = None

    def encode(self, action: Action) -> str:
        return self.encode_all((action,))[0]

    def encode_all(self, actions: Sequence[Action]) -> list[str]:
        """Callback data for each action; the payloads that do not fit are written to the store in
        one transaction (one short write per reply, whatever the number of long buttons)."""
        out: list[str] = []
        pending: dict[str, str] = {}
        for action in actions:
            mode: Mode = "new" if action.kind == "open" else "edit"
            data = self._compact(action, mode)
            if data is not None and len(data.encode()) <= MAX_CALLBACK_BYTES:
                out.append(data)
                continue
            callback = Callback(Invocation(action.command, dict(action.args)), mode)
            payload = _payload(callback)
            key = _key(payload) if payload is not None else secrets.token_urlsafe(12)
            self._remember(key, callback)
            if payload is not None:
                pending[key] = payload
            out.append("~" + key)
        if pending:
            self._persist(pending)
        return out

    def _remember(self, key: str, callback: Callback) -> None:
        self._stored[key] = callback
        self._stored.move_to_end(key)
        while len(self._stored) > self.max_stored:
            self._stored.popitem(last=False)

    def _persist(self, pending: dict[str, str]) -> None:
        store = self._store()
        if store is None:
            return
        now = self._clock()
        try:
            store.put_callbacks(list(pending.items()), now)
            # Pruning rides on writes, at most hourly per process: the table grows only here, the
            # delete is an indexed range on created_at, and no other job has to know about buttons.
            if self._last_prune is None or now - self._last_prune >= PRUNE_EVERY:
                self._last_prune = now
                removed = store.prune_callbacks(now - self.keep)
                if removed:
                    log.info("forgot %d button payloads older than %d days", removed, self.keep.days)
        except Exception as exc:  # the buttons still work on this process, from memory
            log.warning("could not store button payloads (%s); they work on this process only", exc)

    def _lookup(self, key: str) -> Callback | None:
        found = self._stored.get(key)
        if found is not None:
            self._stored.move_to_end(key)
            return found
        store = self._store()
        if store is None or not _KEY_RE.fullmatch(key):
            return None
        try:
            payload = store.get_callback(key)
        except Exception as exc:
            log.warning("could not read a button payload (%s); answered as expired", exc)
            return None
        found = self._parse_payload(payload) if payload is not None else None
        if found is not None:
            self._remember(key, found)
        return found

    def _parse_payload(self, payload: str) -> Callback | None:
        try:
            data = json.loads(payload)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        m = data.get("m")
        mode = _MODES.get(m) if isinstance(m, str) else None
        cmd = self.table.get(data["c"]) if isinstance(data.get("c"), str) else None
        args = data.get("a")
        if mode is None or cmd is None or not isinstance(args, dict):
            return None
        if any(v is not None and not isinstance(v, str | int | float) for v in args.values()):
            return None  # not something we wrote
        return Callback(Invocation(cmd.name, args), mode)  # the command's own parsing checks the values

    def _compact(self, action: Action, mode: Mode) -> str | None:
        body = compact(self.table, action.command, action.args)
        return None if body is None else ("e" if mode == "edit" else "n") + body

    def decode(self, data: str | None) -> Callback | None:
        """The invocation behind a button, or None for stale or forged data."""
        if not data:
            return None
        if data.startswith("~"):
            return self._lookup(data[1:])
        mode = _MODES.get(data[0])
        if mode is None:
            return None
        inv = expand(self.table, data[1:])
        return None if inv is None else Callback(inv, mode)


def _payload(callback: Callback) -> str | None:
    """The stored form of a long button: canonical JSON, so identical buttons share one key."""
    body = {"m": "e" if callback.mode == "edit" else "n", "c": callback.invocation.command,
            "a": dict(callback.invocation.args)}  # fmt: skip
    try:
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError):
        return None  # an argument JSON cannot carry: memory only


def _key(payload: str) -> str:
    """22 URL-safe characters (128 bits of SHA-256): short enough for callback data, and two
    different payloads meeting under one key is not a practical concern."""
    digest = hashlib.sha256(payload.encode()).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _label(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


def keyboard(actions: tuple[Action, ...], codec: CallbackCodec) -> InlineKeyboardMarkup | None:
    """Open buttons in rows of five, then Prev/Next on one row, then "Why N" buttons in rows of five,
    then any other action alone."""
    if not actions:
        return None
    opens = [a for a in actions if a.kind == "open"]
    nav = [a for a in actions if a.kind in ("prev", "next")]
    # "Why 1" … "Why 10" under a day's numbered events go five a row, like the open buttons; any
    # other action keeps a row of its own.
    whys = [a for a in actions if a.kind == "other" and a.command == "why"]
    others = [a for a in actions if a.kind == "other" and a.command != "why"]
    data = iter(codec.encode_all([*opens, *nav, *whys, *others]))

    def button(a: Action) -> InlineKeyboardButton:
        return InlineKeyboardButton(_label(a.label), callback_data=next(data))

    rows: list[list[InlineKeyboardButton]] = []
    for i in range(0, len(opens), OPEN_BUTTONS_PER_ROW):
        rows.append([button(a) for a in opens[i : i + OPEN_BUTTONS_PER_ROW]])
    if nav:
        rows.append([button(a) for a in nav])
    for i in range(0, len(whys), OPEN_BUTTONS_PER_ROW):
        rows.append([button(a) for a in whys[i : i + OPEN_BUTTONS_PER_ROW]])
    rows.extend([button(a)] for a in others)
    return InlineKeyboardMarkup(rows)
