"""Structure by shape: section banners in any decoration, source lines in any form and position, a
table of contents in two columns on one line, list numbers before titles, closing lines after the
last rule. Each rule is tried on the glyphs of the new issues (tests/data/shapes/) and on glyphs
none of them uses, and on lines that look alike but are no such thing.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from search.parse.blocks import Block
from search.parse.parser import parse_blocks, parse_file, parse_source, parse_text
from search.parse.readers import Source
from search.parse.shapes import columns, is_end_mark, is_rule, part_core, strip_list_number, unframe

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"
HEADER = "数字贸易简报\n\n2025年第7期（总第39期）\n\n大连市数字贸易协会秘书处编 2025年7月31日\n\n"
STORY = "7月1日，甲单位发布新规，对数字贸易作出安排。\n\n"
ACTIVITY = "7月9日，协会召开座谈会，二十余家会员企业参加。\n"


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


# -- banners


@pytest.mark.parametrize("banner, name", [
    ("◆行业资讯◆", "行业资讯"), ("◆ 行业资讯 ◆", "行业资讯"), ("◆　行业资讯　◆", "行业资讯"),
    ("■行业资讯■", "行业资讯"), ("★行业资讯★", "行业资讯"), ("——行业资讯——", "行业资讯"),
    ("〓行业资讯〓", "行业资讯"), ("【 行业资讯 】", "行业资讯"), ("〖行业资讯〗", "行业资讯"),
    ("「行业资讯」", "行业资讯"), ("=== 行业资讯 ===", "行业资讯"), ("◇◇ 行 业 资 讯 ◇◇", "行业资讯"),
    ("▲政策速览▲", "政策速览"), ("第一部分 行业资讯", "行业资讯"), ("第二部分：政策速览", "政策速览"),
    ("一、行业资讯", "行业资讯"),
])
def test_a_banner_in_any_decoration_opens_a_section(banner, name):
    closing = banner.replace("行业资讯", "协会动态").replace("政策速览", "协会动态").replace("一、", "二、") \
        .replace("第一部分", "第三部分").replace("第二部分", "第三部分").replace("行 业 资 讯", "协 会 动 态")
    text = f"{HEADER}{banner}\n\n甲单位发布新规\n\n{STORY}——来源：新华社\n\n{closing}\n\n{ACTIVITY}"
    assert rows(parse_text(text, "b.txt")) == [(name, "甲单位发布新规", "新华社"), ("协会动态", None, None)]


def test_under_banners_a_short_bold_name_is_a_title_not_a_section():
    """Where the sections stand as banners (a scan: `【会员风采】` read as a heading, the company's
    name under it as a bold line), the banner's shape opens sections; a short bold line in the style
    of the contents' last entry is a profile's title."""
    blocks = [Block("heading", "数字贸易简报", level=1), Block("heading", "2025年第10期（总第42期）", level=2),
              Block("paragraph", "2025年10月31日"), Block("title", "本期要目"),
              Block("paragraph", "【会员风采】大连商品交易所"), Block("title", "【协会动态】"),
              Block("heading", "【会员风采】", level=2), Block("title", "大连商品交易所"),
              Block("paragraph", "大连商品交易所成立于1993年2月28日。"), Block("paragraph", "2013年10月18日，铁矿石期货挂牌交易。"),
              Block("heading", "【协会动态】", level=2), Block("paragraph", ACTIVITY.strip())]
    assert rows(parse_blocks(blocks, "scan.pdf")) == [("会员风采", "大连商品交易所", None), ("协会动态", None, None)]


@pytest.mark.parametrize("mark", ["■ ", "◆", "● ", "★", "▶ ", "▌", "》", ">> ", "- "])
def test_a_known_name_after_any_mark_opens_a_section(mark):
    """Decoration on one side only, a bullet or not: the known name alone on its line is the banner;
    the same lines in the contents are its entries."""
    text = (f"{HEADER}目录\n\n{mark}行业资讯\n{mark}协会动态\n\n{mark}行业资讯\n\n甲单位发布新规\n\n{STORY}"
            f"（来源：新华社）\n\n{mark}协会动态\n\n{ACTIVITY}")
    issue = parse_text(text, "m.txt")
    assert rows(issue) == [("行业资讯", "甲单位发布新规", "新华社"), ("协会动态", None, None)]
    assert issue.toc == {"行业资讯": [], "协会动态": []}


@pytest.mark.parametrize("line", [
    "《数字贸易简报》", "（本刊讯）", "——来源：新华社", "◆ 这是一句话，不是栏目。◆", "【2025年7月31日】",
    "“数字中国”", "◆◆◆", "- END -", "第一部分",
])
def test_a_line_that_only_looks_framed_opens_no_section(line):
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}{line}\n\n乙单位发布报告\n\n{STORY}"
    assert {i.section for i in parse_text(text, "n.txt").items} == {"行业资讯"}


def test_shapes_of_lines():
    assert [unframe(t) for t in ("◆数据月报◆", "【◆协会动态◆】", "（本刊讯）", "《简报》", "——来源：X")] \
        == ["数据月报", "协会动态", None, None, None]
    assert [is_rule(t) for t in ("━━━━━━", "* * *", "-=-=-", "……", "12", "◆数据月报◆")] \
        == [True, True, True, False, False, False]
    assert [is_end_mark(t) for t in ("- END -", "——完——", "◆观点◆", "【2025】", "**NTT DATA**", "【AI】")] \
        == [True, True, False, False, False, False]
    assert part_core("第三篇 【会员风采】") == "会员风采" and part_core("第一部分") is None


def test_a_heading_in_a_table_cell_opens_a_section():
    import docx
    document = docx.Document()
    document.add_paragraph("数字贸易简报")
    document.add_paragraph("2025年第7期（总第39期）")
    document.add_paragraph("2025年7月31日")
    for name, body in (("行业资讯", None), ("政策速览", None), ("协会动态", ACTIVITY.strip())):
        document.add_table(rows=1, cols=1).cell(0, 0).text = name
        if body is None:
            document.add_paragraph("甲单位发布新规").runs[0].bold = True
            document.add_paragraph(STORY.strip())
            document.add_paragraph("（来源：新华社）")
        else:
            document.add_paragraph(body)
    data = io.BytesIO()
    document.save(data)
    issue = parse_source(Source("cells.docx", data.getvalue()))
    assert rows(issue) == [("行业资讯", "甲单位发布新规", "新华社"), ("政策速览", "甲单位发布新规", "新华社"),
                           ("协会动态", None, None)]


# -- sources


@pytest.mark.parametrize("printed", [
    "——来源：环球卫视", "—— 来源：环球卫视", "【来源】环球卫视", "【来源】 环球卫视", "（来源：环球卫视）",
    "(来源:环球卫视)", "【来源：环球卫视】", "来源：环球卫视", "来源/环球卫视", "来源｜环球卫视", "摘自：环球卫视",
    "（摘自：环球卫视）", "摘自《环球卫视》", "转自环球卫视", "转自：环球卫视", "信息来源：环球卫视",
    "〔来源〕环球卫视", "——摘自《环球卫视》", "本文来源：环球卫视", "来源：环球卫视（2025-07-01）",
    "来源：环球卫视 2025年7月1日",
])
def test_a_source_line_in_any_form_ends_its_story(printed):
    """The cause of 【】 banners giving each story its source as title: a source line not read as one
    was a short line between sentences, the next title."""
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}{printed}\n\n乙单位发布报告\n\n{STORY}（来源：新华社）\n"
    assert rows(parse_text(text, "s.txt")) == [("行业资讯", "甲单位发布新规", "环球卫视"),
                                               ("行业资讯", "乙单位发布报告", "新华社")]


@pytest.mark.parametrize("tail", ["（来源：环球卫视）", "——来源：环球卫视", "【来源：环球卫视】"])
def test_a_source_at_the_end_of_the_last_paragraph(tail):
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n7月1日，甲单位发布新规。{tail}\n\n乙单位发布报告\n\n{STORY}"
    first = parse_text(text, "t.txt").items[0]
    assert (first.title, first.source, first.body) == ("甲单位发布新规", "环球卫视", "7月1日，甲单位发布新规。")


def test_a_line_that_begins_as_a_source_is_never_a_title():
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}来源：\n\n乙单位发布报告\n\n{STORY}"
    assert [i.title for i in parse_text(text, "u.txt").items] == ["甲单位发布新规", "乙单位发布报告"]


def test_a_title_that_merely_starts_with_a_source_key_stays_a_title():
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}（来源：新华社）\n\n来源地规则助力跨境电商\n\n{STORY}"
    assert [i.title for i in parse_text(text, "k.txt").items] == ["甲单位发布新规", "来源地规则助力跨境电商"]


def test_a_right_aligned_attribution_is_the_source():
    """`——经济通` set to the right (a reader marks the block `align="right"`) names the outlet; the same
    line flush left is text (a quotation's author, say), unless the name is a medium's (`——新华社`,
    `——中国新闻网`: no person is named so)."""
    def issue(align, line="——经济通"):
        blocks = [Block("paragraph", t) for t in ("数字贸易简报", "2025年第7期（总第39期）", "2025年7月31日")]
        blocks += [Block("paragraph", "【行业资讯】"), Block("title", "甲单位发布新规"),
                   Block("paragraph", STORY.strip()), Block("paragraph", line, align=align)]
        return parse_blocks(blocks, "r.docx")
    assert issue("right").items[0].source == "经济通"
    assert issue(None).items[0].source is None
    assert issue(None, "——王文涛").items[0].source is None
    assert issue(None, "——新华社").items[0].source == "新华社"
    assert issue(None, "—— 中国新闻网").items[0].source == "中国新闻网"


# -- two-column contents


TWO_COLUMNS = (
    "本期目录\n\n"
    "数据月报　　　　　　　　　　　　　　　　　　行业资讯\n"
    "前5个月我国软件业运行情况　　　　　　　　　甲单位发布新规\n"
    "会员风采　　　　　　　　　　　　　　　　　　乙单位发布报告\n"
    "丙有限公司\n"
    "协会动态\n\n"
)


def test_a_contents_in_two_columns_is_read_column_by_column():
    text = (f"{HEADER}{TWO_COLUMNS}◆数据月报◆\n\n1-5月，软件业务收入55788亿元，同比增长11.2%。\n\n"
            f"◆行业资讯◆\n\n甲单位发布新规\n\n{STORY}——来源：新华社\n\n乙单位发布报告\n\n{STORY}【来源】国新网\n\n"
            f"◆会员风采◆\n\n丙有限公司\n\n丙有限公司成立于2001年，总部位于大连。\n\n◆协会动态◆\n\n{ACTIVITY}")
    issue = parse_text(text, "c.txt")
    assert issue.toc == {"数据月报": ["前5个月我国软件业运行情况"], "会员风采": ["丙有限公司"], "协会动态": [],
                         "行业资讯": ["甲单位发布新规", "乙单位发布报告"]}
    assert rows(issue) == [("数据月报", "前5个月我国软件业运行情况", None), ("行业资讯", "甲单位发布新规", "新华社"),
                           ("行业资讯", "乙单位发布报告", "国新网"), ("会员风采", "丙有限公司", None),
                           ("协会动态", None, None)]


def test_a_numbered_contents_in_two_columns_separated_by_tabs():
    contents = ("目录\n\n一、数据月报\t二、行业资讯\n前5个月我国软件业运行情况\t甲单位发布新规\n"
                "三、协会动态\t乙单位发布报告\n\n")
    text = (f"{HEADER}{contents}一、数据月报\n\n1-5月，软件业务收入55788亿元，同比增长11.2%。\n\n"
            f"二、行业资讯\n\n甲单位发布新规\n\n{STORY}——来源：新华社\n\n乙单位发布报告\n\n{STORY}【来源】国新网\n\n"
            f"三、协会动态\n\n{ACTIVITY}")
    issue = parse_text(text, "c.txt")
    assert rows(issue) == [("数据月报", "前5个月我国软件业运行情况", None), ("行业资讯", "甲单位发布新规", "新华社"),
                           ("行业资讯", "乙单位发布报告", "国新网"), ("协会动态", None, None)]


def test_a_table_drawn_with_spaces_stays_as_printed():
    text = (f"{HEADER}【数据月报】\n\n1-5月软件业主要指标\n\n指标　　　　金额　　　　同比\n"
            "软件业务收入　　　　55788亿元　　　　11.2%\n利润总额　　　　6721亿元　　　　12.8%\n\n"
            f"【协会动态】\n\n{ACTIVITY}")
    body = parse_text(text, "t.txt").items[0].body
    # read as a table of cells (texttable.py, w7-16S): its rows in order, cell by cell, not as contents
    assert "软件业务收入 | 55788亿元 | 11.2%" in body and body.index("指标") < body.index("利润总额")


def test_columns_split_at_wide_gaps_only():
    assert columns("数据月报　　　　行业资讯") == ["数据月报", "行业资讯"]
    assert columns("2025夏季达沃斯论坛在天津举行 聚焦“新时代企业家精神”") == ["2025夏季达沃斯论坛在天津举行 聚焦“新时代企业家精神”"]
    assert columns("　　据工业和信息化部7月2日发布的数据") == ["据工业和信息化部7月2日发布的数据"]


# -- list numbers


@pytest.mark.parametrize("numbered, title", [
    ("1.世贸组织：全球服务贸易增长", "世贸组织：全球服务贸易增长"), ("2、世贸组织发布报告", "世贸组织发布报告"),
    ("（3）世贸组织发布报告", "世贸组织发布报告"), ("(4)世贸组织发布报告", "世贸组织发布报告"),
    ("⑤世贸组织发布报告", "世贸组织发布报告"), ("六、世贸组织发布报告", "世贸组织发布报告"),
    ("（七）世贸组织发布报告", "世贸组织发布报告"), ("10．世贸组织发布报告", "世贸组织发布报告"),
    ("1.32万亿元：跨境电商再创新高", "1.32万亿元：跨境电商再创新高"), ("2025年服贸会开幕", "2025年服贸会开幕"),
    ("一带一路数字合作推进", "一带一路数字合作推进"),
])
def test_a_list_number_is_no_part_of_a_title(numbered, title):
    text = f"{HEADER}【行业资讯】\n\n● {numbered}\n\n{STORY}（来源：新华社）\n\n● 乙单位发布报告\n\n{STORY}"
    assert parse_text(text, "l.txt").items[0].title == title
    assert strip_list_number(numbered) == title


def test_a_numbered_contents_entry_gives_a_data_report_its_title():
    text = (f"{HEADER}目录\n\n【数据月报】\n1. 前5个月我国软件业运行情况\n【行业资讯】\n2. 甲单位发布新规\n\n"
            f"【数据月报】\n\n1-5月，软件业务收入55788亿元，同比增长11.2%。\n\n"
            f"【行业资讯】\n\n● 甲单位发布新规\n\n{STORY}")
    assert rows(parse_text(text, "d.txt")) == [("数据月报", "前5个月我国软件业运行情况", None),
                                               ("行业资讯", "甲单位发布新规", None)]


# -- closing lines


@pytest.mark.parametrize("closing", [
    "━━━━━━━━━━━━\n（本刊内部交流，请勿外传）",
    "- END -\n\n编辑：协会秘书处  审核：秘书处\n\n长按识别二维码 关注我们",
    "——完——\n\n（责任编辑：张三）",
])
def test_closing_lines_after_the_last_rule_are_no_item(closing):
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}【协会动态】\n\n{ACTIVITY}\n{closing}\n"
    issue = parse_text(text, "e.txt")
    assert rows(issue) == [("行业资讯", "甲单位发布新规", None), ("协会动态", None, None)]
    assert issue.items[-1].body == ACTIVITY.strip()


def test_a_story_after_a_rule_stays_a_story():
    text = f"{HEADER}【行业资讯】\n\n甲单位发布新规\n\n{STORY}---\n\n乙单位发布报告\n\n{STORY}"
    assert [i.title for i in parse_text(text, "r.txt").items] == ["甲单位发布新规", "乙单位发布报告"]


# -- the real file


def test_the_gb18030_issue_with_banners_and_a_two_column_contents():
    issue = parse_file(SHAPES / "2025-07.txt")
    assert rows(issue) == [
        ("数据月报", "前5个月我国软件业和服务贸易运行情况", None),
        ("行业资讯", "2025夏季达沃斯论坛在天津举行聚焦“新时代企业家精神”", "环球卫视"),
        ("行业资讯", "上半年我国跨境电商进出口约1.32万亿元", "国新网"),
        ("行业资讯", "2025世界人工智能大会在上海开幕《人工智能全球治理行动计划》发布", "新华社"),
        ("会员风采", "辽宁港口集团有限公司", None), ("协会动态", None, None), ("协会动态", None, None)]
    assert "（本刊内部交流，请勿外传）" in issue.furniture


def test_a_medium_after_a_dash_on_its_own_line_in_a_text_file_ends_the_story():
    """A text file records no alignment: `——新华社` alone under a story is still its source, never the
    next story's title."""
    text = ("数字贸易简报\n\n2025年第7期（总第39期）\n\n2025年7月31日\n\n【行业资讯】\n\n甲单位发布新规\n\n" + STORY +
            "——新华社\n\n乙单位发布报告\n\n" + STORY + "—— 经济参考报\n\n【协会动态】\n\n7月9日，协会召开座谈会。\n")
    items = parse_text(text, "d.txt").items
    assert [(i.section, i.title, i.source) for i in items] == [
        ("行业资讯", "甲单位发布新规", "新华社"), ("行业资讯", "乙单位发布报告", "经济参考报"), ("协会动态", None, None)]


@pytest.mark.parametrize("line, outlet", [
    ("　　　　　　　　　　　　　　　　　　　　　　据新浪财经整理", "新浪财经"),
    ("（根据每日经济新闻综合整理）", "每日经济新闻"),
    ("据澎湃新闻编写", "澎湃新闻"),
    ("据公开资料整理", None),
    ("据了解整理", None),
])
def test_a_story_compiled_from_an_outlet_names_it(line, outlet):
    """`据X整理` alone under a story (the compiler's credit): X is the source where it is an outlet, not
    material of a kind (`公开资料`) nor hearsay (`据了解`); either way the line ends the story."""
    text = ("数字贸易简报\n\n2025年第7期（总第39期）\n\n2025年7月31日\n\n【行业资讯】\n\n甲单位发布新规\n\n" + STORY +
            line + "\n\n乙单位发布报告\n\n" + STORY + "（来源：人民网）\n\n【协会动态】\n\n7月9日，协会召开座谈会。\n")
    items = parse_text(text, "c.txt").items
    assert [(i.section, i.title, i.source) for i in items][1:] == [("行业资讯", "乙单位发布报告", "人民网"), ("协会动态", None, None)]
    assert items[0].source == outlet


@pytest.mark.parametrize("title, bare", [
    ("1 前11个月电信业务收入16096亿元", "前11个月电信业务收入16096亿元"),  # a number badge, then a word and digits
    ("2 CES 2026人形机器人成亮点", "CES 2026人形机器人成亮点"),  # then a Latin name
    ("10 家企业入选", "10 家企业入选"),  # a count and its measure word stay
    ("3 月份出口增长", "3 月份出口增长"),
])
def test_a_bare_list_number_before_any_word_is_no_part_of_the_title(title, bare):
    from search.parse.shapes import strip_list_number
    assert strip_list_number(title) == bare
