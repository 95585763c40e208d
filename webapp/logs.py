"""Logged like a server: every answer carries a request id, and the access log line and any error
log line of that request carry it too.

The id is the caller's `X-Request-Id` when it is sane (a proxy or load balancer in front sets one,
and its logs and ours then name the request alike), else a fresh random one. The access log itself
is gunicorn's (`jianbao serve --access-log`, `ACCESS_LOG_FORMAT` below): the Combined Log Format,
then the seconds the request took and the request id.
"""
from __future__ import annotations

import re
import uuid

from flask import g, has_request_context

HEADER = "X-Request-Id"
_SANE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@+=-]{0,127}")  # no spaces, quotes or line breaks: safe in a log line

# host, -, user, [time], "request line", status, bytes, "referer", "user agent", seconds, request id
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(L)s %({x-request-id}o)s'


def request_id() -> str:
    """The current request's id ("-" outside a request)."""
    if not has_request_context():
        return "-"
    if "request_id" not in g:
        from flask import request
        given = request.headers.get(HEADER, "")
        g.request_id = given if _SANE.fullmatch(given) else uuid.uuid4().hex
    return g.request_id


def init_app(app) -> None:
    @app.after_request
    def tag(response):
        response.headers[HEADER] = request_id()
        return response
