"""Briefing files -> Issue and Item dataclasses: the first step of parse -> analyze -> index -> query.

The readers turn every format into blocks (blocks.py); structure.py finds the header, the table of
contents and the sections; items.py splits each section into news items; here the issue's metadata
is read or inferred, and every item gets its date, organisations, abbreviations and a stable id.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from pathlib import Path

from search.cache import Cache, recording
from search.parse import kickers, pullquotes
from search.parse import meta as issue_meta
from search.parse.blocks import CELL_SEPARATOR, Block, normalize, text_blocks
from search.parse.colophon import signed_day
from search.errors import CorpusError
from search.parse.items import build, data_month, outlets_in_titles, split_section
from search.model import Alias, Issue, IssueMeta, Item
from search.parse.sectionname import section_kind
from search.parse.orgs import extract_aliases, extract_orgs
from search.parse.readers import Source, blocks_of, read_source, sibling_sources
from search.parse.tagger import prepare as prepare_tagger
from search.parse.shapes import strip_list_number
from search.parse.structure import DATA_SECTIONS, Layout, key, layout
from search.parse.version import parse_version, versions
from search.text import ideographs, squeeze

__all__ = ["parse_text", "parse_blocks", "parse_source", "parse_file", "parse_files", "format_item", "normalize",
           "item_key", "prune_cache", "cache_key"]



def item_key(title: str | None, body: str) -> str:
    """Six characters of base32 of a hash of the item's own text: its normalised title, or for an
    untitled item the first 30 characters of its body. The same text, the same key, whatever else
    the issue holds."""
    basis = key(title) if title else key(body)[:30]
    digest = hashlib.sha1(basis.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:6]


def _slug(stem: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")
    return s or "issue"


def parse_text(text: str, file: str, *, meta_override: dict | None = None,
               siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse the text (plain or Markdown) of one briefing into an Issue; CorpusError if it is none."""
    if not text.strip():
        raise CorpusError(file, "文件是空的")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return parse_blocks(text_blocks(text), file, meta_override=meta_override, siblings=siblings)


def _unified(block: Block) -> Block:
    """A block whose look-alike ideographs (`⽉`, Kangxi radicals a PDF's text layer gives) are the
    ideographs, whichever reader read it."""
    changed = {name: ideographs(value) for name in ("text", "raw") if (value := getattr(block, name))
               and ideographs(value) != value}
    if block.cells and any(ideographs(c) != c for row in block.cells for c in row):
        changed["cells"] = [[ideographs(c) for c in row] for row in block.cells]
    return replace(block, **changed) if changed else block


_SHORT_LINE = 24  # characters: a banner, a title, a source, a paragraph's last line


def _printed_ends(texts: list[Block], stories: list[Block]) -> bool:
    """Do the lines mark a paragraph's end by whitespace after it, as a PDF's text export does (a line
    without it runs on into the next)? Where they do, the short lines of the sections' text (the ends
    of paragraphs, titles, sources) carry it; spaces left after long sentences only (and the masthead),
    none after the titles and sources, are an editor's habit, and a title without them no line wrapped."""
    if sum(b.trailing for b in texts) < 0.1 * max(1, len(texts)):
        return False
    short = [b for b in stories if len(normalize(b.text)) <= _SHORT_LINE]
    return any(b.page is not None for b in texts) or 2 * sum(b.trailing for b in short) >= len(short)


