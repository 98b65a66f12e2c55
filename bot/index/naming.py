"""Questions that ask for a name: "name of the Merrowgate Prize winner", "what was the title of Hogg's
book?", "what are the otter cubs called?", "who was the landlord of the Anchor?".

An article answers one only where it names the thing or person asked about: a word with a capital
or a quoted title near the word that asks ("the winner, Ann Pike,", "his book 'I See a New China'").
A newsletter that says "the winner of last year's Merrowgate Prize" and never who won holds every
word of the question and still does not answer it. A question for the doer of a deed ("who founded
Libros Iskra?", "¿quién fundó …?", "кто победил …?") is answered where a name, or a passive's "by a
taxi driver", stands beside a form of the deed, or its giver after what it gave ("a donation from a
Colonel Younghusband").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from bot.index.textnorm import STOPWORDS, han_words, is_han, normalize

# The phrase that names what is asked about, up to its first preposition ("the tailor's firm" of
# "the name of the tailor's firm on Savile Row").
_NAME_OF = re.compile(r"^\s*(?:what\s+(?:is|was|are|were)\s+)?(?:the\s+)?(?:name|title)s?\s+of\s+(?P<p>[^?]+)", re.I)
_CALLED = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<p>[^?]+?)\s+called\s*\??\s*$", re.I)
# "what was the Dapworth school caretaker's name?": the same, the name after the word it names
_NAMED_AFTER = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<p>[^?]+?)['’]s?\s+names?\s*\??\s*$", re.I)
# "¿quién era el alcalde de Villaurrea en 1972?": the same, Spanish
_WHO_IS_THE_ES = re.compile(
    r"^\s*¿?\s*(?:qui[eé]n(?:es)?\s+(?:es|era|fue|son|eran|fueron)|c[oó]mo\s+se\s+llama(?:ba|n|ban)?)"
    r"\s+(?:el|la|los|las)\s+(?P<p>[^?]+)",
    re.I,
)
# "¿cuál era el nombre del trabajador …?": the Spanish "name of"
_NAME_OF_ES = re.compile(
    r"^\s*¿?\s*(?:cu[aá]l\s+(?:es|era|fue)\s+)?el\s+nombre\s+(?:del|de\s+(?:la|los|las))\s+(?P<p>[^?]+)", re.I
)
# "кто был директором школы?", "как звали капитана ледокола?": the word after is the one asked about (its
# case ending aside); what follows it is not read as what it belongs to (an article that never names a
# doctor does not say who the expedition's was by the names beside the expedition: «экспедиция … под
# руководством Дмитрия Шпаро»)
_WHO_IS_THE_RU = re.compile(
    r"^\s*(?:кто\s+(?:был|была|были|является|являлся|являлась)|как\s+(?:звали|зовут))\s+(?P<p>[^?]+)", re.I
)
# (or the deed's own verb in the past: "which engineers designed the bridge?")
# (or what it will do: "which Bishop will bless the garden?")
_WHICH = re.compile(r"^\s*which\s+(?P<w>[a-z]{3,})\s+(?:did|does|do|was|were|is|are|will|would|[a-z]{3,}ed)\b", re.I)
# "which news agency reported his remarks?", "which supermarket chain bought the cinema?": a noun of two
# words, whose doer an answer names beside the deed ("reported by RIA Novosti"), as `_WHO_DID`'s
# (its words in small letters: "which Lao leader founded …" asks for a leader, `_WHICH`'s way)
_WHICH_DID = re.compile(
    r"^\s*(?i:which)\s+[a-z]{3,}\s+[a-z]{3,}\s+(?P<w>[a-z]{3,}ed|bought|sold|won|built|made|took|gave|wrote|led"
    r"|held|began|found|paid|ran|sang|chose|drew)\b"
)
# "¿qué escuela ganó el concurso …?": a Spanish noun and a deed in the preterite, whose doer an answer
# names beside the deed, as `_WHO_DID`'s
_WHICH_DID_ES = re.compile(r"^\s*¿?\s*qu[eé]\s+(?P<n>[a-záéíóúñ]{3,})\s+(?P<w>[a-záéíóúñ]{2,}(?:ó|aron|ieron))\b", re.I)
# "Rowanburn Wood Trust chairman": a name's words and then an office, no question word: who holds it
_ROLE_LAST = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*\s+){1,5}(?P<w>chairman|chairwoman|chair|president|secretary|treasurer|founder"
    r"|captain|headteacher|headmaster|headmistress|mayor|director|curator|architect|conductor|organiser)\s*$"
)
# Offices written with a capital when they stand for their holder ("the Bishop", "the Earl"): a question
# for one asks for the holder's name ("who was the Bishop who visited …?"), not for the office
_OFFICES_TEXT = (
    "bishop archbishop archdeacon canon earl duke duchess countess vicar rector dean abbot mayor mayoress governor"
    " ambassador minister chancellor president chairman captain commodore admiral general colonel"
    " headmaster headmistress"
)
_OFFICES = frozenset(_OFFICES_TEXT.split())
# A person's work or part ("the name of the Penwyther manager who …"): a name of a place beside it is no answer.
_PEOPLE_NOUNS = _OFFICES | frozenset(
    (
        "manager", "manageress", "teacher", "driver", "pilot", "winner", "owner", "landlord", "landlady", "founder",
        "architect", "builder", "keeper", "coach", "player", "secretary", "treasurer", "matron", "nurse", "doctor",
        "engineer", "stationmaster", "postmaster", "postmistress", "curate", "priest", "skipper", "coxswain",
        "foreman", "conductor", "organist", "caretaker", "gardener", "farmer", "baker", "butcher", "blacksmith",
        # (kin: "to her sister in Swainby Cross" names no sister)
        "sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "aunt", "uncle", "cousin",
        "widow", "widower", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather",
    )
)  # fmt: skip
# (an office needs no "the": "who was captain of the fire brigade?")
# (or an owner's office, in the possessive: "who was Sloeford School's first headmaster?")
_WHO_IS_THE = re.compile(
    rf"^\s*who\s+(?:is|was|are|were)\s+(?:the\s+|(?=(?i:{'|'.join(_OFFICES_TEXT.split())})\s+of\s)"
    r"|(?P<own>(?=(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3}['’]s\s)))(?P<p>[^?]+)",
    re.I,
)
# "流水镇镇长是谁", "周慧芳的丈夫叫什么名字": a Chinese question for the name of the last word before it
_ZH_WHO = re.compile(r"^\s*(?P<p>[^？?]+?)(?:是谁|是哪位|叫什么名字|叫什么|姓什么)\s*[？?]?\s*$")
# The commonest Chinese surnames (one character): a name beside a word a question asks the name of
# starts with one ("镇长王建国说", "策展人李梅"). A fact of the language, not of any document.
_ZH_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜"
    "戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
_ZH_TITLE_MARKS = re.compile(r"[《》〈〉「」『』“”\"'\s]")
_ZH_NAME_AFTER = re.compile(rf"[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}")
_ZH_NAME_BEFORE = re.compile(rf"[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}$")
# "who founded Libros Iskra?", "¿quién fundó …?", "кто победил в конкурсе …?": the doer, named beside the deed
# (a short verb too: "who won the rematch?", "who led the march?")
_WHO_DID = re.compile(r"^\s*(?:who|¿?\s*qui[eé]n(?:es)?|кто)\s+(?P<w>[^\W\d_]{3,})\b", re.I)
# "who will take over from Isla Teale as treasurer?", "who succeeded him as vicar?": a person in the part
# named last (not the one named before it, the question's own words)
_SUCCESSOR = re.compile(
    r"^\s*who\s+(?:(?:will|would|is\s+to|is\s+going\s+to|did)\s+)?"
    r"(?:take|takes|took|taking)\s+over\b.*?\bas\s+(?:the\s+)?(?:new\s+)?(?P<w>[^\W\d_]{3,})\s*\??\s*$"
    r"|^\s*who\s+(?:(?:will|would|is\s+to|did)\s+)?(?:succeed|succeeds|succeeded|replace|replaces|replaced)\b.*?"
    r"\bas\s+(?:the\s+)?(?:new\s+)?(?P<w2>[^\W\d_]{3,})\s*\??\s*$",
    re.I,
)
# (a copula or an auxiliary asks something else: "who was the landlord …" is `_WHO_IS_THE`'s)
_NOT_DEEDS_TEXT = (
    "is was are were has have had does did will would could should can may might "
    "es era fue son eran fueron ha han había habían será это был была были есть будет"
)
_NOT_DEEDS = frozenset(_NOT_DEEDS_TEXT.split())
# "which weekend is the show?" asks for a date, not a name
_TIMES_TEXT = "day days date dates week weeks weekend weekends month months year years season time times"
_TIMES = frozenset(_TIMES_TEXT.split())
# (and "¿qué día llegó …?" asks when, not who)
_TIMES_ES_TEXT = "dia dias fecha hora horas semana mes meses ano anos epoca temporada noche"
_TIMES_ES = frozenset(_TIMES_ES_TEXT.split())
# (or a participle with its object: "who was the mayor riding the 1903 Peugeot?")
_PHRASE_END = re.compile(
    r"\s(?:of|on|in|at|about|from|for|with|by|to|into|during|after|before|who|that|which|when|where"
    r"|[a-z]{3,}ing(?=\s+(?:the|a|an|his|her|their)\s))\s",
    re.I,
)
_ARTICLES_EN = frozenset({"the", "a", "an"})
_PHRASE_END_ES = re.compile(r"\s(?:de|del|en|a|al|para|con|por|desde|durante|que|cuando|donde)\s", re.I)
# a word in small letters, accented ones too (a capital is part of a name: "National Organiser"; "guía")
_HEAD = re.compile(r"(?:(?![A-ZÀ-ÞА-ЯЁ])[^\W\d_])(?:(?![A-ZÀ-ÞА-ЯЁ])[^\W\d_]|-)+")

NAME_NEAR = 8  # words either side of the word asked about, in its sentence
# … and of the deed a "who did" question asks about: its doer may stand far off in a passive ("was
# started for the first time on Monday, 2 October, by the oldest compositor on the staff, Albert Finch")
DEED_REACH = 20
# Words with a capital that name no one: the calendar, titles before a name, and "I".
_NOT_NAMES_TEXT = (
    "i january february march april may june july august september october november december monday tuesday"
    " wednesday thursday friday saturday sunday mr mrs ms miss dr rev st sir lady lord the a an"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?;:]\s")
_OPENING_QUOTES = frozenset("‘“«\"'")
ATTRIBUTE_WORDS = 3  # how many small-letter words a name used as a thing's word may stand before the thing asked
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|our)\s+$", re.IGNORECASE)


def _follows_in_small_letters(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """Whether the word after word `i` of `text`, in its sentence, opens in a small letter."""
    if i + 1 >= len(words):
        return False
    between = text[words[i][1] : words[i + 1][0]]
    return between.strip() == "" and text[words[i + 1][0]].islower()


def _names_another_noun(text: str, words: list[tuple[int, int]], i: int, asked: int) -> bool:
    """Whether word `i` of `text`, capitalised after an article, is a word of another thing's name than the
    one asked about at `asked`: "a ferry anchored off the Essex coast", not "the Bloomberg financial news
    service" (what is asked, "service", ends its phrase) nor "the Republic of the Congo is …" (a verb)."""
    for k, (ws, we) in enumerate(words[i + 1 : i + 1 + ATTRIBUTE_WORDS]):
        if ws == asked:
            return False
        word = text[ws:we]
        if not word[0].islower() or normalize(word) in STOPWORDS:
            return k > 0  # (right after the name, a verb; later, the phrase has ended before what is asked)
        if text[we : we + 1] != " ":
            break  # (its phrase ends at a comma or a stop: "off the Essex coast.")
    return True


