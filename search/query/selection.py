"""The Selection: a query matched and filtered, with its partial matches and its correction; what
searching.py makes and pages, partial.py orders, and an export reads.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search.query.compiler import Compiled
from search.query.filters import Filters


@dataclass
class Selection:
    """A query matched and filtered: what a page, its facets and an export are made from."""

    compiled: Compiled
    matched: set[int] | dict[int, float]  # docnum, or docnum -> score where scored in one pass
    result: set[int]  # matched and within the filters
    filters: Filters
    filter_sets: dict[str, set[int]]
    sort: str
    fallback: str | None
    # Partial matches (few items hold every word): docnum -> (words held, their weight); those
    # within the filters; and the words, as (label, query), they were counted over.
    partial: dict[int, tuple[int, float, int]] = field(default_factory=dict)
    more: set[int] = field(default_factory=set)
    parts: list = field(default_factory=list)
    focus: int | None = None  # the bit of the part a question asks about (stops.focus)

    suggest: str | None = None  # a corrected query that finds more (您是不是要找)
    corrected: bool = False  # the query as typed found no full match: `suggest` was searched instead

    @property
    def total(self) -> int:
        """Every hit: the full matches and the partial ones after them."""
        return len(self.result) + len(self.more)

    def missing(self, docnum: int) -> list[str]:
        """The query's words a partial match lacks."""
        held = self.partial[docnum][2]
        return list(dict.fromkeys(label for bit, (label, _) in enumerate(self.parts) if not held >> bit & 1))
