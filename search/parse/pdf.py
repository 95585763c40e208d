"""PDF -> blocks, from pdfplumber's characters: the PDF reader of readers.py.

Font size tells headings from text (larger than the body's size; the largest is level 1), bold
font names tell title lines; text repeated at the same place on several pages (running headers and
footers) and lone page numbers in the margins are furniture; tables found by their ruling lines
keep their cells. A line that reaches the right margin and is followed at once by the next is
wrapped: the two are one paragraph, on a page and across a page break.
"""
from __future__ import annotations

import io
import logging
import re
import zlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

from search import limits
from search.parse.blocks import Block, classify, clean, is_page_number, table_text
from search.errors import CorpusError

# Fonts that set titles: bold faces, and 黑体 (SimHei, Heiti) where the body is in another family.
_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demibold|[-,]b$|w[6-9]$|hei|黑", re.I)
_LIST_MARKS = tuple("-•●▪◆■·【")  # a line starting so begins a new block even after a full one
_PARA_END = "。！？!?；：”）)"


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


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[tuple[tuple, list[list[str]]]] = field(default_factory=list)  # (bbox, rows)


def read_pdf_blocks(data: bytes, name: str) -> list[Block]:
    """The blocks of a PDF's text layer; CorpusError for a damaged or text-less one."""
    if not data.strip():
        raise CorpusError(name, "文件是空的")
    if b"%PDF-" not in data[:1024]:
        raise CorpusError(name, "不是 PDF 文件（没有 %PDF- 文件头）")
    if b"%%EOF" not in data[-2048:]:
        raise CorpusError(name, "PDF 文件不完整（被截断了：没有文件结束标记）")
    check_bounds(data, name)
    import pdfplumber

    pages: list[_Page] = []
    try:
        with quiet_pdfminer(), pdfplumber.open(io.BytesIO(data)) as pdf:
            _check_pages(pdf, name)
            for n, page in enumerate(pdf.pages, 1):
                pages.append(_read_page(page, n))
    except CorpusError:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged files
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise CorpusError(name, f"无法读取的 PDF（{detail}）") from None
    if not any(ln.text.strip() for p in pages for ln in p.lines) and not any(p.tables for p in pages):
        raise CorpusError(name, "PDF 没有文字层（是扫描件？需要先做文字识别）")
    return _layout(pages)


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
            while pending and total <= bound:
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


def _read_page(page, number: int) -> _Page:
    out = _Page(number, float(page.width), float(page.height))
    try:
        found = page.find_tables()
    except Exception:  # a table finder failure must not lose the page's text
        found = []
    for table in found:
        rows = [[clean((cell or "").replace("\n", "")) for cell in row] for row in table.extract()]
        rows = [r for r in rows if any(r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            out.tables.append((table.bbox, rows))
    for ln in page.extract_text_lines(return_chars=True, strip=True):
        if not ln["text"].strip():
            continue
        mid = (ln["top"] + ln["bottom"]) / 2
        if any(b[1] <= mid <= b[3] and ln["x0"] < b[2] and ln["x1"] > b[0] for b, _ in out.tables):
            continue
        chars = [c for c in ln["chars"] if c["text"].strip()]
        sizes = sorted(round(float(c.get("size", 0)) * 2) / 2 for c in chars) or [0.0]
        fonts = Counter(_font(c) for c in chars)
        font = fonts.most_common(1)[0][0] if fonts else ""
        bold = sum(bool(_BOLD_FONT.search(_font(c))) for c in chars) >= 0.6 * max(1, len(chars))
        out.lines.append(_Line(ln["text"], ln["x0"], ln["x1"], ln["top"], ln["bottom"],
                               sizes[len(sizes) // 2], bold, font, number, out.width, out.height))
    return out


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


def _layout(pages: list[_Page]) -> list[Block]:
    _mark_furniture(pages)
    counter = 0
    for page in pages:
        for ln in page.lines:
            counter += 1
            ln.no = counter
    sizes: Counter = Counter()
    for page in pages:
        for ln in page.lines:
            if not ln.furniture:
                sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    fonts: Counter = Counter(ln.font for page in pages for ln in page.lines if not ln.furniture
                             for _ in range(len(ln.text)))
    body_font = fonts.most_common(1)[0][0] if fonts else ""
    for page in pages:
        for ln in page.lines:  # the body's own face is never emphasis (a Hei body font, say)
            ln.bold = ln.bold and ln.font != body_font
    big = sorted({s for s in sizes if body and s >= 1.1 * body}, reverse=True)  # h3 is 1.17em
    blocks: list[Block] = []
    full_end: dict[int, bool] = {}  # id(block) -> its last line reaches the right margin
    for page in pages:
        content = [ln for ln in page.lines if not ln.furniture]
        left = min((ln.x0 for ln in content), default=0)
        right = max([page.width - left] + [ln.x1 for ln in content])
        items: list[tuple[float, object]] = [(ln.top, ln) for ln in page.lines]
        items += [(bbox[1], (bbox, rows)) for bbox, rows in page.tables]
        items.sort(key=lambda t: t[0])
        prev: _Line | None = None
        page_blocks: list[Block] = []
        for _, it in items:
            if not isinstance(it, _Line):
                bbox, rows = it
                page_blocks.append(Block("table", table_text(rows), cells=rows, line=counter + 1,
                                         last=counter + len(rows), page=page.number,
                                         raw="\n".join("\t".join(r) for r in rows)))
                counter += len(rows)
                prev = None
                continue
            ln = it
            if ln.furniture:
                page_blocks.append(Block("furniture", clean(ln.text), line=ln.no, page=page.number, raw=ln.text))
                continue
            kind, text, level = classify(ln.text)
            if kind == "furniture":
                pass
            elif ln.size in big:
                kind, level = ("title" if kind == "list_item" else "heading"), big.index(ln.size) + 1
            elif ln.bold and kind == "paragraph":
                kind = "title"
            last = _last_content(page_blocks)
            if last is not None and prev is not None and _continues(last, prev, ln, kind, left, right):
                last.text = _glue(last.text, text)
                last.raw = _glue(last.raw or "", ln.text)
                last.last = ln.no
            else:
                page_blocks.append(Block(kind, text, level=level, line=ln.no, page=page.number, raw=ln.text))
            full_end[id(_last_content(page_blocks))] = ln.x1 >= right - ln.size
            prev = ln
        _join_across(blocks, page_blocks, full_end)
    return blocks


def _last_content(blocks: list[Block]) -> Block | None:
    for b in reversed(blocks):
        if b.kind != "furniture":
            return b
    return None


def _continues(block: Block, prev: _Line, ln: _Line, kind: str, left: float, right: float) -> bool:
    """Does printed line `ln` continue `block`, whose last printed line is `prev`?"""
    size = prev.size or 10
    close = ln.top - prev.bottom < 0.8 * size
    if not close or ln.text.startswith(_LIST_MARKS):
        return False
    if block.kind in ("heading", "title") and kind == block.kind:
        return ln.size == prev.size and ln.bold == prev.bold and not block.text.endswith(tuple(_PARA_END))
    if block.kind in ("paragraph", "list_item") and kind == "paragraph":
        indent = size * 3 if block.kind == "list_item" else size / 2  # a list item's hanging indent
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
        last.text = _glue(last.text, first.text)
        last.raw = _glue(last.raw or "", first.raw or "")
        last.last = first.last if first.last is not None else first.line
        page_blocks = [b for b in page_blocks if b is not first]
    blocks.extend(page_blocks)


def _glue(a: str, b: str) -> str:
    """CJK text wraps anywhere, inside a number too: wrapped lines join without a space."""
    return a + b
