"""What the recogniser misreads that only the words around it tell: a dash between two names read as
一 (`中国一东盟` -> `中国—东盟`), a 一 read as a dash (`之—。` -> `之一。`), and 自 read one stroke short
as 白 (`中国白非洲进口` -> `中国自非洲进口`).
Part of the OCR step, applied to the text and cells of recognised blocks once their lines are joined
(pdf.py), so a name broken across lines (`中国一中` / `亚峰会`) is read whole.

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

A 一 between two numbers is never a numeral of either: Arabic digits and 一 never make one number, so
where the number after it closes with a period word (年, 月, 日, 号, 季度, 周, 旬, with 个 or 份:
`1一8月份`, `2024一2025年`, `8月1一15日`, `1月一8月`) it is the range dash, printed as one (`ranges`);
a 一 with a digit on one side only stays (`1一`, `一1.6`, `第一`, `一季度`). 一 read next to a place and a common
word (大连一企业, 浙江一带, 中国一汽) stays, since the word after it is neither a place nor a body.
The other way, a lone dash (not doubled, not between digits) after a Chinese character is 一 where
it does not join two names and it closes a clause (a dash never does) or, read as 一, is part of a
word (统—, 第—大). A 白 is 自 by the same kind of test: a word of its own as printed, a preposition
before a place as 自.
"""
from __future__ import annotations

import re
from functools import lru_cache

from search.parse.gazetteer import places

DASH = "—"
_CJK = "\u3400-\u9fff"
_CANDIDATE = re.compile(f"(?<=[{_CJK}])一(?=[{_CJK}])")
_STOPS = "。，、；：！？!?;:,\n（）()《》“”\"|"  # a window ends at these: the clause the 一 stands in
_REACH = 24  # characters either side at most
_NAMED = ("LOC", "ORG")


@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    """Countries, blocs and regions a name after the dash may begin with, longest first."""
    return tuple(sorted(places(), key=len, reverse=True))


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


def _joins(clause: str, k: int) -> bool:
    """Whether `clause`, with a dash at `k`, reads as two names joined by it."""
    from search.parse.tagger import tag  # noqa: PLC0415

    dashed = tag(clause[:k] + DASH + clause[k + 1:])
    mark = _at(dashed, k)
    if mark is None or mark.word != DASH:
        return False
    before = next((t for t in dashed if t.end == k), None)
    after = next((t for t in dashed if t.start == k + 1), None)
    if before is None or after is None or not (before.tag in _NAMED or before.word.endswith(_places())):
        return False
    return _named(after.word, after.tag)


def is_dash(text: str, i: int) -> bool:
    """Whether the 一 at `text[i]` is a dash between two names (see the module's docstring)."""
    from search.parse.tagger import tag  # noqa: PLC0415

    start, end = _window(text, i)
    clause = text[start:end]
    k = i - start
    held = _at(tag(clause), k)
    if held is None or not (held.word == "一" or held.tag in _NAMED):
        return False
    return _joins(clause, k)


_LONE_DASH = re.compile(f"(?<=[{_CJK}])(?<!—)—(?!—)(?=[{_CJK}]|[。，、；：！？”’）》]|$)")
_CLOSERS = "。，、；：！？”’）》"


def is_one(text: str, i: int) -> bool:
    """Whether a lone dash at `text[i]`, after a Chinese character, is 一 read long: it closes a
    clause (`商品期货之—。`), or read as 一 it is part of a word (`统—`, `第—大`, `—季度`); never
    where it joins two names."""
    from search.parse.tagger import tag  # noqa: PLC0415

    start, end = _window(text, i)
    clause = text[start:end]
    k = i - start
    if _joins(clause, k):
        return False
    if i + 1 == len(text) or text[i + 1] in _CLOSERS:
        return True
    held = _at(tag(clause[:k] + "一" + clause[k + 1:]), k)
    return held is not None and len(held.word) > 1 and held.tag not in _NAMED


_WHITE = re.compile(f"(?<=[{_CJK}])白(?=[{_CJK}])")


def is_from(text: str, i: int) -> bool:
    """Whether the 白 at `text[i]` is 自 (from) misread, one stroke short: read as printed it is a
    word of its own, and read as 自 it is a preposition before a place or body (`中国白非洲进口`);
    白 in a word or name (白俄罗斯, 白宫, 白皮书, 白名单) is a word of another kind, and stays."""
    from search.parse.tagger import tag  # noqa: PLC0415

    start, end = _window(text, i)
    clause = text[start:end]
    k = i - start
    held = _at(tag(clause), k)
    if held is None or held.word != "白":
        return False
    swapped = tag(clause[:k] + "自" + clause[k + 1:])
    mark = _at(swapped, k)
    after = next((t for t in swapped if t.start == k + 1), None)
    return mark is not None and mark.word == "自" and mark.tag == "p" and after is not None \
        and _named(after.word, after.tag)


