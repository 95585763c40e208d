"""Shapes of blind16's lost titles (wave 25): a list number set off by a middle dot or a bullet
(`三 · X`, `4・X`) rather than by 、 or a full stop, and an app's two-digit list number a scan glued
to the title's own figure (`011—7月…` is `01` and `1—7月…`); a source line whose key speaks of the
information given (`信息出自：X`, `信息源自 X`), as one about the piece does."""
from __future__ import annotations

import pytest

from search.parse.shapes import strip_list_number
from search.parse.sources import source_line


@pytest.mark.parametrize("title, core", [
    ("三 · 跨境电商综试区扩围至十个城市", "跨境电商综试区扩围至十个城市"),
    ("七·2026年港口集装箱吞吐量预计增长", "2026年港口集装箱吞吐量预计增长"),
    ("拾・海关发布新版申报规范", "海关发布新版申报规范"),
    ("4 • 首批数据资产入表企业名单公布", "首批数据资产入表企业名单公布"),
    ("12‧冷链物流标准发布", "冷链物流标准发布"),
])
def test_a_numeral_and_a_middle_dot_or_bullet_is_the_list_number(title, core):
    assert strip_list_number(title) == core


@pytest.mark.parametrize("title", ["一·二八淞沪抗战纪念馆开馆", "3·15消费者权益日活动启动", "1·5倍杠杆"])
def test_a_dot_between_two_numbers_is_a_date_or_a_name_not_a_list_number(title):
    assert strip_list_number(title) == title


@pytest.mark.parametrize("title, core", [
    ("011—7月全国快递业务量同比增长", "1—7月全国快递业务量同比增长"),
    ("03大连港开通第二条冷链专线", "大连港开通第二条冷链专线"),
    ("022026年一季度外贸数据发布", "2026年一季度外贸数据发布"),
    ("0512月跨境结算量创新高", "12月跨境结算量创新高"),
    ("06“数据要素×”大赛启动", "“数据要素×”大赛启动"),
])
def test_a_two_digit_number_from_nought_glued_to_the_title_is_the_list_number(title, core):
    assert strip_list_number(title) == core


@pytest.mark.parametrize("title", ["00后成为跨境电商主播主力", "05月数据发布", "0.5%的增幅", "01号文件发布", "012345"])
def test_a_nought_that_begins_a_generation_a_date_or_a_figure_is_no_list_number(title):
    assert strip_list_number(title) == title


@pytest.mark.parametrize("line, outlet", [
    ("信息出自：中新网", "中新网"), ("信息源自 经济参考报", "经济参考报"), ("信息出自：大众日报", "大众日报")])
def test_a_line_about_the_information_given_names_its_outlet_wherever_set(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("line", ["信息出自多个部门的联合调查", "信息源自企业问卷调查"])
def test_a_sentence_about_where_information_came_from_names_no_outlet(line):
    assert source_line(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("（刊发媒体：中新网）", "中新网"), ("【转载平台：澎湃新闻客户端】", "澎湃新闻客户端"), ("（首发媒体：经济日报）", "经济日报"),
])
def test_a_key_of_publishing_with_the_kind_of_outlet_it_names_is_a_source(line, outlet):
    # 刊发 + 媒体: a word of the published-in family and a word naming what kind of outlet, before a colon
    assert source_line(line) == outlet
