"""/language: the chat's language, kept with its settings in the store, for replies and daily posts.

Which language a reply uses: the chat's /language, else the user's platform language (the adapter's
`ChatContext.language`), else MEMORIAL_LANGUAGE, else English (`Services.language_for`). A daily post
has no user: the chat's /language, else the platform's language recorded by /subscribe (the chat's
`ChatContext.chat_language`, else the subscriber's), else MEMORIAL_LANGUAGE
(`Services.post_language_for`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.chat.model import Arg, BotCore, ChatContext, Command
from bot.i18n import LANGUAGE_NAMES, LANGUAGES, N_, read_language
from bot.replies import Block, Heading, ListItem, Paragraph, Reply, Span, error_reply, inline, plain

# What clears the chat's choice, so each user's own language (or the default) applies again.
_RESET = frozenset(("default", "auto", "reset", "none", "off", "по умолчанию", "默认", "predeterminado"))
NOT_ALLOWED = N_("Only people who can manage this chat may change its language.")


def _choices() -> list[Block]:
    return [ListItem(inline(Span(f"/language {code}", "code"), f" — {LANGUAGE_NAMES[code]}")) for code in LANGUAGES]


async def language(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    typed = str(args.get("language", "")).strip()
    services = core.services
    if not typed:
        services.get_store()  # the chat's choice lives there: open it if nothing has yet
        chosen = services.chat_language(ctx.platform, ctx.chat_id)
        name = LANGUAGE_NAMES[tr.language]
        if chosen is not None:
            how = tr.gettext("Replies and daily posts in this chat are in {language}, as chosen with /language.",
                             language=name)  # fmt: skip
        else:
            how = tr.gettext(
                "Replies here are in {language}: this chat has chosen no language, so each user's app language "
                "is used, else the bot's default. The daily post uses the language of whoever subscribed the "
                "chat, else the bot's default.",
                language=name,
            )
        return Reply(
            blocks=(
                Heading(plain(tr.gettext("Language"))),
                Paragraph(plain(how)),
                *_choices(),
                Paragraph(inline(Span("/language default", "code"), tr.gettext(" goes back to each user's language."))),
            ),
            title=tr.gettext("Language"),
        )
    folded = typed.casefold()
    code = None if folded in _RESET else read_language(typed)
    if code is None and folded not in _RESET:
        message = tr.gettext("I don't know the language {typed}. Choose en, ru, zh or es.", typed=repr(typed[:40]))
        return error_reply(message, "/language ru", tr=tr)
    if not await ctx.caller_can_manage():
        return error_reply(tr.gettext(NOT_ALLOWED), tr=tr)
    services.get_store().set_chat_language(ctx.platform, ctx.chat_id, code, ctx.now)
    new = services.language_for(ctx.platform, ctx.chat_id, ctx.language)  # the answer is in the new language
    if code is None:
        text = new.gettext(
            "This chat no longer has a language of its own: replies follow each user's app language, else the "
            "bot's default ({language}).",
            language=LANGUAGE_NAMES[new.language],
        )
    else:
        text = new.gettext("Replies and daily posts in this chat are now in {language}.", language=LANGUAGE_NAMES[code])
    return Reply(
        blocks=(Paragraph(plain(text)), Paragraph(plain(new.date_rule()))),
        title=new.gettext("Language"),
    )


COMMANDS = (
    Command(
        "language",
        N_("Choose the language of replies and daily posts here"),
        N_(
            "Sets this chat's language for replies and its daily post: en (English), ru (Russian), zh (Simplified "
            "Chinese) or es (Spanish). Without it, each user gets their app's language, else the bot's default. "
            "'/language default' goes back to that. In groups, only people who can manage the chat may change it."
        ),
        language,
        args=(Arg("language", "text", N_("en, ru, zh or es (or default)")),),
        aliases=("lang",),
        examples=("/language ru", "/language zh", "/language es", "/language en"),
    ),
)
