"""Round seals on a scanned page: part of parsing (a scanned page -> recognised lines, scan.py).

An official seal (公章) is stamped in red over the signature line, often over the date, and its ring
of characters and its inner line (`秘书处`) would be read as text of the page. A seal is found by its
shape: a patch of red ink between about 1.5 and 6 cm across, as tall as wide, drawn round its middle,
holding little ink for its box (a ring with letters, not a filled block). A red masthead or a red
rule is wide and flat, never round. Inside the seal's box the grey page the recogniser reads is taken
from the red channel alone: the seal's ink becomes paper, the black print under it stays.
"""
from __future__ import annotations

__all__ = ["unstamp"]

_MM = 1 / 25.4  # inches per millimetre


def unstamp(colour, grey, dpi: float):
    """`grey` (the page as the recogniser reads it) with the red ink of round seals in `colour` (the
    same page in colour, same size) taken out; `grey` itself where there is none."""
    import cv2  # noqa: PLC0415  (OpenCV comes with the OCR engine)
    import numpy as np  # noqa: PLC0415

    if colour.size != grey.size:  # not the same page as the recogniser reads: nothing to lift off
        return grey
    rgb = np.asarray(colour.convert("RGB"), dtype=np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    red = (r > 120) & (r - np.maximum(g, b) > 60)
    if red.sum() < 200:
        return grey
    # red rules (under a red masthead) are taken out first: a seal stamped over one is no part of it
    rules = cv2.morphologyEx(red.astype(np.uint8), cv2.MORPH_OPEN, np.ones((1, round(40 * _MM * dpi)), np.uint8))
    reach = max(3, round(1.5 * _MM * dpi))  # letters of the ring close up to one patch
    patches = cv2.dilate((red & ~rules.astype(bool)).astype(np.uint8), np.ones((reach, reach), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(patches, connectivity=8)
    out = None
    for x, y, w, h, _ in stats[1:count]:
        if not (15 * _MM * dpi <= min(w, h) and max(w, h) <= 60 * _MM * dpi and 0.7 <= w / h <= 1.4):
            continue
        ink = red[y:y + h, x:x + w]
        if ink.sum() > 0.45 * w * h or not _round(ink, np):  # a filled block of red, not a ring
            continue
        if out is None:
            out = np.asarray(grey.convert("L")).copy()
        # Inside the seal's box the page is read in its red light only, where red ink does not show
        # (a scanner's red drop-out): the seal's ink turns to paper, the print under it stays dark.
        seal_r = float(np.median(r[y:y + h, x:x + w][ink]))
        under = np.clip(r[y:y + h, x:x + w] * (255.0 / max(seal_r, 1.0)), 0, 255)
        out[y:y + h, x:x + w] = np.where(under > 200, 255, under)  # the ink's faint ghost is paper too
    if out is None:
        return grey
    from PIL import Image  # noqa: PLC0415

    return Image.fromarray(out, mode="L")


def _round(ink, np) -> bool:
    """Does the patch's ink draw a circle round its box's middle: ink near its edge in nearly every
    direction?"""
    h, w = ink.shape
    cy, cx, radius = h / 2, w / 2, min(h, w) / 2
    hits = 0
    for angle in np.linspace(0, 2 * np.pi, 72, endpoint=False):
        radii = np.linspace(0.8 * radius, 0.99 * radius, 8)
        ys = np.clip((cy - radii * np.sin(angle)).astype(int), 0, h - 1)
        xs = np.clip((cx + radii * np.cos(angle)).astype(int), 0, w - 1)
        hits += bool(ink[ys, xs].any())
    return hits >= 0.85 * 72
