"""A name the model cut from its trade (安世 + 半导体, 台塑大金 + 精密 + 化学) or from the ending of its
kind (世界海关 + 组织): part of the organisation rules (orgs.py).

The model reads the brand as the name and the trade after it as a common word; where the trade ends
the noun phrase (a verb, a preposition, a mark or a bracket follows, not another noun: 安世半导体主要生产,
not 华为汽车业务), the trade is the end of the name, up to two trade words ([trade-words]): never
after a name whole by its ending (…集团 + 投资), nor a trade the model reads as a verb there.
"""
from __future__ import annotations

import bisect
import re

from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import curated
from search.parse.orgname import alternation
from search.parse.orgrules import start_of
from search.parse.orgshape import Span

__all__ = ["with_trade"]

_TRADE = re.compile(f"(?:{alternation('trade-words')})")
_NOUNS = {"n", "vn", "nz", "ORG", "LOC", "PER", "j", "nw", "an", "a", "m", "q"}


def _open(span: Span) -> bool:
    """Whether a name may run on into its trade: the model's, or a well-known body's in Chinese the curated
    gazetteer does not list as written (瑞萨 + 半导体, 高瓴 + 创投; not IDC + 数据显示: a Latin name is whole)."""
    return span.found_by == "model" or span.found_by == "gazetteer" and span.name not in curated() \
        and not span.name.isascii()


def with_trade(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """`taken`, each name of the model's followed by its trade made whole."""
    out = []
    for span in taken:
        end = span.end
        at = {t.start: t for t in tokens}
        for _ in range(2):
            m = _TRADE.match(text, end)
            if not _open(span) or shape.ORG_END.search(span.name) or not m \
                    or end not in at or at[end].tag in {"v", "vd"}:
                break  # a name whole by its ending (…公司 + 投资); a trade the model reads as a verb
            end = m.end()
        if end == span.end and _open(span) and end in at and not shape.ORG_END.search(span.name) \
                and shape.ORG_END.fullmatch(at[end].word):
            end = at[end].end  # 世界海关 + 组织: the kind's ending, a word of its own
        k = bisect.bisect_left(tokens, end, key=start_of)
        nxt = tokens[k] if k < len(tokens) else None
        starts = {t.start for t in tokens} | {len(text)}
        if end == span.end or end not in starts or nxt is not None and nxt.tag in _NOUNS \
                or any(o is not span and o.start < end and span.end < o.end for o in taken):
            out.append(span)
            continue
        widened = shape.span_of(text, tokens, span.start, end)
        out.append(Span(span.start, end, span.kind, widened.name, "model") if widened else span)
    return out
