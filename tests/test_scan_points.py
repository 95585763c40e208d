"""A full stop at the end of a recognised line (issue 16, wave 6): a number broken at its decimal
point (`…和36.` / `7%`) lost the point to the recogniser, and joined across the break read `367%`.
The point is found in the page image after the last digit (ocrmarks.end_point) and put back; a line
that ends in a digit without one keeps its reading. One small image, drawn in another face and
wording than the held-out photo's.
"""
from __future__ import annotations

import pytest

from search.parse import ocr
from test_scans import CJK_FONT

pytestmark = [pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed"),
              pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed")]


def _image(lines: list[str], dpi=100, size=11):
    """The lines drawn at a low resolution, blurred and on grey paper, as a phone photographs a page
    (drawn sharp, the recogniser keeps the point by itself)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    px = round(size * dpi / 72)
    font = ImageFont.truetype(str(CJK_FONT), px)
    image = Image.new("L", (round(px * 26), round(px * 2.2 * (len(lines) + 1))), 255)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(lines):
        draw.text((px, px + round(n * px * 2.0)), text, font=font, fill=0)
    return image.filter(ImageFilter.GaussianBlur(1.0)).point(lambda v: 60 + v * 0.7)


def test_a_point_at_a_line_end_after_a_digit_is_kept():
    lines = ["软件出口额和外包执行额分别增长12.4%和8.", "6%，合计签约企业共计326"]
    found = sorted(ocr.recognise(_image(lines)), key=lambda ln: ln.top)
    assert [ln.text for ln in found] == ["软件出口额和外包执行额分别增长12.4%和8.", "6%，合计签约企业共计326"]


@pytest.mark.parametrize("after, point", [(".", True), ("，", False), ("。", False), (",", False), ("", False)])
def test_only_a_point_on_the_baseline_after_the_digit_counts(after, point):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from search.parse import ocrmarks

    font = ImageFont.truetype(str(CJK_FONT), 30)
    image = Image.new("L", (600, 80), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), "签约企业共计326" + after, font=font, fill=0)
    x0, _, x1, _ = draw.textbbox((20, 20), "签约企业共计326", font=font)
    top, bottom = 20 + 2, 20 + 36  # the line box the detector draws, up to the last digit
    points = ((x0, top), (x1, top), (x1, bottom), (x0, bottom))
    assert ocrmarks.end_point(np.asarray(image), points) is point
