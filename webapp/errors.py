"""One error shape for the whole site: `{"error": "…"}` on the API, a readable page elsewhere.

The library's domain exceptions are translated here (QueryError -> 400, NotFound -> 404, no index
-> 503); anything unexpected still answers in the same shape, never with a traceback.
"""
from __future__ import annotations

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import IndexMissing, NotFound, QueryError, SearchError

HTTP_MESSAGES = {
    400: "请求参数有误。",
    404: "没有这个页面。",
    405: "不支持这种请求方法。",
    413: "请求太大。",
    414: "网址太长。",
}


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def error_response(status: int, message: str):
    """The one error shape: JSON for API routes, the error page for the rest."""
    if wants_json():
        response = jsonify({"error": message})
        response.status_code = status
        return response
    # The search box keeps what was typed, so a bad query can be corrected in place.
    query = request.args.get("q", "")[:500]
    return render_template("error.html", status=status, message=message, query=query), status


def init_app(app) -> None:
    @app.errorhandler(QueryError)
    def bad_query(exc):
        return error_response(400, str(exc) or "查询有误。")

    @app.errorhandler(NotFound)
    def not_found(exc):
        return error_response(404, str(exc) or "没有找到。")

    @app.errorhandler(IndexMissing)
    def no_index(exc):
        return error_response(503, "还没有索引：请先运行 jianbao index 建立索引。")

    @app.errorhandler(SearchError)
    def search_error(exc):
        app.logger.warning("search error on %s: %s", request.path, exc)
        return error_response(503, f"暂时无法检索：{exc}")

    @app.errorhandler(HTTPException)
    def http_error(exc):
        status = exc.code or 500
        return error_response(status, HTTP_MESSAGES.get(status, exc.description or "请求有误。"))

    @app.errorhandler(Exception)
    def internal_error(exc):
        app.logger.exception("unexpected error on %s", request.path)
        return error_response(500, "服务器内部错误，请稍后再试。")
