"""Figures in tables: the header row says which column holds the value, the change or the share,
and may carry the unit and the period; the rows name the indicator or the breakdown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.figures.grid import changes_beside, has_number, tidy
from search.figures.names import MEASURE_END, Label, clean_label, lead_indicator, read_label, words
from search.figures.prose import Reader, to_number
from search.figures.rownames import noted_period, of_earlier, of_whole_row, sibling
from search.figures.text import NUM, PERIOD, UNITS, normalize, read_period
from search.model import Figure

__all__ = ["CAPTION_UNIT", "UNIT_LINE", "read_table", "table_rows", "table_text"]

# a unit in brackets: a listed one, or by its shape, a magnitude and one measure word (`（万辆）`, `（千艘）`), or a
# magnitude alone, the head's count in ten-thousands (`周活跃用户数（万）`)
_UNIT_IN = re.compile(rf"[（(](?P<unit>{UNITS}|%|(?:万亿|亿|千万|百万|万|千)[\u4e00-\u9fff]?)[）)]")
_CELL_NUM = re.compile(rf"^(?P<dir>增长|下降|增加|减少)?(?P<num>[-+−]?{NUM})(?P<unit>{UNITS}|%)?$")


def table_rows(body: str) -> list[list[list[str]]]:
    """Tables left in the text: lines of `|`-separated (Markdown) or tab-separated cells."""
    tables, rows = [], []
    for line in body.split("\n"):
        cells = None
        if line.count("|") >= 2:
            stripped = line.strip().strip("|")
            chunks = re.split(r"\|\s*\|(?=[^|]*\|)", stripped) if "||" in stripped else [stripped]
            for chunk in chunks:
                cells = [c.strip() for c in chunk.split("|")]
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                    continue
                rows.append(cells)
            continue
        if "\t" in line:
            rows.append([c.strip() for c in line.split("\t")])
            continue
        if rows:
            tables.append(rows)
            rows = []
    if rows:
        tables.append(rows)
    return tables


@dataclass
class _Column:
    """A value column of a table and the change and share columns that go with it."""

    index: int
    head: str
    period: tuple[int, int, int] | None
    unit: str | None
    yoy: int | None = None
    share: int | None = None
    unit_at: int | None = None  # a column of units (`单位`), one for each row


_YOY_HEAD = re.compile(words("yoy-heads"))
_SHARE_HEAD = re.compile(words("share-heads") + r"|^\s*占[\u4e00-\u9fff]")  # `占比`, or 占 and the whole: `占全国（%）`
_THIS_MONTH = re.compile(r"本月|当月")
# a head of changes that are no figure's: on the period before (`比上月增减`, `环比增长（%）`) or in points
# (`（百分点）`): the model holds a year-on-year change in percent only
_OTHER_CHANGE_HEAD = re.compile(r"百分点|环比|(?:比|较)上(?:月|期|季度?|旬|周)")
# `2024年`, `2025年（预计）`, `2023年度(初步核算)`: a row of a whole year, a note on its number after it
_YEAR_ROW = re.compile(r"(?P<y>\d{4})\s*年度?(?:\s*[（(][^（()）]{1,8}[）)])?")
# a column of units, whatever the head's word (`单位`, `计量单位`, `Unit`); after its period: `截至6月 | 单位` merged
_UNIT_HEAD = re.compile(r"(?:截至|截止|到)?[末底]?(?:计量)?单位|[Uu]nits?|UNITS?")
_UNIT_CELL = re.compile(rf"(?P<unit>{UNITS}|%)")
# a cell under a `单位` head: any short word is the row's unit (`万套`, `万射频模块`), listed or not
_UNIT_WORD = re.compile(r"(?P<unit>[\u4e00-\u9fffA-Za-z/²³]{1,6}|%)")


def _columns(header: list[str], reader: Reader, default_unit: str | None) -> list[_Column]:
    """The value columns a header row names, each with its period (`1-8月`, `本月`, else the
    text's), its unit (`（万美元）` in the header, `单位：…` above) and the change or share column
    that follows it (`本月 | 同比 | 累计 | 同比`)."""
    columns: list[_Column] = []
    row_unit = _UNIT_IN.search(header[0]) or UNIT_LINE.search("".join(header))
    unit_at = None
    # the label column's head may name the period of every column (`指标（前三季度）`, `项目 1-9月`)
    shared = next((m for m in PERIOD.finditer(header[0] if header else "") if m.group()), None)
    shared_period = read_period(shared, reader.ctx) if shared else None
    year_head = _YEAR_ROW.fullmatch(header[0]) if header else None
    if shared_period is None and year_head:  # the label column headed by a year alone: `2024年 | 金额 | 同比`
        shared_period = (int(year_head["y"]), 1, 12)
    for i, cell in enumerate(header):
        if i == 0:
            continue
        if _UNIT_HEAD.fullmatch(PERIOD.sub("", cell)):
            unit_at = i
            continue
        if _OTHER_CHANGE_HEAD.search(cell):
            continue
        if _YOY_HEAD.search(cell) or _SHARE_HEAD.search(cell):
            target = columns[-1] if columns else None
            if target is None:  # no value column before it: `进出口同比（%）` names what changed
                named = _YOY_HEAD.sub("", _SHARE_HEAD.sub("", cell))
                columns.append(target := _Column(0, named if _head_name(named) else "", shared_period or reader.period,
                                                  default_unit))
            if _SHARE_HEAD.search(cell) and not _YOY_HEAD.search(cell):
                target.share = i if target.share is None else target.share
            else:
                target.yoy = i if target.yoy is None else target.yoy
            continue
        m = next((m for m in PERIOD.finditer(cell) if m.group()), None)
        period = read_period(m, reader.ctx) if m else None
        if period is None and _THIS_MONTH.search(cell) and reader.period:
            year, _, last = reader.period
            period = (year, last, last)
        unit = _UNIT_IN.search(cell) or row_unit
        columns.append(_Column(i, cell, period or shared_period or reader.period,
                               unit["unit"] if unit else default_unit))
    for column in columns:
        column.unit_at = unit_at
    return columns


# `单位：亿元` above a table, `注：金额单位为亿美元` under it, `Unit: 亿元`
UNIT_LINE = re.compile(rf"(?:单位|[Uu]nits?)(?:均|为|是|[：:])+\s*(?P<unit>{UNITS}|%)")
# a table's caption that ends in its units in brackets: `表1 1—10月服务贸易（亿元，%）`, `（万美元、%）：`
CAPTION_UNIT = re.compile(rf"[（(](?:单位[：:])?(?P<unit>{UNITS})(?:[,，、;；/]%)?[）)][：:。]?$")


def _cell(row: list[str], index: int | None):
    if index is None or index == 0 or index >= len(row):
        return None
    return _CELL_NUM.match(row[index].replace("％", "%"))


def _row_label(name: str, grouped: bool, columns: list[_Column]) -> Label:
    """What a row's label names: an indicator, or a breakdown of what the columns count."""
    label = read_label(name)
    if grouped and label.breakdown is None and columns and _COUNTED.search(_head_name(columns[0].head)):
        # `进出口（1—7月）金额 | 保税物流`: the column says what is counted, the row by what
        return Label(indicator="", breakdown=clean_label(name))
    if (label.breakdown is None and columns and _COUNTED.search(_head_name(columns[0].head))
            and not _OWN_MEASURE.search(name)
            and ((label.kind is None and not _COUNTED.search(name) and clean_label(name))
                 or (label.indicator and not _COUNTED.search(label.indicator)))):
        # `产品 | 产量 | 单位`, `商品 | 出口额（亿元）` over `电动汽车 | 267.1`: the column says what is
        # counted; a row that names no measure is what the column's measure is broken down by
        return Label(indicator="", breakdown=clean_label(name))
    if label.kind == "line" and label.indicator:
        # `离岸信息技术外包（ITO）执行额`: a row label that is a whole indicator's name
        return Label(indicator=clean_label(name))
    return label


# a row that names a measure of its own by its ending (`发电量`, `原油加工量` in a table of 产量): not a product
_OWN_MEASURE = re.compile(r"[\u4e00-\u9fff](?:量|额|值)$")


def read_table(rows: list[list[str]], reader: Reader, default_unit: str | None = None,
               lead: str = "") -> list[Figure]:
    """Figures of a table of indicator | amount | change (or share): the header row says which
    column is which, and may carry the unit (`金额（万美元）`) and the period (`1-8月`, `本月`).
    A row with no number after a data row is a new header (two tables run together)."""
    rows = changes_beside(_measures_as_rows(_units_last(tidy([[normalize(c) for c in r] for r in rows
                                                               if any(c.strip() for c in r)]))))
    rows, of_row = _period_column(rows, reader)  # before a group column is looked for: it is none
    grouped = _grouped(rows)
    if grouped:
        rows = [r[1:] for r in rows]  # the group column (`贸易方式`, `企业性质`) only sorts the rows
    out: list[Figure] = []
    named = lead_indicator(lead)  # what the sentence before the table counts, if it says
    saved = reader.period
    other = _other_period(rows, lead, reader)
    columns: list[_Column] = []
    before: Label | None = None  # the label of the row before
    totals: list[str] = []  # the rows above that name a whole measure (`进出口`, `出口`)
    wholes: list[str] = []  # the rows above that name a whole indicator (`快递业务量`)
    carried = None  # the period a row above named, for rows below that name none where nothing else does
    for row, own_period in zip(rows, of_row):
        if columns and not any(c.strip() for c in row[1:]):
            before = None  # `限额以上单位主要商品零售情况 | | |`: a heading of the rows below, not a new header
            continue
        if not any(_CELL_NUM.match(c) for c in row[1:]):
            columns = _columns(row, reader, default_unit)
            before = None
            continue
        if not columns or len(row) < 2 or not row[0]:
            continue  # no header row: nothing says what the numbers are
        name = re.sub(r"^(?:其中[：:]?|[-—·•]\s*)", "", row[0])
        lead = PERIOD.match(name)  # `2月当月进出口总值`: a row of its own period
        lead_period = read_period(lead, reader.ctx) if lead and lead.group() and lead.end() < len(name) else None
        if lead_period:
            name = _THIS_MONTH.sub("", name[lead.end():], count=1) if _THIS_MONTH.match(name[lead.end():]) \
                else name[lead.end():]
        lead_period, name = noted_period(name, row[0], reader) or (lead_period, name)
        row_unit = _UNIT_IN.search(name)
        label = of_earlier(sibling(_row_label(_UNIT_IN.sub("", name), grouped, columns), before), totals)
        label = of_whole_row(label, wholes)
        if named and label.breakdown is None and not any(_head_name(c.head) for c in columns) \
                and not MEASURE_END.search(label.indicator):
            label = Label(indicator="", breakdown=clean_label(name))  # `采矿业 | 4.3` under `分门类…增加值增速`
        before = label
        if label.breakdown is None and _COUNTED.fullmatch(label.indicator):
            totals.append(label.indicator)  # a bare measure's name, not a whole indicator (`服务出口`)
        elif label.breakdown is None and label.indicator:
            wholes.append(label.indicator)
        by_period = PERIOD.fullmatch(_UNIT_IN.sub("", name))  # a row of a period: `2024年`, `1-9月`
        row_period = read_period(by_period, reader.ctx) if by_period and by_period.group() else None
        year = _YEAR_ROW.fullmatch(name)
        if year:
            row_period = (int(year["y"]), 1, 12)
        if row_period:
            label = Label(indicator="")  # what is counted is in the column's head
        row_period = own_period or row_period or lead_period
        carried = row_period or carried  # `前三季度国内生产总值` above `社会消费品零售总额`: the period goes on
        for col in columns:
            indicator = label.indicator or _head_name(col.head) or (named if label.breakdown else "")
            if not indicator:
                continue  # a table of markets whose column does not say what is counted
            m = _cell(row, col.index)
            value = to_number(m["num"]) if m else None
            listed = _UNIT_WORD.fullmatch(row[col.unit_at]) if col.unit_at is not None and col.unit_at < len(row) \
                else None
            unit = (m["unit"] if m and m["unit"] else None) or (row_unit["unit"] if row_unit else None) \
                or (listed["unit"] if listed else col.unit)
            if unit and unit != "人民币" and unit.endswith("人民币"):
                unit = unit[:-3]  # `万亿元人民币` (a footnote's `金额单位为万亿元人民币`): the unit is 万亿元, as in the text
            changes = {}
            for role, index in (("yoy_pct", col.yoy), ("share_pct", col.share)):
                c = _cell(row, index)
                if c:
                    number = to_number(c["num"])
                    changes[role] = -abs(number) if c["dir"] in ("下降", "减少") else number
            if value is None and not changes:
                continue
            reader.period = row_period or (other if other and col.period == saved else col.period) or carried
            fig = reader.figure(Label(indicator, label.breakdown, label.kind), value,
                                unit if value is not None else None, " | ".join(row), printed=indicator)
            reader.period = saved
            if fig is not None:
                for role, number in changes.items():
                    setattr(fig, role, number)
                out.append(fig)
    return out


_COUNTED = re.compile(words("measure-heads"))
# the head of a column of amounts that names no indicator: `金额`, `数值`, `总额（亿元）`
_AMOUNT_HEAD = re.compile(r"(?:金额|数值|数额|总额|总量|规模|绝对[值额数]|数量|值|额|Value|value|Amount|amount)")


def _measure_cell(cell: str) -> str | None:
    """What a cell heads, if it is a measure's head: 'value' (`金额（亿元）`), 'change' (`同比（%）`)."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", cell).strip()
    if bare and len(bare) <= 8 and (_YOY_HEAD.search(bare) or _SHARE_HEAD.search(bare)):
        return "change"
    if _AMOUNT_HEAD.fullmatch(bare) or (not bare and _UNIT_IN.search(cell)):
        return "value"
    return None


def _measures_as_rows(rows: list[list[str]]) -> list[list[str]]:
    """A table laid out the other way round, the indicators across the header and the measures down
    the first column (`项目 | 服务进出口 | 服务出口` over `金额（亿元） | …` and `同比（%） | …`), turned
    so that each indicator is a row and each measure a column, as every other table is read."""
    if len(rows) < 2 or any(len(r) != len(rows[0]) for r in rows) or len(rows[0]) < 3:
        return rows
    header, data = rows[0], rows[1:]
    kinds = [_measure_cell(r[0]) for r in data]
    if None in kinds or "value" not in kinds or any(_measure_cell(c) for c in header[1:]) \
            or not all(any(_CELL_NUM.match(c) for c in r[1:]) for r in data) \
            or any(_CELL_NUM.match(c) for c in header[1:]):
        return rows
    data = [r for k, r in sorted(zip(kinds, data), key=lambda kr: kr[0] != "value")]  # amounts before changes
    return [[header[0]] + [r[0] for r in data]] + [[header[j]] + [r[j] for r in data] for j in range(1, len(header))]


def _period_column(rows: list[list[str]], reader: Reader) -> tuple[list[list[str]], list]:
    """A column whose every data cell is a period (`4月份`, `1—4月份`), whatever its head says
    (`期间`, `时间`, `统计期`), beside a column of names: each row's own period. The rows come back
    without it, with the period of each row (None for a header)."""
    data = [r for r in rows if any(_CELL_NUM.match(c) for c in r[1:])]
    width = min((len(r) for r in data), default=0)
    for j in range(width):
        spans = [_period_cell(r[j], reader) for r in data]
        label_at = 1 if j == 0 else 0
        if len(data) < 1 or any(s is None for s in spans) or width < 3:
            continue
        if not all(clean_label(r[label_at]) and not _CELL_NUM.match(r[label_at]) for r in data):
            continue  # the periods are the rows' only names: a table of periods, read as such
        periods = [_period_cell(r[j], reader) if any(r is d for d in data) else None for r in rows]
        return [r[:j] + r[j + 1:] if len(r) > j else r for r in rows], periods
    return rows, [None] * len(rows)


def _own_period(name: str, reader: Reader):
    """The period a row's label opens with (`2月份进出口`), when a name follows it."""
    m = PERIOD.match(re.sub(r"^(?:其中[：:]?|[-—·•]\s*)", "", name))
    return read_period(m, reader.ctx) if m and m.group() and m.end() < len(name) else None


def _other_period(rows: list[list[str]], lead: str, reader: Reader):
    """`前2个月及2月份主要数据如下` over rows of which some open with `2月份`: the rows that name no
    period of their own are of the other period the sentence names."""
    own = {_own_period(r[0], reader) for r in rows if r and has_number(r)} - {None}
    if not own:
        return None
    spans = [read_period(m, reader.ctx) for m in PERIOD.finditer(normalize(lead or "")) if m.group()]
    rest = [s for s in spans if s is not None and s not in own]
    if len(rest) != 1 or not any(s in own for s in spans):
        return None
    return rest[0]


def header_period(rows: list[list[str]], reader: Reader):
    """The one period a table's header names for all its numbers (`5月份指标 | 同比增长（%）`,
    `指标 | 1-5月 | 同比`), else None: what the text after the table speaks of, until it names another."""
    header = next((r for r in rows if any(c.strip() for c in r)), None)
    if header is None or has_number(header):
        return None
    spans = []
    for cell in header:
        m = next((m for m in PERIOD.finditer(normalize(cell)) if m.group()), None)
        if m is not None:
            spans.append(read_period(m, reader.ctx))
    return spans[0] if spans and all(s == spans[0] for s in spans) and spans[0] is not None else None


def _period_cell(cell: str, reader: Reader):
    m = PERIOD.fullmatch(cell.strip())
    return read_period(m, reader.ctx) if m and m.group() else None


def _head_name(head: str) -> str:
    """What a value column's head names, without its period and unit."""
    return clean_label(re.sub(r"[（(]\s*[）)]", "", _UNIT_IN.sub("", PERIOD.sub("", head))))


_LABEL_CELL = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _grouped(rows: list[list[str]]) -> bool:
    """A table whose rows are sorted under a group column before their own label (`分类 | 项目 |
    金额…`, the group cell spanning its rows): every data row holds words in its first two cells."""
    data = [r for r in rows if any(_CELL_NUM.match(c) for c in r[1:])]
    header = next((r for r in rows if r not in data), None)
    if not data or header is None or len(header) < 3 or _UNIT_HEAD.fullmatch(header[1]):
        return False
    return all(len(r) >= 3 and _LABEL_CELL.search(r[1]) and not _UNIT_CELL.fullmatch(r[1])
               and not _CELL_NUM.match(r[1]) for r in data)


def table_text(line: str, tables: list) -> bool:
    """Whether a body line is the text of a table row (the parser keeps cells readable there): the
    row's cells in order and little else. A sentence that states a row's numbers in words
    (`服务进出口总额65844.3亿元，同比增长7.5%`) is prose."""
    flat = normalize(line)
    for rows in tables:
        for row in rows:
            cells = [normalize(c) for c in row if c and c.strip()]
            if len(cells) >= 2:
                at, rest = 0, []
                for cell in cells:
                    found = flat.find(cell, at)
                    if found < 0:
                        break
                    rest.append(flat[at:found])
                    at = found + len(cell)
                else:
                    rest.append(flat[at:])
                    if len(re.findall(r"[\w%]", "".join(rest))) <= 2:
                        return True
    return False


def _units_last(rows: list[list[str]]) -> list[list[str]]:
    """A table whose first column is the rows' units (`单位 | 指标 | 数值`): the unit column moved to
    the end, so the first column names the rows as in any other table."""
    header = next((r for r in rows if not any(_CELL_NUM.match(c) for c in r[1:])), None)
    if header is None or len(header) < 3 or not _UNIT_HEAD.fullmatch(PERIOD.sub("", header[0]).strip()):
        return rows
    return [r[1:] + r[:1] for r in rows]
