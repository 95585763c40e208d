"""Organisations named in traditional characters: read in simplified form, given as printed.

The gazetteer, the kinds and suffixes of names and the tagger's model are all of simplified Chinese:
a Hong Kong or Taiwan text (`投資臺灣事務所`, `台塑大金精密化學`, `安世半導體`) is read character by
character in simplified form, the length kept (search.parse.script), so every name found there has
the same span in the printed text, and is given as printed there.
"""
from __future__ import annotations

from collections.abc import Callable

from search.parse.script import simplified

__all__ = ["as_printed"]


def as_printed(extract: Callable[..., list[str]], text: str, *, aliases=(), model: bool = True) -> list[str]:
    """`extract` run on `text` in simplified form (its aliases too), each name it finds cut from
    `text` at the same place; a text with no traditional character is read as it is."""
    plain = simplified(text)
    if plain == text:
        return extract(text, aliases=aliases, model=model)
    names = extract(plain, aliases=[(simplified(s), simplified(f)) for s, f in aliases], model=model)
    printed: list[str] = []
    for name in names:
        at = plain.find(name)
        name = text[at:at + len(name)] if at >= 0 else name
        if name not in printed:
            printed.append(name)
    return printed
