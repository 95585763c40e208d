"""Where one organisation's name runs across a bracket or a conjunction: part of the organisation
rules (orgs.py), which ask here before they settle the names of an item.

- A place or a legal form in brackets inside a name belongs to it: 钉钉（中国）信息技术有限公司,
  万泓文化发展控股（辽宁）有限公司, SK海力士半导体（大连）有限公司. A bracket after a whole name
  (国家会展中心（天津）, 世界贸易组织（WTO）) is left alone: the name must go on to an organisation's ending.
- 和, 与 or 及 inside a name (经济合作与发展组织, 大连市工业和信息化局, 商务部服务贸易和商贸服务业司,
  马来西亚投资、贸易及工业部) against two names joined by one (商务部和工业和信息化部,
  中国科协和上海市人民政府). Decided by shape: an organisation's ending only after the conjunction
  means one name; a whole name before it (its own ending, or a form the gazetteer knows), or a
  place or a name opening the part after it, means two.
"""
from __future__ import annotations

import bisect
import re

from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import CJK, NAME_STOP, kinds, matcher, name_start

__all__ = ["bracket_joins", "conjunction_joins"]

_CONJUNCTIONS = "和与及"
# Tags of the words a name is made of (a place, a name, nouns, verbal nouns: 马来西亚 投资、贸易).
_NAME_TAGS = {"ORG", "LOC", "n", "vn", "nz", "nw", "an", "j", "a", "v"}
# Tags of the words a name cannot run across: verbs, adverbs, prepositions, particles, numbers, times.
_BREAK_TAGS = {"v", "vd", "d", "p", "c", "u", "r", "xc", "w", "m", "q", "t", "TIME", "f", "ad"}
# The words that make a part of a name a name and not a description (a place, a name, an abbreviation).
_CORE_TAGS = {"ORG", "LOC", "nz", "nw", "j"}
_BRACKET = re.compile(r"[（(]([^（）()\s]{1,8})[）)]")
_NAME_CHAR = "(?![" + re.escape("".join(sorted(NAME_STOP))) + "])[" + CJK + "A-Za-z0-9]"
# What follows the bracket, up to the first strong ending (信息技术 + 有限公司).
_TAIL = re.compile(f"{_NAME_CHAR}{{0,16}}?(?:{shape.SUFFIX_RE.pattern})")


def _org_ending(name: str) -> bool:
    return bool(shape.ORG_END.search(name))


def _end_of(tok: ner.Token) -> int:
    return tok.end


def _start_of(tok: ner.Token) -> int:
    return tok.start


def bracket_joins(text: str, tokens: list[ner.Token], spans) -> list[tuple[int, int]]:
    """(start, end) of the names that carry a place or a legal form in brackets inside them."""
    strong = shape.SUFFIX_RE
    out = []
    named = {}  # where a name found ends -> where it starts (the first found): looked up, not scanned
    for span in spans:
        if span.kind == "orgs":
            named.setdefault(span.end, span.start)
    for m in _BRACKET.finditer(text):
        tail = _TAIL.match(text[m.end():m.end() + 24])
        inner = m.group(1)
        if tail is None or not (inner in shape.BRACKET_FORMS or set(ner.tag_word(inner)) == {"LOC"}):
            continue
        end = m.end() + tail.end()
        while (more := strong.match(text, end)) is not None:  # 集团 + 有限公司
            end = more.end()
        start = _head_start(text, tokens, named, m.start())
        if start is not None and m.start() - start >= 2:
            out.append((start, end))
    return out


def _head_start(text: str, tokens: list[ner.Token], named: dict[int, int], pos: int) -> int | None:
    """Where the name before a bracket at `pos` starts: a name found there, or the words before it
    up to the last word that cannot be in a name (设立, 由, 的), as the model tags them."""
    if pos in named:
        return named[pos]
    start = name_start(text, pos)
    for tok in tokens[bisect.bisect_left(tokens, start, key=_start_of):bisect.bisect_right(tokens, pos, key=_end_of)]:
        if start <= tok.start and tok.end <= pos and tok.tag in _BREAK_TAGS and \
                (len(tok.word) > 1 or tok.tag in {"p", "c", "u", "r", "w", "m", "q"}):
            start = tok.end  # a one-character verb is too often a name's character misread (钉钉)
    return start if start < pos else None


def conjunction_joins(text: str, tokens: list[ner.Token], spans) -> tuple[list[tuple[int, int]], list[int]]:
    """The names with a conjunction inside them, as (start, end), and the positions of the
    conjunctions that join two names (where a name found across one must be cut in two)."""
    joins, cuts = [], []
    ending = {}  # where a name found with an organisation's ending starts -> its end (the first found)
    for span in spans:
        if span.kind == "orgs" and _org_ending(text[span.start:span.end]):
            ending.setdefault(span.start, span.end)
    for i, tok in _conjunctions(tokens):
        left = _left_start(text, tokens, i, tok)
        right = _right_end(text, tokens, ending, i, tok)
        if left is None or right is None:
            continue
        before, after = text[left:i], text[i + 1:right]
        if _whole(before) and not _ending_only(before, after) or _opens_with_name(text, i + 1, after):
            cuts.append(i)
        else:
            joins.append((left, right))
    return joins, cuts


def _conjunctions(tokens: list[ner.Token]):
    """(position, token) of each 和/与/及 that may join words: a word of its own, or inside a name
    the model tagged (经济合作与 / 发展组织, 工业和信息化部); never inside a place (呼和浩特)."""
    for tok in tokens:
        if len(tok.word) == 1 and tok.word in _CONJUNCTIONS and tok.tag in {"c", "p"}:
            yield tok.start, tok
        elif tok.word[:1] in _CONJUNCTIONS and tok.tag in {"c", "p"} and shape.ORG_END.search(tok.word):
            yield tok.start, tok  # 与数据科学学院: the model read the conjunction and the name after it as one
        elif tok.tag == "ORG":
            for k, ch in enumerate(tok.word[1:], 1):
                if ch in _CONJUNCTIONS:
                    yield tok.start + k, tok


