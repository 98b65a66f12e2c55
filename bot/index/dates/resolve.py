"""Year resolution: giving each day mention a year the way a careful reader would, and saying why.

Our articles carry no date line, so each article's own time is inferred from its text first
(`article_time`): explicit full dates, anniversary arithmetic against a short table of events whose
year is common knowledge ("the 80th anniversary of the victory in the World Anti-Fascist War" →
1945 + 80 = 2025), "eighty years ago/later/on". Then each year-less mention, in reading order, takes
the first rule that applies (see `_resolve_one`): a year written with it; a year stated in the same
sentence; a "seven days later" link to the previous date; the narrative year of a historical account
it continues; "last/next"; the article's time; the time shared by the other articles of a digest
file. Otherwise the year stays unknown. Today's clock is never consulted.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.corpus import Article, Corpus, Paragraph
from bot.index.dates.extract import Mention, find_mentions, valid_day
from bot.index.dates.lexicon import MONTH_NAMES, WEEKDAYS
from bot.index.dates.span import DateSpan
from bot.index.dates.text import CARDINAL_WORDS, ORDINAL_WORDS, excerpt, number_word, sentence_at, sentences

# Events whose year any reader of these articles knows. Anniversary arithmetic only trusts these;
# "the 45th anniversary of diplomatic relations" with no stated base year tells us nothing.
KNOWN_BASES: tuple[tuple[re.Pattern[str], int, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), y, label)
    for p, y, label in (
        (r"founding of (?:the )?(?:People'?s Republic of China|People’s Republic|PRC|New China)", 1949, "the PRC"),
        (
            r"(?:founding|establishment) of the (?:Communist Party of China|CPC|Chinese Communist Party)",
            1921,
            "the CPC",
        ),
        (r"(?:founding|foundation|creation|establishment) of the (?:United Nations|UN)\b|联合国成立", 1945, "the UN"),
        (r"(?:Workers['’]? Party of Korea|WPK)\b", 1945, "the WPK"),
        (r"August Revolution", 1945, "the August Revolution"),
        (r"(?:Lugou|Marco Polo) Bridge|卢沟桥|七七事变", 1937, "the Marco Polo Bridge Incident"),
        (r"Nanjing Massacre|南京大屠杀", 1937, "the Nanjing Massacre"),
        (r"(?:September 18|Mukden) Incident|九一八事变", 1931, "the Mukden Incident"),
        (r"Treaty of Good[- ]Neighbou?rliness", 2001, "the 2001 Treaty"),
        (
            r"Great Patriotic War|Anti-?Fascist War|World War (?:II|Two|2)|Second World War|WWII|War of Resistance|"
            r"war to resist Japanese|Japan['’]s surrender|surrender of Japan|Victory in Europe|\bV-?E Day|"
            r"victory over (?:Japan|fascism|Nazism|Nazi Germany)|defeat of (?:Nazism|fascism|Nazi Germany|Japan)|"
            r"Побед[аыеу]|Великой Отечественной|抗日战争|反法西斯战争|卫国战争|"
            r"Segunda Guerra Mundial|Guerra (?:Mundial )?Antifascista|Guerra de Resistencia",
            1945,
            "the victory of 1945",
        ),
    )
)

_ANNIV = re.compile(
    rf"\b(?P<n>\d{{1,3}}(?:st|nd|rd|th)|(?:{ORDINAL_WORDS})(?:-(?:first|second|third|fourth|fifth|sixth|seventh|"
    rf"eighth|ninth))?)\s+anniversary(?:\s+\w+){{0,2}}?\s+of\s+(?P<subj>[^.;]{{0,160}})",
    re.IGNORECASE,
)
_YEARS_AGO = re.compile(
    rf"\b(?P<n>\d{{1,3}}|(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+years?\s+"
    r"(?P<rel>ago|later|on|after|since)\b",
    re.IGNORECASE,
)
_ZH_ANNIV = re.compile(r"(?P<n>\d{1,3})\s*周年")
_RU_ANNIV = re.compile(r"(?P<n>\d{1,3})\s*-?\s*(?:летия|летие|летию|летием)\s+(?P<subj>[^.;]{0,80})")
_ES_ANNIV = re.compile(
    r"(?P<n>\d{1,3})\s*(?:\.?º|\.?°|\.?ᵒ)?\s+aniversario\s+de\s+(?P<subj>[^.;]{0,120})", re.IGNORECASE
)
_IN_YEAR = re.compile(r"\b(?:in|of|year)\s+(1[5-9]\d\d|20\d\d)\b")
_FREE_YEAR = re.compile(r"(?<![\d,.\-–/])(1[5-9]\d\d|20\d\d)(?![\d])")
_NOT_A_PLAIN_YEAR = re.compile(r"(?:to|until|by|till)\s+$|\d\s*[-–]\s*$", re.IGNORECASE)
_CONNECTIVE = re.compile(
    rf"\b(?:(?P<n>\d+|{CARDINAL_WORDS}|a|one)\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|after(?:wards)?|earlier|before)"
    r"|the\s+(?:next|following|same)\s+day|that\s+(?:same\s+)?day|the\s+day\s+(?:after|before))\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:this year|today|now|currently|recent(?:ly)?|upcoming|tomorrow|yesterday|will|next|last week)\b",
    re.IGNORECASE,
)
_ANNIV_AFTER = re.compile(
    rf"\)?\s*,?\s*(?:(?P<verb>marks|marked|is|was)\s+)?(?:the\s+)?(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORDS})\s+anniversary",
    re.IGNORECASE,
)
_DATE_IS_AN_ADVERBIAL = re.compile(r"\b(?:on|from|until|till|by|since|before|after)\s+$", re.IGNORECASE)
# A commemoration held on the anniversary day itself also dates the original event. Only when the
# date belongs to the commemoration: "honoured the 80th anniversary of X on September 3", "the
# commemoration of the 80th anniversary of X, held on September 3", "… of X in Beijing (September 3)",
# "On September 3, Venezuela honoured the 80th anniversary of X". Not "met on September 4 with
# leaders who had come to attend the commemoration of the 80th anniversary": the date is the meeting's.
_COMMEM_VERB = r"(?:honou?r|celebrat|commemorat|mark|observ)(?:ed|es|e|ing)?"
_COMMEM_NOUN = r"(?:commemorations?|celebrations?|ceremon(?:y|ies)|observances?)"
_COMMEM_HEAD = (
    rf"(?:(?P<verb>\b{_COMMEM_VERB})|(?P<noun>\b{_COMMEM_NOUN})\s+(?:of|marking|to\s+mark|for))\s+the\s+"
    rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th)|(?:{ORDINAL_WORDS})(?:-(?:first|second|third|fourth|fifth|sixth|seventh|"
    rf"eighth|ninth))?)\s+anniversary\s+of\s+"
)
_COMMEM_BEFORE_DATE = re.compile(
    _COMMEM_HEAD
    + r"(?P<subj>[^,.;:()“”\"]{3,200}?)"
    # held on D / which was held on D / in Place (D) / (D) — and, after a verb only, a bare "on D".
    + r"(?P<conn>\s*,?\s+(?:(?:which|that)\s+was\s+)?held\s+(?:in\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})?on\s+"
    + r"|(?:\s+in\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})?\s*\(\s*"
    + r"|(?<=\w)(?P<bare>(?:\s+in\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})?\s+on\s+))"
    + r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
_ON_OR_PAREN = re.compile(r"(?:\bon|\()\s*(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)  # cheap gate before the search
_COMMEM_AFTER_DATE = re.compile(
    r",?\s+(?:(?:the|of|and)\s+|(?-i:[A-Z])[\w’'.-]*\s+){1,8}?" + _COMMEM_HEAD + r"(?P<subj>[^,.;:()“”\"]{3,200})",
    re.IGNORECASE,
)
# Lower-case words a commemorated subject may hold besides the known event's own words: a noun
# phrase ("the Chinese people's victory in the War …"), never a verb clause ("victory and met Xi").
_SUBJECT_WORDS = frozenset(
    (
        "the", "of", "and", "in", "against", "to", "over", "for", "a", "an", "people's", "people’s", "peoples'",
        "peoples’", "victory", "war", "wars", "resistance", "aggression", "japanese", "chinese", "soviet", "world",
        "anti-fascist", "antifascist", "great", "patriotic", "second", "founding", "foundation", "establishment",
        "creation", "liberation", "surrender", "end", "day", "national", "country's", "country’s", "nation's",
        "nation’s", "invaders", "invasion", "fascism", "nazism", "militarism",
    )
)  # fmt: skip
_SAME_DAY = re.compile(
    rf"\b(?:on\s+)?(?:(?:the|that)\s+(?:very\s+)?same\s+day|this\s+(?:very\s+)?day),?\s+"
    rf"(?P<n>\d{{1,3}}|(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+years\s+"
    r"(?:ago|earlier|before)\b"
    rf"|\b(?P<n2>\d{{1,3}}|(?:{CARDINAL_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+years\s+"
    r"ago\s+(?:to\s+the\s+day|on\s+this\s+(?:very\s+)?day|on\s+the\s+same\s+day|today)\b",
    re.IGNORECASE,
)
LEAD_PARAGRAPHS = 2  # title + the first paragraphs set the news time more surely than the body


@dataclass(frozen=True, slots=True)
class ArticleTime:
    year: int | None
    why: str
    score: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedMention(DateSpan):
    """One day mention with its year worked out. Years are None when they cannot be known."""

    article_id: str
    title: str
    file: str
    line: int
    text: str  # the mention as written
    sentence: str  # the clean sentence it comes from: the event's text
    year_basis: str  # explicit | inferred | unknown
    why: str
    anniversary: int | None = None  # "(October 10) 80th anniversary": the date is the Nth return of the event
    # Set on an original event inferred from a later date: "commemoration" (an Nth anniversary held on
    # that day) or "same day" ("on the same day 75 years ago"). `subject` names the original event
    # ("the victory of 1945") so that every report of it merges into one event.
    derived: str | None = None
    subject: str | None = None



def day_label(month: int, day: int, year: int | None = None) -> str:
    return f"{day} {MONTH_NAMES[month - 1]}" + (f" {year}" if year is not None else "")


def _quote(s: str, limit: int = 90) -> str:
    s = " ".join(s.split()).strip(" ,;:")
    return "“" + (s if len(s) <= limit else s[:limit].rsplit(" ", 1)[0] + "…") + "”"


def _base_of(subject: str) -> tuple[int, str] | None:
    for rx, year, label in KNOWN_BASES:
        if rx.search(subject):
            return year, label
    return None


def _subject_is_noun_phrase(subject: str, base_rx: re.Pattern[str]) -> bool:
    """The subject names the known event and nothing else happens in it (no verb clause)."""
    rest = base_rx.sub(" ", subject)
    return all(w[0].isupper() or w.lower() in _SUBJECT_WORDS for w in re.findall(r"[^\W\d_][\w’'-]*", rest))


def _known_subject(subject: str) -> tuple[int, str, re.Pattern[str]] | None:
    for rx, year, label in KNOWN_BASES:
        if rx.search(subject):
            return year, label, rx
    return None


@dataclass(frozen=True, slots=True)
class _Derived:
    n: int
    original_year: int
    label: str
    phrase: str


def _commemorated_on(text: str, s: int, e: int, m: Mention, year: int) -> _Derived | None:
    """The Nth anniversary of a known event commemorated on this very date (see _COMMEM_BEFORE_DATE):
    the original event fell on the same day N years earlier."""
    if m.is_range or m.anniversary_year is not None:
        return None
    before = text[s : m.start]
    found = None
    if _ON_OR_PAREN.search(before, max(0, len(before) - 40)) and "anniversary" in before[-360:].lower():
        hit = _COMMEM_BEFORE_DATE.search(before, max(0, len(before) - 360))
        closed = hit is not None and ("(" not in hit.group("conn") or re.match(r"\s*\)", text[m.end : e]))
        if hit and closed and not (hit.group("noun") and hit.group("bare")):
            found = hit
    date_first = False
    if found is None and re.fullmatch(r"\s*[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?", before):
        hit = _COMMEM_AFTER_DATE.match(text, m.end, e)
        if hit:
            found, date_first = hit, True
    if found is None:
        return None
    n = number_word(found.group("n"))
    subject = found.group("subj")
    known = _known_subject(subject)
    if not n or known is None or known[0] != year - n:
        return None
    if date_first:  # "On May 9, Russia commemorated the 80th anniversary of the Victory with a parade"
        named = known[2].search(subject)
        subject = subject[: named.end()] if named else subject
    if not _subject_is_noun_phrase(subject, known[2]):
        return None
    return _Derived(n, year - n, known[1], _quote(text[found.start() : found.end("subj")], 110))


# --- the article's own time ------------------------------------------------------------------


def _article_texts(article: Article) -> list[str]:
    return [article.title, *(p.text for p in article.paragraphs)]


def article_time(article: Article, mentions: Iterable[tuple[int, Mention]] | None = None) -> ArticleTime:
    """Infer the year an article was written from its own text (see the module docstring)."""
    texts = _article_texts(article)
    votes: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[str]] = defaultdict(list)

    def vote(year: int, weight: float, idx: int, reason: str) -> None:
        if idx <= LEAD_PARAGRAPHS:
            weight *= 2
        votes[year] += weight
        if len(reasons[year]) < 2 and reason not in reasons[year]:
            reasons[year].append(reason)

    for idx, text in enumerate(texts):
        spans = None
        lowered = text.lower()
        for m in _ANNIV.finditer(text) if "anniversary" in lowered else ():
            n = number_word(m.group("n"))
            base = _base_of(m.group("subj"))
            if not n or base is None:
                continue
            year = base[0] + n
            spans = spans or sentences(text)
            s, e = sentence_at(spans, m.start())
            past = any(int(y) == year for y in _IN_YEAR.findall(text[s:e])) or re.search(
                rf"\b{year}\b", text[max(s, m.start() - 12) : m.start()]
            )
            phrase = _quote(text[m.start() : m.end()], 100)
            vote(year, 0.25 if past else 2.0, idx, f"{phrase} ({base[0]} + {n})")
        for m in _YEARS_AGO.finditer(text) if " year" in lowered else ():
            n = number_word(m.group("n"))
            spans = spans or sentences(text)
            s, e = sentence_at(spans, m.start())
            base = _base_of(text[s:e])
            if not n or base is None or n > 200:
                continue
            vote(base[0] + n, 2.0, idx, f"{_quote(text[s:e], 80)} ({base[0]} + {n})")
        for rx in (_RU_ANNIV, _ES_ANNIV):
            for m in rx.finditer(text) if ("лет" in lowered or "aniversario" in lowered) else ():
                n = int(m.group("n"))
                base = _base_of(m.group("subj"))
                if base is not None:
                    vote(base[0] + n, 2.0, idx, f"{_quote(m.group(0), 80)} ({base[0]} + {n})")
        for m in _ZH_ANNIV.finditer(text):
            n = int(m.group("n"))
            subj = text[max(0, m.start() - 60) : m.start()].rsplit("。", 1)[-1]
            base = _base_of(subj)
            if base is not None:
                vote(base[0] + n, 2.0, idx, f"{_quote(subj[-40:] + m.group(0), 60)} ({base[0]} + {n})")
    for idx, mention in mentions or ():
        if mention.anniversary_year is not None:
            vote(
                mention.anniversary_year, 2.0, idx, f"“{mention.text}” marks the {mention.anniversary_year} anniversary"
            )
        elif mention.year is not None and not mention.bracket_year:
            vote(mention.year, 1.0, idx, f"the date “{mention.text}”")
    if not votes:
        return ArticleTime(None, "the article states no date or anniversary that fixes its own time")
    best = max(votes, key=lambda y: (votes[y], y))
    if votes[best] < 1.0:
        return ArticleTime(None, "the article's only time clues describe past occasions")
    return ArticleTime(best, "the article is from " + str(best) + ": " + "; ".join(reasons[best]), votes[best])


# --- paragraph lines -----------------------------------------------------------------------------


class LineMap:
    """Maps an offset in a paragraph to its 1-based file line (paragraphs may join wrapped lines)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, list[str] | None] = {}

    def line(self, file: str, para_line: int, para_line_end: int, text: str, offset: int) -> int:
        if para_line_end <= para_line:
            return para_line
        if file not in self._files:
            try:
                raw = (self.root / file).read_text(encoding="utf-8-sig")
                self._files[file] = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            except OSError:
                self._files[file] = None
        lines = self._files[file]
        if lines is None:
            return para_line
        pos = 0
        for n in range(para_line, para_line_end + 1):
            part = lines[n - 1].strip().lstrip("#").strip() if n - 1 < len(lines) else ""
            if offset < pos + len(part) + 1:
                return n
            pos += len(part) + 1
        return para_line


