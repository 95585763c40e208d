"""The figures of the statistics reports (数据月报): every printed number of an item as a record.

Sits beside parse, before index: takes parsed Items (their text, and their tables where the reader
kept them) and gives one dict per figure in the shape of CONTRACT.md (`figures --json`), with the
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

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["VERSION", "extract_item", "extract_issue", "name_data", "normalize"]

DATA_FILE = "figures.txt"
_CODE_VERSION = "1"

# --- the data file --------------------------------------------------------------------------


@dataclass(frozen=True)
class NameData:
    """The sections of data/figures.txt."""

    indicators: dict[str, list[str]]  # canonical -> printed aliases
    synonyms: list[tuple[str, str]]
    fillers: list[str]
    breakdowns: dict[str, str]  # printed form -> canonical
    places: list[str]
    markets: list[str]
    digest: str


@lru_cache(maxsize=1)
def name_data() -> NameData:
    text = resources.files("search").joinpath("data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    indicators: dict[str, list[str]] = {}
    for line in sections.get("indicators", []):
        name, _, aliases = line.partition("=")
        indicators[name.strip()] = [a.strip() for a in aliases.split(",") if a.strip()]
    synonyms = []
    for line in sections.get("synonyms", []):
        old, _, new = line.partition("->")
        synonyms.append((old.strip(), new.strip()))
    synonyms.sort(key=lambda p: -len(p[0]))
    breakdowns: dict[str, str] = {}
    for line in sections.get("breakdowns", []):
        name, _, forms = line.partition("=")
        name = name.strip()
        for form in [name] + [f.strip() for f in forms.split(",") if f.strip()]:
            breakdowns[form] = name
    return NameData(indicators, synonyms, sections.get("fillers", []), breakdowns,
                    sorted(sections.get("places", []), key=len, reverse=True),
                    sorted(sections.get("markets", []), key=len, reverse=True),
                    hashlib.sha256(text.encode()).hexdigest()[:12])


def version() -> str:
    """Changes when the extractor or its data file changes: stored figures of another version are rebuilt."""
    return f"{_CODE_VERSION}-{name_data().digest}"


VERSION = _CODE_VERSION  # the code's part; version() adds the data file's

# --- text ------------------------------------------------------------------------------------

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
    published_year: int | None = None  # the issue's year: no report speaks of a later one

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


# --- labels: breakdown and indicator -------------------------------------------------------

_SEPARATORS = re.compile(r"[，,：:；;]")
_DISCOURSE = re.compile(r"^(?:其中|另外|此外|同时|而|与此同时|总体来看|具体来看|从\S{1,8}?看)")
_LEAD = re.compile(r"^(?:累计|共计|合计|总计|实现|完成|共)")
_TRAIL = re.compile(r"(?:分别)?(?:为|是|达到|达|约|超过|超|近|逾|突破|共计|合计|累计|实现|完成)+$")
_CONNECTORS = re.compile(r"[\s、，,；;和及与以及。]")
_ONE_BY_ONE = re.compile(r"^(?:同比)?分别(?:是|为|达到|达)?$")
_BREAK_ENDS = re.compile(r"(?:沿线)?(?:国家和地区|国家|成员国|地区|市场)")
_ABBR = re.compile(r"^(?:离岸|在岸)?[\u4e00-\u9fff]{2,12}?[（(](?P<b>[A-Z]{2,6})[）)]")
_BLOC = re.compile(r"^(?:对)?[“\"‘']?(?P<b>[A-Z]{2,8}|[\u4e00-\u9fff]{2,6}?)[”\"’']?(?:沿线)?(?:国家和地区|国家|成员国)")
_QUOTES = "“”\"‘’'《》"
_BARE = re.compile(r"^(?:(?:合同)?(?:签约|执行)?(?:金)?额|出口额?|进口额?|进出口(?:总)?额?)$")
_MEASURE_TAIL = re.compile(r"(?:(?:合同)?(?:签约|执行)?(?:金)?额(?:[（(][^）)]*[）)])?|(?:进出口|出口|进口)(?:总)?额?)$")
_MEASURE_END = re.compile(
    r"(?:离岸|在岸)?(?:服务外包)?(?:接包)?(?:合同)?(?:签约|执行|进出口|出口|进口|营业|业务)?(?:总)?"
    r"(?:金额|额|收入|利润|产值|增加值|规模)$")


@dataclass
class Label:
    """What a label says: the breakdown (and its kind) and the indicator."""

    indicator: str
    breakdown: str | None = None
    kind: str | None = None  # market, enterprise, line
    reset: bool = False  # names the reporting place: a total, not the breakdown before


def _strip_places(text: str) -> tuple[str, bool]:
    data = name_data()
    found = False
    changed = True
    while changed:
        changed = False
        for place in data.places:
            if text.startswith(place) and len(text) > len(place):
                text, found, changed = text[len(place):], True, True
        for filler in ("企业承接", "承接", "企业"):
            if text.startswith(filler) and len(text) > len(filler) + 1 and found:
                text, changed = text[len(filler):], True
    return text, found


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern, re.Pattern]:
    """One pattern for the markets and one for the kinds of enterprise, longest names first."""
    data = name_data()
    markets = "|".join(re.escape(m) for m in data.markets)
    forms = "|".join(re.escape(f) for f in sorted(data.breakdowns, key=len, reverse=True))
    return (re.compile(rf"^(?:对)?[“\"‘']?(?P<name>{markets})[”\"’']?"),
            re.compile(rf"^(?P<name>{forms})"))


def breakdown_of(text: str) -> tuple[str | None, str | None, str]:
    """(breakdown, kind, rest) for a name or label beginning with a market, enterprise or line."""
    data = name_data()
    markets, enterprises = _name_patterns()
    t = text.lstrip(_QUOTES)
    m = re.match(r"^(?:对)?[“\"‘']?一带一路[”\"’']?(?:沿线)?(?:国家和地区|国家|地区)?", text)
    if m:
        return "一带一路", "market", text[m.end():]
    m = markets.match(text)
    if m:
        rest = text[m.end():]
        m2 = _BREAK_ENDS.match(rest)
        return m["name"], "market", rest[m2.end():] if m2 else rest
    m = _BLOC.match(text)
    if m:
        return m["b"], "market", text[m.end():]
    m = enterprises.match(t)
    if m:
        return data.breakdowns[m["name"]], "enterprise", t[m.end():]
    m = _ABBR.match(t)
    if m:
        return m["b"], "line", t[m.end():]
    return None, None, text


def _clean(text: str) -> str:
    text = _PERIOD.sub("", text) if _PERIOD.search(text) else text
    text = _DISCOURSE.sub("", text)
    for _ in range(2):
        text = _LEAD.sub("", text)
        text = _TRAIL.sub("", text)
    return text.strip(_QUOTES + "的 ")


def read_label(text: str) -> Label:
    """A value's label (the text before it in its clause) -> breakdown and indicator."""
    text = _clean(text)
    text, reset = _strip_places(text)
    breakdown, kind, rest = breakdown_of(text)
    rest = _clean(rest.lstrip("的"))
    if breakdown is not None:
        rest, _ = _strip_places(rest)
        if kind == "market" and rest.startswith("离岸"):
            rest = rest[2:]  # offshore by definition
    return Label(indicator=rest, breakdown=breakdown, kind=kind, reset=reset)


