"""The glyph classes rules recognise by Unicode class (uniclass.py), found at import without a loop
over the plane: each holds exactly the characters a plain scan of the plane finds."""
from __future__ import annotations

import re
import unicodedata

from search.parse.shapes import strip_list_number
from search.parse.sources import source_line
from search.parse.uniclass import number_glyphs, symbols

_PLANE = [chr(n) for n in range(0x21, 0x10000)]


def _members(body: str) -> set[str]:
    pattern = re.compile(f"[{body}]")
    return {c for c in _PLANE if pattern.fullmatch(c)}


def test_symbols_are_every_character_of_their_classes():
    scan = {c for c in _PLANE if unicodedata.category(c) in ("Sm", "So", "Pd") and c not in "《》〈〉"}
    assert _members(symbols(("Sm", "So", "Pd"), leave="《》〈〉")) == scan
    assert _members(symbols(("Pd",))) == {c for c in _PLANE if unicodedata.category(c) == "Pd"}


def test_number_glyphs_are_every_numbering_glyph():
    scan = {c for c in _PLANE if ord(c) >= 0x2000 and unicodedata.category(c) == "No"
            and unicodedata.numeric(c, None) is not None
            and not unicodedata.decomposition(c).startswith(("<super>", "<sub>", "<fraction>"))
            and not 0x2070 <= ord(c) <= 0x209f and not 0x2150 <= ord(c) <= 0x218f}
    found = _members(number_glyphs())
    assert found == scan and {"①", "⑴", "⒈", "㈠", "㊀", "➀", "❶"} <= found and not {"²", "½", "Ⅱ"} & found


def test_the_classes_are_ranges():
    """Written as ranges, the class compiles fast: a few hundred characters, not thousands."""
    assert len(symbols(("Sm", "So", "Pd"), leave="《》〈〉")) < 400 and len(number_glyphs()) < 60


def test_the_rules_read_glyphs_of_the_classes():
    for sep in ("▶", "→", "＝", "⇒", "⊳"):
        assert source_line(f"来源{sep}新华社") == "新华社", sep
    for glyph in ("⑴", "㊂", "➃", "❺"):
        assert strip_list_number(f"{glyph} 数字贸易新规发布") == "数字贸易新规发布", glyph
