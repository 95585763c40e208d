"""Figures in shapes the sixth held-out set showed (tests/data/blind6), each in wording, units and
layout of its own: the period printed once in the head of the label column (`项目（1-9月）`), and a
table drawn with box-drawing characters, its lines kept or run together by the reader.

Records are (indicator, breakdown, period, value, unit, yoy, share); ANNOTATION.md ("Figures") is the
truth they follow.
"""
from __future__ import annotations

from search.figures.grid import unbox
from test_figures import facts, item


def test_the_label_columns_head_gives_every_column_its_period():
    # the text's last period is a single quarter; the table speaks of the months its head names
    body = ("一季度增长3.1%，二季度增长3.6%，三季度增长2.9%。\n"
            "项目（1-9月） | 累计值 | 比上年同期增长（%）\n"
            "港口货物吞吐量（万吨） | 41230 | 2.8\n"
            "快递业务量（亿件） | 1480.6 | 17.2")
    got = facts(item(body, key=(2025, 10)))
    assert ("港口货物吞吐量", None, "2025-01/2025-09", 41230.0, "万吨", 2.8, None) in got
    assert ("快递业务量", None, "2025-01/2025-09", 1480.6, "亿件", 17.2, None) in got


def test_a_column_with_its_own_period_keeps_it():
    body = ("指标（上半年） | 6月（亿元） | 同比（%）\n"
            "服务出口 | 820.5 | 4.4")
    assert facts(item(body, key=(2025, 7))) == [("服务出口", None, "2025-06/2025-06", 820.5, "亿元", 4.4, None)]


def test_a_box_drawn_table_run_into_one_line_is_read_as_rows():
    body = ("前8个月，对主要市场出口情况如下："
            "┏━━━━┳━━━━━━━━┳━━━━━┓┃市场┃出口额（亿美元）┃同比（%）┃┣━━━━╋━━━━━━━━╋━━━━━┫"
            "┃欧盟┃3610.2┃-2.4┃┃日本┃980.7┃—┃┗━━━━┻━━━━━━━━┻━━━━━┛此后的一句话。")
    got = facts(item(body, key=(2025, 9)))
    assert [(b, p, v, u, y) for _, b, p, v, u, y, _ in got] == [
        ("欧盟", "2025-01/2025-08", 3610.2, "亿美元", -2.4), ("日本", "2025-01/2025-08", 980.7, "亿美元", None)]


def test_a_box_drawn_table_line_by_line_keeps_empty_cells():
    text = ("╔══════╦══════╦═════╗\n║ 地区 ║ 金额 ║ 增长 ║\n╠══════╬══════╬═════╣\n"
            "║ 华东 ║      ║ 3.2 ║\n╚══════╩══════╩═════╝\n后文")
    assert unbox(text).split("\n") == ["| 地区 | 金额 | 增长 |", "| 华东 |  | 3.2 |", "后文"]
    assert unbox("没有表格的正文，│ 只有一条竖线。") == "没有表格的正文，│ 只有一条竖线。"


def test_a_list_of_periods_leaves_the_period_in_force_as_it_was():
    # the quarters of the list are each its own value's period; what follows speaks of 前10个月 again
    body = ("今年前10个月，服务进出口6.2万亿元，增长5%。第1季度、第2季度和第3季度服务出口分别增长3%、4%和6%。"
            "知识密集型服务进出口2.4万亿元，增长6.1%。")
    got = facts(item(body, key=(2025, 11)))
    assert [(p, y) for _, _, p, _, _, y, _ in got] == [
        ("2025-01/2025-10", 5.0), ("2025-01/2025-03", 3.0), ("2025-04/2025-06", 4.0), ("2025-07/2025-09", 6.0),
        ("2025-01/2025-10", 6.1)]


def test_measures_listed_after_one_subject_each_count_of_it():
    # `<goods><quantity>、<quantity>分别为…`: the second quantity is of the same goods
    body = "1-10月，全省钢材产量、出口量分别为2105.1万吨和212.8万吨，分别增长2.7%和下降1.6%。"
    got = facts(item(body, key=(2025, 11)))
    assert got == [("产量", "钢材", "2025-01/2025-10", 2105.1, "万吨", 2.7, None),
                   ("出口量", "钢材", "2025-01/2025-10", 212.8, "万吨", -1.6, None)]