def _list_name(name: str) -> tuple[str, str | None]:
    """One name of a distributive list -> (breakdown, kind)."""
    name = _clean(name)
    name, _ = _strip_places(name)
    breakdown, kind, rest = breakdown_of(name)
    if breakdown is not None and not _clean(rest):
        return breakdown, kind
    return name.strip(_QUOTES), kind


_LIST_HEAD = re.compile(
    r"^(?P<ind>.*?)(?:(?:排名|排在)?前[\d一二三四五六七八九十]+(?:位|名)?的?(?:国家和地区|国家|地区|市场|企业)?)?"
    r"(?:依次|分别)?(?:是|为|有|包括)(?P<names>[^是为]+、.+)$")


def read_list(text: str) -> tuple[Label, list[tuple[str, str | None]]]:
    """A distributive list's label -> the shared indicator and the names in order.

    Either the indicator comes first (`接包执行金额前三的依次是日本、荷兰、新加坡`) or the names do,
    the indicator after the last (`信息技术外包（ITO）、业务流程外包（BPO）和知识流程外包（KPO）执行额`).
    """
    text = _clean(text)
    m = _LIST_HEAD.match(text)
    if m:
        label = read_label(m["ind"])
        parts = re.split(r"、|(?:和|及|与)(?=[^、]*$)", m["names"])
        return label, [_list_name(p) for p in parts if p]
    parts = re.split(r"、", text)
    last = parts[-1]
    tail = re.split(r"(?:和|及|与|以及)", last)
    if len(tail) > 1 and all(tail):
        parts = parts[:-1] + ["".join(tail[:-1]), tail[-1]]
        last = parts[-1]
    # split the last name from the indicator that follows it
    cut = None
    if "）" in last or ")" in last:
        cut = max(last.rfind("）"), last.rfind(")")) + 1
    else:
        _, _, rest = breakdown_of(last)
        if rest != last:
            cut = len(last) - len(rest)
        else:
            m = _MEASURE_END.search(last)
            cut = m.start() if m and m.start() > 0 else None
    if cut is None or cut >= len(last):
        return Label(indicator=""), [_list_name(p) for p in parts]
    parts[-1] = last[:cut]
    label = Label(indicator=_clean(last[cut:]))
    names = [_list_name(p) for p in parts]
    label.kind = names[0][1] if names else None
    if label.kind == "market" and label.indicator.startswith("离岸"):
        label.indicator = label.indicator[2:]
    return label, names


