"""The shapes of tests/data/drift19text/ (its README.md), each rule tried again on a variant of its own: another
outlet, another reporting word, another separator, another caption."""
from __future__ import annotations

import pytest

from search.parse.celltable import figure_caption
from search.parse.parser import parse_text
from search.parse.sources import lead_source, source_line, source_tail

_HEAD = "数字贸易简报\n2026年第4期（总第40期）\n2026年4月30日\n\n"


def _items(text):
    return [(it.section, it.title, it.source) for it in parse_text(_HEAD + text, "x.txt").items]


@pytest.mark.parametrize("tail, outlet", [("（香港中通社报道）", "香港中通社"), ("（經濟通報道）", "經濟通"),
                                          ("（新华社电）", "新华社"), ("（据中新网消息）", "中新网"),
                                          ("(综合央视新闻报道)", "央视新闻")])
def test_whose_report_it_is_in_brackets_ending_the_text(tail, outlet):
    assert source_tail("4月14日，海关总署发布数据。" + tail)[1] == outlet


@pytest.mark.parametrize("tail", ["（综合报道）", "（记者张三报道）", "（本报讯）", "（完）"])
def test_a_bracket_of_reporting_that_names_no_outlet_is_no_source(tail):
    assert source_tail("4月14日，海关总署发布数据。" + tail)[1] is None


def test_stories_closed_by_whose_report_they_are_part_at_the_bracket():
    text = ("壹／行业资讯\n\nNo.1　海关总署发布一季度数据\n　　4月14日，海关总署发布数据。（香港中通社报道）\n\n"
            "No.2　欧盟发布数字市场新规\n　　4月16日，欧盟委员会发布新规。（经济通报道）\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", "香港中通社"), ("行业资讯", "欧盟发布数字市场新规", "经济通")]


@pytest.mark.parametrize("line, outlet", [("央视新闻客户端 / 记者 李晶晶", "央视新闻客户端"), ("钜亨网／编译 陈韦廷", "钜亨网"),
                                          ("经济日报 | 记者：王明、李华", "经济日报"), ("中国电子报丨文 张三", "中国电子报")])
def test_a_byline_of_the_outlet_and_who_wrote_it(line, outlet):
    assert source_line(line) == outlet


def test_a_byline_closes_its_story():
    text = ("【行业资讯】\n\n海关总署发布一季度数据\n~~~~~~~~~~~~~~~~\n\n　　4月14日，海关总署发布数据。\n央视新闻客户端 / 记者 李晶晶\n\n"
            "欧盟发布数字市场新规\n~~~~~~~~~~~~~~\n\n　　4月16日，欧盟委员会发布新规。\n钜亨网 / 编译 陈韦廷\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", "央视新闻客户端"),
                            ("行业资讯", "欧盟发布数字市场新规", "钜亨网")]


@pytest.mark.parametrize("lead, outlet", [("据人民日报客户端消息，", "人民日报客户端"), ("据新华社报道，", "新华社"),
                                          ("據香港中通社消息，", "香港中通社")])
def test_a_first_sentence_opening_on_whose_report_it_is_names_the_source_and_stays_text(lead, outlet):
    text = lead + "3月20日，华为公司宣布新品将于5月亮相。"
    assert lead_source(text) == (text, outlet, "")
    parsed = parse_text(_HEAD + f"【行业资讯】\n\n华为新品将于5月亮相\n\n{text}\n", "x.txt").items
    assert [(it.source, it.body) for it in parsed] == [(outlet, text)]


@pytest.mark.parametrize("text", ["据统计，3月进出口增长。", "据介绍，会议为期两天。"])
def test_a_first_sentence_citing_no_outlet_names_no_source(text):
    assert lead_source(text)[1] is None


def test_a_stated_source_wins_over_the_lead():
    text = "【行业资讯】\n\n华为新品将于5月亮相\n\n据人民日报消息，3月20日，华为公司宣布新品。\n来源：新华网\n"
    assert _items(text) == [("行业资讯", "华为新品将于5月亮相", "新华网")]


@pytest.mark.parametrize("caption", ["图：我国低空经济市场规模", "图1　2023—2025年市场规模", "图表2：主要指标", "表：市场规模"])
def test_a_source_line_under_a_charts_caption_credits_the_chart(caption):
    assert figure_caption(caption)
    text = ("【行业资讯】\n\n十部门发布低空经济标准体系建设指南\n\n　　市场监管总局会同十部门发布指南。\n"
            f"　　{caption}\n　　来源：中国民航局\n　　到2030年，低空经济领域标准超过300项。\n央视新闻客户端 / 记者 李晶晶\n\n"
            "美团开源新模型\n\n　　美团近日开源新模型。\n来源：钜亨网\n")
    parsed = parse_text(_HEAD + text, "x.txt").items
    assert [(it.title, it.source) for it in parsed] == [("十部门发布低空经济标准体系建设指南", "央视新闻客户端"),
                                                        ("美团开源新模型", "钜亨网")]
    assert parsed[0].body.replace("\n", "").endswith("超过300项。")


@pytest.mark.parametrize("line", ["图片来源：新华社", "图书馆开放时间调整", "表示，今年将继续推进。", "图为会议现场。"])
def test_no_caption(line):
    assert not figure_caption(line)


# --- figures: a month's aside in a cumulative report ------------------------------------------------

def _periods(body, tables=None):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_figures import facts, item
    return [(f[0], f[1], f[2]) for f in facts(item(body, tables=tables, key=(2025, 7)))]


@pytest.mark.parametrize("aside", ["5月份，规模以上电子信息制造业增加值同比增长10.2%。", "5月份，出口交货值同比增长3.1%。"])
def test_a_months_aside_of_changes_only_leaves_the_next_paragraph_in_the_span(aside):
    body = (f"1—5月，规模以上电子信息制造业增加值同比增长11.1%。{aside}\n"
            "主要产品中，手机产量5.7亿台，同比下降6.5%；集成电路产量1935亿块，同比增长6.8%。")
    found = _periods(body)
    assert found[-2:] == [("产量", "手机", "2025-01/2025-05"), ("产量", "集成电路", "2025-01/2025-05")]
    assert any(p == "2025-05/2025-05" for _, _, p in found)


def test_the_table_after_a_months_aside_speaks_of_the_span():
    body = ("1—7月，规模以上电子信息制造业增加值同比增长10.9%。7月份，规模以上电子信息制造业增加值同比增长10.2%。\n"
            "| 产品 | 产量 | 同比增长（%） |\n|---|---|---|\n| 集成电路（亿块） | 2946 | 10.4 |\n| 手机（亿部） | 8.35 | -3.9 |")
    rows = [f for f in _periods(body) if f[0] == "产量" or f[1] in ("集成电路", "手机")]
    assert rows and all(p == "2025-01/2025-07" for _, _, p in rows)


def test_a_month_that_opens_the_paragraph_still_speaks_for_it():
    body = "1—5月，增加值同比增长11.1%。\n5月份，手机产量1.2亿台，同比增长3%；集成电路产量400亿块，同比增长5%。"
    assert [p for _, _, p in _periods(body)][-2:] == ["2025-05/2025-05", "2025-05/2025-05"]


@pytest.mark.parametrize("line", ["【行业资讯】", "【国际快讯】", "【新华社电】"])
def test_a_bracketed_banner_is_no_report(line):
    assert source_line(line) is None


@pytest.mark.parametrize("text", ["据海关总署消息，4月14日，海关总署发布数据。", "据商务部报道，4月16日，商务部举行发布会。"])
def test_a_first_sentence_citing_a_body_not_a_medium_names_no_source(text):
    assert lead_source(text)[1] is None
