"""An operator's own documents: HTML pages, PDFs, Word files and RSS/Atom feeds are read as a user
would expect (main text only, titles, dates, sources that name a line, page, paragraph or item),
and a file that cannot be read is listed with its reason while the rest loads.

The sample folder examples/own-documents/ (written for the project; its PDF and Word file come
from examples/make_own_documents.py) is the README's own-documents step."""

from __future__ import annotations

import datetime
import io
import json
import logging
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from adapters.cli.common import make_core
from bot.corpus import Article, load_corpus
from bot.index.build import build_index
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.resolve import resolve_corpus
from bot.replies import Heading, ListItem, Paragraph, Reply, SourceRef, inline_text
from tests.chat_fixture import Chat
from tests.paths import ROOT

from .test_console import run_cli

SAMPLES = ROOT / "examples" / "own-documents"


@pytest.fixture(scope="module")
def samples() -> dict[str, Article]:
    return {a.title: a for a in load_corpus(SAMPLES).articles}


@pytest.fixture
def sample_chat(chat: Chat) -> Chat:
    return chat.over(make_core(build_index(SAMPLES)))


def sources_of(reply: Reply) -> list[SourceRef]:
    return [s for b in reply.blocks if isinstance(b, ListItem) for s in b.sources]


# --- the sample folder, as the README's step shows it ----------------------------------------------


def test_articles_json_lists_every_format_of_the_sample_folder() -> None:
    out = run_cli("articles", "--json", "--corpus", str(SAMPLES))
    assert out.returncode == 0, out.stderr
    rows = {r["title"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert {r["format"] for r in rows.values()} == {"html", "pdf", "docx", "feed", "md"}
    tram = rows["Tram 27 gets its last coat of paint"]
    assert (tram["file"], tram["published"]) == ("tram-27-last-coat-of-paint.html", "2025-06-14")
    assert rows["Riverside Transport Museum — Autumn Newsletter"]["where"] == "pp. 1–2"
    assert rows["Volunteer handbook"]["where"].startswith("¶ 1–")
    assert rows["Reading room closed for roof repairs"]["where"] == "item 2"
    assert rows["Reading room closed for roof repairs"]["published"] == "2025-11-03"
    assert rows["A ticket machine joins the collection"]["published"] == "2024-03-05"


async def test_sources_counts_files_per_format(sample_chat: Chat) -> None:
    await sample_chat.ask("/sources")
    text = " ".join(inline_text(b.text) for b in sample_chat.last.blocks if isinstance(b, Heading | Paragraph))
    assert "6 files, 7 articles indexed" in text
    for count in (
        "Markdown 1 file (1 article)",
        "HTML 1 file (1 article)",
        "PDF 1 file (1 article)",
        "Word 1 file (1 article)",
        "RSS/Atom 2 files (3 articles)",
    ):
        assert count in text
    assert "skipped" not in await sample_chat.ask("/sources")


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("horse bus new rims", "autumn-newsletter.pdf p. 1"),
        ("volunteer open day upholstery", "autumn-newsletter.pdf p. 2"),
        ("ticket machine conductor", "collections-blog.atom item 1"),
        ("reading room roof repairs", "museum-news.rss item 2"),
        ("safety boots", "volunteer-handbook.docx ¶ 5"),
        ("maroon livery", "tram-27-last-coat-of-paint.html:26"),
    ],
)
async def test_search_results_name_the_page_item_paragraph_or_line(sample_chat: Chat, query: str, label: str) -> None:
    reply = await sample_chat.reply(f"/search {query}")
    assert sources_of(reply)[0].label() == label
    assert f"↳ {label} (" in await sample_chat.ask(f"/search {query}")  # as the console shows it


