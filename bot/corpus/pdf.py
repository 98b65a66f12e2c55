"""PDF files, read with pypdf: one article per file, titled by its first line, each paragraph with the
page it starts on (sources say "report.pdf p. 3").

A PDF keeps no paragraphs, only lines placed on a page, and prose fills every line of a paragraph
but its last. So a line goes on from the one before when that one is nearly as long as the page's
longest line (a short line ends a paragraph or is a heading), and a word hyphenated across two lines
is rejoined. Paragraphs do not run across pages, so a page's running head or footer never lands
inside one, and a lone page number at a page's top or bottom is dropped. A paragraph's `line` is its
number in the extracted text (the title is line 1).
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError

from bot.corpus.model import Document, Paragraph, Unreadable, norm_ws
from bot.corpus.plain import LIST_ITEM

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(r"^(?:page\s+|p\.\s*|-\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?$", re.I)
_HYPHENATED = re.compile(r"[^\W\d_]-$")
FULL_LINE = 0.75  # of the page's longest line: a line at least this long is inside a paragraph


def read_pdf(raw: bytes) -> list[Document]:
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise Unreadable("encrypted PDF: it needs a password (save a copy without one)")
        pages = [_page_text(reader, n) for n in range(len(reader.pages))]
    except Unreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # pypdf reports damaged files with its own errors and, deeper down, with plain ones.
        raise Unreadable(f"broken PDF: {exc}") from None
    paragraphs: list[tuple[str, int]] = []
    for page_no, text in enumerate(pages, start=1):
        paragraphs.extend((t, page_no) for t in _page_paragraphs(text))
    if not paragraphs:
        raise Unreadable("scanned PDF without text: its pages are images (run OCR on it first)")
    (title, _), body = paragraphs[0], paragraphs[1:]
    located = tuple(Paragraph(text, n, n, page) for n, (text, page) in enumerate(body, start=2))
    return [Document(title, 1, located)]


def _opens_without_password(reader: PdfReader) -> bool:
    """Many PDFs are encrypted only against editing, with an empty password for reading."""
    try:
        return bool(reader.decrypt(""))
    except DependencyError:
        # AES needs the `cryptography` package, which the bot does without (its size); say so.
        raise Unreadable("encrypted PDF (AES): save a copy without encryption to have it read") from None


def _page_text(reader: PdfReader, index: int) -> str:
    try:
        return reader.pages[index].extract_text() or ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        # One damaged page costs that page, not the document.
        log.warning("PDF page %d unreadable: %s", index + 1, exc)
        return ""


def _page_paragraphs(text: str) -> list[str]:
    lines = [norm_ws(line) for line in text.split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    for i in (filled[:1] + filled[-1:]) if filled else []:
        if _PAGE_NUMBER.match(lines[i]):
            lines[i] = ""
    full = FULL_LINE * max((len(line) for line in lines), default=0)
    out: list[str] = []
    cur = previous = ""
    for line in lines:
        if not line:
            if cur:
                out.append(cur)
            cur = ""
        elif cur and len(previous) >= full and not LIST_ITEM.match(line):
            cur = cur[:-1] + line if _HYPHENATED.search(cur) and line[:1].islower() else f"{cur} {line}"
        else:
            if cur:
                out.append(cur)
            cur = line
        previous = line
    if cur:
        out.append(cur)
    return out
