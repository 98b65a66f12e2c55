"""Reply → Telegram HTML messages.

Every piece of text is escaped with `html.escape`, and tags come only from span styles, so nothing a
user or a document contains can break a message. Telegram counts its 4096-character limit on the
text *after* entity parsing, in UTF-16 code units, so chunks are measured that way; a reply is split
between blocks, and a single oversized block is split between words into blocks of the same kind, so
a cut never falls inside a tag.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.replies import Block, Heading, ListItem, Quote, Reply, SourceRef, Span

MAX_MESSAGE_UNITS = 4096  # UTF-16 code units of visible text
MAX_ENTITIES = 90  # Telegram honours 100 entities per message; leave room for auto-detected ones

_TAGS = {"plain": None, "mark": "b", "strong": "b", "em": "i", "code": "code"}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass(frozen=True, slots=True)
class Piece:
    """One rendered block (or part of one): its HTML, visible length and entity count."""

    html: str
    units: int
    entities: int


def render_spans(spans: tuple[Span, ...]) -> tuple[str, int, int]:
    out, units, entities = [], 0, 0
    for s in spans:
        if not s.text:
            continue
        tag = _TAGS.get(s.style)
        body = escape(s.text)
        if tag:
            out.append(f"<{tag}>{body}</{tag}>")
            entities += 1
        else:
            out.append(body)
        units += utf16_len(s.text)
    return "".join(out), units, entities


def _source_line(src: SourceRef) -> tuple[str, int, int]:
    label = f"↳ {src.label()}"
    return f"<i>{escape(label)}</i>", utf16_len(label), 1


def _render_block(block: Block, spans: tuple[Span, ...], with_sources: bool = True) -> Piece:
    body, units, entities = render_spans(spans)
    if isinstance(block, Heading):
        return Piece(f"<b>{body}</b>", units, entities + 1)
    if isinstance(block, ListItem):
        # A commemoration sits under the event it commemorates: indented (no-break spaces, which
        # Telegram keeps) and with a hollow bullet.
        indent = "\u00a0\u00a0\u00a0\u00a0" * block.level
        marker = indent + ("★ " if block.highlight else "◦ " if block.level else "• ")
        parts, units, entities = [escape(marker) + body], units + len(marker), entities
        for src in block.sources if with_sources else ():
            h, u, e = _source_line(src)
            parts.append(h)
            units, entities = units + 1 + u, entities + e
        return Piece("\n".join(parts), units, entities)
    if isinstance(block, Quote):
        h = f"<blockquote>{body}</blockquote>"
        units, entities = units, entities + 1
        if block.source and with_sources:
            sh, su, se = _source_line(block.source)
            h, units, entities = f"{h}\n{sh}", units + 1 + su, entities + se
        return Piece(h, units, entities)
    return Piece(body, units, entities)


def _cut(text: str, budget: int) -> int:
    """Index where to cut `text` so the head fits in `budget` UTF-16 units: after the last space
    that fits, else (one huge word) at the last whole character that fits."""
    used, last_space, i = 0, -1, 0
    for i, ch in enumerate(text):
        w = 2 if ord(ch) > 0xFFFF else 1
        if used + w > budget:
            return last_space + 1 if last_space >= 0 else i
        used += w
        if ch.isspace():
            last_space = i
    return len(text)


def _split_spans(spans: tuple[Span, ...], budget: int) -> list[tuple[Span, ...]]:
    """Split spans into groups of at most `budget` visible units and of at most MAX_ENTITIES
    styled spans, cutting a span's text between words where possible."""
    groups: list[list[Span]] = [[]]
    used = styled = 0
    queue = list(spans)
    while queue:
        s = queue.pop(0)
        if not s.text:
            continue
        room = budget - used
        full_group = s.style != "plain" and styled >= MAX_ENTITIES - 2
        if not full_group and utf16_len(s.text) <= room:
            groups[-1].append(s)
            used += utf16_len(s.text)
            styled += s.style != "plain"
            continue
        cut = 0 if full_group else _cut(s.text, room)
        if cut <= 0 and groups[-1]:
            groups.append([])
            used = styled = 0
            queue.insert(0, s)
            continue
        cut = max(cut, 1)  # an empty group cannot take less than one character
        head, tail = s.text[:cut], s.text[cut:]
        groups[-1].append(Span(head, s.style))
        groups.append([])
        used = styled = 0
        if tail:
            queue.insert(0, Span(tail, s.style))
    return [tuple(g) for g in groups if g]


def block_pieces(block: Block, limit: int = MAX_MESSAGE_UNITS) -> list[Piece]:
    whole = _render_block(block, block.text)
    if whole.units <= limit and whole.entities <= MAX_ENTITIES:
        return [whole]
    overhead = whole.units - sum(utf16_len(s.text) for s in block.text)
    groups = _split_spans(block.text, max(limit - overhead, 1))
    return [_render_block(block, g, with_sources=i == len(groups) - 1) for i, g in enumerate(groups)]


def _separator(prev: Block, block: Block) -> str:
    return "\n" if isinstance(prev, ListItem) and isinstance(block, ListItem) else "\n\n"


def render_chunks(reply: Reply, limit: int = MAX_MESSAGE_UNITS) -> list[str]:
    """The reply as one or more HTML messages, each within Telegram's limits."""
    chunks: list[str] = []
    cur: list[str] = []
    units = entities = 0
    prev: Block | None = None
    for block in reply.blocks:
        for piece in block_pieces(block, limit):
            sep = _separator(prev, block) if cur and prev is not None else ""
            if cur and (units + len(sep) + piece.units > limit or entities + piece.entities > MAX_ENTITIES):
                chunks.append("".join(cur))
                cur, units, entities, sep = [], 0, 0, ""
            cur.append(sep + piece.html)
            units += len(sep) + piece.units
            entities += piece.entities
            prev = block
    if cur:
        chunks.append("".join(cur))
    return chunks or ["…"]


def render_html(reply: Reply) -> str:
    """The whole reply as one HTML string (callers that know it is short, e.g. inline results)."""
    return "\n\n".join(render_chunks(reply))


def reply_plain_text(reply: Reply, max_chars: int = 200) -> str:
    """The reply as plain text, e.g. for a callback-query toast (≤ 200 characters)."""
    text = " ".join("".join(s.text for s in b.text) for b in reply.blocks)
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"
