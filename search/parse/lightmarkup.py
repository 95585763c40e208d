"""Lightweight markup other than Markdown, read as Markdown: for the text reader (blocks.py).

A briefing kept in a wiki or a repository arrives as its markup source. Each kind is told by its own
shape and rewritten line for line into the Markdown the text reader already reads (the line count
kept, so line numbers stay those of the file):

- **Confluence wiki / Textile**: `h2. X` headings, `||a||b||` header rows, `bq. X` and `{quote}X{quote}`
  quotes, `??X??` citations, `*X*` bold; a macro line (`{toc}`, `{panel:…}`, `{info}…{info}`) is furniture.
- **AsciiDoc**: `=`…`======` headings, `|===` tables (cells `|a |b`), `[.role]` / `[cols=…]` attribute
  lines, `:name: value` entries, `//` comments and `////` blocks, `.Caption` lines, block fences, the
  revision line under the title (`v3.1, 2025-06-27: 终审稿`: the file's revision date, never the issue's),
  `[.source]#X#` spans.
- **Org mode**: `*`/`**` headings (where `#+KEY:` lines say the file is Org) without the tags at their
  right end (`:资讯:政策:`), `#+BEGIN_QUOTE` blocks, `# ` comments, `|---+---|` table rules; `#+SUBTITLE:` and
  `#+DATE:` print their value (the issue's line, its date; a timestamp `<2026-05-31 日>` without its brackets and
  weekday); a drawer (`:PROPERTIES:` … `:END:`) holds metadata, never text: of its `:KEY: value` lines only a
  source (`:来源: X`) is kept, as the line `来源：X`.
- **reStructuredText**: a heading underlined (and maybe overlined) by a run of one punctuation glyph
  as long as the title is wide (its characters at least, its printed width and a little at most: a
  plain text's rule of a fixed length under a short line is no underline), the levels in the order the
  styles first appear; `.. ` comments and directives.

Quotes become Markdown quotes (`> 来源：X`), so a source line in them is read as one; so does a field
`:来源: X` (an Org property, an AsciiDoc attribute entry, a reST field) become the source line `来源：X`.
"""
from __future__ import annotations

import re

from search.parse.shapes import printed_width
from search.parse.sources import source_line

_WIKI_HEADING = re.compile(r"^h([1-6])\.\s+(.*)$")
_WIKI_QUOTE = re.compile(r"^bq\.\s+(.*)$")
_TEXTILE_PARA = re.compile(r"^p[<>=]*\.\s+(.*)$")
# Each pattern below that looks for a closing mark looks a bounded way only: tried from every opening
# mark of a long line (`??`, `{x}`, `[`) with no close, an unbounded look takes the square of the line.
_CITED = 200  # characters of a citation, at most
_MACRO_BODY = 1000  # characters between a macro's opening and closing tag, at most
_MACRO_PAIR = re.compile(r"\{(\w+)(?::[^}]{0,200})?\}(.{0,%d}?)\{\1\}" % _MACRO_BODY)
_MACRO = re.compile(r"\{[a-z][\w-]*(?::[^}]{0,200})?\}")
_CITE = re.compile(r"\?\?(?=\S)((?:[^?]|\?(?!\?)){1,%d}?)(?<=\S)\?\?" % _CITED)
_WHOLE_CITE = re.compile(r"^(?:>\s*)?[-—–~]*\s*\?\?(?=\S)(.+?)(?<=\S)\?\?$")
_WIKI_BOLD = re.compile(r"(?<![*\w])\*(?=[^*\s])([^*]+?)(?<=[^*\s])\*(?![*\w])")

