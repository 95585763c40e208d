"""A statistics report printed in traditional characters (a Hong Kong edition, a Big5 copy): read on a
simplified copy, its names given back as printed (part of the figures extractor).

The extractor's words (`同比增长`, `亿元`, `前三季度`) are written in simplified characters; a report that
prints `同比增長`, `億件` would give no figure its change or unit. The item is read as a copy with each
character simplified one for one (search/parse/script.py: the length kept), and each name the reading
gives (indicator, breakdown, unit, the sentence printed) is cut from the printed text where the copy has
it, so `郵政行業寄遞業務量` and `億件` stay as printed.
"""
from __future__ import annotations

import dataclasses

from search.parse.script import simplified

__all__ = ["simplified_copy", "as_printed"]

_NAMES = ("indicator", "breakdown", "unit", "text", "printed")


def _printed_text(item) -> str:
    cells = "\n".join("\t".join(row) for table in (item.tables or []) for row in table)
    return "\n".join((item.title or "", item.body or "", cells))


def simplified_copy(item):
    """The item with its title, text and table cells simplified, or None where none of it changes."""
    copy = dataclasses.replace(item, title=item.title and simplified(item.title), body=simplified(item.body or ""),
                               tables=[[[simplified(c) for c in row] for row in t] for t in (item.tables or [])])
    return None if _printed_text(copy) == _printed_text(item) else copy


def as_printed(figures: list, item, copy) -> list:
    """The figures read from `copy` with their names as `item` prints them."""
    printed, plain = _printed_text(item), _printed_text(copy)
    for f in figures:
        for name in _NAMES:
            value = getattr(f, name, None)
            at = plain.find(value) if value else -1
            if at >= 0:
                setattr(f, name, printed[at:at + len(value)])
    return figures
