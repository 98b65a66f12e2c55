"""The console's rendering of a reply: plain text, wrapped, marked words as [word], actions as
typed-command hints."""

from __future__ import annotations

import textwrap

from bot.replies import Action, Heading, ListItem, Paragraph, Quote, Reply, Span

PLATFORM = "console"
WIDTH = 100


def render_spans(spans: tuple[Span, ...]) -> str:
    out = []
    for s in spans:
        # Plain text: only marked words are shown, as [word]; everything else is verbatim.
        out.append(f"[{s.text}]" if s.style == "mark" else s.text)
    return "".join(out)


def render_text(reply: Reply, width: int = WIDTH) -> str:
    lines: list[str] = []
    for b in reply.blocks:
        if isinstance(b, Heading):
            text = render_spans(b.text)
            lines += [text, "=" * min(len(text), width)]
        elif isinstance(b, Paragraph):
            lines += textwrap.wrap(render_spans(b.text), width) or [""]
        elif isinstance(b, ListItem):
            marker = "★ " if b.highlight else "• "
            lines += textwrap.wrap(render_spans(b.text), width, initial_indent=marker, subsequent_indent="  ")
            lines += [f"  ↳ {s.file}:{s.line} ({s.article_id})" for s in b.sources]
        elif isinstance(b, Quote):
            lines += textwrap.wrap(render_spans(b.text), width, initial_indent="> ", subsequent_indent="> ")
            if b.source:
                lines.append(f"  ↳ {b.source.file}:{b.source.line} ({b.source.article_id})")
    hints = _action_hints(reply.actions)
    if hints:
        lines += ["", hints]
    return "\n".join(lines)


def _action_hints(actions: tuple[Action, ...]) -> str:
    parts = []
    opens = [a for a in actions if a.kind == "open"]
    if opens:
        parts.append(f"/open 1–{len(opens)} to read" if len(opens) > 1 else "/open 1 to read")
    if any(a.kind == "prev" for a in actions):
        parts.append("/prev page")
    if any(a.kind == "next" for a in actions):
        parts.append("/next page")
    return ("(" + " · ".join(parts) + ")") if parts else ""
