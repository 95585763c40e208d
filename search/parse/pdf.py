"""PDF -> blocks, from pdfplumber's characters, or from OCR where a page is a scan: the PDF reader
of readers.py.

Each page is cut into regions first (columns.py: columns found from the gaps between its words,
tables without ruling lines read as cells; tables found by their ruling lines keep their cells), and
its printed lines are made from the words of each region. Pages without a text layer, and images on
a text page that hold text, are recognised (scan.py, ocr.py); their lines take the same way as the
text layer's. The lines become blocks in pdflayout.py: headings by size, titles by weight, furniture,
paragraphs rejoined across wraps, columns and pages.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
import zlib
from collections import Counter
from contextlib import contextmanager

from search import limits
from search.errors import CorpusError
from search.parse import imposed, ocrdash, pdfframes
from search.parse.blocks import Block, clean
from search.parse.celltable import _cells
from search.parse.columns import Box, regions, rows_of
from search.parse.pdffonts import repair_fonts
from search.parse.pdfproof import proof_furniture
from search.parse.pdfglyphs import superscripts, untracked, upright, word_gaps

from search.parse.damage import pdf_damage
from search.parse.pdflayout import _layout, _Line, _Page
from search.parse.scan import Scanner, ScanLine, needs_ocr
from search.parse.sheet import is_sheet, sheet_blocks
from search.text import unradical

__all__ = ["read_pdf_blocks", "quiet_pdfminer", "_layout", "_Line", "_Page"]

# Fonts that set titles: bold faces, and 黑体 (SimHei, Heiti) where the body is in another family.
_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demibold|[-,]b$|w[6-9]$|hei|黑", re.I)


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


def read_pdf_blocks(data: bytes, name: str, cache_dir=None) -> list[Block]:
    """The blocks of a PDF, its scanned pages recognised (through the OCR cache in `cache_dir`,
    if given); CorpusError for a damaged PDF or one with no text at all."""
    if not data.strip():
        raise CorpusError(name, "文件是空的")
    if b"%PDF-" not in data[:1024]:
        raise CorpusError(name, "不是 PDF 文件（没有 %PDF- 文件头）")
    if b"%%EOF" not in data[-2048:]:
        raise CorpusError(name, "PDF 文件不完整（被截断了：没有文件结束标记）")
    check_bounds(data, name)
    import pdfplumber

    pages: list[_Page] = []
    scanner = Scanner(data, name, cache_dir)
    try:
        with quiet_pdfminer(), pdfplumber.open(io.BytesIO(data)) as pdf:
            _check_pages(pdf, name)
            repair_fonts(pdf)
            # a sheet of two imposed pages is read as the two, in their folios' order (imposed.py)
            printed = imposed.order([half for page in pdf.pages for half in imposed.split(page)])
            for n, (page, dx, _) in enumerate(printed, 1):
                pages.append(_read_page(page, n, scanner, before=pages[-1].sheet if pages else None))
                imposed.shift(pages[-1], dx)
    except CorpusError:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged files: say what is wrong
        raise CorpusError(name, f"无法读取的 PDF：{pdf_damage(data, exc)}") from None
    finally:
        scanner.close()
    if not any(ln.text.strip() for p in pages for ln in p.lines) and not any(p.tables or p.sheet for p in pages):
        raise CorpusError(name, "PDF 里没有文字：没有文字层，文字识别（OCR）也没有在页面上找到文字")
    return ocrdash.in_blocks(_pages_blocks(pages))


def _pages_blocks(pages: list[_Page]) -> list[Block]:
    """The blocks of the pages in order: runs of sheet pages read as rows (sheet.py), the others laid
    out from their lines; printed lines numbered on across both."""
    if not any(p.sheet for p in pages):
        return _layout(pages)
    blocks: list[Block] = []
    k = 0
    while k < len(pages):
        sheet = bool(pages[k].sheet)
        run = [pages[k]]
        while k + len(run) < len(pages) and bool(pages[k + len(run)].sheet) == sheet:
            run.append(pages[k + len(run)])
        k += len(run)
        line = max((b.last or b.line or 0 for b in blocks), default=0) + 1
        if sheet:
            blocks += sheet_blocks([(p.number, p.sheet) for p in run], first_line=line)
            continue
        for b in _layout(run):
            b.line = b.line + line - 1 if b.line is not None else None
            b.last = b.last + line - 1 if b.last is not None else None
            blocks.append(b)
    return blocks


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_INFLATE_STEP = 1 << 20


def check_bounds(data: bytes, name: str) -> None:
    """Refuse a PDF bomb before pdfminer reads it: compressed streams that inflate, all together,
    past limits.PDF_INFLATED_BYTES (a few kilobytes can hold gigabytes of zeros). Each stream is
    inflated a megabyte at a time and the output counted, never kept."""
    bound = limits.PDF_INFLATED_BYTES
    view = memoryview(data)
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            break
        inflater = zlib.decompressobj()
        pending = view[m.end():end]
        try:
            # Until the stream's end: bytes after it (the newline before `endstream`) stay in
            # unconsumed_tail once the output was cut at a step, and would be fed again for ever.
            while pending and total <= bound and not inflater.eof:
                total += len(inflater.decompress(pending, _INFLATE_STEP))
                pending = inflater.unconsumed_tail
        except zlib.error:  # not a Flate stream (an image, plain text): nothing to inflate
            pass
        if total > bound:
            raise CorpusError(name, f"疑似 PDF 炸弹：压缩数据解压后超过 {bound // 2**20} MB",
                              code="pdf_bomb", limit=bound)


def _check_pages(pdf, name: str) -> None:
    """Refuse a PDF of more than limits.PDF_PAGES pages, from its page tree's count, before any
    page is read."""
    from pdfminer.pdftypes import resolve1

    try:
        count = int(resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"]))
    except Exception:  # no count: the pages are counted as they are read
        return
    if count > limits.PDF_PAGES:
        raise CorpusError(name, f"有 {count} 页，不像一期简报（最多 {limits.PDF_PAGES} 页）",
                          code="too_many_pages", limit=limits.PDF_PAGES)


def _read_page(page, number: int, scanner: Scanner, before: list | None = None) -> _Page:
    out = _Page(number, float(page.width), float(page.height))
    page = upright(page)  # a watermark across the page is no text of it
    scanned_page = needs_ocr(page)
    if scanned_page:
        scanned, (out.width, out.height) = scanner.page(page)
        boxes = [_scan_box(ln) for ln in scanned]
    else:
        found_tables = _find_tables(page)
        for bbox, raw in found_tables:
            if is_sheet(bbox, raw, out.width, before) and _holds_text(page, bbox):  # one grid: rows (sheet.py)
                out.sheet = raw
                out.columns = []
                return out
        for table in _ruled_tables(found_tables):
            out.tables.append(table)
        boxes = [Box(t[0][0], t[0][1], t[0][2], t[0][3], "", t) for t in out.tables]
        boxes += [Box(w["x0"], w["top"], w["x1"], w["bottom"], w["text"], w)
                  for w in superscripts(proof_furniture(page.extract_words(return_chars=True)))
                  if w["text"].strip() and not _inside(w, out.tables)]
        boxes += [_scan_box(ln) for ln in scanner.regions(page)]
    if not boxes:
        out.columns = []
        return out
    size = statistics.median(b.bottom - b.top for b in boxes if not isinstance(b.ref, tuple)) \
        if any(not isinstance(b.ref, tuple) for b in boxes) else 10.0
    out.columns = []
    found = pdfframes.frames(page, boxes, size) if not scanned_page else []
    boxes, framed = pdfframes.split(boxes, found)
    for region in regions(boxes, size) if boxes else []:
        if region.kind == "table":  # a recognised table's cells as printed (ocrdash.py)
            rows = ocrdash.in_rows(region.rows) if any(isinstance(b.ref, ScanLine) for b in region.boxes) \
                else region.rows
            table = ((region.x0, region.top, region.x1, region.bottom), rows)
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
    for frame, inner in sorted(zip(found, framed), key=lambda f: f[0][1]):
        if not _frame_in_column(out, frame, _frame_items(out, inner, size)):
            pdfframes.place_frame(out, frame, [_line(row, out) for row in rows_of(inner)])
    _light_on_fill(page, out.lines)
    return out


def _light_on_fill(page, lines: list[_Line]) -> None:
    """Light ink counts only on a filled shape behind it (a bar): light text on the paper is a
    watermark or hidden, not a banner."""
    fills = [r for r in getattr(page, "rects", []) if r.get("fill")]
    for ln in lines:
        if ln.light:
            mx, my = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
            ln.light = any(r["x0"] <= mx <= r["x1"] and r["top"] <= my <= r["bottom"] and not _light(
                {"non_stroking_color": r.get("non_stroking_color")}) for r in fills)


def _frame_items(out: _Page, inner: list[Box], size: float) -> list:
    """A frame's text as lines and tables (a table boxed in the flow keeps its cells)."""
    items: list = []
    for region in regions(inner, size) if inner else []:
        if region.kind == "table":
            items.append(((region.x0, region.top, region.x1, region.bottom), region.rows))
        else:
            items += _boxed_rows(out, rows_of(region.boxes), size)
    return items


