"""Wave 23's PDF and scan shapes (drift23pdf): a pull quote set between a story's paragraphs
(pullquotes.py), a table cut by a page break with no head repeated (tablejoin.py), the words of a stamp
pressed on a scan at a slant (scan.py), and computing centres and project phases that are no bodies
(orgshape.py). The sentences are our own, in no set."""
from __future__ import annotations

import math

import pytest

from search.parse import ocr, scan
from search.parse.blocks import Block
from search.parse.orgs import extract_orgs
from search.parse.parser import parse_blocks
from search.parse.pullquotes import unquoted
from search.parse.tablejoin import item_tables

HEAD = [Block("heading", "数 字 贸 易 简 报", level=1), Block("paragraph", "2026年第2期（总第46期）"),
        Block("paragraph", "大连市数字贸易协会 2026年2月28日"), Block("heading", "行业资讯", level=2)]
P1 = "某港口集团日前上线智能调度平台，集装箱作业效率明显提高。"
P2 = "平台上线后，单船平均在港时间缩短了六个小时，客户满意度随之上升。"


def _story(*middle):
    return (HEAD + [Block("heading", "港口智能调度平台上线", level=3), Block("paragraph", P1), *middle,
                    Block("paragraph", P2), Block("paragraph", "（来源：某某日报）"),
                    Block("heading", "协会动态", level=2), Block("paragraph", "2月3日，协会秘书处走访会员单位。")])


@pytest.mark.parametrize("quote", [["“单船平均在港时间", "缩短了六个小时”"], ["「单船平均在港时间缩短了六个小时」"]])
def test_a_pull_quote_repeating_the_story_is_no_title(quote):
    issue = parse_blocks(_story(*[Block("paragraph", q) for q in quote]), "q.pdf")
    assert [(i.section, i.title) for i in issue.items] == [("行业资讯", "港口智能调度平台上线"), ("协会动态", None)]
    assert "”" not in issue.items[0].body and issue.items[0].body.endswith("客户满意度随之上升。")


def test_a_quotation_that_repeats_nothing_is_kept():
    blocks = [Block("paragraph", P1), Block("paragraph", "“让每一条航线都更准时”"), Block("paragraph", P2)]
    assert unquoted(blocks) == blocks


def test_a_short_quotation_is_kept_even_if_it_repeats():
    blocks = [Block("paragraph", "“智能调度”"), Block("paragraph", "港口上线智能调度平台。")]
    assert unquoted(blocks) == blocks


HEADED = [["地区", "收入（亿元）", "同比增长（%）"], ["东部地区", "11320", "2.1"]]


def test_a_headless_run_on_after_a_page_break_joins_its_table():
    blocks = [Block("table", "", cells=HEADED), Block("furniture", "— 1 —"),
              Block("table", "", cells=[["西部地区", "777.2", "10.0"], ["东北地区", "29.1", "-3.8"]])]
    assert item_tables(blocks) == [HEADED + [["西部地区", "777.2", "10.0"], ["东北地区", "29.1", "-3.8"]]]


@pytest.mark.parametrize("second, between", [
    ([["地区", "收入（亿元）", "同比增长（%）"], ["西部地区", "777.2", "10.0"]], []),  # its own head: a table of its own
    ([["西部地区", "777.2"]], []),  # fewer columns
    ([["西部地区", "777.2", "10.0"]], [Block("paragraph", "另据统计，…")]),  # text between: another table
])
def test_other_tables_stay_apart(second, between):
    blocks = [Block("table", "", cells=HEADED), *between, Block("table", "", cells=second)]
    assert len(item_tables(blocks)) == 2


def _line(text, angle_deg, width=400.0, height=30.0, x=100.0, y=100.0):
    a = math.radians(angle_deg)
    dx, dy = width * math.cos(a), width * math.sin(a)
    hx, hy = -height * math.sin(a), height * math.cos(a)
    return ocr.OcrLine(((x, y), (x + dx, y + dy), (x + dx + hx, y + dy + hy), (x + hx, y + hy)), text, 0.99)


@pytest.mark.parametrize("angle, askew", [(0.3, False), (-2.0, False), (11.6, True), (-8.0, True)])
def test_a_line_at_a_slant_of_its_own_is_no_print(angle, askew):
    assert scan._askew(_line("审核通过专用章", angle), math.radians(0.2)) is askew


def test_a_short_box_is_not_judged_by_its_slope():
    assert not scan._askew(_line("6", 12.0, width=40.0), 0.0)  # too short to measure a slope by


@pytest.mark.parametrize("text, orgs", [
    ("中国电信鄱阳湖智算中心规划承载2500P算力。", ["中国电信"]),
    ("海西天防科技有限公司发布绿色智算中心招标公告。", ["海西天防科技有限公司"]),
    ("江西某科技城的科创中心二期计划明年建成。", []),
])
def test_computing_centres_and_project_phases_are_no_bodies(text, orgs):
    assert extract_orgs(text) == orgs


def test_a_data_centre_that_is_a_body_stays():
    assert extract_orgs("大连市大数据中心发布了数据开放目录。") == ["大连市大数据中心"]