# --- sentences -------------------------------------------------------------------------------

_YOY_WORDS = re.compile(r"同比|比上年|较上年|比去年|较去年|与上年|上年同期|去年同期|同期")
_UP = re.compile(r"增长|增加|上升|提高|上涨|增幅|增速|提升|扩大")
_DOWN = re.compile(r"下降|减少|降低|下滑|回落|降幅|负增长|萎缩|下跌|收窄")
_SHARE = re.compile(r"占比|比重|份额|占")
_FORECAST = re.compile(r"预计|预测|有望|目标|力争|到\d{4}年|将(?:达|超|突破|增长)")
_NOISE = re.compile(r"同比|比上年|较上年|比去年|较去年|与上年|上年|去年|同期|相比|增长|增加|上升|提高|上涨|增幅|增速|"
                    r"提升|扩大|下降|减少|降低|下滑|回落|降幅|负增长|萎缩|下跌|分别|依次|是|为|达到|达|了|约|"
                    r"幅度|超过|超|近|逾|[、，,；;和及与。（）()\s]")


def _direction(text: str) -> int | None:
    ups = [m.end() for m in _UP.finditer(text)]
    downs = [m.end() for m in _DOWN.finditer(text)]
    if not ups and not downs:
        return None
    return 1 if max(ups, default=-1) > max(downs, default=-1) else -1


def _number(text: str) -> float:
    return float(text.replace(",", "").replace("−", "-"))


@dataclass
class _Sentence:
    """Reading state within one sentence."""

    figures: list[dict] = field(default_factory=list)
    group: list[dict] = field(default_factory=list)  # the values of the current distributive list
    names: list[tuple[str, str | None]] = field(default_factory=list)
    list_label: Label | None = None
    pct_queue: list[dict] = field(default_factory=list)
    pct_kind: str | None = None
    sign: int | None = None


_ENDS = "。！？!?；;：:"


def _join(a: str, b: str) -> str:
    """Two pieces of one sentence broken across lines: a space only between Latin letters."""
    a, b = a.rstrip(), b.lstrip()
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


def _lines(body: str) -> list[str]:
    """The body's lines, a line that stops mid-sentence joined to the next (a PDF export that
    breaks `203626.35 万美` / `元` across lines, where the parser left the break)."""
    out: list[str] = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        if out and out[-1].rstrip()[-1:] not in _ENDS and not _is_table_line(out[-1]) \
                and not _is_table_line(line):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return out


def _sentences(body: str):
    """(sentence as printed) for each sentence of the body: split at 。！？ and line ends."""
    for line in _lines(body):
        start = 0
        for m in re.finditer(r"[。！？!?]", line):
            piece = line[start:m.end()].strip()
            if piece:
                yield piece
            start = m.end()
        piece = line[start:].strip()
        if piece:
            yield piece


