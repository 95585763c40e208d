"""Columns found per band, not per page (search/parse/columns.py), and running heads that change
from page to page (pdflayout.py): a two-column page that a full-width borderless table interrupts,
whose gutter happens to run through the table's right-aligned numbers; a LibreOffice export with
columns of unequal widths, odd and even page headers and a `第 X 页 共 Y 页` footer. Built here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from search.parse import legacy, ocr
from search.parse.parser import parse_file
from search.parse.readers import read_blocks

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")

STORIES = [
    ("数据要素市场加快建设", "11月20日，国家数据局举行新闻发布会，介绍推进数据要素市场化配置改革的有关情况，将加快建立"
     "数据产权、流通交易、收益分配、安全治理等基础制度，推动公共数据资源开发利用。", "来源：人民网"),
    ("大连跨境电商综试区建设提速", "今年以来，大连市持续推进跨境电子商务综合试验区建设，新增海外仓12个，跨境电商进出口额同比"
     "增长23.4%，将进一步完善跨境电商公共服务平台功能，支持企业拓展东北亚市场。", "来源：大连日报"),
    ("数字人民币跨境支付试点扩围", "近日，多家商业银行宣布扩大数字人民币跨境支付试点范围，覆盖更多贸易场景。业内人士认为，"
     "数字人民币在跨境贸易结算中的应用有助于降低企业汇兑成本，提升结算效率。", "来源：新华财经"),
    ("服务外包产业持续向好", "前三季度，全国企业承接服务外包合同额同比增长8.2%，其中数字化服务外包占比进一步提高，"
     "信息技术外包和知识流程外包保持较快增长，离岸业务结构不断优化。", "来源：商务部网站"),
]
TABLE = [("指标", "金额（亿元）", "同比增长（%）"), ("服务进出口总额", "65844.3", "7.5"), ("其中：服务出口", "29090.3", "12.9"),
         ("服务进口", "36754.0", "3.5"), ("知识密集型服务进出口", "24131.1", "6.1")]


def _column_pair(pdf, stories, top: float, three: bool = False) -> float:
    from fpdf.enums import WrapMode

    bottom, xs, width = top, ((15, 77, 139) if three else (15, 110)), (56 if three else 85)
    for x, (title, body, source) in zip(xs, stories):
        pdf.set_y(top)
        for text, size in ((title, 13), (body, 10.5), (source, 10.5)):
            pdf.set_font("wqy", size=size)
            pdf.set_x(x)
            pdf.multi_cell(width, 6.5, text, new_x="LEFT", new_y="NEXT", wrapmode=WrapMode.CHAR)
        bottom = max(bottom, pdf.get_y())
    return bottom


def banded(path: Path, heads: tuple[str, str] = ("数字贸易简报　2025年第11期", "大连市数字贸易协会"),
           three: bool = False) -> Path:
    """Page 1: masthead, two columns, a full-width table of right-aligned numbers, two columns
    again; page 2: one story. Odd and even pages carry different running heads. `three`: three
    columns, the stories of the bands in the order 1 2 4 | 3 4 2 (the centred masthead then falls
    inside the middle column)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    for n in (1, 2):
        pdf.add_page()
        pdf.set_font("wqy", size=9)
        pdf.text(15, 12, heads[n % 2 == 0])
        pdf.text(100, 288, f"- {n} -")
        pdf.set_y(24)
        if n == 2:
            pdf.set_font("wqy", size=15)
            pdf.cell(0, 10, "【协会动态】", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("wqy", size=10.5)
            pdf.multi_cell(180, 6.5, "11月25日，协会召开第三届理事会第五次会议，审议通过2026年度工作计划。")
            continue
        for text, size in (("数字贸易简报", 22), ("2025年第11期（总第55期）", 12), ("【行业资讯】", 15)):
            pdf.set_font("wqy", size=size)
            pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT", align="C" if size != 15 else "L")
        first, second = ((STORIES[:2] + STORIES[3:], STORIES[2:] + STORIES[1:2]) if three
                         else (STORIES[:2], STORIES[2:]))
        y = _column_pair(pdf, first, pdf.get_y() + 2, three) + 4
        pdf.set_font("wqy", size=15)
        pdf.set_xy(15, y)
        pdf.cell(0, 10, "【数据月报】", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("wqy", size=10.5)
        for row in TABLE:
            pdf.set_x(15)
            for k, cell in enumerate(row):
                pdf.cell(60, 7, cell, align="L" if k == 0 else "R", new_x="RIGHT", new_y="TOP")
            pdf.ln(7)
        pdf.set_x(15)
        pdf.cell(0, 7, "数据来源：商务部", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("wqy", size=15)
        pdf.set_x(15)
        pdf.cell(0, 12, "【地方动态】", new_x="LMARGIN", new_y="NEXT")
        _column_pair(pdf, second, pdf.get_y() + 2, three)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("three", [False, True], ids=["two-columns", "three-columns"])
def test_a_full_width_table_between_two_bands_of_columns_is_read_as_cells(tmp_path, three):
    path = banded(tmp_path / "banded.pdf", three=three)
    [table] = [b.cells for b in read_blocks(path) if b.kind == "table"]
    assert table == [list(r) for r in TABLE]
    issue = parse_file(path)
    order = [[0, 1, 3], [2, 3, 1]] if three else [[0, 1], [2, 3]]
    assert [(i.section, i.title, i.source) for i in issue.items] == (
        [("行业资讯", STORIES[k][0], STORIES[k][2][3:]) for k in order[0]] + [("数据月报", None, "商务部")]
        + [("地方动态", STORIES[k][0], STORIES[k][2][3:]) for k in order[1]] + [("协会动态", None, None)])
    assert [i.body for i in issue.items if i.title] == [STORIES[k][1] for k in order[0] + order[1]]


@pytest.mark.parametrize("heads", [("数字贸易简报　2025年第11期", "大连市数字贸易协会"), ("行业资讯 · 第11期", "Digital Trade Brief")])
def test_running_heads_that_differ_on_odd_and_even_pages_are_furniture(tmp_path, heads):
    blocks = read_blocks(banded(tmp_path / "heads.pdf", heads))
    assert [b.text.replace(" ", "") for b in blocks if b.kind == "furniture"] == [
        h.replace(" ", "").replace("\u3000", "") for h in (heads[0], "- 1 -", heads[1], "- 2 -")]


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_a_libreoffice_export_with_columns_of_unequal_width_a_table_between_and_page_footers(tmp_path):
    gen = Path(__file__).resolve().parent / "data" / "layouts" / "gen_lo.py"
    subprocess.run([sys.executable, str(gen), str(tmp_path / "lo.pdf"), "a"], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / "lo.pdf"
    blocks = read_blocks(pdf)
    assert [b.text for b in blocks if b.kind == "furniture"] == [
        "数字贸易简报 2025年第11期", "第 1 页 共 2 页", "大连市数字贸易协会", "第 2 页 共 2 页"]
    [table] = [b.cells for b in blocks if b.kind == "table"]
    assert table == [list(r) for r in TABLE]
    items = [(i.section, i.title, i.source) for i in parse_file(pdf).items]
    assert items[0] == ("行业资讯", "商务部：前10个月服务贸易稳中有增", "商务部网站")
    assert items[-4:] == [("地方动态", "大连跨境电商综试区建设提速", "大连日报"), ("地方动态", "数字人民币跨境支付试点扩围", "新华财经"),
                          ("协会动态", None, None), ("协会动态", None, None)]


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_a_libreoffice_table_with_merged_header_cells_and_wrapped_row_labels(tmp_path):
    gen = Path(__file__).resolve().parent / "data" / "layouts" / "gen_table.py"
    subprocess.run([sys.executable, str(gen), str(tmp_path / "table.pdf")], check=True, capture_output=True, timeout=240)
    blocks = read_blocks(tmp_path / "table.pdf")
    [table] = [b.cells for b in blocks if b.kind == "table"]
    assert table == [["领域", "出口金额（亿元）", "出口同比（%）", "进口金额（亿元）", "进口同比（%）"],
                     ["电信、计算机和信息服务", "268.4", "10.2", "97.1", "7.6"],
                     ["知识产权使用费及其他商业服务（含技术服务）", "47.1", "8.9", "35.2", "-1.3"],
                     ["运输服务", "120.5", "3.4", "88.0", "2.1"]]
    assert [(i.section, i.title, i.source) for i in parse_file(tmp_path / "table.pdf").items] == [
        ("数据月报", "前10个月全市服务贸易分领域情况", "大连市商务局"), ("行业资讯", "国家数据局发布数据流通利用新举措", "人民网")]


@pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed (scripts/test.sh installs it)")
def test_a_scan_of_columns_interrupted_by_a_table(tmp_path):
    """The first page of the banded issue scanned at 150 dpi (grey, no text layer): the same bands,
    found from the recognised lines' boxes; a bracketed banner over a column is never joined to the
    column's first title."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(banded(tmp_path / "banded.pdf"))[0]
    page.render(scale=150 / 72).to_pil().convert("L").save(tmp_path / "scan.pdf", "PDF", resolution=150)
    blocks = read_blocks(tmp_path / "scan.pdf", cache_dir=tmp_path / "cache")  # the page recognised once:
    assert [b.cells for b in blocks if b.kind == "table"] == [[list(r) for r in TABLE]]
    assert "【地方动态】" in [b.text for b in blocks if b.kind == "heading"]
    issue = parse_file(tmp_path / "scan.pdf", cache_dir=tmp_path / "cache")  # the parse reads its lines back
    assert [(i.section, i.title, i.source) for i in issue.items] == [
        ("行业资讯", STORIES[0][0], "人民网"), ("行业资讯", STORIES[1][0], "大连日报"), ("数据月报", None, "商务部"),
        ("地方动态", STORIES[2][0], "新华财经"), ("地方动态", STORIES[3][0], "商务部网站")]
