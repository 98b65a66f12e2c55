"""`BaseFinder.find` weighs only the sentences of a pool that may reach the cover it needs, instead of
walking the whole pool for every lookup (issue 15): its answers must stay those of the walk, ties
(the first best in pool order) and the sentences an article may not use included."""

from __future__ import annotations

import pickle
import random
import re

from bot.i18n import N_
from bot.index.dates.anniversaries import (
    MIN_COVER_ELSEWHERE,
    MIN_NAMED_BEFORE_VERB,
    AnniversaryTable,
    Base,
    BaseFinder,
    DatedSentence,
    KnownEvent,
    content_keys,
    head_key,
    quote,
)
from bot.index.dates.reasons import reason

WORDS = ["harbour", "street", "dockside", "copper", "granite", "lantern", "orchard", "meadow", "wrecked", "closed"]
HEADS = ["flood", "fire", "strike"]


def _walk_one(
    f: BaseFinder, subject: str, keys: frozenset, head: str, article_id: str, besides: str, days: frozenset
) -> Base | None:
    pool = f._by_key.get(head, [])
    same = [s for s in pool if article_id in s.articles and s.text != besides]
    found = f._best(keys, head, same, days=days)
    if found is not None:
        return Base(found[0], reason(N_("the article dates it: {quote}"), quote=quote(found[1])), 1.0, found[1])

    def elsewhere(s: DatedSentence) -> bool:
        return len(s.articles) > 1 or article_id not in s.articles

    # another document's sentence need not share the subject's past-tense verbs, nor, when the words
    # before the first of them name the thing, the rest of its clause
    words = subject.split()
    optional = content_keys(" ".join(w for w in words if w.endswith("ed")))
    verb = next((i for i, w in enumerate(words) if w.endswith("ed")), None)
    if verb is not None and len(content_keys(" ".join(words[:verb]))) >= MIN_NAMED_BEFORE_VERB:
        optional |= content_keys(" ".join(words[verb:]))
    optional -= {head}
    found = f._best(keys, head, filter(elsewhere, pool), MIN_COVER_ELSEWHERE, days=days, optional=optional)
    if found is not None:
        why = reason(N_("another document dates it: {quote}"), quote=quote(found[1]))
        return Base(found[0], why, 0.75, found[1])
    learned = filter(elsewhere, f._learned_by_key.get(head, []))
    found = f._best(keys, head, learned, MIN_COVER_ELSEWHERE, optional=optional)
    if found is not None:
        why = reason(N_("another dated article counts the same anniversary ({quote})"), quote=quote(found[1]))
        return Base(found[0], why, 0.6, found[1])
    return None


def walked(
    f: BaseFinder, subject: str, article_id: str, besides: str = "", days: frozenset = frozenset()
) -> Base | None:
    """`find` as it was: every lookup walks its whole pool (`_best` over what the article may use)."""
    keys = content_keys(subject)
    head = head_key(subject)
    other = head_key(subject, clause=True)
    # the head, then a clause's other head (the word before its verb), when it differs; with days,
    # the first whose sentence dates one of them, else the first found
    first = None
    for h in (head, other if other != head else None) if keys and head is not None else ():
        if h is None:
            continue
        found_by_head = _walk_one(f, subject, keys | {head, h}, h, article_id, besides, days)
        if found_by_head is None:
            continue
        if not days or _days(found_by_head.text, found_by_head.year) & days:
            return found_by_head
        first = first or found_by_head
    if first is not None:
        return first
    known = f.table.lookup(subject)
    if known is not None:
        why = reason(N_("{label} ({year}, from the table of known events)"), label=known.label, year=known.year)
        return Base(known.year, why, 0.5)
    return None


def _days(text: str, year: int) -> frozenset[tuple[int, int]]:
    return frozenset({(5, 3)}) if "3 May" in text else frozenset()


def _phrase(rng: random.Random, head: str) -> str:
    # Few words, so that many sentences tie on their cover and the pool order decides.
    return " ".join([*rng.sample(WORDS, rng.randint(0, 3)), head])


def _finder(rng: random.Random) -> BaseFinder:
    table = AnniversaryTable((KnownEvent("the great strike", 1926, re.compile("strike")),))
    f = BaseFinder(table, day_reader=_days)
    for n in range(rng.randint(5, 60)):
        article = f"a{rng.randint(0, 12)}"
        head = rng.choice(HEADS)
        years = (rng.choice([1901, 1926, 1953, 1987]),) if rng.random() < 0.85 else (1901, 1953)
        day = " on 3 May" if rng.random() < 0.3 else ""
        # The same sentence in several articles is one entry with their set.
        text = f"The {_phrase(rng, head)}{day} of {' and '.join(map(str, years))} (item {n % 7})."
        f.add_sentence(article, text, years)
    for _ in range(rng.randint(0, 40)):
        f.learn(f"a{rng.randint(0, 12)}", f"the {_phrase(rng, rng.choice(HEADS))}", rng.choice([1900, 1950, 1990]))
    return f


def test_find_gives_the_answers_of_the_walk() -> None:
    rng = random.Random(15)
    asked = answered = 0
    for _ in range(300):
        f = _finder(rng)
        for _ in range(40):
            subject = f"the {_phrase(rng, rng.choice(HEADS))}"
            article = f"a{rng.randint(0, 14)}"
            texts = [s.text for s in f.sentences]
            besides = rng.choice(texts) if texts and rng.random() < 0.3 else ""
            days = frozenset({(5, 3)}) if rng.random() < 0.3 else frozenset()
            expected = walked(f, subject, article, besides, days)
            assert f.find(subject, article, besides=besides, days=days) == expected, (subject, article)
            asked += 1
            answered += expected is not None and expected.strength < 0.75
    assert answered > asked // 10  # the learned bases and the table were reached often enough


def test_the_finder_sent_to_a_worker_leaves_its_indexes_behind() -> None:
    f = _finder(random.Random(3))
    before = f.find("the harbour flood", "a1")
    assert f._pool_index or f._subjects
    copy = pickle.loads(pickle.dumps(f))
    assert not copy._pool_index and not copy._subjects and not copy._known
    assert copy.find("the harbour flood", "a1") == before


def test_new_sentences_and_learned_bases_are_seen_by_later_lookups() -> None:
    f = BaseFinder()
    assert f.find("the copper fire", "a1") is None
    f.learn("a2", "the copper fire", 1911)
    got = f.find("the copper fire", "a1")
    assert got is not None and got.year == 1911
    f.add_sentence("a3", "The copper fire of 1912 closed the works.", (1912,))
    got = f.find("the copper fire", "a1")
    assert got is not None and got.year == 1912
