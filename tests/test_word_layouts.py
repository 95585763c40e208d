"""Word files laid out as people lay them out, built here with python-docx (and raw WordprocessingML
where python-docx has no call for it): headings given by type size only, the masthead in the page
header, a table of contents Word generated (a TOC field in a content control: hyperlinks, dot
leaders, page numbers), merged table cells, a page in two columns, text boxes, sources in notes and
set to the right or under the title."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

from search.parse import legacy
from search.parse.parser import parse_file, parse_source
from search.parse.readers import Source, blocks_of

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STORY = "7月1日，甲单位发布新规，对数字贸易作出安排，业内人士认为影响深远。"
DATA = "1-6月，全市服务贸易进出口额120.5亿元，同比增长8.2%。其中数字贸易额66.1亿元，同比增长12.4%。"
ACTIVITY = "7月9日，协会召开座谈会，二十余家会员企业参加。"


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def parse(document, name="w.docx"):
    data = io.BytesIO()
    document.save(data)
    return parse_source(Source(name, data.getvalue()))


def blocks(document):
    data = io.BytesIO()
    document.save(data)
    return blocks_of("w.docx", data.getvalue(), None)


def sized(document, text, points, bold=False, align=None):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(points)
    run.bold = bold or None
    if align:
        p.alignment = align
    return p


def masthead(document):
    for line in ("数字贸易简报", "2025年第7期（总第39期）", "大连市数字贸易协会秘书处编 2025年7月31日"):
        document.add_paragraph(line)


def body(document, text):
    sized(document, text, 10.5)


def test_headings_given_by_type_size_only():
    """No heading style anywhere: sections set at 16 pt, titles at 14 pt, text at 10.5 pt, none bold;
    a section name the parser does not know (政策速览) opens a section in the known names' size."""
    document = Document()
    sized(document, "数字贸易简报", 26, align=WD_ALIGN_PARAGRAPH.CENTER)
    body(document, "2025年第7期（总第39期）")
    body(document, "大连市数字贸易协会秘书处编 2025年7月31日")
    sized(document, "数据月报", 16)
    sized(document, "上半年全市服务贸易运行情况", 14)
    body(document, DATA)
    sized(document, "政策速览", 16)
    sized(document, "甲单位发布新规", 14)
    body(document, STORY)
    body(document, "（来源：新华社）")
    sized(document, "乙单位发布报告", 14)
    body(document, STORY)
    sized(document, "协会动态", 16)
    body(document, ACTIVITY)
    assert rows(parse(document)) == [("数据月报", "上半年全市服务贸易运行情况", None),
                                     ("政策速览", "甲单位发布新规", "新华社"), ("政策速览", "乙单位发布报告", None),
                                     ("协会动态", None, None)]


def test_the_masthead_in_the_page_header():
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "数字贸易简报"
    header.add_paragraph("2025年第7期（总第39期）")
    header.add_paragraph("大连市数字贸易协会秘书处编 2025年7月31日")
    document.add_paragraph("【行业资讯】")
    document.add_paragraph("甲单位发布新规").runs[0].bold = True
    document.add_paragraph(STORY)
    document.add_paragraph("【协会动态】")
    document.add_paragraph(ACTIVITY)
    issue = parse(document)
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2025, 7, 39, "2025-07-31")
    assert not issue.meta.inferred
    assert rows(issue) == [("行业资讯", "甲单位发布新规", None), ("协会动态", None, None)]


