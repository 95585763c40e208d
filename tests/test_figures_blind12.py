"""Figures in shapes blind12's telecom reports brought (search/figures/, search/parse/texttable.py), each in
other words and numbers than the set's: how a figure was reckoned is no part of its name
(`按可比价格计算的工业增加值`), a Latin unit with a multiplier or a per-part (`812亿GB`, `15.2GB/户·月`), a month said
as `当月` inside a cumulative span holds for its sentence only, a share said alone of a table's row joins the row,
a recogniser's colon for a point in an OCR'd table's number (search/parse/ocrmarks.py), and a fixed-width text table parted by single
full-width spaces. Records are (indicator, breakdown, period, value, unit, yoy, share)."""
from __future__ import annotations

from search.parse.parser import parse_text
from test_figures import facts, item


def test_how_a_figure_was_reckoned_is_no_part_of_its_name():
    it = item("1—4月，按可比价格计算的规模以上工业增加值同比增长6.4%；以美元计出口总值1.2万亿美元。", key=(2025, 5))
    assert facts(it) == [("规模以上工业增加值", None, "2025-01/2025-04", None, None, 6.4, None),
                         ("出口总值", None, "2025-01/2025-04", 1.2, "万亿美元", None, None)]


def test_latin_units_with_a_multiplier_or_a_per_part():
    it = item("1—3月，移动互联网累计流量达812亿GB，同比增长12.1%；户均流量达15.2GB/户·月，同比增长9.8%。", key=(2025, 4))
    assert facts(it) == [("移动互联网累计流量", None, "2025-01/2025-03", 812.0, "亿GB", 12.1, None),
                         ("户均流量", None, "2025-01/2025-03", 15.2, "GB/户·月", 9.8, None)]


def test_a_month_said_as_this_month_holds_for_its_sentence_only():
    it = item("1—4月，电信业务收入累计完成5900亿元，同比增长1.2%；4月当月电信业务收入1480亿元，同比增长0.8%。"
              "短信业务量1800亿条，同比下降3.2%。", key=(2025, 5))
    assert [f[2] for f in facts(it)] == ["2025-01/2025-04", "2025-04/2025-04", "2025-01/2025-04"]


def test_a_share_said_alone_of_a_tables_row_is_that_rows_share():
    rows = [["分领域", "收入（亿元）", "同比增长（%）"], ["信息技术服务收入", "41200", "11.0"],
            ["云计算服务收入", "7020", "12.4"]]
    body = ("上半年软件业务收入稳步增长。\n" + "\n".join(" | ".join(r) for r in rows)
            + "\n其中，云计算服务收入占信息技术服务收入的17.0%。")
    assert facts(item(body, tables=[rows], key=(2025, 7))) == [
        ("信息技术服务收入", None, "2025-01/2025-06", 41200.0, "亿元", 11.0, None),
        ("云计算服务收入", None, "2025-01/2025-06", 7020.0, "亿元", 12.4, 17.0)]


def test_a_colon_for_a_point_in_an_ocr_tables_number():
    from search.parse.ocrmarks import number_cell
    assert number_cell("-2:7") == "-2.7" and number_cell("12：5%") == "12.5%"  # a cell the recogniser read
    assert number_cell("2025年1:2") == "2025年1:2" and number_cell("比例1:2") == "比例1:2"  # no number alone
    rows = [["业务收入", "金额（亿元）", "同比（%）"], ["新兴业务收入", "4508", "4.7"], ["移动数据流量业务收入", "6097", "-2:7"]]
    body = "2025年，电信业务收入累计完成1.75万亿元，同比增长0.7%。\n" + "\n".join(" | ".join(r) for r in rows)
    typed = item(body, tables=[rows], key=(2026, 2))
    assert not any(f[0] == "移动数据流量业务收入" and f[5] == -2.7 for f in facts(typed))  # typed text: no guess
    cells = [[number_cell(c) for c in r] for r in rows]
    read = item(body.replace("-2:7", "-2.7"), tables=[cells], key=(2026, 2))
    assert ("移动数据流量业务收入", None, "2025-01/2025-12", 6097.0, "亿元", -2.7, None) in facts(read)


def test_a_fixed_width_table_parted_by_single_full_width_spaces():
    text = ("数字贸易简报\n2025年第4期（总第36期）\n2025年4月30日\n\n【数据月报】\n\n一季度通信业运行情况\n\n"
            "　　3月末，各项指标平稳。\n\n"
            "　　指标（截至3月末）　　　　　 数量　 单位　占比（%）\n"
            "　　－－－－－－－－－－－－－－－－－－－－－－－－\n"
            "　　5G基站总数　　　　　　　　　439.5　万个　35.2\n"
            "　　移动电话用户总数　　　　　　18.01　亿户　—\n"
            "　　5G移动电话用户　　　　　　　10.83　亿户　60.1\n\n"
            "【协会动态】\n\n　　4月9日，协会召开座谈会。\n")
    data = parse_text(text, "t.txt").items[0]
    assert data.tables and data.tables[0][1] == ["5G基站总数", "439.5", "万个", "35.2"]
