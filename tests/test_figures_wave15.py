"""Figures of data reports in shapes met in blind10 (issue 16, wave 15), each tested in a variant of its
own written from other published statistics of 2025 (国家统计局 11月份 and 1—11月份, 工信部 1—10月
通信业, 海关总署 跨境电商) and read by hand per tests/data/new/ANNOTATION.md ("Figures"):

- a distributive list of whole indicators that end in different measures (`规模以上工业增加值和社会消费品
  零售总额`, `…总量、…收入和…收入`): no measure is shared, each name is a whole indicator;
- a stock at a month's end (`截至10月末`) is of that month, in a table head or in the text;
- a table row of a whole year with a note on its number (`2025年（预计）`, `2024年（初步核算）`);
- an item under a section the briefing names for stories (行业资讯) is no statistics report, however
  many numbers it quotes;
- the reporting place a name opens with (`全国`, `我国`) is no part of the series' name.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

import pytest

from search import figures
from search.figures import series
from test_figures import facts, item


@pytest.mark.parametrize("names, want", [
    ("规模以上工业增加值和社会消费品零售总额", ["规模以上工业增加值", "社会消费品零售总额"]),
    ("社会消费品零售总额和规模以上工业增加值", ["社会消费品零售总额", "规模以上工业增加值"]),
    ("固定资产投资和社会消费品零售总额", ["固定资产投资", "社会消费品零售总额"]),
])
def test_two_whole_indicators_with_different_measures_share_none(names, want):
    body = f"11月份，{names}同比分别增长4.8%和1.3%。"
    got = facts(item(body, key=(2025, 12)))
    assert [(i, b, p, y) for i, b, p, _, _, y, _ in got] == [
        (want[0], None, "2025-11/2025-11", 4.8), (want[1], None, "2025-11/2025-11", 1.3)]


def test_a_list_of_three_whole_indicators_keeps_the_last_one_whole():
    # 数字产业收入 alone would be read as an industry's income; in a list of whole indicators it is one too
    body = "1—10月，我国电信业务收入、软件业务收入和电子信息产业收入同比分别增长0.9%、13.2%和约8%。"
    got = facts(item(body, key=(2025, 11)))
    assert [(i, b, y) for i, b, _, _, _, y, _ in got] == [
        ("电信业务收入", None, 0.9), ("软件业务收入", None, 13.2), ("电子信息产业收入", None, 8.0)]


@pytest.mark.parametrize("names, measure", [("国有控股企业利润总额、私营企业利润总额", "利润总额"),
                                           ("民营企业进出口、外商投资企业进出口", "进出口"),
                                           ("民营企业营业收入和外商投资企业营业收入", "营业收入")])
def test_a_list_of_one_measure_of_enterprise_types_is_parted_by_type(names, measure):
    # (国有 holds 有, which is no verb heading the list; the types by their canonical names, data/figures.txt)
    body = f"1—11月份，{names}同比分别下降2.5%和增长1.9%。"
    got = facts(item(body, key=(2025, 12)))
    assert [(i, y) for i, _, _, _, _, y, _ in got] == [(measure, -2.5), (measure, 1.9)]
    assert all(b is not None and measure not in b for _, b, *_ in got)


def test_a_names_shared_measure_is_still_shared():
    # only the last name ends in a measure: the names before it are what it is counted of
    body = "1—11月份，东部地区、中部地区和西部地区固定资产投资同比分别下降3.1%、增长1.2%和下降0.8%。"
    got = facts(item(body, key=(2025, 12)))
    assert [(i, b) for i, b, *_ in got] == [("固定资产投资", "东部地区"), ("固定资产投资", "中部地区"),
                                            ("固定资产投资", "西部地区")]


def test_a_stock_at_a_months_end_in_a_table_head_is_of_that_month():
    rows = [["指标", "截至10月末"], ["移动电话用户总数（亿户）", "18.28"], ["5G基站总数（万个）", "475.8"],
            ["千兆及以上接入速率用户（万户）", "23165"]]
    body = "通信业主要指标如下：\n" + "\n".join(" | ".join(r) for r in rows)
    got = facts(item(body, tables=[rows], key=(2025, 11)))
    assert got == [("移动电话用户总数", None, "2025-10/2025-10", 18.28, "亿户", None, None),
                   ("5G基站总数", None, "2025-10/2025-10", 475.8, "万个", None, None),
                   ("千兆及以上接入速率用户", None, "2025-10/2025-10", 23165.0, "万户", None, None)]


@pytest.mark.parametrize("said", ["截至9月底", "截止9月末"])
def test_a_stock_at_a_months_end_in_the_text_is_of_that_month(said):
    got = facts(item(f"{said}，5G移动电话用户达11.6亿户，同比增长12.3%。", key=(2025, 10)))
    assert [(p, v, u, y) for _, _, p, v, u, y, _ in got] == [("2025-09/2025-09", 11.6, "亿户", 12.3)]


@pytest.mark.parametrize("note", ["（预计）", "(初步核算)", "（E）"])
def test_a_year_row_with_a_note_is_a_whole_year(note):
    rows = [["年份", "跨境电商进出口（万亿元）", "增速（%）"], ["2024年", "2.63", "10.8"],
            [f"2025年{note}", "2.75", "—"]]
    body = "跨境电商进出口规模如下：\n" + "\n".join(" | ".join(r) for r in rows)
    got = facts(item(body, tables=[rows], key=(2025, 12)))
    assert got == [("跨境电商进出口", None, "2024-01/2024-12", 2.63, "万亿元", 10.8, None),
                   ("跨境电商进出口", None, "2025-01/2025-12", 2.75, "万亿元", None, None)]


def _issue(items):
    class Issue:
        pass
    issue = Issue()
    issue.items = items
    return issue


def test_a_story_under_a_news_section_is_no_report_however_many_numbers():
    body = ("海关总署11月7日介绍，前10个月东北地区进出口1.05万亿元，同比增长3.2%。"
            "其中，出口4326亿元，增长8.1%；进口6174亿元，增长0.1%。"
            "辽宁进出口6289亿元，增长2.7%，占东北地区的59.9%。")
    assert figures.extract_issue(_issue([item(body, section="行业资讯", title="前10个月东北地区进出口增长3.2%")])) == []
    assert figures.extract_issue(_issue([item(body, section="会员动态")])) == []
    # with no section named, a text that is figures throughout is read as a report
    assert figures.extract_issue(_issue([item(body, section=None)]))


@pytest.mark.parametrize("a, b", [("全国网上零售额", "网上零售额"), ("我国电信业务总量", "电信业务总量"),
                                  ("全国固定资产投资（不含农户）", "固定资产投资（不含农户）")])
def test_the_reporting_place_is_no_part_of_a_series_name(a, b):
    assert series.key(a) == series.key(b)


def test_a_place_alone_keeps_its_name():
    assert series.key("全国") == "全国"


@pytest.mark.parametrize("aside", ["12月份利润总额同比增长11.5%", "其中12月份营业收入同比增长3.2%"])
def test_a_months_change_after_its_cumulative_value_is_an_aside(aside):
    # 国家统计局 1—12月份 规模以上工业企业利润: the breakdown that follows is of the cumulative span
    body = ("1—12月份，全国规模以上工业企业实现利润总额74310.5亿元，同比下降3.3%；" + aside + "。\n"
            "分三大门类看，采矿业、制造业利润总额分别为10000.1亿元和50000.2亿元，分别下降10.0%和增长3.4%。")
    got = facts(item(body, key=(2026, 1)))
    assert [(b, p, v) for _, b, p, v, *_ in got if v is not None] == [
        (None, "2025-01/2025-12", 74310.5), ("采矿业", "2025-01/2025-12", 10000.1), ("制造业", "2025-01/2025-12", 50000.2)]
    assert [p for _, _, p, v, *_ in got if v is None] == ["2025-12/2025-12"]


def test_a_month_reported_with_its_own_value_is_no_aside():
    body = ("1—11月份，社会消费品零售总额456732亿元，同比增长4.0%；11月份，社会消费品零售总额43898亿元，增长1.3%。"
            "其中，除汽车以外的消费品零售额39473亿元，增长2.0%。")
    got = facts(item(body, key=(2025, 12)))
    assert [p for _, _, p, *_ in got] == ["2025-01/2025-11", "2025-11/2025-11", "2025-11/2025-11"]


def test_a_flow_of_goods_in_a_list_of_whole_indicators_is_still_parted():
    body = "2025年，规模以上高技术制造业增加值和机电产品出口额分别增长9.4%和8.5%。"
    got = facts(item(body, key=(2026, 1)))
    assert [(i, b, y) for i, b, _, _, _, y, _ in got] == [
        ("规模以上高技术制造业增加值", None, 9.4), ("出口额", "机电产品", 8.5)]


@pytest.mark.parametrize("section", ["第一部分数据月报", "第一篇　统计数据", "一、数据发布", "（壹）数据月报"])
def test_a_data_section_named_after_an_ordinal_holds_reports(section):
    # a report that states few figures per sentence: its section, not its density, makes it one
    body = ("工信部近日发布，前10个月，我国软件业务收入同比增长13.2%。"
            "行业运行总体平稳，企业信心有所恢复。业内人士认为，四季度仍将保持增长。")
    assert [f["indicator"] for f in figures.extract_issue(_issue([item(body, section=section)]))] == ["软件业务收入"]
    assert figures.extract_issue(_issue([item(body, section="第二部分行业资讯")])) == []
