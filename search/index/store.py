"""The index on disk: generations, the `current` link, manifests, stored figures, the lock.

Sits between the reindex job, which writes through it, and the query side, which reads through it
(never through the job). Layout of an index directory:

    index/current -> gen-0002     symlink, replaced atomically when a rebuild finishes
    index/gen-0002/               Whoosh segments + manifest.json (files, hashes, issues, aliases,
                                  each file's printed figures, the files' stats when hashed:
                                  `stamps`) + figures.json (every figure, named
                                  and with the derived months: series.py; stamped with its commit
                                  and the digest of its inputs, so a commit that changes no
                                  printed figure leaves it as it is)
    index/.lock                   held by the one indexer that may run; names its process id
    index/cache/                  derived data by content hash (search/cache.py): parsed issues,
                                  OCR text; outlives every generation, so a rebuild parses nothing;
                                  and the parse versions (parse/version.py STORE)

An incremental run commits into the current generation (a Whoosh commit is atomic: readers see the
old or the new table of contents, never half of one). The manifest names the Whoosh commit it
describes: it is written as `manifest.next.json` before the commit and renamed over
`manifest.json` after it (`write_manifest`), so a reader (`load_manifest`) always finds the
manifest of the commit it opened, even after a crash between the two steps. A rebuild, or a change
of analyzer, builds a new generation beside the old one and switches the symlink only when it is
complete, so a crash at any point leaves the previous index whole and searchable. Replaced files
and links are made durable by fsyncing their directory. Old generations are kept for a grace period
after they were replaced, because a running server may still be opening them.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from search import figures as figure_extract
from search.errors import IndexBusy, IndexMissing, IndexStale
from search.figures import series
from search.index.schema import fingerprint, make_schema

MANIFEST = "manifest.json"
PENDING = "manifest.next.json"  # the manifest of a commit under way
GRACE_SECONDS = 600  # a replaced generation is kept this long: a server may still be opening it
REPLACED = "REPLACED"  # in a generation that `current` no longer names: when it was replaced


# --- reading ---------------------------------------------------------------------------------

def current_dir(index_dir: Path | str) -> Path | None:
    """The generation directory readers should open, or None if there is no index."""
    link = Path(index_dir) / "current"
    if not link.exists():
        return None
    return link.resolve()


def cache_dir(index_dir: Path | str) -> Path:
    """Where the derived data of the index's files is cached (search/cache.py): never a generation,
    never removed by `age_out` or a rebuild."""
    return Path(index_dir) / "cache"


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def load_manifest(gen_dir: Path | None, commit: int | None = None) -> dict:
    """The manifest of a generation: of its latest Whoosh commit, or of `commit` if given.

    After a crash between a commit and the rename of its manifest, the pending manifest is the one
    that describes the index; a manifest that matches no commit is never returned as current.
    """
    if gen_dir is None:
        return {}
    if commit is None:
        commit = _latest_commit(gen_dir)
    manifest = _read_json(gen_dir / MANIFEST)
    if commit is None or manifest.get("commit") in (None, commit):
        return manifest
    pending = _read_json(gen_dir / PENDING)
    if pending.get("commit") == commit:
        return pending
    return {**manifest, "out_of_step": True}


def _latest_commit(gen_dir: Path) -> int | None:
    """The number of the latest Whoosh commit in a generation directory (from its file names)."""
    try:
        commit = whoosh_index.TOC._latest_generation(FileStorage(str(gen_dir)), "MAIN")
    except OSError:
        return None
    return commit if commit > -1 else None


def corpus_words(manifest: dict) -> set[str]:
    """Organisations and aliases found in the corpus: the dictionary grown by indexing."""
    words: set[str] = set()
    for entry in manifest.get("files", {}).values():
        words.update(entry.get("orgs", []))
        for short, full, _ in entry.get("aliases", []):
            words.update((short, full))
    return words


def built_by_this_version(manifest: dict) -> bool:
    """Whether the index a manifest describes was built by this analyzer, schema and figures
    extractor, and the manifest is that of its last commit."""
    return (manifest.get("fingerprint") == fingerprint()
            and manifest.get("figures_version") == figure_extract.version()
            and not manifest.get("out_of_step", False))


def is_current(index_dir: Path | str) -> bool:
    """Whether there is an index, built by this version of the analyzer and schema."""
    gen = current_dir(index_dir)
    return (gen is not None and whoosh_index.exists_in(str(gen))
            and built_by_this_version(load_manifest(gen)))


def open_index(index_dir: Path | str):
    """The Whoosh index of the current generation; IndexMissing if there is none."""
    gen = current_dir(index_dir)
    if gen is None or not whoosh_index.exists_in(str(gen)):
        raise IndexMissing(index_dir)
    return whoosh_index.open_dir(str(gen))


def load_figures(gen_dir: Path | None, index_dir, manifest: dict | None = None) -> dict:
    """The stored figures of an index generation, those of the commit its manifest describes.

    IndexMissing without an index; IndexStale when the index was built by another version of the
    extractor (run `jianbao index`). Figures written for another commit than the manifest's (a
    crash between the two) are built again from the manifest's per-file figures: no re-parsing.
    """
    if gen_dir is None:
        raise IndexMissing(index_dir)
    if manifest is None:
        manifest = load_manifest(Path(gen_dir))
    if manifest.get("figures_version") != figure_extract.version():
        raise IndexStale(index_dir)
    stored = _read_json(Path(gen_dir) / series.FIGURES)
    if stored.get("version") != figure_extract.version() or not _figures_match(stored, manifest):
        stored = dict(series.build(manifest.get("files", {})), commit=manifest.get("commit"))
    return stored


def _figures_match(stored: dict, manifest: dict) -> bool:
    """Whether stored figures are those of the manifest's files: written at its commit, or at an
    earlier one whose files printed the very same figures (`figures_inputs`, see write_figures)."""
    if stored.get("commit") == manifest.get("commit"):
        return True
    inputs = stored.get("inputs")
    return inputs is not None and inputs == manifest.get("figures_inputs")


def figures_inputs(entries: dict[str, dict]) -> str:
    """A digest of what figures.json is built from: each file's printed figures (and the
    extractor's version). Two manifests with one digest have the same figures.json."""
    printed = [[name, entries[name]["figures"]] for name in sorted(entries) if entries[name].get("figures")]
    text = json.dumps([figure_extract.version(), printed], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def figures(index_dir, indicator: str | None = None, date_from: str | None = None,
            date_to: str | None = None) -> list[dict]:
    """The stored figures of the index in `index_dir`, filtered as `series.select` does (the CLI:
    no jieba, no Whoosh). IndexMissing, IndexStale, or QueryError for a bad filter."""
    gen = current_dir(index_dir)
    if gen is None or not (Path(gen) / MANIFEST).exists():
        raise IndexMissing(index_dir)
    return series.select(load_figures(gen, index_dir)["figures"], indicator, date_from, date_to)


# --- writing ---------------------------------------------------------------------------------

def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json(path: Path, data: dict, final: Path | None = None) -> None:
    """Write `data` durably at `final` (default `path`) through the temporary name `path`.tmp."""
    final = final or path
    tmp = path.with_name(path.name + ".tmp")
    # Compact: json.dumps with an indent runs in Python, 1-2 s a commit for the manifest of 10,000 items
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    _fsync_dir(final.parent)


_INPUTS_AT_END = re.compile(rb'"inputs": "([0-9a-f]{64})"\}\s*$')


def _inputs_of(path: Path) -> str | None:
    """The `inputs` digest figures.json ends with (write_figures writes it last), from its last bytes:
    figures of other inputs are not read whole (6 MB at 10,000 items) to be told apart. None when the
    end does not tell (no file, another shape)."""
    try:
        with open(path, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 100))
            found = _INPUTS_AT_END.search(f.read())
    except OSError:
        return None
    return found.group(1).decode("ascii") if found else None


