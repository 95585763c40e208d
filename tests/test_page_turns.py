"""Pages in shapes the earlier sets never had (issue 16, wave 6): a scan fed in upside down or a
quarter turned, in 1-bit black and white (search/parse/orient.py); two pages of a spread printed on
one landscape sheet, a half holding a short story (columns.py); a running header read from a text
layer on one page and recognised on the next (pdflayout.py); characters a font exported as radicals
(search/text.py); a banner whose closing bracket the recogniser read as the opening one (ocrmarks.py).

One small page is recognised (a few seconds); the rest is drawn or set without the engine.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_scan_shapes import DPI, FONT, LEFT, RIGHT, draw_scan  # noqa: E402

from search.parse import ocr  # noqa: E402
from search.parse.ocrmarks import misread_frame  # noqa: E402
from search.parse.pdflayout import _Line, _mark_furniture, _Page  # noqa: E402
from search.text import unradical  # noqa: E402

needs_engine = pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed")
needs_font = pytest.mark.skipif(not FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")


def fax(image):
    """A 1-bit page, as a fax machine or a black-and-white scanner stores it."""
    return image.point(lambda v: 0 if v < 150 else 255).convert("1")


@needs_font
@needs_engine
def test_a_quarter_turned_black_and_white_scan_is_read_upright(tmp_path):
    from search.parse.parser import parse_file

    path = tmp_path / "turned.pdf"
    fax(draw_scan()).rotate(-90, expand=True).save(path, "PDF", resolution=DPI)  # turned clockwise
    issue = parse_file(path, cache_dir=tmp_path / "cache")
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 3, 47, "2026-03-31")
    got = [(i.section, i.title, i.body, i.source, i.ocr) for i in issue.items]
    assert got == [("行业资讯", story[0][2:], story[1], story[2][5:], True) for story in (LEFT, RIGHT)]


@needs_font
@needs_engine
def test_which_way_up_a_page_lies():
    from search.parse.orient import turn_of

    page = fax(draw_scan()).convert("L")
    assert turn_of(page) == 0
    assert turn_of(page.rotate(180, expand=True)) == 180
    assert turn_of(page.rotate(90, expand=True)) == 270  # turned counter-clockwise: back the other way


def test_radicals_a_font_exported_are_read_as_characters():
    assert unradical("⼤连市商务局局⻓⾼度重视") == "大连市商务局局长高度重视"
    assert unradical("⻔户⽹站⻢上") == "门户网站马上"
    assert unradical("大连 2025年") == "大连 2025年"
    assert unradical("⽣成式⼈⼯智能⽤⼾") == "生成式人工智能用户"  # ⼾ U+2F3E: NFKC gives 戶


def test_a_banner_closed_by_an_opening_bracket_as_recognised():
    assert misread_frame("【协会动态【") == "【协会动态】"
    assert misread_frame("〖政策解读〖") == "〖政策解读〗"
    assert misread_frame("【协会动态】") == "【协会动态】"
    assert misread_frame("【注【意事项") == "【注【意事项"


def test_a_running_header_from_a_text_layer_and_from_ocr_is_one_header():
    def line(text, page, top, confidence=None):
        return _Line(text, 40, 380, top, top + 9, 8, False, "", page, 842, 595, confidence=confidence)

    first = _Page(1, 842, 595, [line("大连市数字贸易协会 简报 2025 年第 9 期", 1, 30), line("正文", 1, 300)])
    second = _Page(2, 842, 595, [line("大连市数字贸易协会简报2025年第9期", 2, 31, 0.98), line("正文", 2, 300)])
    _mark_furniture([first, second])
    assert [ln.furniture for p in (first, second) for ln in p.lines] == [True, False, True, False]


def _spread(path: Path) -> None:
    """One landscape sheet holding pages 2 and 3 of a booklet: each half its own running header and
    page number; the left half a long story, the right half a short one under its section."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.add_font("wqy", fname=str(FONT))
    pdf.add_page()
    for n, x in ((2, 15), (3, 163.5)):
        pdf.set_font("wqy", size=8)
        pdf.text(x + 30, 12, "数字贸易简报　二〇二五年第十期")
        pdf.text(x + 56, 200, f"- {n} -")
    pdf.set_font("wqy", size=10.5)
    for x, text in ((15, LEFT_HALF), (163.5, RIGHT_HALF)):
        pdf.set_xy(x, 20)
        for para in text:
            pdf.set_x(x)
            pdf.multi_cell(118, 6, para)
    pdf.output(str(path))


