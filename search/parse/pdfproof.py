"""What a proof copy (校对稿) prints beside its text and is no text of the briefing, found on a page's
words by shape before they are cut into lines (pdf.py):

- **line numbers**: a column of small whole numbers outside the body's column (left or right of
  nearly all the other words), each on a printed line, counting up by one step (every line, every
  fifth line, …), whether they restart on each page or run on; not a table's column (a word heads
  it, or the lines beside it hold figures: 序号 1 2 3, 年份 2020 2021 …);
- **margin notes** (a proof-reader's `校：…`): words in another colour than the body's, set in the
  margin beyond the edge of all the body-coloured text, with the words stacked under them in the same
  colour and at the same left edge (the note's wrapped lines); it stands beside a line of the body,
  not above or below all of it (a running header in grey is furniture of another kind).

A diagonal watermark is taken out before (pdfglyphs.upright), light text on the paper after
(pdf._light_on_fill).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter

__all__ = ["proof_furniture"]

_NUMBER = re.compile(r"\d{1,4}")
_MIN_NUMBERS = 3  # fewer numbers in a column are no line numbering (a page of 15 lines numbered by fives)


def proof_furniture(words: list[dict]) -> list[dict]:
    """The words without a proof copy's line numbers and margin notes."""
    words = _without_line_numbers(words)
    return _without_margin_notes(words)


def _without_line_numbers(words: list[dict]) -> list[dict]:
    numbers = [w for w in words if _NUMBER.fullmatch(w["text"].strip())]
    counted = {id(w) for w in numbers}
    text = [w for w in words if id(w) not in counted]
    drop: set[int] = set()
    for column in _columns(numbers):
        if _counts_lines(column) and _outside(column, text) and not _in_table(column, words):
            drop |= {id(w) for w in column}
    return [w for w in words if id(w) not in drop] if drop else words


def _columns(numbers: list[dict]) -> list[list[dict]]:
    """Numbers aligned on their right edge (or their left), as columns."""
    out = []
    for key in ("x1", "x0"):
        groups: dict[int, list[dict]] = {}
        for w in numbers:
            groups.setdefault(round(w[key] / 2), []).append(w)
        merged: dict[int, list[dict]] = {}
        for k in sorted(groups):
            target = k - 1 if k - 1 in merged else k
            merged.setdefault(target, []).extend(groups[k])
        out += [sorted(g, key=lambda w: w["top"]) for g in merged.values() if len(g) >= _MIN_NUMBERS]
    return out


def _counts_lines(column: list[dict]) -> bool:
    """The numbers read down the column count up by one step (1, 2, 3 … or 5, 10, 15 …), nearly all."""
    values = [int(w["text"]) for w in column]
    steps = [b - a for a, b in zip(values, values[1:])]
    step = Counter(steps).most_common(1)[0][0]
    return step > 0 and sum(s == step for s in steps) >= 0.8 * len(steps)


def _outside(column: list[dict], others: list[dict]) -> bool:
    """The column stands apart from the body: nearly all the words that are not numbers (on a CJK page a
    word is often a whole line) lie wholly to one side of it."""
    if len(others) < 5:
        return False
    x0, x1 = min(w["x0"] for w in column), max(w["x1"] for w in column)
    right = sum(w["x0"] >= x1 for w in others)
    left = sum(w["x1"] <= x0 for w in others)
    return max(right, left) >= 0.9 * len(others)


_FIGURE = re.compile(r"[-+]?\d[\d,.]*%?")


def _in_table(column: list[dict], words: list[dict]) -> bool:
    """The column is a table's: a word that is no number heads it (序号, 年份, just above its first
    number and over it), or most of the lines it stands on hold figures of their own (a row of data)."""
    first = column[0]
    height = max(first["bottom"] - first["top"], 1.0)
    x0, x1 = min(w["x0"] for w in column), max(w["x1"] for w in column)
    mine = {id(w) for w in column}
    for w in words:
        if id(w) not in mine and w["x0"] < x1 and x0 < w["x1"] and 0 <= first["top"] - w["bottom"] <= 2 * height \
                and not _NUMBER.fullmatch(w["text"].strip()):
            return True
    rows = 0
    for number in column:
        rows += any(id(w) not in mine and w["top"] < number["bottom"] and number["top"] < w["bottom"]
                    and _FIGURE.fullmatch(w["text"].strip()) for w in words)
    return rows > len(column) / 2


def _colour(word: dict):
    """The colour of a word's first glyph, comparable (a pattern's name or an odd value as it is)."""
    chars = word.get("chars") or [{}]
    colour = chars[0].get("non_stroking_color")
    if isinstance(colour, (tuple, list)):
        try:
            return tuple(round(float(v), 2) for v in colour)
        except (TypeError, ValueError):  # a pattern colour space names its pattern
            return tuple(str(v) for v in colour)
    return colour if colour is None or isinstance(colour, (int, float, str)) else str(colour)


def _without_margin_notes(words: list[dict]) -> list[dict]:
    colours = {id(w): _colour(w) for w in words}
    coloured = Counter()
    for w in words:
        coloured[colours[id(w)]] += len(w["text"])
    if len(coloured) < 2:
        return words
    body = coloured.most_common(1)[0][0]
    ink = [w for w in words if colours[id(w)] == body]
    if len(ink) < 10:
        return words
    left, right = min(w["x0"] for w in ink), max(w["x1"] for w in ink)
    size = statistics.median(w["bottom"] - w["top"] for w in ink)
    # set smaller than the body: a heading hung in the margin in colour (行业资讯 beside its story) is text
    notes = [w for w in words if colours[id(w)] != body and (w["x1"] > right + 1 or w["x0"] < left - 1)
             and w["bottom"] - w["top"] <= 0.9 * size and _beside(w, ink)]
    notes += _stacked(notes, words, colours, size)
    drop = {id(w) for w in notes}
    return [w for w in words if id(w) not in drop] if notes else words


def _beside(word: dict, ink: list[dict]) -> bool:
    """The word stands on the level of a line of the body (not above or below all of it: a header)."""
    return any(w["top"] < word["bottom"] and word["top"] < w["bottom"] for w in ink)


def _stacked(notes: list[dict], words: list[dict], colours: dict[int, object], size: float) -> list[dict]:
    """The wrapped lines of the notes: words of a note's colour starting at its left edge, each just
    below the line before."""
    seen = {id(w) for w in notes}
    more: list[dict] = []
    for note in notes:
        same = [w for w in words if colours[id(w)] == colours[id(note)] and abs(w["x0"] - note["x0"]) <= 1]
        last = note
        while True:
            below = [w for w in same if 0 < w["top"] - last["top"] <= 1.8 * size and w is not last]
            if not below:
                break
            last = min(below, key=lambda w: w["top"])
            if id(last) in seen:
                break
            seen.add(id(last))
            more.append(last)
    return more
