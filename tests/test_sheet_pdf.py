"""A briefing kept as a spreadsheet and printed: one ruled grid a page, read as rows (search/parse/sheet.py).

The variant is drawn here with fpdf2, in a shape of its own: portrait, row numbers but no column
letters, columns 类别/题目/正文/出处, sections named otherwise (政策速递, 数据观察), a data table of
three sub-columns (地区 | 金额 | 单位) where the 正文 column is cut, a section cell merged down over
its rows and across the page turn, the column names repeated on page 2.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
WIDTHS = [8, 20, 34, 30, 22, 22, 34]  # mm: row number, 类别, 题目, 正文 (cut in three below), 出处
LINE = 4.2

LONG_A = ("5月12日，市商务局召开跨境电商工作推进会，部署下一阶段海外仓建设和品牌出海工作，要求各区市"
          "加快培育外贸新业态新模式。")
LONG_B = ("会议指出，全市跨境电商企业已超过六百家，今年将新增公共海外仓五个，推动更多本地产品进入"
          "东南亚和中东市场，并为中小企业提供通关、物流和结汇一站式服务。")
LONG_C = "大连港集团5月20日发布消息，一季度港口集装箱吞吐量同比增长百分之七，冷链货物增长明显。"
LONG_D = "今年1-4月，全市服务贸易进出口保持增长，其中数字交付服务贸易增长较快。"
LONG_E = "6月5日，协会组织会员企业赴大连高新区调研数据标注产业，二十余家企业参加交流。"


def _wrap(pdf, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if pdf.get_string_width(line + ch) > width - 2:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def _sheet_pdf(path: Path) -> None:
    """Two pages of a ruled grid: cells (row, col, rowspan, colspan, text); None rows are page turns."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_font("wqy", size=8)
    pdf.set_auto_page_break(False)
    head = [(1, 1, "类别"), (2, 1, "题目"), (3, 3, "正文"), (6, 1, "出处")]
    pages = [
        [  # (row cells: (col, colspan, rowspan, text)) rows
            [(1, 6, 1, "数字贸易简报　2026年第5期（总第49期）　2026年5月31日")],
            [(1, 1, 3, "政策速递"), (2, 1, 1, "市商务局部署跨境电商工作"), (3, 3, 1, LONG_A + "\n" + LONG_B),
             (6, 1, 1, "大连日报")],
            [(2, 1, 1, "大连港一季度集装箱吞吐量增长"), (3, 3, 1, LONG_C), (6, 1, 1, "新华网")],
            [(2, 1, 1, "数据标注产业调研"), (3, 3, 1, LONG_E), (6, 1, 1, "")],
        ],
        [
            [(1, 1, 4, "数据观察"), (2, 1, 4, "大连市服务贸易进出口情况"), (3, 3, 1, LONG_D), (6, 1, 4, "大连市商务局")],
            [(3, 1, 1, "地区"), (4, 1, 1, "进出口额"), (5, 1, 1, "单位")],
            [(3, 1, 1, "中山区"), (4, 1, 1, "12.5"), (5, 1, 1, "亿美元")],
            [(3, 1, 1, "西岗区"), (4, 1, 1, "8.3"), (5, 1, 1, "亿美元")],
        ],
    ]
    number = 0
    for rows in pages:
        pdf.add_page()
        x_at = [10.0]
        for w in WIDTHS:
            x_at.append(x_at[-1] + w)
        y = 15.0
        # the column names, repeated on every page
        heights = [LINE + 2]
        layout = [[(c, span, 1, [t]) for c, span, t in head]]
        for row in rows:
            lines = []
            for c, span, rspan, text in row:
                width = sum(WIDTHS[c:c + span])
                lines.append((c, span, rspan, [l for part in text.split("\n") for l in _wrap(pdf, part, width)]))
            layout.append(lines)
            heights.append(max(len(t) for c, s, r, t in lines if r == 1) * LINE + 2 if any(r == 1 for _, _, r, _ in lines) else LINE + 2)
        tops = [y]
        for h in heights:
            tops.append(tops[-1] + h)
        for k, lines in enumerate(layout):
            if k:
                number += 1
                pdf.rect(x_at[0], tops[k], WIDTHS[0], heights[k])
                pdf.text(x_at[0] + 1, tops[k] + LINE, str(number))
            for c, span, rspan, text in lines:
                x0, x1 = x_at[c], x_at[c + span]
                bottom = tops[k + rspan]
                pdf.rect(x0, tops[k], x1 - x0, bottom - tops[k])
                for j, t in enumerate(text):
                    pdf.text(x0 + 1, tops[k] + LINE * (j + 1), t)
        pdf.rect(x_at[0], tops[0], WIDTHS[0], heights[0])
    pdf.output(str(path))


