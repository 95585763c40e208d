"""The issue's numbers read from its header as printed, typed or recognised from a scan
(search/parse/meta.py): Chinese numerals, a recogniser's confusions, spaces, any brackets, any date."""
from __future__ import annotations

import pytest

from search.parse.meta import cn_number, header_meta, numerals

ISSUE_4 = {"year": 2026, "number": 4, "total": 48}


@pytest.mark.parametrize("lines, expected", [
    # Chinese numerals, with the 〇 as a recogniser reads it: a Latin O or o, a zero, a circle, 零
    (["二〇二六年第四期（总第48期）"], ISSUE_4),
    (["二O二六年第四期（总第48期）"], ISSUE_4),
    (["二o二六年第四期(总第48期)"], ISSUE_4),
    (["二0二六年第四期 总第四十八期"], ISSUE_4),
    (["二○二六年第四期【总第48期】"], ISSUE_4),
    (["二零二六年第四期〔总第四十八期〕"], ISSUE_4),
    (["２０２６年第４期（总第４８期）"], ISSUE_4),
    # spaces between the characters, ASCII or ideographic, and the total on a line of its own
    (["二 〇 二 六 年 第 四 期", "（ 总 第 4 8 期 ）"], ISSUE_4),
    (["2026　年　第　4　期　　总第　48　期"], ISSUE_4),
    # 第 read as 笫; on a line holding only the numbers, 期 read as another glyph
    (["二〇二六年笫四朗（总笫48朗）"], ISSUE_4),
    # numbers of more than one character
    (["二〇二五年第十二期（总第四十四期）"], {"year": 2025, "number": 12, "total": 44}),
    (["2026年第10期"], {"year": 2026, "number": 10}),
    # a stray number before the issue line
    (["No. 3  2026年第3期"], {"year": 2026, "number": 3}),
])
def test_the_issue_line_is_read_in_any_hand(lines, expected):
    assert header_meta(lines) == expected


@pytest.mark.parametrize("line", [
    "主办：大连市数字贸易协会　　编印：协会秘书处　　2026年4月30日",
    "主办：大连市数字贸易协会 编印：协会秘书处 二〇二六年四月三十日",
    "大连市数字贸易协会秘书处编　2026.04.30",
    "编印日期：2026-4-30",
    "2026/04/30",
    "2026 年 4 月 30 日",
    "二O二六年四月三十日",
    "2026年4月30曰",  # 日 read as 曰
])
def test_the_date_is_read_in_any_form(line):
    assert header_meta([line]) == {"date": "2026-04-30"}


def test_a_number_without_its_year_takes_the_date_s_year():
    assert header_meta(["第四期（总第48期）", "二〇二六年四月三十日"]) == {**ISSUE_4, "date": "2026-04-30"}


@pytest.mark.parametrize("line", [
    "2025年第四届全球数字贸易博览会在杭州举行",  # 届, in a sentence: no issue number
    "2026年4月",                              # a month is no date
    "大连市数字贸易协会 No. 2026",
])
def test_what_is_no_issue_line_is_not_read_as_one(line):
    assert header_meta([line]) == {}


@pytest.mark.parametrize("text, value", [
    ("2024", 2024), ("二〇二四", 2024), ("二0二四", 2024), ("七", 7), ("十二", 12), ("二十七", 27),
    ("四十八", 48), ("一百零三", 103), ("四八", 48), ("第", None), ("", None),
])
def test_cn_number(text, value):
    assert cn_number(text) == value


def test_zero_like_glyphs_are_zeros_only_among_numerals():
    assert numerals("二O二六年 No.5 Oo") == "二〇二六年 No.5 Oo"