# --- resolving each mention ------------------------------------------------------------------------


@dataclass(slots=True)
class _Prev:
    month: int
    day: int
    year: int | None
    historical: bool  # set by a past account, not by the article's own time
    para: int
    label: str
    is_range: bool = False


def _weekday_note(m: Mention, year: int | None) -> str:
    if m.weekday is None or year is None:
        return ""
    actual = datetime.date(year, m.month, m.day).weekday()
    if actual == m.weekday:
        return f"; {WEEKDAYS[m.weekday]} {day_label(m.month, m.day, year)} matches the weekday written"
    return f"; note: {day_label(m.month, m.day, year)} was a {WEEKDAYS[actual]}, not a {WEEKDAYS[m.weekday]}"


def _free_year_in_sentence(text: str, s: int, e: int, taken: list[tuple[int, int]], pos: int) -> int | None:
    """The nearest plain year (not part of another date, not 'to 2035') in the sentence."""
    best: tuple[int, int] | None = None
    for m in _FREE_YEAR.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _NOT_A_PLAIN_YEAR.search(text[max(s, m.start() - 8) : m.start()]):
            continue
        dist = abs(m.start() - pos)
        if best is None or dist < best[0]:
            best = (dist, int(m.group(1)))
    return best[1] if best else None


def _unquoted_context(text: str, s: int, start: int, end: int) -> str:
    """The words around a mention that are the writer's own: quoted speech has its own tense."""
    before = re.split(r"[“\"«]", text[s:start])[-1]
    after = re.split(r"[“\"«:]", text[end : end + 80])[0]
    return before + " " + after