def write_figures(gen: Path, entries: dict[str, dict], commit: int, inputs: str | None = None) -> bool:
    """figures.json of the commit `commit`, from the manifest's file entries. Written before that
    commit's manifest: a reader that finds the new manifest finds them too (and one that finds
    figures of another commit builds them from the manifest: `load_figures`).

    `inputs` is the digest of the entries' figures (`figures_inputs`), which the manifest keeps
    too: when figures.json already holds figures built from the same inputs (an issue without
    figures added, one removed), it is left as it is and nothing is built. Whether it was written.
    """
    if inputs is not None and _inputs_of(gen / series.FIGURES) in (None, inputs):
        stored = _read_json(gen / series.FIGURES)
        if stored.get("inputs") == inputs and stored.get("version") == figure_extract.version():
            return False
    write_json(gen / series.FIGURES, dict(series.build(entries), commit=commit, inputs=inputs))
    return True


def write_manifest(gen: Path, manifest: dict, writer=None) -> None:
    """Commit `writer` (a Whoosh writer, or None when nothing changed) with its manifest.

    The manifest of the commit is on disk before the commit, under its pending name, and takes the
    manifest's name after it: at every moment one of the two describes the index.
    """
    if writer is None:
        write_json(gen / MANIFEST, manifest)
        (gen / PENDING).unlink(missing_ok=True)  # a crashed run's, adopted by load_manifest if right
        return
    write_json(gen / PENDING, manifest)
    try:
        writer.commit()
    except BaseException:
        (gen / PENDING).unlink(missing_ok=True)
        raise
    os.replace(gen / PENDING, gen / MANIFEST)
    _fsync_dir(gen)