_ADOC_HEADING = re.compile(r"^(={1,6})\s+(\S.*)$")
_ADOC_ATTR = re.compile(r"^:!?[\w-]+!?:(?:\s.*)?$")
_ADOC_BLOCK_ATTR = re.compile(r"^\[[^\[\]]*\]$")
_ADOC_CAPTION = re.compile(r"^\.(?=[^\s.])(.+)$")
_ADOC_FENCE = re.compile(r"^(?:={4,}|-{4,}|\*{4,}|_{4,}|\.{4,}|\+{4,})$")
_ADOC_TABLE = re.compile(r"^[|!,:]===$")
_ADOC_SPAN = re.compile(r"(?:\[[^\[\]]{0,80}\])?#(?=\S)([^#\n]+?)(?<=\S)#")
_ADOC_MACRO = re.compile(r"^(?:image|include|toc|video|audio)::\S*\[.*\]$")
# A revision line: a version, then its date and remark (`v3.1, 2025-06-27: 终审稿`, `1.2, 2025-06-27`).
_REVISION = re.compile(r"^v?\d+(?:\.\d+)*[a-z]?,\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.*$", re.I)
_BREAK = re.compile(r"^'{3,}$|^<<<$")

_ORG_KEY = re.compile(r"^#\+\w+:")
_ORG_HEADING = re.compile(r"^(\*+)\s+(\S.*)$")
_ORG_BLOCK = re.compile(r"^#\+(begin|end)_(\w+)", re.I)
_ORG_RULE = re.compile(r"^\s*\|[-+]+\|?\s*$")
_ORG_TAGS = re.compile(r"\s+:(?:[\w@#%]+:)+\s*$")  # `* 行业资讯      :资讯:政策:`
_ORG_SHOWN = re.compile(r"^#\+(subtitle|date):\s*(.*)$", re.I)  # header keywords whose value the issue prints
_ORG_STAMP = re.compile(r"^[<\[](\d{4}-\d{1,2}-\d{1,2})(?:\s+[^>\]]*)?[>\]]$")  # <2026-05-31 日>
_ORG_DRAWER = re.compile(r"^:([\w-]+):$")
_ORG_PROPERTY = re.compile(r"^:([^:\s]+):\s*(.*)$")  # `:来源: X`: a field, in Org, AsciiDoc and reST alike

_RST_ADORN = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}\s*$")
_RST_DIRECTIVE = re.compile(r"^\.\.(?:\s|$)")
_RST_SLACK = 4  # an underline's characters past its title's printed width, at most


def to_markdown(text: str) -> str:
    """The text with any lightweight markup it is written in rewritten as Markdown, line for line;
    a text in none returned as it is."""
    lines = text.split("\n")
    if _is_wiki(lines):
        lines = _wiki_footer([_wiki_line(line) for line in lines], lines)
    elif _is_asciidoc(lines):
        lines = _asciidoc(lines)
    elif sum(1 for line in lines if _ORG_KEY.match(line)) >= 2:
        lines = _org(lines)
    elif len(_rst_headings(lines)) >= 2:
        lines = _rst(lines)
    else:
        return text
    return "\n".join(lines)


def _is_wiki(lines: list[str]) -> bool:
    return sum(1 for line in lines if _WIKI_HEADING.match(line)) >= 2


def _wiki_footer(out: list[str], lines: list[str]) -> list[str]:
    """Below the page's last rule, lines written wholly in macros (`{color:#999}本页面仅供参考{color}`,
    `{children}`) are the page's footer: furniture."""
    rules = [k for k, line in enumerate(out) if re.match(r"^-{4,}$", line.strip())]
    if not rules:
        return out
    tail = [k for k in range(rules[-1] + 1, len(lines)) if lines[k].strip()]
    if tail and len(tail) <= 3 and all(lines[k].strip().startswith("{") and lines[k].strip().endswith("}") for k in tail):
        out = out[:rules[-1] + 1] + [""] * (len(lines) - rules[-1] - 1)
    return out


