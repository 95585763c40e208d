"""Blocks -> header, table of contents and sections: the parser's view of a briefing's structure.

A section opens at `【X】`, at a heading (`## X`, a Word heading) at the level where the
briefing's known section names stand, at `一、X` (a known name, or the next number of a numbered
sequence of sections), or at a line that is only a known section name. Any name is a section; at
least one opener must be unmistakable (`【X】` or a known name), else the file is not a briefing.

The table of contents is recognised by its relation to what follows: the leading sections that
only list entries, whose names open sections again later or whose entries re-appear later as
titles. A section of bullets that nothing later repeats is content, never table of contents.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from search.model import SECTION_KINDS
from search.parse.blocks import Block
from search.text import unspaced

# The section names the parser knows (data/sections.txt, through the model's one table of kinds).
KNOWN_SECTIONS = tuple(SECTION_KINDS)
DATA_SECTIONS = tuple(n for n, kind in SECTION_KINDS.items() if kind == "data")  # for parser.py

_BRACKET = re.compile(r"^【\s*([^】：:]{1,12}?)\s*】$")
_NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(rf"^([{_NUMERALS}]{{1,2}})\s*[、.．]\s*([\u4e00-\u9fff]{{2,8}})$")
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,8}$")  # section names are short; headlines rarely are
_MASTHEAD = re.compile(r"(?:简报|快报|通讯|周报|专报|要报|期刊)$")  # the briefing's own name, not a section
_TOC_WORDS = {"目录", "本期目录", "目次", "本期导读", "导读", "本期要目", "要目"}
_SENTENCE_END = "。；;！!"


@dataclass
class Section:
    name: str
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Layout:
    header: list[Block]
    toc: dict[str, list[str]]  # section -> entries, as printed (whitespace collapsed)
    toc_blocks: list[Block]  # every block of the table of contents, its headings included
    sections: list[Section]  # content sections, in order
    furniture: list[Block]


def key(text: str) -> str:
    """Letters and digits only, NFKC, lower case: for matching a TOC entry with a later title."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).lower()


def _numeral(text: str) -> int:
    if len(text) == 1:
        return _NUMERALS.index(text) + 1
    if text[0] == "十":
        return 10 + _NUMERALS.index(text[1]) + 1
    return -1


def _openers(blocks: list[Block]) -> dict[int, str] | None:
    """Index -> section name of every block that opens a section; None without an unmistakable one."""
    plain = key  # a heading's name compared without spaces
    # The styles (a heading's level, or a bold title line) in which the known sections stand.
    anchor_styles = {(b.kind, b.level) for b in blocks if b.kind in ("heading", "title")
                     and (_BRACKET.match(b.text.strip()) or plain(b.text) in KNOWN_SECTIONS)}
    openers: dict[int, str] = {}
    anchored = False
    numbered_next: int | None = None
    for i, b in enumerate(blocks):
        if b.kind in ("table", "furniture"):
            continue
        text = b.text.strip()
        name = None
        m = _BRACKET.match(text)
        if m:
            name, anchored = unspaced(m.group(1)), True
        elif b.kind != "list_item" and plain(text) in KNOWN_SECTIONS:
            name, anchored = plain(text), True
        elif (m := _NUMBERED.match(unspaced(text))) and b.kind != "list_item":
            number = _numeral(m.group(1))
            if m.group(2) in KNOWN_SECTIONS or (number == 1 and not openers) or number == numbered_next:
                name = m.group(2)
                anchored = anchored or m.group(2) in KNOWN_SECTIONS
                numbered_next = number + 1
        elif anchored and (b.kind, b.level) in anchor_styles and _NAME.match(unspaced(text)) \
                and plain(text) not in _TOC_WORDS and not _MASTHEAD.search(plain(text)):
            name = plain(text)
        if name:
            openers[i] = name
    return openers if anchored else None


def layout(blocks: list[Block]) -> Layout | None:
    """The structure of a briefing's blocks; None when no section opener is unmistakable."""
    furniture = [b for b in blocks if b.kind == "furniture"]
    blocks = [b for b in blocks if b.kind != "furniture"]
    openers = _openers(blocks)
    if openers is None:
        return None
    first = min(openers)
    toc_word = next((i for i in range(first) if key(blocks[i].text) in _TOC_WORDS), None)
    header_end = toc_word if toc_word is not None else first
    header = [b for b in blocks[:header_end] if b.kind != "list_item"]
    toc_blocks = [b for b in blocks[:first] if b not in header]
    toc: dict[str, list[str]] = {}
    loose = [b.text for b in toc_blocks if key(b.text) not in _TOC_WORDS]
    if loose:
        toc["目录"] = loose

    sections: list[Section] = []
    order = sorted(openers)
    for n, i in enumerate(order):
        end = order[n + 1] if n + 1 < len(order) else len(blocks)
        sections.append(Section(openers[i], blocks[i], blocks[i + 1:end]))

    k = 0
    while k < len(sections) - 1 and _is_toc_section(sections[k], sections[k + 1:]):
        s = sections[k]
        toc[s.name] = toc.get(s.name, []) + [b.text for b in s.blocks]
        toc_blocks += [s.heading] + s.blocks
        k += 1
    return Layout(header, toc, toc_blocks, sections[k:], furniture)


def _is_toc_section(section: Section, later: list[Section]) -> bool:
    """Only entries, and related to what follows: its name opens a later section, or its entries
    re-appear later as lines of their own."""
    entries = section.blocks
    for b in entries:
        text = b.text.strip()
        if b.kind == "table" or len(text) > 120 or text[-1:] in _SENTENCE_END:
            return False
    if any(s.name == section.name for s in later):
        return True
    if not entries:
        return False
    later_keys = [key(b.text) for s in later for b in ([s.heading] if s.heading else []) + s.blocks]
    later_keys = [k for k in later_keys if len(k) >= 4]
    found = sum(any(_same_title(key(b.text), lk) for lk in later_keys) for b in entries)
    return found * 2 >= len(entries)


def _same_title(a: str, b: str) -> bool:
    if len(a) < 4:
        return False
    n = min(12, len(a), len(b))
    return a[:n] == b[:n]
