"""jianbao: search for the archive of 《数字贸易简报》.

parse (files -> Issues and Items) -> analyze (normalisation, jieba, character grams) -> index (Whoosh)
-> query (forgiving syntax, facets, snippets). The CLI and the web app sit on top.
"""
from search.errors import (CorpusError, IndexBusy, IndexMissing, IndexStale, NotFound, QueryError,
                           SearchError)
from search.model import SECTIONS, Alias, Issue, IssueMeta, Item

__all__ = [
    "SECTIONS", "Alias", "Archive", "CorpusError", "Filters", "IndexBusy", "IndexMissing", "IndexStale", "Issue",
    "IssueMeta", "Item", "NotFound", "QueryError", "SearchError", "update_index",
]


def __getattr__(name):
    # The index and query layers pull in Whoosh and jieba: load them only when asked for.
    if name == "update_index":
        from search.index.reindex import update_index
        return update_index
    if name in {"Archive", "Filters"}:
        from search.query import archive as query
        return getattr(query, name)
    raise AttributeError(name)
