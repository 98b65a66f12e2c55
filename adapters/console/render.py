"""The console's rendering of a reply: plain text, wrapped, marked words as [word], actions as
typed-command hints."""

from __future__ import annotations

import re
import textwrap

from bot.i18n import Translator, translator
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
            indent = "    " * b.level  # a commemoration sits under the event it commemorates
            marker = indent + ("★ " if b.highlight else "◦ " if b.level else "• ")
            lines += textwrap.wrap(render_spans(b.text), width, initial_indent=marker, subsequent_indent=indent + "  ")
            lines += [f"{indent}  ↳ {s.label()} ({s.article_id})" for s in b.sources]
        elif isinstance(b, Quote):
            lines += textwrap.wrap(render_spans(b.text), width, initial_indent="> ", subsequent_indent="> ")
            if b.source:
                lines.append(f"  ↳ {b.source.label()} ({b.source.article_id})")
    hints = _action_hints(reply.actions, translator(reply.language))
    if hints:
        lines += ["", hints]
    return "\n".join(lines)


_LABEL_NUMBER = re.compile(r"(\d+)\s*$")


def numbered_opens(actions: tuple[Action, ...]) -> dict[int, Action]:
    """The "open" actions by the number the user sees: the one in their label ("Open 6" on a
    search's second page, as on the platforms' buttons), else their position from 1."""
    opens = [a for a in actions if a.kind == "open"]
    numbers = [m.group(1) for a in opens if (m := _LABEL_NUMBER.search(a.label))]
    if len(numbers) == len(opens) and len(set(numbers)) == len(numbers):
        return {int(n): a for n, a in zip(numbers, opens, strict=True)}
    return dict(enumerate(opens, start=1))


def _action_hints(actions: tuple[Action, ...], tr: Translator) -> str:
    parts = []
    opens = numbered_opens(actions)
    if opens:
        first, last = min(opens), max(opens)
        which = f"{first}–{last}" if last > first else f"{first}"
        parts.append(tr.gettext("/open {numbers} to read", numbers=which))
    if any(a.kind == "prev" for a in actions):
        parts.append(tr.gettext("/prev page"))
    if any(a.kind == "next" for a in actions):
        parts.append(tr.gettext("/next page"))
    return ("(" + " · ".join(parts) + ")") if parts else ""
