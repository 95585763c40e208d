"""A value per unit of time (`平均每天进出口超过150亿元`, `每月平均出口170亿元`, `每小时…`) is a rate, not a
figure of the period the sentence names (search/figures/prose.py); the figures beside it stay."""
from __future__ import annotations

from search import figures
from search.parse.parser import parse_text

HEADER = "数字贸易简报\n2025年第8期（总第40期）\n大连市数字贸易协会　2025年8月31日\n\n"


def test_a_rate_per_unit_of_time_is_no_figure_of_the_period():
    text = (HEADER + "【数据月报】\n\n上半年数据\n\n上半年，我国对东盟进出口3.38万亿元，同比增长9.6%，平均每日进出口约186亿元。"
            "1—7月，大连市出口1200亿元，每月平均出口170亿元；进口980亿元，每周进口约30亿元。\n\n"
            "【协会动态】\n\n7月9日，协会召开座谈会。\n")
    found = [(f["indicator"], f["breakdown"], f["value"], f["yoy_pct"])
             for f in figures.extract_issue(parse_text(text, "r.txt"))]
    assert found == [("进出口", "东盟", 3.38, 9.6), ("出口", None, 1200.0, None), ("进口", None, 980.0, None)]
