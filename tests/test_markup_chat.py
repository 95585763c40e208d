"""Lightweight markup other than Markdown and chat exports (issue 16, wave 10; tests/data/blind7/ has a
Confluence page, an AsciiDoc file and a WeChat export). Each variant here is another member of the
kind: Org mode, reStructuredText, Textile, a QQ export, a name-first export."""
from __future__ import annotations

from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.sources import source_line


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


STORY = "5月20日，商务部发布数字贸易发展报告，我国可数字化交付的服务进出口同比增长6.8%。"
PROFILE = "大连华信计算机技术股份有限公司成立于1996年，是大连数字服务出口的骨干企业。"
EVENT = "5月22日，协会举办数据跨境流动合规沙龙，30余家会员单位参加。"
EXPECTED = [("行业资讯", "商务部发布数字贸易发展报告", "经济日报"), ("会员风采", "华信：数字服务出口骨干", None),
            ("协会动态", None, None)]


def parse(name, text):
    return parse_source(Source(name, text.encode()))


def test_org_mode_headings_quotes_and_comments():
    text = "\n".join([
        "#+TITLE: 数字贸易简报", "#+AUTHOR: 大连市数字贸易协会秘书处", "#+DATE: 2024-05-10",
        "# 校对：5月29日已核", "2026年第5期（总第49期）", "大连市数字贸易协会秘书处编　2026年5月31日", "",
        "* 行业资讯", "** 商务部发布数字贸易发展报告", STORY, "#+BEGIN_QUOTE", "来源：经济日报", "#+END_QUOTE", "",
        "* 会员风采", "** 华信：数字服务出口骨干", PROFILE, "", "* 协会动态", EVENT, ""])
    issue = parse("2026-05.org.txt", text)
    assert rows(issue) == EXPECTED
    assert str(issue.meta.date) == "2026-05-31"  # not the file's #+DATE
    assert "校对" not in " ".join(i.body for i in issue.items)


def test_restructuredtext_underlined_headings_and_directives():
    text = "\n".join([
        "==========", "数字贸易简报", "==========", "", "2026年第5期（总第49期）",
        "大连市数字贸易协会秘书处编　2026年5月31日", "", ".. 校对注：5月29日定稿", "",
        "行业资讯", "--------", "", "商务部发布数字贸易发展报告", "~~~~~~~~~~~~~~~~~~", "", STORY, "",
        "来源：经济日报", "", "会员风采", "--------", "", "华信：数字服务出口骨干", "~~~~~~~~~~~~~~~~~", "",
        PROFILE, "", "协会动态", "--------", "", EVENT, ""])
    issue = parse("2026-05.rst", text)
    assert rows(issue) == EXPECTED
    assert "校对" not in " ".join(i.body for i in issue.items)


def test_textile_headings_quotes_citations_and_tables():
    text = "\n".join([
        "h1. 数字贸易简报", "", "p. 2026年第5期（总第49期）　大连市数字贸易协会秘书处编　2026年5月31日", "",
        "h2. 数据月报", "", "h3. 1—4月服务贸易", "", "1—4月，我国服务进出口总额2.5万亿元（单位：亿元）。", "",
        "|_. 指标|_. 金额|_. 增长（%）|", "|服务出口|10286|8.1|", "|服务进口|14844|3.3|", "",
        "bq. 来源：商务部网站", "",
        "h2. 行业资讯", "", "h3. 商务部发布数字贸易发展报告", "", STORY, "", "— ??经济日报??", "",
        "h2. 会员风采", "", "h3. 华信：数字服务出口骨干", "", PROFILE, "", "h2. 协会动态", "", EVENT, ""])
    issue = parse("2026-05.textile", text)
    assert rows(issue) == [("数据月报", "1—4月服务贸易", "商务部网站")] + EXPECTED
    assert "指标" not in issue.items[0].title


def test_asciidoc_revision_date_comments_and_table_variant():
    text = "\n".join([
        "= 数字贸易简报 2026年第5期（总第49期）", "秘书处 <office@example.org>", "2.0, 2026-05-28: 二校",
        ":toc:", "", "// 5月27日：等待核对", "", "大连市数字贸易协会秘书处编　2026年5月31日", "",
        "== 数据月报", "", "=== 1—4月服务贸易", "", "1—4月，我国服务进出口总额2.5万亿元。", "",
        ".服务贸易（亿元）", "[options=\"header\"]", "|===", "|指标", "|金额", "", "|服务出口", "|10286",
        "", "|服务进口", "|14844", "|===", "", "[.source]#来源：商务部网站#", "",
        "== 行业资讯", "", "=== 商务部发布数字贸易发展报告", "", STORY, "", "[.text-right]", "_来源：经济日报_",
        "", "== 会员风采", "", "=== 华信：数字服务出口骨干", "", PROFILE, "", "== 协会动态", "", EVENT, "",
        "////", "内部备注：6月1日发群", "////", ""])
    issue = parse("2026-05.adoc", text)
    assert rows(issue) == [("数据月报", "1—4月服务贸易", "商务部网站")] + EXPECTED
    assert str(issue.meta.date) == "2026-05-31"
    tables = [b for b in issue.items[0].body.split("\n")]
    assert "备注" not in " ".join(i.body for i in issue.items)
    assert tables