class Asked(NamedTuple):
    """What a question asks the name of (`named_thing`)."""

    word: str  # the word it asks the name of, folded ("author")
    of: tuple[str, ...]  # the words of what that belongs to, in small letters ("biography")
    deed: bool  # the word is a deed whose doer is asked for ("who founded …?": see `did_near`)
    person: bool = False  # a person is asked for ("who was the matron …?"): see `names_near`
    # the name whose the word is, folded ("red", "rum" of "what was Red Rum's jockey called?"): an answer
    # names the word's holder where it names its owner too
    owner: tuple[str, ...] = ()


def named_thing(query: str) -> Asked | None:
    """The word a question asks the name of ("which ship did …?", "Rowanburn Wood Trust chairman" too),
    folded; the words of what it belongs to ("author", ("biography",) of "who is the author of Hogg's
    biography?"), which an answer may name it beside instead ("James MacManus's biography": only the
    words in small letters, as a name beside a name says nothing of who holds the office, "who was the
    matron at Scarletmoss Infirmary?" of "Radio Scarlet, the station at Scarletmoss Infirmary"); and
    whether the word is a deed whose doer is asked for. None for other queries and when the phrase ends
    in a name ("who was the Flying Scotsman?")."""
    if (m := _WHICH.match(query)) and m.group("w").casefold() not in _TIMES:
        return Asked(normalize(m.group("w")), (), False, person=m.group("w").casefold() in _OFFICES)
    if (m := _WHICH_DID.match(query)) is not None:
        return Asked(normalize(m.group("w")), (), True)
    if (m := _WHICH_DID_ES.match(query)) and not (
        m.group("w").casefold() in _NOT_DEEDS or normalize(m.group("n")) in _TIMES_ES
    ):
        return Asked(normalize(m.group("w")), (), True)
    if (m := _ROLE_LAST.match(query)) is not None:
        return Asked(normalize(m.group("w")), (), False, person=True)
    if (m := _WHO_IS_THE_RU.match(query)) is not None and (words := _WORD.findall(m.group("p"))):
        return Asked(normalize(words[0]), (), False, person=True)
    # (a title in its marks is part of what the word belongs to: "《茶山春》的编剧是谁")
    if (m := _ZH_WHO.match(query)) is not None and is_han(phrase := _ZH_TITLE_MARKS.sub("", m.group("p").strip())):
        *of, head = han_words(phrase)
        return Asked(head, tuple(w for w in of if len(w) > 1), False, person="是谁" in query or "是哪位" in query)
    if (m := _SUCCESSOR.match(query)) is not None:
        return Asked(normalize(m.group("w") or m.group("w2")), (), False, person=True)
    if (m := _WHO_DID.match(query)) and m.group("w").casefold() not in _NOT_DEEDS:
        return Asked(normalize(m.group("w")), (), True)
    for rx in (_NAME_OF, _CALLED, _NAMED_AFTER, _WHO_IS_THE, _WHO_IS_THE_ES, _NAME_OF_ES):
        m = rx.match(query)
        if m is None:
            continue
        ends = _PHRASE_END_ES if rx in (_WHO_IS_THE_ES, _NAME_OF_ES) else _PHRASE_END
        phrase, *rest = ends.split(f" {m.group('p').strip()} ", maxsplit=1)
        words = phrase.split()
        last = words[-1].strip("?.,!") if words else ""
        # "the name of the Kenyan who set the record?": a people's word, capitalised, asks for a person
        people = rx is _NAME_OF and len(words) == 2 and words[0].casefold() in _ARTICLES_EN and bool(rest)
        people = people and f" {m.group('p').strip()} "[len(phrase) :].startswith(" who ")
        office = rx is _WHO_IS_THE and last.casefold() in _OFFICES
        if rx is _WHO_IS_THE and m.group("own") is not None and not office:
            return None  # (an owner's office only: "who is Jenny Clegg's father?" may be answered without the word)
        if not ((_HEAD.fullmatch(last) or people or office) and len(last) > 2):
            return None
        belongs = tuple(own_words(" ".join(_in_small_letters(_WORD.findall(rest[0]))))) if rest else ()
        if rx is _NAME_OF_ES:
            belongs = tuple(w for w in belongs if len(w) > 3)  # (not "la", "de")
        person = rx in (_WHO_IS_THE, _WHO_IS_THE_ES) or people or last.casefold() in _PEOPLE_NOUNS
        return Asked(normalize(last), belongs, False, person=person, owner=_owner(words[:-1]))
    return None


