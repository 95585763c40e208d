"""Normalisation, as index and query see text: NFKC (full width to half width), lower case,
traditional to simplified; with a map back to the original text's offsets for the tokenizers.

The first step of search/analyze/: the dictionary, the segmentation and the Whoosh tokenizers all
work on normalised text.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc

_t2s = opencc.OpenCC("t2s")
_tw2sp = opencc.OpenCC("tw2sp")


def _convert(text: str) -> str:
    """NFKC (full width to half width), lower case, traditional to simplified, on a whole string."""
    return _t2s.convert(unicodedata.normalize("NFKC", text).lower())


def normalize(text: str) -> str:
    """The normalised text, as index and query see it (length may differ from `text`)."""
    return _convert(text)


def normalize_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset of its source in `text`.

    Almost all archive text maps one to one; only where a character expands or contracts under
    NFKC (㎡, ①) is it normalised on its own.
    """
    norm = _convert(text)
    if len(norm) == len(text):
        return norm, list(range(len(text)))
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch).lower()
        chars.append(n)
        offsets.extend([i] * len(n))
    joined = "".join(chars)
    converted = _t2s.convert(joined)
    if len(converted) != len(joined):  # OpenCC changed a length: convert char by char
        converted = "".join(_t2s.convert(c) if len(_t2s.convert(c)) == 1 else c for c in joined)
    return converted, offsets


@lru_cache(maxsize=8)
def _normalized(text: str) -> tuple[str, list[int]]:
    """`normalize_map` for the tokenizers: one item's text is analysed by two character views."""
    return normalize_map(text)


def regional_variant(text: str) -> str | None:
    """Mainland wording of a Taiwan/HK phrase (人工智慧 -> 人工智能), or None if the same."""
    variant = _tw2sp.convert(text)
    return variant if variant != _t2s.convert(text) else None
