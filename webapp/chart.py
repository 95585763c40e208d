"""A line chart of one series, drawn as SVG on the server: no script, no inline style, so it keeps
the strict Content-Security-Policy and works offline and without JavaScript.

Two panels over one time axis (months): above, the values (the cumulative figures joined per year,
single-month and other printed figures as points, derived months as bars over the months they
cover); below, the YoY change in percent. Every mark is a link to the item it came from.

The chart is drawn twice, for a wide screen and for a phone (`LAYOUTS`), and the stylesheet shows
the one that fits: text keeps its size on a phone instead of shrinking with the drawing, and the
labels that would touch are left out by measuring them, not by counting.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup, escape

from search import Figure, Series


@dataclass(frozen=True)
class Layout:
    """One drawing of the chart. Sizes are in the SVG's units; `font` is the size the stylesheet
    gives its text (figures.css), which the measuring below assumes."""

    name: str
    width: int
    font: float
    values_height: int  # the values panel
    changes_height: int  # the YoY panel
    right: int = 14


LAYOUTS = (Layout("wide", 720, 12, 190, 80), Layout("narrow", 360, 13, 190, 96))
GAP = 8  # the least room between two labels
LEGEND = (("circle", "pt cum", "累计值"), ("rect", "bar derived", "推算单月（两期累计之差）"), ("circle", "pt yoy", "同比 %"))


def _month(period: str, end: bool = True) -> int:
    part = period.split("/")[1 if end else 0]
    return int(part[:4]) * 12 + int(part[5:7]) - 1


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    value = math.floor(low / step + 1e-9) * step
    ticks = [round(value, 10)]
    while ticks[-1] < high - step * 0.001:  # up to the first tick at or above `high`
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"


def _signed(value: float) -> str:
    return "0" if value == 0 else f"{value:+g}"


def text_width(text: str, font: float) -> float:
    """How wide `text` is drawn, at most: a CJK character is one em, anything else 0.62 em."""
    return sum(font if ord(ch) >= 0x2E80 else 0.62 * font for ch in text)


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


def _mark(rec: Figure, link, shape: str) -> str:
    return f'<a class="mark" href="{escape(link(rec))}">{shape}<title>{escape(point_title(rec))}</title></a>'


class _Frame:
    """Where things go in one layout: the panels' heights, the left margin the tick labels need,
    and the time scale."""

    def __init__(self, one: Series, layout: Layout):
        self.layout, self.font = layout, layout.font
        recs = one.records
        self.valued = [r for r in recs if r.value is not None]
        self.changes = [r for r in recs if r.yoy_pct is not None]
        self.value_ticks = (nice_ticks(min(0.0, *(r.value for r in self.valued)),
                                       max(0.0, *(r.value for r in self.valued))) if self.valued else [])
        self.change_ticks = (nice_ticks(min(0.0, *(r.yoy_pct for r in self.changes)),
                                        max(0.0, *(r.yoy_pct for r in self.changes)), 3) if self.changes else [])
        labels = [_fmt(t) for t in self.value_ticks] + [_signed(t) for t in self.change_ticks]
        self.left = round(max([text_width(t, self.font) for t in labels] + [3 * self.font]) + 10)
        self.legend_rows = _legend_rows(layout, self.left)
        top = len(self.legend_rows) * 2 * self.font + 2.6 * self.font  # under the legend and the unit
        self.values = (top, top + layout.values_height)
        self.changes_box = (self.values[1] + 3 * self.font, self.values[1] + 3 * self.font + layout.changes_height)
        self.axis = self.changes_box[1] + 1.2 * self.font
        self.height = round(self.axis + 3.2 * self.font)
        months = [_month(r.period) for r in recs] + [_month(r.period, end=False) for r in recs if r.derived]
        self.lo, self.hi = min(months) - 0.6, max(months) + 0.6

    def x(self, month: float) -> float:
        return self.left + (month - self.lo) / (self.hi - self.lo) * (self.layout.width - self.left - self.layout.right)

    def scale(self, ticks: list[float], box: tuple[float, float], data: list[float]):
        low, high = min(ticks[0], *data), max(ticks[-1], *data)
        top, bottom = box
        return lambda v: bottom - (v - low) / ((high - low) or 1) * (bottom - top)


def _legend_rows(layout: Layout, left: int) -> list[list[tuple[float, tuple]]]:
    """The legend's items placed in rows that fit the width: [(x, item)] per row."""
    rows, x = [[]], float(left)
    for item in LEGEND:
        wide = 16 + text_width(item[2], layout.font) + 2 * GAP
        if rows[-1] and x + wide > layout.width:
            rows.append([])
            x = float(left)
        rows[-1].append((x, item))
        x += wide
    return rows


