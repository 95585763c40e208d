"""Text of the figures: normalisation (full-width digits, line breaks inside numbers), the
patterns of values, percentages and periods, and the year a period falls in.

The first step of search/figures: names.py, prose.py and tables.py read with these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WIDE = str.maketrans("０１２３４５６７８９％．，－＋", "0123456789%.,-+")
_SPACE = re.compile(r"\s+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def normalize(text: str) -> str:
    """Full-width digits and signs as ASCII; whitespace gone except between two Latin letters or
    digits (PDF exports break `203626.35 万美\\n元` across lines)."""
    text = text.translate(_WIDE)

    def keep(m: re.Match) -> str:
        s, e = m.start(), m.end()
        left = m.string[s - 1] if s else ""
        right = m.string[e] if e < len(m.string) else ""
        if _ASCII_WORD.fullmatch(left or "_") and _ASCII_WORD.fullmatch(right or "_"):
            # a number broken across lines (`1-7\n月` never, `2\n3` rarely) stays apart only
            # between letters: digits on both sides are one number broken by the export
            return "" if left.isdigit() and right.isdigit() and "\n" in m.group() else " "
        return ""
    return _SPACE.sub(keep, text).strip()


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_UNITS = sorted("""万亿美元 亿美元 万美元 千美元 美元 万亿元人民币 亿元人民币 万元人民币 元人民币 万亿元 亿元 万元 元
    万亿人民币 亿人民币 亿人次 万人次 亿人 万人 万家 万户 万个 万件 万吨 万台 家 个 人 名 项 件 户 台 套 所 吨
    """.split(), key=len, reverse=True)
_VALUE = re.compile(rf"(?P<num>{_NUM})(?P<unit>{'|'.join(_UNITS)})")
_PCT = re.compile(rf"(?P<num>[-+−]?{_NUM})%")
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_PERIOD = re.compile(
    rf"(?:(?P<y>\d{{4}})年)?(?:今年|本年)?(?:"
    rf"(?P<m1>{_M})(?:月份?)?[-—–~～至到](?P<m2>{_M})月份?(?:累计)?"
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


def _period(m: re.Match, ctx: Context) -> tuple[int, int, int] | None:
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


def _is_table_line(line: str) -> bool:
    """A row of a table left in the text: `|`-separated (Markdown, the parser's cells) or tab-separated."""
    return line.count("|") >= 2 or "\t" in line
