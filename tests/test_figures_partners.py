"""China and a partner in one word before a trade (`中非贸易额`, `中美贸易`, `中欧进出口`): the partner is
the figure's market (data/figures.txt [partners]); 中欧班列 or 中亚 are no partners. Variants of our
own of blind9's scanned table (`中非贸易额 | 2956`).

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

from search.figures.names import breakdown_of
from test_figures import facts, item


def test_china_and_a_partner_in_one_word_name_the_market():
    body = ("2024年，中美贸易额达到4.9万亿元。\n2024年 | 金额（亿美元） | 同比（%）\n中欧进出口 | 7858 | 1.2\n"
            "中国自欧盟进口 | 2699 | -4.0\n中欧班列开行1.9万列。")
    got = [(i, b, v) for i, b, _, v, _, _, _ in facts(item(body, key=(2025, 2)))]
    assert ("贸易额", "美国", 4.9) in got and ("进出口", "欧盟", 7858.0) in got
    assert ("进口", "欧盟", 2699.0) in got
    assert not any("班列" in i and b for i, b, _ in got)


def test_a_part_of_the_world_and_a_word_that_is_no_trade_are_not_partners():
    assert breakdown_of("中欧班列开行")[0] is None
    assert breakdown_of("中亚五国进出口")[0] == "中亚五国"
    assert breakdown_of("中新双边贸易额")[:2] == ("新加坡", "market")
