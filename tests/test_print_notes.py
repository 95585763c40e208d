"""A briefing printed from a browser: the browser's own header and footer on every page (the print
date and time, the page title, the address printed from, `n/m` page numbers) are furniture, whether
read as one line or cut in two by the columns; a story whose source is given only in a footnote at
the foot of the page (`[1] 来源：X`, cited by `[1]` in its text) gets that source, the note is not
body text, and the story goes on after it.

The PDF is set at test time (tests/typeset.py) in a shape of its own: two columns over two pages,
the stamp in 24-hour Chinese form, a `file://` address, a bracketed note mark.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from typeset import CJK_FONT, Typeset  # noqa: E402
from test_columns_flow import REPORT, STORIES, TABLE, AFTER  # noqa: E402

from search.parse.parser import parse_file  # noqa: E402
from search.parse.readers import read_blocks  # noqa: E402

pytestmark = pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed")

NOTE_SOURCE = "中国新闻网"
CITED = ("行业资讯", "粤港澳大湾区数据跨境流动试点扩围", [
    "国家网信办近日会同有关部门扩大粤港澳大湾区数据跨境流动便利化试点范围[1]，新增金融、航运等领域的"
    "数据出境场景，企业可按标准合同备案后开展数据流动。",
    "有关负责人表示，下一步将总结试点经验，适时向其他地区推广。"])


class BrowserPrint(Typeset):
    """Pages as a browser prints them: date and time at the top left, the page title in the middle;
    the address at the bottom left, `n/m` at the bottom right (m filled in at the end)."""

    def __init__(self, *args, **kwargs):
        self.notes: dict[int, str] = {}
        super().__init__(*args, **kwargs)

    def _new_page(self) -> None:
        self.pdf.add_page()
        self.pages += 1
        self.pdf.set_font("wqy", size=8)
        self.pdf.text(8, 6, "2026/3/5 15:05")
        self.pdf.text(105 - self.pdf.get_string_width(self.header) / 2, 6, self.header)
        self.pdf.text(8, 292, "file:///home/secretariat/briefing-2025-03.html")
        self.pdf.text(195, 292, f"{self.pages}/2")
        self.column = 0
        self.y = self.column_top = self.top

    def note(self, text: str) -> None:
        """A footnote at the foot of the current page, below the columns."""
        self.pdf.set_font("wqy", size=8)
        self.pdf.text(20, self.bottom + 12, text)


def browser_pdf(path: Path) -> Path:
    t = BrowserPrint([(20, 80), (110, 80)], "数字贸易简报 2025年第3期", "", bottom=190)
    t.full("数字贸易简报", 22, 3, center=True)
    t.full("2025年第3期（总第37期）        2025年3月31日", 10, 6, center=True)
    t.columns_start()
    t.para("数据月报", size=15, indent=0, gap=2)
    t.para(REPORT[0], size=13, indent=0, gap=2)
    for p in REPORT[1]:
        t.para(p)
    t.table(TABLE, [80 * 0.5, 80 * 0.28, 80 * 0.22])
    t.para(AFTER)
    t.para(CITED[0], size=15, indent=0, gap=2)
    t.para(CITED[1], size=13, indent=0, gap=2)
    for p in CITED[2]:
        t.para(p)
    t.note(f"[1] 来源：{NOTE_SOURCE}")
    for section, title, source, paragraphs in STORIES:
        t.para(title, size=13, indent=0, gap=2)
        for p in paragraphs:
            t.para(p)
        if source:
            t.para(f"来源：{source}", right=True)
    assert t.pages == 2
    return t.output(path)


def test_browser_furniture_is_dropped_and_a_footnote_gives_the_source(tmp_path):
    path = browser_pdf(tmp_path / "printed.pdf")
    blocks = read_blocks(path)
    body = "\n".join(b.text for b in blocks if b.kind != "furniture")
    for stamp in ("15:05", "file://", "1/2", "2/2"):
        assert stamp not in body
    assert "[1]" not in body
    [note] = [b for b in blocks if b.note]
    assert note.text == f"来源：{NOTE_SOURCE}"
    issue = parse_file(path)
    cited = next(i for i in issue.items if i.title == CITED[1])
    assert cited.source == NOTE_SOURCE
    assert cited.body == "\n".join(CITED[2]).replace("[1]", "")
    assert [(i.title, i.source) for i in issue.items[2:]] == [(t, s) for _, t, s, _ in STORIES]


PRINT_PAGE = """<html><head><meta charset="utf-8"><title>简报第9期 · 打印版</title><style>
body{font-family:"WenQuanYi Micro Hei";font-size:10.5pt;margin:0} h1{text-align:center;font-size:20pt}
.cols{column-count:2;column-gap:9mm} h2{font-size:14pt;margin:4pt 0;background:#dde} h3{font-size:12pt;margin:4pt 0}
p{text-indent:2em;margin:0 0 3pt 0} .src{text-align:right}
table{border-collapse:collapse;font-size:9pt;width:100%%} td,th{padding:2pt 3pt;text-align:left;font-weight:normal}
td:first-child{width:32%%} .fn{position:absolute;top:236mm;left:0;font-size:8pt}
</style></head><body><h1>数字贸易简报</h1>
<p style="text-align:center;text-indent:0">2025年第9期（总第43期）　　大连市数字贸易协会编印　　2025年9月30日</p>
<div class="cols"><h2>数据月报</h2><h3>上半年全市技术贸易情况</h3><p>%s</p>
<table><tr><th rowspan="2">类别</th><th colspan="2" style="text-align:center">2025年上半年</th></tr>
<tr><th>合同金额（万美元）</th><th>增长（%%）</th></tr>
<tr><td>技术出口</td><td>5120.4</td><td>6.3</td></tr><tr><td>技术进口</td><td>3308.9</td><td>-1.7</td></tr>
<tr><td>其中：软件著作权许可与转让</td><td>871.5</td><td>12.9</td></tr></table>
<p>%s</p><p class="src">来源：大连市科学技术局</p>
<h2>行业资讯</h2><h3>%s</h3><p>%s</p><p>%s</p></div>
<div class="fn">* 来源：%s</div></body></html>"""
TECH_REPORT = ("市科技局统计显示，上半年全市技术合同登记保持增长，登记技术合同4127项，成交额96.8亿元，同比增长"
               "8.4%。其中技术出口合同金额继续扩大，软件和信息技术服务、研发设计等领域增长较快，技术出口与进口"
               "情况如下。")
TECH_AFTER = ("技术出口中，软件和信息技术服务领域占比超过四成，面向日本、韩国和东盟国家的出口合同金额合计增长"
              "9.1%。技术进口主要集中在高端装备制造、集成电路设计和生物医药研发等领域，平均单项合同金额有所下降，"
              "中小企业引进技术的积极性明显提高。下一步，市科技局将加强技术交易服务平台建设，完善技术合同认定登记"
              "服务，推动更多科技成果在本地转化。")
STAR = ("数字人民币跨境支付试点新增场景", "经济日报", [
    "中国人民银行近日宣布扩大数字人民币跨境支付试点，新增跨境电商和服务贸易结算场景*，参与银行增加到十家。",
    "业内人士认为，这将进一步降低中小外贸企业的结算成本，提升跨境资金流转效率，并为数字贸易企业提供更多"
    "元的结算选择，有关部门将同步完善风险监测和消费者权益保护机制。"])


def test_chromium_print_with_header_footer_group_head_and_a_starred_note(tmp_path):
    """Chromium's own header and footer on (date, title, file address, n/m); a table whose head is
    two rows (a period over the value columns) and whose long label wraps round its numbers; a
    story sourced only by a `*` note at the foot of the page."""
    from playwright.sync_api import sync_playwright

    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no chromium at /usr/bin/chromium")
    title, source, paragraphs = STAR
    html = tmp_path / "print.html"
    html.write_text(PRINT_PAGE % (TECH_REPORT, TECH_AFTER, title, *paragraphs, source), encoding="utf-8")
    path = tmp_path / "print.pdf"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(html.as_uri())
        page.pdf(path=str(path), format="A4", display_header_footer=True,
                 margin={"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})
        browser.close()
    blocks = read_blocks(path)
    body = "\n".join(b.text for b in blocks if b.kind != "furniture")
    assert "file://" not in body and "1/1" not in body and "打印版" not in body
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.cells == [["类别", "2025年上半年合同金额（万美元）", "2025年上半年增长（%）"],
                           ["技术出口", "5120.4", "6.3"], ["技术进口", "3308.9", "-1.7"],
                           ["其中：软件著作权许可与转让", "871.5", "12.9"]]
    issue = parse_file(path)
    assert issue.items[0].body.startswith(TECH_REPORT) and issue.items[0].body.endswith(TECH_AFTER)
    story = issue.items[-1]
    assert (story.title, story.source) == (title, source)
    assert story.body == "\n".join(paragraphs).replace("*", "")
