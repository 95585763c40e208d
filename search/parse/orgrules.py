"""Organisations the model missed, found by rules (orgs.py's third source): a name ending in a strong
suffix (…有限公司, …协会, …大学), started after the last word that cannot begin a name (邀请辽宁省律师协会
-> 辽宁省律师协会); a body named in its head's title (信息产业部部长), and the bodies listed before it
that share the title (原邮电部、信息产业部部长).
"""
from __future__ import annotations

import bisect
import re

from search.parse import orgevent
from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import canonical, name_start
from search.parse.orgshape import Span

__all__ = ["rule_spans", "start_of"]

# Tags of the words that cannot begin a name: verbs, adverbs, prepositions, conjunctions,
# particles, pronouns, numbers, times, people (走访, 同时兼任, 由, 和, 该, 两家, 6月).
_NOT_NAME_TAGS = {"v", "vd", "d", "p", "c", "u", "r", "xc", "w", "m", "q", "t", "TIME", "f", "ad", "PER"}


def rule_spans(text: str, tokens: list[ner.Token], known: list[tuple[int, int]], *,
                model: bool = True) -> list[Span]:
    """Names ending in a strong suffix, started after the last word that cannot begin a name.

    Words inside a name the gazetteer knows are name words whatever the model tags them
    (上合组织 of 上合组织数字经济高校联盟, which the model reads as 上 / 合 / 组织).
    """
    out = []
    for m in shape.SUFFIX_RE.finditer(text):
        if m.end() < len(text) and shape.SUFFIX_RE.match(text, m.end()):
            continue  # 大学 of 大学学院: the longer name ends later
        start, cut = _rule_start(text, tokens, known, m.start(), m.end())
        name = text[start:m.end()]
        if cut is not None and cut.tag == "r" or shape.in_title(text, start):
            continue  # 各产业委员会, 该公司: a kind, not a name
        if model and orgevent.in_event_name(tokens, start, m.end()):
            continue  # 上海合作组织 of 上海合作组织峰会: an event's name, as the gazetteer's and the model's are
        if len(name) - len(m.group()) < 2 or not shape.plausible(name, found_by="rule" if model else "text"):
            continue
        stem = name[:-len(m.group())]
        if model and len(stem) <= 3 and not set(ner.tag_word(stem)) & {"LOC", "ORG", "PER", "nz", "nw"}:
            continue  # 行业协会, 相关委员会: a kind of organisation, not one
        out.append(Span(start, m.end(), "orgs", canonical(name), "rule"))
    return out + (_titled_spans(text, tokens, known) if model else [])


def _rule_start(text: str, tokens: list[ner.Token], known: list[tuple[int, int]], suffix: int, end: int):
    """Where a name ending at `end` (its ending from `suffix`) starts, and the word it was cut after."""
    start = name_start(text, suffix)
    cut = None
    first, last = bisect.bisect_left(tokens, start, key=start_of), bisect.bisect_left(tokens, end, key=start_of)
    for k, tok in enumerate(tokens[first:last], first):
        if (tok.end <= suffix and tok.tag in _NOT_NAME_TAGS
                and not any(s <= tok.start < e for s, e in known)
                and not _compound_pronoun(tokens, k, start)):
            start, cut = tok.end, tok
    for tok in tokens[first:last]:
        if tok.tag == "ORG" and tok.end == end and tok.start > start:
            start, cut = tok.start, None  # the model knows where this name starts
    return start, cut


def _compound_pronoun(tokens: list[ner.Token], k: int, start: int) -> bool:
    """Whether the pronoun at k is a word of a compound (智能 + 无人 + 系统): it follows a noun of the
    name with no gap, where a determiner (该, 各, 本) would begin the phrase, not follow a noun."""
    tok, prev = tokens[k], tokens[k - 1] if k else None
    return tok.tag == "r" and prev is not None and prev.start >= start and prev.end == tok.start \
        and prev.tag in {"n", "vn", "nz"}


def start_of(tok: ner.Token) -> int:
    return tok.start


# A body named in its head's title ends where the title begins: 信息产业部部长, 海关总署副署长.
_TITLED = re.compile(r"([部局厅司处署])(?=[原副]*\1长)")


_LIST_MARKS = "、，,；;："


def _listed_start(text: str, tokens: list[ner.Token], start: int, end: int) -> int:
    """Where a department in its head's title starts when it stands in a list of titles
    (`海关总署新闻发言人、统计分析司司长`): just after the list mark, where the words before the cut are
    all words of a name (nouns, verbs as nouns: 统计 分析), none the model reads as a name's start."""
    k = bisect.bisect_left(tokens, start, key=start_of)
    j = k
    while j > 0 and tokens[j - 1].tag in {"v", "vn", "n", "an", "nz"} and tokens[j - 1].end == (
            tokens[j].start if j < len(tokens) else start) and start - tokens[j - 1].start <= 6:
        j -= 1
    if j == k or j == 0 or tokens[j - 1].word not in _LIST_MARKS or any(t.tag == "ORG" for t in tokens[j:k]):
        return start
    return tokens[j].start


def _titled_spans(text: str, tokens: list[ner.Token], known: list[tuple[int, int]]) -> list[Span]:
    """Bodies named in a title (信息产业部部长), and the bodies listed before them that share it
    (原邮电部、信息产业部部长: 邮电部 and 信息产业部)."""
    out = []
    for m in _TITLED.finditer(text):
        end = m.end()
        while True:
            start, cut = _rule_start(text, tokens, known, end - 1, end)
            start = _listed_start(text, tokens, start, end)
            span = None if cut is not None and cut.tag == "r" else shape.span_of(text, tokens, start, end)
            if span is None or span.end - span.start < 3:
                break
            out.append(span)
            if text[start - 1:start] != "、" or text[start - 2:start - 1] != m.group(1):
                break
            end = start - 1
    return out