def test_html_lines_point_at_the_paragraph_in_the_page(samples: dict[str, Article]) -> None:
    page = (SAMPLES / "tram-27-last-coat-of-paint.html").read_text(encoding="utf-8").split("\n")
    tram = samples["Tram 27 gets its last coat of paint"]
    assert "<h1>Tram 27 gets its last coat of paint</h1>" in page[tram.line_start - 1]
    for p in tram.paragraphs:
        assert " ".join(p.text.split()[:3]) in page[p.line - 1]


async def test_doc_shows_where_a_pdf_article_is(sample_chat: Chat, samples: dict[str, Article]) -> None:
    pdf = samples["Riverside Transport Museum — Autumn Newsletter"]
    text = await sample_chat.ask(f"/doc {pdf.article_id}")
    assert "autumn-newsletter.pdf, pp. 1–2" in text
    assert sources_of(sample_chat.last)[0].label() == "autumn-newsletter.pdf p. 1"


# --- what each format gives ---------------------------------------------------------------------


def test_html_main_text_leaves_navigation_and_footers_out(samples: dict[str, Article]) -> None:
    tram = samples["Tram 27 gets its last coat of paint"]
    assert tram.format == "html" and tram.published == datetime.date(2025, 6, 14)
    text = tram.text
    assert "cream and maroon livery" in text and "open shed weekend on 21 June" in text
    for furniture in ("Collections", "Related posts", "Share on social media", "Privacy", "analytics", "Home"):
        assert furniture not in text
    assert "Riverside Transport Museum" not in tram.title  # the <h1>, not the <title> with the site name


def test_pdf_lines_are_joined_into_paragraphs_and_page_numbers_dropped(samples: dict[str, Article]) -> None:
    pdf = samples["Riverside Transport Museum — Autumn Newsletter"]
    texts = [p.text for p in pdf.paragraphs]
    assert texts[0].startswith("Riverside, 1 September 2025 — The autumn season")
    assert texts[0].endswith("every Sunday afternoon.")  # one paragraph, wrapped over four lines
    assert "Volunteer open day" in texts and "1" not in texts and "2" not in texts
    assert [pdf.where(p.line) for p in pdf.paragraphs] == ["p. 1", "p. 1", "p. 2", "p. 2", "p. 2"]


def test_word_title_comes_from_the_title_style_and_table_rows_are_paragraphs(samples: dict[str, Article]) -> None:
    hb = samples["Volunteer handbook"]
    assert hb.format == "docx"
    assert "Tuesday to Saturday | 10.00 | 17.00" in [p.text for p in hb.paragraphs]
    assert hb.where(hb.paragraphs[0].line) == "¶ 2"  # the title is ¶ 1


