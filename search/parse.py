"""Briefing files -> Issue and Item dataclasses: the first step of parse -> analyze -> index -> query.

Reads the three shapes of the archive (plain text with header and table of contents, PDF exports
with hard wraps and page numbers, Markdown), splits each 【section】 into news items, undoes hard
wraps, and attaches source, date, organisations and abbreviations to every item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from search import meta as issue_meta
from search.errors import CorpusError
from search.model import SECTIONS, Alias, Issue, IssueMeta, Item
from search.orgs import extract_aliases, extract_orgs
from search.readers import SUFFIXES, read_text

__all__ = ["parse_text", "parse_file", "parse_files", "format_item", "normalize", "strip_markup"]

_SECTION_RE = re.compile(r"^\s*(?:#{1,6}\s*)?【\s*([\u4e00-\u9fff]{2,8})\s*】\s*$")
_SOURCE_RE = re.compile(r"^[（(]\s*来源\s*[：:]\s*(.*?)\s*[）)]$")
_BULLET_RE = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[●•\uf06c]|-\s)")
_TYPE_RE = re.compile(r"^类\s*型\s*[：:]")
_PAGE_RE = re.compile(r"^\d{1,3}$")
_HR_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
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


@dataclass
class _Line:
    no: int  # 1-based line number in the file
    raw: str
    text: str  # markup stripped, whitespace as printed
    bullet: bool
    trailing: bool  # the raw line ends in whitespace (PDF exports mark paragraph ends so)

    @property
    def source(self) -> str | None:
        m = _SOURCE_RE.match(normalize(self.text))
        return m.group(1) if m else None

    @property
    def is_type(self) -> bool:
        return bool(_TYPE_RE.match(self.text))


def _classify(text: str):
    """Lines -> header lines, section blocks [(name, [_Line])] and page-number line numbers."""
    raw_lines = text.split("\n")
    header: list[_Line] = []
    blocks: list[tuple[str, list[_Line]]] = []
    pages: list[int] = []
    for i, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if not stripped or _HR_RE.match(raw):
            continue
        m = _SECTION_RE.match(raw)
        if m:
            blocks.append((m.group(1), []))
            continue
        if _PAGE_RE.match(stripped) and _blank(raw_lines, i - 1) and _blank(raw_lines, i + 1):
            pages.append(i + 1)
            continue
        line = _Line(i + 1, raw, strip_markup(raw), bool(_BULLET_RE.match(raw)), raw != raw.rstrip())
        (blocks[-1][1] if blocks else header).append(line)
    return header, blocks, pages


def _blank(lines: list[str], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].strip()


def _split_toc(blocks):
    """Leading blocks holding only `- title` lines (and no repeated section) are the TOC."""
    toc: dict[str, list[_Line]] = {}
    for k, (name, lines) in enumerate(blocks):
        listing = all(ln.raw.strip().startswith("- ") and "**" not in ln.raw for ln in lines)
        if name in toc or not listing:
            return toc, blocks[k:]
        toc[name] = lines
    return toc, []  # all listing: not a TOC, a file without content


def _paragraphs(lines: list[_Line], pdf: bool) -> list[str]:
    """Join hard-wrapped lines into paragraphs."""
    paras: list[str] = []
    current = ""
    for k, ln in enumerate(lines):
        piece = ln.text
        if current:
            glue = " " if (lines[k - 1].trailing or ln.raw[:1].isspace()) else ""
            current += glue + piece
        else:
            current = piece
        end = ln.is_type or (normalize(piece)[-1:] in _PARA_END and (ln.trailing or not pdf))
        if end or (k + 1 < len(lines) and lines[k + 1].is_type):
            paras.append(normalize(current))
            current = ""
    if current:
        paras.append(normalize(current))
    return [p for p in paras if p]


@dataclass
class _Draft:
    section: str
    lines: list[_Line]
    title_lines: list[_Line]
    source_line: _Line | None = None

    @property
    def source(self) -> str | None:
        return self.source_line.source if self.source_line else None

    @property
    def span(self) -> tuple[int, int]:
        nos = [ln.no for ln in self.title_lines + self.lines]
        if self.source_line:
            nos.append(self.source_line.no)
        return min(nos), max(nos)


def _title_span(lines: list[_Line], start: int, pdf: bool) -> int:
    """How many lines from `start` the title takes: one, or in PDF exports a wrapped second."""
    first = lines[start]
    if pdf and not first.trailing and start + 1 < len(lines):
        nxt = lines[start + 1]
        if not nxt.bullet and nxt.source is None and not nxt.is_type:
            return 2
    return 1


def _drafts(section: str, lines: list[_Line], pdf: bool) -> list[_Draft]:
    if not lines:
        return []
    if section == "数据月报":
        return [_Draft(section, lines, [])]
    if section == "协会动态":
        return _activities(lines, pdf)
    if section == "会员风采":
        starts = {k for k, ln in enumerate(lines)
                  if ln.bullet or (k + 1 < len(lines) and lines[k + 1].is_type)} | {0}
    else:  # 行业资讯 and any other section of stories
        starts = {k for k, ln in enumerate(lines)
                  if k == 0 or ln.bullet or lines[k - 1].source is not None}
    drafts: list[_Draft] = []
    k = 0
    while k < len(lines):
        if k in starts:
            span = _title_span(lines, k, pdf)
            drafts.append(_Draft(section, [], lines[k:k + span]))
            k += span
            continue
        ln = lines[k]
        if ln.source is not None and drafts[-1].source_line is None:
            drafts[-1].source_line = ln
        else:
            drafts[-1].lines.append(ln)
        k += 1
    return drafts


def _activities(lines: list[_Line], pdf: bool) -> list[_Draft]:
    """Each paragraph of 协会动态 is one activity, untitled; a source line goes to the one before."""
    drafts: list[_Draft] = []
    group: list[_Line] = []
    for ln in lines:
        if ln.source is not None and drafts and not group and drafts[-1].source_line is None:
            drafts[-1].source_line = ln
            continue
        group.append(ln)
        if normalize(ln.text)[-1:] in _PARA_END and (ln.trailing or not pdf):
            drafts.append(_Draft("协会动态", group, []))
            group = []
    if group:
        drafts.append(_Draft("协会动态", group, []))
    return drafts


def _data_title(body: str, year: int | None) -> str:
    m = _PERIOD_RE.search(body)
    period = m.group(1).replace("—", "-") if m else ""
    return f"{year}年{period}大连市服务外包数据统计情况" if year else f"{period}大连市服务外包数据统计情况"


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


def parse_text(text: str, file: str, *, meta_override: dict | None = None,
               siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse the text of one briefing into an Issue; raise CorpusError if it is not a briefing."""
    if not text.strip():
        raise CorpusError(file, "the file is empty")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    header, blocks, _pages = _classify(text)
    if not any(name in SECTIONS for name, _ in blocks):
        raise CorpusError(file, "no recognisable briefing structure (no 【数据月报】, 【行业资讯】, "
                                "【会员风采】 or 【协会动态】 section)")
    toc_lines, content = _split_toc(blocks)
    nonblank = [ln for _, ls in blocks for ln in ls] + header
    pdf = sum(ln.trailing for ln in nonblank) >= 0.1 * max(1, len(nonblank))
    drafts = [d for name, lines in content for d in _drafts(name, lines, pdf)]
    if not drafts:
        raise CorpusError(file, "no news items under its sections")
    toc = {name: [normalize(ln.text) for ln in lines] for name, lines in toc_lines.items()}

    bodies = ["\n".join(_paragraphs(d.lines, pdf)) for d in drafts]
    titles = [normalize(" ".join(ln.text.strip() for ln in d.title_lines)) or None for d in drafts]
    data_month = next((_data_month(b) for d, b in zip(drafts, bodies) if d.section == "数据月报"), None)

    found = issue_meta.header_meta([ln.text for ln in header])
    inferred = {}
    if not {"year", "number"} <= set(found):
        inferred = issue_meta.infer(_titles_and(titles, bodies), data_month, siblings)
    elif "total" not in found:
        total = issue_meta.total_from_siblings(found["year"], found["number"], siblings or [])
        inferred = {} if total is None else {"total": total}
    if meta_override:
        meta_override = issue_meta.check_override(meta_override, file)
    meta = issue_meta.merge(found, inferred, meta_override)

    stem = _slug(Path(file).stem)
    items: list[Item] = []
    for ordinal, (d, title, body) in enumerate(zip(drafts, titles, bodies), 1):
        if d.section == "数据月报":
            listed = toc.get("数据月报")
            title = listed[0] if listed else _data_title(body, meta.year)
        item_id = (f"{meta.year}-{meta.number:02d}-{ordinal:02d}" if meta.year and meta.number
                   else f"{stem}-{ordinal:02d}")
        text_for_orgs = "\n".join(t for t in (title if d.section != "数据月报" else None, body) if t)
        aliases = [Alias(short, full, item_id) for short, full in extract_aliases(text_for_orgs)]
        items.append(Item(
            id=item_id, file=file, issue=meta, section=d.section, title=title, source=d.source,
            date=issue_meta.first_date(body, meta.year, meta.date) or (
                issue_meta.first_date(title, meta.year, meta.date) if title and d.section != "数据月报" else None),
            orgs=extract_orgs(text_for_orgs, aliases=[(a.short, a.full) for a in aliases]),
            body=body, lines=d.span, ordinal=ordinal, aliases=aliases))
    return Issue(file=file, meta=meta, items=items, toc=toc,
                 header=[_normalize_header(ln.text) for ln in header])


