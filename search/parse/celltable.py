"""Tables without ruling lines as rows of cells: the cells of a band of rows that share gutters
(columns.py found them), a cell's wrapped lines joined, and the header rows printed above the body
that its gutters do not reach (a group heading centred over two columns, `金额（亿元）` set in two
lines) given to the columns they stand over.

Boxes are columns.py's (x0, top, x1, bottom, text); cuts are the x positions where the table's
columns part, left to right.
"""
from __future__ import annotations

import re

import numpy as np

__all__ = ["column_of", "first_cell_line", "has_number", "head_rows", "table_cells", "with_head"]


def column_of(b, cuts: list[float]) -> int:
    """The column a box's middle falls in."""
    return sum((b.x0 + b.x1) / 2 > c for c in cuts)


def table_cells(rows: list[list], cuts: list[float]):
    """(rows before, cells, rows after) of a table without ruling lines, or None: three rows with
    two filled cells or more make a table; rows with one filled cell before the first and after the
    last row of several are text. Within, a printed row continues the row above (its cells wrapped:
    `金额（亿` over `元）`) where it fills one cell only, or where it follows closer than rows follow
    each other in the table (the leading inside a cell, where the rows are set apart)."""
    rows = _table_rows(rows)
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
    while data < last and not has_number(rows[data]):
        data += 1
    if data == first or not has_number(rows[data]):
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


def first_cell_line(row: list, body: list[list], cuts: list[float]) -> bool:
    """Is `row`, printed just above a table's first row, that row's first line: a label wrapped in two
    (`知识密集型服务进` / `出口`) whose numbers, set in the middle of the cell, reach up level with it? A
    row of the labels' column only, without a number, overlapping the first row's height."""
    return (bool(row) and bool(body) and bool(cuts) and not has_number(row)
            and all(column_of(b, cuts) == 0 for b in row) and _overlap(row, body[0]) > 0
            and has_number(body[0]))


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
    if not body or not cuts or has_number(body[0]):
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
        if not (close and inside and not has_number(row)):
            break
        taken.insert(0, row)
        below = min(b.top for b in row)
        if len(cells) == 1 and len(taken) > 3:
            break
    while taken and (len(_cells(taken[0], gap)) < 2 and not _over_values(taken[0], body, cuts)
                     or _caption(taken[0], len(cuts) + 1, gap)):
        taken.pop(0)  # a line of text (a caption, 单位：亿元) above the header is not part of it
    if not taken or (first_is_data and not any(len(_cells(r, gap)) >= 2 for r in taken)):
        return []
    return taken


# a table's caption by its opening (`表1`, `附表2`, `续表`) or a unit line (`单位：亿元`), however its
# words are spaced (`表1　2025年1—10月…`: a gap inside it is no gutter between header cells)
_CAPTION = re.compile(r"^(?:附?表\s*[\d一二三四五六七八九十]+(?:[-－—.．]\d+)?(?![\d月年])|续表)|(?:单位|[Uu]nits?)\s*[：:]")


def caption_text(text: str) -> bool:
    """Whether a line opens as a table's caption (`表1`, `续表`) or is a unit line (`单位：亿元`)."""
    return bool(_CAPTION.search(text.strip()))


# A chart's or a picture's caption in running text: `图：X`, `图1 X`, `图表2：X`, `表：X` (a label, not a sentence).
_FIGURE = re.compile(r"^(?:图表?|表)\s*[\d一二三四五六七八九十]*(?:[-－—.．]\d+)?\s*(?:[：:．.、]|\s)\s*\S")


def figure_caption(text: str) -> bool:
    """Whether a short line captions a chart, a picture or a table set in the text (`图：我国低空经济市场规模`):
    a source line under it credits that chart, not the story."""
    text = text.strip()
    return len(text) <= 40 and text[-1:] not in "。；;，," and bool(_FIGURE.match(text) or caption_text(text))


def _caption(row: list, columns: int, gap: float) -> bool:
    """A caption set above a table: fewer cells than the table has columns, and a caption's words."""
    return len(_cells(row, gap)) < columns and bool(_CAPTION.search(" ".join(b.text for b in row).strip()))


def _over_values(row: list, body: list[list], cuts: list[float]) -> bool:
    """A heading of one cell centred over all the columns but the first (`1—5月` over 金额, 同比 and
    占比): a group heading of the table, not a caption (no `：` in it, nothing over the labels)."""
    if not cuts or any(ch in b.text for b in row for ch in "：:") or min(b.x0 for b in row) <= cuts[0]:
        return False
    values = [b for r in body for b in r if column_of(b, cuts) > 0]
    if not values:
        return False
    left, right = min(b.x0 for b in values), max(b.x1 for b in values)
    middle = (min(b.x0 for b in row) + max(b.x1 for b in row)) / 2
    return abs(middle - (left + right) / 2) <= 0.1 * (right - left)


