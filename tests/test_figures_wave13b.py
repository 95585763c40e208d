"""Figures in shapes met in blind8/blind9 once they became development data, each in a variant of our
own annotated by hand per tests/data/new/ANNOTATION.md ("Figures"): a column of periods anywhere in a
table whatever its head word, a period a table's header names carried to the text after it, names
of a distributive list that share the measure at the end of the last.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

import pytest

from test_figures import facts, item


@pytest.mark.parametrize("header, rows", [
    ("指标 | 期间 | 金额（亿元） | 同比增长（%）", ["软件业务收入 | 3月份 | 300.5 | 5.1", "信息技术服务收入 | 1—3月份 | 640.2 | 6.0"]),
    ("统计期 | 指标 | 金额（亿元） | 同比增长（%）", ["3月 | 软件业务收入 | 300.5 | 5.1", "1-3月 | 信息技术服务收入 | 640.2 | 6.0"]),
    ("指标 | 金额（亿元） | 时间 | 同比增长（%）", ["软件业务收入 | 300.5 | 3月份 | 5.1", "信息技术服务收入 | 640.2 | 一季度 | 6.0"]),
])
def test_a_column_of_periods_gives_each_row_its_period_whatever_its_head(header, rows):
    body = "国家统计局公布数据，主要指标如下：\n" + "\n".join([header] + rows)
    assert facts(item(body, key=(2025, 4))) == [
        ("软件业务收入", None, "2025-03/2025-03", 300.5, "亿元", 5.1, None),
        ("信息技术服务收入", None, "2025-01/2025-03", 640.2, "亿元", 6.0, None)]


def test_a_table_of_periods_keeps_its_periods_as_the_rows_names():
    body = "历年情况：\n年份 | 金额（亿元） | 同比（%）\n2023年 | 300.5 | 5.1\n2024年 | 640.2 | 6.0"
    assert [(p, v) for _, _, p, v, _, _, _ in facts(item(body, key=(2025, 4)))] == [
        ("2023-01/2023-12", 300.5), ("2024-01/2024-12", 640.2)]


def test_a_period_a_tables_header_names_carries_to_the_text_after_the_table():
    body = ("2025年1—8月，全市软件业务收入同比增长9.1%。\n8月份指标 | 同比增长（%）\n软件产品收入 | 7.2\n"
            "分行业看，工业软件、嵌入式软件收入同比分别增长12.0%和8.4%。")
    got = [(i, b, p, y) for i, b, p, _, _, y, _ in facts(item(body, key=(2025, 9)))]
    assert ("收入", "工业软件", "2025-08/2025-08", 12.0) in got and ("收入", "嵌入式软件", "2025-08/2025-08", 8.4) in got


def test_names_that_end_alike_before_a_shared_measure_and_a_scope_before_them():
    body = ("4月份，规模以上企业汽车类、家电类和通讯器材类销售额分别增长3.1%、5.0%和8.2%；"
            "社会消费品零售总额增长5.1%。")
    assert facts(item(body, key=(2025, 5))) == [
        ("销售额", "汽车类", "2025-04/2025-04", None, None, 3.1, None),
        ("销售额", "家电类", "2025-04/2025-04", None, None, 5.0, None),
        ("销售额", "通讯器材类", "2025-04/2025-04", None, None, 8.2, None),
        ("社会消费品零售总额", None, "2025-04/2025-04", None, None, 5.1, None)]


def test_whole_indicators_listed_before_a_yoy_each():
    body = "10月份，服务业生产指数和居民消费价格同比分别上涨4.2%和0.3%。"
    assert facts(item(body, key=(2025, 11))) == [
        ("服务业生产指数", None, "2025-10/2025-10", None, None, 4.2, None),
        ("居民消费价格", None, "2025-10/2025-10", None, None, 0.3, None)]


@pytest.mark.parametrize("lead, part", [("1—9月及9月份主要数据如下：", "9月份"), ("前三季度和9月当月主要指标：", "9月当月")])
def test_rows_that_name_no_period_take_the_other_one_the_sentence_before_the_table_names(lead, part):
    body = (f"2025年，全市软件业务收入保持增长。{lead}\n指标 | 金额（亿元） | 同比（%）\n软件业务收入 | 10995.4 | 11.0\n"
            f"{part}软件业务收入 | 1250.3 | 9.9")
    assert facts(item(body, key=(2025, 10))) == [
        ("软件业务收入", None, "2025-01/2025-09", 10995.4, "亿元", 11.0, None),
        ("软件业务收入", None, "2025-09/2025-09", 1250.3, "亿元", 9.9, None)]
