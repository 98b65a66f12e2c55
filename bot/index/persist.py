"""The persisted index: one file per corpus folder in the data directory, so a start on an unchanged
corpus opens what the last build made instead of rebuilding it (issue 15).

Format (FORMAT_VERSION): a magic line with the offset and length of the header, then the data, then
the JSON header (format version, key, per-file content hashes, where each part lies, a CRC-32 of
the data); the header comes last so that the data is streamed to the file as it is pickled. The
data: the corpus, passage index and event index pickled (protocol 5) with their large numpy arrays
written out of band, each aligned, and mapped back read-only with mmap. The per-file parts of an
index (bot/index/parts.py, for incremental updates) go to a second file in the same format, keyed
by the code alone: each part says which content of its file it was made from. Pickle, because the
objects are the index: no second format to keep in step with the code, and opening is loading
~one small object graph while the postings stay on disk until a query touches them. The file is
our own (written by this code into the data directory), and it is only unpickled after its
checksum checks out. CRC-32, not a cryptographic hash: it guards against damage and partial
writes, and runs at memory speed (0.07 s for 160 MB against 0.26 s for BLAKE2b), which is a third
of the time to open at 100,000 passages.

The key is the hash of every corpus file's content, the table of known events, the format version
and the source of the code that builds the index: any of them changing means a rebuild, never a
stale answer. Writes go to a temporary file renamed over the old one, so a reader (another replica
sharing the directory) sees the old index or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import pickle
import platform
import tempfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import numpy as np

from bot.corpus import Corpus, corpus_files
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.events import EventIndex
from bot.index.parts import Parts
from bot.index.search import SearchIndex

log = logging.getLogger("bot.index")

FORMAT_VERSION = 2
MAGIC = b"MEMORIAL-IDX-2\n\x00"  # 16 bytes; then the header's offset and length (8 bytes each)
DATA_START = 64
ALIGN = 64  # arrays start on a cache line, as numpy would allocate them
INBAND_MAX = 1 << 16  # smaller arrays stay inside the pickle: thousands of tiny buffers cost more than they save
CHUNK = 1 << 22
# The packages whose code decides what an index holds (i18n: the year rules keep their reasons as
# `bot.i18n.pieces` objects).
_CODE_DIRS = ("index", "corpus", "i18n")


class Unusable(Exception):
    """The persisted index cannot be served; the message says why (one log line)."""


class OutOfDate(Unusable):
    """The persisted index is whole, but corpus files changed since it was built: an update."""


@dataclass(frozen=True)
class Key:
    value: str
    files: dict[str, str]  # corpus file (relative path) → content hash
    code: str = ""  # the key without the files: format, code, table, versions (of the per-file parts)


@dataclass(frozen=True)
class Persisted:
    corpus: Corpus
    search: SearchIndex
    events: EventIndex


def index_path(data_dir: Path, corpus_dir: Path) -> Path:
    """Where the index of `corpus_dir` lives: one file per folder, so two corpora never clash."""
    name = hashlib.blake2b(str(corpus_dir.resolve()).encode(), digest_size=8).hexdigest()
    return data_dir / "index" / f"{name}.idx"


def parts_path(index: Path) -> Path:
    """Where the per-file parts of the index at `index` live (bot/index/parts.py): read only when
    some corpus file changed, so a start on an unchanged corpus never pays for them."""
    return index.with_suffix(".parts")


def _digest() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=16)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The source of the code that builds indexes: a change to ranking or to the year rules makes
    every persisted index stale, with no version number to remember to bump."""
    h = _digest()
    pkg = Path(__file__).resolve().parent.parent
    for sub in _CODE_DIRS:
        for p in sorted((pkg / sub).rglob("*.py")):
            h.update(p.relative_to(pkg).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _table_fingerprint(table: AnniversaryTable) -> str:
    rows = [f"{e.label}\t{e.year}\t{e.match.pattern}\t{e.match.flags}" for e in table.events]
    return hashlib.blake2b("\n".join(rows).encode(), digest_size=16).hexdigest()


def file_hash(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, _digest).hexdigest()


def corpus_key(corpus_dir: Path, table: AnniversaryTable, newest_year: int | None = None) -> Key:
    """The key of an index of `corpus_dir` built with `table` and `newest_year` by this code."""
    files = {p.relative_to(corpus_dir).as_posix(): file_hash(p) for p in corpus_files(corpus_dir)}
    parts = {
        "format": FORMAT_VERSION,
        "code": code_fingerprint(),
        "table": _table_fingerprint(table),
        "newest_year": newest_year,
        "python": platform.python_version(),
        "numpy": np.__version__,
    }
    code = hashlib.blake2b(json.dumps(parts, sort_keys=True).encode(), digest_size=16).hexdigest()
    parts["files"] = files
    return Key(hashlib.blake2b(json.dumps(parts, sort_keys=True).encode(), digest_size=16).hexdigest(), files, code)


def _pad(n: int) -> int:
    return -n % ALIGN


def save(path: Path, key: Key, data: Persisted) -> int:
    """Write the index atomically (temporary file, fsync, rename); returns its size in bytes."""
    return _write(path, key.value, key.files, data)


def save_parts(path: Path, key: Key, parts: Parts) -> int:
    """Write the per-file parts (keyed by the code alone: each part says its file's hash)."""
    return _write(path, key.code, {}, parts)


def load_parts(path: Path, key: Key) -> Parts:
    """The per-file parts at `path` if written by this code and whole; otherwise Unusable."""
    data = _read(path, key.code, {})
    if not isinstance(data, Parts):
        raise Unusable("holds something else")
    return data


class _Out:
    """The data section as it is written: its CRC-32 and length, kept on the way through."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.crc = 0
        self.n = 0

    def write(self, b: bytes | memoryview) -> int:
        self.crc = zlib.crc32(b, self.crc)
        self.n += memoryview(b).nbytes
        return self.f.write(b)


def _write(path: Path, key: str, files: dict[str, str], data: object) -> int:
    buffers: list[pickle.PickleBuffer] = []

    def out_of_band(buf: pickle.PickleBuffer) -> bool:
        if buf.raw().nbytes < INBAND_MAX:
            return True  # in band
        buffers.append(buf)
        return False

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes it private; replicas under other users read it too
        with os.fdopen(fd, "wb") as f:
            f.write(b"\0" * DATA_START)  # the prefix, written last
            out = _Out(f)
            # Streamed: the pickle is never whole in memory (a build's peak would be its size higher).
            pickle.Pickler(out, protocol=5, buffer_callback=out_of_band).dump(data)
            payload = out.n
            places: list[tuple[int, int]] = []
            for buf in buffers:  # each array on an aligned offset
                raw = buf.raw()
                out.write(b"\0" * _pad(out.n))
                places.append((out.n, raw.nbytes))
                out.write(raw)
            header = {
                "version": FORMAT_VERSION,
                "key": key,
                "files": files,
                "payload": payload,
                "buffers": places,
                "data_len": out.n,
                "crc32": out.crc,
            }
            head = json.dumps(header).encode()
            f.write(head)
            f.seek(0)
            f.write(MAGIC + (DATA_START + out.n).to_bytes(8, "little") + len(head).to_bytes(8, "little"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # readers see the old file or this one, whole
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return DATA_START + out.n + len(head)


def read_header(path: Path) -> tuple[dict, int]:
    """The header of a persisted index and where its data starts; Unusable when it is not one."""
    with path.open("rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise Unusable("not a memorial-bot index file (or an older format)")
        at = int.from_bytes(f.read(8), "little")
        size = int.from_bytes(f.read(8), "little")
        if not 0 < size < 1 << 30 or at < DATA_START:
            raise Unusable("damaged header")
        f.seek(at)
        raw = f.read(size)
        if len(raw) != size or f.read(1):
            raise Unusable("truncated or padded file")
        try:
            header = json.loads(raw)
        except ValueError:
            raise Unusable("damaged header") from None
    if not isinstance(header, dict) or header.get("data_len") != at - DATA_START:
        raise Unusable("damaged header")
    return header, DATA_START


def load(path: Path, key: Key) -> Persisted:
    """The persisted index at `path` if it was built from exactly this corpus by this code and is
    whole; otherwise Unusable, saying why."""
    data = _read(path, key.value, key.files)
    if not isinstance(data, Persisted):
        raise Unusable("holds something else")
    return data


def _read(path: Path, key: str, files: dict[str, str]) -> object:
    header, start = read_header(path)
    if header.get("version") != FORMAT_VERSION:
        raise Unusable(f"format version {header.get('version')}, this code reads {FORMAT_VERSION}")
    if not all(k in header for k in ("key", "payload", "buffers", "data_len", "crc32")):
        raise Unusable("damaged header")
    if header.get("key") != key:
        changed = sorted(set(header.get("files", {}).items()) ^ set(files.items()))
        raise (OutOfDate if changed else Unusable)(
            f"{len({f for f, _ in changed})} corpus file(s) changed, added or removed since it was built"
            if changed
            else "built by other code or with another table of known events"
        )
    with path.open("rb") as f:
        f.seek(start)
        # Checked by reading, not through the mapping: the pages go to the page cache (shared with
        # other replicas) without counting against this process until a query touches them.
        crc = 0
        left = int(header["data_len"])
        while left > 0 and (chunk := f.read(min(CHUNK, left))):
            crc = zlib.crc32(chunk, crc)
            left -= len(chunk)
        if crc != header.get("crc32"):
            raise Unusable("checksum mismatch (damaged or partly written)")
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapped)
        buffers = [view[start + off : start + off + n] for off, n in header["buffers"]]
        # The pickle is read from the file, not through the mapping: its pages (54 MB at 100,000
        # passages, 80 MB for the parts) would otherwise stay counted in this process's memory
        # for as long as the arrays keep the mapping open. Just as fast: they are in the page cache.
        # (The checksum covers the pickle: it ends where it was written to end.)
        f.seek(start)
        try:
            return pickle.Unpickler(f, buffers=buffers).load()
        except Exception as exc:
            raise Unusable(f"cannot be read ({exc.__class__.__name__})") from None
