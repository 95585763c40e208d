"""One page of an OFD (GB/T 33190) as the PDF reader sees a page: its glyphs, drawn lines and
rectangles in points from the top left, in pdfplumber's shapes (ofd.py reads the package).

An OFD page is layers of graphic units. A text unit (`TextObject`) has a `Boundary` (`x y w h`, mm), a
font and size, an optional `CTM` (its own coordinates to the boundary's) and `TextCode`s: a start
`X Y` (the baseline) and the advance to each next glyph, `DeltaX`/`DeltaY`, where `g N v` stands for
N advances of v. A path unit (`PathObject`) draws `AbbreviatedData` (`M x y L x y … C`): its level
and upright segments are lines (rules, a table's ruling), a closed axis-aligned quadrilateral a
rectangle (a filled bar behind a banner). Images are left out (no OCR of OFD pages yet).

Every glyph becomes a pdfplumber `char`, every segment a `line` and every box a `rect`, so
pdfplumber's word builder and table finder, and the PDF reader's layout after them, read the page
as they read a PDF's.
"""
from __future__ import annotations

import math
import re
import unicodedata

from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber import utils

MM = 72 / 25.4  # points in a millimetre
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ASCENT, _DESCENT = 0.86, 0.14  # of the size, above and below the baseline (a CJK face's usual box)
_BOLD_WEIGHT = 600


def numbers(text: str | None) -> list[float]:
    return [float(v) for v in _NUMBER.findall(text or "")]


def deltas(text: str | None, count: int) -> list[float]:
    """The advances of a `DeltaX`/`DeltaY` list, `g N v` (N times v) expanded: at most `count` of
    them (a repeat count past the glyphs is cut, never expanded)."""
    out: list[float] = []
    tokens = (text or "").split()
    k = 0
    while k < len(tokens) and len(out) < count:
        if tokens[k] == "g" and k + 2 < len(tokens):
            try:
                n, v = int(float(tokens[k + 1])), float(tokens[k + 2])
            except ValueError:
                break
            out += [v] * max(0, min(n, count - len(out)))
            k += 3
            continue
        try:
            out.append(float(tokens[k]))
        except ValueError:
            break
        k += 1
    return out


class Ctm:
    """An affine map `a b c d e f` (x' = a x + c y + e, y' = b x + d y + f), then the boundary's offset."""

    def __init__(self, values: list[float] | None, dx: float, dy: float):
        a, b, c, d, e, f = values if values and len(values) == 6 else (1, 0, 0, 1, 0, 0)
        self.m = (a, b, c, d, e + dx, f + dy)

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.m
        return a * x + c * y + e, b * x + d * y + f

    @property
    def scale(self) -> float:
        """How much the map enlarges a height (the size of a glyph set under it)."""
        return math.hypot(self.m[2], self.m[3]) or 1.0


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WFA"  # ambiguous ones (“”—…) are full width in a CJK face


def _colour(el, tag: str, default: tuple) -> tuple:
    """A FillColor/StrokeColor child's `Value` as fractions (0-255 in the file)."""
    for child in el:
        if _local(child) == tag:
            values = numbers(child.get("Value"))
            if values:
                return tuple(min(1.0, max(0.0, v / 255)) for v in values)
    return default


def _local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


