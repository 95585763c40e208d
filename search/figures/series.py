"""Figures as time series: one name per series, the derived months, and the records stored with the index.

After figures.py (which reads one item at a time), at index time: `build(entries)` takes the printed
figures of every indexed file, gives each series its canonical name (data/figures.txt), adds the
months that two cumulative figures imply, and returns what `figures.json` holds beside the index.
The index's store loads those records (store.load_figures); `select` and `group` serve the CLI and
the web from them: nothing re-parses.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from search import figures as extract
from search import sheets
from search.dates import period
from search.errors import QueryError
from search.model import FIGURE_FIELDS, Figure
from search.text import unspaced

__all__ = ["FIELDS", "FIGURES", "Series", "build", "derive", "group", "key", "select",
           "to_csv"]

FIGURES = "figures.json"
FIELDS = FIGURE_FIELDS  # the record as CONTRACT.md gives it (search.model.Figure)


# --- names -----------------------------------------------------------------------------------

_KEYS: tuple = (None, {})  # (the name data, name -> key): a name's key, computed once


def key(name: str) -> str:
    """What two names of one series have in common: spaces gone, 金额 read as 额, synonyms applied,
    fillers (words restating the report's subject) dropped."""
    global _KEYS
    data = extract.name_data()
    if _KEYS[0] is not data:
        _KEYS = (data, {})
    known = _KEYS[1]
    if name not in known:
        if len(known) > 100_000:  # bounded: names are a few hundred in a real archive
            known.clear()
        known[name] = _key(name, data)
    return known[name]


def _key(name: str, data) -> str:
    k = unspaced(name)
    # `全国固定资产投资` and `固定资产投资`: the reporting place a name opens with (data/figures.txt
    # [places]) is no part of what is counted; the extractor drops it too
    for place in sorted(data.places, key=len, reverse=True):
        if k.startswith(place) and len(k) - len(place) >= 2:
            k = k[len(place):]
            break
    k = k.replace("额金额", "额")
    k = re.sub(r"(?<=.)金额", "额", k)
    for old, new in data.synonyms:
        k = k.replace(old, new)
    for filler in data.fillers:
        k = k.replace(filler, "")
    return k or unspaced(name)


def _tidy(name: str) -> str:
    return re.sub(r"(?<=.)金额$", "额", name.replace("额金额", "额"))


def canonical_names(records: list[Figure]) -> dict[str, str]:
    """key -> the name every figure of that key is shown with: the data file's, else the most
    frequent printed form (ties: the later period's)."""
    names: dict[str, str] = {}
    for canonical, aliases in extract.name_data().indicators.items():
        for name in [canonical, *aliases]:
            names.setdefault(key(name), canonical)
    seen: dict[str, Counter] = defaultdict(Counter)
    latest: dict[tuple[str, str], str] = {}
    for rec in records:
        k = key(rec.indicator)
        if k in names:
            continue
        form = _tidy(rec.indicator)
        seen[k][form] += 1
        latest[(k, form)] = max(latest.get((k, form), ""), rec.period)
    for k, counts in seen.items():
        names[k] = max(counts, key=lambda form: (counts[form], latest[(k, form)], form))
    return names


# --- periods ---------------------------------------------------------------------------------

@lru_cache(maxsize=4096)  # a few hundred periods among the 10,000s of figures of an archive
def _span(period: str) -> tuple[int, int, int, int]:
    """`2023-01/2023-09` -> (2023, 1, 2023, 9)."""
    a, b = period.split("/")
    return int(a[:4]), int(a[5:7]), int(b[:4]), int(b[5:7])


def _decimals(value: float) -> int:
    text = repr(value)
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def series_key(rec: Figure) -> tuple[str, str, str]:
    return rec.indicator, rec.breakdown or "", rec.unit or ""


def derive(records: list) -> list[Figure]:
    """The months two cumulative figures (Figures or records) of a series imply: 1–5月 minus 1–4月 is May.

    Only between printed figures of the same series (indicator, breakdown, unit) and year that both
    run from January; the later minus the earlier, labelled with the months between them (1–7月
    then 1–9月 gives 2023-08/2023-09, never passed off as one month). Percentages are not summed.
    """
    cumulative: dict[tuple, dict[int, dict]] = defaultdict(dict)
    for rec in map(Figure.from_dict, records):
        if rec.derived or rec.value is None or rec.unit in (None, "%"):
            continue
        y1, m1, y2, m2 = _span(rec.period)
        if y1 != y2 or m1 != 1:
            continue
        cumulative[series_key(rec) + (y1,)].setdefault(m2, rec)  # the first printed wins
    out = []
    for skey, by_month in cumulative.items():
        year = skey[-1]
        months = sorted(by_month)
        for before, after in zip(months, months[1:]):
            a, b = by_month[before], by_month[after]
            places = max(_decimals(a.value), _decimals(b.value))
            out.append(Figure(
                file=b.file, item=b.item, issue=b.issue, indicator=b.indicator, breakdown=b.breakdown,
                period=f"{year}-{before + 1:02d}/{year}-{after:02d}",
                value=round(b.value - a.value, places), unit=b.unit, derived=True, basis=[a.item, b.item]))
    return out


# --- the store -------------------------------------------------------------------------------

def build(entries: dict[str, dict]) -> dict:
    """What figures.json holds, from the manifest's file entries (each with its printed figures).

    Series are named once over the whole archive; derived months are added; records are ordered by
    series (in the order reports print them), then period, printed before derived.
    """
    printed: list[Figure] = []
    places: list[int] = []  # each figure's place in its report
    for name in sorted(entries):
        for n, rec in enumerate(entries[name].get("figures", [])):
            # a record read from JSON is a new Figure already; a Figure is copied (names are set below)
            printed.append(Figure.from_dict(rec) if isinstance(rec, dict) else replace(rec))
            places.append(n)
    names = canonical_names(printed)
    aliases: dict[str, set] = defaultdict(set)
    rank: dict[tuple, int] = {}
    for rec, n in zip(printed, places):
        rec.indicator = names[key(rec.indicator)]
        if rec.printed:
            aliases[rec.indicator].add(rec.printed)
        k = series_key(rec)
        rank[k] = min(rank.get(k, n), n)
    records = printed + derive(printed)

    def order(rec):
        y1, m1, y2, m2 = _span(rec.period)
        return (rank.get(series_key(rec), 999), rec.indicator,
                rec.breakdown or "", rec.unit or "", y2, m2, rec.derived, y1, m1)
    records.sort(key=order)
    return {"version": extract.version(), "figures": [r.to_dict() for r in records],
            "aliases": {name: sorted(forms - {name}) for name, forms in sorted(aliases.items())}}




# --- selecting and grouping ------------------------------------------------------------------

def _month_bound(value: str | None, name: str, end: bool) -> str | None:
    if not value:
        return None
    first, last = period(value, name)
    day = last if end else first
    return f"{day.year}-{day.month:02d}"


def select(records: list[dict], indicator: str | None = None, date_from: str | None = None,
           date_to: str | None = None) -> list[dict]:
    """Figures whose indicator, breakdown or printed name contains `indicator`, and whose period
    ends within `date_from`..`date_to` (YYYY, YYYY-MM or YYYY-MM-DD). QueryError for a bad date."""
    start = _month_bound(date_from, "from", end=False)
    stop = _month_bound(date_to, "to", end=True)
    if start and stop and start > stop:
        raise QueryError(f"--from {date_from} is after --to {date_to}", code="date_order", param="from",
                         value=date_from, limit=date_to)
    needle = unspaced(indicator or "").lower()
    out = []
    for rec in records:
        fig = Figure.from_dict(rec)
        last = fig.period.split("/")[1]
        if (start and last < start) or (stop and last > stop):
            continue
        if needle:
            hay = " ".join(x for x in (fig.indicator, fig.breakdown, fig.printed) if x).lower()
            if needle not in hay:
                continue
        out.append(rec)
    return out


@dataclass
class Series:
    """The figures of one indicator, breakdown and unit, in the order of their periods."""

    indicator: str
    breakdown: str | None
    unit: str | None
    records: list[Figure] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Short, stable and URL-safe: the `series` parameter of /figures."""
        raw = f"{self.indicator}\x1f{self.breakdown or ''}\x1f{self.unit or ''}"
        return hashlib.sha1(raw.encode()).hexdigest()[:10]

    @property
    def label(self) -> str:
        name = self.indicator + (f" · {self.breakdown}" if self.breakdown else "")
        return name + (f"（{self.unit}）" if self.unit else "")


def group(records: list) -> list[Series]:
    """Records (or Figures) -> series of Figures, in the order the records come (build() orders
    them by series)."""
    out: dict[tuple, Series] = {}
    for rec in map(Figure.from_dict, records):
        k = series_key(rec)
        if k not in out:
            out[k] = Series(rec.indicator, rec.breakdown, rec.unit)
        out[k].records.append(rec)
    for s in out.values():
        s.records.sort(key=lambda r: (_span(r.period)[2:], r.derived, _span(r.period)[:2]))
    return list(out.values())


# --- output ----------------------------------------------------------------------------------

def number(value) -> str:
    """A number as printed: 53066.0 -> 53066, 11.9 -> 11.9."""
    if value is None:
        return ""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


CSV_COLUMNS = FIELDS + ("printed",)


# The header row in Chinese (`to_csv(…, headers="zh")`, `/figures.csv?headers=zh`), for the readers.
CSV_HEADERS_ZH = {"file": "文件", "item": "资讯编号", "issue": "期号", "indicator": "指标", "breakdown": "细分",
                  "period": "期间", "value": "数值", "unit": "单位", "yoy_pct": "同比（%）", "share_pct": "占比（%）",
                  "derived": "推算", "text": "原文", "printed": "原文指标名"}


def to_csv(records: list[dict], headers: str = "en") -> str:
    """The records as CSV with a header row (`headers`: the field names, or `zh` in Chinese), UTF-8
    with a BOM so that spreadsheets read the Chinese. The issue is written as people name it
    (`2023年第8期`: `2023-08` would become a date in Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([CSV_HEADERS_ZH[n] for n in CSV_COLUMNS] if headers == "zh" else CSV_COLUMNS)
    for rec in records:
        row = []
        for name in CSV_COLUMNS:
            value = rec.get(name)
            if name in ("value", "yoy_pct", "share_pct"):
                row.append(number(value))
            elif name == "derived":
                row.append("true" if value else "false")
            elif name == "issue":
                row.append(sheets.issue_cell(value))
            else:
                row.append(sheets.cell(value))  # never a formula in a spreadsheet
        writer.writerow(row)
    return "\ufeff" + out.getvalue()
