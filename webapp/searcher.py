"""The open archive for the current request, in `g`.

Opening an `Archive` costs (jieba, the index's readers), and Whoosh searchers must not be shared
between threads: so each server thread keeps its own `Archive`, and each request takes it into `g`
after a cheap `refresh()` that picks up new commits of the indexer.
"""
from __future__ import annotations

import threading

from flask import current_app, g

from search import Archive

_local = threading.local()


def get_archive() -> Archive:
    """This thread's archive, refreshed once per request. Raises IndexMissing if there is no index."""
    if "archive" not in g:
        index_dir = current_app.config["INDEX"]
        archives = getattr(_local, "archives", None)
        if archives is None:
            archives = _local.archives = {}
        archive = archives.get(index_dir)
        if archive is None:
            archive = archives[index_dir] = Archive(index_dir)
        else:
            archive.refresh()
        g.archive = archive
    return g.archive


def get_stats() -> dict:
    """`archive.stats()`, remembered per thread until the index changes (it is on every page)."""
    if "stats" not in g:
        archive = get_archive()
        cache = getattr(_local, "stats", None)
        key = (current_app.config["INDEX"], archive.indexed_at)
        if cache is None or cache[0] != key:
            cache = _local.stats = (key, archive.stats())
        g.stats = cache[1]
    return g.stats


def release_archive(exc: BaseException | None = None) -> None:
    """End of request: drop the request's hold on the archive (the thread keeps it open)."""
    g.pop("archive", None)
    g.pop("stats", None)


def close_thread_archives() -> None:
    """Close this thread's archives (tests, shutdown)."""
    for archive in getattr(_local, "archives", {}).values():
        archive.close()
    _local.archives = {}
    _local.stats = None


def init_app(app) -> None:
    app.teardown_appcontext(release_archive)
