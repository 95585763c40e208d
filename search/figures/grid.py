"""A table's rows as any reader gives them (a Word or HTML table with a merged cell listed once, or
not at all under a cell spanning rows; a PDF table without ruling lines whose heading or row label
wraps onto a second line; OCR'd cells) -> rows in one shape for tables.py: one header row naming
every column, then the data rows.

What is read by shape: a row of changes under each row of values (`全社会用电量（亿千瓦时） | 8096 | 39665` over
`同比增长（%） | 4.4 | 3.4`) becomes a change column beside each value column;
a header printed on two rows (a group heading `1-8月` over `金额` and
`同比（%）`, or `金额（亿` over `元）`) becomes one row, each column's heading the upper part and the
lower; a short fragment on a row of its own under a data row (`…执行` / `额`) ends that row's label.
"""
from __future__ import annotations

import re

from search import vocab
from search.figures.text import NUM, UNITS

__all__ = ["changes_beside", "has_number", "tidy", "unbox"]

_NUMBER = re.compile(rf"^(?:增长|下降|增加|减少)?[-+−]?{NUM}(?:{UNITS}|%)?$")
_OPENING = re.compile(r"^(?:其中|另|注|按|分|从)")


def has_number(row: list[str]) -> bool:
    """A data row: a number in a cell after the first."""
    return any(_NUMBER.match(c.replace("％", "%")) for c in row[1:])


def _spread(upper: list[str], width: int) -> list[str]:
    """An upper heading row with fewer cells than the row below it (a merged cell listed once):
    each heading spans an equal share of the columns, when they divide evenly."""
    if len(upper) >= width or len(upper) < 2 or (width - 1) % (len(upper) - 1):
        return upper + [""] * (width - len(upper))
    span = (width - 1) // (len(upper) - 1)
    return [upper[0]] + [c for c in upper[1:] for _ in range(span)]


def _fill(upper: list[str], lower: list[str]) -> list[str]:
    """A group heading over the columns after it: an empty upper cell over a lower heading takes the
    heading to its left, when that one stands over a lower heading too (`1-8月` over `金额 | 同比`)."""
    out = list(upper)
    for i in range(2, len(out)):
        if not out[i] and i < len(lower) and lower[i] and out[i - 1] and lower[i - 1]:
            out[i] = out[i - 1]
    return out


def _merge_header(upper: list[str], lower: list[str]) -> list[str]:
    width = max(len(upper), len(lower))
    upper = _fill(_spread(upper, width), lower)
    lower = lower + [""] * (width - len(lower))
    head = upper[0] or lower[0]
    return [head] + [a + b if a != b else a for a, b in zip(upper[1:], lower[1:])]


def _continues_header(row: list[str], header: list[str]) -> bool:
    """The second row of a two-row header: no label of its own (or the header's, a cell merged down)."""
    return any(row[1:]) and (not row[0] or row[0] == header[0])


_MEASURE_TAIL = re.compile(r"(?:额|收入|值|量|数|率|口|[）)])$")


def _wrapped_label(row: list[str]) -> bool:
    """A fragment of the row label above (`额` under `离岸信息技术外包（ITO）执行`): one or two
    characters alone in the label cell that end a measure's name, nothing under the value columns
    (a row `其他` with no numbers is a row of its own)."""
    label = row[0].strip() if row else ""
    return 0 < len(label) <= 2 and bool(_MEASURE_TAIL.search(label)) and not _OPENING.match(label) \
        and not any(_NUMBER.match(c) or c in ("—", "-", "－") for c in row[1:] if c)


# a row label that is only the head of a change or a share (`同比增长（%）`, `　±%`, `占比`): no name of its own
_ROLE_ONLY = re.compile(r"(?:比上年|比上月|同比|环比)?(?:{})?(?:[（(]\s*%\s*[）)]|%)?".format(
    vocab.alternation(vocab.words("figures", "yoy-heads") + vocab.words("figures", "share-heads"))))


