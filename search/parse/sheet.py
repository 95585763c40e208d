"""A page that is one ruled grid: a briefing kept as a spreadsheet and printed (pdf.py).

The issue is a sheet: one row an item, a column for the section, one for the title, one for the
text, one for the source. Read as a table it is no briefing at all, so the grid is read as rows:

- the sheet's own furniture goes, told by its shape: a column of consecutive integers (the row
  numbers), a row of consecutive letters A, B, C … (the column letters), the column-name row (short
  cells, no figure; the same row again on a later page);
- a row with one cell across the whole grid is a line of its own (the masthead above the items, a
  note below them: `Sheet1　制表…`, kept as furniture);
- the first column's cell, merged down over the rows it spans, is the section of those rows;
- of the other columns, the one with the most text is the text, the one before it the title, the
  first after it holding text the source (`来源：X`);
- where the text column's span is cut into sub-columns (a table kept in rows of the sheet), those
  rows are a table.

pdfplumber's table finder gives a merged-over cell as None and an empty one as "": the difference
is the merge.
"""
from __future__ import annotations

import re

from search.parse.blocks import Block, clean, table_text
from search.text import unradical

__all__ = ["is_sheet", "sheet_blocks"]

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FIGURE = re.compile(r"\d")


def is_sheet(bbox: tuple, rows: list[list], width: float, before: list[list] | None = None) -> bool:
    """A ruled table that is the page: it holds most of the page's width, and cells hold paragraphs
    (several printed lines of long text), as no data table's do. On a page after a sheet (`before`,
    its rows), a grid that repeats the sheet's column names goes on with it."""
    x0, top, x1, bottom = bbox
    if (x1 - x0) < 0.6 * width or len(rows) < 3 or max(len(r) for r in rows) < 3:
        return False
    if before and any(_head(r) and any(_same(r, b) for b in before[:3]) for r in rows[:3]):
        return True
    long_cells = sum(1 for r in rows for c in r if c and c.count("\n") >= 1 and len(c) >= 40)
    return long_cells >= 2


def _text(cell) -> str:
    return clean(unradical(cell or ""))


def _integers(cells: list) -> bool:
    values = [c.strip() for c in cells if c and c.strip()]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _letters(row: list) -> bool:
    values = [c.strip() for c in row if c and c.strip()]
    return len(values) >= 3 and "".join(values) in _LETTERS and len(values) == len("".join(values))


def _furniture(rows: list[list]) -> list[list]:
    """Rows without the row numbers and the column letters."""
    rows = [r for r in rows if not _letters(r)]
    width = max(len(r) for r in rows)
    rows = [r + [None] * (width - len(r)) for r in rows]
    if rows and _integers([r[0] for r in rows]):
        rows = [r[1:] for r in rows]
    return [r for r in rows if any(c and c.strip() for c in r)]


def _spanning(row: list) -> bool:
    """One cell across the row: the others merged over."""
    return bool(row[0] and row[0].strip()) and all(c is None for c in row[1:])


def _head(row: list) -> bool:
    """The column names: every cell short, no figure, at least three named."""
    named = [c.strip() for c in row if c and c.strip()]
    return len(named) >= 3 and all(len(c) <= 6 and not _FIGURE.search(c) and "\n" not in c for c in named)


def _width(line: str) -> float:
    """A printed line's width in ideographs: a Latin letter or digit is half of one."""
    return sum(0.55 if ch.isascii() else 1.0 for ch in line.strip())


def _lines_of(cell: str, full: float) -> list[str]:
    """A cell's printed lines as paragraphs: a line nearly as wide as the widest runs on into the
    next (the cell wrapped it); a shorter one ends its paragraph."""
    paragraphs: list[str] = []
    run = ""
    for line in (cell or "").split("\n"):
        line = line.strip()
        if not line:
            continue
        run += line
        if _width(line) < full - 2.5:
            paragraphs.append(run)
            run = ""
    if run:
        paragraphs.append(run)
    return [_text(p) for p in paragraphs]


