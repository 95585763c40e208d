"""Tables ruled by level lines only (a rule over the head, one under it, one under the last row: the
way 公文 and typeset reports draw a table), on an OFD page (ofdpage.py's `find_tables`).

pdfplumber's table finder needs upright lines as well; without them such a table would go to the
finder of tables without ruling lines (columns.py), which wants three rows of cells, so a head and
one row of numbers would be read as two lines of text. The rules say it is a table: three or more
level lines of one span, one under the other, with nothing between the first and the last but rows
cut into two cells or more by gaps wider than a character. Its columns part where no word of those
rows stands; each printed row is a row of the table.
"""
from __future__ import annotations

SPAN_SLACK = 3.0  # points: the ends of one table's rules agree within this
MIN_RULES = 3


def booktabs(page) -> list[tuple[list[float], list[float]]]:
    """The (column edges, row edges) of each table ruled by level lines on `page`, for pdfplumber's
    explicit table settings."""
    rules = sorted((ln for ln in page.lines if ln["top"] == ln["bottom"] and ln["x1"] - ln["x0"] > 20),
                   key=lambda ln: ln["top"])
    words = [w for w in page.extract_words() if w["text"].strip()]
    if not words or len(rules) < MIN_RULES:
        return []
    size = sorted(w["bottom"] - w["top"] for w in words)[len(words) // 2]
    found = []
    for run in _runs(rules):
        grid = _grid(run, words, size)
        if grid is not None:
            found.append(grid)
    return found


def _runs(rules: list[dict]) -> list[list[dict]]:
    """Rules of one span, in order down the page (rules of other spans between them aside)."""
    groups: list[list[dict]] = []
    for ln in rules:
        group = next((g for g in groups if abs(g[0]["x0"] - ln["x0"]) <= SPAN_SLACK
                      and abs(g[0]["x1"] - ln["x1"]) <= SPAN_SLACK), None)
        if group is None:
            groups.append([ln])
        elif ln["top"] - group[-1]["top"] > 1:  # a double rule is one
            group.append(ln)
    return [g for g in groups if len(g) >= MIN_RULES]


def _grid(run: list[dict], words: list[dict], size: float):
    """The longest stretch of `run` whose rows between rules are all cut into cells: its edges."""
    best = None
    start = 0
    while start < len(run) - 1:
        end = start
        rows: list[list[dict]] = []
        while end + 1 < len(run):
            between = _rows([w for w in words if run[end]["top"] < (w["top"] + w["bottom"]) / 2 < run[end + 1]["top"]
                             and w["x0"] >= run[0]["x0"] - SPAN_SLACK and w["x1"] <= run[0]["x1"] + SPAN_SLACK])
            if not between or not all(_cells(r, size) >= 2 for r in between):
                break
            rows += between
            end += 1
        if end - start + 1 >= MIN_RULES and (best is None or end - start > best[1] - best[0]):
            best = (start, end, rows)
        start = max(end, start + 1)
    if best is None:
        return None
    start, end, rows = best
    x0, x1 = min(ln["x0"] for ln in run), max(ln["x1"] for ln in run)
    cuts = _cuts([w for r in rows for w in r], size)
    if not cuts:
        return None
    tops = [min(w["top"] for w in r) for r in rows]
    bottoms = [max(w["bottom"] for w in r) for r in rows]
    inner = [(bottoms[k - 1] + tops[k]) / 2 for k in range(1, len(rows))]
    return [x0] + cuts + [x1], sorted({run[start]["top"], run[end]["top"], *inner})


def _rows(words: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        if rows and rows[-1][0]["top"] <= mid <= rows[-1][0]["bottom"]:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _cells(row: list[dict], size: float) -> int:
    row = sorted(row, key=lambda w: w["x0"])
    return 1 + sum(b["x0"] - a["x1"] > size for a, b in zip(row, row[1:]))


def _cuts(words: list[dict], size: float) -> list[float]:
    """Where columns part: the middles of the gaps wider than a character that no word crosses."""
    spans = sorted((w["x0"], w["x1"]) for w in words)
    cuts = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach > size:
            cuts.append((reach + x0) / 2)
        reach = max(reach, x1)
    return cuts
