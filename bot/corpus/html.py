"""HTML pages (.html, .htm): the main text, its title and its date, each paragraph at the line of the
markup where it starts.

Parsing is lxml's (libxml2's forgiving HTML parser; python-docx needs lxml anyway). The main text is
chosen by the page's own structure rather than by trafilatura's heuristics, which would take the
`make run` virtualenv from 192 MB to 206 MB (dateparser, regex, htmldate, justext, courlan…: past
the 200 MB goal) and give the text without the source lines the bot cites:
- the content is the page's `<main>` (or `role="main"`), narrowed to its `<article>` when one holds
  the text; else the `<body>`;
- left out: scripts, styles, forms, `<nav>`, `<aside>`, `<footer>`, `<header>`s without the title, ARIA
  landmarks of the same kinds, hidden elements, and elements whose class or id says navigation,
  menu, breadcrumbs, footer, sidebar, sharing, cookies, comments, related links or ads — never an
  element that holds the title or most of the text, so a wrapper called "has-sidebar" stays;
- the title is the content's first `<h1>`, else the `<title>` without its site name, else any `<h1>`;
- the date is the publication date of the meta tags (`article:published_time`, `datePublished`,
  Dublin Core…), JSON-LD, a `<time>` marked as the publication date, or a `<time>` in the byline
  (before the body text or in a header).
"""

from __future__ import annotations

import codecs
import datetime
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html

from bot.corpus.model import Document, Paragraph, Unreadable, norm_ws
from bot.corpus.published import parse_published

# Never text: dropped wherever they are.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "form", "button", "select", "input", "textarea", "nav", "aside", "footer", "menu", "dialog",
)  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar"}
# Class and id words (split at spaces, hyphens and underscores) of navigation and page furniture.
_BOILERPLATE_WORDS = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar", "cookie",
    "cookies", "consent", "share", "sharing", "social", "related", "comments", "advert",
    "advertisement", "ads", "ad", "promo", "pagination", "pager", "skip", "subscribe", "signup",
    "widget", "masthead", "toolbar", "popup", "modal", "banner",
}  # fmt: skip
_BLOCK_TAGS = {
    "html", "body", "main", "article", "section", "div", "p", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead",
    "tbody", "tfoot", "tr", "caption", "address", "hr", "center", "details", "summary", "fieldset", "legend",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_META_DATE_KEYS = {
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "citation_publication_date", "citation_date",
    "sailthru.date", "parsely-pub-date",
}  # fmt: skip
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|»)\s+")
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(r"^(\s*)<\?xml[^>]*\?>")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What browsers decode a page as when it declares Latin-1 or ASCII, or declares nothing and is not UTF-8.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252"}


def read_html(raw: bytes) -> list[Document]:
    if b"\x00" in raw[:8192] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Unreadable("broken HTML: binary data, not a web page")
    text = decode_html(raw)
    try:
        doc = lxml.html.document_fromstring(_for_lxml(text))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise Unreadable(f"broken HTML: {exc}") from None
    head_title = doc.find(".//title")
    published = _meta_date(doc)
    for el in [el for tag in (*_DROP_TAGS, "head") for el in doc.iter(tag)]:
        _drop(el)
    root = _content_root(doc)
    head_title = head_title if head_title is not None and norm_ws(head_title.text_content()) else None
    # The content's own <h1>; an <h1> outside it is most often the site's name, so the <title> first.
    title_el = next((h for h in root.iter("h1") if norm_ws(h.text_content())), None)
    if title_el is None and head_title is None:
        title_el = next((h for h in doc.iter("h1") if norm_ws(h.text_content())), None)
    if published is None:
        published = _byline_date(root)
    _drop_boilerplate(root, title_el)
    paragraphs = [Paragraph(t, line, line) for t, line in paragraphs_of(root, skip=title_el)]
    if title_el is not None:
        title, line = norm_ws(title_el.text_content()), title_el.sourceline or 1
    elif head_title is not None:
        title, line = _without_site_name(head_title.text_content()), head_title.sourceline or 1
    elif paragraphs:
        first = paragraphs.pop(0)
        title, line = first.text, first.line
    else:
        title, line = "", 1
    if not paragraphs:
        raise Unreadable("broken HTML: no text in the page (cut short, or built by scripts)")
    return [Document(title, line, tuple(paragraphs), published)]


def decode_html(raw: bytes) -> str:
    """The page's text: by its byte-order mark, its declared charset, else UTF-8, else Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    declared = _CHARSET.search(raw[:4096]) or _XML_ENCODING.search(raw[:200])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        name = "cp1252" if name in _WINDOWS_1252 else name
        try:
            return raw.decode(name, "replace")
        except LookupError:
            pass  # an unknown charset name: guess as if none were declared
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _for_lxml(text: str) -> str:
    """lxml refuses str input with an XML declaration or control characters; both go, and the
    newlines stay so that source lines still count from the file's first line."""
    text = _XML_DECL.sub(lambda m: m.group(1) + "\n" * m.group(0).count("\n", len(m.group(1))), text)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _drop(el: Any) -> None:
    if el.getparent() is not None:
        el.drop_tree()  # keeps the text after the element (its tail)


