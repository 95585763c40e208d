"""The web front end: an app factory over the search library, and `serve` to run it on gunicorn.

The last step of parse -> analyze -> index -> query -> web: it reaches the library only through its
public names (`from search import …`; the Archive through `webapp.searcher`) and turns the library's
results and errors into pages and JSON. One blueprint per job: results (search), browse, api, feeds,
files, figures, status.
"""
from __future__ import annotations

import os
import threading

from flask import Flask

from search import limits
from webapp import api, assets, browse, errors, feeds, figures, files, logs, results, searcher, status, viewmodels

# Strict: nothing inline, nothing from elsewhere (no CDN), no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app. Config: defaults, then `JIANBAO_*` environment variables, then `test_config`.

    `INDEX` and `CORPUS` are the index and corpus directories (`JIANBAO_INDEX`, `JIANBAO_CORPUS`).
    """
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX=os.environ.get("JIANBAO_INDEX", "index"),
        CORPUS=os.environ.get("JIANBAO_CORPUS", "corpus"),
        MAX_PER_PAGE=limits.MAX_PER_PAGE,
        MAX_QUERY_CHARS=limits.WEB_QUERY_CHARS,  # at most limits.QUERY_CHARS, the library's
        CSV_LIMIT=limits.CSV_ROWS,
        JSON_AS_ASCII=False,
    )
    app.config.from_prefixed_env("JIANBAO")
    if test_config is not None:
        app.config.from_mapping(test_config)
    # from_prefixed_env parses values as JSON: a directory named "2024" would arrive as an int.
    app.config["INDEX"] = str(app.config["INDEX"])
    app.config["CORPUS"] = str(app.config["CORPUS"])
    app.config["DEBUG"] = False
    app.json.ensure_ascii = False

    searcher.init_app(app)
    logs.init_app(app)
    errors.init_app(app)
    viewmodels.init_app(app)
    for blueprint in (results.bp, browse.bp, api.bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(files.bp)
    assets.init_app(app)  # versioned static files, and gzip
    app.register_blueprint(figures.bp)
    app.register_blueprint(status.bp)

    @app.after_request
    def security_headers(response):
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    return app


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8000, workers: int | None = None,
          threads: int = 4, access_log: str | None = "-") -> None:
    """Run `app` on gunicorn (a production WSGI server, never Flask's own) until interrupted.

    Several worker processes, because searching is Python work that one process's GIL serialises:
    with one process a 2-core machine serves at most one search at a time. The app, and jieba's
    dictionary, are loaded once before the workers fork (copy-on-write); each worker thread opens
    its own index searcher on its first request.

    `access_log` is where each request is logged (`-` stdout, a file path, None not at all), one
    line each in the Combined Log Format with the seconds taken and the request id (webapp/logs.py).
    """
    import socket

    from gunicorn.app.base import BaseApplication

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))  # OSError now, with its reason, rather than gunicorn's retries
    from search import analyze, preload_pinyin
    analyze.setup()
    preload_pinyin()  # pypinyin's tables (did-you-mean), shared by the workers as jieba's dictionary is

    _errors_in_json()
    options = {"bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
               # gunicorn's own bound on a request line (8190 bytes) stays: unbounded lines would
               # be read into memory whole. What it refuses is answered in JSON (_errors_in_json).
               "limit_request_line": 8190,
               "workers": workers or max(2, os.cpu_count() or 1), "worker_class": "gthread",
               "threads": threads, "preload_app": True, "loglevel": "warning",
               "accesslog": access_log, "access_log_format": logs.ACCESS_LOG_FORMAT,
               "graceful_timeout": 5, "proc_name": "jianbao",
               # Nothing outside the cache, index and corpus: no control socket in ~/.gunicorn, and
               # the workers' heartbeat files (made and unlinked at once) in memory, not in TMPDIR.
               "control_socket_disable": True, "worker_tmp_dir": _heartbeat_dir()}

    class Server(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return app

    shown = f"[{host}]" if ":" in host else host

    def when_ready(server):  # the socket is bound and listening: only now is the URL worth giving
        print(f"jianbao：在 http://{shown}:{port}/ 提供服务，{options['workers']} 个工作进程（按 Ctrl-C 停止）",
              flush=True)

    options["when_ready"] = when_ready
    Server().run()


def _heartbeat_dir() -> str | None:
    """/dev/shm, as gunicorn advises (a heartbeat on disk may block a worker); else its default."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _errors_in_json() -> None:
    """Requests gunicorn itself refuses (a request line over its 8190 bytes, a malformed header)
    are answered in the site's error shape, JSON with `error` and the limit, rather than gunicorn's
    HTML page: the path of such a request is unknown, and every /api/ answer must be JSON.
    Workers inherit this from the master process, which sets it before they fork."""
    import json
    import uuid

    from gunicorn import util
    from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine
    from gunicorn.workers import base

    if getattr(util.write_error, "jianbao", False):
        return
    refused = threading.local()
    handle_error = base.Worker.handle_error

    def remember(self, req, client, addr, exc):
        refused.exc = exc
        try:
            return handle_error(self, req, client, addr, exc)
        finally:
            refused.exc = None

    def write_error(sock, status_int, reason, mesg):
        exc = getattr(refused, "exc", None)
        if isinstance(exc, LimitRequestLine):
            data = {"error": f"网址太长：最多 {exc.max_size} 字节",
                    "code": "request_line_too_long", "limit": exc.max_size}
        elif isinstance(exc, LimitRequestHeaders):
            data = {"error": "请求头太大或太多", "code": "headers_too_large"}
        else:
            data = {"error": "请求格式有误，服务器无法处理", "code": "bad_request"}
        body = json.dumps(data, ensure_ascii=False).encode()
        head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
                f"{logs.HEADER}: {uuid.uuid4().hex}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
        util.write_nonblock(sock, head.encode("latin-1") + body)

    write_error.jianbao = True
    base.Worker.handle_error = remember
    util.write_error = write_error
