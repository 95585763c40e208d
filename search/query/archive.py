"""Searching: an Archive is an open index to search, with facets, snippets, items and issues.

The last library layer: parse -> analyze -> index -> syntax and filters -> query.
"""
from __future__ import annotations

import json
import threading
import math
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterator

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.matching import binary as _binary
from whoosh.query import And, AndNot, Every, Or, Phrase, Query, Sequence, Term

from search import analyze
from search.query import highlight
from search.query import names
from search.figures import series
from search.errors import IndexMissing, IndexStale, NotFound, QueryError
from search.query.filters import Filters
from search.index.store import MANIFEST, corpus_words, current_dir, load_figures, load_manifest
from search.model import IssueMeta, Item
from search.query.syntax import Compiled, Compiler, Union, alias_groups, static_aliases

def _and_not_find_first(self):
    """whoosh-reloaded 2.7.5's AndNotMatcher skips the excluded words only when both start on
    the same document: where the excluded word's list starts earlier, the first document holding
    both leaks through (数字 -的 found an item with 的). Skip from the start, as `_find_next` can."""
    if self.a.is_active() and self.b.is_active():
        self._find_next()


_binary.AndNotMatcher._find_first = _and_not_find_first

_VERSIONS: OrderedDict = OrderedDict()  # what Archives of one index version share in a process
_VERSIONS_LOCK = threading.Lock()
_VERSIONS_KEPT = 4  # the newest few; an Archive still on an older one keeps its own reference


def _shared(key, build):
    """The value for `key`, built once per process and shared by every thread's Archive."""
    with _VERSIONS_LOCK:
        if key in _VERSIONS:
            _VERSIONS.move_to_end(key)
            return _VERSIONS[key]
    value = build()  # outside the lock: two threads may build one version twice, never wrongly
    with _VERSIONS_LOCK:
        value = _VERSIONS.setdefault(key, value)
        _VERSIONS.move_to_end(key)
        while len(_VERSIONS) > _VERSIONS_KEPT:
            _VERSIONS.popitem(last=False)
        return value


__all__ = ["Archive", "Filters", "FacetValue", "Hit", "IssueView", "Page", "search"]

MAX_QUERY_CHARS = 500
MAX_PER_PAGE = 100
MAX_WORDS = 32
FACETS = ("section", "source", "org", "year", "issue")
ONE_PASS_HITS = 3000  # Whoosh's estimate of a query's hits below which one scored pass is faster
# Postings a query may walk and still be ranked by relevance. Beyond it (twenty common single
# characters, dozens of common exclusions) the result set comes from set algebra and is listed
# newest first, and the page says so: one request's cost stays bounded as the archive grows.
OPENING_CHARS = 60  # of a hit's body kept as its `opening`
WORK_BUDGET = 25000
# Postings above which even a query with few hits is not matched by Whoosh's scoring matchers (an
# AND of twenty words walks every list in step, in Python) but by set algebra first.
ONE_PASS_WORK = 25000
COSTLY_NOTE = "查询的词语都很常见，结果按日期排列；加上更具体的词语即可按相关度排列"
BM25_B, BM25_K1 = 0.75, 1.2  # BM25F length normalisation and term-frequency saturation
PROXIMITY = 0.0  # off: on the judged set it lowered nDCG@10 (0.25: -0.001, 1.0: -0.002; RESULTS.md)
# With PROXIMITY > 0, the best full matches with every word side by side (whole) or in one sentence
# (half) have their scores raised by that factor.
PROXIMITY_TOP = 20  # how many of the best full matches proximity may reorder
PARTIAL_BELOW = 10  # fewer items than this hold every word: those holding most of them follow
PARTIAL_SCORED = 1000  # partial matches holding the same words, beyond which they are listed newest first
PARTIAL_NOTE = "没有同时包含全部词语的条目，以下结果只包含其中部分词语"



