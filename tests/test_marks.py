"""Titles, banners and sources by their shape, in glyphs and words no sample issue uses: any mark
before a title (a symbol, a Wingdings glyph, an emoji), banners numbered or decorated on one side,
sources in more wordings and Markdown's quotes and italics, a source under its title, a contents
with dot leaders and page numbers, a heading in a table cell with its part number."""
from __future__ import annotations

import re

import pytest

from search.parse.blocks import Block, classify
from search.parse.parser import parse_blocks, parse_text
from search.parse.shapes import leading_mark, strip_mark

HEADER = "数字贸易简报\n\n2025年第7期（总第39期）\n\n大连市数字贸易协会秘书处编 2025年7月31日\n\n"
STORY = "7月1日，甲单位发布新规，对数字贸易作出安排。\n\n"
ACTIVITY = "7月9日，协会召开座谈会，二十余家会员企业参加。\n"


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


@pytest.mark.parametrize("mark", ["▲", "△ ", "►", "➤", "☆", "✦", "❖", "◉", "→", "⊙", "📌 ", "※", "Ⓐ", "◼",
                                  "\uf0d8", "§", "》"])
def test_any_mark_before_a_title_is_no_part_of_it(mark):
    text = (f"{HEADER}【行业资讯】\n\n{mark}甲单位发布新规\n\n{STORY}（来源：新华社）\n\n{mark}乙单位发布报告\n\n"
            f"{STORY}【协会动态】\n\n{ACTIVITY}")
    assert rows(parse_text(text, "m.txt"))[:2] == [("行业资讯", "甲单位发布新规", "新华社"),
                                                   ("行业资讯", "乙单位发布报告", None)]


@pytest.mark.parametrize("title", ["《数据安全法》施行一周年", "“数字丝路”论坛举行", "2025年数字贸易大会举行",
                                   "5G专网建设提速", "-5%的关税调整落地", "+86号段开放"])
def test_a_title_that_starts_with_a_sign_or_a_name_keeps_it(title):
    text = (f"{HEADER}【行业资讯】\n\n### {title}\n\n{STORY}（来源：新华社）\n\n### 乙单位发布报告\n\n"
            f"{STORY}【协会动态】\n\n{ACTIVITY}")
    assert rows(parse_text(text, "k.md"))[0] == ("行业资讯", title, "新华社")


@pytest.mark.parametrize("numbered", ["1.甲单位发布新规", "（1）甲单位发布新规", "①甲单位发布新规", "（一）甲单位发布新规",
                                      "1、甲单位发布新规", "❶甲单位发布新规", "▲ 1. 甲单位发布新规"])
def test_list_numbers_still_go(numbered):
    text = f"{HEADER}【行业资讯】\n\n### {numbered}\n\n{STORY}【协会动态】\n\n{ACTIVITY}"
    assert parse_text(text, "n.md").items[0].title == "甲单位发布新规"


def test_a_list_number_before_a_year():
    """`1. 2025年…` (its space normalised away: `1.2025年…`) is numbered; `1.32万亿元` is a number."""
    text = (f"{HEADER}【行业资讯】\n\n1. 2025年数字贸易大会举行\n\n{STORY}（来源：新华社）\n\n"
            f"2. 1.32万亿元跨境电商进出口创新高\n\n{STORY}【协会动态】\n\n{ACTIVITY}")
    titles = [i.title for i in parse_text(text, "y.md").items][:2]
    assert titles == ["2025年数字贸易大会举行", "1.32万亿元跨境电商进出口创新高"]


def test_the_shape_of_a_mark():
    assert [leading_mark(t) for t in ("▲标题", ">> 行业资讯", "- 标题", "-5%", "《法》施行", "“丝路”论坛", "①甲",
                                      "**粗体**", "——来源：X", "【来源】X", "★★★", "☑️ 甲")] \
        == [1, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 3]
    assert strip_mark("◆行业资讯◆") == "◆行业资讯◆" and strip_mark("▲ 标题") == "标题"


@pytest.mark.parametrize("banner, closing, name", [
    ("▌政策速览", "▌协会动态", "政策速览"), ("▍政策速览", "▍协会动态", "政策速览"),
    ("【 政 策 速 览 】", "【 协 会 动 态 】", "政策速览"), ("『政策速览』", "『协会动态』", "政策速览"),
    ("◎ 政策速览 ◎", "◎ 协会动态 ◎", "政策速览"), ("◤政策速览◢", "◤协会动态◢", "政策速览"),
    ("01 | 政策速览", "02 | 协会动态", "政策速览"), ("01丨政策速览", "02丨协会动态", "政策速览"),
    ("01 政策速览", "02 协会动态", "政策速览"), ("PART 1 政策速览", "PART 2 协会动态", "政策速览"),
    ("一、政策速览", "二、协会动态", "政策速览"), ("第一版块：政策速览", "第二版块：协会动态", "政策速览"),
    ("## 一、行业资讯", "## 二、协会动态", "行业资讯"),
])
def test_a_banner_in_more_decorations(banner, closing, name):
    text = f"{HEADER}{banner}\n\n甲单位发布新规\n\n{STORY}——来源：新华社\n\n{closing}\n\n{ACTIVITY}"
    assert rows(parse_text(text, "b.md")) == [(name, "甲单位发布新规", "新华社"), ("协会动态", None, None)]


