"""Bands of another layout inside a run of columns (columns.py): a gutter found through many rows
may run through a table set across the page, or through columns of other widths, between two bands of
the columns it parts. Such bands are found by where their parts beyond the gutter start.
"""
from __future__ import annotations

from collections import Counter

from search.parse.celltable import column_of, has_number

__all__ = ["crossing_heading", "hangs", "head_bands", "heads_below", "uninterrupted"]

HEADING = 1.2  # a heading's row is this much taller than its column's usual row, or more
HEAD_ROWS = 3  # a heading and a title of up to two lines


def heads_below(tail: list[list], own: list[list], gap: float, leading: float, size: float) -> bool:
    """Whether the rows `tail[:-1]` at the foot of one column, below the foot of every other column,
    are the head of the part set across the page that starts at `tail[-1]`: a heading (a row
    taller than the column's usual row, after a gap 1.5 times its usual gap between lines) and its title,
    none of them a line of the column's wrapped text (each stops short of its right edge by more
    than a character), the text across the page following at once. A section heading and a title
    set in one column of a page in two look the same as those of the part below; with no text of
    their own under them in the column, they go with the text that follows. `own`: the column's
    rows above them."""
    head, after = tail[:-1], tail[-1]
    if not head or len(head) > HEAD_ROWS or len(own) < 3:
        return False
    heights = sorted(max(b.bottom for b in r) - min(b.top for b in r) for r in own)
    usual = heights[len(heights) // 2]
    first = max(b.bottom for b in head[0]) - min(b.top for b in head[0])
    rights = sorted(max(b.x1 for b in r) for r in own)
    edge = rights[(3 * len(rights)) // 4]  # where the column's wrapped lines end
    bottom = max(b.bottom for r in head for b in r)
    return (first >= HEADING * usual and gap > 1.5 * leading
            and all(max(b.x1 for b in r) < edge - size for r in head)
            and min(b.top for b in after) - bottom <= 2 * size)


def uninterrupted(rows: list[list], i: int, j: int, cuts: list[float], size: float) -> tuple[int, int]:
    """The longest part of the rows [i, j) that no other layout interrupts. A column's lines start
    at its left edge (an indent aside) or are centred in it; rows side by side, two or more (rows
    wholly in the first column may lie between such pairs), whose part beyond a gutter starts elsewhere (right-aligned
    numbers, the cells of a table set across the page, a narrower column's text) are a band of
    another layout: a table or columns of other widths between two bands of these columns, whose
    gutter happens to run through them (a lone right-aligned source line and a margin line two rows
    below it are no such band). The columns are read in the part between such bands, the
    rest above and below it, each found anew."""
    lefts: list[Counter] = [Counter() for _ in range(len(cuts) + 1)]
    spans: list[list[float]] = [[] for _ in range(len(cuts) + 1)]
    parts: list[dict[int, list]] = []
    for r in rows[i:j]:
        part: dict[int, list] = {}
        for b in r:
            part.setdefault(column_of(b, cuts), []).append(b)
            spans[column_of(b, cuts)] += [b.x0, b.x1]
        parts.append(part)
        for c, bs in part.items():
            lefts[c][round(bs[0].x0)] += 1

    def off(part: dict[int, list]) -> bool:
        for c, bs in part.items():
            if c == 0 or not lefts[c]:
                continue
            shift = bs[0].x0 - lefts[c].most_common(1)[0][0]
            centre = (min(spans[c]) + max(spans[c])) / 2
            if abs(shift) > 0.3 * size and any(b.x0 - a.x1 > 2 * size for a, b in zip(bs, bs[1:])):
                return True  # cells set apart, the first not at the column's edge: a table's row across the gutter
            if not -0.3 * size <= shift <= 2.5 * size and abs(bs[0].x0 + bs[-1].x1 - 2 * centre) / 2 > size:
                return True
        return False

    flags = [off(p) if len(p) > 1 or 0 not in p else None for p in parts]  # None: wholly in the first column
    stretches: list[tuple[int, int]] = []  # [a, b) of off rows, two or more, in run-relative indices
    k = 0
    while k < len(flags):
        if not flags[k]:
            k += 1
            continue
        a, count, m = k, 0, k
        while m < len(flags) and flags[m] is not False:
            if flags[m]:
                count, k = count + (m > a and bool(flags[m - 1])), m + 1  # rows running: two off rows side by side
            m += 1
        count += 1
        while count >= 2 and a > 0 and any(  # its header row: cells set apart beyond the gutter too
                c > 0 and any(y.x0 - x.x1 > 2 * size for x, y in zip(bs, bs[1:])) for c, bs in parts[a - 1].items()):
            a -= 1
        if count >= 2:
            stretches.append((a, k))
    if not stretches:
        return i, j
    pieces, start = [], 0
    for a, b in stretches:
        pieces.append((start, a))
        start = b
    pieces.append((start, len(flags)))
    a, b = max(pieces, key=lambda p: p[1] - p[0])
    return (i + a, i + b) if b > a else (i, j)


def crossing_heading(rows: list[list], i: int, j: int, cuts: list[float], size: float) -> int | None:
    """The first row in (i, j) that stands alone across the page between two runs of the columns: a
    short row of the first column only (a section banner, `〖协会动态〗`), set apart from the rows above
    and below it in its column, with nothing of the other columns beside it, within a line of it (or,
    set apart by more than its column's leading, nothing closer than a blank across the page: _beside), while
    both runs hold text of the other columns and every column starts again right under it. Short, it does not reach the gutter that runs past it, but
    the columns above it end there: a caption or a picture across two columns ends them the same way.
    None where there is no such row."""
    def other(r: list) -> bool:
        return any(column_of(b, cuts) > 0 for b in r)

    left = min((b.x0 for r in rows[i:j] for b in r), default=0.0)
    for k in range(i + 1, j - 1):
        row = rows[k]
        if other(row) or not any(other(r) for r in rows[i:k]) or not any(other(r) for r in rows[k + 1:j]):
            continue
        top, bottom = min(b.top for b in row), max(b.bottom for b in row)
        beside = [b for r in rows[i:j] if r is not row for b in r
                  if column_of(b, cuts) > 0 and b.bottom > top - size and b.top < bottom + size]
        beside = beside and (_beside(rows[i:j], row, cuts, top, bottom, size) or not _loose(rows[i:j], row, cuts))
        above = [b for b in rows[k - 1] if column_of(b, cuts) == 0]
        below = [b for b in rows[k + 1] if column_of(b, cuts) == 0]
        apart = ((not above or top - max(b.bottom for b in above) >= 0.8 * size)
                 and (not below or min(b.top for b in below) - bottom >= 0.8 * size))
        short = max(b.x1 for b in row) - min(b.x0 for b in row) < 0.6 * (cuts[0] - left)
        # every column starts again right under it (a page of a sheet printed two-up does not)
        under = [min((b.top for r in rows[k + 1:j] for b in r if column_of(b, cuts) == c), default=None)
                 for c in range(len(cuts) + 1)]
        together = all(t is not None and t - bottom <= 3 * size for t in under)
        if not beside and apart and short and together:
            return k
    return None


def _loose(rows: list[list], row: list, cuts: list[float]) -> bool:
    """Is a row of the first column set apart from its column's rows above and below it by half as much
    again as the column's usual blank between lines (a banner's own space, not a paragraph's last line)?"""
    spans = [(min(b.top for b in bs), max(b.bottom for b in bs)) for r in rows
             for bs in [[b for b in r if column_of(b, cuts) == 0]] if bs]
    gaps = sorted(b[0] - a[1] for a, b in zip(spans, spans[1:]))
    if len(gaps) < 3:
        return False
    usual, k = max(gaps[len(gaps) // 2], 1.0), spans.index((min(b.top for b in row), max(b.bottom for b in row)))
    return all(g >= 1.5 * usual for g in ([spans[k][0] - spans[k - 1][1]] if k else [])
               + ([spans[k + 1][0] - spans[k][1]] if k + 1 < len(spans) else []))


def _beside(rows: list[list], row: list, cuts: list[float], top: float, bottom: float, size: float) -> list:
    """The boxes of the other columns beside a row: level with it, or closer to it, in their column, than
    a blank across the page leaves. A banner across the page leaves every column a blank a line taller
    than itself at least, placed anyhow (a story's source line may end its column just above the bar);
    a heading of one column has lines of the others level with it, or the blank of a paragraph break."""
    out: list = []
    for c in range(1, len(cuts) + 1):
        boxes = [b for r in rows if r is not row for b in r if column_of(b, cuts) == c]
        level = [b for b in boxes if b.bottom > top and b.top < bottom]
        above = max((b.bottom for b in boxes if b.bottom <= top), default=None)
        below = min((b.top for b in boxes if b.top >= bottom), default=None)
        if level or (above is not None and below is not None and below - above < bottom - top + size):
            out += level or [b for b in boxes if b.bottom == above or b.top == below]
    return out


def head_bands(bands: list) -> list:
    """Bands with a table's header rows joined to the band of its numbers: rows in columns without
    a number right above rows in columns with numbers are their header, however their own gutters
    fall (headings set to the left of their cells, numbers to the right)."""
    out: list = []
    for band_rows, gutters in reversed(bands):
        if (out and gutters and out[0][1] and not any(has_number(r) for r in band_rows)
                and has_number(out[0][0][0])):
            out[0] = (band_rows + out[0][0], out[0][1])
            continue
        out.insert(0, (band_rows, gutters))
    return out


def hangs(row: list, above: list, gutters: list[tuple[float, float]]) -> bool:
    """A row of a table's first column that starts before the row above it ends: the last line of
    a label wrapped round the numbers set in the middle of its cell (`云计算、大数据服` `5855` `务收入`)."""
    return (min(b.top for b in row) < max(b.bottom for b in above)
            and all(b.x1 < gutters[0][0] for b in row))
