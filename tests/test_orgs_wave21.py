"""Shapes of organisations' names left open by set F (orgs_unseen_2026f.jsonl, wave 21), each tested on
names and words of our own, not the set's: a name printed in traditional characters, Latin names in a
list beside a body, a body whose analysts speak, a medium cited in Taiwan's word."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, orgs", [
    ("國際勞工組織發布報告,指全球失業率持平。", ["國際勞工組織"]),  # not 國際勞工 + 組織 (a verb)
    ("據聯合國糧食及農業組織統計,糧價指數回落。", ["聯合國糧食及農業組織"]),
])
def test_a_name_in_traditional_characters_is_read_as_in_simplified_and_given_as_printed(text, orgs):
    """The same sentence in simplified characters gives the name; in traditional ones, as printed."""
    from search.parse.script import simplified
    assert _orgs(simplified(text)) == [simplified(o) for o in orgs]
    assert _orgs(text) == orgs


def test_simplified_text_is_read_as_it_is():
    assert _orgs("国际劳工组织发布报告。") == ["国际劳工组织"]


@pytest.mark.parametrize("text, orgs", [
    ("国内外厂商如微软、Mistral以及国内创业公司纷纷跟进。", ["微软", "Mistral"]),
    ("参与者包括腾讯、百川智能、Moonshot、阶跃AI。", ["腾讯", "百川智能", "Moonshot", "阶跃AI"]),
])
def test_latin_and_mixed_names_listed_beside_a_body_are_bodies(text, orgs):
    """A Latin name in capital and small letters, or a Chinese brand with Latin letters, as an item of a
    list (、) that holds an organisation found, is one, though the model reads it alone as nz."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("涵盖了微软的Phi、Mistral的Codestral等模型。", ["微软", "Mistral"]),  # what bodies own, listed
    ("苹果推出iPhone、iPad等新品。", ["苹果"]),
])
def test_things_owned_or_products_in_a_list_stay_out(text, orgs):
    assert [o for o in _orgs(text) if o not in orgs] == []


@pytest.mark.parametrize("text, orgs", [
    ("Xeneta分析师认为,即期运价仍有下行空间。", ["Xeneta"]),
    ("Linerlytica分析师指出,运力过剩加剧。", ["Linerlytica"]),
    ("Kpler分析师表示,原油库存下降。", ["Kpler"]),
])
def test_a_body_whose_analysts_speak(text, orgs):
    """A name right before those who speak for a body (分析师, 发言人) and what they say, no person
    between: the body's, whatever the model reads the name as."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text", ["市场分析师认为,运价将回落。", "资深分析师指出,风险正在上升。"])
def test_analysts_of_no_named_body_name_none(text):
    assert _orgs(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("運輸及物流局公布新措施。", ["運輸及物流局"]),
    ("香港財經事務及庫務局發表聲明。", ["香港財經事務及庫務局"]),
    ("文化体育及旅游局局长罗淑佩表示。", ["文化体育及旅游局"]),
])
def test_a_body_named_by_two_fields_joined_with_ji(text, orgs):
    """Two fields joined with 及 and a body's ending, at a clause's head or after a place: one name."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("商务部及外交部发表声明。", ["商务部", "外交部"]),  # two bodies
    ("推动贸易及商务局合作。", []),  # a verb's object, no name's head
    ("中小企业及个人均可申请。", []),
    ("企业及商务局应当加强沟通。", []),  # a kind of body and a body
    ("学校及教育局应当加强沟通。", []),
])
def test_two_bodies_or_a_verbs_object_joined_with_ji(text, orgs):
    assert [o for o in _orgs(text) if o not in orgs] == []


def test_a_medium_reporting_in_taiwans_word_is_cited():
    assert "中央社" not in _orgs("中央社報導,台積電第三季營收創新高。")


@pytest.mark.parametrize("text, orgs", [
    ("收购瑞萨半导体(Renesas)的交易完成。", ["瑞萨半导体", "Renesas"]),
    ("东芝半导体对产能进行调整。", ["东芝半导体"]),
    ("住友化学对资产进行重组。", ["住友化学"]),
])
def test_a_name_with_its_trade_after_it_is_whole(text, orgs):
    """The model's name and the trade after it, ending the noun phrase, are one name (瑞萨 + 半导体)."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("小米汽车业务增长。", ["小米"]),  # the trade opens a longer noun: a line of business
    ("华为投资建设新工厂。", ["华为"]),  # the trade word is a verb here
])
def test_a_trade_that_is_no_part_of_the_name(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("韩国是世界旅游组织的成员。", ["世界旅游组织"]),
])
def test_a_name_with_its_kinds_ending_after_it_is_whole(text, orgs):
    """The model's name and the ending of its kind, a word of its own (世界海关 + 组织), are one name."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("希捷母企联想集团周日表示,将继续沟通。", ["希捷", "联想集团"]),
    ("耐世特母企航天科技周日表示。", ["耐世特", "航天科技"]),
])
def test_a_company_and_its_parent_named_by_the_short_kin_word(text, orgs):
    """母企, short for 母公司, between two names the model reads as one or ends one with: two names."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("英国商事法庭驳回了申请。", ["英国商事法庭"]),
    ("瑞士商事法庭受理此案。", ["瑞士商事法庭"]),
])
def test_a_countrys_court_the_model_cut_from_its_place(text, orgs):
    """A place, then a word ending in 法院 or 法庭 the model reads as common: a country's court."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("研究机构Kpler发布的数据显示,库存下降。", ["Kpler"]),
    ("咨询机构IDC发布报告,预计出货量回升。", ["IDC"]),
])
def test_a_name_after_its_kind_doing_what_bodies_do(text, orgs):
    """A kind of body, a name, then what companies do (发布): the kind said it is a body, the verb agrees,
    though a product is released too (a product's name has no kind before it)."""
    assert _orgs(text) == orgs