def with_head(head: list[list], body: list[list], rows: list[list[str]], cuts: list[float]) -> list[list[str]]:
    """The table's rows of cells with `head` (printed rows above its body) as its header, the head
    rows joined column by column (`出口` over `金额（亿元）` -> `出口金额（亿元）`; `金额（亿` over
    `元）` -> `金额（亿元）`). A head row of a cell for each column (or for each but the first) names
    them in order; a cell under one of those, aligned with it, goes on with it; a row of fewer cells
    (group headings) gives each column to the nearest cell, the first column only to a cell over
    it."""
    n = len(cuts) + 1
    anchors = [[np.inf, -np.inf] for _ in range(n)]
    for r in body:
        for b in r:
            e = anchors[column_of(b, cuts)]
            e[0], e[1] = min(e[0], b.x0), max(e[1], b.x1)
    label_end = anchors[0][1]
    rows_cells = [_cells(r, 0.5 * float(np.median([b.bottom - b.top for b in r]))) for r in head]
    ordered = [_in_order(cells, n, label_end) for cells in rows_cells]
    for cells, cols in zip(rows_cells, ordered):
        for cell, c in zip(cells, cols or []):
            anchors[c][0], anchors[c][1] = min(anchors[c][0], cell[0]), max(anchors[c][1], cell[1])
    header = [""] * n
    placed: list[tuple[float, float, int]] = []
    for cells, cols in zip(rows_cells, ordered):
        given = [[c] for c in cols] if cols else _nearest(cells, anchors, placed)
        for cell, cs in zip(cells, given):
            if len(cs) == 1:
                placed.append((cell[0], cell[1], cs[0]))
            for c in cs:
                header[c] = _cell_join(header[c], cell[2])
    if rows and not any(_number(c) for c in rows[0][1:]):
        return [[_cell_join(h, c) for h, c in zip(header, rows[0])]] + rows[1:]
    return [header] + rows


def _in_order(cells: list[tuple], n: int, label_end: float) -> list[int] | None:
    """The columns of a head row that has a cell for each (or for each but the first: no head over
    the row labels), in order; None for any other row."""
    if len(cells) == n:
        return list(range(n))
    if len(cells) == n - 1 and cells[0][0] > label_end:
        return list(range(1, n))
    return None


def _nearest(cells: list[tuple], anchors: list[list[float]], placed: list[tuple]) -> list[list[int]]:
    """The columns each cell of a head row of fewer cells stands over. A cell aligned with a cell of
    one column above it (a wrapped header's next line) goes to that column; the other columns go
    each to the nearest cell, the first column only to a cell that reaches over it."""
    given: list[list[int]] = [[] for _ in cells]
    free = list(range(len(anchors)))
    for k, (x0, x1, _) in enumerate(cells):
        for px0, px1, c in reversed(placed):
            if min(abs(x0 - px0), abs(x1 - px1), abs(x0 + x1 - px0 - px1) / 2) < 2:
                given[k] = [c]
                free.remove(c) if c in free else None
                break
    loose = [k for k in range(len(cells)) if not given[k]]
    for c in free:
        a, b = anchors[c]
        if not loose or not np.isfinite(a):
            continue
        if c == 0:
            over = [k for k in loose if cells[k][0] < b and a < cells[k][1]]
            if over:
                given[over[0]].append(0)
            continue
        # a cell that starts over the row labels (their head, set in the middle of two head rows)
        # heads no column of numbers
        labels_end = anchors[0][1] if np.isfinite(anchors[0][0]) else -np.inf
        over_values = [k for k in loose if cells[k][0] >= labels_end]
        if not over_values:
            continue
        k = min(over_values, key=lambda k: abs((cells[k][0] + cells[k][1]) - (a + b)))
        given[k].append(c)
    for k in loose:
        if not given[k]:  # nearest to no column's middle: the column it stands in
            middle = (cells[k][0] + cells[k][1]) / 2
            given[k] = [min(range(len(anchors)), key=lambda c: abs(sum(anchors[c]) / 2 - middle)
                            if np.isfinite(anchors[c][0]) else np.inf)]
    return given


def _cells(row: list, gap: float) -> list[tuple[float, float, str]]:
    """A printed row's runs of boxes closer than `gap` to each other (lines of one cell stacked
    included): (x0, x1, text, read top to bottom)."""
    runs: list[list] = []
    for b in sorted(row, key=lambda b: b.x0):
        if runs and b.x0 - max(r.x1 for r in runs[-1]) < gap:
            runs[-1].append(b)
        else:
            runs.append([b])
    return [(min(b.x0 for b in r), max(b.x1 for b in r), _join(r)) for r in runs]


def _table_rows(rows: list[list]) -> list[list]:
    """Printed rows as the table's rows: rows that overlap in height by a quarter of a line are
    one (a number set in the middle of a cell of two lines overlaps both)."""
    out: list[list] = []
    centred = False  # the row before was set in the middle of a cell of two lines
    for k, row in enumerate(rows):
        if out:
            line = min(b.bottom - b.top for b in row)
            # numbers set in the middle of a cell of two lines touch both: the three rows are one
            hung = (k + 1 < len(rows) and has_number(row) and _overlap(row, rows[k - 1]) > 0
                    and _overlap(row, rows[k + 1]) > 0)
            if _overlap(row, out[-1]) >= 0.25 * line or hung or (centred and _overlap(row, rows[k - 1]) > 0):
                out[-1] = out[-1] + row
                centred = hung
                continue
        centred = False
        out.append(row)
    return out


def _overlap(a: list, b: list) -> float:
    """How far two printed rows overlap in height (negative: the gap between them)."""
    return min(max(x.bottom for x in a), max(x.bottom for x in b)) - max(min(x.top for x in a), min(x.top for x in b))


def _pitch(body: list[list]) -> float:
    """How far below a row the next may start and still belong to the table: the widest gap between
    its rows, and a line's height at least."""
    height = float(np.median([max(b.bottom for b in r) - min(b.top for b in r) for r in body]))
    gaps = [min(b.top for b in body[k]) - max(b.bottom for b in body[k - 1]) for k in range(1, len(body))]
    return max([height] + gaps) * 1.2


def _number(text: str) -> bool:
    t = text.strip().replace(",", "").replace("%", "").lstrip("-+−")
    return bool(t) and t.replace(".", "", 1).isdigit()


def has_number(row: list) -> bool:
    """Does a printed row hold a number of its own (a box that is one)?"""
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
