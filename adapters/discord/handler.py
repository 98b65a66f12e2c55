"""From a Discord interaction to the core and back: context, dispatch, deferral, rendering.

The adapter holds no business logic: it builds a `ChatContext`, calls `core.dispatch`, and
renders the `Reply`. Refusals and bad input (`Reply.error`) are answered ephemerally, so only the
person who asked sees them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from typing import Any

import discord

from adapters.discord.custom_ids import ButtonCodec
from adapters.discord.render import NO_MENTIONS, render_reply
from adapters.discord.views import ActionView, LiveViews, action_view
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, Invocation
from bot.replies import Action, Reply

log = logging.getLogger(__name__)

PLATFORM = "discord"
# Discord drops an interaction not acknowledged within 3 s; past this we defer and follow up.
DEFER_AFTER = 1.5


def chat_context(interaction: discord.Interaction) -> ChatContext:
    """Who, where and when. `now` is the interaction's own timestamp (from its snowflake id), the
    moment the user acted."""
    in_guild = interaction.guild_id is not None
    user = interaction.user

    async def can_manage() -> bool:
        # Resolved permissions of the member in this channel, sent by Discord with the interaction.
        perms = interaction.permissions
        return perms.administrator or perms.manage_channels or perms.manage_guild

    return ChatContext(
        platform=PLATFORM,
        chat_id=str(interaction.channel_id or (user.id if user else "")),
        chat_kind="group" if in_guild else "private",
        user_id=str(user.id) if user else "",
        user_name=user.display_name if user else "",
        now=interaction.created_at,
        can_manage=can_manage,
        language=_locale(interaction),
        chat_language=_server_locale(interaction) if in_guild else None,
    )


def _locale(interaction: discord.Interaction, which: str = "locale") -> str | None:
    """The user's Discord locale ("zh-CN", "es-ES"), or the server's (`guild_locale`, for the daily
    post): hints; the channel's /language wins."""
    locale = getattr(interaction, which, None)
    return str(getattr(locale, "value", locale)) if locale else None


def _server_locale(interaction: discord.Interaction) -> str | None:
    """The server's own language (`preferred_locale`, sent as `guild_locale`), for the daily post.
    Only Community servers choose one; every other server's is en-US whatever its members speak,
    so there it is no evidence (the subscriber's language counts instead)."""
    guild = interaction.guild
    if guild is not None and "COMMUNITY" not in guild.features:
        return None
    return _locale(interaction, "guild_locale")


class InteractionHandler:
    def __init__(self, core: Core, *, defer_after: float = DEFER_AFTER, live_views: LiveViews | None = None) -> None:
        self.core = core
        self.defer_after = defer_after
        self.live_views = live_views or LiveViews()
        self.buttons = ButtonCodec(core.table)

    async def _dispatch(self, interaction: discord.Interaction, inv: Invocation, *, update: bool) -> Reply:
        """Run the command; if it is not done within `defer_after`, acknowledge first (a "thinking"
        placeholder, or for a paging click an invisible deferred update) and let it finish."""
        task = asyncio.ensure_future(self.core.dispatch(inv, chat_context(interaction)))
        done = False
        if self.defer_after > 0:  # 0 means "always defer"
            finished, _ = await asyncio.wait({task}, timeout=self.defer_after)
            done = bool(finished)
        if not done and not interaction.response.is_done():
            try:
                await interaction.response.defer(thinking=not update)
                interaction.extras["thinking"] = not update
            except discord.HTTPException:
                log.warning("could not defer /%s (interaction expired?)", inv.command)
        return await task

    async def run_command(self, interaction: discord.Interaction, command: str, args: Mapping[str, Any]) -> None:
        clean = {k: v for k, v in args.items() if v is not None}
        reply = await self._dispatch(interaction, Invocation(command, clean), update=False)
        await self.send(interaction, reply)

    async def run_action(self, interaction: discord.Interaction, action: Action) -> None:
        """A button: paging edits the message in place; "open" answers with a new message."""
        update = action.kind in ("prev", "next")
        reply = await self._dispatch(interaction, Invocation(action.command, dict(action.args)), update=update)
        if update and not reply.error:
            await self.edit(interaction, reply)
        else:
            await self.send(interaction, reply)

    def _view(self, reply: Reply) -> discord.ui.View | None:
        if not reply.actions or reply.error:
            return None
        return action_view(reply.actions, self.buttons, self.run_action, self.live_views)

    async def send(self, interaction: discord.Interaction, reply: Reply) -> None:
        """Answer with one or more messages; the buttons go on the last one."""
        messages = render_reply(reply)
        view = self._view(reply)
        ephemeral = reply.error
        try:
            if ephemeral and interaction.extras.get("thinking"):
                # The public "thinking…" placeholder would turn the refusal public: remove it, so
                # the follow-up is a new, private message.
                await interaction.delete_original_response()
            for i, msg in enumerate(messages):
                last = i == len(messages) - 1
                kwargs: dict[str, Any] = {"embeds": msg.embeds, "ephemeral": ephemeral, "allowed_mentions": NO_MENTIONS}
                if last and view is not None:
                    kwargs["view"] = view
                sent: object
                if not interaction.response.is_done():
                    callback = await interaction.response.send_message(**kwargs)
                    sent = callback.resource if callback is not None else None
                else:
                    sent = await interaction.followup.send(wait=True, **kwargs)
                if last and isinstance(view, ActionView) and isinstance(sent, discord.Message):
                    view.message = sent
        except discord.HTTPException as exc:
            _forget(view)
            log.warning("could not answer /%s: %s", _command_name(interaction), exc)

    async def edit(self, interaction: discord.Interaction, reply: Reply) -> None:
        """Replace the message the button was on (a new page); any overflow follows as new messages."""
        first, *rest = render_reply(reply)
        view = self._view(reply)
        kwargs: dict[str, Any] = {"embeds": first.embeds, "view": view, "allowed_mentions": NO_MENTIONS}
        try:
            if not interaction.response.is_done():
                await interaction.response.edit_message(**kwargs)
            else:
                await interaction.edit_original_response(**kwargs)
            if isinstance(view, ActionView):
                view.message = interaction.message
            for msg in rest:
                await interaction.followup.send(embeds=msg.embeds, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            _forget(view)
            log.warning("could not update a page: %s", exc)

    async def apologise(self, interaction: discord.Interaction, text: str) -> None:
        """An ephemeral note for failures outside the core (bad option values, our own bugs)."""
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


def _forget(view: discord.ui.View | None) -> None:
    """Free an in-memory view whose message was not sent. Only those: stopping a view of
    ActionButtons would make discord.py unregister the ActionButton class for every message."""
    if isinstance(view, ActionView):
        view.stop()


def _command_name(interaction: discord.Interaction) -> str:
    data: Mapping[str, object] = interaction.data or {}
    return str(data.get("name") or data.get("custom_id") or "?")