def _wiki_line(line: str) -> str:
    s = line.strip()
    s = _MACRO_PAIR.sub(lambda m: "" if m.group(1) in ("info", "note", "warning", "tip") else
                        ("> " + m.group(2) if m.group(1) in ("quote", "citation") else m.group(2)), s)
    s = _MACRO.sub("", s).strip()
    if not s:
        return ""
    if m := _WIKI_HEADING.match(s):
        return "#" * int(m.group(1)) + " " + m.group(2)
    if m := _WIKI_QUOTE.match(s):
        s = "> " + m.group(1)
    elif m := _TEXTILE_PARA.match(s):
        s = m.group(1)
    if s.startswith("||") or s.startswith("|_."):
        s = re.sub(r"\|\|+|\|_\.\s*", "|", s)
    if m := _WHOLE_CITE.match(s):  # `—— ??人民网??`: a line that only cites is the story's source
        return "来源：" + m.group(1)
    s = _CITE.sub(r"\1", s)
    return _WIKI_BOLD.sub(r"**\1**", s)


def _is_asciidoc(lines: list[str]) -> bool:
    heads = sum(1 for line in lines if _ADOC_HEADING.match(line) and not line.startswith("= =") )
    marks = sum(1 for line in lines if _ADOC_TABLE.match(line.strip()) or _ADOC_ATTR.match(line)
                or _ADOC_BLOCK_ATTR.match(line.strip()))
    return heads >= 2 and marks >= 1


def _asciidoc(lines: list[str]) -> list[str]:
    out: list[str] = []
    k, header = 0, True
    while k < len(lines):
        s = lines[k].strip()
        if s.startswith("////"):  # a comment block
            end = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith("////")), len(lines) - 1)
            out += [""] * (end + 1 - k)
            k = end + 1
            continue
        if _ADOC_TABLE.match(s):
            rows, end = _adoc_table(lines, k)
            out += rows + [""] * (end - k - len(rows))
            k = end
            continue
        if header and not s:
            header = False
        out.append(_adoc_line(s, header and k < 4))
        k += 1
    return out


def _adoc_line(s: str, in_header: bool) -> str:
    if _ADOC_ATTR.match(s) and not in_header and (source := _field_source(s)):
        return source  # `:来源: 新华社` under a title
    if (s.startswith("//") and not s.startswith("///")) or _ADOC_ATTR.match(s) or _ADOC_BLOCK_ATTR.match(s) \
            or _ADOC_FENCE.match(s) or _ADOC_MACRO.match(s) or (in_header and _REVISION.match(s)):
        return ""
    if _BREAK.match(s):
        return "---"
    if m := _ADOC_HEADING.match(s):
        return "#" * len(m.group(1)) + " " + m.group(2)
    if m := _ADOC_CAPTION.match(s):
        return "Table: " + m.group(1)
    if s.startswith(("NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: ")):
        return ""
    s = _ADOC_SPAN.sub(r"\1", s)
    return _WIKI_BOLD.sub(r"**\1**", s)


def _adoc_table(lines: list[str], k: int) -> tuple[list[str], int]:
    """The Markdown rows of the AsciiDoc table opening at line k, and the index after its close."""
    end = next((j for j in range(k + 1, len(lines)) if _ADOC_TABLE.match(lines[j].strip())), len(lines) - 1)
    sep = lines[k].strip()[0]
    cells, row_widths, width = [], [], 0
    for j in range(k + 1, end):
        s = lines[j].strip()
        if not s:
            if cells and not width:
                width = len(cells)  # the first row ends at the first blank line
            continue
        parts = [p.strip() for p in s.split(sep)[1:]] if s.startswith(sep) else [s]
        row_widths.append(len(parts))
        cells += parts
    width = width or (row_widths[0] if row_widths else 1)
    rows = [cells[i:i + width] for i in range(0, len(cells), width)]
    md = ["|" + "|".join(r) + "|" for r in rows]
    if md:
        md.insert(1, "|" + "|".join(["---"] * width) + "|")
    return md, end + 1


