"""An item of an enumeration between two names, which the model cut into common words
(中国人民银行、国家金融监管总局、中国证监会: 国家/金融/监管总局), is an organisation where it ends as one
(orgkin.between_names); and a name beside an enumeration of common things is judged by that item
read in the text's order (orgshape._among_common_things read the item before a name backwards).
Variants of our own of blind9's scan."""
from __future__ import annotations

import pytest

from search.parse.orgs import extract_orgs


@pytest.mark.parametrize("text, wanted", [
    ("中国人民银行、国家金融监管总局、中国证监会主要负责人悉数与会。",
     ["中国人民银行", "国家金融监管总局", "中国证监会"]),
    ("商务部、国家数据管理局和工业和信息化部联合发布通知。", ["商务部", "国家数据管理局", "工业和信息化部"]),
    ("大连市商务局、市场监管局、大连海关开展联合检查。", ["大连市商务局", "市场监管局", "大连海关"]),
])
def test_an_item_between_two_names_that_ends_as_a_name_is_one(text, wanted):
    assert extract_orgs(text) == wanted


@pytest.mark.parametrize("text, unwanted", [
    ("腾讯、各地政府、阿里巴巴共同参与。", "各地政府"),
    ("船舶、汽车零配件、汽车等产品出口增长。", "汽车零配件"),
])
def test_common_words_between_names_stay_out(text, unwanted):
    assert unwanted not in extract_orgs(text)


@pytest.mark.parametrize("text, wanted", [
    ("同日，中央金融委员会印发意见，金融监管总局会同上海市人民政府印发行动方案。",
     ["中央金融委员会", "金融监管总局", "上海市人民政府"]),
    ("3月5日，大连市商务局会同大连海关举办培训。", ["大连市商务局", "大连海关"]),
])
def test_the_body_before_a_verb_that_joins_two_bodies_is_one(text, wanted):
    assert extract_orgs(text) == wanted


def test_common_words_before_a_joining_verb_stay_out():
    assert extract_orgs("此外，各地政府联合阿里巴巴推出活动。") == ["阿里巴巴"]


def test_a_part_of_a_body_named_by_its_kind_is_no_name():
    assert extract_orgs("5月下旬，协会秘书处联合大连海关举办宣讲会。") == ["大连海关"]


def test_a_word_read_as_a_name_is_looked_up_where_it_starts():
    # each conjunction scanned every word of the text for one starting after it: a hostile line of
    # 20,000 与 took a minute (quadratic). Looked up by bisection, the same answer.
    from search.parse.orgjoin import _org_word_at
    from search.parse.tagger import Token
    tokens = [Token("经", "p", 0), Token("文化", "n", 1), Token("和", "c", 3), Token("旅游部", "ORG", 4)]
    assert _org_word_at(tokens, 4) and not _org_word_at(tokens, 1) and not _org_word_at(tokens, 5)
    assert not _org_word_at(tokens, 7) and not _org_word_at([], 0)
