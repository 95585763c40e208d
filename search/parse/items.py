"""Sections -> news items: the step of parsing between structure (structure.py) and the Issue.

Each section is split by its kind: a data report is one item; a section of stories one item per
title (a heading, a title line, a bulleted line that is no sentence, the line after a source, or,
where nothing is marked, a short line between sentences); 会员风采 one item per company; 协会动态,
and any section with no titles at all, one item per paragraph. Hard wraps are undone here, with the
printed line ends in view, and each item's source is taken from its source line or from the end of
its last paragraph.
"""
from __future__ import annotations


import re
from dataclasses import dataclass, field

from search import vocab
from search.parse.blocks import CELL_SEPARATOR, Block, normalize
from search.parse.celltable import figure_caption
from search.parse.sectionname import section_kind
from search.parse.shapes import LineMeasure, cut_short, indent_width, strip_list_number, strip_mark, unframe
from search.parse.sources import (image_credit, lead_source, names_source, note_source, source_line, source_tail,
                                  title_outlet)
from search.parse.structure import Section
from search.parse.tablejoin import item_tables

_TYPE_RE = re.compile(r"^类\s*型\s*[：:]")
_PARA_END = "。！？!?；：”）)"
_CREDIT_RE = re.compile(r"^[（(]?\s*(?:责任编辑|编辑|责编|审核|审校|校对|作者|记者|通讯员|摄影|图片来源|图源|配图|图片|图\s*\d{0,2})\s*[：:]\s*"
                        r"[^，。；,;]{1,24}?\s*[）)]?$"  # credits under a story: markup, not text
                        r"|^[（(]?(?:(?:文|图|文图|图文|撰稿|供稿)\s*[／/|｜]\s*[\u4e00-\u9fffA-Za-z·]{2,12}\s*)+[）)]?$"  # 文/张三
                        r"|^(?:本报|本刊|本网|本台)讯\s*(?:[（(][^（）()，。]{1,24}[）)])?$"  # 本报讯（记者 张三）
                        r"|^[（(]?(?:(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*)+[）)]?$"  # 记者 张三 通讯员 李四
                        r"|^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})$")  # a date signing it
_PERIOD_RE = re.compile(r"(1-\d{1,2}月|1—\d{1,2}月|上半年|前三季度|\d{1,2}月份)")


def _source(b: Block) -> str | None:
    if b.kind == "table":  # a box of one cell under the story, holding its source line
        cells = [c for row in b.cells or [] for c in row if c.strip()]
        return source_line(normalize(cells[0])) if len(cells) == 1 else None
    if b.kind not in ("paragraph", "title", "list_item"):
        return None
    if b.note:  # a footnote citing the outlet alone: `香港01，2026年3月5日。`
        return note_source(normalize(b.text))
    # set as a source line is: led by a mark (`◎稿件来自 X`), or a text file's line set far in, to the right
    led = b.kind == "list_item" or indent_width(b.raw or "") >= _FAR_IN
    return source_line(normalize(b.text), b.align, led=led)


_FAR_IN = 24  # columns of leading space: a short line this far in is set to the right (a paragraph's indent is 4)


def _sourceish(b: Block) -> bool:
    """A source line, or a line that begins as one: never a title."""
    return _source(b) is not None or names_source(normalize(b.text))


def _is_credit(b: Block) -> bool:
    """A credit line (`责任编辑：李晓`); one that names the source too (`（责任编辑：李晓　来源：国新网）`) is
    the source line. A footnote that names no source (`① 据海关总署初步测算。`) is printed apart from
    the text that cites it: no body either."""
    return (b.kind == "paragraph" and (bool(_CREDIT_RE.match(normalize(b.text))) or b.note
                                       or image_credit(normalize(b.text))) and _source(b) is None)


def _is_type(b: Block) -> bool:
    return b.kind == "paragraph" and bool(_TYPE_RE.match(b.text))


def _titleish(b: Block) -> bool:
    """A heading, a title line, or a list item that reads as a title (not a sentence)."""
    if _sourceish(b):
        return False
    if b.kind == "heading":
        return True
    text = normalize(b.text)
    if b.kind == "title":  # a bold line; a whole bold paragraph of sentences is emphasis, not a title
        return not (text[-1:] in "。；;" and len(text) > 40)
    if b.kind == "list_item":
        return text[-1:] not in "。；;" and len(text) <= 100
    return False


