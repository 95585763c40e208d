"""Boxes drawn round text on a PDF page: a sidebar (the contents of the issue, a note, a fact box)
set beside or across the columns. Its text is read as a unit of its own, apart from the columns it
stands beside, so a story flowing from one column to the next is not cut by the aside (pdf.py).

A frame is a drawn rectangle (stroked, filled behind its text, or four lines meeting) at least two lines high and eight
characters wide, smaller than half the page (a border round the whole page frames nothing), holding
words wholly inside it (no ruled table: that is its border) and cut by none, with text beside it
and not set over its column's text (a banner in a column of two is read where it stands); a frame
inside another is part of the outer one. A rectangle that meets another of the same height edge to edge
is a cell of a shaded table row (zebra rows, a shaded header), never a frame.
"""
from __future__ import annotations

from search.parse.columns import Box

MIN_CHARS_WIDE = 8  # body characters
MIN_LINES_HIGH = 2
MAX_PAGE_SHARE = 0.5


def frames(page, boxes: list[Box], size: float) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) of the frames round text on a pdfplumber page, outermost only."""
    area = float(page.width) * float(page.height)
    found = []
    drawn = [(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in page.rects]
    for x0, top, x1, bottom in drawn + _ruled(page):
        if x1 - x0 < MIN_CHARS_WIDE * size or bottom - top < MIN_LINES_HIGH * size:
            continue
        if _row_cell((x0, top, x1, bottom), drawn):
            continue
        if (x1 - x0) * (bottom - top) > MAX_PAGE_SHARE * area:
            continue
        inside = [b for b in boxes if _within(b, (x0, top, x1, bottom))]
        cut = any(_crosses(b, (x0, top, x1, bottom)) for b in boxes)
        if inside and not cut and not any(isinstance(b.ref, tuple) for b in inside) \
                and _beside(boxes, (x0, top, x1, bottom)) and not _in_flow(boxes, (x0, top, x1, bottom), size):
            found.append((x0, top, x1, bottom))
    return [f for f in found if not any(g != f and _holds(g, f) for g in found)]


SLACK = 3.0  # points: four lines drawn as a box meet within this
MAX_LINES = 200  # of each direction looked at on a page (a ruled table has its own reader)


def _ruled(page) -> list[tuple[float, float, float, float]]:
    """Rectangles drawn as four separate lines (LibreOffice's borders round a paragraph or a frame):
    two level lines of the same span, joined at both ends by upright ones."""
    flat = [ln for ln in page.lines if abs(float(ln["top"]) - float(ln["bottom"])) < 1][:MAX_LINES]
    tall = [ln for ln in page.lines if abs(float(ln["x0"]) - float(ln["x1"])) < 1][:MAX_LINES]

    def side(x: float, top: float, bottom: float) -> bool:
        return any(abs(float(v["x0"]) - x) <= SLACK and float(v["top"]) <= top + SLACK
                   and float(v["bottom"]) >= bottom - SLACK for v in tall)

    found = set()
    for a in flat:
        for b in flat:
            top, bottom = float(a["top"]), float(b["top"])
            if bottom - top < 2 * SLACK or abs(float(a["x0"]) - float(b["x0"])) > SLACK \
                    or abs(float(a["x1"]) - float(b["x1"])) > SLACK:
                continue
            x0, x1 = min(float(a["x0"]), float(b["x0"])), max(float(a["x1"]), float(b["x1"]))
            if side(x0, top, bottom) and side(x1, top, bottom):
                found.add((x0, top, x1, bottom))
    return sorted(found)


MAX_RECTS = 500  # looked at for neighbours on a page (a chart of many bars is no table of frames)


def _row_cell(d, drawn) -> bool:
    """A rectangle set edge to edge beside another of the same top and bottom: a cell of a table
    row drawn as shaded cells (LibreOffice fills each cell of a zebra row), not a box round text."""
    return any(abs(e[1] - d[1]) <= SLACK and abs(e[3] - d[3]) <= SLACK
               and (abs(e[0] - d[2]) <= SLACK or abs(e[2] - d[0]) <= SLACK)
               for e in drawn[:MAX_RECTS] if e != d)


def _beside(boxes: list[Box], f) -> bool:
    """Text set beside the frame, left or right of it at its height: the frame is a sidebar. A
    banner or a box across its column, with nothing beside it, is read where it stands."""
    return any(b.top < f[3] and b.bottom > f[1] and (b.x1 <= f[0] or b.x0 >= f[2]) for b in boxes)


def _in_flow(boxes: list[Box], f, size: float) -> bool:
    """A box in its column's flow (a banner across a column of two): the text just above and below
    it that it stands over lies within its width. A sidebar stands over text wider than itself, or
    over none."""
    near = [b for b in boxes if b.x0 < f[2] and b.x1 > f[0] and not _within(b, f)
            and (0 <= b.top - f[3] <= 3 * size or 0 <= f[1] - b.bottom <= 3 * size)]
    return bool(near) and all(f[0] - size <= b.x0 and b.x1 <= f[2] + size for b in near)


def _within(b: Box, f) -> bool:
    return f[0] - 1 <= b.x0 and b.x1 <= f[2] + 1 and f[1] - 1 <= b.top and b.bottom <= f[3] + 1


def _crosses(b: Box, f) -> bool:
    """A box partly inside the frame: text the rectangle is drawn behind or across, not round."""
    overlaps = b.x0 < f[2] and b.x1 > f[0] and b.top < f[3] and b.bottom > f[1]
    return overlaps and not _within(b, f)


def _holds(g, f) -> bool:
    return g[0] <= f[0] and g[1] <= f[1] and f[2] <= g[2] and f[3] <= g[3]


def split(boxes: list[Box], found) -> tuple[list[Box], list[list[Box]]]:
    """The boxes outside every frame, and those of each frame."""
    inner: list[list[Box]] = [[] for _ in found]
    rest = []
    for b in boxes:
        k = next((k for k, f in enumerate(found) if _within(b, f)), None)
        (rest if k is None else inner[k]).append(b)
    return rest, inner


def place_frame(out, frame: tuple, lines: list) -> None:
    """A frame's lines (pdflayout._Line) as a column of their own on page `out` (pdflayout._Page), read
    before the first column that starts below the frame (a sidebar beside the masthead, above the
    columns, comes after the masthead and before them) or that runs level with it on its right: a
    sidebar down the left of the page is read first, as the eye reads left to right, and a column that
    started above it is read up to it, the sidebar, then the column's rest. Else after the page's text."""
    out.lines += lines
    for ln in lines:
        ln.boxed = True  # no text runs into it or out of it

    def top(it) -> float:
        return it[0][1] if isinstance(it, tuple) else it.top

    def x0(it) -> float:
        return it[0][0] if isinstance(it, tuple) else it.x0

    for k, (full, items) in enumerate(out.columns):
        if items and top(items[0]) >= frame[3] - 1:
            out.columns.insert(k, (False, lines))
            return
        level = [it for it in items if frame[1] - 1 <= top(it) < frame[3]]
        if level and all(x0(it) >= frame[2] - 1 for it in level):
            at = items.index(level[0])
            out.columns[k:k + 1] = ([(full, items[:at])] if at else []) + [(False, lines), (full, items[at:])]
            return
    out.columns.append((False, lines))
