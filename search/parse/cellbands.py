"""One table from bands of rows cut alike (columns.py): a table without ruling lines, or a scan whose
rules the recogniser did not keep, may fall into bands of different gutters, row by row: a long label
(`文化批发和零售业`) reaches under the head's first gutter, a head set close (`营业收入（亿元） 同比增长（%）`)
has no gutter where the numbers below have one. Rows of short cells, each row as many cells as the
others, every cell wholly left of the next column's cells in every row, numbers in them, are one
table however the bands cut them: the gutters are the strips between the columns' cells.
"""
from __future__ import annotations

from search.parse.celltable import has_number

__all__ = ["aligned_runs"]

MIN_ROWS = 3  # a header and two rows of data
CELL_CHARS = 12  # a cell longer than this is a line of text, not a cell


def aligned_runs(bands: list, gap: float) -> list:
    """`bands` ((rows, gutters), top to bottom) with each run of two bands or more whose rows are
    cells cut alike joined into one band, its gutters the strips between the columns."""
    out: list = []
    k = 0
    while k < len(bands):
        m, gutters = _run(bands, k, gap)
        if m - k >= 2 and gutters:
            out.append(([r for rows, _ in bands[k:m] for r in rows], gutters))
            k = m
            continue
        out.append(bands[k])
        k += 1
    return out


def _run(bands: list, k: int, gap: float) -> tuple[int, list[tuple[float, float]]]:
    """The end of the longest run of bands from `k` whose rows hold one table, and its gutters."""
    best: tuple[int, list] = (k, [])
    rows: list[list] = []
    for m in range(k, len(bands)):
        more = bands[m][0]
        if not bands[m][1] or any(len(_cells(r, gap)) < 2 for r in more):
            break
        rows = rows + more
        gutters = _gutters(rows, gap)
        if gutters is None:
            break
        if len(rows) >= MIN_ROWS and 2 * sum(has_number(r) for r in rows) >= len(rows):
            best = (m + 1, gutters)
    return best


def _cells(row: list, gap: float) -> list[list]:
    """A row's boxes grouped into cells: boxes closer than `gap` are one cell."""
    cells: list[list] = []
    for b in row:
        if cells and b.x0 - cells[-1][-1].x1 < gap:
            cells[-1].append(b)
        else:
            cells.append([b])
    return cells


def _gutters(rows: list[list], gap: float) -> list[tuple[float, float]] | None:
    """The strips between the columns of rows of as many short cells each, every cell wholly left
    of the next column's cells in every row; None where the rows are not so."""
    grid = [_cells(r, gap) for r in rows]
    if len({len(c) for c in grid}) != 1:
        return None
    if any(sum(len(b.text.strip()) for b in cell) > CELL_CHARS for cells in grid for cell in cells):
        return None
    out = []
    for c in range(len(grid[0]) - 1):
        right = max(cells[c][-1].x1 for cells in grid)
        left = min(cells[c + 1][0].x0 for cells in grid)
        if left <= right:
            return None
        out.append((right, left))
    return out
