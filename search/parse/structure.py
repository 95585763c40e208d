"""Blocks -> header, table of contents and sections: the parser's view of a briefing's structure.

A section opens at a banner, recognised by its shape whatever draws it (banners.py, shapes.py): a short line
framed by the same decoration on both ends or by brackets (`【X】`, `◆X◆`, `■ X ■`, `——X——`), a part
(`第一部分 X`), a table of one cell; at a heading (`## X`, a Word heading) at the level where the
briefing's known section names stand; at `一、X` (a known name, or the next number of a numbered
sequence of sections); or at a line that is only a known section name, whatever mark stands before
it (`■ 行业资讯`, `▌数据月报`). Any name is a section; at
least one opener must be unmistakable (a banner or a known name), else the file is not a briefing.

A table of contents printed in two columns on one line (`数据月报　　　　行业资讯`, then the titles
paired side by side) is read column by column: the left column down, then the right one.

The table of contents is recognised by its relation to what follows: the leading sections that
only list entries, whose names open sections again later or whose entries re-appear later as
titles. A section of bullets that nothing later repeats is content, never table of contents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from search import vocab
from search.model import SECTION_KINDS
from search.parse.banners import (KNOWN_SECTIONS, MASTHEAD, SHORT_NAME, TOC_WORDS, banner, key, known_section,
                                  labelled_cells, mark_of, printed_name, section_like, unglossed)
from search.parse.blocks import Block, classify
from search.parse.colophon import end_matter
from search.parse.ruled import boxed
from search.parse.script import simplified
from search.parse.shapes import columns, indent_width, is_rule, labelled, number_badge, strip_list_number
from search.text import unspaced
from search.parse.wrapper import unwrap

DATA_SECTIONS = tuple(n for n, kind in SECTION_KINDS.items() if kind == "data")  # for parser.py

_NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(rf"^([{_NUMERALS}]{{1,2}})\s*[、.．]\s*([\u4e00-\u9fff]{{2,8}})$")
_NUMBERED_SPACED = re.compile(rf"^([{_NUMERALS}]{{1,2}})\s+([\u4e00-\u9fff]{{2,8}})$")  # `一　数据月报`: a space for 、
_SENTENCE_END = "。；;！!"
_RIGHT_INDENT = 8  # columns of leading space past which a lone entry stands in the right column
_LATIN_GLOSS = re.compile(r"^[A-Za-z][A-Za-z&'’\s-]{2,38}[A-Za-z]$")  # a banner's name in English, a line below


@dataclass
class Section:
    name: str
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)
    breaks: frozenset[int] = frozenset()  # ids of blocks a rule stands before (`***`, `* * *`, `———`)


@dataclass
class Layout:
    header: list[Block]
    toc: dict[str, list[str]]  # section -> entries, as printed (whitespace collapsed)
    toc_blocks: list[Block]  # every block of the table of contents, its headings included
    sections: list[Section]  # content sections, in order
    furniture: list[Block]


def _numeral(text: str) -> int:
    if len(text) == 1:
        return _NUMERALS.index(text) + 1
    if text[0] == "十":
        return 10 + _NUMERALS.index(text[1]) + 1
    return -1


def _openers(blocks: list[Block]) -> dict[int, str] | None:
    """Index -> section name of every block that opens a section; None without an unmistakable one."""
    plain = printed_name  # a heading's name without spaces, its Latin letters' case kept
    # The styles (a heading's level, or a bold title line) in which known section names stand plain.
    # Where they stand as banners, a banner's shape is what opens a section: a short bold line in
    # the same style (a company's name under 【会员风采】) is no section.
    anchor_styles = {(b.kind, b.level) for b in blocks if b.kind in ("heading", "title")
                     and known_section(b.text) and not banner(b)}
    # The marks that stand before known section names (`▍协会动态`): before a short name, a banner too.
    anchor_marks = {mark_of(b) for b in blocks if known_section(b.text)} - {None}
    # A label before a known name (`【栏目】行业资讯`, `栏目：行业资讯`): before a short name, a banner too.
    anchor_labels = {lab[0] for b in blocks if (lab := labelled(b.text) or labelled_cells(b)) and known_section(lab[1])}
    # Every known name's banner centred: a short name centred so, a story's title right under it, is a
    # banner whatever its style (a pill the recogniser read without its frame: `— 数据空间 —` as `数据空间`).
    centred = {b.align for b in blocks if b.kind in ("heading", "title") and known_section(b.text)} == {"center"}
    openers: dict[int, str] = {}
    anchored = False
    numbered_next: int | None = None
    for i, b in enumerate(blocks):
        if b.kind == "furniture":
            continue
        text = b.text.strip()
        name = banner(b)
        if name:
            anchored = True
        elif b.kind == "table":
            if not (lab := labelled_cells(b)) or lab[0] not in anchor_labels:
                continue
            name, anchored = known_section(lab[1]) or plain(lab[1]), True  # `栏目 | 行业资讯` in two cells, the label seen before
        elif known_section(text):
            name, anchored = known_section(text), True
        elif (m := _NUMBERED.match(unspaced(text)) or _NUMBERED_SPACED.match(text)) and b.kind != "list_item":
            number = _numeral(m.group(1))
            known = simplified(m.group(2)) in KNOWN_SECTIONS
            if known or (number == 1 and not openers) or number == numbered_next:
                name = m.group(2)
                anchored = anchored or known
                numbered_next = number + 1
        elif b.kind != "list_item" and strip_list_number(text) != text and known_section(strip_list_number(text)):
            name, anchored = known_section(strip_list_number(text)), True  # `Ⅱ. 行业资讯`, `2) 协会动态`
        elif (anchored or section_like(text)) and (b.kind, b.level) in anchor_styles \
                and SHORT_NAME.match(unspaced(text)) and plain(text) not in TOC_WORDS and not MASTHEAD.search(plain(text)):
            name = plain(text)
        elif anchored and centred and b.align == "center" and b.kind in ("heading", "title") \
                and _titled_next(blocks, i) and SHORT_NAME.match(unspaced(text)) and section_like(text):
            name = plain(text)
        elif mark_of(b) in anchor_marks and SHORT_NAME.match(unspaced(unglossed(text))) and section_like(unglossed(text)):
            name = plain(unglossed(text))  # `▌算力视点　COMPUTING VIEW` beside `▌数据月报　MONTHLY DATA`
        elif (lab := labelled(b.text)) and lab[0] in anchor_labels and (known_section(lab[1]) or (
                b.kind != "list_item" and SHORT_NAME.match(unspaced(lab[1])) and section_like(lab[1]))):
            name, anchored = known_section(lab[1]) or plain(lab[1]), True  # `【栏目】行业资讯`, `【栏目】海外视野`
        if name:
            openers[i] = simplified(name)  # a section's name in simplified form: `數據月報` is 数据月报
    if anchored:
        return openers
    return _unnamed_openers(blocks, openers)


def _titled_next(blocks: list[Block], i: int) -> bool:
    """Whether the block after `i` is a story's title: a heading or title line, not centred, that is no
    short name itself."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and nxt.kind in ("heading", "title") and nxt.align != "center" \
        and not SHORT_NAME.match(unspaced(nxt.text.strip()))


