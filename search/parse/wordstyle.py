"""What a Word paragraph's formatting says of it (word.py): its alignment, its style's name, its
outline level (a heading's level, from the paragraph, its style chain or a heading style's name in any
language's spelling), whether it is a list paragraph, whether all its text is bold. Each is read from
the paragraph's own properties, then its style's, then the styles it is based on.
"""
from __future__ import annotations

import re

__all__ = ["align", "all_bold", "centred_line", "is_list", "outline_level", "style_name"]

_HEADING_STYLE = re.compile(r"^(?:heading|标题|見出し|überschrift|titre)\s*([1-9])$", re.I)


def centred_line(p, text: str) -> bool:
    """A short line set in the middle, no sentence: a title given by its placing alone."""
    return align(p) == "center" and 2 <= len(text) <= 40 and text[-1:] not in "。；;，,：:！？!?"


def align(p) -> str | None:
    """"right" or "center", as the paragraph or its style sets it (`w:jc`, read as written: python-docx
    refuses the `start`/`end` of LibreOffice's files)."""
    values = p._p.xpath("./w:pPr/w:jc/@w:val")
    style = p.style
    while not values and style is not None:
        values = style.element.xpath("./w:pPr/w:jc/@w:val")
        style = style.base_style
    return {"right": "right", "end": "right", "center": "center"}.get(values[0] if values else "")


def style_name(p) -> str:
    try:
        return (p.style.name or "").strip() if p.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def outline_level(p) -> int | None:
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


def is_list(p) -> bool:
    ppr = p._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    name = style_name(p).lower()
    return name.startswith("list") or "列表" in name


def all_bold(p) -> bool:
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
