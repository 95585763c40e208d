"""What names a section, line by line: a banner's shape whatever draws it, a known section's name
whatever mark or Latin gloss stands beside it, a label or a mark seen before a known name (structure.py
finds the sections with these; the names are data/sections.txt, through the model's table of kinds).
"""
from __future__ import annotations

import re
import unicodedata

from search.model import SECTION_KINDS
from search.parse.blocks import Block
from search.parse.script import simplified
from search.parse.shapes import labelled, leading_mark, part_after, part_core, strip_list_number, unframe, unframe_glossed
from search.parse.sources import source_line
from search.text import unspaced

__all__ = ["KNOWN_SECTIONS", "MASTHEAD", "SHORT_NAME", "TOC_WORDS", "banner", "key", "known_section",
           "labelled_cells", "mark_of", "section_like", "uncontinued", "unglossed"]

# The section names the parser knows (data/sections.txt, through the model's one table of kinds).
KNOWN_SECTIONS = tuple(SECTION_KINDS)
# A section's name: words of letters, or two such joined by a plus or an ampersand (`智能+观察`, `AI＋产业`).
_PHRASE = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z]{2,10}|(?=.{3,11}$)[\u4e00-\u9fffA-Za-z]+[+＋&＆][\u4e00-\u9fffA-Za-z]+)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
SHORT_NAME = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z0-9]{2,8}|(?=.{3,9}$)[\u4e00-\u9fffA-Za-z0-9]+[+＋&＆][\u4e00-\u9fffA-Za-z0-9]+)$")
# (section names are short, eight characters at most and a joining sign; headlines rarely are)
MASTHEAD = re.compile(r"(?:简报|快报|通讯|周报|专报|要报|期刊)$")  # the briefing's own name, not a section
TOC_WORDS = {"目录", "本期目录", "目次", "本期导读", "导读", "本期要目", "要目"}


def key(text: str) -> str:
    """Letters and digits only, NFKC, lower case: for matching a TOC entry with a later title."""
    return simplified(re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).lower())


def printed_name(text: str) -> str:
    """A section's name as printed: letters and digits only, NFKC, simplified, its Latin letters' case kept
    (`AI应用观察`, not `ai应用观察` as `key` compares it)."""
    return simplified(re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)))


def section_like(core: str) -> bool:
    """A framed core or a part's name that names a section: a known name, or a short run of words
    (two to ten characters, at least two of them Chinese, no punctuation), not the contents' heading
    nor the briefing's own name."""
    name = simplified(unspaced(core))
    if name in KNOWN_SECTIONS:
        return True
    return bool(_PHRASE.match(name)) and len(_HAN.findall(name)) >= 2 and name not in TOC_WORDS \
        and not MASTHEAD.search(name) and not source_line(core)


_BANNER_CHARS = 80  # a frame, a part's marker, a name of ten characters and a Latin gloss: some 40 at most


def banner(b: Block) -> str | None:
    """The section a block names by its shape alone, whatever decorates it: a framed line (`◆X◆`,
    `【 X 】`, `——X——`), a part (`第一部分 X`), or a table of one cell holding a short name (a Latin
    gloss beside it is no part of the name)."""
    if b.kind == "table":
        rows = [[c for c in row if c.strip()] for row in b.cells or []]
        rows = [r for r in rows if r]
        if len(rows) != 1 or len(rows[0]) > 2:
            return None
        text = " | ".join(c.strip() for c in rows[0])  # a name boxed alone, or beside its number: `01 | X`
        if len(text) > _BANNER_CHARS:
            return None
        core = _unnumbered(unframe(text) or part_core(text))
        name = _unnumbered(_GLOSS.sub("", text).strip() or text)  # its Latin gloss no part of it: `数据月报 DATA`
        if core is None and len(rows[0]) == 1 and section_like(name):  # a short name boxed: a banner
            core = name
        return unspaced(core) if core is not None and section_like(core) else None
    else:
        text = b.text.strip()
    if len(text) > _BANNER_CHARS:  # a long line names no section (and the gloss patterns tried at each of its
        return None               # spaces took the square of its length: 16,000 characters of `a `, 1.6 s)
    if source_line(text):  # `〔采自 济南日报〕`: a framed line that names a story's source is no banner
        return None
    if b.kind == "heading" and _LETTER_SPACED.match(text) and section_like(text):
        return unspaced(text)  # `短 讯`, `要　闻`: a short name set letter-spaced is a banner's typography
    core = unframe_glossed(text) or part_core(text)  # `✦ 数据月报 ✦ Monthly Data`: the frame, its gloss after it
    if core is not None and _STORY_NUMBER.match(text) and not known_section(core):
        return None  # `NO.1｜X`, `No.2 X` number stories; before a known name only, a section
    if core is not None and unframe(text) is None and _BARE_NUMBER.match(unicodedata.normalize("NFKC", text)) \
            and not known_section(core) and len(_HAN.findall(core)) >= _TITLE_CHARS:
        return None  # `01 数据出境规则再优化`, `2/ X`: a bare number before a title's length of words numbers a story
    framed = unframe(text) is not None
    core = _unnumbered(core, framed)
    if core is not None:  # `〖政策速递 POLICY WATCH〗`: the gloss inside the frame no part of the name; after a part's
        tail = _unnumbered(_TAIL_GLOSS.sub("", core).strip() or core, framed)  # marker: `◆ Part 1数据月报 Digest ◆`
        core = tail if section_like(uncontinued(tail)) else _unnumbered(unglossed(core), framed)
    if core is not None and section_like(uncontinued(core)):
        return unspaced(uncontinued(core))
    return None


