"""A dash between two names that the recogniser read as 一: `中国一东盟` -> `中国—东盟`. Part of the OCR
step, applied to the text of recognised blocks (pdf.py) once their lines are joined, so a name broken
across lines (`中国一中` / `亚峰会`) is read whole.

In print, the dash that joins two places or bodies (中国—东盟, 上海—大连, 东盟—欧盟) is a stroke as long
as 一 and as high, so the ink cannot tell them apart (measured 0.78 and 0.80 of a character); the
words around it can. A 一 standing between Chinese characters is a dash when the tagger (LAC, the
model the organisation rules use) reads it so:

- read as printed, the 一 is a word of its own or inside a place or organisation the model ran
  together (`中国一中亚` ORG); never part of another word (统一, 第一, 唯一, 之一, 一季度, 一体化, 一带一路),
- read with a dash in its place, the dash stands alone, the word before it is a place or an
  organisation, and so is the word after it, or that word begins with a place or bloc of the
  figures' vocabulary, or with two to four characters the model, reading them alone, takes for a
  place (`阿拉伯国家博览会`).

A 一 next to a digit is a number's (`1一3月` is left as read); 一 read next to a place and a common
word (大连一企业, 浙江一带, 中国一汽) stays, since the word after it is neither a place nor a body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from search import vocab

DASH = "—"
_CJK = "\u3400-\u9fff"
_CANDIDATE = re.compile(f"(?<=[{_CJK}])一(?=[{_CJK}])")
_STOPS = "。，、；：！？!?;:,\n（）()《》“”\"|"  # a window ends at these: the clause the 一 stands in
_REACH = 24  # characters either side at most
_NAMED = ("LOC", "ORG")


@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    """Countries, blocs and regions a name after the dash may begin with, longest first."""
    found = set(vocab.words("figures", "markets")) | set(vocab.words("figures", "regions"))
    return tuple(sorted(found, key=len, reverse=True))


def _window(text: str, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and i - start < _REACH and text[start - 1] not in _STOPS:
        start -= 1
    end = i + 1
    while end < len(text) and end - i < _REACH and text[end] not in _STOPS:
        end += 1
    return start, end


def _at(tokens, offset: int):
    return next((t for t in tokens if t.start <= offset < t.end), None)


def _named(word: str, tag_: str) -> bool:
    """A place or body, or a word that begins with one: a place of the vocabulary, or a first two to
    four characters the model, reading them alone, takes for a place (`阿拉伯国家博览会`)."""
    from search.parse.tagger import tag  # noqa: PLC0415 - the model loads on first use

    if tag_ in _NAMED or word.startswith(_places()):
        return True
    for n in range(min(4, len(word) - 1), 1, -1):
        alone = tag(word[:n])
        if len(alone) == 1 and alone[0].tag == "LOC":
            return True
    return False


def is_dash(text: str, i: int) -> bool:
    """Whether the 一 at `text[i]` is a dash between two names (see the module's docstring)."""
    from search.parse.tagger import tag  # noqa: PLC0415

    start, end = _window(text, i)
    clause = text[start:end]
    k = i - start
    held = _at(tag(clause), k)
    if held is None or not (held.word == "一" or held.tag in _NAMED):
        return False
    dashed = tag(clause[:k] + DASH + clause[k + 1:])
    mark = _at(dashed, k)
    if mark is None or mark.word != DASH:
        return False
    before = next((t for t in dashed if t.end == k), None)
    after = next((t for t in dashed if t.start == k + 1), None)
    if before is None or after is None or not (before.tag in _NAMED or before.word.endswith(_places())):
        return False
    return _named(after.word, after.tag)


def dashes(text: str) -> str:
    """`text` with every 一 that is a dash between two names (`is_dash`) printed as one."""
    if "一" not in text:
        return text
    spots = [m.start() for m in _CANDIDATE.finditer(text)]
    if not spots:
        return text
    chars = list(text)
    for i in spots:
        if is_dash(text, i):
            chars[i] = DASH
    return "".join(chars)


def in_blocks(blocks: list) -> list:
    """Recognised blocks (`ocr` set) with `dashes` applied to their text and cells, once their lines
    are joined (pdf.py); blocks read from a text layer as they are."""
    for b in blocks:
        if b.ocr is None:
            continue
        b.text = dashes(b.text)
        if b.raw:
            b.raw = dashes(b.raw)
        if b.cells:
            b.cells = [[dashes(c) for c in row] for row in b.cells]
    return blocks
