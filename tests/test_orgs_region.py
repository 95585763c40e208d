"""Shapes of blind11 (2025) that named no organisation, each with a variant of our own in another
bloc, noun or layout: a bloc of states modifying a generic noun names its region (东盟市场, 东盟国家,
十余家东盟运营企业, 赋能东盟制造业, 东盟和欧盟市场) while acting it is a body (与东盟各方, 欧盟通过…);
a kind counted across common nouns is no name (14个行业商协会); a country and a bloc the model reads as
one word are two (中国东盟携手)."""
from __future__ import annotations

import pytest

from search.parse.orgs import extract_orgs


@pytest.mark.parametrize("text", [
    "一季度，公司为会员企业编制东盟和欧盟市场月度监测简报，帮助企业调整接单节奏。",
    "今年上半年，公司开通面向东盟市场的小语种客服团队。",
    "中国企业的数字技术正在赋能东盟制造业。",
    "已与十余家东盟运营企业实现网络互联。",
    "这是中国与东盟国家签订的首个合作平台。",
    # variants: other blocs, other generic nouns, a place joined to the bloc
    "协会组织会员赴欧盟国家考察跨境电商。",
    "公司产品已进入非盟国家和海合会市场。",
    "平台服务覆盖东盟、非洲地区的中小买家。",
    "欧盟服务业和制造业采购经理指数回落。",
])
def test_a_bloc_modifying_a_generic_noun_is_a_region(text):
    found = extract_orgs(text)
    assert not {"东盟", "欧盟", "非盟", "海合会"} & set(found), found


@pytest.mark.parametrize("text, bloc", [
    ("中方愿与东盟各方一道，在数字基础设施领域加强战略对接。", "东盟"),
    ("欧盟通过了新的数据法案。", "欧盟"),
    ("商务部对欧盟部分乳制品征收临时反倾销保证金。", "欧盟"),
    ("对特斯拉从中国出口至欧盟的电动车加征关税。", "欧盟"),
    ("东盟是中国最大的贸易伙伴。", "东盟"),
])
def test_a_bloc_that_acts_is_a_body(text, bloc):
    assert bloc in extract_orgs(text)


@pytest.mark.parametrize("text", [
    "并联动14个行业商协会举办跨境电商、服装纺织等4场产业对接会。",
    "活动组织二十余家重点外贸企业协会参加。",
    "联合30多个地方行业商会共同发起倡议。",
])
def test_a_kind_counted_across_common_nouns_is_no_name(text):
    assert extract_orgs(text) == []


def test_a_counted_kind_leaves_a_named_body_beside_it():
    found = extract_orgs("大连市软件行业协会组织8家会员企业参加。")
    assert found == ["大连市软件行业协会"]


def test_a_country_and_a_bloc_read_as_one_word_are_not_one_name():
    found = extract_orgs("中国东盟携手打造增长“数字引擎”")
    assert "中国东盟" not in found


@pytest.mark.parametrize("text, name", [
    ("济南市中未来产业发展有限公司宣布联合华为在“市中云”平台接入DeepSeek。", "华为"),
    ("区政府宣布联合腾讯在平台接入模型。", "腾讯"),
])
def test_a_verb_the_model_read_into_a_name_after_it_is_left_out(text, name):
    found = extract_orgs(text)
    assert name in found and not any(n.startswith("联合") for n in found), found


@pytest.mark.parametrize("text, name", [
    ("联盟将推动上合组织成员国高校在数字经济教育领域深化合作。", "上合组织"),
    ("会上成立了“上合组织数字经济高校联盟”。", "上合组织数字经济高校联盟"),
    ("会上成立了东盟数字经济研究中心。", "东盟数字经济研究中心"),
])
def test_a_bloc_with_members_or_beginning_a_name_is_a_body(text, name):
    assert name in extract_orgs(text)


@pytest.mark.parametrize("text", [
    "第五次中国—东盟数字部长会议1月17日在泰国曼谷召开。",
    "第十二次东盟经济部长会议在雅加达召开。",  # variant: numbered, no dash
    "中国—欧盟经贸高层对话会议举行。",  # variant: a dash pair, no number
])
def test_a_bloc_in_a_numbered_or_paired_meeting_name_is_no_body(text):
    assert extract_orgs(text) == []


def test_a_bloc_acting_beside_its_meeting_is_a_body():
    found = extract_orgs("第五次中国—东盟数字部长会议召开。中方愿与东盟各方一道加强对接。")
    assert found == ["东盟"]
