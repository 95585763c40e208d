"""Shapes of organisations' names met in news of 2025-2026 (orgs_unseen_2026e.jsonl, wave 19), each
with a variant of our own in another name or word: a short form declared with another word of naming
or a colon ((下称“…”), (以下简称：…)), names after a maker or dealer (开发商, 运营商 …) the kind they
are, and Latin names listed with an organisation up to 等."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, pair, orgs", [
    ("国家金融监督管理总局(下称“金融监管总局”)日前发布通知。", ("金融监管总局", "国家金融监督管理总局"),
     ["国家金融监督管理总局", "金融监管总局"]),
    ("大连华信计算机技术股份有限公司（以下简称：华信）与东北财经大学签约。", ("华信", "大连华信计算机技术股份有限公司"),
     ["大连华信计算机技术股份有限公司", "华信", "东北财经大学"]),
    ("辽宁港口集团有限公司（以下称“辽港集团”）发布公告。", ("辽港集团", "辽宁港口集团有限公司"),
     ["辽宁港口集团有限公司", "辽港集团"]),
])
def test_a_short_form_declared_with_any_word_of_naming(text, pair, orgs):
    assert pair in extract_aliases(text)
    assert _orgs(text) == orgs  # not 下称“金融监管总局”, not ：华信


@pytest.mark.parametrize("text, orgs", [
    ("欧洲芯片开发商Axelera AI完成2亿欧元融资。", ["Axelera AI"]),
    ("当地运营商MTN、Airtel等也在扩建网络。", ["MTN", "Airtel"]),
    ("海外云服务商如Vultr、Oracle、华为云等纷纷进入中东市场。", ["Vultr", "Oracle", "华为云"]),
])
def test_names_after_a_maker_or_dealer_the_kind_they_are(text, orgs):
    """A noun ending in 商 (开发商, 运营商, 服务商) is a kind of body, like 企业 or 平台: the names
    written right after it, or after 如 and listed up to 等, are organisations'; a Latin word the
    model left untagged among them (MTN) is a name like the others."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("Zara、Uniqlo以及海澜之家等在东南亚加快开店。", ["Zara", "Uniqlo", "海澜之家"]),
    ("小米、iPad等在海外热销。", ["小米"]),
])
def test_latin_names_listed_with_an_organisation_up_to_deng(text, orgs):
    """Latin names listed with an organisation found and closed by 等, though no kind follows (Shein、
    Temu以及亚马逊等在…): of a kind with it; a product's name, beginning low (iPad), is not."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("香港创新科技及工业局发布年度施政报告。", ["香港创新科技及工业局"]),
    ("腾讯与科技部签署合作协议。", ["腾讯", "科技部"]),
    ("商务部和工业和信息化部联合发布通知。", ["商务部", "工业和信息化部"]),
])
def test_a_field_and_an_ending_after_a_conjunction_close_the_name_before_it(text, orgs):
    """及 + 工业局: a field and an organisation's ending alone are no name without the words before the
    conjunction, though the model reads those as one (香港创新科技): one name; a body of its own after
    the conjunction (科技部) or before it (商务部) keeps the two apart."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("9月27日，论坛在深圳虚拟大学园举行。", []),
    ("活动在厦门大学城体育馆举行，厦门大学派员出席。", ["厦门大学"]),
])
def test_a_name_that_runs_on_into_a_place_is_the_place(text, orgs):
    """A university's ending inside a word the model reads as a place (深圳虚拟大学 of 深圳虚拟大学园,
    大学城): the venue's name, no organisation's."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("中国与欧达成一致，商务部表示欢迎。", ["商务部"]),
    ("英伟达成立新的研究部门。", ["英伟达"]),
])
def test_a_country_and_the_verb_after_it_are_no_name(text, orgs):
    """与欧达成: a country's one-character name and the first character of the verb after it, which
    the model reads as a name (欧达), are no organisation; a name that reads on into a verb is one."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("特斯拉创办人马斯克周二发文称，将扩大储能业务。", ["特斯拉"]),
    ("宏碁创办人施振荣表示，将继续投资。", ["宏碁"]),
    ("该公司创办人张三表示，将继续扩张。", []),
])
def test_a_founder_title_names_the_body_before_it(text, orgs):
    """创办人 is a title like 创始人: the name before it, the person after it, is the body's, whatever
    the model takes the name for (a person, 特斯拉); a kind before it (该公司) names none."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("比亚迪匈牙利工厂的首批车辆近日下线。", ["比亚迪"]),
    ("长城汽车巴西工厂启动生产。", ["长城汽车"]),
])
def test_the_place_of_a_plant_is_no_part_of_the_name(text, orgs):
    """A company, a country and its plant (比亚迪 + 匈牙利 + 工厂), where the model reads the company and
    the country as one name: the company's name ends before the place."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("河北省城乡建设发展中心发布通知。", ["河北省城乡建设发展中心"]),
    ("影禾医脉打造国际化技术中心。", ["影禾医脉"]),
])
def test_a_field_and_its_works_name_a_centre(text, orgs):
    """建设 after a field (城乡建设, 规划建设) is the centre's work, part of its name; after a body's name
    (影禾医脉打造…中心) it is what the body builds, no name."""
    assert extract_orgs(text) == orgs


