"""Block objects of a CMS's JSON export -> the HTML the web page reader reads (jsonpost.py's helper).

Rich-text editors keep a post as a list of block objects, each a type and its content, in a few
shapes: Editor.js (`{type: header, data: {text, level}, tunes: {alignmentTune: {alignment}}}`),
Lexical and Strapi (`{type: heading, tag: h2 | level: 2, children: [{type: text, text, format}]}`),
Notion (`{type: heading_2, heading_2: {rich_text: [{plain_text, annotations: {bold}}]}}`), Sanity's
Portable Text (`{_type: block, style: h2, children: [{_type: span, text, marks: [strong]}]}`),
Contentful (`{nodeType: heading-2, content: [{nodeType: text, value}]}`) and Ghost's mobiledoc. They
are read by their shape, not by the editor's name: the kind is found in the words of the type
(`head`, `h2`, `list`, `item`, `table`, `quote`, `divider`), the level in a `level`, a `tag` or the
type's digits, the text in the inline nodes under it, its alignment in any `align`/`alignment` key.
Each block becomes the element the web page reader knows (`<h2>`, `<p style="text-align:right">`,
`<ul><li>`, `<table>`, `<blockquote>`, `<hr>`), so a block is read exactly as the same thing
printed on a web page is. Images, embeds and files are left out, their captions with them.
"""
from __future__ import annotations

import html
import re

__all__ = ["blocks_html", "delta_html", "is_block", "is_delta", "mobiledoc_html", "TYPE_KEYS"]

TYPE_KEYS = ("type", "_type", "nodeType", "blockType", "__typename", "kind")
_INLINE_TYPES = re.compile(r"^(?:text|span|link|hyperlink|autolink|mention|emoji|equation|code|hard_?break|"
                           r"line_?break|linebreak|br|inline.*|entry-hyperlink|mark)$", re.I)
_SKIP = re.compile(r"image|img|picture|photo|video|audio|embed|file|attach|gallery|bookmark|link_?preview|"
                   r"iframe|map|button|checklist_?item_?meta", re.I)
