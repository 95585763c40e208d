"""Annotated issues rewritten in forms nobody listed (tests/drift_mutate.py) still parse as annotated.

Each example draws one issue of the sets read right today and rewrites its section banners (any symbol
glyphs or brackets, part numbers, a Latin gloss), its titles' list numbers, its source lines (the forms
ANNOTATION.md counts) and its whitespace, line ends and byte-order mark, the annotation kept true; the
parse must find every item with its section, title, source and date. Drawn from fixed seeds, so the
suite sees the same few dozen rewrites every run, whatever the code under test holds;
bench/drift_mutations.py draws thousands with fresh seeds to find the next form that fails.

Not hypothesis: it mixes the literals of every local module loaded into its draws (derandomised and
without a database too), so a glyph added to the parser, or another test module loaded into the same
worker, changed which rewrites the suite drew (wave 25: `⇣　Part 1数据月报　⇣` drawn on one branch only).
"""
from __future__ import annotations

import random

import pytest

import drift_mutate as dm

SEEDS = range(5)  # per aspect, and for all aspects together: a few seconds each
# The grammar the suite draws from: every aspect, banners in the forms read today ("settled": a frame of
# brackets or one glyph, a part's number and a gloss inside it); bench/drift_mutations.py draws them all.
SUITE = (*dm.ASPECTS, "settled")


def _check(seed: int, tmp_path_factory, aspects) -> None:
    rng = random.Random(f"{seed}:{','.join(aspects)}")
    rel = rng.choice(dm.ISSUES)
    folder = tmp_path_factory.mktemp("mutated")
    path, changed, plan = dm.mutate(rel, lambda options: rng.choice(list(options)), folder, aspects)
    s = dm.score(path, dm.annotation(rel))
    wrong = [m for m in s.misses if "orgs" not in m and "metadata" not in m]
    assert (s.matched, s.parsed) == (s.expected, s.expected) and not wrong, \
        f"{rel} rewritten ({'; '.join(changed)}): " + "; ".join(wrong[:5])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("aspect", dm.ASPECTS)
def test_one_aspect_rewritten(aspect, seed, tmp_path_factory):
    _check(seed, tmp_path_factory, (aspect, "settled"))


@pytest.mark.parametrize("seed", SEEDS)
def test_every_aspect_rewritten(seed, tmp_path_factory):
    _check(seed, tmp_path_factory, SUITE)