def _org(lines: list[str]) -> list[str]:
    out, quote, drawer = [], False, False
    shown = _org_shown(lines)
    for line in lines:
        s = line.strip()
        if drawer or ((m := _ORG_DRAWER.match(s)) and m.group(1).upper() != "END"):
            drawer = drawer and s.upper() != ":END:" or not drawer
            out.append(_field_source(s) if drawer else "")
        elif (m := _ORG_SHOWN.match(s)) and m.group(1).lower() in shown:
            value = m.group(2).strip()
            out.append(stamp.group(1) if (stamp := _ORG_STAMP.match(value)) else value)
        elif m := _ORG_BLOCK.match(s):
            quote = m.group(1).lower() == "begin" and m.group(2).lower() in ("quote", "verse")
            out.append("")
        elif m := re.match(r"^#\+title:\s*(.*)$", s, re.I):
            out.append("# " + m.group(1))
        elif _ORG_KEY.match(s) or s == "#" or s.startswith("# ") or s.startswith(":") and s.endswith(":"):
            out.append("")
        elif (m := _ORG_HEADING.match(line)) and not quote:
            out.append("#" * min(len(m.group(1)), 6) + " " + _ORG_TAGS.sub("", m.group(2)))
        elif _ORG_RULE.match(s):
            out.append(s.replace("+", "|"))
        else:
            out.append(("> " + s) if quote and s else _WIKI_BOLD.sub(r"**\1**", line))
    return out


_PRINTED = {"subtitle": re.compile(r"第\s*\d+\s*期"), "date": re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")}


def _org_shown(lines: list[str]) -> set[str]:
    """The header keywords (`subtitle`, `date`) that stand for the masthead: each only where the text before the
    first heading prints none of its own (an issue line; a date: `#+DATE:` beside a printed one is the file's)."""
    head = []
    for line in lines:
        if _ORG_HEADING.match(line):
            break
        if not line.startswith("#"):
            head.append(line)
    return {k for k, printed in _PRINTED.items() if not any(printed.search(line) for line in head)}


def _field_source(s: str) -> str:
    """A `:KEY: value` field (an Org drawer's property, an AsciiDoc attribute entry, a reST field list's
    line): `:来源: X` as the source line `来源：X`; any other key (an id, a date of filing) nothing."""
    m = _ORG_PROPERTY.match(s)
    if not m or not m.group(2):
        return ""
    line = f"{m.group(1)}：{m.group(2).strip()}"
    return line if source_line(line) else ""


def _rst_headings(lines: list[str]) -> dict[int, tuple[str, bool]]:
    """Line index of each underlined title -> (its adornment glyph, overlined too)."""
    found = {}
    for k in range(1, len(lines)):
        m = _RST_ADORN.match(lines[k])
        title = lines[k - 1].strip()
        # as long as the title's characters at least (reST asks for its printed width; CJK is two)
        adorn = len(lines[k].strip())
        if not m or not title or _RST_ADORN.match(lines[k - 1]) or adorn < max(len(title), 4) \
                or adorn > printed_width(title) + _RST_SLACK:
            continue
        over = k >= 2 and lines[k - 2].strip() == lines[k].strip()
        before = k - 3 if over else k - 2  # a section stands apart: blank lines around it
        if lines[k - 1][:1].isspace() or re.search(r"\S\s{2,}\S", title) or len(title) > 60 \
                or (before >= 0 and lines[before].strip()) or (k + 1 < len(lines) and lines[k + 1].strip()):
            continue
        found[k - 1] = (m.group(1), over)
    return found


def _rst(lines: list[str]) -> list[str]:
    heads = _rst_headings(lines)
    styles: list[tuple[str, bool]] = []
    out = list(lines)
    for k, style in sorted(heads.items()):
        if style not in styles:
            styles.append(style)
        out[k] = "#" * min(styles.index(style) + 1, 6) + " " + lines[k].strip()
        out[k + 1] = ""
        if style[1]:
            out[k - 1] = ""
    in_directive = False
    for k, line in enumerate(out):
        if _ORG_PROPERTY.match(line) and (source := _field_source(line.strip())):
            out[k] = source  # a field list's `:来源: 新华社`
        elif _RST_DIRECTIVE.match(line):
            out[k], in_directive = "", True
        elif in_directive and (line.startswith((" ", "\t")) or not line.strip()):
            out[k] = "" if line.strip() else line
            in_directive = bool(line.strip()) or in_directive and not line.strip()
        else:
            in_directive = False
    return out
