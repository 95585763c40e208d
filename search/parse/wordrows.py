"""Rows of a Word table that are no row of it: a section's banner across the table's whole width (for
word.py, the Word reader).

To the binary Word format two tables that stand one right after the other are one table, so
LibreOffice, converting a .doc, writes a section's banner (a table of one cell) that follows a data
table as that table's last row, and one that comes before a table as its first; nothing in the file
(borders, shading, widths) tells the two apart any more. Such a row is read as the table of one cell
it was. It is a row of one cell across every column holding a short line, no sentence, and either
that line is a heading (a paragraph with an outline level: a Heading style), or the row stands where
another table would begin (below the table's last row of cells, or where the rows after it have
another number of cells than those before) and holds a name: no figure, no label (`注：`, `来源：`).
The name may carry the section's number before it (`02　行业资讯`, `二、X`: a list number, no figure),
and the banner may have been a table of two cells, a short word labelling the name (`栏目 | 行业资讯`):
such a row, narrower than the table's rows, standing where another table would begin, is one too.
A row of one cell among rows alike (a group's label over its rows, a caption over the head) stays a
row; a first row across the table that holds a section's own name (`数据月报`, `【数据月报】`: the names the
issue's sections are known by), not a caption's words, is the banner the table stood under.
"""
from __future__ import annotations

import re

from search.parse.blocks import clean
from search.parse.sectionname import listed_section
from search.parse.shapes import strip_list_number
from search.parse.wordparts import paragraph_text
from search.parse.wordstyle import outline_level

__all__ = ["banner_rows", "row_cells"]

_BANNER_CHARS = 30  # a banner names a section; a longer line is a caption or a note
_SENTENCE = re.compile(r"[。！？!?；;]")
_NAME_CHARS = 16  # a name set in no heading style: short (`政策速览`, `【行业资讯】`)
_FIGURE = re.compile(r"[0-9０-９]")
_LABEL = re.compile(r"[:：]")
_LABEL_CHARS = 4  # the word labelling a banner's name in a cell before it (`栏目`, `专栏`, `Section`)


def row_cells(row) -> list:
    """A row's cells, a merged cell once (python-docx lists it once per column it spans)."""
    cells: list = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def banner_rows(table) -> set[int]:
    """The indices of the rows of `table` that are banners joined to it, not rows of its data."""
    rows = list(table.rows)
    widths = [len(row_cells(r)) for r in rows]
    if len(rows) < 2 or max(widths) < 2:
        return set()
    out: set[int] = set()
    for k, row in enumerate(rows):
        if widths[k] == 2 and k > 0 and _labelled_name(row) and widths[k] < max(widths) and _table_ends(widths, k):
            out.add(k)
        if widths[k] != 1:
            continue
        cell = row_cells(row)[0]
        text = clean(" ".join(paragraph_text(p._p) for p in cell.paragraphs))
        if not text or len(text) > _BANNER_CHARS or _SENTENCE.search(text):
            continue
        if any(outline_level(p) is not None for p in cell.paragraphs):
            out.add(k)
        elif k > 0 and _name(text) and _table_ends(widths, k):
            out.add(k)
        elif k == 0 and listed_section(text):  # over the head: a caption, unless it is a section's own name
            out.add(k)
    return out


def _cell_text(cell) -> str:
    return clean(" ".join(paragraph_text(p._p) for p in cell.paragraphs))


def _name(text: str) -> bool:
    """A short line naming something, its list number (`02　`, `二、`) aside: no figure, no label."""
    bare = strip_list_number(text)
    return 0 < len(bare) <= _NAME_CHARS and not _FIGURE.search(bare) and not _LABEL.search(bare) \
        and not _SENTENCE.search(bare)


def _labelled_name(row) -> bool:
    """A row of two cells, a short word (no figure) labelling a name after it: `栏目 | 行业资讯`."""
    label, name = (_cell_text(c) for c in row_cells(row))
    return 0 < len(label) <= _LABEL_CHARS and not _FIGURE.search(label) and _name(name)


def _table_ends(widths: list[int], k: int) -> bool:
    """Does the table end at row `k`: its last row, or one after which the rows have another number
    of cells than before it (another table's rows)?"""
    after = next((w for w in widths[k + 1:] if w != 1), None)
    before = next((w for w in reversed(widths[:k]) if w != 1), None)
    return k == len(widths) - 1 or after != before

