"""A post exported from a website or a WeChat back office as JSON (.json) -> its body: the finder that
readers.read_json_blocks reads the blocks with (an HTML body by the web page reader, so that this module,
which webembed uses for a web app's state, imports no reader of web pages).

Read by the shape of the export, not by the system that wrote it. The post's body is the largest
of what the tree holds that can be one: an HTML string (WordPress's `content.rendered`, Ghost's and
Strapi's `html`, a WeChat 公众号 material's `news_item[].content`), a Markdown or plain-text string
(`markdown`, `content`, `plaintext`), a list of block objects (Editor.js `blocks`, Lexical's
`root.children`, Notion, Portable Text, Contentful's `content`, Draft.js), a Quill Delta (`ops`) or a
mobiledoc (Ghost), also where the export keeps them as a JSON string inside a string. When none holds
most of the tree's text, the tree itself, read in its order (jsontree.py). HTML is read by the web page reader,
block objects as the HTML they stand for (jsonblocks.py), Markdown and text by the text reader. The
post's own fields (ids, slugs, publication, update and export times, authors, tags, views) are the
CMS's record of the post, not its text: none is read, so none can be taken for the issue's date.

Bounds (limits.py): the file's size, the values it holds (counted on the bytes before it is parsed),
how deep it nests and how many blocks its body has. Invalid JSON, an export past a bound and JSON
with no post body in it are refused, each saying what was wrong.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from search.errors import CorpusError
from search.limits import JSON_BLOCKS, JSON_BYTES, JSON_DEPTH, JSON_VALUES
from search.parse.jsonblocks import TYPE_KEYS, blocks_html, delta_html, is_block, is_delta, mobiledoc_html
from search.parse.jsontree import covered, leaves, tree_html
from search.parse.markup import holds_html, markup_chars, strip_tags

__all__ = ["Body", "body_page", "find_body", "load", "post_body"]

# Strings that are the post's record, never its text, however long (a slug, a URL, a digest of it)
_RECORD_KEYS = re.compile(r"^(?:id|uuid|slug|url|link|guid|href|src|permalink|canonical.*|.*_?url|thumb.*|cover.*|"
                          r"(?:meta_?|og_?|twitter_?)?(?:title|description|excerpt|digest|summary)|custom_excerpt|"
                          r"author.*|tags?|categor.*|status|password|.*(?:_at|time|date))$", re.I)
_MIN_HTML_CHARS = 30    # text of an HTML body
_MIN_TEXT_CHARS = 80    # of a plain-text or Markdown body, on 3 lines or more
_MIN_BLOCKS = 3


@dataclass(frozen=True)
class Body:
    """The post's body: `html`, `text` (Markdown or plain) or `blocks` (a list of block objects)."""

    kind: str
    value: object
    chars: int  # characters of text it holds: what the largest is chosen by
    title: str | None = None  # the post's title, beside the body (`title`, `title.rendered`)


def load(data: bytes, name: str, parsed=None):
    """The JSON value of an export, within the bounds; CorpusError naming what is wrong. `parsed`:
    the value a caller has parsed from the same bytes already (a list or object), not parsed again."""
    if not data.strip():
        raise CorpusError(name, "文件是空的", code="empty")
    if len(data) > JSON_BYTES:
        raise CorpusError(name, f"JSON 文件太大（{len(data) / 2**20:.0f} MB，上限 {JSON_BYTES // 2**20} MB），"
                                "不像一篇文章的导出")
    values = data.count(b",") + data.count(b"[") + data.count(b"{")  # an upper bound, before parsing
    if values > JSON_VALUES:
        raise CorpusError(name, f"JSON 的值太多（约 {values:,} 个，上限 {JSON_VALUES:,} 个），不像一篇文章的导出")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(name, f"不是 UTF-8 编码的 JSON（第 {exc.start + 1} 个字节无法解码）") from None
    try:
        value = json.loads(text) if parsed is None else parsed
    except RecursionError:
        raise CorpusError(name, f"JSON 嵌套太深（超过 {JSON_DEPTH} 层），不像一篇文章的导出") from None
    except ValueError as exc:
        raise CorpusError(name, _invalid(exc, text)) from None
    if (depth := _depth(value)) > JSON_DEPTH:
        raise CorpusError(name, f"JSON 嵌套太深（{depth} 层以上，上限 {JSON_DEPTH} 层），不像一篇文章的导出")
    return value


# The JSON parser's complaints, in the users' words (the parser's own text where none is here)
_COMPLAINTS = (("Expecting value", "缺少一个值"), ("Unterminated string", "字符串没有结束的引号"),
               ("Expecting ',' delimiter", "缺少逗号"), ("Expecting ':' delimiter", "缺少冒号"),
               ("Expecting property name", "键名没有用双引号括起"), ("Extra data", "JSON 之后还有多余的内容"),
               ("Invalid control character", "字符串里有控制字符"), ("Invalid \\escape", "无效的转义"))


def _invalid(exc: ValueError, text: str) -> str:
    """Where and what is wrong with JSON that does not parse."""
    msg = getattr(exc, "msg", str(exc))
    said = next((words for start, words in _COMPLAINTS if msg.startswith(start)), msg)
    where = f"第 {exc.lineno} 行第 {exc.colno} 列" if hasattr(exc, "lineno") else "某处"
    ended = "，文件在此结束，可能被截断" if getattr(exc, "pos", -1) >= len(text.rstrip()) else ""
    return f"不是有效的 JSON（{where}）：{said}{ended}"


