"""Shapes of organisations' names left open by set E (orgs_unseen_2026e.jsonl, wave 19) and met again in
wave 20, each with a variant of our own in other names or words: a name in a list of names of one kind,
a compound read with a pronoun inside it (无人), the field of a kind that introduces names."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, orgs", [
    ("在欧洲，雷诺、大众的电动车型销量下滑。", ["雷诺", "大众"]),
    ("大众、宝马的中国工厂正在转型。", ["大众", "宝马"]),
])
def test_a_common_word_listed_with_a_name_is_a_name(text, orgs):
    """A name the model reads in a list beside another it reads as an organisation (雷诺、大众) is one,
    though on its own the word is a common one (大众, the public)."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text", ["政府、企业和个人都要参与。", "大众的消费意愿有所回升。"])
def test_common_words_alone_or_among_common_words_stay_out(text):
    assert _orgs(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("会上发起成立海洋无人装备产业联盟。", ["海洋无人装备产业联盟"]),
])
def test_a_pronoun_inside_a_compound_does_not_cut_the_name(text, orgs):
    """无人 (tagged as a pronoun) right after a noun of the name is a word of it (海洋 + 无人 + 装备):
    a determiner (该, 各) begins a phrase, it does not follow a noun."""
    assert _orgs(text) == orgs


def test_a_determiner_still_makes_a_kind():
    assert _orgs("该协会与各产业委员会合作。") == []


@pytest.mark.parametrize("text, orgs", [
    ("菲律宾本地电信运营商Globe、Smart等也在加快光纤建设。", ["Globe", "Smart"]),
])
def test_the_field_of_a_kind_that_introduces_names_is_no_name(text, orgs):
    """本地 + 电信 + 运营商 + names: the model reads the field (电信) as a name; it is the kind's."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("10月，腾讯全球数字生态大会2025在深圳召开。", []),
    ("华为全联接大会2026将于9月在上海世博中心开幕。", []),  # the model reads 华为全 + 联接 (a verb)
    ("百度举办智能云大会2025。", ["百度"]),  # a subject and its predicate: 百度 holds the event
])
def test_a_meeting_named_by_its_edition_is_an_event(text, orgs):
    """A meeting's ending with its edition's year right after it (…大会2025) names an event, like
    博览会 or 峰会: the name at its start is the event's, not an organisation that acts."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("复旦大学计算神经上海市重点实验室发布成果。", ["复旦大学计算神经上海市重点实验室"]),
    # two companies by their legal forms are two names, whatever stands between them
    ("沈阳新松机器人自动化股份有限公司原名沈阳新松机器人自动化有限公司。",
     ["沈阳新松机器人自动化股份有限公司", "沈阳新松机器人自动化有限公司"]),
])
def test_a_lab_named_after_its_university_and_field_is_one_name(text, orgs):
    """A university, its field, and a key lab's designation the model reads as a name of its own
    (上海市重点实验室): one body, the lab, however long the designation."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("智利外长表示，中智经贸合作前景广阔。", []),
    ("中智集团在北京发布报告。", ["中智集团"]),  # a company's name in full, no pair of countries
])
def test_two_countries_paired_by_a_character_each_are_no_name(text, orgs):
    """中 + 智 where the text names 智利: two countries' one-character names, as 中美 or 中欧, not a body."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("吉利今年在欧洲的销量超过Polestar。", ["吉利", "Polestar"]),
    ("新模型的推理能力超越Mistral的Large和Google的Gemini。", ["Mistral", "Google"]),
    ("该模型的得分超越GPT。", []),  # nothing found heads the clause: a product compared with a product
])
def test_a_name_standing_where_a_body_stands_is_a_body(text, orgs):
    """A proper name compared with a body heading the clause (吉利…超过 + Polestar), or owning a thing
    listed beside a body's thing (Mistral的Large 和 Google的Gemini), is of the body's kind."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("万科子公司万物云在港上市。", ["万科", "万物云"]),
    ("Grab母公司GrabHoldings发布财报。", ["Grab", "GrabHoldings"]),
])
def test_a_company_and_its_kin_read_as_one_word_are_two_names(text, orgs):
    """X + 母公司/子公司 + Y, which the model reads as one name: X and its parent or subsidiary Y."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("生数AI、爱诗AI等创业公司完成新一轮融资。", ["生数AI", "爱诗AI"]),
    ("制造、物流等企业加快数字化。", []),  # sectors: common nouns before the kind
    ("上海、深圳等地企业纷纷布局。", []),
])
def test_proper_names_listed_before_a_kind_are_of_it(text, orgs):
    """Items listed up to 等 and a kind (创业公司), each a proper name (Latin letters in a Chinese name,
    or a word the model takes for a name's): names of the kind, though none was found already."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, name, kept", [
    ("借助中粮国际化采购体系，保障粮食供应。", "中粮国际化", "中粮"),
    ("依托美团数字化能力拓展业务。", "美团数字化", "美团"),
    ("中国现代化研究中心发布报告。", "中国现代化研究中心", "中国现代化研究中心"),
])
def test_a_name_run_into_a_process_in_hua_ends_before_it(text, name, kept):
    """Where the model reads a name and a process after it as one (中信 + 国际化, E #61), the name ends
    before the process: no name ends in 国际化 or 数字化; a name with a process inside it stays whole."""
    from search.parse.orgname import process_cut
    start = text.index(name)
    assert text[start:process_cut(text, start, start + len(name))] == kept


@pytest.mark.parametrize("text, orgs", [
    ("当地云服务商如IBM Cloud、Oracle、腾讯云等纷纷设立数据中心。", ["IBM Cloud", "Oracle", "腾讯云"]),
    ("海外云服务商如Google Cloud Platform、Oracle、华为云等纷纷进入中东。",  # Google: the gazetteer's
     ["Google Cloud Platform", "Oracle", "华为云"]),
    ("科技公司如Google、Meta等也在布局。", ["Google", "Meta"]),
])
def test_an_item_of_a_kind_list_is_whole_past_a_name_inside_it(text, orgs):
    """An item of the names a kind introduces (云服务商如…等) is one name, the Latin words after a space with
    it (IBM + Cloud), though the gazetteer knows its first word."""
    assert _orgs(text) == orgs
