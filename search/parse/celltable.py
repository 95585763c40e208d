"""Tables without ruling lines as rows of cells: the cells of a band of rows that share gutters
(columns.py found them), a cell's wrapped lines joined, and the header rows printed above the body
that its gutters do not reach (a group heading centred over two columns, `金额（亿元）` set in two
lines) given to the columns they stand over.

Boxes are columns.py's (x0, top, x1, bottom, text); cuts are the x positions where the table's
columns part, left to right.
"""
from __future__ import annotations

import numpy as np

__all__ = ["column_of", "head_rows", "table_cells", "with_head"]


def column_of(b, cuts: list[float]) -> int:
    """The column a box's middle falls in."""
    return sum((b.x0 + b.x1) / 2 > c for c in cuts)


def table_cells(rows: list[list], cuts: list[float]):
    """(rows before, cells, rows after) of a table without ruling lines, or None: three rows with
    two filled cells or more make a table; rows with one filled cell before the first and after the
    last row of several are text. Within, a printed row continues the row above (its cells wrapped:
    `金额（亿` over `元）`) where it fills one cell only, or where it follows closer than rows follow
    each other in the table (the leading inside a cell, where the rows are set apart)."""
    grid = []
    for row in rows:
        cells: list[list] = [[] for _ in range(len(cuts) + 1)]
        for b in row:
            cells[column_of(b, cuts)].append(b)
        grid.append(cells)
    filled = [sum(bool(c) for c in cells) for cells in grid]
    multi = [k for k, f in enumerate(filled) if f >= 2]
    if len(multi) < 3:  # a header row and two of data at least: two rows are more often a masthead
        return None
    first, last = multi[0], multi[-1]
    data = first  # the header: the rows before the first with a number, read by where they stand
    while data < last and not _has_number(rows[data]):
        data += 1
    if data == first or not _has_number(rows[data]):
        data = first
    wraps = _wrapped_rows(rows[data:last + 1])
    out: list[list[str]] = []
    for k in range(data, last + 1):
        texts = [_join(c) for c in grid[k]]
        if out and (filled[k] == 1 or wraps[k - data]):
            out[-1] = [_cell_join(a, b) for a, b in zip(out[-1], texts)]
        else:
            out.append(texts)
    if data > first:
        out = with_head(rows[first:data], rows[data:last + 1], out, cuts)
    return rows[:first], out, rows[last + 1:]


def _wrapped_rows(rows: list[list]) -> list[bool]:
    """Per printed row of a table: does it follow the row above as a cell's next line does? Only
    where rows are set clearly apart (the wider gaps over most of a line's height): a row closer
    than half the wide gap to the one above is the same row wrapped."""
    tops = [min(b.top for b in r) for r in rows]
    bottoms = [max(b.bottom for b in r) for r in rows]
    gaps = [tops[k] - bottoms[k - 1] for k in range(1, len(rows))]
    if len(gaps) < 2:
        return [False] * len(rows)
    height = float(np.median([b - t for t, b in zip(tops, bottoms)]))
    wide = float(np.percentile(gaps, 75))
    if wide < 0.8 * height:
        return [False] * len(rows)
    return [False] + [g < 0.5 * wide for g in gaps]


def head_rows(above: list[list], body: list[list], cuts: list[float], gap: float) -> list[list]:
    """The rows at the end of `above` that are the header of the table whose printed rows are
    `body`: close above it, within its width, each of two cells or more set a gutter apart (a row
    of one cell is taken only below such a row: the wrapped end of a header cell). None where the
    table's first row is not a header."""
    if not body or not cuts or _has_number(body[0]):
        first_is_data = True
    else:
        first_is_data = False
    x0 = min(b.x0 for r in body for b in r) - gap
    x1 = max(b.x1 for r in body for b in r) + gap
    pitch = _pitch(body)
    taken: list[list] = []
    below = min(b.top for b in body[0])
    for row in reversed(above):
        cells = _cells(row, gap)
        close = below - max(b.bottom for b in row) <= pitch
        inside = all(x0 <= b.x0 and b.x1 <= x1 for b in row)
        if not (close and inside and not _has_number(row)):
            break
        taken.insert(0, row)
        below = min(b.top for b in row)
        if len(cells) == 1 and len(taken) > 3:
            break
    while taken and len(_cells(taken[0], gap)) < 2:
        taken.pop(0)  # a line of text (a caption, 单位：亿元) above the header is not part of it
    if not taken or (first_is_data and not any(len(_cells(r, gap)) >= 2 for r in taken)):
        return []
    return taken