def _connective(text: str, s: int, pos: int) -> re.Match[str] | None:
    found = None
    for m in _CONNECTIVE.finditer(text, s, pos):
        found = m
    return found


def resolve_article(
    article: Article, atime: ArticleTime, file_time: ArticleTime | None, lines: LineMap
) -> list[ResolvedMention]:
    out: list[ResolvedMention] = []
    prev: _Prev | None = None
    time = atime if atime.year is not None else (file_time or atime)
    for pidx, para in enumerate(article.paragraphs):
        text = para.text
        found = find_mentions(text)
        same_days = list(_SAME_DAY.finditer(text)) if " years " in text else []
        if not found and not same_days:
            continue
        spans = sentences(text)
        taken = [(m.start, m.end) for m in found]
        items: list[Mention | re.Match[str]] = sorted([*found, *same_days], key=_item_start)
        for m in items:
            if isinstance(m, re.Match):
                derived = _same_day(m, text, spans, taken, prev, pidx, article, para, lines)
                if derived is not None:
                    out.append(derived)
                continue
            s, e = sentence_at(spans, m.start)
            sentence = excerpt(text, s, e, m.start)
            year, basis, why, historical = _resolve_one(m, text, s, e, taken, time, atime, prev, pidx)
            anniversary = None
            after = _ANNIV_AFTER.match(text, m.end)
            if after and after.group("verb") and _DATE_IS_AN_ADVERBIAL.search(text, max(s, m.start - 12), m.start):
                after = None  # "A concert held on June 12 marked the 80th anniversary": the concert did
            if after and year is not None and m.anniversary_year is None:
                n = number_word(after.group("n"))
                if n and n < year:
                    anniversary = n
                    original = year - n
                    why = (
                        f"{day_label(m.month, m.day, year)} is the {after.group('n')} anniversary ({why}), "
                        f"so the original event was in {year} − {n} = {original}"
                    )
                    year, basis = original, "inferred"
            end_year = m.end_year
            if year is not None and end_year is None:
                end_year = year + 1 if (m.end_month, m.end_day) < (m.month, m.day) else year
            if year is not None and not valid_day(m.month, m.day, year):
                year, end_year, basis = None, None, "unknown"
                why = f"{day_label(m.month, m.day)} does not exist in the inferred year, so the year is left unknown"
            out.append(
                ResolvedMention(
                    article_id=article.article_id,
                    title=article.title,
                    file=article.file,
                    line=lines.line(article.file, para.line, para.line_end, text, m.start),
                    text=m.text,
                    sentence=sentence,
                    month=m.month,
                    day=m.day,
                    year=year,
                    end_month=m.end_month,
                    end_day=m.end_day,
                    end_year=end_year,
                    year_basis=basis,
                    why=why,
                    anniversary=anniversary,
                )
            )
            commemorated = _commemorated_on(text, s, e, m, year) if year is not None and anniversary is None else None
            if commemorated is not None:
                c = commemorated
                out.append(
                    replace(
                        out[-1],
                        year=c.original_year,
                        end_year=c.original_year,
                        year_basis="inferred",
                        why=f"{c.n}{_ordinal_suffix(c.n)} anniversary commemorated on {day_label(m.month, m.day, year)}"
                        f" → {day_label(m.month, m.day, c.original_year)}: {c.phrase}; the year {year}: {why}",
                        derived="commemoration",
                        subject=c.label,
                    )
                )
            if m.anniversary_year is None:
                prev = _Prev(m.month, m.day, year, historical, pidx, day_label(m.month, m.day, year), m.is_range)
    return out


