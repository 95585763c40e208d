"""Atom feeds: every search's newest items (`/search.atom?<the search's parameters>`), and a page
for people that says how to subscribe (`/subscribe?<the same>`).

A member company follows its name (`/search.atom?q=大连华信`) and its feed reader shows each new
issue that mentions it. The feed is the search sorted by date, newest first, built with ElementTree
(text is escaped by the serialiser, never by hand). A person who clicks 订阅 gets the page, not a
wall of XML: the feed's address to copy into a reader, and what the feed holds now. (An XSLT view
of the feed itself was the other way; every browser has deprecated XSLT, and Chromium already
marks such pages with a warning.) Feed readers find the feed from the page too, by its
`<link rel="alternate">`.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from flask import Blueprint, Response, render_template, request, url_for

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


def newest(sreq) -> list[tuple[str | None, object]]:
    """The feed's entries: (date, hit), newest first. An entry's date is the date its item
    reports, else its issue's (the search's date order is by issue, then by place in it)."""
    page = get_archive().search(sreq.text, sreq.filters, page=1, per_page=FEED_SIZE, sort="date")
    dated = [(rfc3339(h.date or h.issue.date), h) for h in page.hits]
    return sorted(dated, key=lambda pair: pair[0] or "", reverse=True)


def _feed_params(sreq) -> list[tuple[str, str]]:
    return [(k, v) for k, v in sreq.params if k != "sort"]


@bp.get("/subscribe")
def subscribe():
    """The page 订阅 leads to: the feed's address, how to follow it, and its newest entries."""
    sreq = require_search(request.args)
    params = _feed_params(sreq)
    feed_url = sreq.url("feeds.search_atom", params=params)
    entries = [{"date": (day or "")[:10], "name": item_name(hit.title, hit.section, hit.opening),
                "url": url_for("browse.item", item_id=hit.id), "section": hit.section,
                "issue": hit.issue.label} for day, hit in newest(sreq)]
    return render_template("subscribe.html", sreq=sreq, feed_url=feed_url,
                           feed_address=request.host_url.rstrip("/") + feed_url, entries=entries,
                           search_url=sreq.url(params=params), feed_size=FEED_SIZE)


@bp.get("/search.atom")
def search_atom():
    sreq = require_search(request.args)
    archive = get_archive()
    dated = newest(sreq)
    params = _feed_params(sreq)
    feed_url = sreq.url("feeds.search_atom", params=params)
    page_url = sreq.url(params=params + [("sort", "date")])
    root = request.host_url.rstrip("/")

    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "zh-CN"})
    _sub(feed, "id", root + feed_url)
    _sub(feed, "title", f"简报检索：{sreq.text or '筛选'}" + "".join(f" {k}={v}" for k, v in params if k != "q"))
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
