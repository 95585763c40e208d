"""jianbao: search for the archive of 《数字贸易简报》.

parse (files -> Issues and Items) -> analyze (normalisation, jieba, character grams) -> index (Whoosh)
-> query (forgiving syntax, facets, snippets). The CLI and the web app sit on top and reach the
library through the names exported here.
"""
from search import runtime  # noqa: F401 - first: model runtimes loaded later find their telemetry off
from search import limits
from search.errors import (CorpusError, IndexBusy, IndexMissing, IndexStale, NotFound, QueryError,
                           SearchError)
from search.model import SECTIONS, Alias, Figure, Issue, IssueMeta, Item
from search.sheets import cell as spreadsheet_cell
from search.sheets import issue_cell as spreadsheet_issue

__all__ = [
    "SECTIONS", "Alias", "Archive", "Figure", "CorpusError", "Filters", "IndexBusy", "IndexMissing", "IndexStale", "Issue",
    "IssueMeta", "Item", "NotFound", "Original", "QueryError", "SearchError", "Series", "complete", "has_phrase",
    "limits", "loosen", "mark", "phrase", "series", "spreadsheet_cell", "spreadsheet_issue", "update_index", "wording",
    "Hit", "OrgView", "Page", "preload_pinyin",
]

# Name -> the module that holds it. The index and query layers pull in Whoosh and jieba: they are
# loaded only when asked for.
_LAZY = {
    "update_index": "search.index.reindex",
    "Archive": "search.query.archive",
    "Filters": "search.query.filters",
    "Original": "search.query.browse",
    "complete": "search.query.lexer",
    "has_phrase": "search.query.lexer",
    "loosen": "search.query.lexer",
    "phrase": "search.query.lexer",
    "mark": "search.query.highlight",
    "Series": "search.figures.series",
    "Hit": "search.query.page",
    "Page": "search.query.page",
    "OrgView": "search.query.links",
    "preload_pinyin": "search.query.suggest",
}



def __getattr__(name):
    if name == "series":  # the figures' time series: group, number, to_csv (the web's figures pages)
        from search.figures import series
        return series
    if name == "wording":  # errors in the users' words (the CLI and the web)
        from importlib import import_module
        return import_module("search.wording")
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)
