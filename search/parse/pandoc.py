"""Markdown in the pandoc and Hugo dialects, for the text reader (blocks.py).

- **Attribute blocks** (`## 数据月报 ## {#sjyb}`, `### 标题 {.story data-x="1"}`, `# X {-}`): a
  heading's trailing `{…}` of ids, classes and key=value pairs goes, and so do its closing hashes;
  a table caption (`: 表题 {#tbl:x}`, `Table: 表题`) keeps its words only.
- **Fenced divs** (`::: {.source}`, `:::: note`, `:::`): the fence lines are markup, not text, of
  whatever class; what they hold is read as the lines it is.
- **Grid tables** (`+----+----+`, `+====+` under the header, `| a | b |` rows, a cell's text over
  several lines): read as a table of cells, one row between two rules.
- **Link reference definitions** (`[home]: http://…`) and contents markers (`[TOC]`, `[[_TOC_]]`)
  are furniture.
"""
from __future__ import annotations

import re

from search.text import compact

_ATTR_ITEM = r"(?:[#.][^\s{}]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s{}]+)|-)"
# (each match starts where a run of spaces starts, `(?<!\s)`, or at the hash: a long run of spaces is
# tried once, not once a space, so a hostile line costs its length, not its square)
_ATTRS = re.compile(r"(?<!\s)\s*\{\s*" + _ATTR_ITEM + r"(?:\s+" + _ATTR_ITEM + r")*\s*\}\s*$")
_CLOSING_HASHES = re.compile(r"(?:^|(?<=\s))#+\s*$")
_FENCE = re.compile(r"^\s*:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*\s*$")
_CAPTION = re.compile(r"^\s*(?::|Table:|表:|表：)\s+(?P<t>\S.*)$")
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]^][^\]]*\]:\s*\S+(?:\s+[\"'(].*[\"')])?\s*$")
_TOC = re.compile(r"^\s*(?:\[TOC\]|\[\[_TOC_\]\]|\$\{toc\}|\{\{<\s*toc\s*>\}\}|<!--\s*toc\s*-->)\s*$", re.I)


def heading_text(text: str) -> str:
    """A heading's text without its attribute block and closing hashes."""
    text = _ATTRS.sub("", text)
    m = _CLOSING_HASHES.search(text)
    stripped = text[:m.start()].rstrip() if m else text
    return stripped if stripped.strip() else text


def is_markup(line: str) -> bool:
    """A fenced div's fence, a link reference definition or a contents marker: no printed text."""
    return bool(_FENCE.match(line) or _LINK_DEF.match(line) or _TOC.match(line))


def caption(line: str) -> str | None:
    """A table caption's words (`: 表题 {#tbl:x}` -> `表题`), None for any other line."""
    m = _CAPTION.match(line)
    if not m or not _ATTRS.search(line) and not line.lstrip().startswith(("Table:", "表")):
        return None
    return _ATTRS.sub("", m.group("t")).strip() or None


def grid_table(lines: list[str], k: int) -> tuple[list[list[str]], int] | None:
    """The rows of a grid table starting at line k (a `+---+` rule) and the index after its last
    line; None where line k opens none. A row is the `|` lines between two rules, each column's
    pieces joined."""
    if not _GRID_RULE.match(lines[k]):
        return None
    rows: list[list[str]] = []
    pending: list[list[str]] = []
    end = k
    while end < len(lines) and (_GRID_RULE.match(lines[end]) or _GRID_ROW.match(lines[end])):
        if _GRID_RULE.match(lines[end]):
            if pending:
                rows.append(_join(pending))
            pending = []
        else:
            pending.append([c.strip() for c in lines[end].strip()[1:-1].split("|")])
        end += 1
    if pending:
        rows.append(_join(pending))
    rows = [r for r in rows if any(r)]
    return (rows, end) if rows else None


def _join(pieces: list[list[str]]) -> list[str]:
    width = max(len(p) for p in pieces)
    return [compact(" ".join(p[i] for p in pieces if i < len(p) and p[i])) for i in range(width)]
