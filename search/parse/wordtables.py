"""A Word table read by its shape (for word.py, the Word reader): the masthead laid out in cells at the
top, a table that lays out running text, or a table of data kept as rows, each banner row joined to it
(wordrows.py) split off as the table of one cell it was; and the cells and paragraphs they hold.
"""
from __future__ import annotations

from search.parse.blocks import Block, clean, table_text
from search.parse.wordparts import paragraph_text

__all__ = ["cell_paragraphs", "layout_table", "masthead", "row_cells", "split_banners", "table_rows",
           "unique_cells"]


def masthead(rows: list[list[str]]) -> bool:
    """A table at the top, before any text, holding short lines: the masthead laid out in cells."""
    cells = [c for r in rows for c in r if c]
    return bool(cells) and all(len(c) <= 40 for c in cells)


def layout_table(rows: list[list[str]]) -> bool:
    """A table that lays out running text, not data: most of its text is in cells that hold
    sentences (a story, a section set in a box)."""
    cells = [c for r in rows for c in r if c]
    running = sum(len(c) for c in cells if len(c) >= 60 and any(p in c for p in "。！？"))
    return running > 0 and 2 * running >= sum(len(c) for c in cells)


def unique_cells(table) -> list:
    """The table's cells row by row, a merged cell once."""
    seen, out = set(), []  # the elements themselves, kept alive: lxml gives one proxy per live element
    for row in table.rows:
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                out.append(cell)
    return out


def cell_paragraphs(cell, depth: int = 0) -> list:
    """A cell's paragraphs in order, those of a table nested in it too (the masthead's issue line and
    date set in a small table inside its cell), row by row, a merged cell once."""
    out: list = []
    for part in cell.iter_inner_content():
        if hasattr(part, "rows"):
            if depth < 4:
                out += [p for inner in unique_cells(part) for p in cell_paragraphs(inner, depth + 1)]
        else:
            out.append(part)
    return out


def split_banners(rows: list[list[str]], first: int, banners: set[int]) -> list[Block]:
    """A table's rows as table blocks, each banner row joined to it (wordrows.py) a table of one cell
    of its own, as it was before the conversion joined them."""
    out: list[Block] = []
    start = 0
    for k in sorted(banners) + [len(rows)]:
        part = rows[start:k]
        if any(any(r) for r in part):
            out.append(Block("table", table_text(part), cells=part, line=first + start + 1, last=first + k,
                             raw="\n".join("\t".join(r) for r in part)))
        if k < len(rows):
            cells = [c for c in rows[k] if c]  # one cell, or a label and the name (`栏目 | X`): as the table was
            text = " | ".join(cells)
            out.append(Block("table", text, cells=[cells], line=first + k + 1, last=first + k + 1, raw=text))
        start = k + 1
    return out


def row_cells(row) -> list:
    """A row's cells, a cell merged across columns once."""
    cells: list = []
    for cell in row.cells:  # a merged cell is listed once per column it spans
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def table_rows(table) -> list[list[str]]:
    """The table's rows as the text of their cells, a cell merged across columns once."""
    return [[clean(" ".join(paragraph_text(q._p) for q in c.paragraphs)) for c in row_cells(row)]
            for row in table.rows]