@dataclass
class _Selection:
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

    @property
    def total(self) -> int:
        return len(self.result) + len(self.more)


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class Hit:
    id: str
    title: str | None
    section: str
    source: str | None
    date: str | None
    issue: IssueMeta
    orgs: list[str]
    snippet: str
    score: float | None
    partial: bool = False  # holds only some of the query's words (after every full match)
    opening: str = ""  # the body's first words: what names an untitled item in a list (not in JSON)

    def to_dict(self) -> dict:
        issue = self.issue.to_dict()
        issue.pop("inferred", None)
        return {"id": self.id, "title": self.title, "section": self.section, "source": self.source,
                "date": self.date, "issue": issue, "orgs": self.orgs, "snippet": self.snippet,
                "score": None if self.score is None else round(self.score, 3), "partial": self.partial}


@dataclass
class Page:
    query: str
    total: int
    page: int
    per_page: int
    sort: str
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    expansions: list[str] = field(default_factory=list)
    fallback: str | None = None
    segmentation: list[str] = field(default_factory=list)
    took_ms: float = 0.0
    explain: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "page": self.page, "per_page": self.per_page,
                "hits": [h.to_dict() for h in self.hits],
                "facets": {name: {v.value: v.count for v in values} for name, values in self.facets.items()},
                "pages": self.pages, "sort": self.sort, "expansions": self.expansions,
                "fallback": self.fallback, "segmentation": self.segmentation,
                "took_ms": round(self.took_ms, 1)}


@dataclass
class IssueView:
    """An issue as the archive holds it: metadata, header and contents, items in order."""

    meta: IssueMeta
    file: str
    header: list[str]
    toc: dict[str, list[str]]
    items: list[Item]
    item_count: int = 0


def item_from_dict(d: dict) -> Item:
    from search.model import Alias
    meta = IssueMeta(**d["issue"])
    return Item(id=d["id"], file=d["file"], issue=meta, section=d["section"], title=d["title"],
                source=d["source"], date=d["date"], orgs=list(d["orgs"]), body=d["body"],
                lines=tuple(d["lines"]), ordinal=d.get("ordinal", 0),
                aliases=[Alias(a["short"], a["full"], d["id"]) for a in d.get("aliases", [])])


def _positional(query: Query) -> bool:
    return isinstance(query, (Phrase, Sequence)) or any(_positional(c) for c in query.children())