def test_a_mark_before_titles_and_before_banners_tells_them_apart():
    """`▍` before the known 协会动态 marks banners: before a short name it opens a section; before a
    headline it stays a title's mark."""
    text = (f"{HEADER}▍政策速览\n\n▍甲单位发布新规，对数字贸易作出安排\n\n{STORY}（来源：新华社）\n\n"
            f"▍协会动态\n\n{ACTIVITY}")
    assert rows(parse_text(text, "t.txt")) == [("政策速览", "甲单位发布新规，对数字贸易作出安排", "新华社"),
                                               ("协会动态", None, None)]


@pytest.mark.parametrize("printed", ["稿件来源：环球卫视", "(转载自环球卫视)", "——摘编自环球卫视", "> 来源：环球卫视",
                                     "*（来源：环球卫视）*", "_来源：环球卫视_", "本文转自环球卫视", "编译自《环球卫视》",
                                     "数据来源：环球卫视", "来源 | 环球卫视"])
def test_a_source_in_more_wordings(printed):
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}{printed}\n\n乙单位发布报告\n\n{STORY}（来源：人民网）\n"
    assert rows(parse_text(text, "s.md")) == [("行业资讯", "甲单位发布新规", "环球卫视"),
                                              ("行业资讯", "乙单位发布报告", "人民网")]


@pytest.mark.parametrize("printed", ["【来源：环球卫视】", "来源：环球卫视", "（转自环球卫视）"])
def test_a_source_under_its_title_before_the_text(printed):
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{printed}\n\n{STORY}乙单位发布报告\n\n{printed}\n\n{STORY}"
    issue = parse_text(text, "u.txt")
    assert rows(issue) == [("行业资讯", "甲单位发布新规", "环球卫视"), ("行业资讯", "乙单位发布报告", "环球卫视")]
    assert all("环球卫视" not in i.body for i in issue.items)


@pytest.mark.parametrize("line, entry", [("数据月报……………………1", "数据月报"), ("甲单位发布新规 ........ 12", "甲单位发布新规"),
                                         ("- [行业资讯](#行业资讯)", "行业资讯")])
def test_a_contents_entry_loses_its_leader_and_page(line, entry):
    assert classify(line)[:2] == ("list_item", entry)


def test_a_tab_before_a_number_in_text_is_a_cell_not_a_page():
    assert classify("服务出口\t291")[1] == "服务出口 291"


def test_a_markdown_contents_of_links_and_numbered_headings():
    text = (f"{HEADER}## 目录\n\n- [一、数据月报](#数据月报)\n- [二、行业资讯](#行业资讯)\n  - [甲单位发布新规](#甲)\n"
            f"- [三、协会动态](#x)\n\n## 一、数据月报\n\n前5个月软件业运行情况\n\n1-5月，软件业务收入增长10%。\n\n"
            f"## 二、行业资讯\n\n### （一）甲单位发布新规\n\n{STORY}> 来源：新华社\n\n### （二）乙单位发布报告\n\n{STORY}"
            f"*（来源：人民网）*\n\n## 三、协会动态\n\n{ACTIVITY}")
    issue = parse_text(text, "c.md")
    assert rows(issue) == [("数据月报", "前5个月软件业运行情况", None), ("行业资讯", "甲单位发布新规", "新华社"),
                           ("行业资讯", "乙单位发布报告", "人民网"), ("协会动态", None, None)]


@pytest.mark.parametrize("cells", [[["第三部分 会员风采"]], [["03", "会员风采"]], [["◆会员风采◆"]], [["会员风采"]]])
def test_a_section_heading_in_a_table_cell_with_its_number(cells):
    blocks = [Block("paragraph", t) for t in ("数字贸易简报", "2025年第7期（总第39期）", "2025年7月31日")]
    blocks += [Block("heading", "第二部分 行业资讯", level=1), Block("title", "甲单位发布新规"),
               Block("paragraph", STORY.strip()), Block("table", "", cells=cells), Block("title", "大连商品交易所"),
               Block("paragraph", "大连商品交易所是期货交易所。"), Block("heading", "第四部分 协会动态", level=1),
               Block("paragraph", ACTIVITY.strip())]
    assert [(i.section, i.title) for i in parse_blocks(blocks, "t.docx").items] == [
        ("行业资讯", "甲单位发布新规"), ("会员风采", "大连商品交易所"), ("协会动态", None)]


