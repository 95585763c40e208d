"""Lines that each state one figure (`指标：数值，增长x%`), under any list mark or none, stay lines of their own when
the parser undoes hard wraps (search/parse/statlines.py), and a table typed with `|` and no outer bars is a table.
A number a hard wrap cut stays one number."""
from __future__ import annotations

import pytest

from search.parse.blocks import text_blocks
from search.parse.statlines import is_statement, statement_ends


@pytest.mark.parametrize("line", ["粮食播种面积：17.91亿亩，比上年增长0.1%", "夏粮产量：2994.9亿斤", "食品价格：上涨1.1%",
                                  "计算机、通信和其他电子设备制造业增加值：增长9.2%", "1. 钢材产量：11591万吨，同比下降2.6%",
                                  "• 税收收入：176363亿元，增长0.8%", "（3）发电量：7792亿千瓦时，增长2.7%"])
def test_a_label_a_colon_and_a_figure_is_a_statement(line):
    assert is_statement(line)


@pytest.mark.parametrize("line", ["全国一般公共预算收入：216045亿元，比上年下降1",  # cut inside its figure
                                  "主要数据如下：", "记者：张三", "9月18日，国家移民管理局发布最新数据：1至8月，全国边检机关累计查"])
def test_a_line_cut_inside_its_figure_or_of_prose_is_none(line):
    assert not is_statement(line)


def test_a_statement_followed_by_the_rest_of_its_number_runs_on():
    assert not statement_ends("出口总额：12.5亿元，同比增长1", ".7%；进口…", listed=True)
    assert not statement_ends("出口总额：12.5亿元，同比增长1.7%", "，比上月提高0.2个百分点。", in_run=True)
    assert statement_ends("出口总额：12.5亿元，同比增长1.7%", "进口总额：8.1亿元，增长2.2%")
    assert statement_ends("- 出口总额：12.5亿元，同比增长1.7%", "海关总署表示，…", listed=True)
    assert not statement_ends("出口总额：12.5亿元，同比增长1.7%", "海关总署表示，…")  # alone, not listed: may be wrapped


def _paragraph_texts(text: str) -> list[str]:
    from search.parse.items import _paragraphs
    return _paragraphs(text_blocks(text), pdf=False)


def test_statement_lines_are_paragraphs_of_their_own_whatever_their_mark():
    text = ("主要数据如下：\n• 税收收入：176363亿元，增长0.8%\n• 非税收入：39682亿元，下降11.3%\n分税种看：\n"
            "- 国内增值税：6.89万亿元，增长3.4%\n- 国内消费税：1.69万亿元，增长2%\n财政部表示，收入平稳。\n")
    assert _paragraph_texts(text) == ["主要数据如下：", "税收收入：176363亿元，增长0.8%", "非税收入：39682亿元，下降11.3%",
                                      "分税种看：", "国内增值税：6.89万亿元，增长3.4%", "国内消费税：1.69万亿元，增长2%",
                                      "财政部表示，收入平稳。"]


def test_a_run_of_unmarked_statement_lines_ends_before_the_prose_after_it():
    text = "夏粮产量：2994.9亿斤\n秋粮产量：10732.3亿斤，比上年增长1.5%\n负责人表示，丰收基础扎实。\n"
    assert _paragraph_texts(text) == ["夏粮产量：2994.9亿斤", "秋粮产量：10732.3亿斤，比上年增长1.5%", "负责人表示，丰收基础扎实。"]


def test_hard_wrapped_prose_through_a_number_is_still_one_paragraph():
    text = "全国一般公共预算收入：216045亿元，比上年下降1\n.7%；税收收入176363亿元，增长0\n.8%。\n"
    assert _paragraph_texts(text) == ["全国一般公共预算收入：216045亿元，比上年下降1.7%；税收收入176363亿元，增长0.8%。"]


def test_cells_parted_by_bars_without_outer_bars_are_a_table():
    blocks = text_blocks("主要指标如下：\n指标 | 12月 | 同比增长\n社会消费品零售总额 | 45136亿元 | 0.9%\n餐饮收入 | 5738亿元 | 2.2%\n")
    table = [b for b in blocks if b.kind == "table"]
    assert len(table) == 1 and table[0].cells == [["指标", "12月", "同比增长"], ["社会消费品零售总额", "45136亿元", "0.9%"],
                                                  ["餐饮收入", "5738亿元", "2.2%"]]


def test_one_line_with_bars_is_no_table():
    blocks = text_blocks("文 | 张三 | 编辑\n正文第一句。\n")
    assert not [b for b in blocks if b.kind == "table"]


def test_a_long_run_of_digits_is_read_once():
    # the figure's digits were given back one by one to the rest of the line (quadratic: 8,000 digits, 0.6 s a line,
    # read for every line of a file); taken whole, the same lines match and a run of digits is one pass
    assert not is_statement("指标：" + "1" * 40000 + "a")
    assert is_statement("指标：" + "1" * 40 + "亿元") and not is_statement("指标：123")
