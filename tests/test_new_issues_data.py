"""The held-out issues in tests/data/new/ agree with their hand annotations (shape and anchors).

These tests check the test data itself, not the parser: every annotation has the documented shape
(tests/data/new/ANNOTATION.md), and each item's body anchors occur in the issue's visible text in
document order, so a scorer that trusts them is scoring against the file as it is.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NEW = Path(__file__).resolve().parent / "data" / "new"
EXPECTED = sorted(NEW.glob("*.expected.json"))
ISSUE_KEYS = {"year", "number", "total", "date"}
ITEM_KEYS = {"section", "title", "source", "date", "orgs", "body_start", "body_end"}
FIGURE_KEYS = {"indicator", "breakdown", "period", "value", "unit", "yoy_pct", "share_pct"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PERIOD = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")


def visible_text(path: Path) -> str:
    """The issue's text with all whitespace and Markdown bold markers removed."""
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    elif path.suffix == ".docx":
        from docx import Document
        from docx.oxml.ns import qn
        body = Document(str(path)).element.body
        text = "\n".join("".join(t.text or "" for t in el.iter(qn("w:t"))) for el in body.iterchildren())
    else:
        text = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", "", text.replace("**", ""))


def test_there_are_five_annotated_issues_in_four_formats():
    files = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in EXPECTED]
    assert len(files) >= 5
    assert {Path(f).suffix for f in files} >= {".txt", ".md", ".pdf", ".docx"}
    for name in files:
        assert (NEW / name).is_file(), name


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name)
def test_annotation_shape(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data["issue"]) == ISSUE_KEYS
    assert ISO_DATE.fullmatch(data["issue"]["date"])
    assert data["issue"]["date"].startswith(str(data["issue"]["year"]))
    assert 6 <= len(data["items"]) <= 12
    for item in data["items"]:
        assert set(item) == ITEM_KEYS
        assert item["date"] is None or ISO_DATE.fullmatch(item["date"])
        assert len(item["body_start"]) == 12 and len(item["body_end"]) == 12
        assert len(item["orgs"]) == len(set(item["orgs"]))
        if item["section"] == "协会动态":
            assert item["title"] is None
    assert sum(item["section"] == "数据月报" for item in data["items"]) == 1
    for fig in data["figures"]:
        assert set(fig) == FIGURE_KEYS
        first_y, first_m, last_y, last_m = PERIOD.fullmatch(fig["period"]).groups()
        assert (first_y, first_m) <= (last_y, last_m)
        assert (fig["value"] is None) == (fig["unit"] is None)


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name)
def test_body_anchors_occur_in_document_order(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    text = visible_text(NEW / data["file"])
    pos = 0
    for item in data["items"]:
        start = text.find(item["body_start"], pos)
        assert start >= 0, item["body_start"]
        end = text.find(item["body_end"], start)
        assert end >= 0, item["body_end"]
        body = text[start:end + 12]
        named = body + (item["title"] or "").replace(" ", "")
        for org in item["orgs"]:
            assert org in named, org
        pos = end + 12
