"""The shapes of issue 16's closing note and of tests/data/drift16/ (its README.md), each rule tried
again on a variant of its own: another glyph, another word, another layout."""
from __future__ import annotations

import pytest

from search.parse.blocks import text_blocks
from search.parse.parser import parse_text
from search.parse.shapes import labelled, strip_list_number

_HEAD = "数字贸易简报\n2026年第4期（总第40期）\n2026年4月30日\n\n"


def _items(text):
    return [(it.section, it.title, it.source) for it in parse_text(_HEAD + text, "x.txt").items]


@pytest.mark.parametrize("open_, close", [("【", "】"), ("〖", "〗"), ("〔", "〕"), ("［", "］"), ("〘", "〙")])
def test_a_banner_of_a_framed_label_and_the_section_name(open_, close):
    text = (f"{open_}栏目{close}行业资讯\n\n海关总署发布一季度进出口数据\n\n4月14日，海关总署发布数据。\n来源：新华社\n\n"
            f"{open_}栏目{close} 海外视野\n\n欧盟发布数字市场新规\n\n4月16日，欧盟委员会发布新规。\n来源：中新网\n\n"
            f"{open_}专栏{close}协会动态\n\n4月20日，协会组织会员单位赴大连软件园调研。\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度进出口数据", "新华社"),
                            ("海外视野", "欧盟发布数字市场新规", "中新网"), ("协会动态", None, None)]


@pytest.mark.parametrize("banner", ["栏目：{}", "栏目｜{}", "◆栏目◆{}", "【栏目·{}】", "〔栏 目〕{}", "【本期栏目】{}", "【栏目】：{}"])
def test_a_label_and_the_name_in_other_layouts(banner):
    text = (f"{banner.format('行业资讯')}\n\n海关总署发布一季度数据\n\n4月14日，海关总署发布数据。\n来源：新华社\n\n"
            f"{banner.format('协会动态')}\n\n4月20日，协会组织会员单位赴大连软件园调研。\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", "新华社"), ("协会动态", None, None)]


def test_a_framed_label_before_a_title_is_no_banner_where_none_stands_before_a_known_name():
    assert labelled("《报告》发布") is None  # a work's title is no label
    text = ("【行业资讯】\n\n【快讯】海关总署发布数据\n\n4月14日，海关总署发布数据。\n来源：新华社\n\n"
            "【快讯】欧盟发布新规\n\n4月16日，欧盟委员会发布新规。\n来源：中新网\n")
    assert [t for _, t, _ in _items(text)] == ["【快讯】海关总署发布数据", "【快讯】欧盟发布新规"]


@pytest.mark.parametrize("title", ["２　海关总署发布一季度数据", "１２　海关总署发布一季度数据", "０３ 海关总署发布一季度数据",
                                   "Ｂ．海关总署发布一季度数据"])
def test_a_full_width_list_number(title):
    assert strip_list_number(title) == "海关总署发布一季度数据"


@pytest.mark.parametrize("title", ["５Ｇ基站超过四百万个", "２　家企业入选名单"])
def test_a_full_width_number_of_the_title_stays(title):
    assert strip_list_number(title) == title


def test_a_full_width_list_number_leaves_the_parsed_title():
    text = "【行业资讯】\n\n２　海关总署发布一季度进出口数据\n\n4月14日，海关总署发布数据。\n来源：新华社\n"
    assert _items(text) == [("行业资讯", "海关总署发布一季度进出口数据", "新华社")]


@pytest.mark.parametrize("feed", ["\f", "\f\f"])
def test_a_form_feed_in_mid_line_ends_the_line(feed):
    lines = [b.text for b in text_blocks(f"甲公司发布数据。{feed}乙公司发布新品。\n来源：新华社\n")]
    assert lines[:2] == ["甲公司发布数据。", "乙公司发布新品。"]


def test_a_form_feed_in_mid_line_still_parts_pages():
    text = "数字贸易简报\n正文一。\n— 1 —\f数字贸易简报\n正文二。\n— 2 —\n"
    kinds = [(b.kind, b.text) for b in text_blocks(text)]
    assert ("furniture", "— 1 —") in kinds and ("paragraph", "正文二。") in kinds


@pytest.mark.parametrize("line, outlet", [
    ("文字来源 | 期货日报网", "期货日报网"),  # drift16/d16-04
    ("原文来源：新华社", "新华社"),
    ("— 来源：中国新闻周刊 —", "中国新闻周刊"),  # drift16/d16-03
    ("～来源：经济日报～", "经济日报"),
    ("—— 转自：央视新闻 ——", "央视新闻"),
])
def test_source_lines_of_drift16(line, outlet):
    from search.parse.sources import source_line
    assert source_line(line) == outlet


def test_a_photo_credit_is_no_source():
    from search.parse.sources import source_line
    assert source_line("图片来源：视觉中国") is None


