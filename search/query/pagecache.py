"""Results pages a process keeps (issue 19): a page asked again, as a server's popular queries are,
costs a look-up instead of a search.

One cache a process, shared by every thread's Archive, so a server's threads do not each make the
same page. A page is kept packed: its facet values (a common query at 10,000 items has a thousand,
in every issue and organisation) as tuples, not an object each; a look-up unpacks a new Page (its
hits, never changed once made, are shared). Keyed by the index version the page was made from
(generation directory, Whoosh commit, the manifest's stamp: a new index or a new indexer run is never
answered from an older one) and the request. Bounded by the pages' estimated size in memory, least
recently used first out.
"""
from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict

from search.query.facets import FacetValue
from search.query.page import Page

# Bytes of pages a process keeps (estimated: `weight`). A page of 10 hits with its facets packed
# is typically 10-60 kB, so several hundred pages; a server worker holds this once, whatever its threads.
BUDGET = 16 * 2**20


def weight(page: Page) -> int:
    """A packed page's size in memory, estimated (Python objects: ~4 bytes a character of text, a
    few hundred bytes an object; a facet value's text is the facet table's own string, shared)."""
    size = 2000 + 4 * (len(page.query) + len(page.explain))
    for hit in page.hits:
        size += 1500 + 4 * (len(hit.snippet) + len(hit.title or "") + len(hit.title_html or "")
                            + len(hit.opening) + sum(map(len, hit.orgs)))
    for values in page.facets.values():
        size += 200 + 60 * len(values)  # three tuple slots and a count a value
    return size


def pack(page: Page) -> tuple:
    facets = {name: (tuple(v.value for v in values), tuple(v.count for v in values),
                     tuple(v.selected for v in values)) for name, values in page.facets.items()}
    return dataclasses.replace(page, facets={}), facets


def unpack(packed: tuple) -> Page:
    page, facets = packed
    return dataclasses.replace(page, facets={
        name: [FacetValue(v, c, s) for v, c, s in zip(*columns)] for name, columns in facets.items()})


class PageCache:
    """Pages by key, at most `budget` estimated bytes of them; safe to share between threads.
    `get` gives a new Page each time (the caller may set its `took_ms`)."""

    def __init__(self, budget: int = BUDGET):
        self.budget = budget
        self.size = 0
        self._pages: OrderedDict[tuple, tuple[tuple, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Page | None:
        with self._lock:
            found = self._pages.get(key)
            if found is None:
                return None
            self._pages.move_to_end(key)
        return unpack(found[0])

    def put(self, key: tuple, page: Page) -> None:
        size = weight(page)
        if size > self.budget:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self.size -= old[1]
            self._pages[key] = (pack(page), size)
            self.size += size
            while self.size > self.budget:
                _, (_, dropped) = self._pages.popitem(last=False)
                self.size -= dropped

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self.size = 0

    def __len__(self) -> int:
        return len(self._pages)


PAGES = PageCache()
