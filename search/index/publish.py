"""Publishing from the desk: a file placed in the corpus and indexed in one step, under the index lock;
withdrawn to `withdrawn/` beside the corpus and restored from there. Nothing is ever deleted.

Sits on the reindex job (reindex.update_held) and the store's lock. Each operation takes the lock
(waiting for a running indexer, up to `wait` seconds), changes the corpus, and brings the index up
to date before it lets go: two publishes at once are done one after the other, and both are in
the index. A file lands atomically: written under a hidden temporary name (which the corpus and
the watcher ignore), made durable, then linked under its name (never over another file). A file the
indexer refuses is taken out again (to `withdrawn/`, with the reason) and what it replaced put
back, so a publish either holds or changes nothing.

    withdrawn/20261130-170501-3fa2c1/2024年第5期.docx     the file, as it was in the corpus
    withdrawn/20261130-170501-3fa2c1/2024年第5期.meta.toml  its side file, if it had one
    withdrawn/20261130-170501-3fa2c1/withdrawn.json     {"id", "file", "sides", "at", "who", "why", "issue"}
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from search.errors import IndexBusy, PublishError
from search.index import store
from search.index.store import _fsync_dir  # the store's: a replaced entry made durable
from search.index.reindex import Report, update_held
from search.parse.meta import side_text
from search.parse.readers import SUFFIXES, briefing_paths, side_files

RECORD = "withdrawn.json"
LOCK_WAIT = 120  # seconds a publish waits for a running indexer before it gives up
ID_RE = re.compile(r"\d{8}-\d{6}-[0-9a-f]{6}")


@dataclass
class Done:
    """What a publish, withdrawal or restoration did: the file, its issue, and the indexer's run."""

    file: str
    issue: str | None
    items: int
    report: Report
    replaced: str | None = None  # the file a publish replaced (now in withdrawn/)
    withdrawn: str | None = None  # the withdrawal's id, for a withdrawal


def withdrawn_dir(corpus_dir: Path | str) -> Path:
    """`withdrawn/` beside the corpus: where withdrawn and replaced files go."""
    return Path(corpus_dir).parent / "withdrawn"


def _plain(name: str) -> str:
    """A name that can only be a file of the corpus itself, or PublishError."""
    if (not name or name != os.path.basename(name) or "\\" in name or name.startswith((".", "~"))
            or Path(name).suffix.lower() not in SUFFIXES):
        raise PublishError(f"{name!r} is not a briefing file name", code="bad_name", file=name)
    return name


