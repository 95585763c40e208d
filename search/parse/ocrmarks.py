"""The marks that open or close a recognised line (■ ◆ ● before a title, a banner's ◆ on both sides):
found in the page image, since the recogniser reads a mark as anything or nothing (`1`, `·`, a
dropped glyph). Part of the OCR step (ocr.py).

A mark is a solid shape: the first blob of ink at the line's end (or just beyond its box, which the
detector may draw without it) that is about as wide as it is tall, at least half a character high,
and fills its convex hull (a character's strokes never do: 口 is hollow, 修 is several strokes, a
quote is small, 一 and 1 are flat or thin). The line is read again without it (ocr.py), and the mark
put back as one the parser knows: ■ for a filled box, ● for a disc, ◆ for any other (a diamond, a
triangle, a star's core).
"""
from __future__ import annotations

import math
import re

MIN_SOLIDITY = 0.92  # ink over its convex hull: ■ ● ◆ ▲ 0.94 to 1, a character's strokes 0.9 or less
MIN_HEIGHT = 0.4  # of the line box's height
ASPECT = (0.55, 1.8)  # width over height
EDGE = 0.1  # of the line's height: a mark's blurred edge
BACK, AHEAD = 1.2, 1.6  # the strip looked at: this many line heights beyond the box's end, and within


