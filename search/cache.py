"""A content-addressed cache of derived data (parsed issues, OCR text), shared by the parse and index
layers so that no file is parsed or recognised twice.

One JSON file per entry, under `DIR/KIND/VERSION/`, written to a temporary name and renamed into place,
so concurrent writers (two indexers) leave whole entries only. An entry that cannot be read (truncated,
corrupt, another key or version) is a miss, never an error: the caller recomputes and replaces it.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

# What the caches of this process did, by `KIND.hit`, `KIND.miss` and `KIND.put` (every Cache adds
# to it): how a caller or a test sees that a file was not parsed, or a page not recognised, again.
STATS: Counter = Counter()
# An entry written less than this long before a prune began is never pruned by it: processes share a
# cache folder without a lock (`check` and `parse` beside an indexer), and a file system's clock may
# lag time.time().
GRACE_SECONDS = 600
# The keys of each kind being recorded (`recording`), read or written by any Cache of that kind.
_RECORDING: ContextVar[dict[str, set] | None] = ContextVar("cache_recording", default=None)


@contextmanager
def recording(kind: str):
    """The set of the keys of `kind` (`ocr`) used inside the `with`, hit or made: what a file's parse
    read from the cache, so that entries no file needs can go."""
    used: set[str] = set()
    token = _RECORDING.set({**(_RECORDING.get() or {}), kind: used})
    try:
        yield used
    finally:
        _RECORDING.reset(token)


def write_whole(path: Path, write, binary: bool = False, prefix: str = ".tmp-", suffix: str = "") -> bool:
    """`write(file)` to a temporary name beside `path`, then renamed into place, so a reader never sees
    half a file (the cache's entries, the parse versions, jieba's prefix dictionary). A failure to write
    is not fatal: False, and the temporary file goes."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=suffix)
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8") as f:
            write(f)
        os.replace(tmp, path)
        return True
    except OSError:
        return False
    finally:
        if tmp and os.path.exists(tmp):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _slug(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Cache:
    """Entries of one kind (`parse`, `ocr`) made by one version of their maker.

    `directory` None gives a cache that keeps nothing (every `get` misses), for callers without an
    index folder (`jianbao parse`, tests).
    """

    def __init__(self, directory: Path | str | None, kind: str, version: str):
        self.kind = kind
        self.version = version
        self.root = Path(directory) / kind if directory is not None else None
        self.dir = self.root / _slug(version) if self.root is not None else None
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.dir / f"{_slug(key)}.json"

    def _note(self, key: str) -> None:
        kinds = _RECORDING.get()
        if kinds and self.kind in kinds:
            kinds[self.kind].add(key)

    def get(self, key: str) -> Any | None:
        """The value stored for `key` by this version, or None."""
        self._note(key)
        if self.dir is None:
            self._count("miss")
            return None
        try:
            with open(self._path(key), encoding="utf-8") as f:
                entry = json.load(f)
            if entry["key"] != key or entry["version"] != self.version:
                raise ValueError("another entry")
        except (OSError, ValueError, KeyError, TypeError):
            self._count("miss")
            return None
        self._count("hit")
        return entry["value"]

    def _count(self, what: str) -> None:
        if what == "hit":
            self.hits += 1
        elif what == "miss":
            self.misses += 1
        STATS[f"{self.kind}.{what}"] += 1

    def put(self, key: str, value: Any) -> None:
        """Store `value` (JSON-serialisable) for `key`, atomically; a failure to write is not fatal."""
        self._note(key)
        if self.dir is None:
            return
        entry = {"key": key, "version": self.version, "value": value}
        if write_whole(self._path(key), lambda f: json.dump(entry, f, ensure_ascii=False), suffix=".json"):
            self._count("put")

    def prune(self, keep=(), *, keys=None, before: float | None = None) -> int:
        """Remove the entries of every other version of this kind, but those of the versions `keep`;
        with `keys`, also the entries of this version and of `keep` stored for no key among `keys`.
        With `before` (a time.time()), only entries last written before it: an entry another process
        (a `check`, a second indexer) has just written stays. Returns how many entries went."""
        if self.root is None or not self.root.is_dir():
            return 0
        kept = {self.dir} | {self.root / _slug(version) for version in keep}
        wanted = None if keys is None else {_slug(key) for key in keys}
        gone = 0
        for folder in self.root.iterdir():
            other = folder not in kept
            if not other and wanted is None:
                continue
            for entry in _entries(folder):
                if (other or entry.name.startswith(".tmp-") or entry.stem not in wanted) \
                        and _older(entry, before):
                    gone += _unlink(entry)
            if other:
                try:
                    folder.rmdir()  # only when no entry stayed
                except OSError:
                    pass
        return gone


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _older(path: Path, before: float | None) -> bool:
    if before is None:
        return True
    try:
        return path.stat().st_mtime < before
    except OSError:
        return False


def _unlink(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except OSError:
        return 0
