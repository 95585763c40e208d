"""Word (.docx) -> blocks, from python-docx: the Word reader of readers.py.

Heading styles (by outline level, or a style named `Heading N` / `标题 N` in any language's
spelling) are headings with their level; list paragraphs are list items; a paragraph whose text is
all bold is a title line; tables keep their cells (a merged cell once). Paragraphs without style
are classified like lines of text (`【行业资讯】`, `● 标题`). Automatic numbering gives a paragraph
the number Word prints (`一、`, `1.`: `Block.number`, kept out of its text, wordnum.py). A footnote or
endnote follows the paragraph that cites it as a block of its own (`Block.note`), so a source given
only in a note reaches its story. A table standing at the top of the document, before any text, is
the masthead laid out in cells: its cells are read as lines. Line numbers count paragraphs and
table rows.
"""
from __future__ import annotations

import io
import re

from search.errors import CorpusError
from search.parse.blocks import Block, classify, clean, table_text
from search.parse.wordnum import Numbering

_HEADING_STYLE = re.compile(r"^(?:heading|标题|見出し|überschrift|titre)\s*([1-9])$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|subtitle|标题|副标题|表题)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTES = {"footnotes": "footnote", "endnotes": "endnote"}  # relationship type -> element


def read_docx_blocks(data: bytes, name: str) -> list[Block]:
    """The blocks of a Word document; CorpusError for a damaged or empty one."""
    if not data.strip():
        raise CorpusError(name, "the file is empty")
    import docx
    from docx.table import Table

    blocks: list[Block] = []
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _numbering(document)
        notes = _notes(document)
        n = 0
        for element in document.iter_inner_content():
            if isinstance(element, Table):
                rows = _rows(element)
                if not any(b.kind != "furniture" for b in blocks) and _masthead(rows):
                    blocks += _cell_blocks(element, n)
                elif any(any(r) for r in rows):
                    blocks.append(Block("table", table_text(rows), cells=rows, line=n + 1, last=n + len(rows),
                                        raw="\n".join("\t".join(r) for r in rows)))
                n += len(rows)
                continue
            n += 1
            blocks += _paragraph_blocks(element, n, numbering, notes)
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own
        raise CorpusError(name, f"not a readable Word document ({type(exc).__name__})") from None
    if not blocks:
        raise CorpusError(name, "the Word document has no text")
    return blocks


def _numbering(document) -> Numbering:
    try:
        return Numbering(document.part.numbering_part.element)
    except (KeyError, NotImplementedError, AttributeError):
        return Numbering()


def _notes(document) -> dict[tuple[str, str], str]:
    """(footnote|endnote, id) -> the note's text, separators aside."""
    from lxml import etree

    found: dict[tuple[str, str], str] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in _NOTES or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for note in root.iter(f"{_W}{_NOTES[kind]}"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")]
            text = clean(" ".join(p for p in paragraphs if p.strip()))
            if text:
                found[_NOTES[kind], note.get(f"{_W}id")] = text
    return found


def _paragraph_blocks(p, line: int, numbering: Numbering, notes: dict) -> list[Block]:
    """A paragraph's blocks (one a line it breaks into), then the notes it cites."""
    number = _number(p, numbering)
    out = []
    for piece in p.text.replace("\r", "\n").split("\n"):
        if piece.strip():
            out.append(_paragraph_block(p, piece, line, number if not out else None))
    for ref in p._p.iter(f"{_W}footnoteReference", f"{_W}endnoteReference"):
        kind = "footnote" if ref.tag.endswith("footnoteReference") else "endnote"
        text = notes.get((kind, ref.get(f"{_W}id")))
        if text:
            note_kind, note_text, _ = classify(text)
            out.append(Block("paragraph" if note_kind != "furniture" else note_kind, note_text, line=line,
                             raw=text, note=True))
    return out


def _number(p, numbering: Numbering) -> tuple[str, str] | None:
    """(number, format) Word prints before the paragraph, from its own numbering or its style's."""
    ppr = p._p.pPr
    num_pr = ppr.numPr if ppr is not None else None
    style = p.style
    while num_pr is None and style is not None:
        spr = style.element.pPr
        num_pr = spr.numPr if spr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return numbering.next(str(num_pr.numId.val), int(ilvl))


def _masthead(rows: list[list[str]]) -> bool:
    """A table at the top, before any text, holding short lines: the masthead laid out in cells."""
    cells = [c for r in rows for c in r if c]
    return bool(cells) and all(len(c) <= 40 for c in cells)


def _cell_blocks(table, line: int) -> list[Block]:
    """The paragraphs of a layout table's cells, in document order (row by row), as lines."""
    out: list[Block] = []
    for k, row in enumerate(table.rows):
        seen = []
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell is listed once per column it spans
                continue
            seen.append(cell._tc)
            for p in cell.paragraphs:
                for piece in p.text.replace("\r", "\n").split("\n"):
                    if piece.strip():
                        out.append(_paragraph_block(p, piece, line + k + 1, None))
    return out


def _rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:  # a merged cell is listed once per column it spans
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        rows.append([clean(" ".join(c.text.split("\n"))) for c in cells])
    return rows


def _paragraph_block(p, text: str, line: int, number: tuple[str, str] | None) -> Block:
    kind, clean_text, level = classify(text)
    outline = _outline_level(p)
    if kind == "furniture":
        pass
    elif outline is not None:
        kind, level = ("title" if kind == "list_item" else "heading"), outline
    elif _TITLE_STYLE.match(_style_name(p)):
        kind = "title"
    elif kind == "paragraph" and (_is_list(p) or number is not None):
        kind = "list_item"
    elif kind == "paragraph" and _all_bold(p):
        kind = "title"
    printed = number[0].strip() if number is not None and number[1] != "bullet" else None
    return Block(kind, clean_text, level=level, line=line, raw=text, number=printed or None)


def _style_name(p) -> str:
    try:
        return (p.style.name or "").strip() if p.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def _outline_level(p) -> int | None:
    """1 for a level-1 heading …; None for body text. The paragraph's own outline level, its style
    chain's, or a heading style's name."""
    values = p._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    style = p.style
    while not values and style is not None:
        values = style.element.xpath("./w:pPr/w:outlineLvl/@w:val")
        if not values:
            m = _HEADING_STYLE.match((style.name or "").strip())
            if m:
                return int(m.group(1))
        style = style.base_style
    if values and values[0].isdigit() and int(values[0]) < 9:
        return int(values[0]) + 1
    return None


def _is_list(p) -> bool:
    ppr = p._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    name = _style_name(p).lower()
    return name.startswith("list") or "列表" in name


def _all_bold(p) -> bool:
    runs = [r for r in p.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = bool(p.style is not None and p.style.font.bold)
    for r in runs:
        bold = r.bold
        if bold is None:
            bold = bool(r.style is not None and r.style.font.bold) or style_bold
        if not bold:
            return False
    return True
