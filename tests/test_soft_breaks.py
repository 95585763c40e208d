"""A story pasted into Word as one paragraph: its title, its paragraphs and its source joined by soft
line breaks (Shift+Enter, `w:br`; the vertical tab of a .doc), or by a page break, is read as the
lines it prints, in .docx, in .doc (through LibreOffice) and in a web page (`<br>`) alike. A source
key may name its kind (`来源媒体：X`, `来源网站：X`); a title's list number may sit in any bracket
pair (`〈一〉`, `〖2〗`); a banner is a one-cell table however it is decorated."""
from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from search.parse import legacy
from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.shapes import strip_list_number
from search.parse.sources import source_line

A = "10月13日，海关总署新闻发言人在发布会上介绍，前三季度西部地区进出口3.21万亿元，同比增长10.2%，增速加快。"
B = "前三季度，西部地区高技术产品出口超过4500亿元，增长26.4%；经陆海新通道进出口6115亿元，增长19.3%。"
C = "10月24日，国家发展改革委举行发布会，介绍“十五五”规划建议的主要目标和重大举措，涵盖七个方面。"
D = "有关负责人表示，具体的定量指标和重大工程项目将在规划纲要中明确，并将适时向社会公布。"
E = "10月15日，协会组织会员单位参加广交会，现场达成意向订单二十余项。"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _soft(p, lines, bold_first=False, page_before_last=False):
    for k, text in enumerate(lines):
        run = p.add_run(text)
        run.bold = bool(bold_first and k == 0)
        if k < len(lines) - 1:
            last_gap = k == len(lines) - 2
            run.add_break(WD_BREAK.PAGE if page_before_last and last_gap else WD_BREAK.LINE)


def _masthead(d):
    d.add_paragraph("数字贸易简报")
    d.add_paragraph("2025年第10期（总第42期）")
    d.add_paragraph("大连市数字贸易协会秘书处编　2025年10月31日")


def _banner(d, name, decoration):
    """A section name alone in a table of one cell, decorated by one side's border or by shading."""
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].add_run(name)
    tc_pr = table.cell(0, 0)._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(decoration))


def _docx(variant: str) -> bytes:
    d = Document()
    _masthead(d)
    if variant == "banner-cells":  # one banner with a top rule only, one shaded, neither a heading style
        _banner(d, "要闻速递", f'<w:tcBorders {W}><w:top w:val="single" w:sz="18" w:color="0055AA"/></w:tcBorders>')
    else:
        d.add_heading("行业资讯", 1)
    if variant in ("all-in-one", "banner-cells"):  # title, paragraphs and source: one Word paragraph
        _soft(d.add_paragraph(), ["〈一〉西部地区进出口增长", A, B, "来源平台：经济通"], bold_first=True)
        _soft(d.add_paragraph(), ["〖二〗规划建议发布会举行", C, D, "来源网站：中评社"], bold_first=True,
              page_before_last=True)  # the source on the next page
    else:  # the title its own paragraph, the body and source one paragraph of many lines
        d.add_paragraph().add_run("西部地区进出口增长").bold = True
        _soft(d.add_paragraph(), [A, B, "来源平台：经济通"])
        d.add_paragraph().add_run("规划建议发布会举行").bold = True
        _soft(d.add_paragraph(), [C, D, "——来源单位：中评社"])
    if variant == "banner-cells":
        _banner(d, "协会动态", f'<w:shd {W} w:val="clear" w:color="auto" w:fill="FCE4D6"/>')
    else:
        d.add_heading("协会动态", 1)
    d.add_paragraph(E)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _rows(issue):
    return [(i.section, i.title, i.source, i.body) for i in issue.items]


def _expected(section="行业资讯"):
    return [(section, "西部地区进出口增长", "经济通", A + "\n" + B),
            (section, "规划建议发布会举行", "中评社", C + "\n" + D),
            ("协会动态", None, None, E)]


def _bodies_joined(rows):
    return [(s, t, src, body.replace("\n\n", "\n")) for s, t, src, body in rows]


