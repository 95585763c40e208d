"""The reindex job: `update_index(corpus_dir, index_dir)` brings the index up to date with the corpus.

Sits after parse, figures and analyze, on top of the schema and the store (schema.py, store.py),
which it writes through; the query side never imports it. Each file of the corpus is read once a
run: its bytes are hashed, and those of new and changed files handed to the parser. A file whose stats
(and its side files') are those the manifest recorded when it was last hashed is not read at all.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from whoosh import index as whoosh_index

from search import analyze
from search.cache import GRACE_SECONDS
from search import figures as figure_extract
from search.errors import CorpusError
from search.index import store
from search.index.schema import fingerprint, item_fields
from search.index.writer import Writer, parallel_procs
from search.model import Issue, IssueMeta
from search.parse.check import warnings as check_warnings
from search.index.listing import corpus_files
from search.parse import ocr
from search.parse.parser import ocr_keys_used, parse_files, prune_cache
from search.parse.readers import Source, read_source, side_files

__all__ = ["Report", "corpus_files", "update_held", "update_index"]


# Segments as separate files, not one compound file: a searcher opening a compound segment copies
# each part it reads into memory (see _fill). One process: procs=2 was measured (bench/RESULTS.md).
WRITER_OPTIONS = {"compound": False}
_writer_class = Writer  # search/index/writer.py: Whoosh's SegmentWriter, less work a posting
# A full rebuild of PARALLEL_MIN_ITEMS to PARALLEL_MAX_ITEMS items is analysed by up to BUILD_PROCS
# processes (Writer.add_all): the second half's postings are made by a forked process and written by
# this one into the same single segment, the files of one writer byte for byte, so searches are as
# fast as after a one-process build (bench/RESULTS.md, issue 19, wave 6). One process where forking
# is not safe (writer.parallel_procs) or one core is all there is, and above PARALLEL_MAX_ITEMS: at
# 10,000 items the child's postings held in memory took the peak from 612 to 954 MB and were not
# faster with the other core busy.
BUILD_PROCS = 2
PARALLEL_MIN_ITEMS = 200
PARALLEL_MAX_ITEMS = 4000
# A file changed this close to the moment its stats are taken is hashed again at the next run: a
# change within one tick of the file system's clock could leave size and times as they were.
RACY_NS = 2_000_000_000


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
        """One paragraph in the manner of pagefind's closing lines, in the users' words."""
        lines = [f"{'重建' if self.rebuilt else '更新'}了索引：新增 {len(self.added)} 个文件，"
                 f"修改 {len(self.changed)} 个，删除 {len(self.removed)} 个，未变 {self.unchanged} 个，"
                 f"未收录 {len(self.rejected)} 个。"]
        for file, reason in self.rejected:
            lines.append(f"  未收录 {file}：{reason}")
        lines.append(f"收录 {self.items_indexed} 条资讯，索引共有 {self.items} 条。用时 {self.seconds:.2f} 秒。")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"added": self.added, "changed": self.changed, "removed": self.removed,
                "rejected": [{"file": f, "reason": r} for f, r in self.rejected],
                "warnings": [{"file": f, "warning": w} for f, w in self.warnings],
                "unchanged": self.unchanged, "items": self.items,
                "items_indexed": self.items_indexed, "rebuilt": self.rebuilt,
                "seconds": round(self.seconds, 3)}


@dataclass
class _Before:
    """What the index holds as the run starts, as its manifest says; `files` is updated as it goes."""

    files: dict[str, dict]  # file name -> its manifest entry
    rejects: dict[str, dict]  # file name -> why the last run rejected it
    removed: list[str]  # indexed files gone from the corpus
    stamped: dict[str, list[int]] = field(default_factory=dict)  # file name -> its stats when last hashed
    stamps: dict[str, list[int]] = field(default_factory=dict)  # file name -> its stats as read now

    def held(self, exclude: set[str] = frozenset()) -> dict[str, str]:
        """Issue key -> the file that holds it in the index, for files staying in the index."""
        return {entry["issue"]: name for name, entry in self.files.items()
                if entry.get("issue") and name not in self.removed and name not in exclude}

    def retry(self, name: str, digest: str, held_now: dict[str, str]) -> bool:
        """A rejected file is tried again when it changes; a duplicate also when its twin leaves."""
        r = self.rejects.get(name)
        if not r or r.get("sha256") != digest:
            return True
        return r.get("issue") is not None and held_now.get(r["issue"]) in (None, name)


def update_index(corpus_dir: Path | str, index_dir: Path | str, *, rebuild: bool = False,
                 progress: bool | None = None) -> Report:
    """Bring the index up to date with the corpus: only new, changed and removed files are touched.

    Raises IndexBusy if another indexer is running. Files that cannot be used are reported in
    `Report.rejected`; items indexed from an earlier good version of such a file stay searchable.
    """
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with store.index_lock(index_dir):
        return update_held(corpus_dir, index_dir, rebuild=rebuild, progress=progress)


def update_held(corpus_dir: Path | str, index_dir: Path | str, *, rebuild: bool = False,
                progress: bool | None = None) -> Report:
    """`update_index` for a caller that holds the index lock already (the desk's publishing:
    placing a file and indexing it are one step under one lock, search/index/publish.py)."""
    started = time.monotonic()
    report = _update(Path(corpus_dir), Path(index_dir), rebuild, progress)
    report.seconds = time.monotonic() - started
    return report


def _update(corpus_dir: Path, index_dir: Path, rebuild: bool, progress: bool | None) -> Report:
    report = Report()
    began = time.time()
    paths = corpus_files(corpus_dir)
    store.age_out(index_dir)  # under the lock: leftovers of an interrupted run, expired generations
    gen, before = _open_generation(index_dir, paths, rebuild, report)
    hashes, todo = _read(paths, before, report)
    accepted, rejected_meta = _parse(todo, paths, hashes, before, report, store.cache_dir(index_dir))
    ix = whoosh_index.open_dir(str(gen))
    writer = _fill(ix, accepted, before, hashes, report, progress) if accepted or before.removed else None
    _commit(gen, ix, writer, before, hashes, rejected_meta, report)
    if report.rebuilt:
        store.switch(index_dir, gen)
    # The parse cache keeps the entries of the corpus's files as they are now: those of removed and
    # changed files, and of older parsers, go; but not one written since shortly before this run
    # began (a `check` shares the cache without the lock, search/cache.py GRACE_SECONDS).
    prune_caches(store.cache_dir(index_dir), hashes, before=began - GRACE_SECONDS)
    return report


# OCR entries no file of the corpus was read with go only this long after they were made: an upload
# the desk previewed (search/intake/preview.py) is published from them within that time, recognised once.
OCR_GRACE_SECONDS = 3 * 24 * 3600


def prune_caches(cache_dir: Path, hashes: dict[str, str], before: float) -> int:
    """The parse cache's entries of files no longer so in the corpus (`hashes`: name -> content
    hash) go, and the OCR cache's entries none of the corpus's files was read with (a file removed
    or changed, an upload previewed and never published) once OCR_GRACE_SECONDS older than
    `before`, and those of older OCR engines. Returns how many entries went."""
    used = ocr_keys_used(cache_dir, hashes)  # before the parse cache's notes of them are pruned
    gone = prune_cache(cache_dir, hashes, before=before)
    return gone + ocr.ocr_cache(cache_dir).prune(keys=used, before=before - OCR_GRACE_SECONDS)


def _open_generation(index_dir: Path, paths: dict[str, Path], rebuild: bool,
                     report: Report) -> tuple[Path, _Before]:
    """The generation to write (a new one for a rebuild) and what it holds already."""
    gen = store.current_dir(index_dir)
    old = store.load_manifest(gen)
    # A manifest out of step with the index's last commit (an older version crashed between the
    # two) cannot say what the index holds: build afresh rather than guess.
    fresh = (rebuild or gen is None or not whoosh_index.exists_in(str(gen))
             or not store.built_by_this_version(old))
    if fresh:
        gen = store.new_generation(index_dir)
        report.rebuilt = True
        return gen, _Before({}, {}, [])
    known = dict(old.get("files", {}))
    rejects = {r["file"]: r for r in old.get("rejected", [])}
    return gen, _Before(known, rejects, [name for name in known if name not in paths], dict(old.get("stamps", {})))


def _stamp(path: Path, now_ns: int) -> list[int] | None:
    """What says a file and its side files are as they were: size, modification and change times
    and inode of each (zeros for a side file that is not there). None when one cannot be read, or
    changed within RACY_NS of `now_ns`: such a file is hashed, and hashed again next time."""
    out = []
    for p in (path, *side_files(path)):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            out += [0, 0, 0, 0]
            continue
        except OSError:
            return None
        if max(st.st_mtime_ns, st.st_ctime_ns) > now_ns - RACY_NS:
            return None
        out += [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
    return out


def _read(paths: dict[str, Path], before: _Before, report: Report) -> tuple[dict[str, str], dict[str, Source]]:
    """Every file read once: the hash of each, and the Sources to parse (new and changed files,
    and rejected ones worth another try). The bytes of unchanged files are not kept; an indexed
    file whose stats are those the manifest keeps for it (`stamps`) is not read: its hash is its entry's."""
    hashes: dict[str, str] = {}
    todo: dict[str, Source] = {}
    still_rejected = []
    held_now = before.held()
    now_ns = time.time_ns()
    for name, path in paths.items():
        stamp = _stamp(path, now_ns)
        if stamp is not None:
            before.stamps[name] = stamp
            if name in before.files and name not in before.rejects and before.stamped.get(name) == stamp:
                hashes[name] = before.files[name]["sha256"]
                continue
        try:
            source = read_source(path)
        except CorpusError as exc:
            report.rejected.append((name, exc.reason))
            continue
        digest = hashes[name] = source.sha256()
        if not before.retry(name, digest, held_now):
            still_rejected.append((name, before.rejects[name]["reason"]))
        elif before.files.get(name, {}).get("sha256") != digest:
            todo[name] = source
    report.rejected += still_rejected
    return hashes, todo


