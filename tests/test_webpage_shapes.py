"""Saved web pages in shapes other than the ones met first: a CMS page around the article, encodings
declared or not, grids drawn with CSS, tables with spans, banners and titles told apart by their look."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from search.parse.parser import parse_file
from search.parse.webpage import read_html_blocks

WEB = Path(__file__).resolve().parent / "data" / "web"


def blocks(html: str, encoding: str = "utf-8") -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_html_blocks(html.encode(encoding), "page.html")]


def tables(html: str) -> list[list[list[str]]]:
    return [b.cells for b in read_html_blocks(html.encode(), "page.html") if b.kind == "table"]


def _items(issue) -> list[tuple]:
    return [(i.section, i.title, i.source) for i in issue.items]


CMS_ITEMS = [
    ("数据月报", "2026年上半年全国服务贸易发展情况", "商务部网站"),
    ("行业资讯", "国家数据局发布数据流通交易合同示范文本", "人民日报"),
    ("行业资讯", "中欧班列（大连）上半年开行数量同比增长两成", "大连日报"),
    ("行业资讯", "东北亚数字贸易论坛在大连举行", "新华社"),
    ("会员风采", "大连华信计算机技术股份有限公司", None),
    ("协会动态", None, None),
    ("协会动态", None, None)]
FRAME = ("当前位置", "首页", "ICP", "版权所有", "相关文章", "上一篇", "下一篇", "打印本页", "分享到", "浏览次数",
         "联系我们", "访问者", "设为首页", "0411")


def _frame_left_out(issue) -> None:
    text = "\n".join(f"{i.title}\n{i.body}" for i in issue.items)
    assert [w for w in FRAME if w in text] == []


def test_a_cms_page_in_gbk_is_read_without_the_site_around_it():
    issue = parse_file(WEB / "cms-gbk.html")
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 7, 51, "2026-07-31")
    assert _items(issue) == CMS_ITEMS
    _frame_left_out(issue)
    assert issue.items[0].tables == [[["指标", "1-6月 金额", "1-6月 同比（%）", "6月 金额", "6月 同比（%）"],
                                      ["服务出口", "16890.4", "9.2", "3010.6", "7.5"],
                                      ["服务进口", "22310.1", "3.9", "3902.3", "2.8"]]]


def test_a_page_that_declares_no_encoding_is_read_by_its_bytes(tmp_path):
    data = re.sub(rb"<meta http-equiv[^>]*>", b"", (WEB / "cms-gbk.html").read_bytes())
    assert b"charset" not in data
    (tmp_path / "cms.htm").write_bytes(data)
    issue = parse_file(tmp_path / "cms.htm")
    assert _items(issue) == CMS_ITEMS


@pytest.mark.parametrize("declared", ['<meta charset="big5">', ""])
def test_big5_declared_or_not(declared):
    html = f"<html><head>{declared}</head><body><div><p>臺灣資訊服務業者參展，數位貿易持續成長。</p></div></body></html>"
    assert blocks(html, "big5") == [("paragraph", "臺灣資訊服務業者參展，數位貿易持續成長。")]


def test_a_wechat_article_of_nested_template_sections():
    issue = parse_file(WEB / "wechat-135.html")
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 8, 52, "2026-08-31")
    assert _items(issue) == [
        ("数据月报", "2026年1-7月大连市外贸进出口情况", "大连海关"),
        ("行业资讯", "商务部：加快培育服务贸易新业态新模式", "经济日报"),
        ("行业资讯", "辽宁自贸试验区大连片区新增跨境数据服务企业30家", "辽宁日报"),
        ("会员风采", "东软集团", None),
        ("协会动态", None, None)]
    assert issue.items[0].tables == [[["贸易方式", "金额", "同比（%）"], ["一般贸易", "1402.8", "5.1"],
                                      ["加工贸易", "698.4", "-1.3"], ["保税物流", "409.1", "12.6"]]]
    text = "\n".join(i.body for i in issue.items)
    for left_out in ("图为发布会现场", "推荐阅读", "扫码关注", "阅读原文", "01", "mmbiz"):
        assert left_out not in text


def test_a_short_bold_name_under_a_pill_banner_is_a_title_not_a_section():
    pill = ('<section style="display:flex;justify-content:center"><section style="display:inline-block;'
            'background-color:#bf9000;border-radius:12px"><span style="color:#fff"><strong>{}</strong></span>'
            '</section></section>')
    title = '<p><span style="font-size:16px"><strong>{}</strong></span></p>'
    html = ("<div id='js_content'><p>数字贸易简报</p><p>2026年第9期（总第53期）</p><p>2026年9月30日</p>"
            + pill.format("行业资讯") + title.format("服务贸易新业态加快发展")
            + "<p>9月5日，商务部表示将支持服务贸易新业态发展，推动数字贸易改革创新。</p>"
            + pill.format("会员风采") + title.format("亿达信息")
            + "<p>亿达信息是大连的软件和信息技术服务企业，长期承接日本客户的外包业务。</p>"
            + "<p>公司近年来拓展数字化转型咨询服务。</p></div>")
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    issue = parse_source(Source("2026-09.html", html.encode()))
    assert _items(issue) == [("行业资讯", "服务贸易新业态加快发展", None), ("会员风采", "亿达信息", None)]


FLEX_ROWS = """<div id="js_content"><p>正文第一段，说明下表。</p><section>
<section><span>单位：亿元</span></section>
<section style="display:flex"><section>指标</section><section>金额</section><section>同比（%）</section></section>
<section style="display:flex"><section><span>出口</span></section><section>12.5</section><section>3.1</section></section>
<section style="display:flex"><section><p>进口</p></section><section>10.2</section><section>-0.4</section></section>
</section></div>"""


@pytest.mark.parametrize("html, cells", [
    (FLEX_ROWS, [["指标", "金额", "同比（%）"], ["出口", "12.5", "3.1"], ["进口", "10.2", "-0.4"]]),
    # cells laid side by side by their own style: inline blocks, floats, table cells
    ("""<div><p>正文，说明下表。</p><div><p><span style="display:inline-block;width:50%">指标</span><span
     style="display:inline-block;width:50%">增速（%）</span></p><p><span style="display:inline-block">出口</span><span
     style="display:inline-block">7.7</span></p><p><span style="float:left">进口</span><span style="float:left">2.1</span></p>
     </div></div>""", [["指标", "增速（%）"], ["出口", "7.7"], ["进口", "2.1"]]),
    # a CSS grid: the cells in one run, the columns declared
    ("""<div><p>正文，说明下表。</p><div style="display: grid; grid-template-columns: repeat(3, 1fr)">
     <div>指标</div><div>金额</div><div>同比</div><div>出口</div><div>12.5</div><div>3.1</div></div></div>""",
     [["指标", "金额", "同比"], ["出口", "12.5", "3.1"]]),
    # columns side by side, each a stack of lines
    ("""<div><p>正文，说明下表。</p><section style="display:flex"><section><p>指标</p><p>出口</p><p>进口</p></section>
     <section><p>金额</p><p>12.5</p><p>10.2</p></section></section></div>""",
     [["指标", "金额"], ["出口", "12.5"], ["进口", "10.2"]]),
    # rows styled by a class of the page's sheet
    ("""<html><head><style>.row { display: flex } </style></head><body><div><p>正文，说明下表。</p><div>
     <div class="row"><div>指标</div><div>金额</div></div><div class="row"><div>出口</div><div>12.5</div></div>
     </div></div></body></html>""", [["指标", "金额"], ["出口", "12.5"]]),
])
def test_a_grid_drawn_without_table_is_read_as_cells(html, cells):
    assert tables(html) == [cells]


def test_a_grid_keeps_its_caption_and_note_as_lines():
    got = blocks(FLEX_ROWS)
    assert got[1] == ("paragraph", "单位：亿元")
    assert got[2][0] == "table"


@pytest.mark.parametrize("html", [
    # lines of a contents, each a run of spans: no cells
    """<div><p><span>▶ </span><span>数据月报｜上半年服务贸易</span></p><p><span>▶ </span><span>行业资讯｜论坛举行</span></p></div>""",
    # one row side by side (a banner drawn in parts) is one line, not a table
    """<div><section style="display:flex"><section style="width:20px;background:#000"></section>
    <section><strong>行业资讯</strong></section></section><p>正文。</p></div>""",
    # a two-column layout of stories side by side: long text in the cells
    """<div><section style="display:flex"><section><p>第一篇报道的正文，有很多字，讲述了一件事情的来龙去脉，一直写到这里为止。</p></section>
    <section><p>第二篇报道的正文，有很多字，讲述了另一件事情的来龙去脉，一直写到这里为止。</p></section></section>
    <section style="display:flex"><section><p>第三篇报道的正文，有很多字，讲述了一件事情的来龙去脉，一直写到这里为止。</p></section>
    <section><p>第四篇报道的正文，有很多字，讲述了另一件事情的来龙去脉，一直写到这里为止。</p></section></section></div>""",
])
def test_what_is_no_grid_stays_text(html):
    assert tables(html) == []


def test_a_grid_of_text_in_columns_is_read_as_lines_with_a_wide_gap():
    html = """<div><section><section style="display:flex"><section>数据月报</section><section>行业资讯</section></section>
    <section style="display:flex"><section>上半年服务贸易运行</section><section>论坛在大连举行</section></section>
    </section></div>"""
    got = read_html_blocks(html.encode(), "page.html")
    assert [(b.kind, b.raw) for b in got] == [("paragraph", "数据月报\u3000\u3000行业资讯"),
                                              ("paragraph", "上半年服务贸易运行\u3000\u3000论坛在大连举行")]


def test_a_table_with_spans_a_caption_and_a_note():
    html = """<div><p>正文，说明下表。</p><table>
    <caption>表1 进出口情况</caption>
    <tr><td colspan="4">2026年1-6月</td></tr>
    <thead><tr><th rowspan="2">类别</th><th rowspan="2">项目</th><th colspan="2">1-6月</th></tr>
    <tr><th>金额（亿元）</th><th>同比（%）</th></tr></thead>
    <tr><td rowspan="2">服务贸易</td><td>出口</td><td>12.5</td><td>3.1</td></tr>
    <tr><td>进口</td><td>10.2</td><td>-0.4</td></tr>
    <tr><td colspan="4">注：数据为初步统计。</td></tr></table></div>"""
    got = read_html_blocks(html.encode(), "t.html")
    assert [(b.kind, b.text) for b in got if b.kind != "table"] == [
        ("paragraph", "正文，说明下表。"), ("paragraph", "表1 进出口情况"), ("paragraph", "2026年1-6月"),
        ("paragraph", "注：数据为初步统计。")]
    assert [b.cells for b in got if b.kind == "table"] == [[
        ["类别", "项目", "1-6月 金额（亿元）", "1-6月 同比（%）"],
        ["服务贸易", "出口", "12.5", "3.1"], ["服务贸易", "进口", "10.2", "-0.4"]]]


def test_a_table_that_lays_out_the_page_is_read_as_text():
    html = """<body><table><tr><td><a href="/a">首页</a></td><td>
    <p>第一段正文，较长的句子在这里。</p><p>第二段正文，也是较长的句子。</p><p>第三段。</p></td></tr></table></body>"""
    assert blocks(html) == [("paragraph", "第一段正文，较长的句子在这里。"), ("paragraph", "第二段正文，也是较长的句子。"),
                            ("paragraph", "第三段。")]


def test_an_old_page_laid_out_in_tables_with_a_sidebar_blurb():
    issue = parse_file(WEB / "table-layout-gbk.html")
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 10, 54, "2026-10-31")
    assert _items(issue) == [("数据月报", "前三季度全国软件业务收入增长", "工业和信息化部"),
                             ("行业资讯", "大连软件园举办数字服务出口洽谈会", "大连新闻网"),
                             ("行业资讯", "跨境电商综合试验区考核结果公布", "中国商务新闻网"),
                             ("协会动态", None, None)]
    _frame_left_out(issue)
    assert "协会简介" not in "\n".join(i.body for i in issue.items)


def test_a_short_line_set_larger_than_the_text_is_a_title_bold_or_not():
    html = """<div id="js_content"><p><span style="font-size:18px;color:#06c">跨境数据服务企业增至126家</span></p>
    <p><span style="font-size:15px">今年以来，片区新引进跨境数据服务企业30家，累计达到126家。</span></p>
    <p><span style="font-size:15px">片区将继续完善数据出境服务。</span></p></div>"""
    assert blocks(html) == [("title", "跨境数据服务企业增至126家"),
                            ("paragraph", "今年以来，片区新引进跨境数据服务企业30家，累计达到126家。"),
                            ("paragraph", "片区将继续完善数据出境服务。")]


def test_a_source_that_links_to_its_outlet_stays_and_a_title_that_links_to_its_story():
    html = """<div><h3><a href="https://example.com/n/1.html">数据交易合同示范文本发布</a></h3>
    <p>7月15日，国家数据局发布数据流通交易合同示范文本，引导市场主体规范开展数据交易。</p>
    <p>来源：<a href="https://www.people.com.cn/">人民网</a></p>
    <p>相关阅读</p><p><a href="https://example.com/n/2.html">数据要素市场建设提速</a></p></div>"""
    assert blocks(html) == [("heading", "数据交易合同示范文本发布"),
                            ("paragraph", "7月15日，国家数据局发布数据流通交易合同示范文本，引导市场主体规范开展数据交易。"),
                            ("paragraph", "来源：人民网")]


def test_a_banner_and_a_title_both_in_boxes_differ_by_their_letters():
    banner = ('<section style="background-color:#0f4c81;padding:4px"><p><span style="color:#ffffff;font-size:16px">'
              '<strong>{}</strong></span></p></section>')
    title = ('<section style="background-color:#eef3f8;padding:4px"><p><span style="color:#0f4c81;font-size:16px">'
             '<strong>{}</strong></span></p></section>')
    html = ("<div id='js_content'><p>数字贸易简报</p><p>2026年第9期（总第53期）</p><p>2026年9月30日</p>"
            + banner.format("行业资讯") + title.format("服务贸易新业态加快发展")
            + "<p>9月5日，商务部表示将支持服务贸易新业态发展，推动数字贸易改革创新。</p>"
            + banner.format("会员风采") + title.format("亿达信息")
            + "<p>亿达信息是大连的软件和信息技术服务企业，长期承接日本客户的外包业务。</p>"
            + "<p>公司近年来拓展数字化转型咨询服务。</p>" + banner.format("协会动态")
            + "<p>9月12日，协会举办会员沙龙。</p></div>")
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    issue = parse_source(Source("2026-09.html", html.encode()))
    assert _items(issue) == [("行业资讯", "服务贸易新业态加快发展", None), ("会员风采", "亿达信息", None),
                             ("协会动态", None, None)]


def test_the_date_of_publication_serves_where_the_article_prints_none():
    page = """<div id="img-content"><h1 id="activity-name">数字贸易简报｜2026年第9期（总第53期）</h1>
    <div id="meta_content"><span>协会秘书处</span> <em id="publish_time">{date}</em></div>
    <div id="js_content"><section>{masthead}</section><p><strong>【行业资讯】</strong></p>
    <p><strong>服务贸易新业态加快发展</strong></p><p>9月5日，商务部表示将支持服务贸易新业态发展。</p></div></div>"""
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    bare = parse_source(Source("a.html", page.format(date="2026年9月30日 18:02", masthead="").encode()))
    assert (bare.meta.year, bare.meta.number, bare.meta.total, bare.meta.date) == (2026, 9, 53, "2026-09-30")
    printed = parse_source(Source("b.html", page.format(date="2026年10月8日 09:00",
                                                         masthead="<p>2026年9月29日</p>").encode()))
    assert printed.meta.date == "2026-09-29"


def test_a_line_under_a_picture_is_its_caption_but_an_icon_beside_a_banner_is_not():
    html = """<div id="js_content"><p>第一段正文，讲述事情的经过。</p><p><img src="a.jpg"></p><p>图为会议现场</p>
    <section><img src="icon.png"><span>协会动态</span></section><p>9月12日，协会举办会员沙龙。</p></div>"""
    assert blocks(html) == [("paragraph", "第一段正文，讲述事情的经过。"), ("furniture", "图为会议现场"),
                            ("paragraph", "协会动态"), ("paragraph", "9月12日，协会举办会员沙龙。")]


def test_a_page_without_a_frame_of_its_own_loses_its_clock_counter_and_footer():
    html = """<body><div>大连市数字贸易协会</div><div>今天是：2026年8月3日 星期一</div>
    <p>数字贸易简报</p><p>2026年第7期（总第51期）</p><p>2026年7月31日</p><h2>协会动态</h2>
    <p>7月18日，协会组织会员单位开展调研。</p><p>来源：协会秘书处</p><p>阅读次数：356</p>
    <p>发布人：秘书处　发布时间：2026-08-03</p>
    <p>版权所有：大连市数字贸易协会</p><p>辽ICP备12345678号-1　技术支持：某网络公司</p></body>"""
    got = read_html_blocks(html.encode(), "p.html")
    assert [b.text for b in got if b.kind != "furniture"] == [
        "大连市数字贸易协会", "数字贸易简报", "2026年第7期（总第51期）", "2026年7月31日", "协会动态",
        "7月18日，协会组织会员单位开展调研。", "来源：协会秘书处"]


def test_a_header_over_two_rows_drawn_with_plain_cells():
    html = """<div><p>正文，说明下表。</p><table>
    <tr><td><strong>指标</strong></td><td colspan="2"><strong>2026年1-7月</strong></td></tr>
    <tr><td></td><td>金额（亿元）</td><td>同比（%）</td></tr>
    <tr><td>出口</td><td>1180.7</td><td>7.2</td></tr></table></div>"""
    assert tables(html) == [[["指标", "2026年1-7月 金额（亿元）", "2026年1-7月 同比（%）"], ["出口", "1180.7", "7.2"]]]


def test_the_cells_of_a_spanned_header_are_read_as_figures():
    from search import figures
    issue = parse_file(WEB / "cms-gbk.html")
    found = {(f["indicator"], f["period"], f["value"], f["yoy_pct"]) for f in figures.extract_issue(issue)}
    assert {("服务出口", "2026-01/2026-06", 16890.4, 9.2), ("服务出口", "2026-06/2026-06", 3010.6, 7.5),
            ("服务进口", "2026-01/2026-06", 22310.1, 3.9), ("服务进口", "2026-06/2026-06", 3902.3, 2.8)} <= found


def test_banners_and_titles_in_one_look_are_told_apart_by_what_follows():
    line = '<p style="text-align:center"><strong>{}</strong></p>'
    html = ("<div id='js_content'><p>数字贸易简报</p><p>2026年第9期（总第53期）</p><p>2026年9月30日</p>"
            + line.format("政策解读") + line.format("数据条例解读")
            + "<p>9月5日，国家数据局解读数据条例，明确数据流通规则。</p>"
            + line.format("会员风采") + line.format("亿达信息")
            + "<p>亿达信息是大连的软件和信息技术服务企业，长期承接日本客户的外包业务。</p>"
            + line.format("东软集团") + "<p>东软集团创立于1991年，业务涵盖医疗健康和软件外包服务。</p>"
            + line.format("协会动态") + "<p>9月12日，协会举办会员沙龙。</p></div>")
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    issue = parse_source(Source("2026-09.html", html.encode()))
    assert _items(issue) == [("政策解读", "数据条例解读", None), ("会员风采", "亿达信息", None),
                             ("会员风采", "东软集团", None), ("协会动态", None, None)]


def test_a_page_nested_past_the_limit_is_refused_by_name_not_walked():
    """A hostile page of thousands of nested elements is refused at once, with its reason; a page
    nested just within the limit is still read."""
    from search.errors import CorpusError
    from search.limits import HTML_DEPTH
    from search.parse.webpage import read_html_blocks

    def page(depth: int) -> bytes:
        inner = "<p>【行业资讯】</p><p>大连市商务局发布数据，服务外包执行额增长。</p>"
        return f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>".encode()

    with pytest.raises(CorpusError) as err:
        read_html_blocks(page(HTML_DEPTH * 20), "deep.htm")
    assert "嵌套太深" in err.value.reason and str(HTML_DEPTH) in err.value.reason
    blocks = read_html_blocks(page(HTML_DEPTH - 10), "ok.htm")
    assert any("服务外包执行额" in b.text for b in blocks)


# A page of another front-end framework, its style sheet not saved: class names hashed by CSS modules,
# no ARIA roles, rows of <span>s that repeat one structure.
SPA_GRID = """<div class="Article_body__x8Kq2"><p class="Para_p__1aB">海关统计，前两月进出口情况见下表：</p>
<div class="DataGrid_grid__Qe3"><div class="DataGrid_r__9f"><span class="c_h">商品</span><span class="c_h">出口额（亿元）</span>
<span class="c_h">增长（%）</span></div><div class="DataGrid_r__9f"><span class="c_d">集成电路</span><span class="c_d">1903.2</span>
<span class="c_d">11.6</span></div><div class="DataGrid_r__9f"><span class="c_d">汽车</span><span class="c_d">1260.5</span>
<span class="c_d">-2.3</span></div><div class="DataGrid_r__9f"><span class="c_d">船舶</span><span class="c_d">—</span>
<span class="c_d">—</span></div></div><p class="Para_p__1aB">来源・海关总署</p></div>"""


def test_rows_of_one_repeated_structure_are_a_table_without_a_style_sheet():
    assert tables(SPA_GRID) == [[["商品", "出口额（亿元）", "增长（%）"], ["集成电路", "1903.2", "11.6"],
                                 ["汽车", "1260.5", "-2.3"], ["船舶", "—", "—"]]]


@pytest.mark.parametrize("html", [
    # cards of other issues (a related list): a number and a title in each, no figures after the first cell
    """<div><p>正文。</p><div><div><span>第3期</span><span>一季度外贸运行情况</span></div><div><span>第2期</span>
    <span>跨境电商发展提速</span></div><div><span>第1期</span><span>数据出境新规解读</span></div></div></div>""",
    # cards of news, a title and its date in each
    """<div><p>正文。</p><div><div><a>论坛在大连举行</a><time>2025-03-31</time></div><div><a>新规发布</a>
    <time>2025-02-28</time></div><div><a>协会召开年会</a><time>2025-01-20</time></div></div></div>""",
    # rows of different structures are no table
    """<div><p>正文。</p><div><div><span>出口</span><b>12.5</b></div><div><span>进口</span><span>10.2</span></div>
    <div><i>合计</i><span>22.7</span></div></div></div>""",
])
def test_repeated_rows_without_figures_or_of_mixed_structure_stay_text(html):
    assert tables(html) == []


@pytest.mark.parametrize("chip, outlet", [("来源 · 人民网", "人民网"), ("来源・新华社", "新华社"),
                                          ("信息来源 • 南方日报", "南方日报"), ("来源 | 央广网", "央广网")])
def test_a_source_chip_with_a_dot_or_bar_is_a_source_line(chip, outlet):
    from search.parse.sources import source_line
    assert source_line(chip) == outlet


def test_a_centred_marked_line_under_a_picture_is_its_caption_a_flush_list_is_not():
    """blind8's WeChat page: `▲ 图片由会员单位提供`, centred under a photo, was read as a story."""
    html = """<div id="js_content"><p>第一段正文，讲述事情的经过。</p><p><img src="a.jpg"></p>
    <p style="text-align:center"><span>△ 供图：会员企业</span></p><p>第二段正文，讲述后来的事。</p>
    <p><img src="b.jpg"></p><p>● 加快平台建设</p><p>● 完善服务体系</p><p>第三段正文，讲述结果。</p></div>"""
    assert blocks(html) == [("paragraph", "第一段正文，讲述事情的经过。"), ("furniture", "供图：会员企业"),
                            ("paragraph", "第二段正文，讲述后来的事。"), ("list_item", "加快平台建设"),
                            ("list_item", "完善服务体系"), ("paragraph", "第三段正文，讲述结果。")]