def _unnamed_openers(blocks: list[Block], openers: dict[int, str]) -> dict[int, str] | None:
    """Sections none of whose names the parser knows, opened by shape alone: numbered in order from
    one (`一、海外视野` … `二、会员之声`), or each short name worn with the same mark (`▌海外视野`), two
    such sections at least, each with text of its own. None where there are not."""
    numbered = [i for i in openers if (m := _NUMBERED.match(unspaced(blocks[i].text.strip()))
                                       or _NUMBERED_SPACED.match(blocks[i].text.strip()))]
    if len(numbered) >= 2 and [_numeral((_NUMBERED.match(unspaced(blocks[i].text.strip()))
                                         or _NUMBERED_SPACED.match(blocks[i].text.strip())).group(1))
                               for i in numbered] == list(range(1, len(numbered) + 1)) \
            and _apart(numbered) and all(section_like(openers[i]) for i in numbered):
        return {i: openers[i] for i in numbered}
    marked: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        mark = mark_of(b) if b.kind in ("paragraph", "title", "heading", "list_item") else None
        if mark and SHORT_NAME.match(unspaced(b.text.strip())) and section_like(b.text.strip()):
            marked.setdefault(mark, []).append(i)
    found = [ks for ks in marked.values() if len(ks) >= 2 and _apart(ks)]
    if len(found) != 1:
        return None
    return {i: printed_name(blocks[i].text) for i in found[0]}


