"""Markdown beyond the plain: footnotes and HTML tables, for the text reader (blocks.py).

- **Footnotes** (`…成果。[^1]` and, anywhere, `[^1]: 来源：中国国际广播电台`): the definition lines
  leave the flow (at the end of the file they would be read as the last story's text), the marks leave
  the text, and each note follows the line that cites it, as a Word footnote does: a source given only
  in a footnote reaches its story.
- **Reference-style links** (`来源：[香港01][hk01]`, `[香港01][]`, `[香港01]`, and anywhere `[hk01]: https://… "title"`):
  the definition lines print nothing and leave the flow; a link prints its text, so a source given as
  one names its outlet.
- **HTML tables** (`<table>…<tr><td>…</td></tr>…</table>`, which Markdown passes through): read as a
  table of cells, tags and entities gone, not as lines of markup.
"""
from __future__ import annotations

import html
import re

_DEFINITION = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:\s*(.*)$")
_MARK = re.compile(r"\[\^([^\]\s]+)\]")
# `[id]: https://… "title"` (up to three spaces in; an id is no footnote's `^`); ids match without case
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)([^\]\n]{1,100})\]:\s*(\S+)(?:\s+([\"'(]).*)?$")
_REFERENCE = re.compile(r"\[([^\]\n]{1,300})\](?:\[([^\]\n]{0,100})\])?(?![(:])")
_TABLE_OPEN = re.compile(r"^\s*<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</table|$)", re.I | re.S)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)(?=<t[dh]\b|</tr|$)", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def footnotes(lines: list[str]) -> tuple[dict[str, str], set[int]]:
    """The footnote definitions of a Markdown text (id -> text, its indented continuation lines
    joined) and the indexes of their lines."""
    notes: dict[str, str] = {}
    used: set[int] = set()
    k = 0
    while k < len(lines):
        m = _DEFINITION.match(lines[k])
        if not m:
            k += 1
            continue
        text, used_k = [m.group(2).strip()], {k}
        k += 1
        while k < len(lines) and lines[k].startswith(("    ", "\t")) and lines[k].strip():
            text.append(lines[k].strip())
            used_k.add(k)
            k += 1
        notes[m.group(1)], used = " ".join(t for t in text if t), used | used_k
    return notes, used


def cited(raw: str, notes: dict[str, str]) -> tuple[str, list[str]]:
    """A line without its footnote marks, and the texts of the notes it cites, in order."""
    if "[^" not in raw or not notes:
        return raw, []
    ids = [i for i in _MARK.findall(raw) if i in notes]
    return _MARK.sub(lambda m: "" if m.group(1) in notes else m.group(0), raw), [notes[i] for i in ids]


def link_definitions(lines: list[str]) -> tuple[set[str], set[int]]:
    """The ids of a Markdown text's link reference definitions (lower case) and the indexes of their lines."""
    ids: set[str] = set()
    used: set[int] = set()
    for k, line in enumerate(lines):
        if "]:" in line and (m := _LINK_DEFINITION.match(line)):
            ids.add(m.group(1).strip().lower())
            used.add(k)
    return ids, used


def referenced(raw: str, ids: set[str]) -> str:
    """A line whose reference-style links print their text: `[香港01][hk01]`, `[香港01][]`, `[香港01]`
    where the id is defined; any other brackets stay as printed."""
    if not ids or "[" not in raw:
        return raw

    def text(m: re.Match) -> str:
        ref = m.group(2) if m.group(2) else m.group(1)
        return m.group(1) if ref.strip().lower() in ids else m.group(0)
    return _REFERENCE.sub(text, raw)


def html_table(lines: list[str], k: int) -> tuple[list[list[str]], int] | None:
    """The rows of an HTML table starting at line k and the index after its last line, or None
    where line k opens no table (or it never closes)."""
    if not _TABLE_OPEN.match(lines[k]):
        return None
    end = k
    while end < len(lines) and not _TABLE_CLOSE.search(lines[end]):
        end += 1
    if end == len(lines):
        return None
    markup = "\n".join(lines[k:end + 1])
    rows = [[_cell(c) for c in _CELL.findall(row)] for row in _ROW.findall(markup)]
    rows = [r for r in rows if any(r)]
    return (rows, end + 1) if rows else None


def _cell(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|center|section|article|span|font|sub|sup|small|big|u|i|em|mark|details|summary"
                        r"|aside|figure|figcaption)\b[^>]*>", re.I)
_STRONG = re.compile(r"^\s*<(strong|b)\b[^>]*>(.*?)</\1\s*>\s*$", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_RIGHT = re.compile(r"""text-align\s*:\s*right|align\s*=\s*["']?right""", re.I)
_CENTRE = re.compile(r"""text-align\s*:\s*center|align\s*=\s*["']?center|<center\b""", re.I)
# A line that is an HTML block: it opens with a block element's tag and closes one.
# An online editor's export writes lines in inline tags too (`<font style="color:#8C8C8C;">来源：X</font>`),
# its toggles as `<details><summary>X</summary>` and its callouts between lone `<aside>` tags.
_OPENS_BLOCK = re.compile(r"^\s*<(?:h[1-6]|p|div|center|section|article|blockquote|font|span|mark|small|big|u|sub|sup"
                          r"|details|summary|aside|figure|figcaption)\b[^>]*>.*</\w+\s*>\s*$", re.I | re.S)
_ONLY_TAGS = re.compile(r"^\s*(?:</?(?:p|div|center|section|article|blockquote|details|summary|aside|figure|figcaption"
                        r"|font|span)\b[^>]*>\s*)+$", re.I)
# The formatting tags such a line may hold, removed; any other tag (`<script>` written as text) stays.
_FORMAT_TAG = re.compile(r"</?(?:b|strong|i|em|u|span|font|sub|sup|small|big|a|o:p|mark|code)\b[^>]*>", re.I)


def html_lines(raw: str) -> list[tuple[str, str | None]]:
    """A Markdown line written in HTML (a CMS editor's paste: `<h2>数据月报</h2>`,
    `<p><strong>标题</strong></p>`, `<p style="text-align:right">来源：X</p>`, lines parted by `<br>`)
    as the lines it prints, in Markdown (`## 数据月报`, `**标题**`), each with its alignment. Only a
    line that is an HTML block (it opens with a block element) is read so, and only formatting tags
    go: a tag written as text in a sentence (`<script>` in a story about web security) stays."""
    if "<" in raw and _ONLY_TAGS.match(raw):  # `<aside>`, `</details>`: a box opened or closed, no text
        return [("", None)]
    if "<" not in raw:
        return [(raw, None)]
    if not _OPENS_BLOCK.match(raw):  # running text that an editor marked up inline (`<u>X</u>`, `<br>`)
        if raw.count("<") > _INLINE_TAGS or not (_FORMAT_TAG.search(raw) or _BREAK.search(raw)):
            return [(raw, None)]  # (a line of hundreds of `<` is no editor's markup: read as it stands)
        return [(html.unescape(_FORMAT_TAG.sub("", part)), None) for part in _BREAK.split(raw)]
    if m := _HEADING.match(raw):
        return [("#" * int(m.group(1)) + " " + _text(m.group(2)), None)]
    align = "right" if _RIGHT.search(raw) else "center" if _CENTRE.search(raw) else None
    out = []
    for part in _BREAK.split(_BLOCK_TAG.sub("", raw)):
        strong = _STRONG.match(part)
        text = f"**{_text(strong.group(2))}**" if strong else _text(part)
        if text.strip():
            out.append((text, align))
    return out or [("", None)]


_COMMENT_CHARS = 2000  # a comment longer than this is no editor's note: left as text
_INLINE_TAGS = 200  # tags on one line of running text, at most, read as an editor's inline markup


def uncommented(text: str) -> str:
    """Markdown without its HTML comments (an editor's note, `<!-- 此处插入分隔图 -->`), which it never
    prints; the lines a comment spans stay, blank, so line numbers hold. One pass: each closing `-->`
    is looked for once, however many openings stand before it."""
    out, k, end = [], 0, -1
    while (start := text.find("<!--", k)) >= 0:
        if end < start + 4:
            end = text.find("-->", start + 4)
        if end < 0:
            break
        if end - start > _COMMENT_CHARS:
            out.append(text[k:start + 4])
            k = start + 4
            continue
        out.append(text[k:start] + "\n" * text.count("\n", start, end))
        k = end + 3
    return "".join(out) + text[k:]


def _text(markup: str) -> str:
    return html.unescape(_FORMAT_TAG.sub("", markup)).strip()


# Keys of a note app's or a site generator's front matter that stamp the file, not the issue: when it
# was created or changed, its tags and ids. Their dates are never the date.
_STAMP_KEYS = re.compile(r"^\s*(?:created|updated|modified|lastmod|last[_-]?modified|date[_-]?(?:created|modified|updated)"
                         r"|创建时间|创建日期|修改时间|更新时间|更新日期|tags|categories|aliases|cssclass(?:es)?|id|uid"
                         r"|permalink|slug|draft|weight|publish)\s*[:=]", re.I)


def front_matter_stamps(lines: list[str]) -> set[int]:
    """The lines of a front matter (between `---` or `+++` lines at the top of the file) that stamp
    the file (`created: 2026-07-30`, `tags: […]`): furniture, where `date:` and `title:` may repeat
    the header."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return set()
    fence = lines[0].strip()
    end = next((k for k in range(1, min(len(lines), 40)) if lines[k].strip() == fence), None)
    if end is None:
        return set()
    return {k for k in range(1, end) if _STAMP_KEYS.match(lines[k])}
