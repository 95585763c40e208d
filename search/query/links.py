"""Links between items: items alike by their key terms (相关报道) and organisations with their items.

A room of the archive (snapshot -> searching, facets, browse, links -> archive): reads the snapshot's
searcher and organisations, and makes hits with the searching room.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field

from whoosh.query import Or, Term

from search import analyze
from search.errors import NotFound
from search.query import stops
from search.query.compiler import Union
from search.query.page import Hit
from search.query.searching import Searching
from search.query.snapshot import FACETS, Snapshot

KEY_TERMS = 12  # an item's words that say what it is about, by tf-idf


@dataclass
class OrgView:
    """An organisation: the name the org facet shows, its other names, the items naming it (newest
    first) and how many there are."""

    name: str
    names: list[str]
    items: list[Hit] = field(default_factory=list)
    total: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "names": self.names, "total": self.total,
                "items": [h.to_dict() for h in self.items]}


class Links:
    def __init__(self, snapshot: Snapshot, searching: Searching):
        self.snap = snapshot
        self.searching = searching

    def _docnum(self, item_id: str) -> int:
        docnum = self.snap.searcher.document_number(id=item_id)
        if docnum is None:
            raise NotFound("item", item_id)
        return docnum

    def key_terms(self, docnum: int, n: int = KEY_TERMS) -> list[tuple[str, float]]:
        """The item's informative words with their weight (tf-idf), heaviest first."""
        d = json.loads(self.snap.searcher.stored_fields(docnum)["doc"])
        norm = analyze.normalize(f"{d['title'] or ''}\n{d['body']}")
        tf = Counter(w for w, _, _ in analyze.segment(norm)
                     if len(w) > 1 and not w.isdigit() and stops.informative(w))
        total = max(1, self.snap.item_count)
        weights = []
        for word, count in tf.items():
            df = self.snap.searcher.doc_frequency("body", word)
            if 1 < df < total:  # a word of this item alone, or of every item, relates nothing
                weights.append((word, (1 + math.log(count)) * math.log(total / df)))
        weights.sort(key=lambda pair: (-pair[1], pair[0]))
        return weights[:n]

    def related(self, item_id: str, n: int = 5) -> list[Hit]:
        """Items alike by the key terms of `item_id`, from other issues, best first."""
        docnum = self._docnum(item_id)
        terms = self.key_terms(docnum)
        if not terms:
            return []
        query = Or([Term("body", w, boost=weight) for w, weight in terms]
                   + [Term("title", w, boost=weight) for w, weight in terms])
        issue = self.snap.columns[FACETS.index("issue")].get(docnum)
        mask = Term("issue", issue) if issue else Term("id", item_id)
        found = self.snap.searcher.search(query, limit=n, mask=mask, terms=False)
        needles = [(w, True) for w, _ in terms]
        return [self.searching.hit(h.docnum, needles, h.score) for h in found if h.docnum != docnum]

    def org(self, name: str, limit: int | None = None) -> OrgView:
        """An organisation named in any form: its canonical name, other names and items, newest first."""
        snap = self.snap
        canonical = snap.orgbook.canonical(name, snap.aliases, snap.canonical)
        if canonical is None:
            raise NotFound("organisation", name)
        values = snap.orgbook.values(canonical)
        docs = self.searching.docset(Union([Term("org", v) for v in values]))
        ordered = sorted(docs, key=lambda d: -snap.datekey[d])
        names = snap.orgbook.other_names(canonical, snap.aliases)
        needles = [(analyze.normalize(n).strip(), True) for n in [canonical, *names]]
        hits = [self.searching.hit(d, needles, None) for d in ordered[:limit]]
        return OrgView(name=canonical, names=names, items=hits, total=len(docs))
