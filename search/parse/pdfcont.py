"""A table continued over a page break (pdflayout.py): the part on the next page, its head row
repeated and perhaps a caption over it (`续表`, `续表1`, `表2（续）`), is the rest of the table on the
page before. Its rows join that table, the repeated head and the caption dropped, so the table reads
as printed once (a data report's rows, its last row last).
"""
from __future__ import annotations

import re

from search.parse.blocks import Block, table_text

__all__ = ["join_continued"]

# `续表`, `续表1`, `续上表`, `表2（续）`, `（续）`: a caption saying the table goes on
_CONTINUED = re.compile(r"^[（(]?\s*(?:续\s*(?:上\s*)?表\s*[\d一二三四五六七八九十]*|(?:表\s*[\d一二三四五六七八九十]+\s*)?[（(]\s*续\s*[）)])\s*[）)]?$")


def _norm(row: list[str]) -> list[str]:
    return [re.sub(r"\s+", "", c) for c in row]


def join_continued(last: Block | None, page_blocks: list[Block]) -> list[Block]:
    """`page_blocks` (the next page's, in reading order) without the continuation of `last`, a table,
    whose rows are added to `last`: the first content of the page is a table with the same head row
    (after furniture and a `续表` caption)."""
    if last is None or last.kind != "table" or not last.cells:
        return page_blocks
    k = 0
    while k < len(page_blocks) and page_blocks[k].kind == "furniture":
        k += 1
    caption = k < len(page_blocks) and page_blocks[k].kind == "paragraph" and bool(
        _CONTINUED.match(page_blocks[k].text.strip()))
    t = k + caption
    if t >= len(page_blocks) or page_blocks[t].kind != "table" or not page_blocks[t].cells:
        return page_blocks
    rest = page_blocks[t]
    if len(rest.cells) < 2 or _norm(rest.cells[0]) != _norm(last.cells[0]):
        return page_blocks
    last.cells = last.cells + rest.cells[1:]
    last.text = table_text(last.cells)
    last.raw = "\n".join("\t".join(r) for r in last.cells)
    last.last = rest.last if rest.last is not None else last.last
    return page_blocks[:k] + page_blocks[t + 1:]
