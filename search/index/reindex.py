"""The Whoosh index: schema, item -> fields, and the reindex job `update_index(corpus_dir, index_dir)`.

Sits after parse and analyze, before query. Layout of an index directory:

    index/current -> gen-0002     symlink, replaced atomically when a rebuild finishes
    index/gen-0002/               Whoosh segments + manifest.json (files, hashes, issues, aliases,
                                  each file's printed figures) + figures.json (every figure, named
                                  and with the derived months: series.py; stamped with its commit)
    index/.lock                   held by the one indexer that may run; names its process id

An incremental run commits into the current generation (a Whoosh commit is atomic: readers see the
old or the new table of contents, never half of one). The manifest names the Whoosh commit it
describes: it is written as `manifest.next.json` before the commit and renamed over
`manifest.json` after it, so a reader (`read_manifest`) always finds the manifest of the commit it
opened, even after a crash between the two steps. A rebuild, or a change of analyzer, builds a new
generation beside the old one and switches the symlink only when it is complete, so a crash at any
point leaves the previous index whole and searchable. Replaced files and links are made durable by
fsyncing their directory. Old generations are kept for a grace period after they were replaced,
because a running server may still be opening them.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

# whoosh-reloaded 2.7.5 rather than whoosh 2.7.4: the same module and results, one compile-time
# warning instead of eight on Python 3.12+, and the fix for CJK highlights cut short (whoosh #532).
# Neither is maintained: every Whoosh call stays in this module and query.py.
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.columns import PickleColumn, VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from search import analyze
from search.figures import series
from search import figures as figure_extract
from search.parse.check import warnings as check_warnings
from search.errors import CorpusError, IndexBusy, IndexMissing
from search.model import Issue, IssueMeta, Item
from search.parse.parser import parse_files
from search.parse.readers import SUFFIXES

MANIFEST = "manifest.json"
PENDING = "manifest.next.json"  # the manifest of a commit under way
GRACE_SECONDS = 600  # a replaced generation is kept this long: a server may still be opening it


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        file=ID(stored=True),
        ordinal=NUMERIC(stored=True),
        # Word fields need no positions: phrases are matched in the character view.
        title=TEXT(analyzer=analyze.word_analyzer(), stored=True, field_boost=2.0, phrase=False),
        body=TEXT(analyzer=analyze.word_analyzer(), stored=True, phrase=False),
        chars=TEXT(analyzer=analyze.char_analyzer()),  # title + body as character grams
        # title + body as single characters, no positions: a one-character query is one term
        char1=TEXT(analyzer=analyze.unigram_analyzer(), phrase=False),
        section=ID(stored=True),
        source=ID(stored=True),
        org=KEYWORD(stored=True, commas=True, scorable=False),
        year=ID(stored=True),
        issue=ID(stored=True),
        number=NUMERIC(stored=True),
        total=NUMERIC(stored=True),
        pubdate=DATETIME(stored=True),
        date=DATETIME(stored=True),
        datekey=NUMERIC(bits=64, sortable=True),  # newest issue first, then document order
        doc=STORED(),  # the item as `parse --json` prints it
        # what facets and sorting need of every hit, in one column: cheap to load per index version
        facetrow=COLUMN(PickleColumn(VarBytesColumn())),
    )


def _day(iso: str | None) -> datetime | None:
    return datetime.combine(date.fromisoformat(iso), datetime.min.time()) if iso else None


def item_fields(item: Item) -> dict:
    """An item as the fields of one Whoosh document."""
    pub = item.issue.date
    datekey = int((pub or "0000-00-00").replace("-", "")) * 1000 + (999 - item.ordinal)
    fields = {
        "id": item.id, "file": item.file, "ordinal": item.ordinal,
        "title": item.title or "", "body": item.body,
        "chars": f"{item.title or ''}\n{item.body}",
        "char1": f"{item.title or ''}\n{item.body}",
        "section": item.section, "doc": json.dumps(item.to_dict(), ensure_ascii=False),
        "datekey": datekey,
        "facetrow": (item.section, item.source, tuple(item.orgs),
                     None if item.issue.year is None else str(item.issue.year), item.issue.key, datekey),
    }
    if item.source:
        fields["source"] = item.source
    if item.orgs:
        fields["org"] = ",".join(o.replace(",", " ") for o in item.orgs)
    if item.issue.year is not None:
        fields["year"] = str(item.issue.year)
        if item.issue.number is not None:
            fields["issue"] = item.issue.key
            fields["number"] = item.issue.number
    if item.issue.total is not None:
        fields["total"] = item.issue.total
    if pub:
        fields["pubdate"] = _day(pub)
    if item.date:
        fields["date"] = _day(item.date)
    return fields


# --- the index directory -------------------------------------------------------------------

def current_dir(index_dir: Path | str) -> Path | None:
    """The generation directory readers should open, or None if there is no index."""
    link = Path(index_dir) / "current"
    if not link.exists():
        return None
    return link.resolve()


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


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json(path: Path, data: dict, final: Path | None = None) -> None:
    """Write `data` durably at `final` (default `path`) through the temporary name `path`.tmp."""
    final = final or path
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    _fsync_dir(final.parent)


def corpus_words(manifest: dict) -> set[str]:
    """Organisations and aliases found in the corpus: the dictionary grown by indexing."""
    words: set[str] = set()
    for entry in manifest.get("files", {}).values():
        words.update(entry.get("orgs", []))
        for short, full, _ in entry.get("aliases", []):
            words.update((short, full))
    return words


def _built_by_this_version(manifest: dict) -> bool:
    """Whether the index a manifest describes was built by this analyzer, schema and figures
    extractor, and the manifest is that of its last commit."""
    return (manifest.get("fingerprint") == analyze.fingerprint()
            and manifest.get("figures_version") == figure_extract.version()
            and not manifest.get("out_of_step", False))


def is_current(index_dir: Path | str) -> bool:
    """Whether there is an index, built by this version of the analyzer and schema."""
    gen = current_dir(index_dir)
    return (gen is not None and whoosh_index.exists_in(str(gen))
            and _built_by_this_version(load_manifest(gen)))


def open_index(index_dir: Path | str):
    """The Whoosh index of the current generation; IndexMissing if there is none."""
    gen = current_dir(index_dir)
    if gen is None or not whoosh_index.exists_in(str(gen)):
        raise IndexMissing(index_dir)
    return whoosh_index.open_dir(str(gen))


def _file_hash(path: Path) -> str:
    """Content hash of a briefing and its side files: a change to either reindexes it."""
    h = hashlib.sha256(path.read_bytes())
    for side in (path.with_name(path.stem + ".meta.toml"), path.with_name(path.name + ".meta.toml")):
        if side.exists():
            h.update(b"\0meta\0" + side.read_bytes())
    return h.hexdigest()


def corpus_files(corpus_dir: Path | str) -> dict[str, Path]:
    """Briefing files of the corpus by name: every supported file, hidden and temporary ones aside."""
    corpus = Path(corpus_dir)
    if not corpus.is_dir():
        raise CorpusError(str(corpus_dir), "the corpus directory does not exist")
    files = {}
    for path in sorted(corpus.iterdir()):
        if path.name.startswith((".", "~")) or path.suffix.lower() not in SUFFIXES:
            continue
        files[path.name] = path
    return files


# --- the reindex job -----------------------------------------------------------------------

@dataclass
class Report:
    """What one run of the reindex job did."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, what looks wrong), as `check`
    unchanged: int = 0
    items: int = 0
    items_indexed: int = 0
    rebuilt: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        """One paragraph in the manner of pagefind's closing lines."""
        lines = [f"{'Rebuilt' if self.rebuilt else 'Updated'} the index: "
                 f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
                 f"{self.unchanged} unchanged, {len(self.rejected)} rejected."]
        for file, reason in self.rejected:
            lines.append(f"  rejected {file}: {reason}")
        lines.append(f"Indexed {self.items_indexed} items; the index holds {self.items} items. "
                     f"Finished in {self.seconds:.2f} seconds.")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"added": self.added, "changed": self.changed, "removed": self.removed,
                "rejected": [{"file": f, "reason": r} for f, r in self.rejected],
                "warnings": [{"file": f, "warning": w} for f, w in self.warnings],
                "unchanged": self.unchanged, "items": self.items,
                "items_indexed": self.items_indexed, "rebuilt": self.rebuilt,
                "seconds": round(self.seconds, 3)}


