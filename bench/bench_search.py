"""Index and search benchmark (issue 3): jianbao against jieba's floor and a SQLite FTS5 trigram baseline.

For each archive size (synthetic, bench/synth.py):
- jieba's own segmentation time over the same text (jieba.lcut of every title+body): the floor;
- index build time (update_index --rebuild, in this process, jieba already initialised) and size;
- the time to add one new issue to the built index (update_index after one more file lands), in
  this process and as a `jianbao index` subprocess (which adds process and jieba start-up);
- search latency p50/p95 of a full results page, Archive.search(q, Filters(), per_page=10): top 10
  with snippets and all five facets, over the 50 queries of common.QUERIES; each query is run once
  as warm-up of the process, then each measurement round opens a fresh Archive (nothing cached
  between rounds; Page objects are never reused);
- the same for SQLite FTS5 (tokenize='trigram'): build, size, p50/p95 of a top-10 query with
  snippet() and a GROUP BY section count; and each of ours as a ratio to it;
- a cProfile breakdown of one round of searches (compile, the scored match pass, facets, snippets).

    .venv/bin/python bench/bench_search.py                 # 1,000 and 10,000 items
    .venv/bin/python bench/bench_search.py --sizes 1000    # one size
    .venv/bin/python bench/bench_search.py --big           # and 100,000 (if 10,000 built in < 3 min)
    .venv/bin/python bench/bench_search.py --latency-only  # search p50/p95 only, on the cached index

Results: markdown on stdout, JSON in bench/out/bench_search-<N>.json, profiles in bench/out/.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from common import (LIB, OUT, PYTHON, QUERIES, ROOT, du, index_store, machine, mark_prepared, median, pct,
                    workspace)

import synth

BIG_BUILD_LIMIT = 180.0  # seconds: run 100,000 only if 10,000 built faster than this
TARGETS = {1000: {"p95_ms": 15.0, "build_s": 8.0}, 10000: {"p95_ms": 60.0, "add_s": 2.0}}
# issue 19: a full rebuild from a warm parse cache, in seconds and as a ratio to FTS5 of the same run
WARM_TARGETS = {1000: {"warm_s": 4.0}, 10000: {"warm_s": 40.0, "warm_ratio": 25.0}}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# --- jianbao -------------------------------------------------------------------------------

class PhaseTimer:
    """Wall time spent inside a few library functions during a build (parse, Whoosh commit)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._undo = []

    def wrap(self, owner, name: str, label: str):
        original = getattr(owner, name)

        def timed(*a, **kw):
            t = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - t
        setattr(owner, name, timed)
        self._undo.append((owner, name, original))

    def undo(self):
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


def build(corpus: Path, index: Path, fresh: bool = True) -> dict:
    """A full rebuild: of a new index folder (`fresh`), or of the index there, whose parse cache
    (index/cache/, issue 19) a rebuild keeps."""
    import search.index.reindex as sindex
    from whoosh.writing import SegmentWriter
    if fresh:
        shutil.rmtree(index, ignore_errors=True)
    timer = PhaseTimer()
    timer.wrap(sindex, "parse_files", "parse")
    timer.wrap(SegmentWriter, "add_document", "whoosh add_document (analysis included)")
    timer.wrap(SegmentWriter, "commit", "whoosh commit")
    started, cpu, kids = time.perf_counter(), time.process_time(), os.times()
    try:
        report = sindex.update_index(corpus, index, rebuild=True, progress=False)
    finally:
        timer.undo()
    seconds = time.perf_counter() - started
    after = os.times()  # CPU of the build's writer processes too (forked, joined: issue 19)
    cpu = time.process_time() - cpu + (after.children_user + after.children_system
                                       - kids.children_user - kids.children_system)
    gen = index_store().current_dir(index)
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": du(gen), "items": report.items,
            "rejected": report.rejected,
            "phases": {k: round(v, 2) for k, v in timer.seconds.items()}}


def stored_items(index: Path) -> list[dict]:
    """Every item as stored in the index (the `doc` field): the text the baselines get."""
    ix = index_store().open_index(index)
    with ix.searcher() as s:
        items = [json.loads(d["doc"]) for _, d in s.reader().iter_docs()]
    ix.close()
    return items


