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
