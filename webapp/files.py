"""The original briefing files: `/files/<name>` serves a file of the corpus that the index holds.

Only names in the index's manifest are served, and only from the corpus directory (a name with a
path in it, `..` or an absolute path is no file of the corpus): anything else is a 404.
"""
from __future__ import annotations

import os
from pathlib import PurePosixPath
from urllib.parse import quote

from flask import Blueprint, Response, current_app, send_from_directory
from werkzeug.security import safe_join

from search import NotFound
from search.model import IssueMeta
from search.parse.readers import decode
from webapp.searcher import get_archive

bp = Blueprint("files", __name__)

TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
TEXT = "text/plain; charset=utf-8"  # .txt and Markdown alike: readable in the browser


def download_name(name: str, label: str | None) -> str:
    """`数字贸易简报 2024年第5期.txt`: what the saved file is called."""
    suffix = PurePosixPath(name).suffix.lower()
    return f"数字贸易简报 {label}{suffix}" if label else name


def _path_in_corpus(name: str) -> str:
    """The file's path under the corpus directory; NotFound unless the index lists it there."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or name not in get_archive().manifest.get("files", {}):
        raise NotFound("file", name[:60])
    corpus = os.path.abspath(current_app.config["CORPUS"])
    path = safe_join(corpus, name)
    if path is None or not os.path.isfile(path):
        raise NotFound("file", name[:60])
    return path


@bp.get("/files/<path:name>")
def original(name: str):
    path = _path_in_corpus(name)
    entry = get_archive().manifest["files"][name]
    meta = IssueMeta(**entry["meta"]) if entry.get("meta") else None
    label = meta.label if meta and meta.key else None
    suffix = PurePosixPath(name).suffix.lower()
    disposition = f"inline; filename*=UTF-8''{quote(download_name(name, label))}"
    if suffix in TYPES:
        response = send_from_directory(os.path.dirname(path), name, mimetype=TYPES[suffix], max_age=3600)
        response.headers["Content-Disposition"] = disposition
        return response
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:  # GB18030, UTF-16…: the text re-encoded, so the browser reads it
        data = decode(data, name).encode("utf-8")
    return Response(data, content_type=TEXT, headers={"Content-Disposition": disposition,
                                                       "Cache-Control": "max-age=3600"})
