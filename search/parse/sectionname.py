"""A section's printed name read as the briefing's listed name: its ordinal and its frame aside.

`第一部分数据月报`, `一、数据月报`, `（壹）数据月报` and `【数据月报】` are all 数据月报. The parser and the figures read a
section's kind here; `search.model.SECTION_KINDS` stays the plain table (the model imports nothing of the parser).
"""
from __future__ import annotations

from search.model import SECTION_KINDS
from search.parse.shapes import part_core, strip_list_number, unframe


def listed_section(name: str | None) -> str | None:
    """The name of data/sections.txt a section's printed name is, its ordinal and frame aside; None
    for a name the briefing does not list."""
    name = (name or "").strip()
    if not name or name in SECTION_KINDS:
        return name or None
    bare = part_core(name) or strip_list_number(name)
    bare = unframe(bare) or bare
    return bare if bare in SECTION_KINDS else None


def section_kind(name: str | None) -> str:
    """What kind of items a section holds: data, profiles, activities, or news (any other name), the
    name read without an ordinal or a frame printed around it."""
    listed = listed_section(name)
    return SECTION_KINDS[listed] if listed else "news"
