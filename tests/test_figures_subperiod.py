"""A part of a sentence's period printed before one figure's name (`1—8月份，利润总额…；8月份利润总额
增长20.4%`) names that figure's period only: the sentences and tables after it speak of the whole
period again (search/figures/prose.py: the aside of a change only, sentences.aside)."""
from __future__ import annotations

from test_figures import facts, item


def test_a_month_naming_one_figure_does_not_carry_past_its_sentence():
    it = item("1—8月份，全国规模以上工业企业实现利润总额46929.7亿元，同比增长0.9%；8月份利润总额同比增长20.4%。"
              "分三大门类看，制造业和采矿业利润总额分别为35233.5亿元和5661.1亿元。", key=(2025, 9))
    periods = {f[1]: f[2] for f in facts(it)}
    assert periods["制造业"] == periods["采矿业"] == "2025-01/2025-08"
    assert ("利润总额", None, "2025-08/2025-08", None, None, 20.4, None) in facts(it)


def test_a_variant_a_quarter_and_its_month_then_a_table():
    it = item("一季度，出口总值5.2万亿元，同比增长6.9%；3月份出口同比增长12.4%。分贸易方式看：\n"
              "贸易方式 | 出口（亿元） | 同比（%）\n一般贸易 | 33000 | 7.1",
              tables=[[["贸易方式", "出口（亿元）", "同比（%）"], ["一般贸易", "33000", "7.1"]]], key=(2025, 4))
    rows = [f for f in facts(it) if f[1] == "一般贸易"]
    assert rows and rows[0][2] == "2025-01/2025-03"

