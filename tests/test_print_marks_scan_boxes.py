"""Shapes met in drift19pdf (issue 16, wave 19), each in its own words and metrics here:

- a note mark set as a small raised digit INSIDE a word of the text layer (`…飞行器¹。这架…`: the stop
  and the sentence run on after it in the same word) is a superscript, and the note at the page's foot
  whose number is set plain (`1 电动垂直起降…`) is its note, not body text;
- a faint, blurred or faxed page's recognised boxes are fatter than a sharp page's: the page's own long
  lines (whose size their characters' pitch gives) say by how much, and its short lines (a paragraph's
  last, `布在日本、韩国和欧洲。`) are then read in the body's size, not as a larger face;
- a recognised paragraph whose last line stops well short of its column's edge ends there even when
  the recogniser lost its closing `。`;
- a ruled-only (三线) table on a landscape page whose first label wraps in two, its numbers set in the
  middle of the cell: the label's first line belongs to the first row, the header to the table.
"""
from __future__ import annotations

import math
from pathlib import Path

from search.parse import ocr, pdfglyphs, pdfnotes
from search.parse.blocks import Block
from search.parse.pdflayout import _ended_short
from search.parse.scan import _box_ratio, _size

DATA = Path(__file__).resolve().parent / "data" / "drift19pdf"


def _chars(text: str, x: float, size: float, bottom: float, raised: dict[int, float] | None = None) -> list[dict]:
    """Glyphs of a word set from `x`, each `size` wide; `raised` maps an index to a smaller size set high."""
    out = []
    for k, ch in enumerate(text):
        s = (raised or {}).get(k, size)
        b = bottom - 0.45 * size if k in (raised or {}) else bottom
        out.append({"text": ch, "size": s, "x0": x, "x1": x + s, "top": b - s, "bottom": b})
        x += s
    return out


def _word(chars: list[dict]) -> dict:
    return {"text": "".join(c["text"] for c in chars), "x0": chars[0]["x0"], "x1": chars[-1]["x1"],
            "top": min(c["top"] for c in chars), "bottom": max(c["bottom"] for c in chars), "chars": chars}


def test_a_raised_digit_inside_a_word_is_a_superscript():
    text = "平台上线了跨境结算模块3，当月交易额"
    word = _word(_chars(text, 60.0, 10.5, 300.0, raised={text.index("3"): 6.5}))
    plain = _word(_chars("同比增长3，当月", 60.0, 10.5, 320.0))  # on the baseline, full size: a number
    got = pdfglyphs.superscripts([word, plain])
    assert got[0]["text"] == "平台上线了跨境结算模块³，当月交易额"
    assert got[1]["text"] == "同比增长3，当月"


def test_a_plainly_numbered_note_at_the_foot_is_the_note_of_a_raised_mark():
    texts = ["平台上线了跨境结算模块³，当月交易额", "3 结算模块由两家银行联合开发。", "4 以人民币计价。"]
    cited = pdfnotes.cited_marks(texts)
    assert pdfnotes.is_note_line(texts[1], 760.0, 842.0, [texts[2]], cited)
    assert not pdfnotes.is_note_line(texts[2], 780.0, 842.0, [], cited)  # nothing cites ⁴
    assert not pdfnotes.is_note_line(texts[1], 200.0, 842.0, [texts[2]], cited)  # not at the foot
    body = Block("paragraph", texts[0], page=1)
    note = Block("paragraph", texts[1], page=1, note=True)
    placed = pdfnotes.place_notes([body], [note])
    assert [b.text for b in placed] == ["平台上线了跨境结算模块，当月交易额", "结算模块由两家银行联合开发。"]


def _ocr_line(text: str, x: float, y: float, pitch: float, height: float, turn: float = 0.0) -> ocr.OcrLine:
    """A recognised box along a line turned by `turn` radians: CJK characters `pitch` apart."""
    ems = sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in text)
    w = ems * pitch
    c, s = math.cos(turn), math.sin(turn)
    pts = ((x, y), (x + w * c, y + w * s), (x + w * c - height * s, y + w * s + height * c), (x - height * s, y + height * c))
    return ocr.OcrLine(pts, text, 0.9)


def test_a_blurred_pages_short_lines_are_read_in_the_body_size():
    pitch, fat = 22.0, 30.0  # a 22 px face whose boxes a grey fax blurs to 30 px
    found = [_ocr_line("近年来，企业把数据标注服务作为新的业务方向，与本地高校共建实训基", 40, 100 + 40 * k, pitch, fat, 0.06)
             for k in range(4)]
    short = _ocr_line("布在日本和欧洲。", 40, 300, pitch, fat, 0.06)
    ratio = _box_ratio(found + [short])
    assert abs(_size(short, ratio) - pitch) < 0.1 * pitch
    assert _size(short) > 1.2 * pitch  # a sharp page's ratio would read it a size larger
    sharp = [_ocr_line("近年来，企业把数据标注服务作为新的业务方向，与本地高校共建实训基", 40, 100 + 40 * k, pitch, 1.05 * pitch)
             for k in range(4)]
    assert _box_ratio(sharp) == 1.1  # never below a sharp page's