class _Reader:
    """Reads the sentences of one item in order; the period carries from sentence to sentence."""

    def __init__(self, ctx: Context, base: dict, period: tuple[int, int, int] | None):
        self.ctx = ctx
        self.base = base
        self.period = period
        self.figures: list[dict] = []
        self.sentences = 0
        self.with_figures = 0

    def figure(self, label: Label | None, value, unit, text, printed: str | None = None) -> dict | None:
        if self.period is None or label is None or not label.indicator:
            return None
        rec = dict(self.base, indicator=label.indicator, breakdown=label.breakdown,
                   period=period_text(self.period), value=value, unit=unit, yoy_pct=None,
                   share_pct=None, derived=False, text=text,
                   printed=printed if printed is not None else label.indicator)
        return rec

    def read(self, sentence: str) -> None:
        s = normalize(sentence)
        tokens = []
        for m in _PERIOD.finditer(s):
            if m.group():
                tokens.append((m.start(), m.end(), "period", m))
        taken = [(a, b) for a, b, _, _ in tokens]

        def free(a, b):
            return all(b <= x or a >= y for x, y in taken)
        for m in _VALUE.finditer(s):
            if free(m.start(), m.end()):
                tokens.append((m.start(), m.end(), "value", m))
                taken.append((m.start(), m.end()))
        for m in _PCT.finditer(s):
            if free(m.start(), m.end()):
                tokens.append((m.start(), m.end(), "pct", m))
        tokens.sort(key=lambda t: t[0])
        state = _Sentence()
        prev = 0
        self.sentences += 1
        for start, end, kind, m in tokens:
            label_text = s[prev:start]
            if kind == "period":
                span = _period(m, self.ctx)
                clause = _SEPARATORS.split(s[prev:start])[-1]
                if span and (_FORECAST.search(clause) or re.search(r"(?:到|至|将于|将在)$", clause)
                             or (self.ctx.published_year and span[0] > self.ctx.published_year)):
                    continue  # `预计2025年…`, `到2030年`: a forecast's period, not the report's
                if span:
                    self.period = span
                    prev = end
                continue
            if kind == "value":
                self._value(state, label_text, m, sentence)
            else:
                self._pct(state, label_text, m, sentence)
            prev = end
        kept = [f for f in state.figures if f is not None]
        if kept:
            self.with_figures += 1
        self.figures.extend(kept)

    # -- a value

    def _value(self, st: _Sentence, label_text: str, m: re.Match, text: str) -> None:
        value, unit = _number(m["num"]), m["unit"].replace("人民币", "") or m["unit"]
        if unit in ("万亿", "亿", "万"):
            unit = m["unit"]
        segments = [p for p in _SEPARATORS.split(label_text)]
        bare = _CONNECTORS.sub("", label_text)
        if not bare and st.names and st.group:
            # the next value of a distributive list
            name = st.names[len(st.group)] if len(st.group) < len(st.names) else None
            if name is not None:
                self._add_list_value(st, name, value, unit, text)
            return
        last = segments[-1] if segments else ""
        if _ONE_BY_ONE.match(_clean(last) or "") or re.search(r"分别(?:是|为|达到|达)?$", last):
            head = re.sub(r"(?:同比)?分别(?:是|为|达到|达)?$", "", last)
            list_text = head if _clean(head) else (segments[-2] if len(segments) > 1 else "")
            if not _clean(head) and len(segments) > 2 and "、" not in list_text:
                list_text = segments[-2]
            label, names = read_list(list_text)
            if not label.indicator and len(segments) > 2:
                label, names = read_list("，".join(segments[-3:-1]))
            st.list_label, st.names, st.group = label, names, []
            if names:
                self._add_list_value(st, names[0], value, unit, text)
            return
        st.names, st.group, st.list_label = [], [], None
        if _FORECAST.search(label_text):
            st.figures.append(None)
            return  # a forecast or a target, not a figure reported
        if not _clean(_NOISE.sub("", _clean(last))) and (_UP.search(last) or _DOWN.search(last)):
            return  # `比上年增长175.4亿美元`: a change, not a figure
        label = read_label(last)
        if not label.indicator and label.breakdown is None:
            return
        printed = label.indicator
        label = self._inherit(st, label, among=bool(re.match(r"\W*其中", label_text)))
        st.figures.append(self.figure(label, value, unit, text, printed=printed or label.indicator))

    def _inherit(self, st: _Sentence, label: Label, among: bool = False) -> Label:
        """A bare measure (`执行额`) takes its subject from the figure before it in the sentence, and
        a label without a breakdown keeps the one before (`RCEP国家合同金额…；接包执行金额…`)."""
        prev = next((f for f in reversed(st.figures) if f is not None), None)
        if prev is None and among and label.breakdown is None and _BARE.match(label.indicator) and self.figures:
            # `…服务进出口总额55386.4亿元…。其中，出口22753.8亿元`: the subject of the sentence before
            last = self.figures[-1]
            subject = _MEASURE_TAIL.sub("", last["indicator"].replace("额金额", "额"))
            return Label(indicator=subject + label.indicator, breakdown=label.breakdown, kind=label.kind,
                         reset=label.reset)
        if prev is None:
            return label
        indicator = label.indicator
        if not indicator and label.breakdown is not None:
            indicator = prev["indicator"]
        elif _BARE.match(indicator):
            subject = _MEASURE_TAIL.sub("", prev["indicator"].replace("额金额", "额"))
            indicator = subject + indicator
        breakdown = label.breakdown
        if breakdown is None and not label.reset:
            breakdown = prev["breakdown"]
        return Label(indicator=indicator, breakdown=breakdown, kind=label.kind, reset=label.reset)

    def _add_list_value(self, st: _Sentence, name, value, unit, text) -> None:
        label = st.list_label or Label(indicator="")
        breakdown, _kind = name
        lab = Label(indicator=label.indicator, breakdown=breakdown, kind=label.kind)
        if not lab.indicator:
            prev = next((f for f in reversed(st.figures) if f is not None), None)
            if prev is None:
                st.group.append(None)
                return
            lab.indicator = prev["indicator"]
        fig = self.figure(lab, value, unit, text, printed=label.indicator)
        st.group.append(fig)
        st.figures.append(fig)

    # -- a percentage

    def _pct(self, st: _Sentence, label_text: str, m: re.Match, text: str) -> None:
        number = _number(m["num"])
        if "环比" in label_text:
            return
        direction = _direction(label_text)
        if direction is None and st.pct_queue:
            direction = st.sign
        share = bool(_SHARE.search(label_text)) and not _UP.search(label_text) and not _DOWN.search(label_text)
        yoy = not share and (bool(_YOY_WORDS.search(label_text)) or direction is not None)
        if direction is not None:
            st.sign = direction
        if yoy and direction == -1:
            number = -abs(number)
        kind = "share_pct" if share else "yoy_pct" if yoy else None
        rest = _clean(_NOISE.sub("", _SHARE.sub("", label_text)))
        if "分别" in label_text and st.group:
            st.pct_queue = [f for f in st.group]
            st.pct_kind = kind or st.pct_kind or "yoy_pct"
        elif st.pct_queue and not rest:
            kind = kind or st.pct_kind
        else:
            st.pct_queue = []
        if st.pct_queue:
            fig = st.pct_queue.pop(0)
            if fig is not None:
                fig[st.pct_kind if kind is None else kind] = number
            return
        if rest and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", rest)) >= 2:
            # a percentage with its own name: a change printed without a value, or a rate
            names = _SEPARATORS.split(label_text)
            label = read_label(re.sub(r"(?:同比|比上年|较上年)?(?:增长|下降|增幅|降幅|增速|占比|比重)(?:为|是|达)?$", "",
                                      _clean(names[-1])))
            if not label.indicator and label.breakdown is None:
                return
            label = self._inherit(st, label)
            if kind is None:
                fig = self.figure(label, number, "%", text, printed=label.indicator)
            else:
                fig = self.figure(label, None, None, text, printed=label.indicator)
                if fig is not None:
                    fig[kind] = number
            st.names, st.group = [], []
            st.figures.append(fig)
            return
        if kind is None:
            return
        target = st.figures[-1] if st.figures else None  # None: a forecast or a figure with no period
        if target is not None and target[kind] is None:
            target[kind] = number


