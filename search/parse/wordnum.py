"""Word's automatic numbering (`word/numbering.xml`) -> the number each paragraph prints: for word.py.

A numbered paragraph carries `w:numPr` (its own or its style's): a numbering instance and a level.
The instance names an abstract definition whose levels give the start, the format (`decimal`,
`chineseCounting`, `decimalEnclosedCircle`, `bullet` …) and the text (`%1、`, `（%1）`, `%1.%2`).
Counting follows Word: each instance counts on its own, and a level's count restarts when a level
above it advances.
"""
from __future__ import annotations

from dataclasses import dataclass

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str


def chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _DIGITS[rest] if rest < 10 else
                                    ("一" + chinese(rest) if rest < 20 else chinese(rest)))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A count in one of Word's number formats."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographDigital", "japaneseCounting", "taiwaneseCounting"):
        return chinese(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _ZODIAC[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """The numbering definitions of one document, and the counts as its paragraphs go by."""

    def __init__(self, root=None):
        self.levels: dict[str, dict[int, Level]] = {}  # numId -> level -> definition
        self.counts: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, Level]] = {}
        for a in root.iter(f"{_W}abstractNum"):
            abstract[a.get(f"{_W}abstractNumId")] = {int(lvl.get(f"{_W}ilvl", "0")): _level(lvl)
                                                     for lvl in a.iter(f"{_W}lvl")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{_W}val") if ref is not None else "", {}))
            for override in num.iter(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                lvl = override.find(f"{_W}lvl")
                start = override.find(f"{_W}startOverride")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                elif start is not None and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = Level(int(start.get(f"{_W}val", "1")), old.fmt, old.text)
            self.levels[num.get(f"{_W}numId")] = levels

    def next(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """(the number printed, its format) of the next paragraph of `num_id` at level `ilvl`;
        None where the paragraph prints none (numbering removed, or an unknown instance)."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return None
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        level = levels[ilvl]
        if level.fmt == "bullet":
            return level.text, "bullet"
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                value = counts.get(k, levels[k].start if k in levels else 1)
                text = text.replace(f"%{k + 1}", format_number(value, levels[k].fmt if k in levels else "decimal"))
        return text, level.fmt


def _level(lvl) -> Level:
    def val(tag: str, default: str) -> str:
        el = lvl.find(f"{_W}{tag}")
        return el.get(f"{_W}val", default) if el is not None else default

    return Level(int(val("start", "1") or 1), val("numFmt", "decimal"), val("lvlText", ""))