@pytest.mark.parametrize("title, bare", [
    ("３　1月货物和服务贸易进出口4.66万亿元", "1月货物和服务贸易进出口4.66万亿元"),  # d16-01
    ("2　2025年我国数字贸易规模再创新高", "2025年我国数字贸易规模再创新高"),
    ("12 3季度软件业务收入增长", "3季度软件业务收入增长"),
    ("1.3月12日，协会联合大连海关举办宣讲会", "3月12日，协会联合大连海关举办宣讲会"),  # d16-08, the space lost
    ("2．11月5日，协会召开理事会", "11月5日，协会召开理事会"),
])
def test_a_list_number_before_a_date(title, bare):
    assert strip_list_number(title) == bare


@pytest.mark.parametrize("text", ["1.3万亿元贸易额", "1.5月份数据发布", "3 15日发布", "2026　年"])
def test_a_number_that_is_no_list_number_stays(text):
    assert strip_list_number(text) == text


def test_numbered_activities_lose_their_number():
    text = ("【行业资讯】\n\n海关总署发布一季度数据\n\n4月14日，海关总署发布数据。\n来源：新华社\n\n【协会动态】\n\n"
            "1.4月20日，协会组织会员单位赴大连软件园调研。\n\n（2）本月下旬，协会召开常务理事会。\n")
    items = parse_text(_HEAD + text, "x.txt").items
    assert [it.body for it in items[1:]] == ["4月20日，协会组织会员单位赴大连软件园调研。", "本月下旬，协会召开常务理事会。"]


@pytest.mark.parametrize("above", [("INDUSTRY NEWS", "ASSOCIATION NEWS"), ("Industry News", "About Us")])
def test_a_banner_with_its_english_name_above(above):
    text = (f"{above[0]}\n行业资讯\n\n海关总署发布一季度数据\n\n4月14日，海关总署发布数据。\n来源：新华社\n\n"
            f"{above[1]}\n协会动态\n\n4月20日，协会组织会员单位赴大连软件园调研。\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", "新华社"), ("协会动态", None, None)]


@pytest.mark.parametrize("comment", ["<!-- 编辑：此处插入分隔图 -->", "<!--\n待核实：数字\n-->"])
def test_an_editors_html_comment_in_markdown_is_not_read(comment):
    text = (f"## 行业资讯\n\n### 海关总署发布一季度数据\n\n4月14日，海关总署发布数据。\n\n来源：新华社\n\n{comment}\n\n"
            "### 欧盟发布数字市场新规\n\n4月16日，欧盟委员会发布新规。\n\n来源：中新网\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", "新华社"), ("行业资讯", "欧盟发布数字市场新规", "中新网")]


@pytest.mark.parametrize("marked", ['<u>DeepSeek-V3.2</u>', '<font color="#c00000">DeepSeek-V3.2</font>',
                                    '<mark>DeepSeek-V3.2</mark>'])
def test_inline_html_in_a_markdown_paragraph_is_not_text(marked):
    text = f"## 行业资讯\n\n### 国产大模型加快迭代\n\n12月1日，深度求索发布{marked}模型。\n\n来源：新华社\n"
    assert parse_text(_HEAD + text, "x.md").items[0].body == "12月1日，深度求索发布DeepSeek-V3.2模型。"


def test_a_script_tag_written_as_text_stays():
    text = "## 行业资讯\n\n### 网络安全提示\n\n4月1日，专家提醒警惕<script>注入。\n\n来源：新华社\n"
    assert "<script>" in parse_text(_HEAD + text, "x.md").items[0].body


def _docx(tmp_path, build):
    from docx import Document
    doc = Document()
    for line in ["数字贸易简报", "2026年第4期（总第40期）", "2026年4月30日"]:
        doc.add_paragraph(line)
    doc.add_heading("行业资讯", level=1)
    build(doc)
    path = tmp_path / "x.docx"
    doc.save(path)
    from search.parse.parser import parse_file
    return parse_file(path).items


@pytest.mark.parametrize("hidden", ["（编辑注：已核对原文）", "待删"])
def test_hidden_text_in_word_is_not_read(tmp_path, hidden):
    def build(doc):
        doc.add_heading("海关总署发布一季度数据", level=2)
        doc.add_paragraph("4月14日，海关总署发布数据。")
        p = doc.add_paragraph("来源：新华社")
        run = p.add_run(hidden)
        run.font.hidden = True
        body = doc.add_paragraph("4月15日，")
        body.add_run("隐藏").font.hidden = True
        body.add_run("商务部发布数据。")
    items = _docx(tmp_path, build)
    assert items[0].source == "新华社" and hidden not in items[0].body and "隐藏" not in items[0].body


def test_comments_and_inline_tags_in_hostile_text_stay_linear():
    from search.parse.mdextra import html_lines, uncommented
    assert uncommented("<!--" * 100_000) == "<!--" * 100_000  # never closed: nothing removed
    assert uncommented("甲<!-- 注 -->乙\n<!--\n丙\n-->丁") == "甲乙\n\n\n丁"
    line = "<u" * 100_000
    assert html_lines(line) == [(line, None)]