def _plain_title(blocks: list[Block], k: int, measure: LineMeasure) -> bool:
    """A short line standing between sentences, in a section that marks no titles: a title."""
    b = blocks[k]
    text = normalize(b.text)
    if b.kind != "paragraph" or not 4 <= len(text) <= 40 or text[-1:] in "。；：，、;:," or _sourceish(b) \
            or figure_caption(text):  # `图1　市场规模` between sentences captions a chart
        return False
    nxt = k + 1
    if nxt + 1 < len(blocks) and _source(blocks[nxt]) is not None:  # a source under the title, then the text
        nxt += 1
    if nxt >= len(blocks) or blocks[nxt].kind != "paragraph" or _source(blocks[nxt]):
        return False
    j = k - 1
    while j > 0 and _is_credit(blocks[j]):  # `（文/张三）` under the story before: it ends there as a sentence does
        j -= 1
    return k > 0 and (_sourceish(blocks[j]) or normalize(blocks[j].text)[-1:] in "。！？!?”") \
        and not measure.full(b) and not _is_credit(b)


@dataclass
class Draft:
    """The blocks of one item, before its text is assembled: title blocks, body blocks, source."""

    section: str
    blocks: list[Block]
    title_blocks: list[Block]
    source_block: Block | None = None
    credits: list[Block] = field(default_factory=list)  # 责任编辑：… and the like

    @property
    def source(self) -> str | None:
        return _source(self.source_block) if self.source_block else None

    @property
    def span(self) -> tuple[int, int]:
        spans = [b.span for b in self.title_blocks + self.blocks + self.credits]
        if self.source_block:
            spans.append(self.source_block.span)
        return min(s[0] for s in spans), max(s[1] for s in spans)


def _paragraphs(blocks: list[Block], pdf: bool) -> list[str]:
    """Join hard-wrapped lines into paragraphs; a table is its own paragraph, cells apart."""
    paras: list[str] = []
    current = ""
    for k, b in enumerate(blocks):
        if b.kind == "table":
            if current:
                paras.append(normalize(current))
                current = ""
            paras.append("\n".join(CELL_SEPARATOR.join(normalize(c) for c in row) for row in b.cells or []))
            continue
        piece = b.text
        if current:
            glue = " " if (blocks[k - 1].trailing or b.leading) else ""
            current += glue + piece
        else:
            current = piece
        end = _is_type(b) or b.whole or (normalize(piece)[-1:] in _PARA_END and (b.trailing or not pdf))
        if end or (k + 1 < len(blocks) and (_is_type(blocks[k + 1]) or blocks[k + 1].kind == "table")):
            paras.append(normalize(current))
            current = ""
    if current:
        paras.append(normalize(current))
    return [p for p in paras if p]


def _title_span(blocks: list[Block], start: int, pdf: bool) -> int:
    """How many blocks from `start` the title takes: one, or in PDF exports a wrapped second line."""
    first = blocks[start]
    if pdf and not first.trailing and start + 1 < len(blocks):
        nxt = blocks[start + 1]
        if nxt.kind == "paragraph" and _source(nxt) is None and not _is_type(nxt):
            return 2
    return 1


def _wrapped_heading(blocks: list[Block], k: int, starts: set[int]) -> bool:
    """On a printed page (PDF, scan), a heading line followed at once by another of the same kind and level, with the
    story's text after them: one title wrapped onto a second line (a narrow column breaks it)."""
    if k + 2 >= len(blocks) or k + 1 not in starts or k + 2 in starts:
        return False
    a, b = blocks[k], blocks[k + 1]
    return a.page is not None and a.kind == b.kind and a.kind in ("heading", "title") and a.level == b.level and a.page == b.page \
        and normalize(a.text)[-1:] not in "。！？!?；;" and len(normalize(b.text)) < len(normalize(a.text))


def _can_title(b: Block) -> bool:
    """May this block, standing first, be a title? Not a table, not a source, not a long sentence."""
    if b.kind == "table" or _sourceish(b):
        return False
    if b.kind in ("heading", "title"):
        return _titleish(b)
    text = normalize(b.text)
    return len(text) <= 100 and text[-1:] not in "。；;"


