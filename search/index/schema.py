"""The Whoosh schema of the index and an Item as the fields of one document.

Sits after parse and analyze: the reindex job writes documents of this schema, the query side reads
them. The analyzers are pickled into the index with the schema, so a change of either needs a full
rebuild: `fingerprint()` names both (analyze.ANALYZER_VERSION is bumped when the schema changes).
"""
from __future__ import annotations

import json
from datetime import date, datetime

from whoosh.columns import PickleColumn, VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from search import analyze
from search.model import Item

__all__ = ["fingerprint", "item_fields", "make_schema"]


def fingerprint() -> str:
    """What an index's tokens and fields were made by: the analyzer's fingerprint, whose version
    is bumped with this schema. An index built under another fingerprint is rebuilt."""
    return analyze.fingerprint()


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        file=ID(stored=True),
        ordinal=NUMERIC(stored=True),
        # Word fields need no positions: phrases are matched in the character view.
        title=TEXT(analyzer=analyze.word_analyzer(), stored=True, field_boost=2.0, phrase=False),
        body=TEXT(analyzer=analyze.word_analyzer(), stored=True, phrase=False),
        chars=TEXT(analyzer=analyze.char_analyzer()),  # title + body as character grams
        # title + body as single characters, no positions: a one-character query is one term
        char1=TEXT(analyzer=analyze.unigram_analyzer(), phrase=False),
        section=ID(stored=True),
        source=ID(stored=True),
        org=KEYWORD(stored=True, commas=True, scorable=False),
        year=ID(stored=True),
        issue=ID(stored=True),
        number=NUMERIC(stored=True),
        total=NUMERIC(stored=True),
        pubdate=DATETIME(stored=True),
        date=DATETIME(stored=True),
        datekey=NUMERIC(bits=64, sortable=True),  # newest issue first, then document order
        doc=STORED(),  # the item as `parse --json` prints it
        # what facets and sorting need of every hit, in one column: cheap to load per index version
        facetrow=COLUMN(PickleColumn(VarBytesColumn())),
    )


def _day(iso: str | None) -> datetime | None:
    return datetime.combine(date.fromisoformat(iso), datetime.min.time()) if iso else None


def item_fields(item: Item) -> dict:
    """An item as the fields of one Whoosh document."""
    pub = item.issue.date
    datekey = int((pub or "0000-00-00").replace("-", "")) * 1000 + (999 - item.ordinal)
    fields = {
        "id": item.id, "file": item.file, "ordinal": item.ordinal,
        "title": item.title or "", "body": item.body,
        "chars": f"{item.title or ''}\n{item.body}",
        "char1": f"{item.title or ''}\n{item.body}",
        "section": item.section, "doc": json.dumps(item.to_dict(), ensure_ascii=False),
        "datekey": datekey,
        "facetrow": (item.section, item.source, tuple(item.orgs),
                     None if item.issue.year is None else str(item.issue.year), item.issue.key, datekey),
    }
    if item.source:
        fields["source"] = item.source
    if item.orgs:
        fields["org"] = ",".join(o.replace(",", " ") for o in item.orgs)
    if item.issue.year is not None:
        fields["year"] = str(item.issue.year)
        if item.issue.number is not None:
            fields["issue"] = item.issue.key
            fields["number"] = item.issue.number
    if item.issue.total is not None:
        fields["total"] = item.issue.total
    if pub:
        fields["pubdate"] = _day(pub)
    if item.date:
        fields["date"] = _day(item.date)
    return fields
