"""Shapes of organisations' names met in news of 2025-2026 (orgs_unseen_2026d.jsonl, blind10), each
with a variant of our own in another name or word: a gazetteer form read across the start of a name
the model found (联合 + 国家发展改革委), a parent and the body it owns run together (所属), the titles
of one person listed (省委书记、省人大常委会主任), a trade among trades closed by 等, a company's
name the text repeats whose trade the model read as a verb (宏润 + 建设), a local department
without its place in a list of bodies, a name run into the verb and object after it, and a short
form picked from a full name found, the subject of a clause (大橡塑)."""
from __future__ import annotations

import pytest

from search.parse.orgs import extract_orgs


@pytest.mark.parametrize("text, wanted", [
    ("市商务局联合国家发展改革委召开会议。", ["大连市商务局", "国家发展改革委"]),
    ("商务部联合国务院国资委发布通知。", ["商务部", "国务院国资委"]),
])
def test_a_known_form_read_across_the_start_of_a_name_is_no_name(text, wanted):
    assert extract_orgs(text) == wanted


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("中国贸促会所属专商所、港专公司今年以来共代理专利申请。", "中国贸促会", "中国贸促会所属专商所"),
    ("国家电网公司旗下南瑞集团发布年报。", "南瑞集团", "国家电网公司旗下南瑞集团"),
])
def test_a_parent_and_the_body_it_owns_are_two(text, wanted, unwanted):
    found = extract_orgs(text)
    assert wanted in found and unwanted not in found


@pytest.mark.parametrize("text, wanted", [
    ("省委书记、省人大常委会主任郝鹏出席会议。", "省人大常委会"),
    ("党组书记、区人大常委会副主任李四出席。", "区人大常委会"),
])
def test_a_body_in_the_titles_of_one_person_is_one(text, wanted):
    assert wanted in extract_orgs(text)


@pytest.mark.parametrize("text", ["该企业主要从事电信、金融等行业的软件外包业务。", "从事电信、保险等领域的服务。"])
def test_a_trade_among_trades_closed_by_deng_is_no_organisation(text):
    assert "电信" not in extract_orgs(text)


@pytest.mark.parametrize("text, wanted", [
    ("主论坛期间邀请宇树科技、深度求索等企业负责人探讨人工智能创新趋势。", "宇树科技"),
    ("会议邀请华为、中兴通讯等公司代表参加。", "华为"),
])
def test_a_name_in_a_list_closed_by_deng_and_a_kind_of_body_stays(text, wanted):
    assert wanted in extract_orgs(text)


@pytest.mark.parametrize("text, wanted", [
    ("宏润建设1月13日晚间公告,公司与杉杉股份签署协议。宏润建设拟并购整合杉杉股份的资产。", ["宏润建设", "杉杉股份"]),
    ("龙元建设晚间公告,龙元建设拟出售资产。", ["龙元建设"]),
])
def test_a_company_the_text_repeats_keeps_its_trade(text, wanted):
    assert extract_orgs(text) == wanted


def test_a_trade_read_as_a_verb_once_stays_out():
    assert extract_orgs("要加快城市建设,城市建设要有规划。") == []


@pytest.mark.parametrize("text, wanted", [
    ("大会由大连市人民政府主办,市工业和信息化局、市科技局、市数据局及高新区联合承办。",
     ["大连市人民政府", "市工业和信息化局", "市科技局", "市数据局"]),
    ("会议由区发展和改革局、区商务局、区财政局共同组织。", ["区发展和改革局", "区商务局", "区财政局"]),
])
def test_a_local_department_in_a_list_of_bodies_is_one(text, wanted):
    assert extract_orgs(text) == wanted


@pytest.mark.parametrize("text", ["上海、市中心、北京等地。", "要推动市场监管、市区交通等工作。"])
def test_common_words_of_a_list_stay_out(text):
    assert extract_orgs(text) == []


@pytest.mark.parametrize("text, wanted", [
    ("中国电信股份有限公司大连分公司是协会常务理事单位。近年来，大连电信建设算力中心和跨境数据专线。",
     ["中国电信股份有限公司大连分公司", "大连电信"]),
    ("近年来，青岛联通建设数据中心和国际专线。", ["青岛联通"]),
    ("中国国际投资促进中心举办活动。", ["中国国际投资促进中心"]),  # a verb inside a name stays
    ("香港特别行政区政府投资推广署总监介绍。", ["香港特别行政区政府投资推广署"]),  # a department's ending
])
def test_a_name_run_into_the_verb_and_object_after_it_is_cut(text, wanted):
    assert extract_orgs(text) == wanted


def test_a_goal_being_built_is_no_organisation():
    assert extract_orgs("加快东北亚国际航运中心建设。") == []


