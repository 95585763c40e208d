"""Two shapes of blind8's LibreOffice export (issue 16, wave 12), each set here in a variant of its own:

- a table without ruling lines whose rows are shaded in stripes, each cell filled on its own: the
  filled cells are no framed sidebars (pdfframes.py), so the last shaded row stays a row of the table
  and is not run into the paragraph after it;
- a page in two columns, then a part set across the page whose section heading and title stand in the
  first column, below the foot of the second: the heading and title go with the text across the page
  below (colbands.heads_below), not with the first column's story, read before the second column.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file
from search.parse.readers import read_blocks

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")

ROWS = [("指标", "出口额（亿美元）", "增速（%）"), ("软件出口", "21.4", "6.3"), ("服务外包执行额", "38.9", "8.1"),
        ("跨境电商出口", "12.7", "15.2"), ("技术贸易出口", "4.6", "2.9")]
AFTER = "前三季度，全市数字贸易进出口总额183.5亿元，同比增长9.4%，占服务贸易比重提高1.2个百分点。"


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.add_page()
    pdf.set_font("wqy", size=9)
    pdf.text(20, 12, "数字贸易简报 · 2025年第9期")
    pdf.text(95, 288, "第 1 页")
    return pdf


def striped(path: Path, shaded: tuple[int, ...]) -> Path:
    """A data report: a paragraph, a table of `ROWS` whose rows `shaded` have each cell filled, a
    paragraph right after the table."""
    pdf = _pdf()
    pdf.set_xy(20, 25)
    pdf.set_font("wqy", size=15)
    pdf.cell(0, 10, "■ 数据月报", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=10.5)
    pdf.set_x(20)
    pdf.multi_cell(170, 6.5, "市商务局10月发布数据，前三季度全市数字贸易保持较快增长，主要指标如下。")
    y, widths = pdf.get_y() + 3, (70, 55, 45)
    for n, row in enumerate(ROWS):
        x = 20
        for k, (cell, width) in enumerate(zip(row, widths)):
            if n in shaded:
                pdf.set_fill_color(235, 241, 248)
                pdf.rect(x, y, width, 8.5, style="F")
            pdf.set_xy(x + 1.5, y)
            pdf.cell(width - 3, 8.5, cell, align="L" if k == 0 or n == 0 else "R")
            x += width
        y += 8.5
    pdf.set_xy(20, y + 1)  # close under the table, as a word processor sets the next paragraph
    pdf.multi_cell(170, 6.5, "　　" + AFTER)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("shaded", [(1, 3), (2, 4), (0, 2, 4)], ids=["odd", "even-last", "header-too"])
def test_a_table_in_shaded_stripes_keeps_its_last_row_and_the_paragraph_after_it(tmp_path, shaded):
    blocks = read_blocks(striped(tmp_path / "striped.pdf", shaded))
    [table] = [b.cells for b in blocks if b.kind == "table"]
    assert table == [list(r) for r in ROWS]
    assert any(b.kind == "paragraph" and b.text.replace("\u3000", "").strip() == AFTER for b in blocks)


LEFT = ("【行业资讯】", "跨境电商综试区建设提速", [
    "今年以来，大连市持续推进跨境电子商务综合试验区建设，新增海外仓12个，跨境电商进出口额同比增长23.4%。",
    "有关负责人表示，将进一步完善公共服务平台功能，支持企业拓展东北亚市场。"], "来源：大连日报")
RIGHT = ("【专题关注】", "数据要素市场加快建设", [
    "11月20日，国家数据局举行新闻发布会，介绍推进数据要素市场化配置改革的有关情况。"], "来源：人民网")
BELOW = ("【会员风采】", "大连华信计算机技术股份有限公司", [
    "大连华信计算机技术股份有限公司成立于1996年，是国内较早从事对日软件外包的企业之一，现已形成金融、电信、医疗等"
    "多个行业解决方案。", "公司近年来加快数字化转型服务布局，服务外包执行额连续多年位居全市前列。"])
LAST = ("【协会动态】", "11月25日，协会召开第三届理事会第五次会议，审议通过2026年度工作计划。")


def heads_under_columns(path: Path, heading: str, title_size: float, in_column: bool = False) -> Path:
    """Two columns (the right one shorter), then across the page a section whose heading and title
    are short enough to stand in the left column, below the foot of the right one. `in_column`: that
    section is set in the left column instead, its text wrapped there."""
    from fpdf.enums import WrapMode

    def story(section, title, paragraphs, source, width, x):
        pdf.set_font("wqy", size=15)
        pdf.cell(width, 10, heading.format(section[1:-1]), new_x="LEFT", new_y="NEXT")
        pdf.set_font("wqy", size=title_size)
        pdf.multi_cell(width, 7.5, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font("wqy", size=10.5)
        for p in paragraphs:
            pdf.multi_cell(width, 5.5, "　　" + p, new_x="LEFT", new_y="NEXT", wrapmode=WrapMode.CHAR)
        if source:
            pdf.multi_cell(width, 5.5, source, new_x="LEFT", new_y="NEXT", align="R")

    pdf = _pdf()
    pdf.set_left_margin(20)
    bottom = 0.0
    for x, column in ((20, [LEFT] + ([BELOW + (None,)] if in_column else [])), (110, [RIGHT])):
        pdf.set_xy(x, 25)
        for part in column:
            story(*part, 80, x)
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(20, bottom)  # a line's gap above the heading: no wider than the gaps in a column
    if not in_column:
        story(*BELOW, None, 170, 20)
    pdf.set_font("wqy", size=15)
    pdf.cell(0, 10, heading.format(LAST[0][1:-1]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=10.5)
    pdf.multi_cell(170, 5.5, "　　" + LAST[1], new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("heading, title_size", [("【{}】", 12.5), ("◆ {}", 10.5)], ids=["brackets", "diamond-plain-title"])
def test_a_heading_and_title_under_the_shorter_column_go_with_the_text_across_the_page(tmp_path, heading, title_size):
    issue = parse_file(heads_under_columns(tmp_path / "heads.pdf", heading, title_size))
    assert [(i.section, i.title, i.source) for i in issue.items] == [
        ("行业资讯", LEFT[1], "大连日报"), ("专题关注", RIGHT[1], "人民网"), ("会员风采", BELOW[1], None), ("协会动态", None, None)]
    bodies = [i.body.replace("\u3000", "").replace("\n", "") for i in issue.items]
    assert bodies[:3] == ["".join(LEFT[2]), "".join(RIGHT[2]), "".join(BELOW[2])]


def test_a_heading_with_its_text_wrapped_in_the_longer_column_stays_in_that_column(tmp_path):
    issue = parse_file(heads_under_columns(tmp_path / "own.pdf", "【{}】", 12.5, in_column=True))
    assert [(i.section, i.title, i.source) for i in issue.items] == [
        ("行业资讯", LEFT[1], "大连日报"), ("会员风采", BELOW[1], None), ("专题关注", RIGHT[1], "人民网"), ("协会动态", None, None)]
