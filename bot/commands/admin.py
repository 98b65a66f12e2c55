"""Operator commands. Hidden from menus; allowed only to users listed in MEMORIAL_ADMINS (and to
the console, which is the operator's own terminal)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot import metrics
from bot.chat.model import BotCore, ChatContext, Command
from bot.i18n import N_
from bot.i18n.pieces import render
from bot.replies import Reply, error_reply, text_reply


def is_admin(core: BotCore, ctx: ChatContext) -> bool:
    if ctx.platform == "console":
        return True
    admins = core.services.admins
    return f"{ctx.platform}:{ctx.user_id}" in admins


async def reload(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    if not is_admin(core, ctx):
        return error_reply(tr.gettext("Only the bot's operators may reload the documents."), tr=tr)
    corpus_dir = core.services.corpus_dir
    if corpus_dir is None:
        return error_reply(tr.gettext("Reloading is only available while the bot runs (memorial-bot run)."), tr=tr)
    ok, report = await core.reload_index(corpus_dir)  # the operator's report: English, as the log's
    message = render(report, tr)  # … said in the chat's language
    if ok:
        metrics.record_index(core.index)
    return text_reply(message, title=tr.gettext("Reload")) if ok else error_reply(message, tr=tr)


COMMANDS = (
    Command(
        "reload",
        N_("Re-read the documents (operators only)"),
        N_(
            "Rebuilds the index from the corpus folder and swaps it in; if the corpus is broken, the "
            "current index stays and the reason is shown. Operators are listed in MEMORIAL_ADMINS."
        ),
        reload,
        hidden=True,
    ),
)
