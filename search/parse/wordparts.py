"""The parts of a Word document the plain paragraph list leaves out: for word.py, the Word reader.

- **Everything in the body, in document order**: paragraphs and tables inside content controls
  (`w:sdt`, where Word keeps a generated table of contents), tracked insertions (`w:ins`) and custom
  XML, which python-docx's own iteration skips.
- **Text boxes** (`w:txbxContent`), read where they are anchored: a banner or a story set in a box is
  text of the page like any other (the compatibility copy in `mc:Fallback` once only).
- **The page header** (`header1.xml`): a masthead set in the running header of the first page.
- **A table of contents Word generated**: the paragraphs of a `TOC` field or of a contents control,
  or in a `TOC N` style; their dot leaders and page numbers are no part of an entry.
- **Type sizes**: the size each paragraph is set in (its runs', its style chain's, the document's
  default), so that a heading given by direct formatting only, larger than the body, is a heading.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}ins", f"{_W}customXml", f"{_W}smartTag"}
_TOC_STYLE = re.compile(r"^(?:toc|目录|table of contents)\s*\d?$", re.I)
_TOC_FIELD = re.compile(r"^\s*TOC\b")


def content(parent, owner) -> Iterator:
    """The Paragraphs and Tables under `parent` (a body, a cell, a header, a text box), in document
    order, wrappers (content controls, insertions) opened; an imported chunk (`w:altChunk`) as its
    element."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, owner)
        elif child.tag == f"{_W}tbl":
            yield Table(child, owner)
        elif child.tag in _WRAPPERS:
            yield from content(child, owner)
        elif child.tag == f"{_W}altChunk":  # another document imported whole (word.py reads it)
            yield child


def text_boxes(p) -> list:
    """The text boxes anchored in paragraph `p` (not in a box inside it, not the Fallback copy)."""
    boxes = []
    for box in p._p.iter(f"{_W}txbxContent"):
        if any(a.tag == f"{_MC}Fallback" for a in box.iterancestors()):
            continue
        if next(box.iterancestors(f"{_W}p"), None) is p._p:
            boxes.append(box)
    return boxes


def box_first(p) -> bool:
    """Does the paragraph's first text box stand before its own text (a box anchored first)?"""
    for el in p._p.iter(f"{_W}t", f"{_W}txbxContent"):
        if el.tag == f"{_W}txbxContent":
            return True
        if (el.text or "").strip() and next(el.iterancestors(f"{_W}txbxContent"), None) is None:
            return False
    return True


def header_part(document):
    """The header of the document's first page, when it has one of its own: (its element, its
    proxy), else None."""
    try:
        section = document.sections[0]
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous:
            return None
        return header._element, header
    except (IndexError, AttributeError, KeyError, NotImplementedError):
        return None


class TocTracker:
    """Follows Word's fields across paragraphs: which paragraphs a `TOC` field holds."""

    def __init__(self) -> None:
        self.depth = 0
        self.toc_depth: int | None = None

    def inside(self, p, in_control: bool) -> bool:
        """Is paragraph `p` an entry of a generated table of contents (call once per paragraph, in
        order)?"""
        found = self.toc_depth is not None
        for el in p._p.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}fldSimple"):
            if el.tag == f"{_W}fldSimple":
                found |= bool(_TOC_FIELD.match(el.get(f"{_W}instr") or ""))
                continue
            if el.tag == f"{_W}instrText":
                if _TOC_FIELD.match(el.text or "") and self.toc_depth is None:
                    self.toc_depth = self.depth
                    found = True
                continue
            kind = el.get(f"{_W}fldCharType")
            if kind == "begin":
                self.depth += 1
            elif kind == "end":
                if self.toc_depth is not None and self.depth <= self.toc_depth:
                    self.toc_depth = None
                self.depth = max(0, self.depth - 1)
        try:
            style = (p.style.name or "") if p.style is not None else ""
        except (KeyError, AttributeError):
            style = ""
        return found or in_control or bool(_TOC_STYLE.match(style.strip()))


def toc_control(element) -> bool:
    """Is a content control (`w:sdt`) a table of contents (`docPartGallery` "Table of Contents")?"""
    for gallery in element.iter(f"{_W}docPartGallery"):
        if "content" in (gallery.get(f"{_W}val") or "").lower():
            return True
    return False


def _half_points(rpr) -> int | None:
    if rpr is None:
        return None
    sz = rpr.find(f"{_W}sz")
    value = sz.get(f"{_W}val") if sz is not None else None
    return int(value) if value and value.isdigit() else None


