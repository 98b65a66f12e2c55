"""Platform-neutral replies: what a command answers, before any adapter renders it.

Text is carried as spans, never as markup strings, so nothing a user or a document contains can
be mistaken for formatting: each adapter escapes span text for its own format (Telegram HTML,
Discord markdown, plain text) and applies the span's style itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from bot.i18n import N_, Translator, translator

Style = Literal["plain", "mark", "strong", "em", "code"]


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    style: Style = "plain"


Inline = tuple[Span, ...]


def plain(text: str) -> Inline:
    return (Span(text),)


def inline(*parts: str | Span) -> Inline:
    return tuple(p if isinstance(p, Span) else Span(p) for p in parts if (p.text if isinstance(p, Span) else p))


def inline_text(spans: Iterable[Span]) -> str:
    return "".join(s.text for s in spans)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a statement comes from: article, file (relative to the corpus folder) and 1-based line,
    and `where` when a line number is not what a reader follows: "p. 3" (PDF), "item 2" (feed),
    "¶ 7" (Word) — `Article.where(line)` gives it, in English: its kind and number, said in the
    reply's language by `place` when the reply gets its language (`in_language`)."""

    article_id: str
    title: str
    file: str
    line: int
    where: str = ""

    def __reduce__(self) -> tuple[type[SourceRef], tuple[str, str, str, int, str]]:
        # Through the constructor: faster to unpickle than the slots default (bot/index/persist.py).
        return (SourceRef, (self.article_id, self.title, self.file, self.line, self.where))

    def label(self) -> str:
        return f"{self.file} {self.where}" if self.where else f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Heading:
    text: Inline


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: Inline


@dataclass(frozen=True, slots=True)
class ListItem:
    text: Inline
    sources: tuple[SourceRef, ...] = ()
    highlight: bool = False  # e.g. a milestone anniversary: adapters may mark it
    level: int = 0  # 1: listed under the item before it (a commemoration under its event): indented


@dataclass(frozen=True, slots=True)
class Quote:
    text: Inline
    source: SourceRef | None = None


Block = Heading | Paragraph | ListItem | Quote


@dataclass(frozen=True, slots=True)
class Action:
    """A follow-up the user can take with one click or one short command: paging, opening an
    article. `command` and `args` form an invocation the core understands, so adapters only
    have to carry it back (Telegram callback data, Discord custom_id, console shortcut)."""

    label: str
    command: str
    args: Mapping[str, Any] = field(default_factory=dict)
    kind: Literal["prev", "next", "open", "other"] = "other"


@dataclass(frozen=True, slots=True)
class Reply:
    blocks: tuple[Block, ...]
    actions: tuple[Action, ...] = ()
    title: str = ""  # short summary, e.g. for Discord embed titles or inline-query results
    error: bool = False  # a refusal or bad input: adapters may show it privately (ephemeral)
    page: int | None = None
    pages: int | None = None
    # The reply's language (bot.i18n.LANGUAGES), set by the core: adapters render their own words
    # (hints, button captions they add) in it with `bot.i18n.translator(reply.language)`.
    language: str = "en"


def error_reply(message: str, *hint: str, tr: Translator | None = None) -> Reply:
    """A short, clear refusal (already in the reply's language). `hint` lines are shown as
    examples (rendered as code), after "e.g." in `tr`'s language."""
    eg = (tr or translator("en")).gettext("e.g. ")
    blocks: list[Block] = [Paragraph(plain(message))]
    blocks.extend(Paragraph((Span(eg), Span(h, "code"))) for h in hint)
    return Reply(blocks=tuple(blocks), error=True)


def text_reply(*paragraphs: str, title: str = "") -> Reply:
    return Reply(blocks=tuple(Paragraph(plain(p)) for p in paragraphs), title=title)


def page_actions(
    command: str, args: Mapping[str, Any], page: int, pages: int, tr: Translator | None = None
) -> list[Action]:
    """◀ Prev / Next ▶ for page `page` of `pages` of a command's answer."""
    tr = tr or translator("en")
    actions = []
    if page > 1:
        actions.append(Action(tr.gettext("◀ Prev"), command, {**args, "page": page - 1}, kind="prev"))
    if page < pages:
        actions.append(Action(tr.gettext("Next ▶"), command, {**args, "page": page + 1}, kind="next"))
    return actions


# A source's place as the index keeps it (bot/corpus/model.py: `Article.where`, `Article.span`):
# its kind and number(s), written the English way; each reply says it in its own language.
_PLACE = re.compile(r"(p\.|pp\.|item|¶|lines) (\d+)(?:–(\d+))?")
_ONE_PLACE = {"p.": N_("p. {n}"), "item": N_("item {n}"), "¶": N_("¶ {n}")}
_PLACE_RANGE = {"pp.": N_("pp. {first}–{last}"), "¶": N_("¶ {first}–{last}"), "lines": N_("lines {first}–{last}")}


def place(where: str, tr: Translator) -> str:
    """ "p. 3" · "с. 3" · "第 3 页" · "p. 3"; "item 2", "¶ 7", "pp. 1–2", "lines 3–40" likewise.
    Anything else is returned as it is."""
    if tr.english or not where:
        return where
    m = _PLACE.fullmatch(where)
    if m is None:
        return where
    kind, first, last = m.groups()
    template = _ONE_PLACE.get(kind) if last is None else _PLACE_RANGE.get(kind)
    if template is None:
        return where
    return tr.gettext(template, n=first) if last is None else tr.gettext(template, first=first, last=last)


def _placed(src: SourceRef, tr: Translator) -> SourceRef:
    return replace(src, where=place(src.where, tr)) if src.where else src


def _block_in(block: Block, tr: Translator) -> Block:
    if isinstance(block, ListItem) and any(s.where for s in block.sources):
        return replace(block, sources=tuple(_placed(s, tr) for s in block.sources))
    if isinstance(block, Quote) and block.source is not None and block.source.where:
        return replace(block, source=_placed(block.source, tr))
    return block


def in_language(reply: Reply, tr: Translator) -> Reply:
    """The reply stamped with its language, its sources' places ("p. 3") said in it."""
    if not tr.english:
        reply = replace(reply, blocks=tuple(_block_in(b, tr) for b in reply.blocks))
    return replace(reply, language=tr.language)
