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

from search.parse.cellbands import aligned_runs
from search.parse.celltable import column_of, first_cell_line, has_number, head_rows, table_cells, with_head
from search.parse.colbands import crossing_heading, hangs, head_bands, uninterrupted
from search.parse.coledges import LONE_BELOW, columns_foot, columns_top, lone_column, lone_line


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
    cuts: list[float] | None = None  # a table's: where its columns part


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
    out: list[Region] = []
    for region in _regions(boxes, size, 0):
        if region.kind == "table" and out and out[-1].kind == "text":  # cut from it where the page parted
            _take_first_line(out, region)
            while region.kind == "table" and out and out[-1].kind == "text" and _take_head(out, region, max(size, 6.0)):
                pass
        last = out[-1] if out else None
        if last is not None and last.full and region.full:
            last.boxes += region.boxes
            last.x0, last.x1 = min(last.x0, region.x0), max(last.x1, region.x1)
            last.bottom = max(last.bottom, region.bottom)
            continue
        out.append(region)
    return out


_DEPTH = 3  # columns inside columns inside columns: deeper is noise


def _regions(boxes: list[Box], size: float, depth: int) -> list[Region]:
    """The regions of part of a page. The longest gutter (over the most rows) cuts it first: if its
    columns hold text, each column is read whole before the next, and its own inner layout (a table
    in one column, columns in a column) is found inside it, apart from the rows of the other
    columns; the rows above and below are read the same way. Otherwise the rows go in bands of
    like gutters (a table without ruling lines, a masthead)."""
    rows = rows_of(boxes)
    if not rows:
        return []
    gap = max(size, 6.0)  # narrowest gutter: about one character
    inner = depth > 0
    primary = _primary(rows, gap) if depth < _DEPTH else None
    if primary is not None:
        i, j, cuts = primary
        i, j = uninterrupted(rows, i, j, cuts, size)
        if [k for k in range(i, j) if max(b.x1 for b in rows[k]) > cuts[-1]] != [j - 1]:  # not a caption at the foot
            i = columns_top(rows, i, j, cuts, size)
        j = columns_foot(rows, i, j, cuts, size)
        j = crossing_heading(rows, i, j, cuts, size) or j
        columns: list[list[Box]] = [[] for _ in range(len(cuts) + 1)]
        for b in (b for r in rows[i:j] for b in r):
            columns[_column(b, cuts)].append(b)
        texts = sum(bool(c) for c in columns) >= 2 and all(
            _is_text_column(c, size) or (k > 0 and lone_column(c, columns[0], size)) for k, c in enumerate(columns))
        if not texts and _aside(columns, size):  # the running text first, the list beside it after it
            columns.sort(key=lambda c: not _paragraph(rows_of(c), size) if c else True)
        if texts or _aside(columns, size):
            out = _regions([b for r in rows[:i] for b in r], size, depth)
            for column in columns:
                out += _regions(column, size, depth + 1)
            return out + _regions([b for r in rows[j:] for b in r], size, depth)
    out: list[Region] = []
    for band_rows, gutters in head_bands(aligned_runs(_bands(rows, gap), gap)):  # a table's rows cut alike
        k = crossing_heading(band_rows, 0, len(band_rows), [(g[0] + g[1]) / 2 for g in gutters], size) \
            if gutters and depth < _DEPTH else None
        if k is not None:  # the columns above a heading across the page, the heading, the columns below
            for part in (band_rows[:k], band_rows[k:k + 1], band_rows[k + 1:]):
                out += _regions([b for r in part for b in r], size, depth + 1)
            continue
        for region in _split(band_rows, gutters, size):
            region.full = region.full and not inner
            while region.kind == "table" and out and out[-1].kind == "text" and _take_head(out, region, gap):
                pass
            out.append(region)
    return out


def _take_head(out: list[Region], table: Region, gap: float) -> bool:
    """Give a table the header rows printed just above it that its gutters did not reach (a group
    heading centred over two columns, a header set apart from the numbers' alignment): they leave
    the text before it."""
    above = rows_of(out[-1].boxes)
    body = rows_of(table.boxes)
    head = head_rows(above, body, table.cuts or [], gap)
    if not head:
        return False
    table.rows = with_head(head, body, table.rows or [], table.cuts or [])
    table.boxes = [b for r in head for b in r] + table.boxes
    table.top = min(b.top for r in head for b in r)
    rest = [b for r in above[:len(above) - len(head)] for b in r]
    if rest:
        out[-1] = _region("text", rest, full=out[-1].full)
        return False
    out.pop()
    return True  # the whole region was the header: the one before may hold more of it


