"""A table column headed by a measure named only generically (`收入（亿元）` under a report on 互联网业务收入):
what the column counts is the report's own indicator, the whole its text names first, where that name
ends in the head's word."""
from __future__ import annotations

import re

from search.figures.achieved import split_achieved
from search.figures.names import words
from search.model import Figure

_GENERIC = re.compile(rf"(?:{words('measure-heads')})")


def named_by_report(rows: list[Figure], said: list[Figure]) -> None:
    """Give the rows of a table whose indicator is a bare measure's word (`收入`, `利润`) the indicator the
    report's text named first without a breakdown, when that ends in the word and was said apart from its
    subject by a verb of achieving (`…企业完成互联网业务收入`)."""
    whole = next((f.indicator for f in said if f.breakdown is None and f.indicator), None)
    if whole is None:
        return
    achieved = split_achieved(whole)
    if achieved is None:
        return  # (`规模以上工业增加值`: a name that may hold its scope; only a measure said apart is taken)
    whole = achieved[1]  # `…企业完成互联网业务收入`: the measure counted, apart from who counts it
    for fig in rows:
        if _GENERIC.fullmatch(fig.indicator) and whole.endswith(fig.indicator) and len(whole) > len(fig.indicator):
            fig.indicator = whole
