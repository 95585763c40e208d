"""The API blueprint: the JSON twins of the pages (`/api/search`, `/api/items/<id>`, `/api/issues`,
`/api/issues/<key>`, `/api/stats`) and `/healthz`.

Same request parsing and the same library calls as the pages; errors in the one JSON shape (errors.py).
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from webapp.browse import issue_or_404, item_or_404
from webapp.search_request import require_search
from webapp.searcher import get_archive, get_stats
from webapp.viewmodels import issue_summary, run_search

bp = Blueprint("api", __name__)


@bp.get("/api/search")
def search():
    return jsonify(run_search(require_search(request.args)).to_dict())


@bp.get("/api/items/<item_id>")
def item(item_id: str):
    return jsonify(item_or_404(item_id).to_dict())


@bp.get("/api/issues")
def issues():
    return jsonify({"issues": [issue_summary(v) for v in get_archive().issues()]})


@bp.get("/api/issues/<key>")
def issue(key: str):
    view = issue_or_404(key)
    return jsonify(dict(issue_summary(view), header=list(view.header), toc=view.toc,
                        items=[it.to_dict() for it in view.items]))


@bp.get("/api/stats")
def stats():
    return jsonify(get_stats())


@bp.get("/healthz")
def healthz():
    archive = get_archive()
    stats = get_stats()  # every file of the corpus is indexed or rejected: both counted
    return jsonify({"status": "ok", "items": archive.item_count, "indexed_at": archive.indexed_at,
                    "files": len(stats["files"]), "rejected": len(stats["rejected"])})
