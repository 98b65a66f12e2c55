"""Text and Markdown files: split into articles at titles, each non-blank line a paragraph.

Digests (files with `Continue reading <title>` or "Read more" lines) split at each title; archive
pages of dated entries (a title, then a line such as "Bulletin, 14 July 2000") at each entry; Markdown
at `# ` headings; anything else is one article whose title is its first meaningful line. Lines are the file's own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from bot.corpus.model import MAX_TITLE_CHARS, Article, Paragraph, article_id, clean_title, norm_ws

CONTINUE_PREFIX = "Continue reading "


# ---------------------------------------------------------------------------------------------
# Splitting files into articles


def split_articles(text: str, file: str, *, markdown: bool = False, used_ids: set[str] | None = None) -> list[Article]:
    """Split one file's text into articles.

    Digests (files with `Continue reading <title>` lines) split at each title; Markdown at `# `
    headings; anything else is one article whose title is its first meaningful line.
    """
    lines = text.split("\n")
    if used_ids is None:
        used_ids = set()
    above: dict[int, int] = {}  # an entry's title → the line above it that dates the entry
    sections: tuple[list[Span], dict[int, int]] | None = None
    leading: dict[int, int] = {}  # a section's headline → the line where its section starts
    if markdown:
        spans = _markdown_spans(lines)
    elif any(_is_trailer(line) for line in lines):
        spans = _digest_spans(lines, _dated_heads(lines))
    elif (
        (heads := _entry_heads(lines, above := _heads_under_datelines(lines)))
        and len(all_heads := sorted(set(heads) | _capital_heads(lines, heads, above))) >= 2
        # (unless rules cut the file into more cuttings than dated heads: one cutting's dating line
        # may give no year, "From our issue of 11 December")
        and not ((sections := _section_spans(lines)) and len(sections[0]) > len(all_heads) + 1)
        # (nor when a head is itself a rule and the rules cut as many cuttings: "~ ~ ~" / "Ketlow
        # Herald, Saturday 10 July 2021" dates the cutting under it, and an undated one above it
        # would run on into the one before)
        and not (sections and len(sections[0]) >= len(all_heads) and any(_is_rule(lines[h]) for h in all_heads))
    ):
        spans = _head_spans(lines, all_heads, above)
    elif len(numbered := _numbered_heads(lines)) >= 2:
        spans = _head_spans(lines, numbered)
    elif sections := sections or _section_spans(lines):
        spans, leading = sections
    else:
        spans = _single_span(lines)
    articles = []
    for title, title_idx, body_start, end in spans:
        paragraphs = _paragraphs(lines, body_start, end, markdown=markdown)
        if title_idx in leading:
            # The lines between a section's rule and its headline (the cutting's source and date)
            paragraphs = [*_paragraphs(lines, leading[title_idx], title_idx, markdown=False), *paragraphs]
        wrapped = not markdown and _wrapped_title(lines, title_idx) and bool(paragraphs)
        wrapped = wrapped and paragraphs[0].line == title_idx + 2
        if title and (len(norm_ws(title)) > MAX_TITLE_CHARS or wrapped) and not markdown:
            # A first line too long for a title is the lead itself: its text stays searchable and
            # datable as the first paragraph; the title shows its start. So is one wrapped onto the
            # next ("… will celebrate a quarter of a" / "century on the old corn mill site …").
            lead = Paragraph(norm_ws(title), title_idx + 1, title_idx + 1)
            if wrapped:
                first = paragraphs.pop(0)
                lead = Paragraph(f"{lead.text} {first.text}", title_idx + 1, first.line_end)
            paragraphs = [lead, *paragraphs]
        if title_idx in above:
            # The line that dates the entry stands above its title: the entry's first paragraph.
            dating = above[title_idx]
            paragraphs = [Paragraph(norm_ws(lines[dating].strip()), dating + 1, dating + 1), *paragraphs]
        labelled = _CUTTING_LABEL.fullmatch(title.strip()) or _SECTION_RULE.fullmatch(title.strip())
        if (
            labelled
            and len(paragraphs) >= 3
            and _is_headline(paragraphs[1].text)
            and _dates_an_entry(paragraphs[0].text)
        ):
            # "CUTTING ONE" (or a rule, "=== I ===") / "WHARLTON OBSERVER, Friday 12 February 1988" /
            # "ICE DREAMS: IVY HEADS FOR CALGARY": the label numbers the cutting; its headline is the title
            title, paragraphs = paragraphs[1].text, [paragraphs[0], *paragraphs[2:]]
        title = clean_title(title)
        if not title and not paragraphs:
            continue
        if not title:
            title = clean_title(paragraphs[0].text)
        last_line = max([title_idx + 1, *(p.line_end for p in paragraphs)])
        articles.append(
            Article(
                article_id=article_id(file, title, used_ids),
                title=title,
                file=file,
                line_start=title_idx + 1,
                line_end=last_line,
                paragraphs=tuple(paragraphs),
                format="md" if markdown else "txt",
            )
        )
    return articles


# A cutting's number in a folder of them: "CUTTING ONE", "Item 2", "EXTRACT III".
_CUTTING_LABEL = re.compile(
    r"(?:cutting|clipping|item|extract|article|entry|no\.?|number)\s+(?:\d{1,3}|[ivxlc]{1,5}|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve)",
    re.IGNORECASE,
)


def _is_headline(text: str) -> bool:
    """A short line in capitals with no closing punctuation (an exclamation may close it: "SNOWBOUND!")."""
    shouted = text.endswith(("!", "?"))
    return len(text) <= MAX_TITLE_CHARS and text.isupper() and (shouted or not text.endswith(_TERMINAL))


# A span is (title, index of title line, index where the body starts, end index exclusive).
Span = tuple[str, int, int, int]


def _first_nonblank(lines: list[str], start: int, end: int) -> int | None:
    for i in range(start, end):
        if lines[i].strip():
            return i
    return None


def _looks_like_breadcrumb(line: str) -> bool:
    """'Home > China News' style navigation that precedes the real title in scraped pages."""
    flat = norm_ws(line)  # str.split() also splits on the no-break spaces scraped pages use
    return " > " in flat and len(flat) < 80 and not flat.endswith((".", "?", "!"))


def _single_span(lines: list[str]) -> list[Span]:
    first = _first_nonblank(lines, 0, len(lines))
    if first is None:
        return []
    if _looks_like_breadcrumb(lines[first]):
        nxt = _first_nonblank(lines, first + 1, len(lines))
        if nxt is not None:
            first = nxt
    return [(lines[first], first, first + 1, len(lines))]


# A line that ends an article in an archive page, alone on its line: "Read more", "Leer más".
_TRAILERS = frozenset(
    ("read more", "read the full story", "full story", "leer más", "seguir leyendo", "читать далее",
     "подробнее", "阅读全文", "查看全文", "全文")
)  # fmt: skip


def _is_trailer(line: str) -> bool:
    flat = line.strip()
    return flat.startswith(CONTINUE_PREFIX) or flat.rstrip(" .…»→>").casefold() in _TRAILERS


_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
# "Park Life, summer 1997", "The Corleian, Christmas 2009"
_SEASONS = "spring|summer|autumn|fall|winter|primavera|verano|otoño|invierno|christmas|easter|navidad|pascua"
_WEEKDAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# The line under an archive entry's title that dates it: "Bulletin, 14 July 2000", "Newsletter,
# March 1996", "14 July 2000", "Boletín, 3 de mayo de 2001", "Chronicle, week of Monday 12 April
# 1999", "Published Monday, 11 June 2007", "From the issue of 22 August 2016".
_HEAD_DATE_LINE = re.compile(
    rf"^\s*(?:[^\W\d_][\w'’ .-]{{0,30}}?(?:,|\s[—–-])\s*)?"
    # "Navigation News, No. 41, June 1997": the issue's number between the name and the date
    r"(?:(?:No\.?|Issue|Vol\.?|Volume|Number|Núm\.?|№)\s*\d{1,4},\s*)?"
    r"(?:(?:from\s+)?(?:the\s+|our\s+)?(?:week|issue|edition)\s+of\s+"
    # "Posted on the Trust website on 12 January 2015"
    r"|(?:published|posted|issued|dated)\s+(?:(?:on|in)\s+the\s+[^\W\d_][\w'’ .-]{0,30}?\s+)?(?:on\s+)?)?"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?"
    rf"(?:(?:\d{{1,2}}(?:\s+de)?\s+)?(?:{_MONTHS}|{_SEASONS})(?:\s+\d{{1,2}},)?(?:\s+de)?\s+(?:1[5-9]|20)\d\d)\.?\s*$",
    re.IGNORECASE,
)
# A report's first line that opens with its dateline: "Saturday, 2 September 1995 — The Wanderers …",
# "HESKET, 3 May 2001 — …", "Newsletter, autumn 2003. Nine recruits …" (as the title's next line, in a
# page of such reports). A month or season with no day needs the dating line's full stop or dash.
_DATELINE_START = re.compile(
    rf"^\s*(?:[^\W\d_][\w'’ .-]{{0,30}},\s*)?(?:(?:{_WEEKDAYS}),?\s+)?"
    rf"(?:\d{{1,2}}(?:\s+de)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}},?|{_MONTHS}|{_SEASONS})"
    r"(?:\s+de)?\s+(?:1[5-9]|20)\d\d(?:\s*[—–-]|\.)\s+\S",
    re.IGNORECASE,
)
# A year alone, when its words say it dates an issue: "From the Herald of 2010".
_HEAD_YEAR_LINE = re.compile(
    r"^\s*from\s+(?:the\s+)?[^\W\d_][\w'’ .-]{0,30}?\s+of\s+(?:1[5-9]|20)\d\d\s*$", re.IGNORECASE
)
# A cutting's source, the paper and the year alone: "Evening Star, 2000" (it dates an entry, and the
# year rules read the dateline under it as of that year).
SOURCE_YEAR_LINE = re.compile(r"^\s*[^\W\d_][\w'’ .&-]{1,40}?,\s*(?P<y>(?:1[5-9]|20)\d\d)\.?\s*$")
# The same with no year, when its words say it dates an issue: "Issue of 14 September".
_HEAD_ISSUE_LINE = re.compile(
    rf"^\s*(?:(?:from\s+)?(?:the\s+)?(?:issue|edition|week)\s+of|(?:published|posted|issued|dated)(?:\s+on)?)\s+"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?(?:\d{{1,2}}(?:\s+de)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\s*$",
    re.IGNORECASE,
)


# A paper's name and a weekday-dated day with no year, under a dated page's title ("Evening Post,
# Monday 25 November", "From the Courier — Saturday 4 October"): the weekday makes it a dateline.
_HEAD_WEEKDAY_LINE = re.compile(
    rf"^\s*[^\W\d_][\w'’ .-]{{0,30}}?(?:,|\s[—–-])\s*(?:{_WEEKDAYS}),?\s+"
    rf"(?:\d{{1,2}}(?:\s+de)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\.?\s*$",
    re.IGNORECASE,
)
# A weekday-dated day alone under an entry's title, in a page of two or more entries
# ("APPLE DAY RETURNS TO THORNHAY" / "Tuesday, 20 October").
_HEAD_BARE_WEEKDAY_LINE = re.compile(
    rf"^\s*(?:{_WEEKDAYS}),?\s+(?:\d{{1,2}}(?:\s+de)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\.?\s*$",
    re.IGNORECASE,
)
# "Из номера от 4 мая", "Из номера от 14 августа 2004 года": the issue an entry comes from.
_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_HEAD_RU_ISSUE_LINE = re.compile(
    rf"^\s*(?:из\s+)?(?:номера|выпуска|газеты)\s+(?:от|за)\s+\d{{1,2}}\s+(?:{_RU_MONTHS})"
    r"(?:\s+(?:1[5-9]|20)\d\d\s*(?:года|г\.))?\.?\s*$",
    re.IGNORECASE,
)
_HEAD_DASH = re.compile(r"\s[—–-]\s")


# A rule between entries ("---", "* * *", "___"): it separates as a blank line does.
_RULE_LINE = re.compile(r"[-—–_*=~·•─━═\s]{3,}")  # (─━═: box-drawing rules)


def _unless_rule(line: str) -> str:
    return "" if _RULE_LINE.fullmatch(line) else line


def _wrapped_title(lines: list[str], i: int) -> bool:
    """Whether the title line `i` is prose wrapped onto the next line: it stops on a comma or on a
    word no sentence ends on, or it is long and the next line goes on in lower case."""
    if i + 1 >= len(lines):
        return False
    line, nxt = lines[i].strip(), lines[i + 1].strip()
    if not nxt or LIST_ITEM.match(nxt) or line.endswith(_TERMINAL):
        return False
    if len(line) > MAX_TITLE_CHARS:
        return _continues(line, nxt)
    # (a headline may end on a preposition, "… thirty years on"; not on an article or a conjunction)
    if line.endswith(",") or _TITLE_DANGLING.search(line):
        return True
    return len(line) >= _WRAPPED_TITLE and nxt[:1].islower()


_WRAPPED_TITLE = 60  # a line this long going on in lower case is prose, not a headline over a byline
_TITLE_DANGLING = re.compile(r"(?:^|\s)(?:a|an|the|and|or|de|del|el|la|y|и)$", re.IGNORECASE)


def _dates_an_entry(line: str) -> bool:
    """A line that only dates an archive entry (see the patterns above)."""
    return bool(
        _HEAD_DATE_LINE.match(line)
        or _HEAD_ISSUE_LINE.match(line)
        or _HEAD_YEAR_LINE.match(line)
        or SOURCE_YEAR_LINE.match(line)
        or _HEAD_WEEKDAY_LINE.match(line)
        or _HEAD_BARE_WEEKDAY_LINE.match(line)
        or _HEAD_RU_ISSUE_LINE.match(line)
    )


# A programme's line that opens with its time: "7.30 pm Opening concert", "10.00 Talks", "12 noon".
_TIMED_ITEM = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?\b|noon\b|midnight\b|h\b)|\d{1,2}[.:]\d\d\b", re.I)


def _entry_heads(lines: list[str], above: Mapping[int, int]) -> list[int]:
    """The first lines of an archive page's entries: dated heads and titles under their dating
    lines (not a dating line itself when the title under it heads the entry)."""
    dating = set(above.values())
    return sorted({h for h in _dated_heads(lines) if h not in dating} | set(above))


def _heads_under_datelines(lines: list[str]) -> dict[int, int]:
    """Titles that come right after the line dating their entry ("From the Bramling Courier, October
    1995" / "NEW PRESS ROLLS AT BRAMLING"), in a page of two or more such entries: the dating line
    stands after a blank line, a finished paragraph with the title right under it, or the page
    heading. A title in capitals may stand one blank line under it ("From our issue of Friday 31 May
    1991" / "" / "NEW POOL READY").
    Each title → its dating line."""
    first = _first_nonblank(lines, 0, len(lines))
    # A cutting's bracketed source ("[Skerbury Advertiser, Tuesday 15 February 1994, front page]") over
    # its headline in capitals, in a file with no rules between cuttings (with rules: `_section_spans`).
    bracketed = not any(_SECTION_RULE.fullmatch(x) for x in map(str.strip, lines) if x)
    heads: dict[int, int] = {}
    for i in range(1, len(lines) - 2):
        line = lines[i].strip()
        gap = 1 if not lines[i + 1].strip() and i + 3 < len(lines) else 0
        title, after = lines[i + 1 + gap].strip(), lines[i + 2 + gap].strip()
        before = _unless_rule(lines[i - 1].strip())
        if not line or not title or not after or (gap and not title.isupper()):
            continue
        source = bracketed and _SOURCE_BRACKET.fullmatch(line) is not None
        # (an introduction in brackets too: "[From our issue of Tuesday 5 May 1992]")
        intro = _CUTTING_INTRO.fullmatch(line.strip("[]() "))
        if not (_dates_an_entry(line) or (title.isupper() and (source or intro))):
            continue
        # (a headline in capitals may exclaim: "SNOWBOUND!")
        shouted = title.isupper() and title.endswith(("!", "?"))
        if len(title) > MAX_TITLE_CHARS or (title.endswith(_TERMINAL) and not shouted) or _dates_an_entry(title):
            continue
        if _TIMED_ITEM.match(title) or _SECTION_RULE.fullmatch(title):
            continue  # "FRIDAY 23 MAY" / "7.30 pm Opening concert …": a programme's day; a rule: no title
        if before and gap and i - 1 != first:
            continue  # under the paragraph it closes, a blank line below: the source at a cutting's foot
        if not before or before.endswith(_TERMINAL) or i - 1 == first:
            heads[i + 1 + gap] = i
    return heads if len(heads) >= 2 else {}


# The sections of a looking-back column ("25 YEARS AGO", "AND A HUNDRED YEARS ON", "HACE CIEN AÑOS",
# "50 ЛЕТ НАЗАД", "三十年前"): counted from the date at its head, not entries of their own.
_LOOKING_BACK_HEAD = re.compile(
    r"^(?:AND\s+)?(?:\d+|[A-Z]+(?:[\s-][A-Z]+){0,3})\s+YEARS?\s+(?:AGO|ON|LATER)\b|^HACE\s+\S+(?:\s+\S+){0,3}\s+AÑOS\b"
    r"|\bЛЕТ\s+НАЗАД\b|\d+年前$",
    re.IGNORECASE,
)


def _capital_heads(lines: list[str], heads: list[int], above: Mapping[int, int]) -> set[int]:
    """In a page whose entries are headed in capitals and dated, an entry headed the same way whose
    dating line gives no date ("FIRE GUTS DERELICT WEST PIER" / "Coastline Weekly, weekend edition")."""
    if not all(lines[h].strip().isupper() for h in heads):
        return set()
    taken = set(heads) | set(above.values())
    out = set()
    for i in range(1, len(lines) - 1):
        line = lines[i].strip()
        if i in taken or not line.isupper() or len(line) > MAX_TITLE_CHARS or line.endswith(_TERMINAL):
            continue
        if _HEAD_BARE_WEEKDAY_LINE.match(line) or _TIMED_ITEM.match(lines[i + 1].strip()):
            continue  # "FRIDAY 10 MARCH" / "7pm Supper …": a programme's day, not an entry's headline
        if _LOOKING_BACK_HEAD.search(line):
            continue  # "25 YEARS AGO", "AND A HUNDRED YEARS ON": a section of a column dated at its head
        # after a blank line, or a finished paragraph in a page written one paragraph per line
        before = _unless_rule(lines[i - 1].strip())
        if not before and i >= 2 and i - 3 in heads and _dates_an_entry(lines[i - 2].strip()):
            continue  # "CUTTING ONE" / "WHARLTON OBSERVER, Friday 12 February 1988" / "" / its headline
        if (not before or before.endswith(_TERMINAL)) and lines[i + 1].strip():
            out.add(i)
    return out


def _is_rule(line: str) -> bool:
    """A rule with no words in it ("~ ~ ~", "-----")."""
    return _SECTION_RULE.fullmatch(line.strip()) is not None and _WORDED_RULE.fullmatch(line.strip()) is None


# A lead that opens on its headline in capitals: "NEW SPORTS CENTRE OPENS TO CROWDS. More than two …"
_CAPITALS_LEAD = re.compile(r"(?=[^a-z]*[A-Z]{2}[^a-z]*[.!?]\s+[A-Z])[^a-z.!?]{8,}[.!?]\s+[A-Z]")


def _dated_heads(lines: list[str]) -> list[int]:
    """The first lines of an archive page's entries: a short title with no closing punctuation and a
    line right under it that only dates it ("Summer show" / "Bulletin, 14 July 2000"), or, after a
    blank line, the dating line itself when the entry has no title ("Saturday 2 November 1996").
    A titled entry may also follow a finished paragraph or the page's heading with no blank line
    between: pages written one paragraph per line have none."""
    heads = []
    first = _first_nonblank(lines, 0, len(lines))
    for i in range(1, len(lines) - 1):
        line = lines[i].strip()
        if not line:
            continue
        before = _unless_rule(lines[i - 1].strip())
        under = lines[i + 1]
        dates_it = _dates_an_entry(under) or (
            before and _DATELINE_START.match(under)  # "Saturday, 2 September 1995 — Hesket Wanderers beat …"
        )
        titled = len(line) <= MAX_TITLE_CHARS and not line.endswith(_TERMINAL) and dates_it
        # (not an item of a list, nor a line that stops on a word no title ends on: "- Bring-and-buy sale:
        # Sunday 22 April …, to be booked by" / "  Friday 13 April." is one wrapped item, not an entry)
        titled = titled and not _BULLET.match(line) and not _DANGLING.search(line)
        # "CALDERBROOK TRIUMPH AT AREA CONTEST — Calderbrook Echo, Monday 5 October 1998": the title
        # and its dating line on one line
        inline = (
            len(line) <= MAX_TITLE_CHARS
            and (dash := _HEAD_DASH.search(line)) is not None
            and _HEAD_DATE_LINE.match(line[dash.end() :]) is not None
            and bool(lines[i + 1].strip())
        )
        if not before:
            # (not over a rule: "From our issue of 9 May 2003" / "——————" / its headline is a cutting's
            # dating line, read with its section: `_section_spans`)
            below = lines[i + 1].strip()
            ruled = bool(below) and _SECTION_RULE.fullmatch(below) is not None
            # (a paper's weekday-dated day with no year over a headline in capitals: "Stennerby Herald,
            # Monday 6 March" / "CORN HALL CLOCK AT 150", a cutting between dated ones; or over a lead that
            # opens on it: "THE DAY GRANDAD SAW THE WHITE HORSE. Seventy-five years ago today, …")
            headed = below.isupper() or _CAPITALS_LEAD.match(below) is not None
            dated = _HEAD_DATE_LINE.match(line) or (_HEAD_WEEKDAY_LINE.match(line) and headed)
            if titled or inline or (dated and below and not ruled):
                heads.append(i)
        elif (titled or inline) and (before.endswith(_TERMINAL) or i - 1 == first):
            heads.append(i)
    return heads


def _head_spans(lines: list[str], heads: list[int], above: Mapping[int, int] | None = None) -> list[Span]:
    """An archive page of dated entries: one article per entry; what stands before the first (the
    page's own heading) is an article only if it has a body. An entry whose dating line stands above
    its title (`above`) starts at that line."""

    def start(h: int) -> int:
        return above.get(h, h) if above else h

    spans: list[Span] = []
    first = _first_nonblank(lines, 0, start(heads[0]))
    if first is not None and _first_nonblank(lines, first + 1, start(heads[0])) is not None:
        spans.append((lines[first], first, first + 1, start(heads[0])))
    for n, h in enumerate(heads):
        end = start(heads[n + 1]) if n + 1 < len(heads) else len(lines)
        spans.append((lines[h], h, h + 1, end))
    return spans


# A cutting's headline numbered in capitals: "II. LIDO AT TEN", "3) MILL FIRE".
_NUMBERED_HEAD = re.compile(r"(?:[IVX]{1,5}|\d{1,2})[.)]\s+(?P<head>[^a-z]+)")


def _numbered_heads(lines: list[str]) -> list[int]:
    """The headlines of a cuttings file whose cuttings are numbered in capitals and each closed by
    its source in brackets ("I. STATION REOPENS …" … "[Copperdale Courier, Friday 13 May 1994, p. 1]"):
    after a blank line, with text under them. None unless there are two, and two sources."""
    if sum(1 for x in lines if _SOURCE_BRACKET.fullmatch(x.strip())) < 2:
        return []
    heads = []
    for i in range(1, len(lines) - 1):
        line = lines[i].strip()
        m = _NUMBERED_HEAD.fullmatch(line)
        if m is None or lines[i - 1].strip() or len(line) > MAX_TITLE_CHARS or line.endswith(_TERMINAL):
            continue
        if m.group("head").isupper() and _first_nonblank(lines, i + 1, min(i + 3, len(lines))) is not None:
            heads.append(i)
    return heads


# A line that divides a file into sections: a rule ("-----", "* * *"), a numbered one ("=== 2 ===",
# "-- No. 3 --"), or a heading between rules ("== From our issue of Thursday 14 November 1991 ==",
# "═══ Gazette, … ═══").
_SECTION_RULE = re.compile(
    r"[-—–_*=~·•#─━═]{2,}\s*(?:(?:No|Nº|№)\.?\s*)?(?:\d{1,3}|[IVXLC]{1,5})\.?\s*[-—–_*=~·•#─━═]{2,}"
    r"|[-—–_*=~·•─━═](?:\s*[-—–_*=~·•─━═]){2,}"
    r"|[=═]{2,}[^=═]{1,100}[=═]{2,}"
    r"|[-—–_*~─━#]{3,}\s+\S.{0,98}?\s+[-—–_*~─━#]{3,}"  # "---------- Echo, Friday 26 January 1990 ----------"
)
# A rule with words in it: a line of the section it opens (the cutting's source and date).
_WORDED_RULE = re.compile(
    r"[=═]{2,}[^=═]*[^\W\d_][^=═]*[=═]{2,}|[-—–_*~─━#]{3,}\s+[^\n]*?[^\W\d_][^\n]*?\s+[-—–_*~─━#]{3,}"
)
_SECTION_HEAD_LINES = 3  # a cutting's headline comes within its first lines (after its source line)


def _section_spans(lines: list[str]) -> tuple[list[Span], dict[int, int]] | None:
    """A file divided by rules into two or more sections that each open with a headline (a folder
    of cuttings): one article per section, the page heading before the first rule only if it has a
    body. Also (headline → section start) for the lines above each headline. None when a section
    has no headline: the rules then only break up one article."""
    rules = [i for i, line in enumerate(lines) if line.strip() and _SECTION_RULE.fullmatch(line.strip())]
    # A line boxed between two rules is a banner over its cutting ("-----" / "II. COURIER · Friday
    # 9 March 2001" / "-----"): the rule under it opens no section of its own.
    boxed = {r + 2 for r, after in itertools.pairwise(rules) if after == r + 2 and lines[r + 1].strip()}
    rules = [r for r in rules if r not in boxed]
    if len(rules) < 2:
        return None
    spans: list[Span] = []
    leading: dict[int, int] = {}
    first = _first_nonblank(lines, 0, rules[0])
    cut = _first_cutting(lines, first + 1, rules[0]) if first is not None else None
    if first is not None and cut is not None:
        # "THE PACKET: THREE CUTTINGS" / "Kept by …" / "[Packet, 17 January 1986]" / "LIFEBOAT SAVES SIX":
        # the page's heading, then its first cutting before any rule
        source, cutting = cut
        if _first_nonblank(lines, first + 1, source) is not None:
            spans.append((lines[first], first, first + 1, source))
        spans.append((lines[cutting], cutting, cutting + 1, rules[0]))
        leading[cutting] = source
    elif first is not None and _first_nonblank(lines, first + 1, rules[0]) is not None:
        spans.append((lines[first], first, first + 1, _dating_above(lines, first + 1, rules[0]) or rules[0]))
    headless = 0
    for start, end in zip(rules, [*rules[1:], len(lines)], strict=True):
        # "From our issue of 9 May 2003" / "——————" / "HALL REOPENS": a cutting's dating line may stand
        # above its rule, at the foot of the section before
        below = _dating_above(lines, start + 1, end) if end < len(lines) else None
        head = _section_headline(lines, start + 1, below or end)
        opens_on_text = head is None
        if head is None:
            # (a cutting that opens on its text, between cuttings that have headlines: its first line
            # stands as its title, a long one read as its lead; one such section in two at most)
            head = _first_nonblank(lines, start + 1, below or end)
            if head is None or _SECTION_RULE.fullmatch(lines[head].strip()):
                return None
            if _first_nonblank(lines, head + 1, below or end) is None:
                if end == len(lines) and len(spans) >= 2:
                    # (a line alone after the last rule is the page's footer, "The scrapbook is kept …":
                    # read with the last cutting, not lost)
                    spans[-1] = (*spans[-1][:3], end)
                    break
                return None  # (… or the footer of an article the rules only break up: "Compiled by …")
            headless += not _dates_an_entry(lines[head])  # (a dating line opens a cutting as well)
        if opens_on_text and not _dates_an_entry(lines[head]):
            # (its first line is text: a paragraph, and the title shows its start)
            spans.append((_start_of(lines[head]), head, head, below or end))
        else:
            spans.append((lines[head], head, head + 1, below or end))
        above = _dating_above(lines, spans[-2][2] if len(spans) > 1 else 0, start) if spans else None
        worded = _WORDED_RULE.fullmatch(lines[start].strip()) is not None
        leading[head] = above if above is not None else start if worded else start + 1
    if headless and 2 * headless > len(rules):
        return None  # (rules that only break up one article: most sections open on their text)
    return spans, leading


HEADLESS_TITLE_CHARS = 60  # the start of a cutting's first line that stands as its title


def _start_of(line: str) -> str:
    """A title for a cutting that opens on its text: its first words, up to a sentence's end."""
    text = norm_ws(line.strip())
    if len(text) <= HEADLESS_TITLE_CHARS:
        return text
    return text[:HEADLESS_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _dating_above(lines: list[str], start: int, rule: int) -> int | None:
    """The line that only dates a cutting, standing last before a rule (`rule`), after `start`."""
    last = next((i for i in range(rule - 1, start - 1, -1) if lines[i].strip()), None)
    if last is None or last == start or lines[last - 1].strip():
        return None  # (a line of a paragraph: "… the first gala is fixed for" / "Saturday 9 June.")
    return last if _HEAD_DATE_LINE.match(lines[last]) or _HEAD_ISSUE_LINE.match(lines[last]) else None


def _first_cutting(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    """(source line, headline) of a cutting that opens right under a page's heading, before its first
    rule: a line that dates it ("[Tolvern Packet, Friday 17 January 1986, page 1]") and a headline in
    capitals under it, or a lead that opens on one (the dating line is then its headline too)."""
    for i in range(start, end):
        line = lines[i].strip()
        if not line or not (_dates_an_entry(line) or _SOURCE_BRACKET.fullmatch(line)):
            continue
        head = _first_nonblank(lines, i + 1, end)
        if head is not None and lines[head].strip().isupper() and _first_nonblank(lines, head + 1, end) is not None:
            return i, head
        if head is not None and _CAPITALS_LEAD.match(lines[head].strip()):
            # ("Herald, Wednesday 14 June 1995" / "POOL OPENS TO A QUEUE AT DAWN. Skipwell's new …": a lead
            # that opens on its headline is text; the dating line titles the cutting, as between rules)
            return i, i
        return None
    return None


# A line that introduces a cutting from the paper's own files, dated or not ("From our May issue, six
# years on", "And from this week's paper"), over its headline in capitals.
_CUTTING_INTRO = re.compile(
    r"(?:and\s+)?from\s+(?:our|the|this|that)\b[^.!?]{0,80}?\b(?:issue|paper|edition|number)\b[^.!?]{0,30}",
    re.IGNORECASE,
)
# A cutting's source in brackets with a date: "[Tolvern Packet, Friday 17 January 1986, page 1]".
_SOURCE_BRACKET = re.compile(r"\[[^\]\d]{2,60}(?:,|\s[·•|—–]\s)[^\]]*\d[^\]]*\]")  # "[Advertiser · 12 Oct 2012]" too


def _section_headline(lines: list[str], start: int, end: int) -> int | None:
    """The headline among a section's first lines: a short line with no closing punctuation that
    does not only date the cutting, with text after it; one in capitals first."""
    firsts = [i for i in range(start, end) if lines[i].strip() and not _SECTION_RULE.fullmatch(lines[i].strip())]
    firsts = firsts[:_SECTION_HEAD_LINES]
    # (none from a wrapped lead that opens on its headline: "BATHS BACK IN THE SWIM. The Castle Street Baths
    # reopened on Saturday, 2 June, two years after they" / "closed for rebuilding on …" is one paragraph)
    firsts = next((firsts[:n] for n, i in enumerate(firsts) if _wrapped_lead(lines, i)), firsts)
    heads = [
        i
        for i in firsts
        if len(lines[i].strip()) <= MAX_TITLE_CHARS
        and not lines[i].strip().endswith(_TERMINAL)
        and not _dates_an_entry(lines[i])
        and _first_nonblank(lines, i + 1, end) is not None
    ]
    capitals = [i for i in heads if lines[i].strip().isupper()]
    return next(iter(capitals or heads), None)


def _wrapped_lead(lines: list[str], i: int) -> bool:
    """Whether line `i` opens a lead on its headline in capitals and is wrapped onto the next line."""
    return _CAPITALS_LEAD.match(lines[i].strip()) is not None and _wrapped_title(lines, i)


def _digest_spans(lines: list[str], heads: list[int]) -> list[Span]:
    """Titles are: the first line, the first line after each `Continue reading` (or "Read more")
    line, any line equal to a `Continue reading` title (articles that lack their own trailer
    still get found because the next article's trailer names its title), and the title of each
    dated entry (`heads`); a page heading with no body of its own before them is no article."""
    continue_at = [i for i, line in enumerate(lines) if _is_trailer(line)]
    known_titles = {
        norm_ws(lines[i].strip()[len(CONTINUE_PREFIX) :])
        for i in continue_at
        if lines[i].strip().startswith(CONTINUE_PREFIX)
    }
    starts: set[int] = set()
    first = _first_nonblank(lines, 0, len(lines))
    if first is not None:
        starts.add(first)
    for i in continue_at:
        nxt = _first_nonblank(lines, i + 1, len(lines))
        if nxt is not None:
            starts.add(nxt)
    for i, line in enumerate(lines):
        if line.strip() and norm_ws(line.strip()) in known_titles:
            starts.add(i)
    starts.update(heads)
    ordered = sorted(starts)
    spans: list[Span] = []
    continue_set = set(continue_at)
    for n, start in enumerate(ordered):
        end = ordered[n + 1] if n + 1 < len(ordered) else len(lines)
        if start in continue_set or (heads and start < heads[0] and _first_nonblank(lines, start + 1, end) is None):
            continue
        spans.append((lines[start], start, start + 1, end))
    return spans


def _markdown_spans(lines: list[str]) -> list[Span]:
    heads = [i for i, line in enumerate(lines) if line.startswith("# ")]
    spans: list[Span] = []
    if not heads or _first_nonblank(lines, 0, heads[0]) is not None:
        pre_end = heads[0] if heads else len(lines)
        first = _first_nonblank(lines, 0, pre_end)
        if first is not None:
            spans.append((lines[first].lstrip("#").strip(), first, first + 1, pre_end))
    for n, h in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        spans.append((lines[h][2:], h, h + 1, end))
    return spans


_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", ")", "»", "。", "！", "？")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_BULLET = re.compile(r"^\s*[-*+•]\s+(?=[^\W_])")  # (a numbered line may head an entry: "1. SPORTS DAY IN THE SUN")


# Words no paragraph ends on: a line ending in one was wrapped ("… its market charter in" / "1205, …").
_DANGLING = re.compile(
    r"(?:^|\s)(?:in|on|of|at|by|to|for|from|with|into|after|before|than|since|until|the|a|an|and|or"
    r"|de|del|el|la|en|в|на|с|и)$",
    re.I,
)


def _continues(previous: str, line: str, margin: int = 0) -> bool:
    """Hard-wrapped prose: `line` goes on from `previous` (no closing punctuation there, lower case
    here, not a list item), or `previous` stops on a comma ("On that Monday morning," / "16 October,
    she sold …") or on a word no sentence ends on, or reaches the file's wrapping `margin` (then a
    name may start the next line: "… the new Millennium" / "Bridge on its opening day")."""
    if _quotation_goes_on(previous, line):
        return True
    if LIST_ITEM.match(line) or previous.endswith(_TERMINAL):
        return False
    # (a line may open with a quotation mark: "… a competition called" / "«Мой „Сапсан“» …")
    first = line.lstrip("".join(_OPENING_QUOTES) + "\"'‘(")[:1]
    if first.islower() or previous.endswith((",", "，")) or bool(_DANGLING.search(previous)):
        return True
    if previous.count("(") > previous.count(")"):
        return True  # a bracket still open: "(Picture caption: … Photograph: Dunharrow" / "Chronicle, March 2006.)"
    if _CJK_WRAP.search(previous) and _CJK_WRAP.match(line) and ("。" in previous or "，" in previous):
        # Chinese has no case: a line of prose that stops mid-sentence goes on ("…鞭炮响了" / "一整夜。");
        # a dateline or a heading has no sentence in it
        return True
    return margin > 0 and len(previous) >= margin - _MARGIN_SLACK and not previous.isupper() and first.isupper()


def _quotation_goes_on(previous: str, line: str) -> bool:
    """A quotation is one paragraph with what introduces it: a line ending in a colon before a line
    that opens a quotation ("他回忆说：" / "“7月30日一早，…"), and a quotation still open before the
    line that closes it, whatever ends the line between (Chinese ends each sentence of one with 。)."""
    if previous.endswith((":", "：")) and line.startswith(_OPENING_QUOTES):
        return True
    if previous.count('"') % 2 == 1 and '"' in line:
        return True  # (straight quotes: one left open, closed in this line)
    return any(previous.count(o) > previous.count(c) and c in line.split(o, 1)[0] for o, c in _QUOTE_PAIRS)


_OPENING_QUOTES = ("“", "«", "„", "「", "『")
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("「", "」"), ("『", "』"))


# An ideograph ending a line of 20 characters or more (no heading is that long), and one or a digit
# opening a line ("…通车前一年的" / "10月15日，他在日记里写道").
_CJK_WRAP = re.compile(r"(?<=.{19})[\u4e00-\u9fff]$|^[\u4e00-\u9fff\d]")
_MARGIN_SLACK = 12  # a wrapped line ends within a word's length of the margin
_MARGIN_EVIDENCE = 3  # wrapped lines (next one in lower case) that show a file is hard-wrapped


def _wrap_margin(lines: list[str], start: int, end: int) -> int:
    """The width a hard-wrapped text is wrapped at: the median length of its lines that go on in lower
    case in the next one; 0 when too few do to tell."""
    stripped = [x.strip() for x in lines[start:end]]
    widths = sorted(
        len(a)
        for a, b in itertools.pairwise(stripped)
        if a and b[:1].islower() and not a.endswith(_TERMINAL) and not LIST_ITEM.match(b)
    )
    return widths[len(widths) // 2] if len(widths) >= _MARGIN_EVIDENCE else 0


def _paragraphs(lines: list[str], start: int, end: int, *, markdown: bool) -> list[Paragraph]:
    """Each non-blank line is a paragraph, except hard-wrapped prose, which is joined back: a line
    continues the previous one when that line has no closing punctuation and this one starts in
    lower case. `Continue reading` and "Read more" trailers and rules ("---") are dropped."""
    paras: list[Paragraph] = []
    cur: list[str] = []
    cur_start = cur_end = 0
    margin = _wrap_margin(lines, start, end)

    def flush() -> None:
        if cur:
            paras.append(Paragraph(" ".join(cur), cur_start + 1, cur_end + 1))
            cur.clear()

    for i in range(start, end):
        raw = lines[i].strip()
        if not raw or _is_trailer(raw) or (markdown and raw.startswith("```")) or _RULE_LINE.fullmatch(raw):
            flush()
            continue
        if markdown:
            raw = raw.lstrip("#").strip() if raw.startswith("#") else raw
        if not (cur and _continues(cur[-1], raw, margin)):
            flush()
            cur_start = i
        cur.append(raw)
        cur_end = i
    flush()
    return paras
