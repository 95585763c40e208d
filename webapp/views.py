"""Routes. Each HTML page and its JSON twin are built from the same request parsing and the same
library call; templates only loop over what is prepared here (facets carry count, selected and
toggle_url; chips carry their remove url).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from itertools import groupby
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, render_template, request, stream_with_context, url_for
from markupsafe import Markup, escape
from werkzeug.datastructures import MultiDict

from search import Filters, NotFound, QueryError, SearchError
from search.query.syntax import complete
from webapp import figures as figure_views
from webapp.files import download_name
from webapp.searcher import get_archive, get_stats

bp = Blueprint("web", __name__)

ID_RE = re.compile(r"[A-Za-z0-9_-]{1,128}")  # item ids are URL-safe by contract
ISSUE_KEY_RE = re.compile(r"\d{4}-\d{2}")
LIST_PARAMS = ("section", "source", "org", "issue")
ONE_PARAMS = ("from", "to")
SORTS = {"relevance": "相关度", "date": "日期"}
FACETS = (("section", "栏目"), ("issue", "期号"), ("year", "年份"), ("source", "来源"), ("org", "机构"))
PARAM_LABELS = {"section": "栏目", "source": "来源", "org": "机构", "issue": "期号",
                "from": "起", "to": "止"}
FACET_SHOWN = 8  # values shown before "更多"
MAX_VALUES = 20  # values of one filter parameter
UNTITLED_WORDS = 24  # characters of an untitled item's body that name it in a result list
BEIJING = timezone(timedelta(hours=8), "北京时间")  # the readers' time; China keeps no summer time


def highlighted(html: str) -> Markup:
    """The one place text is trusted as HTML: the library's highlighter output (snippets and marked
    item text), which escapes the text itself and adds only <mark> and </mark>."""
    return Markup(html)


def issue_label(key: str) -> str:
    """`2024-05` -> `2024年第5期`."""
    if ISSUE_KEY_RE.fullmatch(key or ""):
        year, number = key.split("-")
        return f"{year}年第{int(number)}期"
    return key


# --- the request -------------------------------------------------------------------------------

@dataclass
class SearchRequest:
    """A search as the user asked for it, validated; `params` rebuilds its URL (without the page)."""

    text: str
    filters: Filters
    page: int = 1
    per_page: int = 10
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

    def url(self, endpoint: str = "web.search", params=None, page: int = 1) -> str:
        params = list(self.params if params is None else params)
        if page > 1:
            params.append(("page", str(page)))
        base = url_for(endpoint)
        return f"{base}?{urlencode(params)}" if params else base

    def without(self, key: str, value: str | None = None) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self.params if not (k == key and (value is None or v == value))]

    def value(self, key: str) -> str | None:
        return next((v for k, v in self.params if k == key), None)


def _int_arg(args, name: str, default: int, low: int, high: int | None) -> int:
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


def _clean(text: str) -> str:
    """Control characters (NUL and the like) become spaces; surrounding space goes."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).strip()


def parse_search(args) -> SearchRequest:
    """Validate the query string of /search, /api/search and /search.csv. Raises QueryError."""
    text = _clean(args.get("q", ""))
    limit = current_app.config["MAX_QUERY_CHARS"]
    if len(text) > limit:
        raise QueryError(f"the query is {len(text)} characters long; at most {limit} are searched",
                         code="too_long", param="q", value=len(text), limit=limit)
    lists = {}
    for name in LIST_PARAMS:
        values = [_clean(v) for v in args.getlist(name)]
        values = list(dict.fromkeys(v for v in values if v))
        if len(values) > MAX_VALUES:
            raise QueryError(f"at most {MAX_VALUES} values of {name}", code="too_many_values", param=name,
                             value=len(values), limit=MAX_VALUES)
        lists[name] = values
    ones = {name: _clean(args.get(name, "")) or None for name in ONE_PARAMS}
    filters = Filters.from_args(lambda name: lists.get(name, []), lambda name, default=None: ones.get(name, default))
    page = _int_arg(args, "page", 1, 1, 100000)
    per_page = _int_arg(args, "per_page", 10, 1, current_app.config["MAX_PER_PAGE"])
    sort = args.get("sort", "").strip() or "relevance"
    if sort not in SORTS:
        raise QueryError(f"sort must be relevance or date, not {sort[:40]!r}", code="bad_choice",
                         param="sort", value=sort[:40], hint="relevance（相关度）或 date（日期）")
    params = [("q", text)] if text else []
    params += [(name, v) for name in LIST_PARAMS for v in lists[name]]
    params += [(name, v) for name, v in ones.items() if v]
    if sort != "relevance":
        params.append(("sort", sort))
    if per_page != 10:
        params.append(("per_page", str(per_page)))
    return SearchRequest(text, filters, page, per_page, sort, params, live=args.get("live") == "1")