def test_each_banner_with_its_own_pictograph_and_a_name_in_two_languages():
    text = (f"{HEADER}📰 行业资讯 | INDUSTRY NEWS\n\n甲单位发布新规\n\n{STORY}（来源：新华社）\n\n💡 政策速览\n\n"
            f"乙单位发布报告\n\n{STORY}（来源：人民网）\n\n🤝 ASSOCIATION 协会动态\n\n{ACTIVITY}")
    assert rows(parse_text(text, "e.txt")) == [("行业资讯", "甲单位发布新规", "新华社"), ("政策速览", "乙单位发布报告", "人民网"),
                                               ("协会动态", None, None)]


@pytest.mark.parametrize("source", ["来源丨新华社", "信源：新华社", "稿源│新华社", "来源 ┃ 新华社"])
def test_pasted_stories_with_bracketed_titles_and_sources_set_apart_by_any_bar(source):
    """Text pasted from a phone: no blank lines, `【title】` lines, the source after an upright bar or
    as 信源/稿源: each source ends its story and never becomes the next story's title."""
    text = ("数字贸易简报丨2025年第7期（总第39期）\n大连市数字贸易协会 2025-07-31 09:15\n▎行业资讯\n"
            f"【甲单位发布数字贸易新规 征求意见】\n{STORY.strip()}\n{source}\n【乙单位：发布跨境数据报告】\n{STORY.strip()}\n{source}\n"
            f"▎协会动态\n{ACTIVITY}")
    issue = parse_text(text, "p.txt")
    assert rows(issue)[:2] == [("行业资讯", "甲单位发布数字贸易新规征求意见", "新华社"),
                              ("行业资讯", "乙单位：发布跨境数据报告", "新华社")]
    assert issue.meta.date == "2025-07-31"


def test_a_sector_word_before_business_is_no_organisation():
    from search.parse.orgs import extract_orgs
    assert "电信" not in extract_orgs("加快试点扩大增值电信业务开放，推动数字贸易发展。")


@pytest.mark.parametrize("mark", ["▌", "■", "◆"])
def test_a_section_of_its_own_named_with_a_latin_gloss_beside_it(mark):
    """`▌算力视点　COMPUTING VIEW` beside `▌行业资讯　INDUSTRY NEWS`: the mark seen before a known name
    opens an unknown one too, its Latin gloss no part of the name."""
    text = (f"{HEADER}{mark}行业资讯　　INDUSTRY NEWS\n\n甲单位发布新规\n\n{STORY}（来源：新华社）\n\n"
            f"{mark}算力视点　　COMPUTING VIEW\n\n乙单位发布报告\n\n{STORY}（来源：人民网）\n\n"
            f"{mark}协会动态　　ASSOCIATION\n\n{ACTIVITY}")
    assert rows(parse_text(text, "g.txt")) == [("行业资讯", "甲单位发布新规", "新华社"), ("算力视点", "乙单位发布报告", "人民网"),
                                               ("协会动态", None, None)]


OLD_LEADER = re.compile(r"^(?P<t>.*?\S)\s*(?:[.…·．・_\-]{3,}|…{2,})[\s.…·．・_\-]*\d{1,3}$")


@pytest.mark.parametrize("line", [
    "数据月报……3", "行业资讯 ........ 12", "会员风采·····5", "标题 . ....7", "一、数据月报_____ 2",
    "协会动态 - - - 9", "A…… 1234", "数据月报……", "2025年1—3月……", "全文共3页", "标题……12页",
])
def test_a_contents_leader_reads_as_before_taken_whole(line):
    # the leader's runs are taken whole (possessive): a line of 2,000 middle dots with no page number took
    # 24 s (backtracking over every split of the run, cubic) and 20,000 never ended. The same lines match,
    # with the same title, as with the backtracking pattern.
    from search.parse.blocks import _LEADER
    old, new = OLD_LEADER.match(line), _LEADER.match(line)
    assert (old and old.group("t")) == (new and new.group("t"))


def test_a_line_of_leader_dots_alone_is_no_contents_entry():
    from search.parse.blocks import classify
    assert classify("·" * 20000)[0] == "paragraph"  # no page number: no leader (would not end when tried as one)
    assert classify("标题" + "·" * 20000 + "5")[:2] == ("list_item", "标题")
