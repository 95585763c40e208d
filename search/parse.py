"""Briefing files -> Issue and Item dataclasses: the first step of parse -> analyze -> index -> query.

The readers turn every format into blocks (blocks.py); structure.py finds the header, the table of
contents and the sections; here each section is split into news items, hard wraps are undone, and
every item gets its title, source, date, organisations, abbreviations and a stable id.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from search import meta as issue_meta
from search.blocks import CELL_SEPARATOR, Block, text_blocks
from search.errors import CorpusError
from search.model import Alias, Issue, IssueMeta, Item
from search.orgs import extract_aliases, extract_orgs
from search.readers import SUFFIXES, read_blocks
from search.sources import source_line, source_tail
from search.structure import (ACTIVITY_SECTIONS, DATA_SECTIONS, PROFILE_SECTIONS, Layout, Section, key,
                              layout)

__all__ = ["parse_text", "parse_blocks", "parse_file", "parse_files", "format_item", "normalize", "item_key",
           "strip_markup"]

_TYPE_RE = re.compile(r"^类\s*型\s*[：:]")
_PARA_END = "。！？!?；：”）)"
_SPACE_RE = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u2009]+")
_LATIN = re.compile(r"[A-Za-z0-9]")
_PERIOD_RE = re.compile(r"(1-\d{1,2}月|1—\d{1,2}月|上半年|前三季度|\d{1,2}月份)")


def strip_markup(line: str) -> str:
    """A line without Markdown and bullet markup: `### ● **标题**` -> `标题`."""
    s = line.strip()
    s = re.sub(r"^#{1,6}\s*", "", s)
    s = re.sub(r"^(?:[●•\uf06c]|-(?=\s))\s*", "", s)
    s = re.sub(r"^#{1,6}\s*", "", s)
    return s.replace("**", "").strip()


def normalize(text: str) -> str:
    """Collapse whitespace; keep a space only between two Latin letters or digits."""
    def keep(m: re.Match) -> str:
        s, e = m.start(), m.end()
        left = m.string[s - 1] if s else ""
        right = m.string[e] if e < len(m.string) else ""
        return " " if _LATIN.fullmatch(left or "_") and _LATIN.fullmatch(right or "_") else ""
    return _SPACE_RE.sub(keep, text).strip()


def item_key(title: str | None, body: str) -> str:
    """Six characters of base32 of a hash of the item's own text: its normalised title, or for an
    untitled item the first 30 characters of its body. The same text, the same key, whatever else
    the issue holds."""
    basis = key(title) if title else key(body)[:30]
    digest = hashlib.sha1(basis.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:6]


def _source(b: Block) -> str | None:
    if b.kind not in ("paragraph", "title", "list_item"):
        return None
    return source_line(normalize(b.text))


def _is_type(b: Block) -> bool:
    return b.kind == "paragraph" and bool(_TYPE_RE.match(b.text))


def _titleish(b: Block) -> bool:
    """A heading, a title line, or a list item that reads as a title (not a sentence)."""
    if _source(b) is not None:
        return False
    if b.kind in ("heading", "title"):
        return True
    if b.kind == "list_item":
        text = normalize(b.text)
        return text[-1:] not in "。；;" and len(text) <= 100
    return False


def _plain_title(blocks: list[Block], k: int) -> bool:
    """A short line standing between sentences, in a section that marks no titles: a title."""
    b = blocks[k]
    text = normalize(b.text)
    if b.kind != "paragraph" or not 4 <= len(text) <= 40 or text[-1:] in "。；：，、;:," or _source(b):
        return False
    if k + 1 >= len(blocks) or blocks[k + 1].kind != "paragraph" or _source(blocks[k + 1]):
        return False
    prev = blocks[k - 1] if k else None
    return prev is not None and (_source(prev) is not None or normalize(prev.text)[-1:] in "。！？!?”")


@dataclass
class _Draft:
    section: str
    blocks: list[Block]
    title_blocks: list[Block]
    source_block: Block | None = None

    @property
    def source(self) -> str | None:
        return _source(self.source_block) if self.source_block else None

    @property
    def span(self) -> tuple[int, int]:
        spans = [b.span for b in self.title_blocks + self.blocks]
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
        end = _is_type(b) or (normalize(piece)[-1:] in _PARA_END and (b.trailing or not pdf))
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


def _can_title(b: Block) -> bool:
    """May this block, standing first, be a title? Not a table, not a long sentence."""
    if b.kind == "table":
        return False
    if b.kind in ("heading", "title"):
        return True
    text = normalize(b.text)
    return len(text) <= 100 and text[-1:] not in "。；;"


def _drafts(section: Section, pdf: bool) -> list[_Draft]:
    blocks, name = section.blocks, section.name
    if not blocks:
        return []
    if name in DATA_SECTIONS:
        return [_data_draft(name, blocks, pdf)]
    titled = any(_titleish(b) for b in blocks)
    plain_titles = set() if titled or pdf else {k for k in range(len(blocks)) if _plain_title(blocks, k)}
    if not titled and (name in ACTIVITY_SECTIONS or (name not in PROFILE_SECTIONS and not plain_titles
                                                      and not _can_title(blocks[0]))):
        return _activities(name, blocks, pdf)  # no titles anywhere: each paragraph is one item
    if name in PROFILE_SECTIONS:
        starts = {k for k, b in enumerate(blocks)
                  if _titleish(b) or (k + 1 < len(blocks) and _is_type(blocks[k + 1]))} | {0}
    else:  # 行业资讯 and any other section of stories
        starts = {k for k, b in enumerate(blocks)
                  if k == 0 or _titleish(b) or _source(blocks[k - 1]) is not None
                  or _ends_with_source(blocks[k - 1])}
        starts |= plain_titles
    drafts: list[_Draft] = []
    k = 0
    while k < len(blocks):
        if k in starts:
            if not _can_title(blocks[k]):
                drafts.append(_Draft(name, [blocks[k]], []))  # untitled: its first block is no title
                k += 1
                continue
            span = _title_span(blocks, k, pdf)
            drafts.append(_Draft(name, [], blocks[k:k + span]))
            k += span
            continue
        b = blocks[k]
        if _source(b) is not None and drafts[-1].source_block is None:
            drafts[-1].source_block = b
        else:
            drafts[-1].blocks.append(b)
        k += 1
    return drafts


def _ends_with_source(b: Block) -> bool:
    return b.kind == "paragraph" and source_tail(normalize(b.text))[1] is not None


def _data_draft(name: str, blocks: list[Block], pdf: bool) -> _Draft:
    """The whole data report is one item; a heading of its own, first, is its title."""
    first = blocks[0]
    text = normalize(first.text)
    own = len(blocks) > 1 and (
        _titleish(first) or (first.kind == "paragraph" and len(text) <= 60 and "，" not in text
                             and text[-1:] not in _PARA_END + "，、" and (first.trailing or not pdf)))
    draft = _Draft(name, blocks[1:] if own else list(blocks), [first] if own else [])
    sources = [b for b in draft.blocks if _source(b) is not None]
    if sources:
        draft.source_block = sources[0]
        draft.blocks.remove(sources[0])
    return draft


def _activities(name: str, blocks: list[Block], pdf: bool) -> list[_Draft]:
    """Each paragraph of 协会动态 is one activity, untitled; a source line goes to the one before."""
    drafts: list[_Draft] = []
    group: list[Block] = []
    for b in blocks:
        if _source(b) is not None and drafts and not group and drafts[-1].source_block is None:
            drafts[-1].source_block = b
            continue
        group.append(b)
        if b.kind == "table" or (normalize(b.text)[-1:] in _PARA_END and (b.trailing or not pdf)):
            drafts.append(_Draft(name, group, []))
            group = []
    if group:
        drafts.append(_Draft(name, group, []))
    return drafts


def _data_month(body: str) -> int | None:
    m = _PERIOD_RE.search(body)
    if not m:
        return None
    p = m.group(1)
    if p == "上半年":
        return 6
    if p == "前三季度":
        return 9
    return int(re.search(r"(\d{1,2})月", p).group(1))


def _slug(stem: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")
    return s or "issue"


@dataclass
class _Built:
    draft: _Draft
    title: str | None
    body: str
    source: str | None
    consumed: list[str] = field(default_factory=list)  # printed text that is not body: title, source
    tables: list[list[list[str]]] = field(default_factory=list)


def _build(d: _Draft, toc: dict[str, list[str]], pdf: bool) -> _Built:
    paras = _paragraphs(d.blocks, pdf)
    source = d.source
    consumed = [b.text for b in d.title_blocks]
    if d.source_block is not None:
        consumed.append(d.source_block.text)
    elif paras and not d.blocks[-1].kind == "table":
        rest, tail, printed = source_tail(paras[-1])
        if tail:
            source = tail
            consumed.append(printed)
            paras[-1:] = [rest] if rest else []
    title = normalize(" ".join(b.text.strip() for b in d.title_blocks)) or None
    if d.section in DATA_SECTIONS and toc.get(d.section):
        title = normalize(toc[d.section][0])
    tables = [[list(row) for row in b.cells or []] for b in d.blocks if b.kind == "table"]
    return _Built(d, title, "\n".join(paras), source, consumed, tables)


def parse_text(text: str, file: str, *, meta_override: dict | None = None,
               siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse the text (plain or Markdown) of one briefing into an Issue; CorpusError if it is none."""
    if not text.strip():
        raise CorpusError(file, "the file is empty")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return parse_blocks(text_blocks(text), file, meta_override=meta_override, siblings=siblings)