_POSSESSIVE = re.compile(r"['’]s?$")


def _owner(words: list[str]) -> tuple[str, ...]:
    """The name written in the possessive just before the word asked about, folded ("Red Rum's"):
    its capitalised words, up to the first that is not."""
    if not words or not _POSSESSIVE.search(words[-1]):
        return ()
    name = [_POSSESSIVE.sub("", words[-1])]
    for w in reversed(words[:-1]):
        if not w[:1].isupper() or _folded(w) in _NOT_NAMES:
            break
        name.insert(0, w)
    if not all(w[:1].isupper() for w in name):
        return ()
    return tuple(_folded(w) for w in name)


def _in_small_letters(words: Iterable[str]) -> list[str]:
    return [w for w in words if not w[0].isupper()]


def _zh_name_beside(text: str, s: int, e: int, own: frozenset[str]) -> bool:
    """Whether a Chinese name stands right after or right before the word at text[s:e] ("镇长王建国说",
    "王建国镇长"), not one of the question's own words."""
    after = _ZH_NAME_AFTER.match(text, e)
    before = _ZH_NAME_BEFORE.search(text, max(0, s - 3), s)
    return any(m is not None and not any(w in m.group(0) for w in own if len(w) > 1) for m in (after, before))


def _folded(word: str) -> str:
    """A word as questions and texts are compared here: normalised, without its possessive."""
    return normalize(word.rstrip("'’").removesuffix("'s").removesuffix("’s"))


