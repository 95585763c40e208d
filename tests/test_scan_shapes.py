"""Scans in shapes the development scan does not have: a header in Chinese numerals, titles opened by a
mark the recogniser misreads, two columns, a skew of 2 degrees at 200 dpi (search/parse/scan.py,
ocr.py, ocrmarks.py, pdflayout.py).

One small page is recognised (a few seconds); the marks are found in drawn images without the engine.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse import ocr, ocrmarks

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")
DPI = 200

LEFT = ("■ 大连港集装箱航线再添新班",
        "3月12日，大连港新开通一条至东南亚的集装箱航线，每周一班，全程约十二天。",
        "——来源：大连日报")
RIGHT = ("● 跨境电商综试区发布新政",
         "3月20日，大连跨境电商综合试验区发布支持政策，对新设海外仓给予一次性奖励。",
         "——来源：新华网")


def px(pt: float) -> int:
    return round(pt * DPI / 72)


def _write(draw, text: str, x: int, y: int, width: int, pt: float, *, bold=False, indent=False) -> int:
    """Text wrapped within `width` from (x, y), as CJK is set; returns the y below it."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(FONT), px(pt))
    first = True
    while text:
        start = x + (px(2 * pt) if first and indent else 0)
        n = 1
        while n < len(text) and start + draw.textlength(text[:n + 1], font=font) <= x + width:
            n += 1
        while 1 < n < len(text) and text[n] in "，。、；：）”":  # no line starts with these
            n -= 1
        draw.text((start, y), text[:n], font=font, fill=0, stroke_width=1 if bold else 0, stroke_fill=0)
        text, y, first = text[n:], y + px(pt * 1.7), False
    return y + px(pt * 0.6)


def draw_scan():
    """A small page: the masthead across it, then two columns of one story each; turned 2 degrees."""
    from PIL import Image, ImageDraw

    width, height = px(130 / 25.4 * 72), px(120 / 25.4 * 72)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    margin = px(36)
    y = _write(draw, "数字贸易简报", width // 2 - px(50), margin, width, 16, bold=True)
    y = _write(draw, "二〇二六年第三期（总第四十七期）", margin + px(40), y, width, 10)
    y = _write(draw, "主办：大连市数字贸易协会　编印：协会秘书处　二〇二六年三月三十一日", margin, y, width, 8)
    y = _write(draw, "【行业资讯】", margin, y + px(4), width, 12, bold=True)
    column = (width - 2 * margin - px(20)) // 2
    for n, (title, body, source) in enumerate((LEFT, RIGHT)):
        x = margin + n * (column + px(20))
        below = _write(draw, title, x, y, column, 10, bold=True)
        below = _write(draw, body, x, below, column, 9, indent=True)
        _write(draw, source, x + column - px(8 * len(source) + 2), below, column, 8)  # set to the right
    return image.rotate(2.0, fillcolor=255, resample=Image.BICUBIC)


@pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed (scripts/test.sh installs it)")
def test_a_skewed_two_column_scan_with_marked_titles(tmp_path):
    from search.parse.parser import parse_file

    path = tmp_path / "scan.pdf"
    draw_scan().save(path, "PDF", resolution=DPI)
    issue = parse_file(path, cache_dir=tmp_path / "cache")
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date, issue.meta.inferred) == \
        (2026, 3, 47, "2026-03-31", False)
    got = [(i.section, i.title, i.body, i.source, i.ocr) for i in issue.items]
    assert got == [("行业资讯", story[0][2:], story[1], story[2][5:], True) for story in (LEFT, RIGHT)]


def _line(text: str, pt: float = 11, bold: bool = False):
    """A drawn line of text and its box's corners (as the detector would give them, tight on the ink)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), px(pt))
    image = Image.new("L", (px(pt) * (len(text) + 4), px(pt) * 3), 255)
    draw = ImageDraw.Draw(image)
    draw.text((px(pt) * 2, px(pt)), text, font=font, fill=0, stroke_width=1 if bold else 0, stroke_fill=0)
    grey = np.asarray(image)
    ys, xs = np.nonzero(grey < 128)
    x0, x1, y0, y1 = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
    return grey, ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


@pytest.mark.parametrize("text, first, last", [
    ("■ 大连港新开航线", "■", None),
    ("◆大连港新开航线", "◆", None),
    ("● 大连港新开航线", "●", None),
    ("▲ 大连港新开航线", "◆", None),  # a triangle is put back as the parser's ◆
    ("◆数据月报◆", "◆", "◆"),         # a banner's frame
    ("大连港新开航线", None, None),
    ("口岸通关再提速", None, None),     # a hollow square is a character
    ("“数贸会”在杭州开幕", None, None),  # quotes are small
    ("1月12日，大连港", None, None),
    ("一是扩大开放", None, None),
    ("国家数据局：数据", None, None),
])
@pytest.mark.parametrize("bold", [False, True])
def test_a_mark_at_either_end_of_a_line_is_found_by_its_shape(text, first, last, bold):
    grey, points = _line(text, bold=bold)
    found = ocrmarks.end_mark(grey, points), ocrmarks.end_mark(grey, points, last=True)
    assert tuple(m and m[0] for m in found) == (first, last)
