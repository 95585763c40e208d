"""One error shape for the whole site: `{"error": "…"}` on the API, a readable page elsewhere.

The library's domain exceptions are translated here (QueryError -> 400, NotFound -> 404, no index
-> 503); anything unexpected still answers in the same shape, never with a traceback.
"""
from __future__ import annotations

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import IndexMissing, IndexStale, NotFound, QueryError, SearchError, limits, wording
from webapp.logs import request_id

HTTP_MESSAGES = {
    400: "请求参数有误。",
    404: "没有这个页面。",
    405: "不支持这种请求方法。",
    413: "请求太大。",
    414: "网址太长。",
}


# The page speaks Chinese: each error is worded from its fields (search/wording.py), never from
# the library's English message.


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def error_response(status: int, message: str, data: dict | None = None):
    """The one error shape: JSON for API routes (`error`, and the error's fields where it has
    them), the error page for the rest."""
    if wants_json():
        response = jsonify({"error": message, **(data or {})})
        response.status_code = status
        return response
    # The search box keeps what was typed, and the filters that were not the problem, so a bad
    # query can be corrected in place.
    query = request.args.get("q", "")[:limits.QUERY_CHARS]
    faulty = (data or {}).get("param")
    carry = [(k, v) for k, v in request.args.items(multi=True)
             if k in _CARRIED and k != faulty][:50]
    return render_template("error.html", status=status, message=message, query=query,
                           carry=carry, request_id=(data or {}).get("request_id")), status


_CARRIED = ("section", "source", "org", "issue", "from", "to", "sort", "per_page")


def init_app(app) -> None:
    @app.errorhandler(QueryError)
    def bad_query(exc):
        return error_response(400, wording.query_error(exc), exc.to_dict())

    @app.errorhandler(NotFound)
    def not_found(exc):
        return error_response(404, wording.not_found(exc), {"kind": exc.kind})

    @app.errorhandler(IndexMissing)
    def no_index(exc):
        return error_response(503, "还没有索引：请先运行 jianbao index 建立索引。")

    @app.errorhandler(IndexStale)
    def stale_index(exc):
        return error_response(503, "索引是旧版本建立的：请运行 jianbao index 重建索引。")

    @app.errorhandler(SearchError)
    def search_error(exc):
        # The reason goes to the log, never to the reader: it may name paths and internals.
        app.logger.warning("search error on %s (request %s): %s", request.path, request_id(), exc)
        return error_response(503, "暂时无法检索，请稍后再试。", {"request_id": request_id()})

    @app.errorhandler(HTTPException)
    def http_error(exc):
        status = exc.code or 500
        return error_response(status, HTTP_MESSAGES.get(status, exc.description or "请求有误。"))

    @app.errorhandler(Exception)
    def internal_error(exc):
        # The traceback goes to the server's log with the request id; the reader gets the id only,
        # to quote when reporting the fault.
        app.logger.exception("unexpected error on %s %s (request %s)", request.method, request.path, request_id())
        return error_response(500, "服务器内部错误，请稍后再试。", {"request_id": request_id()})
