"""Text of the figures: normalisation (full-width digits, line breaks inside numbers), the
patterns of values, percentages and periods, and the year a period falls in.

The first step of search/figures: names.py, prose.py and tables.py read with these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search import text as whitespace
from search import vocab

__all__ = ["NUM", "PCT", "PERIOD", "UNITS", "VALUE", "Context", "is_table_line", "normalize", "period_text",
           "read_period"]

_WIDE = str.maketrans("０１２３４５６７８９％．，－＋", "0123456789%.,-+")


def normalize(text: str) -> str:
    """Full-width digits and signs as ASCII; whitespace gone except between two Latin letters or
    digits, a number broken across lines joined (PDF exports break `203626.35 万美\\n元`)."""
    return whitespace.compact(text.translate(_WIDE), across_lines=True)


NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
UNITS = vocab.alternation(vocab.words("figures", "units"))  # data/figures.txt [units], longest first
VALUE = re.compile(rf"(?P<num>{NUM})(?P<unit>{UNITS})(?!百分点)")  # 0.2个百分点 is a change
PCT = re.compile(rf"(?P<num>[-+−]?{NUM})%")
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
PERIOD = re.compile(
    rf"(?:(?P<y>\d{{4}})年)?(?:今年|本年)?(?:"
    rf"(?P<m1>{_M})(?:月份?)?(?:[-—–~～至到]|(?<=\d)一(?=\d))(?P<m2>{_M})月份?(?:累计)?"
    rf"|(?P<half>上半年|下半年)"
    rf"|(?P<q>前三季度|前两季度|前二季度|第?[一二三四1-4]季度)"
    rf"|截至(?P<upto>{_M})月(?:底|末)?"
    rf"|前(?P<first>{_M}|两)个月"
    rf"|(?P<single>{_M})月份?(?![\d日号])"
    rf"|(?P<full>全年)"
    rf"|(?<=年)(?=[，,：:]|全国|我国|中国|全市|我市|全省|我省))")
_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "十一": 11, "十二": 12}
_QUARTERS = {"前三季度": (1, 9), "前两季度": (1, 6), "前二季度": (1, 6)}


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _CN[text]


@dataclass
class Context:
    """What a figure's period needs from the item: the year it reports, and when it was published."""

    year: int | None  # the year the item names (its title), else the issue's
    title_year: bool = False  # the year was printed, not taken from the issue
    published_month: int | None = None  # month of publication, for `今年1-12月` in a January issue
    published_year: int | None = None  # the year: no report speaks of a later one

    def year_for(self, last_month: int) -> int | None:
        """A report of months later than its own publication speaks of the year before."""
        if self.year is None:
            return None
        if not self.title_year and self.published_month and last_month > self.published_month:
            return self.year - 1
        return self.year


def read_period(m: re.Match, ctx: Context) -> tuple[int, int, int] | None:
    """A period match -> (year, first month, last month)."""
    if m["m1"]:
        first, last = _month(m["m1"]), _month(m["m2"])
    elif m["half"]:
        first, last = (1, 6) if m["half"] == "上半年" else (7, 12)
    elif m["q"]:
        if m["q"] in _QUARTERS:
            first, last = _QUARTERS[m["q"]]
        else:
            n = _month(m["q"].strip("第季度"))
            first, last = 3 * n - 2, 3 * n
    elif m["upto"]:
        first, last = 1, _month(m["upto"])
    elif m["first"]:
        first, last = 1, _month(m["first"])
    elif m["single"]:
        first = last = _month(m["single"])
    elif m["full"] or m["y"]:
        first, last = 1, 12
    else:
        return None
    if not 1 <= first <= last <= 12:
        return None
    year = int(m["y"]) if m["y"] else ctx.year_for(last)
    if year is None:
        return None
    return year, first, last


def period_text(span: tuple[int, int, int]) -> str:
    year, first, last = span
    return f"{year}-{first:02d}/{year}-{last:02d}"


def is_table_line(line: str) -> bool:
    """A row of a table left in the text: `|`-separated (Markdown, the parser's cells) or tab-separated."""
    return line.count("|") >= 2 or "\t" in line