def parse_blocks(blocks: list[Block], file: str, *, meta_override: dict | None = None,
                 siblings: list[IssueMeta] | None = None) -> Issue:
    """Parse the blocks of one briefing into an Issue; raise CorpusError if it is not a briefing."""
    blocks = pullquotes.unquoted(kickers.unkicked([_unified(b) for b in blocks]))
    found_layout = layout(blocks)
    if found_layout is None:
        raise CorpusError(file, "看不出简报的结构（没有 【数据月报】、【行业资讯】、【会员风采】 或 【协会动态】 "
                                "这样的栏目）", code="not_a_briefing")
    lay: Layout = found_layout
    pdf = _printed_ends([b for b in blocks if b.raw is not None],
                        [b for s in lay.sections for b in s.blocks if b.raw is not None])
    drafts = [d for s in lay.sections for d in split_section(s, pdf)]
    if not drafts:
        raise CorpusError(file, "栏目下没有资讯", code="not_a_briefing")
    toc = {name: [normalize(t) for t in entries] for name, entries in lay.toc.items()}
    named = _named_entries(toc, {d.section for d in drafts if not d.title_blocks})
    built = [build(d, named, pdf) for d in drafts]
    outlets_in_titles(built)
    if not any(b.body for b in built):  # titles only: a listing, not news
        raise CorpusError(file, "栏目下没有资讯（只有标题，没有正文）", code="not_a_briefing")
    month = next((data_month(b.body) for b in built if b.draft.section in DATA_SECTIONS), None)

    header_lines = [squeeze(b.text) for b in lay.header]
    found = issue_meta.header_meta(header_lines)
    if "date" not in found and (day := signed_day(lay.furniture)):  # dated at its end, by its signature
        found = issue_meta.header_meta(header_lines + [squeeze(day)])
    inferred = {}
    if not {"year", "number"} <= set(found):
        inferred = issue_meta.infer([t for b in built for t in (b.title, b.body) if t], month, siblings)
    elif "total" not in found:
        total = issue_meta.total_from_siblings(found["year"], found["number"], siblings or [])
        inferred = {} if total is None else {"total": total}
    if meta_override:
        meta_override = issue_meta.check_override(meta_override, file)
    meta = issue_meta.merge(found, inferred, meta_override)

    stem = _slug(Path(file).stem)
    items: list[Item] = []
    seen: dict[str, int] = {}
    orgs_texts = ["\n".join(t for t in (b.title if b.draft.section not in DATA_SECTIONS else None, _prose(b)) if t)
                  for b in built]
    prepare_tagger(orgs_texts)  # the issue's sentences tagged in batches, not one call each
    for ordinal, (b, orgs_text) in enumerate(zip(built, orgs_texts), 1):
        base = f"{meta.key or stem}-{item_key(b.title, b.body)}"
        seen[base] = seen.get(base, 0) + 1
        item_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        aliases = [Alias(short, full, item_id) for short, full in extract_aliases(orgs_text)]
        profile = section_kind(b.draft.section) == "profiles" or issue_meta.reads_as_profile(b.body)
        date = issue_meta.first_date(b.body, meta.year, meta.date, profile=profile)
        if date is None and b.title and b.draft.section not in DATA_SECTIONS:
            date = issue_meta.first_date(b.title, meta.year, meta.date, profile=profile)
        items.append(Item(
            id=item_id, file=file, issue=meta, section=b.draft.section, title=b.title, source=b.source,
            date=date, orgs=extract_orgs(orgs_text, aliases=[(a.short, a.full) for a in aliases]),
            body=b.body, lines=b.draft.span, ordinal=ordinal, aliases=aliases,
            tables=b.tables, consumed=b.consumed, ocr=_recognised(b.draft)))
    return Issue(file=file, meta=meta, items=items, toc=toc, header=header_lines,
                 provenance=issue_meta.provenance(found, inferred, meta_override),
                 furniture=[b.text for b in lay.furniture],
                 skeleton=[b.text for b in lay.toc_blocks] + [s.heading.text for s in lay.sections if s.heading],
                 recognition=recognition(blocks))


def _recognised(draft) -> bool:
    """Was any of an item's text read by OCR?"""
    parts = draft.title_blocks + draft.blocks + ([draft.source_block] if draft.source_block else [])
    return any(b.ocr is not None for b in parts)


def recognition(blocks: list[Block]) -> list[dict]:
    """Per page read by OCR: its recognised blocks, and the confidence over its characters (mean)
    and of its least sure block (min)."""
    pages: dict[int, list[Block]] = {}
    for b in blocks:
        if b.ocr is not None:
            pages.setdefault(b.page or 0, []).append(b)
    out = []
    for page, found in sorted(pages.items()):
        chars = sum(max(1, len(b.text)) for b in found)
        mean = sum(b.ocr * max(1, len(b.text)) for b in found) / chars
        out.append({"page": page, "blocks": len(found), "mean": round(mean, 3),
                    "min": round(min(b.ocr for b in found), 3)})
    return out