def run_search(sreq: SearchRequest):
    """The library's Page for a request (the one call every search route makes)."""
    return get_archive().search(sreq.query, sreq.filters, page=sreq.page, per_page=sreq.per_page, sort=sreq.sort)


# --- what the templates loop over ---------------------------------------------------------------

def first_words(body: str, n: int = UNTITLED_WORDS) -> str:
    """The opening of a text, as a name for an untitled item (协会动态 paragraphs)."""
    text = re.sub(r"\s+", " ", body).strip()
    return text if len(text) <= n else text[:n].rstrip() + "…"


def item_name(title: str | None, section: str, text: str) -> str:
    """What names an item in a list or a link: its title, or for an untitled one (协会动态
    paragraphs) its section and first words."""
    return title or f"{section}：{first_words(text)}"


def item_url(item_id: str, state: list[tuple[str, str]]) -> str:
    """An item's page that remembers the search it was found by (its filters, sort and page)."""
    base = url_for("web.item", item_id=item_id)
    return f"{base}?{urlencode(state)}" if state else base


def hit_view(hit, sreq: SearchRequest) -> dict:
    title = item_name(hit.title, hit.section, hit.opening)
    return {
        "id": hit.id,
        "url": item_url(hit.id, sreq.state),
        "title": title,
        "untitled": not hit.title,
        "partial": bool(getattr(hit, "partial", False)),
        "section": hit.section,
        "section_url": sreq.url(params=[("section", hit.section)]),
        "source": hit.source,
        "date": hit.date,
        "issue_label": hit.issue.label,
        "issue_url": url_for("web.issue", key=hit.issue.key) if hit.issue.key else None,
        "snippet": highlighted(hit.snippet or ""),
    }


def facet_views(page, sreq: SearchRequest) -> list[dict]:
    """Each facet: its values with count, selected and toggle_url (multi-select; year sets from/to)."""
    groups = []
    year_from, year_to = sreq.value("from"), sreq.value("to")
    for key, label in FACETS:
        entries = []
        for fv in page.facets.get(key, []):
            if fv.value in (None, "", "None"):
                continue
            if key == "year":
                selected = year_from == fv.value and year_to == fv.value
                params = [(k, v) for k, v in sreq.params if k not in ("from", "to")]
                if not selected:
                    params += [("from", fv.value), ("to", fv.value)]
            else:
                selected = fv.selected or (key, fv.value) in sreq.params
                params = sreq.without(key, fv.value) if selected else sreq.params + [(key, fv.value)]
            entries.append({"key": key, "value": fv.value, "label": issue_label(fv.value) if key == "issue" else fv.value,
                            "count": fv.count, "selected": selected, "toggle_url": sreq.url(params=params)})
        if entries:
            shown = entries[:FACET_SHOWN] + [e for e in entries[FACET_SHOWN:] if e["selected"]]
            more = [e for e in entries[FACET_SHOWN:] if not e["selected"]]
            groups.append({"key": key, "label": label, "values": shown, "more": more})
    return groups


def chip_views(sreq: SearchRequest) -> list[dict]:
    """The selected filters, each with the url that removes it."""
    chips = []
    one_period = sreq.value("from") is not None and sreq.value("from") == sreq.value("to")
    for key, value in sreq.params:
        if one_period and key in ("from", "to"):
            if key == "from":  # from=2024&to=2024 (the year facet) is one chip
                params = [(k, v) for k, v in sreq.params if k not in ("from", "to")]
                chips.append({"label": f"日期：{value}", "remove_url": sreq.url(params=params), "params": params})
        elif key in PARAM_LABELS:
            shown = issue_label(value) if key == "issue" else value
            params = sreq.without(key, value)
            chips.append({"label": f"{PARAM_LABELS[key]}：{shown}", "remove_url": sreq.url(params=params),
                          "params": params})
    return chips


