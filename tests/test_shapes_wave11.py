"""A generalisation sweep over issue 16's shape families (wave 11): text, Markdown, Word and saved
web pages, each built here small from stories of the development sets, in shapes no earlier test
has: sources in new forms and before their story, list numbers in every glyph, a source boxed in a
one-cell table, a 秀米 banner whose icon carries alt text, a page's prompt after its related list,
and an old .doc with endnotes, a merged-cell masthead and banners in cells (through LibreOffice)."""
from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document

from search.errors import CorpusError
from search.parse import legacy
from search.parse.parser import parse_file, parse_source
from search.parse.readers import Source
from search.parse.shapes import strip_list_number
from search.parse.sources import source_line

HEAD = ["数字贸易简报", "2026年第6期　总第50期", "大连市数字贸易协会编　2026年6月30日", ""]
STORIES = [
    ("八部门印发《“人工智能+制造”专项行动实施意见》",
     "1月7日，工业和信息化部等八部门联合印发《“人工智能+制造”专项行动实施意见》，提出到2027年，"
     "我国人工智能关键核心技术实现安全可靠供给。", "经济通"),
    ("义乌跨境电商进口清单首次突破1亿单",
     "2025年12月3日上午，杭州海关所属义乌海关监管放行一批跨境电商网购保税进口商品，标志着义乌海关"
     "监管的第1亿件跨境电商进口商品放行。", "人民日报海外版"),
    ("“数据要素×”三年行动计划实施满两周年",
     "2026年1月4日，国家数据局发布消息，《“数据要素×”三年行动计划（2024—2026年）》实施满两周年。", "证券日报"),
]
ASSOC = "3月12日，协会秘书处组织十余家会员企业赴大连市商务局座谈，反映服务外包扶持政策的落实情况。"
WANT = [("行业资讯", t, s) for t, _, s in STORIES] + [("协会动态", None, None)]
CN = "一二三"


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def text_issue(src, title=lambda i, t: t, before=False, banner=lambda n: f"◆{n}◆") -> str:
    lines = list(HEAD) + [banner("行业资讯")]
    for i, (t, body, s) in enumerate(STORIES):
        lines += ([src(s)] if before else []) + [title(i, t), body] + ([] if before else [src(s)]) + [""]
    return "\n".join(lines + [banner("协会动态"), ASSOC, ""])


def parse_text_file(text: str, name: str = "2026-06.txt"):
    return parse_source(Source(name, text.encode("utf-8")))


@pytest.mark.parametrize("src", [lambda s: f"据{s}消息", lambda s: f"根据{s}报道整理", lambda s: f"（综合{s}报道）",
                                 lambda s: f"来源＝{s}", lambda s: f"来源▶{s}", lambda s: f"来源→ {s}",
                                 lambda s: f"Source: {s}"])
def test_source_lines_in_new_forms(src):
    assert rows(parse_text_file(text_issue(src))) == WANT


@pytest.mark.parametrize("src", [lambda s: f"来源：{s}", lambda s: f"【来源】{s}", lambda s: f"据{s}消息",
                                 lambda s: f"摘编自{s}"])
@pytest.mark.parametrize("banner", [lambda n: f"◆{n}◆", lambda n: f"〓 {n} 〓"])
def test_a_source_line_set_before_its_story(src, banner):
    assert rows(parse_text_file(text_issue(src, before=True, banner=banner))) == WANT


def test_sources_before_stories_in_markdown():
    lines = ["# 数字贸易简报", "", "2026年第6期　总第50期　大连市数字贸易协会编　2026年6月30日", "", "## 行业资讯", ""]
    for t, body, s in STORIES:
        lines += [f"*来源：{s}*", "", f"### {t}", "", body, ""]
    lines += ["## 协会动态", "", ASSOC, ""]
    assert rows(parse_text_file("\n".join(lines), "2026-06.md")) == WANT


@pytest.mark.parametrize("number", [lambda i: f"第{i + 1}条 ", lambda i: f"0{i + 1} ", lambda i: f"0{i + 1}/ ",
                                    lambda i: "⑴⑵⑶"[i], lambda i: "㈠㈡㈢"[i], lambda i: "⒈⒉⒊"[i],
                                    lambda i: f"{'ABC'[i]}. ", lambda i: f"{['i', 'ii', 'iii'][i]}. ",
                                    lambda i: f"第{CN[i]}篇：", lambda i: f"{i + 1} "])
def test_list_numbers_in_every_form_leave_the_title(number):
    issue = parse_text_file(text_issue(lambda s: f"来源：{s}", title=lambda i, t: number(i) + t))
    assert rows(issue) == WANT


@pytest.mark.parametrize("title", ["1-7月软件业务收入增长", "2025年数字贸易回顾", "5G基站超过400万个", "A股数字经济板块走强",
                                   "U.S. 数字服务税", "3 家企业入选", "2/3的企业上云", "AI赋能外贸"])
def test_numbers_that_belong_to_the_title_stay(title):
    assert strip_list_number(title) == title


@pytest.mark.parametrize("line", ["据了解，今年以来", "据统计", "据悉", "来源地规则", "据新华社北京3月5日电"])
def test_lines_that_are_no_source(line):
    assert source_line(line) is None


def test_a_source_boxed_in_a_one_cell_table_under_its_story():
    d = Document()
    for line in HEAD[:3]:
        d.add_paragraph(line)
    d.add_heading("行业资讯", level=1)
    for t, body, s in STORIES:
        d.add_heading(t, level=2)
        d.add_paragraph(body)
        d.add_table(rows=1, cols=1).cell(0, 0).text = f"来源：{s}"
    d.add_heading("协会动态", level=1)
    d.add_paragraph(ASSOC)
    data = io.BytesIO()
    d.save(data)
    issue = parse_source(Source("2026-06.docx", data.getvalue()))
    assert rows(issue) == WANT
    assert not any("来源" in i.body for i in issue.items)


