"""Scanned PDF pages -> recognised lines in the page's points: the PDF reader's way into OCR (pdf.py).

A page whose text layer holds (almost) no characters is rendered with pypdfium2 and recognised whole;
on a page that has text, an image big enough to hold text with no character over it (a pasted scan
of a table, a photographed notice) is rendered and recognised on its own. Each recognised line comes
back in the page's coordinates (pdfplumber's: points, from the top left), straightened (the scan's
skew, read from the lines' own slope, is turned back), with a size in points from its height and a
bold flag from the width of its strokes, so the layout reads scans by the same rules as text.
"""
from __future__ import annotations

import math
import statistics
import unicodedata
from dataclasses import dataclass

from search.parse import ocr, ocrmarks, stamps

MIN_CHARS = 10  # a page with fewer characters than this has no usable text layer
MIN_IMAGE_SIDE = 72.0  # points: smaller images are logos, icons and bullets
MIN_IMAGE_SHARE = 0.02  # of the page's area
DPI = 200  # pages whose images say nothing of their resolution
MIN_DPI, MAX_DPI = 150, 220  # recognition is as good at 150-200 dpi as above, and faster
BOX_TO_SIZE = 1.1  # a line's box is about this much taller than its font size (a sharp page)
BOX_TO_SIZE_MAX = 1.6  # a blurred or grey page's boxes grow fatter, never more than this
MIN_PITCHED = 3  # long lines a page needs to measure its own boxes by
LATIN_EM = 0.55  # the width of a Latin letter or digit, in ems
MIN_PITCH_EMS = 12  # a line this long measures its size by its characters' pitch too
SIZE_NOISE = 1.15  # boxes of lines of one size differ in height by up to this much
BOLD_STROKE = 1.35  # strokes this much wider than the page's usual ones are bold (a serif face's bold: 1.5)
ASKEW = math.radians(5)  # a line this far off the page's own slope was not printed with it (a stamp, a pen)
ASKEW_MIN_RATIO = 3  # ... measured on lines at least this many times as long as tall


@dataclass(frozen=True)
class ScanLine:
    """One recognised line, placed on its page (points)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    bold: bool
    confidence: float


def needs_ocr(page) -> bool:
    """A page without a usable text layer that shows something (an image, or drawn shapes)."""
    chars = [c for c in page.chars if c.get("text", "").strip()]
    return len(chars) < MIN_CHARS and bool(page.images or page.curves or page.rects)


def image_regions(page) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) of the images of a text page that may hold text and have no character
    of the text layer over them."""
    area = float(page.width) * float(page.height)
    found = []
    for im in page.images:
        x0, top = max(0.0, float(im["x0"])), max(0.0, float(im["top"]))
        x1, bottom = min(float(page.width), float(im["x1"])), min(float(page.height), float(im["bottom"]))
        w, h = x1 - x0, bottom - top
        if min(w, h) < MIN_IMAGE_SIDE or w * h < MIN_IMAGE_SHARE * area:
            continue
        if not any(x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
                   for c in page.chars):
            found.append((x0, top, x1, bottom))
    return found


def _grey_only(page) -> bool:
    """Are all the page's images grey or black and white (no seal can be red on them)?"""
    return all("Gray" in str(im.get("colorspace")) or im.get("bits") == 1 or im.get("imagemask")
               for im in page.images)


def _dpi(page) -> float:
    """The resolution the page's images were scanned at, within bounds (DPI when unknown)."""
    best = None
    for im in page.images:
        width = float(im["x1"]) - float(im["x0"])
        src = im.get("srcsize") or (0, 0)
        if width > 0 and src[0]:
            dpi = src[0] / (width / 72)
            best = dpi if best is None else max(best, dpi)
    return DPI if best is None else min(MAX_DPI, max(MIN_DPI, best))


