"""The cost of parsing real issues (never synthetic text, whose repeated sentences the tagger's cache
hides): the five issues of tests/data/corpus, the issues of tests/data/new and tests/data/shapes.

    .venv/bin/python bench/bench_parse.py [--rounds 3]

Each round runs in a fresh process (model load included and also given apart), parsing every file
once without the parse cache, then once more from a parse cache: per item and in all. The tagger's
own time (LAC) is measured apart. Prints a table and writes bench/out/parse.json.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

import common  # noqa: F401 - sets the library's path (JIANBAO_LIB)
from common import OUT, PYTHON, ROOT, machine, median

DIRS = ["tests/data/corpus", "tests/data/new", "tests/data/shapes"]

_ONE_ROUND = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from search.parse import tagger
from search.parse.parser import parse_files
from search.parse.readers import briefing_paths, read_source
from search.parse.orgs import extract_orgs
tagger.model()
load = time.perf_counter() - t0
calls = {"n": 0, "s": 0.0}
real = tagger._Lac.run_many if hasattr(tagger._Lac, "run_many") else tagger._Lac.run
def timed(self, *a, **k):
    t = time.perf_counter()
    try:
        return real(self, *a, **k)
    finally:
        calls["n"] += 1
        calls["s"] += time.perf_counter() - t
setattr(tagger._Lac, real.__name__, timed)
sources = [read_source(p) for d in sys.argv[2:] for p in briefing_paths(Path(d))]
t = time.perf_counter()
issues, errors = parse_files(sources, known=[])
parse = time.perf_counter() - t
t = time.perf_counter()
cached, _ = parse_files(sources, known=[], cache_dir=sys.argv[1])
t = time.perf_counter()
again, _ = parse_files(sources, known=[], cache_dir=sys.argv[1])
hit = time.perf_counter() - t
print(json.dumps({"files": len(sources), "issues": len(issues), "rejected": len(errors),
                  "items": sum(len(i.items) for i in issues), "load_s": load, "parse_s": parse,
                  "tagger_s": calls["s"], "tagger_calls": calls["n"], "cache_hit_s": hit}))
"""


def one_round() -> dict:
    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run([PYTHON, "-c", _ONE_ROUND, cache, *[str(ROOT / d) for d in DIRS]],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rounds = [one_round() for _ in range(args.rounds)]
    items = rounds[0]["items"]
    row = {k: median([r[k] for r in rounds]) for k in ("load_s", "parse_s", "tagger_s", "cache_hit_s")}
    print(f"{rounds[0]['files']} files, {rounds[0]['issues']} issues parsed ({rounds[0]['rejected']} rejected), "
          f"{items} items; {rounds[0]['tagger_calls']} tagger calls; median of {args.rounds} rounds:")
    print(f"  model load {row['load_s']:.2f} s; parse {row['parse_s']:.2f} s = {1000 * row['parse_s'] / items:.1f} ms an item, "
          f"of which the tagger {row['tagger_s']:.2f} s ({1000 * row['tagger_s'] / items:.1f} ms an item); "
          f"from the parse cache {row['cache_hit_s']:.3f} s ({1000 * row['cache_hit_s'] / items:.2f} ms an item)")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "parse.json").write_text(json.dumps({"machine": machine(), "rounds": rounds, "median": row},
                                               indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
