"""Whitespace, the one way: the normalisers every layer uses on printed text (the lowest module).

`squeeze` collapses spaces to one, `compact` removes them except between two Latin letters or digits
(Chinese text has no spaces; a PDF or Word export puts them anywhere), `unspaced` removes them all.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["SPACES", "compact", "ideographs", "squeeze", "unspaced"]

# The spaces of a line: ASCII, the ideographic space, no-break and typographic spaces.
SPACES = r"[ \t\u3000\xa0\u2002\u2003\u2009]+"
_LINE_SPACES = re.compile(SPACES)
_ALL_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z0-9]")


def squeeze(text: str) -> str:
    """Each run of spaces in a line as one space, ends trimmed."""
    return _LINE_SPACES.sub(" ", text).strip()


def unspaced(text: str) -> str:
    """Every whitespace character gone, line breaks included."""
    return _ALL_SPACES.sub("", text)


def compact(text: str, *, across_lines: bool = False) -> str:
    """Spaces gone except one between two Latin letters or digits, ends trimmed.

    `across_lines`: line breaks count as spaces, and two digits a line break parts are one number
    broken by the export (`203626.35 万美\\n元`, `2\\n3`), joined.
    """
    def keep(m: re.Match) -> str:
        s, e = m.start(), m.end()
        left = m.string[s - 1] if s else ""
        right = m.string[e] if e < len(m.string) else ""
        if _LATIN.fullmatch(left or "_") and _LATIN.fullmatch(right or "_"):
            joined = across_lines and left.isdigit() and right.isdigit() and "\n" in m.group()
            return "" if joined else " "
        return ""
    return (_ALL_SPACES if across_lines else _LINE_SPACES).sub(keep, text).strip()


# Look-alikes of ideographs a text layer or a font's ToUnicode map may give instead of the ideograph
# itself (`⽉` U+2F49 for 月, `⾦` for 金; `著` U+FA5F and its kin): the Kangxi radicals, the CJK
# radicals supplement and the compatibility ideographs. NFKC maps each to its unified ideograph.
_LOOKALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def ideographs(text: str) -> str:
    """The text with each look-alike of an ideograph (a Kangxi radical, a compatibility ideograph)
    as the ideograph (NFKC, of those characters only: full-width punctuation stays as printed)."""
    if not _LOOKALIKES.search(text):
        return text
    return _LOOKALIKES.sub(lambda m: _SUPPLEMENT.get(m.group()) or unicodedata.normalize("NFKC", m.group()), text)


# The radicals supplement's simplified forms NFKC leaves as they are, though each is a character of
# its own that a font (Chromium's export of Noto CJK) puts for it: `⻓` U+2ED3 for 长.
# So does the Kangxi radical `⼾` U+2F3E, whose NFKC is the traditional 戶: Noto CJK SC gives it for 户.
_SUPPLEMENT = dict(zip("⺟⺠⻄⻅⻆⻉⻋⻑⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳⼾",
                       "母民西见角贝车長长门韦页风飞马鱼鸟卤麦黄黾齐齿龙龟户"))
unradical = ideographs  # the PDF reader's name for it


def trim_marks(text: str) -> str:
    """`text` without the non-word characters at either end (what `re.sub(r"^\\W+|\\W+$", "", text)`
    gives, in linear time: that pattern tries `\\W+$` from every character of a long run of marks)."""
    start, end = 0, len(text)
    while start < end and not _is_word(text[start]):
        start += 1
    while end > start and not _is_word(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