# --- tables ----------------------------------------------------------------------------------

_UNIT_IN = re.compile(rf"[（(](?P<unit>{'|'.join(_UNITS)}|%)[）)]")
_CELL_NUM = re.compile(rf"^(?P<dir>增长|下降|增加|减少)?(?P<num>[-+−]?{_NUM})(?P<unit>{'|'.join(_UNITS)}|%)?$")


def _table_rows(body: str) -> list[list[list[str]]]:
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


def _is_table_line(line: str) -> bool:
    return line.count("|") >= 2 or "\t" in line


@dataclass
class _Column:
    """A value column of a table and the change and share columns that go with it."""

    index: int
    head: str
    period: tuple[int, int, int] | None
    unit: str | None
    yoy: int | None = None
    share: int | None = None


_YOY_HEAD = re.compile(r"同比|增长|增速|增幅|变化|变动|涨幅|比上年|±")
_SHARE_HEAD = re.compile(r"占比|比重|份额")
_THIS_MONTH = re.compile(r"本月|当月")


def _columns(header: list[str], reader: _Reader, default_unit: str | None) -> list[_Column]:
    """The value columns a header row names, each with its period (`1-8月`, `本月`, else the
    text's), its unit (`（万美元）` in the header, `单位：…` above) and the change or share column
    that follows it (`本月 | 同比 | 累计 | 同比`)."""
    columns: list[_Column] = []
    row_unit = _UNIT_IN.search(header[0]) or _UNIT_LINE.search("".join(header))
    for i, cell in enumerate(header):
        if i == 0:
            continue
        if _YOY_HEAD.search(cell) or _SHARE_HEAD.search(cell):
            target = columns[-1] if columns else None
            if target is None:
                columns.append(target := _Column(0, "", reader.period, default_unit))
            if _SHARE_HEAD.search(cell) and not _YOY_HEAD.search(cell):
                target.share = i if target.share is None else target.share
            else:
                target.yoy = i if target.yoy is None else target.yoy
            continue
        m = next((m for m in _PERIOD.finditer(cell) if m.group()), None)
        period = _period(m, reader.ctx) if m else None
        if period is None and _THIS_MONTH.search(cell) and reader.period:
            year, _, last = reader.period
            period = (year, last, last)
        unit = _UNIT_IN.search(cell) or row_unit
        columns.append(_Column(i, cell, period or reader.period, unit["unit"] if unit else default_unit))
    return columns


