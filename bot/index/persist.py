"""The persisted index: one file per corpus folder in the data directory, so a start on an unchanged
corpus opens what the last build made instead of rebuilding it (issue 15).

Format (FORMAT_VERSION): a magic line with the offset and length of the header, then the data, then
the JSON header (format version, key, per-file content hashes, where each part lies, a CRC-32 of
the pickles and one of the arrays); the header comes last so that the data is streamed to the file
as it is pickled. The data: the corpus and passage index pickled (protocol 5), then the event index
in a pickle of its own (unpickled on first use: a lookup needs none of it), then the large numpy
arrays, written out of band, each aligned, and mapped back read-only with mmap. The per-file parts
of an index (bot/index/parts.py, for incremental updates) go to a second file in the same format,
keyed by the code alone: each part says which content of its file it was made from; there the data
is a pickle per corpus file (`bot.index.parts.dump`), so that no pickle's memo spans the corpus. Pickle, because the
objects are the index: no second format to keep in step with the code, and opening is loading
~one small object graph while the postings stay on disk until a query touches them. The file is
our own (written by this code into the data directory), and it is only unpickled after its
checksum checks out (the arrays' own checksum is worked out meanwhile, and checked before it is
served). CRC-32, not a cryptographic hash: it guards against damage and partial
writes, and runs at memory speed (0.07 s for 160 MB against 0.26 s for BLAKE2b), which is a third
of the time to open at 100,000 passages.

The key is the hash of every corpus file's content (cached by each file's size, times and inode in
`<name>.hashes`, see `corpus_hashes`), the table of known events, the format version
and the source of the code that builds the index: any of them changing means a rebuild, never a
stale answer. Writes go to a temporary file renamed over the old one, so a reader (another replica
sharing the directory) sees the old index or the new one, never half of one.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import mmap
import os
import pickle
import platform
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import numpy as np

from bot.corpus import Corpus
from bot.corpus.load import corpus_entries
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.gcpause import no_cyclic_gc
from bot.index.search import SearchIndex

if TYPE_CHECKING:
    from bot.index.dates.events import EventIndex  # the year rules: imported when events are read
    from bot.index.parts import Parts  # the build: imported only when parts are read

log = logging.getLogger("bot.index")

FORMAT_VERSION = 10
MAGIC = b"MEMORIAL-IDX-9\n\x00"  # 16 bytes; then the header's offset and length (8 bytes each)
DATA_START = 64
ALIGN = 64  # arrays start on a cache line, as numpy would allocate them
INBAND_MAX = 1 << 16  # smaller arrays stay inside the pickle: thousands of tiny buffers cost more than they save
CHUNK = 1 << 22
HASHES_VERSION = 1
# A file whose last change is this close to (or after) the moment its hash was cached is hashed
# again: a write within the file system's timestamp granularity leaves its times as they were (git's
# "racily clean" entries). Two seconds cover coarse kernel clocks and FAT's two-second times.
RACY_NS = 2_000_000_000
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


def hashes_path(index: Path) -> Path:
    """Where the content hashes of the corpus files of the index at `index` are cached."""
    return index.with_suffix(".hashes")


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


def corpus_key(
    corpus_dir: Path, table: AnniversaryTable, newest_year: int | None = None, *, hashes: Path | None = None
) -> Key:
    """The key of an index of `corpus_dir` built with `table` and `newest_year` by this code. With
    `hashes`, the files' content hashes are cached there (`corpus_hashes`)."""
    files = corpus_hashes(corpus_dir, hashes)
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


# What a cached hash is trusted by: size, modification and change times, inode, device.
_Stat = tuple[int, int, int, int, int]