_PERIOD_WORD = r"(?:个)?(?:年|月|日|号|季度|周|旬)"
_NUMBER = r"\d+(?:\.\d+)?"
# a 一 after a number (or a number and its period word), before a number closed by a period word
_RANGE = re.compile(rf"(?<=\d)(?:{_PERIOD_WORD}份?)?(一)(?={_NUMBER}{_PERIOD_WORD})")


def ranges(text: str) -> str:
    """`text` with every 一 between two numbers, the second closed by a period word, printed as the
    range dash it is (`1一8月份` -> `1—8月份`, `2024一2025年` -> `2024—2025年`)."""
    if "一" not in text:
        return text
    return _RANGE.sub(lambda m: m.group(0)[:-1] + DASH, text)


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


def _put_back(text: str, pattern: re.Pattern, test, glyph: str) -> str:
    """`text` with each match of `pattern` that `test(text, start)` says was misread set to `glyph`."""
    chars = list(text)
    for m in pattern.finditer(text):
        if test(text, m.start()):
            chars[m.start()] = glyph
    return "".join(chars)


def froms(text: str) -> str:
    """`text` with every 白 that is 自 misread (`is_from`) put back."""
    return _put_back(text, _WHITE, is_from, "自") if "白" in text else text


def ones(text: str) -> str:
    """`text` with every lone dash that is 一 read long (`is_one`) put back."""
    return _put_back(text, _LONE_DASH, is_one, "一") if DASH in text else text


def as_printed(text: str) -> str:
    """`text` with the dashes (of ranges and between names), the 一 and the 自 the recogniser misread
    put back."""
    return froms(ones(dashes(ranges(text))))


# A short name with a 一 at one end or both, on a line of its own: `— 协会动态 —` whose dashes the
# recogniser dropped or read as 一 (`协会动态一`).
_FRAMED_ONE = re.compile(f"^(一?)([{_CJK}]{{2,10}}?)(一?)$")


def framed_name(text: str) -> str | None:
    """`协会动态一` -> `—协会动态—`: a centred line's 一 at an end of a name that is its frame's dash, where
    it is no word with the character beside it (统一, 之一, 一带一路 stay) and the name names a section
    by its shape (banners.section_like); None otherwise. The caller knows the line is centred."""
    from search.parse.banners import section_like  # noqa: PLC0415 - banners imports the shapes the OCR step does not need
    from search.parse.tagger import tag  # noqa: PLC0415

    m = _FRAMED_ONE.match(text.strip())
    if not m or not (m[1] or m[3]) or not section_like(m[2]):
        return None
    for words in ([t.word for t in tag(text.strip())], _jieba_words(text.strip())):  # both readings: LAC
        if m[1] and words[0] != "一" or m[3] and words[-1] != "一":  # joins 之一 as two words, jieba as one
            return None
    return DASH + m[2] + DASH


def _jieba_words(text: str) -> list[str]:
    """jianbao's own jieba (search.analyze.dictionary: its prefix dictionary cached in jianbao's cache), never
    jieba's process-wide default, which would build a second dictionary and write its cache to the shared temp
    directory."""
    from search.analyze.dictionary import setup, tokenizer  # noqa: PLC0415 - loaded only where a centred name ends in 一

    setup()
    return tokenizer().lcut(text)


def in_blocks(blocks: list) -> list:
    """Recognised blocks (`ocr` set) with `as_printed` applied to their text and cells, once their lines
    are joined (pdf.py), and a centred name's frame read as 一 put back (`framed_name`); blocks read
    from a text layer as they are."""
    for b in blocks:
        if b.ocr is None:
            continue
        b.text = as_printed(b.text)
        if b.raw:
            b.raw = as_printed(b.raw)
        if b.align == "center" and b.kind in ("paragraph", "title", "heading") and (framed := framed_name(b.text)):
            b.text = b.raw = framed
        if b.cells:
            b.cells = in_rows(b.cells)
    return blocks


def in_rows(rows: list[list[str]]) -> list[list[str]]:
    """A recognised table's rows of cells with `as_printed` applied to each cell."""
    return [[as_printed(c) for c in row] for row in rows]
