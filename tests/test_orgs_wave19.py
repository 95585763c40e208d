"""Shapes of organisations' names met in news of 2025-2026 (orgs_unseen_2026e.jsonl, wave 19), each
with a variant of our own in another name or word: a short form declared with another word of naming
or a colon ((下称“…”), (以下简称：…))."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, pair, orgs", [
    ("国家金融监督管理总局(下称“金融监管总局”)日前发布通知。", ("金融监管总局", "国家金融监督管理总局"),
     ["国家金融监督管理总局", "金融监管总局"]),
    ("大连华信计算机技术股份有限公司（以下简称：华信）与东北财经大学签约。", ("华信", "大连华信计算机技术股份有限公司"),
     ["大连华信计算机技术股份有限公司", "华信", "东北财经大学"]),
    ("辽宁港口集团有限公司（以下称“辽港集团”）发布公告。", ("辽港集团", "辽宁港口集团有限公司"),
     ["辽宁港口集团有限公司", "辽港集团"]),
])
def test_a_short_form_declared_with_any_word_of_naming(text, pair, orgs):
    assert pair in extract_aliases(text)
    assert _orgs(text) == orgs  # not 下称“金融监管总局”, not ：华信