class Sink:
    """What a page's units draw, in mm from the page box's corner, bounded in glyphs and units."""

    def __init__(self, fonts: dict[str, tuple[str, bool]], budget):
        self.fonts = fonts
        self.budget = budget  # called with a count of glyphs or units; raises past the document's limit
        self.chars: list[dict] = []
        self.segments: list[tuple] = []  # (x0, y0, x1, y1, width, colour)
        self.boxes: list[tuple] = []  # (x0, top, x1, bottom, fill colour or None, stroked)

    def text(self, el, dx: float, dy: float) -> None:
        self.budget(1)
        box = numbers(el.get("Boundary"))
        if len(box) < 4:
            return
        ctm = Ctm(numbers(el.get("CTM")), box[0] + dx, box[1] + dy)
        size = (numbers(el.get("Size")) or [3.5])[0]
        hscale = (numbers(el.get("HScale")) or [1.0])[0]
        name, bold = self.fonts.get(el.get("Font", ""), ("", False))
        weight = (numbers(el.get("Weight")) or [400])[0]
        font = name + (",Bold" if bold or weight >= _BOLD_WEIGHT else "")
        colour = _colour(el, "FillColor", (0.0, 0.0, 0.0))
        x = y = 0.0
        for code in el:
            if _local(code) != "TextCode":
                continue
            text = code.text or ""
            self.budget(len(text))
            x = (numbers(code.get("X")) or [x])[0]
            y = (numbers(code.get("Y")) or [y])[0]
            ax, ay = deltas(code.get("DeltaX"), len(text)), deltas(code.get("DeltaY"), len(text))
            for k, ch in enumerate(text):
                own = size * hscale * (1.0 if _wide(ch) else 0.5)
                step = ax[k] if k < len(ax) else own
                width = min(own, step) if step > 0 else own
                self._glyph(ch, ctm, x, y, width, size, font, colour)
                x += step
                y += ay[k] if k < len(ay) else 0.0

    def _glyph(self, ch: str, ctm: Ctm, x: float, y: float, width: float, size: float, font: str,
               colour: tuple) -> None:
        corners = [ctm(x, y - _ASCENT * size), ctm(x + width, y - _ASCENT * size),
                   ctm(x, y + _DESCENT * size), ctm(x + width, y + _DESCENT * size)]
        a, b, c, d = ctm.m[:4]
        self.chars.append({
            "text": ch, "fontname": font, "size": size * ctm.scale * MM,
            "x0": min(p[0] for p in corners) * MM, "x1": max(p[0] for p in corners) * MM,
            "top": min(p[1] for p in corners) * MM, "bottom": max(p[1] for p in corners) * MM,
            "upright": abs(b) < 1e-6 and abs(c) < 1e-6, "matrix": (a * size, -b * size, -c * size, d * size, 0, 0),
            "non_stroking_color": colour, "stroking_color": None, "object_type": "char"})

    def path(self, el, dx: float, dy: float) -> None:
        self.budget(1)
        box = numbers(el.get("Boundary"))
        if len(box) < 4:
            return
        ctm = Ctm(numbers(el.get("CTM")), box[0] + dx, box[1] + dy)
        stroke = el.get("Stroke", "true").lower() != "false"
        fill = el.get("Fill", "false").lower() == "true"
        width = (numbers(el.get("LineWidth")) or [0.353])[0]
        colour = _colour(el, "StrokeColor", (0.0, 0.0, 0.0))
        fill_colour = _colour(el, "FillColor", (0.0, 0.0, 0.0)) if fill else None
        data = next((c.text for c in el if _local(c) == "AbbreviatedData"), "") or ""
        for points, closed in _subpaths(data, self.budget):
            points = [ctm(x, y) for x, y in points]
            if closed and _is_box(points):
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                self.boxes.append((min(xs), min(ys), max(xs), max(ys), fill_colour, stroke))
            elif stroke:
                ends = points + points[:1] if closed else points
                for p, q in zip(ends, ends[1:]):
                    if abs(p[1] - q[1]) < 0.05:  # level: one height, as pdfplumber tells a level line
                        m = (p[1] + q[1]) / 2
                        self.segments.append((p[0], m, q[0], m, width, colour))
                    elif abs(p[0] - q[0]) < 0.05:
                        m = (p[0] + q[0]) / 2
                        self.segments.append((m, p[1], m, q[1], width, colour))


_OPERANDS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}