def jieba_floor(items: list[dict]) -> dict:
    import jieba
    from search import analyze
    texts = [f"{it.get('title') or ''}\n{it['body']}" for it in items]
    cutter = analyze.tokenizer() if hasattr(analyze, "tokenizer") else jieba  # jieba's own before issue 15
    t = time.perf_counter()
    for text in texts:
        cutter.lcut(text)
    lcut = time.perf_counter() - t
    # What the index does instead: our word analyzer over title and body, the char analyzer over both.
    wa, ca = analyze.word_analyzer(), analyze.char_analyzer()
    t = time.perf_counter()
    for it in items:
        for _ in wa(it.get("title") or ""):
            pass
        for _ in wa(it["body"]):
            pass
    words = time.perf_counter() - t
    t = time.perf_counter()
    for text in texts:
        for _ in ca(text):
            pass
    chars = time.perf_counter() - t
    return {"jieba_lcut_s": lcut, "word_analyzer_s": words, "char_analyzer_s": chars,
            "chars": sum(len(x) for x in texts)}


def search_latency(index: Path, rounds: int) -> dict:
    from search.query.archive import Archive, Filters
    from search.errors import QueryError
    warm = Archive(index)
    totals, errors = {}, {}
    for q in QUERIES:  # warm-up of the process: jieba, OpenCC, imports, the OS page cache
        try:
            totals[q] = warm.search(q, Filters(), page=1, per_page=10).total
        except QueryError as exc:
            errors[q] = str(exc)
    warm.close()
    del warm
    samples: list[float] = []
    cpu: list[float] = []  # this process's CPU time: what other processes on a shared machine leave alone
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    opens = []
    for _ in range(rounds):
        t = time.perf_counter()
        archive = Archive(index)  # fresh: a new searcher, facet table and compiler
        opens.append(time.perf_counter() - t)
        for q in QUERIES:
            if q in errors:
                continue
            t, c = time.perf_counter(), time.process_time()
            page = archive.search(q, Filters(), page=1, per_page=10)
            _ = [h.snippet for h in page.hits]
            dt = (time.perf_counter() - t) * 1000
            cpu.append((time.process_time() - c) * 1000)
            del page
            samples.append(dt)
            per_query[q].append(dt)
        archive.close()
    slowest = sorted(((median(v), q) for q, v in per_query.items() if v), reverse=True)[:8]
    return {"p50_ms": pct(samples, 50), "p95_ms": pct(samples, 95), "max_ms": max(samples),
            "cpu_p50_ms": pct(cpu, 50), "cpu_p95_ms": pct(cpu, 95),
            "samples": len(samples), "archive_open_ms": median(opens) * 1000, "errors": errors,
            "totals": totals, "slowest": [(q, round(ms, 1), totals.get(q)) for ms, q in slowest]}


def profile_search(index: Path, n: int) -> dict:
    """cProfile one round of the 50 queries on a fresh Archive: where the time goes."""
    from search.query.archive import Archive, Filters
    archive = Archive(index)
    for q in QUERIES:
        archive.search(q, Filters(), per_page=10)
    archive.close()
    archive = Archive(index)
    prof = cProfile.Profile()
    prof.enable()
    for q in QUERIES:
        archive.search(q, Filters(), per_page=10)
    prof.disable()
    archive.close()
    path = OUT / f"profile-search-{n}.prof"
    prof.dump_stats(str(path))
    stats = pstats.Stats(prof)
    wanted = {
        "Archive.search (all)": ("query/archive.py", "search"),
        "compile (parse query, jieba, expansions)": ("query/searching.py", "compile"),
        "_match (the one scored match pass: page and facets)": ("query/matching.py", "match"),
        "Searcher.search (inside _match)": ("whoosh/searching.py", "search"),
        "_facets (5 facet counts)": ("query/facets.py", "count"),
        "_hit (stored doc + snippet)": ("query/searching.py", "hit"),
        "highlight.snippet": ("highlight.py", "snippet"),
        "json.loads of stored docs": ("__init__.py", "loads"),
    }
    out = {}
    for label, (file, func) in wanted.items():
        cum = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(file) and k[2] == func)
        out[label] = round(cum * 1000 / len(QUERIES), 2)  # ms per query, profiler overhead included
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(15)
    (OUT / f"profile-search-{n}.txt").write_text(buf.getvalue())
    return {"ms_per_query": out, "file": str(path.relative_to(ROOT))}