def end_mark(grey, points, last: bool = False) -> tuple[str, float] | None:
    """(the mark, how far into the box from its first end (`last`: its last end) the text starts
    after it, in pixels; negative when the mark stands outside the box) for a line of a greyscale
    page (a numpy array) whose box has `points` (corners clockwise from the top left); None if that
    end of the line holds no mark."""
    import cv2  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415

    tl, tr, br, bl = (np.float32(p) for p in points)
    top, bottom = (tr, br) if last else (tl, bl)
    along = (tl - tr) if last else (tr - tl)
    length, height = float(np.linalg.norm(along)), float(np.linalg.norm(bl - tl))
    if height < 6 or length < height:
        return None
    u = along / length
    back, ahead = BACK * height, min(AHEAD * height, length)
    src = np.float32([top - u * back, top + u * ahead, bottom + u * ahead])
    w, h = int(back + ahead), int(round(height))
    strip = cv2.warpAffine(grey, cv2.getAffineTransform(src, np.float32([[0, 0], [w, 0], [w, h]])), (w, h),
                           flags=cv2.INTER_LINEAR, borderValue=255)
    lo, hi = int(strip.min()), int(strip.max())
    if hi - lo < 60:
        return None
    ink = (strip < (lo + hi) // 2).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    blobs = [i for i in range(1, count) if stats[i, cv2.CC_STAT_HEIGHT] >= 0.2 * h]  # not specks
    if not blobs:
        return None
    first = min(blobs, key=lambda i: stats[i, cv2.CC_STAT_LEFT])
    left, bw, bh = (int(stats[first, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
    if bh < MIN_HEIGHT * h or not ASPECT[0] <= bw / bh <= ASPECT[1]:
        return None
    if any(i != first and stats[i, cv2.CC_STAT_LEFT] < left + bw for i in blobs):
        return None  # another blob in the same cell: strokes of one character
    shape = (labels == first).astype(np.uint8)
    contours, _ = cv2.findContours(shape, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    hull = cv2.convexHull(np.vstack(contours))
    # the hull runs through the edge pixels' centres: half its perimeter brings it out to their edges
    area = float(shape.sum())
    if area / (cv2.contourArea(hull) + cv2.arcLength(hull, True) / 2) < MIN_SOLIDITY:
        return None
    fill = area / (bw * bh)
    # past the blob as thresholded, its blurred edge: a sliver left of a ■ is read as `1`
    return ("■" if fill >= 0.88 else "●" if fill >= 0.7 else "◆"), left + bw - back + max(2.0, EDGE * h)


FRAME_CORE = (2, 12)  # characters of a banner's name between its marks
_OPENING = dict(zip("【〖［[（(〔「『《", "】〗］]）)〕」』》"))


def misread_frame(text: str) -> str:
    """A banner whose marks the recogniser read as two different things (`※数据月报※` read
    `X数据月报×`): a short run of Chinese characters between one character at each end, both a
    mark or a lone X (what a crossed mark is read as) and at least one a mark, comes back framed by
    that mark twice (`×数据月报×`), so the layout sees the frame. Anything else (`A股市场×`) is left
    as read."""
    from search.parse.shapes import _decoration  # noqa: PLC0415

    if len(text) < FRAME_CORE[0] + 2 or len(text) > FRAME_CORE[1] + 2:
        return text
    first, core, last = text[0], text[1:-1], text[-1]
    if first in _OPENING:  # a bracket's two halves look alike: `【协会动态【` is `【协会动态】`
        whole = last in (first, _OPENING[first]) and all("\u4e00" <= c <= "\u9fff" for c in core)
        return first + core + _OPENING[first] if whole else text
    if first == last or not all("\u4e00" <= c <= "\u9fff" for c in core):
        return text
    marks = [c for c in (first, last) if _decoration(c)]
    if not marks or not all(_decoration(c) or c in "Xx" for c in (first, last)):
        return text
    return marks[0] + core + marks[0]


_LETTER_O = re.compile(r"(?<![A-Za-z])[Oo](?=[.．]\d)|(?<=\d)[Oo](?=\d)|(?<=\d[.．])[Oo](?![A-Za-z])")


def misread_digits(text: str) -> str:
    """A zero the recogniser read as the letter O inside a number (`O.4`, `1O.3`, `2.O`): put back.
    An O inside a word (`No.5`, `CO2`) is left."""
    return _LETTER_O.sub("0", text)


# A speck of noise read as a dot (`·`, `．`, `.`, `˙`, `・`) right after a Chinese stop or comma:
# print never sets one there (`政策。．`, `12月下旬，·协会`).
_SPECK = re.compile(r"(?<=[。，、；：！？])\s*[·．.˙・•](?![·．.˙・•…])")


def specks(text: str) -> str:
    """A recognised line without the dots that noise on the scan put after its punctuation."""
    return _SPECK.sub("", text)


# A line that is a number alone (a table's cell): its minus read as 一 or a dash (`一1.6`, `—20.2`),
# its digits grouped by thin spaces read as spaces (`9 632.1`).
_SIGNED_CELL = re.compile(r"^[一—－–]\s?(?=\d[\d,.]*\s?[%％]?$)")
_GROUPED_CELL = re.compile(r"^[-+]?\d{1,3}(?: \d{3})+(?:\.\d+)?\s?[%％]?$")


# a number alone that has its decimal point, then one more point: a speck beside the cell read as a dot
_SPECKED_CELL = re.compile(r"^([-+]?\d[\d,]*\.\d+\s?[%％]?)\s?[.．·˙・•]$")
# a number alone whose decimal point was read as a colon (`-3:1` for `-3.1`)
_COLON_CELL = re.compile(r"^([-+]?\d+)[:：](\d+\s?[%％]?)$")


def number_cell(text: str) -> str:
    """A recognised line that is a number alone, with its sign and digits as printed: `一1.6` -> `-1.6`,
    `9 632.1` -> `9632.1`, `-1.7.` -> `-1.7` (a number never has two points: the second is a speck), `-3:1` -> `-3.1`;
    any other line as it is (`1一3月`, `一是`, `2024年 1 000家` are not cells, `36.` may be a number
    broken at its point)."""
    text = _COLON_CELL.sub(r"\1.\2", _SPECKED_CELL.sub(r"\1", _SIGNED_CELL.sub("-", text)))
    return text.replace(" ", "") if _GROUPED_CELL.match(text) else text


def as_printed(text: str) -> str:
    """A recognised line with what the recogniser misreads at its ends and in its numbers put back,
    and the specks of noise read as dots after its punctuation dropped."""
    return number_cell(specks(misread_digits(misread_frame(text))))


POINT_MAX = 0.28  # a full stop's height and width, of the line box's height (a digit is 0.6 or more)
POINT_LOW = 0.55  # its top lies below this share of the box's height: it sits on the baseline


def end_point(grey, points) -> bool:
    """Whether a line whose reading ends in a digit ends, in the page image, with a point after that
    digit (`…和36.` broken before `7%`): the recogniser drops a last full stop at a line's end, and
    the number joined across the break then reads `367%`. The last blob of ink near the box's end
    (within one line height either side) is a point when it is small, solid and on the baseline."""
    import cv2  # noqa: PLC0415

    found = _end_blobs(grey, points, back=1.0, ahead=0.8)
    if found is None:
        return False
    count, stats, h, _ = found
    blobs = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= max(3, 0.002 * h * h)]
    if len(blobs) < 2:
        return False
    last = max(blobs, key=lambda i: stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH])
    left, top, bw, bh, area = (int(stats[last, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH,
                                                              cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
    if max(bw, bh) > POINT_MAX * h or top < POINT_LOW * h or area < 0.5 * bw * bh or bh > 1.6 * bw:
        return False  # too big, too high, hollow (。) or tall (a comma's tail)
    before = [i for i in blobs if i != last and stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH] <= left + 1]
    # the glyph before it is a digit's height, and the point ends on its baseline (a comma hangs below)
    return any(stats[i, cv2.CC_STAT_HEIGHT] >= 0.45 * h
               and top + bh <= stats[i, cv2.CC_STAT_TOP] + stats[i, cv2.CC_STAT_HEIGHT] + 0.08 * h for i in before)


STOP_MAX = 0.4  # a 。's height and width, of the height of the line's ink (a character's: 0.8 or more)
STOP_LOW = 0.4  # its top lies below this share of the ink's height, its bottom near the ink's bottom


def end_stop(grey, points) -> bool:
    """Whether a line ends, in the page image, in a small solid mark on the baseline standing on its
    own after the rest of the ink (`…同比增长` / `5.4%。`, the `。` set tight after `%` and blurred to a
    dot): the mark the recogniser drops at a line's end. A piece of the last character is no such
    mark: 外's dot stands high, %'s lower ring lies under its stroke, a comma hangs below the line."""
    import cv2  # noqa: PLC0415

    found = _end_blobs(grey, points, back=2.0, ahead=0.8)
    if found is None:
        return False
    count, stats, h, _ = found
    blobs = [tuple(int(stats[i, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH,
                                              cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
             for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= max(3, 0.004 * h * h)]
    if len(blobs) < 2:
        return False
    left, top, bw, bh, area = max(blobs, key=lambda b: b[0] + b[2])
    rest = [b for b in blobs if b[0] + b[2] < left + bw]
    ink_top, ink_bottom = min(b[1] for b in rest), max(b[1] + b[3] for b in rest)
    ink = ink_bottom - ink_top
    if ink < 0.4 * h or left < max(b[0] + b[2] for b in rest) or left - max(b[0] + b[2] for b in rest) > 0.6 * ink:
        return False  # no glyph before it, the mark is not on its own after them, or it stands apart
    return (0.12 * ink <= max(bw, bh) <= STOP_MAX * ink and 0.75 <= bw / bh <= 1.35 and area >= 0.3 * bw * bh
            and top >= ink_top + STOP_LOW * ink and top + bh >= ink_bottom - 0.2 * ink)


MARK_MAX = 0.5  # a punctuation mark's height and width, of the line box's height (a character's: 0.65 or more)
PAST_GAP = 0.3  # of the line's height: a mark standing this far beyond the box's end at most


def past_end(grey, points) -> float:
    """How far (pixels) beyond the end of a line's box its last mark reaches, when the detector drew
    the box short of it (a `。` set wide after `”`, cut in two by the box's end, is dropped by the
    recogniser); 0.0 where nothing small stands across or just beyond the end. Only a mark's size
    counts: ink as tall as a character beyond the box is another line's text."""
    import cv2  # noqa: PLC0415

    found = _end_blobs(grey, points, back=0.5, ahead=1.2)
    if found is None:
        return 0.0
    count, stats, h, back = found
    reach = 0.0
    for i in range(1, count):
        left, bw, bh, area = (int(stats[i, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT,
                                                          cv2.CC_STAT_AREA))
        right = left + bw - back
        if area < max(3, 0.002 * h * h) or right <= 0:
            continue  # a speck, or ink inside the box
        if left - back > PAST_GAP * h or max(bw, bh) > MARK_MAX * h:
            return 0.0  # something else stands beyond the box: the next cell, another line's text
        reach = max(reach, right)
    return reach


def _end_blobs(grey, points, *, back: float, ahead: float):
    """The blobs of ink about the end of a line's box (from `back` line heights inside it to `ahead`
    beyond), straightened along the line: (count, stats, height) as OpenCV's connected components
    give them, the strip's height and how far (pixels) it starts inside the box; None for a box too
    small or too short, or a strip with no ink in it."""
    import cv2  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415

    tl, tr, br, bl = (np.float32(p) for p in points)
    length, height = float(np.linalg.norm(tr - tl)), float(np.linalg.norm(bl - tl))
    if height < 8 or length < 2 * height:
        return None
    u = (tr - tl) / length
    back_px, ahead_px = back * height, ahead * height
    src = np.float32([tr - u * back_px, tr + u * ahead_px, br + u * ahead_px])
    w, h = int(back_px + ahead_px), int(round(height))
    strip = cv2.warpAffine(grey, cv2.getAffineTransform(src, np.float32([[0, 0], [w, 0], [w, h]])), (w, h),
                           flags=cv2.INTER_LINEAR, borderValue=255)
    lo, hi = int(strip.min()), int(strip.max())
    if hi - lo < 60:
        return None
    ink = (strip < (lo + hi) // 2).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return count, stats, h, back_px
