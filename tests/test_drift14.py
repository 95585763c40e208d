"""The shapes of tests/data/drift14/ (its README.md), each rule tried again on a variant of its own
that no file of the set has: another glyph, another word, another layout."""
from __future__ import annotations

import pytest

from search.parse.blocks import Block
from search.parse.colophon import closing_fields, closing_signature, signed_day
from search.parse.parser import parse_text
from search.parse.sources import note_source, source_line, title_outlet


@pytest.mark.parametrize("line, outlet", [
    ("（本刊综合整理自期货日报网）", "期货日报网"),  # drift14/d14-01
    ("（编辑部编译自路透社）", "路透社"),
    ("本报整理自人民日报", "人民日报"),
    ("——本期综合自央视新闻", "央视新闻"),
    ("【来源：经济通 记者 黄燕明】", "经济通"),  # drift14/d14-02
    ("来源：新华社记者张三、李四", "新华社"),
    ("（来源：中新网　特约记者 王五）", "中新网"),
    ("来源：期货日报网（https://www.qhrb.com.cn/）", "期货日报网"),  # drift14/d14-12
    ("来源：经济日报　http://www.jingjiribao.cn/static/detail.jsp?id=636540", "经济日报"),  # d14-04
    ("信息来源：光明网 www.gmw.cn", "光明网"),
    ("来源：中国记者网", "中国记者网"),  # a name with 记者 inside stays whole
])
def test_source_lines_with_an_editor_credit_a_reporter_or_an_address(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("line", ["来源地看，我国服务进出口增长5.4%。", "数据来源于国家外汇管理局的国际收支统计。"])
def test_the_word_in_a_sentence_is_no_source(line):
    assert source_line(line) is None


@pytest.mark.parametrize("title, rest, outlet", [
    ("1月货物和服务贸易进出口4.66万亿元（来源：新华社）", "1月货物和服务贸易进出口4.66万亿元", "新华社"),  # d14-05
    ("商务部发布服务贸易数据　信源：央广网", "商务部发布服务贸易数据", "央广网"),
    ("外贸基本盘依然稳固【摘自：经济日报】", "外贸基本盘依然稳固", "经济日报"),
    ("中国（大连）自贸试验区建设提速", "中国（大连）自贸试验区建设提速", None),
    ("来源地规则进一步优化", "来源地规则进一步优化", None),
])
def test_a_source_set_on_the_title_line(title, rest, outlet):
    assert title_outlet(title) == (rest, outlet)


def test_a_note_citing_an_outlet_and_its_page():
    assert note_source("中评社 http://hk.crntt.com/doc/1071/7/4/1/107174151.html") == "中评社"  # d14-06
    assert note_source("《人民日报》 https://paper.people.com.cn/") == "人民日报"
    assert note_source("参见 http://example.org/a") is None


def _issue(*lines: str) -> str:
    return "\n".join(["数字贸易简报", "2026年第8期（总第44期）", "大连市数字贸易协会　2026年8月31日", "", *lines, ""])


STORY_A = ["数据出境规则再优化", "　　国家互联网信息办公室8月5日发布通知，进一步便利数据跨境流动。"]
STORY_B = ["跨境电商综试区扩围", "　　商务部8月12日表示，将新设一批跨境电商综合试验区。"]


@pytest.mark.parametrize("rule", ["＊＊＊", "———", "~ ~ ~", "◆◆◆", "· · ·"])
def test_stories_parted_by_a_rule_without_sources(rule):
    """The profile and the news section mark no titles but the rules parting their stories (d14-10
    has `* * *` in Markdown): each story keeps its own title."""
    issue = parse_text("\n".join([_issue("【会员风采】", *STORY_A, rule, *STORY_B, "", "【协会动态】",
                                         "8月20日，协会召开常务理事会。")]), "rules.txt")
    assert [(i.section, i.title) for i in issue.items] == [
        ("会员风采", "数据出境规则再优化"), ("会员风采", "跨境电商综试区扩围"), ("协会动态", None)]


def test_a_rule_under_a_title_parts_nothing():
    issue = parse_text(_issue("【行业资讯】", STORY_A[0], "————————", STORY_A[1], "（来源：新华社）", "",
                              "【协会动态】", "8月20日，协会召开常务理事会。"), "underlined.txt")
    assert [(i.title, i.source) for i in issue.items][0] == ("数据出境规则再优化", "新华社")


@pytest.mark.parametrize("note", ["编者按：本期关注数据跨境流动的新规。", "【编者的话】本期关注数据跨境流动的新规。",
                                  "编前语：本期关注数据跨境流动的新规。"])
def test_an_editors_note_before_a_section_is_no_story(note):
    issue = parse_text(_issue("【行业资讯】", note, *STORY_A, "（来源：新华社）", *STORY_B, "（来源：人民网）", "",
                              "【协会动态】", "8月20日，协会召开常务理事会。"), "note.txt")
    assert [i.title for i in issue.items] == ["数据出境规则再优化", "跨境电商综试区扩围", None]
    assert all("编" not in i.body[:3] for i in issue.items)


def _b(text: str, kind: str = "paragraph") -> Block:
    return Block(kind, text)


@pytest.mark.parametrize("lines, day", [
    (["大连市数字贸易协会秘书处", "2026年3月31日"], "2026年3月31日"),  # d14-03
    (["大连市数字贸易协会秘书处　二〇二六年五月三十一日"], "二〇二六年五月三十一日"),
    (["协会秘书处", "2026.05.31"], "2026.05.31"),
])
def test_a_closing_signature_is_furniture_and_dates_the_issue(lines, day):
    blocks = [_b("行业资讯", "heading"), _b("国家外汇管理局2月28日发布数据。"), _b("本月，协会召开理事会。")]
    signed = closing_signature(blocks + [_b(t) for t in lines])
    assert [b.kind for b in signed[3:]] == ["furniture"] * len(lines)
    assert [b.kind for b in signed[:3]] == ["heading", "paragraph", "paragraph"]
    assert signed_day([b for b in signed if b.kind == "furniture"]) == day


def test_a_dated_sentence_at_the_end_is_no_signature():
    blocks = [_b("行业资讯", "heading"), _b("国家外汇管理局2月28日发布数据。"), _b("协会将于2026年3月31日召开年会。")]
    assert [b.kind for b in closing_signature(blocks)] == ["heading", "paragraph", "paragraph"]


def test_a_closing_record_as_a_table_is_furniture_a_data_table_is_not():
    record = Block("table", "", cells=[["报　送", "大连市商务局"], ["印　数", "60份"]])  # d14-12 has 主送/编辑
    data = Block("table", "", cells=[["出口", "26.99", "6.1"], ["进口", "18.48", "0.5"]])
    head = [_b("协会动态", "heading"), _b("8月20日，协会召开常务理事会。")]
    assert closing_fields(head + [record])[-1].kind == "furniture"
    assert closing_fields(head + [data])[-1].kind == "table"


def test_a_picture_of_a_rule_parts_stories_on_a_web_page():
    from search.parse.readers import blocks_of
    page = ("<html><body><div id='js_content'><p>数字贸易简报</p><p>2026年第8期（总第44期）　2026年8月31日</p>"
            "<p><img alt='会员风采' src='a.png'></p><p><strong>数据出境规则再优化</strong></p>"
            "<p>国家互联网信息办公室8月5日发布通知，进一步便利数据跨境流动。</p>"
            "<p><img alt='divider' src='b.png'></p><p><strong>跨境电商综试区扩围</strong></p>"
            "<p>商务部8月12日表示，将新设一批跨境电商综合试验区。</p></div></body></html>")
    blocks = blocks_of("rule.html", page.encode())
    assert [b.kind for b in blocks if b.text == "———"] == ["furniture"]


@pytest.mark.parametrize("banner", ["０２　{}", "２　{}", "第二版　{}", "第3版 {}", "{}（2篇）", "{}(共2条)",
                                    "〖{}〗", "📌 {}", "◇◇◇ {} ◇◇◇", "NEWS | {}"])
def test_banners_numbered_full_width_as_an_edition_or_with_a_count(banner):
    """Banners in forms no set has: full-width numbers, a newspaper's edition (`第二版`), a count of the
    section's items after the name; and a few decorations besides (d14-01 spaces the name out)."""
    issue = parse_text(_issue(banner.format("行业资讯"), *STORY_A, "（来源：新华社）", *STORY_B, "（来源：人民网）", "",
                              banner.format("协会动态"), "8月20日，协会召开常务理事会。"), "banner.txt")
    assert [(i.section, i.title, i.source) for i in issue.items] == [
        ("行业资讯", "数据出境规则再优化", "新华社"), ("行业资讯", "跨境电商综试区扩围", "人民网"), ("协会动态", None, None)]


@pytest.mark.parametrize("number", ["01 ", "1/ ", "3｜"])
def test_a_bare_number_before_a_long_title_numbers_a_story_not_a_section(number):
    issue = parse_text(_issue("【行业资讯】", number + STORY_A[0], STORY_A[1], "（来源：新华社）",
                              number.replace("1", "2").replace("２", "３").replace("3", "4") + STORY_B[0], STORY_B[1],
                              "（来源：人民网）", "", "【协会动态】", "8月20日，协会召开常务理事会。"), "numbered.txt")
    assert [(i.section, i.title) for i in issue.items] == [
        ("行业资讯", "数据出境规则再优化"), ("行业资讯", "跨境电商综试区扩围"), ("协会动态", None)]