def _item_start(item: Mention | re.Match[str]) -> int:
    return item.start() if isinstance(item, re.Match) else item.start


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _same_day(
    hit: re.Match[str],
    text: str,
    spans: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    prev: _Prev | None,
    pidx: int,
    article: Article,
    para: Paragraph,
    lines: LineMap,
) -> ResolvedMention | None:
    """ "On the same day 75 years ago" counted back from the date just before (same or previous
    paragraph): 3 September 2020 → 3 September 1945. Not when the sentence writes its own date."""
    if prev is None or prev.year is None or prev.is_range or pidx - prev.para > 1:
        return None
    s, e = sentence_at(spans, hit.start())
    if any(hit.start() < a < e for a, _ in taken):
        return None  # "the same day 75 years ago, September 2, 1945, …": the date is written out
    n = number_word(hit.group("n") or hit.group("n2"))
    if not n or n >= prev.year:
        return None
    year = prev.year - n
    if not valid_day(prev.month, prev.day, year):
        return None
    sentence = text[s:e]
    bases = [(y, label) for rx, y, label in KNOWN_BASES if rx.search(sentence)]
    if bases and all(y != year for y, _ in bases):
        return None  # the sentence names a known event of another year: the arithmetic is off
    label = next((lab for y, lab in bases if y == year), None)
    phrase = " ".join(hit.group(0).split())
    return ResolvedMention(
        article_id=article.article_id,
        title=article.title,
        file=article.file,
        line=lines.line(article.file, para.line, para.line_end, text, hit.start()),
        text=phrase,
        sentence=excerpt(text, s, e, hit.start()),
        month=prev.month,
        day=prev.day,
        year=year,
        end_month=prev.month,
        end_day=prev.day,
        end_year=year,
        year_basis="inferred",
        why=f"“{phrase}” counted back from {prev.label}: {prev.year} − {n} → {day_label(prev.month, prev.day, year)}",
        derived="same day",
        subject=label,
    )


