"""Pages imposed two to a sheet (a booklet printed 2-up, saddle-stitched or not), read as the pages
they are, in the order their folios give.

A sheet is two pages when it is landscape, no word crosses a band down its middle, and each half
carries its own page furniture: a folio (`— 3 —`, `- 3 -`, `第3页`, `3`) alone in its bottom
margin. Each half is then read as a page of its own. A saddle-stitched booklet prints its pages out
of order (sheet 1: 4 | 1, sheet 2: 2 | 3): when every page of the file has a folio and the folios are
distinct, the pages are read in the folios' order; otherwise as printed.
"""
from __future__ import annotations

import re

_LANDSCAPE = 1.2  # width over height: A4 landscape is 1.41
_MIDDLE = (0.4, 0.6)  # the fold lies in this share of the width
_FOOT = 0.85  # a folio stands below this share of the height
_HEAD = 0.1  # or above this share (a folio at the head)
_FOLIO = re.compile(r"^[-—–－─~〜·•\s]*(?:第\s*)?(\d{1,3})(?:\s*页)?[-—–－─~〜·•\s]*$")


def folio(words: list[dict], x0: float, x1: float, height: float) -> int | None:
    """The page number printed alone on a row in the top or bottom margin between x0 and x1 (its
    words read as one row), or None."""
    rows: dict[int, list[dict]] = {}
    for w in words:
        if x0 <= w["x0"] and w["x1"] <= x1 and (w["top"] > _FOOT * height or w["bottom"] < _HEAD * height):
            rows.setdefault(round(w["top"] / 4), []).append(w)
    found = [int(m.group(1)) for row in rows.values()
             if (m := _FOLIO.match("".join(w["text"] for w in sorted(row, key=lambda w: w["x0"]))))]
    return found[-1] if found else None


def split(page) -> list[tuple[object, float, int | None]]:
    """A pdfplumber page as the pages printed on it: [(page, x offset, folio)], two halves for a
    sheet of two pages (the module's shape), else the page itself."""
    width, height = float(page.width), float(page.height)
    whole = [(page, 0.0, None)]
    if width < _LANDSCAPE * height:
        return whole
    try:
        words = page.extract_words()
    except Exception:  # a page that cannot be read here is read whole, as before
        return whole
    if len(words) < 4:
        return whole
    fold = _fold(words, width)
    if fold is None:
        return whole
    left, right = folio(words, 0, fold, height), folio(words, fold, width, height)
    if left is None or right is None or left == right:
        return whole
    return [(page.crop((0, 0, fold, height)), 0.0, left),
            (page.crop((fold, 0, width, height)), fold, right)]


def _fold(words: list[dict], width: float) -> float | None:
    """The middle of the widest band in the middle of the sheet that no word crosses, with words on
    both sides of it; None when every such x is crossed."""
    lo, hi = _MIDDLE[0] * width, _MIDDLE[1] * width
    spans = sorted((w["x0"], w["x1"]) for w in words if w["x1"] > lo and w["x0"] < hi)
    best, at = 0.0, lo
    for x0, x1 in spans:
        if x0 - at > best:
            best, fold = x0 - at, (at + x0) / 2
        at = max(at, x1)
    if hi - at > best:
        best, fold = hi - at, (at + hi) / 2
    if best <= 0:
        return None
    if not any(w["x1"] <= fold for w in words) or not any(w["x0"] >= fold for w in words):
        return None
    return fold


def order(printed: list[tuple[object, float, int | None]]) -> list[tuple[object, float, int | None]]:
    """The pages in their folios' order when some sheet was split, every page has a folio and no two
    share one; else as printed."""
    if not any(off for _, off, _ in printed):
        return printed
    folios = [f for _, _, f in printed]
    if any(f is None for f in folios) or len(set(folios)) != len(folios):
        return printed
    return sorted(printed, key=lambda p: p[2])


def shift(out, dx: float) -> None:
    """Move a half page's lines and tables left by `dx`, so it is laid out as a page of its own
    width from x = 0."""
    if not dx:
        return
    seen: set[int] = set()
    lines = list(out.lines) + [it for _, column in (out.columns or []) for it in column if hasattr(it, "x0")]
    for ln in lines:
        if id(ln) in seen:
            continue
        seen.add(id(ln))
        ln.x0 -= dx
        ln.x1 -= dx

    def moved(table):
        (x0, top, x1, bottom), rows = table
        return (x0 - dx, top, x1 - dx, bottom), rows
    out.tables = [moved(t) for t in out.tables]
    if out.columns:
        out.columns = [(full, [it if hasattr(it, "x0") else moved(it) for it in column])
                       for full, column in out.columns]