def _titles_and(titles: list[str | None], bodies: list[str]) -> list[str]:
    return [t for pair in zip(titles, bodies) for t in pair if t]


def _normalize_header(line: str) -> str:
    return _SPACE_RE.sub(" ", line).strip()


def parse_file(path, *, siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse one briefing file, applying the `NAME.meta.toml` side file beside it if present."""
    path = Path(path)
    text = read_text(path)
    override = issue_meta.read_side_file(path)
    return parse_text(text, path.name, meta_override=override, siblings=siblings)


def parse_files(paths) -> tuple[list[Issue], list[CorpusError]]:
    """Parse many files; header-less ones are numbered by the other issues. Never raises CorpusError.

    The siblings are the issues among `paths` whose header gives year, number and total, and the
    other briefing files in the same directories.
    """
    paths = [Path(p) for p in paths]
    results: list[Issue | CorpusError] = []
    for p in paths:
        try:
            results.append(parse_file(p))
        except CorpusError as exc:
            results.append(exc)
    known = [r.meta for r in results if isinstance(r, Issue) and not r.meta.inferred
             and r.meta.total is not None]
    pending = [k for k, r in enumerate(results)
               if isinstance(r, Issue) and (r.meta.total is None or r.meta.inferred)]
    if pending:
        given = {p.resolve() for p in paths if p.exists()}
        for directory in sorted({p.parent for p in paths}):
            known += _directory_siblings(directory, given)
        for k in pending:
            try:
                results[k] = parse_file(paths[k], siblings=known)
            except CorpusError as exc:  # pragma: no cover - parsed once already
                results[k] = exc
    issues = [r for r in results if isinstance(r, Issue)]
    errors = [r for r in results if isinstance(r, CorpusError)]
    return issues, errors


def _directory_siblings(directory: Path, given: set[Path]) -> list[IssueMeta]:
    found = []
    try:
        candidates = sorted(p for p in directory.iterdir()
                            if p.is_file() and p.suffix.lower() in SUFFIXES and p.resolve() not in given)
    except OSError:
        return found
    for p in candidates:  # the header is enough: no items, no jieba
        try:
            header, blocks, _ = _classify(read_text(p))
            values = {**issue_meta.header_meta([ln.text for ln in header]),
                      **(issue_meta.read_side_file(p) or {})}
        except CorpusError:
            continue
        if {"year", "number", "total"} <= set(values) and blocks:
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

