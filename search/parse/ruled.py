"""A short line boxed by rules: a banner, whatever draws the box (part of parsing: blocks -> structure).

A line that a rule stands on the printed line just above and just below is boxed: `┏━━┓` /
`┃ 一、数据月报 ┃` / `┗━━┛` in box-drawing of any weight (light, heavy, double, rounded), `+----+` /
`| X |` in ASCII, `====` / `X` / `====` without sides. An edge is a line of decoration only (a
rule, or the corners and bars of a box: any run of symbols). Where what the box holds names a
section, it is read as a table of one cell holding that name, as a heading in a table cell is: a
banner. A boxed line that is no section's name (a sentence, a long title) is left as it is.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace

from search.parse.blocks import Block

_EDGE_CHARS = 3  # an edge has at least so many glyphs


def _edge(b: Block) -> bool:
    """A line of decoration only: a rule, or a box's top or bottom (`┏━━┓`, `+--+`, `╰──╯`)."""
    s = "".join((b.raw or b.text).split())
    if b.kind != "furniture" or len(s) < _EDGE_CHARS:
        return False
    return all(unicodedata.category(c)[0] in "SP" for c in s)


def _adjacent(a: Block, b: Block) -> bool:
    """b is printed on the line after a (where the reader numbers lines; else next in order)."""
    if a.line is None or b.line is None:
        return True
    return a.page == b.page and (a.last or a.line) + 1 == b.line


def boxed(blocks: list[Block], names_section: Callable[[str], bool]) -> list[Block]:
    """The blocks with each boxed line that names a section (`names_section` of its text) made a
    table of one cell; everything else as it was."""
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, b, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if b.kind in ("furniture", "table") or "\n" in b.text or not (_edge(above) and _edge(below)):
            continue
        if not (_adjacent(above, b) and _adjacent(b, below)):
            continue
        text = b.text.strip()
        if names_section(text):
            out[i] = replace(b, kind="table", text=text, cells=[[text]], level=None)
    return out