def pagination(page, sreq: SearchRequest) -> dict | None:
    if page.pages <= 1:
        return None
    current, last = page.page, page.pages
    numbers = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    links, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            links.append({"gap": True})
        links.append({"number": number, "url": sreq.url(page=number), "current": number == current})
        previous = number
    return {"links": links,
            "prev": sreq.url(page=current - 1) if current > 1 else None,
            "next": sreq.url(page=current + 1) if current < last else None}


def _finds(text: str, params: list[tuple[str, str]]) -> int:
    """How many items a search would find (0 if it is not a valid search)."""
    try:
        sreq = parse_search(MultiDict(params))
        if not sreq.text and not sreq.has_filters:
            return 0
        return get_archive().search(sreq.text, sreq.filters, per_page=1, sort="date").total
    except QueryError:
        return 0


def ways_out(page, sreq: SearchRequest, chips: list[dict]) -> list[dict]:
    """Ways out of an empty result, each tried first: only those that find something are offered.

    Candidates: drop one filter, drop every filter, the query's words one at a time (with the
    filters, then without), the query without its quotes or exclusions, the query as characters.
    """
    filters = [(k, v) for k, v in sreq.params if k != "q"]
    candidates = []  # (label, params)
    for chip in chips:
        candidates.append((f"去掉“{chip['label']}”", chip["params"]))
    if sreq.text and len(chips) > 1:
        candidates.append(("去掉所有筛选条件", [("q", sreq.text)]))
    elif sreq.text and chips:
        candidates.append(("不加筛选条件", [("q", sreq.text)]))
    if sreq.text:
        words = list(dict.fromkeys(w for w in page.segmentation if w.strip()))
        if len(words) > 1:
            for word in words:
                candidates.append((f"只搜“{word}”", [("q", word)] + filters))
            if filters:
                for word in words:
                    candidates.append((f"只搜“{word}”，不加筛选", [("q", word)]))
        looser = re.sub(r'(?<!\S)-\S+', " ", re.sub(r'["“”「」『』]', " ", sreq.text))
        looser = re.sub(r"\s+", " ", looser).strip()
        if looser and looser != sreq.text:
            candidates.append((f"放宽为 {looser}", [("q", looser)] + filters))
        if '"' not in sreq.text and "“" not in sreq.text:
            quoted = f'"{sreq.text}"'
            candidates.append((f"按字符原样匹配 {quoted}", [("q", quoted)] + filters))
    ways, seen = [], set()
    for label, params in candidates:
        key = tuple(params)
        if key in seen or len(ways) >= 6:
            continue
        seen.add(key)
        found = _finds(next((v for k, v in params if k == "q"), ""), params)
        if found:
            ways.append({"label": label, "count": found, "url": sreq.url(params=params)})
    return ways


def search_context(sreq: SearchRequest) -> dict:
    """Everything the results page shows; the JSON twin is `page.to_dict()` of the same search."""
    page = run_search(sreq)
    chips = chip_views(sreq)
    return {
        "sreq": sreq,
        "page": page,
        "hits": [hit_view(hit, sreq) for hit in page.hits],
        "facets": facet_views(page, sreq),
        "chips": chips,
        "clear_url": sreq.url(params=[("q", sreq.text)] if sreq.text else []),
        "sorts": [{"value": value, "label": label, "selected": value == sreq.sort,
                   "url": sreq.url(params=[p for p in sreq.without("sort")] + ([("sort", value)] if value != "relevance" else []))}
                  for value, label in SORTS.items()],
        "pagination": pagination(page, sreq),
        "ways_out": ways_out(page, sreq, chips) if not page.total else [],
        "json_url": sreq.url("web.api_search", page=sreq.page),
        "csv_url": sreq.url("web.search_csv"),
        "feed_url": sreq.url("feeds.search_atom"),
        "date_from": sreq.value("from") or "",
        "date_to": sreq.value("to") or "",
    }


def home_context() -> dict:
    archive = get_archive()
    stats = get_stats()
    issues = archive.issues()
    return {
        "latest": [{"label": view.meta.label, "date": view.meta.date, "count": _item_count(view),
                    "url": url_for("web.issue", key=view.meta.key) if view.meta.key else None}
                   for view in issues[:6]],
        "sections": [{"label": name, "count": count, "url": url_for("web.search", section=name)}
                     for name, count in stats.get("sections", {}).items()],
        "item_count": stats.get("items", archive.item_count),
        "issue_count": stats.get("issues", len(issues)),
        "examples": [{"q": q, "url": url_for("web.search", q=q)}
                     for q in ("服务外包", "服贸会", '"数字贸易"', "跨境电商 -日本", "数字经济 OR 人工智能")],
    }


