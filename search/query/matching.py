"""Matching: the documents a compiled query matches, scored in one pass where that is cheaper, and
what matching it costs (postings walked), over one snapshot's searcher.

A room of the archive under searching.py and partial.py (snapshot -> matching -> partial ->
searching): set algebra over postings (postings.py) where Whoosh's matchers would march in step.
"""
from __future__ import annotations

from whoosh.query import And, AndNot, Every, Or, Phrase, Query, Sequence, Term

from search.query import postings
from search.query.snapshot import Snapshot

ONE_PASS_HITS = 3000  # Whoosh's estimate of a query's hits below which one scored pass is faster
# Postings a query may walk and still be ranked by relevance. Beyond it (twenty common single
# characters, dozens of common exclusions) the result set comes from set algebra and is listed
# newest first, and the page says so: one request's cost stays bounded as the archive grows.
WORK_BUDGET = 25000
# Postings above which even a query with few hits is not matched by Whoosh's scoring matchers (an
# AND of twenty words walks every list in step, in Python) but by set algebra first.
ONE_PASS_WORK = 25000


def _positional(query: Query) -> bool:
    return isinstance(query, (Phrase, Sequence)) or any(_positional(c) for c in query.children())


class Matching:
    """Match queries over one snapshot. `work_budget` bounds what is scored."""

    def __init__(self, snapshot: Snapshot):
        self.snap = snapshot
        self.work_budget = WORK_BUDGET

    def match(self, query: Query) -> set[int] | dict[int, float]:
        """Every matching document: the result set and the facets' input.

        Matching a phrase in the character view costs more than scoring, and so, up to a few
        thousand hits, does matching twice: such a query is matched once, scored (docnum -> score).
        One with more hits is matched unscored here (a set), and only the top of its page is scored.
        """
        searcher = self.snap.searcher
        cheap = self.work(query) <= min(ONE_PASS_WORK, self.work_budget)
        if cheap and (_positional(query) or query.estimate_size(searcher.reader()) < ONE_PASS_HITS):
            results = searcher.search(query, limit=None, terms=False)
            return {docnum: score for score, docnum in results.top_n}
        return self.docset(query)

    def work(self, query: Query) -> int:
        """How many postings matching and scoring `query` walks: its leaves' document frequencies."""
        reader = self.snap.searcher.reader()
        total = 0
        for leaf in query.leaves() if not query.is_leaf() else [query]:
            if isinstance(leaf, Term):
                total += reader.doc_frequency(leaf.fieldname, leaf.text)
            else:
                total += leaf.estimate_size(reader)
        return total

    def docset(self, query: Query) -> set[int]:
        """The documents matching `query`, by set algebra over its terms' postings (in C), not by
        Whoosh's matchers marching in step in Python: many common words cost little this way."""
        reader = self.snap.searcher.reader()
        if isinstance(query, Term):
            if (query.fieldname, query.text) not in reader:
                return set()
            return postings.ids(reader.postings(query.fieldname, query.text))
        if isinstance(query, Or):
            return set().union(*(self.docset(q) for q in query.subqueries))
        if isinstance(query, And):
            sets = sorted((self.docset(q) for q in query.subqueries), key=len)
            return sets[0].intersection(*sets[1:]) if sets else set()
        if isinstance(query, AndNot):
            return self.docset(query.a) - self.docset(query.b)
        if isinstance(query, Every):
            return set(reader.all_doc_ids())
        return set(self.snap.searcher.docs_for_query(query))
