"""One error shape for the whole site: `{"error": "…"}` on the API, a readable page elsewhere.

The library's domain exceptions are translated here (QueryError -> 400, NotFound -> 404, no index
-> 503); anything unexpected still answers in the same shape, never with a traceback.
"""
from __future__ import annotations

import re

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import IndexMissing, IndexStale, NotFound, QueryError, SearchError

HTTP_MESSAGES = {
    400: "请求参数有误。",
    404: "没有这个页面。",
    405: "不支持这种请求方法。",
    413: "请求太大。",
    414: "网址太长。",
}


# The library words its QueryErrors for the command line, in English; the page speaks Chinese.
# Unknown messages pass through unchanged.
_CHINESE = [
    (re.compile(r"--(from|to) '(.*)' is not a date.*"), r"参数 \1 的值“\2”不是日期：请写成 2023、2023-09 或 2023-09-30"),
    (re.compile(r"--(from|to) '(.*)' is not a real date"), r"参数 \1 的值“\2”不是真实存在的日期"),
    (re.compile(r"--from (.*) is after --to (.*)"), r"起始日期 from=\1 晚于结束日期 to=\2"),
    (re.compile(r"--issue '(.*)' is not an issue.*"), r"参数 issue 的值“\1”不是期号：请写成 2024-05 这样"),
    (re.compile(r"unbalanced quote.*"), "引号没有配对：短语要用一对引号括起来，如 \"数字贸易\""),
    (re.compile(r"unbalanced parenthesis.*"), "括号没有配对"),
    (re.compile(r"OR needs a word on both sides"), "OR 两边都要有词语，如 数字经济 OR 人工智能"),
    (re.compile(r"'-' must stand right before the word to exclude"), "减号要紧挨着要排除的词，如 -日本"),
    (re.compile(r"the query has no words.*"), "查询里没有可以检索的词语（只有标点或空格）"),
    (re.compile(r"the query is empty.*"), "查询是空的：请输入检索词，或选择筛选条件"),
    (re.compile(r"the query is (\d+) characters long; at most (\d+).*"), r"查询太长：\1 个字符，最多 \2 个"),
]


def in_chinese(message: str) -> str:
    for pattern, chinese in _CHINESE:
        if pattern.fullmatch(message):
            return pattern.sub(chinese, message)
    return message


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def error_response(status: int, message: str):
    """The one error shape: JSON for API routes, the error page for the rest."""
    if wants_json():
        response = jsonify({"error": message})
        response.status_code = status
        return response
    # The search box keeps what was typed, and the filters that were not the problem, so a bad
    # query can be corrected in place.
    query = request.args.get("q", "")[:500]
    carry = [(k, v) for k, v in request.args.items(multi=True)
             if k in _CARRIED and k not in message][:50]
    return render_template("error.html", status=status, message=message, query=query,
                           carry=carry), status


_CARRIED = ("section", "source", "org", "issue", "from", "to", "sort", "per_page")


def init_app(app) -> None:
    @app.errorhandler(QueryError)
    def bad_query(exc):
        return error_response(400, in_chinese(str(exc)) or "查询有误。")

    @app.errorhandler(NotFound)
    def not_found(exc):
        return error_response(404, str(exc) or "没有找到。")

    @app.errorhandler(IndexMissing)
    def no_index(exc):
        return error_response(503, "还没有索引：请先运行 jianbao index 建立索引。")

    @app.errorhandler(IndexStale)
    def stale_index(exc):
        return error_response(503, "索引是旧版本建立的：请运行 jianbao index 重建索引。")

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
