"""Bodies named by two fields joined with 及 (商务及经济发展局, 文化体育及旅游局, 财经事务及库务局):
part of the organisation rules (orgs.py).

The model reads the fields as common words and the conjunction as a break, so the suffix rules keep
only the second field and the ending (经济发展局), or nothing where the ending sits inside a word
(库务局). The name is the two fields, 及 (or 暨) between, and the body's ending: a field of one or two
nouns of up to four characters opening a clause (or after a place or a preposition), the second
field up to six.
"""
from __future__ import annotations

import re

from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import CJK
from search.parse.orgshape import Span

__all__ = ["coordinated"]

_BODY = "(?:局|署|部|厅|委员会|办公室)"
_JOINED = re.compile(rf"[及暨]([{CJK}]{{1,6}}?{_BODY})")
_FIELD = {"n", "vn", "nz", "ORG"}


def coordinated(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """`taken`, each body named by two fields joined with 及 whole, the parts found inside it dropped."""
    for m in _JOINED.finditer(text):
        k = next((i for i, t in enumerate(tokens) if t.start <= m.start() < t.end), None)
        if k is None or (tokens[k].tag != "c" if tokens[k].start == m.start() else tokens[k].tag not in _FIELD):
            continue  # 及 a word of its own, or inside a noun the model ran across it (事务及库务局)
        field = [] if tokens[k].start == m.start() else [tokens[k]]
        for t in reversed(tokens[:k]):
            if t.tag not in _FIELD or len(field) == 2 or m.start() - t.start > 4:
                break
            field.insert(0, t)
        f = tokens.index(field[0]) if field else 0
        before = tokens[f - 1] if f > 0 else None
        if not field or m.start() - field[0].start < 2 or before is not None and before.end == field[0].start \
                and before.tag not in {"w", "LOC", "p"}:
            continue  # the field opens a clause, follows a place or a preposition; not 推动贸易及…, 中小企业及…
        stem = text[field[0].start:m.start()]
        if re.search(_BODY + "$", stem) or any(t.end == m.start() for t in taken) or shape.ORG_END.search(stem) \
                or shape.KIND_AFTER.search(stem):
            continue  # 商务部及外交部, 学校及教育局, 企业及商务局: bodies or kinds of body joined, not fields
        words = [t for t in tokens if t.start < m.end(1) and m.start(1) < t.end]
        if not words or words[-1].end != m.end(1) or any(t.tag not in _FIELD | {"v"} for t in words):
            continue  # the name ends where a word does: 旅游 + 局 (局长 after it), 库务局
        start, end = field[0].start, m.end(1)
        if before is not None and before.tag == "LOC" and before.end == start:
            start = before.start  # a place before the name is part of it, as written (香港 + …)
        inside = [t for t in taken if t.start < end and start < t.end]
        if any(t.start < start or t.end > end for t in inside):
            continue
        span = shape.span_of(text, tokens, start, end)
        if span is not None:
            taken = [t for t in taken if t not in inside] + [span]
    return taken
