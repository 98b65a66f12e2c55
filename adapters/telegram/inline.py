"""Inline mode: `@botname Liddell` offers matching articles, `@botname 09-03` that day's events,
in the user's language (their Telegram app's `language_code`).

Answered straight from the in-memory index (no I/O), so well within Telegram's ~10 s deadline; at
most 50 results per answer, with `next_offset` paging.
"""

from __future__ import annotations

import re

from telegram import InlineQueryResultArticle, InputTextMessageContent, LinkPreviewOptions
from telegram.constants import InlineQueryLimit, ParseMode

from adapters.telegram.render import MAX_MESSAGE_UNITS, escape, render_chunks, render_spans
from bot.chat.dispatch import Core
from bot.chat.model import ChatContext, Command, CommandTable, Invocation
from bot.chat.userinput import reads_as_date
from bot.replies import inline_text

PAGE_SIZE = InlineQueryLimit.RESULTS  # 50
MAX_RESULTS = 200  # deepest an inline user can scroll
MAX_QUERY_CHARS = 256  # Telegram's own inline query limit
DAY_COMMAND = "onthisday"

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|"
    "september|october|november|december"
)
_DATE_LIKE = re.compile(
    rf"^(?:\d{{1,2}}[-./]\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}}|today)$", re.IGNORECASE
)


def date_command(table: CommandTable) -> Command | None:
    """The on-this-day command, if the table has one (its first argument is the date). Not just any
    command with a date argument: /preview, say, reads the chat's settings, which an inline query has not."""
    cmd = table.get(DAY_COMMAND)
    return cmd if cmd is not None and cmd.args and cmd.args[0].kind == "date" else None


def _offset(raw: str) -> int:
    try:
        value = int(raw or 0)
    except ValueError:
        return 0  # forged or stale offset: start over
    return value if 0 <= value < MAX_RESULTS else 0


async def inline_results(
    core: Core, query: str, offset_text: str, ctx: ChatContext
) -> tuple[list[InlineQueryResultArticle], str]:
    """The results for one inline query and the next offset ("" when there are no more)."""
    query = query.strip()[:MAX_QUERY_CHARS]
    if not query:
        return [], ""
    offset = _offset(offset_text)
    day_cmd = date_command(core.table)
    # A day in any of the bot's languages: 09-03, 3 September, 3 сентября, 9月3日, 3 de septiembre.
    if day_cmd is not None and offset == 0 and (_DATE_LIKE.match(query) or reads_as_date(query)):
        reply = await core.dispatch(Invocation(day_cmd.name, {day_cmd.args[0].name: query}), ctx)
        if not reply.error:
            html = render_chunks(reply, MAX_MESSAGE_UNITS)[0]
            title = reply.title or core.localize(ctx).tr.gettext("On {day}", day=query)
            description = inline_text(reply.blocks[1].text)[:200] if len(reply.blocks) > 1 else ""
            return [
                InlineQueryResultArticle(
                    id=f"day:{query}"[:64],
                    title=title[:100],
                    description=description,
                    input_message_content=InputTextMessageContent(
                        html, parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
                    ),
                )
            ], ""
    hits = core.index.search.search(query, limit=min(offset + PAGE_SIZE + 1, MAX_RESULTS))
    page = hits[offset : offset + PAGE_SIZE]
    results = []
    for h in page:
        snippet_html, _, _ = render_spans(h.snippet)
        text = (
            f"<b>{escape(h.article.title)}</b>\n{snippet_html}\n"
            f"<i>{escape(f'↳ {h.article.file}:{h.line}')}</i> · /doc {escape(h.article.article_id)}"
        )
        results.append(
            InlineQueryResultArticle(
                id=h.article.article_id[:64],
                title=h.article.title[:100] or h.article.article_id,
                description=inline_text(h.snippet)[:200],
                input_message_content=InputTextMessageContent(
                    text, parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
                ),
            )
        )
    more = len(hits) > offset + PAGE_SIZE and offset + PAGE_SIZE < MAX_RESULTS
    return results, str(offset + PAGE_SIZE) if more else ""
