"""The sentences of an item's body, and the clauses and periods inside one (prose.py reads with these).

A line that stops mid-sentence is joined to the next (a PDF export's break); sentences end at 。！？.
A sentence's clauses part at its commas, colons and semicolons; a list of periods whose clause gives
each its value one by one (`一季度、二季度和三季度分别…`) names the list's members, not the period reported.
"""
from __future__ import annotations

import re

from search.figures.text import is_table_line
from search.parse.statlines import statement_ends

__all__ = ["SEPARATORS", "aside", "listed_periods", "opens_clause", "paragraphs", "sentences", "sub_periods",
           "whole_year", "within"]

# A sentence's clauses part at these.
SEPARATORS = re.compile(r"[，,：:；;]")

_ENDS = "。！？!?；;：:"


def _join(a: str, b: str) -> str:
    """Two pieces of one sentence broken across lines: a space only between Latin letters."""
    a, b = a.rstrip(), b.lstrip()
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


def _lines(body: str) -> list[str]:
    """The body's lines, a line that stops mid-sentence joined to the next (a PDF export that
    breaks `203626.35 万美` / `元` across lines, where the parser left the break)."""
    out: list[str] = []
    run = False  # the line before was a statement of one figure (`粮食单产：399.1公斤/亩，…`) standing alone
    for line in body.split("\n"):
        if not line.strip():
            continue
        alone = bool(out) and statement_ends(out[-1], line, in_run=run)
        if out and out[-1].rstrip()[-1:] not in _ENDS and not is_table_line(out[-1]) \
                and not is_table_line(line) and not alone:
            out[-1] = _join(out[-1], line)
            run = False
        else:
            out.append(line)
            run = alone
    return out


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: its lines, a line that stops mid-sentence joined to the next."""
    return _lines(body)


def sentences(body: str):
    """(sentence as printed) for each sentence of the body: split at 。！？ and line ends."""
    for line in _lines(body):
        start = 0
        for m in re.finditer(r"[。！？!?]", line):
            piece = line[start:m.end()].strip()
            if piece:
                yield piece
            start = m.end()
        piece = line[start:].strip()
        if piece:
            yield piece


_PERIOD_JOIN = re.compile(r"^(?:、|和|及|与|以及|至)$")


def listed_periods(s: str, found: list) -> set[int]:
    """The period tokens that are one of a list of periods (`一季度、二季度和三季度`) whose clause gives
    each its value one by one (`分别`): the periods are then the list's names. One pass over the tokens,
    so a sentence of many periods costs no more than its length."""
    def joined(a: int) -> bool:
        b = a + 1
        return found[a][2] == found[b][2] == "period" and bool(_PERIOD_JOIN.match(s[found[a][1]:found[b][0]]))
    links = [joined(k) for k in range(len(found) - 1)] + [False]
    listed: set[int] = set()
    k = len(found) - 1
    while k >= 0:
        if not links[k] or found[k][2] != "period":
            k -= 1
            continue
        last = k + 1  # the chain ends at `last`; walk back to where it starts
        first = k
        while first > 0 and links[first - 1]:
            first -= 1
        pos = found[last][1]
        stop = SEPARATORS.search(s, pos)
        if "分别" in s[pos:stop.start() if stop else len(s)]:
            listed.update(range(first, last + 1))
        k = first - 1
    return listed


def opens_clause(s: str, start: int) -> bool:
    """`2025年以来，…` frames what follows; `增速创2011年以来新高` inside a clause is a record's
    yardstick, not the year reported."""
    clause = SEPARATORS.split(s[:start])[-1]
    return not clause.strip() or bool(re.fullmatch(r"\s*(?:自|从|今年|去年)?\s*", clause))


def sub_periods(spans: list[tuple[int, int, int]], whole: tuple[int, int, int] | None) -> bool:
    """Whether a sentence's periods are two or more distinct, disjoint parts of the period in force."""
    parts = set(spans)
    if whole is None or len(parts) < 2 or not all(within(p, whole) for p in parts):
        return False
    ordered = sorted(parts, key=lambda p: p[1])
    return all(a[2] < b[1] for a, b in zip(ordered, ordered[1:]))


def within(part: tuple[int, int, int], whole: tuple[int, int, int]) -> bool:
    return part != whole and part[0] == whole[0] and whole[1] <= part[1] and part[2] <= whole[2]


def aside(spans: list[tuple[int, int, int]], figures: list, text_of) -> tuple[int, int, int] | None:
    """`1—8月份，利润总额46929.7亿元，同比增长0.9%；8月份利润总额同比增长20.4%。`: the sentence's last
    period is a part of one it reported a value for (the month closing a cumulative span), and
    gives changes only: an aside. The span is what the text goes on about (`分经济类型看：` and its
    table), returned; else None. `text_of` gives a period's text as figures carry it."""
    if len(spans) < 2:
        return None
    last = spans[-1]
    whole = next((s for s in spans[:-1] if within(last, s)), None)
    if whole is None:
        return None
    mine = [f for f in figures if f.period == text_of(last)]
    theirs = [f for f in figures if f.period == text_of(whole)]
    if mine and theirs and all(f.value is None for f in mine) and any(f.value is not None for f in theirs):
        return whole
    return None


# A change on the whole year before (`比上年增长9.2%`; not `比上年同期`, `同月`, `末`): the figure is a whole year's.
_ON_LAST_YEAR = re.compile(r"(?:比|较)(?:上年|去年)(?!同期|同月|同季|末|底|[\d一二三四十])")


def whole_year(sentence: str, found: list, period, after_publication) -> tuple[int, int, int] | None:
    """The period a sentence reports when it prints none before its first figure: a comparison with the
    whole year before (`规模以上装备制造业增加值比上年增长9.2%` after `12月份，…同比增长5.2%。`) makes it
    the year of the current period, once that year is over; else the current period goes on."""
    first = next((i for i, (_, _, kind, _) in enumerate(found) if kind != "period"), None)
    if first is None or period is None or any(k == "period" for _, _, k, _ in found[:first]):
        return period
    year = (period[0], 1, 12)
    if period != year and _ON_LAST_YEAR.search(sentence) and not after_publication(year):
        return year
    return period
