"""Search latency of two commits in one run, alternating, on the same synthetic archive (A/B).

Each commit's library is snapshotted (`git archive`) into bench/out/lib-<rev>/, and indexes the
synthetic archive of bench_search.py with its own analyzer into bench/out/ab-index-<rev>-<N>/ (kept
for the next run). Then rounds alternate: one process per commit and round times the 50 queries of
bench_search.py's full results page (`Archive.search(q, Filters(), per_page=10)`), each query once
to warm up first, then three times. Alternating spreads the machine's load over both sides; CPU time
of the measuring process is reported beside wall time, as other processes stretch the one but hardly
the other.

    .venv/bin/python bench/bench_ab.py 0357588            # that commit against HEAD, 1,000 items
    .venv/bin/python bench/bench_ab.py main HEAD --size 1000 --rounds 5
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import OUT, PYTHON, QUERIES, ROOT, pct

MEASURE = """
import json, sys, time
from search import Archive, Filters, analyze
analyze.setup()
try:  # time searches, not look-ups of pages made before (issue 19's page cache)
    from search.query import pagecache
    pagecache.PAGES.budget = 0
except ImportError:
    pass
archive = Archive(sys.argv[1])
queries = json.loads(sys.argv[2])
for q in queries:
    archive.search(q, Filters(), per_page=10)
wall, cpu = [], []
for _ in range(3):
    for q in queries:
        t, c = time.perf_counter(), time.process_time()
        archive.search(q, Filters(), per_page=10)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
print(json.dumps({"wall": wall, "cpu": cpu}))
"""

BUILD = """
import sys
from search.index.reindex import update_index
print(update_index(sys.argv[1], sys.argv[2], progress=False).summary())
"""


def snapshot(rev: str) -> tuple[str, Path]:
    sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.strip()
    lib = OUT / f"lib-{sha}"
    if not (lib / "search").is_dir():
        lib.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", sha, "search", "webapp"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(lib)], input=archive, check=True)
    return sha, lib


def run(lib: Path, code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(lib), JIANBAO_LIB=str(lib))
    with tempfile.TemporaryDirectory() as cwd:  # not the repository root: its search/ would be imported
        return subprocess.run([PYTHON, "-c", code, *args], cwd=cwd, env=env, check=True,
                              capture_output=True, text=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after", nargs="?", default="HEAD")
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import synth
    corpus = synth.ensure_corpus(args.size)
    sides = []
    for rev in (args.before, args.after):
        sha, lib = snapshot(rev)
        index = OUT / f"ab-index-{sha}-{args.size}"
        if not index.exists():
            print(f"[{sha}] indexing {args.size} items …", file=sys.stderr)
            run(lib, BUILD, str(corpus), str(index))
        sides.append((sha, lib, index, {"wall": [], "cpu": []}))
    for n in range(args.rounds):
        for sha, lib, index, samples in sides:
            print(f"[{sha}] round {n + 1}/{args.rounds}", file=sys.stderr)
            got = json.loads(run(lib, MEASURE, str(index), json.dumps(QUERIES, ensure_ascii=False)))
            samples["wall"] += got["wall"]
            samples["cpu"] += got["cpu"]
    print(f"{args.size:,} items, {args.rounds} alternating rounds of the 50 queries (3 times each), "
          f"load at the end {os.getloadavg()[0]:.1f}\n")
    print("| commit | wall p50 | wall p95 | CPU p50 | CPU p95 |\n|---|---|---|---|---|")
    for sha, _, _, s in sides:
        print(f"| {sha} | {pct(s['wall'], 50):.1f} ms | {pct(s['wall'], 95):.1f} ms | "
              f"{pct(s['cpu'], 50):.2f} ms | {pct(s['cpu'], 95):.2f} ms |")
    (a, b) = (sides[0][3], sides[1][3])
    print(f"\np95 after / before: wall {pct(b['wall'], 95) / pct(a['wall'], 95):.2f}, "
          f"CPU {pct(b['cpu'], 95) / pct(a['cpu'], 95):.2f}")


if __name__ == "__main__":
    main()
