"""The figures pages: `/figures` (a series' chart and table), `/api/figures` and `/figures.csv`, and
the figures of one item for its page. All read the records stored with the index
(`Archive.figures`), filtered as `jianbao figures` filters them, so the four show the same records.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, render_template, request, url_for
from markupsafe import Markup

from search import Figure, QueryError, SearchError, mark, series
from webapp.chart import charts, period_label, point_title
from webapp.search_request import headers_arg
from webapp.searcher import get_archive

bp = Blueprint("figures", __name__)

PARAMS = ("indicator", "from", "to")
MAX_PARAM = 100


def _filters(args) -> dict[str, str]:
    """The filters of the query string, validated (QueryError names what is wrong)."""
    out = {}
    for name in PARAMS:
        value = "".join(ch for ch in args.get(name, "") if ch.isprintable()).strip()
        if len(value) > MAX_PARAM:
            raise QueryError(f"{name} is {len(value)} characters long; at most {MAX_PARAM} are used",
                             code="too_long", param=name, value=len(value), limit=MAX_PARAM)
        if value:
            out[name] = value
    return out


def _records(filters: dict[str, str]) -> list[dict]:
    return get_archive().figures(filters.get("indicator"), filters.get("from"), filters.get("to"))


def source_url(rec: Figure) -> str:
    """The item a figure came from, its sentence highlighted (a derived month: the later item)."""
    params = {"hl": rec.text} if rec.text else {}
    return url_for("browse.item", item_id=rec.item, **params) + ("#hl" if params else "")


def row_view(rec) -> dict:
    """A figure (or its stored record) as a row of the figures table."""
    rec = Figure.from_dict(rec)
    return {
        "rec": rec,
        "period": period_label(rec.period),
        "value": "—" if rec.value is None else f"{rec.value:,.2f}",
        "unit": rec.unit or "",
        "yoy": "" if rec.yoy_pct is None else f"{rec.yoy_pct:+.2f}%",
        "share": "" if rec.share_pct is None else f"{rec.share_pct:.2f}%",
        "number": series.number,
        "url": source_url(rec),
        "title": point_title(rec),
        "issue": rec.issue or "",
    }


@bp.get("/figures")
def page():
    filters = _filters(request.args)
    records = _records(filters)
    groups = series.group(records)
    wanted = request.args.get("series", "").strip()[:20]
    chosen = next((g for g in groups if g.id == wanted), groups[0] if groups else None)
    query = urlencode(filters)
    options: dict[str, list] = {}
    for g in groups:
        options.setdefault(g.indicator, []).append(g)
    aliases = get_archive().figure_aliases().get(chosen.indicator, []) if chosen else []
    return render_template(
        "figures.html", filters=filters, groups=groups, options=options, chosen=chosen,
        missing=bool(wanted) and (chosen is None or chosen.id != wanted),
        chart=charts(chosen, source_url) if chosen else None,
        rows=[row_view(r) for r in chosen.records] if chosen else [],
        aliases=aliases, total=len(records),
        json_url=url_for("figures.api") + (f"?{query}" if query else ""),
        csv_url=url_for("figures.csv") + (f"?{query}" if query else ""),
        csv_zh_url=url_for("figures.csv") + "?" + urlencode({**filters, "headers": "zh"}))


@bp.get("/api/figures")
def api():
    return jsonify({"figures": _records(_filters(request.args))})


@bp.get("/figures.csv")
def csv():
    headers = headers_arg(request.args)
    return Response(series.to_csv(_records(_filters(request.args)), headers=headers), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=jianbao-figures.csv"})


def item_figures(item) -> list[dict]:
    """The printed figures of one item, for its page (empty for items that are not reports)."""
    try:
        records = get_archive().figures()
    except SearchError:  # figures of another version: the item page still shows the item
        return []
    return [row_view(r) for r in map(Figure.from_dict, records) if r.item == item.id and not r.derived]


def marked_paragraphs(body: str, sentence: str) -> list[Markup] | None:
    """The body's paragraphs, escaped, with `sentence` marked (`<mark id="hl">`); None if the body
    does not hold it. Spaces and line breaks inside the sentence may differ (PDF exports)."""
    spans = _loose(body, "".join(sentence.split()))
    if not spans:
        return None
    paragraphs, start = [], 0
    for line in body.split("\n") + [None]:
        if line is None:
            break
        end = start + len(line)
        if line.strip():
            html = mark(body, spans[:1], start, end)
            paragraphs.append(html)
        start = end + 1
    joined = "\n".join(paragraphs)
    joined = joined.replace("<mark>", '<mark id="hl" class="source">', 1)
    # mark (search.query.highlight) escapes the text and adds only <mark>: the one kind of HTML trusted here
    return [Markup(p) for p in joined.split("\n")]


def _loose(body: str, compact: str) -> list[tuple[int, int]]:
    """Where `compact` (no whitespace) occurs in `body` if whitespace in the body is skipped."""
    if not compact:
        return []
    chars = [(i, ch) for i, ch in enumerate(body) if not ch.isspace()]
    flat = "".join(ch for _, ch in chars)
    at = flat.find(compact)
    if at < 0:
        return []
    return [(chars[at][0], chars[at + len(compact) - 1][0] + 1)]