def _toc_paragraph(text, page, style, anchor, first=False, last=False):
    begin = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
             f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if first else ""
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if last else ""
    return parse_xml(
        f'<w:p {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs></w:pPr>'
        f'{begin}<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r>'
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>{end}</w:p>')


@pytest.mark.parametrize("control", [True, False])
def test_a_table_of_contents_word_generated(control):
    """A TOC field in a content control, as Word inserts it: each entry a hyperlink, a dot-leader tab
    and a page number (itself a PAGEREF field); the entries name sections and titles set below
    under Heading styles. The contents is no item, and its entries give no titles their page."""
    document = Document()
    masthead(document)
    entries = [("数据月报", 1, "TOC1"), ("上半年全市服务贸易运行情况", 1, "TOC2"), ("行业资讯", 2, "TOC1"),
               ("甲单位发布新规", 2, "TOC2"), ("协会动态", 3, "TOC1")]
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                    f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent/></w:sdt>')
    box = sdt[1]
    heading = parse_xml(f'<w:p {W}><w:r><w:t>目录</w:t></w:r></w:p>')
    box.append(heading)
    for k, (text, page, style) in enumerate(entries):
        box.append(_toc_paragraph(text, page, style, f"_Toc{k}", first=k == 0, last=k == len(entries) - 1))
    if control:
        document.element.body.sectPr.addprevious(sdt)
    else:  # the field alone, its entries in the body
        for p in list(box):
            document.element.body.sectPr.addprevious(p)
    document.add_heading("数据月报", 1)
    document.add_heading("上半年全市服务贸易运行情况", 2)
    document.add_paragraph(DATA)
    document.add_heading("行业资讯", 1)
    document.add_heading("甲单位发布新规", 2)
    document.add_paragraph(STORY)
    document.add_paragraph("来源：新华社").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_heading("协会动态", 1)
    document.add_paragraph(ACTIVITY)
    issue = parse(document)
    assert rows(issue) == [("数据月报", "上半年全市服务贸易运行情况", None), ("行业资讯", "甲单位发布新规", "新华社"),
                           ("协会动态", None, None)]
    assert issue.toc["数据月报"] == ["上半年全市服务贸易运行情况"]
    assert issue.toc["行业资讯"] == ["甲单位发布新规"]


def test_merged_cells_are_read_once_and_a_vertical_merge_labels_each_row():
    document = Document()
    masthead(document)
    document.add_paragraph("【数据月报】")
    document.add_paragraph("上半年全市服务贸易运行情况")
    document.add_paragraph(DATA)
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "上半年服务贸易（亿元）"
    for r, (label, value) in enumerate((("出口", "60.1"), ("进口", "60.4")), 2):
        table.cell(r, 1).text, table.cell(r, 2).text = label, value
    table.cell(1, 1).text, table.cell(1, 2).text = "方向", "金额"
    table.cell(1, 0).merge(table.cell(3, 0)).text = "服务贸易"
    document.add_paragraph("【协会动态】")
    document.add_paragraph(ACTIVITY)
    report = parse(document).items[0]
    assert report.tables == [[["上半年服务贸易（亿元）"], ["服务贸易", "方向", "金额"], ["服务贸易", "出口", "60.1"],
                              ["服务贸易", "进口", "60.4"]]]


def test_a_section_in_two_columns_reads_in_order():
    document = Document()
    masthead(document)
    document.add_paragraph("【行业资讯】")
    section = document.add_section(WD_SECTION.CONTINUOUS)
    section._sectPr.append(parse_xml(f'<w:cols {W} w:num="2" w:space="425"/>'))
    for title in ("甲单位发布新规", "乙单位发布报告"):
        document.add_paragraph(title).runs[0].bold = True
        document.add_paragraph(STORY)
        document.add_paragraph("（来源：新华社）")
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("【协会动态】")
    document.add_paragraph(ACTIVITY)
    assert rows(parse(document)) == [("行业资讯", "甲单位发布新规", "新华社"), ("行业资讯", "乙单位发布报告", "新华社"),
                                     ("协会动态", None, None)]


def _text_box(lines, bold=False):
    runs = "".join(f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t>{t}</w:t></w:r></w:p>' for t in lines)
    content = f"<w:txbxContent>{runs}</w:txbxContent>"
    return parse_xml(
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        f'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{content}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')


def test_text_boxes_are_read_where_they_are_anchored_once():
    """A banner in a text box anchored in an empty paragraph, a story's title in another: read in
    place, once (not again from the compatibility copy)."""
    document = Document()
    masthead(document)
    document.add_paragraph()._p.append(_text_box(["◆行业资讯◆"]))
    document.add_paragraph()._p.append(_text_box(["甲单位发布新规"], bold=True))
    document.add_paragraph(STORY)
    document.add_paragraph("——摘编自新华社")
    document.add_paragraph()._p.append(_text_box(["◆协会动态◆"]))
    document.add_paragraph(ACTIVITY)
    assert [b.text for b in blocks(document)].count("甲单位发布新规") == 1
    assert rows(parse(document)) == [("行业资讯", "甲单位发布新规", "新华社"), ("协会动态", None, None)]


def test_a_masthead_in_a_layout_table_beside_the_issue_numbers():
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "数字贸易简报"
    table.cell(0, 1).text = "2025年第7期\n总第39期\n2025年7月31日"
    document.add_paragraph("▌行业资讯")
    document.add_paragraph("▲甲单位发布新规").runs[0].bold = True
    document.add_paragraph("【来源：新华社】")
    document.add_paragraph(STORY)
    document.add_paragraph("▌协会动态")
    document.add_paragraph(ACTIVITY)
    issue = parse(document)
    assert (issue.meta.year, issue.meta.number, issue.meta.total) == (2025, 7, 39)
    assert rows(issue) == [("行业资讯", "甲单位发布新规", "新华社"), ("协会动态", None, None)]


def test_titles_set_in_the_middle_and_sources_set_right_or_under_the_title():
    """No bold, no style: titles centred; one source is the outlet's name alone set right, one stands
    under its title before the text, one story opens with a 本报讯 credit; a date set right signs a
    notice and is no source."""
    document = Document()
    masthead(document)
    document.add_paragraph("『行业资讯』")
    document.add_paragraph("甲单位发布新规").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(STORY)
    document.add_paragraph("经济日报").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("乙单位发布报告").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("【来源：新华社】")
    document.add_paragraph(STORY)
    document.add_paragraph("丙单位举办论坛").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("本报讯（记者 张三）")
    document.add_paragraph(STORY)
    document.add_paragraph("『协会动态』")
    document.add_paragraph(ACTIVITY)
    document.add_paragraph("2025年7月31日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    issue = parse(document)
    assert rows(issue) == [("行业资讯", "甲单位发布新规", "经济日报"), ("行业资讯", "乙单位发布报告", "新华社"),
                           ("行业资讯", "丙单位举办论坛", None), ("协会动态", None, None)]
    assert not any("本报讯" in i.body or "新华社" in i.body for i in issue.items)


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_the_held_out_doc_titles_lose_their_marks():
    """tests/data/unseen/2026-06.doc sets each story's title after a `▲`, a glyph no rule listed."""
    issue = parse_file(Path(__file__).resolve().parent / "data" / "unseen" / "2026-06.doc")
    titles = [i.title for i in issue.items if i.section == "行业资讯"]
    assert len(titles) == 3 and not any(t.startswith("▲") for t in titles)


def test_a_page_laid_out_in_table_cells_reads_as_text():
    """The sections set in the cells of a layout table (a box a section, two boxes side by side):
    their paragraphs are read as text, cell by cell; a data table beside them stays a table."""
    document = Document()
    masthead(document)
    layout = document.add_table(rows=2, cols=2)
    left, right = layout.cell(0, 0), layout.cell(0, 1)
    left.paragraphs[0].text = "【数据月报】"
    left.add_paragraph("上半年全市服务贸易运行情况").runs[0].bold = True
    left.add_paragraph(DATA)
    right.paragraphs[0].text = "【行业资讯】"
    right.add_paragraph("甲单位发布新规").runs[0].bold = True
    right.add_paragraph(STORY)
    right.add_paragraph("（来源：新华社）")
    bottom = layout.cell(1, 0).merge(layout.cell(1, 1))
    bottom.paragraphs[0].text = "【协会动态】"
    bottom.add_paragraph(ACTIVITY)
    bottom.add_paragraph("7月20日，协会组织会员企业赴甲单位调研数字贸易发展情况，双方就合作进行了交流。")
    issue = parse(document)
    assert rows(issue) == [("数据月报", "上半年全市服务贸易运行情况", None), ("行业资讯", "甲单位发布新规", "新华社"),
                           ("协会动态", None, None), ("协会动态", None, None)]


def test_banners_in_one_cell_tables_beside_a_latin_gloss():
    """Sections set as one-cell tables holding a short name and a Latin word before or after it
    (`REPORT 统计速递`, `业界观察 INSIGHT`): the name opens the section, the gloss is no part of it;
    Latin letters inside a name (`AI前沿`) stay."""
    document = Document()
    masthead(document)
    for banner, title, text in (("REPORT  统计速递", "上半年全市服务贸易运行情况", DATA),
                                ("业界观察 INSIGHT", "甲单位发布新规", STORY),
                                ("AI前沿", "乙单位发布大模型", STORY)):
        document.add_table(rows=1, cols=1).cell(0, 0).text = banner
        document.add_paragraph().add_run(title).bold = True
        body(document, text)
    issue = parse(document)
    assert [(i.section, i.title) for i in issue.items] == [
        ("统计速递", "上半年全市服务贸易运行情况"), ("业界观察", "甲单位发布新规"), ("AI前沿", "乙单位发布大模型")]