def _boxed_rows(out: _Page, rows: list[list[Box]], size: float) -> list:
    """A box's printed rows: a run of three or more rows cut alike into two or more cells, a number
    in some, is a table (a small table in a box is too short for the page's table finder); the
    other rows are lines."""
    # the box's own text may be smaller than the page's: cells apart by more than half its height
    own = statistics.median(b.bottom - b.top for r in rows for b in r) if rows else size
    cells = [[c[2] for c in _cells(row, max(3.5, 0.6 * own))] for row in rows]
    items: list = []
    k = 0
    while k < len(rows):
        j = k
        while j < len(rows) and len(cells[j]) >= 2 and len(cells[j]) == len(cells[k]):
            j += 1
        numbered = sum(any(_NUMBER_CELL.fullmatch(c) for c in r[1:]) for r in cells[k:j])
        if j - k >= 3 and numbered >= 2:
            box = rows[k:j]
            bbox = (min(b.x0 for r in box for b in r), min(b.top for r in box for b in r),
                    max(b.x1 for r in box for b in r), max(b.bottom for r in box for b in r))
            items.append((bbox, [[clean(unradical(c)) for c in r] for r in cells[k:j]]))
            k = j
            continue
        items.append(_line(rows[k], out))
        k += 1
    return items


_NUMBER_CELL = re.compile(r"[-+−–]?\d[\d,.]*\s*%?")


