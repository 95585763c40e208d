"""Government organs by their shape (search/parse/orgorgan.py, wave 23): a bare organ as the subject of a verb
or before its head's title, a department whose ending the model left apart, and what is no body where it
stands (an assembly before a role or a session, a government before 工作报告, a plant of a company, a name
inside a quoted plan). Set H (tests/data/orgs_unseen_2026h.jsonl) guided them; the sentences here are our
own, in no set, with other names."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases
from search.parse.orgs import extract_orgs


def _orgs(text: str) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text))


@pytest.mark.parametrize("text, org", [
    ("交通部表示，明年将增开两条国际航线。", "交通部"),  # the subject of a verb of saying
    ("勞動部指出，外籍移工人數持續增加。", "勞動部"),  # printed in traditional characters
    ("環境部次長沈志修說明空污改善進度。", "環境部"),  # before its head's title
    ("警方其後把樣本交予衞生署化驗。", "衞生署"),  # after a verb, before a verb
    ("農業部長陳駿季出席記者會。", "農業部"),  # the title fused into the word after the stem
    ("中方代表与韩国产业通商部长官举行磋商。", "韩国产业通商部"),  # a country's ministry: the place its first word
])
def test_a_bare_organ_as_subject_or_with_its_head_is_a_body(text, org):
    assert org in _orgs(text)


@pytest.mark.parametrize("text", [
    "全部表示支持这项改革。",  # a word of scope
    "东北部地区说明会将于下月举行。",  # a direction
    "协会秘书处表示将做好服务。",  # a generic reference, no name
    "大图们倡议各方召开委员会部长级会议。",  # a body before a title of rank
    "中方与新西兰贸易部长会谈。",  # a country's minister, fused with the stem (test_orgs.py: 新西兰贸易部长)
])
def test_words_shaped_like_an_organ_are_no_body(text):
    assert _orgs(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("商务部外贸司处长李明表示，政策将延续。", None),  # parent and department as the model reads them
    ("交通部公路局科长王强介绍了情况。", None),
    ("最高人民法院民事审判第三庭庭长出席发布会。", ["最高人民法院民事审判第三庭"]),
    ("最高人民法院环境资源审判庭发布典型案例。", ["最高人民法院环境资源审判庭"]),
])
def test_a_department_is_kept_whole_with_its_parent(text, orgs):
    found = _orgs(text)
    if orgs is None:  # whatever else is found, no department is cut into its head's title
        assert not any(o.endswith(("处长", "科长", "副")) for o in found)
    else:
        assert found == orgs


@pytest.mark.parametrize("text, orgs", [
    ("山东省人大代表、万华化学董事长廖增太建议。", ["万华化学"]),  # a deputy's role
    ("广东省政协委员、美的集团副总裁表示。", ["美的集团"]),  # a member's role
    ("全国人大会议期间，代表们热议外贸。", []),  # the session
    ("今年江苏省政府工作报告提出扩大开放。", []),  # the document
])
def test_an_assembly_in_a_role_or_a_session_and_a_report_are_no_body(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("比亚迪宣布扩建工厂，比亚迪郑州工厂明年投产。", ["比亚迪"]),  # the plant of a company found
    ("宁德时代计划在匈牙利建厂，宁德时代德布勒森工厂进展顺利。", ["宁德时代"]),
])
def test_a_plant_of_a_company_is_not_an_organisation(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("海关总署新闻发言人表示，总署将优化监管。", ["海关总署"]),  # the body again, by its kind
    ("中法合作项目进展顺利。", []),  # two countries
    ("财政部推动「百亿产业发展方案」，由金管会配合。", ["财政部", "金管会"]),  # a name inside a quoted plan
    ("國際貿易談判代表兼副部長出席會議。", []),  # a title ending in 兼
    ("局长表示，欣悉税务署去年工作成效良好。", ["税务署"]),  # a verb of learning before the body
    ("深圳市跨境电商协会——深圳市出海企业协会正式成立。", ["深圳市跨境电商协会", "深圳市出海企业协会"]),
])
def test_run_ons_and_references_are_mended(text, orgs):
    assert _orgs(text) == orgs


def test_a_name_written_again_whole_keeps_a_last_word_that_is_also_a_verb():
    # 移动 is a verb too: `大连移动加快…` must not lose it as a verb run into the name, since “大连移动”
    # is declared and written whole elsewhere (blind3's photographed profile fell by it at wave 23's merge)
    text = "中国移动通信集团辽宁有限公司大连分公司（简称“大连移动”）负责大连地区的业务。近年来，大连移动加快网络建设。"
    orgs = _orgs(text)
    assert "大连移动" in orgs and "大连" not in orgs
