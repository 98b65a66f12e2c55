"""Replies become embeds within Discord's limits, split between blocks, with nothing lost."""

from __future__ import annotations

import re

import pytest

from adapters.discord.render import (
    DESCRIPTION_MAX,
    EMBEDS_PER_MESSAGE,
    MESSAGE_EMBED_CHARS,
    TITLE_MAX,
    render_reply,
)
from bot.replies import Heading, ListItem, Paragraph, Quote, Reply, SourceRef, Span, plain


def check_limits(reply: Reply) -> list[list[dict]]:
    messages = render_reply(reply)
    out = []
    for m in messages:
        assert 1 <= len(m.embeds) <= EMBEDS_PER_MESSAGE
        assert sum(len(e) for e in m.embeds) <= MESSAGE_EMBED_CHARS
        for e in m.embeds:
            assert len(e.description or "") <= DESCRIPTION_MAX
            assert len(e.title or "") <= TITLE_MAX
        out.append([e.to_dict() for e in m.embeds])
    return out


def words_of(messages: list[list[dict]]) -> list[str]:
    text = " ".join(e.get("description", "") for m in messages for e in m)
    return re.findall(r"w\d+", text)


def paragraphs(n: int, size: int) -> tuple[Paragraph, ...]:
    """n paragraphs of about `size` characters, made of numbered words so order can be checked."""
    counter = iter(range(10**6))
    return tuple(Paragraph(plain(" ".join(f"w{next(counter)}" for _ in range(size // 7)))) for _ in range(n))


def test_short_reply_is_one_embed_with_title_and_footer() -> None:
    src = SourceRef("abc123", "T", "004_digest.txt", 12)
    reply = Reply(
        blocks=(Heading(plain("On this day")), ListItem(plain("Something happened"), (src,), highlight=True)),
        page=1,
        pages=3,
    )
    (message,) = check_limits(reply)
    (embed,) = message
    assert embed["title"] == "On this day"
    assert embed["description"] == "★ Something happened\n-# ↳ 004\\_digest.txt:12"
    assert embed["footer"]["text"] == "Source: 004_digest.txt:12 · Page 1 of 3"


def test_exactly_one_full_description_fits_one_embed() -> None:
    text = "x" * DESCRIPTION_MAX
    (message,) = check_limits(Reply(blocks=(Paragraph(plain(text)),)))
    assert [e["description"] for e in message] == [text]


def test_a_message_holds_exactly_6000_characters_of_embeds() -> None:
    at_limit = (
        Paragraph(plain("x" * DESCRIPTION_MAX)),
        Paragraph(plain("y" * (MESSAGE_EMBED_CHARS - DESCRIPTION_MAX))),
    )
    (message,) = check_limits(Reply(blocks=at_limit))
    assert [len(e["description"]) for e in message] == [4096, 1904]
    one_more = (at_limit[0], Paragraph(plain("y" * (MESSAGE_EMBED_CHARS - DESCRIPTION_MAX + 1))))
    first, second = check_limits(Reply(blocks=one_more))
    assert [len(e["description"]) for e in first] == [4096] and [len(e["description"]) for e in second] == [1905]


@pytest.mark.parametrize(("n", "size"), [(3, 3000), (40, 900), (200, 150), (5, 20000)])
def test_long_replies_split_within_limits_and_keep_every_word_in_order(n: int, size: int) -> None:
    reply = Reply(blocks=paragraphs(n, size), title="Long")
    messages = check_limits(reply)
    assert len(messages) > 1
    assert words_of(messages) == [f"w{i}" for i in range(n * (size // 7))]
    assert messages[0][0]["title"] == "Long"
    assert all("title" not in e for m in messages for e in m[1:]) and "title" not in messages[1][0]


def test_many_small_blocks_pack_up_to_ten_embeds_per_message() -> None:
    # Small embeds: the message cap of 6,000 characters binds before the 10-embed cap does.
    messages = check_limits(Reply(blocks=paragraphs(100, 500)))
    assert max(len(m) for m in messages) <= EMBEDS_PER_MESSAGE
    assert sum(len(e.get("description", "")) for m in messages for e in m) > 6000


def test_footer_only_on_the_last_embed() -> None:
    src = SourceRef("a", "T", "f.txt", 1)
    reply = Reply(blocks=(*paragraphs(10, 2000), Quote(plain("q"), src)))
    messages = check_limits(reply)
    footers = [e.get("footer") for m in messages for e in m]
    assert footers[-1] == {"text": "Source: f.txt:1"} and not any(footers[:-1])


def test_long_title_is_cut_at_a_word() -> None:
    reply = Reply(blocks=(Paragraph(plain("body")),), title="word " * 100)
    ((embed,),) = check_limits(reply)
    assert len(embed["title"]) <= TITLE_MAX and embed["title"].endswith("word…")


def test_styles_apply_only_our_markdown() -> None:
    spans = (
        Span("a*b", "strong"),
        Span(" "),
        Span("c_d", "em"),
        Span(" "),
        Span("x`y", "code"),
        Span(" "),
        Span("hit", "mark"),
    )
    ((embed,),) = check_limits(Reply(blocks=(Paragraph(spans),)))
    assert embed["description"] == "**a\\*b** *c\\_d* `xˋy` __hit__"


def test_error_reply_renders() -> None:
    ((embed,),) = check_limits(Reply(blocks=(Paragraph(plain("No.")),), error=True))
    assert embed["description"] == "No."
