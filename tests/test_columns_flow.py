"""Columns that flow: a PDF body in two or three columns, read column by column, a paragraph or a
story cut by the foot of a column or of a page joined again, the running header and the page
numbers dropped; tables without ruling lines inside a column read as cells, their wrapped header
cells joined and a group heading over two columns given to both.

The PDFs are set at test time (tests/typeset.py, fpdf2 with a CJK font), in shapes of their own: a
one-column masthead and contents above the columns, a table in the first column, a story that starts
at the foot of a column, a page whose second column is empty, three columns on a page.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from typeset import CJK_FONT, Typeset  # noqa: E402

from search.parse.columns import Box, regions  # noqa: E402
from search.parse.parser import parse_file  # noqa: E402
from search.parse.readers import read_blocks  # noqa: E402

pytestmark = pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")

REPORT = ("2025年一季度全市软件和信息技术服务业数据", [
    "市工业和信息化局4月18日发布数据，一季度全市软件业务收入412.6亿元，同比增长9.3%；其中软件出口"
    "8.75亿美元，同比增长4.1%。分领域看："])
TABLE = [["领域", ["收入（亿", "元）"], ["增速", "（%）"]],
         [["信息技术服务", "收入"], "268.4", "10.2"],
         ["软件产品收入", "97.1", "7.6"],
         ["嵌入式系统软件收入", "47.1", "8.9"]]
AFTER = "前三个月，全市软件和信息技术服务业从业人员达到18.2万人，比去年同期增加0.6万人。"
STORIES = [
    ("行业资讯", "跨境电商综试区扩围至全国", "新华网", [
        "3月12日，国务院常务会议决定在更多城市设立跨境电子商务综合试验区。会议指出，2024年我国跨境电商"
        "进出口2.63万亿元，增长10.8%，占货物贸易进出口的6%左右，已成为外贸发展的重要力量。",
        "会议要求，各地要完善海外仓布局，支持企业建设独立站，推动跨境电商与产业带深度融合，培育一批具有"
        "国际竞争力的品牌企业。"]),
    ("行业资讯", "数据出境安全评估申报指南修订", "人民网", [
        "国家互联网信息办公室日前发布修订后的数据出境安全评估申报指南，进一步简化申报材料，明确评估时限，"
        "并对个人信息出境标准合同备案作出细化规定。",
        "有关负责人表示，修订后的指南将为企业开展跨境数据流动提供更加清晰的预期，降低合规成本，促进数字"
        "贸易健康发展。"]),
    ("会员风采", "大连华信计算机技术股份有限公司", None, [
        "大连华信计算机技术股份有限公司成立于1996年，是国内较早从事对日软件外包的企业之一，现已形成金融、"
        "电信、医疗等多个行业解决方案。",
        "公司近年来加快数字化转型服务布局，在东京、大阪设有分支机构，服务外包执行额连续多年位居全市前列。"]),
]


def issue_pdf(path: Path, columns: list[tuple[float, float]], bottom: float) -> Path:
    """An issue: masthead and contents across the page, then the body in `columns`, the data
    report (with its table) first; the columns end `bottom` millimetres down the page."""
    t = Typeset(columns, "数字贸易简报 · 2025年第3期", "— {n} —", bottom=bottom)
    t.full("数字贸易简报", 22, 3, center=True)
    t.full("2025年第3期（总第37期）", 12, 2, center=True)
    t.full("大连市数字贸易协会秘书处编印        2025年3月31日", 10, 6, center=True)
    t.full("本期目录", 12, 2)
    t.full(f"【数据月报】{REPORT[0]}", 10, 1.5)
    for section, title, _, _ in STORIES:
        t.full(f"【{section}】{title}", 10, 1.5)
    t.space(5)
    t.columns_start()
    t.para("数据月报", size=15, indent=0, gap=2)
    t.para(REPORT[0], size=13, indent=0, gap=2)
    for p in REPORT[1]:
        t.para(p)
    width = columns[0][1]
    t.table(TABLE, [width * 0.5, width * 0.28, width * 0.22])
    t.para(AFTER)
    last = None
    for section, title, source, paragraphs in STORIES:
        if section != last:
            t.para(section, size=15, indent=0, gap=2)
            last = section
        t.para(title, size=13, indent=0, gap=2)
        for p in paragraphs:
            t.para(p)
        if source:
            t.para(f"来源：{source}", right=True)
    return t.output(path)


def _check(path: Path, pages: int) -> None:
    blocks = read_blocks(path)
    assert max(b.page for b in blocks) == pages
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    for _, _, _, paragraphs in STORIES:  # every paragraph whole, wherever a column or page cut it
        for p in paragraphs:
            assert p in texts
    assert REPORT[1][0] in texts and AFTER in texts
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.cells == [["领域", "收入（亿元）", "增速（%）"], ["信息技术服务收入", "268.4", "10.2"],
                           ["软件产品收入", "97.1", "7.6"], ["嵌入式系统软件收入", "47.1", "8.9"]]
    furniture = [b.text for b in blocks if b.kind == "furniture"]
    assert "— 1 —" in furniture
    if pages > 1:  # a running header is known by its repeating
        assert furniture.count("数字贸易简报 · 2025年第3期") == pages
    issue = parse_file(path)
    assert [(i.section, i.title, i.source, i.body) for i in issue.items[1:]] == [
        (section, title, source, "\n".join(paragraphs)) for section, title, source, paragraphs in STORIES]
    assert issue.items[0].title == REPORT[0] and issue.items[0].body.endswith(AFTER)


def test_two_columns_flow_down_the_page_and_onto_the_next(tmp_path):
    """Two columns over two pages: the first column holds the data report and its table and runs
    into the second mid-paragraph; the second runs onto page 2, where only the first column is
    filled."""
    path = issue_pdf(tmp_path / "two.pdf", [(20, 80), (110, 80)], bottom=185)
    _check(path, 2)


def test_three_columns_are_read_left_to_right(tmp_path):
    path = issue_pdf(tmp_path / "three.pdf", [(15, 56), (77, 56), (139, 56)], bottom=240)
    _check(path, 1)


def group_table_pdf(path: Path) -> Path:
    """One column; a table whose header is two rows: 出口 and 进口 each centred over its 金额 and
    同比 columns, the headings set to the left of their cells and the numbers to the right."""
    t = Typeset([(20, 170)], "数字贸易简报 · 2025年第5期", "第{n}页")
    t.full("数字贸易简报", 22, 3, center=True)
    t.full("2025年第5期（总第39期）", 12, 6, center=True)
    t.columns_start()
    t.para("数据月报", size=15, indent=0, gap=2)
    t.para("1-4月全市分地区服务贸易进出口情况", size=13, indent=0, gap=2)
    t.para("据市商务局统计，1-4月全市服务贸易保持增长，分地区情况如下：")
    t.table([["", ("出口", 2), ("进口", 2)],
             ["地区", "金额（亿元）", "同比（%）", "金额（亿元）", "同比（%）"],
             ["东部地区", "1234.5", "6.7", "987.6", "-1.2"],
             ["中部地区", "456.7", "8.1", "321.0", "3.3"]], [40, 32, 32, 32, 32])
    t.para("其中，东部地区出口占全市比重超过六成。")
    return t.output(path)


def test_a_group_heading_over_two_columns_heads_both(tmp_path):
    from search import figures

    path = group_table_pdf(tmp_path / "group.pdf")
    [table] = [b for b in read_blocks(path) if b.kind == "table"]
    assert table.cells == [["地区", "出口金额（亿元）", "出口同比（%）", "进口金额（亿元）", "进口同比（%）"],
                           ["东部地区", "1234.5", "6.7", "987.6", "-1.2"], ["中部地区", "456.7", "8.1", "321.0", "3.3"]]
    found = figures.extract_issue(parse_file(path))
    imports = [f for f in found if f["value"] == 987.6]
    assert [(f["breakdown"], f["unit"], f["yoy_pct"]) for f in imports] == [("东部地区", "亿元", -1.2)]
    assert "进口" in imports[0]["indicator"]


CSS_PAGE = """<html><head><meta charset="utf-8"><style>
body{font-family:"WenQuanYi Micro Hei";font-size:10.5pt;margin:0} h1{text-align:center;font-size:22pt}
.cols{column-count:2;column-gap:8mm;text-align:justify} h2{font-size:15pt;margin:4pt 0}
h3{font-size:13pt;margin:4pt 0} p{text-indent:2em;margin:0 0 3pt 0} .src{text-align:right}
table{border-collapse:collapse;font-size:9pt;width:100%%} td,th{padding:2pt 3pt;text-align:left;font-weight:normal}
</style></head><body><h1>数字贸易简报</h1>
<p style="text-align:center;text-indent:0">2025年第6期（总第40期）　　大连市数字贸易协会编印　　2025年6月30日</p>
<div class="cols"><h2>数据月报</h2><h3>5月全市服务贸易运行情况</h3><p>%s</p>
<table><tr><th>领域</th><th>进出口额（亿元）</th><th>同比（%%）</th></tr>
<tr><td>电信、计算机和信息服务</td><td>58.6</td><td>12.4</td></tr><tr><td>其他商业服务</td><td>31.2</td><td>6.8</td></tr>
<tr><td>知识产权使用费</td><td>9.7</td><td>-2.1</td></tr></table><p class="src">来源：大连市商务局</p>
<h2>行业资讯</h2><h3>%s</h3><p>%s</p><p>%s</p><p class="src">来源：%s</p>
<h3>%s</h3><p>%s</p><p>%s</p><p class="src">来源：%s</p></div></body></html>"""
CSS_REPORT = ("据市商务局统计，1-5月全市服务进出口总额186.4亿元，同比增长7.2%。其中出口112.3亿元，同比增长9.5%；"
              "进口74.1亿元，同比增长3.9%。知识密集型服务进出口保持较快增长，主要领域情况如下：")


def test_css_columns_printed_by_chromium(tmp_path):
    """A page in CSS columns printed by Chromium: justified text, table cells set in the middle of
    their rows (a wrapped label's number between its two lines)."""
    from playwright.sync_api import sync_playwright

    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no chromium at /usr/bin/chromium")
    stories = [s[1:] for s in STORIES[:2]]
    html = CSS_PAGE % ((CSS_REPORT,) + tuple(x for title, source, (a, b) in stories for x in (title, a, b, source)))
    path = tmp_path / "css.pdf"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_content(html)
        page.pdf(path=str(path), format="A4", margin={"top": "20mm", "bottom": "20mm", "left": "20mm",
                                                       "right": "20mm"})
        browser.close()
    [table] = [b for b in read_blocks(path) if b.kind == "table"]
    assert table.cells == [["领域", "进出口额（亿元）", "同比（%）"], ["电信、计算机和信息服务", "58.6", "12.4"],
                           ["其他商业服务", "31.2", "6.8"], ["知识产权使用费", "9.7", "-2.1"]]
    issue = parse_file(path)
    assert [(i.title, i.source, i.body) for i in issue.items[1:]] == [
        (title, source, "\n".join(paragraphs)) for title, source, paragraphs in stories]
    assert issue.items[0].body.startswith(CSS_REPORT)


def box(x0, top, x1, text="字"):
    return Box(x0, top, x1, top + 10, text)


def test_a_table_in_one_column_is_found_inside_that_column():
    """The rows of a column's table line up with rows of the column beside it: the column is read
    whole, its table as cells, before the other column."""
    left = [box(50, 14 * k, 290) for k in range(4)]
    table = [b for k in range(4, 8) for b in (box(50, 14 * k + 3, 120, "甲"), box(200, 14 * k + 3, 240, "1.0"),
                                                 box(260, 14 * k + 3, 290, "2.0"))]
    right = [box(310, 14 * k, 550) for k in range(10)]
    found = regions(left + table + right, 10)
    assert [(r.kind, round(r.x0), round(r.x1)) for r in found] == [
        ("text", 50, 290), ("table", 50, 290), ("text", 310, 550)]
    assert found[1].rows == [["甲", "1.0", "2.0"]] * 4


def test_a_line_stopped_short_by_a_number_is_wrapped_but_one_ending_a_sentence_is_not():
    """Word processors break before a number that does not fit (`…同比增长` / `0.5%。…`) and before
    a character whose closing mark may not begin a line (`…出海专` / `班”…`): such a line stops
    short of the edge and still wraps. A line that ends a sentence ends its paragraph, even when
    the next one starts with a number at the margin."""
    from search.parse.pdf import _layout, _Line, _Page

    def line(text, top, x1=500.0, x0=50.0):
        return _Line(text, x0, x1, top, top + 10, 10.0, False, "SimSun", 1, 550.0, 800.0)

    edge = [line("这是对齐到右边的一行正文，用来确定栏的右边。", 100 + 14 * k, x0=70 if k == 0 else 50) for k in range(3)]
    lines = edge + [line("执行额11688.8亿元，同比增长", 142, x1=470, x0=70), line("0.5%。以美元计，合同额和执行额分别为", 156),
                    line("2181.8亿美元和1634.3亿美元。", 170, x1=465), line("2025年，全市新设外资企业", 184),
                    line("香港投资推广署设立“内地企业出海专", 198, x1=482), line("班”，为企业落户提供服务。", 212, x1=300)]
    texts = [b.text for b in _layout([_Page(1, 550.0, 800.0, lines)])]
    assert texts[1:] == ["执行额11688.8亿元，同比增长0.5%。以美元计，合同额和执行额分别为2181.8亿美元和1634.3亿美元。",
                         "2025年，全市新设外资企业香港投资推广署设立“内地企业出海专班”，为企业落户提供服务。"]
