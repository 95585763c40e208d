"""Snippets and highlights: mark the query's matches in an item's original text.

Sits beside the archive's searching. The matches are found again in the normalised text (no second jieba run, as
Whoosh's highlighter would do) and mapped back to offsets in the original, so a traditional-character
or full-width query marks exactly the words it found, and a phrase is marked whole. Escaping happens
here, once: the result is HTML in which only <mark> and </mark> are markup.
"""
from __future__ import annotations

import html
import re

from search.analyze import normalize_map

SENTENCE_END = re.compile(r"[。！？；!?;\n]")
FRAGMENT_CHARS = 110


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _spans(norm: str, needles) -> list[tuple[int, int]]:
    """Merged (start, end) spans in `norm` where any needle occurs.

    A needle is (normalised string, whole): with whole=True, a needle that starts or ends with a
    Latin letter or digit only matches there at a word boundary (AI, not the ai of OpenAI).
    """
    spans = []
    for needle, whole in needles:
        if not needle:
            continue
        ascii_edges = whole and _latin(needle[0]), whole and _latin(needle[-1])
        start = norm.find(needle)
        while start >= 0:
            end = start + len(needle)
            before_ok = not ascii_edges[0] or start == 0 or not _latin(norm[start - 1])
            after_ok = not ascii_edges[1] or end == len(norm) or not _latin(norm[end])
            if before_ok and after_ok:
                spans.append((start, end))
            start = norm.find(needle, start + 1)
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:  # overlapping or touching: one mark
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def find(text: str, needles) -> list[tuple[int, int]]:
    """Spans of `text` (original offsets) matching any of the normalised `needles`."""
    norm, offsets = normalize_map(text)
    result = []
    for s, e in _spans(norm, needles):
        result.append((offsets[s], offsets[e - 1] + 1))
    return result


def mark(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """Escaped text[start:end] with <mark> around the spans that fall inside it."""
    end = len(text) if end is None else end
    out, cursor = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[cursor:s], quote=False))
        out.append("<mark>" + html.escape(text[s:e], quote=False) + "</mark>")
        cursor = e
    out.append(html.escape(text[cursor:end], quote=False))
    return "".join(out)


def highlight(text: str, needles) -> str:
    """The whole text, escaped, with every match marked (the item page)."""
    return mark(text, find(text, needles))


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.end() - start > 1:
            bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def snippet(text: str, needles, fragments: int = 2) -> str:
    """The one or two best sentences of `text` for the query, cut at sentence boundaries, marked."""
    spans = find(text, needles)
    sentences = _sentences(text)
    if not sentences:
        return ""
    if not spans:
        s, e = sentences[0]
        return _clip(text, s, e, [])

    def score(bounds):
        s, e = bounds
        inside = [text[a:b] for a, b in spans if a >= s and b <= e]
        return (len(set(inside)), len(inside))

    ranked = sorted(sentences, key=lambda b: score(b), reverse=True)
    chosen = [b for b in ranked[:fragments] if score(b)[1] > 0] or ranked[:1]
    chosen.sort()
    parts = [_clip(text, s, e, spans) for s, e in chosen]
    lead = "" if chosen[0][0] == 0 else "…"
    joined = lead + "…".join(p.strip() for p in parts) + ("" if chosen[-1][1] >= len(text.rstrip()) else "…")
    return re.sub("…{2,}", "…", joined)


def _clip(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """A sentence, or a window of it around its first match when it is long."""
    while s < e and text[s].isspace():
        s += 1
    if e - s > FRAGMENT_CHARS:
        first = next((a for a, b in spans if a >= s and b <= e), s)
        ws = max(s, first - FRAGMENT_CHARS // 3)
        we = min(e, ws + FRAGMENT_CHARS)
        for a, b in spans:  # never cut through a match
            if a < we < b:
                we = min(e, b)
            if a < ws < b:
                ws = a
        body = mark(text, spans, ws, we)
        return ("…" if ws > s else "") + body + ("…" if we < e else "")
    return mark(text, spans, s, e)