def _take_first_line(out: list[Region], table: Region) -> None:
    """Give a table the first line of its first row's wrapped label where it was left in the text
    before it (celltable.first_cell_line)."""
    above, body = rows_of(out[-1].boxes), rows_of(table.boxes)
    if not above or not first_cell_line(above[-1], body, table.cuts or []):
        return
    found = table_cells([above[-1]] + body, table.cuts or [])
    if found is None or found[0] or found[2]:
        return
    table.rows = found[1]
    table.boxes = above[-1] + table.boxes
    table.top = min(b.top for b in table.boxes)
    rest = [b for r in above[:-1] for b in r]
    if rest:
        out[-1] = _region("text", rest, full=out[-1].full)
    else:
        out.pop()


def _primary(rows: list[list[Box]], gap: float) -> tuple[int, int, list[float]] | None:
    """The longest run of rows [i, j) some gutter runs through, and the cuts (middles) of every
    gutter through all of it; None where no gutter is found."""
    active, xs = _active(rows, gap)
    if active is None or not active.any():
        return None
    best = (0, 0, 0)  # rows, i, j
    for x in np.nonzero(active.any(axis=0))[0]:
        col = active[:, x]
        i = 0
        while i < len(col):
            if not col[i]:
                i += 1
                continue
            j = i
            while j < len(col) and col[j]:
                j += 1
            if j - i > best[0]:
                best = (j - i, i, j)
            i = j
    _, i, j = best
    gutters = _intervals(xs, active[i:j].all(axis=0))
    return (i, j, [(g[0] + g[1]) / 2 for g in gutters]) if gutters else None


def _bands(rows: list[list[Box]], gap: float) -> list[tuple[list[list[Box]], list[tuple[float, float]]]]:
    """Runs of consecutive rows with the same gutters (x intervals), top to bottom."""
    active, xs = _active(rows, gap)
    if active is None:
        return [(rows, [])]
    bands: list[tuple[list[list[Box]], list[tuple[float, float]]]] = []
    for i in range(len(rows)):
        gutters = _intervals(xs, active[i])
        if bands and _same(bands[-1][1], gutters):
            prev_rows, prev = bands[-1]
            bands[-1] = (prev_rows + [rows[i]], [(max(a[0], b[0]), min(a[1], b[1])) for a, b in zip(prev, gutters)])
        elif bands and bands[-1][1] and hangs(rows[i], rows[i - 1], bands[-1][1]):
            bands[-1] = (bands[-1][0] + [rows[i]], bands[-1][1])
        else:
            bands.append(([rows[i]], gutters))
    return bands


def _active(rows: list[list[Box]], gap: float):
    """(rows x positions: is x in a gutter in that row, the positions), or (None, None) for a
    part too narrow to hold one. x is in a gutter where no box of a run of rows comes within half
    a gap of it and the run has text on both sides of it."""
    left = min(b.x0 for r in rows for b in r)
    right = max(b.x1 for r in rows for b in r)
    xs = np.arange(np.floor(left + gap), np.ceil(right - gap) + 1, 1.0)
    n = len(rows)
    if len(xs) == 0:
        return None, None
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
                if _qualifies(has_left[i:j, x], has_right[i:j, x]) or (
                        j - i > LONE_BELOW and lone_line(rows[i:j], float(xs[x]), gap, gap)):
                    active[i:j, x] = True
            i = j
    return active, xs


def _qualifies(left: np.ndarray, right: np.ndarray) -> bool:
    """Text on both sides of a clear strip: two rows with both, or three with each, interleaved."""
    both = int(np.count_nonzero(left & right))
    if both >= 2:
        return True
    ls, rs = np.nonzero(left & ~right)[0], np.nonzero(right & ~left)[0]
    return len(ls) >= 3 and len(rs) >= 3 and ls[0] < rs[-1] and rs[0] < ls[-1]


