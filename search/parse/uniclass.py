"""Characters of a Unicode class, as a regular expression's character class: the glyph sets that rules
recognise by their class, not by a list (sources.py's separators, shapes.py's number glyphs).

Found once at import, without a Python loop over the 64K code points of the Basic Multilingual Plane
(that loop cost 25-45 ms at every start): the plane is built as one string from bytes, the
characters that cannot be in the class are dropped by the regular expression engine or a string
method, in C (letters and digits for symbols, all but numbers for number glyphs), and only the few
thousand left are looked up in `unicodedata`. The class is written as ranges, so it compiles fast.
Surrogates and private use (U+D800-U+F8FF) are no glyph any rule looks for.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["dots", "number_glyphs", "symbols"]


def _plane(start: int) -> str:
    """Every character of the Basic Multilingual Plane from `start`, surrogates and private use aside."""
    pairs = bytearray(2 * 0x10000)
    pairs[0::2] = b"".join(bytes([high]) * 256 for high in range(256))  # UTF-16-BE: high byte, low byte
    pairs[1::2] = bytes(range(256)) * 256
    plane = pairs[:2 * 0xD800].decode("utf-16-be") + pairs[2 * 0xF900:].decode("utf-16-be")
    return plane[start:] if start < 0xD800 else plane[start - (0xF900 - 0xD800):]


def _ranges(chars: list[str]) -> str:
    """A character class's body (no brackets) holding exactly `chars` (in code point order), as ranges."""
    out, k = [], 0
    while k < len(chars):
        j = k
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(re.escape(chars[k]) if j == k else f"{re.escape(chars[k])}-{re.escape(chars[j])}")
        k = j + 1
    return "".join(out)


def symbols(categories: tuple[str, ...], start: int = 0x21, leave: str = "") -> str:
    """The class of the plane's characters from `start` in the categories given (of symbols and
    punctuation: `Sm`, `So`, `Pd` …), those in `leave` aside."""
    found = [c for c in re.findall(r"[^\w\s]", _plane(start)) if unicodedata.category(c) in categories and c not in leave]
    return _ranges(found)


def number_glyphs(start: int = 0x2000) -> str:
    """The class of the plane's glyphs from `start` that are a number on their own (circled,
    parenthesised, with a full stop: ⑴ ⒈ ㈠ ㊀ ➀ ❶ ①): an "other number" with a value that is no
    superscript, subscript or fraction (nor in the blocks of those and of Roman numerals)."""
    found = [c for c in filter(str.isnumeric, _plane(start)) if unicodedata.category(c) == "No"
             and unicodedata.numeric(c, None) is not None
             and not unicodedata.decomposition(c).startswith(("<super>", "<sub>", "<fraction>"))
             and not 0x2070 <= ord(c) <= 0x209f and not 0x2150 <= ord(c) <= 0x218f]
    return _ranges(found)


def dots() -> str:
    """The class of the plane's dots set between words or items, by name: middle dots (· ・ ･), bullets
    (• ‧ ∙ ◦), the dot operator (⋅) and the hyphenation point; not the full stop, which is punctuation
    of its own rules."""
    found = [c for c in re.findall(r"[^\w\s]", _plane(0xA0)) if unicodedata.category(c) in ("Po", "Sm", "So")
             and any(w in unicodedata.name(c, "") for w in ("MIDDLE DOT", "BULLET", "DOT OPERATOR", "HYPHENATION POINT"))]
    return _ranges(found)
