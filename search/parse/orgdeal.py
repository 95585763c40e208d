"""Organisations named by the part they play in a deal: part of the organisation rules (orgs.py),
asked with the role rules (orgrole.py), whose test of a name it shares (orgname.py). No list of
names: the shape of the deal says what they are.

- The investors of a round: the names listed after 投资方包括 / 投资机构为 (…英诺天使基金、复星锐正等),
  or before 领投, 跟投, 参投 (由深创投集团领投, 红杉中国、高瓴创投跟投), without an adverb before the
  verb (继续跟投) or words that describe a name the model found (老股东腾讯, 华为旗下哈勃投资).
"""
from __future__ import annotations

import re

from search import vocab
from search.parse import orgname
from search.parse import tagger as ner
from search.parse.orgshape import Span

__all__ = ["investors"]

_LISTED_AFTER = re.compile(f"(?:{vocab.alternation(vocab.words('org-names', 'investor-heads'))})"
                           "(?:包括|为|有|是)[：:]?")
_LISTED_BEFORE = re.compile(f"(?:联合|共同)?(?:{vocab.alternation(vocab.words('org-names', 'investor-verbs'))})")
_SEPARATORS = "、和及与"
_SIZE = re.compile(r"(?:近|超|逾)?(?:\d[\d.]*|数|几)[十百千万亿]")
# The investors a round came from, listed before its size (获得来自A、B1.5亿元天使轮融资, 获A、B数亿元融资).
_FROM = re.compile(r"获得?(?:来自)?(?=[^，。；,;]{2,40}?(?:\d[\d.]*|数|几)[十百千]?[万亿](?:美|人民币)?元[^，。；,;]{0,10}?融资)")
# A parent's investment arm after its name (腾讯 + 投资, TCL + 创投): the list's item is the arm.
_ARM = re.compile("(?:投资|创投|资本|产投|基金|战投)")
_ITEM = re.compile(r"[^、和及与等，。；：,;:\s（）()“”]{2,16}")


def investors(text: str, tokens: list[ner.Token], found: list[Span]) -> list[Span]:
    """The investors of the rounds the text reports, each item of their list a name (the model's
    names inside one dropped from `found`)."""
    out: list[Span] = []
    for m in _LISTED_AFTER.finditer(text):
        out += _items(text, tokens, found, m.end(), forward=True)
    for m in _LISTED_BEFORE.finditer(text):
        end = m.start() - 1 if text[m.start() - 1:m.start()] == "等" else m.start()  # A、B等跟投
        out += _items(text, tokens, found, end, forward=False)
    for m in _FROM.finditer(text):  # 获得来自追创投资、翼朴资本1.5亿元天使轮融资
        out += _items(text, tokens, found, m.end(), forward=True)
    kept = []
    for span in out:
        inside = [f for f in found if span.start <= f.start and f.end <= span.end and (
            f.found_by == "model" or f.start == span.start and _ARM.fullmatch(text[f.end:span.end]))]
        for f in inside:  # 海尔 of 海尔资本: the list's item is the whole name
            found.remove(f)
        if not any(f.start < span.end and span.start < f.end for f in found + kept):
            kept.append(span)
    return kept


def _items(text: str, tokens: list[ner.Token], found: list[Span], pos: int, *, forward: bool) -> list[Span]:
    """The names of a list that starts (forward) or ends at `pos`: all of them or none."""
    bounds = []
    while True:
        if forward:
            m = _ITEM.match(text, pos)
            if m is None:
                break
            size = _SIZE.search(m.group())  # the round's size after the last name (翼朴资本 + 1.5亿元…)
            if size and size.start() >= 2:
                bounds.append((m.start(), m.start() + size.start()))
                break
            bounds.append((m.start(), m.end()))
            if text[m.end():m.end() + 1] not in _SEPARATORS:
                break
            pos = m.end() + 1
        else:
            m = re.search(_ITEM.pattern + "$", text[max(0, pos - 16):pos])
            if m is None:
                break
            start = pos - len(m.group())
            start = text.rfind("由", start, pos) + 1 if text.rfind("由", start, pos) >= 0 else start
            bounds.insert(0, (start, pos))
            if text[start - 1:start] not in _SEPARATORS or start - 1 <= 0:
                break
            pos = start - 1
    bounds = [_trimmed(tokens, found, a, b) for a, b in bounds]
    spans = [orgname.name_span(text, tokens, a, b, strong=True, trade=bool(orgname.TRADE_END.search(text[a:b])))
             for a, b in bounds if b - a >= 2]  # 追 + 创投资: a verb's character may begin an investor's name
    return spans if spans and all(spans) else []


def _trimmed(tokens: list[ner.Token], found: list[Span], a: int, b: int) -> tuple[int, int]:
    """An item without the adverbs that end it before the verb (老股东IDG资本继续 + 跟投), and without
    the words that say who a name is, before the last name the model found or tagged in it (老股东 + IDG资本,
    华为旗下 + 哈勃投资): they end in a common word and hold no place (深圳市 + 创新投资集团 is one name)."""
    by_end = {t.end: t for t in tokens}
    while (tok := by_end.get(b)) is not None and tok.start >= a and tok.tag in {"d", "ad", "vd"}:
        b = tok.start
    named = [f.start for f in found if a < f.start < b and f.end <= b and f.kind == "orgs"]
    named += [t.start for t in tokens if a < t.start and t.end <= b and t.tag in {"ORG", "nz", "nt"}]
    if named:
        before = [t for t in tokens if a <= t.start and t.end <= max(named)]
        if before and before[-1].tag in {"n", "an", "a", "f"} and all(t.tag != "LOC" for t in before):
            return max(named), b
    return a, b