class Scanner:
    """Renders and recognises pages of one PDF (its bytes), through the OCR cache."""

    def __init__(self, data: bytes, name: str, cache_dir=None):
        self.data = data
        self.name = name
        self.cache = ocr.ocr_cache(cache_dir)
        self._doc = None

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None

    def _render(self, index: int, dpi: float, colour: bool = False):
        import pypdfium2 as pdfium  # noqa: PLC0415

        if self._doc is None:
            self._doc = pdfium.PdfDocument(self.data)
        return self._doc[index].render(scale=dpi / 72, grayscale=not colour).to_pil()

    def page(self, page) -> tuple[list[ScanLine], tuple[float, float]]:
        """The lines of a whole page (pdfplumber's page), turned upright first where it was scanned
        upside down or a quarter turned (orient.py), and the page's (width, height) as it then stands."""
        from search.parse import orient  # noqa: PLC0415

        dpi = _dpi(page)
        image = self._render(page.page_number - 1, dpi)
        if page.images and not _grey_only(page):  # a seal stamped in red is no text of the page
            image = stamps.unstamp(self._render(page.page_number - 1, dpi, colour=True), image, dpi)
        turn = orient.cached_turn(image, self.cache, self.name)
        size = (float(page.width), float(page.height))
        if turn:
            image = image.rotate(turn, expand=True)
            size = size[::-1] if turn % 180 else size
        return self._recognise(image, dpi, (0.0, 0.0)), size

    def regions(self, page) -> list[ScanLine]:
        """The lines of the image regions of a text page that hold no text of the layer (none where
        the OCR engine is not installed: the page's text is read all the same)."""
        boxes = image_regions(page)
        if not boxes or not ocr.available():  # the page's text layer is read all the same
            return []
        dpi = _dpi(page)
        image = self._render(page.page_number - 1, dpi)
        k = dpi / 72
        lines = []
        for x0, top, x1, bottom in boxes:
            crop = image.crop((round(x0 * k), round(top * k), round(x1 * k), round(bottom * k)))
            lines += self._recognise(crop, dpi, (x0, top))
        return lines

    def _recognise(self, image, dpi: float, offset: tuple[float, float]) -> list[ScanLine]:
        found = ocr.cached_recognise(image, self.cache, self.name)
        if not found:
            return []
        k = 72 / dpi
        slopes = [ln.angle for ln in found if ln.width > 5 * ln.height]
        angle = statistics.median(slopes) if slopes else 0.0
        found = [ln for ln in found if not _askew(ln, angle)]
        cos, sin = math.cos(-angle), math.sin(-angle)
        import numpy as np  # noqa: PLC0415

        grey = np.asarray(image.convert("L"), dtype=np.int16)
        strokes = [_stroke(grey, ln) for ln in found]
        usual = _usual([(s, len(ln.text)) for s, ln in zip(strokes, found) if s])
        ratio = _box_ratio(found)
        sizes = [_size(ln, ratio) * k for ln in found]
        body = _usual([(size, len(ln.text)) for size, ln in zip(sizes, found)]) or 0.0
        out = []
        cx, cy = image.width / 2, image.height / 2  # turned about the page's centre: its margins stay
        for ln, stroke, size in zip(found, strokes, sizes):
            xs = [cx + (x - cx) * cos - (y - cy) * sin for x, y in ln.points]
            ys = [cy + (x - cx) * sin + (y - cy) * cos for x, y in ln.points]
            out.append(ScanLine(offset[0] + min(xs) * k, offset[1] + min(ys) * k,
                                offset[0] + max(xs) * k, offset[1] + max(ys) * k,
                                ocrmarks.as_printed(ln.text),
                                _snap(size, body),
                                bool(usual and stroke >= BOLD_STROKE * usual), ln.confidence))
        return out


def _askew(ln: ocr.OcrLine, angle: float) -> bool:
    """Is the line set at a slant of its own on the page: the words of a stamp pressed on at an angle
    (`审核通过`, its date), a note written across the print? Printed lines share the page's slope, one
    skew for the whole sheet; a line long enough to measure that lies 5° or more off it was put on the
    page some other way and is not its text."""
    return ln.width >= ASKEW_MIN_RATIO * ln.height and abs(ln.angle - angle) >= ASKEW


def _ems(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else LATIN_EM for c in text)


def _box_ratio(found: list[ocr.OcrLine]) -> float:
    """How much taller than its font size a line's box is on this page, measured on its long lines
    (whose size their characters' pitch gives): a blurred, grey or faxed page's boxes are fatter than a
    sharp one's, and its short lines (a paragraph's last, a title) would otherwise read as a larger face."""
    ratios = []
    for ln in found:
        ems = _ems(ln.text)
        if ems >= MIN_PITCH_EMS and ln.width > 0:
            ratios.append(ln.height / (ln.width / ems))
    if len(ratios) < MIN_PITCHED:
        return BOX_TO_SIZE
    return min(BOX_TO_SIZE_MAX, max(BOX_TO_SIZE, statistics.median(ratios)))


def _size(ln: ocr.OcrLine, ratio: float = BOX_TO_SIZE) -> float:
    """A recognised line's font size in pixels: the height of its box (over the page's box ratio), or,
    for a line of many characters, their pitch along it where that is less (CJK characters are set one
    em apart; a box is made taller by quotes and marks that stand high, `“育鲲”`, but no wider)."""
    by_height = ln.height / ratio
    ems = _ems(ln.text)
    if ems < MIN_PITCH_EMS:
        return by_height
    return min(by_height, ln.width / ems)


def _snap(size: float, body: float) -> float:
    """A line's size in points; within the noise of measuring boxes (15 %), the body's size."""
    if body and body / SIZE_NOISE <= size <= body * SIZE_NOISE:
        size = body
    return round(size * 2) / 2


def _usual(weighted: list[tuple[float, int]]) -> float | None:
    """The character-weighted median of the strokes of a page."""
    if not weighted:
        return None
    weighted = sorted(weighted)
    half, total = sum(w for _, w in weighted) / 2, 0
    for value, w in weighted:
        total += w
        if total >= half:
            return value
    return weighted[-1][0]


def _stroke(grey, ln: ocr.OcrLine) -> float:
    """The mean length of the dark runs along the rows of a line's box: its strokes' width in pixels."""
    import numpy as np  # noqa: PLC0415

    a = grey[max(0, int(ln.top)):int(math.ceil(ln.bottom)), max(0, int(ln.x0)):int(math.ceil(ln.x1))]
    if a.size == 0:
        return 0.0
    lo, hi = int(a.min()), int(a.max())
    if hi - lo < 40:
        return 0.0
    dark = (a < (lo + hi) // 2).astype(np.int8)
    edges = np.diff(np.pad(dark, ((0, 0), (1, 1))), axis=1)
    runs = np.count_nonzero(edges == 1)
    return float(dark.sum()) / runs if runs else 0.0
