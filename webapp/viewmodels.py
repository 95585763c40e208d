"""View models: what the templates (and the feeds) loop over, made from the library's results.

Between the request object and the blueprints: a hit as a result list shows it, facets carrying
count, selected and toggle_url, chips carrying their remove url, pagination, the ways out of an
empty result. Templates only loop; nothing here reads the request.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import datetime, timedelta, timezone
from urllib.parse import quote_plus, urlencode

from flask import current_app, request, session, url_for
from markupsafe import Markup, escape
from werkzeug.datastructures import MultiDict

from search import IssueMeta, QueryError, SearchError, has_phrase, loosen, phrase
from webapp.search_request import SORTS, SearchRequest, parse_search
from webapp.searcher import get_archive, get_stats

FACETS = (("section", "栏目"), ("issue", "期号"), ("year", "年份"), ("source", "来源"), ("org", "机构"))
PARAM_LABELS = {"section": "栏目", "source": "来源", "org": "机构", "issue": "期号", "year": "年份",
                "from": "起", "to": "止"}
FACET_SHOWN = 8  # values shown before "更多"
UNTITLED_WORDS = 24  # characters of an untitled item's body that name it in a result list
WAYS_OUT = 6  # ways out of an empty result, at most
ISSUE_KEY_RE = re.compile(r"(\d{4})-(\d{2})")  # an issue key (facet value, URL): 2024-05
BEIJING = timezone(timedelta(hours=8), "北京时间")  # the readers' time; China keeps no summer time


def highlighted(html: str) -> Markup:
    """The one place text is trusted as HTML: the library's highlighter output (snippets and marked
    item text), which escapes the text itself and adds only <mark> and </mark>."""
    return Markup(html)


def issue_label(key: str) -> str:
    """An issue facet value as people name the issue (`2024-05` -> `2024年第5期`); else unchanged."""
    m = ISSUE_KEY_RE.fullmatch(key or "")
    if m:
        return IssueMeta(int(m[1]), int(m[2]), None, None).label
    return key


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
    base = url_for("browse.item", item_id=item_id)
    return f"{base}?{urlencode(state)}" if state else base


def hit_view(hit, sreq: SearchRequest, state: list[tuple[str, str]] | None = None) -> dict:
    """A hit as the result list shows it; its link carries `state` (the search's, by default)."""
    title_html = hit.title_html
    return {
        "id": hit.id,
        "url": item_url(hit.id, sreq.state if state is None else state),
        # The title marked as the snippet is (escaped by the highlighter); an untitled item's name plain.
        "title": highlighted(title_html) if hit.title and title_html else item_name(hit.title, hit.section, hit.opening),
        "untitled": not hit.title,
        "partial": hit.partial,
        "missing": hit.missing,
        "section": hit.section,
        "section_url": sreq.url(params=[("section", hit.section)]),
        "source": hit.source,
        "date": hit.date,
        "issue_label": hit.issue.label,
        "issue_url": url_for("browse.issue", key=hit.issue.key) if hit.issue.key else None,
        "snippet": highlighted(hit.snippet or ""),
    }


def entry_view(hit) -> dict:
    """A hit in a plain list (an organisation's page, 相关报道), linked without a search."""
    return {"id": hit.id, "url": url_for("browse.item", item_id=hit.id),
            "title": item_name(hit.title, hit.section, hit.opening), "untitled": not hit.title,
            "section": hit.section, "date": hit.date, "issue_label": hit.issue.label,
            "issue_url": url_for("browse.issue", key=hit.issue.key) if hit.issue.key else None,
            "snippet": highlighted(hit.snippet or "")}


def facet_note(page) -> str | None:
    """What the facets' numbers count, when the result list holds partial matches too."""
    partial = page.partial_total
    if not partial:
        return None
    if page.facets_counts == "partial":
        return "数字是部分匹配的条数（没有完整匹配）"
    return f"数字是完整匹配的条数，不含 {partial} 条部分匹配"


def correction_views(page, sreq: SearchRequest) -> dict:
    """Did you mean: a corrected query to try (您是不是要找), or the one searched instead of a query
    that found nothing, with the way back to exactly what was typed (correct=0)."""
    suggest = page.suggest
    if not suggest or suggest == sreq.text:
        return {}
    others = [(k, v) for k, v in sreq.params if k not in ("q", "correct")]
    if page.corrected:
        return {"corrected": {"text": suggest, "typed": sreq.text,
                              "typed_url": sreq.url(params=[("q", sreq.text)] + others + [("correct", "0")])}}
    return {"suggest": {"text": suggest, "url": sreq.url(params=[("q", suggest)] + others)}}


def _one_year(sreq: SearchRequest) -> str | None:
    """The year of an older URL's `from=2024&to=2024` (the year facet before it took `year=`)."""
    start, end = sreq.value("from"), sreq.value("to")
    return start if start and start == end and re.fullmatch(r"\d{4}", start) else None


def _toggle(key: str, value: str, selected: bool, sreq: SearchRequest) -> list[tuple[str, str]]:
    """The parameters of the search with `value` of facet `key` switched on or off."""
    if not selected:
        return sreq.params + [(key, value)]
    params = sreq.without(key, value)
    if key == "year" and _one_year(sreq) == value:  # chosen the older way: from=2024&to=2024
        params = [(k, v) for k, v in params if k not in ("from", "to")]
    return params


def facet_views(page, sreq: SearchRequest) -> list[dict]:
    """Each facet: its values with count, selected and toggle_url. Every facet is multi-select,
    the year too (`year=2023&year=2024`: either year), as a filter given twice means either value."""
    groups = []
    old_year = _one_year(sreq)
    # A value switched on adds one parameter to the search's own URL: that URL is built once, not
    # once a value (a common query at 10,000 items has a thousand values: issue 19).
    here = sreq.url()
    join = "&" if sreq.params else "?"
    for key, label in FACETS:
        entries = []
        for fv in page.facets.get(key, []):
            if fv.value in (None, "", "None"):
                continue
            selected = fv.selected or (key, fv.value) in sreq.params or (key == "year" and fv.value == old_year)
            entries.append({"key": key, "value": fv.value, "label": issue_label(fv.value) if key == "issue" else fv.value,
                            "count": fv.count, "selected": selected,
                            "toggle_url": (sreq.url(params=_toggle(key, fv.value, selected, sreq)) if selected
                                           else f"{here}{join}{key}={quoted(fv.value)}"),
                            "page_url": org_url(fv.value) if key == "org" else None})
        if entries:
            shown = entries[:FACET_SHOWN] + [e for e in entries[FACET_SHOWN:] if e["selected"]]
            more = [e for e in entries[FACET_SHOWN:] if not e["selected"]]
            groups.append({"key": key, "label": label, "values": shown, "more": more, "more_html": more_html(key, more)})
    return groups


def more_html(key: str, entries: list[dict]) -> Markup:
    """The items of a facet's 更多 list, as search.html wrote them in a loop: made here, because a
    common query at 10,000 items lists a thousand values (every issue, every organisation), and
    Jinja's loop cost 40 ms a page where this costs a few (issue 19)."""
    e = escape
    out = []
    for v in entries:
        label = e(v["label"])
        org = (f'<a class="org-page" href="{e(v["page_url"])}" title="{label} 的机构页"><span aria-hidden="true">›</span>'
               f'<span class="visually-hidden">{label} 的机构页</span></a>' if v["page_url"] else "")
        out.append(f'<li><a class="swap" href="{e(v["toggle_url"])}" role="button" aria-pressed="false" '
                   f'data-focus="{e(key)}={e(v["value"])}"><span class="check" aria-hidden="true">☐</span> '
                   f'<span class="value">{label}</span> <span class="count">{e(v["count"])}</span></a>{org}</li>')
    return Markup("".join(out))


@lru_cache(maxsize=50000)
def quoted(value: str) -> str:
    """A facet value as urlencode writes it (a value is written on every page that lists it)."""
    return quote_plus(value)


def org_url(name: str) -> str:
    """url_for("orgs.org", name=name), remembered per site root (a facet lists hundreds of them)."""
    return _org_url(request.script_root, name)


@lru_cache(maxsize=20000)
def _org_url(root: str, name: str) -> str:
    return url_for("orgs.org", name=name)


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


def _finds(params: list[tuple[str, str]]) -> int:
    """How many items a search would find (0 if it is not a valid search)."""
    try:
        sreq = parse_search(MultiDict(params))
        if not sreq.text and not sreq.has_filters:
            return 0
        page = get_archive().search(sreq.text, sreq.filters, per_page=1, sort="date")
        return page.total + page.partial_total  # partial matches count: the way out finds them
    except QueryError:
        return 0


def _candidates(page, sreq: SearchRequest, chips: list[dict]) -> list[tuple[str, list]]:
    """The ways out of an empty result worth trying, as (label, params)."""
    filters = [(k, v) for k, v in sreq.params if k != "q"]
    candidates = [(f"去掉“{chip['label']}”", chip["params"]) for chip in chips]
    if sreq.text and len(chips) > 1:
        candidates.append(("去掉所有筛选条件", [("q", sreq.text)]))
    elif sreq.text and chips:
        candidates.append(("不加筛选条件", [("q", sreq.text)]))
    if not sreq.text:
        return candidates
    words = list(dict.fromkeys(w for w in page.segmentation if w.strip()))
    if len(words) > 1:
        for word in words:
            candidates.append((f"只搜“{word}”", [("q", word)] + filters))
        if filters:
            for word in words:
                candidates.append((f"只搜“{word}”，不加筛选", [("q", word)]))
    looser = loosen(sreq.text)
    if looser and looser != sreq.text:
        candidates.append((f"放宽为 {looser}", [("q", looser)] + filters))
    if not has_phrase(sreq.text):
        quoted = phrase(sreq.text)
        candidates.append((f"按字符原样匹配 {quoted}", [("q", quoted)] + filters))
    return candidates


def ways_out(page, sreq: SearchRequest, chips: list[dict]) -> list[dict]:
    """Ways out of an empty result, each tried first: only those that find something are offered.

    Candidates: drop one filter, drop every filter, the query's words one at a time (with the
    filters, then without), the query without its quotes or exclusions, the query as characters.
    """
    ways, seen = [], set()
    for label, params in _candidates(page, sreq, chips):
        key = tuple(params)
        if key in seen or len(ways) >= WAYS_OUT:
            continue
        seen.add(key)
        found = _finds(params)
        if found:
            ways.append({"label": label, "count": found, "url": sreq.url(params=params)})
    return ways


def _within(sreq: SearchRequest):
    """The page asked for, or the last one when it is past the end (an old link): (sreq, page, the
    page number asked for if it was not there). The API refuses such a page instead."""
    try:
        return sreq, run_search(sreq), None
    except QueryError as exc:
        if exc.code != "past_last_page":
            raise
        return replace(sreq, page=exc.limit), run_search(replace(sreq, page=exc.limit)), sreq.page


def search_context(sreq: SearchRequest, typing: bool = False) -> dict:
    """Everything the results page shows; the JSON twin is `page.to_dict()` of the same search.
    `typing`: the query is still being typed (live=1), so how it was completed goes unsaid."""
    sreq, page, past_end = _within(sreq)
    chips = chip_views(sreq)
    # Hits of a corrected query lead to items marked with the correction, and back to its results.
    state = [("q", page.suggest) if k == "q" else (k, v) for k, v in sreq.state] if page.corrected else None
    return {
        "sreq": sreq,
        "past_end": past_end,
        "read_as": sreq.query if sreq.query != sreq.text and not typing else None,
        "page": page,
        "shown_query": page.suggest if page.corrected else sreq.text,
        "hits": [hit_view(hit, sreq, state) for hit in page.hits],
        "facets": facet_views(page, sreq),
        "chips": chips,
        "clear_url": sreq.url(params=[("q", sreq.text)] if sreq.text else []),
        "sorts": [{"value": value, "label": label, "selected": value == sreq.sort,
                   "url": sreq.url(params=list(sreq.without("sort")) + ([("sort", value)] if value != "relevance" else []))}
                  for value, label in SORTS.items()],
        "pagination": pagination(page, sreq),
        "ways_out": ways_out(page, sreq, chips) if not page.hits else [],
        "facet_note": facet_note(page),
        "partial_total": page.partial_total,
        **correction_views(page, sreq),
        "json_url": sreq.url("api.search", page=sreq.page),
        "csv_url": sreq.url("search.csv_export"),
        "csv_zh_url": sreq.url("search.csv_export", params=sreq.params + [("headers", "zh")]),
        "feed_url": sreq.url("feeds.search_atom"),
        "subscribe_url": sreq.url("feeds.subscribe"),
        "date_from": sreq.value("from") or "",
        "date_to": sreq.value("to") or "",
    }


def run_search(sreq: SearchRequest):
    """The library's Page for a request (the one call every search route makes)."""
    return get_archive().search(sreq.query, sreq.filters, page=sreq.page, per_page=sreq.per_page, sort=sreq.sort,
                                correct=sreq.correct)


def item_count(view) -> int:
    """`issues()` leaves items unloaded and counts them in `item_count`; `issue()` loads them."""
    return len(view.items) or getattr(view, "item_count", 0)


def issue_summary(view) -> dict:
    return {"key": view.meta.key, "label": view.meta.label, "issue": view.meta.to_dict(),
            "file": view.file, "items": item_count(view)}


def home_context() -> dict:
    archive = get_archive()
    stats = get_stats()
    issues = archive.issues()
    return {
        "latest": [{"label": view.meta.label, "date": view.meta.date, "count": item_count(view),
                    "url": url_for("browse.issue", key=view.meta.key) if view.meta.key else None}
                   for view in issues[:6]],
        "sections": [{"label": name, "count": count, "url": url_for("search.search", section=name)}
                     for name, count in stats.get("sections", {}).items()],
        "item_count": stats.get("items", archive.item_count),
        "issue_count": stats.get("issues", len(issues)),
        "examples": [{"q": q, "url": url_for("search.search", q=q)}
                     for q in ("服务外包", "服贸会", '"数字贸易"', "跨境电商 -日本", "数字经济 OR 人工智能")],
    }


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


def site_footer() -> dict:
    def site_stats():
        # The footer is on every page, error pages included: it must never fail one.
        if current_app.config.get("PRIVATE") and not session.get("user"):
            return None  # a members-only archive tells a stranger nothing of what it holds
        try:
            return get_stats()
        except SearchError:  # no index, or an old one: the page itself says so
            return None
        except Exception:  # noqa: BLE001
            current_app.logger.exception("no stats for the footer")
            return None
    return {"site_stats": site_stats}


def init_app(app) -> None:
    """What every template may use: the `humantime` filter and the footer's stats."""
    app.add_template_filter(humantime, "humantime")
    app.context_processor(site_footer)
