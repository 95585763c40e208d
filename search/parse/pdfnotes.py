"""Footnotes and endnotes of a printed page: a note at the foot of a page (or at the end of the
document) that a mark in the text cites (`…并致辞①。` … `① 来源：新华社`) is no body text where
it is printed. It becomes a note block (`Block.note`) placed right after the block that cites it, as
the Word reader places its notes, so a source given only in a note is read from it; the mark is taken
out of the citing text.

Marks by their shape: circled and parenthesised numbers (①, ⑴), numbers in brackets (`[1]`, `〔1〕`,
`［1］`), superscript digits (¹²³), asterisks and daggers (`*`, `**`, `†`).
"""
from __future__ import annotations

import re

from search.parse.blocks import Block

_MARK = (r"[\u2460-\u2473\u2474-\u2487\u2776-\u277f\u24eb-\u24f4]"  # ①…⑳ ⑴… ❶… ⓫…
         r"|[\[［〔【]\s*\d{1,2}\s*[\]］〕】]"  # [1] ［1］ 〔1〕 【1】
         r"|[¹²³\u2070-\u2079]+"  # superscript digits
         r"|\*{1,3}|†{1,2}|‡")
_LEAD = re.compile(rf"^\s*(?:注\s*)?(?P<m>{_MARK})\s*[:：.、]?\s*(?=\S)")
# a note's number set plain at its start (`1 电动垂直起降飞行器…`), where the text cites it raised (`¹`)
_PLAIN_LEAD = re.compile(r"^\s*(?P<m>\d{1,2})\s+(?=\S)")
_UNSUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_INSIDE = re.compile(rf"(?P<m>{_MARK})")
_FOOT = 0.55  # a note line lies in the lower part of its page (below this share of its height)


def _key(mark: str) -> str:
    """A mark as compared: its digits without the brackets around them, or the glyph itself."""
    digits = re.sub(r"\D", "", mark.translate(_UNSUPER))
    return digits or mark.strip()


def note_mark(text: str, plain: bool = False) -> str | None:
    """The mark a note line starts with (`① 来源：X` -> `①`), or None; with `plain`, a number set
    plain and followed by a space counts too (`1 来源：X`: a mark only where the text cites ¹)."""
    m = _LEAD.match(text) or (_PLAIN_LEAD.match(text) if plain else None)
    return m.group("m") if m else None


def cited_marks(texts: list[str]) -> set[str]:
    """The marks the texts cite inside them (never at the start: that is a list number), compared
    by `_key`."""
    return {_key(m.group("m")) for t in texts for m in _INSIDE.finditer(t) if m.start() > 0}


def is_note_line(text: str, top: float, page_height: float, below: list[str], cited: set[str]) -> bool:
    """A line that starts with a note mark that some text cites, low on its page, followed in its
    column only by other note lines (`below`: the texts of the column's lines after it, furniture
    left out)."""
    mark = note_mark(text, plain=True)
    if mark is None or _key(mark) not in cited or top < _FOOT * page_height:
        return False
    return all(note_mark(t, plain=True) is not None for t in below)


def _cites(block: Block, key: str) -> re.Match | None:
    """Where a block's text cites a note with this mark (never at its very start: that is a list
    number), or None."""
    if block.kind not in ("paragraph", "title", "heading", "list_item") or block.note:
        return None
    for m in _INSIDE.finditer(block.text):
        if m.start() > 0 and _key(m.group("m")) == _key(key):
            return m
    return None


def place_notes(blocks: list[Block], notes: list[Block]) -> list[Block]:
    """Put each note after the last block before it (on its page or earlier) that cites its mark,
    the mark taken out of both; a note nothing cites goes back where it was printed, as body text."""
    out = list(blocks)
    for note in notes:
        mark = note_mark(note.text, plain=True)
        citing = None
        for i in range(len(out) - 1, -1, -1):
            b = out[i]
            if b.page is not None and note.page is not None and b.page > note.page:
                continue
            if mark and _cites(b, mark):
                citing = i
                break
        if citing is None:
            at = next((i for i, b in enumerate(out) if (b.page or 0) > (note.page or 0)), len(out))
            note.note = False
            out.insert(at, note)
            continue
        b = out[citing]
        m = _cites(b, mark)
        b.text = (b.text[:m.start()] + b.text[m.end():]).strip()
        lead = _LEAD if _LEAD.match(note.text) else _PLAIN_LEAD
        note.text = lead.sub("", note.text, count=1).strip()
        note.raw = note.text
        out.insert(citing + 1, note)
    return out
