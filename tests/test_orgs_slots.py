"""Coined names told by a slot only a body fills (wave 23, orgslot.py and orgdeal.py): a founder's
company, a round's company and its investors, a list of bodies. The model reads such names as common
words or a person; the slot says what they are. The sentences and names are our own, in no set."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, name", [
    ("云朵引擎联合创始人李明远表示，明年将扩产。", "云朵引擎"),  # the founder's slot, a person after
    ("5月8日，青石方舟完成新一轮3亿元融资。", "青石方舟"),  # a round's company, heading its clause
    ("海风灯塔半年内累计完成两轮融资。", "海风灯塔"),  # words between the name and the round
    ("位于苏州的银杉飞轮宣布完成近5亿元A轮融资。", "银杉飞轮"),  # described before it
    ("8月1日，蓝鲸星图宣布与星尘引力签订千台级订单。", "星尘引力"),  # both sides of a deal
    ("3月5日，云杉动能官宣成为赛事合作伙伴。", "云杉动能"),  # what only a company does
    ("白鹭精工已递交港股招股书。", "白鹭精工"),
])
def test_a_coined_name_in_a_bodys_slot_is_a_body(text, name):
    assert name in _orgs(text)


def test_a_list_with_names_found_makes_its_other_items_bodies():
    text = "参展企业包括宇树科技、智元机器人、青石方舟、银杉飞轮和蓝鲸星图。"
    assert {"青石方舟", "银杉飞轮", "蓝鲸星图"} <= set(_orgs(text))


@pytest.mark.parametrize("text, names", [
    ("本轮由腾讯投资领投，蓝湖资本、松果创投等跟投。", ["腾讯投资", "蓝湖资本", "松果创投"]),  # 等 before 跟投; an arm
    ("它曾获追光创投、白桦资本数千万元天使轮融资。", ["追光创投", "白桦资本"]),  # 获 + list + the round's size
])
def test_investors_of_a_round(text, names):
    assert set(names) <= set(_orgs(text))


@pytest.mark.parametrize("text, absent", [
    ("宇树科技的实际控制人均为创始人兼CEO王兴兴。", "人均为"),  # no name before the title
    ("公司创始人王小川表示，团队完成了新一轮融资。", "公司"),  # a kind, not a name
    ("技术团队完成融资后扩招。", "技术团队"),  # a group
    ("6月2日，王兴兴官宣了新的计划。", "王兴兴"),  # a person announces too
    ("宁德时代587Ah储能电芯、阳光电源684Ah储能电芯已量产。", "储能电芯"),  # a product, not a list's item
    ("清华大学教授张华、北京大学教授王强和李伟出席。", "李伟"),  # persons listed with their bodies
    ("财政部、商务部、证监会负责人出席发布会。", "证监会负责人"),  # a body's person, the list's last item
])
def test_slots_keep_persons_kinds_and_products_out(text, absent):
    assert absent not in _orgs(text)


@pytest.mark.parametrize("text, side", [
    ("9月25日，蓝鲸星图与美方投资者签署合资协议。", "美方投资者"),  # a side named by its country
    ("同日，星尘引力与外方股东签订补充协议。", "外方股东"),
])
def test_a_side_of_a_deal_named_by_its_country_is_no_body(text, side):
    assert side not in _orgs(text)


def test_the_list_rule_is_tried_only_where_an_item_starts():
    # a 40,000-character run with no 、 (a hostile upload's line) took 23 s when the list was tried at every
    # character of it; tried only where an item starts, it is one failed try. Asserted by the shape, not a time:
    # no match begins inside an item, and a list is still found whole.
    from search.parse.orgslot import _LIST
    assert _LIST.match("青石方舟、银杉飞轮", 1) is None
    assert _LIST.search("01" * 20000) is None
    assert _LIST.search("01" * 20000 + "，青石方舟、银杉飞轮").group() == "青石方舟、银杉飞轮"