LEFT_HALF = ["【行业资讯】", "港口集团开通至越南的冷链班轮",
             "10月9日，港口集团开通至越南胡志明市的冷链集装箱班轮，每周一班，主要运输水果、水产品和冷冻食品，"
             "单程航行时间约九天。开通首航当天装载冷藏箱一百二十个，货值约三千万元，预计全年可带动冷链进出口"
             "货值超过十亿元，进一步巩固港口在东北亚冷链物流中的枢纽地位。",
             "来源：大连日报"]
RIGHT_HALF = ["【协会动态】",
              "10月21日，协会组织十五家会员企业赴沈阳参加东北地区数字贸易对接活动，与省内外采购商洽谈软件"
              "出口和数据服务合作，现场达成合作意向十一项。"]


@needs_font
def test_a_spread_on_one_landscape_sheet_is_read_half_by_half(tmp_path):
    from search.parse.readers import read_blocks

    path = tmp_path / "spread.pdf"
    _spread(path)
    blocks = [b for b in read_blocks(path) if b.kind != "furniture"]
    texts = [b.text.replace(" ", "") for b in blocks]
    assert "table" not in {b.kind for b in blocks}
    assert texts == [t.replace(" ", "") for t in LEFT_HALF + RIGHT_HALF]


def _boxes_page(path: Path, lines: bool = False) -> None:
    """A page of text boxes placed freely: a note framed beside the masthead; two boxes side by side
    of unequal heights (the right one's title wrapped after its colon, the left one's story cut at
    the foot of its box and carried on below the note); under both, after a gap, a part set across
    the page, its heading in the left half."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("wqy", size=20)
    pdf.text(20, 22, "数字贸易简报")
    pdf.set_font("wqy", size=10)
    pdf.text(20, 32, "二〇二五年第十一期　总第四十三期　二〇二五年十一月三十日")
    if lines:  # the frame as LibreOffice draws a border: four lines
        for a, b, c, d in ((130, 12, 190, 12), (190, 12, 190, 38), (130, 38, 190, 38), (130, 12, 130, 38)):
            pdf.line(a, b, c, d)
    else:
        pdf.rect(130, 12, 60, 26)  # the framed note
    pdf.set_xy(133, 15)
    pdf.multi_cell(54, 5.5, NOTE)
    for x, y, size, text in ((20, 46, 10.5, LEFT_BOX), (112, 46, 10.5, RIGHT_BOX)):
        pdf.set_xy(x, y)
        for k, para in enumerate(text):
            pdf.set_font("wqy", size=14 if para.startswith("【") else 12.5 if para in TITLES else size)
            pdf.set_x(x)
            pdf.multi_cell(79, 6, para)
    pdf.set_font("wqy", size=13)
    pdf.text(20, 150, "【协会动态】")
    pdf.set_font("wqy", size=10.5)
    pdf.set_xy(20, 154)
    pdf.multi_cell(170, 6, FOOT)
    pdf.output(str(path))


NOTE = "编者按：本期关注前三季度服务贸易数据和东北亚数字贸易合作。"
TITLE = "沈阳数字贸易服务中心联合高校推出：跨境数据合规咨询"  # wraps after its colon
TITLES = {TITLE}
LEFT_BOX = ["【数据月报】",
            "前三季度，全市服务进出口额达到一百二十六亿美元，同比增长百分之八点四，其中知识密集型服务进出口"
            "增长百分之十一点二，占比提高一点六个百分点。"]
RIGHT_BOX = ["【行业资讯】", TITLE,
             "11月6日，服务中心推出面向中小企业的跨境数据合规咨询，首批十二家企业完成数据出境自评估。"]
FOOT = "11月18日，协会组织会员企业参加东北亚数字贸易合作论坛，交流对日韩软件出口和数据服务经验。"


@needs_font
@pytest.mark.parametrize("lines", [False, True], ids=["rectangle", "four-lines"])
def test_a_framed_note_and_boxes_placed_freely_are_read_in_order(tmp_path, lines):
    from search.parse.readers import read_blocks

    path = tmp_path / "boxes.pdf"
    _boxes_page(path, lines)
    texts = [b.text.replace(" ", "") for b in read_blocks(path) if b.kind != "furniture"]
    want = ["数字贸易简报", "二〇二五年第十一期总第四十三期二〇二五年十一月三十日", NOTE] + LEFT_BOX + \
        ["【行业资讯】", TITLE, RIGHT_BOX[-1], "【协会动态】", FOOT]
    assert texts == want
