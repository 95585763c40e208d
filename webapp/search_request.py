"""The request object: a search's query string (`/search`, `/api/search`, `/search.csv`, feeds)
parsed and validated into a SearchRequest, which also rebuilds the search's URLs.

The web's first step: request args -> SearchRequest -> the library's Archive.search.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from flask import current_app, url_for

from search import Filters, QueryError, complete, limits

LIST_PARAMS = ("section", "source", "org", "issue", "year")
ONE_PARAMS = ("from", "to")
SORTS = {"relevance": "相关度", "date": "日期"}
MAX_VALUES = 20  # values of one filter parameter


@dataclass
class SearchRequest:
    """A search as the user asked for it, validated; `params` rebuilds its URL (without the page)."""

    text: str
    filters: Filters
    page: int = 1
    per_page: int = limits.PER_PAGE
    sort: str = "relevance"
    params: list[tuple[str, str]] = field(default_factory=list)
    live: bool = False  # typed so far (search-as-you-type): searched as `complete(text)`

    @property
    def query(self) -> str:
        """What is searched: the text, or while typing the text made whole (an open quote closed)."""
        return complete(self.text) if self.live else self.text

    @property
    def state(self) -> list[tuple[str, str]]:
        """The parameters that bring this very page back: the search's and its page number."""
        return self.params + ([("page", str(self.page))] if self.page > 1 else [])

    @property
    def has_filters(self) -> bool:
        return any(key != "q" and key not in ("sort", "per_page") for key, _ in self.params)

    def url(self, endpoint: str = "search.search", params=None, page: int = 1) -> str:
        params = list(self.params if params is None else params)
        if page > 1:
            params.append(("page", str(page)))
        base = url_for(endpoint)
        return f"{base}?{urlencode(params)}" if params else base

    def without(self, key: str, value: str | None = None) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self.params if not (k == key and (value is None or v == value))]

    def value(self, key: str) -> str | None:
        return next((v for k, v in self.params if k == key), None)


def int_arg(args, name: str, default: int, low: int, high: int | None) -> int:
    """A whole-number parameter within [low, high]; QueryError naming it otherwise."""
    raw = args.get(name, "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit():
        raise QueryError(f"{name} must be a whole number, not {raw[:40]!r}", code="not_integer",
                         param=name, value=raw[:40])
    number = int(raw)
    if number < low or (high is not None and number > high):
        span = f"{low} 到 {high}" if high is not None else f"不小于 {low}"
        raise QueryError(f"{name} must be from {low} to {high}, not {number}", code="out_of_range",
                         param=name, value=number, hint=span, limit=high)
    return number


def clean(text: str) -> str:
    """Control characters (NUL and the like) become spaces; surrounding space goes."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).strip()


def query_chars() -> int:
    """The longest query the web accepts: the library's limit, or lower by configuration."""
    return min(current_app.config["MAX_QUERY_CHARS"], limits.QUERY_CHARS)


def parse_search(args) -> SearchRequest:
    """Validate the query string of /search, /api/search and /search.csv. Raises QueryError."""
    text = clean(args.get("q", ""))
    limit = query_chars()
    if len(text) > limit:
        raise QueryError(f"the query is {len(text)} characters long; at most {limit} are searched",
                         code="too_long", param="q", value=len(text), limit=limit)
    lists = {}
    for name in LIST_PARAMS:
        values = [clean(v) for v in args.getlist(name)]
        values = list(dict.fromkeys(v for v in values if v))
        if len(values) > MAX_VALUES:
            raise QueryError(f"at most {MAX_VALUES} values of {name}", code="too_many_values", param=name,
                             value=len(values), limit=MAX_VALUES)
        lists[name] = values
    ones = {name: clean(args.get(name, "")) or None for name in ONE_PARAMS}
    filters = Filters.from_args(lambda name: lists.get(name, []), lambda name, default=None: ones.get(name, default))
    page = int_arg(args, "page", 1, 1, 100000)
    per_page = int_arg(args, "per_page", limits.PER_PAGE, 1, current_app.config["MAX_PER_PAGE"])
    sort = args.get("sort", "").strip() or "relevance"
    if sort not in SORTS:
        raise QueryError(f"sort must be relevance or date, not {sort[:40]!r}", code="bad_choice",
                         param="sort", value=sort[:40], hint="relevance（相关度）或 date（日期）")
    params = [("q", text)] if text else []
    params += [(name, v) for name in LIST_PARAMS for v in lists[name]]
    params += [(name, v) for name, v in ones.items() if v]
    if sort != "relevance":
        params.append(("sort", sort))
    if per_page != limits.PER_PAGE:
        params.append(("per_page", str(per_page)))
    return SearchRequest(text, filters, page, per_page, sort, params, live=args.get("live") == "1")


def headers_arg(args) -> str:
    """A CSV export's header row: `en` (the field names, the default) or `zh` (in Chinese)."""
    value = args.get("headers", "").strip() or "en"
    if value not in ("en", "zh"):
        raise QueryError(f"headers must be en or zh, not {value[:40]!r}", code="bad_choice", param="headers",
                         value=value[:40], hint="en（字段名）或 zh（中文表头）")
    return value


def require_search(args) -> SearchRequest:
    """`parse_search`, and a query or a filter is required (the API, the CSV export, the feeds)."""
    sreq = parse_search(args)
    if not sreq.text and not sreq.has_filters:
        raise QueryError("no query: give q or a filter", code="missing_query", param="q")
    return sreq


def found_by(args) -> SearchRequest | None:
    """The search an item page was reached from (carried in its query string), if any and valid."""
    try:
        sreq = parse_search(args)
    except QueryError:
        return None
    return sreq if sreq.text or sreq.has_filters else None
