"""Word files (.docx), read with python-docx: one article per file. The title is the paragraph in the
Title style, else the first heading, else the document's Title property, else its first paragraph.
Each non-empty paragraph (and each table row, its cells joined by " | ") is one paragraph, numbered
in document order: sources say "notes.docx ¶ 7", the seventh non-empty paragraph.
"""

from __future__ import annotations

import io
import zipfile

import docx
import lxml.etree
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

from bot.corpus.model import Document, Paragraph, Unreadable, norm_ws

# Word saves a password-protected .docx, and the old binary .doc, as an OLE compound file.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(raw: bytes) -> list[Document]:
    if raw.startswith(_OLE_MAGIC):
        raise Unreadable("encrypted Word file, or an old .doc renamed: save it as .docx without a password")
    try:
        document = docx.Document(io.BytesIO(raw))
        blocks = list(_blocks(document))
        core_title = document.core_properties.title or ""
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, lxml.etree.XMLSyntaxError) as exc:
        raise Unreadable(f"broken Word file: {exc or exc.__class__.__name__}") from None
    if not blocks:
        raise Unreadable("empty Word file: no text")
    title_at = next((i for i, (_, style) in enumerate(blocks) if style == "title"), None)
    if title_at is None:
        title_at = next((i for i, (_, style) in enumerate(blocks) if style.startswith("heading")), None)
    located = [Paragraph(text, n, n) for n, (text, _) in enumerate(blocks, start=1)]
    if title_at is not None:
        title = located.pop(title_at)
        return [Document(title.text, title.line, tuple(located))]
    if norm_ws(core_title):
        return [Document(core_title, 1, tuple(located))]
    return [Document(located[0].text, 1, tuple(located[1:]))]


def _blocks(document: DocxDocument) -> list[tuple[str, str]]:
    """(text, style) of each non-empty paragraph and table row, in order; style is lower case, by
    name or id ("title", "heading 1")."""
    out: list[tuple[str, str]] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxParagraph):
            text = norm_ws(block.text)
            if text:
                out.append((text, _style(block)))
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = norm_ws(cell.text)
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                if cells:
                    out.append((" | ".join(cells), ""))
    return out


def _style(p: DocxParagraph) -> str:
    style = p.style
    if style is None:
        return ""
    name = (style.name or "").lower()
    sid = (style.style_id or "").lower()
    if "title" in (name, sid):
        return "title"
    if name.startswith("heading") or sid.startswith("heading"):
        return "heading"
    return name
