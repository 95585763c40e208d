"""Page furniture of a printed page that is no running header (search/parse/pdfchrome.py): a narrow
side column of short small lines beside the running text, a note at a page's foot that no mark
cites, and a printed web page's closing lines. The variant is drawn here with fpdf2 in a shape of
its own (drift16pdf has the sidebar on the right and the navigation on the left of a web print): a
`本期要点` box on the LEFT with a link list under it, the stories on the right, a `说明：` note at the
foot, `打印本页　关闭窗口` after the last story; and, as a guard, a narrow column of body-size text
beside the stories is a story's and stays.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

STORY = ["商务部近日发布数据显示，前三季度全国服务贸易", "保持增长态势，服务进出口总额同比增长百分之六",
         "点五，其中知识密集型服务进出口增长较快，数字", "化转型成效持续显现，数字贸易规模不断扩大。"]
OTHER = ["国家数据局日前召开新闻发布会，介绍数据要素市", "场建设进展情况。截至目前，全国已有数十个数据",
         "交易机构挂牌运营，数据产品交易日益活跃，公共", "数据资源开发利用工作稳步推进。"]


def _draw(path: Path, side_size: float) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def text(x: float, y: float, s: str, size: float = 10.5) -> None:
        pdf.set_font("wqy", size=size)
        pdf.text(x, y, s)

    text(70, 20, "数字贸易简报", 24)
    text(20, 32, "2026年第10期（总第46期）　大连市数字贸易协会　2026年10月31日", 10)
    side = ["本期要点", "服务贸易保持增长", "数据要素市场建设", "网站首页", "历史期刊", "联系方式"]
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(18, 42, 40, 60, style="F")
    for k, s in enumerate(side):
        text(20, 48 + 8 * k, s, side_size)
    y = 48.0
    text(68, y, "【行业资讯】", 12)
    y += 9
    for title, body, source in (("前三季度服务贸易稳步增长", STORY, "（来源：商务部网站）"),
                                ("数据交易机构加快发展", OTHER, "（来源：人民网）")):
        text(68, y, title, 11)
        y += 7
        for s in body:
            text(68, y, s)
            y += 6
        text(160, y, source)
        y += 9
    text(68, y, "打印本页　关闭窗口", 8)
    text(20, 282, "说明：文中数据均为初步统计，仅供参考。", 7.5)
    pdf.output(str(path))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    if not CJK_FONT.exists():
        pytest.skip("the CJK font is not installed")
    out = tmp_path_factory.mktemp("chrome")
    paths = {"small": out / "small.pdf", "body": out / "body.pdf"}
    _draw(paths["small"], 8.5)
    _draw(paths["body"], 10.5)
    return paths


def _texts(issue) -> str:
    return "\n".join(f"{it.title or ''}\n{it.body}" for it in issue.items)


def test_side_column_foot_note_and_closing_are_furniture(pdfs):
    issue = parse_file(pdfs["small"])
    assert [it.title for it in issue.items] == ["前三季度服务贸易稳步增长", "数据交易机构加快发展"]
    assert [it.source for it in issue.items] == ["商务部网站", "人民网"]
    text = _texts(issue)
    for chrome in ("本期要点", "网站首页", "历史期刊", "说明", "打印本页"):
        assert chrome not in text
    assert issue.items[0].body.replace("\n", "").endswith("数字贸易规模不断扩大。")
    assert issue.items[1].body.replace("\n", "").endswith("数据资源开发利用工作稳步推进。")


def test_side_column_in_the_body_size_is_text(pdfs):
    # set as large as the stories, the side column is no furniture by size: its lines stay (read
    # first since wave 22, a sidebar down the left being read before the column beside it)
    from search.parse.readers import read_blocks
    kept = [b.text for b in read_blocks(pdfs["body"]) if b.kind != "furniture"]
    assert "网站首页" in kept and "本期要点" in kept
    assert kept.index("本期要点") < kept.index("前三季度服务贸易稳步增长")


def _draw_table_note(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def text(x: float, y: float, s: str, size: float = 10.5) -> None:
        pdf.set_font("wqy", size=size)
        pdf.text(x, y, s)

    text(70, 20, "数字贸易简报", 24)
    text(20, 32, "2026年第10期（总第46期）　大连市数字贸易协会　2026年10月31日", 10)
    text(20, 44, "【数据月报】", 12)
    y = 200.0
    text(20, y, "前三季度大连市服务贸易情况", 11)
    text(20, y + 8, "据市商务局统计，前三季度大连市服务贸易进出口保持增长，主要项目如下表。")
    top = y + 14
    rows = [("项目", "金额（亿元）", "同比（%）"), ("运输服务", "120.5", "4.2"), ("旅行服务", "88.1", "6.5"),
            ("数字服务", "230.7", "9.8")]
    for k, row in enumerate(rows):
        for c, cell in enumerate(row):
            pdf.rect(20 + 50 * c, top + 8 * k, 50, 8)
            text(22 + 50 * c, top + 8 * k + 5.5, cell, 9.5)
    text(20, top + 8 * len(rows) + 5, "注：服务贸易数据为初步统计。", 7.5)
    text(150, top + 8 * len(rows) + 14, "（来源：大连市商务局）")
    pdf.output(str(path))


def test_note_under_a_table_is_the_tables(tmp_path):
    if not CJK_FONT.exists():
        pytest.skip("the CJK font is not installed")
    path = tmp_path / "table-note.pdf"
    _draw_table_note(path)
    issue = parse_file(path)
    assert len(issue.items) == 1
    assert "注：服务贸易数据为初步统计。" in issue.items[0].body.replace("\n", "")


def test_a_note_across_two_columns_is_furniture(tmp_path):
    """Two columns of stories, then at the page's foot a `注：` across the page's width: a band of its
    own, nothing above it in it; the line it stands apart from is the last of the column before. The
    issue line over the columns has its date starting in the gutter (coledges.columns_top)."""
    from fpdf import FPDF

    if not CJK_FONT.exists():
        pytest.skip("the CJK font is not installed")
    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def text(x: float, y: float, s: str, size: float = 9.5) -> None:
        pdf.set_font("wqy", size=size)
        pdf.text(x, y, s)

    text(70, 20, "数字贸易简报", 24)
    text(20, 32, "2026年第10期（总第46期）　大连市数字贸易协会　2026年10月31日", 10)
    text(20, 44, "【行业资讯】", 12)
    for x, title, body, source in ((20, "前三季度服务贸易稳步增长", STORY, "（来源：商务部网站）"),
                                   (110, "数据交易机构加快发展", OTHER, "（来源：人民网）")):
        y = 54.0
        text(x, y, title, 11)
        y += 7
        for s in body:
            text(x, y, s)
            y += 5.5
        text(x + 40, y, source, 9)
    text(20, 282, "注：本刊所载数据均为初步统计数，仅供会员单位参考，正式数据以有关部门发布为准。", 7.5)
    path = tmp_path / "two-columns-note.pdf"
    pdf.output(str(path))
    issue = parse_file(path)
    assert [(it.title, it.source) for it in issue.items] == [("前三季度服务贸易稳步增长", "商务部网站"),
                                                             ("数据交易机构加快发展", "人民网")]
    assert "本刊所载" not in _texts(issue)
    # the issue line's gaps fall near the gutter, its date starting in it: the line is over the columns
    assert (issue.meta.number, issue.meta.date) == (10, "2026-10-31")