def test_a_place_a_verb_and_the_goal_built_are_no_name():
    """投资建设 after a place: what is built there, read as one name by the model, is no name."""
    assert extract_orgs("多家企业纷纷在马来西亚投资建设数据中心。") == []


@pytest.mark.parametrize("text, orgs", [
    ("据悉，百川智能发布新一代医疗大模型。", ["百川智能"]),
])
def test_a_brand_and_its_trade_at_the_head_of_a_clause_are_one_name(text, orgs):
    """百川 + 智能 + 发布: the model reads the brand alone as a name; at the head of a clause, doing what
    companies do, the brand and the trade after it are the company's name."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("当地时间5月8日，奇瑞位于西班牙巴塞罗那的新能源汽车工厂正式投产。", ["奇瑞"]),
    ("小米汽车武汉生产基地开工。", ["小米汽车"]),
])
def test_what_a_plant_makes_after_de_is_no_company(text, orgs):
    """…的 + 新能源汽车 + 工厂: the words between 的 and a plant say what it makes, no company's name
    (the company is named before, 奇瑞位于…)."""
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("新加坡资讯通信媒体发展局（IMDA）发布年度报告。", ["新加坡资讯通信媒体发展局", "IMDA"]),
    ("中国申请加入《数字经济伙伴关系协定》（DEPA）。", []),
])
def test_a_body_a_latin_acronym_defines(text, orgs):
    """X（IMDA）: a Latin acronym in brackets defines the name before it; where that name ends as an
    organisation's (…局, …部) it is one, and the acronym too, though neither model nor rules saw it."""
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, unwanted", [
    ("根据新加坡经济发展局（EDB）的数据，投资增长。", "根据新加坡经济发展局"),
    ("亚太“数字丝路”研究会（DSRC）发布报告。", "研究会"),
])
def test_an_acronyms_name_is_not_a_preposition_or_a_quotes_tail(text, unwanted):
    assert unwanted not in _orgs(text)


@pytest.mark.parametrize("text, orgs", [
    ("9月1日，深度求索推出新一代模型DeepSeek-V3.1。", ["深度求索"]),
    ("今年1月，幻方量化推出新模型DeepSeek-R1。", ["幻方量化"]),
    ("研究团队发布新一代模型X-1。", []),
])
def test_the_maker_of_a_model_named_in_latin_heads_the_clause(text, orgs):
    """X + 发布/推出 + (新一代)模型 + a Latin name, X at the head of a clause, after a date too
    (drift16 d16-08, drift18doc d18-04: 2025年12月1日，深度求索发布…): X is the model's maker, though the
    model reads it as common words (深度 + 求索); common words alone (研究团队) name no maker."""
    assert extract_orgs(text) == orgs


def test_an_acronyms_name_cut_inside_a_name_found_is_no_name():
    """经济合作与发展组织（OECD）: the acronym's name as the alias reader cuts it (发展组织) stands inside
    a name found, no body of its own."""
    text = "经济合作与发展组织（OECD）9月23日发布中期经济展望。"
    assert _orgs(text) == ["经济合作与发展组织", "OECD"]
