"""Text of the figures: normalisation (full-width digits, line breaks inside numbers), the
patterns of values, percentages and periods, and the year a period falls in.

The first step of search/figures: names.py, prose.py and tables.py read with these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from search import limits
from search import text as whitespace
from search import vocab

__all__ = ["NUM", "PCT", "PERIOD", "UNITS", "VALUE", "Context", "is_table_line", "list_length", "normalize",
           "period_text", "read_period", "SINCE_YEAR", "shared_unit", "spell_out", "to_number", "tokens"]

_WIDE = str.maketrans("０１２３４５６７８９％．，－＋", "0123456789%.,-+")


def normalize(text: str) -> str:
    """Full-width digits and signs as ASCII; whitespace gone except between two Latin letters or
    digits, a number broken across lines joined (PDF exports break `203626.35 万美\\n元`)."""
    text = whitespace.compact(text.translate(_WIDE), across_lines=True)
    return _ARROWS.sub(lambda m: "增长" if m.group() in "↑▲" else "下降", text) if _ARROWS.search(text) else text


# An arrow before a number says its direction (`↑5.2%`, `▼1.3`): the words a change is printed with.
_ARROWS = re.compile(r"[↑▲↓▼](?=\s*[-+]?\d)")


NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# First a rate, a measure per another (`399.1公斤/亩`, `5.2元/吨`); then a multiplier, alone or with a measure of up to three characters, where the clause or the change ends
# (`7792亿千瓦时，`, `600万平方米同比`, `出游人次65.22亿，`, `64.4万项，`, and `21000亿吨公里，`, no 亿吨 then 公里);
# then data/figures.txt [units], longest first; then any count of things by its shape, a multiplier and a
# measure word (3.1亿台, 820万部, 1.6万艘) whether listed or not.
UNITS = (r"[\u4e00-\u9fff]{1,3}/[\u4e00-\u9fff]{1,3}(?=[，,。；;、：:）)\s]|$|同比|比上年|较上年|增长|下降)|"  # 公斤/亩: a rate
         r"(?:万亿|亿|千万|百万|万|千)[\u4e00-\u9fff]{0,3}(?=[，,。；;、：:）)\s]|$|同比|比上年|较上年|增长|下降)|"
         + vocab.alternation(vocab.words("figures", "units")) + "|(?:万亿|亿|千万|百万|万|千)[台部辆吨件个套只架艘块片箱张条双瓶头株]"
         # a unit of data, power or energy in SI letters (a prefix and B, bps, W, Wh, Hz), a multiplier before it,
         # a per-part after it (553.9亿GB, 16.64GB/户·月, 3.2TWh, 100Mbps): never an acronym (`（ITO）`), nor `5G`
         r"|(?:万亿|亿|千万|百万|万|千)?[kKMGTPE](?:B|bps|Wh|W|Hz)(?:/[\u4e00-\u9fffA-Za-z]{1,2}(?:·[\u4e00-\u9fff])?)?"
         r"(?![A-Za-z0-9])")
VALUE = re.compile(rf"(?P<num>{NUM})(?P<unit>{UNITS})(?!百分点)")  # 0.2个百分点 is a change
PCT = re.compile(rf"(?P<num>[-+−]?{NUM})%")
# A year alone is a whole year where the place reported on follows it (`2025年大连市实现…`, `2025年，`).
_PLACES = vocab.alternation(vocab.words("figures", "places") + vocab.words("figures", "regions"))
# ... or where it heads a clause that states a whole year's change or total of what it names
# (`2025年国内生产总值同比增长5%`, `2024年服务贸易总额达7.5万亿元`).
_YEAR_HEADS = (r"[\u4e00-\u9fffA-Za-z（）()]{2,16}?(?:(?:同比|比上年)(?:增长|下降|增加|减少)"
               r"|(?:总值|总额|总量|规模)(?:为|达到?|实现)?\d"
               # `2025年全社会用电量累计103682亿千瓦时`: a name, then its whole-year level with a unit
               rf"|(?:累计|共计)?(?:为|达到?|实现)?{NUM}(?:{UNITS}))"
               # `2024年电动汽车、3D打印机和工业机器人出口分别增长…`: a list's whole-year changes or values
               r"|[\u4e00-\u9fffA-Za-z0-9、（）()“”]{2,30}?(?:同比)?分别(?:增长|下降|增加|减少|为|达到?)")
# ... or where it names a year's statistical bulletin (`发布2025年通信业统计公报`): what the bulletin gives is the year's.
_BULLETIN = r"[\u4e00-\u9fff]{2,16}?统计(?:公报|年报|年鉴)"
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
PERIOD = re.compile(
    rf"(?:(?P<y>\d{{4}})年)?(?:今年|本年)?(?:"
    rf"(?P<m1>{_M})(?:月份?)?(?:[-—–~～至到]|(?<=\d)一(?=\d))(?P<m2>{_M})月份?(?:累计)?"
    rf"|(?P<half>上半年|下半年)"
    # `春节档（2月15日至23日）`, `（1月28日—2月4日）`: days in brackets, the months they fall in
    rf"|[（(](?P<d1>{_M})月\d{{1,2}}日?[-—–~～至到](?:(?P<d2>{_M})月)?\d{{1,2}}日[）)]"
    rf"|(?P<q>前三季度|前两季度|前二季度|第?[一二三四1-4]季度|(?<![A-Za-z])Q[1-4](?![A-Za-z\d]))"
    rf"|截[至止](?P<upto>{_M})月(?:底|末)?"
    rf"|截[至止](?P<ye>\d{{4}})年(?:底|末)"
    rf"|(?<=\d年)(?P<yend>[末底])(?![\u4e00-\u9fff]?月)"  # `2025年末，…资产总计`: a stock at the year's end
    rf"|前(?P<first>{_M}|两)个?月"
    rf"|(?P<single>{_M})月份?(?![\d日号])"
    rf"|(?P<full>全年)"
    rf"|(?<=年)(?=[，,：:]|中国|{_PLACES}|{_YEAR_HEADS}|{_BULLETIN}))")
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
    elif m["d1"]:
        first, last = _month(m["d1"]), _month(m["d2"] or m["d1"])
    elif m["half"]:
        first, last = (1, 6) if m["half"] == "上半年" else (7, 12)
    elif m["q"]:
        if m["q"] in _QUARTERS:
            first, last = _QUARTERS[m["q"]]
        else:
            n = _month(m["q"].strip("第季度Q"))
            first, last = 3 * n - 2, 3 * n
    elif m["upto"]:
        # `截至6月底`: a stock at the month's end (基站总数, 用户数), the month it is counted in
        first = last = _month(m["upto"])
    elif m["ye"] or m["yend"]:  # `截至2025年底`, `2025年末`: a stock at the year's end, counted in its December
        first = last = 12
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
    named = re.search(r"(\d{4})年[\u4e00-\u9fff]{1,6}$", m.string[:m.start()]) if m["d1"] else None
    if named:  # `2025年春节档（1月28日—2月4日）`: the year printed before the name the days are of
        return int(named[1]), first, last
    year = int(m["y"] or m["ye"]) if m["y"] or m["ye"] else ctx.year_for(last)
    if year is None:
        return None
    return year, first, last


def period_text(span: tuple[int, int, int]) -> str:
    year, first, last = span
    return f"{year}-{first:02d}/{year}-{last:02d}"


def is_table_line(line: str) -> bool:
    """A row of a table left in the text: `|`-separated (Markdown, the parser's cells) or tab-separated."""
    return line.count("|") >= 2 or "\t" in line


def _words(section: str) -> str:
    return vocab.alternation(vocab.words("figures", section))


# A count printed before what it counts (`37个服务外包示范城市合计…`, `100个数据集`) is part of a
# name, not a figure: a unit of things (no currency) followed at once by a word that is no change,
# share or connector.
_MONEY = re.compile(r"元|美元|人民币")
_NOT_NOUN = re.compile(rf"(?:{_words('yoy')}|{_words('up')}|{_words('down')}|{_words('share')}"
                       r"|[和及与、以左上下]|同比|环比|分别|次|人次)")


def _counts_a_name(m: re.Match) -> bool:
    after = m.string[m.end():m.end() + 4]
    return not _MONEY.search(m["unit"]) and bool(re.match(r"[\u4e00-\u9fff]", after)) \
        and not _NOT_NOUN.match(after)


_PCT_RANGE = re.compile(rf"(?<![\d.]){NUM}%?\s*(?:[—–~～]|(?<=%)-|(?<=\d)-(?=\d+(?:\.\d+)?%)|至|到)\s*{NUM}%")


def tokens(s: str) -> list[tuple[int, int, str, re.Match]]:
    """(start, end, kind, match) of the periods, values and percentages of a normalised sentence,
    in order; a period's text is no value, a value's number no percentage."""
    found = [(m.start(), m.end(), "period", m) for m in PERIOD.finditer(s) if m.group()]
    taken = bytearray(len(s))  # the characters a token already covers

    def take(a, b):
        taken[a:b] = b"\x01" * (b - a)

    def free(a, b):
        return not any(taken[a:b])
    for a, b, _, _ in found:
        take(a, b)
    for m in _PCT_RANGE.finditer(s):
        take(m.start(), m.end())  # `处于47%-90%的区间`, `增长5%—6%`: a range, no figure printed
    for m in VALUE.finditer(s):
        if free(m.start(), m.end()) and not _counts_a_name(m):
            found.append((m.start(), m.end(), "value", m))
            take(m.start(), m.end())
    found.extend((m.start(), m.end(), "pct", m) for m in PCT.finditer(s) if free(m.start(), m.end()))
    return sorted(found, key=lambda t: t[0])


# The values of a distributive list, from its first: `6095亿元、1228亿元和620亿元`, `下降4.1%、增长11%`.
_ITEM = rf"(?:同比)?(?:{_words('up')}|{_words('down')})?{NUM}(?:{UNITS}|%)"
_RUN = re.compile(rf"{_ITEM}(?:(?:[、，,]|以及|和|及|与){_ITEM})*")


def list_length(m: re.Match) -> int | None:
    """How many values a list prints, counted from its first value `m` (a match on the sentence)."""
    run = _RUN.match(m.string, m.start())
    return len(re.findall(NUM, run.group())) if run else None


SINCE_YEAR = re.compile(r"(?P<y>\d{4})年(?:以来|来|起)")
# `422.3亿、294.4亿、290.7亿元`, `2.34、1.51万亿元`, `10698.1、8836.9亿元`: the values of a list share
# the unit printed last
_UNIT_LIST = re.compile(rf"(?<![\d.])(?:{NUM}(?:万亿|亿|万)?(?:、|和|及|与))+(?P<last>{NUM})(?P<unit>{UNITS})")
_LIST_VALUE = re.compile(rf"(?P<num>{NUM})(?P<part>万亿|亿|万)?(?P<sep>、|和|及|与)")


_LONG_NUMBER = re.compile(r"[\d,.]{%d,}" % (limits.LONGEST_NUMBER + 1))


def mask_long_numbers(s: str) -> str:
    """A run of digits longer than any printed figure (`limits.LONGEST_NUMBER`) masked, character for
    character, so that no offset moves: it is no figure, and the number patterns, tried from each of
    its digits, would take the square of its length."""
    return _LONG_NUMBER.sub(lambda m: "#" * len(m.group()), s)


def shared_unit(s: str) -> str:
    """Each value of a list given the unit its last value prints, where it prints part of it."""
    def whole(run: re.Match) -> str:
        unit = run["unit"]
        def fill(v: re.Match) -> str:
            part = v["part"] or ""
            if not part and "." not in v["num"] + run["last"]:
                return v.group()  # `1、2和3家`, `2、3和5亿元`: whole numbers alone may count something else
            if part and (not unit.startswith(part) or unit == part):
                return v.group()
            return v["num"] + unit + v["sep"]
        return _LIST_VALUE.sub(fill, run.group())
    return _UNIT_LIST.sub(whole, s)


# A note in brackets that says the basis holds on (`同比（下同）增长7.7%`, `1015036亿元（人民币，下同）`):
# no part of a name or a value.
_NOTE = re.compile(r"[（(][^（）()]{0,8}?下同[）)]")
# Ordinals of quarters listed before one `季度` (`一、二、三季度`): each its own quarter. (Not months:
# `1、2月份` is as often January and February together.)
_LISTED_ORDINALS = re.compile(r"(?<![\d.])((?:[一二三四1-4]、)+[一二三四1-4])(?P<w>季度)")


# A rise printed as a multiple (`增长13.7倍`, `同比增加1.5倍`): a change of 1370% and 150%, the year
# before as the base (a level as a multiple of another, `是上年的2.3倍`, is no change and is left).
_TIMES = re.compile(rf"(?P<up>(?:同比|比上年|较上年)?(?:增长|增加|提高|上升|扩大)了?)(?P<num>{NUM})倍(?![数率])")


# A change's basis in English inside a Chinese report (`YoY +5.2%`, `同比(YoY)增长`, `y/y`, `MoM`,
# `year-on-year`): the Chinese word it stands for; a gloss in brackets beside that word adds nothing.
_LATIN_BASIS = re.compile(r"(?<![A-Za-z])(?:(?P<y>[Yy](?:[Oo]|\s*[-/.]\s*[Oo]?\s*[-/.]?\s*)[Yy]|[Yy]ear[- ]?(?:on|over)[- ]?[Yy]ear)"
                          r"|(?P<m>[Mm](?:[Oo]|\s*[-/.]\s*[Oo]?\s*[-/.]?\s*)[Mm]|[Mm]onth[- ]?(?:on|over)[- ]?[Mm]onth))(?![A-Za-z])")
_GLOSS = re.compile(r"(?P<w>同比|环比)?[（(](?P<g>同比|环比)[）)](?P<w2>同比|环比)?")


def _basis(s: str) -> str:
    s = _LATIN_BASIS.sub(lambda m: "同比" if m["y"] else "环比", s)
    return _GLOSS.sub(lambda m: m["g"], s)


_TIMES_NEXT = re.compile(rf"(?<=%)(?P<up>[、和及与]|以及)(?P<num>{NUM})倍(?![数率])")


def _percent(m: re.Match) -> str:
    hundredfold = Decimal(m["num"].replace(",", "")).scaleb(2).normalize()
    return f"{m['up']}{hundredfold:f}%"


# Months listed before one `月` (`9、10月份`): each its own month where the values that follow give
# one each (`分别增长5.1%和6.3%`), as many as the months; else (`1、2月份`) the months together.
_LISTED_MONTHS = re.compile(rf"(?<![\d.、])(?P<ms>(?:{_M}、)+{_M})(?P<w>月份?|季度)(?![\d日号])")


def _months_each(s: str) -> str:
    """`9、10月份，出口分别增长5.1%和6.3%` -> `9月份、10月份出口分别增长…`: the months are the list's names."""
    def each(m: re.Match) -> str:
        months = m["ms"].split("、")
        clause = re.match(r"[，,]?([^，,；;：:。]*?)分别", s[m.end():])
        if not clause or re.search(r"[、和及与]", clause[1]):
            return m.group()  # `1、2月份，出口和进口分别…`: the names listed are what each value is of
        after = m.end() + clause.end()
        run = _RUN.search(s, after)
        if not run or run.start() - after > 6 or len(re.findall(NUM, run.group())) != len(months):
            return m.group()
        return "、".join(n + m["w"] for n in months) + "\x00"
    return _LISTED_MONTHS.sub(each, s).replace("\x00，", "").replace("\x00,", "").replace("\x00", "")


def spell_out(s: str) -> str:
    """A normalised sentence as the patterns read it: a `下同` note dropped, listed quarters each given
    the period word (`一、二、三季度分别增长…` -> `一季度、二季度、三季度分别增长…`), a rise as a
    multiple in percent (`增长13.7倍` -> `增长1370%`)."""
    def each(m: re.Match) -> str:
        return "、".join(n + m["w"] for n in m[1].split("、"))
    s = _NOTE.sub("", s) if "下同" in s else s
    s = _months_each(s) if "分别" in s and "、" in s else s
    if "倍" in s:
        s = _TIMES.sub(_percent, s)
        while (more := _TIMES_NEXT.sub(_percent, s)) != s:  # `分别增长1.5倍和2倍`: the list's next ones
            s = more
    s = _basis(s) if re.search(r"[YyMm]", s) else s
    return _LISTED_ORDINALS.sub(each, s) if "、" in s else s


def to_number(text: str) -> float:
    """A number as printed (`1,234.5`, a minus sign `−`) as a float."""
    return float(text.replace(",", "").replace("−", "-"))
