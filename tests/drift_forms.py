"""The grammar tests/drift_mutate.py draws its rewrites from: section banners in symbol glyphs and brackets
(Unicode's So/Sm and Ps/Pe classes, not a list), part numbers, Latin glosses, title number styles and the source
forms ANNOTATION.md counts as sources. Each form is drawn through a `choose(options)` callable.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable, Sequence

Choose = Callable[[Sequence], object]


# ---- the grammar ---------------------------------------------------------------------------------

def _symbol(ch: str) -> bool:
    """A glyph that is a symbol and nothing else: So/Sm, not ASCII (Markdown's marks), not a look-alike
    of an ideograph (Kangxi and CJK radicals), not a blank braille cell nor a variation selector."""
    cp = ord(ch)
    return unicodedata.category(ch) in ("So", "Sm") and cp > 0x7F and not 0x2E80 <= cp <= 0x2FDF \
        and cp != 0x2800 and not unicodedata.combining(ch)


@lru_cache(maxsize=1)
def symbols() -> tuple[str, ...]:
    """Every So/Sm glyph of the BMP and the emoji planes that may decorate a banner."""
    ranges = list(range(0xA0, 0x3400)) + list(range(0xFE00, 0xFFFF)) + list(range(0x1F000, 0x1FB00))
    return tuple(ch for ch in map(chr, ranges) if _symbol(ch))


@lru_cache(maxsize=1)
def brackets() -> tuple[tuple[str, str], ...]:
    """Opening brackets (Ps) outside ASCII with their closing mirror (Pe), found by name."""
    pairs = []
    for cp in list(range(0xA0, 0x3100)) + list(range(0xFE00, 0xFFFF)):
        ch = chr(cp)
        if unicodedata.category(ch) != "Ps":
            continue
        name = unicodedata.name(ch, "")
        for a, b in (("LEFT", "RIGHT"), ("OPENING", "CLOSING")):
            try:
                close = unicodedata.lookup(name.replace(a, b))
            except KeyError:
                continue
            if unicodedata.category(close) == "Pe":
                pairs.append((ch, close))
                break
    return tuple(pairs)


SPACES = ("", " ", "\u3000", "\u3000\u3000", "  ")
CN_NUMS = "一二三四五六七八九十"
ROMAN = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ")
ROMAN_ASCII = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
GLOSS_WORDS = ("DATA", "REPORT", "NEWS", "INDUSTRY", "POLICY", "MEMBERS", "FOCUS", "REVIEW", "UPDATE",
               "BRIEFING", "ASSOCIATION", "INSIGHT", "WATCH", "DIGEST", "MONTHLY", "EVENTS")

# A section's part number, n counted from 1 over the banners of the issue.
PARTS = {
    "none": lambda n: "",
    "第N部分": lambda n: f"第{CN_NUMS[n - 1]}部分",
    "第n部分": lambda n: f"第{n}部分",
    "Part N": lambda n: f"Part {n}",
    "PART 0N": lambda n: f"PART {n:02d}",
    "Roman": lambda n: ROMAN[n - 1],
    "Roman.": lambda n: ROMAN_ASCII[n - 1] + ".",
    "一、": lambda n: f"{CN_NUMS[n - 1]}、",
    "0N": lambda n: f"{n:02d}",
}

# A story's list number, n counted from 1 in its section or over the issue.
NUMBERS = {
    "1.": lambda n: f"{n}.",
    "1、": lambda n: f"{n}、",
    "（1）": lambda n: f"（{n}）",
    "(1)": lambda n: f"({n})",
    "①": lambda n: chr(0x2460 + n - 1),
    "⒈": lambda n: chr(0x2488 + n - 1),
    "⑴": lambda n: chr(0x2474 + n - 1),
    "Ⅰ.": lambda n: ROMAN[n - 1] + ".",
    "一、": lambda n: f"{CN_NUMS[n - 1]}、",
    "（一）": lambda n: f"（{CN_NUMS[n - 1]}）",
    "【1】": lambda n: f"【{n}】",
    "01｜": lambda n: f"{n:02d}｜",
    "01 |": lambda n: f"{n:02d} |",
    "No.1": lambda n: f"No.{n}",
    "#1": lambda n: f"#{n}",
    "１．": lambda n: chr(0xFF10 + n) + "．" if n < 10 else f"{n}．",
}

# The labels ANNOTATION.md strips from a source (来源 and its family, 摘自, 转自, 信息来源).
LABELS = ("来源", "信息来源", "本文来源", "稿件来源", "新闻来源", "文章来源", "资料来源", "出处", "摘自", "转自", "转载自",
          "来源于")
COLONS = ("：", ":", "：", " ", "｜", " | ", "　", "丨")
SOURCE_BRACKETS = (("", ""), ("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕"), ("［", "］"))


def _label(choose: Choose) -> str:
    label = choose(LABELS)
    colon = "" if label in ("摘自", "转自", "转载自", "来源于") and choose((True, False)) else choose(COLONS)
    return label + colon


# A source line: (name, form(X, choose)). Own lines; the body before it is untouched.
SOURCES = {
    "label": lambda x, c: _label(c) + x,
    "bracketed label": lambda x, c: (lambda b: b[0] + _label(c) + x + b[1])(c(SOURCE_BRACKETS[1:])),
    "dash label": lambda x, c: c(("——", "—— ", "－－", "——　")) + _label(c) + x,
    "right-set label": lambda x, c: " " * c((20, 36, 48)) + _label(c) + x,
}
# Forms with no key, the outlet's name alone: ANNOTATION.md names none of them a source, and the parser takes
# them only where the name is shaped as a medium's (`——新华社`, `（经济日报）`). Drawn by the bench on request
# (`--unlabelled`), never in the suite.
UNLABELLED = {
    "dash outlet": lambda x, c: c(("——", "—— ", "－－")) + x,
    "bracketed outlet": lambda x, c: (lambda b: b[0] + x + b[1])(c(SOURCE_BRACKETS[1:3])),
    "right-set dash": lambda x, c: "\u3000" * c((12, 20)) + "——" + x,
}
