"""Section banners set white on a coloured bar, and a small table in a box the text flows around
(search/parse/pdf.py, pdflayout.py). The variant is drawn here with fpdf2 in a shape of its own: one
column, dark-blue bars with near-white (not pure white) names, one of them a name no list holds
(政策解读), the box floated LEFT with the text wrapping on its right, the table's value column
headed by its unit and the table under a caption line.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LEFT, WIDTH = 20.0, 170.0


def _draw(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 20.0

    def line(text: str, x: float = LEFT, size: float = 10.5, step: float = 6.0) -> None:
        nonlocal y
        pdf.set_font("wqy", size=size)
        pdf.text(x, y, text)
        y += step

    def bar(name: str) -> None:
        nonlocal y
        y += 2
        pdf.set_fill_color(20, 40, 110)
        pdf.rect(LEFT, y - 5, 60, 7, style="F")
        pdf.set_text_color(245, 245, 245)
        line(name, LEFT + 3, size=11, step=9)
        pdf.set_text_color(0, 0, 0)

    line("数字贸易简报", LEFT + 60, size=24, step=12)
    line("2026年第7期（总第51期）　大连市数字贸易协会编　2026年7月31日", step=8)
    bar("数据月报")
    line("上半年大连市外贸出口情况")
    line("据大连海关统计，今年上半年，大连市外贸出口总额1203.5亿元，同比增长4.2%。")
    top = y - 4
    pdf.rect(LEFT, top, 62, 30)  # the box, floated left; the text wraps on its right
    pdf.set_font("wqy", size=8)
    for k, row in enumerate([("各区出口", ""), ("地区", "出口额（亿元）"), ("中山区", "210.4"),
                             ("甘井子区", "188.9"), ("金州区", "305.2")]):
        pdf.text(LEFT + 3, top + 5 + 5.5 * k, row[0])
        pdf.text(LEFT + 30, top + 5 + 5.5 * k, row[1])
    for text in ("其中，机电产品出口增长", "较快，高新技术产品出口", "保持稳定，跨境电商出口", "继续扩大。"):
        line(text, LEFT + 66)
    y = top + 36
    line("各区出口结构持续优化，外贸主体数量稳步增加。")
    line("（来源：大连日报）", LEFT + 130)
    bar("政策解读")
    line("跨境数据流动便利化措施解读")
    line("7月10日，有关部门发布促进和规范数据跨境流动的配套措施，明确了数据出境的申报条件和流程。")
    line("（来源：人民网）", LEFT + 130)
    bar("协会动态")
    line("7月18日，协会举办会员企业数据合规座谈会，二十余家会员企业参加。")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def issue(tmp_path_factory):
    path = tmp_path_factory.mktemp("banner") / "2026-07.pdf"
    _draw(path)
    return parse_file(path)


def test_a_name_reversed_out_on_a_bar_is_a_section_whatever_it_says(issue):
    assert [(it.section, it.title) for it in issue.items] == [
        ("数据月报", "上半年大连市外贸出口情况"),
        ("政策解读", "跨境数据流动便利化措施解读"),
        ("协会动态", None),
    ]
    assert issue.items[1].source == "人民网"


def test_a_small_table_in_a_box_the_text_flows_around_keeps_its_cells_in_its_item(issue):
    report = issue.items[0]
    assert [["地区", "出口额（亿元）"], ["中山区", "210.4"], ["甘井子区", "188.9"], ["金州区", "305.2"]] in report.tables
    assert "其中，机电产品出口增长较快" in report.body.replace("\n", "")
    assert "305.2" not in issue.items[1].body


def test_a_change_column_with_no_value_column_before_it_names_what_changed():
    """`时段 | 出口同比（%）`: rows of periods, the one column a change of what its head names."""
    from search.figures.prose import Context, Reader
    from search.figures.tables import read_table

    reader = Reader(Context(2026, False, 7, 2026), {"file": "x", "item": "i", "issue": "k"}, None)
    rows = [["时段", "出口同比（%）"], ["1-5月", "3.1"], ["上半年", "-0.4"]]
    got = [(f.indicator, f.period, f.value, f.yoy_pct) for f in read_table(rows, reader)]
    assert got == [("出口", "2026-01/2026-05", None, 3.1), ("出口", "2026-01/2026-06", None, -0.4)]


def test_light_text_on_the_paper_is_no_banner(tmp_path):
    """Near-white ink with no fill behind it (a faint watermark) does not start a section."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.add_page()
    pdf.set_font("wqy", size=10.5)
    y = 20.0
    for text, light in [("数字贸易简报", False), ("2026年第7期（总第51期）　2026年7月31日", False), ("【行业资讯】", False),
                        ("跨境数据流动便利化措施解读", False), ("仅供会员内部参考", True),
                        ("7月10日，有关部门发布促进和规范数据跨境流动的配套措施。", False), ("（来源：人民网）", False)]:
        pdf.set_text_color(*((245, 245, 245) if light else (0, 0, 0)))
        pdf.text(LEFT, y, text)
        y += 7
    path = tmp_path / "2026-07.pdf"
    pdf.output(str(path))
    got = parse_file(path)
    assert [(it.section, it.title, it.source) for it in got.items] == [("行业资讯", "跨境数据流动便利化措施解读", "人民网")]
