"""Names the text gives again, in another form or beside one found: part of the role rules
(orgrole.py). No list of names: each rule reads a shape around the name.

- The short form of a full name the text also gives: the first words of a company's name, after its
  place, that the text uses on their own (深度求索 of 杭州深度求索人工智能基础技术研究有限公司,
  文思海辉 of 文思海辉技术有限公司).
- A name in brackets beside one found, either way (深度求索（DeepSeek）, DeepSeek(深度求索),
  幻方量化(High-Flyer Quant), 富士康(鸿海精密)), not a place, a legal form or a stock code.
- A brand and trade beside a name across 与/和/、 (文思信息与海辉软件, 小鹏汽车、路特斯).
- A Latin name found, written elsewhere in other letter cases (Shein, SHEIN).
"""
from __future__ import annotations

import bisect
import re

from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.aliases import NAMING
from search.parse.gazetteer import CJK, NAME_STOP
from search.parse.orgname import (BREAK, LATIN, SUBJECT_VERB, TRADE_END, alternation, back_to_break, name_span,
                                  next_tag, place_cuts)
from search.parse.orgshape import Span

__all__ = ["bracketed", "case_variants", "conjoined", "short_forms"]

_STOCK = re.compile(r"[:：]|^\d+$|^[A-Z]{1,5}$")
_TRADE_AT = re.compile(f"(?:{alternation('trade-words')})")


def case_variants(text: str, found: list[Span]):
    """A Latin name found, written elsewhere in other letter cases (Shein, SHEIN): the same name."""
    for span in [s for s in found if s.kind == "orgs"]:
        name = text[span.start:span.end]
        if not LATIN.fullmatch(name):
            continue
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            if m.group() != name and not re.match(r"[A-Za-z0-9\-]", text[m.end():m.end() + 1]) \
                    and not re.search(r"[A-Za-z0-9]$", text[:m.start()]):
                yield Span(m.start(), m.end(), "orgs", m.group(), "case")


def short_forms(text: str, tokens: list[ner.Token], found: list[Span]):
    """The first words of a company's full name, after its place, used on their own elsewhere
    (深度求索 of 杭州深度求索人工智能基础技术研究有限公司): the longest such, of two characters or more."""
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    seen: set[str] = set()  # a name found many times is read once: its uses do not depend on which it is
    for span in found:
        full = text[span.start:span.end]
        if span.kind != "orgs" or not shape.LEGAL_FORM.search(full) or len(full) < 6 or full in seen:
            continue
        seen.add(full)
        places = [(m.start(), m.end()) for m in re.finditer(re.escape(full), text)]
        for core in place_cuts(shape.LEGAL_FORM.sub("", full)):
            hit = _short_hit(text, core, full, places, starts, ends, tokens)
            if hit is not None:
                span = name_span(text, tokens, hit.start(), hit.end(), rule="short")
                if span is not None:
                    yield span
                break


def _short_hit(text, core, full, places, starts, ends, tokens) -> re.Match | None:
    """The first use on its own, outside the full name, of the longest first words of `core`."""
    for size in range(len(core), 1, -1):
        short = core[:size]
        if short == full or shape.LEGAL_FORM.fullmatch(short):
            continue
        hits = [m for m in re.finditer(re.escape(short), text)
                if not _inside(m.start(), places)
                and (m.start() in starts or not re.match(f"[{CJK}]", text[m.start() - 1:m.start()] or "。"))
                and (text[m.end():m.end() + 1] in NAME_STOP | {"（", "(", ""}
                     or m.end() in ends and next_tag(tokens, m.end()) in BREAK | {"v"})]
        if hits:
            return hits[0]
    return None


def _inside(at: int, places: list[tuple[int, int]]) -> bool:
    """Whether `at` falls in one of `places` (sorted, apart: the full name's uses), by bisection: a name
    used thousands of times in a hostile line was scanned whole for each of its thousands of hits."""
    k = bisect.bisect_right(places, (at, float("inf"))) - 1
    return k >= 0 and places[k][0] <= at < places[k][1]


