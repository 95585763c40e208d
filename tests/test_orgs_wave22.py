"""The broad gazetteer of well-known organisations (data/orgs-known.txt, wave 22): names a reader of trade
news knows, found where the model reads them as persons, common words or nothing; and the guards that keep
the words such names are made of, or that are also names, from counting where they are no body. The
sentences are our own, in no set."""
from __future__ import annotations

import pytest

from search import vocab
from search.parse.aliases import extract_aliases
from search.parse.gazetteer import gazetteer
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, orgs", [
    ("商船三井和日本邮船计划明年订造新船。", ["商船三井", "日本邮船"]),  # shipping lines
    ("阶跃星辰与零一万物相继发布新模型。", ["阶跃星辰", "零一万物"]),  # AI companies read as common words
    ("中国商飞的订单增加，空中客车交付量下降。", ["中国商飞", "空中客车"]),  # an aircraft maker
    ("數位發展部公布新的資安計畫。", ["數位發展部"]),  # a ministry of Taiwan, printed in traditional characters
    ("宇树科技、智元机器人参加了展会。", ["宇树科技", "智元机器人"]),
])
def test_well_known_bodies_are_found(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text", [
    "发展普惠金融，集中金融资源支持小微企业。",  # 普惠 left out; 中金 inside 集中 + 金融
    "这家三星级酒店生意不错。",  # 三星 inside 三星级
    "他是个菜鸟，刚入行不久。",  # 菜鸟 left out: a word before it is a company
    "经济部门和交通部门联合开展检查。",  # 经济部 and 交通部 end inside 部门
    "浪潮之下，新希望在于创新。",  # common words that are also short names, left out
])
def test_words_that_are_also_names_count_nowhere_they_are_no_body(text):
    assert _orgs(text) == []


def test_the_curated_gazetteer_wins():
    """A form the curated file lists keeps its kind and its canonical name there."""
    curated = {form: (kind, canonical) for kind, entries in vocab.load("orgs").items()
               for form, canonical in vocab.pairs(entries)}
    known = gazetteer()
    for form, (kind, canonical) in curated.items():
        assert known[kind][form] == (canonical or form)
        assert all(form not in known[other] for other in known if other != kind)


def test_the_broad_gazetteer_is_broad_and_holds_no_word_it_leaves_out():
    forms = vocab.words("orgs-known", "orgs")
    assert len(forms) >= 1500
    left_out = {"小米", "蚂蚁", "联想", "美的", "平安", "华夏", "光大", "中兴", "荣耀", "浪潮", "菜鸟", "普惠",
                "央行", "中央银行", "教育局", "税务局", "中国石油", "中国建筑", "中国电子"}
    assert not left_out & set(forms)
    assert len(set(forms)) == len(forms)  # each once


@pytest.mark.parametrize("text, orgs", [
    ("日本索尼推出新款相机。", ["日本索尼"]),  # a place before a well-known name is part of it, as written
    ("省发改委发布通知，要求各地落实。", ["省发改委"]),  # a level before a known body: 省, 市, 区, 县, 国家
    ("区国资委召开会议。", ["区国资委"]),
    ("上海浦东国资委发布通知。", ["上海浦东国资委"]),  # a place of two places before a known body
    ("香港特区政府投资推广署举办活动。", ["香港特区政府投资推广署"]),  # two long known names, parent and body: one
    ("SAP中国研究经理王明表示，需求回暖。", ["SAP中国"]),  # a company's arm in a country, before a title
    ("大连华科电子科技有限公司中国区总经理表示。", ["大连华科电子科技有限公司"]),  # not a name whole by its ending
    ("高瓴创投领投，宁德时代跟投。", ["高瓴创投", "宁德时代"]),  # a well-known name runs on into its trade
    ("Gartner数据显示，支出将增长。", ["Gartner"]),  # not a Latin one: 数据 is what it published
])
def test_a_well_known_name_is_part_of_the_longer_name_written_around_it(text, orgs):
    assert _orgs(text) == orgs
