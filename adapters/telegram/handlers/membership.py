"""The handler for changes of the bot's own membership (`my_chat_member`): blocked, removed or banned
stops that chat's daily post at once."""

from __future__ import annotations

from telegram import ChatMemberRestricted, Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from adapters.telegram.context import chat_kind, state_of
from adapters.telegram.sender import PLATFORM
from bot.chat.model import ChatKind
from bot.commands.subscriptions import chat_gone
from bot.i18n import N_

GONE_REASON: dict[ChatKind, str] = {
    "private": N_("bot blocked by the user"),
    "group": N_("bot removed from the group"),
    "channel": N_("bot removed from the channel"),
}


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Blocked by a user (private: "kicked"), removed or banned from a group or channel ("left",
    "kicked", or restricted while no longer a member): stop that chat's daily post now rather
    than at its next failed send. Being added, promoted or unblocked changes nothing."""
    change = update.my_chat_member
    if change is None:
        return
    new = change.new_chat_member
    gone = new.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED) or (
        isinstance(new, ChatMemberRestricted) and not new.is_member
    )
    if gone:
        state = state_of(context.bot_data)
        reason = GONE_REASON[chat_kind(change.chat)]
        chat_gone(state.core, PLATFORM, [str(change.chat.id)], reason, state.clock())
