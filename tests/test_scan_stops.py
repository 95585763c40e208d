"""A `。` at the end of a recognised line (issue 16, wave 17): set tight after `%` and blurred to a
dot on a camera's page (`…同比增长` / `5.4%。`), the recogniser dropped it, and the paragraph ran on
into the next (`…51.1%另据…`). The mark is found in the page image, standing on its own on the
baseline after the line's ink (ocrmarks.end_stop): the line is read again alone, and where it still
ends without it, a line ending in a Chinese character or `%` gets its `。`. A piece of the last
character (外's dot, %'s lower ring) or a comma is no such mark. Drawn in another face and wording
than the held-out capture.
"""
from __future__ import annotations

import pytest

from search.parse import ocr
from test_scans import CJK_FONT

pytestmark = [pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed"),
              pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed")]


def _line(text: str, upto: str):
    """`text` drawn large and sharp, and the box the detector draws: up to the end of `upto`."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(CJK_FONT), 30)
    image = Image.new("L", (700, 80), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), text, font=font, fill=0)
    x0, _, x1, _ = draw.textbbox((20, 20), upto, font=font)
    top, bottom = 20 + 2, 20 + 36
    return np.asarray(image), ((x0, top), (x1 + 4, top), (x1 + 4, bottom), (x0, bottom))


@pytest.mark.parametrize("text, stop", [
    ("服务外包执行额增长7.2%。", True),
    ("全年签约项目稳步推进。", True),
    ("服务外包执行额增长7.2%", False),
    ("鼓励企业开拓海外", False),  # 外's dot stands high
    ("鼓励企业开拓海外，", False),  # a comma hangs below the line
    ("全年签约项目稳步推进", False),
])
def test_a_stop_on_its_own_after_the_ink_counts(text, stop):
    from search.parse import ocrmarks

    grey, points = _line(text, text)
    assert ocrmarks.end_stop(grey, points) is stop


def _page(lines: list[str], dpi=100, size=11):
    """The lines drawn at a low resolution, blurred and on grey paper, as a camera takes a page."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    px = round(size * dpi / 72)
    font = ImageFont.truetype(str(CJK_FONT), px)
    image = Image.new("L", (round(px * 26), round(px * 2.2 * (len(lines) + 1))), 255)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(lines):
        draw.text((px, px + round(n * px * 2.0)), text, font=font, fill=0)
    return image.filter(ImageFilter.GaussianBlur(1.0)).point(lambda v: 60 + v * 0.7)


def test_the_stops_at_line_ends_are_kept_and_none_is_added():
    """A page read whole: the stops printed stay single, and a line broken mid-sentence (after a
    Chinese character, after `%`, after 外) gets none."""
    lines = ["统计部门测算，前三季度软件业务收入同比增长", "7.6%。", "电子商务交易额占比升至41.2%",
             "其中跨境电商平台带动中小企业走出去。", "支持企业开拓海外", "市场，拓展服务贸易新业态"]
    found = sorted(ocr.recognise(_page(lines)), key=lambda ln: ln.top)
    assert [ln.text for ln in found] == lines