def parse_source(source: Source, *, siblings: list[IssueMeta] | None = None, cache_dir=None) -> Issue:
    """Parse a briefing file already read (its bytes and side files): nothing is read again.
    `cache_dir` keeps what is costly to redo (OCR); None keeps nothing."""
    blocks = blocks_of(source.name, source.data, cache_dir)
    return parse_blocks(blocks, source.name, meta_override=issue_meta.side_override(source.name, source.sides),
                        siblings=siblings)


def parse_file(path, *, siblings: list[IssueMeta] | None = None, cache_dir=None) -> Issue:
    """Parse one briefing file, applying the `NAME.meta.toml` side file beside it if present."""
    return parse_source(read_source(path), siblings=siblings, cache_dir=cache_dir)


def parse_files(files, *, known: list[IssueMeta] | None = None, cache_dir: Path | str | None = None,
                reread: bool = False) -> tuple[list[Issue], list[CorpusError]]:
    """Parse many files (paths, or Sources already read), each read once; never raises CorpusError.

    A total number (总第M期) missing from a file follows from the numbering of the other issues:
    those among `files` whose header gives year, number and total, the `known` ones (the indexer's,
    from its manifest), and, when `known` is not given, the other briefing files of the same
    directories as the paths among `files` (read once each, their headers only).

    With `cache_dir` (the indexer's, store.cache_dir; `check`'s and `parse`'s too), a file whose content hash was parsed before
    under the same parse version (version.py) is not parsed again: its Issue comes from the cache;
    and a scanned page recognised before (of this file or any other) is not recognised again, even
    when a change of the parser parses the file again (the OCR cache below the parse cache).
    `reread` parses every file again all the same (its entry replaced; the OCR cache still used):
    `--verbose` shows what the readers' libraries say of a file, which a cached issue cannot.
    """
    files = [f if isinstance(f, Source) else Path(f) for f in files]
    caches: dict[str, Cache] = {}
    results: list[Issue | CorpusError] = []
    for f in files:
        try:
            if isinstance(f, Path) and cache_dir is not None:
                f = read_source(f)  # a path named by `check` or `parse`: through the parse cache too
            results.append(_parse_cached(f, caches, cache_dir, reread) if isinstance(f, Source)
                           else parse_file(f, cache_dir=cache_dir))
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
            others = sibling_sources([f for f in files if isinstance(f, Path)])
            siblings += [m for m in (header_numbering(o, cache_dir) for o in others) if m is not None]
        for k in pending:
            results[k] = _with_total(results[k], siblings)
    issues = [r for r in results if isinstance(r, Issue)]
    errors = [r for r in results if isinstance(r, CorpusError)]
    return issues, errors


def _parse_cached(source: Source, caches: dict[str, Cache], cache_dir, reread: bool = False) -> Issue:
    """The issue of a file read, from the parse cache if it holds this content under this version.

    An entry that does not read back as an issue (truncated, corrupt, of another shape) is a miss:
    the file is parsed again and the entry replaced. Files that are no briefing are not cached.
    """
    if cache_dir is None:
        return parse_source(source)
    version = parse_version(source.name, cache_dir)
    cache = caches.get(version) or caches.setdefault(version, Cache(cache_dir, "parse", version))
    digest = cache_key(source.sha256(), source.name)
    record = None if reread else cache.get(digest)
    if record is not None:
        try:
            issue = Issue.from_dict(record)
            if issue.file == source.name:
                return issue
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    try:
        with recording("ocr") as used:
            issue = parse_source(source, cache_dir=cache_dir)
    finally:  # a scan refused is tried again: its pages stay recognised
        if used:
            _ocr_files(cache_dir).put(digest, sorted(used))
    cache.put(digest, issue.to_dict())
    return issue