@bp.app_template_filter("humantime")
def humantime(iso: str | None) -> str:
    """`2026-11-30T09:05:00+00:00` -> `2026年11月30日 17:05`, Beijing time; anything else unchanged."""
    try:
        moment = datetime.fromisoformat(iso or "")
    except ValueError:
        return iso or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone(BEIJING)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


@bp.app_context_processor
def site_footer():
    def site_stats():
        # The footer is on every page, error pages included: it must never fail one.
        try:
            return get_stats()
        except SearchError:  # no index, or an old one: the page itself says so
            return None
        except Exception:  # noqa: BLE001
            current_app.logger.exception("no stats for the footer")
            return None
    return {"site_stats": site_stats}


# --- routes -------------------------------------------------------------------------------------

@bp.get("/")
@bp.get("/search")
def search():
    sreq = parse_search(request.args)
    if not sreq.text and not sreq.has_filters:
        return render_template("home.html", sreq=sreq, **home_context())
    return render_template("search.html", **search_context(sreq))


@bp.get("/api/search")
def api_search():
    sreq = parse_search(request.args)
    if not sreq.text and not sreq.has_filters:
        raise QueryError("no query: give q or a filter", code="missing_query", param="q")
    return jsonify(run_search(sreq).to_dict())


CSV_COLUMNS = ("id", "title", "section", "source", "date", "issue", "issue_date", "orgs", "score", "url")


