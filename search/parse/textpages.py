"""Pages of a text file: the form feeds `pdftotext` (and printers' text) put between pages, and the
lines each page repeats at its edges (part of the text reader, blocks.py).

Where form feeds part the text into pages, a page's first and last printed lines are page furniture
when they are a page number (`— 1 —`, `第2页`, `3/4`), when the same line (digits aside) stands at the
same edge of another page, or, at the top of a page after the first, when every part of it (parts
set apart by wide gaps) is printed in the first page's masthead: the running head of a two-page
issue (`数字贸易简报        2025年第8期`) stands on its second page only.
"""
from __future__ import annotations

import re
from collections import Counter

from search.parse.shapes import columns
from search.text import unspaced

_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,3}\s*(?:页|/\s*\d{1,3})?[-—–－\s]*$")
_MASTHEAD_LINES = 6
_HEAD_CHARS = 40


def furniture(lines: list[str]) -> set[int]:
    """The indexes of the lines (of a text whose pages form feeds part) that are page furniture."""
    pages: list[list[int]] = [[]]
    for k, line in enumerate(lines):
        parts = line.split("\f")
        for _ in parts[1:]:
            pages.append([])
        if line.replace("\f", "").strip():
            pages[-1].append(k)
    pages = [p for p in pages if p]
    if len(pages) < 2:
        return set()
    text = lambda k: lines[k].replace("\f", "").strip()
    shape = lambda k: re.sub(r"\d+", "#", unspaced(text(k)))
    tops = Counter(shape(p[0]) for p in pages)
    bottoms = Counter(shape(p[-1]) for p in pages)
    masthead = "".join(unspaced(text(k)) for k in pages[0][:_MASTHEAD_LINES])
    found: set[int] = set()
    for n, page in enumerate(pages):
        for k, edge in ((page[0], tops), (page[-1], bottoms)):
            line = text(k)
            if _PAGE_NUMBER.match(line) or edge[shape(k)] >= 2:
                found.add(k)
        top = text(page[0])
        if n and len(unspaced(top)) <= _HEAD_CHARS and all(unspaced(p) in masthead for p in columns(top)):
            found.add(page[0])
    return found


_QUOTED = re.compile(r"^\s*>\s?")
_QUOTED_SHARE = 0.6  # of the printed lines, quoted: the file is a forwarded mail, the issue quoted in it
_QUOTED_LINES = 5


def unquoted(lines: list[str]) -> tuple[list[str], set[int]]:
    """A briefing forwarded by mail and saved as text: most lines quoted (`> `). The quoted lines
    are the issue, one level of quoting removed (a quoted blank line is blank); the lines outside
    the quote (the mail's header `发件人:`/`From:`, `-----原始邮件-----`, the covering note) are
    furniture, their indexes returned. Any other text: unchanged, no furniture."""
    printed = [k for k, line in enumerate(lines) if line.strip()]
    quoted = [k for k in printed if _QUOTED.match(lines[k])]
    if len(quoted) < _QUOTED_LINES or len(quoted) < _QUOTED_SHARE * len(printed):
        return lines, set()
    out = [_QUOTED.sub("", line, count=1) if _QUOTED.match(line) else line for line in lines]
    return out, set(printed) - set(quoted)
