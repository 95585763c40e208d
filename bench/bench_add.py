"""Adding one issue as `jianbao index` does it, old and new alternated: CPU (the child's rusage) and wall.

Each run adds the next synthetic issue to a fresh copy of an index brought up to date by the same
code, in a process of its own (interpreter start, imports, jieba, parse versions, the add, figures,
manifest), so what a cron job or `jianbao index` pays is measured. With `--lock FILE` each timed
run holds that flock (one timed run at a time on a shared machine; the wall time includes the wait).

    git archive <old-commit> search webapp jianbao | tar -x -C /tmp/old-lib
    .venv/bin/python bench/bench_add.py --old /tmp/old-lib [--items 10000] [--rounds 3] [--lock FILE]

The copies live under bench/out/work-add-<N>/ (base-old, base-new: the index as each version keeps
it; the first call brings them up to date, which may rebuild once).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import OUT, PYTHON, ROOT

import synth


def _run(lib: Path, corpus: Path, index: Path, lock: str | None, *args: str):
    env = dict(os.environ, PYTHONPATH=str(lib))
    cmd = [PYTHON, *args] if args else [PYTHON, "-m", "jianbao", "index", "--json", "--corpus", str(corpus),
                                        "--index", str(index)]
    if lock:
        cmd = ["flock", lock, *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(lib))
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return proc, wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", type=Path, required=True, help="a snapshot of the old commit's search, webapp, jianbao")
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--lock", help="a file to flock around each timed run")
    args = ap.parse_args(argv)
    libs = {"old": args.old.resolve(), "new": ROOT}
    work = OUT / f"work-add-{args.items}"
    corpus = work / "corpus"
    if not corpus.exists():
        source = synth.ensure_corpus(args.items, quiet=True)
        corpus.mkdir(parents=True)
        for p in source.iterdir():
            if not p.name.startswith("."):
                (corpus / p.name).symlink_to(p)
    for v, lib in libs.items():
        base = work / f"base-{v}"
        if not base.exists():
            seed = OUT / f"index-{args.items}"
            if not (seed / "current").exists():
                print(f"no {seed}: run bench/bench_search.py --sizes {args.items} first", file=sys.stderr)
                return 2
            shutil.copytree(seed, base, symlinks=True)
        proc, wall, _ = _run(lib, corpus, base, None)
        # the parse versions kept in the cache (and the other versions' entries pruned), as after an add
        _run(lib, corpus, base, None, "-c", f"from search.parse.parser import prune_cache; "
                                            f"prune_cache({str(base / 'cache')!r})")
        print(f"{v}: brought up to date in {wall:.1f} s (status {proc.returncode})", flush=True)
    for r in range(args.rounds):
        for v, lib in libs.items():
            run = work / f"run-{v}"
            shutil.rmtree(run, ignore_errors=True)
            shutil.copytree(work / f"base-{v}", run, symlinks=True)
            path = synth.write_extra(args.items, corpus, 0)
            try:
                proc, wall, cpu = _run(lib, corpus, run, args.lock)
            finally:
                path.unlink()
            ok = proc.returncode == 0 and '"rebuilt": false' in proc.stdout and path.name in proc.stdout
            print(f"round {r} {v}: {'ok' if ok else 'FAILED'} CPU {cpu:.2f} s, wall {wall:.2f} s "
                  f"(lock wait included), load {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
