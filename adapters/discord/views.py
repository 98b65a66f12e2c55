"""Buttons for a reply's actions (paging, "open article"): normally `ActionButton`s, whose custom_id
is the action itself, so they work in any process and after a restart; when an action is too long
for a custom_id, in-memory buttons (`ActionView`, with a timeout) whose clicks after the timeout or a
restart get a polite, ephemeral "expired" answer rather than "This interaction failed".
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import discord

from adapters.discord.custom_ids import PREFIX, TEMPLATE, ButtonCodec
from adapters.discord.language import user_translator
from bot.i18n import N_
from bot.replies import Action

log = logging.getLogger(__name__)

CUSTOM_ID_PREFIX = PREFIX
VIEW_TIMEOUT = 30 * 60.0  # seconds; long enough to read a page, short enough to free memory
BUTTONS_PER_ROW = 5
MAX_OPEN_ROWS = 4  # the fifth row is kept for paging
MAX_LABEL = 80  # Discord's limit for a button label
STALE_MESSAGE = N_("These buttons have expired. Run the command again to get fresh ones.")

ActionCallback = Callable[[discord.Interaction, Action], Awaitable[None]]


class ActionRunner(Protocol):
    """What a clicked `ActionButton` needs from the client's `handler` (an InteractionHandler)."""

    buttons: ButtonCodec

    async def run_action(self, interaction: discord.Interaction, action: Action) -> None: ...


def layout(actions: Sequence[Action]) -> list[tuple[Action, discord.ButtonStyle, int]]:
    """Where each button goes: "open" ones first (up to 20, five a row), then ◀ Prev / Next ▶ and the
    others on the last row. A reply without "open" buttons puts its others ("Why 1" … "Why 10" under
    a day's events) five a row above the paging row instead, so that every numbered item keeps its
    button."""
    opens = [a for a in actions if a.kind == "open"][: BUTTONS_PER_ROW * MAX_OPEN_ROWS]
    paging = [a for a in actions if a.kind in ("prev", "next")]
    others = [a for a in actions if a.kind == "other"]
    if not opens and len(paging) + len(others) > BUTTONS_PER_ROW:
        opens, others = others[: BUTTONS_PER_ROW * MAX_OPEN_ROWS], []
    placed = [(a, discord.ButtonStyle.secondary, i // BUTTONS_PER_ROW) for i, a in enumerate(opens)]
    placed += [(a, discord.ButtonStyle.primary, MAX_OPEN_ROWS) for a in [*paging, *others][:BUTTONS_PER_ROW]]
    return placed


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=TEMPLATE):
    """A button that is its action. The instance sent with a message is only a template: on a
    click discord.py calls `from_custom_id`, which decodes the action with the receiving client's
    command table."""

    def __init__(
        self,
        custom_id: str,
        *,
        label: str | None,
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        row: int | None = None,
        action: Action | None = None,
        runner: ActionRunner | None = None,
    ) -> None:
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=custom_id), row=row)
        self.action = action
        self.runner = runner

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ActionButton:
        # MemorialClient.handler; looked up by name because the handler module imports this one.
        runner: ActionRunner | None = getattr(interaction.client, "handler", None)
        label = getattr(item, "label", None)
        action = runner.buttons.decode(match.string, label or "") if runner is not None else None
        return cls(match.string, label=label, action=action, runner=runner)

    async def callback(self, interaction: discord.Interaction) -> None:
        if self.action is None or self.runner is None:
            await answer_stale(interaction)  # e.g. a command since removed from the table
            return
        await self.runner.run_action(interaction, self.action)


def persistent_view(actions: Sequence[Action], codec: ButtonCodec) -> discord.ui.View | None:
    """A view of `ActionButton`s, or None if any action cannot be a custom_id (or two would share
    one, which Discord refuses). All or nothing: discord.py unregisters a DynamicItem class when a
    view holding one times out or stops, so these views have no timeout and are never stopped,
    and in-memory buttons (which need a timeout) never share a view with them."""
    placed = layout(actions)
    ids = [custom_id for action, _, _ in placed if (custom_id := codec.encode(action)) is not None]
    if len(ids) != len(placed) or len(set(ids)) != len(ids):
        return None
    view = discord.ui.View(timeout=None)
    for (action, style, row), custom_id in zip(placed, ids, strict=True):
        view.add_item(ActionButton(custom_id, label=action.label[:MAX_LABEL], style=style, row=row))
    return view


class LiveViews:
    """The in-memory views still listening, by nonce, to tell stale clicks from live ones."""

    def __init__(self) -> None:
        self._live: dict[str, ActionView] = {}

    def add(self, view: ActionView) -> None:
        self._live[view.nonce] = view

    def discard(self, nonce: str) -> None:
        self._live.pop(nonce, None)

    def views(self) -> list[ActionView]:
        return list(self._live.values())

    def is_stale(self, custom_id: str) -> bool:
        if not custom_id.startswith(CUSTOM_ID_PREFIX) or TEMPLATE.fullmatch(custom_id):
            return False  # not ours, or an ActionButton (which answers for itself)
        nonce = custom_id[len(CUSTOM_ID_PREFIX) :].split(":", 1)[0]
        return nonce not in self._live


class ActionView(discord.ui.View):
    """In-memory buttons, for a reply with an action too long for a custom_id: one button per
    action, laid out as `layout` says, forgotten after `timeout`."""

    def __init__(
        self,
        actions: Sequence[Action],
        on_action: ActionCallback,
        live: LiveViews,
        *,
        timeout: float | None = VIEW_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        self.nonce = secrets.token_hex(6)
        self.live = live
        self.message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None = None
        self._on_action = on_action
        for action, style, row in layout(actions):
            self._add(action, style, row)
        live.add(self)

    def _add(self, action: Action, style: discord.ButtonStyle, row: int) -> None:
        custom_id = f"{CUSTOM_ID_PREFIX}{self.nonce}:{len(self.children)}"
        button: discord.ui.Button[ActionView] = discord.ui.Button(
            label=action.label[:MAX_LABEL], style=style, custom_id=custom_id, row=row
        )

        async def clicked(interaction: discord.Interaction) -> None:
            await self._on_action(interaction, action)

        button.callback = clicked  # type: ignore[method-assign]
        self.add_item(button)

    def stop(self) -> None:
        self.live.discard(self.nonce)
        super().stop()

    async def on_timeout(self) -> None:
        """Take the buttons off the message so nobody clicks a dead one (best effort: the message
        may be gone or the interaction token expired)."""
        self.live.discard(self.nonce)
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)


def action_view(
    actions: Sequence[Action], codec: ButtonCodec, on_action: ActionCallback, live: LiveViews
) -> discord.ui.View:
    """Buttons that survive restarts when every action fits a custom_id, else in-memory ones."""
    view = persistent_view(actions, codec)
    return view if view is not None else ActionView(actions, on_action, live)


async def answer_stale(interaction: discord.Interaction) -> None:
    with contextlib.suppress(discord.HTTPException):
        await interaction.response.send_message(user_translator(interaction).gettext(STALE_MESSAGE), ephemeral=True)
