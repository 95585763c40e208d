"""Partial matches: when few items hold every word of a query, those holding most of its words,
each word weighing more the fewer items hold it, ordered and scored a page at a time.

A room of the archive between matching.py (whose `Matching` it is given) and searching.py.
"""
from __future__ import annotations

import math

from whoosh.query import AndNot, Query

from search.query import stops
from search.query.compiler import Union
from search.query.matching import Matching
from search.query.selection import Selection

PARTIAL_SCORED = 1000  # partial matches holding the same words, beyond which they are listed newest first
# Postings the partial matches of one page may walk to be scored (their words' posting lists, walked
# once for all the page's groups); past it, they are listed newest first.
PARTIAL_WORK = 10000


def matches(m: Matching, parts, full, query: Query) -> dict[int, tuple[int, float, int]]:
    """Items holding some of the query's words but not all: docnum -> (how many words, their
    weight, which: a bit per word), each word weighing more the fewer items hold it (inverse
    document frequency). An item must hold an informative word (stops.informative): stop words
    and single characters alone never make a partial match."""
    excluded = m.docset(query.b) if isinstance(query, AndNot) else set()
    n = max(1, m.snap.item_count)
    out: dict[int, tuple[int, float, int]] = {}
    informative = 0
    for bit, (label, q) in enumerate(parts):
        docs = m.docset(q)
        if not docs:
            continue
        if stops.informative(label):
            informative |= 1 << bit
        weight = math.log(1 + n / len(docs))
        for d in docs.difference(full, excluded):
            count, total, held = out.get(d, (0, 0.0, 0))
            out[d] = (count + 1, total + weight, held | 1 << bit)
    return {d: v for d, v in out.items() if v[2] & informative}


def order(m: Matching, sel: Selection, start: int, stop: int) -> list[tuple[int, float | None]]:
    """The partial matches from `start` to `stop`: those holding what a question asks about first,
    then most words, then the rarest words, then the score of the words they hold (newest first
    under sort=date)."""
    datekey = m.snap.datekey
    if sel.sort == "date":
        return [(d, None) for d in sorted(sel.more, key=lambda d: -datekey[d])[start:stop]]
    groups: dict[tuple[int, float, int], set[int]] = {}
    for d in sel.more:
        groups.setdefault(sel.partial[d], set()).add(d)
    window = []  # (group, lo, hi) of each group the page reaches, in order
    offset = 0
    focus = 0 if sel.focus is None else 1 << sel.focus
    for key in sorted(groups, key=lambda k: (not k[2] & focus, -k[0], -k[1], k[2])):
        group = groups[key]
        lo, hi = max(start - offset, 0), stop - offset
        offset += len(group)
        if hi <= 0:
            break
        if lo < len(group):
            window.append((key, group, lo, hi))
    scored = scores(m, sel, [(k, g) for k, g, _, _ in window if len(g) <= PARTIAL_SCORED])
    out: list[tuple[int, float | None]] = []
    for key, group, lo, hi in window:
        if key in scored:
            out.extend((d, scored[key][d]) for d in sorted(group, key=lambda d: (-scored[key][d], d))[lo:hi])
        else:
            # Thousands of items holding the same common word, or too many postings to walk:
            # newest first, as a query too costly to score is (WORK_BUDGET).
            out.extend((d, None) for d in sorted(group, key=lambda d: -datekey[d])[lo:hi])
    return out


def scores(m: Matching, sel: Selection, groups) -> dict[tuple, dict[int, float]]:
    """Each group's items scored by the words they hold, in one walk of those words' postings
    (a filter narrows what is collected, not what is walked: a walk a group cost ten common
    words 530 ms at 10,000 items); {} where the walk would pass PARTIAL_WORK postings."""
    bits = 0
    for key, _ in groups:
        bits |= key[2]
    if not groups:
        return {}
    held = Union([q for bit, (_, q) in enumerate(sel.parts) if bits >> bit & 1])
    if m.work(held) > min(PARTIAL_WORK, m.work_budget):
        return {}
    docs = set().union(*(g for _, g in groups))
    found = m.snap.searcher.search(held, limit=None, terms=False, filter=docs)
    score = {docnum: s for s, docnum in found.top_n}
    return {key: {d: score.get(d, 0.0) for d in group} for key, group in groups}
