"""What users are told, in Chinese: the library's domain errors worded from their fields.

Below the edges: the CLI and the web both say an error with these words, the CLI naming a
parameter as its option (`--from`), the web as a parameter (`参数 from`). Nobody parses an error's
English message; it stays for `--verbose` and the logs.
"""
from __future__ import annotations

from search.errors import IndexBusy, IndexMissing, IndexStale, NotFound, QueryError, SearchError

# Each kind of QueryError; {param} is the parameter as the edge names it. A code with no wording
# here falls back to a general sentence.
_QUERY = {
    "bad_date": "{param} 的值“{value}”不是日期：请写成 2023、2023-09 或 2023-09-30",
    "unreal_date": "{param} 的值“{value}”不是真实存在的日期",
    "date_order": "起始日期 {from}{value} 晚于结束日期 {to}{limit}",
    "bad_issue": "{param} 的值“{value}”不是期号：请写成 2024-05 这样",
    "bad_year": "{param} 的值“{value}”不是年份：请写成 2024 这样",
    "unbalanced_quote": "引号没有配对：短语要用一对引号括起来，如 \"数字贸易\"",
    "unbalanced_parenthesis": "括号没有配对",
    "bad_or": "OR 两边都要有词语，如 数字经济 OR 人工智能",
    "bad_exclusion": "减号要紧挨着要排除的词，如 -日本",
    "no_words": "查询里没有可以检索的词语（只有标点或空格）",
    "empty": "查询是空的：请输入检索词，或选择筛选条件",
    "too_long": "查询太长：{value} 个字符，最多 {limit} 个",
    "too_many_words": "查询的词语太多：{value} 个，最多 {limit} 个",
    "not_integer": "{param} 必须是整数，收到的是“{value}”",
    "out_of_range": "{param} 必须在 {hint} 之间，收到的是 {value}",
    "past_last_page": "{param} 超出了范围：收到的是 {value}，结果只有 {limit} 页",
    "bad_choice": "{param} 只能是 {hint}，收到的是“{value}”",
    "too_many_values": "{param} 最多给 {limit} 个值",
    "missing_query": "缺少查询：请给出 q 或筛选条件（section、source、org、issue、from、to）",
}


def as_parameter(name: str) -> str:
    """How the web names a parameter: `参数 from`."""
    return f"参数 {name}"


def as_option(name: str) -> str:
    """How the command line names a parameter: its option, `--per-page`."""
    return "--" + name.replace("_", "-")


def query_error(exc: QueryError, name=as_parameter) -> str:
    """A QueryError in Chinese, from its fields; `name` says a parameter as the edge does."""
    wording = _QUERY.get(exc.code)
    if wording is None:
        return "查询有误。"
    value = "" if exc.value is None else str(exc.value)[:40]
    web = name is as_parameter
    return wording.format(param=name(exc.param or ""), value=value,
                          limit="" if exc.limit is None else exc.limit, hint=exc.hint or "",
                          **{"from": "from=" if web else "--from ", "to": "to=" if web else "--to "})


def not_found(exc: NotFound) -> str:
    """A NotFound in Chinese, from its fields."""
    if exc.kind == "issue":
        if exc.hint == "bad_key":
            return "没有这一期：期号应写成 2024-05 这样"
        return f"档案里没有 {exc.key} 这一期"
    if exc.kind == "item" and exc.hint == "bad_id":
        return "没有这条资讯：编号格式不对"
    if exc.kind == "file":
        return f"档案里没有文件“{exc.key}”"
    return f"档案里没有编号为“{exc.key}”的资讯"


def index_error(exc: SearchError) -> str:
    """An index that is missing, of another version or busy, in Chinese, with the remedy."""
    if isinstance(exc, IndexMissing):
        return f"{exc.index_dir} 里还没有索引：请先运行 jianbao index 建立索引"
    if isinstance(exc, IndexStale):
        return f"{exc.index_dir} 里的索引是另一个版本的 jianbao 建立的：请运行 jianbao index 重建索引"
    if isinstance(exc, IndexBusy):
        holder = f"（进程 {exc.pid}）" if exc.pid else ""
        return f"另一个 jianbao index{holder}正在更新 {exc.index_dir}：请等它结束后再试"
    return "暂时无法使用索引"


def say(exc: SearchError, name=as_parameter) -> str:
    """Any of the library's errors as users are told it."""
    if isinstance(exc, QueryError):
        return query_error(exc, name)
    if isinstance(exc, NotFound):
        return not_found(exc)
    if isinstance(exc, (IndexMissing, IndexStale, IndexBusy)):
        return index_error(exc)
    reason = getattr(exc, "reason", None)  # a CorpusError: its reason is already in the users' words
    return f"{exc.file}：{reason}" if reason else "出错了"
