"""Figures in shapes no earlier test covers, written from real statistics (2024 national accounts, 2024
goods and services trade, the 2024 cross-border e-commerce totals of the Boao report) and annotated
by hand per tests/data/new/ANNOTATION.md ("Figures"): the unit in a column of its own wherever it
sits and whatever its head word, the unit in a note under the table, changes printed with a sign or
an arrow, list names that each end in the measure, parts of the world named by their shape, a year
alone before a list's first name.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

import pytest

from search.figures.lists import read_list
from search.figures.names import read_label
from test_figures import facts, item

_MAIN = [("货物进出口", None, "2024-01/2024-12", 43.85, "万亿元", 5.0, None),
         ("服务进出口", None, "2024-01/2024-12", 75238.8, "亿元", 14.4, None)]


@pytest.mark.parametrize("header, rows", [
    ("项目 | 数值 | 计量单位 | 增长（%）", ["货物进出口 | 43.85 | 万亿元 | 5.0", "服务进出口 | 75238.8 | 亿元 | 14.4"]),
    ("Indicator | Value | Unit | YoY(%)", ["货物进出口 | 43.85 | 万亿元 | 5.0", "服务进出口 | 75238.8 | 亿元 | 14.4"]),
    ("单位 | 指标 | 2024年 | 比上年增长（%）", ["万亿元 | 货物进出口 | 43.85 | 5.0", "亿元 | 服务进出口 | 75238.8 | 14.4"]),
])
def test_a_column_of_units_gives_each_row_its_unit_wherever_it_stands(header, rows):
    body = "2024年，全国主要指标如下：\n" + "\n".join([header] + rows)
    assert facts(item(body, key=(2025, 2))) == _MAIN


@pytest.mark.parametrize("note", ["注：金额单位为亿美元", "单位：亿美元", "注：单位均为亿美元。"])
def test_a_unit_in_a_note_under_the_table_gives_the_amounts_their_unit(note):
    body = ("1-9月，对主要市场出口情况如下：\n市场 | 金额 | 同比（%）\n东盟 | 4913.2 | 11.2\n欧盟 | 4035.6 | 3.5\n"
            + note)
    got = [(b, p, v, u, y) for _, b, p, v, u, y, _ in facts(item(body, key=(2025, 10)))]
    assert got == [("东盟", "2025-01/2025-09", 4913.2, "亿美元", 11.2), ("欧盟", "2025-01/2025-09", 4035.6, "亿美元", 3.5)]


def test_a_change_printed_with_its_sign_or_an_arrow():
    body = "1-10月，全市服务进出口1502.3亿元，↑5.2%。其中，出口890.1亿元，+6.8%；进口612.2亿元，▼2.3%。"
    assert [(i, v, y) for i, _, _, v, _, y, _ in facts(item(body, key=(2025, 11)))] == [
        ("服务进出口", 1502.3, 5.2), ("服务出口", 890.1, 6.8), ("服务进口", 612.2, -2.3)]
    # a range's end is no sign: `5-8%` states no change
    got = facts(item("1-10月，全市软件业务收入1250.3亿元，利润率5-8%。", key=(2025, 11)))
    assert got[0] == ("软件业务收入", None, "2025-01/2025-10", 1250.3, "亿元", None, None)


def test_an_arrow_in_a_table_cell_is_the_changes_direction():
    body = "1-10月：\n指标 | 金额（亿元） | 同比（%）\n软件业务收入 | 1250.3 | ↓3.4"
    assert facts(item(body, key=(2025, 11))) == [("软件业务收入", None, "2025-01/2025-10", 1250.3, "亿元", -3.4, None)]


def test_names_that_each_end_in_the_measure_are_whole_indicators():
    body = ("2024年中国跨境电商进出口总额和东南亚电商行业商品交易总额分别约为3690亿美元和2630亿美元，"
            "同比分别增长10.8%和15%；亚太地区零售电子商务增长8.4%。")
    assert facts(item(body, key=(2025, 4))) == [
        ("进出口总额", "跨境电商", "2024-01/2024-12", 3690.0, "亿美元", 10.8, None),
        ("电商行业商品交易总额", "东南亚", "2024-01/2024-12", 2630.0, "亿美元", 15.0, None),
        ("零售电子商务", "亚太地区", "2024-01/2024-12", None, None, 8.4, None)]
    # a variant: other measures, other parts of the world
    label, names = read_list("软件业务收入和信息服务业务收入")
    assert [n for n, _ in names] == ["软件业务收入", "信息服务业务收入"] and not label.indicator


@pytest.mark.parametrize("text, breakdown, indicator", [
    ("中亚五国进出口", "中亚五国", "进出口"), ("西非地区出口", "西非地区", "出口"), ("东北亚国家进口", "东北亚", "进口"),
    ("中国跨境电商进出口", "跨境电商", "进出口"), ("中国香港进出口", "中国香港", "进出口"),
    ("中欧班列开行量", None, "中欧班列开行量"), ("实现地区生产总值", None, "地区生产总值"),
])
def test_parts_of_the_world_by_their_shape_and_china_as_no_breakdown(text, breakdown, indicator):
    label = read_label(text)
    assert (label.breakdown, label.indicator) == (breakdown, indicator)


def test_a_year_alone_before_a_lists_first_name_is_its_period():
    body = "海关总署1月13日公布，2024年电动汽车、3D打印机和工业机器人出口分别增长13.1%、32.8%和45.2%。"
    got = facts(item(body, key=(2025, 1)))
    assert [(i, b, p, y) for i, b, p, _, _, y, _ in got] == [
        ("出口", "电动汽车", "2024-01/2024-12", 13.1), ("出口", "3D打印机", "2024-01/2024-12", 32.8),
        ("出口", "工业机器人", "2024-01/2024-12", 45.2)]
