"""Writes the binary samples of examples/own-documents/: a two-page PDF and a Word file.

The HTML page, the feeds and the Markdown note there are written by hand. Run it again after
changing the text below (python-docx is a dependency of the bot; the PDF is written directly, in
the plain subset of PDF that any reader understands, so no PDF-writing library is needed):

    .venv/bin/python examples/make_own_documents.py
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "own-documents"

NEWSLETTER_TITLE = "Riverside Transport Museum — Autumn Newsletter"
# Each page: (heading, paragraphs). Paragraphs are wrapped into lines as a layout program would.
NEWSLETTER = [
    (
        NEWSLETTER_TITLE,
        [
            "Riverside, 1 September 2025 — The autumn season opens with the horse bus back on the road. "
            "After two winters in the workshop, its wheels have new rims and its seats new horsehair, and "
            "it will carry visitors between the museum and the old ferry landing every Sunday afternoon.",
            "The bus was built in 1899 for the Riverside and District Omnibus Company and ran until the "
            "trams replaced it. Our volunteers rebuilt the rear platform from the original drawings, which "
            "a visitor found in her grandfather's loft last spring.",
        ],
    ),
    (
        "Volunteer open day",
        [
            "On Saturday 4 October the workshop opens its doors to anyone who would like to join us. "
            "Come and try upholstery, sign-writing or cataloguing, and meet the team that restores the "
            "collection.",
            "Tea is served in the reading room from 10 am. No experience is needed: bring old clothes.",
        ],
    ),
]


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")  # the standard fonts' WinAnsiEncoding is Windows-1252
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf_text(text: str) -> bytes:
    """A text string outside page content (the document's title): UTF-16 with its byte-order mark."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode() + b">"


def _page_stream(heading: str, paragraphs: list[str], number: int) -> bytes:
    ops = [b"BT /F2 15 Tf 56 780 Td " + _pdf_string(heading) + b" Tj ET", b"BT /F1 11 Tf 15 TL 56 745 Td"]
    for para in paragraphs:
        for line in textwrap.wrap(para, 88):
            ops.append(_pdf_string(line) + b" Tj T*")
        ops.append(b"T*")  # a blank line between paragraphs
    ops.append(b"ET")
    ops.append(b"BT /F1 9 Tf 290 40 Td " + _pdf_string(str(number)) + b" Tj ET")  # the page number
    return b"\n".join(ops)


def write_pdf(path: Path) -> None:
    """A PDF with one object per page, its content stream, and the two standard fonts it uses."""
    pages = len(NEWSLETTER)
    # Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its content per page.
    page_ids = [6 + 2 * i for i in range(pages)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        5: b"<< /Title " + _pdf_text(NEWSLETTER_TITLE) + b" /Producer (examples/make_own_documents.py) >>",
    }
    for n, (heading, paragraphs) in enumerate(NEWSLETTER, start=1):
        page_id = page_ids[n - 1]
        stream = _page_stream(heading, paragraphs, n)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for oid in sorted(objects):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objects[oid] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for oid in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[oid]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def write_docx(path: Path) -> None:
    d = docx.Document()
    d.core_properties.title = "Volunteer handbook"
    d.core_properties.author = "Riverside Transport Museum"
    d.add_paragraph("Volunteer handbook", style="Title")
    d.add_paragraph("Welcome to the Riverside Transport Museum. This short guide covers your first day.")
    d.add_heading("Your first day", level=1)
    d.add_paragraph(
        "Report to the front desk at 9.30 am and ask for the duty manager, who will give you a lanyard "
        "and show you the staff room, the fire exits and the workshop."
    )
    d.add_paragraph("Volunteers in the workshop wear safety boots. The museum lends a pair until you have your own.")
    d.add_heading("Opening hours", level=1)
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Days", "Opens", "Closes"), strict=True):
        cell.text = text
    for row in (("Tuesday to Saturday", "10.00", "17.00"), ("Sunday", "11.00", "16.00")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("The museum is closed on Mondays, except on bank holidays.")
    d.save(str(path))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    write_pdf(OUT / "autumn-newsletter.pdf")
    write_docx(OUT / "volunteer-handbook.docx")
    print(f"wrote {OUT / 'autumn-newsletter.pdf'} and {OUT / 'volunteer-handbook.docx'}")
