"""Loading a corpus folder: every document file, each read by the reader of its format; a file that
cannot be used is skipped with its reason, and never stops the rest from loading."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from bot.corpus.model import Article, Corpus, CorpusError, Document, SkippedFile, Unreadable, to_article
from bot.corpus.plain import split_articles

log = logging.getLogger("bot.corpus")

# File suffix → format code (bot/corpus/model.py FORMAT_NAMES).
FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
CORPUS_SUFFIXES = tuple(FORMATS)
# Files an operator may expect to be read, with what to do instead; other suffixes are not documents.
NOT_READ = {".doc": "Word 97–2003 .doc is not read: save it as .docx"}


def load_corpus(root: str | Path, progress: Callable[[int, int], None] | None = None) -> Corpus:
    """Load every document under `root` (recursively, in sorted order).

    Unreadable files are skipped with one warning each; a missing folder or one with no usable
    article is a `CorpusError` with a message meant for an operator. `progress(done, total)` is
    called after each file (`memorial-bot index` draws its bar with it).
    """
    root = Path(root)
    check_folder(root)
    paths = corpus_files(root)
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    used_ids: set[str] = set()
    for done, path in enumerate(paths, 1):
        if progress is not None:
            progress(done, len(paths))
        file_articles, skip = read_file(root, path, used_ids)
        articles.extend(file_articles)
        if skip is not None:
            log.warning("skipping corpus file %s: %s", skip.file, skip.reason)
            skipped.append(skip)
    return make_corpus(root, articles, skipped)


def check_folder(root: Path) -> None:
    """A `CorpusError` for the operator when `root` is missing or not a folder."""
    if not root.exists():
        raise CorpusError(f"corpus folder {str(root)!r} does not exist (set MEMORIAL_CORPUS or --corpus)")
    if not root.is_dir():
        raise CorpusError(f"corpus path {str(root)!r} is not a folder")


def make_corpus(root: Path, articles: list[Article], skipped: list[SkippedFile]) -> Corpus:
    """The corpus of these articles; a `CorpusError` when there is none."""
    if not articles:
        raise CorpusError(
            f"corpus folder {str(root)!r} has no readable article (.txt, .md, .html, .pdf, .docx, RSS or Atom)"
            + (f" ({len(skipped)} file(s) skipped)" if skipped else "")
        )
    return Corpus(root=root, articles=tuple(articles), skipped=tuple(skipped))


def read_file(root: Path, path: Path, used_ids: set[str]) -> tuple[list[Article], SkippedFile | None]:
    """One corpus file's articles, or why it is skipped (the caller logs it). `used_ids` holds the
    article ids taken so far (a clash takes the next free suffix) and gets this file's."""
    rel = path.relative_to(root).as_posix()
    fmt = FORMATS.get(path.suffix.lower(), "")
    try:
        file_articles = _read(path, rel, fmt, used_ids)
    except Unreadable as exc:
        problem = str(exc)
    except Exception as exc:  # a reader library failing on a file it should have refused
        log.debug("reading %s failed", rel, exc_info=True)
        problem = f"could not be read ({exc.__class__.__name__}: {exc})"
    else:
        if file_articles:
            return file_articles, None
        problem = "no text"
    return [], SkippedFile(rel, problem, fmt)


def corpus_files(root: Path) -> list[Path]:
    """The files `load_corpus` reads (or reports as skipped), in corpus order: the persisted index
    is keyed by exactly these files' contents."""
    return [path for _, path in corpus_entries(root)]


def corpus_entries(root: Path) -> list[tuple[str, Path]]:
    """`corpus_files` with each file's path relative to `root` (forward slashes), in corpus order.
    One walk of the folder with os.scandir: at 8,759 files, globbing and `relative_to` took 0.25 s
    of a restart. As `root.rglob("*")` would: symbolic links to files are read, those to folders are
    not followed; hidden files and folders (.git, caches, editor backups) are not documents."""
    found: list[tuple[str, Path]] = []
    _walk(root, "", found)
    found.sort(key=lambda e: e[0])
    return found


def _walk(folder: Path, prefix: str, found: list[tuple[str, Path]]) -> None:
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        rel = prefix + name
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(folder / name, rel + "/", found)
                continue
            is_file = entry.is_file()  # follows a symbolic link, as Path.is_file does
        except OSError:
            continue
        dot = name.rfind(".")
        suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""  # Path.suffix
        if is_file and (suffix in FORMATS or suffix in NOT_READ):
            found.append((rel, folder / name))


def _read(path: Path, rel: str, fmt: str, used_ids: set[str]) -> list[Article]:
    if not fmt:
        raise Unreadable(NOT_READ[path.suffix.lower()])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if not raw.strip():
        raise Unreadable("empty file")
    if fmt in ("txt", "md"):
        return split_articles(_text(raw), rel, markdown=fmt == "md", used_ids=used_ids)
    docs = _reader(fmt)(raw)
    return [a for d in docs if (a := to_article(d, rel, fmt, used_ids)) is not None]


def _text(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not UTF-8 (invalid byte at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _reader(fmt: str) -> Callable[[bytes], list[Document]]:
    # Imported on first use: a folder of text files starts without loading lxml, pypdf or python-docx.
    if fmt == "html":
        from bot.corpus.html import read_html

        return read_html
    if fmt == "pdf":
        from bot.corpus.pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from bot.corpus.word import read_docx

        return read_docx
    from bot.corpus.feed import read_feed

    return read_feed