_RULE = re.compile(r"delimiter|divider|separator|rule|^hr$|horizontal|break$", re.I)
_HEADING = re.compile(r"head|title|^h[1-6]$", re.I)
_TAG_LEVEL = re.compile(r"(?:^|[^a-z])h(?:eading|eader)?[-_ ]?([1-6])$|^h([1-6])$|[-_ ]([1-6])$", re.I)
_MARKUP = re.compile(r"<(?:/?[a-z][a-z0-9]*\b[^>]*|!--)>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.I)
_ALIGNS = {"right": "right", "end": "right", "center": "center", "centre": "center", "middle": "center"}
_LEVEL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _type(node: dict) -> str:
    for key in TYPE_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def is_block(node) -> bool:
    """A dict that names its type (`type`, `_type`, `nodeType`, …): a block or an inline node."""
    return isinstance(node, dict) and bool(_type(node))


def _payload(node: dict, kind: str) -> dict:
    """Where a block keeps its content: Editor.js's `data`, Notion's `node[type]`, else the node."""
    for inner in (node.get("data"), node.get(kind), node.get("attrs"), node.get("props")):
        if isinstance(inner, dict):
            return {**node, **inner}
    return node


def _inline_string(text: str) -> str:
    """A text that may carry inline markup (`<b>`, `&nbsp;`): kept as HTML; plain text escaped."""
    return text if _MARKUP.search(text) else html.escape(text).replace("\n", "<br>")


def _bold(node: dict) -> bool:
    marks = node.get("marks")
    names = {str(m.get("type", "")) if isinstance(m, dict) else str(m) for m in marks} if isinstance(marks, list) else set()
    annotations = node.get("annotations") if isinstance(node.get("annotations"), dict) else {}
    fmt = node.get("format")
    return bool(node.get("bold") or annotations.get("bold") or names & {"strong", "bold", "b"}
                or (isinstance(fmt, int) and not isinstance(fmt, bool) and fmt & 1))


def _inline(nodes, depth: int) -> str:
    """Inline nodes (spans, text runs, links) -> inline HTML, bold kept as `<b>`."""
    out = []
    for node in nodes if isinstance(nodes, list) else [nodes]:
        if isinstance(node, str):
            out.append(_inline_string(node))
            continue
        if not isinstance(node, dict) or depth > 20:
            continue
        if re.search(r"break", _type(node), re.I):
            out.append("<br>")
            continue
        text = _own_text(node)
        piece = _inline_string(text) if text is not None else _inline(_children(node), depth + 1)
        out.append(f"<b>{piece}</b>" if piece and _bold(node) else piece)
    return "".join(out)


def _own_text(node: dict) -> str | None:
    for key in ("text", "plain_text", "value", "content", "html"):
        value = node.get(key)
        if isinstance(value, str):
            return value
        if key == "text" and isinstance(value, dict) and isinstance(value.get("content"), str):
            return value["content"]  # Notion's rich text: {text: {content}}
    return None


def _children(node: dict):
    for key in ("children", "rich_text", "content", "text", "spans", "items", "nodes", "inlines"):
        value = node.get(key)
        if isinstance(value, list):
            return value
    return []


def _level(node: dict, kind: str) -> int:
    value = node.get("level")
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 6:
        return value
    for candidate in (node.get("tag"), node.get("style"), kind):
        if isinstance(candidate, str):
            if m := _TAG_LEVEL.search(candidate.strip()):
                return int(next(g for g in m.groups() if g))
            word = candidate.lower().rsplit("-", 1)[-1].rsplit("_", 1)[-1]
            if word in _LEVEL_WORDS:  # Draft.js: header-two
                return _LEVEL_WORDS[word]
    return 2


def _align(node: dict) -> str | None:
    """"right"/"center" from any alignment the block carries: a key naming alignment, or its tunes."""
    stack, seen = [node], 0
    while stack and seen < 50:
        item = stack.pop()
        seen += 1
        for key, value in item.items():
            if isinstance(value, dict) and key not in ("children", "content"):
                stack.append(value)
            elif isinstance(value, str) and re.search(r"align|format|justif", key, re.I):
                if found := _ALIGNS.get(value.strip().lower()):
                    return found
    return None


def _text_of(node: dict, depth: int) -> str:
    text = _own_text(node)
    if text is not None:
        return _inline_string(text)
    kids = _children(node)
    if kids and all(isinstance(k, str) or (isinstance(k, dict) and _inline_node(k)) for k in kids):
        return _inline(kids, depth + 1)
    return ""


def _inline_node(node: dict) -> bool:
    kind = _type(node)
    return (not kind and _own_text(node) is not None) or bool(_INLINE_TYPES.match(kind))


def _list_items(node: dict, depth: int) -> list[str]:
    """The `<li>`s of a list block: Editor.js `items` (strings, or `{content, items}` nested), else
    its children (list-item nodes)."""
    out = []
    items = node.get("items") if isinstance(node.get("items"), list) else _children(node)
    for item in items:
        if isinstance(item, str):
            out.append(f"<li>{_inline_string(item)}</li>")
        elif isinstance(item, dict) and depth < 20:
            text = _text_of(item, depth) or "".join(_block(c, depth + 1) for c in _children(item) if is_block(c))
            nested = item.get("items") if isinstance(item.get("items"), list) else []
            out.append(f"<li>{text}</li>" + "".join(_list_items({"items": nested}, depth + 1)))
    return out


def _rows(node: dict, depth: int) -> list[list[str]]:
    """A table's rows of cell HTML: a list of lists (Editor.js `content`, `rows`, `cells`), else
    row nodes holding cell nodes."""
    for key in ("content", "rows", "cells", "table", "tableData"):
        value = node.get(key)
        if isinstance(value, list) and value and all(isinstance(r, list) for r in value):
            return [[_inline(c, depth + 1) for c in row] for row in value]
    rows = []
    for row in _children(node):
        if isinstance(row, dict):
            cells = row.get("cells") if isinstance(row.get("cells"), list) else _children(row)
            rows.append([_inline(c, depth + 1) if not isinstance(c, dict) or _inline_node(c)
                         else _text_of(c, depth + 1) or "".join(_inline(k, depth + 2) for k in _children(c))
                         for c in cells])
        elif isinstance(row, list):
            rows.append([_inline(c, depth + 1) for c in row])
    return rows


def _table(node: dict, depth: int) -> str:
    rows = _rows(node, depth)
    head = bool(node.get("withHeadings") or node.get("hasHeader") or node.get("has_column_header")
                or node.get("header") is True)
    out = []
    for n, row in enumerate(rows):
        tag = "th" if head and n == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def _block(node, depth: int = 0) -> str:
    """One block object -> HTML ("" for one that prints nothing: an image, an embed)."""
    if not isinstance(node, dict) or depth > 40:
        return ""
    kind = _type(node)
    data = _payload(node, kind)
    align = _align(node)
    style = f' style="text-align:{align}"' if align else ""
    if _SKIP.search(kind):
        return ""
    if _RULE.search(kind):
        return "<hr>"
    if re.search(r"table", kind, re.I) and not re.search(r"row|cell", kind, re.I):
        return _table(data, depth)
    if re.search(r"list", kind, re.I) and not re.search(r"item", kind, re.I):
        tag = "ol" if re.search(r"order|number", str(data.get("style", "")) + kind + str(data.get("listType", "")),
                                re.I) and not re.search(r"unorder", str(data.get("style", "")) + kind, re.I) else "ul"
        return f"<{tag}>" + "".join(_list_items(data, depth)) + f"</{tag}>"
    text = _text_of(data, depth)
    inner = "".join(_block(c, depth + 1) for c in _children(data) if is_block(c) and not _inline_node(c)) \
        if not text else ""
    if re.search(r"item", kind, re.I):
        return f"<ul><li{style}>{text}</li></ul>" + inner
    if re.search(r"quote", kind, re.I):
        return f"<blockquote{style}><p>{text}</p>{inner}</blockquote>"
    if re.search(r"code|raw|html", kind, re.I) and isinstance(data.get("html"), str):
        return data["html"]
    style_word = str(data.get("style") or data.get("tag") or "")
    if text and (_HEADING.search(kind) or re.fullmatch(r"h[1-6]", style_word, re.I)):
        level = _level(data, kind)
        return f"<h{level}{style}>{text}</h{level}>"
    if text:
        return f"<p{style}>{text}</p>"
    return inner


def blocks_html(blocks: list) -> str:
    """A list of block objects -> the HTML of the post's body, in their order."""
    return "\n".join(filter(None, (_block(b) for b in blocks)))


def mobiledoc_html(doc: dict) -> str:
    """Ghost's mobiledoc (`sections` of markup, list and card sections over `markups`/`cards`) ->
    HTML: markup sections keep their tag (`h2`, `p`, `blockquote`), lists their items; an `html`
    or `markdown` card its text (Markdown set as preformatted lines, read line by line)."""
    markups = [m[0] if isinstance(m, list) and m else "" for m in doc.get("markups") or []]
    cards = doc.get("cards") or []
    out = []
    for section in doc.get("sections") or []:
        if not isinstance(section, list) or len(section) < 2:
            continue
        code = section[0]
        if code == 1 and len(section) > 2:
            tag = str(section[1]).lower() if re.fullmatch(r"h[1-6]|p|blockquote|aside", str(section[1]), re.I) else "p"
            out.append(f"<{tag}>{_markers(section[2], markups)}</{tag}>")
        elif code == 3 and len(section) > 2:
            tag = "ol" if str(section[1]).lower() == "ol" else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{_markers(i, markups)}</li>" for i in section[2]
                                            if isinstance(i, list)) + f"</{tag}>")
        elif code == 10 and isinstance(section[1], int) and 0 <= section[1] < len(cards):
            out.append(_card(cards[section[1]]))
    return "\n".join(out)