def add_one_issue(n: int, index: Path) -> dict:
    """Copy the built index, land one more issue in a copy of the corpus, update: in process and CLI."""
    from search.index.reindex import update_index
    corpus, work_index = workspace("add", n, index)
    synth.write_extra(n, corpus, 0)
    t = time.perf_counter()
    report = update_index(corpus, work_index, progress=False)
    in_process = time.perf_counter() - t
    assert report.added and not report.rebuilt, report.summary()
    synth.write_extra(n, corpus, 1)
    t = time.perf_counter()
    proc = subprocess.run([PYTHON, "-m", "jianbao", "index", "--json", "--corpus", str(corpus),
                           "--index", str(work_index)], cwd=LIB, capture_output=True, text=True)
    cli_s = time.perf_counter() - t
    try:
        cli_report = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        cli_report = {"stdout": proc.stdout[-500:], "stderr": proc.stderr[-500:]}
    shutil.rmtree(corpus.parent, ignore_errors=True)
    return {"in_process_s": in_process, "cli_s": cli_s, "cli_status": proc.returncode,
            "cli_report": cli_report, "items_added": report.items_indexed}


# --- SQLite FTS5 trigram -------------------------------------------------------------------

def sqlite_build(items: list[dict], path: Path) -> dict:
    for p in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal")):
        p.unlink(missing_ok=True)
    t = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE items USING fts5(title, body, id UNINDEXED, section UNINDEXED, "
               "source UNINDEXED, year UNINDEXED, issue UNINDEXED, tokenize='trigram')")
    db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(it.get("title") or "", it["body"], it["id"], it["section"], it.get("source"),
                     str(it["issue"]["year"]), f"{it['issue']['year']}-{it['issue']['number']:02d}")
                    for it in items])
    db.commit()
    db.close()
    return {"seconds": time.perf_counter() - t, "bytes": path.stat().st_size}


def sqlite_query(q: str) -> tuple[str, list, bool]:
    """WHERE clause and parameters for a query of QUERIES; whether it is a full-text (MATCH) query.

    Terms of three characters and more go to MATCH (trigram index, bm25 rank, snippet()); shorter
    ones cannot use the trigram index (FTS5 answers nothing for them) and are scanned for: LIKE for
    ASCII, instr() for Han (SQLite 3.40's trigram LIKE misses two-character Han patterns).
    """
    terms = []
    for i, part in enumerate(q.split('"')):
        if i % 2:
            terms.append(part.replace(" ", ""))
        else:
            terms.extend(part.split())
    long_ = [t for t in terms if len(t) >= 3]
    short = [t for t in terms if len(t) < 3]
    where, params = [], []
    if long_:
        where.append("items MATCH ?")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_))
    for t in short:
        if t.isascii():
            where.append("(title LIKE ? OR body LIKE ?)")
            params += [f"%{t}%"] * 2
        else:
            where.append("(instr(title, ?) > 0 OR instr(body, ?) > 0)")
            params += [t, t]
    return " AND ".join(where), params, bool(long_)


def sqlite_page(db: sqlite3.Connection, q: str) -> tuple[list, list]:
    where, params, fts = sqlite_query(q)
    if fts:
        top = db.execute(f"SELECT id, title, snippet(items, 1, '<mark>', '</mark>', '…', 24) FROM items "
                         f"WHERE {where} ORDER BY rank LIMIT 10", params).fetchall()
    else:
        t = q.split()[0]
        top = db.execute(f"SELECT id, title, substr(body, max(1, instr(body, ?) - 30), 80) FROM items "
                         f"WHERE {where} LIMIT 10", [t] + params).fetchall()
    facets = db.execute(f"SELECT section, count(*) FROM items WHERE {where} GROUP BY section",
                        params).fetchall()
    return top, facets


