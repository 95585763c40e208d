"""Organisations named in traditional characters: read in simplified form, given as printed.

The gazetteer, the kinds and suffixes of names and the tagger's model are all of simplified Chinese:
a Hong Kong or Taiwan text (`投資臺灣事務所`, `台塑大金精密化學`, `安世半導體`) is read character by
character in simplified form, the length kept (search.parse.script), so every name found there has
the same span in the printed text, and is given as printed there.

A text longer than any item (ORG_PIECE characters: the longest item of the annotated sets has some
2,500) is read in pieces cut at a line's or a sentence's end: some rules compare each name with every
other, and a hostile line of 40,000 characters took them minutes; in pieces the cost grows with the
length, not its square.
"""
from __future__ import annotations

from collections.abc import Callable

from search.parse.script import simplified

__all__ = ["as_printed"]

ORG_PIECE = 8_000
_ENDS = ("\n", "。", "！", "？", "；", "，")


def pieces(text: str, size: int = ORG_PIECE) -> list[str]:
    """`text` cut into pieces of `size` characters at most, each at the last line's end in it (else a
    sentence's, a clause's, else where it must); a shorter text is one piece."""
    out = []
    while len(text) > size:
        cut = next((at + 1 for end in _ENDS if (at := text.rfind(end, size // 2, size)) >= 0), size)
        out.append(text[:cut])
        text = text[cut:]
    return [*out, text] if text or not out else out


def as_printed(extract: Callable[..., list[str]], text: str, *, aliases=(), model: bool = True) -> list[str]:
    """`extract` run on `text` in simplified form (its aliases too), each name it finds cut from
    `text` at the same place; a text with no traditional character is read as it is. A text longer
    than ORG_PIECE is read piece by piece, the names in order of first mention, each once."""
    if len(text) > ORG_PIECE:
        names: list[str] = []
        for piece in pieces(text):
            names += [n for n in as_printed(extract, piece, aliases=aliases, model=model) if n not in names]
        return names
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
