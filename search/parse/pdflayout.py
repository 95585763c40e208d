"""Printed lines -> blocks: the layout step of the PDF reader (pdf.py), for text layers and OCR alike.

A page comes as its columns in reading order (columns.py found them), each its printed lines and
tables. Font size tells headings from text (larger than the body's size; the largest is level 1; a
recognised line's size is the height of its box, compared with the body's recognised lines and with
more tolerance); bold fonts (or, on a scan, wide strokes) tell title lines; text repeated at the same
place on several pages (running headers and footers) and lone page numbers in the margins are
furniture. A line that reaches the right edge of its column and is followed at once by the next is
wrapped: the two are one paragraph, on a page, from one column to the next and across a page break.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from search.parse.blocks import Block, classify, clean, is_page_number, table_text
from search.parse.pdfcont import join_continued
from search.parse.pdfnotes import cited_marks, is_note_line, place_notes
from search.parse.sources import names_source

# What a browser or a print driver stamps in the margins: the print date and time (`12/7/26, 12:20 AM`,
# `2026-12-07 00:20`, `2026/12/7 下午3:05`), the address printed from, page numbers (`1/3`,
# `Page 1 of 3`, `第 1 页，共 3 页`). A margin line made only of these is furniture; with other
# text (the page title beside them) the rest must repeat from page to page to be, unless the line
# holds a print date and time or an address: a browser's header or footer, on a single page too.
_STAMPS = re.compile(
    r"(?:\d{1,4}\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,4}\s*日?\s*,?\s*)?"
    r"(?:(?:上午|下午|晚上|凌晨)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"|(?:https?|file|ftp)://\S+|\bwww\.\S+"
    r"|(?:page\s*)?\b\d{1,4}\s*(?:/|of)\s*\d{1,4}\b"
    r"|第\s*\d{1,4}\s*页\s*[，,]?\s*(?:共\s*\d{1,4}\s*页)?",
    re.I)
_PRINTED = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?\s+\d{1,2}:\d{2}|(?:https?|file)://")  # a browser's stamp
_LIST_MARKS = tuple("-•●▪◆■·【")  # a line starting so begins a new block even after a full one
_PARA_END = "。！？!?；：”）)"
_BIG = 1.1  # a line this much larger than the body is a heading (h3 is 1.17em)
_BIG_OCR = 1.2  # recognised lines' sizes come from their boxes: less exact
_BIG_OCR_BOLD = 1.15
_SAME_OCR = 1.2  # recognised lines whose sizes differ less than this are set in one size
_SAME_OCR_SHORT = 1.45  # or this, for a line too short to measure well
_SHORT_OCR = 12  # characters


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    font: str
    page: int
    width: float
    height: float
    no: int = 0
    furniture: bool = False
    confidence: float | None = None  # OCR's, for a recognised line
    light: bool = False  # set in light ink (white on a coloured bar): reversed out, as a banner is


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[tuple[tuple, list[list[str]]]] = field(default_factory=list)  # (bbox, rows)
    # Reading order: the columns, each (spans its band's width, its lines and tables in order);
    # None: one column of the page's width, lines and tables by top.
    columns: list[tuple[bool, list]] | None = None
    sheet: list[list] | None = None  # the page is one ruled grid: its rows as extracted (sheet.py)


def _mark_furniture(pages: list[_Page]) -> None:
    """Running headers and footers (repeated at one place on several pages) and page numbers."""
    def key(ln: _Line) -> str:
        # spaces apart: a text layer's words and a recognised line of the same header differ in them
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", _STAMPS.sub(" ", ln.text)))

    def in_margin(ln: _Line) -> bool:
        return ln.top < 0.1 * ln.height or ln.bottom > 0.9 * ln.height

    seen: Counter = Counter()
    for page in pages:
        for k in {(key(ln), round(ln.top / 8)) for ln in page.lines if in_margin(ln)}:
            seen[k] += 1
    for page in pages:
        for ln in page.lines:
            if not in_margin(ln):
                continue
            k = key(ln)
            repeated = sum(seen[(k, round(ln.top / 8) + d)] for d in (-1, 0, 1)) >= 2
            if (repeated and len(pages) >= 2) or is_page_number(ln.text) or not k or _PRINTED.search(ln.text) \
                    or _doubled(k):
                ln.furniture = True
    _running_heads(pages)


def _running_heads(pages: list[_Page]) -> None:
    """Running heads whose text changes from page to page (the issue's name on odd pages, the
    association's on even ones; a section's name): on every page of two or more, the topmost line
    stands in the top margin at one height, set no larger than the body and apart from the text
    below it by a line's height or more. Then it is the page's head, whatever it says."""
    found = [p for p in pages if p.lines]
    if len(found) < 2:
        return
    sizes = sorted(ln.size for p in found for ln in p.lines)
    body = sizes[len(sizes) // 2]
    heads = []
    for page in found:
        lines = sorted(page.lines, key=lambda ln: ln.top)
        head = lines[0]
        below = [ln for ln in lines if ln.top > head.bottom]
        if (head.top >= 0.1 * page.height or head.size > 1.05 * body or len(below) < 1
                or below[0].top - head.bottom < head.bottom - head.top):
            return
        row = [ln for ln in lines if ln.top < head.bottom]  # the head's other parts on its row
        heads.append((head.top, row))
    if max(t for t, _ in heads) - min(t for t, _ in heads) <= 8:
        for _, row in heads:
            for ln in row:
                ln.furniture = True


def _doubled(key: str) -> bool:
    """A margin line that is one text twice: the running headers (or page numbers) of the two pages
    of a spread printed on one sheet, read as one line across the fold."""
    half = len(key) // 2
    return len(key) >= 4 and len(key) % 2 == 0 and key[:half] == key[half:]


def _columns(page: _Page) -> list[tuple[bool, list]]:
    """A page's columns in reading order: (spans the width of its band, its lines and tables)."""
    if page.columns is not None:
        return page.columns
    items: list = list(page.lines) + list(page.tables)
    return [(True, sorted(items, key=lambda it: it.top if isinstance(it, _Line) else it[0][1]))]