_UNIT_LINE = re.compile(rf"单位[：:]\s*(?P<unit>{'|'.join(_UNITS)}|%)")


def _cell(row: list[str], index: int | None):
    if index is None or index == 0 or index >= len(row):
        return None
    return _CELL_NUM.match(row[index].replace("％", "%"))


def _read_table(rows: list[list[str]], reader: _Reader, default_unit: str | None = None) -> list[dict]:
    """Figures of a table of indicator | amount | change (or share): the header row says which
    column is which, and may carry the unit (`金额（万美元）`) and the period (`1-8月`, `本月`).
    A row with no number after a data row is a new header (two tables run together)."""
    rows = [[normalize(c) for c in r] for r in rows if any(c.strip() for c in r)]
    out: list[dict] = []
    saved = reader.period
    columns: list[_Column] = []
    for row in rows:
        if not any(_CELL_NUM.match(c) for c in row[1:]):
            columns = _columns(row, reader, default_unit)
            continue
        if not columns or len(row) < 2 or not row[0]:
            continue  # no header row: nothing says what the numbers are
        name = re.sub(r"^(?:其中[：:]?|[-—·•]\s*)", "", row[0])
        row_unit = _UNIT_IN.search(name)
        label = read_label(_UNIT_IN.sub("", name))
        for col in columns:
            indicator = label.indicator or _clean(_UNIT_IN.sub("", _PERIOD.sub("", col.head)))
            if not indicator:
                continue  # a table of markets whose column does not say what is counted
            m = _cell(row, col.index)
            value = _number(m["num"]) if m else None
            unit = (m["unit"] if m and m["unit"] else None) or (row_unit["unit"] if row_unit else col.unit)
            changes = {}
            for role, index in (("yoy_pct", col.yoy), ("share_pct", col.share)):
                c = _cell(row, index)
                if c:
                    number = _number(c["num"])
                    changes[role] = -abs(number) if c["dir"] in ("下降", "减少") else number
            if value is None and not changes:
                continue
            reader.period = col.period
            fig = reader.figure(Label(indicator, label.breakdown, label.kind), value,
                                unit if value is not None else None, " | ".join(row), printed=indicator)
            reader.period = saved
            if fig is not None:
                fig.update(changes)
                out.append(fig)
    return out


