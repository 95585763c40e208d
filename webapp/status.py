"""The status blueprint: `/status`, what the corpus folder holds as the index saw it, for the
secretariat: every file either indexed (with its issue and items) or rejected with its reason.

Reads the index's stats through `get_stats` (the manifest of the last indexing run): nothing here
reads the corpus folder, so the page says what the index holds, not what was dropped in since.
"""
from __future__ import annotations

from flask import Blueprint, render_template, url_for

from webapp.searcher import get_stats

bp = Blueprint("status", __name__)


def status_context(stats: dict) -> dict:
    """What /status shows: counts, the rejected files (those with an earlier version still indexed
    marked so), the indexed ones with links to their issue and original file."""
    indexed = {row["file"] for row in stats["files"]}
    rejected = [dict(row, kept=row["file"] in indexed) for row in stats["rejected"]]
    files = [dict(row, label=_label(row.get("issue")), file_url=url_for("files.original", name=row["file"]),
                  url=url_for("browse.issue", key=row["issue"]) if row.get("issue") else None)
             for row in stats["files"]]
    return {"files": files, "rejected": rejected, "total": len(indexed | {r["file"] for r in rejected}),
            "indexed_at": stats["indexed_at"], "items": stats["items"]}


def _label(key: str | None) -> str | None:
    """`2024-05` -> `2024年第5期`."""
    if not key:
        return None
    year, _, number = key.partition("-")
    return f"{year}年第{int(number)}期" if number.isdigit() else key


@bp.get("/status")
def page():
    return render_template("status.html", **status_context(get_stats()), json_url=url_for("api.stats"))