def split_section(section: Section, pdf: bool) -> list[Draft]:
    """A section's items, by the kind of section (data report, stories, profiles, activities)."""
    blocks, name = section.blocks, section.name
    kind = section_kind(name)
    if not blocks:
        return []
    if kind == "data":
        return [_data_draft(name, blocks, pdf)]
    titled = any(_titleish(b) for b in blocks)
    measure = LineMeasure(blocks)
    plain_titles = set() if titled or pdf else {k for k in range(len(blocks)) if _plain_title(blocks, k, measure)}
    if not titled and (kind == "activities" or (kind != "profiles" and not plain_titles
                                                      and not _can_title(blocks[0]))):
        return _activities(name, blocks, pdf)  # no titles anywhere: each paragraph is one item
    if kind != "profiles" and (led := _led_by_sources(name, blocks)):
        return led
    if kind == "profiles":
        starts = {k for k, b in enumerate(blocks)
                  if _titleish(b) or (k + 1 < len(blocks) and _is_type(blocks[k + 1]))} | {0}
    else:  # 行业资讯 and any other section of stories
        starts = {k for k, b in enumerate(blocks) if k == 0 or _titleish(b)} | plain_titles
    starts |= _after_rules(section)
    # After a source the next story begins, unless the source stood first, before its story's text.
    # A source line under a chart's caption (`图：X` / `来源：Y`) credits the chart: the story goes on after it.
    charted = {k for k in range(1, len(blocks)) if figure_caption(normalize(blocks[k - 1].text)) and _source(blocks[k])}
    after_source = set() if kind == "profiles" else {
        k for k in range(1, len(blocks)) if k - 1 not in charted and _after_source(blocks, k)}
    drafts: list[Draft] = []
    k = 0
    while k < len(blocks):
        if drafts and (_is_credit(blocks[k]) or k in charted or (k in after_source and _trailer(blocks[k]))):
            drafts[-1].credits.append(blocks[k])
            k += 1
            continue
        if k in starts or (k in after_source and drafts and drafts[-1].blocks):
            if not _can_title(blocks[k]):
                drafts.append(Draft(name, [blocks[k]], []))  # untitled: its first block is no title
                k += 1
                continue
            span = 2 if _wrapped_heading(blocks, k, starts) else _title_span(blocks, k, pdf)
            drafts.append(Draft(name, [], blocks[k:k + span]))
            k += span
            continue
        b = blocks[k]
        if _source(b) is not None and drafts[-1].source_block is None:
            drafts[-1].source_block = b
        else:
            drafts[-1].blocks.append(b)
        k += 1
    return drafts


_TRAILER_CHARS = 80


def _trailer(b: Block) -> bool:
    """A one-row table of two or three short cells standing right after a story's source (`延伸阅读 | …`,
    `相关阅读 | …`, a link under the story): the story's closing furniture, no story of its own and no body."""
    rows = [r for r in b.cells or [] if any(c.strip() for c in r)] if b.kind == "table" else []
    cells = [c for c in rows[0] if c.strip()] if len(rows) == 1 else []
    return 2 <= len(cells) <= 3 and sum(len(normalize(c)) for c in cells) <= _TRAILER_CHARS


def _after_rules(section: Section) -> set[int]:
    """Stories parted by a rule (`***`, `* * *`, `————`): the line after a rule that closes a story
    (its text ended as a sentence or with its source) opens the next one, where it can be a title. A
    rule under a title, before its text, parts nothing."""
    blocks = section.blocks
    return {k for k in range(1, len(blocks)) if id(blocks[k]) in section.breaks and _can_title(blocks[k])
            and (_sourceish(blocks[k - 1]) or normalize(blocks[k - 1].text)[-1:] in "。！？!?”）)")}


def _led_by_sources(name: str, blocks: list[Block]) -> list[Draft] | None:
    """A section whose stories each open with their source line (`来源：X`, then the title, then the
    text): it stands first, and every source line stands before a line that can be a title, none at
    the end. Each story runs from its source to the next source. None where the section is not so."""
    marks = [k for k, b in enumerate(blocks) if _source(b) is not None]
    if not marks or marks[0] != 0 or len(marks) < 2 or marks[-1] == len(blocks) - 1:
        return None
    if any(k + 1 in marks or not _can_title(blocks[k + 1]) for k in marks):
        return None
    if any(b + 2 >= a for a, b in zip(marks[1:], marks)):  # each story: a title and some text
        return None
    drafts = []
    for a, b in zip(marks, marks[1:] + [len(blocks)]):
        d = Draft(name, [], [blocks[a + 1]], source_block=blocks[a])
        for x in blocks[a + 2:b]:
            (d.credits if _is_credit(x) else d.blocks).append(x)
        drafts.append(d)
    return drafts


def _after_source(blocks: list[Block], k: int) -> bool:
    """Does block k follow a source (credit lines between them aside)?"""
    j = k - 1
    while j > 0 and (_is_credit(blocks[j]) or blocks[j].note):  # a note stands after the text citing it
        j -= 1
    return _sourceish(blocks[j]) or _ends_with_source(blocks[j])


def _ends_with_source(b: Block) -> bool:
    return b.kind == "paragraph" and source_tail(normalize(b.text))[1] is not None


def _data_draft(name: str, blocks: list[Block], pdf: bool) -> Draft:
    """The whole data report is one item; a heading of its own, first, is its title."""
    first = blocks[0]
    text = normalize(first.text)
    own = len(blocks) > 1 and (
        _titleish(first) or (first.kind == "paragraph" and len(text) <= 60 and "，" not in text
                             and text[-1:] not in _PARA_END + "，、" and (first.trailing or not pdf)))
    draft = Draft(name, blocks[1:] if own else list(blocks), [first] if own else [])
    draft.credits = [b for b in draft.blocks if _is_credit(b)]  # 图源：X under a chart: no figures' text
    draft.blocks = [b for b in draft.blocks if b not in draft.credits]
    sources = [b for b in draft.blocks if _source(b) is not None]
    if sources:
        draft.source_block = sources[0]
        draft.blocks.remove(sources[0])
    return draft


