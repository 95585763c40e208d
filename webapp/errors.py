"""One error shape for the whole site: `{"error": "…"}` on the API, a readable page elsewhere.

The library's domain exceptions are translated here (QueryError -> 400, NotFound -> 404, no index
-> 503); anything unexpected still answers in the same shape, never with a traceback.
"""
from __future__ import annotations

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import IndexMissing, IndexStale, NotFound, QueryError, SearchError, limits

HTTP_MESSAGES = {
    400: "请求参数有误。",
    404: "没有这个页面。",
    405: "不支持这种请求方法。",
    413: "请求太大。",
    414: "网址太长。",
}


# The page speaks Chinese: each kind of QueryError is worded from its fields, never from the
# library's English message. A code with no wording here falls back to a general sentence.
_WORDING = {
    "bad_date": "参数 {param} 的值“{value}”不是日期：请写成 2023、2023-09 或 2023-09-30",
    "unreal_date": "参数 {param} 的值“{value}”不是真实存在的日期",
    "date_order": "起始日期 from={value} 晚于结束日期 to={limit}",
    "bad_issue": "参数 issue 的值“{value}”不是期号：请写成 2024-05 这样",
    "unbalanced_quote": "引号没有配对：短语要用一对引号括起来，如 \"数字贸易\"",
    "unbalanced_parenthesis": "括号没有配对",
    "bad_or": "OR 两边都要有词语，如 数字经济 OR 人工智能",
    "bad_exclusion": "减号要紧挨着要排除的词，如 -日本",
    "no_words": "查询里没有可以检索的词语（只有标点或空格）",
    "empty": "查询是空的：请输入检索词，或选择筛选条件",
    "too_long": "查询太长：{value} 个字符，最多 {limit} 个",
    "too_many_words": "查询的词语太多：{value} 个，最多 {limit} 个",
    "not_integer": "参数 {param} 必须是整数，收到的是“{value}”",
    "out_of_range": "参数 {param} 必须在 {hint} 之间，收到的是 {value}",
    "past_last_page": "参数 page 超出了范围：收到的是 {value}，结果只有 {limit} 页",
    "bad_choice": "参数 {param} 只能是 {hint}，收到的是“{value}”",
    "too_many_values": "参数 {param} 最多给 {limit} 个值",
    "missing_query": "缺少查询：请给出 q 或筛选条件（section、source、org、issue、from、to）",
}


def in_chinese(exc: QueryError) -> str:
    """The page's wording of a QueryError, from its fields."""
    wording = _WORDING.get(exc.code)
    if wording is None:
        return "查询有误。"
    value = "" if exc.value is None else str(exc.value)[:40]
    return wording.format(param=exc.param or "", value=value,
                          limit="" if exc.limit is None else exc.limit, hint=exc.hint or "")


def not_found_in_chinese(exc: NotFound) -> str:
    """The page's wording of a NotFound, from its fields."""
    if exc.kind == "issue":
        if exc.hint == "bad_key":
            return "没有这一期：期号应写成 2024-05 这样"
        return f"档案里没有 {exc.key} 这一期"
    if exc.kind == "item" and exc.hint == "bad_id":
        return "没有这条资讯：编号格式不对"
    if exc.kind == "file":
        return f"档案里没有文件“{exc.key}”"
    return f"档案里没有编号为“{exc.key}”的资讯"


def wants_json() -> bool:
    """JSON for the API and /healthz, and for a client that asks for it first (the desk's uploads)."""
    return (request.path.startswith("/api/") or request.path == "/healthz"
            or request.accept_mimetypes.best == "application/json")


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
                           carry=carry), status


_CARRIED = ("section", "source", "org", "issue", "from", "to", "sort", "per_page")


def init_app(app) -> None:
    @app.errorhandler(QueryError)
    def bad_query(exc):
        return error_response(400, in_chinese(exc), exc.to_dict())

    @app.errorhandler(NotFound)
    def not_found(exc):
        return error_response(404, not_found_in_chinese(exc), {"kind": exc.kind})

    @app.errorhandler(IndexMissing)
    def no_index(exc):
        return error_response(503, "还没有索引：请先运行 jianbao index 建立索引。")

    @app.errorhandler(IndexStale)
    def stale_index(exc):
        return error_response(503, "索引是旧版本建立的：请运行 jianbao index 重建索引。")

    @app.errorhandler(SearchError)
    def search_error(exc):
        # The reason goes to the log, never to the reader: it may name paths and internals.
        app.logger.warning("search error on %s: %s", request.path, exc)
        return error_response(503, "暂时无法检索，请稍后再试。")

    @app.errorhandler(HTTPException)
    def http_error(exc):
        status = exc.code or 500
        return error_response(status, HTTP_MESSAGES.get(status, exc.description or "请求有误。"))

    @app.errorhandler(Exception)
    def internal_error(exc):
        app.logger.exception("unexpected error on %s", request.path)
        return error_response(500, "服务器内部错误，请稍后再试。")