def _role_row(row: list[str]) -> bool:
    label = re.sub(r"[\s\u3000]+", "", row[0]) if row else ""
    return bool(label) and bool(_ROLE_ONLY.fullmatch(label)) and has_number(row)


def changes_beside(rows: list[list[str]]) -> list[list[str]]:
    """A table whose rows of values are each followed by a row of their changes (or shares), labelled by
    the change's head alone (`　同比增长（%）`): each change row becomes columns beside the values it
    follows, headed by its label, as a table printed across is read. Other tables come back as they were."""
    if not any(_role_row(r) for r in rows):
        return rows
    out: list[list[str]] = []
    header_at = None
    role = ""
    for row in rows:
        if _role_row(row):
            if not out or header_at is None or not has_number(out[-1]) or len(out[-1]) != 2 * len(row) - 1:
                return rows  # not under a row of values: leave the table be
            role = role or row[0].strip()
            values = out[-1]
            out[-1] = [values[0]] + [c for j in range(1, len(row)) for c in (values[2 * j - 1], row[j])]
            continue
        if has_number(row):
            out.append([row[0]] + [c for v in row[1:] for c in (v, "")])
            continue
        out.append(row)
        header_at = len(out) - 1
    if header_at is None or not role:
        return rows
    for i, row in enumerate(out):  # each header gets the change's head beside each of its columns
        if not has_number(row):
            out[i] = [row[0]] + [c for h in row[1:] for c in (h, role)]
    return out


def tidy(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the header on one row and wrapped row labels joined (see the module's text)."""
    out: list[list[str]] = []
    header_at: int | None = None  # the index in out of the header being read, until a data row
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row = [c.strip() for c in row]
        if not any(row):
            continue
        if header_at is not None and len(row) == width - 1 and not has_number([""] + row):
            row = [""] + row  # under a label cell spanning two header rows (rowspan), listed once
        if has_number(row):
            out.append(row)
            header_at = None
            continue
        if out and header_at is None and has_number(out[-1]) and _wrapped_label(row):
            out[-1] = [out[-1][0] + row[0]] + out[-1][1:]
            continue
        if header_at is not None and _continues_header(row, out[header_at]):
            out[header_at] = _merge_header(out[header_at], row)
            continue
        out.append(row)
        header_at = len(out) - 1
    return out


# A table drawn with box-drawing characters (`┌─┬─┐`, `│ a │ b │`, `╔═╗`, `┃`): its rules carry no
# text, its vertical strokes part the cells. A reader that joins the lines of a paragraph leaves its
# rows run together (`│a│1.2││b│3.4│`), the stroke closing one row against the one opening the next.
_BAR = "│┃║╎╏┆┇┊┋"
_DRAWN = re.compile(r"[\u2500-\u257f]")
_RULE_LINE = re.compile(r"^[\s\u2500-\u257f+=-]+$")


def unbox(text: str) -> str:
    """Text with each box-drawn table row as a line of `|`-parted cells and its rules dropped; the
    prose that shares a line with the table on lines of its own."""
    if not _DRAWN.search(text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if _DRAWN.search(line) and _RULE_LINE.match(line):
            continue  # `├────┼────┤`, `└──┴──┘`
        bars = [i for i, c in enumerate(line) if c in _BAR]
        if len(bars) < 2:
            out.append(line)
            continue
        before, table, after = (_DRAWN.sub("", line[:bars[0]]), line[bars[0]:bars[-1] + 1],
                                _DRAWN.sub("", line[bars[-1] + 1:]))
        if before.strip():
            out.append(before.rstrip())
        table = "".join(c for c in table if c in _BAR or not _DRAWN.match(c))  # rules run in
        for row in re.split(rf"[{_BAR}](?=[{_BAR}])", table):
            row = row[1:] if row[:1] in _BAR else row
            row = row[:-1] if row[-1:] in _BAR else row
            cells = [c.strip() for c in re.split(rf"[{_BAR}]", row)]
            if any(cells):
                out.append("| " + " | ".join(cells) + " |")
        if after.strip():
            out.append(after.strip())
    return "\n".join(out)