@pytest.mark.parametrize("text, wanted", [
    ("公司与大连工业大学共建数字媒体实训中心，联合培养人才。", ["大连工业大学"]),
    ("学院与沈阳化工大学联建精细化工中试中心。", ["沈阳化工大学"]),
])
def test_a_centre_built_jointly_with_a_body_is_no_department_of_it(text, wanted):
    """`与X大学共建Y中心`: the partner, then a verb of building jointly and what is built; Y is no
    department of X (as `商务部亚洲司` is of 商务部)."""
    assert extract_orgs(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("大连橡胶塑料机械有限公司是我国橡胶塑料机械行业的重点企业。近年来，大橡塑推进装备智能化和远程服务。",
     ["大连橡胶塑料机械有限公司", "大橡塑"]),
    ("哈尔滨电气集团有限公司是发电设备制造企业。近年来，哈电气加快海外布局。", ["哈尔滨电气集团有限公司", "哈电气"]),
])
def test_a_short_form_picked_from_a_full_name_is_one(text, wanted):
    assert extract_orgs(text) == wanted


def test_words_that_only_share_characters_with_a_name_stay_out():
    text = "大连市软件行业协会召开年会。大会审议通过了工作报告。会议指出，大数据推动产业升级。"
    assert extract_orgs(text) == ["大连市软件行业协会"]


@pytest.mark.parametrize("text", ["会员大会在虹口区中国证券博物馆举行。", "研讨会在大连自然博物馆举办。"])
def test_a_museum_where_a_meeting_is_held_is_a_venue(text):
    assert extract_orgs(text) == []


def test_a_museum_that_acts_is_an_organisation():
    assert extract_orgs("大连自然博物馆发布新展。") == ["大连自然博物馆"]


@pytest.mark.parametrize("text, wanted", [
    ("荷兰经济部在选举前接管安世半导体。", "荷兰经济部"),
    ("比利时经济部在会上表示。", "比利时经济部"),
    ("丹麦经济部在周一宣布。", "丹麦经济部"),
])
def test_a_country_and_its_ministry_cut_apart_are_one_name(text, wanted):
    assert wanted in extract_orgs(text)


@pytest.mark.parametrize("text", ["荷兰西北部遭遇暴雨。", "该公司在荷兰总部召开会议。", "荷兰经济部长表示。"])
def test_a_country_and_a_direction_or_a_title_are_no_ministry(text):
    assert extract_orgs(text) == []


@pytest.mark.parametrize("text, wanted", [
    ("优必选从正轩投资和力合华睿两家风险投资机构手中融到了天使轮的2000万元。", ["优必选", "正轩投资", "力合华睿"]),
    ("公司从正轩投资和同创伟业两家风险投资机构融资。", ["正轩投资", "同创伟业"]),
    ("公司与华为和小米两家企业签约。", ["华为", "小米"]),
])
def test_the_two_items_of_a_counted_pair_are_whole_names(text, wanted):
    assert extract_orgs(text) == wanted


def test_two_places_counted_are_no_names():
    assert extract_orgs("他从北京和上海两家医院转来。") == []


def test_a_text_longer_than_any_item_is_read_in_pieces_cut_at_line_ends():
    # some rules compare each name with every other: a hostile line of 40,000 characters took them minutes.
    from search.parse.orgscript import ORG_PIECE, pieces
    assert pieces("短文。") == ["短文。"] and pieces("") == [""]
    text = ("甲" * 3000 + "。") * 2 + "\n" + "乙" * 5000 + "\n" + "丙" * 20000
    parts = pieces(text)
    assert "".join(parts) == text and all(len(p) <= ORG_PIECE for p in parts)
    assert parts[0].endswith("\n") and parts[1].endswith("\n")  # a line's end before a sentence's
    assert len(parts[-1]) == 20000 - ORG_PIECE * 2  # no end at all: cut where it must


def test_names_of_a_long_text_in_order_of_first_mention_each_once():
    from search.parse.orgscript import ORG_PIECE
    para = "商务部与大连市人民政府签署合作协议，华为技术有限公司参加。"
    text = "\n".join([para] * (ORG_PIECE // len(para) * 3))
    assert extract_orgs(text) == extract_orgs(para)


def test_a_word_of_hundreds_of_characters_is_not_cut_for_a_verb_inside():
    # the model read 有限公司 repeated as one name of 512 characters, and each cut of it asked the model
    # again (500 runs a word, a hostile line of 10,000 characters: 15 s): no name is that long.
    from search.parse.orgs import _verb_inside
    from search.parse.tagger import Token
    assert _verb_inside(Token("大连电信建设算力中心" * 5, "ORG", 0)) == []
    assert [t.word for t in _verb_inside(Token("大连电信建设算力中心", "ORG", 0))][:2] == ["大连电信", "建设"]