def _place(data: bytes, final: Path, overwrite: bool = False) -> None:
    """Write `data` at `final` atomically and durably, through a hidden temporary name; never over
    another file unless `overwrite` (FileExistsError)."""
    tmp = final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, final)
        else:
            os.link(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(final.parent)


def _move(src: Path, dst: Path) -> None:
    """Move a file, never over another; across file systems by copy, fsync and then unlink."""
    if dst.exists():
        raise FileExistsError(errno.EEXIST, "exists", str(dst))
    try:
        os.link(src, dst)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
            raise
        _place(src.read_bytes(), dst)
    src.unlink()
    _fsync_dir(dst.parent)
    _fsync_dir(src.parent)


def _own_sides(corpus: Path, name: str) -> list[Path]:
    """The side files of `name` in the corpus that belong to it alone (`STEM.meta.toml` is shared
    by every briefing of that stem: such a one stays)."""
    path = corpus / name
    stem_shared = any(p.stem == path.stem and p.name != name for p in briefing_paths(corpus))
    return [s for s in side_files(path) if s.is_file() and not (stem_shared and s.name == path.stem + ".meta.toml")]


def _stash(corpus: Path, withdrawn: Path, name: str, who: str | None, why: str, issue: str | None) -> str:
    """Move `name` and its own side files from the corpus to a new folder of `withdrawn`; its id."""
    ident = f"{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{secrets.token_hex(3)}"
    folder = withdrawn / ident
    folder.mkdir(parents=True)
    sides = _own_sides(corpus, name)
    record = {"id": ident, "file": name, "sides": [s.name for s in sides],
              "at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "who": who, "why": why,
              "issue": issue}
    _place(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"), folder / RECORD)
    for path in [corpus / name, *sides]:
        _move(path, folder / path.name)
    return ident


def _unstash(corpus: Path, withdrawn: Path, ident: str) -> dict:
    """Move a withdrawn file and its side files back into the corpus; the folder and its record go."""
    record = withdrawn_record(withdrawn, ident)
    folder = withdrawn / ident
    names = [record["file"], *record.get("sides", [])]
    taken = [n for n in names if (corpus / n).exists()]
    if taken:
        raise PublishError(f"{taken[0]} is in the corpus already", code="exists", file=taken[0])
    for n in names:
        _move(folder / n, corpus / n)
    (folder / RECORD).unlink()
    folder.rmdir()
    return record


def withdrawn_record(withdrawn: Path | str, ident: str) -> dict:
    """The record of one withdrawal; PublishError `not_withdrawn` if there is none."""
    if not ID_RE.fullmatch(ident or ""):
        raise PublishError(f"no withdrawal {ident!r}", code="not_withdrawn")
    try:
        return json.loads((Path(withdrawn) / ident / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise PublishError(f"no withdrawal {ident!r}", code="not_withdrawn") from None


def withdrawn_files(withdrawn: Path | str) -> list[dict]:
    """Every withdrawal's record, newest first."""
    folder = Path(withdrawn)
    if not folder.is_dir():
        return []
    found = []
    for sub in folder.iterdir():
        if ID_RE.fullmatch(sub.name):
            try:
                found.append(withdrawn_record(folder, sub.name))
            except PublishError:
                continue
    return sorted(found, key=lambda r: r["id"], reverse=True)


def free_name(corpus: Path, name: str) -> str:
    """`name`, or `STEM-2.ext`, `STEM-3.ext` … : the first whose stem no briefing of the corpus
    has (two files of one stem would share a `STEM.meta.toml`), nor a side file left there."""
    stems: set[str] = set()
    if corpus.is_dir():
        stems = {p.stem for p in briefing_paths(corpus)}
        for side in corpus.glob("*.meta.toml"):
            named = side.name[:-len(".meta.toml")]
            stems.update((named, Path(named).stem))
    path = Path(name)
    candidate, n = name, 1
    while Path(candidate).stem in stems:
        n += 1
        candidate = f"{path.stem}-{n}{path.suffix}"
    return candidate


@contextmanager
def _locked(index_dir: Path, wait: float):
    """The index lock for the block, waiting up to `wait` seconds; PublishError `busy` if it stays taken."""
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = store.index_lock(index_dir, wait=wait)
    try:
        lock.__enter__()
    except IndexBusy as exc:
        raise PublishError(str(exc), code="busy") from None
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


def _issue_of(index_dir: Path, name: str) -> tuple[str | None, int]:
    """The issue an indexed file holds, and its number of items, as the manifest says."""
    entry = store.load_manifest(store.current_dir(index_dir)).get("files", {}).get(name, {})
    return entry.get("issue"), len(entry.get("items", []))


def _refusal(report: Report, name: str) -> str | None:
    return next((reason for file, reason in report.rejected if file == name), None)


def publish(corpus_dir: Path | str, index_dir: Path | str, name: str, data: bytes, *,
            override: dict | None = None, replaces: str | None = None, who: str | None = None,
            withdrawn: Path | str | None = None, wait: float = LOCK_WAIT) -> Done:
    """Place `data` in the corpus as `name` (or the first free name like it; with its side file
    when `override` states metadata), withdrawing `replaces` first, and index it: all under the
    index lock. PublishError `rejected` (the indexer's reason) leaves the corpus as it was."""
    corpus, index_dir = Path(corpus_dir), Path(index_dir)
    withdrawn = Path(withdrawn) if withdrawn else withdrawn_dir(corpus)
    _plain(name)
    if replaces:
        _plain(replaces)
    with _locked(index_dir, wait):
        if replaces and not (corpus / replaces).is_file():
            raise PublishError(f"{replaces} is not in the corpus", code="not_in_corpus", file=replaces)
        old = _stash(corpus, withdrawn, replaces, who, f"replaced by {name}", None) if replaces else None
        final = free_name(corpus, name)
        side = side_files(corpus / final)[0]
        if override:
            _place(side_text(override).encode("utf-8"), side, overwrite=True)
        _place(data, corpus / final)
        report = update_held(corpus, index_dir)
        refused = _refusal(report, final)
        if refused is not None:  # out again, and what it replaced back
            _stash(corpus, withdrawn, final, who, f"refused by the indexer: {refused}", None)
            if old:
                _unstash(corpus, withdrawn, old)
            update_held(corpus, index_dir)
            raise PublishError(f"{final}: {refused}", code="rejected", file=final, reason=refused)
        issue, items = _issue_of(index_dir, final)
        return Done(final, issue, items, report, replaced=replaces, withdrawn=old)


def withdraw(corpus_dir: Path | str, index_dir: Path | str, name: str, *, who: str | None = None,
             why: str = "withdrawn", withdrawn: Path | str | None = None, wait: float = LOCK_WAIT) -> Done:
    """Move `name` (and its side files) from the corpus to `withdrawn/`, and take it out of the index."""
    corpus, index_dir = Path(corpus_dir), Path(index_dir)
    withdrawn = Path(withdrawn) if withdrawn else withdrawn_dir(corpus)
    _plain(name)
    with _locked(index_dir, wait):
        if not (corpus / name).is_file():
            raise PublishError(f"{name} is not in the corpus", code="not_in_corpus", file=name)
        issue, items = _issue_of(index_dir, name)
        ident = _stash(corpus, withdrawn, name, who, why, issue)
        report = update_held(corpus, index_dir)
        return Done(name, issue, items, report, withdrawn=ident)


def restore(corpus_dir: Path | str, index_dir: Path | str, ident: str, *,
            withdrawn: Path | str | None = None, wait: float = LOCK_WAIT) -> Done:
    """Move a withdrawn file back into the corpus and index it again. PublishError `exists` if a
    file of its name is back in the corpus, `rejected` if the indexer refuses it now (another file
    holds its issue): it then stays withdrawn."""
    corpus, index_dir = Path(corpus_dir), Path(index_dir)
    withdrawn = Path(withdrawn) if withdrawn else withdrawn_dir(corpus)
    with _locked(index_dir, wait):
        record = _unstash(corpus, withdrawn, ident)
        name = record["file"]
        report = update_held(corpus, index_dir)
        refused = _refusal(report, name)
        if refused is not None:
            _restash(corpus, withdrawn, record)
            update_held(corpus, index_dir)
            raise PublishError(f"{name}: {refused}", code="rejected", file=name, reason=refused)
        issue, items = _issue_of(index_dir, name)
        return Done(name, issue, items, report)


def _restash(corpus: Path, withdrawn: Path, record: dict) -> None:
    """Put a restored file back under its withdrawal's id (a restoration the indexer refused)."""
    folder = withdrawn / record["id"]
    folder.mkdir(parents=True)
    _place(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"), folder / RECORD)
    for n in [record["file"], *record.get("sides", [])]:
        _move(corpus / n, folder / n)


# --- what the desk asks before publishing ------------------------------------------------------

def cache_dir(index_dir: Path | str) -> Path:
    """Where a preview keeps what it recognised and parsed (the index's cache, by content), so
    that publishing the file reads it from there and recognises no page twice."""
    return store.cache_dir(index_dir)


def numbering(index_dir: Path | str) -> list[dict]:
    """Year, number, total and date of each indexed issue whose numbering was read, not inferred:
    how a new issue's missing 总第M期 follows (as the indexer does it)."""
    files = store.load_manifest(store.current_dir(index_dir)).get("files", {})
    return [{k: e["meta"][k] for k in ("year", "number", "total", "date")} for e in files.values()
            if e.get("meta") and not e["meta"].get("inferred") and e["meta"].get("total") is not None]


def duplicates(corpus_dir: Path | str, index_dir: Path | str, data: bytes, issue: str | None,
               ignore: str | None = None) -> dict:
    """Which indexed files hold these very bytes (`same_content`), and which the same issue
    (`same_issue`), `ignore` (the file being replaced) aside. The manifest's hashes cover a file
    and its side file: a file with a side file is hashed afresh."""
    files = store.load_manifest(store.current_dir(index_dir)).get("files", {})
    digest = hashlib.sha256(data).hexdigest()
    corpus = Path(corpus_dir)
    same = []
    for name, entry in sorted(files.items()):
        if name == ignore:
            continue
        if entry.get("sha256") == digest:
            same.append(name)
        elif any(s.is_file() for s in side_files(corpus / name)):
            try:
                if hashlib.sha256((corpus / name).read_bytes()).hexdigest() == digest:
                    same.append(name)
            except OSError:
                continue
    held = sorted(n for n, e in files.items() if issue and e.get("issue") == issue and n != ignore)
    return {"same_content": same, "same_issue": held}