def labelled_cells(b: Block) -> tuple[str, str] | None:
    """A table of one row, a short word in one cell labelling a name in the next (`栏目 | 海外视野`)."""
    rows = [[c.strip() for c in row if c.strip()] for row in b.cells or []]
    rows = [r for r in rows if r]
    if len(rows) != 1 or len(rows[0]) != 2:
        return None
    lab = labelled(" | ".join(rows[0]))
    return lab if lab and (known_section(lab[1]) or (SHORT_NAME.match(unspaced(lab[1])) and section_like(lab[1]))) else None


def _unnumbered(core: str | None, framed: bool = False) -> str | None:
    """A framed name without the section's number inside the frame (`◆一、数据月报◆`, `┃ 2. 政策速览 ┃`,
    a part's `∽ 第一部分　数据月报 ∽`, `◇ PART Ⅱ 行业资讯 ◇`, `⇣ Part 1数据月报 ⇣`, and, framed, after
    the name: `◆数据月报 PART 2◆`), where what remains names a section; else as it was."""
    if core is None:
        return None
    bare = part_core(core) or (framed and part_after(core)) or strip_list_number(core)
    return bare if bare != core.strip() and section_like(uncontinued(bare)) else core


# Two to six Chinese characters each set apart by spaces (`短 讯`, `要　闻`, `他 山 之 石`): a heading set
# letter-spaced. Headlines are never printed so; a section's name often is (the masthead and `目 录` are
# kept out by section_like). Only a heading, larger than the text: a bold label of the body's size spaced
# to the width of a longer one (`刊 名`, `期 号` over `印发日期` in a masthead's table) is a field's label.
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5}$")
_STORY_NUMBER = re.compile(r"^\s*(?:NO|No|no)\s*[.．]?\s*\d")
# A bare number (not `第一部分`, not `PART 2`) before eight Chinese characters or more: sections are named
# in two to six (every set's are four), stories' titles run longer.
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}\s*(?:[|｜丨/:：、.．]|\s)")
_TITLE_CHARS = 8
_LATIN_PART = re.compile(r"[A-Za-z][A-Za-z\s&'.-]*[A-Za-z]")
# A Latin gloss set apart by a space before or after a name (`DATA 数据月报`, `数据月报 DATA`), not
# Latin letters that are part of it (`AI前沿`).
_TAIL_GLOSS = re.compile(r"\s+[A-Za-z][A-Za-z\s&'.-]*[A-Za-z]\s*$")
_GLOSS = re.compile(r"^\s*[A-Za-z][A-Za-z\s&'.-]*[A-Za-z]\s+|\s+[A-Za-z][A-Za-z\s&'.-]*[A-Za-z]\s*$")


# A section carried on after something else (a page turn, a profile boxed between): `行业资讯（续）`,
# `行业资讯(续一)`, `行业资讯 续`, `行业资讯（接上页）`: the same section again.
# carried on (`（续）`, `接上页`), or a count of its items after the name (`（2篇）`, `(共3条)`, `（5）`)
_CONTINUED = re.compile(r"\s*[（(]?\s*(?:续[一二三四五六七八九十\d]?|接上页|接上期|续前)\s*[）)]?\s*$"
                        r"|\s*[（(]\s*共?\s*[\d一二三四五六七八九十]{1,2}\s*(?:篇|条|则|项|个)?\s*[）)]\s*$")


def uncontinued(text: str) -> str:
    """A section's name without the mark that carries it on: `行业资讯（续）` -> `行业资讯`."""
    cut = _CONTINUED.search(text)
    return text[:cut.start()] if cut and cut.start() > 0 else text


def unglossed(text: str) -> str:
    """A name without the Latin gloss set apart beside it (`算力视点　COMPUTING VIEW` -> `算力视点`), where
    Chinese words remain; else as it was."""
    bare = _GLOSS.sub("", text).strip()
    return bare if _HAN.search(bare) else text


def known_section(text: str) -> str | None:
    """The known section a line names alone, whatever mark stands before it, and beside its name in
    Latin letters if any (`行业资讯 | INDUSTRY NEWS`, `DATA 数据月报`), or carried on (`行业资讯（续）`);
    None otherwise."""
    text = uncontinued(text)
    name = key(text)
    if name in KNOWN_SECTIONS:
        return name
    han = key(_LATIN_PART.sub("", text))
    return han if han != name and han in KNOWN_SECTIONS else None


def mark_of(b: Block) -> str | None:
    """The mark printed before a line's words (`▍`, `■`), if it is one a title may not also wear in
    running text (not an ASCII bullet of a Markdown list), else None. Pictographs (emoji) are one
    kind of mark: each banner may wear its own (`📊 数据月报`, `📰 行业资讯`)."""
    raw = (b.raw or b.text).strip()
    n = 0 if b.kind == "table" or unframe(raw) else leading_mark(raw)
    mark = raw[:n].strip()
    if mark and all(ord(c) >= 0x1F000 or unicodedata.category(c) in ("Mn", "Cf") for c in mark):
        return "pictograph"
    return mark if mark and not mark.isascii() else None