def _legend(f: _Frame) -> str:
    out = ['<g class="legend">']
    for n, row in enumerate(f.legend_rows):
        y = (2 * n + 1) * f.font
        for x, (shape, cls, text) in row:
            if shape == "circle":
                out.append(f'<circle class="{cls}" cx="{x + 5:.1f}" cy="{y - 0.35 * f.font:.1f}" r="4"/>')
            else:
                out.append(f'<rect class="{cls}" x="{x:.1f}" y="{y - 0.8 * f.font:.1f}" width="10" height="10"/>')
            out.append(f'<text x="{x + 16:.1f}" y="{y:.1f}">{text}</text>')
    out.append("</g>")
    return "".join(out)


def _values(f: _Frame, one: Series, link) -> str:
    top, bottom = f.values
    if not f.valued:
        return (f'<text class="empty" x="{f.layout.width / 2}" y="{(top + bottom) / 2}" text-anchor="middle">'
                '这一序列只有变化率，没有数值</text>')
    y = f.scale(f.value_ticks, f.values, [r.value for r in f.valued])
    right = f.layout.width - f.layout.right
    out = ['<g class="axis">']
    for t in f.value_ticks:
        out.append(f'<line class="grid" x1="{f.left}" x2="{right}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>'
                   f'<text class="tick" x="{f.left - 6}" y="{y(t) + 0.35 * f.font:.1f}" text-anchor="end">{_fmt(t)}</text>')
    # the unit above the axis, clear of the top tick's label
    out.append(f'<text class="unit" x="{f.left - 6}" y="{top - 1.2 * f.font:.1f}" text-anchor="end">'
               f'{escape(one.unit or "")}</text></g>')
    for r in f.valued:  # derived months: bars over the months they cover
        if r.derived:
            x0, x1 = f.x(_month(r.period, end=False) - 0.5) + 2, f.x(_month(r.period) + 0.5) - 2
            y0, y1 = sorted((y(0), y(r.value)))
            out.append(_mark(r, link, f'<rect class="bar derived" x="{x0:.1f}" y="{y0:.1f}" '
                                      f'width="{max(2.0, x1 - x0):.1f}" height="{max(1.0, y1 - y0):.1f}"/>'))
    by_year: dict[str, list[Figure]] = {}  # cumulative figures, one line per year
    for r in f.valued:
        if not r.derived and r.period[5:7] == "01" and r.period[:4] == r.period[8:12]:
            by_year.setdefault(r.period[:4], []).append(r)
    for rows in by_year.values():
        if len(rows) > 1:
            pts = " ".join(f"{f.x(_month(r.period)):.1f},{y(r.value):.1f}" for r in rows)
            out.append(f'<polyline class="line cum" fill="none" points="{pts}"/>')
    for r in f.valued:
        if not r.derived:
            cls = "cum" if r.period[5:7] == "01" else "single"
            out.append(_mark(r, link, f'<circle class="pt {cls}" cx="{f.x(_month(r.period)):.1f}" '
                                      f'cy="{y(r.value):.1f}" r="5"/>'))
    return "".join(out)


