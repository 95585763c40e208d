"""Scanned pages' columns and what the recogniser misreads (search/parse/columns.py, ocrmarks.py,
parser.py): a story's last two lines at the top of a scanned page's right column, a banner whose
marks were read as two different things, a zero read as O, a table's row labels that are not
organisations; and one small drawn page, two columns with a borderless table in the left one,
recognised whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse import ocr, ocrmarks
from search.parse.columns import Box, regions
from search.parse.parser import parse_text
from search.parse.scan import ScanLine

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DPI = 200


def line(x0, top, x1, text, scanned=True):
    ref = ScanLine(x0, top, x1, top + 13, text, 11.5, False, 0.95) if scanned else {"text": text}
    return Box(x0, top, x1, top + 13, text, ref)


def _page_top(scanned: bool):
    """A heading and a paragraph's first lines on the left; the last two lines of a story from the
    page before on the right."""
    return [line(140, 65, 220, "协会动态", scanned),
            line(326, 65, 567, "动，大连理工大学经济管理学院和大连市贸促会", scanned),
            line(326, 82, 421, "的专家作主题分享。", scanned),
            line(84, 88, 302, "9月12日至14日，协会组织十余家会员单位参", scanned),
            line(62, 106, 302, "加在大连举办的跨境电商与数字服务出口对接活", scanned)]


def test_two_lines_of_a_scanned_column_are_read_after_the_column_beside_them():
    found = regions(_page_top(True), 13)
    assert [[b.text[:4] for b in sorted(r.boxes, key=lambda b: b.top)] for r in found] == [
        ["协会动态", "9月12", "加在大连"], ["动，大连", "的专家作"]]


def test_two_rows_of_a_text_layer_keep_the_three_row_rule():
    assert len(regions(_page_top(False), 13)) == 1


@pytest.mark.parametrize("read, printed", [
    ("X数据月报×", "×数据月报×"),    # ※ read as a letter and a sign
    ("x会员风采*", "*会员风采*"),
    ("*行业资讯*", "*行业资讯*"),    # already a frame
    ("A股市场×", "A股市场×"),        # a letter that is a word's
    ("X光检测", "X光检测"),
    ("O.4", "0.4"), ("1O.3", "10.3"), ("增长2.O%", "增长2.0%"),
    ("No.5", "No.5"), ("CO2排放", "CO2排放"), ("O2O平台", "O2O平台"),
])
def test_what_the_recogniser_misreads_is_put_back(read, printed):
    assert ocrmarks.as_printed(read) == printed


def test_a_tables_row_labels_are_not_organisations():
    issue = parse_text("【数据月报】\n\n**一季度外贸**\n\n海关总署发布一季度数据。\n\n"
                       "| 指标 | 金额 | 同比 |\n|---|---|---|\n| 对东盟进出口 | 1.71 | 7.1 |\n"
                       "| 对欧盟进出口 | 1.32 | 2.0 |\n| 出口 | 6.13 | 6.9 |\n", "mini.md")
    assert "海关总署" in issue.items[0].orgs
    assert not {"东盟", "欧盟"} & set(issue.items[0].orgs)


def px(pt: float) -> int:
    return round(pt * DPI / 72)


def draw_page():
    """A small page in two columns, the left one a paragraph, a borderless table and a paragraph,
    the right one a paragraph; turned 1.5 degrees the other way from test_scan_shapes' page."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), px(9))
    image = Image.new("L", (px(130 / 25.4 * 72), px(95 / 25.4 * 72)), 255)
    draw = ImageDraw.Draw(image)
    left, right, step = px(30), px(190), px(15)
    texts = ["上半年全市服务贸易平稳增长，", "主要数据见下表。"]
    rows = [("项目", "金额", "同比"), ("服务出口", "29.1", "5.2"), ("服务进口", "18.4", "-3.6"),
            ("数字服务", "12.7", "8.8")]
    after = ["数字服务出口增长较快。"]
    body = ["大连软件园新引进企业十二家，", "涉及人工智能、工业软件和跨境", "数据服务等领域，预计全年新增",
            "从业人员三千余人，园区服务能", "力持续提升。", "（来源：大连日报）"]
    y = px(30)
    for t in texts:
        draw.text((left, y), t, font=font, fill=0)
        y += step
    for cells in rows:
        for x, cell in zip((left, left + px(55), left + px(100)), cells):
            draw.text((x, y), cell, font=font, fill=0)
        y += step
    for t in after:
        draw.text((left, y), t, font=font, fill=0)
        y += step
    for k, t in enumerate(body):
        draw.text((right, px(30) + k * step), t, font=font, fill=0)
    return image.rotate(-1.5, fillcolor=255, resample=Image.BICUBIC)


@pytest.mark.skipif(not FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")
@pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed (scripts/test.sh installs it)")
def test_a_borderless_table_in_the_left_column_of_a_scan_is_read_as_cells(tmp_path):
    from search.parse.pdf import read_pdf_blocks

    path = tmp_path / "scan.pdf"
    draw_page().save(path, "PDF", resolution=DPI)
    blocks = read_pdf_blocks(path.read_bytes(), "scan.pdf", tmp_path / "cache")
    tables = [b.cells for b in blocks if b.kind == "table"]
    assert tables == [[["项目", "金额", "同比"], ["服务出口", "29.1", "5.2"], ["服务进口", "18.4", "-3.6"],
                       ["数字服务", "12.7", "8.8"]]]
    texts = [b.text for b in blocks if b.kind != "table"]
    order = [next(k for k, t in enumerate(texts) if t.startswith(s)) for s in ("上半年", "数字服务出口", "大连软件园")]
    assert order == sorted(order)
