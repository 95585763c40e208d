"""A booklet imposed two pages to a sheet (imposed.py): an A5 booklet printed on A4 landscape in
saddle-stitch order (sheet 1: 4 | 1, sheet 2: 2 | 3), each half with its folio `— n —` at its foot.
The halves are read as pages, in their folios' order, so a story cut at a page turn reads on. Drawn
here with fpdf2."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

PAGES = {
    1: ["数字贸易简报", "2025年第8期　大连市数字贸易协会　2025年8月29日", "【行业资讯】",
        "跨境电商出口保持较快增长", "海关总署近日发布数据显示，前七个月我国跨境", "电商进出口规模继续扩大，其中出口增长较快，"],
    2: ["带动外贸企业加快转型，海外仓建设稳步推进，", "跨境物流服务能力不断提升。", "（来源：海关总署网站）",
        "数据交易机构加快发展", "国家数据局日前介绍，全国已有数十个数据交易"],
    3: ["机构挂牌运营，数据产品交易日益活跃，公共数", "据资源开发利用工作稳步推进。", "|来源| 人民网"],
    4: ["大连市数字贸易协会秘书处　编印", "地址：大连市沙河口区（内部资料）", "本期印数：80册"],
}


def _draw(path: Path, sheets: list[tuple[int, int]], folios: bool = True) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")  # 297 x 210 mm: two A5 pages side by side
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    for pair in sheets:
        pdf.add_page()
        for half, number in enumerate(pair):
            x = 20 + 148.5 * half
            y = 25.0
            for k, s in enumerate(PAGES[number]):
                size = 20 if number == 1 and k == 0 else 10.5
                pdf.set_font("wqy", size=size)
                pdf.text(x, y, s)
                y += 12 if size > 12 else 7
            if folios:
                pdf.set_font("wqy", size=9)
                pdf.text(x + 50, 198, f"— {number} —")
        pdf.set_dash_pattern(dash=2, gap=2)  # the fold
        pdf.line(148.5, 10, 148.5, 200)
        pdf.set_dash_pattern()
    pdf.output(str(path))


@pytest.fixture
def booklet(tmp_path):
    if not CJK_FONT.exists():
        pytest.skip("the CJK font is not installed")

    def make(sheets, folios=True):
        path = tmp_path / "简报2025-08_小册子.pdf"
        _draw(path, sheets, folios)
        return path
    return make


def _text(path: Path) -> str:
    from search.parse.readers import read_blocks
    return "".join(b.text for b in read_blocks(path)).replace("\n", "")


def test_saddle_stitched_sheets_read_in_folio_order(booklet):
    issue = parse_file(booklet([(4, 1), (2, 3)]))
    # the back cover, read last, holds only closing lines: furniture, no item (colophon.py)
    assert [it.title for it in issue.items] == ["跨境电商出口保持较快增长", "数据交易机构加快发展"]
    assert [it.source for it in issue.items] == ["海关总署网站", "人民网"]
    body = issue.items[0].body.replace("\n", "")
    assert "其中出口增长较快，带动外贸企业加快转型" in body
    assert "公共数据资源开发利用" in issue.items[1].body.replace("\n", "")


def test_halves_are_pages_of_their_own(booklet):
    text = _text(booklet([(4, 1), (2, 3)]))
    assert text.index("数字贸易简报") < text.index("跨境物流服务") < text.index("机构挂牌运营") < text.index("本期印数")
    # each half's folio is its own (a line of its own, not run into the other half's)
    assert "— 1 —" in text and "— 4 —" in text


def test_without_folios_the_sheets_read_as_printed(booklet):
    # no folio on the halves: nothing says the sheet holds two pages, nor their order
    text = _text(booklet([(1, 2), (3, 4)], folios=False))
    assert text.index("数字贸易简报") < text.index("本期印数")


@pytest.mark.parametrize("line", ["|来源| 华商韬略", "｜来源｜华商韬略", "│来源│ 华商韬略"])
def test_a_key_framed_by_bars_is_a_source(line):
    from search.parse.sources import source_line
    assert source_line(line) == "华商韬略"