def sqlite_latency(path: Path, rounds: int) -> dict:
    db = sqlite3.connect(path)
    totals = {}
    for q in QUERIES:
        totals[q] = sum(c for _, c in sqlite_page(db, q)[1])
    db.close()
    samples = []
    for _ in range(rounds):
        db = sqlite3.connect(path)
        for q in QUERIES:
            t = time.perf_counter()
            sqlite_page(db, q)
            samples.append((time.perf_counter() - t) * 1000)
        db.close()
    return {"p50_ms": pct(samples, 50), "p95_ms": pct(samples, 95), "max_ms": max(samples),
            "samples": len(samples), "totals": totals}


# --- the run -------------------------------------------------------------------------------

def run_latency_only(n: int, rounds: int) -> dict:
    """Search latency on the cached bench/out/index-<n>/ (no build, floor, add or profile).

    The index is reused only if it was built from the same synthetic corpus under the library's
    current fingerprint (common.is_current); otherwise this refuses rather than rebuild for minutes.
    The SQLite baseline is re-timed on the cached bench/out/fts-<n>.sqlite if it exists.
    """
    from common import is_current
    from search import analyze
    analyze.setup()
    corpus = synth.ensure_corpus(n)
    index = OUT / f"index-{n}"
    if not is_current(corpus, index):
        raise SystemExit(f"[{n}] {index} is missing or stale (corpus or fingerprint differs): "
                         f"run without --latency-only to build it")
    log(f"[{n}] search latency ({rounds} rounds) on the cached index …")
    lat = search_latency(index, rounds)
    log(f"[{n}] p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms")
    sq_path = OUT / f"fts-{n}.sqlite"
    sl = sqlite_latency(sq_path, rounds) if sq_path.exists() else None
    if sl:
        log(f"[{n}] SQLite p50 {sl['p50_ms']:.2f} ms, p95 {sl['p95_ms']:.2f} ms")
    return {"items": n, "latency_only": True, "search": lat, "sqlite": {"search": sl}}


def markdown_latency(results: list[dict], info: dict) -> str:
    lines = [f"Machine: {info['nproc']} cores, {info['cpu']}, {info['ram']} RAM, Python {info['python']}, "
             f"{info['date']} (load at start {info['load_at_start']})", f"Library: {info['commit']}",
             "Latency only, on the cached index (no build, add or profile).", "",
             "| items | measure | jianbao | SQLite FTS5 trigram | ratio |", "|---|---|---|---|---|"]
    for r in results:
        n, s, sq = r["items"], r["search"], r["sqlite"]["search"] or {}
        for k, label in (("p50_ms", "p50"), ("p95_ms", "p95"), ("max_ms", "max")):
            b = sq.get(k)
            lines.append(f"| {n:,} | full results page {label} | {s[k]:.1f} ms | "
                         f"{f'{b:.2f} ms' if b else '–'} | {ratio(s[k], b) if b else '–'} |")
        if "cpu_p95_ms" in s:
            lines.append(f"| {n:,} | full results page p50 / p95, CPU time of this process | "
                         f"{s['cpu_p50_ms']:.1f} / {s['cpu_p95_ms']:.1f} ms | | |")
    lines.append("")
    for r in results:
        lines.append(f"**{r['items']:,} items**: Archive() open {r['search']['archive_open_ms']:.0f} ms; "
                     f"slowest queries (median ms, hits): {r['search']['slowest']}")
        if r["search"]["errors"]:
            lines.append(f"  query errors: {r['search']['errors']}")
    lines += ["", "Targets:"] + target_lines(results)
    return "\n".join(lines)