def _intervals(xs: np.ndarray, mask: np.ndarray) -> list[tuple[float, float]]:
    """The runs of `mask` as (first x, last x)."""
    out: list[tuple[float, float]] = []
    start = None
    for k, on in enumerate(mask):
        if on and start is None:
            start = k
        elif not on and start is not None:
            out.append((float(xs[start]), float(xs[k - 1])))
            start = None
    if start is not None:
        out.append((float(xs[start]), float(xs[-1])))
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
    table = table_cells(rows, cuts)
    if table is None:
        return [whole]
    before, cells, after = table
    out = []
    if before:
        out.append(_region("text", [b for row in before for b in row], full=True))
    body = [b for row in rows[len(before):len(rows) - len(after)] for b in row]
    out.append(_region("table", body, cells))
    out[-1].cuts = cuts
    if after:
        out.append(_region("text", [b for row in after for b in row], full=True))
    return out


_column = column_of


def _region(kind: str, boxes: list[Box], rows: list[list[str]] | None = None, full: bool = False) -> Region:
    return Region(kind, min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes),
                  max(b.bottom for b in boxes), boxes, rows, full)


def _is_text_column(boxes: list[Box], size: float) -> bool:
    """Wrapped lines of text: the column at least eight characters wide, and at least three rows,
    most of them nearly as wide as the column, or a paragraph in it (four rows running of eight
    characters or more, each nearly as wide as the column: a column that holds a table besides).
    A recognised column of one or two rows is text where it opens with a long line (_short_scanned_column)."""
    if not boxes:
        return True
    rows = rows_of(boxes)
    x0, x1 = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    width = x1 - x0
    if width < 8 * size:
        return False
    if len(rows) < 3:
        return _short_scanned_column(rows, width, size)
    full = [max(b.x1 for b in r) - min(b.x0 for b in r) >= 0.7 * width for r in rows]
    if sum(full) * 2 >= len(rows):
        return True
    if sum(f and _chars(r) >= PROSE_CHARS for r, f in zip(rows, full)) >= 2:
        return True  # prose: a table's cell is not set in lines this long (a half of a spread, an aside)
    run = 0
    for r, f in zip(rows, full):
        run = run + 1 if f and sum(len(b.text.strip()) for b in r) >= 8 else 0
        if run >= 4:
            return True
    return False


PROSE_CHARS = 18  # a line of running text in a wide column: this many characters or more


def _aside(columns: list[list[Box]], size: float) -> bool:
    """Columns beside running text that are a list, not a table's cells: one column holds a paragraph
    (four rows or more of PROSE_CHARS characters or more, as wide as the column), the others
    only short lines, most without a number (a site's navigation, links to other issues, a box of
    contents). A table's wide column may wrap a long cell, but its other columns hold the numbers."""
    prose = [c for c in columns if c and _paragraph(rows_of(c), size)]
    if len(prose) != 1:
        return False
    for c in columns:
        if not c or c is prose[0]:
            continue
        rows = rows_of(c)
        if any(_chars(r) >= PROSE_CHARS for r in rows) or 2 * sum(has_number(r) for r in rows) >= len(rows):
            return False
    return True


def _paragraph(rows: list[list[Box]], size: float) -> bool:
    width = max(b.x1 for r in rows for b in r) - min(b.x0 for r in rows for b in r)
    return sum(_chars(r) >= PROSE_CHARS and max(b.x1 for b in r) - min(b.x0 for b in r) >= 0.7 * width
               for r in rows) >= 4


def _chars(row: list[Box]) -> int:
    return sum(len(b.text.strip()) for b in row)


LONG_LINE_CHARS = 12  # a line of running text on a scanned page: this many characters or more


def _short_scanned_column(rows: list[list[Box]], width: float, size: float) -> bool:
    """A column of one or two recognised lines that is text: the end of a story at the top of a
    scanned page, before the gutter (its first line runs the column's width, twelve characters or
    more, its last ends where the paragraph does). Lines of a text layer are left to the rules
    for three rows: two rows of words are as often a masthead."""
    first = rows[0]
    if not all(getattr(b.ref, "confidence", None) is not None for r in rows for b in r):
        return False
    chars = sum(len(b.text.strip()) for b in first)
    return (width >= LONG_LINE_CHARS * size and chars >= LONG_LINE_CHARS
            and max(b.x1 for b in first) - min(b.x0 for b in first) >= 0.9 * width)
