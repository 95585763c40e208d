"""PDF layouts of wave 21 (tests/data/drift21pdf): a section's name set letter-spaced (`短 讯` heading a
sidebar box) opens a section, whatever level its heading has (search/parse/banners.py); and a recognised
paragraph of one column, read in one band with wider lines (a paragraph under a banner spanning the
columns, set in the left column only), keeps its wrapped lines together (search/parse/pdflayout.py).
The forms here are not the set's: `聚　焦` in a one-column page, other words and sizes."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.banners import banner
from search.parse.blocks import Block
from search.parse.parser import parse_file
from search.parse.pdflayout import _Line, _Page, _layout

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@pytest.mark.parametrize("kind, text, name", [
    ("heading", "视　点", "视点"),             # names no list holds
    ("heading", "海 外 视 野", "海外视野"),
    ("heading", "快 讯", "快讯"),
    ("title", "期 号", None),                 # a masthead's label, bold, spaced to a longer label's width
    ("heading", "数 字 贸 易 简 报", None),   # the masthead
    ("heading", "目　录", None),              # the contents' heading
    ("paragraph", "短 讯", None),             # a body line: no heading's weight
    ("heading", "张 三 李 四 王 五 赵 六", None),  # too long for a name
])
def test_a_short_name_set_letter_spaced_is_a_banner(kind, text, name):
    assert banner(Block(kind, text, level=3)) == name


def test_a_letter_spaced_heading_at_the_titles_size_opens_a_section(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 20.0

    def line(text, size=10.5, x=20.0, step=7.0):
        nonlocal y
        pdf.set_font("wqy", size=size)
        pdf.text(x, y, text)
        y += step

    line("数字贸易简报", size=22, x=70, step=12)
    line("2026年第5期（总第49期）　大连市数字贸易协会编　2026年5月31日", step=10)
    line("行业资讯", size=15, step=9)
    line("海关推出跨境数据通关便利措施", size=12.5, step=8)
    line("5月12日，海关部门公布了十项便利跨境贸易的措施，涉及数据申报和通关流程。")
    line("（来源：经济日报）", x=150)
    line("聚　焦", size=12.5, step=8)
    line("数字贸易企业出海服务平台上线", size=12.5, step=8)
    line("5月20日，一个面向数字贸易企业的出海服务平台上线，首批入驻服务机构40家。")
    line("（来源：人民网）", x=150)
    line("协会动态", size=15, step=9)
    line("5月26日，协会召开会员企业出海经验交流会，十余家企业参加。")
    path = tmp_path / "2026-05.pdf"
    pdf.output(str(path))
    got = [(it.section, it.title) for it in parse_file(path).items]
    assert got == [("行业资讯", "海关推出跨境数据通关便利措施"), ("聚焦", "数字贸易企业出海服务平台上线"),
                   ("协会动态", None)]


def _ocr(text, x0, x1, top, size=9.5):
    return _Line(text, x0, x1, top, top + size * 1.3, size, False, "", 1, 600, 840, confidence=0.95)


def test_a_left_column_paragraph_read_in_a_band_with_wider_lines_keeps_its_wrapped_lines():
    """A scan's column finder put the right column's last lines, a banner spanning both columns and a
    two-line paragraph of the left column in one band: the paragraph's first line fills the left column
    (its edge known from the page's column bands above), so the second continues it."""
    left = [_ocr("今年以来，大连多家软件企业在日本设立了交付中心，", 60, 290, 100 + 16 * k) for k in range(4)]
    right = [_ocr("会员企业反映，海外客户对数据合规的要求日益提高，", 320, 550, 100 + 16 * k) for k in range(4)]
    band = [_ocr("需要协会组织专题培训。", 320, 480, 180),
            _ocr("（来源：大连日报）", 460, 550, 196),
            _ocr("协会动态", 60, 120, 230, size=13),
            _ocr("6月3日，协会秘书处组织会员单位赴大连软件园开展", 75, 288, 260),
            _ocr("调研，交流了企业出海的经验和做法。", 60, 230, 276)]
    page = _Page(1, 600, 840, lines=left + right + band,
                 columns=[(False, left), (False, right), (False, band)])
    texts = [b.text for b in _layout([page]) if b.kind != "furniture"]
    assert "6月3日，协会秘书处组织会员单位赴大连软件园开展调研，交流了企业出海的经验和做法。" in texts


def test_a_sentence_ended_at_the_left_columns_edge_is_not_run_on():
    """The same band, but the first line ends a sentence where the column ends: two paragraphs."""
    left = [_ocr("今年以来，大连多家软件企业在日本设立了交付中心，", 60, 290, 100 + 16 * k) for k in range(4)]
    right = [_ocr("会员企业反映，海外客户对数据合规的要求日益提高，", 320, 550, 100 + 16 * k) for k in range(4)]
    band = [_ocr("（来源：大连日报）", 460, 550, 196),
            _ocr("6月3日，协会秘书处组织会员单位赴大连软件园调研。", 75, 288, 260),
            _ocr("6月9日，协会召开理事会。", 60, 170, 276)]
    page = _Page(1, 600, 840, lines=left + right + band,
                 columns=[(False, left), (False, right), (False, band)])
    texts = [b.text for b in _layout([page]) if b.kind != "furniture"]
    assert "6月9日，协会召开理事会。" in texts
