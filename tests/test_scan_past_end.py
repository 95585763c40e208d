"""A mark the detector's box stops short of (blind8's copier scan, issue 16 wave 12): a `。` set wide
after a closing quote, cut in two by the end of the line's box, was dropped by the recogniser, and the
story's last sentence lost its stop. The ink across or just past the box's end is found in the image
(ocrmarks.past_end) and the line read again with its box reaching past it; only closing marks are
taken from that reading. Drawn here in another face and wording than the held-out scan's.
"""
from __future__ import annotations

import pytest

from search.parse import ocr, ocrmarks
from test_scans import CJK_FONT

pytestmark = [pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")]


def _line(text: str, tail: str, gap: int = 0, px: int = 30):
    """`text` then `tail` drawn `gap` pixels after it; the box the detector draws round `text`,
    reaching a little into a `。` after it (the cut that loses it), else to its end."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(CJK_FONT), px)
    image = Image.new("L", (px * 30, px * 3), 255)
    draw = ImageDraw.Draw(image)
    draw.text((px, px), text, font=font, fill=0)
    x0, _, x1, _ = draw.textbbox((px, px), text, font=font)
    if tail:
        import numpy as np

        draw.text((x1 + gap, px), tail, font=font, fill=0)
        if tail[0] == "。":
            ink = np.nonzero((np.asarray(image) < 128).any(axis=0))[0]
            x1 = int(ink[ink > x1 + gap][0]) + px // 10  # a little into the stop's ink
    top, bottom = px - 2, px + round(px * 1.2)
    return image, ((x0, top), (x1, top), (x1, bottom), (x0, bottom))


@pytest.mark.parametrize("tail, past", [("。", True), ("", False), ("局", False), ("　　58061", False)])
def test_only_a_mark_across_or_just_past_the_box_end_counts(tail, past):
    import numpy as np

    image, points = _line("预警服务平台“北斗（BDS）”", tail)
    assert (ocrmarks.past_end(np.asarray(image), points) > 0) is past


@pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed")
def test_the_line_is_read_again_past_its_box_for_its_closing_mark_only():
    import numpy as np

    engine = ocr.engine()
    image, points = _line("预警服务平台“北斗（BDS）”", "。")
    bgr, grey = ocr._bgr(image), np.asarray(image)
    assert ocr._past_end(engine, bgr, grey, points, "预警服务平台“北斗（BDS）”") == "预警服务平台“北斗（BDS）”。"
    image, points = _line("预警服务平台“北斗（BDS）”", "")
    assert ocr._past_end(engine, ocr._bgr(image), np.asarray(image), points, "预警服务平台“北斗（BDS）”") \
        == "预警服务平台“北斗（BDS）”"
