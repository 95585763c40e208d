"""The mutation run: annotated issues rewritten in forms drawn from a grammar (tests/drift_mutate.py),
many times, each parsed and scored; what failed, grouped by the form that was drawn.

    .venv/bin/python bench/drift_mutations.py [--examples 400] [--seed 1] [--show 5]

Not part of the suite (tests/test_drift_mutations.py runs a few dozen, fixed): this run meets new
forms with every seed, to find what the parser reads by a list rather than by shape.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import drift_mutate as dm  # noqa: E402


def run(examples: int, seed: int, show: int, only: str | None = None, aspects=dm.ASPECTS) -> int:
    rng = random.Random(seed)
    fails, forms, tried = [], Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(examples):
            rel = rng.choice([r for r in dm.ISSUES if only is None or only in r])
            folder = Path(tmp) / str(n)
            folder.mkdir()
            path, changed, plan = dm.mutate(rel, rng.choice, folder, aspects)
            s = dm.score(path, dm.annotation(rel))
            names = dm.describe(plan)
            tried.update(names)
            wrong = [m for m in s.misses if "orgs" not in m and "metadata" not in m]
            if s.matched != s.expected or s.parsed != s.expected or wrong:
                forms.update(names)
                fails.append((rel, plan, changed, s, wrong))
    print(f"{examples} rewrites (seed {seed}): {len(fails)} failed")
    for rel, plan, changed, s, wrong in fails[:show]:
        print(f"\n== {rel}: matched {s.matched}/{s.expected}, parsed {s.parsed}")
        for c in changed:
            print("   ", c)
        for m in wrong[:8]:
            print("  -", m)
    print("\nforms in failed rewrites (failed / drawn):")
    for name, k in forms.most_common(40):
        print(f"  {k:4d} / {tried[name]:4d}  {name}")
    return 1 if fails else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--only", help="only the issues whose path holds this")
    ap.add_argument("--aspects", default=",".join(dm.ASPECTS), help="what to rewrite: " + ", ".join(dm.ASPECTS))
    args = ap.parse_args(argv)
    return run(args.examples, args.seed, args.show, args.only, args.aspects.split(","))


if __name__ == "__main__":
    sys.exit(main())
