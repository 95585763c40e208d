"""Lines of running text a recogniser's boxes made look larger (wave 25, blind16's long screenshot: a line
holding quotes `“十四五”` is boxed taller, measured as a heading, and the story broke into titles): a line
of running text (a clause's comma or semicolon, or a sentence's end) that is not bold carries on the
paragraph whose line above broke off mid-sentence at the column's edge, and a heading-sized line of running
text that breaks off mid-sentence is the first line of the paragraph under it. A bold title, or one
without a clause's punctuation, stays a title."""
from __future__ import annotations

from search.parse.blocks import Block
from search.parse.pdflayout import _Line
from search.parse.pdfwrap import _continues_scan, running_line

LEFT, RIGHT = 14.0, 376.0


def _ln(text: str, top: float, size: float = 14.0, bold: bool = False, x1: float = 374.0) -> _Line:
    return _Line(text=text, x0=16.0, x1=x1, top=top, bottom=top + size, size=size, bold=bold, font="", page=1,
                 width=400.0, height=800.0, confidence=0.99)


def test_a_taller_line_of_running_text_carries_on_a_sentence_broken_off():
    prev = _ln("8月25日，国务院新闻办公室举行发布会，海关总署署长介绍，我国已成为全球157个国家和", 100)
    ln = _ln("地区的前三大贸易伙伴，“十四五”以来海关累", 122, size=17.5)
    block = Block("paragraph", prev.text)
    assert _continues_scan(block, prev, ln, "heading", "paragraph", LEFT, RIGHT)


def test_a_bold_title_after_a_broken_sentence_stays_a_title():
    prev = _ln("8月25日，国务院新闻办公室举行发布会，海关总署署长介绍，我国已成为全球157个国家和", 100)
    ln = _ln("03国家数据局部署可信数据空间创新发展试点工作", 122, size=17.5, bold=True)
    assert not _continues_scan(Block("paragraph", prev.text), prev, ln, "heading", "paragraph", LEFT, RIGHT)


def test_a_heading_sized_line_of_running_text_broken_off_opens_the_paragraph_under_it():
    prev = _ln("海关总署党委委员张宝峰介绍，“十四五”期间", 100, size=18.0)
    ln = _ln("全国新增和扩大开放口岸40个，口岸总数达311个，其中水运口岸125个", 122)
    block = Block("heading", prev.text, level=2)
    assert _continues_scan(block, prev, ln, "paragraph", "paragraph", LEFT, RIGHT)
    assert running_line(block.text) and not running_line("海关总署：我国已成为157个国家和地区的前三大贸易伙伴")