def parse_blocks(blocks: list[Block], file: str, *, meta_override: dict | None = None,
                 siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse the blocks of one briefing into an Issue; raise CorpusError if it is not a briefing."""
    found_layout = layout(blocks)
    if found_layout is None:
        raise CorpusError(file, "no recognisable briefing structure (no 【数据月报】, 【行业资讯】, "
                                "【会员风采】 or 【协会动态】 section)")
    lay: Layout = found_layout
    texts = [b for b in blocks if b.raw is not None]
    pdf = sum(b.trailing for b in texts) >= 0.1 * max(1, len(texts))
    drafts = [d for s in lay.sections for d in _drafts(s, pdf)]
    if not drafts:
        raise CorpusError(file, "no news items under its sections")
    toc = {name: [normalize(t) for t in entries] for name, entries in lay.toc.items()}
    built = [_build(d, toc, pdf) for d in drafts]
    if not any(b.body for b in built):  # titles only: a listing, not news
        raise CorpusError(file, "no news items under its sections (only titles, no text)")
    data_month = next((_data_month(b.body) for b in built if b.draft.section in DATA_SECTIONS), None)

    header_lines = [_normalize_header(b.text) for b in lay.header]
    found = issue_meta.header_meta(header_lines)
    inferred = {}
    if not {"year", "number"} <= set(found):
        inferred = issue_meta.infer([t for b in built for t in (b.title, b.body) if t], data_month, siblings)
    elif "total" not in found:
        total = issue_meta.total_from_siblings(found["year"], found["number"], siblings or [])
        inferred = {} if total is None else {"total": total}
    if meta_override:
        meta_override = issue_meta.check_override(meta_override, file)
    meta = issue_meta.merge(found, inferred, meta_override)

    stem = _slug(Path(file).stem)
    items: list[Item] = []
    seen: dict[str, int] = {}
    for ordinal, b in enumerate(built, 1):
        base = f"{meta.key or stem}-{item_key(b.title, b.body)}"
        seen[base] = seen.get(base, 0) + 1
        item_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        orgs_text = "\n".join(t for t in (b.title if b.draft.section not in DATA_SECTIONS else None, b.body) if t)
        aliases = [Alias(short, full, item_id) for short, full in extract_aliases(orgs_text)]
        date = issue_meta.first_date(b.body, meta.year, meta.date)
        if date is None and b.title and b.draft.section not in DATA_SECTIONS:
            date = issue_meta.first_date(b.title, meta.year, meta.date)
        items.append(Item(
            id=item_id, file=file, issue=meta, section=b.draft.section, title=b.title, source=b.source,
            date=date, orgs=extract_orgs(orgs_text, aliases=[(a.short, a.full) for a in aliases]),
            body=b.body, lines=b.draft.span, ordinal=ordinal, aliases=aliases,
            tables=b.tables, consumed=b.consumed))
    return Issue(file=file, meta=meta, items=items, toc=toc, header=header_lines,
                 provenance=issue_meta.provenance(found, inferred, meta_override),
                 furniture=[b.text for b in lay.furniture],
                 skeleton=[b.text for b in lay.toc_blocks] + [s.heading.text for s in lay.sections if s.heading])


def _normalize_header(line: str) -> str:
    return _SPACE_RE.sub(" ", line).strip()


def parse_file(path, *, siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse one briefing file, applying the `NAME.meta.toml` side file beside it if present."""
    path = Path(path)
    blocks = read_blocks(path)
    return parse_blocks(blocks, path.name, meta_override=issue_meta.read_side_file(path), siblings=siblings)


def parse_files(paths, *, known: list[IssueMeta] | None = None) -> tuple[list[Issue], list[CorpusError]]:
    """Parse many files, each read once; never raises CorpusError.

    A total number (总第M期) missing from a file follows from the numbering of the other issues:
    those among `paths` whose header gives year, number and total, the `known` ones (the indexer's),
    and, when `known` is not given, the other briefing files of the same directories.
    """
    paths = [Path(p) for p in paths]
    results: list[Issue | CorpusError] = []
    for p in paths:
        try:
            results.append(parse_file(p))
        except CorpusError as exc:
            results.append(exc)
    pending = [k for k, r in enumerate(results) if isinstance(r, Issue) and r.meta.total is None
               and r.meta.year and r.meta.number]
    if pending:
        siblings = [r.meta for r in results if isinstance(r, Issue) and not r.meta.inferred
                    and r.meta.total is not None]
        if known is not None:
            siblings += known
        else:
            given = {p.resolve() for p in paths if p.exists()}
            for directory in sorted({p.parent for p in paths}):
                siblings += _directory_siblings(directory, given)
        for k in pending:
            results[k] = _with_total(results[k], siblings)
    issues = [r for r in results if isinstance(r, Issue)]
    errors = [r for r in results if isinstance(r, CorpusError)]
    return issues, errors


def _with_total(issue: Issue, siblings: list[IssueMeta]) -> Issue:
    meta = issue.meta
    total = issue_meta.total_from_siblings(meta.year, meta.number, siblings)
    if total is None:
        return issue
    meta = replace(meta, total=total, inferred=True)
    for item in issue.items:
        item.issue = meta
    return replace(issue, meta=meta, provenance={**issue.provenance, "total": "inferred"})


def _directory_siblings(directory: Path, given: set[Path]) -> list[IssueMeta]:
    found = []
    try:
        candidates = sorted(p for p in directory.iterdir()
                            if p.is_file() and p.suffix.lower() in SUFFIXES and p.resolve() not in given
                            and not p.name.startswith((".", "~")))
    except OSError:
        return found
    for p in candidates:  # the header is enough: no items, no jieba
        try:
            lay = layout(read_blocks(p))
            if lay is None:
                continue
            values = {**issue_meta.header_meta([_normalize_header(b.text) for b in lay.header]),
                      **(issue_meta.read_side_file(p) or {})}
        except CorpusError:
            continue
        if {"year", "number", "total"} <= set(values):
            found.append(IssueMeta(values["year"], values["number"], values["total"], values.get("date")))
    return found


def format_item(item: Item) -> str:
    """A readable multi-line listing of an item, for `jianbao parse`."""
    lines = [f"{item.id}  {item.title or '（无标题）'}",
             f"  {item.issue.label}{'（推断）' if item.issue.inferred else ''} · {item.section}"
             f" · 来源：{item.source or '—'} · 日期：{item.date or '—'}"]
    if item.orgs:
        lines.append("  机构：" + "、".join(item.orgs))
    body = item.body.replace("\n", " ")
    lines.append("  " + (body[:80] + "…" if len(body) > 80 else body))
    lines.append(f"  {item.file}:{item.lines[0]}-{item.lines[1]}")
    return "\n".join(lines)
