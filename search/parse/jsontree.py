"""A post exported as a tree of its own fields (jsonpost.py's fallback): when no one string or block
list holds the post, but its text is spread over the tree (`sections[].articles[].{title, body,
source}`, a CMS of the association's own), the tree is read in its order as the page it stands for.

A dict's title (`title`, `name`, `heading`, `headline`, `section`) is a heading one level below the
title of the dict above it; its other strings are paragraphs (HTML kept as it is); a string under a
key naming a source (`source`, `origin`, `来源`, `出处`) is a right-aligned `来源：X` line, as the
web page reader knows one; the record of each (ids, URLs, times, authors, tags) is left out.
"""
from __future__ import annotations

import html
import re

from search.parse.markup import ENTITY, TAG, holds_html

__all__ = ["covered", "leaves", "tree_html"]

_TITLE_KEYS = ("title", "name", "heading", "headline", "section", "label", "标题", "栏目")
_SOURCE_KEY = re.compile(r"^(?:source|sources|origin|from|via|来源|出处|信息来源)(?:_?name)?$", re.I)
_COMPACT = re.compile(rf"\s+|{TAG}|{ENTITY}", re.I)


def _compact(text: str) -> str:
    return _COMPACT.sub("", text)


def leaves(value, record, limit: int = 100_000):
    """The strings of the tree that may be the post's text (under no key of `record`), in order."""
    stack, seen = [("", value)], 0
    while stack and seen < limit:
        key, item = stack.pop()
        seen += 1
        if isinstance(item, str):
            if item.strip() and item.lstrip()[:1] not in "{[":
                yield item
        elif isinstance(item, dict):
            stack.extend((k, v) for k, v in reversed(list(item.items())) if not record(k))
        elif isinstance(item, list):
            stack.extend((key, v) for v in reversed(item))


_SAMPLE = 300  # leaves looked for in the body, at most (each look reads the body: a hostile tree of
               # 300,000 strings beside a 5 MB body would take minutes)


def covered(value, record, body_text: str, alternatives: int) -> bool:
    """Whether the body holds most of the tree's text: its leaves found in the body, or as long as
    it (`alternatives`: another rendering of it, a `plaintext` beside an `html`)."""
    body = _compact(body_text)
    inside = outside = looked = 0
    for leaf in leaves(value, record, limit=_SAMPLE * 20):
        text = _compact(leaf)
        if len(text) < 8:
            continue
        looked += 1
        if looked > _SAMPLE:
            break
        if (body and text in body) or (alternatives and len(text) >= 0.8 * alternatives):
            inside += len(text)
        else:
            outside += len(text)
    return outside <= inside


def tree_html(value, record) -> str:
    """The tree read in order as HTML: titles as headings by their depth, sources as source lines."""
    out: list[str] = []
    stack = [(value, 1)]
    while stack and len(out) < 100_000:
        item, level = stack.pop()
        if isinstance(item, str):
            out.append(item if holds_html(item) else "".join(
                f"<p>{html.escape(p.strip())}</p>" for p in item.split("\n") if p.strip()))
        elif isinstance(item, list):
            stack.extend((v, level) for v in reversed(item))
        elif isinstance(item, dict):
            title = next((item[k] for k in _TITLE_KEYS if isinstance(item.get(k), str) and item[k].strip()), None)
            if title is not None:
                out.append(f"<h{min(level, 6)}>{html.escape(title.strip())}</h{min(level, 6)}>")
            inner = []
            for key, v in item.items():
                if key in _TITLE_KEYS or v is None or isinstance(v, (int, float, bool)):
                    continue
                if isinstance(v, str) and _SOURCE_KEY.match(key):
                    inner.append((_Raw(f'<p style="text-align:right">来源：{html.escape(v.strip())}</p>'), level))
                elif not record(key):
                    inner.append((v, level + 1 if title is not None else level))
            stack.extend(reversed(inner))
        elif isinstance(item, _Raw):
            out.append(item.html)
    return "\n".join(out)


class _Raw:
    """HTML made here, set down as it is."""

    __slots__ = ("html",)

    def __init__(self, html_: str):
        self.html = html_
