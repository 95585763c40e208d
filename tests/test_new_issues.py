"""The parser on held-out issues it was not written from (tests/data/new/, hand-annotated).

Scored by bench/score_parse.py (items F1, per-field accuracy, metadata); organisations are scored
there too but asserted by the organisation extractor's own tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEW = ROOT / "tests" / "data" / "new"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(not any(NEW.glob("*.expected.json")), reason="no held-out issues")


@pytest.fixture(scope="module")
def scores():
    from score_parse import score_folder
    return score_folder(NEW)


def test_every_held_out_issue_is_parsed(scores):
    total, per_file = scores
    assert all(s.parsed for s in per_file.values()), total.misses


def test_items_f1(scores):
    total, _ = scores
    assert total.f1 >= 0.97, total.misses


@pytest.mark.parametrize("field", ["title", "source", "date", "section"])
def test_fields(scores, field):
    total, _ = scores
    assert total.accuracy(field) >= 0.95, [m for m in total.misses if f": {field} of" in m]


def test_metadata_of_every_issue(scores):
    total, _ = scores
    assert total.meta_right == total.issues >= 5, total.misses