def web_page(banner, end: str = "") -> str:
    parts = ['<html><head><meta charset="utf-8"><title>数字贸易简报</title></head><body><div id="js_content">',
             "<p>数字贸易简报 2026年第6期（总第50期）</p><p>大连市数字贸易协会编　2026年6月30日</p>", banner("行业资讯")]
    for t, body, s in STORIES:
        parts.append(f'<section style="margin:8px"><section><p style="text-align:center"><strong>{t}</strong></p>'
                     f'<p>{body}</p><p style="text-align:right"><span style="color:#888">来源：{s}</span></p>'
                     "</section></section>")
    parts += [banner("协会动态"), f"<p>{ASSOC}</p>", end, "</div></body></html>"]
    return "".join(parts)


def xiumi_banner(name: str) -> str:
    return (f'<section data-id="xiumi"><section><img src="icon.png" alt="栏目图标"/></section>'
            f'<section><p><span style="font-size:18px"><strong>{name}</strong></span></p></section></section>')


@pytest.mark.parametrize("banner", [xiumi_banner, lambda n: f'<p style="text-align:center"><img src="b.png" alt="{n}"/></p>'])
def test_a_banner_icon_with_alt_text_beside_the_banner_s_name(banner):
    assert rows(parse_text_file(web_page(banner), "2026-06.html")) == WANT


@pytest.mark.parametrize("prompt", ["长按二维码关注我们", "点个在看，分享给更多人"])
def test_a_prompt_after_the_related_list_is_no_activity(prompt):
    end = ('<p><a href="https://x">阅读原文</a></p><section><p><strong>往期推荐</strong></p>'
           '<p><a href="/a">数字贸易简报2026年第5期</a></p><p><a href="/b">协会召开第三届理事会</a></p></section>'
           f"<p>{prompt}</p>")
    assert rows(parse_text_file(web_page(lambda n: f"<h2>{n}</h2>", end), "2026-06.html")) == WANT


FODT = ('<?xml version="1.0" encoding="UTF-8"?><office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>{}'
        "</office:text></office:body></office:document>")


def _cell_table(*cells: str, span: str = "") -> str:
    return ("<table:table><table:table-column/><table:table-row>"
            + "".join(f"<table:table-cell{span}>{c}</table:table-cell>" for c in cells) + "</table:table-row></table:table>")


def _old_word_body() -> str:
    mast = ('<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>'
            '<table:table-cell table:number-columns-spanned="2"><text:p>数字贸易简报</text:p></table:table-cell>'
            "<table:covered-table-cell/></table:table-row><table:table-row><table:table-cell><text:p>2026年第6期"
            "</text:p><text:p>总第50期</text:p></table:table-cell><table:table-cell><text:p>大连市数字贸易协会编"
            "</text:p><text:p>2026年6月30日</text:p></table:table-cell></table:table-row></table:table>")
    x = [mast, _cell_table('<text:h text:outline-level="1">行业资讯</text:h>')]
    for k, (t, body, s) in enumerate(STORIES, 1):
        kind = "endnote" if k % 2 else "footnote"
        x.append(f'<text:h text:outline-level="2">{t}</text:h><text:p>{body}<text:note text:id="n{k}" '
                 f'text:note-class="{kind}"><text:note-citation>{k}</text:note-citation><text:note-body>'
                 f"<text:p>来源：{s}</text:p></text:note-body></text:note></text:p>")
    x += [_cell_table('<text:h text:outline-level="1">协会动态</text:h>'), f"<text:p>{ASSOC}</text:p>"]
    return FODT.format("".join(x))


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_an_old_word_file_with_endnotes_footnotes_a_merged_masthead_and_banners_in_cells(tmp_path):
    src = tmp_path / "in.fodt"
    src.write_text(_old_word_body(), encoding="utf-8")
    subprocess.run([legacy.soffice(), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=240)
    doc = tmp_path / "2026-06.doc"
    (tmp_path / "in.doc").rename(doc)
    issue = parse_file(doc)
    assert rows(issue) == WANT
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 6, 50, "2026-06-30")


def unnamed_sections(banner, title=lambda i, t: t) -> str:
    """An issue none of whose section names the parser knows (海外视野, 会员之声)."""
    lines = list(HEAD) + [banner(1, "海外视野")]
    for i, (t, body, s) in enumerate(STORIES):
        lines += [title(i, t), body, f"来源：{s}", ""]
    return "\n".join(lines + [banner(2, "会员之声"), ASSOC, ""])


@pytest.mark.parametrize("banner", [lambda k, n: f"{CN[k - 1]}、{n}", lambda k, n: f"▌{n}", lambda k, n: f"❖ {n}",
                                    lambda k, n: f"»{n}«", lambda k, n: f">>> {n} <<<"])
@pytest.mark.parametrize("title", [lambda i, t: t, lambda i, t: f"（{CN[i]}）{t}"])
def test_sections_with_unknown_names_open_by_their_number_or_mark(banner, title):
    issue = parse_text_file(unnamed_sections(banner, title))
    assert rows(issue) == [("海外视野", t, s) for t, _, s in STORIES] + [("会员之声", None, None)]


def test_a_mark_on_a_list_of_short_names_opens_no_section():
    text = "\n".join(list(HEAD) + ["▌海外视野", "▌会员之声", "", STORIES[0][0], STORIES[0][1]])
    with pytest.raises(CorpusError):
        parse_text_file(text)
