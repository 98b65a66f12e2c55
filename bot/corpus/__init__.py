"""Corpus ingestion: files → articles → paragraphs, each with where it is in its file.

Everything downstream (search, dates, replies) cites sources by file and line (and, for PDFs, Word
files and feeds, by page, paragraph or item), so the readers keep the 1-based line of every paragraph
and never rewrite the text beyond normalising whitespace. Formats: text and Markdown
(bot/corpus/plain.py), HTML (html.py), PDF (pdf.py), Word .docx (word.py), RSS and Atom (feed.py).
"""

from __future__ import annotations

from bot.corpus.load import CORPUS_SUFFIXES, FORMATS, corpus_files, load_corpus
from bot.corpus.model import (
    FORMAT_NAMES,
    Article,
    Corpus,
    CorpusError,
    Paragraph,
    SkippedFile,
    iter_paragraphs,
)
from bot.corpus.plain import CONTINUE_PREFIX, split_articles

__all__ = [
    "CONTINUE_PREFIX",
    "CORPUS_SUFFIXES",
    "FORMATS",
    "FORMAT_NAMES",
    "Article",
    "Corpus",
    "CorpusError",
    "Paragraph",
    "SkippedFile",
    "corpus_files",
    "iter_paragraphs",
    "load_corpus",
    "split_articles",
]