class _Roles:
    """Which column holds what, from the rows' text."""

    def __init__(self, rows: list[list]):
        n = len(rows[0])
        body = [r for r in rows if not _spanning(r)]
        mass = [sum(len(r[k] or "") for r in body) for k in range(n)]
        self.section = 0
        self.text = max(range(1, n), key=lambda k: mass[k])
        titled = [k for k in range(1, self.text) if mass[k]]
        self.title = titled[-1] if titled else None
        # the text column's span: the columns merged into it wherever it holds a paragraph
        prose = [r for r in body if r[self.text] and len(r[self.text]) >= 20] or body
        end = self.text + 1
        while end < n and all(r[end] is None for r in prose):
            end += 1
        self.end = end
        after = [k for k in range(end, n) if mass[k]]
        self.source = after[0] if after else None


class _Out:
    """The blocks as they are made: printed lines numbered on, a table's rows gathered, an item's
    source held back until the item's last row."""

    def __init__(self, line: int):
        self.blocks: list[Block] = []
        self.line = line
        self.table: list[list[str]] = []
        self.source = ""
        self.page = 0

    def add(self, kind: str, text: str, level: int | None = None) -> None:
        self.flush_table()
        # each block is whole (a cell's paragraph): its raw line ends as a PDF paragraph's end does
        self.blocks.append(Block(kind, text, level=level, line=self.line, page=self.page, raw=text + " "))
        self.line += 1

    def flush_table(self) -> None:
        if self.table:
            rows, n = self.table, len(self.table)
            self.blocks.append(Block("table", table_text(rows), cells=rows, line=self.line,
                                     last=self.line + n - 1, page=self.page,
                                     raw="\n".join("\t".join(r) for r in rows)))
            self.line += n
            self.table = []

    def end_item(self) -> None:
        self.flush_table()
        if self.source:
            source, self.source = self.source, ""
            self.add("paragraph", source)


def sheet_blocks(pages: list[tuple[int, list[list]]], first_line: int = 1) -> list[Block]:
    """The blocks of the sheet pages, each (page number, rows as pdfplumber extracts them)."""
    out = _Out(first_line)
    head: list | None = None
    started = False
    for number, raw in pages:
        out.page = number
        rows = [r for r in _furniture(raw) if not (head is not None and _same(r, head))]
        if head is None:
            head = next((r for r in rows if _head(r)), None)
            rows = [r for r in rows if r is not head]
        if not rows:
            continue
        roles = _Roles(rows)
        full = max((_width(s) for r in rows for s in (r[roles.text] or "").split("\n")), default=1)
        for row in rows:
            if _spanning(row):
                out.end_item()
                out.add("furniture" if started else "paragraph", _text(row[0]).replace("\n", " "))
                continue
            started = True
            section = _text(row[roles.section]).replace("\n", "")
            title = _text(row[roles.title]).replace("\n", "") if roles.title is not None else ""
            if section or title:
                out.end_item()
            if section:
                out.add("heading", section, 1)
            if title:
                out.add("heading", title, 2)
            parts = [row[k] for k in range(roles.text, roles.end)]
            if sum(1 for p in parts if p is not None) >= 2:  # the text's span cut into sub-columns
                out.table.append([_text(p).replace("\n", "") for p in parts])
            else:
                for paragraph in _lines_of(row[roles.text] or "", full):
                    out.add("paragraph", paragraph)
            out.source = _source(row, roles) or out.source
    out.end_item()
    return out.blocks


def _source(row: list, roles: _Roles) -> str:
    """The row's source cell as a source line; it is placed after the item's last row."""
    source = _text(row[roles.source]).replace("\n", "") if roles.source is not None else ""
    return f"来源：{source}" if source else ""


def _same(row: list, head: list) -> bool:
    """The same names in the same order (a page may cut the grid into more columns than another)."""
    def named(r: list) -> list[str]:
        return [c.strip() for c in r if c and c.strip()]
    return named(row) == named(head)
