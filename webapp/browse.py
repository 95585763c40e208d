"""The browse blueprint: an item's page (`/items/<id>`), the archive by year (`/issues`), one issue
rebuilt (`/issues/<key>`) and the query syntax (`/help`).

Reads the library through `Archive` (item, issue, issues, mark); view models from viewmodels.py.
"""
from __future__ import annotations

import re
from itertools import groupby

from flask import Blueprint, render_template, request, url_for
from markupsafe import escape

from search import NotFound, QueryError, complete
from webapp import figures as figure_views
from webapp.files import download_name
from webapp.search_request import clean, found_by
from webapp.searcher import get_archive
from webapp.viewmodels import ISSUE_KEY_RE, entry_view, highlighted, issue_summary, item_name, item_url

bp = Blueprint("browse", __name__)

ID_RE = re.compile(r"[A-Za-z0-9_-]{1,128}")  # item ids are URL-safe by contract
HL_CHARS = 2000  # of a figure's source sentence (`?hl=`) marked on an item's page
RELATED = 5  # 相关报道 listed on an item's page


def item_or_404(item_id: str):
    if not ID_RE.fullmatch(item_id):
        raise NotFound("item", item_id[:60], hint="bad_id")
    return get_archive().item(item_id)


def issue_or_404(key: str):
    if not ISSUE_KEY_RE.fullmatch(key):
        raise NotFound("issue", key[:60], hint="bad_key")
    return get_archive().issue(key)


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


def _marked(body: str, query: str) -> str | None:
    """The body, escaped, with the query's matches marked; None if the query cannot mark it."""
    if not query:
        return None
    try:
        return get_archive().mark(body, complete(query))
    except QueryError:
        return None


@bp.get("/items/<item_id>")
def item(item_id: str):
    found = item_or_404(item_id)
    sreq = found_by(request.args)
    query = sreq.text if sreq else ""
    marked = _marked(found.body, query)
    body = marked if marked is not None else str(escape(found.body))
    paragraphs = [highlighted(p) for p in body.split("\n") if p.strip()]
    state = sreq.state if sreq else []
    if sreq:
        back_label = f"“{query}”的结果" if query else "筛选结果"
        back_url = sreq.url(page=sreq.page)
    else:
        back_label = back_url = None
    sentence = clean(request.args.get("hl", ""))[:HL_CHARS]  # a figure's source sentence (/figures)
    if sentence:
        paragraphs = figure_views.marked_paragraphs(found.body, sentence) or paragraphs
    return render_template(
        "item.html", item=found, query=query, paragraphs=paragraphs,
        title=item_name(found.title, found.section, found.body),
        figures=figure_views.item_figures(found),
        issue_url=url_for("browse.issue", key=found.issue.key) if found.issue.key else None,
        back_url=back_url, back_label=back_label, neighbours=_neighbours(found, state),
        file_url=url_for("files.original", name=found.file),
        download_name=download_name(found.file, found.issue.label if found.issue.key else None),
        orgs=[{"name": org, "url": url_for("orgs.org", name=org), "search_url": url_for("search.search", org=org)}
              for org in found.orgs],
        related=[entry_view(h) for h in get_archive().related(found.id, RELATED)],
        json_url=url_for("api.item", item_id=found.id))


@bp.get("/issues")
def issues():
    views = get_archive().issues()
    years = [{"year": year, "issues": [dict(issue_summary(v), url=url_for("browse.issue", key=v.meta.key) if v.meta.key else None)
                                       for v in group]}
             for year, group in groupby(views, key=lambda v: v.meta.year)]
    return render_template("issues.html", years=years, json_url=url_for("api.issues"))


def _title_key(title: str) -> str:
    """Contents lines and item titles differ in spacing and punctuation only."""
    return re.sub(r"\W", "", title)


@bp.get("/issues/<key>")
def issue(key: str):
    view = issue_or_404(key)
    anchors = {}
    for it in view.items:
        if it.title:
            anchors.setdefault(_title_key(it.title), f"item-{it.id}")
    toc = [{"section": section, "entries": [{"title": t, "anchor": anchors.get(_title_key(t))} for t in titles]}
           for section, titles in view.toc.items()]
    sections = [{"section": section, "items": [
                    {"item": it, "url": url_for("browse.item", item_id=it.id), "anchor": f"item-{it.id}",
                     "name": item_name(it.title, it.section, it.body),
                     "paragraphs": [p for p in it.body.split("\n") if p.strip()]} for it in group]}
                for section, group in groupby(view.items, key=lambda it: it.section)]
    return render_template("issue.html", view=view, toc=toc, sections=sections,
                           browse_url=url_for("search.search", issue=key),
                           file_url=url_for("files.original", name=view.file),
                           download_name=download_name(view.file, view.meta.label),
                           json_url=url_for("api.issue", key=key))


@bp.get("/help")
def help_page():
    return render_template("help.html")
