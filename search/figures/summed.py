"""A table's rows that add up to a figure the text printed (`快递业务类型 | 业务量（亿件）` over `同城 | 157.9`,
`异地 | 1789.4`, `国际/港澳台 | 42.2`, after `快递业务量完成1989.5亿件`): the rows are that figure's parts, of its
indicator and its period, each broken down by its label, wherever the table stands."""
from __future__ import annotations

import re

from search.figures.names import words
from search.model import Figure

_COUNTED = re.compile(words("measure-heads"))
# a label that names what it counts itself (`货物出口`, `发电量`, `营业收入`): a series of its own, no part
_OWN_MEASURE = re.compile(r"[\u4e00-\u9fff](?:量|额|值|数|率|指数)$")


def _label(fig: Figure) -> str:
    return (fig.text or "").split(" | ")[0].strip()


def parts_of_sum(rows: list[Figure], said: list[Figure]) -> None:
    """Make the rows of one column (same unit and period, no breakdown, two or more) the parts of the
    text's figure of that unit they sum to (to the last digit printed, give or take one in it per row)."""
    column = [f for f in rows if f.value is not None and f.breakdown is None]
    if len(column) < 2 or len(column) != len([f for f in rows if f.value is not None]):
        return
    if len({(f.unit, f.period) for f in column}) != 1:
        return
    labels = [_label(f) for f in column]
    if any(not lab or _COUNTED.search(lab) or _OWN_MEASURE.search(lab) for lab in labels):
        return
    total = sum(f.value for f in column)
    step = min(10 ** -len(f"{f.value:g}".partition(".")[2]) for f in column)  # (`6.0` reads as 6: the finest digit)
    for whole in said:
        if whole.value is None or whole.breakdown is not None or whole.unit != column[0].unit:
            continue
        if abs(whole.value - total) <= step * len(column) / 2 + 1e-9:
            for fig, lab in zip(column, labels):
                fig.indicator, fig.breakdown, fig.period, fig.printed = whole.indicator, lab, whole.period, \
                    whole.indicator
            return
