"""Word (.docx) -> blocks, from python-docx: the Word reader of readers.py.

Heading styles (by outline level, or a style named `Heading N` / `标题 N` in any language's
spelling) are headings with their level; where no paragraph has a heading style, a short line set
larger than the body text is a heading (the largest level 1: headings by direct formatting). List
paragraphs are list items; a paragraph whose text is all bold is a title line; tables keep their
cells (wordtables.py: a merged cell once; a vertically merged one labels each of its rows). Paragraphs without
style are classified like lines of text (`【行业资讯】`, `● 标题`). Automatic numbering gives a
paragraph the number Word prints (`一、`, `1.`: `Block.number`, kept out of its text, wordnum.py). A
footnote or endnote follows the paragraph that cites it as a block of its own (`Block.note`), so a
source given only in a note reaches its story; so does a comment that names a source (`来源：X`),
other comments being a reviewer's, not the story's; and so does a source set beside the text, alone in a text box or
in a section's own footer (wordside.py). A table standing at the top of the document, before
any text, is the masthead laid out in cells: its cells are read as lines; so is a masthead set in
the first page's header. Text boxes are read where they are anchored, content controls opened, and
the entries of a table of contents Word generated are list items without their page numbers
(wordparts.py). A document imported whole (`w:altChunk`: an HTML page inside the .docx, as office
systems export) is read where it stands, by the reader of its own type. A drop cap (a character set
in a frame of its own, `w:dropCap`) is the first character of the paragraph after it. Line numbers
count paragraphs and table rows.
"""
from __future__ import annotations

import io
import re

from search import limits
from search.errors import CorpusError
from search.parse.blocks import Block, classify, clean, is_page_number
from search.parse.sources import source_line

from search.parse.damage import word_damage
from search.parse.wordlines import pasted
from search.parse.wordnum import Numbering
from search.parse.wordrows import banner_rows
from search.parse.wordside import FooterSources, side_note
from search.parse.wordparts import (TocTracker, body_size, box_first, content, default_size, header_part,
                                    drop_cap, paragraph_size, paragraph_text, text_boxes, toc_control)
from search.parse.wordstyle import align, all_bold, centred_line, is_list, outline_level, style_name
from search.parse.wordstories import story_blocks
from search.parse.wordtables import cell_paragraphs, layout_table, masthead, split_banners, table_rows, unique_cells
from search.parse.zipcheck import check_zip

