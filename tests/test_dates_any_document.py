"""Any document an operator drops in is read without an error, and every year it gives names a day
that exists (issue 11): property-based with Hypothesis, over documents stitched from the pieces
archives are made of — datelines, weekdays with days (29 February among them), relative years,
anniversaries, counts of years, lists and ranges, headings, in four languages. A crash here stops a
whole index build ("Friday, 29 February" in a notice of a common year once did).

Bounded for CI: a fixed number of examples, derandomised, no example database, no deadline.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.corpus import load_corpus
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.resolve import resolve_corpus

PIECES = [
    "HARNLEY, Monday 11 July — ", "Gazette, Friday 22 January", "Posted on Sunday, 2 August", "Dated 27 November",
    "Friday, 29 February", "29 February", "Saturday, 29 February", "on 31 December", "1 January",
    "Tuesday, 25 December", "from 29 December to 2 January", "6 and 7 July", "2 и 3 мая", "5 y 6 de agosto",
    "7月28日和29日", "9月28日至10月7日",
    "the 19th", "Monday the 19th", "el pasado 28 de diciembre", "del próximo año", "в прошлом году", "去年", "明年",
    "last year", "next year's", "the previous spring, on 2 April", "two weeks later, on 16 April", "A year later,",
    "Fifty years ago today, on Monday, 2 August,", "twenty-five years after the fire of 12 March 1991",
    "the 40th anniversary of the opening on 3 May 1971", "its twenty-fifth birthday", "90-летие", "三十周年",
    "who has died on 9 June aged 80", "He was born on 3 March", "Since the club was formed in 2003",
    "we look ahead to our centenary in 2012", "100 YEARS AGO", "Next week", "Spring 1995 — The mill", "---",
    "in 1968", "in 2024", "since 1790", "on 30 February", "Sunday, 31 April", "the first was held on 21 October 1990",
    "Christmas 2009", "Tree-planting afternoon: 23 November.", "It is a year to the day since the 2005 blaze",
    "from 1 to 29 February", "Issued on 7 January 2007.", "until 29 February", "1 February to 29 February",
]  # fmt: skip

DOCS = st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map(" ".join), min_size=1, max_size=12).map(
    "\n".join
)

EXAMPLES = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@EXAMPLES
@given(docs=st.lists(DOCS, min_size=1, max_size=3))
def test_any_document_is_read_and_every_year_names_a_real_day(tmp_path_factory, docs: list[str]) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("docs")
    for i, text in enumerate(docs):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    for m in resolve_corpus(load_corpus(folder), AnniversaryTable(), 2026):
        if m.year is not None:
            datetime.date(m.year, m.month, m.day)  # raises on a day that never was
        if m.end_year is not None:
            datetime.date(m.end_year, m.end_month, m.end_day)


LINES = st.lists(
    st.one_of(st.sampled_from([*PIECES, "", "TITLE IN CAPITALS", "* * *", "Continue reading", "# Heading"]), st.text()),
    max_size=20,
).map("\n".join)


@EXAMPLES
@given(text=LINES)
def test_any_text_splits_into_articles_whose_lines_are_in_the_file(text: str) -> None:
    from bot.corpus.plain import split_articles

    lines = text.split("\n")
    for a in split_articles(text, "a.txt"):
        assert 1 <= a.line_start <= a.line_end <= len(lines)
        assert all(1 <= p.line <= p.line_end <= len(lines) for p in a.paragraphs)