def _changes(f: _Frame, link) -> str:
    top, bottom = f.changes_box
    out = [f'<text class="panel" x="{f.left}" y="{top - 0.8 * f.font:.1f}">同比 %</text>']
    if not f.changes:
        return "".join(out)
    y = f.scale(f.change_ticks, f.changes_box, [r.yoy_pct for r in f.changes])
    right = f.layout.width - f.layout.right
    out.append('<g class="axis">')
    for t in f.change_ticks:
        out.append(f'<line class="{"zero" if t == 0 else "grid"}" x1="{f.left}" x2="{right}" '
                   f'y1="{y(t):.1f}" y2="{y(t):.1f}"/><text class="tick" x="{f.left - 6}" '
                   f'y="{y(t) + 0.35 * f.font:.1f}" text-anchor="end">{_signed(t)}</text>')
    out.append("</g>")
    if len(f.changes) > 1:
        pts = " ".join(f"{f.x(_month(r.period)):.1f},{y(r.yoy_pct):.1f}" for r in f.changes)
        out.append(f'<polyline class="line yoy" fill="none" points="{pts}"/>')
    for r in f.changes:
        out.append(_mark(r, link, f'<circle class="pt yoy" cx="{f.x(_month(r.period)):.1f}" '
                                  f'cy="{y(r.yoy_pct):.1f}" r="4"/>'))
    return "".join(out)


def _time_axis(f: _Frame, one: Series) -> str:
    """A tick for each month a figure ends in; under it the period as the table names it
    (`2023年` over `1-6月`), the printed figure's where there is one. Labels that would touch
    their neighbour are left out, the latest kept first."""
    names: dict[int, str] = {}
    for r in sorted(one.records, key=lambda r: not r.derived):  # a printed figure's period wins
        names[_month(r.period)] = period_label(r.period)
    right = f.layout.width - f.layout.right
    out = [f'<line class="axisline" x1="{f.left}" x2="{right}" y1="{f.changes_box[1]:.1f}" y2="{f.changes_box[1]:.1f}"/>']
    kept, edge = [], f.layout.width + float(GAP)
    for month in sorted(names, reverse=True):
        year, rest = names[month].split("年", 1)
        half = max(text_width(year + "年", f.font), text_width(rest, f.font)) / 2
        at = min(max(f.x(month), half), f.layout.width - half)  # inside the drawing
        out.append(f'<line class="axisline" x1="{f.x(month):.1f}" x2="{f.x(month):.1f}" '
                   f'y1="{f.changes_box[1]:.1f}" y2="{f.changes_box[1] + 4:.1f}"/>')
        if at + half + GAP <= edge:
            kept.append(f'<text class="tick" x="{at:.1f}" y="{f.axis + f.font:.1f}" text-anchor="middle">'
                        f'<tspan x="{at:.1f}">{year}年</tspan><tspan x="{at:.1f}" dy="{1.2 * f.font:.1f}">{rest}</tspan></text>')
            edge = at - half
    return "".join(out + kept[::-1])


def svg(one: Series, link, layout: Layout = LAYOUTS[0]) -> Markup:
    """The chart of `one` in `layout`; `link(rec)` is the URL a mark leads to."""
    f = _Frame(one, layout)
    title = f"chart-title-{layout.name}"
    # A group, not an image: its marks are links, and an image holds nothing interactive.
    out = [f'<svg class="chart {layout.name}" viewBox="0 0 {layout.width} {f.height}" role="group" '
           f'aria-labelledby="{title}" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{title}">{escape(one.label)}：累计值、推算单月与同比变化</title>',
           _legend(f), _values(f, one, link), _changes(f, link), _time_axis(f, one), "</svg>"]
    # Every piece above is either a number, a literal or escaped text.
    return Markup("".join(out))


def charts(one: Series, link) -> Markup:
    """The chart in every layout; the stylesheet shows the one that fits the screen."""
    return Markup("").join(svg(one, link, layout) for layout in LAYOUTS)
