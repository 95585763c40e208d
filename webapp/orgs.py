"""The organisations blueprint: an organisation's page (`/orgs/<name>`), with its names and the
items naming it over time, newest first; its Atom feed (`/orgs/<name>.atom`), the page its 订阅
link leads to (`/orgs/<name>/subscribe`) and its JSON twin (`/api/orgs/<name>`).

A member company wants to know when the briefing mentions it: its page, and its feed in a reader.
Reads the library through `Archive.org`; an unknown name is a NotFound (404), never a 500.
"""
from __future__ import annotations

from itertools import groupby

from flask import Blueprint, jsonify, redirect, render_template, url_for

from search import NotFound
from webapp import feeds
from webapp.search_request import clean
from webapp.searcher import get_archive
from webapp.viewmodels import entry_view

bp = Blueprint("orgs", __name__)

NAME_CHARS = 100  # an organisation's name, at most
ORG_ITEMS = 200  # items listed on an organisation's page, the newest


def org_or_404(name: str, limit: int | None = None):
    """The organisation of that name (any of its names) with its `limit` newest items, or NotFound."""
    name = clean(name)
    if not name or len(name) > NAME_CHARS:
        raise NotFound("organisation", name[:60], hint="bad_name")
    return get_archive().org(name, limit)


@bp.get("/orgs/<name>")
def org(name: str):
    view = org_or_404(name, ORG_ITEMS)
    if view.name != clean(name):  # another of its names (WTO, 世贸组织): one page per organisation
        return redirect(url_for("orgs.org", name=view.name))
    # Newest first by the date each item reports (else its issue's), as the feed: grouped by year.
    years = [{"year": year or "年份不详", "items": [entry_view(hit) for _, hit in group]}
             for year, group in groupby(feeds.dated(view.items), key=lambda pair: (pair[0] or "")[:4])]
    return render_template("org.html", org=view, years=years, count=view.total, shown=len(view.items),
                           others=[n for n in view.names if n != view.name],
                           search_url=url_for("search.search", org=view.name),
                           feed_url=url_for("orgs.org_atom", name=view.name),
                           feed_title=f"订阅简报中的{view.name}（Atom）",
                           subscribe_url=url_for("orgs.org_subscribe", name=view.name),
                           json_url=url_for("orgs.org_json", name=view.name))


@bp.get("/orgs/<name>.atom")
def org_atom(name: str):
    view = org_or_404(name, feeds.FEED_SIZE)
    return feeds.atom(url_for("orgs.org_atom", name=view.name), url_for("orgs.org", name=view.name),
                      f"简报中的{view.name}", feeds.dated(view.items), get_archive().indexed_at)


@bp.get("/orgs/<name>/subscribe")
def org_subscribe(name: str):
    view = org_or_404(name, feeds.FEED_SIZE)
    return feeds.subscribe_page(url_for("orgs.org_atom", name=view.name), feeds.dated(view.items),
                                subject=view.name, org=view.name, search_url=url_for("orgs.org", name=view.name))


@bp.get("/api/orgs/<name>")
def org_json(name: str):
    return jsonify(org_or_404(name, ORG_ITEMS).to_dict())
