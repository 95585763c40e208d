"""Variants of the shapes blind9 missed (issue 16): a footnote that cites only its outlet and date,
titles numbered by the heavenly stems (甲、 （乙）)."""
from __future__ import annotations

import pytest

from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.shapes import strip_list_number
from search.parse.sources import note_source


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def md_issue(note1: str, note2: str, stem1: str, stem2: str) -> str:
    return "\n".join([
        "数字贸易简报", "======", "", "**2026年第2期（总第46期）**  ", "大连市数字贸易协会　2026年2月28日", "",
        "行业资讯", "--------", "", "**商务部：1月服务贸易稳中有升**", "",
        "2月20日，商务部发布数据，1月服务进出口总额6500亿元，同比增长6.1%。[^a]", "",
        "**大连跨境电商综试区新增备案企业120家**", "",
        "2月22日，大连市商务局介绍，今年以来综试区新增备案企业120家，跨境电商进出口保持增长。[^b]", "",
        "会员风采", "--------", "", f"**{stem1}大连华信计算机技术股份有限公司**", "",
        "该公司深耕软件和信息技术服务出口，去年离岸服务外包执行额稳居全市前列。", "",
        f"**{stem2}大连英歌石科技有限公司**", "", "该公司为东北亚客户提供跨境数据标注服务，业务规模持续扩大。", "",
        f"[^a]: {note1}", f"[^b]: {note2}", ""])


@pytest.mark.parametrize("note1,note2,src1,src2,stem1,stem2", [
    ("《经济日报》 2026-02-21", "大连新闻传媒集团，2026年2月22日。", "经济日报", "大连新闻传媒集团", "甲、", "乙、"),
    ("央视新闻", "财新网 2026/2/23", "央视新闻", "财新网", "（丙）", "（丁）"),
])
def test_a_footnote_citing_its_outlet_alone_is_the_source_and_stems_are_list_numbers(note1, note2, src1, src2,
                                                                                     stem1, stem2):
    issue = parse_source(Source("2026-02.md", md_issue(note1, note2, stem1, stem2).encode()))
    assert rows(issue) == [("行业资讯", "商务部：1月服务贸易稳中有升", src1),
                           ("行业资讯", "大连跨境电商综试区新增备案企业120家", src2),
                           ("会员风采", "大连华信计算机技术股份有限公司", None),
                           ("会员风采", "大连英歌石科技有限公司", None)]
    assert not any(src1 in i.body or "2026" in i.body for i in issue.items)


def test_a_note_that_says_more_is_no_source():
    assert note_source("按可比价格计算") is None and note_source("注：数据为初步统计。") is None
    assert note_source("同比增长5%") is None and note_source("香港01，2026年3月5日。") == "香港01"


@pytest.mark.parametrize("title,bare", [
    ("戊、大连港集团", "大连港集团"), ("【己】数据月报", "数据月报"), ("(庚) 协会动态", "协会动态"),
    ("甲级资质企业名单公布", "甲级资质企业名单公布"), ("乙方违约责任认定", "乙方违约责任认定"),
    ("甲、乙双方签署合作协议", "甲、乙双方签署合作协议")])
def test_heavenly_stems_number_a_list_only_when_marked(title, bare):
    assert strip_list_number(title) == bare


def txt_issue(last: str) -> str:
    return "\n".join([
        "数字贸易简报", "2026年第3期（总第47期）", "大连市数字贸易协会　2026年3月31日", "",
        "【行业资讯】", "", "商务部：前2个月服务贸易较快增长", "",
        "3月10日，商务部发布数据，前2个月服务进出口总额1.2万亿元，同比增长7.3%。", "", "来源：商务部网站", "",
        "【协会动态】", "", "3月12日，协会组织会员单位学习政府工作报告。", "",
        "3月20日，协会秘书处走访大连软件园会员企业。", "", last, ""])


@pytest.mark.parametrize("last", ["报送：大连市商务局　　　　　　印数：60份", "编辑：协会秘书处  电话：0411-88888888",
                                  "分送：各会员单位\t责任编辑：王芳"])
def test_a_closing_row_of_fields_without_a_rule_is_no_activity(last):
    issue = parse_source(Source("2026-03.txt", txt_issue(last).encode()))
    assert [i.section for i in issue.items] == ["行业资讯", "协会动态", "协会动态"]
    assert not any(last[:3] in i.body for i in issue.items)


def test_a_closing_line_that_says_more_stays():
    issue = parse_source(Source("2026-03.txt", txt_issue("3月25日，协会召开理事会：审议年度工作计划，通过新会员入会申请。").encode()))
    assert [i.section for i in issue.items] == ["行业资讯", "协会动态", "协会动态", "协会动态"]


@pytest.mark.parametrize("text,orgs", [
    ("据教育和体育局数据中心统计，入学人数增长。", ["教育和体育局数据中心"]),
    ("经交通和运输部科学研究院测算，客流增长。", ["交通和运输部科学研究院"]),
    ("据张平教授和大连市软件行业协会介绍，项目进展顺利。", ["大连市软件行业协会"]),
    ("协会邀请专家解读“人工智能+”行动和稳外贸相关部署。", []),
])
def test_a_bare_noun_and_a_name_the_model_read_are_one_name(text, orgs):
    from search.parse.orgs import extract_orgs
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text,orgs", [
    ("论坛于大连星海湾金融商务中心隆重开幕，大连市商务局主办。", ["大连市商务局"]),
    ("发布会在辽宁省政府新闻办召开。", ["辽宁省政府新闻办"]),
    ("大连市大数据中心发布报告。", ["大连市大数据中心"]),
])
def test_a_centre_where_a_meeting_is_held_is_a_venue(text, orgs):
    from search.parse.orgs import extract_orgs
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text,orgs", [
    ("一季度我国对中东、东盟和中亚地区出口增长。", []),
    ("对美国、欧盟、东盟出口增长。", ["欧盟", "东盟"]),
    ("东盟、非洲联盟和上海合作组织代表出席。", ["东盟", "非洲联盟", "上海合作组织"]),
])
def test_a_bloc_listed_among_places_is_a_market(text, orgs):
    from search.parse.orgs import extract_orgs
    assert extract_orgs(text) == orgs