def test_word_title_falls_back_to_the_first_heading(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Museum of the Quay — internal notes")
    d.add_heading("Winter cleaning schedule", level=1)
    d.add_paragraph("The galleries close for cleaning in the second week of January.")
    d.save(str(tmp_path / "notes.docx"))
    (art,) = load_corpus(tmp_path).articles
    assert art.title == "Winter cleaning schedule"
    assert art.paragraphs[0].text == "Museum of the Quay — internal notes"


def test_html_title_and_date_fallbacks(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_bytes(
        b"<html><head><title>Riverside Museum - A new roof for the reading room</title></head><body>"
        b"<div class='post'><p>Posted <time datetime='2023-04-02'>2 April</time></p>"
        b"<p>" + b"The roofers arrive on 11 April and the work takes a month, weather permitting. " * 3 + b"</p>"
        b"<p>The new skylight was first fitted on <time datetime='1931-05-01'>1 May 1931</time>.</p></div>"
        b"</body></html>"
    )
    (art,) = load_corpus(tmp_path).articles
    assert art.title == "A new roof for the reading room"  # <title>, without the site's name
    assert art.published == datetime.date(2023, 4, 2)  # the byline's <time>, not the one in the story


def test_an_h1_outside_the_article_is_the_sites_name_not_the_title(tmp_path: Path) -> None:
    (tmp_path / "post.html").write_text(
        "<html><head><title>Night tours return | Quay Museum</title></head><body>"
        "<header><h1>Quay Museum</h1></header>"
        "<article><h2>Night tours return</h2><p>Torch-lit tours of the docks start again in October.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    (art,) = load_corpus(tmp_path).articles
    assert art.title == "Night tours return"
    assert "Quay Museum" not in art.text


def test_a_feed_date_is_the_publishers_own_day() -> None:
    from bot.corpus.feed import read_feed

    rss = (
        b"<rss version='2.0'><channel><title>t</title><item><title>Late news</title>"
        b"<pubDate>Tue, 02 Sep 2025 23:30:00 -0500</pubDate><description>Filed late.</description></item>"
        b"</channel></rss>"
    )
    (item,) = read_feed(rss)
    assert item.published == datetime.date(2025, 9, 2)  # in UTC it is already 3 September


def test_a_year_less_date_takes_the_year_the_document_was_published() -> None:
    got = {m.text: m for m in resolve_corpus(load_corpus(SAMPLES), AnniversaryTable()) if not m.derived}
    for text, file, year in (
        ("21 June", "tram-27-last-coat-of-paint.html", 2025),
        ("28 June", "museum-news.rss", 2025),
        ("12 March", "collections-blog.atom", 2024),
    ):
        m = got[text]
        assert (m.file, m.year) == (file, year)
        assert "publication date" in m.why


# --- files that cannot be read ----------------------------------------------------------------------


def _pdf(*, password: str | None = None) -> bytes:
    w = PdfWriter()
    w.add_blank_page(595, 842)  # a page with no text on it, as a scan without OCR is
    if password:
        w.encrypt(user_password=password, algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_bad_files_are_listed_with_their_reason_and_the_rest_loads(tmp_path: Path, caplog) -> None:
    (tmp_path / "good.html").write_text("<h1>Open day</h1><p>The sheds open to visitors.</p>", encoding="utf-8")
    (tmp_path / "locked.pdf").write_bytes(_pdf(password="secret"))
    (tmp_path / "scan.pdf").write_bytes(_pdf())
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type")
    (tmp_path / "scripts-only.html").write_text("<html><body><script>render()</script></body></html>")
    (tmp_path / "junk.html").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "notes.docx").write_bytes(b"this is not a Word file")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://example.org/</loc></url></urlset>")
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert [a.title for a in corpus.articles] == ["Open day"]
    reasons = {s.file: s.reason for s in corpus.skipped}
    assert reasons["locked.pdf"].startswith("encrypted PDF")
    assert reasons["scan.pdf"].startswith("scanned PDF without text")
    assert reasons["cut.pdf"].startswith("broken PDF")
    assert reasons["scripts-only.html"].startswith("broken HTML")
    assert reasons["junk.html"].startswith("broken HTML")
    assert reasons["notes.docx"].startswith("broken Word file")
    assert "save it as .docx" in reasons["old.doc"]
    assert reasons["sitemap.xml"] == "not an RSS or Atom feed"
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "bot.corpus"]
    assert len(warned) == len(reasons)


async def test_sources_lists_skipped_files_with_the_reason(chat: Chat, tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Open day\n\nThe sheds open to visitors.\n", encoding="utf-8")
    (tmp_path / "locked.pdf").write_bytes(_pdf(password="secret"))
    text = await chat.over(make_core(build_index(tmp_path))).ask("/sources")
    assert "1 file skipped" in text
    assert "locked.pdf — skipped: encrypted PDF" in text


def test_make_run_installs_no_test_or_bench_extras() -> None:
    # -n prints what would run; -B as if nothing were installed yet.
    def plan(target: str) -> str:
        return subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True).stdout

    run = plan("run")
    assert "pip install" in run and "[test" not in run and "[bench" not in run
    assert "[test]" in plan("test") and "[bench]" not in plan("test")
    assert "[bench]" in plan("bench")