def _frame_in_column(out: _Page, frame: tuple, items: list) -> bool:
    """A frame standing inside a column (a box the column's text flows around) is read there, where
    it starts: before the first of the column's lines at or below its top. False when no column
    holds it, or it holds no table."""
    if not any(not isinstance(it, _Line) for it in items):
        return False
    mid = (frame[0] + frame[2]) / 2
    for _, column in out.columns:
        lines = [it for it in column if isinstance(it, _Line)]
        if not lines or not (min(ln.x0 for ln in lines) <= mid <= max(ln.x1 for ln in lines)):
            continue
        if not any(ln.top < frame[1] for ln in lines) or not any(ln.top >= frame[1] - 1 for ln in lines):
            continue
        at = next((k for k, it in enumerate(column) if isinstance(it, _Line) and it.top >= frame[1] - 1), len(column))
        column[at:at] = items
        out.lines += [it for it in items if isinstance(it, _Line)]
        out.tables += [it for it in items if not isinstance(it, _Line)]
        return True
    return False


def _image_runs(items: list, full: bool, scanned_page: bool) -> list[tuple[bool, list]]:
    """A text region's items as columns, the lines recognised in an image on a text page apart: the
    image is a block of its own, with its own edges."""
    if scanned_page:  # a scan's margins are where the sheet lay on the glass: none is assumed alike
        return [(False, items)]
    runs: list[tuple[bool, list]] = []
    for it in items:
        recognised = isinstance(it, _Line) and it.confidence is not None
        if not runs or recognised != runs[-1][0]:
            runs.append((recognised, []))
        runs[-1][1].append(it)
    return [(full and not recognised, run) for recognised, run in runs]


def _holds_text(page, bbox: tuple) -> bool:
    """The grid holds nearly all of the page's text (a data table on a page of stories does not)."""
    chars = [c for c in page.chars if c["text"].strip()]
    outside = sum(1 for c in chars if not (bbox[0] - 1 <= c["x0"] and c["x1"] <= bbox[2] + 1
                                           and bbox[1] - 1 <= c["top"] and c["bottom"] <= bbox[3] + 1))
    return outside <= 0.1 * max(1, len(chars))


def _find_tables(page) -> list[tuple[tuple, list[list]]]:
    """The page's ruled tables, each (bbox, rows as extracted: None for a merged-over cell)."""
    try:
        return [(tuple(t.bbox), t.extract()) for t in page.find_tables()]
    except Exception:  # a table finder failure must not lose the page's text
        return []


def _ruled_tables(found: list[tuple[tuple, list[list]]]) -> list[tuple[tuple, list[list[str]]]]:
    tables = []
    for bbox, raw in found:
        rows = [[clean(unradical(untracked((cell or "").replace("\n", "")))) for cell in row] for row in raw]
        rows = [r for r in rows if any(r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append((bbox, rows))
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
    spaced = iter(word_gaps([b.text.strip() for b in row], [b.x0 - a.x1 for a, b in zip(row, row[1:])],
                            statistics.median(b.bottom - b.top for b in row)))
    for b in row:
        piece = b.text.strip()
        if isinstance(b.ref, ScanLine):
            scanned.append(b.ref)
            # the detector cuts a line in overlapping pieces that share a character (`8765.`, `.43`)
            if prev is not None and b.x0 < prev.x1 and text[-1:] == piece[:1]:
                piece = piece[1:]
        else:
            chars += [c for c in b.ref["chars"] if c["text"].strip()]
        if prev is not None and next(spaced) and piece and b.x0 >= prev.x1:
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
    return _Line(unradical(text), x0, x1, top, bottom, sizes[len(sizes) // 2], bold,
                 fonts.most_common(1)[0][0] if fonts else "", page.number, page.width, page.height,
                 confidence=confidence, light=bool(chars) and all(_light(c) for c in chars))


def _light(char: dict) -> bool:
    """Set in ink near white (gray, RGB or CMYK): it shows only on a dark fill."""
    color = char.get("non_stroking_color")
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not color or not all(isinstance(v, (int, float)) for v in color):
        return False
    if len(color) == 4:
        return all(v <= 0.1 for v in color)
    return all(v >= 0.9 for v in color)


def _font(char: dict) -> str:
    """The font's name without the subset prefix (`AAAAAA+NotoSansCJK-Bold` -> `NotoSansCJK-Bold`)."""
    return str(char.get("fontname", "")).split("+")[-1]