def _activities(name: str, blocks: list[Block], pdf: bool) -> list[Draft]:
    """Each paragraph of 协会动态 is one activity, untitled; a source line goes to the one before."""
    drafts: list[Draft] = []
    group: list[Block] = []
    for b in blocks:
        if _source(b) is not None and drafts and not group and drafts[-1].source_block is None:
            drafts[-1].source_block = b
            continue
        if _is_credit(b) and drafts and not group:
            drafts[-1].credits.append(b)
            continue
        group.append(b)
        if b.kind == "table" or b.whole or (normalize(b.text)[-1:] in _PARA_END and (b.trailing or not pdf)):
            drafts.append(Draft(name, group, []))
            group = []
    if group:
        drafts.append(Draft(name, group, []))
    return drafts


def data_month(body: str) -> int | None:
    """The last month a data report covers (`1-7月` -> 7, `上半年` -> 6), for inferring the issue."""
    m = _PERIOD_RE.search(body)
    if not m:
        return None
    p = m.group(1)
    if p == "上半年":
        return 6
    if p == "前三季度":
        return 9
    return int(re.search(r"(\d{1,2})月", p).group(1))


@dataclass
class Built:
    """One item's text: title, body with hard wraps undone, source, and the printed text it consumed."""

    draft: Draft
    title: str | None
    body: str
    source: str | None
    consumed: list[str] = field(default_factory=list)  # printed text that is not body: title, source
    tables: list[list[list[str]]] = field(default_factory=list)


def _bare(title: str) -> str | None:
    """A title without its list number, mark or frame (`1.标题`, `▲标题`, `◆ 标题 ◆`), taken off before
    spaces are normalised: `2. 1.32万亿元…` is numbered 2, not 2.1."""
    title = title.strip()
    return normalize(strip_list_number(strip_mark(unframe(title) or title))) or None


def build(d: Draft, toc: dict[str, list[str]], pdf: bool) -> Built:
    """Assemble a draft's text; a data report takes its title from the table of contents if listed."""
    paras = _paragraphs(d.blocks, pdf)
    source = d.source
    consumed = [b.text for b in d.title_blocks + d.credits]
    if d.source_block is not None:
        consumed.append(d.source_block.text)
    elif paras and not d.blocks[-1].kind == "table":
        rest, tail, printed = source_tail(paras[-1])
        if tail:
            source = tail
            consumed.append(printed)
            paras[-1:] = [rest] if rest else []
    if source is None and paras and section_kind(d.section) != "data":
        rest, outlet, printed = lead_source(paras[0])  # 新华社北京3月5日电（…）, 据X消息，…: the outlet
        if outlet:
            source = outlet
            consumed += [printed] if printed else []
            paras[0] = rest
    if not d.title_blocks and paras and section_kind(d.section) != "data" \
            and (bare := strip_list_number(paras[0])) != paras[0].strip():  # `1. 3月12日，协会…`: an activity's number
        consumed.append(paras[0].strip()[:-len(bare)].strip())
        paras[0] = bare
    title = _bare(" ".join(b.text.strip() for b in d.title_blocks))
    if section_kind(d.section) == "data" and toc.get(d.section) and not (title and cut_short(toc[d.section][0], title)):
        title = _bare(toc[d.section][0])
    tables = item_tables(d.blocks)  # a headless run-on after a page break joined to its table
    return Built(d, title, "\n".join(paras), source, consumed, tables)


def outlets_in_titles(built: list[Built]) -> None:
    """Stories whose outlet is printed at the end of the title line (`标题（经济通）`, the way a
    compiler credits what it collected): the outlet becomes the source and leaves the title, where
    two stories of the issue or more are titled so, or the bracket holds a medium's name (`（经济日
    报）`). A story with another source of its own (its dateline may name the same), a profile and a
    data report keep their titles."""
    found = [(b, *title_outlet(b.title)) for b in built
             if b.title and section_kind(b.draft.section) not in ("data", "profiles")]
    found = [(b, rest, outlet) for b, rest, outlet in found if outlet and b.source in (None, outlet)]
    for b, rest, outlet in found:
        if len(found) >= 2 or _MEDIUM.search(outlet):
            b.consumed.append(b.title[len(rest):].strip())
            b.title, b.source = rest.strip(), outlet


_MEDIUM = re.compile(f"(?:{vocab.alternation(vocab.words('org-names', 'media-ends'))})$")