def _text_len(el: Any) -> int:
    return len("".join(el.text_content().split()))


def _content_root(doc: Any) -> Any:
    body = doc.find("body")
    scope = next(iter(doc.xpath("//main | //*[@role='main']")), None)
    if scope is None:
        scope = body if body is not None else doc
    articles = scope.xpath(".//article")
    if articles:
        best = max(articles, key=_text_len)
        # A listing of teasers is not one article: keep the whole content unless one article holds most of it.
        if _text_len(best) * 2 >= _text_len(scope):
            return best
    return scope


def _words(el: Any) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return {w for w in re.split(r"[\s_-]+", raw) if w}


def _is_boilerplate(el: Any) -> bool:
    if el.tag == "header" or (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return bool(_words(el) & _BOILERPLATE_WORDS)


def _drop_boilerplate(root: Any, title_el: Any) -> None:
    keep = set(title_el.iterancestors()) | {title_el} if title_el is not None else set()
    total = _text_len(root)
    candidates = [el for el in root.iterdescendants() if isinstance(el.tag, str) and _is_boilerplate(el)]
    for el in candidates:
        if el in keep:
            continue
        if _text_len(el) * 2 > total:
            continue  # a wrapper that holds most of the text is the content, whatever its class says
        _drop(el)


class _Collector:
    """Text runs into paragraphs: a block element or <br> ends one; whitespace is normalised."""

    def __init__(self) -> None:
        self.out: list[tuple[str, int]] = []
        self._runs: list[str] = []
        self._line = 0

    def add(self, text: str | None, line: int | None) -> None:
        if not text:
            return
        if not self._runs and not text.strip():
            return
        if not self._runs:
            self._line = line or 1
        self._runs.append(text)

    def flush(self) -> None:
        text = norm_ws("".join(self._runs))
        if any(ch.isalnum() for ch in text):
            self.out.append((text, self._line))
        self._runs = []


def paragraphs_of(root: Any, skip: Any = None) -> list[tuple[str, int]]:
    """(text, source line) of each paragraph under `root`, in document order, leaving out `skip`."""
    c = _Collector()

    def walk(el: Any) -> None:
        if el is skip or not isinstance(el.tag, str):
            return  # the title (said once, as the title), comments, processing instructions
        tag = el.tag.lower()
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            c.flush()
        if tag in _CELL_TAGS:
            c.add(" ", el.sourceline)
        c.add(el.text, el.sourceline)
        for child in el:
            walk(child)
            c.add(child.tail, child.sourceline)
        if block:
            c.flush()

    walk(root)
    c.flush()
    return c.out


def fragment_paragraphs(markup: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed item's content)."""
    try:
        root = lxml.html.fragment_fromstring(_for_lxml(markup), create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return [p for p in (norm_ws(x) for x in markup.split("\n\n")) if p]
    for el in [el for tag in _DROP_TAGS for el in root.iter(tag)]:
        _drop(el)
    return [t for t, _ in paragraphs_of(root)]


def _without_site_name(title: str) -> str:
    """ "Museum reopens its west wing | Riverside Museum" → the page's own title: the site's name is
    the shorter end, after the last separator or before the first."""
    title = norm_ws(title)
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if not seps:
        return title
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    if len(tail) < len(head):
        return head
    head, tail = title[: seps[0].start()], title[seps[0].end() :]
    return tail if len(head) < len(tail) else title


def _meta_date(doc: Any) -> datetime.date | None:
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_DATE_KEYS and (d := parse_published(meta.get("content"))):
            return d
    for script in doc.iter("script"):
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            for value in _json_values(data, "datePublished"):
                if isinstance(value, str) and (d := parse_published(value)):
                    return d
    for t in doc.iter("time"):
        marked = t.get("pubdate") is not None or (t.get("itemprop") or "").lower() == "datepublished"
        if marked and (d := _time_date(t)):
            return d
    return None


def _json_values(data: object, key: str) -> Iterator[object]:
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for v in data.values():
            yield from _json_values(v, key)
    elif isinstance(data, list):
        for v in data:
            yield from _json_values(v, key)


def _time_date(t: Any) -> datetime.date | None:
    return parse_published(t.get("datetime")) or parse_published(norm_ws(t.text_content()))


def _byline_date(root: Any) -> datetime.date | None:
    """The first <time> of the byline: in a header, or before the first paragraph of body text (a
    short first paragraph such as "By Ann Lee, 3 September 2025" is a byline). A <time> further on
    dates something the article tells of, not the article."""
    first_text = next((p for p in root.iter("p") if len(p.text_content().split()) >= 25), None)
    for t in root.iter("time"):
        in_header = any(a.tag == "header" for a in t.iterancestors())
        before_text = first_text is None or _precedes(t, first_text)
        if (in_header or before_text) and (d := _time_date(t)):
            return d
    return None


def _precedes(a: Any, b: Any) -> bool:
    """`a` starts before `b` in document order."""
    for el in b.getroottree().iter():
        if el is a:
            return True
        if el is b:
            return False
    return False