def _generations(index_dir: Path) -> list[Path]:
    return sorted(p for p in index_dir.glob("gen-*") if p.name[4:].isdigit())


def _new_generation(index_dir: Path) -> Path:
    numbers = [int(p.name[4:]) for p in _generations(index_dir)]
    gen = index_dir / f"gen-{max(numbers, default=0) + 1:04d}"
    if gen.exists():
        shutil.rmtree(gen)
    gen.mkdir()
    whoosh_index.create_in(str(gen), make_schema())
    return gen


REPLACED = "REPLACED"  # in a generation that `current` no longer names: when it was replaced


def _switch(index_dir: Path, gen: Path) -> None:
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
    _age_out(index_dir)


def _age_out(index_dir: Path, now: float | None = None) -> list[str]:
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


# --- the index lock --------------------------------------------------------------------------

def lock_holder(index_dir: Path | str) -> int | None:
    """The process id the lock file names: the indexer running now, if the lock is held."""
    try:
        text = (Path(index_dir) / ".lock").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


@contextmanager
def index_lock(index_dir: Path | str):
    """Hold the index's lock for the block: one indexer at a time. Raises IndexBusy at once if taken.

    The lock is the kernel's (flock), so it goes with its process, however that ends; the lock
    file then names the holder's process id, for the message of the one refused.
    """
    index_dir = Path(index_dir)
    fd = os.open(index_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            raise IndexBusy(index_dir, lock_holder(index_dir)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _issue_entry(issue: Issue, digest: str) -> dict:
    return {"sha256": digest, "issue": issue.meta.key, "meta": issue.meta.to_dict(),
            "header": issue.header, "toc": issue.toc, "items": [i.id for i in issue.items],
            "orgs": sorted({o for i in issue.items for o in i.orgs}),
            "aliases": [[a.short, a.full, a.item_id] for a in issue.aliases],
            "figures": figure_extract.extract_issue(issue)}


def _progress(iterable, total: int, desc: str, show: bool | None):
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return iterable
    from tqdm import tqdm
    return tqdm(iterable, total=total, desc=desc, unit="file", file=sys.stderr, leave=False)


def update_index(corpus_dir: Path | str, index_dir: Path | str, *, rebuild: bool = False,
                 progress: bool | None = None) -> Report:
    """Bring the index up to date with the corpus: only new, changed and removed files are touched.

    Raises IndexBusy if another indexer is running. Files that cannot be used are reported in
    `Report.rejected`; items indexed from an earlier good version of such a file stay searchable.
    """
    started = time.monotonic()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with index_lock(index_dir):
        report = _update(Path(corpus_dir), index_dir, rebuild, progress)
    report.seconds = time.monotonic() - started
    return report


def _update(corpus_dir: Path, index_dir: Path, rebuild: bool, progress: bool | None) -> Report:
    report = Report()
    files = corpus_files(corpus_dir)
    _age_out(index_dir)  # under the lock: leftovers of an interrupted run, expired generations
    gen = current_dir(index_dir)
    old = load_manifest(gen)
    # A manifest out of step with the index's last commit (an older version crashed between the
    # two) cannot say what the index holds: build afresh rather than guess.
    fresh = (rebuild or gen is None or not whoosh_index.exists_in(str(gen))
             or not _built_by_this_version(old))
    if fresh:
        gen = _new_generation(index_dir)
        report.rebuilt = True
    known = {} if fresh else dict(old.get("files", {}))
    previous_rejects = {} if fresh else {r["file"]: r for r in old.get("rejected", [])}

    hashes: dict[str, str] = {}
    for name, path in files.items():
        try:
            hashes[name] = _file_hash(path)
        except OSError as exc:
            report.rejected.append((name, f"cannot be read ({exc.strerror})"))
    removed = [name for name in known if name not in files]
    held_now = _held(known, removed)

    def retry(name: str) -> bool:
        """A rejected file is tried again when it changes; a duplicate also when its twin leaves."""
        r = previous_rejects.get(name)
        if not r or r.get("sha256") != hashes[name]:
            return True
        return r.get("issue") is not None and held_now.get(r["issue"]) in (None, name)

    todo = [n for n in hashes if known.get(n, {}).get("sha256") != hashes[n] and retry(n)]
    for name in hashes:
        if name in previous_rejects and not retry(name):
            report.rejected.append((name, previous_rejects[name]["reason"]))

    if todo:
        analyze.setup()  # about a second: only when there is text to read (not for a cron no-op)
    # The other issues' numbering (for a missing 总第M期) comes from the manifest: no file is read twice.
    numbered = [IssueMeta(**{k: e["meta"][k] for k in ("year", "number", "total", "date")})
                for name, e in known.items() if name not in todo and name in files and e.get("meta")
                and not e["meta"].get("inferred") and e["meta"].get("total") is not None]
    issues, errors = parse_files([files[n] for n in todo], known=numbered) if todo else ([], [])
    for err in errors:
        report.rejected.append((err.file, err.reason))
    rejected_meta = {e.file: {"sha256": hashes.get(e.file), "issue": None} for e in errors}

    # A file rejected now keeps its indexed items, so it still holds its issue; and a file already
    # in the index claims its issue before a newcomer does. Else one issue is indexed twice.
    held = _held(known, removed, exclude=set(todo) - {e.file for e in errors})
    accepted: list[Issue] = []
    for issue in sorted(issues, key=lambda i: i.file not in known):
        key = issue.meta.key
        if key is not None and key in held and held[key] != issue.file:
            reason = f"duplicate of {held[key]} (the same issue, {issue.meta.label})"
            report.rejected.append((issue.file, reason))
            rejected_meta[issue.file] = {"sha256": hashes[issue.file], "issue": key}
            continue
        if key is not None:
            held[key] = issue.file
        accepted.append(issue)
        report.warnings += [(issue.file, w.message) for w in check_warnings(issue)]

    ix = whoosh_index.open_dir(str(gen))
    writer = _fill(ix, accepted, removed, known, hashes, report, progress) if accepted or removed else None
    touched = set(report.added) | set(report.changed) | {f for f, _ in report.rejected}
    report.unchanged = len([n for n in hashes if n in known and n not in touched])
    rejects = [{**previous_rejects.get(f, {}), **rejected_meta.get(f, {}), "file": f, "reason": r}
               for f, r in report.rejected]
    manifest = {"fingerprint": analyze.fingerprint(), "figures_version": figure_extract.version(),
                "indexed_at": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
                "files": known, "rejected": rejects,
                "commit": writer.generation if writer is not None else ix.latest_generation()}
    # The figures of that commit first: a reader that finds the new manifest finds them too (and
    # one that finds figures of another commit builds them from the manifest: series.load).
    _write_json(gen / series.FIGURES, dict(series.build(known), commit=manifest["commit"]))
    if writer is None:
        _write_json(gen / MANIFEST, manifest)
        (gen / PENDING).unlink(missing_ok=True)  # a crashed run's, adopted above if it was right
    else:
        # The manifest of the commit is on disk before the commit, under its pending name, and
        # takes the manifest's name after it: at every moment one of the two describes the index.
        _write_json(gen / PENDING, manifest)
        try:
            writer.commit()
        except BaseException:
            (gen / PENDING).unlink(missing_ok=True)
            raise
        os.replace(gen / PENDING, gen / MANIFEST)
        _fsync_dir(gen)
    with ix.searcher() as s:
        report.items = s.doc_count()
    ix.close()
    if report.rebuilt:
        _switch(index_dir, gen)
    return report


def _fill(ix, accepted: list[Issue], removed: list[str], known: dict, hashes: dict, report: Report,
          progress: bool | None):
    """A Whoosh writer with removed files' items out and new and changed files' items in, to commit."""
    if accepted:
        analyze.add_words(corpus_words({"files": known}))
        analyze.add_words({o for i in accepted for item in i.items for o in item.orgs}
                          | {w for i in accepted for a in i.aliases for w in (a.short, a.full)})
    # Segments as separate files, not one compound file: a searcher opening a compound segment
    # copies each part it reads into memory (whoosh's BufferFile over the mmap), 70 MB per searcher
    # at 10,000 items, and a server keeps a searcher per thread.
    writer = ix.writer(compound=False)
    try:
        for name in removed:
            writer.delete_by_term("file", name)
            known.pop(name, None)
            report.removed.append(name)
        for issue in _progress(accepted, len(accepted), "indexing", progress):
            writer.delete_by_term("file", issue.file)
            for item in issue.items:
                writer.add_document(**item_fields(item))
                report.items_indexed += 1
            (report.changed if issue.file in known else report.added).append(issue.file)
            known[issue.file] = _issue_entry(issue, hashes[issue.file])
    except BaseException:
        writer.cancel()
        raise
    return writer


def _held(known: dict, removed: list[str], exclude: set[str] = frozenset()) -> dict[str, str]:
    """Issue key -> the file that holds it in the index, for files staying in the index."""
    return {entry["issue"]: name for name, entry in known.items()
            if entry.get("issue") and name not in removed and name not in exclude}