def run_size(n: int, rounds: int, do_profile: bool) -> dict:
    from search import analyze
    analyze.setup()
    corpus = synth.ensure_corpus(n)
    index = OUT / f"index-{n}"
    log(f"[{n}] building the index from {corpus} …")
    b = build(corpus, index)
    mark_prepared(n, index, b["seconds"])
    log(f"[{n}] built in {b['seconds']:.1f} s ({b['items']} items, {b['bytes'] / 1e6:.1f} MB); phases {b['phases']}")
    b["warm"] = build(corpus, index, fresh=False)
    log(f"[{n}] rebuilt from a warm parse cache in {b['warm']['seconds']:.1f} s; phases {b['warm']['phases']}")
    items = stored_items(index)
    log(f"[{n}] jieba floor …")
    floor = jieba_floor(items)
    log(f"[{n}] jieba.lcut {floor['jieba_lcut_s']:.1f} s; search latency ({rounds} rounds) …")
    lat = search_latency(index, rounds)
    log(f"[{n}] p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms")
    prof = profile_search(index, n) if do_profile else None
    log(f"[{n}] adding one issue …")
    add = add_one_issue(n, index)
    log(f"[{n}] add: {add}")
    log(f"[{n}] SQLite FTS5 trigram …")
    sq_path = OUT / f"fts-{n}.sqlite"
    sb = sqlite_build(items, sq_path)
    sl = sqlite_latency(sq_path, rounds)
    log(f"[{n}] {warm_line(n, b['warm'], sb)}")
    mismatched = {q: (lat["totals"].get(q), sl["totals"][q]) for q in QUERIES
                  if lat["totals"].get(q) != sl["totals"][q]}
    return {"items": n, "items_indexed": b["items"], "build": b, "floor": floor, "search": lat,
            "profile": prof, "add_one": add, "sqlite": {"build": sb, "search": sl},
            "total_mismatches": mismatched}


def warm_line(n: int, warm: dict, fts: dict) -> str:
    """The warm rebuild against FTS5's build of the same items in this run, and the targets."""
    t = WARM_TARGETS.get(n, {})
    ok = [warm["seconds"] <= t["warm_s"]] if "warm_s" in t else []
    ok += [warm["seconds"] <= t["warm_ratio"] * fts["seconds"]] if "warm_ratio" in t else []
    goal = " and ".join(([f"≤ {t['warm_s']:.0f} s"] if "warm_s" in t else [])
                        + ([f"≤ {t['warm_ratio']:.0f}× FTS5"] if "warm_ratio" in t else []))
    verdict = f"; target {goal}: {'met' if all(ok) else 'NOT met'}" if ok else ""
    return (f"warm rebuild of {n:,} items: {warm['seconds']:.2f} s wall, {warm.get('cpu_seconds', 0):.2f} s CPU; "
            f"FTS5 build in the same run {fts['seconds']:.2f} s: {ratio(warm['seconds'], fts['seconds'])} FTS5{verdict}")


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}×" if b else "–"


def markdown(results: list[dict], info: dict, skipped: str | None) -> str:
    lines = [f"Machine: {info['nproc']} cores, {info['cpu']}, {info['ram']} RAM, Python {info['python']}, "
             f"{info['date']} (load at start {info['load_at_start']})", f"Library: {info['commit']}", ""]
    lines += ["| items | measure | jianbao | SQLite FTS5 trigram | ratio |", "|---|---|---|---|---|"]
    for r in results:
        n, b, s, sq = r["items"], r["build"], r["search"], r["sqlite"]
        lines += [
            f"| {n:,} | jieba.lcut of all title+body (floor) | {r['floor']['jieba_lcut_s']:.1f} s | | |",
            f"| {n:,} | index build (full rebuild) | {b['seconds']:.1f} s | {sq['build']['seconds']:.2f} s | {ratio(b['seconds'], sq['build']['seconds'])} |",
            *([f"| {n:,} | full rebuild from a warm parse cache | {b['warm']['seconds']:.1f} s | {sq['build']['seconds']:.2f} s | {ratio(b['warm']['seconds'], sq['build']['seconds'])} |"] if "warm" in b else []),
            *([f"| {n:,} | the same, CPU of the build's processes | {b['warm']['cpu_seconds']:.1f} s | | |"] if "cpu_seconds" in b.get("warm", {}) else []),
            f"| {n:,} | index size | {b['bytes'] / 1e6:.1f} MB | {sq['build']['bytes'] / 1e6:.1f} MB | {ratio(b['bytes'], sq['build']['bytes'])} |",
            f"| {n:,} | add one issue (in process / `jianbao index`) | {r['add_one']['in_process_s']:.2f} s / {r['add_one']['cli_s']:.2f} s | | |",
            f"| {n:,} | full results page p50 | {s['p50_ms']:.1f} ms | {sq['search']['p50_ms']:.2f} ms | {ratio(s['p50_ms'], sq['search']['p50_ms'])} |",
            f"| {n:,} | full results page p95 | {s['p95_ms']:.1f} ms | {sq['search']['p95_ms']:.2f} ms | {ratio(s['p95_ms'], sq['search']['p95_ms'])} |",
        ]
    lines.append("")
    for r in results:
        n = r["items"]
        lines.append(f"**{n:,} items**: build phases {r['build']['phases']}; from a warm parse cache "
                     f"{r['build'].get('warm', {}).get('phases')}; our analyzers over the same "
                     f"text: words {r['floor']['word_analyzer_s']:.1f} s, character grams "
                     f"{r['floor']['char_analyzer_s']:.1f} s; Archive() open {r['search']['archive_open_ms']:.0f} ms; "
                     f"slowest queries (median ms, hits): {r['search']['slowest']}")
        if r["profile"]:
            lines.append(f"  profile, ms per query (cProfile, overhead included): {r['profile']['ms_per_query']}")
        if r["search"]["errors"]:
            lines.append(f"  query errors: {r['search']['errors']}")
        lines.append("")
    lines += ["Targets:"] + target_lines(results)
    if skipped:
        lines.append(f"- 100,000 items: not run: {skipped}")
    return "\n".join(lines)