def test_flows_listed_after_a_total_of_an_enterprise_type_keep_its_breakdown():
    body = ("前三季度，民营企业进出口约4210亿元，增长6.6%；其中出口、进口分别约为3900亿元和310亿元，"
            "分别增长7.1%和0.4%。")
    got = facts(item(body, key=(2025, 10)))
    assert [(i, b, v, y) for i, b, _, v, _, y, _ in got] == [
        ("进出口", "民营", 4210.0, 6.6), ("出口", "民营", 3900.0, 7.1),
        ("进口", "民营", 310.0, 0.4)]


def test_names_share_the_quantity_printed_after_the_last():
    # `甲、乙产量分别增长…`: the quantity after the last name is every name's; an industry's
    # operating income is broken down by the industry
    body = "上半年，全市集成电路行业营业收入同比增长14.2%；手机、微型计算机产量同比分别增长5.5%和3.1%。"
    got = facts(item(body, key=(2025, 7)))
    assert got == [("营业收入", "集成电路行业", "2025-01/2025-06", None, None, 14.2, None),
                   ("产量", "手机", "2025-01/2025-06", None, None, 5.5, None),
                   ("产量", "微型计算机", "2025-01/2025-06", None, None, 3.1, None)]


def test_a_threshold_passed_by_several_measures_is_no_figure():
    body = "1-11月，全省进出口和出口均突破5000亿元；进出口5210.3亿元，增长3%。"
    assert facts(item(body, key=(2025, 12))) == [("进出口", None, "2025-01/2025-11", 5210.3, "亿元", 3.0, None)]


def test_a_row_of_a_bloc_built_together_keeps_its_whole_name():
    # `共建…` is a word: its 共 is no opening `共` (共实现) to drop
    body = "1-9月，对主要市场出口如下：\n市场 | 出口额（亿元） | 同比（%）\n共建“一带一路”国家 | 5000 | 6.1"
    assert facts(item(body, key=(2025, 10))) == [("出口额", "一带一路", "2025-01/2025-09", 5000.0, "亿元", 6.1, None)]


def test_a_change_over_years_named_is_no_year_on_year_change():
    body = ("2025年，全市数字服务出口规模达820亿元，较2019年增长1.2倍，比2021年增长63.4%。"
            "全市软件业务收入1350亿元，比2024年下降2.1%。")
    got = facts(item(body, key=(2026, 1)))
    assert got == [("数字服务出口规模", None, "2025-01/2025-12", 820.0, "亿元", None, None),
                   ("软件业务收入", None, "2025-01/2025-12", 1350.0, "亿元", -2.1, None)]


def test_a_table_repeating_the_texts_figures_adds_none():
    # the row gives the change the text left out; the figure is still one
    body = ("前两个月，全省离岸服务外包执行额61.8亿美元。\n"
            "指标 | 金额（亿美元） | 同比（%）\n"
            "离岸服务外包执行额 | 61.8 | 12.4\n"
            "数字服务出口 | 20.5 | 8.8")
    got = facts(item(body, key=(2025, 3)))
    assert [(i, v, y) for i, _, _, v, _, y, _ in got] == [("离岸服务外包执行额", 61.8, 12.4), ("数字服务出口", 20.5, 8.8)]


def test_units_printed_in_the_cells_under_a_head_with_the_period():
    body = ("| 项目（1—5月） | 规模 | 增速（%） |\n| --- | --- | --- |\n"
            "| 数字服务出口 | 1.14万亿元 | 6.3 |\n| 跨境电商出口 | 820亿美元 | — |")
    got = facts(item(body, key=(2025, 6)))
    assert [(b, p, v, u, y) for _, b, p, v, u, y, _ in got] == [
        (None, "2025-01/2025-05", 1.14, "万亿元", 6.3), ("跨境电商", "2025-01/2025-05", 820.0, "亿美元", None)]
