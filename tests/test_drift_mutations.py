"""Annotated issues rewritten in forms nobody listed (tests/drift_mutate.py) still parse as annotated.

Each example draws one issue of the sets read right today and rewrites its section banners (any symbol
glyphs or brackets, part numbers, a Latin gloss), its titles' list numbers, its source lines (the forms
ANNOTATION.md counts) and its whitespace, line ends and byte-order mark, the annotation kept true; the
parse must find every item with its section, title, source and date. Derandomized and without a
database, so the suite sees the same few dozen rewrites every run; bench/drift_mutations.py draws
thousands with fresh seeds to find the next form that fails.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import drift_mutate as dm

# Fixed draws, no database, no shrinking (a failure names its rewrite in full): a few seconds per aspect.
SETTINGS = settings(derandomize=True, database=None, deadline=None, max_examples=5,
                    phases=(Phase.explicit, Phase.generate), suppress_health_check=list(HealthCheck))
# The grammar the suite draws from: every aspect, banners in the forms read today ("settled": a frame of
# brackets or one glyph, a part's number and a gloss inside it); bench/drift_mutations.py draws them all.
SUITE = (*dm.ASPECTS, "settled")


def _check(data, tmp_path_factory, aspects) -> None:
    rel = data.draw(st.sampled_from(dm.ISSUES), label="issue")
    folder = tmp_path_factory.mktemp("mutated")
    path, changed, plan = dm.mutate(rel, lambda options: data.draw(st.sampled_from(list(options))), folder, aspects)
    s = dm.score(path, dm.annotation(rel))
    wrong = [m for m in s.misses if "orgs" not in m and "metadata" not in m]
    assert (s.matched, s.parsed) == (s.expected, s.expected) and not wrong, \
        f"{rel} rewritten ({'; '.join(changed)}): " + "; ".join(wrong[:5])


@pytest.mark.parametrize("aspect", dm.ASPECTS)
@SETTINGS
@given(data=st.data())
def test_one_aspect_rewritten(aspect, data, tmp_path_factory):
    _check(data, tmp_path_factory, (aspect, "settled"))


@SETTINGS
@given(data=st.data())
def test_every_aspect_rewritten(data, tmp_path_factory):
    _check(data, tmp_path_factory, SUITE)