def target_lines(results: list[dict]) -> list[str]:
    """Each target a line, met or not, for whatever each result measured."""
    lines = []
    for r in results:
        if "warm" in r.get("build", {}):
            lines.append(f"- {warm_line(r['items'], r['build']['warm'], r['sqlite']['build'])}")
        t = TARGETS.get(r["items"], {})
        if "p95_ms" in t:
            ok = r["search"]["p95_ms"] <= t["p95_ms"]
            lines.append(f"- full results page p95 ≤ {t['p95_ms']:.0f} ms at {r['items']:,}: "
                         f"{'met' if ok else 'NOT met'} ({r['search']['p95_ms']:.1f} ms)")
        if "build_s" in t and "build" in r:
            ok = r["build"]["seconds"] <= t["build_s"]
            lines.append(f"- full rebuild of {r['items']:,} items ≤ {t['build_s']:.0f} s: "
                         f"{'met' if ok else 'NOT met'} ({r['build']['seconds']:.1f} s)")
        if "add_s" in t and "add_one" in r:
            ok = r["add_one"]["in_process_s"] <= t["add_s"]
            lines.append(f"- a new issue added to a {r['items']:,}-item index ≤ {t['add_s']:.0f} s: "
                         f"{'met' if ok else 'NOT met'} ({r['add_one']['in_process_s']:.2f} s in process, "
                         f"{r['add_one']['cli_s']:.2f} s as `jianbao index`)")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--big", action="store_true", help="also 100,000 items (only if 10,000 built in < 3 min)")
    ap.add_argument("--rounds", type=int, default=3, help="measurement rounds of the 50 queries (default 3)")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--latency-only", action="store_true",
                    help="only search latency (and SQLite's), on the cached index if it is current; no build")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    info = machine()
    if args.latency_only:
        results = []
        for n in args.sizes:
            r = run_latency_only(n, args.rounds)
            r["machine"] = info
            (OUT / f"bench_search-latency-{n}.json").write_text(
                json.dumps(r, ensure_ascii=False, indent=1, default=str))
            results.append(r)
        print(markdown_latency(results, info))
        return 0
    sizes = list(args.sizes) + ([100000] if args.big and 100000 not in args.sizes else [])
    results, skipped = [], None
    for n in sizes:
        if n >= 100000:
            ten = next((r for r in results if r["items"] == 10000), None)
            if ten is None:
                skipped = "10,000 was not measured in this run, so its build time is unknown"
                continue
            if ten["build"]["seconds"] > BIG_BUILD_LIMIT:
                skipped = (f"10,000 items took {ten['build']['seconds']:.0f} s to build (> {BIG_BUILD_LIMIT:.0f} s): "
                           f"100,000 would take about {ten['build']['seconds'] * 10 / 60:.0f} min")
                continue
        r = run_size(n, args.rounds, not args.no_profile)
        r["machine"] = info
        (OUT / f"bench_search-{n}.json").write_text(json.dumps(r, ensure_ascii=False, indent=1, default=str))
        results.append(r)
    if args.big is False and 100000 not in sizes:
        skipped = None
    print(markdown(results, info, skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