@pytest.mark.parametrize("variant", ["all-in-one", "body-lines"])
def test_a_story_joined_by_soft_breaks_is_read_as_its_lines(variant):
    issue = parse_source(Source(f"{variant}.docx", _docx(variant)))
    assert _bodies_joined(_rows(issue)) == _expected()


def test_banners_in_one_cell_tables_with_any_single_decoration():
    issue = parse_source(Source("cells.docx", _docx("banner-cells")))
    assert _bodies_joined(_rows(issue)) == _expected("要闻速递")


def test_br_in_a_web_page_parts_title_body_and_source():
    html = (f"<html><head><meta charset='utf-8'></head><body><article><p>数字贸易简报</p>"
            f"<p>2025年第10期（总第42期）</p><p>大连市数字贸易协会秘书处编　2025年10月31日</p><h2>行业资讯</h2>"
            f"<p><strong>〈一〉西部地区进出口增长</strong><br>{A}<br/>{B}<br>来源平台：经济通</p>"
            f"<p><b>〖二〗规划建议发布会举行</b><br>{C}<br>{D}<br>来源网站：中评社</p>"
            f"<h2>协会动态</h2><p>{E}</p></article></body></html>")
    issue = parse_source(Source("br.html", html.encode("utf-8")))
    assert _bodies_joined(_rows(issue)) == _expected()


@pytest.mark.parametrize("line, outlet", [
    ("来源媒体：经济通", "经济通"), ("来源网站: 新华网", "新华网"), ("——来源单位：商务部", "商务部"),
    ("（来源平台：人民网）", "人民网"), ("稿件来源媒体：经济日报", "经济日报"),
    ("来源于新华社的报道", None), ("来源地区和国家：美国", None)])
def test_a_source_key_may_name_the_kind_of_source(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("title", ["〔1〕西部地区进出口增长", "〈一〉西部地区进出口增长", "〖2〗西部地区进出口增长",
                                   "〘3〙西部地区进出口增长", "［4］西部地区进出口增长"])
def test_a_list_number_in_any_bracket_pair_is_no_part_of_the_title(title):
    assert strip_list_number(title) == "西部地区进出口增长"
    assert strip_list_number("《1》西部地区进出口增长") == "《1》西部地区进出口增长"  # a work's title


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_a_doc_whose_stories_are_one_paragraph_each():
    """The same story shape saved by LibreOffice as Word 97 (soft breaks become vertical tabs), read back."""
    with tempfile.TemporaryDirectory(prefix="jianbao-test-") as tmp:
        folder = Path(tmp)
        (folder / "soft.docx").write_bytes(_docx("all-in-one"))
        env = {"HOME": tmp, "PATH": "/usr/bin:/bin", "SAL_USE_VCLPLUGIN": "svp"}
        subprocess.run([legacy.soffice(), f"-env:UserInstallation={(folder / 'p').as_uri()}", "--headless",
                        "--norestore", "--convert-to", "doc:MS Word 97", "--outdir", str(folder / "out"),
                        str(folder / "soft.docx")], env=env, capture_output=True, timeout=240, check=True)
        data = (folder / "out" / "soft.doc").read_bytes()
    issue = parse_source(Source("soft.doc", data))
    assert _bodies_joined(_rows(issue)) == _expected()


@pytest.mark.parametrize("sep", ["\x0b", "\u2028", "\u2029"])
def test_a_text_file_whose_lines_end_in_vertical_tabs_or_line_separators(sep):
    """Word's soft breaks copied out as vertical tabs, or Unicode's line separators, end lines too."""
    text = (f"数字贸易简报\n2025年第10期（总第42期）\n大连市数字贸易协会秘书处编　2025年10月31日\n\n【行业资讯】\n\n"
            f"西部地区进出口增长{sep}{A}{sep}{B}{sep}来源媒体：经济通\n\n规划建议发布会举行{sep}{C}{sep}{D}{sep}"
            f"来源网站：中评社\n\n【协会动态】\n\n{E}\n")
    issue = parse_source(Source("soft.txt", text.encode("utf-8")))
    assert _bodies_joined(_rows(issue)) == _expected()