def _layout(pages: list[_Page]) -> list[Block]:
    _mark_furniture(pages)
    columns = [(page, full, column) for page in pages for full, column in _columns(page)]
    counter = 0
    table_no: dict[int, int] = {}  # id(table) -> the number of its first row
    for _, _, column in columns:  # printed lines numbered in reading order, a table's rows too
        for it in column:
            if isinstance(it, _Line):
                counter += 1
                it.no = counter
            else:
                table_no[id(it)] = counter + 1
                counter += len(it[1])
    lines = [ln for page in pages for ln in page.lines if not ln.furniture]
    body = _bodies(lines)
    fonts: Counter = Counter(ln.font for ln in lines if ln.confidence is None for _ in range(len(ln.text)))
    body_font = fonts.most_common(1)[0][0] if fonts else ""
    for ln in lines:  # the body's own face is never emphasis (a Hei body font, say)
        ln.bold = ln.bold and (ln.font != body_font or ln.confidence is not None)
    levels = _levels(lines, body)
    blocks: list[Block] = []
    notes: list[Block] = []  # footnotes and endnotes, placed after the blocks citing them
    cited = cited_marks([ln.text for ln in lines])
    full_end: dict[int, float] = {}  # id(block) -> how far its last line stops short of its column's edge, in characters
    for page, full, column in columns:
        content = [ln for ln in column if isinstance(ln, _Line) and not ln.furniture]
        left = min((ln.x0 for ln in content), default=0)
        right = max((ln.x1 for ln in content), default=page.width)
        # a text layer's lines only: a scan's boxes hug their ink, and its right edge is the sheet's
        edge = _wrap_edge(content, left, right) if all(ln.confidence is None for ln in content) else None
        if edge is not None:
            right = edge
        elif full and not _set_to(content, right):  # the page's width: its margins are alike
            right = max(right, page.width - left)
        prev: _Line | None = None
        column_blocks: list[Block] = []
        texts = [ln.text for ln in content]
        at = {id(ln): k for k, ln in enumerate(content)}
        for it in column:
            if not isinstance(it, _Line):
                bbox, rows = it
                first = table_no[id(it)]
                column_blocks.append(Block("table", table_text(rows), cells=rows, line=first,
                                           last=first + len(rows) - 1, page=page.number,
                                           raw="\n".join("\t".join(r) for r in rows)))
                prev = None
                continue
            ln = it
            if ln.furniture:
                column_blocks.append(Block("furniture", clean(ln.text), line=ln.no, page=page.number, raw=ln.text,
                                           ocr=ln.confidence))
                continue
            if is_note_line(ln.text, ln.top, page.height, texts[at[id(ln)] + 1:], cited):
                notes.append(Block("paragraph", clean(ln.text), line=ln.no, page=page.number, raw=ln.text,
                                   ocr=ln.confidence, note=True))
                continue
            kind, text, level = classify(ln.text)
            plain = kind  # as its text reads, before its size and weight tell
            if kind == "furniture":
                pass
            elif _big(ln, body) and not names_source(ln.text):  # a source line is never a heading
                kind, level = ("title" if kind == "list_item" else "heading"), levels[ln.size]
            elif ln.light and kind == "paragraph" and len(clean(ln.text)) <= 20:
                # white on a bar: a banner, a level below the largest headings
                kind, level = "heading", max(levels.values(), default=0) + 1
            elif ln.bold and kind in ("paragraph", "list_item"):
                kind = "title"  # a bold line after a mark (`§1 标题`, `● 标题`) is a title as a larger one is
            last = _last_content(column_blocks)
            if last is not None and prev is not None and (
                    _continues_scan(last, prev, ln, kind, plain, left, right) if ln.confidence is not None
                    else _continues(last, prev, ln, kind, left, right)):
                _glue_block(last, Block(kind, text, line=ln.no, raw=ln.text, ocr=ln.confidence))
            else:
                column_blocks.append(Block(kind, text, level=level, line=ln.no, page=page.number, raw=ln.text,
                                           ocr=ln.confidence, align=_alignment(ln, left, right)))
            # how far the last line stops short of its column's edge, in characters; a recognised
            # line's box hugs its ink and a scan may be set ragged: one character more of slack
            short = (right - ln.x1) / (ln.size or 10)
            full_end[id(_last_content(column_blocks))] = max(0.0, short - 1) if ln.confidence is not None else short
            prev = ln
        _join_across(blocks, column_blocks, full_end)
    return place_notes(blocks, notes)


