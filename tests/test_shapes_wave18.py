"""Shapes of the drift18doc set (old Word files made from other sources), each in a variant of its own
(wave 18): a banner joined to the data table above it that carries its section's number (`02　X`)
or was a table of two cells, a short word labelling the name (`栏目 | X`); such a table standing on
its own; the masthead's issue line and date in a table nested in the masthead's cell."""
from __future__ import annotations

import pytest
from docx import Document

from search.parse.parser import parse_source
from search.parse.readers import Source, blocks_of
from test_shapes_wave17 import ACTIVITY, DATA, DATA_TITLE, HEAD, STORIES, TABLE, _docx_bytes, rows, want


def _data_table(document, last: list[str] | None):
    """The data report's table, `last` as a row joined under it: one cell across all its columns, or
    two cells (a label over one column, the name over the rest)."""
    table = document.add_table(rows=0, cols=3)
    for values in TABLE:
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    if last:
        row = table.add_row().cells
        if len(last) == 1:
            row[0].merge(row[2]).text = last[0]
        else:
            row[0].text = last[0]
            row[1].merge(row[2]).text = last[1]
    return table


def _banner(document, cells: list[str]) -> None:
    table = document.add_table(rows=1, cols=len(cells))
    for cell, text in zip(table.rows[0].cells, cells):
        cell.text = text


def _issue(first: list[str], joined: list[str], last: list[str], head=HEAD) -> Document:
    document = Document()
    for line in head:
        document.add_paragraph(line)
    _banner(document, first)
    document.add_paragraph(DATA_TITLE).runs[0].bold = True
    document.add_paragraph(DATA)
    _data_table(document, joined)
    for title, text, source in STORIES:
        document.add_paragraph(title).runs[0].bold = True
        document.add_paragraph(text)
        document.add_paragraph(f"来源：{source}")
    _banner(document, last)
    document.add_paragraph(ACTIVITY)
    return document


@pytest.mark.parametrize("first,joined,last,section", [
    (["01　数据月报"], ["02　行业资讯"], ["03　协会动态"], "行业资讯"),  # drift18doc's HTML page
    (["1. 数据月报"], ["2. 政策速览"], ["3. 协会动态"], "政策速览"),  # a variant: `N. X`
    (["栏目", "数据月报"], ["栏目", "行业资讯"], ["栏目", "协会动态"], "行业资讯"),  # drift18doc's tables
    (["专栏", "数据月报"], ["专栏", "海外视野"], ["板块", "协会动态"], "海外视野"),  # a variant: other words
])
def test_a_numbered_or_labelled_banner_joined_to_the_data_table(first, joined, last, section):
    issue = parse_source(Source("2026-07.docx", _docx_bytes(_issue(first, joined, last))))
    assert rows(issue) == want(section)
    assert section not in issue.items[0].body


@pytest.mark.parametrize("last", [["合计", "186.6"], ["注", "1—6月为累计数"], ["2026年6月"]])
def test_a_total_a_note_or_a_date_under_a_table_stays_in_it(last):
    document = Document()
    document.add_paragraph(DATA)
    _data_table(document, last)
    tables = [b for b in blocks_of("t.docx", _docx_bytes(document), None) if b.kind == "table"]
    assert len(tables) == 1 and tables[0].cells[-1] == last


@pytest.mark.parametrize("layout", [["2026年第7期（总第51期）", "2026年7月31日"],
                                    ["第7期", "总第51期", "2026.07.31"]])
def test_the_issue_line_in_a_table_nested_in_the_masthead_cell(layout):
    document = Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "数字贸易简报"
    inner = cell.add_table(rows=1, cols=len(layout))
    for c, text in zip(inner.rows[0].cells, layout):
        c.text = text
    cell.add_paragraph("大连市数字贸易协会主办")
    body = _issue(["数据月报"], ["行业资讯"], ["协会动态"], head=[])
    for element in list(body.element.body)[:-1]:  # all but the section properties
        document.element.body.insert(len(document.element.body) - 1, element)
    issue = parse_source(Source("x.docx", _docx_bytes(document)))
    meta = issue.meta
    assert (meta.year, meta.number, meta.total, meta.date, meta.inferred) == (2026, 7, 51, "2026-07-31", False)
    assert rows(issue) == want("行业资讯")


def test_a_two_cell_row_whose_word_labels_no_banner_opens_no_section():
    """`来源 | 新华社`, `编辑 | 王小明` boxed under a story: the word labels no banner anywhere, so no section."""
    document = _issue(["栏目", "数据月报"], ["栏目", "行业资讯"], ["栏目", "协会动态"])
    body = document.element.body
    for cells in (["编辑", "王小明"], ["来源", "新华社"]):
        _banner(document, cells)
        body.insert(10, body[-2])  # after the first story
    issue = parse_source(Source("x.docx", _docx_bytes(document)))
    assert list(dict.fromkeys(i.section for i in issue.items)) == ["数据月报", "行业资讯", "协会动态"]
    assert not any(i.section in ("新华社", "王小明") for i in issue.items)
