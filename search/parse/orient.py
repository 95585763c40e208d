"""Which way up a scanned page lies: a page fed into the scanner upside down, or turned a quarter
(a portrait page scanned as landscape), is turned upright before it is recognised (scan.py).

Found from the page's own text, on a small copy of it: RapidOCR's detector boxes the lines; where
most of the text runs in boxes taller than wide, the lines run down the page and it is turned a
quarter; then the engine's line classifier (0° or 180°, in the wheel with the other models) votes,
over the page's longest lines, whether the text stands on its head. The answer is cached with the
page's recognition (kind `ocr`), so a rebuild never looks again.
"""
from __future__ import annotations

import hashlib

from search.cache import Cache
from search.parse import ocr

SIDE = 960  # pixels: the small copy's long side (lines of body text stay 10 px or more high)
LONG = 2.0  # a box this many times longer one way than the other is a line running that way
VOTES = 12  # the longest lines the classifier is asked about
UPSIDE_DOWN = 0.6  # share of the votes' confidence for 180° that turns the page


def _small(image):
    scale = min(1.0, SIDE / max(image.size))
    return image.convert("L").resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))


def _boxes(engine, image) -> list:
    import numpy as np  # noqa: PLC0415

    boxes, _ = engine.text_det(ocr._bgr(image))
    return [] if boxes is None else [np.float32(b) for b in boxes]


def _extent(box) -> tuple[float, float]:
    """(length along the top edge, height along the left edge) of a detected box."""
    import numpy as np  # noqa: PLC0415

    return float(np.linalg.norm(box[1] - box[0])), float(np.linalg.norm(box[3] - box[0]))


def turn_of(image, name: str = "") -> int:
    """Degrees (0, 90, 180, 270) to turn the page counter-clockwise (PIL's `rotate`) to stand it upright."""
    engine = ocr.engine(name)
    small = _small(image)
    boxes = _boxes(engine, small)
    extents = [_extent(b) for b in boxes]
    across = sum(w for w, h in extents if w >= LONG * h)
    down = sum(h for w, h in extents if h >= LONG * w)
    turn = 0
    if down > across:
        turn = 90
        small = small.rotate(90, expand=True)
        boxes = _boxes(engine, small)
    lines = sorted((b for b in boxes if _extent(b)[0] >= LONG * _extent(b)[1]), key=lambda b: -_extent(b)[0])
    if not lines:
        return turn
    crops = engine.get_crop_img_list(ocr._bgr(small), lines[:VOTES])
    _, votes, _ = engine.text_cls(crops)
    upside = sum(float(score) for label, score in votes if label == "180")
    total = sum(float(score) for _, score in votes)
    if total and upside / total >= UPSIDE_DOWN:
        turn += 180
    return turn % 360


def cached_turn(image, cache: Cache, name: str = "") -> int:
    """`turn_of`, through the OCR cache (keyed by the image's pixels)."""
    digest = hashlib.sha256(f"turn:{image.mode}:{image.size}".encode())
    digest.update(image.tobytes())
    key = digest.hexdigest()
    hit = cache.get(key)
    if isinstance(hit, int) and hit in (0, 90, 180, 270):
        return hit
    turn = turn_of(image, name)
    cache.put(key, turn)
    return turn
