"""The year rules' reasoning (bot/index/dates/reasons.py): the English text stays what the rules
wrote, and every piece of it is said in Russian, Chinese and Spanish from the catalogs."""

from __future__ import annotations

import pickle

from bot.i18n import LANGUAGES, translator
from bot.index.build import Index
from bot.index.dates.reasons import Day, Ordinal, Reason, Weekday, Why, join, piece, reason, render


def _reasons(why: object) -> list[Reason]:
    """Every Reason inside a Why, fields included."""
    found: list[Reason] = []
    for p in why.pieces if isinstance(why, Why) else ():
        if isinstance(p, Reason):
            found.append(p)
            for v in p.params.values():
                found += _reasons(v)
    return found


def test_a_why_is_its_english_text() -> None:
    day = Day(9, 3, 1945)
    why = reason("“{phrase}” counted back from {prev}: {year} − {n} → {day}", phrase="x", prev=piece(Day(9, 3, 2020)),
                 year=2020, n=75, day=day)  # fmt: skip
    assert why == "“x” counted back from 3 September 2020: 2020 − 75 → 3 September 1945"
    note = "; " + reason("note: {day} was a {actual}, not a {weekday}", day=day, actual=Weekday(0), weekday=Weekday(5))
    assert isinstance(note, Why) and note == "; note: 3 September 1945 was a Monday, not a Saturday"
    both = join("; ", [why, note]) + ""
    assert both == f"{why}; {note}" and both.pieces[0] == why.pieces[0]
    assert reason("{ordinal} anniversary", ordinal=Ordinal(21)) == "21st anniversary"
    assert pickle.loads(pickle.dumps(both)) == both and pickle.loads(pickle.dumps(both)).pieces == both.pieces


def test_every_reason_of_the_seeds_is_said_in_each_language(seed_index: Index) -> None:
    mentions = seed_index.events.mentions
    assert mentions
    whys = [m.why for m in mentions]
    assert all(isinstance(w, Why) for w in whys)
    for language in LANGUAGES:
        tr = translator(language)
        for why in whys:
            text = render(why, tr)
            if tr.english:
                assert text == why
                continue
            assert text and text != why
            for r in _reasons(why):
                assert tr.gettext(r.msgid) != r.msgid, (language, r.msgid)


def test_a_russian_reason() -> None:
    why = reason("the article is from {year}: {reasons}", year=2025,
                 reasons=join("; ", [reason("the dateline “{line}”", line="MOSCOW, 9 May 2025 —")]))  # fmt: skip
    assert (
        render(why, translator("ru"))
        == "статья написана в 2025 году: дата и место в начале статьи: «MOSCOW, 9 May 2025 —»"
    )
    assert render(piece(Day(5, 9, 1945)), translator("zh")) == "1945年5月9日"
    assert render(reason("{ordinal} anniversary commemorated on {day} → {original}: {phrase}; the year {year}: {why}",
                         ordinal=Ordinal(80), day=Day(5, 9, 2025), original=Day(5, 9, 1945), phrase="“…”", year=2025,
                         why=reason("year stated with the date")), translator("es")) == (
        "80.º aniversario conmemorado el 9 de mayo de 2025 → 9 de mayo de 1945: “…”; el año 2025: "
        "año indicado junto con la fecha"
    )  # fmt: skip