def _parse(todo: dict[str, Source], paths: dict[str, Path], hashes: dict[str, str], before: _Before,
           report: Report, cache: Path) -> tuple[list[Issue], dict[str, dict]]:
    """The issues of the files to index, duplicates of an indexed issue and unusable files
    rejected; and what the manifest keeps of each file rejected now. A file parsed before (the
    same bytes, the same parse version) comes from the parse cache, not the parser."""
    if not todo:
        return [], {}
    analyze.setup()  # about a second: only when there is text to read (not for a cron no-op)
    # The other issues' numbering (for a missing 总第M期) comes from the manifest: no file is read twice.
    numbered = [IssueMeta(**{k: e["meta"][k] for k in ("year", "number", "total", "date")})
                for name, e in before.files.items() if name not in todo and name in paths and e.get("meta")
                and not e["meta"].get("inferred") and e["meta"].get("total") is not None]
    issues, errors = parse_files(list(todo.values()), known=numbered, cache_dir=cache)
    for err in errors:
        report.rejected.append((err.file, err.reason))
    rejected_meta = {e.file: {"sha256": hashes.get(e.file), "issue": None} for e in errors}

    # A file rejected now keeps its indexed items, so it still holds its issue; and a file already
    # in the index claims its issue before a newcomer does. Else one issue is indexed twice.
    held = before.held(exclude=set(todo) - {e.file for e in errors})
    accepted: list[Issue] = []
    for issue in sorted(issues, key=lambda i: i.file not in before.files):
        key = issue.meta.key
        if key is not None and key in held and held[key] != issue.file:
            reason = f"与 {held[key]} 重复（同一期：{issue.meta.label}）"
            report.rejected.append((issue.file, reason))
            rejected_meta[issue.file] = {"sha256": hashes[issue.file], "issue": key}
            continue
        if key is not None:
            held[key] = issue.file
        accepted.append(issue)
        report.warnings += [(issue.file, w.message) for w in check_warnings(issue)]
    return accepted, rejected_meta