def own_words(query: str) -> frozenset[str]:
    """A question's words, folded as `names_near` compares them."""
    return frozenset(map(_folded, _WORD.findall(query)))


# A passive's doer, which may be a role, not a name: "The alarm was raised at 1.40am by a taxi driver".
_BY_DOER = re.compile(r"\bby\s+(?:a|an|the|his|her|their|its|one|two|three|some|local)\s+[a-z]", re.I)


# A passive's verb: "The bell was cast in 1794", "had been built".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:[a-z]+ly\s+)?$", re.I)
# … and its doer by name: "was cast in 1811 by Thomas Mears"
_BY_NAME = re.compile(r"\bby\s+[A-Z]")


def did_near(text: str, spans: Iterable[tuple[int, int]], own: frozenset[str], reach: int = DEED_REACH) -> bool:
    """`names_near` for a deed (a "who did" question): a name, or a passive's doer after the deed in its
    sentence. A passive with no doer says nothing of who did it, whatever names stand near ("The bell
    was cast in 1794 and first rung from the Buttercross")."""
    active = []
    for s, e in spans:
        stop = _SENTENCE_END.search(text, e)
        end = stop.start() if stop else len(text)
        if _BY_DOER.search(text, e, end):
            return True
        if (obj := _OBJECT_NAMED.match(text, e)) is not None and own.isdisjoint(map(_folded, obj.group(1).split())):
            continue  # ("… after Virginia Wade won Wimbledon": her deed was another's, not the one asked about)
        if _PASSIVE_BEFORE.search(text, max(0, s - 24), s) is None:
            active.append((s, e))
        elif _BY_NAME.search(text, e, end):
            return True
    return names_near(text, active, own, reach)


