"""blind17's GBK text (development data since it was scored): a signature dated at the foot with the act of
issuing after the day, a section named by two words joined by a plus sign, a source said of the item itself
with a verb of editing. Each rule on inputs of its own."""
from __future__ import annotations

import pytest

from search.parse.banners import banner, section_like
from search.parse.blocks import Block
from search.parse.colophon import signed_day
from search.parse.sources import source_line


@pytest.mark.parametrize("line,day", [
    ("大连市数字贸易协会秘书处　2026年1月30日印发", "2026年1月30日"),
    ("某某行业协会秘书处 2025年12月31日编印", "2025年12月31日"),
    ("2025年9月30日出刊", "2025年9月30日"),
])
def test_a_signature_dated_with_the_act_of_issuing_after_the_day(line, day):
    assert signed_day([Block("paragraph", line)]) == day


def test_a_signature_line_with_a_sentence_after_the_day_is_no_date():
    assert signed_day([Block("paragraph", "协会秘书处 2025年12月31日召开年度会员大会")]) is None


@pytest.mark.parametrize("line,name", [
    ("▓▓▓　智能+观察　▓▓▓", "智能+观察"), ("◆ AI＋产业 ◆", "AI＋产业"), ("【数字&贸易】", "数字&贸易"),
])
def test_a_section_named_by_two_words_joined_by_a_plus_or_an_ampersand(line, name):
    assert banner(Block("paragraph", line)) == name


def test_a_sum_is_no_section_name():
    assert not section_like("1+1") and not section_like("+观察") and not section_like("智能+")


@pytest.mark.parametrize("line,outlet", [
    ("本条据科技日报编发", "科技日报"), ("本刊据新华社整理", "新华社"), ("本文据人民网编译", "人民网"),
    ("（本则据经济日报摘编）", "经济日报"),
])
def test_a_source_said_of_the_item_with_a_verb_of_editing(line, outlet):
    assert source_line(line) == outlet


def test_compiled_from_material_names_no_outlet():
    assert source_line("本条据统计资料整理") is None and source_line("收入据统计整理") is None


@pytest.mark.parametrize("text,outlet", [
    ("将发布《展望报告》蓝皮书。文章来源：21世纪经济报道", "21世纪经济报道"),  # blind17's 凡科 page: a grey span
    ("规模约16万平方米。　来源：新华社", "新华社"), ("“数智赋能”。信息来源: 广西日报", "广西日报"),
])
def test_a_keyed_source_right_after_the_last_sentence(text, outlet):
    from search.parse.sources import source_tail
    assert source_tail(text)[1] == outlet


def test_a_key_inside_a_sentence_is_no_source():
    from search.parse.sources import source_tail
    assert source_tail("收入来源：出口增长较快。")[1] is None
    assert source_tail("来源：新华社")[1] is None  # a whole line: the source line's rule, not a tail
