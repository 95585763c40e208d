"""Where adding one issue to a built index goes: cProfile of `update_index` after one new file lands.

Copies the cached bench/out/index-<N>/ (bench_search builds it) into a scratch workspace, writes the
next synthetic issue into a symlinked copy of the corpus, and profiles the incremental update in
process (jieba initialised first). Prints wall and CPU time, then the top functions by cumulative time.

    .venv/bin/python bench/profile_add.py [--items 10000] [--no-profile]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import shutil
import subprocess
import sys
import time

from common import OUT, workspace

import synth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args(argv)
    from search import analyze
    from search.index.reindex import update_index
    analyze.setup()
    index = OUT / f"index-{args.items}"
    if not (index / "current").exists():
        print(f"no {index}: run bench/bench_search.py --sizes {args.items} first", file=sys.stderr)
        return 2
    corpus, work = workspace("profile-add", args.items, index)
    # a first update brings the copy to this version of jianbao (an old layout rebuilds or migrates)
    first = update_index(corpus, work, progress=False)
    synth.write_extra(args.items, corpus, 0)
    prof = None if args.no_profile else cProfile.Profile(time.process_time)  # CPU, not wall: the load
    t, c = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    report = update_index(corpus, work, progress=False)
    if prof:
        prof.disable()
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    assert report.added and not report.rebuilt, report.summary()
    print(f"{args.items:,} items: first update {first.seconds:.2f} s (rebuilt: {first.rebuilt}); "
          f"add one issue ({report.items_indexed} items): wall {wall:.2f} s, CPU {cpu:.2f} s"
          f"{' (under the profiler)' if prof else ''}")
    synth.write_extra(args.items, corpus, 1)  # the next issue, as `jianbao index` (process start, jieba)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "jianbao", "index", "--json", "--corpus", str(corpus),
                           "--index", str(work)], capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"`jianbao index` adding the next issue: status {proc.returncode}, wall {wall:.2f} s, CPU {cpu:.2f} s")
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
        print(buf.getvalue())
    shutil.rmtree(corpus.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
