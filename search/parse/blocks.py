"""The block model every reader produces and the parser reads: parse's first step after the bytes.

A briefing, whatever its format, becomes a list of `Block`s: headings with a level, paragraphs,
list items, title lines (a bold line, a bulleted heading), tables with their cells, and page
furniture (page numbers, running headers and footers, rules). Plain text and Markdown are turned
into blocks here, one block a line; the PDF and Word readers (readers.py) use the same line
classification for text that carries no style.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from search.parse import chatlog, lightmarkup, mdextra, pandoc, statlines, textpages, texttable
from search.parse.shapes import is_end_mark, is_rule, leading_mark, unframe, unframe_glossed
from search.text import compact, squeeze

KINDS = ("heading", "paragraph", "list_item", "title", "table", "furniture")

CELL_SEPARATOR = " | "


@dataclass
class Block:
    """One unit of a document, in reading order.

    `ocr` is set on text that optical character recognition read from a scan: the recogniser's
    confidence (0-1, the mean over the block's characters); None for text read from a text layer.
    `note` marks the text of a footnote or endnote (Word), placed right after the paragraph (or
    title) whose reference mark cites it: a source (`来源：X`) given only in a note is read from it.
    `number` is the number Word's automatic numbering prints before a paragraph (`一、`, `1.`, `（1）`),
    kept apart from `text`.
    """

    kind: str  # one of KINDS
    text: str  # markup stripped (no #, **, bullet), whitespace as printed
    level: int | None = None  # heading level, 1 the highest
    cells: list[list[str]] | None = None  # a table's rows of cells
    line: int | None = None  # first line (1-based): of the text file, the Word paragraphs, the PDF's printed lines
    page: int | None = None  # PDF page (1-based)
    last: int | None = None  # last line, when the block spans several
    raw: str | None = None  # the line as printed (text files), for the unwrapping rules
    align: str | None = None  # "right", "center" where the reader knows a paragraph's alignment
    ocr: float | None = None  # recognition confidence, for text read by OCR
    note: bool = False  # a footnote's or endnote's text, after the paragraph that cites it
    number: str | None = None  # Word's automatic number of the paragraph, as printed
    whole: bool = False  # the markup ends the paragraph here (a web page's block element): no line runs on from it

    @property
    def span(self) -> tuple[int, int]:
        first = self.line or 0
        return first, self.last if self.last is not None else first

    @property
    def trailing(self) -> bool:
        """The printed line ends in whitespace (PDF exports mark paragraph ends so)."""
        return bool(self.raw) and self.raw != self.raw.rstrip()

    @property
    def leading(self) -> bool:
        return bool(self.raw) and self.raw[:1].isspace()


def table_text(rows: list[list[str]]) -> str:
    """A table as readable text: cells apart by ` | `, one row a line."""
    return "\n".join(CELL_SEPARATOR.join(c for c in row) for row in rows)


_HEADING_MARK = re.compile(r"^(#{1,6})\s*")
_HASH_NUMBER = re.compile(r"^#\d{1,2}[ \t\u3000.．:：、]+\S")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*[：:]?$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_PAGE_NUMBER = re.compile(r"^[-—–]?\s*(?:第\s*)?\d{1,3}\s*(?:页|/\s*\d{1,3})?\s*[-—–]?$")
_QUOTE = re.compile(r"^(?:>\s?)+")  # a Markdown blockquote: `> 来源：X`
_EMPHASIS = re.compile(r"^([*_])(?![*_\s])(?P<t>.+?)(?<![*_\s])\1$")  # a line in italics: `*（来源：X）*`
# `[数据月报](#数据月报)` -> its text. The look for the closing mark is bounded here and below: tried
# from each `[` (or `==`) of a long line with no close, an unbounded one took the square of the line
# (20,000 `[`: 21 s).
_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)")
# A contents entry and its page: a dot leader (`……`, `....`, `···`), then the page number. (A tab
# alone sets a table's cells apart in text; Word's generated contents is told by its field, word.py.)
# Runs taken whole (possessive): each run's glyphs are also the class after it, so no match is lost, and a
# line of dots without a page number is one pass, not a backtrack over every split (cubic before).
_LEADER = re.compile(r"^(?P<t>.*?\S)\s*+(?:[.…·．・_\-]{3,}+|…{2,}+)[\s.…·．・_\-]*+\d{1,3}$")


def normalize(text: str) -> str:
    """Collapse whitespace; keep a space only between two Latin letters or digits."""
    return compact(text)


# A note app's own markup (Obsidian, Logseq): `[[页面]]` and `[[页面|显示]]` links, `==高亮==`, a callout's
# type `> [!info]`, `> [!quote]- 标题`; a comment `%% … %%` prints nothing.
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]{0,200}\|)?([^\]|]{1,200})\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)(.{1,300}?)(?<=\S)==")
_CALLOUT = re.compile(r"^\[!\w+\][+-]?\s*")
_NOTE_COMMENT = re.compile(r"^%%.*%%$")


# Characters that print nothing (a zero-width space closing each line of a cloud document, a word joiner,
# a stray byte-order mark): no text of the page, and they would hide a line's last stop or a section's name.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed; `**` emphasis, link targets and characters
    that print nothing removed."""
    text = text.translate(_INVISIBLE)
    text = _HIGHLIGHT.sub(r"\1", _WIKI_LINK.sub(r"\1", text)) if "[[" in text or "==" in text else text
    return squeeze(_LINK.sub(r"\1", text.replace("**", "")))


def classify(line: str) -> tuple[str, str, int | None]:
    """One printed line -> (kind, text without markup, heading level).

    `## 【行业资讯】` -> heading 2; `### ● 标题` and `**标题**` -> title; `- 标题`, `● 标题`, `▲ 标题` (any
    mark: shapes.leading_mark) -> list_item; a contents entry with its page (`数据月报……3`) -> list_item
    without the page; a rule (`---`, `━━━`) or an end mark (`- END -`) -> furniture; anything else a
    paragraph (inline `**`, a blockquote's `>`, a line's italics and link targets removed). A framed
    line (`◆行业资讯◆`, `- END -`) keeps its frame: its first glyph is no bullet.
    """
    s = line.strip()
    if is_rule(s) or is_end_mark(s) or pandoc.is_markup(s) or _NOTE_COMMENT.match(s) \
            or (s and all(unicodedata.category(c)[0] in "SZ" for c in s)):
        return "furniture", s, None  # a line of symbols only (`▼`, `👇👇`; not `%。` wrapped) says nothing
    if (quote := _QUOTE.match(s)) and s[quote.end():].strip() and unframe(s) is None:  # `>> X <<` is a frame
        s = s[quote.end():].strip()
        s = _CALLOUT.sub("", s) or s  # `> [!quote] 来源：X`: the callout's text
    if (italic := _EMPHASIS.match(s)) and "**" not in s:
        s = italic.group("t")
    if s[-1:].isdigit() and (leader := _LEADER.match(s)) and not _PAGE_NUMBER.match(s):
        kind, text, level = classify(leader.group("t"))
        return ("list_item" if kind == "paragraph" else kind), text, level
    if _HASH_NUMBER.match(s):  # `#4 X`: a story numbered, a title line (a heading's marks take a space)
        return "title", clean(s), None
    level = None
    m = _HEADING_MARK.match(s)
    if m:
        level = len(m.group(1))
        s = s[m.end():]
    bullet = 0 if unframe_glossed(s) else leading_mark(s)  # any mark: ▲ ► ☆ ❖ → ※, a Wingdings glyph
    if bullet:
        s = s[bullet:]
    bold = _BOLD_LINE.match(s.strip())
    text = clean(s)
    if level is not None:
        return ("title" if bullet else "heading"), pandoc.heading_text(text), level
    if bullet:
        return "list_item", text, None
    if bold and "**" not in bold.group(1):
        return "title", text, None
    return "paragraph", text, None


_CELL_BREAK = re.compile(r"(\S?)\s*<br\s*/?>\s*(?=(\S?))", re.I)


def _unbroken(cell: str) -> str:
    """A table cell an editor wrapped with `<br>` (`可数字化交付的<br>服务进出口`) as one text: run
    together where Chinese meets, a space between two Latin words or numbers."""
    def join(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        return a + (" " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else "")
    return _CELL_BREAK.sub(join, cell)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


# Line ends other than a newline: Word's soft break copied out as a vertical tab, Unicode's line and
# paragraph separators, the C1 next-line (what `str.splitlines` calls line ends, form feeds aside:
# they part pages, textpages.py).
_SOFT_BREAK = re.compile("[\x0b\x1c-\x1e\x85\u2028\u2029]")
# A form feed with text on both sides ends the line it stands in, as the others do, and starts a page:
# the text after it opens the next line (the page's first).
_MID_FEED = re.compile("(?<=[^\n\f])\f+(?=[^\n\f])")


def text_blocks(text: str) -> list[Block]:
    """Plain text or Markdown -> blocks, one a non-blank line (tables: one a run of `|` rows).

    A lone number between blank lines is a page number (furniture); rules are furniture. Markdown
    footnotes follow the line citing them, HTML tables are tables and lines of HTML the lines they
    print (mdextra.py); where form feeds
    part pages, the lines each page repeats at its edges are furniture, and an issue quoted in a
    forwarded mail is read without its quoting, the mail's own lines furniture (textpages.py).
    Lines are not joined here: the parser undoes hard wraps with the printed line ends in view
    (`raw`).
    """
    text = mdextra.uncommented(_SOFT_BREAK.sub("\n", text))  # a line break that is no newline ends a line all the same
    text = _MID_FEED.sub(lambda m: "\n" + m.group(0), text)
    lines = lightmarkup.to_markdown(text).split("\n")  # wiki, AsciiDoc, Org, reST: as Markdown
    paged = textpages.furniture(lines) if "\f" in text else set()
    lines, mail = textpages.unquoted([line.replace("\f", "") for line in lines])
    paged |= mail | mdextra.front_matter_stamps(lines) | chatlog.furniture(lines)
    notes, note_lines = mdextra.footnotes(lines)
    refs, ref_lines = mdextra.link_definitions(lines)
    note_lines |= ref_lines  # `[hk01]: https://…` prints nothing, as a note's definition leaves the flow
    blocks: list[Block] = []
    k = 0
    while k < len(lines):
        raw, cites = mdextra.cited(mdextra.referenced(lines[k], refs), notes)
        stripped = raw.strip()
        if not stripped or k in note_lines:
            k += 1
            continue
        if k in paged:  # a page's edges, a forwarding mail's own lines
            blocks.append(Block("furniture", stripped, line=k + 1, raw=raw))
            k += 1
            continue
        if (table := mdextra.html_table(lines, k)) is not None:
            rows, end = table
            blocks.append(Block("table", table_text(rows), cells=rows, line=k + 1, last=end, raw=None))
            k = end
            continue
        if (table := pandoc.grid_table(lines, k)) is not None:
            rows, end = table
            blocks.append(Block("table", table_text(rows), cells=rows, line=k + 1, last=end, raw=None))
            k = end
            continue
        if "|" not in raw and (table := texttable.text_table(lines, k)) is not None:
            rows, end = table  # a table in text: tabs or runs of spaces between its cells
            blocks.append(Block("table", table_text(rows), cells=rows, line=k + 1, last=end, raw=None))
            k = end
            continue
        if (words := pandoc.caption(raw)) is not None:  # a table's caption: no story text
            blocks.append(Block("furniture", words, line=k + 1, raw=raw))
            k += 1
            continue
        if (bars := _bar_rows(lines, k)) > k:  # `项目｜金额｜增长`: full-width bars, no outer ones
            rows = [[clean(c) for c in re.split("[｜|]", lines[j].strip())] for j in range(k, bars)
                    if not _TABLE_RULE.match(lines[j])]  # a Markdown table without outer bars: its rule row
            blocks.append(Block("table", table_text(rows), cells=rows, line=k + 1, last=bars, raw=None))
            k = bars
            continue
        if _TABLE_ROW.match(raw):
            first = k
            rows = []
            while k < len(lines) and _TABLE_ROW.match(lines[k]):
                if not _TABLE_RULE.match(lines[k]):
                    rows.append([clean(_unbroken(c)) for c in lines[k].strip().strip("|").split("|")])
                k += 1
            blocks.append(Block("table", table_text(rows), cells=rows, line=first + 1, last=k, raw=None))
            continue
        if is_page_number(stripped) and _blank(lines, k - 1) and _blank(lines, k + 1):
            blocks.append(Block("furniture", stripped, line=k + 1, raw=raw))
            k += 1
            continue
        for piece, align in mdextra.html_lines(raw):  # a line of HTML: the lines it prints
            kind, clean_text, level = classify(piece)
            if clean_text or kind == "furniture":
                blocks.append(Block(kind, clean_text, level=level, line=k + 1, raw=piece, align=align))
        for note in cites:  # a footnote follows the line citing it, as Word's do
            note_kind, note_text, _ = classify(note)
            blocks.append(Block("paragraph" if note_kind != "furniture" else note_kind, note_text,
                                line=k + 1, raw=note, note=True))
        k += 1
    return statlines.mark_statements(blocks)  # `指标：数值，增长x%` lines: each a paragraph of its own


def _bar_rows(lines: list[str], k: int) -> int:
    """The index after a run of two or more lines from k that each part three or more cells by the
    same number of bars, full-width `｜` or typed `|`, none at the ends (those are Markdown's rows);
    k where none starts there."""
    for bar, other in (("｜", "|"), ("|", "｜")):
        count = lines[k].count(bar)
        end = k
        while count >= 2 and end < len(lines) and lines[end].count(bar) == count and other not in lines[end] \
                and not lines[end].strip().startswith(bar) and not lines[end].strip().endswith(bar):
            end += 1
        if end - k >= 2:
            return end
    return k


def _blank(lines: list[str], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].strip()
