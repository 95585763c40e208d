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
from collections import Counter
from dataclasses import dataclass, field

from search.parse.blocks import Block, classify, clean, is_page_number, table_text
from search.parse.pdfchrome import mark_chrome
from search.parse.pdfcont import join_continued
from search.parse.pdfdeck import mark_deck
from search.parse.pdfnotes import cited_marks, is_note_line, place_notes
from search.parse.sources import names_source
from search.parse.pdfwrap import (_PARA_END, _alignment, _continues, _continues_scan, _enclosed, running_line,
                                   _glue_block, _last_content, _set_to, _wrap_edge, _wrapped)

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
_BIG = 1.1  # a line this much larger than the body is a heading (h3 is 1.17em)
_BIG_OCR = 1.2  # recognised lines' sizes come from their boxes: less exact
_BIG_OCR_BOLD = 1.15
_ENDED_SHORT = 4.0  # characters: a recognised paragraph line stopping this short of its column's edge ended it


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
    boxed: bool = False  # in a drawn frame read as a column of its own: no text runs into it or out of it
    banner: bool = False  # alone on its page as a section's name is (a deck's divider slide, pdfdeck.py)
    ends: bool = False  # the paragraph ends with this line (a slide's note set apart by a gap, pdfdeck.py)


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
    mark_deck(pages, _bodies([ln for p in pages for ln in p.lines if not ln.furniture])[False])  # a slide deck (pdfdeck.py)
    mark_chrome(pages)  # side columns, unmarked foot notes, a web page's closing lines (pdfchrome.py)
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
    spans = _column_spans(columns)
    after_box = False
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
            elif (ln.light or ln.banner) and kind == "paragraph" and len(clean(ln.text)) <= 20:
                # white on a bar, or a divider slide's name: a banner, a level below the largest headings
                kind, level = "heading", max(levels.values(), default=0) + 1
            elif ln.bold and kind in ("paragraph", "list_item"):
                kind = "title"  # a bold line after a mark (`§1 标题`, `● 标题`) is a title as a larger one is
            last = _last_content(column_blocks)
            if last is not None and prev is not None and (
                    _continues_scan(last, prev, ln, kind, plain, left, _filled(prev, spans.get(page.number, []), right))
                    if ln.confidence is not None
                    else _continues(last, prev, ln, kind, left, right)):
                if last.kind == "paragraph" and kind == "title":  # the title's first line (title_wrapped)
                    last.kind = "title"
                elif last.kind == "heading" and plain == "paragraph" and ln.confidence is not None \
                        and not prev.bold and running_line(last.text):
                    last.kind, last.level = "paragraph", None  # a paragraph's first line boxed taller (pdfwrap.py)
                _glue_block(last, Block(kind, text, line=ln.no, raw=ln.text, ocr=ln.confidence))
            else:
                column_blocks.append(Block(kind, text, level=level, line=ln.no, page=page.number, raw=ln.text,
                                           ocr=ln.confidence, align=_alignment(ln, left, right)))
            # how far the last line stops short of its column's edge, in characters; a recognised
            # line's box hugs its ink and a scan may be set ragged: one character more of slack
            short = (right - ln.x1) / (ln.size or 10)
            full_end[id(_last_content(column_blocks))] = max(0.0, short - 1) if ln.confidence is not None else short
            prev = ln
            if ln.ends:
                _last_content(column_blocks).whole = True
        _ended_short(column_blocks, full_end)
        boxed = bool(content) and content[0].boxed
        if boxed or after_box:  # a box's text is a unit: the lines before it and after it are not its
            blocks.extend(column_blocks)
        else:
            _join_across(blocks, column_blocks, full_end)
        after_box = boxed
    return place_notes(blocks, notes)


def _column_spans(columns: list) -> dict[int, list[tuple[float, float]]]:
    """Page number -> (left, right) of each column the page sets in a band of two or more columns."""
    spans: dict[int, list[tuple[float, float]]] = {}
    for page, full, column in columns:
        lines = [ln for ln in column if isinstance(ln, _Line) and not ln.furniture]
        if not full and len(lines) >= 3:
            spans.setdefault(page.number, []).append((min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)))
    return spans


def _filled(ln: _Line, spans: list[tuple[float, float]], right: float) -> float:
    """The right edge a recognised line is measured against: where it starts at the left of one of the
    page's narrower columns and stops at that column's edge without ending a sentence, that edge (a
    paragraph of the left column only, read in one band with wider lines: under a banner spanning the
    columns, `…召开春节前安全生产和会` then `员服务工作会议。`); else the band's own edge."""
    size = ln.size or 10
    if ln.text.rstrip()[-1:] in _PARA_END:
        return right
    for c_left, c_right in spans:
        if c_right < right - 2 * size and abs(ln.x0 - c_left) <= 2 * size and c_right - 2 * size <= ln.x1 <= c_right + size:
            return c_right
    return right


def _ended_short(column_blocks: list[Block], full_end: dict[int, float]) -> None:
    """A recognised paragraph whose last line stops well short of its column's edge, with more text
    after it in the column, ends there, whatever its last character: a faint page loses a closing `。`
    (`…和用工需求` then `1月23日，…`), and the printed shape still says the paragraph ended."""
    content = [b for b in column_blocks if b.kind != "furniture"]
    for b, after in zip(content, content[1:]):
        if b.kind == "paragraph" and b.ocr is not None and full_end.get(id(b), 0.0) >= _ENDED_SHORT:
            b.whole = True


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


def _join_across(blocks: list[Block], page_blocks: list[Block], full_end: dict[int, float]) -> None:
    """Append a page's blocks, joining a paragraph or a title cut by the page break (its last line
    runs to the right margin: it wrapped there; a line set to the right, far from the left margin,
    such as a story's source, wraps nothing)."""
    last = _last_content(blocks)
    page_blocks = join_continued(last, page_blocks)  # a table's rest, its head repeated (pdfcont.py)
    first = next((b for b in page_blocks if b.kind != "furniture"), None)
    ends = (last is not None and first is not None and last.text[-1:] not in _PARA_END and last.align != "right"
            and _wrapped(full_end.get(id(last), 99.0), last.text, first.raw or first.text, 1))
    paragraph = ends and last.kind == first.kind == "paragraph"
    title = (ends and last.kind == first.kind and last.kind in ("heading", "title") and last.level == first.level
             and not _enclosed(last.text))
    if paragraph or title:
        _glue_block(last, first)
        page_blocks = [b for b in page_blocks if b is not first]
    blocks.extend(page_blocks)
