"""The search blueprint: the home and results page (`/`, `/search`) and the CSV export (`/search.csv`).

request args -> SearchRequest (search_request.py) -> Archive.search -> view models -> template.
"""
from __future__ import annotations

import csv
import io
from dataclasses import replace

from flask import Blueprint, Response, current_app, render_template, request, stream_with_context, url_for

from search import spreadsheet_cell, spreadsheet_issue
from webapp.search_request import headers_arg, parse_search, require_search
from webapp.searcher import get_archive
from webapp.viewmodels import home_context, search_context

bp = Blueprint("search", __name__)

CSV_COLUMNS = ("id", "title", "section", "source", "date", "issue", "issue_date", "orgs", "score", "url")
CSV_HEADERS_ZH = ("编号", "标题", "栏目", "来源", "日期", "期号", "出版日期", "机构", "相关度", "网址")


@bp.get("/")
@bp.get("/search")
def search():
    # The page reads a submitted query as leniently as one being typed (an unclosed quote or bracket
    # closed, and said so); the API, the feeds and the CLI hold a query to its syntax.
    asked = parse_search(request.args)
    sreq = replace(asked, live=True)
    if not sreq.text and not sreq.has_filters:
        return render_template("home.html", sreq=sreq, **home_context())
    return render_template("search.html", **search_context(sreq, typing=asked.live))


@bp.get("/search.csv")
def csv_export():
    """Every hit of a search as CSV, streamed row by row, at most CSV_LIMIT rows (search.limits.CSV_ROWS).

    `X-Total-Count` gives the number of hits, `X-Truncated: true` says the cap cut the export.
    `headers=zh` gives the header row in Chinese. The issue is written as people name it
    (`2023年第8期`), which no spreadsheet turns into a date.
    """
    sreq = require_search(request.args)
    header = CSV_HEADERS_ZH if headers_arg(request.args) == "zh" else CSV_COLUMNS
    limit = current_app.config["CSV_LIMIT"]
    total, hits = get_archive().export(sreq.text, sreq.filters, sort=sreq.sort, limit=limit)
    item_url = url_for("browse.item", item_id="ITEM", _external=True)

    def rows():
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        yield "\ufeff" + out.getvalue()  # a BOM, so that spreadsheet programs read UTF-8
        for hit in hits:
            out.seek(0)
            out.truncate()
            writer.writerow([spreadsheet_cell(v) for v in (
                hit.id, hit.title, hit.section, hit.source, hit.date)] + [spreadsheet_issue(hit.issue.key)] + [
                spreadsheet_cell(v) for v in (hit.issue.date, "；".join(hit.orgs),
                                              f"{hit.score:.3f}" if hit.score is not None else "",
                                              item_url.replace("ITEM", hit.id))])
            yield out.getvalue()

    return Response(stream_with_context(rows()), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=jianbao-search.csv",
                             "X-Total-Count": str(total), "X-Truncated": str(total > limit).lower()})
