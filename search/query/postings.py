"""A term's documents read a block at a time (issue 19): the set algebra of `Searching.docset`
reads whole posting lists, and Whoosh's `all_ids()` yields them one id at a time in Python (a
common word at 10,000 items: thousands of calls; the same word typed twenty times, 160,000).

Whoosh's own reading is kept for whatever is not a plain block list (a segment with deletions
wraps its lists in a filter): the ids are the same either way.
"""
from __future__ import annotations

from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import MultiMatcher


def ids(matcher) -> set[int]:
    """Every document id `matcher` (a term's postings, from its current position) matches."""
    if type(matcher) is W3LeafMatcher:
        return set(_leaf_ids(matcher))
    if type(matcher) is MultiMatcher:  # a reader over several segments: each list, offset
        out: set[int] = set()
        for sub, offset in list(zip(matcher.matchers, matcher.offsets))[matcher.current:]:
            found = ids(sub)
            out.update(found if not offset else (d + offset for d in found))
        return out
    return set(matcher.all_ids())


def _leaf_ids(m: W3LeafMatcher) -> list[int]:
    """The ids of a Whoosh 3 posting list, a block at a time (its blocks' decoded id tuples)."""
    out: list[int] = []
    while m.is_active():
        if m._ids is None:
            if m._data is None:
                m._read_data()
            block = m._data[0]
            # Whoosh's delta_decode, a running sum, but in C
            m._ids = block if m._byteids else tuple(accumulate(block))
        out.extend(m._ids[m._i:m._blocklength])
        m._i = m._blocklength
        m._next_block()
    return out
