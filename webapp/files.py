"""The original briefing files: `/files/<name>` serves a file of the corpus that the index holds.

Only names in the index's manifest are served, and only from the corpus directory (a name with a
path in it, `..` or an absolute path is no file of the corpus): anything else is a 404.
"""
from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import quote

from flask import Blueprint, Response, current_app, send_from_directory

from search.parse.readers import TEXT_SUFFIXES
from webapp.searcher import get_archive

bp = Blueprint("files", __name__)

TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".ofd": "application/ofd",  # GB/T 33190's type: opened by an OFD reader
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".rtf": "application/rtf",
}
TEXT = "text/plain; charset=utf-8"  # .txt and Markdown alike: readable in the browser
# Anything else (a saved web page, a web archive, a JSON export, a .wps) is only downloaded: a page
# someone uploaded is never rendered, its scripts never run, in the archive's own origin.
DOWNLOAD = "application/octet-stream"


def download_name(name: str, label: str | None) -> str:
    """`数字贸易简报 2024年第5期.txt`: what the saved file is called."""
    suffix = PurePosixPath(name).suffix.lower()
    return f"数字贸易简报 {label}{suffix}" if label else name


@bp.get("/files/<path:name>")
def original(name: str):
    found = get_archive().original(name, current_app.config["CORPUS"])
    disposition = f"inline; filename*=UTF-8''{quote(download_name(name, found.label))}"
    if found.suffix not in TEXT_SUFFIXES:
        response = send_from_directory(found.path.parent, found.path.name,
                                       mimetype=TYPES.get(found.suffix, DOWNLOAD), max_age=3600)
        response.headers["Content-Disposition"] = disposition if found.suffix in TYPES \
            else disposition.replace("inline", "attachment", 1)
        return response
    # GB18030, UTF-16…: the text re-encoded, so the browser reads it
    return Response(found.text().encode("utf-8"), content_type=TEXT,
                    headers={"Content-Disposition": disposition, "Cache-Control": "max-age=3600"})
