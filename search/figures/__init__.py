"""The figures of the statistics reports (数据月报): every printed number of an item as a record.

Sits beside parse, before index: takes parsed Items (their text, and their tables where the reader
kept them) and gives one Figure (search.model) per printed number, a record of CONTRACT.md (`figures --json`), with the
name as printed. series.py gives each series its canonical name and adds the derived months over
the whole archive when the index is written; nothing here reads the disk but `data/figures.txt`.

How a sentence is read: its periods (`1-9月`, `上半年`, `前三季度`, `9月份` …), values with a unit
(`53066万美元`) and percentages are found in order. A value's label is the text since the previous
anchor; from the label come the breakdown (a market, a kind of enterprise, a business line) and the
indicator. A percentage after a value is its YoY change (同比增长/下降, signed) or its share (占比).
Lists are distributive: `依次是日本、荷兰、新加坡，分别是A、B、C，同比分别增长x、增长y、下降z` gives
the n-th name the n-th value and the n-th change. A change printed with no value
(`软件业务收入增幅为17.8%`) is a figure whose value is null; nothing is invented.
"""
from __future__ import annotations

import re

from search.figures.generic import named_by_report
from search.figures.grid import unbox
from search.figures.names import VERSION, name_data, version
from search.figures.prose import Reader, sentences
from search.figures.restated import drop_restated
from search.figures.sentences import paragraphs, within
from search.figures.summed import parts_of_sum
from search.figures import traditional
from search.figures.tables import CAPTION_UNIT, UNIT_LINE, header_period, read_table, table_rows, table_text
from search.figures.text import PERIOD, Context, is_table_line, normalize, read_period
from search.model import Figure
from search.parse.sectionname import listed_section, section_kind

__all__ = ["VERSION", "extract_issue", "extract_item", "is_report", "name_data", "normalize", "read_item",
           "version"]


def _context(item) -> Context:
    title_year = re.search(r"(\d{4})\s*年", item.title or "")
    pub = item.issue.date
    published = int(pub[5:7]) if pub else item.issue.number
    published_year = int(pub[:4]) if pub else item.issue.year  # the date printed, where there is one
    if title_year:
        return Context(int(title_year[1]), True, published, published_year)
    return Context(item.issue.year, False, published, published_year)


def extract_item(item) -> tuple[list[dict], float]:
    """The printed figures of one item as records (CONTRACT.md), and the share of its sentences
    that carry one."""
    figures, density = read_item(item)
    return [f.to_dict() for f in figures], density


