"""A table cut by a page break: part of parsing (an item's blocks -> its tables; items.py).

A long table runs over a page break. Where the print repeats its head row on the new page, each
part reads as a table of its own with its head. Where it does not, the second part is rows of
numbers without a head, and nothing says what its columns hold. It is found by its shape: a table
straight after another (nothing but page furniture between them) with as many columns, whose first
row is data (every cell after the row head a number or a dash), while the table before opens with a
head row (words over its columns). Its rows are the first table's rows, read under the first
table's head.
"""
from __future__ import annotations

import re

from search.parse.blocks import Block

__all__ = ["item_tables"]

_DATA_CELL = re.compile(r"[-−–+]?\d[\d,，.]*%?|[—–\-…/／]*|[-−–]{1,2}")


def _data_row(row: list[str]) -> bool:
    return len(row) > 1 and all(_DATA_CELL.fullmatch(c.strip().replace(" ", "")) for c in row[1:])


def item_tables(blocks: list[Block]) -> list[list[list[str]]]:
    """The item's tables, in order, a headless run-on after a page break joined to the table it
    continues."""
    tables: list[list[list[str]]] = []
    open_ = False  # the last block read was a table (furniture between does not count)
    for b in blocks:
        if b.kind == "furniture":
            continue
        if b.kind != "table":
            open_ = False
            continue
        rows = [list(row) for row in b.cells or []]
        prev = tables[-1] if tables and open_ else None
        if prev and rows and len(rows[0]) == len(prev[0]) and _data_row(rows[0]) and not _data_row(prev[0]):
            prev.extend(rows)
        else:
            tables.append(rows)
        open_ = True
    return tables