def _subpaths(data: str, budget) -> list[tuple[list[tuple[float, float]], bool]]:
    """The subpaths of `AbbreviatedData` as their points (a curve by its end point), each closed or not."""
    tokens = data.split()
    budget(len(tokens) // 3)
    out: list[tuple[list, bool]] = []
    points: list[tuple[float, float]] = []
    k = 0
    while k < len(tokens):
        op = tokens[k]
        n = _OPERANDS.get(op)
        if n is None:
            k += 1
            continue
        values = numbers(" ".join(tokens[k + 1:k + 1 + n]))
        k += 1 + n
        if op == "C":
            if points:
                out.append((points, True))
            points = []
            continue
        if len(values) < n:
            break
        if op in ("M", "S") and points:
            out.append((points, False))
            points = []
        points.append((values[-2], values[-1]))
    if points:
        out.append((points, False))
    return out


def _is_box(points: list[tuple[float, float]]) -> bool:
    """Four corners (a fifth closing on the first) joined by level and upright sides."""
    if len(points) == 5 and abs(points[0][0] - points[4][0]) < 0.05 and abs(points[0][1] - points[4][1]) < 0.05:
        points = points[:4]
    if len(points) != 4:
        return False
    return all(abs(p[0] - q[0]) < 0.05 or abs(p[1] - q[1]) < 0.05 for p, q in zip(points, points[1:] + points[:1]))


class OfdPage(Container):
    """A page in the shape of a pdfplumber page: `chars`, `lines`, `rects` (no images), its size in
    points, `extract_words` and `find_tables` as pdfplumber's own."""

    def __init__(self, number: int, width: float, height: float, objects: dict[str, list[dict]]):
        self.page_number = number
        self.width, self.height = width, height
        self.bbox = (0, 0, width, height)
        self._own = objects

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._own

    def extract_words(self, **kwargs) -> list[dict]:
        return utils.extract_words(self.chars, **kwargs)

    def find_tables(self, table_settings=None) -> list:
        """pdfplumber's tables ruled both ways, then those ruled by level lines only (ofdrules.py)."""
        from search.parse.ofdrules import booktabs

        found = TableFinder(self, TableSettings.resolve(table_settings)).tables
        for xs, ys in booktabs(self):
            x0, top, x1, bottom = xs[0], ys[0], xs[-1], ys[-1]
            if any(t.bbox[0] < x1 and x0 < t.bbox[2] and t.bbox[1] < bottom and top < t.bbox[3] for t in found):
                continue
            found += TableFinder(self, TableSettings.resolve({
                "vertical_strategy": "explicit", "explicit_vertical_lines": xs,
                "horizontal_strategy": "explicit", "explicit_horizontal_lines": ys})).tables
        return found

    def filter(self, test) -> "OfdPage":
        return OfdPage(self.page_number, self.width, self.height,
                       {k: [o for o in v if test(o)] for k, v in self._own.items()})


def page_of(number: int, width: float, height: float, sink: Sink) -> OfdPage:
    """The page (size in mm) with what `sink` gathered, in points."""
    w, h = width * MM, height * MM
    chars = []
    for c in sink.chars:
        if not _on_page((c["x0"], c["top"], c["x1"], c["bottom"]), w, h) or c["bottom"] - c["top"] > h / 2:
            continue  # off the page, or no glyph of text (a size past half the page): nothing printed
        c.update(width=c["x1"] - c["x0"], height=c["bottom"] - c["top"], doctop=c["top"], adv=c["x1"] - c["x0"],
                 y0=h - c["bottom"], y1=h - c["top"], page_number=number)
        chars.append(c)
    lines = []
    for x0, y0, x1, y1, width, colour in sink.segments:
        x0, x1, top, bottom = _clip(min(x0, x1) * MM, max(x0, x1) * MM, min(y0, y1) * MM, max(y0, y1) * MM, w, h)
        if x1 < x0 or bottom < top:
            continue
        lines.append({"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                      "width": x1 - x0, "height": bottom - top, "y0": h - bottom, "y1": h - top,
                      "linewidth": width * MM, "stroke": True, "stroking_color": colour, "page_number": number,
                      "pts": [(x0, top), (x1, bottom)]})
    rects = []
    for x0, top, x1, bottom, fill, stroke in sink.boxes:
        x0, x1, top, bottom = _clip(x0 * MM, x1 * MM, top * MM, bottom * MM, w, h)
        if x1 < x0 or bottom < top:
            continue
        rects.append({"object_type": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                      "width": x1 - x0, "height": bottom - top, "y0": h - bottom, "y1": h - top,
                      "fill": fill is not None, "non_stroking_color": fill, "stroke": stroke,
                      "stroking_color": (0.0, 0.0, 0.0), "page_number": number, "linewidth": 0.5})
    return OfdPage(number, w, h, {"char": chars, "line": lines, "rect": rects})


def _on_page(box: tuple, w: float, h: float) -> bool:
    x0, top, x1, bottom = box
    return all(math.isfinite(v) for v in box) and x1 > 0 and x0 < w and bottom > 0 and top < h


def _clip(x0: float, x1: float, top: float, bottom: float, w: float, h: float) -> tuple[float, float, float, float]:
    """A drawn shape's box within the page (x1 < x0 for one off it or not finite)."""
    if not all(math.isfinite(v) for v in (x0, x1, top, bottom)):
        return 0.0, -1.0, 0.0, -1.0
    return max(x0, 0.0), min(x1, w), max(top, 0.0), min(bottom, h)