def _fill(ix, accepted: list[Issue], before: _Before, hashes: dict, report: Report, progress: bool | None):
    """A Whoosh writer with removed files' items out and new and changed files' items in, to commit."""
    known = before.files
    if accepted:
        analyze.add_words(store.corpus_words({"files": known}))
        analyze.add_words({o for i in accepted for item in i.items for o in item.orgs}
                          | {w for i in accepted for a in i.aliases for w in (a.short, a.full)})
    # Segments as separate files, not one compound file: a searcher opening a compound segment
    # copies each part it reads into memory (whoosh's BufferFile over the mmap), 70 MB per searcher
    # at 10,000 items, and a server keeps a searcher per thread.
    writer = _writer_class(ix, **WRITER_OPTIONS)
    items = [item for issue in accepted for item in issue.items]
    procs = (parallel_procs(BUILD_PROCS) if not known and not writer.segments and hasattr(writer, "add_all")
             and PARALLEL_MIN_ITEMS <= len(items) <= PARALLEL_MAX_ITEMS else 1)
    try:
        if procs > 1:  # a fresh index: nothing to delete, every issue new
            writer.add_all(items, item_fields, procs)
            report.items_indexed += len(items)
            for issue in accepted:
                report.added.append(issue.file)
                known[issue.file] = _issue_entry(issue, hashes[issue.file])
            return writer
        for name in before.removed:
            writer.delete_by_term("file", name)
            known.pop(name, None)
            report.removed.append(name)
        for issue in _progress(accepted, len(accepted), "索引", progress):
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


def _commit(gen: Path, ix, writer, before: _Before, hashes: dict[str, str], rejected_meta: dict[str, dict],
            report: Report) -> None:
    """Write the figures and the manifest of the run, commit the writer (if any), count the items."""
    known = before.files
    touched = set(report.added) | set(report.changed) | {f for f, _ in report.rejected}
    report.unchanged = len([n for n in hashes if n in known and n not in touched])
    rejects = [{**before.rejects.get(f, {}), **rejected_meta.get(f, {}), "file": f, "reason": r}
               for f, r in report.rejected]
    manifest = {"fingerprint": fingerprint(), "figures_version": figure_extract.version(),
                "indexed_at": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
                "files": known, "rejected": rejects,
                "commit": writer.generation if writer is not None else ix.latest_generation(),
                "figures_inputs": store.figures_inputs(known),
                # each indexed file's stats when its entry's hash was last taken or confirmed (_read)
                "stamps": {name: stamp for name, stamp in before.stamps.items()
                           if name in known and known[name].get("sha256") == hashes.get(name)}}
    # before the manifest that names its commit; not rebuilt when the files' figures are unchanged
    store.write_figures(gen, known, manifest["commit"], manifest["figures_inputs"])
    store.write_manifest(gen, manifest, writer)
    with ix.searcher() as s:
        report.items = s.doc_count()
    ix.close()


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
    return tqdm(iterable, total=total, desc=desc, unit=" 个文件", file=sys.stderr, leave=False)