def corpus_hashes(corpus_dir: Path, cache: Path | None = None) -> dict[str, str]:
    """Each corpus file's content hash (relative path → hash), in corpus order. With `cache`, a file
    whose size, modification time, change time, inode and device are those cached is not read
    again (at 8,759 files, reading and hashing them took 0.9 s of a 5 s restart), as git's index
    does. The change time cannot be set back (os.utime sets the others), so a file rewritten with
    its old size and modification time is still read again. A file changed within RACY_NS of the
    moment its hash was cached is read again: its times may not show the change (racily clean)."""
    now = _now_ns()  # before any file is looked at: a change after it is racy or shows
    cached, stamp = _read_hashes(cache, corpus_dir) if cache is not None else ({}, 0)
    entries: dict[str, tuple[_Stat, str]] = {}
    hashed = 0
    for rel, path in corpus_entries(corpus_dir):
        try:
            st = os.stat(path)
        except OSError:
            entries[rel] = ((0, 0, 0, 0, 0), file_hash(path))  # says what is wrong, as a build would
            continue
        sig = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        old = cached.get(rel)
        if old is not None and old[0] == sig and max(sig[1], sig[2]) < stamp - RACY_NS:
            entries[rel] = old
        else:
            entries[rel] = (sig, file_hash(path))
            hashed += 1
    if cache is not None and (hashed or entries.keys() != cached.keys()):
        _write_hashes(cache, corpus_dir, now, entries)
    return {rel: h for rel, (_, h) in entries.items()}


def _now_ns() -> int:
    return time.time_ns()


