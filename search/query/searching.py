"""Searching: a query compiled, matched, filtered and ordered, with its fallbacks and partial matches.

A room of the archive (snapshot -> matching -> partial -> searching, facets, browse -> archive):
reads the snapshot's searcher and facet table; a query's documents and their cost come from
matching.py, its partial matches from partial.py, a page's facets from facets.py, its snippets from
highlight.py.
"""
from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import Iterator

from whoosh.query import Every

from search import analyze, limits
from search.errors import QueryError
from search.model import IssueMeta
from search.query import facets, highlight, partial as partials, stops
from search.query.compiler import Compiled, char_query
from search.query.filters import Filters
from search.query.matching import Matching
from search.query.page import FACETS_FULL, FACETS_PARTIAL, Hit, Page
from search.query.selection import Selection

__all__ = ["Hit", "Page", "Searching", "Selection"]

OPENING_CHARS = 60  # of a hit's body kept as its `opening`
COSTLY_NOTE = "查询的词语都很常见，结果按日期排列；加上更具体的词语即可按相关度排列"
WIDER_NOTE = "没有找到完整的词，以下结果按字符匹配（词语出现在更长的词中）"
PROXIMITY = 0.0  # off: on the judged set it lowered nDCG@10 (0.25: -0.001, 1.0: -0.002; RESULTS.md)
# With PROXIMITY > 0, the best full matches with every word side by side (whole) or in one sentence
# (half) have their scores raised by that factor.
PROXIMITY_TOP = 20  # how many of the best full matches proximity may reorder
PARTIAL_BELOW = 10  # fewer items than this hold every word: those holding most of them follow
PARTIAL_NOTE = "没有同时包含全部词语的条目，以下结果只包含其中部分词语"
SUGGEST_BELOW = 3  # fewer full matches than this: a corrected query is looked for (您是不是要找)


