"""Tables of a saved web page, as rows of cells: the web page reader's tables (webpage.py).

Two shapes. A `<table>`: its `rowspan` and `colspan` are spread over the grid they cover (a row
label spanning three rows stands in each), a header over two rows (`1-4月` spanning `金额（亿元）` and
`同比（%）`) is read as one row (`1-4月 金额（亿元）`, `1-4月 同比（%）`), and a row that is one text
across the whole width (a caption, `单位：亿元`) is a line above the table, not a row. A table whose
cells hold paragraphs, or tables, is the page's layout, read as text. And a grid drawn without
`<table>`: `<section>`s or `<div>`s laid side by side by CSS (flex or grid rows, inline blocks, table
cells), rows of the same number of short cells, or columns of the same number of short lines.
"""
from __future__ import annotations

import re
from collections import Counter

from search.parse.blocks import clean
from search.parse.webstyle import Sheet

__all__ = ["Grid", "div_grid", "layout_table", "table_grid"]

_CELL_CHARS = 40  # a grid's cell is short: a name, a number, a header
_PROSE_CHARS = 40  # a cell holding a sentence this long or longer is running text (a story), not data
_NUMBER = re.compile(r"\d")
_FIGURE = re.compile(r"^[-+−]?\d[\d,，]*(?:\.\d+)?\s*%?$")  # 1903.2, -2.3, 56.8%: a cell that is a number
_BLOCKS = ("p", "div", "section", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


class Grid:
    """Rows of cells, and the lines printed with them (a caption above, a note below)."""

    def __init__(self, rows: list[list[str]], before: list[str] = (), after: list[str] = ()):
        self.rows, self.before, self.after = rows, list(before), list(after)

    @property
    def numeric(self) -> bool:
        """Does it hold figures (a digit in a cell after the first column), or is it text in columns?"""
        return any(_NUMBER.search(c) for row in self.rows for c in row[1:])


def text_of(tag) -> str:
    return clean(tag.get_text(" ", strip=True).replace("\xa0", " "))


# --- <table> ---------------------------------------------------------------------------------------

def _own_rows(table) -> list:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def layout_table(table) -> bool:
    """A table that lays out the page, not data: a cell holds a table, or several paragraphs, or
    running text."""
    for tr in _own_rows(table):
        for td in tr.find_all(["td", "th"], recursive=False):
            if td.find("table") is not None:
                return True
            blocks = [b for b in td.find_all(_BLOCKS) if b.get_text(strip=True)]
            text = text_of(td)
            if len(blocks) >= 3 or len(text) > _PROSE_CHARS and re.search(r"[。；！？]", text):
                return True
    return False


def table_grid(table) -> Grid | None:
    """The cells of a data table, spans spread, a two-row header read as one row."""
    grid: dict[tuple[int, int], str] = {}
    heads: list[bool] = []  # per row: every cell a header cell (`<th>`, or in `<thead>`)
    spanned: list[bool] = []  # per row: a cell spans several columns
    for r, tr in enumerate(_own_rows(table)):
        c = 0
        cells = tr.find_all(["td", "th"], recursive=False)
        in_head = tr.find_parent("thead") is not None
        heads.append(bool(cells) and (in_head or all(td.name == "th" for td in cells)))
        spanned.append(False)
        for td in cells:
            while (r, c) in grid:
                c += 1
            rows, cols = _span(td, "rowspan"), _span(td, "colspan")
            spanned[r] = spanned[r] or cols > 1
            text = text_of(td)
            for dr in range(rows):
                for dc in range(cols):
                    grid[(r + dr, c + dc)] = text
            c += cols
    if not grid:
        return None
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    rows = [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
    heads += [False] * (height - len(heads))
    spanned += [False] * (height - len(spanned))
    caption = table.find("caption")
    before = [text_of(caption)] if caption is not None and caption.find_parent("table") is table \
        and text_of(caption) else []
    while rows and width > 1 and len({c for c in rows[0] if c}) == 1:  # a caption across the table
        before.append(next(c for c in rows[0] if c))
        rows, heads, spanned = rows[1:], heads[1:], spanned[1:]
    after = []
    while len(rows) > 1 and width > 1 and len({c for c in rows[-1] if c}) == 1 and not _NUMBER.search(
            "".join(rows[-1][1:]) if rows[-1][0] else ""):
        after.insert(0, next(c for c in rows[-1] if c))  # a note across the table (`注：…`)
        rows = rows[:-1]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    return Grid(_one_header(rows, heads, spanned), before, after)


def _span(td, attr: str) -> int:
    try:
        return max(1, min(int(str(td.get(attr, 1)).strip() or 1), 100))
    except ValueError:
        return 1


def _one_header(rows: list[list[str]], heads: list[bool], spanned: list[bool]) -> list[list[str]]:
    """A header over two rows or more (header cells, or a first row whose cells span columns, with no
    figure in them) read as one row, each column's heads joined top to bottom."""
    n = 0
    while n < len(rows) - 1 and not any(_NUMBER.search(c) and not _heading_number(c) for c in rows[n][1:]) \
            and (heads[n] or spanned[n] or (n > 0 and (rows[n][0] == rows[n - 1][0] or not rows[n][0]))):
        n += 1
    if n < 2:
        return rows
    merged = []
    for c in range(len(rows[0])):
        parts: list[str] = []
        for row in rows[:n]:
            if row[c] and row[c] not in parts:
                parts.append(row[c])
        merged.append(" ".join(parts))
    return [merged] + rows[n:]


def _heading_number(cell: str) -> bool:
    """A number that heads a column rather than fills it: a period (`1-4月`, `2025年`), a unit
    (`（%）`)."""
    return bool(re.search(r"\d\s*[年月季期]|[（(]%[）)]|\d+\s*[-—~至]\s*\d+\s*月", cell))


def _repeated(kids: list) -> Grid | None:
    """Rows known by their shape alone, the page's style sheet not saved (a framework's class names,
    `display: contents` rows): three or more children of one structure, each two or more short
    cells with the same tags, a figure (a number, not a date) in a later column of most rows after the
    first (a header)."""
    if len(kids) < 3:
        return None
    shapes, rows = set(), []
    for kid in kids:
        cells = _kids(kid)
        if not cells or len(cells) < 2 or not all(_leaf(c) for c in cells):
            return None
        shapes.add(tuple(c.name for c in cells))
        rows.append([text_of(c) for c in cells])
    if len(shapes) != 1:
        return None
    figured = sum(1 for row in rows[1:] if any(_FIGURE.match(c) for c in row[1:]))
    return Grid(rows) if 2 * figured >= len(rows) - 1 else None


# --- grids drawn with CSS --------------------------------------------------------------------------

def _kids(tag) -> list | None:
    """The element children that hold text; None where text stands loose beside them."""
    out = []
    for child in tag.children:
        if isinstance(child, str):
            if type(child).__name__ == "NavigableString" and child.strip():
                return None
            continue
        if child.get_text(strip=True):
            out.append(child)
    return out


def _leaf(tag) -> bool:
    """A cell: short text in at most one line (no two blocks of text inside)."""
    text = text_of(tag)
    if not text or len(text) > _CELL_CHARS or tag.name == "table":
        return False
    return sum(1 for b in tag.find_all(_BLOCKS) if b.get_text(strip=True) and not b.find(_BLOCKS)) <= 1


def _row(tag, sheet: Sheet) -> list[str] | None:
    """The cells of an element laid out as a row of two or more, looking through single wrappers."""
    for _ in range(4):
        kids = _kids(tag)
        if kids is None:
            return None
        if len(kids) == 1 and not sheet.row(tag):
            tag = kids[0]
            continue
        if len(kids) >= 2 and (sheet.row(tag) or all(sheet.cell(k) for k in kids)) and all(_leaf(k) for k in kids):
            return [text_of(k) for k in kids]
        return None
    return None


def _column(tag) -> list[str] | None:
    """The lines of an element that is a column of short lines, one a block."""
    for _ in range(4):
        kids = _kids(tag)
        if kids is None:
            return None
        if len(kids) == 1:
            tag = kids[0]
            continue
        if len(kids) >= 2 and all(_leaf(k) for k in kids):
            return [text_of(k) for k in kids]
        return None
    return None


def div_grid(tag, sheet: Sheet) -> Grid | None:
    """A grid of cells drawn without `<table>`: rows of the same number of cells (two or more), at
    least two of them, with a caption line above or a note below; or the cells of a CSS grid; or
    columns side by side of the same number of lines."""
    kids = _kids(tag)
    if not kids or len(kids) < 2:
        return None
    n = sheet.grid_columns(tag)
    if n and n >= 2 and len(kids) >= 2 * n and all(_leaf(k) for k in kids):
        texts = [text_of(k) for k in kids]
        rows = [texts[i:i + n] for i in range(0, len(texts), n)]
        rows[-1] += [""] * (n - len(rows[-1]))
        return Grid(rows)
    if sheet.row(tag):
        columns = [_column(k) for k in kids]
        if all(columns) and len({len(c) for c in columns}) == 1:
            return Grid([list(row) for row in zip(*columns)])
        return None
    found = [_row(k, sheet) for k in kids]
    at = [i for i, cells in enumerate(found) if cells]
    if len(at) < 2:
        return _repeated(kids)
    if at != list(range(at[0], at[-1] + 1)) or at[0] > 2 or len(kids) - 1 - at[-1] > 1:
        return None
    width = Counter(len(found[i]) for i in at).most_common(1)[0][0]
    if any(len(found[i]) != width for i in at):
        return None
    loose = [text_of(k) for k in kids[:at[0]] + kids[at[-1] + 1:]]
    if any(len(t) > 120 for t in loose):
        return None
    return Grid([found[i] for i in at], [text_of(k) for k in kids[:at[0]]], [text_of(k) for k in kids[at[-1] + 1:]])
