"""Saved web pages and WeChat articles: the article body, as blocks, without the page around it."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.errors import CorpusError
from search.parse.parser import parse_file
from search.parse.webpage import read_html_blocks

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"


def blocks(html: str, encoding: str = "utf-8") -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_html_blocks(html.encode(encoding), "page.html")]


def test_a_wechat_article_is_read_from_its_body():
    issue = parse_file(SHAPES / "2025-11.html")
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2025, 11, 43, "2025-11-28")
    assert [(i.section, i.title, i.source) for i in issue.items][:4] == [
        ("数据月报", "2025年前三季度我国服务贸易运行情况", None),
        ("行业资讯", "第八届进博会闭幕意向成交额创历史新高", "中国质量报"),
        ("行业资讯", "网络安全法完成修改2026年1月1日起施行", "新华社"),
        ("行业资讯", "2025年世界互联网大会乌镇峰会开幕", "新华社")]
    text = "\n".join(i.body for i in issue.items)
    for left_out in ("阅读原文", "推荐阅读", "数字贸易简报｜2025年第10期", "window.", "END", "二维码", "mmbiz"):
        assert left_out not in text


def test_headings_bold_paragraphs_lists_and_tables_become_blocks():
    html = """<html><head><title>t</title><style>p{color:red}</style><script>var a = 1;</script></head>
    <body><nav><a href="/">首页</a></nav><article>
    <h2>【行业资讯】</h2><p><strong>标题一</strong><b>续</b></p>
    <p>正文<span>分成</span><em>几段</em>写的句子。</p>
    <ul><li>第一项</li><li>第二项</li></ul>
    <table><tr><th>指标</th><th>金额</th></tr><tr><td>出口</td><td>12.5</td></tr></table>
    <p style="display:none">隐藏的文字</p></article><footer>版权所有</footer></body></html>"""
    assert blocks(html) == [("heading", "【行业资讯】"), ("title", "标题一续"), ("paragraph", "正文分成几段写的句子。"),
                            ("list_item", "第一项"), ("list_item", "第二项"),
                            ("table", "指标 | 金额\n出口 | 12.5")]


def test_links_that_stand_alone_and_their_label_are_left_out_and_the_closing_matter_is_furniture():
    html = """<div id="js_content"><p>正文一段。</p><p><img alt="行业资讯" src="a.png"></p>
    <p><img alt="图片" src="b.png"></p><p>第二段。</p>
    <p><strong>往期推荐</strong></p><p><a href="https://example.com/1">上一期简报</a></p>
    <p><a href="https://example.com/2">协会通知</a></p>
    <section>- END -</section><p>编辑：秘书处</p></div>"""
    # the picture giving a known section's name is a banner: a title line, as a text line set so is
    assert blocks(html) == [("paragraph", "正文一段。"), ("title", "行业资讯"), ("paragraph", "第二段。"),
                            ("furniture", "- END -"), ("furniture", "编辑：秘书处")]


def test_the_declared_encoding_is_read():
    html = '<html><head><meta charset="gbk"></head><body><article><p>数字贸易协会</p></article></body></html>'
    assert blocks(html, "gbk") == [("paragraph", "数字贸易协会")]


def test_the_main_content_without_an_article_element():
    html = """<body><div class="menu"><p>首页</p></div><div id="c"><p>第一段正文，较长的句子。</p>
    <p>第二段正文，也是较长的句子。</p></div><div><p>短</p></div></body>"""
    assert blocks(html) == [("paragraph", "第一段正文，较长的句子。"), ("paragraph", "第二段正文，也是较长的句子。")]


@pytest.mark.parametrize("data", [b"", b"<html><body><script>x()</script></body></html>"])
def test_a_page_without_text_says_so(data):
    with pytest.raises(CorpusError) as err:
        read_html_blocks(data, "empty.html")
    assert err.value.reason in ("文件是空的", "网页里没有文字")


def test_a_block_keeps_its_alignment():
    html = """<article><section style="text-align: center"><p>数字贸易简报</p></section><p>正文。</p>
    <p style="text-align:right"><span>——新华社</span></p><p align="right">来源：人民网</p></article>"""
    assert [(b.text, b.align) for b in read_html_blocks(html.encode(), "a.html")] == [
        ("数字贸易简报", "center"), ("正文。", None), ("——新华社", "right"), ("来源：人民网", "right")]