@pytest.fixture(scope="module")
def issue(tmp_path_factory):
    path = tmp_path_factory.mktemp("sheet") / "2026-05.pdf"
    _sheet_pdf(path)
    return parse_file(path)


def test_sheet_rows_are_items_under_their_merged_section(issue):
    got = [(it.section, it.title, it.source) for it in issue.items]
    assert got == [
        ("政策速递", "市商务局部署跨境电商工作", "大连日报"),
        ("政策速递", "大连港一季度集装箱吞吐量增长", "新华网"),
        ("政策速递", "数据标注产业调研", None),
        ("数据观察", "大连市服务贸易进出口情况", "大连市商务局"),
    ]
    assert issue.meta.date == "2026-05-31"
    first = issue.items[0].body
    assert "要求各区市加快培育" in first and "会议指出" in first  # a wrapped line runs on
    assert "1\n" not in first and "政策速递" not in first  # no row number, no section cell in the text


def test_sub_columns_of_the_text_are_a_table_with_units_from_their_column(issue):
    from search.figures import read_item

    assert issue.items[-1].tables == [[["地区", "进出口额", "单位"], ["中山区", "12.5", "亿美元"],
                                       ["西岗区", "8.3", "亿美元"]]]
    found, _ = read_item(issue.items[-1])
    assert [(f.indicator, f.breakdown, f.value, f.unit) for f in found] == [
        ("进出口额", "中山区", 12.5, "亿美元"), ("进出口额", "西岗区", 8.3, "亿美元")]
    assert "本月" not in issue.items[-1].body and "12.5" in issue.items[-1].body


def test_a_unit_column_gives_any_short_word_and_a_measure_column_makes_rows_breakdowns():
    """`产品 | 产量 | 单位`: rows that name no measure are what the measured column is broken down by;
    the unit column's word is the unit, listed or not (`万射频模块`)."""
    from search.figures.prose import Context, Reader
    from search.figures.tables import read_table

    reader = Reader(Context(2025, False, 4, 2026), {"file": "x", "item": "i", "issue": "k"}, (2025, 1, 12))
    rows = [["产品", "销量", "单位"], ["扫地机器人", "120.5", "万只"], ["合计", "300", "万只"]]
    got = [(f.indicator, f.breakdown, f.value, f.unit) for f in read_table(rows, reader)]
    assert got[0] == ("销量", "扫地机器人", 120.5, "万只")


def test_a_ruled_table_of_long_cells_on_a_page_of_stories_is_not_a_sheet(tmp_path):
    """A grid that holds only part of the page's text is a table among the stories, not the page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.add_page()
    pdf.set_font("wqy", size=10)
    y = 20.0
    for text in ["数字贸易简报", "2026年第5期（总第49期）　2026年5月31日", "【行业资讯】", "大连港一季度集装箱吞吐量增长",
                 LONG_C[:40], LONG_C[40:], "（来源：新华网）", "【协会动态】", LONG_E[:40], LONG_E[40:],
                 LONG_D[:30], LONG_D[30:], LONG_A[:40], LONG_A[40:], LONG_B[:40], LONG_B[40:]]:
        pdf.text(20, y, text)
        y += 7
    for k, cell in enumerate([LONG_A, LONG_B, LONG_A]):  # a ruled table of long cells, below the text
        top = y + 2 + k * 16
        pdf.rect(20, top, 30, 16)
        pdf.rect(50, top, 120, 16)
        pdf.rect(170, top, 20, 16)
        pdf.text(22, top + 5, "说明")
        pdf.text(172, top + 5, "备查")
        for j, part in enumerate(_wrap(pdf, cell, 120)):
            pdf.text(52, top + 5 + 4.5 * j, part)
    path = tmp_path / "2026-05.pdf"
    pdf.output(str(path))
    got = parse_file(path)
    assert [it.section for it in got.items][:1] == ["行业资讯"]
    assert got.items[0].title == "大连港一季度集装箱吞吐量增长"