def _read_hashes(path: Path, corpus_dir: Path) -> tuple[dict[str, tuple[_Stat, str]], int]:
    """The cached hashes at `path` and when they were taken; none when there is no usable cache (a
    damaged, partial, other-version or other-folder one is logged, and every file read again)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, 0
    except OSError as exc:
        log.info("corpus hash cache %s not used: %s", path, exc.strerror or exc.__class__.__name__)
        return {}, 0
    try:
        head_raw, _, body = raw.partition(b"\n")
        head = json.loads(head_raw)
        if head.get("version") != HASHES_VERSION or head.get("root") != str(corpus_dir.resolve()):
            raise ValueError("another version or folder")
        if zlib.crc32(body) != head.get("crc32"):
            raise ValueError("checksum mismatch")
        files = {
            str(rel): ((int(a), int(b), int(c), int(d), int(e)), str(h))
            for rel, (a, b, c, d, e, h) in json.loads(body).items()
        }
        return files, int(head["stamp"])
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.info("corpus hash cache %s not used, every file is read: %s", path, exc)
        return {}, 0


def _write_hashes(path: Path, corpus_dir: Path, stamp: int, entries: dict[str, tuple[_Stat, str]]) -> None:
    """Write the cache atomically. Not fsynced: a cache lost or cut short in a crash fails its
    checksum, and every file is read again."""
    body = json.dumps({rel: [*sig, h] for rel, (sig, h) in entries.items()}).encode()
    head = {"version": HASHES_VERSION, "root": str(corpus_dir.resolve()), "stamp": stamp, "crc32": zlib.crc32(body)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        try:
            os.fchmod(fd, 0o644)
            with os.fdopen(fd, "wb") as f:
                f.write(json.dumps(head).encode() + b"\n" + body)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a read-only data directory: the index's own write says so
        log.debug("cannot cache the corpus hashes in %s: %s", path, exc)


def _pad(n: int) -> int:
    return -n % ALIGN


def save(path: Path, key: Key, data: Persisted) -> int:
    """Write the index atomically (temporary file, fsync, rename); returns its size in bytes. The
    event index goes in a pickle of its own, unpickled on first use (`load`)."""
    return _write(path, key.value, key.files, _dump((data.corpus, data.search)), _plain_events(data.events))


def save_parts(path: Path, key: Key, parts: Parts) -> int:
    """Write the per-file parts (keyed by the code alone: each part says its file's hash), a pickle
    per file (`bot.index.parts.dump`)."""
    from bot.index.parts import dump

    return _write(path, key.code, {}, functools.partial(dump, parts))


def load_parts(path: Path, key: Key) -> Parts:
    """The per-file parts at `path` if written by this code and whole; otherwise Unusable."""
    from bot.index.parts import Parts, load

    data, _ = _read(path, key.code, {}, load)
    if not isinstance(data, Parts):
        raise Unusable("holds something else")
    return data


# What keeps a buffer out of band (`pickle.Pickler`'s buffer_callback), and what writes the pickles
# of a file's data section with it (one pickle, or one per corpus file: `bot.index.parts.dump`) and
# reads them back, given the out-of-band buffers in the order they were kept.
KeepBuffer = Callable[[pickle.PickleBuffer], bool]
Dump = Callable[[BinaryIO, KeepBuffer], None]
Load = Callable[[BinaryIO, Iterator[memoryview]], object]


def _dump(data: object) -> Dump:
    def dump(out: BinaryIO, keep: KeepBuffer) -> None:
        pickle.Pickler(out, protocol=5, buffer_callback=keep).dump(data)

    return dump


def _load(f: BinaryIO, buffers: Iterator[memoryview]) -> object:
    return pickle.Unpickler(f, buffers=buffers).load()


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


def _write(path: Path, key: str, files: dict[str, str], dump: Dump, lazy: object = None) -> int:
    """Write what `dump` pickles (and `lazy`, in a pickle of its own, when not None) with their arrays."""
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
            dump(cast(BinaryIO, out), out_of_band)
            payload = out.n
            lazy_at = None
            if lazy is not None:  # all in band: it has no large array, and is read on its own
                pickle.Pickler(out, protocol=5).dump(lazy)
                lazy_at = (payload, out.n - payload)
            pickles_end, pickles_crc = out.n, out.crc
            out.crc = 0
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
                "lazy": lazy_at,
                "buffers": places,
                "pickles_len": pickles_end,
                "data_len": out.n,
                "crc32": pickles_crc,
                "arrays_crc32": out.crc,
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
    whole; otherwise Unusable, saying why. Its event index is unpickled on first use."""
    data, events = _read(path, key.value, key.files)
    if not (isinstance(data, tuple) and len(data) == 2 and events is not None):
        raise Unusable("holds something else")
    corpus, search = data
    if not isinstance(corpus, Corpus) or not isinstance(search, SearchIndex):
        raise Unusable("holds something else")
    # It stands in for the event index: every attribute is the real one's.
    return Persisted(corpus, search, cast("EventIndex", LazyEvents(events)))


def _read(
    path: Path, key: str, files: dict[str, str], load: Load = _load
) -> tuple[object, Callable[[], object] | None]:
    """What `_write` wrote at `path` (read by `load`), and a function that unpickles its lazy part
    (None: none)."""
    header, start = read_header(path)
    if header.get("version") != FORMAT_VERSION:
        raise Unusable(f"format version {header.get('version')}, this code reads {FORMAT_VERSION}")
    needed = ("key", "payload", "lazy", "buffers", "pickles_len", "data_len", "crc32", "arrays_crc32")
    if not all(k in header for k in needed):
        raise Unusable("damaged header")
    if header.get("key") != key:
        changed = sorted(set(header.get("files", {}).items()) ^ set(files.items()))
        raise (OutOfDate if changed else Unusable)(
            f"{len({f for f, _ in changed})} corpus file(s) changed, added or removed since it was built"
            if changed
            else "built by other code or with another table of known events"
        )
    pickles, total = int(header["pickles_len"]), int(header["data_len"])
    if not 0 <= pickles <= total:
        raise Unusable("damaged header")
    with path.open("rb") as f:
        # The arrays are checked in another thread while this one unpickles (zlib and reading
        # release the interpreter lock): their check was a tenth of a restart at 1,000,000 passages.
        # Nothing is returned before it is done. The pickles are checked first: they are unpickled
        # only after their checksum matches.
        arrays = _Checked(f.fileno(), start + pickles, total - pickles)
        try:
            data, mapped = _unpickle_checked(f, start, header, load)
        finally:
            arrays_crc = arrays.join()
        if arrays_crc != header.get("arrays_crc32"):
            raise Unusable("checksum mismatch (damaged or partly written)")
    lazy = header["lazy"]
    if lazy is None:
        return data, None
    at, n = start + int(lazy[0]), int(lazy[1])

    def unpickle_lazy() -> object:
        # From the mapping, which keeps the file that was checked (a replica's rename leaves it);
        # its pages are then dropped from this process's memory (they stay in the page cache).
        try:
            return pickle.loads(memoryview(mapped)[at : at + n])
        finally:
            page = at - at % mmap.PAGESIZE
            if hasattr(mmap, "MADV_DONTNEED"):
                mapped.madvise(mmap.MADV_DONTNEED, page, at + n - page)

    return data, unpickle_lazy


def _unpickle_checked(f: BinaryIO, start: int, header: dict, load: Load) -> tuple[object, mmap.mmap]:
    """What `load` reads from the open index file `f` (the pickles before the lazy one), once the
    pickles' checksum matches, with its arrays mapped; and the mapping."""
    # Checked by reading, not through the mapping: the pages go to the page cache (shared with
    # other replicas) without counting against this process until a query touches them.
    f.seek(start)
    if _crc_read(f, int(header["pickles_len"])) != header.get("crc32"):
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
        data = load(f, iter(buffers))
    except Exception as exc:
        raise Unusable(f"cannot be read ({exc.__class__.__name__})") from None
    if f.tell() != start + int(header["payload"]):  # every pickle read, and no more
        raise Unusable("holds something else")
    return data, mapped


def _crc_read(f: BinaryIO, left: int) -> int:
    crc = 0
    while left > 0 and (chunk := f.read(min(CHUNK, left))):
        crc = zlib.crc32(chunk, crc)
        left -= len(chunk)
    return crc


class _Checked(threading.Thread):
    """The CRC-32 of `n` bytes of the open file `fd` from `at`, worked out in the background."""

    def __init__(self, fd: int, at: int, n: int) -> None:
        super().__init__(name="index-checksum", daemon=True)
        self.fd, self.at, self.n = fd, at, n
        self.crc: int | None = None
        self.start()

    def run(self) -> None:
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        crc, at, left = 0, self.at, self.n
        while left > 0:
            try:
                got = os.preadv(self.fd, [view[: min(CHUNK, left)]], at)
            except OSError:
                got = 0
            if got <= 0:
                break  # shorter than its header says: the checksum cannot match
            crc = zlib.crc32(view[:got], crc)
            at += got
            left -= got
        self.crc = crc if left == 0 else None

    def join(self, timeout: float | None = None) -> int | None:  # type: ignore[override]
        super().join(timeout)
        return self.crc


def _plain_events(events: EventIndex) -> EventIndex:
    """`events` itself, or the event index an opened index's LazyEvents stands for."""
    return events._get() if isinstance(events, LazyEvents) else events


class LazyEvents:
    """The event index of an opened index, unpickled from the file on first use, standing in for it:
    every attribute is the real one's (`__getattr__`). A lookup needs none of it, and unpickling it
    was a sixth of a restart at 1,000,000 passages (0.8 s: its dated events and their mentions, a
    quarter of a million objects). Not a subclass: that would import the year rules (0.1 s and
    6 MB of a start) before the first answer."""

    __slots__ = ("_lock", "_real", "_unpickle")

    def __init__(self, unpickle: Callable[[], object]) -> None:
        self._unpickle = unpickle
        self._lock = threading.Lock()
        self._real: EventIndex | None = None

    def _get(self) -> EventIndex:
        real = self._real
        if real is not None:
            return real
        with self._lock:
            if self._real is None:
                from bot.index.dates.events import EventIndex

                with no_cyclic_gc():
                    got = self._unpickle()
                if not isinstance(got, EventIndex):
                    raise TypeError(f"the persisted event index holds a {type(got).__name__}")
                self._real = got
            return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)

    def __eq__(self, other: object) -> bool:
        return self._get() == (other._get() if isinstance(other, LazyEvents) else other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._get())

    def __reduce__(self) -> tuple[Any, ...]:
        return (_same, (self._get(),))  # pickled as the event index itself


def _same(obj: object) -> object:
    return obj
