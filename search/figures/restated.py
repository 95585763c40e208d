"""A bound restated: a headline's `突破1.8万亿元` (or `超过`, `逾`) said of a figure the report prints exactly
(`18034亿元`) is that figure rounded down to a round number, no new figure."""
from __future__ import annotations

import re

from search.model import Figure

_SCALE = (("万亿", 1e12), ("千亿", 1e11), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("千", 1e3))
_BOUND_BEFORE = re.compile(r"(?:突破|超过|超|逾|迈上|站上)\s*$")


def _scaled(value: float, unit: str | None) -> tuple[float, str] | None:
    """The value in units of one and the unit's word without its multiplier (`1.8`, `万亿元` → 1.8e12, `元`)."""
    if unit is None:
        return None
    for prefix, factor in _SCALE:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return value * factor, unit[len(prefix):]
    return value, unit


def _bound(fig: Figure) -> bool:
    """Whether the figure's value is printed right after a word of a bound passed (`突破`, `超过`)."""
    if fig.value is None or fig.yoy_pct is not None or fig.share_pct is not None or not fig.text:
        return False
    number = f"{fig.value:g}"
    at = fig.text.find(number)
    return at > 0 and bool(_BOUND_BEFORE.search(fig.text[:at]))


def drop_restated(figures: list[Figure]) -> list[Figure]:
    """The figures without the bounds that restate, rounded down, a figure printed exactly for the same
    indicator (or one named at more length: `…企业完成互联网业务收入`), breakdown and period (a value at or above the bound and under 1.2 times it)."""
    out = []
    for fig in figures:
        mine = _scaled(fig.value, fig.unit) if _bound(fig) else None
        if mine is not None:
            exact = [_scaled(f.value, f.unit) for f in figures if f is not fig and f.value is not None
                     and (f.breakdown, f.period) == (fig.breakdown, fig.period) and f.indicator.endswith(fig.indicator)]
            if any(e is not None and e[1] == mine[1] and mine[0] <= e[0] < 1.2 * mine[0] for e in exact):
                continue
        out.append(fig)
    return out