def _resolve_one(
    m: Mention,
    text: str,
    s: int,
    e: int,
    taken: list[tuple[int, int]],
    time: ArticleTime,
    own_time: ArticleTime,
    prev: _Prev | None,
    pidx: int,
) -> tuple[int | None, str, str, bool]:
    """(year, basis, why, historical) for one mention; rules in the order a reader applies them."""
    article_year = time.year
    if m.year is not None:
        if m.anniversary_year is not None:
            why = f"year stated with the date; “– {m.anniversary_year}” marks the anniversary celebrated in it"
        elif m.bracket_year:
            why = f"year {m.year} given in brackets right after the date"
        else:
            why = "year stated with the date"
        historical = article_year is not None and abs(m.year - article_year) > 1
        return m.year, "explicit", why + _weekday_note(m, m.year), historical
    # A plain year in the same sentence ("…September 1937, … after the July 7 … Incident").
    year = _free_year_in_sentence(text, s, e, taken, m.start)
    if year is not None and (article_year is None or year <= article_year):
        historical = article_year is None or year != article_year
        return year, "inferred", f"the year {year} is stated in the same sentence" + _weekday_note(m, year), historical
    sentence_before = text[s : m.start]
    # "Seven days later, on July 14": continue from the previous date.
    conn = _connective(text, s, m.start)
    if conn and prev is not None and prev.year is not None and pidx - prev.para <= 3:
        why = f"“{conn.group(0)}” continues from {prev.label}"
        if conn.group("n") and conn.group("dir"):
            n = number_word(conn.group("n")) or (1 if conn.group("n").lower() in ("a", "one") else 0)
            days = n * (7 if conn.group("unit").lower().startswith("week") else 1)
            sign = 1 if conn.group("dir").lower().startswith(("later", "after")) else -1
            if valid_day(prev.month, prev.day, prev.year):
                expect = datetime.date(prev.year, prev.month, prev.day) + datetime.timedelta(days=sign * days)
                if (expect.month, expect.day) == (m.month, m.day):
                    why += f" ({day_label(prev.month, prev.day)} {'+' if sign > 0 else '−'} {days} days)"
                    return expect.year, "inferred", why, prev.historical
        return prev.year, "inferred", why + _weekday_note(m, prev.year), prev.historical
    # A historical account that goes on: the previous date set a past year, this one follows it.
    if (
        prev is not None
        and prev.historical
        and prev.year is not None
        and pidx - prev.para <= 2
        and (m.month, m.day) >= (prev.month, prev.day)
        and not _PRESENT.search(_unquoted_context(text, s, m.start, m.end))
    ):
        why = f"narrative context: the account of {prev.year} goes on (previous date: {prev.label})"
        return prev.year, "inferred", why + _weekday_note(m, prev.year), True
    if article_year is not None:
        rel = re.search(r"\b(last|next|this)\s+$", sentence_before[-12:], re.IGNORECASE)
        shift = {"last": -1, "next": 1}.get(rel.group(1).lower(), 0) if rel else 0
        year = article_year + shift
        why = time.why
        if rel and shift:
            why = f"“{rel.group(1)}” relative to the article's time; {why}"
        return year, "inferred", why + _weekday_note(m, year), False
    return None, "unknown", time.why + "; the year cannot be known, so it is left open", False