def read_item(item) -> tuple[list[Figure], float]:
    """The printed figures of one item, and the share of its sentences that carry one."""
    ctx = _context(item)
    base = {"file": item.file, "item": item.id, "issue": item.issue.key}
    title_period = None
    if item.title:
        m = next((m for m in PERIOD.finditer(normalize(item.title)) if m.group()), None)
        title_period = read_period(m, ctx) if m else None
        if title_period is None and ctx.title_year and ctx.published_year and ctx.year < ctx.published_year:
            # `2025年高技术制造业增加值增长9.4%` in an issue of 2026: a year named alone, and over, is the year
            title_period = (ctx.year, 1, 12)
    reader = Reader(ctx, base, None)
    tables = list(getattr(item, "tables", None) or [])
    body = unbox(item.body)  # a table drawn with box-drawing characters: rows of `|`-parted cells
    lines = body.split("\n")
    in_table = [is_table_line(line) or bool(tables and table_text(line, tables)) for line in lines]
    prose = "\n".join(line for line, t in zip(lines, in_table) if not t)
    if not tables:
        tables = table_rows(body)
    # The period of a figure is the last one printed before it; a report that prints none
    # before its first figure speaks of the period its title names.
    first = next((m for m in PERIOD.finditer(normalize(prose)) if m.group()), None)
    reader.period = None if first else title_period
    at_tables, leads = [], []  # the period in force where each table stands, the sentence before it
    for k, (chunk, table_follows) in enumerate(_prose_chunks(lines, in_table)):
        before = len(at_tables) - 1  # the table this chunk follows, if any
        shown = header_period(tables[before], reader) if k and 0 <= before < len(tables) else None
        if shown is not None:
            reader.period = shown  # `5月份指标 | 同比`: the text after the table speaks of its period
        said = _read_paragraphs(reader, chunk)
        if table_follows:
            at_tables.append(reader.period)
            leads.append(said[-1] if said else "")
    figures = list(reader.figures)
    if reader.period is None:
        reader.period = title_period
    after = reader.period
    unit_line = UNIT_LINE.search(normalize(prose))  # `单位：亿元` printed above a table
    said = list(figures)
    for i, rows in enumerate(tables):
        # a table speaks of the period printed before it (`上半年…主要指标见下表`), not of one the
        # text names after it (`6月份当月…`); with none before it, of the text's
        reader.period = (at_tables[i] if i < len(at_tables) else None) or after
        lead = leads[i] if i < len(leads) else ""
        caption = CAPTION_UNIT.search(normalize(lead).strip())  # `表1 …（亿元，%）` just above the table
        unit = caption["unit"] if caption else unit_line["unit"] if unit_line else None
        read = read_table(rows, reader, default_unit=unit, lead=lead)
        named_by_report(read, said)  # `收入（亿元）` under a report on 互联网业务收入
        parts_of_sum(read, said)  # `同城 | 157.9`, `异地 | 1789.4`, … adding up to the text's 快递业务量1989.5亿件
        figures.extend(fig for fig in read if not _repeats(fig, said))
    reader.period = after
    density = reader.with_figures / reader.sentences if reader.sentences else (1.0 if figures else 0.0)
    return _shares_joined(figures), density


def _shares_joined(figures: list[Figure]) -> list[Figure]:
    """A share said alone (`其中，云计算、大数据服务收入占信息技术服务收入的17.0%`) of a figure printed
    elsewhere in the item (a table's row of the same name and period, without a share) is that figure's
    share, not a figure of its own; so is the share of a table's row said by the row's label, of the
    table's measure (`文化服务业占…营业收入的比重为54.7%` after the row `文化服务业 | 18569` of 营业收入), or by the
    label and the end of that measure (`移动游戏收入占…`, the row `移动游戏` of 实际销售收入)."""
    kept = list(figures)
    for fig in figures:
        if fig.share_pct is None or fig.value is not None or fig.yoy_pct is not None:
            continue
        same = [f for f in kept if f is not fig and f.share_pct is None and f.value is not None
                and (f.indicator, f.breakdown, f.period) == (fig.indicator, fig.breakdown, fig.period)]
        same = same or [f for f in kept if f is not fig and f.share_pct is None and f.value is not None
                        and fig.breakdown is None and f.breakdown == fig.indicator and f.period == fig.period
                        and f.indicator in (fig.text or "")]
        # `移动游戏收入占…的73.29%` after the row `移动游戏 | 2570.76` of 实际销售收入: the row's label, then the
        # end of the measure it counts
        same = same or [f for f in kept if f is not fig and f.share_pct is None and f.value is not None
                        and fig.breakdown is None and f.breakdown and f.period == fig.period
                        and fig.indicator.startswith(f.breakdown) and len(fig.indicator) - len(f.breakdown) >= 2
                        and f.indicator.endswith(fig.indicator[len(f.breakdown):])]
        # `文化服务业占规模以上文化企业营业收入的比重为54.7%` read as that measure by 文化服务业: the row
        # `文化服务业` of 营业收入, the measure the whole ends in
        same = same or [f for f in kept if f is not fig and f.share_pct is None and f.value is not None
                        and fig.breakdown is not None and f.breakdown == fig.breakdown and f.period == fig.period
                        and len(f.indicator) >= 2 and fig.indicator.endswith(f.indicator)]
        if len(same) == 1:
            same[0].share_pct = fig.share_pct
            kept.remove(fig)
    return kept