def _apart(indices: list[int]) -> bool:
    """Openers with text between each and the next (not a list of names, as a table of contents is)."""
    return all(b - a >= 2 for a, b in zip(indices, indices[1:]))


def _counted_parts(blocks: list[Block]) -> set[int]:
    """The zero-written numbers (`01`, `02`, …) each over a short name, where they count up one by one
    through the page and one of the names is a known section's: every one is a part's banner, a
    name not known too (`02` / `数字经济`)."""
    found: list[tuple[int, int, bool]] = []
    for k, (b, nxt) in enumerate(zip(blocks, blocks[1:])):
        badge = number_badge(b.text) if b.kind in ("paragraph", "title", "heading") else None
        if badge and not badge[1] and nxt.kind in ("paragraph", "title", "heading") \
                and section_like(nxt.text) and len(unspaced(nxt.text)) <= 10:
            found.append((k, int(badge[0]), bool(known_section(nxt.text))))
    numbers = [n for _, n, _ in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) \
            or not any(known for *_, known in found):
        return set()
    return {k for k, *_ in found}


def _badged(blocks: list[Block]) -> list[Block]:
    """A part's number on a line of its own over the part's name (`— 01 —` / `数据月报`, `PART 02` /
    `行业资讯`, as an article's banners are set on a phone): one banner, `PART 01 数据月报`. A framed or
    named number before any short name; a number only written with its zero (`01`) before a known
    section's name, or before any short name where such numbers count up through the page. A number over anything else is a story's badge: furniture (one written only
    with its zero where what stands before it ended: not a number a line break cut)."""
    out: list[Block] = []
    running = _counted_parts(blocks)
    k = 0
    while k < len(blocks):
        b = blocks[k]
        badge = number_badge(b.text) if b.kind in ("paragraph", "title", "heading") else None
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if badge and nxt is not None and nxt.kind in ("paragraph", "title", "heading") and (
                known_section(nxt.text) or k in running if not badge[1]
                else section_like(nxt.text) and len(unspaced(nxt.text)) <= 10):
            text = f"PART {badge[0]} {nxt.text.strip()}"
            out.append(replace(nxt, text=text, raw=text, line=b.line))
            k += 2
            continue
        prev = out[-1].text.strip() if out else ""
        ends = not prev or prev[-1:] in "。！？!?”）)" or out[-1].kind in ("heading", "title") or len(prev) <= 12
        out.append(replace(b, kind="furniture") if badge and (badge[1] or ends) else b)  # a story's badge
        k += 1
    return out


_EDITOR_NOTE = re.compile(r"^[【〔\[（(［]?\s*(?:%s)\s*(?:[】〕\]）)］]\s*[：:]?|[：:])"
                          % vocab.alternation(vocab.words("sources", "editor-notes")))


def layout(blocks: list[Block]) -> Layout | None:
    """The structure of a briefing's blocks; None when no section opener is unmistakable."""
    blocks = end_matter(boxed(_badged(unwrap(blocks, known_section)), _boxed_name), _names_section)
    furniture = [b for b in blocks if b.kind == "furniture"]
    breaks = frozenset(id(b) for a, b in zip(blocks, blocks[1:])
                       if a.kind == "furniture" and is_rule(a.text) and b.kind != "furniture")
    blocks = _unfold_columns([b for b in blocks if b.kind != "furniture"])
    openers = _openers(blocks)
    if openers is None:
        return None
    above = {i - 1 for i in openers if i and i - 1 not in openers and blocks[i - 1].kind != "table"
             and _LATIN_GLOSS.match(blocks[i - 1].text.strip())}
    if len(above) >= 2:  # `INDUSTRY NEWS` over `行业资讯` on every banner: the name in English, furniture
        furniture += [blocks[i] for i in sorted(above)]
        blocks = [b for k, b in enumerate(blocks) if k not in above]
        openers = _openers(blocks) or {}
    first = min(openers)
    toc_word = next((i for i in range(first) if key(blocks[i].text) in TOC_WORDS), None)
    header_end = toc_word if toc_word is not None else first
    header = [b for b in blocks[:header_end] if b.kind != "list_item"]
    toc_blocks = [b for b in blocks[:first] if b not in header]
    toc: dict[str, list[str]] = {}
    loose = [b.text for b in toc_blocks if key(b.text) not in TOC_WORDS]
    if loose:
        toc["目录"] = loose

    sections: list[Section] = []
    order = sorted(openers)
    glossed = [i for i in order if i + 1 < len(blocks) and i + 1 not in openers
               and blocks[i + 1].kind != "table" and _LATIN_GLOSS.match(blocks[i + 1].text.strip())]
    if len(glossed) < 2:  # `数据月报` over `DATA REPORT` on every banner; one Latin line is a name (`Genpact`)
        glossed = []
    for n, i in enumerate(order):
        end = order[n + 1] if n + 1 < len(order) else len(blocks)
        body = blocks[i + 1:end]
        if i in glossed:
            furniture.append(body[0])  # the banner's name in English: no title, no text
            body = body[1:]
        while body and _EDITOR_NOTE.match(body[0].text.strip()):
            furniture.append(body[0])  # the editor's note before the section's stories (`编者按：…`)
            body = body[1:]
        sections.append(Section(openers[i], blocks[i], body, frozenset(id(b) for b in body if id(b) in breaks)))

    k = 0
    while k < len(sections) - 1 and _is_toc_section(sections[k], sections[k + 1:]):
        s = sections[k]
        toc[s.name] = toc.get(s.name, []) + [b.text for b in s.blocks]
        toc_blocks += [s.heading] + s.blocks
        k += 1
    return Layout(header, toc, toc_blocks, sections[k:], furniture)


