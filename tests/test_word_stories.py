"""A Word table that lists stories, a row a story (search/parse/wordstories.py): each row read as its
title, its text and its source; a table of data, or of short cells, stays a table."""
from __future__ import annotations

import io

from docx import Document

from search.parse.parser import parse_source
from search.parse.readers import Source

TEXT1 = "11月20日，某省发布数据要素市场培育方案。方案提出，到2027年培育数据服务企业三百家以上，建设行业数据空间十个。"
TEXT2 = "12月3日，某市低空经济产业园开园，首批入驻企业二十家，涵盖整机制造、飞控软件和运营服务等环节。"


def _issue(rows):
    d = Document()
    for t in ("数字贸易简报", "2025年第12期（总第44期）", "大连市数字贸易协会 2025年12月31日", "【行业资讯】"):
        d.add_paragraph(t)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("【协会动态】")
    d.add_paragraph("12月5日，协会召开理事会。")
    buf = io.BytesIO()
    d.save(buf)
    return parse_source(Source("s.docx", buf.getvalue()))


def test_a_table_of_stories_is_read_a_row_a_story():
    issue = _issue([["序号", "标题", "内容摘要", "来源"],
                    ["1", "某省印发数据要素市场培育方案", TEXT1, "经济参考报"],
                    ["2", "某市低空经济产业园开园", TEXT2, "来源：新华网"]])
    assert [(i.section, i.title, i.source, i.body) for i in issue.items] == [
        ("行业资讯", "某省印发数据要素市场培育方案", "经济参考报", TEXT1),
        ("行业资讯", "某市低空经济产业园开园", "新华网", TEXT2), ("协会动态", None, None, "12月5日，协会召开理事会。")]


def test_the_columns_in_another_order_and_no_head():
    issue = _issue([[TEXT1, "某省印发数据要素市场培育方案", "（人民日报）"],
                    [TEXT2, "某市低空经济产业园开园", "（经济日报）"]])
    assert [(i.title, i.source) for i in issue.items][:2] == [("某省印发数据要素市场培育方案", "人民日报"),
                                                             ("某市低空经济产业园开园", "经济日报")]


def test_a_table_of_figures_stays_a_table():
    issue = _issue([["指标", "金额（亿元）", "同比（%）"], ["服务出口", "1234.5", "6.7"], ["服务进口", "2345.6", "3.2"]])
    assert issue.items[0].tables == [[["指标", "金额（亿元）", "同比（%）"], ["服务出口", "1234.5", "6.7"],
                                      ["服务进口", "2345.6", "3.2"]]]
