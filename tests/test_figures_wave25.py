"""Figures of data reports (issue 16, wave 25): the forms of tests/data/figvar25 (real 2025-2026 releases written
in forms no earlier set used) and of blind16's bilibili report, each read by its shape and tested here on a
variant of its own.

- a line `指标：数值，增长x%` (a label, a colon, the figure), under any list mark or none, is a figure of that label,
  and a line of its own though it ends in no full stop;
- `指标：上涨x%`: a change without a value, named by the label before the colon;
- a number a hard wrap cut is one number;
- `比10月末减少301万平方米`: a change against a period, no figure.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_figures import facts, item

Y25 = "2025-01/2025-12"


def test_label_value_lines_without_full_stops_are_figures_each():
    body = ("海关总署1月14日发布数据。\n出口总额：26.99万亿元，比上年增长6.1%\n进口总额：18.48万亿元，下降0.5%\n"
            "贸易顺差：8.51万亿元\n海关总署表示，外贸韧性较强。")
    got = facts(item(body, title="2025年我国货物贸易进出口45.47万亿元", key=(2026, 2)))
    assert got == [("出口总额", None, Y25, 26.99, "万亿元", 6.1, None), ("进口总额", None, Y25, 18.48, "万亿元", -0.5, None),
                   ("贸易顺差", None, Y25, 8.51, "万亿元", None, None)]


@pytest.mark.parametrize("mark", ["", "• ", "- ", "1. ", "（1）", "① "])
def test_a_label_value_line_is_a_figure_whatever_its_list_mark(mark):
    body = f"2025年全年主要数据：\n{mark}港口货物吞吐量：180.2亿吨，同比增长4.2%"
    assert facts(item(body, key=(2026, 2))) == [("港口货物吞吐量", None, Y25, 180.2, "亿吨", 4.2, None)]


def test_a_label_and_a_change_after_the_colon():
    body = "12月份各类价格同比变动：\n食品价格：上涨1.1%\n猪肉价格：下降14.6%"
    assert facts(item(body, key=(2026, 1))) == [("食品价格", None, "2025-12/2025-12", None, None, 1.1, None),
                                               ("猪肉价格", None, "2025-12/2025-12", None, None, -14.6, None)]


def test_a_number_cut_by_a_hard_wrap_is_one_number():
    body = "1—11月份，全国房地产开发投资7859\n1亿元，同比下降15.9%；其中，住宅投资60\n432亿元，下降15\n.0%。"
    assert facts(item(body, key=(2025, 12))) == [
        ("房地产开发投资", None, "2025-01/2025-11", 78591.0, "亿元", -15.9, None),
        ("住宅投资", None, "2025-01/2025-11", 60432.0, "亿元", -15.0, None)]


def test_a_change_against_a_months_end_is_no_figure():
    body = "11月末，商品房待售面积75306万平方米，比10月末减少301万平方米。"
    assert facts(item(body, key=(2025, 12))) == [("商品房待售面积", None, "2025-11/2025-11", 75306.0, "万平方米", None, None)]


# figvar25's floors (recall, precision) per file, as scored after wave 25.
FIGVAR25 = {"2025-12-industry.md": (1.0, 1.0), "2025-12-realestate.txt": (1.0, 1.0), "2026-01-cpi.html": (1.0, 1.0),
            "2026-01-retail.txt": (1.0, 1.0), "2026-02-finance.txt": (1.0, 1.0)}


@pytest.mark.parametrize("name", sorted(FIGVAR25))
def test_the_figvar25_issues_against_their_hand_annotations(name, tmp_path):
    from test_figures import annotated_scores

    recall, precision = annotated_scores(Path(__file__).resolve().parent / "data" / "figvar25", name, tmp_path)
    assert recall >= FIGVAR25[name][0] and precision >= FIGVAR25[name][1]
