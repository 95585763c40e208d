"""What a search gives back: a Page of Hits, with the counts, corrections and facets the page shows.

Made by the archive's searching room (snapshot -> searching, facets, browse -> archive); read by the
CLI, the web app and the JSON (`to_dict`, CONTRACT.md).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search.model import IssueMeta
from search.query.facets import FacetValue

# What the facet counts of a page count (`Page.facets_counts`).
FACETS_FULL = "full"  # the full matches (every word of the query), within the other facets' selections
FACETS_PARTIAL = "partial"  # no item holds every word: the partial matches shown instead


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
    missing: list[str] = field(default_factory=list)  # a partial hit: the query's words it lacks
    title_html: str | None = None  # the title, escaped, with the query's matches in <mark> (as snippet)

    def to_dict(self) -> dict:
        issue = self.issue.to_dict()
        issue.pop("inferred", None)
        return {"id": self.id, "title": self.title, "section": self.section, "source": self.source,
                "date": self.date, "issue": issue, "orgs": self.orgs, "snippet": self.snippet,
                "score": None if self.score is None else round(self.score, 3), "partial": self.partial,
                "missing": self.missing, "title_html": self.title_html}


@dataclass
class Page:
    """One page of results.

    `total` counts the full matches (items holding every word of the query) and `partial_total` the
    partial ones shown after them (when fewer than ten items hold every word); pages run over both.
    `suggest` is a corrected query (您是不是要找) or None; `corrected` is True when the query as typed
    found nothing and `suggest` was searched instead (these hits are the correction's). The facet
    counts count what `facets_counts` says: the full matches ("full"), or, where there are none, the
    partial matches shown ("partial"); each facet ignores its own selection.
    """

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
    partial_total: int = 0
    suggest: str | None = None
    corrected: bool = False
    facets_counts: str = FACETS_FULL

    @property
    def pages(self) -> int:
        return max(1, -(-(self.total + self.partial_total) // self.per_page))

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "page": self.page, "per_page": self.per_page,
                "hits": [h.to_dict() for h in self.hits],
                "facets": {name: {v.value: v.count for v in values} for name, values in self.facets.items()},
                "pages": self.pages, "sort": self.sort, "expansions": self.expansions,
                "fallback": self.fallback, "segmentation": self.segmentation,
                "took_ms": round(self.took_ms, 1), "partial_total": self.partial_total,
                "suggest": self.suggest, "corrected": self.corrected, "facets_counts": self.facets_counts}