def test_a_recognised_paragraph_ending_short_ends_without_its_stop():
    first = Block("paragraph", "1月16日，秘书处赴会员单位调研，了解企业的用工需求", ocr=0.9)
    full = Block("paragraph", "1月23日，协会召开座谈会，二十余家会员企业负责人围绕开拓海外市场", ocr=0.9)
    last = Block("paragraph", "交流发言。", ocr=0.9)
    printed = Block("paragraph", "同样的一段文字，印在文字层里", ocr=None)
    blocks = [first, full, last, printed, Block("paragraph", "下一段", ocr=None)]
    short = {id(first): 12.0, id(full): 0.5, id(last): 20.0, id(printed): 12.0}
    _ended_short(blocks, short)
    assert [b.whole for b in blocks] == [True, False, True, False, False]


def test_a_three_line_tables_wrapped_first_label_on_a_landscape_page():
    from search.parse.parser import parse_file

    issue = parse_file(DATA / "d19-02-landscape.pdf")
    report = next(it for it in issue.items if it.section == "数据月报")
    assert "知识密集型服务进出口 | 25121.5 | 6.4" in report.body
    assert "领域 | 金额（亿元） | 同比增长（%）" in report.body


def test_a_distribution_line_of_one_character_labels_closes_the_issue():
    from search.parse.colophon import closing_fields

    head = [Block("heading", "协会动态"), Block("paragraph", "9月5日，协会召开常务理事会。")]
    line = Block("paragraph", "呈：市工信局　抄：各理事单位　（印60份）")
    sentence = Block("paragraph", "他说：会议开得很好。")
    assert closing_fields(head + [line])[-1].kind == "furniture"
    assert closing_fields(head + [sentence])[-1].kind == "paragraph"


def _text_row(y: float, x0: float, x1: float, text: str):
    from search.parse.columns import Box
    return Box(x0, y, x1, y + 10.0, text)


def test_a_short_heading_alone_across_two_columns_ends_the_columns_above_it():
    from search.parse.columns import regions

    boxes = []
    y = 100.0
    for k in range(4):  # a story in two columns, the second ending higher than the first
        boxes.append(_text_row(y, 60, 280, f"上段左栏第{k + 1}行文字，内容连续排到栏的右边缘为止"))
        if k < 3:
            boxes.append(_text_row(y, 320, 540, f"上段右栏第{k + 1}行文字，内容连续排到栏的右边缘为止"))
        y += 16
    boxes.append(_text_row(y + 14, 60, 140, "【会员动态】"))  # the next section's banner, short, set apart
    y += 46
    for k in range(3):
        boxes.append(_text_row(y, 60, 280, f"下段左栏第{k + 1}行文字，内容连续排到栏的右边缘为止"))
        boxes.append(_text_row(y, 320, 540, f"下段右栏第{k + 1}行文字，内容连续排到栏的右边缘为止"))
        y += 16
    order = [b.text[:4] for r in regions(boxes, 10.0) for b in sorted(r.boxes, key=lambda b: (b.top, b.x0))]
    assert order == ["上段左栏"] * 4 + ["上段右栏"] * 3 + ["【会员动"] + ["下段左栏"] * 3 + ["下段右栏"] * 3


def test_a_line_alone_on_the_left_page_of_a_two_up_sheet_cuts_nothing():
    from search.parse.columns import regions

    boxes = [_text_row(100.0 + 16 * k, 320, 540, f"右页正文第{k + 1}行文字，内容连续排到栏的右边缘为止") for k in range(12)]
    boxes += [_text_row(100.0 + 16 * k, 60, 280, f"左页目录第{k + 1}行文字，内容连续排到栏的右边缘为止") for k in range(3)]
    boxes.append(_text_row(180.0, 60, 140, "大连市数字贸易协会"))  # the left page's own line, set apart
    boxes += [_text_row(230.0 + 16 * k, 60, 280, f"左页正文第{k + 1}行文字，内容连续排到栏的右边缘为止") for k in range(3)]
    order = [b.text[:2] for r in regions(boxes, 10.0) for b in sorted(r.boxes, key=lambda b: (b.top, b.x0))]
    assert order == ["左页"] * 3 + ["大连"] + ["左页"] * 3 + ["右页"] * 12
