"""A line chart of one series, drawn as SVG on the server: no script, no inline style, so it keeps
the strict Content-Security-Policy and works offline and without JavaScript.

Two panels over one time axis (months): above, the values (the cumulative figures joined per year,
single-month and other printed figures as points, derived months as bars over the months they
cover); below, the YoY change in percent. Every mark is a link to the item it came from.
"""
from __future__ import annotations

import math

from markupsafe import Markup, escape

from search import Figure, Series

WIDTH, HEIGHT = 720, 380
LEFT, RIGHT = 78, 16
VALUES = (34, 224)  # top and bottom of the values panel
CHANGES = (258, 338)  # of the YoY panel
AXIS = 362


def _month(period: str, end: bool = True) -> int:
    part = period.split("/")[1 if end else 0]
    return int(part[:4]) * 12 + int(part[5:7]) - 1


def _nice(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = (low // step) * step
    ticks, value = [start], start
    while value < high - step * 0.001:  # up to the first tick at or above `high`
        value += step
        ticks.append(round(value, 10))
    return ticks


def _fmt(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:g}"


def period_label(period: str) -> str:
    """`2023-01/2023-09` -> `2023年1-9月`; one month -> `2023年7月`."""
    a, b = period.split("/")
    y1, m1, y2, m2 = int(a[:4]), int(a[5:7]), int(b[:4]), int(b[5:7])
    if y1 != y2:
        return f"{y1}年{m1}月-{y2}年{m2}月"
    return f"{y1}年{m1}月" if m1 == m2 else f"{y1}年{m1}-{m2}月"


def point_title(rec: Figure) -> str:
    parts = [period_label(rec.period) + ("（推算）" if rec.derived else "")]
    if rec.value is not None:
        parts.append(f"{rec.value:,.2f} {rec.unit or ''}".strip())
    if rec.yoy_pct is not None:
        parts.append(f"同比 {rec.yoy_pct:+.2f}%")
    if rec.share_pct is not None:
        parts.append(f"占比 {rec.share_pct:.2f}%")
    return "，".join(parts)


def svg(one: Series, link) -> Markup:
    """The chart of `one`; `link(rec)` is the URL a mark leads to."""
    recs = one.records
    months = [_month(r.period) for r in recs] + [_month(r.period, end=False) for r in recs if r.derived]
    lo, hi = min(months) - 0.6, max(months) + 0.6
    span = hi - lo

    def x(month: float) -> float:
        return LEFT + (month - lo) / span * (WIDTH - LEFT - RIGHT)

    out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="chart-title">{escape(one.label)}：累计值、推算单月与同比变化</title>']
    # legend
    out.append('<g class="legend">'
               '<circle class="pt cum" cx="84" cy="14" r="4"/><text x="92" y="18">累计值</text>'
               '<rect class="bar derived" x="150" y="9" width="10" height="10"/><text x="164" y="18">推算单月（两期累计之差）</text>'
               '<circle class="pt yoy" cx="338" cy="14" r="4"/><text x="346" y="18">同比 %</text></g>')
    valued = [r for r in recs if r.value is not None]
    top, bottom = VALUES
    if valued:
        vmin = min(0.0, *(r.value for r in valued))
        vmax = max(0.0, *(r.value for r in valued))
        ticks = _nice(vmin, vmax)
        vlo, vhi = min(ticks[0], vmin), max(ticks[-1], vmax)

        def y(v: float) -> float:
            return bottom - (v - vlo) / ((vhi - vlo) or 1) * (bottom - top)
        out.append('<g class="axis">')
        for t in ticks:
            out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>'
                       f'<text class="tick" x="{LEFT - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{_fmt(t)}</text>')
        out.append(f'<text class="unit" x="{LEFT - 6}" y="{top - 8}" text-anchor="end">{escape(one.unit or "")}</text></g>')
        # derived months: bars over the months they cover
        for r in valued:
            if not r.derived:
                continue
            x0, x1 = x(_month(r.period, end=False) - 0.5) + 3, x(_month(r.period) + 0.5) - 3
            y0, y1 = sorted((y(0), y(r.value)))
            out.append(f'<a class="mark" href="{escape(link(r))}"><rect class="bar derived" x="{x0:.1f}" y="{y0:.1f}" '
                       f'width="{max(2.0, x1 - x0):.1f}" height="{max(1.0, y1 - y0):.1f}"/>'
                       f'<title>{escape(point_title(r))}</title></a>')
        # cumulative figures, one line per year
        by_year: dict[int, list[dict]] = {}
        for r in valued:
            if not r.derived and r.period[5:7] == "01" and r.period[:4] == r.period[8:12]:
                by_year.setdefault(int(r.period[:4]), []).append(r)
        for year, rows in by_year.items():
            if len(rows) > 1:
                pts = " ".join(f'{x(_month(r.period)):.1f},{y(r.value):.1f}' for r in rows)
                out.append(f'<polyline class="line cum" fill="none" points="{pts}"/>')
        for r in valued:
            if r.derived:
                continue
            cls = "cum" if r.period[5:7] == "01" else "single"
            out.append(f'<a class="mark" href="{escape(link(r))}"><circle class="pt {cls}" '
                       f'cx="{x(_month(r.period)):.1f}" cy="{y(r.value):.1f}" r="5"/>'
                       f'<title>{escape(point_title(r))}</title></a>')
    else:
        out.append(f'<text class="empty" x="{WIDTH / 2}" y="{(top + bottom) / 2}" text-anchor="middle">'
                   '这一序列只有变化率，没有数值</text>')
    # YoY panel
    changes = [r for r in recs if r.yoy_pct is not None]
    ctop, cbottom = CHANGES
    out.append(f'<text class="panel" x="{LEFT}" y="{ctop - 8}">同比 %</text>')
    if changes:
        cmin = min(0.0, *(r.yoy_pct for r in changes))
        cmax = max(0.0, *(r.yoy_pct for r in changes))
        pad = (cmax - cmin) * 0.1 or 1

        def cy(v: float) -> float:
            return cbottom - (v - (cmin - pad)) / ((cmax - cmin) + 2 * pad) * (cbottom - ctop)
        out.append(f'<line class="zero" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{cy(0):.1f}" y2="{cy(0):.1f}"/>'
                   f'<text class="tick" x="{LEFT - 6}" y="{cy(0) + 4:.1f}" text-anchor="end">0</text>'
                   f'<text class="tick" x="{LEFT - 6}" y="{cy(cmax) + 4:.1f}" text-anchor="end">{cmax:+.1f}</text>')
        if cmin < 0:
            out.append(f'<text class="tick" x="{LEFT - 6}" y="{cy(cmin) + 4:.1f}" text-anchor="end">{cmin:+.1f}</text>')
        if len(changes) > 1:
            pts = " ".join(f'{x(_month(r.period)):.1f},{cy(r.yoy_pct):.1f}' for r in changes)
            out.append(f'<polyline class="line yoy" fill="none" points="{pts}"/>')
        for r in changes:
            out.append(f'<a class="mark" href="{escape(link(r))}"><circle class="pt yoy" '
                       f'cx="{x(_month(r.period)):.1f}" cy="{cy(r.yoy_pct):.1f}" r="4"/>'
                       f'<title>{escape(point_title(r))}</title></a>')
    # time axis: one label per month that has a figure, thinned when crowded
    ends = sorted({_month(r.period) for r in recs})
    step = max(1, -(-len(ends) // 10))
    out.append(f'<line class="axisline" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{AXIS - 14}" y2="{AXIS - 14}"/>')
    for m in ends[::step]:
        out.append(f'<text class="tick" x="{x(m):.1f}" y="{AXIS}" text-anchor="middle">{m // 12}-{m % 12 + 1:02d}</text>')
    out.append("</svg>")
    # Every piece above is either a number, a literal or escaped text.
    return Markup("".join(out))