class Searching(Matching):
    """Search one snapshot: pages, exports and marked text. `work_budget` (Matching's) bounds what
    is scored."""

    def compile(self, text: str) -> Compiled:
        if len(text) > limits.QUERY_CHARS:
            raise QueryError(f"the query is {len(text)} characters long; at most {limits.QUERY_CHARS} are searched",
                             code="too_long", param="q", value=len(text), limit=limits.QUERY_CHARS)
        compiled = self.snap.compiler.compile(text)
        distinct = {w for ws in compiled.words for w in ws}
        if len(distinct) > limits.QUERY_WORDS:
            raise QueryError(f"the query has {len(distinct)} different words; at most {limits.QUERY_WORDS} "
                             "are searched", code="too_many_words", param="q", value=len(distinct),
                             limit=limits.QUERY_WORDS)
        return compiled

    def search(self, text: str, filters: Filters | None = None, page: int = 1, per_page: int = limits.PER_PAGE,
               sort: str = "relevance", correct: bool = True) -> Page:
        """One page of results with snippets, and facet counts over the whole result set.
        `correct=False` searches the text as typed even where it finds nothing (a correction is
        only suggested)."""
        started = time.perf_counter()
        most = limits.MAX_PER_PAGE
        if not isinstance(page, int) or page < 1:
            raise QueryError(f"page must be a whole number from 1, not {page!r}", code="out_of_range",
                             param="page", value=page, hint="不小于 1")
        if not isinstance(per_page, int) or not 1 <= per_page <= most:
            raise QueryError(f"per_page must be from 1 to {most}, not {per_page!r}", code="out_of_range",
                             param="per_page", value=per_page, hint=f"1 到 {most}", limit=most)
        sel = self.resolve(text, filters, sort, correct)
        last = max(1, -(-sel.total // per_page))
        if page > last:  # before any scoring: a page past the end costs nothing
            raise QueryError(f"page {page} is past the last page of the results ({last})",
                             code="past_last_page", param="page", value=page, limit=last)
        # The facets count the full matches; where there are none, the partial ones shown instead.
        counts = FACETS_FULL if sel.matched or not sel.partial else FACETS_PARTIAL
        counted = facets.count(self.snap.facet_columns, set(sel.matched) if counts == FACETS_FULL
                               else set(sel.partial), sel.filter_sets, sel.filters)
        hits = list(self.hits(sel, (page - 1) * per_page, page * per_page))
        return Page(query=text, total=len(sel.result), page=page, per_page=per_page, sort=sel.sort,
                    hits=hits, facets=counted, expansions=sel.compiled.expansions, fallback=sel.fallback,
                    segmentation=sel.compiled.segmentation,
                    took_ms=(time.perf_counter() - started) * 1000, explain=str(sel.compiled.query),
                    partial_total=len(sel.more), suggest=sel.suggest, corrected=sel.corrected,
                    facets_counts=counts)

    def resolve(self, text: str, filters: Filters | None, sort: str, correct: bool = True) -> Selection:
        """The selection of `text`, with a correction where few items hold every word: suggested
        (您是不是要找) when it finds more, and searched at once when no item held every word typed
        and the correction finds some (or the text found nothing at all); with `correct` False,
        only suggested."""
        sel = self.select(text, filters, sort)
        if len(sel.matched) >= SUGGEST_BELOW or sel.compiled.only_stop:
            return sel
        better = self.snap.suggester.suggest(text, self.snap.searcher.reader(), self.occurs, self.finds)
        if not better or better == text:
            return sel
        try:
            alt = self.select(better, filters, sort)
        except QueryError:
            return sel
        if not (alt.matched or alt.partial) or self.reach(alt) <= self.reach(sel):
            return sel
        if correct and not sel.matched and (alt.matched or not sel.partial):
            alt.suggest, alt.corrected = better, True  # nothing held every word typed: the correction
            return alt
        sel.suggest = better
        return sel

    def export(self, text: str, filters: Filters | None = None, sort: str = "relevance",
               limit: int = limits.CSV_ROWS, correct: bool = True) -> tuple[int, Iterator[Hit]]:
        """Every hit up to `limit`: (total, hits made one at a time as they are read)."""
        sel = self.resolve(text, filters, sort, correct)
        return sel.total, self.hits(sel, 0, limit)

    def mark(self, text: str, query: str) -> str:
        """Escaped text with the query's matches marked (the item page)."""
        needles = []
        if query and query.strip():
            try:
                needles = self.compile(query).needles
            except QueryError:
                needles = []
        return highlight.highlight(text, needles)

    def hits(self, sel: Selection, start: int, stop: int) -> Iterator[Hit]:
        """Hits from `start` to `stop`: the full matches in order, then the partial ones."""
        for d, score in self.order(sel, start, stop):
            yield self.hit(d, sel.compiled.needles, score)
        full = len(sel.result)
        if sel.more and stop > full:
            compiled = sel.compiled
            needles = compiled.needles + [n for n in compiled.part_needles if n not in compiled.needles]
            for d, score in partials.order(self, sel, max(0, start - full), stop - full):
                hit = self.hit(d, needles, score, partial=True)
                hit.missing = sel.missing(d)
                yield hit

    def select(self, text: str, filters: Filters | None, sort: str) -> Selection:
        """The query compiled and matched, with its fallbacks, and the filters applied: the result set."""
        filters = filters or Filters()
        if filters.org:  # an organisation selected by any of its names: the one the facet shows
            filters = replace(filters, org=[self.snap.orgbook.canonical_of.get(v, v) for v in filters.org])
        if sort not in ("relevance", "date"):
            raise QueryError(f"sort must be relevance or date, not {sort!r}", code="bad_choice", param="sort",
                             value=sort, hint="relevance, date")
        compiled = self.compile(text)
        fallback = None
        if compiled.only_stop:  # 的的的: nothing to search by, and said so (not the whole archive)
            return Selection(compiled, set(), set(), filters, {}, sort, stops.NOTE)
        if compiled.query is None:
            if text.strip() and not filters:
                raise QueryError("the query has no words to search for (only punctuation or spaces)",
                                 code="no_words", param="q", value=text)
            if not filters:
                raise QueryError("the query is empty: type some words, or choose a filter", code="empty",
                                 param="q")
            compiled.query = Every()
            sort = "date"
        searcher = self.snap.searcher
        filter_sets = {name: set(searcher.docs_for_query(q))
                       for name, q in filters.queries(self.snap.org_values).items()}
        matched = self.match(compiled.query)
        unfound = [w for ws in compiled.words for w in ws if w.isascii() and w.isalnum()
                   and not (searcher.doc_frequency("body", w) or searcher.doc_frequency("title", w))]
        if not matched and unfound:
            # A Latin word found nowhere whole: look inside longer words too, and say so.
            wider = self.snap.compiler.compile(text, latin_chars=True)
            wider_docs = self.match(wider.query)
            if wider_docs:
                compiled, matched = wider, wider_docs
                fallback = WIDER_NOTE
        words = list(dict.fromkeys(w for ws in compiled.words for w in ws if len(w) > 1 and not stops.is_stop(w)))
        parts = compiled.parts
        if not parts and not matched and len(words) > 1:
            parts = [(w, self.snap.compiler.unit(w, into=compiled)) for w in words]
        partial: dict[int, tuple[int, float, int]] = {}
        if len(parts) > 1 and len(matched) < PARTIAL_BELOW:
            # Few items hold every word: those holding most of them follow, rarest words first.
            partial = partials.matches(self, parts, matched, compiled.query)
            if partial and not matched:
                fallback = PARTIAL_NOTE
        result = set(matched).intersection(*filter_sets.values()) if filter_sets else set(matched)
        more = set(partial).intersection(*filter_sets.values()) if filter_sets else set(partial)
        if sort == "relevance" and isinstance(matched, set) and self.work(compiled.query) > self.work_budget:
            sort = "date"  # too costly to score: newest first, and said
            fallback = f"{fallback}；{COSTLY_NOTE}" if fallback else COSTLY_NOTE
        focus = next((bit for bit, (label, _) in enumerate(parts) if label == compiled.focus), None)
        return Selection(compiled, matched, result, filters, filter_sets, sort, fallback, partial, more, parts,
                         focus=focus)

    def occurs(self, chars: str) -> bool:
        """Whether any item holds these characters in this order."""
        query = char_query(chars)
        return query is not None and bool(self.docset(query))

    def reach(self, sel: Selection) -> tuple[int, int, int]:
        """How much a selection finds: full matches, then the query's words that find anything,
        then partial matches (what a correction must better)."""
        return len(sel.matched), sum(bool(self.docset(q)) for _, q in sel.parts), len(sel.partial)

    def finds(self, word: str) -> bool:
        """Whether one word of a query, searched alone, finds any item."""
        try:
            query = self.compile(word).query
        except QueryError:
            return False
        return query is not None and bool(self.docset(query))

    def order(self, sel: Selection, start: int, stop: int) -> list[tuple[int, float | None]]:
        """The hits from `start` to `stop` in the selection's order: (docnum, score or None)."""
        window = slice(start, stop)
        datekey = self.snap.datekey
        if sel.sort == "date" or not sel.result:
            # Newest first needs no scores: the facet table has every item's date key.
            return [(d, None) for d in sorted(sel.result, key=lambda d: -datekey[d])[window]]
        near = PROXIMITY and len(sel.compiled.parts) > 1 and start < PROXIMITY_TOP
        if isinstance(sel.matched, dict):  # scored already
            ordered = sorted(sel.result, key=lambda d: (-sel.matched[d], -datekey[d]))
            ranked = [(d, sel.matched[d]) for d in (ordered if near else ordered[window])]
            return self.by_proximity(ranked, sel.compiled.parts)[window] if near else ranked
        # Only the top of the page is scored; Whoosh skips blocks that cannot reach it.
        found = self.snap.searcher.search(sel.compiled.query, limit=max(stop, PROXIMITY_TOP) if near else stop,
                                          terms=False, filter=sel.result if sel.filter_sets else None)
        if near:
            return self.by_proximity([(h.docnum, h.score) for h in found], sel.compiled.parts)[window]
        return [(h.docnum, h.score) for h in found[window]]

    def by_proximity(self, ranked: list[tuple[int, float]], parts) -> list[tuple[int, float]]:
        """The best full matches reordered: words side by side, in the order typed, or in one
        sentence, rank above the same words far apart (scores raised by PROXIMITY, or half of it)."""
        head, tail = ranked[:PROXIMITY_TOP], ranked[PROXIMITY_TOP:]
        needles = [analyze.normalize(w) for w, _ in parts]
        adjacent = "".join(needles)
        raised = []
        for docnum, score in head:
            d = json.loads(self.snap.searcher.stored_fields(docnum)["doc"])
            text = analyze.normalize(f"{d['title'] or ''}\n{d['body']}")
            if adjacent in text:
                bonus = 1.0
            elif any(all(n in sentence for n in needles) for sentence in highlight.SENTENCE_END.split(text)):
                bonus = 0.5
            else:
                bonus = 0.0
            raised.append((docnum, score * (1 + PROXIMITY * bonus)))
        raised.sort(key=lambda pair: -pair[1])
        return raised + tail

    def hit(self, docnum: int, needles, score: float | None, partial: bool = False) -> Hit:
        d = json.loads(self.snap.searcher.stored_fields(docnum)["doc"])
        issue = IssueMeta(**d["issue"])
        return Hit(id=d["id"], title=d["title"], section=d["section"], source=d["source"],
                   date=d["date"], issue=issue, orgs=d["orgs"],
                   snippet=highlight.snippet(d["body"], needles), score=score, partial=partial,
                   opening=d["body"][:OPENING_CHARS],
                   title_html=highlight.highlight(d["title"], needles) if d["title"] else None)
