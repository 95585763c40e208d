"""PDF -> blocks, from pdfplumber's characters, or from OCR where a page is a scan: the PDF reader
of readers.py.

Each page is cut into regions first (columns.py: columns found from the gaps between its words,
tables without ruling lines read as cells; tables found by their ruling lines keep their cells), and
read region by region. Pages without a text layer, and images on a text page that hold text, are
recognised (scan.py, ocr.py); their lines take the same way as the text layer's. Font size tells
headings from text (larger than the body's size; the largest is level 1), bold fonts (or, on a scan,
wide strokes) tell title lines; text repeated at the same place on several pages (running headers
and footers) and lone page numbers in the margins are furniture. A line that reaches the right edge
of its column and is followed at once by the next is wrapped: the two are one paragraph, on a page,
from one column to the next and across a page break.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

from search.errors import CorpusError
from search.parse.blocks import Block, classify, clean, is_page_number, table_text
from search.parse.columns import Box, regions, rows_of
from search.parse.scan import Scanner, ScanLine, needs_ocr

# Fonts that set titles: bold faces, and 黑体 (SimHei, Heiti) where the body is in another family.
_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demibold|[-,]b$|w[6-9]$|hei|黑", re.I)
_LIST_MARKS = tuple("-•●▪◆■·【")  # a line starting so begins a new block even after a full one
_PARA_END = "。！？!?；：”）)"
_BIG = 1.1  # a line this much larger than the body is a heading (h3 is 1.17em)
_BIG_OCR = 1.2  # recognised lines' sizes come from their boxes: less exact
_BIG_OCR_BOLD = 1.15


@contextmanager
def quiet_pdfminer():
    """Silence pdfminer's warnings (`Could not get FontBBox …`) unless someone set its level."""
    logger = logging.getLogger("pdfminer")
    if logger.level != logging.NOTSET:
        yield
        return
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(logging.NOTSET)


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


