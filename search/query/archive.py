"""An Archive is an open index to search, with facets, snippets, items, issues, figures and stats.

The top of the library's query side: it composes the rooms (snapshot -> searching, facets,
browse -> archive) behind the one object the CLI and the web app hold.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

from search import limits
from search.model import Item
from search.query import facets
from search.query.browse import Browse, IssueView, Original, item_from_dict
from search.query.compiler import Compiled, Compiler
from search.query.facets import FacetValue
from search.query.filters import Filters
from search.query.links import Links, OrgView
from search.query.page import Hit, Page
from search.query.pagecache import PAGES
from search.query.searching import Searching
from search.query.snapshot import FACETS, Snapshot

__all__ = ["Archive", "FACETS", "Filters", "FacetValue", "Hit", "IssueView", "OrgView", "Original", "Page",
           "item_from_dict", "search"]


class Archive:
    """An open index: search it, read items and issues. One per thread; `refresh()` per request."""

    def __init__(self, index_dir: Path | str):
        self._snapshot = Snapshot(index_dir)
        self._searching = Searching(self._snapshot)
        self._browse = Browse(self._snapshot)
        self._links = Links(self._snapshot, self._searching)

    # -- the snapshot

    @property
    def index_dir(self) -> Path:
        return self._snapshot.index_dir

    @property
    def manifest(self) -> dict:
        return self._snapshot.manifest

    @property
    def compiler(self) -> Compiler:
        return self._snapshot.compiler

    @property
    def item_count(self) -> int:
        return self._snapshot.item_count

    @property
    def indexed_at(self) -> str | None:
        return self._snapshot.indexed_at

    def refresh(self) -> None:
        """See the newest index (a new commit, a rebuilt generation, a new report)."""
        self._snapshot.refresh()

    def close(self) -> None:
        self._snapshot.close()

    def warm(self) -> None:
        """Build now what a process's first correction would otherwise build (the suggester's
        vocabulary): a server does it once before its workers fork, and they share it."""
        self._snapshot.suggester.warm(self._snapshot.searcher.reader())

    # -- searching

    @property
    def work_budget(self) -> int:
        """Postings a query may walk and still be ranked by relevance (else newest first)."""
        return self._searching.work_budget

    @work_budget.setter
    def work_budget(self, value: int) -> None:
        self._searching.work_budget = value

    def compile(self, text: str) -> Compiled:
        return self._searching.compile(text)

    def search(self, text: str, filters: Filters | None = None, page: int = 1, per_page: int = limits.PER_PAGE,
               sort: str = "relevance", correct: bool = True) -> Page:
        """One page of results with snippets, and facet counts over the whole result set. A text
        that finds nothing is searched corrected (`Page.corrected`) unless `correct` is False."""
        started = time.perf_counter()
        snap = self._snapshot
        key = (str(snap.gen), snap.searcher.reader().generation(), snap.stamp, self.work_budget, text,
               repr(filters or Filters()), page, per_page, sort, correct)
        found = PAGES.get(key)  # the process's pages (pagecache.py), shared by its threads' Archives
        if found is None:
            found = self._searching.search(text, filters, page, per_page, sort, correct)
            PAGES.put(key, found)
            return found
        found.took_ms = (time.perf_counter() - started) * 1000  # a new Page each look-up
        return found

    def export(self, text: str, filters: Filters | None = None, sort: str = "relevance",
               limit: int = limits.CSV_ROWS, correct: bool = True) -> tuple[int, Iterator[Hit]]:
        """Every hit up to `limit`, for exports: (total, hits made one at a time as they are read).

        One match and one ordering for the whole export, no facets; the caller streams the hits.
        """
        return self._searching.export(text, filters, sort, limit, correct)

    def mark(self, text: str, query: str) -> str:
        """Escaped text with the query's matches marked (the item page)."""
        return self._searching.mark(text, query)

    # -- links between items

    def related(self, item_id: str, n: int = 5) -> list[Hit]:
        """Items alike by the key terms of `item_id` (相关报道), from other issues, best first;
        NotFound for an unknown id."""
        return self._links.related(item_id, n)

    def org(self, name: str, limit: int | None = None) -> OrgView:
        """An organisation named in any form (WTO, 世贸组织): its canonical name (the org facet's),
        its other names, and the items naming it, newest first; NotFound if no item names it."""
        return self._links.org(name, limit)

    # -- browsing

    def item(self, item_id: str) -> Item:
        return self._browse.item(item_id)

    def issues(self) -> list[IssueView]:
        """Every indexed issue, newest first (items not loaded; `item_count` set)."""
        return self._browse.issues()

    def issue(self, key: str) -> IssueView:
        return self._browse.issue(key)

    def original(self, name: str, corpus_dir: Path | str) -> Original:
        """An original file of the corpus that the index holds; NotFound for any other name."""
        return self._browse.original(name, corpus_dir)

    def figures(self, indicator: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> list[dict]:
        """The figures of every indexed statistics report, filtered by indicator and period end."""
        return self._browse.figures(indicator, date_from, date_to)

    def figure_aliases(self) -> dict[str, list[str]]:
        """Canonical indicator -> the other names the reports printed for it."""
        return self._browse.figure_aliases()

    def stats(self) -> dict:
        """What is indexed, in the shape of `stats --json` (CONTRACT.md)."""
        return self._browse.stats()

    # -- the inside, for tests and bench/diagnose_query.py

    @property
    def _searcher(self):
        return self._snapshot.searcher

    @property
    def _gen(self) -> Path | None:
        return self._snapshot.gen

    @property
    def _columns(self) -> list[dict]:
        return self._snapshot.columns

    def _docset(self, query) -> set[int]:
        return self._searching.docset(query)

    def _match(self, query):
        return self._searching.match(query)

    def _hit(self, docnum: int, needles, score: float | None, partial: bool = False) -> Hit:
        return self._searching.hit(docnum, needles, score, partial)

    def _facets(self, matched: set[int], filter_sets: dict[str, set[int]], filters: Filters):
        return facets.count(self._snapshot.facet_columns, matched, filter_sets, filters)


def search(index_dir, text: str, filters: Filters | None = None, **kwargs) -> Page:
    """One-shot search (the CLI): opens the index, searches, closes."""
    archive = Archive(index_dir)
    try:
        return archive.search(text, filters, **kwargs)
    finally:
        archive.close()