def _chat(header):
    """A chat export: the issue posted in two parts by the secretariat, with replies between them."""
    return "\n".join([
        "消息记录（数贸协会群）", "",
        header("秘书处-小王", "09:30:05"), "@全体成员 本期简报分两条发", "",
        header("秘书处-小王", "09:31:12"), "数字贸易简报", "2026年第5期（总第49期）",
        "大连市数字贸易协会秘书处编　2026年5月31日", "", "【行业资讯】", "商务部发布数字贸易发展报告", STORY,
        "—— 摘自『经济日报』", "",
        header("张伟", "09:32:00"), "收到", "",
        header("李娜", "09:32:10"), "[强]", "",
        header("秘书处-小王", "09:33:40"), "【会员风采】", "华信：数字服务出口骨干", PROFILE, "",
        "【协会动态】", EVENT, "", "“秘书处-小王”撤回了一条消息", "",
        header("秘书处-小王", "09:34:00"), "[文件] 简报第5期.pdf (1.2MB)", "",
        header("张伟", "09:40:00"), "会员风采写得好，华信的同事已转发", ""])


def test_qq_export_date_first_with_an_account_number():
    issue = parse("qq.txt", _chat(lambda name, t: f"2026-05-31 {t.lstrip('0')} {name}(10001)"))
    assert rows(issue) == EXPECTED
    assert not any("收到" in i.body or "撤回" in i.body or "[文件]" in i.body for i in issue.items)


def test_name_first_export_with_slashed_dates():
    issue = parse("dingtalk.txt", _chat(lambda name, t: f"{name}  2026/5/31 {t[:5]}"))
    assert rows(issue) == EXPECTED
    assert "转发" not in issue.items[-1].body


def test_outlet_in_any_quote_brackets_is_the_outlet():
    for line, outlet in [("—— 转自「南方日报」", "南方日报"), ("来源：『大公报』", "大公报"), ("摘自〈人民网〉", "人民网"),
                         ("来源：“央视新闻”", "央视新闻")]:
        assert source_line(line) == outlet, line


def test_full_width_bar_rows_are_a_table_a_single_bar_line_is_not():
    from search.parse.blocks import text_blocks
    blocks = text_blocks("（单位：亿美元）\n地区｜出口｜进口｜增长（%）\n东盟｜586｜412｜9.1\n欧盟｜498｜377｜-2.4\n"
                         "秘书处编　｜　2026年5月31日")
    tables = [b for b in blocks if b.kind == "table"]
    assert [len(t.cells) for t in tables] == [3] and tables[0].cells[2] == ["欧盟", "498", "377", "-2.4"]
    assert blocks[-1].kind != "table"


def test_org_heading_tags_drawers_and_header_keywords():
    """Another Org note (blind15's shape, in other words): the issue's line and date only in `#+SUBTITLE:` /
    `#+DATE:` (an org timestamp), tags at a heading's right end, a drawer under a title holding the source
    beside keys that are no text (`:CUSTOM_ID:`)."""
    text = "\n".join([
        "#+title: 数字贸易简报", "#+subtitle: 2026年第5期（总第49期）", "#+date: <2026-05-31 日>", "",
        "* 行业资讯                      :资讯:政策:", "** 商务部发布数字贸易发展报告   :稿件:", ":PROPERTIES:",
        ":CUSTOM_ID: news-1", ":来源: 经济日报", ":END:", STORY, "",
        "* 会员风采    :会员:", "** 华信：数字服务出口骨干", ":PROPERTIES:", ":ID: 7f3a", ":END:", PROFILE, "",
        "* 协会动态  :会务:", EVENT, ""])
    issue = parse("2026-05.txt", text)
    assert rows(issue) == EXPECTED
    assert (issue.meta.number, issue.meta.total, str(issue.meta.date)) == (5, 49, "2026-05-31")
    body = " ".join(i.body for i in issue.items)
    assert "news-1" not in body and "7f3a" not in body and "：" not in issue.items[0].body[:3]