def read_pdf_blocks(data: bytes, name: str, cache_dir=None) -> list[Block]:
    """The blocks of a PDF, its scanned pages recognised (through the OCR cache in `cache_dir`,
    if given); CorpusError for a damaged PDF or one with no text at all."""
    if not data.strip():
        raise CorpusError(name, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise CorpusError(name, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise CorpusError(name, "not a complete PDF (truncated: no end-of-file marker)")
    import pdfplumber

    pages: list[_Page] = []
    scanner = Scanner(data, name, cache_dir)
    try:
        with quiet_pdfminer(), pdfplumber.open(io.BytesIO(data)) as pdf:
            for n, page in enumerate(pdf.pages, 1):
                pages.append(_read_page(page, n, scanner))
    except CorpusError:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged files
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise CorpusError(name, f"not a readable PDF ({detail})") from None
    finally:
        scanner.close()
    if not any(ln.text.strip() for p in pages for ln in p.lines) and not any(p.tables for p in pages):
        raise CorpusError(name, "the PDF has no text: no text layer, and OCR found none on its pages")
    return _layout(pages)


def _read_page(page, number: int, scanner: Scanner) -> _Page:
    out = _Page(number, float(page.width), float(page.height))
    scanned_page = needs_ocr(page)
    if scanned_page:
        boxes = [_scan_box(ln) for ln in scanner.page(page)]
    else:
        for table in _ruled_tables(page):
            out.tables.append(table)
        boxes = [Box(t[0][0], t[0][1], t[0][2], t[0][3], "", t) for t in out.tables]
        boxes += [Box(w["x0"], w["top"], w["x1"], w["bottom"], w["text"], w)
                  for w in page.extract_words(return_chars=True)
                  if w["text"].strip() and not _inside(w, out.tables)]
        boxes += [_scan_box(ln) for ln in scanner.regions(page)]
    if not boxes:
        out.columns = []
        return out
    size = statistics.median(b.bottom - b.top for b in boxes if not isinstance(b.ref, tuple)) \
        if any(not isinstance(b.ref, tuple) for b in boxes) else 10.0
    out.columns = []
    for region in regions(boxes, size):
        if region.kind == "table":
            table = ((region.x0, region.top, region.x1, region.bottom), region.rows)
            out.tables.append(table)
            out.columns.append((False, [table]))
            continue
        items: list = [b.ref for b in region.boxes if isinstance(b.ref, tuple)]
        for row in rows_of([b for b in region.boxes if not isinstance(b.ref, tuple)]):
            line = _line(row, out)
            out.lines.append(line)
            items.append(line)
        items.sort(key=lambda it: it.top if isinstance(it, _Line) else it[0][1])
        out.columns += _image_runs(items, region.full, scanned_page)
    return out


def _image_runs(items: list, full: bool, scanned_page: bool) -> list[tuple[bool, list]]:
    """A text region's items as columns, the lines recognised in an image on a text page apart: the
    image is a block of its own, with its own edges."""
    if scanned_page:
        return [(full, items)]
    runs: list[tuple[bool, list]] = []
    for it in items:
        recognised = isinstance(it, _Line) and it.confidence is not None
        if not runs or recognised != runs[-1][0]:
            runs.append((recognised, []))
        runs[-1][1].append(it)
    return [(full and not recognised, run) for recognised, run in runs]


def _ruled_tables(page) -> list[tuple[tuple, list[list[str]]]]:
    try:
        found = page.find_tables()
    except Exception:  # a table finder failure must not lose the page's text
        return []
    tables = []
    for table in found:
        rows = [[clean((cell or "").replace("\n", "")) for cell in row] for row in table.extract()]
        rows = [r for r in rows if any(r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append((tuple(table.bbox), rows))
    return tables


def _inside(word: dict, tables) -> bool:
    mid = (word["top"] + word["bottom"]) / 2
    return any(b[1] <= mid <= b[3] and word["x0"] < b[2] and word["x1"] > b[0] for b, _ in tables)


def _scan_box(ln: ScanLine) -> Box:
    return Box(ln.x0, ln.top, ln.x1, ln.bottom, ln.text, ln)


def _line(row: list[Box], page: _Page) -> _Line:
    """One printed line from its boxes (words of the text layer, recognised lines, or both)."""
    text = ""
    prev: Box | None = None
    chars: list[dict] = []
    scanned: list[ScanLine] = []
    for b in row:
        piece = b.text.strip()
        if isinstance(b.ref, ScanLine):
            scanned.append(b.ref)
            # the detector cuts a line in overlapping pieces that share a character (`8765.`, `.43`)
            if prev is not None and b.x0 < prev.x1 and text[-1:] == piece[:1]:
                piece = piece[1:]
        else:
            chars += [c for c in b.ref["chars"] if c["text"].strip()]
        if prev is not None and piece and b.x0 >= prev.x1:
            text += " "
        text += piece
        prev = b
    x0, x1 = min(b.x0 for b in row), max(b.x1 for b in row)
    top, bottom = min(b.top for b in row), max(b.bottom for b in row)
    sizes = sorted([round(float(c.get("size", 0)) * 2) / 2 for c in chars]
                   + [s.size for s in scanned for _ in s.text]) or [0.0]
    fonts = Counter(_font(c) for c in chars)
    bold = (sum(bool(_BOLD_FONT.search(_font(c))) for c in chars) + sum(len(s.text) for s in scanned if s.bold)
            >= 0.6 * max(1, len(chars) + sum(len(s.text) for s in scanned)))
    confidence = None
    if scanned:
        n = sum(len(s.text) for s in scanned)
        confidence = sum(s.confidence * len(s.text) for s in scanned) / max(1, n)
    return _Line(text, x0, x1, top, bottom, sizes[len(sizes) // 2], bold,
                 fonts.most_common(1)[0][0] if fonts else "", page.number, page.width, page.height,
                 confidence=confidence)


def _font(char: dict) -> str:
    """The font's name without the subset prefix (`AAAAAA+NotoSansCJK-Bold` -> `NotoSansCJK-Bold`)."""
    return str(char.get("fontname", "")).split("+")[-1]


def _mark_furniture(pages: list[_Page]) -> None:
    """Running headers and footers (repeated at one place on several pages) and page numbers."""
    def key(ln: _Line) -> str:
        return re.sub(r"\d+", "#", ln.text.strip())

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
            if (repeated and len(pages) >= 2) or is_page_number(ln.text):
                ln.furniture = True


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
    full_end: dict[int, bool] = {}  # id(block) -> its last line reaches the right edge of its column
    for page, full, column in columns:
        content = [ln for ln in column if isinstance(ln, _Line) and not ln.furniture]
        left = min((ln.x0 for ln in content), default=0)
        right = max((ln.x1 for ln in content), default=page.width)
        if full:  # the page's width: its margins are alike
            right = max(right, page.width - left)
        prev: _Line | None = None
        column_blocks: list[Block] = []
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
            kind, text, level = classify(ln.text)
            if kind == "furniture":
                pass
            elif _big(ln, body):
                kind, level = ("title" if kind == "list_item" else "heading"), levels[ln.size]
            elif ln.bold and kind == "paragraph":
                kind = "title"
            last = _last_content(column_blocks)
            if last is not None and prev is not None and _continues(last, prev, ln, kind, left, right):
                _glue_block(last, Block(kind, text, line=ln.no, raw=ln.text, ocr=ln.confidence))
            else:
                column_blocks.append(Block(kind, text, level=level, line=ln.no, page=page.number, raw=ln.text,
                                           ocr=ln.confidence))
            full_end[id(_last_content(column_blocks))] = ln.x1 >= right - ln.size
            prev = ln
        _join_across(blocks, column_blocks, full_end)
    return blocks


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
    if not close or ln.text.startswith(_LIST_MARKS):
        return False
    if block.kind in ("heading", "title") and kind == block.kind:
        return ln.size == prev.size and ln.bold == prev.bold and not block.text.endswith(tuple(_PARA_END))
    if block.kind in ("paragraph", "list_item") and kind == "paragraph":
        indent = size * 3 if block.kind == "list_item" else size if scanned else size / 2  # hanging indent
        # within two characters of the margin: a line may not start with 。，, so it breaks early
        return prev.x1 >= right - 2 * size and ln.x0 < left + indent and ln.size == prev.size
    return False


def _join_across(blocks: list[Block], page_blocks: list[Block], full_end: dict[int, bool]) -> None:
    """Append a page's blocks, joining a paragraph or a title cut by the page break (its last line
    runs to the right margin: it wrapped there)."""
    last = _last_content(blocks)
    first = next((b for b in page_blocks if b.kind != "furniture"), None)
    paragraph = (last is not None and first is not None and last.kind == first.kind == "paragraph"
                 and full_end.get(id(last)) and last.text[-1:] not in _PARA_END)
    title = (last is not None and first is not None and last.kind == first.kind and last.kind in ("heading", "title")
             and last.level == first.level and full_end.get(id(last)) and last.text[-1:] not in _PARA_END)
    if paragraph or title:
        _glue_block(last, first)
        page_blocks = [b for b in page_blocks if b is not first]
    blocks.extend(page_blocks)


def _glue_block(block: Block, more: Block) -> None:
    """`more` continues `block`: its text, printed lines and recognition confidence join it."""
    if block.ocr is not None or more.ocr is not None:
        a, b = len(block.text), len(more.text)
        block.ocr = ((block.ocr or 1.0) * a + (more.ocr or 1.0) * b) / max(1, a + b)
    block.text = _glue(block.text, more.text)
    block.raw = _glue(block.raw or "", more.raw or "")
    block.last = more.last if more.last is not None else more.line


def _glue(a: str, b: str) -> str:
    """CJK text wraps anywhere, inside a number too: wrapped lines join without a space."""
    return a + b