def _ocr_files(cache_dir) -> Cache:
    """The OCR cache keys each parsed file was read with (by its parse-cache key), kind `ocr-files`."""
    return Cache(cache_dir, "ocr-files", "1")


def ocr_keys_used(cache_dir, files: dict[str, str]) -> set[str]:
    """The OCR cache keys the files (name -> content hash) were read with, as their parses noted."""
    records = _ocr_files(cache_dir)
    used: set[str] = set()
    for name, digest in files.items():
        hit = records.get(cache_key(digest, name))
        if isinstance(hit, list):
            used.update(k for k in hit if isinstance(k, str))
    return used


def cache_key(sha256: str, name: str) -> str:
    """The parse cache's key of a file: its content hash (search/parse/readers.py, Source.sha256) and
    its name (the ids of an issue without a number come from its name)."""
    return f"{sha256} {name}"


def prune_cache(cache_dir: Path | str | None, files: dict[str, str] | None = None,
                before: float | None = None) -> int:
    """Drop the parse cache's entries of every parse version but the current ones (a file parsed by
    an older parser is parsed again, never read from them); with `files` (name -> content hash, the
    files the index holds or rejects), also the entries of every other file (removed or changed),
    and their notes of the OCR entries they were read with (`ocr_keys_used`).
    With `before`, only entries written before that time (see Cache.prune). For the indexer of the
    cache, under its lock. Returns how many entries went."""
    current = list(versions(cache_dir).values())
    keys = None if files is None else {cache_key(digest, name) for name, digest in files.items()}
    gone = Cache(cache_dir, "parse", current[0]).prune(keep=current[1:], keys=keys, before=before)
    return gone + _ocr_files(cache_dir).prune(keys=keys, before=before)


def _with_total(issue: Issue, siblings: list[IssueMeta]) -> Issue:
    meta = issue.meta
    total = issue_meta.total_from_siblings(meta.year, meta.number, siblings)
    if total is None:
        return issue
    meta = replace(meta, total=total, inferred=True)
    for item in issue.items:
        item.issue = meta
    return replace(issue, meta=meta, provenance={**issue.provenance, "total": "inferred"})


def header_numbering(source: Source, cache_dir=None) -> IssueMeta | None:
    """Year, number and total of a briefing as its header or side file gives them (no items, no
    jieba), or None where they are not all given: how another issue numbers its neighbours."""
    try:
        lay = layout(blocks_of(source.name, source.data, cache_dir))
        if lay is None:
            return None
        values = {**issue_meta.header_meta([squeeze(b.text) for b in lay.header]),
                  **(issue_meta.side_override(source.name, source.sides) or {})}
    except CorpusError:
        return None
    if {"year", "number", "total"} <= set(values):
        return IssueMeta(values["year"], values["number"], values["total"], values.get("date"))
    return None


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


def _prose(b) -> str:
    """An item's body without the rows of its tables: organisations are named in sentences, and a
    table's labels (`对东盟进出口`, a trade partner) are not mentions of one."""
    rows = {CELL_SEPARATOR.join(normalize(c) for c in row) for table in b.tables for row in table}
    return "\n".join(line for line in b.body.split("\n") if line not in rows)


_NAMED_ENTRY = re.compile(r"^(?P<name>[^：:｜|]{2,12})\s*[：:｜|]\s*(?P<title>[^：:｜|]+)$")  # one entry, not two columns


def _named_entries(toc: dict[str, list[str]], sections: set[str]) -> dict[str, list[str]]:
    """The contents by section, where a loose entry names its section before a colon or a bar
    (`数据月报：2025年上半年服务贸易…`, a contents list under no section headings): that entry's title
    under the section it names, for an untitled section of the issue that the contents give nothing else."""
    named: dict[str, list[str]] = {}
    for entries in toc.values():
        for entry in entries:
            m = _NAMED_ENTRY.match(entry.strip())
            name = re.sub(r"\s+", "", strip_list_number(m.group("name"))) if m else ""
            if name in sections and not toc.get(name):
                named.setdefault(name, []).append(m.group("title").strip())
    return {**toc, **named}