# A deed's object named right after it: "won Wimbledon", "founded Oxfam"
_OBJECT_NAMED = re.compile(r"\s+(?:the\s+)?([A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


# What a deed gave, named with its giver: "received a financial donation from a Colonel Younghusband"
# ("who gave Arthur Clegg a donation?")
_FROM_SOMEONE = re.compile(r"\W+(?:[a-z]+\W+){0,2}?(?:from|by)\s+(?:(?:a|an|the)\s+)?[A-Z]")


def given_by_near(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a word of what a deed gave (at `spans`) is followed by its giver's name ("… from a
    Colonel Younghusband")."""
    return any(_FROM_SOMEONE.match(text, e) for _, e in spans)


# A place's name follows a preposition of place, its article and the rest of the name between ("when the
# mayoress cut a tape at the Tarn Lane roundabout"): a question for a person is not answered by it.
_AT_PLACE = re.compile(
    r"\b(?:at|in|on|near|from|to|into|onto|outside|inside|across|along|around|through|towards?|past|beyond"
    r"|behind|opposite|via|en|desde|hacia|hasta)\s+(?:(?:the|el|la|los|las)\s+)?(?:[A-ZÀ-ÞА-ЯЁ][\w'’.-]*\s+)*$"
)


def _names_own(text: str, words: list[tuple[int, int]], i: int, own: frozenset[str]) -> bool:
    """Whether the capitalised word `words[i]` is part of a name that holds one of the question's own
    words ("Wood" of "Skelmarsh Wood" for "who is the recorder on the Skelmarsh walks?"): the question's
    place, not the person it asks for (a school's name is the answer to "¿qué escuela ganó …?")."""
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(words):
            (_, b), (c, _) = sorted((words[j], words[j + step]))
            if text[b:c] != " " or not text[words[j + step][0]].isupper():
                break
            j += step
            if _folded(text[words[j][0] : words[j][1]]) in own:
                return True
    return False


def names_near(
    text: str,
    spans: Iterable[tuple[int, int]],
    own: frozenset[str],
    reach: int = NAME_NEAR,
    person: bool = False,
    thing: bool = False,
    place: bool = False,
) -> bool:
    """Whether `text` names something within `reach` words of one of `spans` (the word asked
    about), in the same sentence: a word with a capital that does not open the sentence, or a
    quoted title, that is not one of the question's own words `own` (folded). For a `person`, not a
    place's name after a preposition of place (with `place`, the same, unless the name owns a thing: "told
    in Jean Rudd's memoir"); for a `person` or a `thing` (not a deed's doer), not a name used as a word of
    another thing's ("off the Essex coast")."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    spans = list(spans)
    # (a name that holds the word asked about is the answer: "Fudan University" for "which university …?")
    others = own - {_folded(text[s:e]) for s, e in spans}
    for s, e in spans:
        if is_han(text[s:e]):
            if _zh_name_beside(text, s, e, own):
                return True
            continue
        at = next((i for i, (ws, _) in enumerate(words) if ws >= s), len(words))
        lo, hi = max(0, at - reach), min(len(words), at + reach + 1)
        for i in range(lo, hi):
            ws, we = words[i]
            between = text[min(ws, s) : max(we, e)]
            if _SENTENCE_END.search(between) or ws == s:
                continue
            word = text[ws:we]
            before = text[words[i - 1][1] : ws] if i else text[:ws]
            opens = i == 0 or _SENTENCE_END.search(before + " ") is not None
            quoted = before.rstrip()[-1:] in _OPENING_QUOTES
            if (
                (folded := _folded(word)) in own
                or folded in _NOT_NAMES
                or (person and _names_own(text, words, i, others))
            ):
                continue
            if (
                (person or (place and text[we : we + 2] not in ("'s", "’s")))
                and not quoted
                and _AT_PLACE.search(text, max(0, ws - 80), ws)
            ):
                continue  # (a place, where a person is asked for: "… cut a tape at the Tarn Lane roundabout")
            if (
                not quoted
                and _ATTRIBUTIVE.search(text, max(0, ws - 8), ws)
                and _follows_in_small_letters(text, words, i)
                and (person or (thing and _names_another_noun(text, words, i, s)))
            ):
                continue  # (a name used as a word of a thing's, not a person's: "after the Liverpool opening")
            # (a quotation that opens in small letters is speech, not a title: "the landlord reports that
            # the snug was "full to the rafters"")
            if (quoted and not word[0].islower()) or (word[0].isupper() and not opens):
                return True
    return False
