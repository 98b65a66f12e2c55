"""A country named in another language than the documents': a Chinese reader types 南非 for a
text that says South Africa, a Russian one Армении for Armenia, a Spanish one Sudáfrica; and a
Chinese text answers "South Africa". The names come from CLDR (Babel), not from a table here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus import load_corpus
from bot.index.countries import in_corpus_words, other_names
from bot.index.search import SearchIndex

ENGLISH = {
    "tariffs.txt": "Ministers meet over tariffs\n\nThe minister from South Africa spoke on tariffs at the summit.\n",
    "orchards.txt": "Orchard week\n\nApple growers met in the market hall to compare the harvest.\n",
    "armenia.txt": "Leaders meet in the capital\n\nThe president met the prime minister of Armenia.\n",
}
CHINESE = {
    "nanfei.txt": "部长会晤\n\n南非部长在峰会上谈到关税问题。\n",
    "orchard.txt": "果园周\n\n果农在市场大厅比较收成。\n",
}


def first(tmp_path: Path, files: dict[str, str], query: str) -> str | None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    hits = SearchIndex.from_corpus(load_corpus(tmp_path)).search(query, limit=3)
    return hits[0].article.file if hits else None


@pytest.mark.parametrize(
    ("query", "file"),
    [
        ("南非", "tariffs.txt"),
        ("Sudáfrica tariffs", "tariffs.txt"),
        ("亚美尼亚", "armenia.txt"),
        ("премьер Армении", "armenia.txt"),
    ],
)
def test_a_country_in_another_language_finds_the_english_text(tmp_path: Path, query: str, file: str) -> None:
    assert first(tmp_path, ENGLISH, query) == file


def test_an_english_country_name_finds_the_chinese_text(tmp_path: Path) -> None:
    assert first(tmp_path, CHINESE, "South Africa") == "nanfei.txt"


def test_a_country_the_documents_never_name_finds_nothing(tmp_path: Path) -> None:
    assert first(tmp_path, ENGLISH, "巴西") is None  # Brazil: not in the documents


def test_a_function_word_that_is_also_a_country_stays_a_word() -> None:
    # "того" is Togo in Russian, and "of that": never read as the country.
    assert in_corpus_words(["того"], lambda w: w == "togo", lambda w: False) == ["того"]


def test_regions_are_not_countries() -> None:
    # CLDR's 中非 is the region "Middle Africa"; in a query it is more often "China–Africa".
    assert other_names(["中非"]) == ()
    assert ("south", "africa") in other_names(["南非"])
