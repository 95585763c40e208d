"""WeChat editors' markup of tests/data/drift18web/ (issue 16, wave 18), each shape built here small in a
form other than the file's: a banner drawn as an SVG, a story's number in a layout table's cell, parts
numbered `01` `02` over names not known, a banner set as a tiny caption, the briefing's title line over
a byline above the issue line."""
from __future__ import annotations

from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.webpage import read_html_blocks

P1 = "<p>2月10日，协会组织会员单位赴大连软件园调研，了解数据出境合规工作进展。</p>"
P2 = "<p>国家数据局近日发布数据流通交易合同示范文本，供各地参考使用，推动数据要素市场建设。</p>"


def _page(body: str, head: str = "<h1>数字贸易简报 2026年第3期（总第39期）</h1><p>2026年3月31日</p>") -> bytes:
    return f"<html><body><div id='js_content'>{head}{body}</div></body></html>".encode()


def _rows(issue) -> list[tuple]:
    return [(i.section, i.title, i.source) for i in issue.items]


def test_an_svg_banner_is_read_by_its_words_split_in_tspans_a_chart_is_not():
    banner = ("<section style='text-align:center'><svg viewBox='0 0 300 50'><rect width='300' height='50'/>"
              "<text x='150' y='30'><tspan>行业</tspan><tspan>资讯</tspan></text></svg></section>")
    chart = "<svg>" + "".join(f"<text>{m}月</text>" for m in range(1, 13)) + "</svg>"
    texts = [t for _, t in [(b.kind, b.text) for b in read_html_blocks(_page(banner + chart + P2), "p.html")]]
    assert "行业资讯" in texts
    assert not any("月" == t[-1:] and len(t) <= 3 for t in texts)  # the chart's labels are not text


def test_a_count_in_a_layout_cell_beside_a_title_is_the_titles_badge():
    def titled(n: str, title: str) -> str:
        return (f"<table><tr><td style='width:30px'>{n}</td><td><strong>{title}</strong></td></tr></table>"
                + P2 + "<p>来源：人民日报</p>")
    body = ("<p><strong>【行业资讯】</strong></p>" + titled("1.", "数据流通交易合同示范文本发布")
            + titled("2", "数据要素市场建设加快") + "<p><strong>【协会动态】</strong></p>" + P1)
    issue = parse_source(Source("p.html", _page(body)))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"),
                            ("行业资讯", "数据要素市场建设加快", "人民日报"), ("协会动态", None, None)]


def test_parts_counted_01_02_open_sections_whose_names_are_not_known_in_plain_text():
    text = ("数字贸易简报\n2026年第3期（总第39期）\n2026年3月31日\n\n01\n行业资讯\n\n数据流通交易合同示范文本发布\n"
            "国家数据局近日发布数据流通交易合同示范文本，供各地参考使用。\n来源：人民日报\n\n02\n数字政务\n\n"
            "政务大模型上线试运行\n大连市政务服务中心近日上线政务大模型，提供办事指引。\n来源：大连日报\n\n"
            "03\n协会动态\n\n2月10日，协会组织会员单位赴大连软件园调研。\n")
    issue = parse_source(Source("x.txt", text.encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"),
                            ("数字政务", "政务大模型上线试运行", "大连日报"), ("协会动态", None, None)]


def test_a_line_set_as_a_known_sections_name_is_a_banner_however_small():
    def cap(name: str) -> str:
        return f"<p style='font-size:11px;color:#c03;text-align:center'>{name}</p>"
    body = (cap("行业资讯") + "<p><strong>数据流通交易合同示范文本发布</strong></p>" + P2 + "<p>来源：人民日报</p>"
            + cap("数字政务") + "<p><strong>政务大模型上线试运行</strong></p>"
            + "<p>大连市政务服务中心近日上线政务大模型，为企业和群众提供办事指引。</p><p>来源：大连日报</p>"
            + cap("协会动态") + P1)
    issue = parse_source(Source("p.html", _page(body)))
    assert [r[0] for r in _rows(issue)] == ["行业资讯", "数字政务", "协会动态"]


def test_the_briefings_title_line_over_a_byline_begins_the_masthead():
    text = ("《数字贸易简报》总第39期\n发布：大连市数字贸易协会　2026年3月31日\n2026年第3期\n\n【行业资讯】\n"
            "数据流通交易合同示范文本发布\n国家数据局近日发布数据流通交易合同示范文本，供各地参考使用。\n来源：人民日报\n\n"
            "【协会动态】\n2月10日，协会组织会员单位赴大连软件园调研。\n")
    meta = parse_source(Source("x.txt", text.encode())).meta
    assert (meta.year, meta.number, meta.total, meta.date) == (2026, 3, 39, "2026-03-31")