def _markers(markers, markups: list[str]) -> str:
    out, bold = [], 0
    for marker in markers if isinstance(markers, list) else []:
        if not (isinstance(marker, list) and len(marker) >= 4):
            continue
        opens = [markups[i] for i in marker[1] if isinstance(i, int) and 0 <= i < len(markups)] \
            if isinstance(marker[1], list) else []
        strong = sum(1 for m in opens if m in ("strong", "b"))
        text = html.escape(marker[3]) if marker[0] == 0 and isinstance(marker[3], str) else ""
        out.append("<b>" * strong + text)
        bold += strong
        closes = marker[2] if isinstance(marker[2], int) else 0
        shut = min(bold, closes)  # an approximation: bold closes first among the marker's closes
        out.append("</b>" * shut)
        bold -= shut
    return "".join(out) + "</b>" * bold


def _card(card) -> str:
    if not (isinstance(card, list) and len(card) > 1 and isinstance(card[1], dict)):
        return ""
    payload = card[1]
    if isinstance(payload.get("html"), str):
        return payload["html"]
    if isinstance(payload.get("markdown"), str):
        return "<pre data-markdown>" + html.escape(payload["markdown"]) + "</pre>"
    return ""


def is_delta(node) -> bool:
    """A Quill Delta: `{ops: [{insert: …, attributes: …}, …]}`."""
    ops = node.get("ops") if isinstance(node, dict) else None
    return isinstance(ops, list) and bool(ops) and all(isinstance(op, dict) and "insert" in op for op in ops[:50])


def delta_html(doc: dict) -> str:
    """A Quill Delta -> HTML: runs of text up to a newline are a line, and the newline's attributes
    say what the line is (`header: 2`, `list: bullet`, `blockquote`, `align: right`); bold runs
    stay bold; images and other embeds are left out."""
    out, runs = [], []
    for op in doc.get("ops") or []:
        text, attrs = op.get("insert"), op.get("attributes") if isinstance(op.get("attributes"), dict) else {}
        if not isinstance(text, str):
            continue  # an image, a video, a formula
        lines = text.split("\n")
        for n, part in enumerate(lines):
            if part:
                piece = html.escape(part)
                runs.append(f"<b>{piece}</b>" if attrs.get("bold") else piece)
            if n < len(lines) - 1:  # a newline: the line ends, with this op's attributes
                out.append(_delta_line("".join(runs), attrs))
                runs = []
    if runs:
        out.append(_delta_line("".join(runs), {}))
    return "\n".join(x for x in out if x)


def _delta_line(text: str, attrs: dict) -> str:
    if not text:
        return ""
    align = _ALIGNS.get(str(attrs.get("align", "")).lower())
    style = f' style="text-align:{align}"' if align else ""
    header = attrs.get("header")
    if isinstance(header, int) and 1 <= header <= 6:
        return f"<h{header}{style}>{text}</h{header}>"
    if attrs.get("list"):
        return f"<ul><li{style}>{text}</li></ul>"
    if attrs.get("blockquote"):
        return f"<blockquote{style}><p>{text}</p></blockquote>"
    return f"<p{style}>{text}</p>"

