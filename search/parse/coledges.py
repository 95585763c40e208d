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
    masthead over three columns)."""
    edges: list[Counter] = [Counter() for _ in range(len(cuts) + 1)]
    for r in rows[i:j]:
        firsts: dict = {}
        for b in r:
            firsts.setdefault(_column(b, cuts), b)
        for c, b in firsts.items():
            edges[c][round(b.x0)] += 1
    lefts = [e.most_common(1)[0][0] if e else None for e in edges]
    head = min((b.top for r in rows[i:j] for b in r if _column(b, cuts) > 0), default=0.0)

    middle = (min(b.x0 for r in rows[i:j] for b in r) + max(b.x1 for r in rows[i:j] for b in r)) / 2

    def above(row: list) -> bool:
        columns = {_column(b, cuts) for b in row}
        if columns == {0}:
            return all(b.bottom <= head for b in row)
        if len(columns) == 1:  # a line centred on the page that falls inside a middle column, above the others
            c = columns.pop()
            k = next(n for n, r in enumerate(rows) if r is row)
            others = [b.top for r in rows[k + 1:j] for b in r if _column(b, cuts) != c]
            x0, x1 = min(b.x0 for b in row), max(b.x1 for b in row)
            return bool(others) and max(b.bottom for b in row) <= min(others) and abs((x0 + x1) / 2 - middle) <= size
        return len(columns) >= 2 and not any(
            lefts[c] is not None and -size <= b.x0 - lefts[c] <= 2.5 * size for b in row for c in [_column(b, cuts)])

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