def test_outlet_name_holding_digits_in_brackets_after_the_text():
    """An outlet whose name holds a number (`〔36氪〕`, `［21世纪经济报道］`) closing the text is its source; a number
    with a measure or a figure's label in brackets is none (`〔2025年〕`, `【图2】`)."""
    from search.parse.sources import source_tail
    assert source_tail("公司宣布完成新一轮融资。〔36氪〕")[1] == "36氪"
    assert source_tail("阿里云收入同比增长26%。［21世纪经济报道］")[1] == "21世纪经济报道"
    assert source_tail("出口增长较快。〔2025年〕")[1] is None
    assert source_tail("详见下图。【图2】")[1] is None


def test_medium_alone_in_tortoise_shell_brackets_is_a_source_line():
    assert source_line("〔香港中通社〕") == "香港中通社"
    assert source_line("〔行业资讯〕") is None and source_line("〔会员风采〕") is None


def test_an_outlet_opening_with_a_word_of_a_part_is_still_an_outlet():
    """`上海证券报` opens with 上 (a part: `（上）`), `下` likewise; a medium's name is an outlet all the same."""
    assert source_line("（上海证券报）") == "上海证券报"
    assert source_line("〔上海证券报〕") == "上海证券报"
    assert source_line("（上篇）") is None and source_line("（下转第2版）") is None and source_line("（记者张三）") is None


def test_a_section_named_with_latin_letters_keeps_their_case():
    text = "\n".join(["2026年第5期（总第49期）　2026年5月31日", "", "# 行业资讯", "## 商务部发布数字贸易发展报告", STORY, "",
                      "# AI应用观察", "## 大模型应用落地加速", "5月21日，多家企业发布大模型应用，覆盖客服和办公等场景。", ""])
    assert [i.section for i in parse("2026-05.md", text).items] == ["行业资讯", "AI应用观察"]


def test_a_source_field_in_asciidoc_and_restructuredtext_is_the_source():
    """The field shape an Org drawer uses (`:来源: X`) is AsciiDoc's attribute entry and reST's field list too:
    under a title, the story's source, not a line of text nor a line dropped."""
    adoc = "\n".join([
        "= 数字贸易简报", ":revdate: 2026-05-31", "", "2026年第5期（总第49期）　2026年5月31日", "",
        "== 行业资讯", "", "=== 商务部发布数字贸易发展报告", ":来源: 经济日报", "", STORY, "", "[.lead]", "",
        "== 会员风采", "", "=== 华信：数字服务出口骨干", "", PROFILE, "", "== 协会动态", "", EVENT, ""])
    assert rows(parse("2026-05.adoc.txt", adoc)) == EXPECTED
    rst = "\n".join([
        "数字贸易简报", "============", "", "2026年第5期（总第49期）　2026年5月31日", "",
        "行业资讯", "--------", "", "商务部发布数字贸易发展报告", "~~~~~~~~~~~~~~~~~~~~~~~~~~~~", "",
        ":来源: 经济日报", "", STORY, "", "会员风采", "--------", "", "华信：数字服务出口骨干", "~~~~~~~~~~~~~~~~~~~~~~", "",
        PROFILE, "", "协会动态", "--------", "", EVENT, ""])
    assert rows(parse("2026-05.rst.txt", rst)) == EXPECTED


def test_org_date_keyword_stands_in_where_only_the_issue_line_is_printed():
    text = "\n".join(["#+TITLE: 数字贸易简报", "#+DATE: 2026-05-31", "", "2026年第5期（总第49期）", "",
                      "* 行业资讯", "** 商务部发布数字贸易发展报告", STORY, "", "* 协会动态", EVENT, ""])
    meta = parse("2026-05.txt", text).meta
    assert (meta.number, meta.total, str(meta.date)) == (5, 49, "2026-05-31")


def test_a_header_is_read_on_the_stripped_line_and_a_long_line_is_no_header():
    # a line of 40,000 spaces took 14 s: the header patterns' own `\s*` retried at every space (quadratic).
    from search.parse.chatlog import _name
    assert _name("   2026-05-31 9:31:12 秘书处-小王(10001)   ") == "秘书处-小王(10001)"
    assert _name("\t秘书处-小王  2026/5/31 09:31 ") == "秘书处-小王"
    assert _name(" " * 40000) is None
    assert _name("2026-05-31 9:31:12 " + "长" * 200) is None  # no sender's name runs to 200 characters
