"""Static assets under versioned names, cached for a year; and gzip for what the site sends.

`asset('style.css')` in a template gives `/assets/<hash>/style.css`, the hash of the file's content
when the app started: a changed file gets a new name, so browsers may keep each name forever
(`Cache-Control: max-age=31536000, immutable`) and never revalidate. An old name still answers
(a page from before a deployment), with the current content and no long cache.
"""
from __future__ import annotations

import gzip
import hashlib
import mimetypes
import os

from flask import Blueprint, Response, abort, current_app, request, url_for

bp = Blueprint("assets", __name__)

FOREVER = "public, max-age=31536000, immutable"
COMPRESSIBLE = {"text/html", "application/json", "text/css", "text/javascript", "application/javascript",
                "application/atom+xml", "text/csv", "image/svg+xml", "text/plain"}
MIN_GZIP = 500  # bytes: below this, gzip's header costs more than it saves


def _load(static_folder: str) -> dict[str, tuple[str, bytes, str]]:
    """Every file of the static folder: name -> (content hash, bytes, mimetype)."""
    files = {}
    for name in sorted(os.listdir(static_folder)):
        path = os.path.join(static_folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                data = handle.read()
            mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
            if mimetype.startswith("text/") or mimetype.endswith("javascript"):
                mimetype += "; charset=utf-8"
            files[name] = (hashlib.sha256(data).hexdigest()[:12], data, mimetype)
    return files


def asset(filename: str) -> str:
    """The versioned URL of a static file (template global)."""
    entry = current_app.extensions["jianbao_assets"].get(filename)
    if entry is None:
        return url_for("static", filename=filename)
    return url_for("assets.versioned", digest=entry[0], filename=filename)


@bp.get("/assets/<digest>/<filename>")
def versioned(digest: str, filename: str):
    entry = current_app.extensions["jianbao_assets"].get(filename)
    if entry is None:
        abort(404)
    current, data, mimetype = entry
    response = Response(data, content_type=mimetype)
    response.headers["Cache-Control"] = FOREVER if digest == current else "no-cache"
    response.set_etag(current, weak=True)  # weak: the same whether gzipped or not
    return response.make_conditional(request)


def gzipped(response: Response) -> Response:
    """gzip a text answer when the client accepts it and it is worth it (after_request)."""
    if (response.direct_passthrough or response.status_code < 200 or response.status_code in (204, 304)
            or "Content-Encoding" in response.headers or response.mimetype not in COMPRESSIBLE
            or "gzip" not in request.headers.get("Accept-Encoding", "").lower()):
        return response
    response.vary.add("Accept-Encoding")
    data = response.get_data()
    if len(data) < MIN_GZIP:
        return response
    response.set_data(gzip.compress(data, compresslevel=6, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    return response


def init_app(app) -> None:
    app.extensions["jianbao_assets"] = _load(app.static_folder)
    app.add_template_global(asset)
    app.register_blueprint(bp)
    app.after_request(gzipped)