class Archive:
    """An open index: search it, read items and issues. One per thread; `refresh()` per request."""

    def __init__(self, index_dir: Path | str):
        self.index_dir = Path(index_dir)
        self.work_budget = WORK_BUDGET
        analyze.setup()
        self._gen = None
        self._ix = None
        self._searcher = None
        self._open()

    # -- opening and refreshing

    def _open(self) -> None:
        gen = current_dir(self.index_dir)
        if gen is None or not whoosh_index.exists_in(str(gen)):
            raise IndexMissing(self.index_dir)
        ix = whoosh_index.open_dir(str(gen))
        searcher = ix.searcher(weighting=scoring.BM25F(B=BM25_B, K1=BM25_K1))
        stamp, manifest, aliases = self._manifest_of(gen, searcher)
        if manifest.get("fingerprint") != analyze.fingerprint():
            searcher.close()
            raise IndexStale(self.index_dir)
        if self._searcher is not None:
            self._searcher.close()
        self._gen, self._ix, self._searcher = gen, ix, searcher
        self._stamp, self.manifest, self._aliases = stamp, manifest, aliases
        self._load()

    def _load(self) -> None:
        """Per index version: the facet table and the names it holds, then the compiler.

        Shared by every Archive of the process that reads the same version (a server's threads):
        built once, held once (`_shared`), like the manifest.
        """
        reader = self._searcher.reader()
        version = ("table", str(self._gen), reader.generation())
        self._columns, self._names = _shared(version, lambda: self._build_table(reader))
        self._datekey = self._columns[-1]
        self.compiler = Compiler(self._aliases, self._names)  # its own: compiling keeps state

    def _build_table(self, reader):
        # One dict per facet, then the date key: docnum -> value (orgs: a tuple), read from a column
        # (unpickling every stored document instead costs a second per 10,000 items).
        column = reader.column_reader("facetrow")
        rows = {docnum: column[docnum] for docnum in reader.all_doc_ids()}
        columns = [{d: row[i] for d, row in rows.items()} for i in range(len(FACETS) + 1)]
        found = names.lookup(chain.from_iterable(columns[FACETS.index("org")].values()),
                             columns[FACETS.index("source")].values(), self._word_indexed)
        return columns, found

    def _word_indexed(self, name: str) -> bool:
        """Whether the word fields hold `name` as one word (in some item)."""
        word = analyze.normalize(name).strip()
        return bool(self._searcher.doc_frequency("body", word) or self._searcher.doc_frequency("title", word))

    def _manifest_stamp(self, gen: Path | None = None):
        try:
            return ((gen or self._gen) / MANIFEST).stat().st_mtime_ns
        except OSError:
            return None

    def _manifest_of(self, gen: Path, searcher):
        """(stamp, manifest, aliases) of the very commit `searcher` reads: issues, rejected files,
        aliases and dictionary words as the last indexer run left them. Read once per process and
        version, and shared like the facet table."""
        stamp = self._manifest_stamp(gen)
        commit = searcher.reader().generation()
        key = ("manifest", str(gen), commit, stamp)
        return (stamp, *_shared(key, lambda: self._build_manifest(gen, commit)))

    def _build_manifest(self, gen: Path, commit: int):
        manifest = load_manifest(gen, commit)
        analyze.add_words(corpus_words(manifest))
        pairs = list(static_aliases())
        for entry in manifest.get("files", {}).values():
            pairs.extend((short, full) for short, full, _ in entry.get("aliases", []))
        return manifest, alias_groups(pairs)

    def refresh(self) -> None:
        """See the newest index: a new commit, a rebuilt generation, or a run that changed nothing
        but its report (when it ran, which files it rejected)."""
        if current_dir(self.index_dir) != self._gen:
            self._open()
        elif not self._searcher.up_to_date():
            # A new searcher, not Searcher.refresh(): whoosh-reloaded 2.7.5's refresh reuses old
            # segment readers and misses deletions, so removed items would stay visible.
            self._open()
        elif self._manifest_stamp() != self._stamp:
            self._stamp, self.manifest, self._aliases = self._manifest_of(self._gen, self._searcher)
            self.compiler = Compiler(self._aliases, self._names)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    @property
    def item_count(self) -> int:
        return self._searcher.doc_count()

    @property
    def indexed_at(self) -> str | None:
        return self.manifest.get("indexed_at")

    # -- searching

    def compile(self, text: str) -> Compiled:
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is {len(text)} characters long; at most {MAX_QUERY_CHARS} are searched",
                             code="too_long", param="q", value=len(text), limit=MAX_QUERY_CHARS)
        compiled = self.compiler.compile(text)
        distinct = {w for ws in compiled.words for w in ws}
        if len(distinct) > MAX_WORDS:
            raise QueryError(f"the query has {len(distinct)} different words; at most {MAX_WORDS} are searched",
                             code="too_many_words", param="q", value=len(distinct), limit=MAX_WORDS)
        return compiled

    def search(self, text: str, filters: Filters | None = None, page: int = 1, per_page: int = 10,
               sort: str = "relevance") -> Page:
        """One page of results with snippets, and facet counts over the whole result set."""
        started = time.perf_counter()
        if not isinstance(page, int) or page < 1:
            raise QueryError(f"page must be a whole number from 1, not {page!r}", code="out_of_range",
                             param="page", value=page, hint="不小于 1")
        if not isinstance(per_page, int) or not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(f"per_page must be from 1 to {MAX_PER_PAGE}, not {per_page!r}", code="out_of_range",
                             param="per_page", value=per_page, hint=f"1 到 {MAX_PER_PAGE}", limit=MAX_PER_PAGE)
        sel = self._select(text, filters, sort)
        last = max(1, -(-sel.total // per_page))
        if page > last:  # before any scoring: a page past the end costs nothing
            raise QueryError(f"page {page} is past the last page of the results ({last})",
                             code="past_last_page", param="page", value=page, limit=last)
        facets = self._facets(set(sel.matched) | set(sel.partial), sel.filter_sets, sel.filters)
        hits = list(self._hits(sel, (page - 1) * per_page, page * per_page))
        return Page(query=text, total=sel.total, page=page, per_page=per_page, sort=sel.sort,
                    hits=hits, facets=facets, expansions=sel.compiled.expansions, fallback=sel.fallback,
                    segmentation=sel.compiled.segmentation,
                    took_ms=(time.perf_counter() - started) * 1000, explain=str(sel.compiled.query))

    def export(self, text: str, filters: Filters | None = None, sort: str = "relevance",
               limit: int = 10000) -> tuple[int, Iterator[Hit]]:
        """Every hit up to `limit`, for exports: (total, hits made one at a time as they are read).

        One match and one ordering for the whole export, no facets; the caller streams the hits.
        """
        sel = self._select(text, filters, sort)
        return sel.total, self._hits(sel, 0, limit)

    def _hits(self, sel: _Selection, start: int, stop: int) -> Iterator[Hit]:
        """Hits from `start` to `stop`: the full matches in order, then the partial ones."""
        for d, score in self._order(sel, start, stop):
            yield self._hit(d, sel.compiled.needles, score)
        full = len(sel.result)
        if sel.more and stop > full:
            compiled = sel.compiled
            needles = compiled.needles + [n for n in compiled.part_needles if n not in compiled.needles]
            for d, score in self._partial_order(sel, max(0, start - full), stop - full):
                yield self._hit(d, needles, score, partial=True)

    def _select(self, text: str, filters: Filters | None, sort: str) -> _Selection:
        """The query compiled and matched, with its fallbacks, and the filters applied: the result set."""
        filters = filters or Filters()
        if sort not in ("relevance", "date"):
            raise QueryError(f"sort must be relevance or date, not {sort!r}", code="bad_choice", param="sort",
                             value=sort, hint="relevance, date")
        compiled = self.compile(text)
        fallback = None
        if compiled.query is None:
            if text.strip() and not filters:
                raise QueryError("the query has no words to search for (only punctuation or spaces)",
                                 code="no_words", param="q", value=text)
            if not filters:
                raise QueryError("the query is empty: type some words, or choose a filter", code="empty",
                                 param="q")
            compiled.query = Every()
            sort = "date"
        filter_sets = {name: set(self._searcher.docs_for_query(q)) for name, q in filters.queries().items()}
        matched = self._match(compiled.query)
        unfound = [w for ws in compiled.words for w in ws if w.isascii() and w.isalnum()
                   and not (self._searcher.doc_frequency("body", w) or self._searcher.doc_frequency("title", w))]
        if not matched and unfound:
            # A Latin word found nowhere whole: look inside longer words too, and say so.
            wider = self.compiler.compile(text, latin_chars=True)
            wider_docs = self._match(wider.query)
            if wider_docs:
                compiled, matched = wider, wider_docs
                fallback = "没有找到完整的词，以下结果按字符匹配（词语出现在更长的词中）"
        words = list(dict.fromkeys(w for ws in compiled.words for w in ws if len(w) > 1))
        parts = compiled.parts
        if not parts and not matched and len(words) > 1:
            parts = [(w, self.compiler.unit(w)) for w in words]
        partial: dict[int, tuple[int, float, int]] = {}
        if len(parts) > 1 and len(matched) < PARTIAL_BELOW:
            # Few items hold every word: those holding most of them follow, rarest words first.
            partial = self._partial(parts, matched, compiled.query)
            if partial and not matched:
                fallback = PARTIAL_NOTE
        result = set(matched).intersection(*filter_sets.values()) if filter_sets else set(matched)
        more = set(partial).intersection(*filter_sets.values()) if filter_sets else set(partial)
        if sort == "relevance" and isinstance(matched, set) and self._work(compiled.query) > self.work_budget:
            sort = "date"  # too costly to score: newest first, and said
            fallback = f"{fallback}；{COSTLY_NOTE}" if fallback else COSTLY_NOTE
        return _Selection(compiled, matched, result, filters, filter_sets, sort, fallback, partial, more, parts)

    def _order(self, sel: _Selection, start: int, stop: int) -> list[tuple[int, float | None]]:
        """The hits from `start` to `stop` in the selection's order: (docnum, score or None)."""
        window = slice(start, stop)
        if sel.sort == "date" or not sel.result:
            # Newest first needs no scores: the facet table has every item's date key.
            return [(d, None) for d in sorted(sel.result, key=lambda d: -self._datekey[d])[window]]
        near = PROXIMITY and len(sel.compiled.parts) > 1 and start < PROXIMITY_TOP
        if isinstance(sel.matched, dict):  # scored already
            ordered = sorted(sel.result, key=lambda d: (-sel.matched[d], -self._datekey[d]))
            ranked = [(d, sel.matched[d]) for d in (ordered if near else ordered[window])]
            return self._by_proximity(ranked, sel.compiled.parts)[window] if near else ranked
        # Only the top of the page is scored; Whoosh skips blocks that cannot reach it.
        found = self._searcher.search(sel.compiled.query, limit=max(stop, PROXIMITY_TOP) if near else stop,
                                      terms=False, filter=sel.result if sel.filter_sets else None)
        if near:
            return self._by_proximity([(h.docnum, h.score) for h in found], sel.compiled.parts)[window]
        return [(h.docnum, h.score) for h in found[window]]

    def _by_proximity(self, ranked: list[tuple[int, float]], parts) -> list[tuple[int, float]]:
        """The best full matches reordered: words side by side, in the order typed, or in one
        sentence, rank above the same words far apart (scores raised by PROXIMITY, or half of it)."""
        head, tail = ranked[:PROXIMITY_TOP], ranked[PROXIMITY_TOP:]
        needles = [analyze.normalize(w) for w, _ in parts]
        adjacent = "".join(needles)
        raised = []
        for docnum, score in head:
            d = json.loads(self._searcher.stored_fields(docnum)["doc"])
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

    def _partial(self, parts, full, query: Query) -> dict[int, tuple[int, float, int]]:
        """Items holding some of the query's words but not all: docnum -> (how many words, their
        weight, which: a bit per word), each word weighing more the fewer items hold it (inverse
        document frequency)."""
        excluded = self._docset(query.b) if isinstance(query, AndNot) else set()
        n = max(1, self.item_count)
        out: dict[int, tuple[int, float, int]] = {}
        for bit, (_, q) in enumerate(parts):
            docs = self._docset(q)
            if not docs:
                continue
            weight = math.log(1 + n / len(docs))
            for d in docs.difference(full, excluded):
                count, total, held = out.get(d, (0, 0.0, 0))
                out[d] = (count + 1, total + weight, held | 1 << bit)
        return out

    def _partial_order(self, sel: _Selection, start: int, stop: int) -> list[tuple[int, float | None]]:
        """The partial matches from `start` to `stop`: most words first, then the rarest words, then
        the score of the words they hold (newest first under sort=date)."""
        if sel.sort == "date":
            return [(d, None) for d in sorted(sel.more, key=lambda d: -self._datekey[d])[start:stop]]
        groups: dict[tuple[int, float, int], set[int]] = {}
        for d in sel.more:
            groups.setdefault(sel.partial[d], set()).add(d)
        out: list[tuple[int, float | None]] = []
        offset = 0
        for key in sorted(groups, key=lambda k: (-k[0], -k[1], k[2])):
            group = groups[key]
            lo, hi = max(start - offset, 0), stop - offset
            offset += len(group)
            if hi <= 0:
                break
            if lo >= len(group):
                continue
            if len(group) > PARTIAL_SCORED:
                # Thousands of items holding the same common word: newest first, as a query too
                # costly to score is (WORK_BUDGET); scoring them all would cost more than the page.
                out.extend((d, None) for d in sorted(group, key=lambda d: -self._datekey[d])[lo:hi])
                continue
            # Scored by the words the group holds only: the others' postings need not be walked.
            held = Union([q for bit, (_, q) in enumerate(sel.parts) if key[2] >> bit & 1])
            found = self._searcher.search(held, limit=hi, terms=False, filter=group)
            out.extend((h.docnum, h.score) for h in found[lo:hi])
        return out

    def _match(self, query: Query) -> set[int] | dict[int, float]:
        """Every matching document: the result set and the facets' input.

        Matching a phrase in the character view costs more than scoring, and so, up to a few
        thousand hits, does matching twice: such a query is matched once, scored (docnum -> score).
        One with more hits is matched unscored here (a set), and only the top of its page is scored.
        """
        reader = self._searcher.reader()
        if self._work(query) <= min(ONE_PASS_WORK, self.work_budget) and (_positional(query) or query.estimate_size(reader) < ONE_PASS_HITS):
            results = self._searcher.search(query, limit=None, terms=False)
            return {docnum: score for score, docnum in results.top_n}
        return self._docset(query)

    def _work(self, query: Query) -> int:
        """How many postings matching and scoring `query` walks: its leaves' document frequencies."""
        reader = self._searcher.reader()
        total = 0
        for leaf in query.leaves() if not query.is_leaf() else [query]:
            if isinstance(leaf, Term):
                total += reader.doc_frequency(leaf.fieldname, leaf.text)
            else:
                total += leaf.estimate_size(reader)
        return total

    def _docset(self, query: Query) -> set[int]:
        """The documents matching `query`, by set algebra over its terms' postings (in C), not by
        Whoosh's matchers marching in step in Python: many common words cost little this way."""
        reader = self._searcher.reader()
        if isinstance(query, Term):
            if (query.fieldname, query.text) not in reader:
                return set()
            return set(reader.postings(query.fieldname, query.text).all_ids())
        if isinstance(query, Or):
            return set().union(*(self._docset(q) for q in query.subqueries))
        if isinstance(query, And):
            sets = sorted((self._docset(q) for q in query.subqueries), key=len)
            return sets[0].intersection(*sets[1:]) if sets else set()
        if isinstance(query, AndNot):
            return self._docset(query.a) - self._docset(query.b)
        if isinstance(query, Every):
            return set(reader.all_doc_ids())
        return set(self._searcher.docs_for_query(query))

    def _hit(self, docnum: int, needles, score: float | None, partial: bool = False) -> Hit:
        d = json.loads(self._searcher.stored_fields(docnum)["doc"])
        issue = IssueMeta(**d["issue"])
        return Hit(id=d["id"], title=d["title"], section=d["section"], source=d["source"],
                   date=d["date"], issue=issue, orgs=d["orgs"],
                   snippet=highlight.snippet(d["body"], needles), score=score, partial=partial,
                   opening=d["body"][:OPENING_CHARS])

    def _facets(self, matched: set[int], filter_sets: dict[str, set[int]], filters: Filters):
        """Counts per facet value; each facet ignores its own selection, so siblings stay visible."""
        out: dict[str, list[FacetValue]] = {}
        for idx, name in enumerate(FACETS):
            others = [s for n, s in filter_sets.items() if n != name]
            docs = matched.intersection(*others) if others else matched
            column = self._columns[idx]
            values_of = map(column.__getitem__, docs)  # counted in C: a Python loop costs 4x
            counts = Counter(chain.from_iterable(values_of) if name == "org" else values_of)
            counts.pop(None, None)
            if name in ("year", "issue"):
                ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
            else:
                ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            values = [FacetValue(v, c, filters.selected(name, v)) for v, c in ordered]
            # A selected value with no hits left still shows, so it can be removed.
            for v in getattr(filters, name, []) if name != "year" else []:
                if v not in counts:
                    values.append(FacetValue(v, 0, True))
            out[name] = values
        return out

    def mark(self, text: str, query: str) -> str:
        """Escaped text with the query's matches marked (the item page)."""
        needles = []
        if query and query.strip():
            try:
                needles = self.compile(query).needles
            except QueryError:
                needles = []
        return highlight.highlight(text, needles)

    # -- items and issues

    def item(self, item_id: str) -> Item:
        stored = self._searcher.document(id=item_id)
        if stored is None:
            raise NotFound("item", item_id)
        return item_from_dict(json.loads(stored["doc"]))

    def _issue_items(self, file: str) -> list[Item]:
        items = [item_from_dict(json.loads(s["doc"])) for s in self._searcher.documents(file=file)]
        return sorted(items, key=lambda i: i.ordinal)

    def issues(self) -> list[IssueView]:
        """Every indexed issue, newest first (items not loaded; `item_count` set)."""
        views = []
        for name, entry in self.manifest.get("files", {}).items():
            views.append(IssueView(IssueMeta(**entry["meta"]), name, entry.get("header", []),
                                   entry.get("toc", {}), [], len(entry.get("items", []))))
        return sorted(views, key=lambda v: (v.meta.date or "", v.meta.key or ""), reverse=True)

    def issue(self, key: str) -> IssueView:
        for view in self.issues():
            if view.meta.key == key:
                view.items = self._issue_items(view.file)
                return view
        raise NotFound("issue", key)

    # -- figures

    def figures(self, indicator: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> list[dict]:
        """The figures of every indexed statistics report, as stored at index time (CONTRACT.md,
        `figures --json`), filtered by indicator and period end. QueryError for a bad date."""
        return series.select(self._figure_store()["figures"], indicator, date_from, date_to)

    def figure_aliases(self) -> dict[str, list[str]]:
        """Canonical indicator -> the other names the reports printed for it."""
        return self._figure_store().get("aliases", {})

    def _figure_store(self) -> dict:
        path = self._gen / series.FIGURES
        try:
            stamp = (self._gen, self._stamp, path.stat().st_mtime_ns)
        except OSError:
            stamp = (self._gen, self._stamp, None)
        cached = getattr(self, "_figures", None)
        if cached is None or cached[0] != stamp:
            self._figures = cached = (stamp, load_figures(self._gen, self.index_dir, self.manifest))
        return cached[1]

    def stats(self) -> dict:
        """What is indexed, in the shape of `stats --json` (CONTRACT.md)."""
        files = [{"file": name, "items": len(entry.get("items", [])), "issue": entry.get("issue"),
                  "inferred": entry.get("meta", {}).get("inferred", False)}
                 for name, entry in sorted(self.manifest.get("files", {}).items())]
        sections: Counter = Counter(self._columns[0].values())
        return {"items": self.item_count, "issues": len({f["issue"] for f in files if f["issue"]}),
                "files": files, "sections": dict(sections.most_common()),
                "rejected": [{"file": r["file"], "reason": r["reason"]} for r in self.manifest.get("rejected", [])],
                "indexed_at": self.indexed_at}


def search(index_dir, text: str, filters: Filters | None = None, **kwargs) -> Page:
    """One-shot search (the CLI): opens the index, searches, closes."""
    archive = Archive(index_dir)
    try:
        return archive.search(text, filters, **kwargs)
    finally:
        archive.close()