def bracketed(text: str, tokens: list[ner.Token], found: list[Span]):
    """A name in brackets right after a name found (深度求索（DeepSeek）, 富士康(鸿海精密)), or the
    name right before brackets holding one found (DeepSeek(深度求索))."""
    names = {(s.start, s.end) for s in found if s.kind == "orgs"}
    start_of = {b: a for a, b in sorted(names, reverse=True)}  # the end of a name found -> its first start
    for m in re.finditer(r"[（(]([^（）()，。、；]{2,20})[）)]", text):
        inner = m.group(1).strip()
        if _STOCK.search(inner) or inner in shape.BRACKET_FORMS or "简称" in inner or NAMING.match(inner) or \
                set(ner.tag_word(inner)) <= {"LOC"}:
            continue
        outer_start = start_of.get(m.start())
        if outer_start is not None:
            yield name_span(text, tokens, m.start() + 1 + m.group(1).index(inner), m.end() - 1 - (
                len(m.group(1)) - len(m.group(1).rstrip())), rule="bracket")
        elif (m.start() + 1, m.end() - 1) in names:
            latin = re.search(r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z&.\-]*)*$", text[:m.start()])
            start = m.start() - len(latin.group()) if latin else back_to_break(text, tokens, m.start())
            yield name_span(text, tokens, start, m.start(), rule="bracket")


def _shared_trades(text: str, names: list[Span]) -> re.Pattern:
    """The trades that names found end in, after a brand of two characters or more (电梯 of
    日立电梯, 轮船 of 达飞轮船): a brand in the same list may be cut before the same trade (迅达 + 电梯)."""
    ends = {n.name[-size:] for n in names for size in (2, 3) if len(n.name) - size >= 2
            and re.fullmatch(f"[{CJK}]+", n.name) and not shape.LEGAL_FORM.search(n.name[-size:])
            and ner.tag_word(n.name[-size:]) in {("n",), ("vn",)}}
    return re.compile("|".join(map(re.escape, sorted(ends, key=len, reverse=True))) or "(?!)")


def conjoined(text: str, tokens: list[ner.Token], found: list[Span]):
    """A company by its brand and trade joined by 和, 与 or 及 to a name found (文思信息与海辉软件,
    小鹏汽车、路特斯): the two are of a kind."""
    names = [s for s in found if s.kind == "orgs"]
    by_start = {t.start: t for t in tokens}
    starting: dict[int, Span] = {}  # the first name found at each start, and each end: looked up, not searched
    ending: dict[int, Span] = {}
    model: dict[int, Span] = {}
    for s in names:
        starting.setdefault(s.start, s)
        ending.setdefault(s.end, s)
        if s.found_by == "model":
            model.setdefault(s.start, s)
    shared = _shared_trades(text, names)
    for m in re.finditer("[和与及、]", text):
        right = model.get(m.end())
        trade = (_TRADE_AT.match(text, right.end) or shared.match(text, right.end)) if right is not None else None
        if trade and next_tag(tokens, trade.end()) in BREAK | {"v"} and \
                m.start() in ending:  # 中软国际与拓维 + 信息: the model stopped short
            yield name_span(text, tokens, right.start, trade.end(), rule="trade", trade=True)
        right = starting.get(m.end())
        left = ending.get(m.start())
        if right is not None and left is None:
            start = back_to_break(text, tokens, m.start())
            name = text[start:m.start()]
            trade = TRADE_END.search(name)
            if trade and len(name) - len(trade.group()) >= 2:
                yield name_span(text, tokens, start, m.start(), rule="conjoined", trade=True)
        elif left is not None and right is None:
            end = m.end()
            while (tok := by_start.get(end)) is not None and tok.tag not in BREAK and tok.end - m.end() <= 10 \
                    and not SUBJECT_VERB.match(tok.word):
                end = tok.end
            name = text[m.end():end]
            trade = TRADE_END.search(name)
            if trade and len(name) - len(trade.group()) >= 2:
                yield name_span(text, tokens, m.end(), end, rule="conjoined", trade=True)
