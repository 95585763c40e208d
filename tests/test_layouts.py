"""Any layout: PDF pages in columns are read column by column, tables without ruling lines as cells.

The PDFs are typeset at test time with a CJK font (fpdf2), as Word or LibreOffice would print them:
a masthead across the page above two columns of stories, and a table whose cells are only aligned.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.columns import Box, regions
from search.parse.parser import parse_file
from search.parse.readers import read_blocks

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")

LEFT = ("6月3日，商务部发布数据显示，前5个月我国服务进出口总额同比增长百分之七点七，其中知识密集型服务"
        "进出口保持较快增长，数字化转型持续为服务贸易发展注入新动能。")
RIGHT = ("6月5日，国家数据局召开新闻发布会，介绍数据要素市场建设进展，表示将加快完善数据基础制度，推动"
         "公共数据资源开发利用，培育壮大数据产业。")


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.add_page()
    return pdf


def _write(pdf, text: str, size: float, x: float, w: float, h: float = 7) -> None:
    from fpdf.enums import WrapMode

    pdf.set_font("wqy", size=size)
    pdf.set_x(x)
    pdf.multi_cell(w, h, text, new_x="LEFT", new_y="NEXT", wrapmode=WrapMode.CHAR)


def two_columns(path: Path) -> Path:
    pdf = _pdf()
    for text, size in (("数字贸易简报", 22), ("2025年第8期（总第40期）", 12), ("【行业资讯】", 15)):
        _write(pdf, text, size, 10, 190, 10)
    top = pdf.get_y() + 4
    for x, title, body, source in ((10, "服务贸易保持增长", LEFT, "（来源：新华社）"),
                                   (110, "数据要素市场加快建设", RIGHT, "（来源：人民网）")):
        pdf.set_y(top)
        _write(pdf, title, 14, x, 90, 9)
        _write(pdf, body, 11, x, 90)
        _write(pdf, source, 11, x, 90)
    pdf.output(str(path))
    return path


def borderless_table(path: Path) -> Path:
    pdf = _pdf()
    for text, size in (("数字贸易简报", 22), ("2025年第8期（总第40期）", 12), ("【数据月报】", 15)):
        _write(pdf, text, size, 10, 190, 10)
    _write(pdf, "上半年旅行服务进出口规模居各领域首位，主要数据见下表。", 11, 10, 190)
    pdf.set_font("wqy", size=11)
    for row in (("指标", "金额（亿元）", "同比增长（%）"), ("旅行服务进出口", "10802.9", "12.3"),
                ("旅行服务出口", "—", "68.7"), ("旅行服务进口", "—", "5.5")):
        for x, cell in zip((10, 70, 130), row):
            pdf.set_x(x)
            pdf.cell(50, 8, cell, new_x="RIGHT", new_y="TOP")
        pdf.ln(8)
    _write(pdf, "入境游客消费明显增加，带动旅行服务出口大幅增长。", 11, 10, 190)
    pdf.output(str(path))
    return path


def test_two_columns_are_read_one_after_the_other(tmp_path):
    issue = parse_file(two_columns(tmp_path / "columns.pdf"))
    assert [(i.title, i.source, i.body) for i in issue.items] == [
        ("服务贸易保持增长", "新华社", LEFT), ("数据要素市场加快建设", "人民网", RIGHT)]


def test_a_table_without_ruling_lines_is_read_as_cells(tmp_path):
    blocks = read_blocks(borderless_table(tmp_path / "table.pdf"))
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.cells == [["指标", "金额（亿元）", "同比增长（%）"], ["旅行服务进出口", "10802.9", "12.3"],
                           ["旅行服务出口", "—", "68.7"], ["旅行服务进口", "—", "5.5"]]
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert texts[-2:] == ["上半年旅行服务进出口规模居各领域首位，主要数据见下表。",
                          "入境游客消费明显增加，带动旅行服务出口大幅增长。"]


def box(x0, top, x1, text="字"):
    return Box(x0, top, x1, top + 10, text)


def test_a_gutter_is_a_strip_no_row_crosses_with_text_on_both_sides():
    full = [box(50, 0, 550)]  # a line across the page: no gutter above the columns
    columns = [b for k in range(1, 6) for b in (box(50, 14 * k, 290), box(310, 14 * k, 550))]
    found = regions(full + columns, 10)
    assert [(r.kind, round(r.x0), round(r.x1), len(r.boxes)) for r in found] == [
        ("text", 50, 550, 1), ("text", 50, 290, 5), ("text", 310, 550, 5)]


def test_ragged_short_lines_and_a_right_aligned_source_make_no_columns():
    rows = [box(50, 0, 550), box(50, 14, 200), box(400, 28, 550), box(50, 42, 550), box(50, 56, 120),
            box(420, 70, 550)]
    assert [r.kind for r in regions(rows, 10)] == ["text"]


def test_a_word_export_in_columns_parses_quietly():
    """LibreOffice's PDF export of a Word file (running header, page numbers, a page in two columns,
    a borderless table): every story whole, and pdfminer's warnings never reach the terminal."""
    import subprocess
    import sys

    shapes = Path(__file__).resolve().parent / "data" / "shapes"
    done = subprocess.run([sys.executable, "-m", "jianbao", "parse", str(shapes / "2025-08.pdf"), "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == ""
    import json
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(i["section"], i["source"]) for i in items] == [
        ("数据月报", None), ("行业资讯", "每日经济新闻"), ("行业资讯", "新华网"), ("行业资讯", "中新网"),
        ("会员风采", None), ("协会动态", None), ("协会动态", None)]
    assert items[1]["body"].endswith("距万亿元门槛还差483.1亿元。")
    assert all(i["ocr"] is False for i in items)