def _left_start(text: str, tokens: list[ner.Token], i: int, conj: ner.Token) -> int | None:
    """Where the part of a name before the conjunction at `i` starts, or None if it holds no name.

    Words back from the conjunction, across an enumeration of words that are no names on their
    own (马来西亚投资、贸易及工业部), up to a word that cannot be in a name; the part must hold a
    place, a name or an abbreviation, where it starts (not 教授 of 张平教授和…协会).
    """
    start = conj.start if conj.start < i else i
    following = None
    for k in range(bisect.bisect_right(tokens, start, key=_end_of) - 1, -1, -1):  # back, not a copy of all before
        tok = tokens[k]
        if tok.end != start or not (tok.word == "、" or tok.tag in _NAME_TAGS) or \
                tok.tag == "v" and (following is None or following.word != "、"):
            break  # a verb only as an item of an enumeration (投资、贸易), not 星巴克中国宣布与…
        start, following = tok.start, tok
    items = text[start:i].split("、")
    kept = []
    for item in reversed(items):  # an enumeration of names (外交部、商务部及…) is no part of one
        if not item or len(kept) == 3 or kept and _whole(item):
            break
        kept.insert(0, item)
    start = i - len("、".join(kept))
    words = tokens[bisect.bisect_left(tokens, start, key=_start_of):bisect.bisect_left(tokens, i, key=_start_of)]
    core = next((t for t in words if t.tag in _CORE_TAGS), None)
    if conj.start < i and (core is None or conj.start < core.start):
        core = conj  # the model read the name across the conjunction: 经济合作与 / 发展组织
    if core is None and len(words) == 1 and words[0].tag in {"n", "vn"} and _after_break(tokens, words[0]) \
            and _org_word_at(tokens, i + 1):
        core = words[0]  # one bare noun before a name the model read (经 文化和[旅游部数据中心]): part of it
    if core is None:
        return None
    start = max(start, core.start)
    return start if i - start >= 2 else None


def _org_word_at(tokens: list[ner.Token], pos: int) -> bool:
    """Does a word the model read as an organisation start at `pos`? (By bisection: scanned whole for
    each conjunction, a hostile line of 20,000 与 took a minute.)"""
    k = bisect.bisect_left(tokens, pos, key=_start_of)
    return k < len(tokens) and tokens[k].start == pos and tokens[k].tag == "ORG"


def _after_break(tokens: list[ner.Token], word: ner.Token) -> bool:
    """Does the word stand at the start of the text or right after a word no name runs across (经, 由,
    a comma), not after a person's name (张平 教授和…)?"""
    k = bisect.bisect_left(tokens, word.start, key=_end_of)
    before = tokens[k] if k < len(tokens) and tokens[k].end == word.start else None
    return word.start == 0 or before is not None and before.tag in {"p", "v", "c", "w", "d", "u"}


def _right_end(text: str, tokens: list[ner.Token], ending: dict[int, int], i: int, conj: ner.Token) -> int | None:
    """Where the name after the conjunction at `i` ends: at the first organisation's ending of its
    words (发展 组织, 信息化 局), within a short reach; None if there is none."""
    if i + 1 in ending:
        return ending[i + 1]
    end = conj.end if conj.end > i + 1 else i + 1
    if end > i + 1 and _org_ending(text[i + 1:end]):
        return end
    for k in range(bisect.bisect_right(tokens, end - 1, key=_start_of), len(tokens)):  # on, not a copy of the rest
        tok = tokens[k]
        if tok.start != end or tok.tag not in _NAME_TAGS or tok.end - i > 13:
            return None
        end = tok.end
        if _org_ending(text[i + 1:end]):
            return end
    return None


def _whole(part: str) -> bool:
    """Whether the part before a conjunction is a name of its own: an organisation's ending, or a form
    the gazetteer knows (商务部, 欧盟)."""
    known = kinds()
    return _org_ending(part) or part in known and known[part][0] == "orgs" or ner.tag_word(part) == ("ORG",)


def _ending_only(before: str, after: str) -> bool:
    """Whether the part after a conjunction is a field and an organisation's ending alone (工业局,
    贸易部), no name without the words before it, and those words a name only as the model reads them
    (香港创新科技 + 及 + 工业局): one name, the conjunction inside it."""
    m = shape.ORG_END.search(after)
    known = kinds()
    return bool(m) and 1 <= m.start() <= 3 and not _org_ending(before) and set(ner.tag_word(after[:m.start()])) <= {"n", "vn"} \
        and not (after in known and known[after][0] == "orgs" or ner.tag_word(after) == ("ORG",)) \
        and not (before in known and known[before][0] == "orgs")  # not 腾讯与科技部: a body of its own after it


def _opens_with_name(text: str, pos: int, part: str) -> bool:
    """Whether the part after a conjunction begins a name of its own: a form the gazetteer knows, or a
    place or a name the model reads as one word (上海市人民政府, 谷歌公司; not 信息化局, 发展组织)."""
    pattern, known = matcher()
    m = pattern.match(text, pos)
    if m and known[m.group()][0] == "orgs":
        return True
    for k in range(2, min(3, len(part) - 1) + 1):
        if ner.tag_word(part[:k]) in {("LOC",), ("ORG",)}:
            return True
    return False
