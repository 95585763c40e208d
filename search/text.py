"""Whitespace, the one way: the normalisers every layer uses on printed text (the lowest module).

`squeeze` collapses spaces to one, `compact` removes them except between two Latin letters or digits
(Chinese text has no spaces; a PDF or Word export puts them anywhere), `unspaced` removes them all.
"""
from __future__ import annotations

import re

__all__ = ["SPACES", "compact", "squeeze", "unspaced"]

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


# A PDF's font may map a character to the radical that shares its glyph (Chromium's and others'
# exports of Noto CJK: `⼤` U+2F24 for 大, `⻓` U+2ED3 for 长). The Kangxi radicals take their
# character by NFKC; the supplement's simplified forms that are characters of their own, so:
_SUPPLEMENT = dict(zip("⺟⺠⻄⻅⻆⻉⻋⻑⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                       "母民西见角贝车長长门韦页风飞马鱼鸟卤麦黄黾齐齿龙龟"))
_RADICALS = str.maketrans({**{chr(c): __import__("unicodedata").normalize("NFKC", chr(c))
                              for c in range(0x2F00, 0x2FD6)}, **_SUPPLEMENT})


def unradical(text: str) -> str:
    """Radicals a font put for characters turned back into the characters (`⼤连` -> `大连`)."""
    return text.translate(_RADICALS)
