"""How printed lines join (pdflayout.py's rules for wrapping): a line continues the block above it
when that one wrapped at its column's edge (or, for a recognised line, its box says so); a column's
wrap edge where its text is set ragged; a line's alignment. Split from pdflayout.py."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from search.parse.blocks import Block
from search.parse.sources import names_source

if TYPE_CHECKING:
    from search.parse.pdflayout import _Line

_LIST_MARKS = tuple("-•●▪◆■·【")  # a line starting so begins a new block even after a full one
_PARA_END = "。！？!?；：”）)"
_SAME_OCR = 1.2  # recognised lines whose sizes differ less than this are set in one size
_SAME_OCR_SHORT = 1.45  # or this, for a line too short to measure well
_SHORT_OCR = 12  # characters


def _last_content(blocks: list[Block]) -> Block | None:
    for b in reversed(blocks):
        if b.kind != "furniture":
            return b
    return None


def _continues(block: Block, prev: _Line, ln: _Line, kind: str, left: float, right: float) -> bool:
    """Does printed line `ln` continue `block`, whose last printed line is `prev`?"""
    size = prev.size or 10
    scanned = ln.confidence is not None
    if scanned:  # a recognised line's box hugs its ink (一 is flat, 《 starts half a character in)
        close = (ln.top + ln.bottom) / 2 - (prev.top + prev.bottom) / 2 < 2.5 * size
    else:
        close = ln.top - prev.bottom < 0.8 * size
        # a heading that filled its column wrapped, however loosely its lines are set
        close = close or (block.kind == kind and kind in ("heading", "title") and prev.x1 >= right - 1.5 * size
                          and ln.top - prev.bottom < 1.2 * size)
    if not close or ln.text.startswith(_LIST_MARKS):
        return False
    if block.kind in ("heading", "title") and kind == block.kind:
        # `X：` that filled its column goes on (`大连云帆数据科技有限公司：` / `让数据跨境更顺畅`)
        ended = block.text.endswith(tuple(_PARA_END)) and not (block.text.endswith(("：", ":"))
                                                               and prev.x1 >= right - size)
        return _same_size(ln, prev) and ln.bold == prev.bold and not ended and not _enclosed(block.text)
    if block.kind == "paragraph" and kind == "title":  # a title set in the body's face till a bold run
        return title_wrapped(block, prev, ln, left, right)
    if block.kind in ("paragraph", "list_item") and kind == "paragraph":
        indent = size * 3 if block.kind == "list_item" else size if scanned else size / 2  # hanging indent
        # within two characters of the margin: a line may not start with 。，, so it breaks early
        return (_wrapped((right - prev.x1) / size, prev.text, ln.text, 2) and ln.x0 < left + indent
                and _same_size(ln, prev))
    return False


def title_wrapped(block: Block, prev: _Line, ln: _Line, left: float, right: float) -> bool:
    """Is a title line (bold by its face: the digits of `2165亿件` set in a bold Latin face) the rest of a
    one-line paragraph before it, that line being the title's first, its weight lost in a body face that
    marks no weight? Both at the margin and in one size, the first filling its column without ending a
    sentence (or breaking before a number too long for the room left): a title wrapped. (The first line of a paragraph is indented or ends short.)"""
    size = prev.size or 10
    return (block.last in (None, block.line) and _same_size(ln, prev) and _wrapped((right - prev.x1) / size,
            block.text, ln.text, 1.5) and prev.x0 < left + size / 2 and ln.x0 < left + size / 2
            and block.text.rstrip()[-1:] not in _PARA_END)


def _wrap_edge(lines: list[_Line], left: float, right: float) -> float | None:
    """Where a column's text wraps when only lines set against the right (`〔来源〕X`, far from the
    left margin) reach further: the furthest end of its long lines that start at the margin (or an
    indent), where five or more, and most, of them end within two characters of it (text set ragged,
    as a proof's fixed-width lines are). None where nothing but such lines reaches beyond it."""
    size = Counter(ln.size for ln in lines).most_common(1)[0][0] if lines else 10.0
    size = size or 10.0
    long = [ln for ln in lines if ln.x0 < left + 2.5 * size and ln.x1 - left >= 0.6 * (right - left)]
    if len(long) < 5:
        return None
    edge = max(ln.x1 for ln in long)
    near = sum(ln.x1 >= edge - 2 * size for ln in long)
    if edge >= right - size or near < max(5, len(long) / 2):
        return None
    beyond = [ln for ln in lines if ln.x1 > edge + size]
    if any(ln.x0 < left + 0.25 * (right - left) for ln in beyond) or len(beyond) > len(long) / 2:
        return None
    return edge


def _set_to(lines: list[_Line], right: float) -> bool:
    """Are these lines set to `right`: three or more, and a quarter of them, end there (justified
    text wrapped at its column's edge)? A page whose text fills one column of two is so."""
    at_edge = sum(ln.x1 >= right - (ln.size or 10) for ln in lines)
    return at_edge >= max(3, len(lines) // 4)


# What cannot be broken at a line's end: a number or a Latin word (`0.5%`, `45.47`), or a character
# with the marks after it that may not begin a line (`班”`), with those marks.
_UNBROKEN = re.compile(r"^(?:[0-9A-Za-z][0-9A-Za-z.,%+\-/·]*|.(?=[。，、；：！？）)”’》」』】]))[。，、；：！？）)”’》」』】]*")


def _wrapped(short: float, text: str, following: str, slack: float) -> bool:
    """Did a line (`text`) that stops `short` characters before its column's edge wrap, given the
    text of the line after it? Within `slack` characters, yes; or where it does not end a sentence
    and the next line begins with a run that cannot be broken and would not have fit in the room
    left (a wrapped number)."""
    if short <= slack:
        return True
    if text.rstrip()[-1:] in _PARA_END:
        return False
    m = _UNBROKEN.match(following.strip())
    if not m:
        return False
    width = sum(0.5 if c.isascii() else 1.0 for c in m.group())
    return short <= width + slack


def _continues_scan(block: Block, prev: _Line, ln: _Line, kind: str, plain: str, left: float,
                    right: float) -> bool:
    """`_continues` for a recognised line, whose size and weight are measured from its ink: a short
    line's box is taller or lower by what its few characters hold (`亿元。`), so after a line wrapped
    at the right edge a short line continues the paragraph unless clearly larger; a heading or title
    continues only after a line that filled its column (it wrapped)."""
    size = prev.size or 10
    close = (ln.top + ln.bottom) / 2 - (prev.top + prev.bottom) / 2 < 2.5 * size
    if not close or ln.text.startswith(_LIST_MARKS) or prev.confidence is None or names_source(ln.text):
        return False
    wrapped = prev.x1 >= right - 2 * size
    short = len(ln.text) < _SHORT_OCR
    if block.kind in ("heading", "title"):  # after a line that filled its column
        if block.text.endswith(tuple(_PARA_END)) or prev.x1 - prev.x0 < 0.7 * (right - left) or _enclosed(block.text):
            return False
        if block.kind == "heading" and plain == "paragraph" and not (prev.bold or ln.bold) and running_line(block.text) \
                and max(ln.size, prev.size) <= _SAME_OCR_SHORT * min(ln.size, prev.size):
            return True  # a paragraph's first line boxed taller (`介绍，“十四五”期间`): it opens the text under it
        if short:  # `新高` after `第八届进博会闭幕意向成交834.9亿美元创`: its box is no measure
            return plain == "paragraph" and max(ln.size, prev.size) <= _SAME_OCR_SHORT * min(ln.size, prev.size)
        return kind == block.kind and _same_size(ln, prev) and ln.bold == prev.bold
    if block.kind in ("paragraph", "list_item") and plain == "paragraph":
        indent = size * 3 if block.kind == "list_item" else size
        if kind == "heading" and wrapped and not (ln.bold or prev.bold) and running_line(ln.text) \
                and not prev.text.rstrip().endswith(tuple(_PARA_END)) \
                and max(ln.size, prev.size) <= _SAME_OCR_SHORT * min(ln.size, prev.size):
            return True  # running text boxed taller (`地区的…伙伴，“十四五”以来`) after a sentence broken off
        if kind != "paragraph" and not short:  # larger or bolder, and long enough to tell
            return False
        sized = max(ln.size, prev.size) <= (_SAME_OCR if kind == "paragraph" else _SAME_OCR_SHORT) * min(ln.size, prev.size)
        # wrapped lines start at the margin (or the first at an indent): not a line set to the right;
        # and are set in one weight (a bold title that fills its column is not wrapped into the text)
        return (wrapped and prev.x0 < left + 3 * size and ln.x0 < left + indent and sized
                and (ln.bold == prev.bold or short))
    return False


def running_line(text: str) -> bool:
    """A line of running text by its punctuation: a clause's comma or semicolon inside it, or a sentence's
    end; a title carries neither as a rule (`海关总署：我国已成为…贸易伙伴`)."""
    text = text.strip()
    return bool(re.search(r"[，；]", text[:-1])) or text.endswith(("。", "！", "？"))


def _enclosed(text: str) -> bool:
    """A heading wholly inside a pair of brackets (`【地方动态】`, `〔数据月报〕`, `[专题]`): a banner
    complete in itself, never the first line of a wrapped heading."""
    text = text.strip()
    return (len(text) >= 3 and unicodedata.category(text[0]) == "Ps" and unicodedata.category(text[-1]) == "Pe"
            and not any(unicodedata.category(c) in ("Ps", "Pe") for c in text[1:-1]))


def _same_size(ln: _Line, prev: _Line) -> bool:
    """Set in one size: the same font size, or for recognised lines, box sizes within their noise
    (a short line's box is taller or lower by what its few characters hold: `史新高。`)."""
    if ln.confidence is None or prev.confidence is None:
        return ln.size == prev.size
    return max(ln.size, prev.size) <= _SAME_OCR * min(ln.size, prev.size)


def _alignment(ln: _Line, left: float, right: float) -> str | None:
    """"right" for a line set against the right edge of its column, far from the left; "center" for
    one with like margins on both sides."""
    before, after = ln.x0 - left, right - ln.x1
    size = ln.size or 10
    if before > 0.25 * (right - left) and after < 1.5 * size:
        return "right"
    if before > 2 * size and abs(before - after) < 2 * size:
        return "center"
    return None


def _glue_block(block: Block, more: Block) -> None:
    """`more` continues `block`: its text, printed lines and recognition confidence join it."""
    block.align = None  # a block of several lines is set as a paragraph is
    if block.ocr is not None or more.ocr is not None:
        a, b = len(block.text), len(more.text)
        block.ocr = ((block.ocr or 1.0) * a + (more.ocr or 1.0) * b) / max(1, a + b)
    block.text = _glue(block.text, more.text)
    block.raw = _glue(block.raw or "", more.raw or "")
    block.last = more.last if more.last is not None else more.line


def _glue(a: str, b: str) -> str:
    """CJK text wraps anywhere, inside a number too: wrapped lines join without a space."""
    return a + b