def with_head(head: list[list], body: list[list], rows: list[list[str]], cuts: list[float]) -> list[list[str]]:
    """The table's rows of cells with `head` (printed rows above its body) as its header: each of
    a head row's cells goes to the columns it stands over (a heading centred over two columns to
    both), and the head rows and a header row of the table are joined column by column
    (`出口` over `金额（亿元）` -> `出口金额（亿元）`)."""
    n = len(cuts) + 1
    extents = [[np.inf, -np.inf] for _ in range(n)]
    for r in body:
        for b in r:
            e = extents[column_of(b, cuts)]
            e[0], e[1] = min(e[0], b.x0), max(e[1], b.x1)
    header = [""] * n
    placed: list[tuple[float, float, list[int]]] = []
    for row in head:
        for cell in _cells(row, 0.0):
            # under a cell of one column, aligned with it (its wrapped end): that column
            under = [cols for x0, x1, cols in placed if len(cols) == 1 and
                     min(abs(cell[0] - x0), abs(cell[1] - x1), abs(cell[0] + cell[1] - x0 - x1) / 2) < 2]
            cols = under[-1] if under else _over(cell, extents, cuts)
            placed.append((cell[0], cell[1], cols))
            for c in cols:
                header[c] = _cell_join(header[c], cell[2])
    if rows and not any(_number(c) for c in rows[0][1:]):
        return [[_cell_join(h, c) for h, c in zip(header, rows[0])]] + rows[1:]
    return [header] + rows


def _over(cell: tuple, extents: list[list[float]], cuts: list[float]) -> list[int]:
    """The columns a head cell stands over: those whose body it overlaps, else the one its middle
    falls in."""
    x0, x1, _ = cell
    overlap = [min(x1, b) - max(x0, a) for a, b in extents]
    # across columns (a group heading): over each whose middle it covers or that it half covers
    wide = [c for c, (a, b) in enumerate(extents)
            if overlap[c] > 0 and (x0 <= (a + b) / 2 <= x1 or overlap[c] >= 0.5 * (b - a))]
    if len(wide) > 1:
        return wide
    if max(overlap) > 0:
        return [int(np.argmax(overlap))]
    middle = (x0 + x1) / 2
    return [sum(middle > c for c in cuts)]


def _cells(row: list, gap: float) -> list[tuple[float, float, str]]:
    """A printed row's runs of boxes closer than `gap` to each other: (x0, x1, text)."""
    out: list[list] = []
    for b in sorted(row, key=lambda b: b.x0):
        if out and b.x0 - out[-1][1] < gap:
            out[-1][1] = max(out[-1][1], b.x1)
            out[-1][2] = _cell_join(out[-1][2], b.text.strip())
        else:
            out.append([b.x0, b.x1, b.text.strip()])
    return [tuple(c) for c in out]


def _pitch(body: list[list]) -> float:
    """How far below a row the next may start and still belong to the table: the widest gap between
    its rows, and a line's height at least."""
    height = float(np.median([max(b.bottom for b in r) - min(b.top for b in r) for r in body]))
    gaps = [min(b.top for b in body[k]) - max(b.bottom for b in body[k - 1]) for k in range(1, len(body))]
    return max([height] + gaps) * 1.2


def _number(text: str) -> bool:
    t = text.strip().replace(",", "").replace("%", "").lstrip("-+−")
    return bool(t) and t.replace(".", "", 1).isdigit()


def _has_number(row: list) -> bool:
    return any(_number(b.text) for b in row)


def _cell_join(a: str, b: str) -> str:
    """A wrapped cell's lines as one: a space only between two Latin letters or digits."""
    if not b:
        return a
    if a and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def _join(boxes: list) -> str:
    """The text of a cell's boxes, left to right, a space between Latin neighbours only."""
    text = ""
    for b in sorted(boxes, key=lambda b: (b.top, b.x0)):
        text = _cell_join(text, b.text.strip())
    return text
