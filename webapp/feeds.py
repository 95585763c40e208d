"""Atom feeds: every search's newest items (`/search.atom?<the search's parameters>`).

A member company follows its name (`/search.atom?q=大连华信`) and its feed reader shows each new
issue that mentions it. The feed is the search sorted by date, newest first, built with ElementTree
(text is escaped by the serialiser, never by hand).
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from flask import Blueprint, Response, request, url_for

from webapp.search_request import require_search
from webapp.searcher import get_archive
from webapp.viewmodels import item_name

bp = Blueprint("feeds", __name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 20
AUTHOR = "大连市数字贸易协会"


def rfc3339(day: str | None) -> str | None:
    """`2024-05-10` (or a full ISO time) -> an Atom date; Beijing midnight for a bare day."""
    if not day:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return f"{day}T00:00:00+08:00"
    return day


def _plain(snippet_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", snippet_html or ""))


def _sub(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


@bp.get("/search.atom")
def search_atom():
    sreq = require_search(request.args)
    archive = get_archive()
    page = archive.search(sreq.text, sreq.filters, page=1, per_page=FEED_SIZE, sort="date")
    params = [(k, v) for k, v in sreq.params if k != "sort"]
    feed_url = sreq.url("feeds.search_atom", params=params)
    page_url = sreq.url(params=params + [("sort", "date")])
    root = request.host_url.rstrip("/")

    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "zh-CN"})
    _sub(feed, "id", root + feed_url)
    _sub(feed, "title", f"简报检索：{sreq.text or '筛选'}" + "".join(f" {k}={v}" for k, v in params if k != "q"))
    # An entry's date is the date its item reports, else its issue's; entries newest first by it
    # (the search's date order is by issue, and within an issue by place).
    dated = sorted(((rfc3339(h.date or h.issue.date), h) for h in page.hits), key=lambda pair: pair[0] or "",
                   reverse=True)
    dates = [d for d, _ in dated]
    _sub(feed, "updated", max([d for d in dates if d], default=None) or archive.indexed_at or "1970-01-01T00:00:00Z")
    _sub(feed, "link", rel="self", type="application/atom+xml", href=root + feed_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=root + page_url)
    author = _sub(feed, "author")
    _sub(author, "name", AUTHOR)
    _sub(feed, "generator", "jianbao")
    for updated, hit in dated:
        entry = _sub(feed, "entry")
        url = root + url_for("browse.item", item_id=hit.id)
        _sub(entry, "id", url)
        _sub(entry, "title", item_name(hit.title, hit.section, hit.opening))
        _sub(entry, "updated", updated or archive.indexed_at or "1970-01-01T00:00:00Z")
        _sub(entry, "link", rel="alternate", type="text/html", href=url)
        _sub(entry, "category", term=hit.section)
        summary = _plain(hit.snippet)
        if summary:
            _sub(entry, "summary", summary)
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return Response('<?xml version="1.0" encoding="utf-8"?>\n' + body,
                    content_type="application/atom+xml; charset=utf-8")