def _boxed_name(text: str) -> bool:
    """Does a line a box or two rules hold name a section, as a table of one cell would?"""
    return banner(Block("table", text, cells=[[text]])) is not None


def _unfold_columns(blocks: list[Block]) -> list[Block]:
    """A table of contents printed in two columns on one line, read column by column: each run of
    consecutive printed lines split at their wide gaps, the left column down, then the right one.

    A run is a table of contents when two of its lines or more hold two columns, one of its parts
    names a section, and none ends a sentence (a table drawn with spaces names no section)."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        end = k
        rows: list[list[str]] = []
        while end < len(blocks) and _printed_row(blocks, k, end):
            rows.append(columns(blocks[end].raw or ""))
            end += 1
        if sum(len(r) == 2 for r in rows) >= 2 and any(_names_section(p) for r in rows for p in r) \
                and not any(p.rstrip()[-1:] in _SENTENCE_END for r in rows for p in r):
            left, right = [], []
            for b, row in zip(blocks[k:end], rows):
                if len(row) == 2:
                    left.append((b, row[0]))
                    right.append((b, row[1]))
                else:  # one column only: the right one where the line starts far in
                    (right if indent_width(b.raw or "") >= _RIGHT_INDENT else left).append((b, row[0]))
            for b, part in left + right:
                kind, text, level = classify(part)
                out.append(Block(kind, text, level=level, line=b.line, page=b.page, raw=part))
            k = end
            continue
        out.append(blocks[k])
        k += 1
    return out


def _printed_row(blocks: list[Block], first: int, k: int) -> bool:
    """Is block k a line of a run of two-column lines starting at `first`: printed text of one or two
    columns, on the line after the one before it (the first line: two columns)?"""
    b = blocks[k]
    if b.raw is None or b.kind in ("table", "furniture") or "\n" in b.raw or b.last not in (None, b.line):
        return False
    parts = len(columns(b.raw))
    if k == first:
        return parts == 2
    prev = blocks[k - 1]
    return parts <= 2 and b.line is not None and prev.line is not None and b.line == prev.line + 1


def _names_section(part: str) -> bool:
    """`数据月报`, `【行业资讯】`, `一、会员风采`: a part of a line that names a section."""
    return key(strip_list_number(part)) in KNOWN_SECTIONS or banner(Block("paragraph", part)) is not None


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
    later_keys = [key(strip_list_number(b.text)) for s in later for b in ([s.heading] if s.heading else []) + s.blocks]
    later_keys = [k for k in later_keys if len(k) >= 4]
    found = sum(any(_same_title(key(strip_list_number(b.text)), lk) for lk in later_keys) for b in entries)
    return found * 2 >= len(entries)


def _same_title(a: str, b: str) -> bool:
    if len(a) < 4:
        return False
    n = min(12, len(a), len(b))
    return a[:n] == b[:n]
