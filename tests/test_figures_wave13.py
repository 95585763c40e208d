"""Figures, wave 13 (issue 16): the period a table speaks of when the text before it drills into months,
and a table whose label column is headed by a year alone."""
from __future__ import annotations

from test_figures import facts, item


def test_a_sentence_of_months_inside_the_half_year_leaves_the_table_the_half_year():
    # `分月看，4月份…，6月份…`: two parts of the period in force, for that sentence only
    body = ("今年上半年，全省出口1820.5亿元，同比增长4.2%。分月看，4月份出口增长3%，6月份出口增长5.1%。主要商品情况：\n"
            "商品 | 金额（亿元） | 同比（%）\n"
            "集成电路 | 310.2 | 12.5\n"
            "船舶 | 95.6 | 30.1")
    tables = [[["商品", "金额（亿元）", "同比（%）"], ["集成电路", "310.2", "12.5"], ["船舶", "95.6", "30.1"]]]
    found = facts(item(body, tables=tables, key=(2024, 7)))
    assert ("出口", None, "2024-04/2024-04", None, None, 3.0, None) in found
    table = [f for f in found if f[3] in (310.2, 95.6)]
    assert len(table) == 2 and all(f[2] == "2024-01/2024-06" for f in table), found


def test_one_month_after_another_still_moves_the_period():
    # a single month named alone is the new period, not an aside
    body = "今年上半年，全省出口1820.5亿元，同比增长4.2%。6月份，全省出口330.4亿元，同比增长5.1%。"
    found = facts(item(body, key=(2024, 7)))
    assert ("出口", None, "2024-06/2024-06", 330.4, "亿元", 5.1, None) in found


def test_a_label_column_headed_by_a_year_alone_gives_every_column_that_year():
    body = ("海关统计，今年前4个月对东盟进出口2.38万亿元。2023年度有关数据：\n"
            "2023年度 | 金额（亿美元） | 同比（%）\n"
            "对东盟出口 | 5237 | -5\n"
            "自东盟进口 | 3885 | -4.1")
    tables = [[["2023年度", "金额（亿美元）", "同比（%）"], ["对东盟出口", "5237", "-5"], ["自东盟进口", "3885", "-4.1"]]]
    found = facts(item(body, tables=tables, key=(2024, 5)))
    table = [f for f in found if f[3] in (5237.0, 3885.0)]
    assert len(table) == 2 and all(f[2] == "2023-01/2023-12" for f in table), found


def test_names_each_a_market_and_its_flow_take_values_one_by_one():
    # `对X出口和自X进口分别为A和B`: each name is the market and the flow it counts
    body = "前三季度，我国对拉美出口和自拉美进口分别为2310.5亿元和1988.2亿元，分别增长8.1%和3.4%。"
    found = facts(item(body, key=(2024, 10)))
    assert ("出口", "拉美", "2024-01/2024-09", 2310.5, "亿元", 8.1, None) in found
    assert ("进口", "拉美", "2024-01/2024-09", 1988.2, "亿元", 3.4, None) in found
