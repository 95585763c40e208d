"""Repairs of a PDF text layer at the level of its glyphs, before they become words and lines (pdf.py):
part of parsing (readers -> blocks).

- **Diagonal text** is a watermark (`内部资料 注意保存` drawn across the page): a briefing's text runs
  across or, turned a quarter, down the page, never at a slant.
- **Raised small digits** are a note mark (LaTeX, Word: `…增量。²` and `² 来源：新华社`): written as
  superscript digits, which pdfnotes.py reads as marks, and set on the line they belong to.
- **Tracked text**: where every glyph is a word of its own (a print driver's one text object per
  glyph, distributed CJK spacing), the gap between two glyphs is a space only where it is wider than
  the line's own tracking.
"""
from __future__ import annotations

import statistics

__all__ = ["upright", "superscripts", "untracked", "word_gaps"]

_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SLANT = 0.1  # |sin| of the angle past which a glyph is slanted (some 6 degrees)


def _slanted(obj: dict) -> bool:
    matrix = obj.get("matrix")
    if obj.get("object_type") != "char" or not matrix or len(matrix) < 4:
        return False
    a, b = float(matrix[0]), float(matrix[1])
    scale = (a * a + b * b) ** 0.5
    if scale == 0:
        return False
    sin = abs(b) / scale
    return _SLANT < sin < 1 - _SLANT  # neither across nor down the page


def upright(page):
    """The page without its slanted glyphs (a watermark), or the page itself where it has none."""
    if not any(_slanted(c) for c in page.chars):
        return page
    return page.filter(lambda obj: not _slanted(obj))


def superscripts(words: list[dict]) -> list[dict]:
    """The words with raised small digits written as superscripts: a word of such digits alone (a
    note's mark before its text) takes the place of the line beside it; digits at the end of a word
    (a mark after a title or a sentence) are rewritten inside it."""
    if not words:
        return words
    size = statistics.median(float(c.get("size", 0)) for w in words for c in w.get("chars", [])[:1] or [{}])
    out = []
    for w in words:
        chars = w.get("chars") or []
        if chars and w["text"].isdigit() and len(w["text"]) <= 2 and _small(chars, size):
            line = _beside(w, words)
            if line is not None:
                w = {**w, "text": w["text"].translate(_SUPER), "top": line["top"], "bottom": line["bottom"]}
        elif len(chars) >= 2 and any(c["text"].isdigit() for c in chars[1:]):
            w = _trailing(w)
        out.append(w)
    return out


def _small(chars: list[dict], size: float) -> bool:
    return all(float(c.get("size", size)) <= 0.8 * size for c in chars)


def _beside(mark: dict, words: list[dict]) -> dict | None:
    """The word a raised mark stands just before or after on the same printed line: its bottom is
    within the word's height, above the word's baseline, and the two nearly touch."""
    height = mark["bottom"] - mark["top"]
    for w in words:
        if w is mark or not (w["top"] <= mark["bottom"] < w["bottom"]):
            continue
        if mark["bottom"] > w["bottom"] - 0.2 * (w["bottom"] - w["top"]):
            continue  # on the baseline: a number in the text, not raised
        gap = min(abs(w["x0"] - mark["x1"]), abs(mark["x0"] - w["x1"]))
        if gap <= 2 * height:
            return w
    return None


def _trailing(word: dict) -> dict:
    """A word holding digits smaller than the glyph before them and raised above its baseline, at its
    end (`…增量。²`) or inside it (`…飞行器¹。这架…`, a mark set before the stop, the sentence running
    on in the same word): those digits as superscripts."""
    chars = word["chars"]
    out, k, changed = [], 0, False
    while k < len(chars):
        j = k
        while j < len(chars) and chars[j]["text"].isdigit():
            j += 1
        if j > k and _raised(chars, k, j):
            out.append("".join(c["text"] for c in chars[k:j]).translate(_SUPER))
            changed, k = True, j
        elif j > k:
            out.append("".join(c["text"] for c in chars[k:j]))
            k = j
        else:
            out.append(chars[k]["text"])
            k += 1
    return {**word, "text": "".join(out)} if changed else word


def _raised(chars: list[dict], k: int, j: int) -> bool:
    """Are chars[k:j] (digits) one or two marks smaller than the glyph before them and raised above
    its baseline?"""
    if k == 0 or j - k > 2:
        return False
    base = chars[k - 1]
    size = float(base.get("size", 0))
    tail = chars[k:j]
    return (all(float(c.get("size", size)) <= 0.8 * size for c in tail)
            and all(c["bottom"] < base["bottom"] - 0.15 * size for c in tail))


def word_gaps(texts: list[str], gaps: list[float], height: float) -> list[bool]:
    """Which gaps between a line's words are spaces. Where nearly all words are one glyph each (a line
    set glyph by glyph), the line's tracking is its median gap and only a gap wider by a third of the
    text's height is a space; otherwise every gap is one."""
    # eight words or more, nearly all one glyph: not a line of a few short words (`- 2024 年 5 月…`)
    if len(texts) < 8 or sum(len(t) == 1 for t in texts) < 0.8 * len(texts):
        return [True] * len(gaps)
    tracking = statistics.median(gaps)
    return [g > tracking + height / 3 for g in gaps]


def untracked(text: str) -> str:
    """A cell's text set glyph by glyph (`指 标`, `1 0 . 3`, every run one glyph): without the spaces
    the table finder put between its glyphs."""
    runs = text.split(" ")
    if len(runs) >= 2 and all(len(r) == 1 for r in runs):
        return "".join(runs)
    return text