def _bodies(lines: list[_Line]) -> dict[bool, float]:
    """The body's size, the most common by characters: of the text layer's lines (False) and of the
    recognised ones (True), each measured its own way (font sizes, box heights)."""
    sizes: dict[bool, Counter] = {False: Counter(), True: Counter()}
    for ln in lines:
        sizes[ln.confidence is not None][ln.size] += len(ln.text)
    found = {k: c.most_common(1)[0][0] for k, c in sizes.items() if c}
    return {k: found.get(k, found.get(not k, 0.0)) for k in (False, True)}


def _big(ln: _Line, bodies: dict[bool, float]) -> bool:
    """Larger than the body text. A recognised line's size is the height of its box, which varies
    with the characters it holds: it must be clearly larger, or larger and bold."""
    body = bodies[ln.confidence is not None]
    if not body:
        return False
    if ln.confidence is None:
        return ln.size >= _BIG * body
    return ln.size >= _BIG_OCR * body or (ln.bold and ln.size >= _BIG_OCR_BOLD * body)


def _levels(lines: list[_Line], body: dict[bool, float]) -> dict[float, int]:
    """Heading level by size of the lines larger than the body (1 the largest): each size of a text
    layer a level of its own, recognised sizes within their noise one level."""
    big: dict[float, bool] = {}  # size -> recognised
    for ln in lines:
        if _big(ln, body):
            big[ln.size] = big.get(ln.size, True) and ln.confidence is not None
    levels: dict[float, int] = {}
    level, first = 0, 0.0
    for size in sorted(big, reverse=True):
        if not (big[size] and level and size >= first / _BIG_OCR):
            level, first = level + 1, size
        levels[size] = level
    return levels


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
    if block.kind in ("paragraph", "list_item") and kind == "paragraph":
        indent = size * 3 if block.kind == "list_item" else size if scanned else size / 2  # hanging indent
        # within two characters of the margin: a line may not start with 。，, so it breaks early
        return (_wrapped((right - prev.x1) / size, prev.text, ln.text, 2) and ln.x0 < left + indent
                and _same_size(ln, prev))
    return False


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
        if short:  # `新高` after `第八届进博会闭幕意向成交834.9亿美元创`: its box is no measure
            return plain == "paragraph" and max(ln.size, prev.size) <= _SAME_OCR_SHORT * min(ln.size, prev.size)
        return kind == block.kind and _same_size(ln, prev) and ln.bold == prev.bold
    if block.kind in ("paragraph", "list_item") and plain == "paragraph":
        indent = size * 3 if block.kind == "list_item" else size
        if kind != "paragraph" and not short:  # larger or bolder, and long enough to tell
            return False
        sized = max(ln.size, prev.size) <= (_SAME_OCR if kind == "paragraph" else _SAME_OCR_SHORT) * min(ln.size, prev.size)
        # wrapped lines start at the margin (or the first at an indent): not a line set to the right;
        # and are set in one weight (a bold title that fills its column is not wrapped into the text)
        return (wrapped and prev.x0 < left + 3 * size and ln.x0 < left + indent and sized
                and (ln.bold == prev.bold or short))
    return False


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


def _join_across(blocks: list[Block], page_blocks: list[Block], full_end: dict[int, float]) -> None:
    """Append a page's blocks, joining a paragraph or a title cut by the page break (its last line
    runs to the right margin: it wrapped there)."""
    last = _last_content(blocks)
    page_blocks = join_continued(last, page_blocks)  # a table's rest, its head repeated (pdfcont.py)
    first = next((b for b in page_blocks if b.kind != "furniture"), None)
    ends = (last is not None and first is not None and last.text[-1:] not in _PARA_END
            and _wrapped(full_end.get(id(last), 99.0), last.text, first.raw or first.text, 1))
    paragraph = ends and last.kind == first.kind == "paragraph"
    title = (ends and last.kind == first.kind and last.kind in ("heading", "title") and last.level == first.level
             and not _enclosed(last.text))
    if paragraph or title:
        _glue_block(last, first)
        page_blocks = [b for b in page_blocks if b is not first]
    blocks.extend(page_blocks)


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
