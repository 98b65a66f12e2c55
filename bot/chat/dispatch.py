"""The platform-neutral bot: the loaded index plus the command table, behind one `dispatch`.

Adapters hold a `Core`, turn platform events into `Invocation`s (or raw text) with a
`ChatContext`, and render the `Reply` they get back. Nothing here imports a platform library or
touches the network.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from pathlib import Path

from bot import metrics
from bot.chat.model import ChatContext, CommandTable, Invocation
from bot.chat.parse import ParseError, clean_input, coerce_args, parse_text, plain_text_invocation
from bot.chat.services import Services
from bot.i18n import N_
from bot.i18n.pieces import reason
from bot.index.build import Index, build_index
from bot.replies import Reply, error_reply, in_language
from bot.store.base import StoreUnavailable

log = logging.getLogger(__name__)


class Core:
    """Implements `BotCore`, the part of the bot every handler sees."""

    def __init__(self, index: Index, table: CommandTable, services: Services | None = None) -> None:
        self.index = index
        self.table = table
        self.services = services or Services()
        self._reload_lock = asyncio.Lock()
        # Where reloads persist the index (None: build in memory only, as tests mostly do).
        self.data_dir: Path | None = None

    def localize(self, ctx: ChatContext) -> ChatContext:
        """The context with the reply's language chosen (`ctx.tr`): the chat's /language setting,
        else the user's platform language (`ctx.language`), else MEMORIAL_LANGUAGE, else English."""
        return replace(ctx, tr=self.services.language_for(ctx.platform, ctx.chat_id, ctx.language))

    async def dispatch(self, inv: Invocation, ctx: ChatContext) -> Reply:
        """Run one command. Never raises: bad input gets a clear reply, and our own failures get
        a short apology (the details go to the log, not to the chat)."""
        return await self._run(inv, self.localize(ctx))

    async def _run(self, inv: Invocation, ctx: ChatContext) -> Reply:
        return in_language(await self._answer(inv, ctx), ctx.tr)

    async def _answer(self, inv: Invocation, ctx: ChatContext) -> Reply:
        tr = ctx.tr
        cmd = self.table.get(inv.command)
        if cmd is None:
            name = clean_input(inv.command)[:32]
            return error_reply(tr.gettext("Unknown command /{name}. Try /help for the list.", name=name), tr=tr)
        started = time.perf_counter()
        outcome = "ok"
        try:
            args = coerce_args(cmd, inv.args, tr)
            reply = await cmd.handler(self, args, ctx)
            outcome = "refused" if reply.error else "ok"
            return reply
        except ParseError as exc:
            outcome = "refused"
            return exc.reply
        except StoreUnavailable as exc:
            outcome = "failed"
            log.error("command /%s on %s: %s", cmd.name, ctx.platform, exc)
            return error_reply(
                tr.gettext(
                    "The bot's database cannot be reached right now, so nothing was changed. "
                    "Please try again in a few minutes; lookups and dates still work."
                ),
                tr=tr,
            )
        except Exception:
            outcome = "failed"
            log.exception("command /%s failed on %s", cmd.name, ctx.platform)
            return error_reply(
                tr.gettext("Sorry, something went wrong on our side while answering that. Please try again."), tr=tr
            )
        finally:
            elapsed = time.perf_counter() - started
            metrics.COMMANDS.labels(cmd.name, ctx.platform).inc()
            metrics.REPLY_LATENCY.labels(ctx.platform).observe(elapsed)
            # One line per command; never the user's text (it may be private), only its shape.
            log.info(
                "command /%s on %s: %s in %.1f ms",
                cmd.name,
                ctx.platform,
                outcome,
                elapsed * 1000,
                extra={
                    "platform": ctx.platform,
                    "command": cmd.name,
                    "outcome": outcome,
                    "latency_ms": round(elapsed * 1000, 2),
                },
            )

    async def reload_index(self, corpus_dir: str | Path) -> tuple[bool, str]:
        """Rebuild the index in a worker thread and swap it in whole; on any failure keep serving
        the old one. Readers never see a half-built index: the swap is one attribute assignment."""
        async with self._reload_lock:  # SIGHUP and /reload at once: one rebuild after the other
            try:
                new = await asyncio.to_thread(
                    build_index,
                    corpus_dir,
                    self.index.anniversaries,
                    data_dir=self.data_dir,
                    newest_year=self.index.newest_year,
                    persist_later=True,
                    keep_parts=True,  # the next reload updates from them, not from the parts file
                )
            except Exception as exc:  # CorpusError, or a bug: either way the old index stays
                log.error("corpus reload failed, keeping the current index: %s", exc)
                return False, reason(N_("reload failed, still serving the previous index: {error}"), error=str(exc))
            old, self.index = self.index, new
        # The operator's report: English (for the log) kept in pieces, which /reload says in the chat's language.
        return True, reason(
            N_("reloaded: {articles} articles (was {was}), {skipped} file(s) skipped, {how} in {seconds} s"),
            articles=len(new.corpus.articles),
            was=len(old.corpus.articles),
            skipped=len(new.corpus.skipped),
            how=reason(N_("opened unchanged")) if new.opened else reason(N_("built")),
            seconds=f"{new.built_seconds:.2f}",
        )

    async def handle_text(self, text: str, ctx: ChatContext, *, bot_username: str | None = None) -> Reply | None:
        """A typed line: a command, or (in a private chat) a question about a day or a search. None
        means "not for us" (plain chatter in a group, or a command addressed to another bot)."""
        ctx = self.localize(ctx)
        try:
            inv = parse_text(self.table, text, bot_username=bot_username, tr=ctx.tr)
        except ParseError as exc:
            return in_language(exc.reply, ctx.tr)
        if inv is None:
            if ctx.chat_kind != "private":
                return None
            inv = plain_text_invocation(text)
        return await self._run(inv, ctx)
