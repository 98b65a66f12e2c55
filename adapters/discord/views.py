"""Buttons for a reply's actions (paging, "open article") as a `discord.ui.View` with a timeout.

Views live in memory: after the timeout or a restart their buttons are stale. Every custom_id
carries our prefix and the view's nonce, so a click on a stale button is recognised and answered
politely (ephemerally) instead of leaving the user with "This interaction failed".
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence

import discord

from bot.replies import Action

log = logging.getLogger(__name__)

CUSTOM_ID_PREFIX = "mb:"
VIEW_TIMEOUT = 30 * 60.0  # seconds; long enough to read a page, short enough to free memory
BUTTONS_PER_ROW = 5
MAX_OPEN_ROWS = 4  # the fifth row is kept for paging
STALE_MESSAGE = "These buttons have expired. Run the command again to get fresh ones."

ActionCallback = Callable[[discord.Interaction, Action], Awaitable[None]]


class LiveViews:
    """The views still listening, by nonce, to tell stale clicks from live ones."""

    def __init__(self) -> None:
        self._live: dict[str, ActionView] = {}

    def add(self, view: ActionView) -> None:
        self._live[view.nonce] = view

    def discard(self, nonce: str) -> None:
        self._live.pop(nonce, None)

    def views(self) -> list[ActionView]:
        return list(self._live.values())

    def is_stale(self, custom_id: str) -> bool:
        if not custom_id.startswith(CUSTOM_ID_PREFIX):
            return False  # not ours
        nonce = custom_id[len(CUSTOM_ID_PREFIX) :].split(":", 1)[0]
        return nonce not in self._live


class ActionView(discord.ui.View):
    """One button per action: "open" buttons first (up to 20), then ◀ Prev / Next ▶ on the last row."""

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
        opens = [a for a in actions if a.kind == "open"][: BUTTONS_PER_ROW * MAX_OPEN_ROWS]
        paging = [a for a in actions if a.kind in ("prev", "next")]
        others = [a for a in actions if a.kind == "other"]
        for i, action in enumerate(opens):
            self._add(action, discord.ButtonStyle.secondary, row=i // BUTTONS_PER_ROW)
        for action in [*paging, *others][:BUTTONS_PER_ROW]:
            self._add(action, discord.ButtonStyle.primary, row=MAX_OPEN_ROWS)
        live.add(self)

    def _add(self, action: Action, style: discord.ButtonStyle, row: int) -> None:
        custom_id = f"{CUSTOM_ID_PREFIX}{self.nonce}:{len(self.children)}"
        button: discord.ui.Button[ActionView] = discord.ui.Button(
            label=action.label[:80], style=style, custom_id=custom_id, row=row
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


async def answer_stale(interaction: discord.Interaction) -> None:
    with contextlib.suppress(discord.HTTPException):
        await interaction.response.send_message(STALE_MESSAGE, ephemeral=True)