# --- generations -----------------------------------------------------------------------------

def _generations(index_dir: Path) -> list[Path]:
    return sorted(p for p in index_dir.glob("gen-*") if p.name[4:].isdigit())


def new_generation(index_dir: Path) -> Path:
    """A new, empty generation directory with an empty Whoosh index of the schema."""
    numbers = [int(p.name[4:]) for p in _generations(index_dir)]
    gen = index_dir / f"gen-{max(numbers, default=0) + 1:04d}"
    if gen.exists():
        shutil.rmtree(gen)
    gen.mkdir()
    whoosh_index.create_in(str(gen), make_schema())
    return gen


def switch(index_dir: Path, gen: Path) -> None:
    """Point `current` at `gen` atomically and durably; the one it named starts its grace period."""
    tmp = index_dir / "current.tmp"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    previous = current_dir(index_dir)
    tmp.symlink_to(gen.name)
    os.replace(tmp, index_dir / "current")
    _fsync_dir(index_dir)
    if previous is not None and previous != gen and previous.is_dir():
        (previous / REPLACED).write_text(f"{time.time():.0f}\n", encoding="ascii")
    age_out(index_dir)


def age_out(index_dir: Path, now: float | None = None) -> list[str]:
    """Delete generations replaced more than GRACE_SECONDS ago, and those a crashed rebuild left.

    A replaced generation stays while a server that read `current` a moment ago may still be
    opening it, however many rebuilds follow in quick succession. Runs under the index lock.
    """
    now = time.time() if now is None else now
    current = current_dir(index_dir)
    removed = []
    for gen in _generations(index_dir):
        if current is not None and gen.name == current.name:
            continue
        marker = gen / REPLACED
        if current is not None and gen.name > current.name:
            doomed = True  # never switched to: an interrupted rebuild's leftovers
        elif marker.exists():
            try:
                doomed = now - float(marker.read_text(encoding="ascii").strip() or 0) > GRACE_SECONDS
            except (OSError, ValueError):
                doomed = True
        else:  # replaced by an older version of jianbao: its grace period starts now
            marker.write_text(f"{now:.0f}\n", encoding="ascii")
            doomed = False
        if doomed:
            shutil.rmtree(gen, ignore_errors=True)
            removed.append(gen.name)
    return removed


# --- the lock ----------------------------------------------------------------------------------

def lock_holder(index_dir: Path | str) -> int | None:
    """The process id the lock file names: the indexer running now, if the lock is held."""
    try:
        text = (Path(index_dir) / ".lock").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


LOCK_POLL = 0.05  # seconds between two tries of a taken lock, for a caller that waits


@contextmanager
def index_lock(index_dir: Path | str, wait: float = 0):
    """Hold the index's lock for the block: one indexer at a time. Raises IndexBusy if it is
    taken: at once, or after trying for `wait` seconds (the desk's publishes queue so).

    The lock is the kernel's (flock), so it goes with its process, however that ends; the lock
    file then names the holder's process id, for the message of the one refused. Two holders in
    one process (two threads) exclude each other too: each opens the file anew.
    """
    index_dir = Path(index_dir)
    fd = os.open(index_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if time.monotonic() >= deadline:
                    raise IndexBusy(index_dir, lock_holder(index_dir)) from None
                time.sleep(LOCK_POLL)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
