"""Word and web-page blocks that carry a printed page's shape: text pasted out of a PDF.

Pasted text brings along what the page printed around it: its page numbers (`- 2 -`, `第3页`) and
a running header or footer (the same short line printed beside each page number). Both are page
furniture wherever they fall, inside a story or between two. A table pasted as text arrives as
lines whose cells are parted by tabs: a run of two or more such lines, each with the same number of
cells (two or more) and some cell a number, is a table (`Block.cells`), read as the readers read a
table they were given as one.
"""
from __future__ import annotations

import re
from collections import Counter

from search.parse.blocks import Block, is_page_number, normalize, table_text

_NUMBER = re.compile(r"^[-+−—]?\d[\d,.]*%?$")
_RUNNING = 40  # a running header or footer is a short line


def _furniture(b: Block) -> Block:
    return Block("furniture", b.text, line=b.line, page=b.page, last=b.last, raw=b.raw, align=b.align)


def page_furniture(blocks: list[Block]) -> list[Block]:
    """Page numbers, and the short lines repeated beside them, as furniture."""
    numbers = {k for k, b in enumerate(blocks) if b.kind != "table" and is_page_number(b.text)}
    if not numbers:
        return blocks
    counts = Counter(normalize(b.text) for b in blocks if b.kind != "table")
    running = set()
    for k in numbers:
        for j in (k - 1, k + 1):
            if 0 <= j < len(blocks) and j not in numbers and blocks[j].kind not in ("table", "heading"):
                text = normalize(blocks[j].text)
                if len(text) <= _RUNNING and counts[text] >= 2:
                    running.add(text)
    return [_furniture(b) if k in numbers or (b.kind != "table" and normalize(b.text) in running) else b
            for k, b in enumerate(blocks)]


def _cells(b: Block) -> list[str] | None:
    if b.kind == "table" or not b.raw or "\t" not in b.raw.strip():
        return None
    cells = [c.strip() for c in re.split(r"\t+", b.raw.strip())]
    return cells if len(cells) >= 2 and all(cells) else None


def tab_tables(blocks: list[Block]) -> list[Block]:
    """Runs of tab-separated lines with a steady number of cells, as tables."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        first = _cells(blocks[k])
        run = [first] if first else []
        j = k + 1
        while first and j < len(blocks):
            cells = _cells(blocks[j])
            if cells is None or len(cells) != len(first):
                break
            run.append(cells)
            j += 1
        if len(run) >= 2 and any(_NUMBER.match(c.replace(" ", "")) for row in run[1:] for c in row):
            out.append(Block("table", table_text(run), cells=run, line=blocks[k].line,
                             last=blocks[j - 1].last or blocks[j - 1].line, raw="\n".join("\t".join(r) for r in run)))
            k = j
            continue
        out.append(blocks[k])
        k += 1
    return out


def pasted(blocks: list[Block]) -> list[Block]:
    """A document's blocks with its pasted page furniture marked and its pasted tables read."""
    return tab_tables(page_furniture(blocks))
