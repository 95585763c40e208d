"""Where a run of columns begins and ends (columns.py): a gutter found through many rows may run
through lines that are not the columns' own, at the top (a contents left of it, an issue line or a
masthead centred over the columns) or at the foot (a heading set across the page under columns of
unequal length). Those rows go above or below the columns, by where they stand against the columns'
left edges and the foot of the other columns.
"""
from __future__ import annotations

from collections import Counter

from search.parse.celltable import column_of
from search.parse.colbands import heads_below

__all__ = ["columns_foot", "columns_top"]

_column = column_of


def columns_top(rows: list[list], i: int, j: int, cuts: list[float], size: float) -> int:
    """Where the columns of rows [i, j) begin: the rows at the top that are not theirs go above.
    Those are rows left of every gutter, wholly above the other columns' first row (a contents), and
    rows across two columns or more none of whose parts starts at its column's left edge, give or
    take an indent (an issue line centred on the page, its gaps falling on the gutter), and a line
    centred on the page that falls inside one middle column, above the text of the others (the
    masthead over three columns), or set flush right, well in from the left edge of the column it
    falls in, above the text of the others (the source line closing the text across the page above)."""
    edges: list[Counter] = [Counter() for _ in range(len(cuts) + 1)]
    for r in rows[i:j]:
        firsts: dict = {}
        for b in r:
            firsts.setdefault(_column(b, cuts), b)
        for c, b in firsts.items():
            edges[c][round(b.x0)] += 1
    lefts = [e.most_common(1)[0][0] if e else None for e in edges]

    first = i

    def head() -> float:  # the other columns' first text, below a masthead's name (`_title_over`)
        return min((b.top for r in rows[first:j] if not _title_over(r) for b in r if _column(b, cuts) > 0),
                   default=0.0)

    right = max(b.x1 for r in rows[i:j] for b in r)
    middle = (min(b.x0 for r in rows[i:j] for b in r) + right) / 2

    def above(row: list) -> bool:
        columns = {_column(b, cuts) for b in row}
        if columns == {0}:
            return all(b.bottom <= head() for b in row)
        if _title_over(row):
            return True
        if len(columns) == 1:  # a line centred on the page that falls inside a middle column, above the others
            c = columns.pop()
            k = next(n for n, r in enumerate(rows) if r is row)
            others = [b.top for r in rows[k + 1:j] for b in r if _column(b, cuts) != c]
            x0, x1 = min(b.x0 for b in row), max(b.x1 for b in row)
            if not others or max(b.bottom for b in row) > min(others):
                return False
            # or a line set flush right, well in from its column's left edge: the source closing the text above
            return abs((x0 + x1) / 2 - middle) <= size or (
                lefts[c] is not None and x0 - lefts[c] > 2.5 * size and x1 >= right - size)
        if len(columns) < 2:
            return False
        return not any(lefts[c] is not None and -size <= b.x0 - lefts[c] <= 2.5 * size
                       for b in row for c in [_column(b, cuts)]) or _flush_right_over(row, rows[i:j], right)

    def _title_over(row: list) -> bool:
        """A row holding, in one column, a line in type half as large again as the text or larger,
        centred on the page, above the other columns' text (rows across two columns or more): the
        briefing's name in a masthead band, printed level with the association's name at the first
        column's edge."""
        by_column: dict = {}
        for b in row:
            by_column.setdefault(_column(b, cuts), []).append(b)
        if len(by_column) < 2:  # a centred line alone is `above`'s own case
            return False
        k = next(n for n, r in enumerate(rows) if r is row)
        for c, part in by_column.items():
            x0, x1 = min(b.x0 for b in part), max(b.x1 for b in part)
            big = min(b.bottom - b.top for b in part) >= 1.5 * size
            others = [b.top for r in rows[k + 1:j] if len({_column(b, cuts) for b in r}) > 1
                      for b in r if _column(b, cuts) != c]  # rows across columns: no issue line under the name
            if big and abs((x0 + x1) / 2 - middle) <= 2 * size and others \
                    and max(b.bottom for b in part) <= min(others):
                return True
        return False

    def _flush_right_over(row: list, run: list[list], right: float) -> bool:
        """An issue line whose date is set flush right, well in from the last column's left edge (a
        masthead band over a sidebar), or starts in the gutter, left of it: two lines or more above
        that column's first line."""
        c = max(_column(b, cuts) for b in row)
        last = [b for b in row if _column(b, cuts) == c]
        below = [b.top for r in run if r is not row for b in r if _column(b, cuts) == c and b.top > row[0].top]
        # or, in a text layer (a recognised box's edge is less exact), whose date starts in the gutter,
        # left of that column's edge: the issue line's gaps are no gutter
        printed = all(getattr(b.ref, "confidence", None) is None for b in row)
        placed = lefts[c] is not None and (last[0].x0 - lefts[c] > 2.5 * size and last[-1].x1 >= right - size
                                           or printed and last[0].x0 < lefts[c] - size)
        return placed and bool(below) and min(below) - max(b.bottom for b in row) >= 2 * size

    while i < j - 1 and above(rows[i]):
        i += 1
    return i


