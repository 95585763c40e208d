"""Word files from other producers (issue 16, wave 19; tests/data/drift19word): what follows a story's source and
what stands beside the running text. A one-row table of short cells right after a source line (`延伸阅读 | …`) is
the story's closing furniture, no item; a source alone in a text box anchored in a story's paragraph is that story's
source wherever the box stands; a section's own footer that names a source gives it to what the section holds."""
from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.section import WD_SECTION

from search.parse.parser import parse_source
from search.parse.readers import Source
from test_shapes_wave17 import ACTIVITY, DATA, DATA_TITLE, HEAD, STORIES, TABLE, rows, want
from test_word_layouts import _text_box


def parse(document):
    data = io.BytesIO()
    document.save(data)
    return parse_source(Source("w.docx", data.getvalue()))


def _head(document):
    for line in HEAD:
        document.add_paragraph(line)


def _data(document):
    document.add_heading("数据月报", level=1)
    document.add_heading(DATA_TITLE, level=2)
    document.add_paragraph(DATA)


def _tail(document):
    document.add_heading("协会动态", level=1)
    document.add_paragraph(ACTIVITY)


@pytest.mark.parametrize("cells", [["延伸阅读", "《办法》全文及政策解读见市人社局网站。"],
                                   ["相关阅读", "节目单见协会公众号"],
                                   ["扫码阅读原文", "编辑：王琳", "审核：李强"]])
def test_a_one_row_table_right_after_a_source_is_no_item(cells):
    document = Document()
    _head(document)
    _data(document)
    document.add_heading("行业资讯", level=1)
    for k, (title, text, source) in enumerate(STORIES):
        document.add_heading(title, level=2)
        document.add_paragraph(text)
        document.add_paragraph(f"来源：{source}")
        if k == 0:
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
    _tail(document)
    issue = parse(document)
    assert rows(issue) == want("行业资讯")
    assert issue.items[1].body == STORIES[0][1]  # the body ends before its source, the table no part of it


def test_a_data_table_after_a_source_is_still_read():
    """Only a one-row table of short cells closes the story before it: a table of figures after a source stays text."""
    document = Document()
    _head(document)
    _data(document)
    document.add_heading("行业资讯", level=1)
    title, text, source = STORIES[0]
    document.add_heading(title, level=2)
    document.add_paragraph(text)
    document.add_paragraph(f"来源：{source}")
    table = document.add_table(rows=len(TABLE), cols=3)
    for row, values in zip(table.rows, TABLE):
        for cell, value in zip(row.cells, values):
            cell.text = value
    _tail(document)
    issue = parse(document)
    assert any("120.5" in i.body for i in issue.items if i.section == "行业资讯")


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_source_alone_in_a_text_box_beside_the_story(where):
    """`来源｜X` in a box anchored in the story's first paragraph: the story's source, and the story whole."""
    document = Document()
    _head(document)
    _data(document)
    document.add_heading("行业资讯", level=1)
    for title, text, source in STORIES:
        document.add_heading(title, level=2)
        first = document.add_paragraph()
        box = _text_box([f"来源｜{source}"])
        if where == "before":
            first._p.append(box)
            first.add_run(text[:20])
        else:
            first.add_run(text[:20])
            first._p.append(box)
        document.add_paragraph(text[20:])
    _tail(document)
    issue = parse(document)
    assert rows(issue) == want("行业资讯")
    assert [i.body.replace("\n", "") for i in issue.items[1:3]] == [t for _, t, _ in STORIES]


def _sections(footer_text: str, own_next: bool):
    """The data report on a section of its own whose footer is `footer_text`; the stories in the next section, with
    a footer of their own (a page line) or carrying the first one on."""
    document = Document()
    _head(document)
    _data(document)
    document.sections[0].footer.paragraphs[0].text = footer_text
    second = document.add_section(WD_SECTION.CONTINUOUS)
    if own_next:
        second.footer.is_linked_to_previous = False
        second.footer.paragraphs[0].text = "数字贸易简报"
    document.add_heading("行业资讯", level=1)
    for title, text, source in STORIES:
        document.add_heading(title, level=2)
        document.add_paragraph(text)
        document.add_paragraph(f"来源：{source}")
    _tail(document)
    return parse(document)


def test_a_section_footer_names_its_data_source():
    issue = _sections("数据来源：市商务局", own_next=True)
    assert rows(issue) == [("数据月报", DATA_TITLE, "市商务局")] + want("行业资讯")[1:]
    assert issue.items[0].body == DATA


@pytest.mark.parametrize("footer, own_next", [("数据来源：市商务局", False),  # carried on: whose source is it?
                                              ("大连市数字贸易协会秘书处　内部资料", True)])  # names no source
def test_a_footer_shared_or_naming_no_source_gives_none(footer, own_next):
    assert rows(_sections(footer, own_next)) == want("行业资讯")


def test_the_footer_of_a_one_section_document_is_no_storys_source():
    """One section: its footer is every page's, the issue's furniture, whatever it says."""
    document = Document()
    _head(document)
    _data(document)
    document.add_heading("行业资讯", level=1)
    for title, text, source in STORIES:
        document.add_heading(title, level=2)
        document.add_paragraph(text)
        document.add_paragraph(f"来源：{source}")
    _tail(document)
    document.sections[0].footer.paragraphs[0].text = "来源：大连市数字贸易协会"
    assert rows(parse(document)) == want("行业资讯")


def _table_under(document, first: str):
    table = document.add_table(rows=1 + len(TABLE), cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = first
    for r, values in enumerate(TABLE, 1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


@pytest.mark.parametrize("banner", ["数据月报", "【数据月报】", "一、数据月报"])
def test_a_data_table_whose_first_row_across_is_the_sections_name(banner):
    """The section's banner merged across the table's first row (no heading before it): the section it opens."""
    document = Document()
    _head(document)
    _table_under(document, banner)
    document.add_paragraph(DATA)
    document.add_heading("行业资讯", level=1)
    for title, text, source in STORIES:
        document.add_heading(title, level=2)
        document.add_paragraph(text)
        document.add_paragraph(f"来源：{source}")
    _tail(document)
    issue = parse(document)
    assert rows(issue) == [("数据月报", None, None)] + want("行业资讯")[1:]
    assert issue.items[0].body.startswith("指标") and banner not in issue.items[0].body


def test_a_caption_across_the_first_row_stays_a_row():
    document = Document()
    _head(document)
    document.add_heading("数据月报", level=1)
    _table_under(document, "主要指标")
    document.add_paragraph(DATA)
    _tail(document)
    issue = parse(document)
    assert [i.section for i in issue.items] == ["数据月报", "协会动态"] and "主要指标" in issue.items[0].body