_TITLE_STYLE = re.compile(r"^(?:title|subtitle|标题|副标题|表题)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTES = {"footnotes": "footnote", "endnotes": "endnote", "comments": "comment"}  # relationship type -> element
_TOC_PAGE = re.compile(r"\t[\s.…·_-]*(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.I)  # a contents entry's leader tab and page


def read_docx_blocks(data: bytes, name: str) -> list[Block]:
    """The blocks of a Word document; CorpusError for a damaged or empty one."""
    if not data.strip():
        raise CorpusError(name, "文件是空的")
    check_zip(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        reading = _Reading(document)
        blocks: list[Block] = []
        header = header_part(document)
        if header is not None:  # a masthead set in the page header, before the body
            blocks += [b for b in reading.blocks(header[0], header[1])
                       if b.kind != "furniture" and not is_page_number(b.text)]
            reading.line = 0
        body = reading.blocks(document.element.body, document._body)
        body += reading.footers.note(document.element.body.sectPr, reading.line)  # the last section's footer
        if blocks and _repeats(blocks, body):
            blocks = []
        blocks += body
    except ChunkRefused as refused:
        raise CorpusError(name, refused.reason, limit=refused.limit) from None
    except Exception:  # zipfile, lxml and python-docx each raise their own: say what is broken
        broken = word_damage(data) or "它的部件都在、都完好，但组织得不像 Word 文档"
        raise CorpusError(name, f"不是可以读取的 Word 文档：{broken}") from None
    if not blocks:
        raise CorpusError(name, "Word 文档里没有文字")
    return pasted(blocks)  # text pasted out of a PDF: its page furniture, its tab-separated tables


def _repeats(header: list[Block], body: list[Block]) -> bool:
    """Does the body's own masthead already print what the page header holds?"""
    head = {b.text for b in body[:12]}
    return all(b.text in head for b in header)


class _Reading:
    """One document's reading: its numbering, notes, type sizes, and the line count so far."""

    def __init__(self, document) -> None:
        self.numbering = _numbering(document)
        self.notes = _notes(document)
        self.toc = TocTracker()
        self.line = 0
        self.size_levels = _size_levels(document)
        self.default = default_size(document)
        self.cap = ""  # a drop cap read, waiting for the paragraph it begins
        self.footers = FooterSources(document.element.body, document.part)

    def blocks(self, parent, owner, control: bool = False) -> list[Block]:
        """The blocks of the paragraphs and tables under `parent`, text boxes read where anchored."""
        from docx.table import Table

        out: list[Block] = []
        for element in content(parent, owner):
            if getattr(element, "tag", None) == f"{_W}altChunk":
                out += _chunk(element, owner)
                continue
            if isinstance(element, Table):
                out += self._table(element, out)
                continue
            if drop_cap(element._p):  # the first character of the next paragraph, set in a frame
                self.cap += paragraph_text(element._p).strip()
                continue
            self.line += 1
            in_toc = self.toc.inside(element, control or _in_toc_control(element._p))
            boxes = [b for box in text_boxes(element) for b in side_note(self.blocks(box, owner))]
            cap, self.cap = self.cap, ""
            own = _paragraph_blocks(element, self.line, self, in_toc, cap)
            out += boxes + own if box_first(element) else own + boxes
            ppr = element._p.pPr  # a section ends here: its own footer may name its source
            out += self.footers.note(ppr.sectPr if ppr is not None else None, self.line)
        return out

    def _table(self, element, before: list[Block]) -> list[Block]:
        rows = table_rows(element)
        first = self.line
        self.line += len(rows)
        if not any(b.kind != "furniture" for b in before) and masthead(rows):
            return _cell_blocks(element, first)
        if (stories := story_blocks(element, rows, first)) is not None:  # a list of stories, a row a story
            return stories
        if layout_table(rows):  # text laid out in cells: read the cells' paragraphs, row by row
            self.line = first
            return [b for cell in unique_cells(element) for b in _stacked(self.blocks(cell._tc, cell))]
        return split_banners(rows, first, banner_rows(element))


    def size_level(self, p) -> int | None:
        """The heading level a paragraph's type size gives it (direct formatting only), or None."""
        if not self.size_levels:
            return None
        return self.size_levels.get(paragraph_size(p, self.default))


_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _chunk(element, owner) -> list[Block]:
    """The blocks of a document imported whole (`w:altChunk`, as office systems build a .docx around
    an HTML page): an HTML part read as a web page, a web archive (MHT: a MIME message, mht.py) as
    the page it carries, a Word part as Word; any other (RTF, plain text) or an empty one gives nothing.
    A part that breaks a limit (too many elements or parts, nested too deep, a zip bomb) refuses the
    whole file, naming the part and the limit: its text is never dropped without a word."""
    from search.parse.mht import is_mht, mht_html, too_many_parts
    from search.parse.webpage import read_html_blocks

    part = owner.part.related_parts.get(element.get(f"{_R}id"))
    if part is None:
        return []
    blob, kind, name = part.blob, part.content_type.lower(), str(part.partname)
    lower = name.lower()
    try:
        if "rfc822" in kind or "mhtml" in kind or lower.endswith((".mht", ".mhtml")) or is_mht(blob):
            if (count := too_many_parts(blob)) is not None:
                raise CorpusError(name, f"网页存档的部件太多（{count:,} 个，上限 {limits.MHT_PARTS:,} 个）",
                                  limit=limits.MHT_PARTS)
            page = mht_html(blob)
            return read_html_blocks(page, name) if page else []
        if "html" in kind or lower.endswith((".html", ".htm", ".xhtml")):
            return read_html_blocks(blob, name)
        if blob[:4] == b"PK\x03\x04":
            return read_docx_blocks(blob, name)
    except CorpusError as error:
        if error.limit is not None:  # a limit broken: refused, not read as if the part were not there
            raise ChunkRefused(f"嵌入的部件 {name} 超出上限：{error.reason}", error.limit) from None
        return []  # a part with no text of its own
    return []


class ChunkRefused(Exception):
    """An imported part broke a limit: the reason, naming the part, for the file's refusal."""

    def __init__(self, reason: str, limit) -> None:
        super().__init__(reason)
        self.reason, self.limit = reason, limit


def _stacked(blocks: list[Block]) -> list[Block]:
    """A cell's text set vertically, a character a paragraph (a form's label `数/据/月/报`), read as the
    one line it is."""
    if len(blocks) < 2 or not all(len(b.text.strip()) == 1 and b.kind != "furniture" for b in blocks):
        return blocks
    kind, text, level = classify("".join(b.text.strip() for b in blocks))
    return [Block(kind, text, level=level, line=blocks[0].line, raw=text)]


def _in_toc_control(p_element) -> bool:
    return any(a.tag == f"{_W}sdt" and toc_control(a) for a in p_element.iterancestors())


_HEADING_CHARS = 60  # a line set larger than the body is a heading when it is no longer than this


def _size_levels(document) -> dict[int, int]:
    """Type size (half-points) -> heading level, where a document gives headings by size only: no
    paragraph has a heading style or outline level, and some short lines are set larger than the
    body text (the largest level 1)."""
    from docx.text.paragraph import Paragraph

    default = default_size(document)
    paragraphs = [Paragraph(el, document._body) for el in document.element.body.iter(f"{_W}p")]
    sizes, larger = [], set()
    for p in paragraphs:
        text = paragraph_text(p._p).strip()
        if not text or drop_cap(p._p):
            continue
        if outline_level(p) is not None:
            return {}
        size = paragraph_size(p, default)
        if size is not None:
            sizes.append((size, len(text), text))
    body = body_size([(size, chars) for size, chars, _ in sizes])
    if body is None:
        return {}
    for size, chars, text in sizes:
        if size >= body + 2 and chars <= _HEADING_CHARS and text[-1:] not in "。；;，,":
            larger.add(size)
    return {size: level for level, size in enumerate(sorted(larger, reverse=True), 1)}


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


def _paragraph_blocks(p, line: int, reading: _Reading, in_toc: bool = False, cap: str = "") -> list[Block]:
    """A paragraph's blocks (one a line it breaks into), then the notes it cites. In a generated
    table of contents each line is an entry (a list item), its leader and page number gone. A drop
    cap framed before the paragraph (`cap`) is its first character again."""
    number = _number(p, reading.numbering)
    out = []
    pieces = (cap + paragraph_text(p._p)).replace("\r", "\n").split("\n")
    if len(pieces) > 1 and all(len(x.strip()) == 1 for x in pieces):  # set vertically, a character a line
        pieces = ["".join(x.strip() for x in pieces)]
    for piece in pieces:
        if in_toc:  # an entry, a tab (its leader) and its page number
            piece = _TOC_PAGE.sub("", piece)
        if piece.strip():
            out.append(_paragraph_block(p, piece, line, number if not out else None, reading))
    if in_toc:
        out = [b if b.kind == "furniture" else Block("list_item", b.text, line=b.line, raw=b.raw) for b in out]
    for ref in p._p.iter(f"{_W}footnoteReference", f"{_W}endnoteReference", f"{_W}commentReference"):
        kind = ref.tag.rsplit("}", 1)[1][:-len("Reference")]
        text = reading.notes.get((kind, ref.get(f"{_W}id")))
        if text and (kind != "comment" or source_line(text)):  # of a reviewer's comments, a source only
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


def _cell_blocks(table, line: int) -> list[Block]:
    """The paragraphs of a layout table's cells, in document order (row by row), as lines."""
    out: list[Block] = []
    for k, row in enumerate(table.rows):
        seen = []
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell is listed once per column it spans
                continue
            seen.append(cell._tc)
            for p in cell_paragraphs(cell):
                for piece in paragraph_text(p._p).replace("\r", "\n").split("\n"):
                    if piece.strip():
                        out.append(_paragraph_block(p, piece, line + k + 1, None))
    return out


def _paragraph_block(p, text: str, line: int, number: tuple[str, str] | None, reading: _Reading | None = None) -> Block:
    kind, clean_text, level = classify(text)
    outline = outline_level(p)
    sized = reading.size_level(p) if reading is not None and outline is None else None
    if kind == "furniture":
        pass
    elif outline is not None:
        kind, level = ("title" if kind == "list_item" else "heading"), outline
    elif _TITLE_STYLE.match(style_name(p)):
        kind = "title"
    elif sized is not None and kind in ("paragraph", "list_item") and len(clean_text) <= _HEADING_CHARS:
        kind, level = "heading", sized  # set larger than the body, by direct formatting only
    elif kind == "paragraph" and (is_list(p) or number is not None):
        kind = "list_item"
    elif kind in ("paragraph", "list_item") and all_bold(p):
        kind = "title"  # a bold line, a mark before it or not (`▲ 标题`)
    elif kind == "paragraph" and centred_line(p, clean_text):
        kind = "title"
    printed = number[0].strip() if number is not None and number[1] != "bullet" else None
    # raw: a paragraph has no printed line end, so spaces or tabs typed at its end are no sign of a
    # PDF export's wrapped lines (parser.py): they are left out
    return Block(kind, clean_text, level=level, line=line, raw=text.rstrip(), number=printed or None,
                 align=align(p))