def _csv_cell(value) -> str:
    """Text as a spreadsheet shows it: never a formula (a cell starting with = + - @ is quoted)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.get("/search.csv")
def search_csv():
    """Every hit of a search as CSV, streamed row by row, at most CSV_LIMIT rows (default 10,000).

    `X-Total-Count` gives the number of hits, `X-Truncated: true` says the cap cut the export.
    """
    sreq = parse_search(request.args)
    if not sreq.text and not sreq.has_filters:
        raise QueryError("no query: give q or a filter", code="missing_query", param="q")
    limit = current_app.config["CSV_LIMIT"]
    total, hits = get_archive().export(sreq.text, sreq.filters, sort=sreq.sort, limit=limit)
    item_url = url_for("web.item", item_id="ITEM", _external=True)

    def rows():
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        yield "\ufeff" + out.getvalue()  # a BOM, so that spreadsheet programs read UTF-8
        for hit in hits:
            out.seek(0)
            out.truncate()
            writer.writerow([_csv_cell(v) for v in (
                hit.id, hit.title, hit.section, hit.source, hit.date, hit.issue.key, hit.issue.date,
                "；".join(hit.orgs), f"{hit.score:.3f}" if hit.score is not None else "",
                item_url.replace("ITEM", hit.id))])
            yield out.getvalue()

    return Response(stream_with_context(rows()), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=jianbao-search.csv",
                             "X-Total-Count": str(total), "X-Truncated": str(total > limit).lower()})


def _item_or_404(item_id: str):
    if not ID_RE.fullmatch(item_id):
        raise NotFound("item", item_id[:60], hint="bad_id")
    return get_archive().item(item_id)


def _found_by(args) -> SearchRequest | None:
    """The search an item page was reached from (carried in its query string), if any and valid."""
    try:
        sreq = parse_search(args)
    except QueryError:
        return None
    return sreq if sreq.text or sreq.has_filters else None


def _neighbours(found, state: list[tuple[str, str]]) -> dict:
    """The items before and after this one in its issue, with the same search remembered."""
    if not found.issue.key:
        return {}
    try:
        items = get_archive().issue(found.issue.key).items
    except NotFound:
        return {}
    ids = [it.id for it in items]
    if found.id not in ids:
        return {}
    at = ids.index(found.id)
    out = {}
    for name, idx in (("prev", at - 1), ("next", at + 1)):
        if 0 <= idx < len(items):
            it = items[idx]
            out[name] = {"url": item_url(it.id, state),
                         "title": item_name(it.title, it.section, it.body)}
    return out


@bp.get("/items/<item_id>")
def item(item_id: str):
    found = _item_or_404(item_id)
    sreq = _found_by(request.args)
    query = sreq.text if sreq else ""
    marked = None
    if query:
        try:
            marked = get_archive().mark(found.body, complete(query))
        except QueryError:
            marked = None
    body = marked if marked is not None else str(escape(found.body))
    paragraphs = [highlighted(p) for p in body.split("\n") if p.strip()]
    state = sreq.state if sreq else []
    if sreq:
        back_label = f"“{query}”的结果" if query else "筛选结果"
        back_url = sreq.url(page=sreq.page)
    else:
        back_label = back_url = None
    sentence = _clean(request.args.get("hl", ""))[:2000]  # a figure's source sentence (/figures)
    if sentence:
        paragraphs = figure_views.marked_paragraphs(found.body, sentence) or paragraphs
    return render_template(
        "item.html", item=found, query=query, paragraphs=paragraphs,
        title=item_name(found.title, found.section, found.body),
        figures=figure_views.item_figures(found),
        issue_url=url_for("web.issue", key=found.issue.key) if found.issue.key else None,
        back_url=back_url, back_label=back_label, neighbours=_neighbours(found, state),
        file_url=url_for("files.original", name=found.file),
        download_name=download_name(found.file, found.issue.label if found.issue.key else None),
        orgs=[{"name": org, "url": url_for("web.search", org=org)} for org in found.orgs],
        json_url=url_for("web.api_item", item_id=found.id))


@bp.get("/api/items/<item_id>")
def api_item(item_id: str):
    return jsonify(_item_or_404(item_id).to_dict())


def _item_count(view) -> int:
    """`issues()` leaves items unloaded and counts them in `item_count`; `issue()` loads them."""
    return len(view.items) or getattr(view, "item_count", 0)


def _issue_summary(view) -> dict:
    return {"key": view.meta.key, "label": view.meta.label, "issue": view.meta.to_dict(),
            "file": view.file, "items": _item_count(view)}


@bp.get("/issues")
def issues():
    views = get_archive().issues()
    years = [{"year": year, "issues": [dict(_issue_summary(v), url=url_for("web.issue", key=v.meta.key) if v.meta.key else None)
                                       for v in group]}
             for year, group in groupby(views, key=lambda v: v.meta.year)]
    return render_template("issues.html", years=years, json_url=url_for("web.api_issues"))


@bp.get("/api/issues")
def api_issues():
    return jsonify({"issues": [_issue_summary(v) for v in get_archive().issues()]})


def _issue_or_404(key: str):
    if not ISSUE_KEY_RE.fullmatch(key):
        raise NotFound("issue", key[:60], hint="bad_key")
    return get_archive().issue(key)


def _title_key(title: str) -> str:
    """Contents lines and item titles differ in spacing and punctuation only."""
    return re.sub(r"\W", "", title)


@bp.get("/issues/<key>")
def issue(key: str):
    view = _issue_or_404(key)
    anchors = {}
    for it in view.items:
        if it.title:
            anchors.setdefault(_title_key(it.title), f"item-{it.id}")
    toc = [{"section": section, "entries": [{"title": t, "anchor": anchors.get(_title_key(t))} for t in titles]}
           for section, titles in view.toc.items()]
    sections = [{"section": section, "items": [
                    {"item": it, "url": url_for("web.item", item_id=it.id), "anchor": f"item-{it.id}",
                     "name": item_name(it.title, it.section, it.body),
                     "paragraphs": [p for p in it.body.split("\n") if p.strip()]} for it in group]}
                for section, group in groupby(view.items, key=lambda it: it.section)]
    return render_template("issue.html", view=view, toc=toc, sections=sections,
                           browse_url=url_for("web.search", issue=key),
                           file_url=url_for("files.original", name=view.file),
                           download_name=download_name(view.file, view.meta.label),
                           json_url=url_for("web.api_issue", key=key))


@bp.get("/api/issues/<key>")
def api_issue(key: str):
    view = _issue_or_404(key)
    return jsonify(dict(_issue_summary(view), header=list(view.header), toc=view.toc,
                        items=[it.to_dict() for it in view.items]))


@bp.get("/api/stats")
def api_stats():
    return jsonify(get_stats())


@bp.get("/help")
def help_page():
    return render_template("help.html")


@bp.get("/healthz")
def healthz():
    archive = get_archive()
    return jsonify({"status": "ok", "items": archive.item_count, "indexed_at": archive.indexed_at})
