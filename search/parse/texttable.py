"""Tables in plain text, by their shape, for the text reader (blocks.py).

A table pasted from a spreadsheet (cells parted by tabs) or set in fixed width (columns parted by
runs of spaces, ruled above and below with a line of any glyph: `----`, `════`, `＝＝＝`) is a run
of lines, each parted into two cells or more by such gaps, with figures in the cells of two rows at
least (`16.03`, `9.2%`, a `—` for none). Rule lines among them are the table's rules. A line of a
story never has such gaps; a header line (`编辑：X　　地址：Y`) has them alone, with no figures under it.
"""
from __future__ import annotations

import re

from search.parse.shapes import is_rule
from search.text import compact

# A gap between cells: a tab (with any spaces about it), or two columns of space or more as printed: two
# spaces, or one full-width space (`432.5　万个　34.1`: a full-width space is as wide as two).
_GAP = re.compile(r"[ \u3000\xa0]*\t[ \t\u3000\xa0]*|[ \xa0]*\u3000[ \u3000\xa0]*|[ \xa0]{2,}")
_FIGURE = re.compile(r"^(?:[-+−]?\d[\d,，.]*\s*%?|[—–\-－]{1,2}|…|/)$")


def cells(line: str) -> list[str]:
    """A printed line's cells: the parts wide gaps or tabs set apart."""
    return [compact(p) for p in _GAP.split(line.strip(" \u3000\xa0\r")) if p.strip()]


def text_table(lines: list[str], k: int) -> tuple[list[list[str]], int] | None:
    """The rows of a table in text starting at line k and the index after its last line (its
    closing rules included), or None where no table starts there."""
    rows: list[list[str]] = []
    end = k
    while end < len(lines) and lines[end].strip():
        if is_rule(lines[end].strip()):
            end += 1
            continue
        row = cells(lines[end])
        if len(row) < 2:
            break
        rows.append(row)
        end += 1
    if len(rows) < 2 or is_rule(lines[k].strip()):
        return None
    with_figures = sum(any(_FIGURE.match(c) for c in row[1:]) for row in rows)
    if with_figures < 2 or _contents(rows):
        return None
    return rows, end


def _contents(rows: list[list[str]]) -> bool:
    """A contents set with spaces (`数据月报        1` / `行业资讯        3`): each row's one figure its
    last cell, a page number, rising down the rows."""
    pages = [row[-1] for row in rows]
    if not all(p.isdigit() and len(p) <= 3 and not any(_FIGURE.match(c) for c in row[:-1])
               for p, row in zip(pages, rows)):
        return False
    return all(int(a) <= int(b) for a, b in zip(pages, pages[1:]))
