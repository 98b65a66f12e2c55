"""Original events inferred from later dates: an Nth anniversary commemorated on a day, and "on the
same day 75 years ago". A wrong "on this day" is worse than a missing one, so most cases here are
sentences that must NOT yield an original event."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.index.build import build_index
from bot.index.dates.events import EventIndex

ROOT = Path(__file__).resolve().parent.parent


def index_of(tmp_path: Path, *articles: str) -> EventIndex:
    for i, text in enumerate(articles):
        (tmp_path / f"{i:03d}_a.txt").write_text(text, encoding="utf-8")
    return build_index(tmp_path).events


def years_on(index: EventIndex, month: int, day: int) -> set[int | None]:
    return {e.year for e in index.on(month, day)}


@pytest.fixture(scope="module")
def seeds() -> EventIndex:
    return build_index(ROOT / "seeds").events


def test_victory_of_3_september_1945_is_one_event_with_every_source(seeds: EventIndex) -> None:
    (ev,) = seeds.on_year(9, 3, 1945)
    assert ev.year_basis == "inferred"
    assert {(s.file, s.line) for s in ev.sources} == {
        ("002_449fe29b32e6c63b.txt", 7),
        ("004_8eac20a0684a333d.txt", 33),
        ("004_8eac20a0684a333d.txt", 377),
        ("004_8eac20a0684a333d.txt", 403),
    }
    # The text tells what happened in 1945; every derivation says how it was worked out.
    assert "marked the final victory of the World Anti-Fascist War" in ev.text
    assert "counted back from 3 September 2020" in ev.why
    whys = [m.why for m in ev.mentions]
    assert sum("80th anniversary commemorated on 3 September 2025 → 3 September 1945" in w for w in whys) == 3


def test_the_commemorations_own_2025_events_stay(seeds: EventIndex) -> None:
    assert 2025 in years_on(seeds, 9, 3) and 2020 in years_on(seeds, 9, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Venezuela honoured the 80th anniversary of the victory in the World Anti-Fascist War on September 3, in "
        "Caracas.",
        "The commemoration of the 80th anniversary of the victory of the World Anti-Fascist War, held on September 3 "
        "in Beijing, drew many leaders.",
        "The commemoration of the 80th anniversary of the victory in the War of Resistance in Beijing (September 3) "
        "was watched by millions.",
        "On September 3, Caracas honoured the 80th anniversary of the victory in the World Anti-Fascist War with a "
        "monument.",
    ],
)
def test_a_commemoration_on_the_day_yields_the_original_event(tmp_path: Path, sentence: str) -> None:
    index = index_of(tmp_path, f"Victory remembered\n\n{sentence}\n")
    assert years_on(index, 9, 3) == {2025, 1945}
    (ev,) = index.on_year(9, 3, 1945)
    assert "anniversary commemorated on 3 September 2025 → 3 September 1945" in ev.why


@pytest.mark.parametrize(
    "sentence",
    [
        # The date is the meeting's, not the commemoration's (the seeds' own trap).
        "Chinese President Xi Jinping held a series of meetings on September 4 with national leaders who had come to "
        "Beijing to attend the commemoration of the 80th anniversary of the victory of the World Anti-Fascist War.",
        # "attended the commemoration … on September 4": the attending may be what is dated.
        "Students who attended the commemoration of the 80th anniversary of the victory over fascism on September 4 "
        "toured the museum.",
        # The subject is a clause, not the event: "victory and met …".
        "Leaders marked the 80th anniversary of the victory over fascism and met the press on September 4.",
        # The concert is dated, not the Victory.
        "A concert held on September 4 marked the 80th anniversary of the Victory in the Great Patriotic War.",
        "Belgrade celebrated the 80th anniversary of the Victory in the Second World War with a concert on "
        "September 4.",
    ],
)
def test_other_activities_do_not_yield_an_original_event(tmp_path: Path, sentence: str) -> None:
    index = index_of(tmp_path, f"Victory remembered, 80 years on\n\n{sentence}\n")
    assert years_on(index, 9, 4) == {2025}


def test_anniversary_arithmetic_must_agree_with_the_known_year(tmp_path: Path) -> None:
    # 2015 − 80 = 1935, but the victory was in 1945: the sentence is inconsistent, so no original event.
    index = index_of(
        tmp_path, "A ceremony\n\nOn September 3, 2015, Beijing honoured the 80th anniversary of the victory in WWII.\n"
    )
    assert years_on(index, 9, 3) == {2015}


def test_the_same_day_n_years_ago_counts_back_from_the_previous_date(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        "Harbin remembers\n\nOn August 15, 2020, veterans gathered in Harbin.\n\n"
        "They recalled that on the same day 75 years ago, the surrender of Japan was announced.\n",
    )
    (ev,) = index.on_year(8, 15, 1945)
    assert ev.year_basis == "inferred" and "surrender of Japan was announced" in ev.text
    assert "counted back from 15 August 2020" in ev.why


@pytest.mark.parametrize(
    "body",
    [
        # No date just before to count from.
        "On August 15, 2020, veterans gathered.\n\nA film was shown.\n\nA choir sang.\n\n"
        "On the same day 75 years ago, the surrender of Japan was announced.",
        # The sentence names a known event of another year: 2020 − 75 = 1945 is not the Mukden Incident.
        "On September 18, 2020, sirens sounded. On this day 75 years ago, the Mukden Incident began.",
    ],
)
def test_the_same_day_needs_a_near_date_and_consistent_arithmetic(tmp_path: Path, body: str) -> None:
    index = index_of(tmp_path, f"Remembering\n\n{body}\n")
    assert all(e.year != 1945 for e in index.events)


def test_reports_from_several_articles_merge_into_one_original_event(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        "Caracas\n\nMaduro honoured the 80th anniversary of the victory in the World Anti-Fascist War on "
        "September 3.\n",
        "Havana\n\nThe commemoration of the 80th anniversary of the victory of the World Anti-Fascist War, held on "
        "September 3 in Havana, was solemn.\n",
        "History\n\nOn September 3, 1945, the victory in the World Anti-Fascist War was celebrated across China.\n",
    )
    (ev,) = index.on_year(9, 3, 1945)
    assert len(ev.sources) == 3 and ev.year_basis == "explicit"  # the written date leads, both derivations join
