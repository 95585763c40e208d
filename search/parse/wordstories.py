"""A Word table that lists stories, a row a story (a briefing's news set as `序号 | 标题 | 内容摘要 | 来源`):
read as the stories it lists, each row its title, its text and its source (for word.py's tables).

By shape, not by its labels: a row is a story where one cell holds running text (sentences), another a
title's line (words, no sentence inside) and another at most an outlet's name; a row of short labels
above them is the table's head; a cell of a number alone is the story's number.
"""
from __future__ import annotations

import re

from search.parse.blocks import Block, clean
from search.parse.sources import outlet_shaped, source_line
from search.parse.wordparts import paragraph_text
from search.parse.wordtables import row_cells

_BODY = 40  # a story's text runs to sentences this long at least
_TITLE = re.compile(r"^[^。；！？;!?]{6,60}$")
_NUMBER = re.compile(r"^\s*[\d一二三四五六七八九十]{1,3}\s*[.、．]?\s*$")
_LABEL = 8  # a head's label is a word or two


def story_blocks(table, rows: list[list[str]], first: int) -> list[Block] | None:
    """The table's rows (`rows`: their cells' text, wordtables.table_rows) as stories, or None where it is
    no list of stories (fewer than two rows of story, or a row that is neither a story nor the head).
    Only a list of stories has its cells read again, for the paragraphs of each story's text."""
    found: list[tuple[int, tuple[int, int, int | None]]] = []
    for k, texts in enumerate(rows):
        if not any(texts):
            continue
        if not found and all(len(t) <= _LABEL and not _NUMBER.match(t) for t in texts if t):
            continue  # the head: 序号, 标题, 内容摘要, 来源
        if (story := _story(texts)) is None:
            return None
        found.append((k, story))
    if len(found) < 2:
        return None
    out: list[Block] = []
    xml_rows = table.rows
    for k, (title, body, source) in found:
        texts, line = rows[k], first + k + 1
        paragraphs = [t for q in row_cells(xml_rows[k])[body].paragraphs if (t := clean(paragraph_text(q._p)))]
        out.append(Block("title", texts[title], line=line, raw=texts[title]))
        out += [Block("paragraph", p, line=line, raw=p) for p in paragraphs]
        if source is not None:
            out.append(Block("paragraph", f"来源：{source_line(texts[source]) or texts[source]}", line=line,
                             raw=texts[source]))
    return out


def _story(texts: list[str]) -> tuple[int, int, int | None] | None:
    """(title, body, source) cells of a row, or None where the row is no story."""
    body = max(range(len(texts)), key=lambda i: len(texts[i]))
    if len(texts[body]) < _BODY or "。" not in texts[body]:
        return None
    rest = [i for i in range(len(texts)) if i != body and texts[i] and not _NUMBER.match(texts[i])]
    source = next((i for i in reversed(rest) if source_line(texts[i]) or outlet_shaped(texts[i])), None)
    titles = [i for i in rest if i != source and _TITLE.match(texts[i])]
    if not titles:
        return None
    return max(titles, key=lambda i: len(texts[i])), body, source
