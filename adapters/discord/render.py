"""Reply → Discord embeds, within Discord's limits.

Every piece of text from a document or a user is escaped (`escape_markdown`, then
`escape_mentions`) before our own formatting is applied, so nothing in the corpus can format a
message or ping anyone; sends also carry `AllowedMentions.none()` as a second guard. Long replies
are split between blocks (never inside one unless a single block is longer than an embed) across
embeds and then messages: Discord allows 4,096 characters per description, 6,000 across the embeds
of one message and 10 embeds per message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import discord

from adapters.discord.names import localize_hint
from bot.i18n import translator
from bot.replies import Block, Heading, ListItem, Paragraph, Quote, Reply, SourceRef, Span

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FOOTER_MAX = 2048
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
MESSAGE_EMBED_CHARS = 6000
EMBEDS_PER_MESSAGE = 10
FOOTER_BUDGET = 512  # our footers stay short, so every message can afford one

COLOUR = discord.Colour(0x8B1E1E)  # a muted poppy red
ERROR_COLOUR = discord.Colour(0x6B7280)

NO_MENTIONS = discord.AllowedMentions.none()


def escape(text: str) -> str:
    """Neutralise markdown and mentions in untrusted text."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def render_spans(spans: tuple[Span, ...], language: str = "en", *, heading: bool = False) -> str:
    """Spans as Discord markdown. A hint naming a command (a code span "/why 1", an em "(/doc x)",
    a heading "/why [событие]") shows the command's name in `language`, as Discord's menu does;
    a document's text (quotes, list items' plain text) is never rewritten."""
    out = []
    for s in spans:
        if not s.text:
            continue
        if s.style == "code":
            # Backticks cannot be escaped inside a code span; swap them for a look-alike.
            text = discord.utils.escape_mentions(localize_hint(s.text, language).replace("`", "ˋ"))
            out.append(f"`{text}`")
            continue
        hint = (s.style == "em" and s.text.startswith("(/")) or (heading and s is spans[0])
        text = escape(localize_hint(s.text, language) if hint else s.text)
        if s.style == "strong":
            out.append(f"**{text}**")
        elif s.style == "em":
            out.append(f"*{text}*")
        elif s.style == "mark":
            out.append(f"__{text}__")
        else:
            out.append(text)
    return "".join(out)


def _source_line(sources: tuple[SourceRef, ...]) -> str:
    return "-# ↳ " + " · ".join(escape(s.label()) for s in sources)


def render_block(block: Block, language: str = "en") -> str:
    if isinstance(block, Heading):
        return f"**{render_spans(block.text, language, heading=True)}**"
    if isinstance(block, Paragraph):
        return render_spans(block.text, language)
    if isinstance(block, ListItem):
        # A commemoration sits under the event it commemorates: indented with em spaces (Discord
        # drops ordinary leading spaces) and a hollow bullet.
        indent = "\u2003\u2003" * block.level
        marker = indent + ("★" if block.highlight else "◦" if block.level else "•")
        text = f"{marker} {render_spans(block.text, language)}"
        return text + ("\n" + _source_line(block.sources) if block.sources else "")
    if isinstance(block, Quote):
        text = "\n".join("> " + line for line in render_spans(block.text).split("\n"))
        return text + ("\n" + _source_line((block.source,)) if block.source else "")
    raise TypeError(f"unknown block {block!r}")


def reply_sources(reply: Reply) -> list[SourceRef]:
    seen: dict[str, SourceRef] = {}
    for b in reply.blocks:
        refs = b.sources if isinstance(b, ListItem) else ((b.source,) if isinstance(b, Quote) and b.source else ())
        for r in refs:
            seen.setdefault(r.label(), r)
    return list(seen.values())


def footer_text(reply: Reply) -> str:
    """The source(s) and the page, e.g. 'Source: 004_digest.txt:12 · Page 2 of 5', in the reply's
    language (plain text: Discord shows footers verbatim, so no escaping is needed there)."""
    tr = translator(reply.language)
    parts = []
    sources = reply_sources(reply)
    if sources:
        labels = ", ".join(s.label() for s in sources)
        parts.append(tr.ngettext("Source: {sources}", "Sources: {sources}", len(sources), sources=labels))
    if reply.page and reply.pages and reply.pages > 1:
        parts.append(tr.gettext("Page {page} of {pages}", page=reply.page, pages=reply.pages))
    text = " · ".join(parts)
    return _cut(text, FOOTER_BUDGET)


def _cut(text: str, limit: int) -> str:
    """Shorten to `limit` characters at a word boundary, marking the cut with '…'."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip("\\") + "…"  # never leave a dangling escape backslash


def _split_long(text: str, limit: int) -> list[str]:
    """Split one over-long rendered block into pieces of at most `limit`, at line or word breaks."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = text.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        while cut > 0 and text[cut - 1] == "\\":  # keep an escape with the character it escapes
            cut -= 1
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


@dataclass
class RenderedMessage:
    embeds: list[discord.Embed] = field(default_factory=list)

    def chars(self) -> int:
        return sum(len(e) for e in self.embeds)


def render_reply(reply: Reply) -> list[RenderedMessage]:
    """Render a reply as one or more messages of embeds, each within Discord's limits. The title
    goes on the first embed, the footer (sources, page) on the last one."""
    colour = ERROR_COLOUR if reply.error else COLOUR
    blocks = list(reply.blocks)
    title = reply.title
    if not title and blocks and isinstance(blocks[0], Heading):
        # A leading heading reads better as the embed's title than as a bold first line.
        title = "".join(s.text for s in blocks[0].text)
        blocks = blocks[1:]
    title = _cut(escape(localize_hint(title, reply.language)), TITLE_MAX) if title else ""
    first = render_block(blocks[0], reply.language) if blocks else ""
    if title and blocks and isinstance(blocks[0], Heading) and first == f"**{title}**":
        blocks = blocks[1:]  # the title already says it

    pieces: list[str] = []
    for b in blocks:
        pieces.extend(_split_long(render_block(b, reply.language), DESCRIPTION_MAX))

    footer = footer_text(reply)
    messages: list[RenderedMessage] = [RenderedMessage()]
    desc: list[str] = []
    desc_len = 0
    msg_chars = len(title) + len(footer)  # reserve the footer in every message: any may be last

    def close_embed() -> None:
        nonlocal desc, desc_len
        first = not any(m.embeds for m in messages)
        embed = discord.Embed(description="\n\n".join(desc) or None, colour=colour)
        if first and title:
            embed.title = title
        messages[-1].embeds.append(embed)
        desc, desc_len = [], 0

    for piece in pieces:
        sep = 2 if desc else 0
        fits_embed = desc_len + sep + len(piece) <= DESCRIPTION_MAX
        fits_message = msg_chars + sep + len(piece) <= MESSAGE_EMBED_CHARS
        if not (fits_embed and fits_message) and desc:
            close_embed()
            sep = 0
            fits_message = msg_chars + len(piece) <= MESSAGE_EMBED_CHARS
            if not fits_message or len(messages[-1].embeds) >= EMBEDS_PER_MESSAGE:
                messages.append(RenderedMessage())
                msg_chars = len(footer)
        desc.append(piece)
        desc_len += sep + len(piece)
        msg_chars += sep + len(piece)
    if desc or not any(m.embeds for m in messages):
        close_embed()
    if footer:
        messages[-1].embeds[-1].set_footer(text=footer)
    return [m for m in messages if m.embeds]