def columns_foot(rows: list[list], i: int, j: int, cuts: list[float], size: float) -> int:
    """Where the columns of rows [i, j) end, when text across them follows: rows at the foot in
    one column that stand below the foot of every other column go below, from the first of them
    that comes after a gap of two lines or more in its own column (the heading of a part set across
    the page, in a layout of boxes placed freely; a full-width heading and its first line under
    columns of unequal length); a gap of a line and a half is enough where it is 2.5 times the column's usual
    gap between lines; so does a heading with no text of its own under it in the column, just above
    the text across the page (colbands.heads_below). A column's own last lines follow its text
    closely and stay."""
    if j >= len(rows):
        return j
    k, column = j, None
    while k - 1 > i:  # the rows at the foot in one column, below every other column
        row = rows[k - 1]
        columns = {_column(b, cuts) for b in row}
        if len(columns) != 1 or (column is not None and columns != {column}):
            break
        column = next(iter(columns))
        others = [b.bottom for r in rows[i:k - 1] for b in r if _column(b, cuts) != column]
        if not others or min(b.top for b in row) <= max(others):
            break
        k -= 1
    own_rows = [p for p in ([b for b in r if _column(b, cuts) == column] for r in rows[i:j]) if p]
    gaps = sorted(min(b.top for b in r) - max(b.bottom for b in q) for q, r in zip(own_rows, own_rows[1:]))
    leading = gaps[len(gaps) // 2] if gaps else size
    for start in range(k, j):
        own = [b.bottom for r in rows[i:start] for b in r if _column(b, cuts) == column]
        gap = min(b.top for b in rows[start]) - max(own) if own else 0.0
        if own and (gap >= 2 * size or gap >= max(1.5 * size, 2.5 * leading)
                    or heads_below(rows[start:j + 1], [p for p in own_rows if p[0].top < rows[start][0].top],
                                   gap, leading, size)):
            return start
    return j


LONE_BELOW = 3  # a column's lines under the lone line, at least, ending at one edge


def lone_line(rows: list[list], x: float, gap: float, size: float) -> bool:
    """Whether the rows (a run in which `x` is clear) are a column whose second column holds a single
    line, at the top: the end of a story's paragraph that the first column could not hold. One row
    holds text right of `x` (beside the first column's first line, or on its own just above it, where
    a title's margin pushed the first column down); the three rows or more under it hold text left of
    `x` only and end at one right edge (the justified lines of the first column; or the rows over it,
    for a caption set beside the last line of text wrapped round its picture), and the part right
    of `x` starts within a gutter of that edge. A date set right of a masthead line has running text
    across `x` under it; a contents line or a right-aligned source has a ragged edge under it, or
    starts far from it."""
    beyond = [k for k, r in enumerate(rows) if max(b.x1 for b in r) > x]
    if len(beyond) != 1:
        return False
    k = beyond[0]
    under = len(rows) - k - 1 >= LONE_BELOW
    below = rows[k + 1:] if under else rows[:k]  # or over it: a caption beside the last line
    if len(below) < LONE_BELOW:
        return False
    right = [b for b in rows[k] if b.x0 > x]
    if not right or sum(len(b.text.strip()) for b in right) < 6:
        return False
    ends = sorted(max(b.x1 for b in r) for r in below)
    edge = ends[-1]
    flush = [e for e in ends if edge - e <= size / 2]
    left = [b.x1 for b in rows[k] if b.x1 < x]
    if not under:  # a caption centred under its picture, beside a paragraph's last line
        return len(flush) >= max(LONE_BELOW, len(ends) // 2) and 0 < right[0].x0 - edge <= 6 * size
    return (len(flush) >= max(LONE_BELOW, len(ends) // 2) and 0 < right[0].x0 - edge <= 4 * size
            and (not left or edge - max(left) <= size / 2))


def lone_column(column: list, first: list, size: float) -> bool:
    """A column of one row that is the lone line of `lone_line`: set at the top of the first
    column's text (no lower than its second row) or at its foot (a caption under a picture, beside
    the last lines), left of it a column of three rows or more."""
    tops = sorted({round(b.top) for b in first})
    return (len({round(b.top) for b in column}) == 1 and len(tops) >= LONE_BELOW + 1
            and (min(b.top for b in column) <= tops[1] + size / 2 or min(b.top for b in column) >= tops[-2] - size / 2))