def _depth(value) -> int:
    """How deep a JSON value nests (walked without recursion; stops counting past the bound)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > JSON_DEPTH:
            return depth
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))
    return deepest


def _text_chars(value, budget: int = 100_000) -> int:
    """Characters of text under a block tree (types, ids, URLs and styles aside)."""
    total, stack = 0, [value]
    while stack and budget:
        budget -= 1
        item = stack.pop()
        if isinstance(item, str):
            total += markup_chars(item) if "<" in item else len(item.strip())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(v for k, v in item.items()
                         if k not in TYPE_KEYS and not _RECORD_KEYS.match(k) and k not in ("tunes", "style", "format"))
    return total


def _title(item: dict, above: str | None) -> str | None:
    """The post's title where a dict holds one (`title`, `post_title`, `title.rendered`), else the
    title of the dict above it."""
    for key in ("title", "post_title", "headline"):
        value = item.get(key)
        if isinstance(value, dict):
            value = next((v for k in ("rendered", "raw", "text") if isinstance(v := value.get(k), str)), None)
        if isinstance(value, str) and value.strip() and len(value) <= 200:
            return value.strip()
    return above


def _candidates(value):
    """Every value of the tree that could be the post's body, with the post's title above it."""
    stack = [("", value, 0, None)]
    while stack:
        key, item, nested, title = stack.pop()
        if isinstance(item, str):
            stripped = item.strip()
            if stripped[:1] in "{[" and nested < 2 and len(stripped) > 20:
                try:  # Ghost keeps mobiledoc and lexical as a JSON string inside the export
                    inner = json.loads(stripped)
                except (ValueError, RecursionError):
                    inner = None
                if isinstance(inner, (dict, list)) and _depth(inner) <= JSON_DEPTH:
                    stack.append((key, inner, nested + 1, title))
                    continue
            if not _RECORD_KEYS.match(key):
                yield title, item
        elif isinstance(item, dict):
            if isinstance(item.get("sections"), list) and ("cards" in item or "markups" in item):
                yield title, ("mobiledoc", item)
                continue
            if is_delta(item):
                yield title, ("delta", item)
                continue
            title = _title(item, title)
            stack.extend((k, v, nested, title) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            if sum(1 for v in item if is_block(v)) >= max(1, len(item) // 2):
                yield title, ("blocks", item)
            stack.extend((key, v, nested, title) for v in reversed(item) if isinstance(v, (dict, list)))


def _body_of(candidate) -> Body | None:
    if isinstance(candidate, tuple):
        kind, item = candidate
        if kind in ("mobiledoc", "delta"):
            page = mobiledoc_html(item) if kind == "mobiledoc" else delta_html(item)
            chars = markup_chars(page)
            return Body("html", page, chars) if chars >= _MIN_HTML_CHARS else None
        blocks = [b for b in item if is_block(b)]
        chars = _text_chars(blocks)
        return Body("blocks", blocks, chars) if len(blocks) >= _MIN_BLOCKS and chars >= _MIN_HTML_CHARS else None
    if holds_html(candidate):
        chars = markup_chars(candidate)
        return Body("html", candidate, chars) if chars >= _MIN_HTML_CHARS else None
    chars = len(candidate.strip())
    lines = sum(1 for line in candidate.splitlines() if line.strip())
    # plain text counts a little less than the same text with its structure (HTML, blocks)
    return Body("text", candidate, int(chars * 0.9)) if chars >= _MIN_TEXT_CHARS and lines >= 3 else None


def find_body(value) -> Body | None:
    """The post's body in an export's JSON value: the candidate holding the most text; None if none
    can be one."""
    best = None
    for title, candidate in _candidates(value):
        body = _body_of(candidate)
        if body is not None and (best is None or body.chars > best.chars):
            best = Body(body.kind, body.value, body.chars, title)
    record = _RECORD_KEYS.match
    text = "" if best is None else "\n".join(leaves(best.value, record)) if best.kind == "blocks" else best.value
    if not covered(value, record, text, best.chars if best else 0):
        # the post's text is spread over the tree (its own fields): the tree read in order
        page = tree_html(value, record)
        chars = markup_chars(page)
        if chars >= _MIN_HTML_CHARS and (best is None or chars > best.chars):
            return Body("html", page, chars)
    return best


def post_body(data: bytes, name: str, parsed=None) -> Body:
    """The body of a post exported as JSON; CorpusError for invalid JSON, one past a bound, or one
    with no post body (the desk's check of an upload's type, and the reader's first step). `parsed`
    as `load`'s."""
    body = find_body(load(data, name, parsed))
    if body is None:
        raise CorpusError(name, "JSON 里找不到文章正文（HTML、Markdown 或文字，或编辑器的块列表），"
                                "不像网站或公众号导出的文章")
    return body


def body_page(body: Body, name: str) -> str:
    """An HTML or block-list body as the page the web page reader takes whole; CorpusError for too
    many blocks."""
    if body.kind == "blocks":
        if len(body.value) > JSON_BLOCKS:
            raise CorpusError(name, f"JSON 的正文块太多（{len(body.value):,} 个，上限 {JSON_BLOCKS:,} 个），"
                                    "不像一篇文章")
        page = blocks_html(body.value)
    else:
        page = body.value
    # the body is known: the web page reader takes it whole, as it takes a WeChat article's #js_content,
    # and the post's title above it as it takes the article's title above that
    head = f"<h1>{html.escape(html.unescape(strip_tags(body.title)))}</h1>" if body.title else ""
    return f'<html><body>{head}<div id="js_content">{page}</div></body></html>'