def default_size(document) -> int:
    """The document's default type size in half-points (`w:docDefaults`), 21 (10.5 pt) if unset."""
    try:
        styles = document.styles.element
    except (AttributeError, KeyError, NotImplementedError):
        return 21
    for rpr in styles.iter(f"{_W}rPrDefault"):
        size = _half_points(rpr.find(f"{_W}rPr"))
        if size:
            return size
    return 21


def paragraph_size(p, default: int) -> int | None:
    """The size (half-points) the paragraph's text is set in: the smallest of its runs' sizes, each
    the run's own, else its paragraph style chain's, else the default; None without text."""
    style_size = None
    style = p.style
    while style_size is None and style is not None:
        style_size = _half_points(style.element.find(f"{_W}rPr"))
        style = style.base_style
    sizes = []
    for r in p._p.iter(f"{_W}r"):
        if not "".join(t.text or "" for t in r.iter(f"{_W}t")).strip():
            continue
        if next(r.iterancestors(f"{_W}txbxContent"), None) is not None:
            continue
        sizes.append(_half_points(r.find(f"{_W}rPr")) or style_size or default)
    return min(sizes) if sizes else None


def body_size(sizes: list[tuple[int, int]]) -> int | None:
    """The size most of the text is set in, from (size, characters) pairs."""
    counts: Counter = Counter()
    for size, chars in sizes:
        counts[size] += chars
    return counts.most_common(1)[0][0] if counts else None


# Runs that are not printed: text deleted or moved away with changes tracked (its runs hold
# `w:delText`, but a deleted field result or tab may not), and a text box's own paragraphs (read
# where the box is anchored), or the VML copy Word keeps of a drawing.
_UNPRINTED = {f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", f"{_MC}Fallback"}


def paragraph_text(p_element) -> str:
    """The text a paragraph prints, in order: its runs wherever they stand (in a hyperlink, a content
    control, a field, an insertion tracked as a change), deleted and hidden text left out. python-docx's
    `Paragraph.text` reads only the runs directly under the paragraph and its hyperlinks, so it
    loses inserted text and a content control's."""
    parts = []
    mark_follows = False  # a note's reference with a mark of the author's own (`※`, `*`): the next run is the mark
    for r in p_element.iter(f"{_W}r"):
        ancestor = r.getparent()
        while ancestor is not None and ancestor is not p_element and ancestor.tag not in _UNPRINTED:
            ancestor = ancestor.getparent()
        if ancestor is not p_element or _hidden(r):
            continue
        ref = r.find(f"{_W}footnoteReference")
        ref = ref if ref is not None else r.find(f"{_W}endnoteReference")
        if ref is not None:  # the mark in the same run, if any, is the note's sign too
            mark_follows = ref.get(f"{_W}customMarkFollows", "false") not in _OFF and not _run_text(r).strip()
            continue
        text = _run_text(r)
        if mark_follows and text.strip():  # the custom mark: a note's sign, not the paragraph's text
            mark_follows = False
            continue
        parts.append(text)
    return "".join(parts)


_OFF = {"0", "false", "off"}


def _hidden(r) -> bool:
    """Is the run hidden text (`w:vanish` in its properties: an editor's note Word prints only when
    asked to)? Not printed, not read."""
    vanish = r.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in _OFF


_INNER = {f"{_W}t": None, f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}tab": "\t", f"{_W}ptab": "\t",
          f"{_W}noBreakHyphen": "-"}


def _run_text(r) -> str:
    """A run's text, every break a line's end: python-docx reads a line break (`w:br`, a soft break:
    Word's Shift+Enter, the vertical tab of a .doc) as a newline but a page or column break as
    nothing, which would run the line before it into the line after it on the next page."""
    return "".join((e.text or "") if _INNER[e.tag] is None else _INNER[e.tag]
                   for e in r.iterchildren(*_INNER))


_CAP_CHARS = 3  # a drop cap is a character or two (a quote mark and a character)


def drop_cap(p_element) -> bool:
    """Is this paragraph a drop cap: the first character of the paragraph after it, set large in a
    frame of its own (`w:framePr w:dropCap="drop"` or `"margin"`), or one character alone in a frame?"""
    ppr = p_element.find(f"{_W}pPr")
    frame = ppr.find(f"{_W}framePr") if ppr is not None else None
    if frame is None:
        return False
    text = paragraph_text(p_element).strip()
    if not text or len(text) > _CAP_CHARS:
        return False
    return frame.get(f"{_W}dropCap") in ("drop", "margin") or len(text) == 1
