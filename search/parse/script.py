"""Traditional characters read as simplified, for recognising structure only (part of parsing).

A Hong Kong, Macau or Taiwan edition prints `【數據月報】`, `來源：新華財經`, `總第36期`: the parser's
rules and vocabulary are written in simplified characters, so the lines they test are compared in
simplified form, character by character (the length kept, so a match's span cuts the printed text).
What is printed (a title, an outlet, an organisation) is kept as printed; only the names of sections,
which are the briefing's own categories, are given in simplified form.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["simplified"]


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def simplified(text: str) -> str:
    """`text` with each traditional character in its simplified form, the length unchanged (ASCII
    and characters with no other form left as they are)."""
    if text.isascii():
        return text
    return "".join(ch if ord(ch) < 0x2E80 else _char(ch) for ch in text)