# --- whole corpus ------------------------------------------------------------------------------------


def _file_times(times: dict[str, ArticleTime], corpus: Corpus) -> dict[str, ArticleTime]:
    """A digest file whose dated articles all share one year lends it to its undated ones."""
    by_file: dict[str, list[int]] = defaultdict(list)
    for a in corpus.articles:
        t = times[a.article_id]
        if t.year is not None:
            by_file[a.file].append(t.year)
    out = {}
    for file, years in by_file.items():
        if len(years) >= 2 and len(set(years)) == 1:
            out[file] = ArticleTime(
                years[0],
                f"no time clue in this article; the other {len(years)} dated articles of {file} "
                f"are all from {years[0]}",
            )
    return out


def resolve_corpus(corpus: Corpus) -> list[ResolvedMention]:
    """Every day mention of every article, in corpus order, with its year resolved."""
    times: dict[str, ArticleTime] = {}
    for a in corpus.articles:
        mentions = [(i + 1, m) for i, p in enumerate(a.paragraphs) for m in find_mentions(p.text)]
        mentions += [(0, m) for m in find_mentions(a.title)]
        times[a.article_id] = article_time(a, mentions)
    file_times = _file_times(times, corpus)
    lines = LineMap(corpus.root)
    out: list[ResolvedMention] = []
    for a in corpus.articles:
        t = times[a.article_id]
        out.extend(resolve_article(a, t, None if t.year is not None else file_times.get(a.file), lines))
    return out
