"""Boxes on a page -> regions in reading order: the columns and borderless tables of a PDF page,
found from the gaps between words (pdf.py's layout step, for text layers and OCR alike).

A gutter is a vertical strip that no box of a run of consecutive rows crosses, with text on both
sides of it in that run. Rows that share the same gutters form a band; a band's columns are read one
after the other, left to right, and bands top to bottom. A band whose columns hold wrapped lines of
text is a multi-column text; one whose columns hold short cells is a table without ruling lines, read
as rows of cells. Nothing here knows a page size or a font: the gaps are measured against the size
of the page's text, so a two-column Word export, a scan and a borderless table are found alike.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Box:
    """A word of a text layer, a line OCR read, or a ruled table: its place and text (points)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    ref: object = None  # what the caller needs back

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Region:
    """Part of a page read as a whole: a column of text (`text`) or a table without ruling lines
    (`table`, its `rows` of cells)."""

    kind: str
    x0: float
    top: float
    x1: float
    bottom: float
    boxes: list[Box] = field(default_factory=list)
    rows: list[list[str]] | None = None
    full: bool = False  # the band's whole width: consecutive full-width text is one region


def rows_of(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into printed rows (a box whose middle falls inside a row's first box joins it),
    top to bottom, each left to right."""
    rows: list[list[Box]] = []
    for b in sorted(boxes, key=lambda b: (b.middle, b.x0)):
        if rows and rows[-1][0].top <= b.middle <= rows[-1][0].bottom:
            rows[-1].append(b)
        else:
            rows.append([b])
    return [sorted(r, key=lambda b: b.x0) for r in rows]


def regions(boxes: list[Box], size: float) -> list[Region]:
    """The page's regions in reading order; `size` is the height of its body text."""
    rows = rows_of(boxes)
    if not rows:
        return []
    gap = max(size, 6.0)  # narrowest gutter: about one character
    bands = _bands(rows, gap)
    out: list[Region] = []
    for band_rows, gutters in bands:
        for region in _split(band_rows, gutters, size):
            last = out[-1] if out else None
            if last is not None and last.full and region.full:
                last.boxes += region.boxes
                last.x0, last.x1 = min(last.x0, region.x0), max(last.x1, region.x1)
                last.bottom = max(last.bottom, region.bottom)
                continue
            out.append(region)
    return out


def _bands(rows: list[list[Box]], gap: float) -> list[tuple[list[list[Box]], list[tuple[float, float]]]]:
    """Runs of consecutive rows with the same gutters (x intervals), top to bottom."""
    left = min(b.x0 for r in rows for b in r)
    right = max(b.x1 for r in rows for b in r)
    xs = np.arange(np.floor(left + gap), np.ceil(right - gap) + 1, 1.0)
    n = len(rows)
    if len(xs) == 0:
        return [(rows, [])]
    clear = np.ones((n, len(xs)), dtype=bool)
    lo = np.array([r[0].x0 for r in rows])
    hi = np.array([max(b.x1 for b in r) for r in rows])
    for i, r in enumerate(rows):
        for b in r:
            clear[i, (xs > b.x0 - gap / 2) & (xs < b.x1 + gap / 2)] = False
    has_left = lo[:, None] < xs[None, :]
    has_right = hi[:, None] > xs[None, :]
    active = np.zeros_like(clear)
    columns, inverse = np.unique(clear, axis=1, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    for c in range(columns.shape[1]):
        where = np.nonzero(inverse == c)[0]
        col = columns[:, c]
        i = 0
        while i < n:
            if not col[i]:
                i += 1
                continue
            j = i
            while j < n and col[j]:
                j += 1
            for x in where:  # a run [i, j) of rows in which x is clear
                if _qualifies(has_left[i:j, x], has_right[i:j, x]):
                    active[i:j, x] = True
            i = j
    bands: list[tuple[list[list[Box]], list[tuple[float, float]]]] = []
    for i in range(n):
        gutters = _intervals(xs, active[i])
        if bands and _same(bands[-1][1], gutters):
            prev_rows, prev = bands[-1]
            bands[-1] = (prev_rows + [rows[i]], [(max(a[0], b[0]), min(a[1], b[1])) for a, b in zip(prev, gutters)])
        else:
            bands.append(([rows[i]], gutters))
    return bands


def _qualifies(left: np.ndarray, right: np.ndarray) -> bool:
    """Text on both sides of a clear strip: two rows with both, or three with each, interleaved."""
    both = int(np.count_nonzero(left & right))
    if both >= 2:
        return True
    ls, rs = np.nonzero(left & ~right)[0], np.nonzero(right & ~left)[0]
    return len(ls) >= 3 and len(rs) >= 3 and ls[0] < rs[-1] and rs[0] < ls[-1]


def _intervals(xs: np.ndarray, mask: np.ndarray) -> list[tuple[float, float]]:
    out = []
    start = None
    for x, on in zip(xs, mask):
        if on and start is None:
            start = x
        elif not on and start is not None:
            out.append((float(start), float(prev)))
            start = None
        prev = x
    if start is not None:
        out.append((float(start), float(xs[-1])))
    return out


def _same(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    return len(a) == len(b) and all(p[0] <= q[1] and q[0] <= p[1] for p, q in zip(a, b))


def _split(rows: list[list[Box]], gutters: list[tuple[float, float]], size: float) -> list[Region]:
    """A band as regions: its columns of text, a table, or (no gutter) one full-width region."""
    boxes = [b for r in rows for b in r]
    whole = _region("text", boxes, full=True)
    if not gutters:
        return [whole]
    cuts = [(g[0] + g[1]) / 2 for g in gutters]
    lead = 0  # rows left of every gutter before the first row across one: read first either way
    while lead < len(rows) - 1 and all(_column(b, cuts) == 0 for b in rows[lead]):
        lead += 1
    if lead:
        return [_region("text", [b for r in rows[:lead] for b in r], full=True)] + _split(rows[lead:], gutters, size)
    columns: list[list[Box]] = [[] for _ in range(len(cuts) + 1)]
    for b in boxes:
        columns[_column(b, cuts)].append(b)
    if all(_is_text_column(col, size) for col in columns):
        return [_region("text", col) for col in columns if col]
    table = _table(rows, cuts)
    if table is None:
        return [whole]
    before, cells, after = table
    out = []
    if before:
        out.append(_region("text", [b for row in before for b in row], full=True))
    body = [b for row in rows[len(before):len(rows) - len(after)] for b in row]
    out.append(_region("table", body, cells))
    if after:
        out.append(_region("text", [b for row in after for b in row], full=True))
    return out


def _column(b: Box, cuts: list[float]) -> int:
    return sum((b.x0 + b.x1) / 2 > c for c in cuts)


def _region(kind: str, boxes: list[Box], rows: list[list[str]] | None = None, full: bool = False) -> Region:
    return Region(kind, min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes),
                  max(b.bottom for b in boxes), boxes, rows, full)


def _is_text_column(boxes: list[Box], size: float) -> bool:
    """Wrapped lines of text: at least three rows, most of them nearly as wide as the column, and
    the column at least eight characters wide."""
    if not boxes:
        return True
    rows = rows_of(boxes)
    x0, x1 = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    width = x1 - x0
    if len(rows) < 3 or width < 8 * size:
        return False
    full = sum(max(b.x1 for b in r) - min(b.x0 for b in r) >= 0.7 * width for r in rows)
    return full * 2 >= len(rows)


def _table(rows: list[list[Box]], cuts: list[float]):
    """(rows before, cells, rows after) of a table without ruling lines, or None: three rows with
    two filled cells or more make a table; rows with one
    filled cell before the first and after the last row of several are text; within, a row with one
    filled cell continues the cell above (a wrapped cell)."""
    grid = []
    for row in rows:
        cells: list[list[Box]] = [[] for _ in range(len(cuts) + 1)]
        for b in row:
            cells[_column(b, cuts)].append(b)
        grid.append(cells)
    filled = [sum(bool(c) for c in cells) for cells in grid]
    multi = [k for k, f in enumerate(filled) if f >= 2]
    if len(multi) < 3:  # a header row and two of data at least: two rows are more often a masthead
        return None
    first, last = multi[0], multi[-1]
    out: list[list[str]] = []
    for k in range(first, last + 1):
        texts = [_join(c) for c in grid[k]]
        if filled[k] == 1 and out:
            out[-1] = [a + b if b else a for a, b in zip(out[-1], texts)]
        else:
            out.append(texts)
    return rows[:first], out, rows[last + 1:]


def _join(boxes: list[Box]) -> str:
    """The text of a cell's boxes, left to right, a space between Latin neighbours only."""
    text = ""
    for b in sorted(boxes, key=lambda b: (b.top, b.x0)):
        t = b.text.strip()
        if text and t and text[-1].isascii() and text[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            text += " "
        text += t
    return text
