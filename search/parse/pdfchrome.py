"""Page furniture of a printed page that is no running header (pdflayout.py, after its furniture):

- **a side column**: a narrow column beside a column of running text at least twice as wide, its
  lines all short and set mostly smaller than the body, with no source line in it: a box of the
  issue's contents and a pull quote, a printed web page's navigation (`首页 / 协会概况 / 往期简报`);
- **an unmarked note at a page's foot**: a line that opens with a note's label (`注：`, `说明：`,
  `备注：`) and no mark any text cites, set smaller than the body, apart below the column's text
  (not under a table: a note there is the table's), nothing but such lines after it;
- **the closing chrome of a printed web page**: after the last line of text, the last lines set
  smaller than the body, short, with no sentence, number, source or note mark in them (`分享到：微信 微博 返回顶部`).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from search.parse.pdfnotes import note_mark
from search.parse.sources import names_source

if TYPE_CHECKING:
    from search.parse.pdflayout import _Line, _Page

_PROSE = 18  # characters: a line of running text in a wide column (columns.PROSE_CHARS)
_SMALLER = 0.95  # a line set at most this share of the body's size is set smaller
_NOTE = re.compile(r"^\s*(?:注|说明|备注|附注)\s*[：:]")
_SENTENCE = re.compile(r"[。！？；.!?;]")
_CHROME_CHARS = 24
_CHROME_LINES = 3


def _columns(page: _Page) -> list[tuple[bool, list]]:
    if page.columns is not None:
        return page.columns
    return [(True, sorted(page.lines, key=lambda ln: ln.top))]


def mark_chrome(pages: list[_Page]) -> None:
    """Mark the side columns, unmarked foot notes and closing chrome of the pages as furniture."""
    body = _body([ln for p in pages for ln in p.lines if not ln.furniture and ln.confidence is None])
    if not body:
        return
    for page in pages:
        _side_columns(page, body)
        _foot_notes(page, body)
    _closing(pages, body)


def _body(lines: list[_Line]) -> float:
    sizes: Counter = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _content(column: list) -> list[_Line]:
    return [it for it in column if hasattr(it, "furniture") and not it.furniture and it.confidence is None]


def _side_columns(page: _Page, body: float) -> None:
    cols = [(full, column, _content(column)) for full, column in _columns(page)]
    for full, column, lines in cols:
        if full or not lines or any(not hasattr(it, "furniture") for it in column):
            continue  # a full-width band, or a table in it
        x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
        top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
        if any(len(ln.text.strip()) >= _PROSE or names_source(ln.text) for ln in lines):
            continue
        chars = sum(len(ln.text) for ln in lines)
        if 2 * sum(len(ln.text) for ln in lines if ln.size <= _SMALLER * body) < chars:
            continue
        beside = False
        for _, other, olines in cols:
            level = [ln for ln in olines if ln.bottom > top and ln.top < bottom]  # its lines beside this column's
            if other is column or not level:
                continue
            ox0, ox1 = min(ln.x0 for ln in level), max(ln.x1 for ln in level)
            prose = sum(len(ln.text.strip()) >= _PROSE and ln.size > _SMALLER * body for ln in level)
            beside = beside or (ox1 - ox0 >= 2 * (x1 - x0) and prose >= 3 and (ox0 >= x1 or ox1 <= x0))
        if beside:
            for ln in lines:
                ln.furniture = True


def _foot_notes(page: _Page, body: float) -> None:
    above = None  # the last item before the note, a line or a table: in its column, or the column before it
    for _, column in _columns(page):  # (a note across the page's width is a band of its own)
        for k, it in enumerate(column):
            if not hasattr(it, "furniture"):
                above = it
                continue
            if it.furniture:
                continue
            if _NOTE.match(it.text) and it.confidence is None and it.size <= _SMALLER * body \
                    and it.top >= 0.55 * page.height and hasattr(above, "furniture") \
                    and it.top - above.bottom >= 3 * (above.size or 10):
                rest = [r for r in column[k + 1:] if hasattr(r, "furniture") and not r.furniture]
                if all(r.size <= _SMALLER * body and r.top > it.top for r in rest) and \
                        all(hasattr(r, "furniture") for r in column[k + 1:]):
                    for ln in [it] + rest:
                        ln.furniture = True
                    break
            above = it


def _closing(pages: list[_Page], body: float) -> None:
    """The last page's closing lines, from the end back to the last line of text."""
    for page in reversed(pages):
        lines = [ln for _, column in _columns(page) for ln in _content(column)]
        if not lines:
            continue
        for ln in reversed(lines[-_CHROME_LINES:]):
            text = ln.text.strip()
            if ln.size > _SMALLER * body or len(text) > _CHROME_CHARS or _SENTENCE.search(text) \
                    or re.search(r"\d", text) or names_source(text) or note_mark(text):
                return  # a footnote (`* 来源：X`) is the story's: pdfnotes.py places it
            ln.furniture = True
        return
