"""Sources printed beside a Word document's running text, for word.py (the Word reader): a text box that holds a
source line alone, and a section's own footer that names the source of what the section holds. Each becomes a note
block (`Block.note`, as a footnote's text is) of the paragraph it belongs to, so that the source reaches its story
without ending it where the box happens to be anchored.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from search.parse.blocks import Block, classify, normalize
from search.parse.sources import source_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def side_note(blocks: list[Block]) -> list[Block]:
    """A text box that holds a source line alone (`来源｜新华社` in a box at the side of a story) is a note of the
    paragraph it is anchored in: the story's source wherever the box stands, never its end."""
    own = [b for b in blocks if b.kind != "furniture"]
    if len(own) == 1 and own[0].kind in ("paragraph", "title", "list_item") and source_line(normalize(own[0].text)):
        return [replace(own[0], kind="paragraph", note=True)]
    return blocks


class FooterSources:
    """The source each section's own footer names (`数据来源：商务部电子商务司` under the pages of a data report).
    A footer counts only where it is the section's alone: in a document of several sections, referenced by no other
    section, and not carried on to the next section (which, without a footer of its own, would inherit it). The
    footer of a document of one section is every page's: the issue's furniture, no story's source. A footer of page
    numbers, a publisher's line or anything more than one source line names no source."""

    def __init__(self, body, part) -> None:
        sections = [p for p in body.iter(f"{_W}sectPr")]
        refs = [_default_footer(s) for s in sections]
        used = Counter(r for r in refs if r)
        self.found: dict[int, str] = {}
        for k, (sect, rid) in enumerate(zip(sections, refs) if len(sections) > 1 else ()):
            if not rid or used[rid] > 1 or (k + 1 < len(refs) and refs[k + 1] is None):
                continue
            target = part.related_parts.get(rid)
            text = _only_line(target.element) if target is not None else None
            if text and source_line(normalize(text)):
                self.found[id(sect)] = text
        self._sections = sections  # kept alive: the ids above stay theirs

    def note(self, sect_pr, line: int) -> list[Block]:
        """The note block a section's end (its `w:sectPr`) adds, or none."""
        text = self.found.get(id(sect_pr)) if sect_pr is not None else None
        if not text:
            return []
        kind, clean_text, _ = classify(text)
        return [Block("paragraph", clean_text, line=line, raw=text, note=True)] if kind != "furniture" else []


def _default_footer(sect_pr) -> str | None:
    for ref in sect_pr.iter(f"{_W}footerReference"):
        if ref.get(f"{_W}type", "default") == "default":
            return ref.get(f"{_R}id")
    return None


def _only_line(element) -> str | None:
    """The footer's one line of text, or None where it holds none or several."""
    lines = ["".join(t.text or "" for t in p.iter(f"{_W}t")).strip() for p in element.iter(f"{_W}p")]
    lines = [x for x in lines if x]
    return lines[0] if len(lines) == 1 else None