def _table_text(line: str, tables: list) -> bool:
    """Whether a body line is the text of a table row (the parser keeps cells readable there)."""
    flat = normalize(line)
    for rows in tables:
        for row in rows:
            cells = [normalize(c) for c in row if c and c.strip()]
            if len(cells) >= 2:
                at = 0
                for cell in cells:
                    at = flat.find(cell, at)
                    if at < 0:
                        break
                    at += len(cell)
                else:
                    return True
    return False


# --- items and issues --------------------------------------------------------------------------

_DATA_SECTION = re.compile(r"数据|统计")


def _context(item) -> Context:
    title_year = re.search(r"(\d{4})\s*年", item.title or "")
    pub = item.issue.date
    published = int(pub[5:7]) if pub else item.issue.number
    if title_year:
        return Context(int(title_year[1]), True, published, item.issue.year)
    return Context(item.issue.year, False, published, item.issue.year)


def extract_item(item) -> tuple[list[dict], float]:
    """The printed figures of one item, and the share of its sentences that carry one."""
    ctx = _context(item)
    base = {"file": item.file, "item": item.id, "issue": item.issue.key}
    title_period = None
    if item.title:
        m = next((m for m in _PERIOD.finditer(normalize(item.title)) if m.group()), None)
        title_period = _period(m, ctx) if m else None
    reader = _Reader(ctx, base, None)
    tables = list(getattr(item, "tables", None) or [])
    lines = item.body.split("\n")
    prose = "\n".join(line for line in lines
                      if not _is_table_line(line) and not (tables and _table_text(line, tables)))
    if not tables:
        tables = _table_rows(item.body)
    # The period of a figure is the last one printed before it; a report that prints none
    # before its first figure speaks of the period its title names.
    first = next((m for m in _PERIOD.finditer(normalize(prose)) if m.group()), None)
    reader.period = None if first else title_period
    for sentence in _sentences(prose):
        reader.read(sentence)
    figures = list(reader.figures)
    if reader.period is None:
        reader.period = title_period
    unit_line = _UNIT_LINE.search(normalize(prose))  # `单位：亿元` printed above a table
    for rows in tables:
        figures.extend(_read_table(rows, reader, default_unit=unit_line["unit"] if unit_line else None))
    density = reader.with_figures / reader.sentences if reader.sentences else (1.0 if figures else 0.0)
    return figures, density


def is_report(item, figures: list[dict], density: float) -> bool:
    """A statistics report: its section says so (数据月报, 统计数据), or figures fill its sentences."""
    if _DATA_SECTION.search(item.section or ""):
        return True
    # A news story quotes a few numbers among its sentences; a report states one in nearly every
    # sentence, and with it the change or share (measured on the archive: stories 0.64 at most).
    changed = sum(1 for f in figures if f["yoy_pct"] is not None or f["share_pct"] is not None)
    return len(figures) >= 3 and density >= 0.75 and changed >= 0.75 * len(figures)


_PCT_IN = re.compile(r"\d\s*[%％]")


def _may_be_report(item) -> bool:
    """Cheap first look (most items are news): a report has a percentage in most sentences."""
    if _DATA_SECTION.search(item.section or "") or getattr(item, "tables", None):
        return True
    sentences = [p for p in re.split(r"[。！？\n]", item.body) if p.strip()]
    with_pct = sum(1 for p in sentences if _PCT_IN.search(p))
    return with_pct >= max(3, 0.6 * len(sentences))


def extract_issue(issue) -> list[dict]:
    """The printed figures of every statistics report in a parsed issue, in document order."""
    out: list[dict] = []
    for item in issue.items:
        if not _may_be_report(item):
            continue
        figures, density = extract_item(item)
        if figures and is_report(item, figures, density):
            out.extend(figures)
    return out