def _read_paragraphs(reader: Reader, chunk: str) -> list[str]:
    """Read a chunk of text paragraph by paragraph; its sentences, as printed. A sentence that names a part
    of the period in force (`1—5月，…增长11.1%。5月份，…增长10.2%。`: the month closing the span) and gives
    changes only is an aside: its paragraph goes on in that part, the next paragraph (or the table after
    it) speaks of the whole span again."""
    said: list[str] = []
    for para in paragraphs(chunk):
        whole = None
        for sentence in sentences(para):
            before, count = reader.period, len(reader.figures)
            reader.read(sentence)
            said.append(sentence)
            new = reader.figures[count:]
            if before is not None and reader.period != before and within(reader.period, before) \
                    and new and all(f.value is None for f in new):
                whole = before
        if whole is not None and reader.period is not None and within(reader.period, whole):
            reader.period = whole
    return said


def _repeats(fig: Figure, said: list[Figure]) -> bool:
    """Whether a table row repeats a figure the text already stated (the same period, value and
    unit, no other change or share): the text's figure takes what the row adds, the row is no new one."""
    if fig.value is None:
        return False
    for old in said:
        if (old.period, old.value, old.unit) != (fig.period, fig.value, fig.unit):
            continue
        if all(getattr(old, k) is None or getattr(fig, k) is None or getattr(old, k) == getattr(fig, k)
               for k in ("yoy_pct", "share_pct")):
            for k in ("yoy_pct", "share_pct"):
                if getattr(old, k) is None:
                    setattr(old, k, getattr(fig, k))
            return True
    return False


def _prose_chunks(lines: list[str], in_table: list[bool]):
    """The text between the tables, each chunk with whether a table follows it."""
    chunk: list[str] = []
    for i, (line, table) in enumerate(zip(lines, in_table)):
        if table:
            if chunk or i == 0 or not in_table[i - 1]:
                yield "\n".join(chunk), True
            chunk = []
        else:
            chunk.append(line)
    if chunk:
        yield "\n".join(chunk), False


def _data_section(name: str | None) -> bool:
    """Whether a section holds the statistics reports (its name read without an ordinal: section_kind)."""
    return section_kind(name) == "data"


def is_report(item, figures: list[Figure], density: float) -> bool:
    """A statistics report: its section says so (数据月报, 统计数据), or figures fill its sentences."""
    if _data_section(item.section):
        return True
    if listed_section(item.section):
        return False  # a story under a section the briefing names for stories (行业资讯, 会员风采, 协会动态)
    if getattr(item, "source", None):
        return False  # a story from an outlet (（来源：…）), however many numbers it quotes
    # A news story quotes a few numbers among its sentences; a report states one in nearly every
    # sentence, and with it the change or share (measured on the archive: stories 0.64 at most).
    changed = sum(1 for f in figures if f.yoy_pct is not None or f.share_pct is not None)
    return len(figures) >= 3 and density >= 0.75 and changed >= 0.75 * len(figures)


_PCT_IN = re.compile(r"\d\s*[%％]")


def _may_be_report(item) -> bool:
    """Cheap first look (most items are news): a report has a percentage in most sentences."""
    if _data_section(item.section) or getattr(item, "tables", None):
        return True
    sentences = [p for p in re.split(r"[。！？\n]", item.body) if p.strip()]
    with_pct = sum(1 for p in sentences if _PCT_IN.search(p))
    return with_pct >= max(3, 0.6 * len(sentences))


def extract_issue(issue) -> list[dict]:
    """The printed figures of every statistics report in a parsed issue, in document order."""
    out: list[Figure] = []
    for printed in issue.items:
        copy = traditional.simplified_copy(printed)  # `同比增長`, `億件`: read as the words are written here
        item = copy or printed
        if not _may_be_report(item):
            continue
        figures, density = read_item(item)
        if figures and is_report(item, figures, density):
            out.extend(traditional.as_printed(figures, printed, copy) if copy else figures)
    return [f.to_dict() for f in drop_restated(out)]
