"""Rendering and keyboards without the network: every chunk must pass the same HTML/length checks
the fake Bot API applies (Telegram's rules), and callback data must round-trip within 64 bytes."""

from __future__ import annotations

import pytest

from adapters.telegram.keyboards import CallbackCodec, keyboard
from adapters.telegram.render import MAX_MESSAGE_UNITS, render_chunks, utf16_len
from bot.chat.dispatch import Core
from bot.chat.model import Invocation
from bot.replies import Action, Heading, ListItem, Paragraph, Quote, Reply, SourceRef, Span

from .fake_telegram import parse_html

SRC = SourceRef("abc123", "A title", "dir/file.txt", 7)


def visible(chunks: list[str]) -> list[str]:
    """What users see, checked as Telegram would (raises on bad HTML)."""
    out = []
    for c in chunks:
        text, entities = parse_html(c)
        assert utf16_len(text) <= MAX_MESSAGE_UNITS and entities <= 100
        out.append(text)
    return out


def test_every_piece_of_text_is_escaped_and_styles_become_tags():
    reply = Reply(
        blocks=(
            Heading((Span("<b>Heading & co"),)),
            Paragraph((Span("plain <script>alert(1)</script> "), Span("x < y", "mark"), Span(" &amp; literal"))),
            ListItem((Span("item </i>", "em"),), (SourceRef("id", "t", "a<b>.txt", 3),), highlight=True),
            Quote((Span("quoted <u>", "code"),), SRC),
        )
    )
    (chunk,) = render_chunks(reply)
    (text,) = visible([chunk])
    assert text == (
        "<b>Heading & co\n\nplain <script>alert(1)</script> x < y &amp; literal\n\n"
        "★ item </i>\n↳ a<b>.txt:3\n\nquoted <u>\n↳ dir/file.txt:7"
    )
    assert "<b>x &lt; y</b>" in chunk and "<i>item &lt;/i&gt;</i>" in chunk and "<blockquote>" in chunk


def test_long_replies_split_between_blocks_with_utf16_counting():
    # 🎖 is two UTF-16 units: 60 items of ~150 units each need three messages, not two.
    items = tuple(ListItem((Span(f"{i:03d} " + "🎖" * 70),), (SRC,)) for i in range(60))
    chunks = render_chunks(Reply(blocks=(Heading((Span("Many items"),)), *items)))
    texts = visible(chunks)
    assert len(chunks) >= 3
    for t in texts:  # no item is cut: each chunk holds whole items, each with its source
        assert t.count("• ") == t.count("↳ dir/file.txt:7")
    assert sum(t.count("• ") for t in texts) == 60


def test_one_oversized_word_is_cut_between_characters_never_inside_a_surrogate_pair_or_tag():
    word = "🎖" * 5000 + "x" * 3000  # no spaces at all; 13,000 UTF-16 units
    chunks = render_chunks(Reply(blocks=(Paragraph((Span(word, "strong"),)),)))
    texts = visible(chunks)
    assert "".join(texts) == word
    assert all(c.startswith("<b>") and c.endswith("</b>") for c in chunks)


def test_too_many_styled_spans_spread_over_messages():
    spans = tuple(Span(f"w{i} ", "mark" if i % 2 else "plain") for i in range(600))
    texts = visible(render_chunks(Reply(blocks=(Paragraph(spans),))))
    assert len(texts) >= 4 and "".join(texts) == "".join(s.text for s in spans)


# ---------------------------------------------------------------------------------------------
# Callback data


def test_callback_data_round_trips_compactly_or_through_the_map(core: Core):
    codec = CallbackCodec(core.table)
    short = Action("Next ▶", "search", {"query": "Eric Liddell", "page": 2}, kind="next")
    data = codec.encode(short)
    assert data == 'e["search","Eric Liddell",2]'
    cb = codec.decode(data)
    assert (
        cb is not None
        and cb.mode == "edit"
        and cb.invocation == Invocation("search", {"query": "Eric Liddell", "page": 2})
    )

    long_query = "Второй мировой войны мемориал " * 4  # Cyrillic: 2 bytes a letter, far over 64 bytes
    action = Action("Next ▶", "search", {"query": long_query, "page": 3}, kind="next")
    data = codec.encode(action)
    assert data.startswith("~") and len(data.encode()) <= 64
    assert codec.decode(data).invocation.args == {"query": long_query, "page": 3}  # type: ignore[union-attr]

    opened = codec.decode(codec.encode(Action("Open 1", "doc", {"article": "7ab1f62c"}, kind="open")))
    assert opened is not None and opened.mode == "new"


def test_the_payload_map_is_bounded_and_forgets_the_oldest(core: Core):
    codec = CallbackCodec(core.table, max_stored=3)
    datas = [codec.encode(Action("n", "search", {"query": f"{i} " + "x" * 80}, kind="next")) for i in range(5)]
    assert [codec.decode(d) is not None for d in datas] == [False, False, True, True, True]


@pytest.mark.parametrize(
    "data",
    ["", "x", "e", "e[]", "e{}", 'e["search",true]', 'e["search",1.5]', 'e["search",["a"]]', 'e["search","a",1,2]',
     'q["search","a"]', 'e["nosuch"]', "~", "~AAAA", 'e["search",null,{"page":1}]'],
)  # fmt: skip
def test_forged_callback_data_decodes_to_nothing(core: Core, data: str):
    assert CallbackCodec(core.table).decode(data) is None


def test_keyboard_layout_open_buttons_then_paging(core: Core):
    codec = CallbackCodec(core.table)
    opens = [Action(f"Open {i}", "doc", {"article": f"id{i}"}, kind="open") for i in range(1, 8)]
    actions = (
        *opens,
        Action("◀ Prev", "search", {"query": "q", "page": 1}, kind="prev"),
        Action("Next ▶", "search", {"query": "q", "page": 3}, kind="next"),
    )
    markup = keyboard(actions, codec)
    assert markup is not None
    rows = [[b.text for b in row] for row in markup.inline_keyboard]
    assert rows == [[f"Open {i}" for i in range(1, 6)], ["Open 6", "Open 7"], ["◀ Prev", "Next ▶"]]
    assert keyboard((), codec) is None
