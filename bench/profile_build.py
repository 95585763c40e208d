"""Where a full rebuild spends its time: cProfile of `update_index(..., rebuild=True)` in process.

Builds the N-item synthetic archive into bench/out/profile-build-<N>/ (a scratch index, deleted
afterwards; the cached bench/out/index-<N>/ is not touched), jieba initialised first, and prints the
cumulative time of the build's phases and the top functions by own time. The profiler roughly
doubles the wall time of this Python-heavy code: read the shares, not the seconds.

    .venv/bin/python bench/profile_build.py [--items 1000]

Output: markdown on stdout, bench/out/profile-build-<N>.prof and .txt.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import time

from common import OUT, machine

import synth

PHASES = {  # label: (file suffix, function name), cumulative
    "update_index (all)": ("search/index/reindex.py", "update_index"),
    "parse_files": ("search/parse/parser.py", "parse_files"),
    "SegmentWriter.add_document (analysis included)": ("whoosh/writing.py", "add_document"),
    "  our word tokenizer (WordTokenizer)": ("search/analyze/tokenizers.py", "WordTokenizer.__call__"),
    "    jieba cut": ("jieba/__init__.py", "cut"),
    "  our character-gram tokenizer (CharTokenizer)": ("search/analyze/tokenizers.py", "CharTokenizer.__call__"),
    "SegmentWriter.commit": ("whoosh/writing.py", "commit"),
    "  posting sort/write (_flush_segment / finish)": ("whoosh/writing.py", "_flush_segment"),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=1000)
    args = ap.parse_args(argv)
    from search import analyze
    from search.index.reindex import update_index
    analyze.setup()
    corpus = synth.ensure_corpus(args.items)
    index = OUT / f"profile-build-{args.items}"
    shutil.rmtree(index, ignore_errors=True)
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    report = update_index(corpus, index, rebuild=True, progress=False)
    prof.disable()
    wall = time.perf_counter() - t
    shutil.rmtree(index, ignore_errors=True)
    prof.dump_stats(str(OUT / f"profile-build-{args.items}.prof"))
    stats = pstats.Stats(prof)
    total = sum(v[3] for k, v in stats.stats.items() if k[0].endswith("search/index/reindex.py") and k[2] == "update_index")
    info = machine()
    print(f"{args.items:,} items ({report.items} indexed); {info['commit']}; load {info['load_at_start']}; "
          f"wall {wall:.1f} s under the profiler\n")
    print("| phase | cumulative s | share |\n|---|---|---|")
    for label, (file, func) in PHASES.items():
        line = None
        if "." in func:  # a method named by its class: match the line it starts on
            owner, func = func.split(".")
            line = getattr(analyze, owner).__call__.__code__.co_firstlineno
        cum = sum(v[3] for k, v in stats.stats.items()
                  if k[0].endswith(file) and k[2] == func and line in (None, k[1]))
        print(f"| {label} | {cum:.1f} | {100 * cum / total:.0f} % |")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(20)
    (OUT / f"profile-build-{args.items}.txt").write_text(buf.getvalue())
    print("\nTop functions by own time:\n\n| function | own s | share |\n|---|---|---|")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:15]
    for (file, line, func), v in rows:
        short = "/".join(file.split("/")[-2:])
        print(f"| {short}:{line} {func} | {v[2]:.1f} | {100 * v[2] / total:.0f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
