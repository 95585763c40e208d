"""Names in the figures: the data file (data/figures.txt) and the reading of a label, the text
before a value, into a breakdown (a market, a kind of enterprise, a business line) and an indicator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from search import vocab
from search.figures.text import PERIOD

__all__ = ["DISCOURSE", "VERSION", "Label", "NameData", "breakdown_of", "clean_label", "fields_of_totals", "name_data",
           "read_label", "read_list", "split_measure", "strip_places", "subject_split", "version", "words"]

DATA_FILE = "figures"  # data/figures.txt
_CODE_VERSION = "10"  # raise when the extractor reads differently: stored figures are then rebuilt


def words(section: str) -> str:
    """A section of data/figures.txt as a regex alternation, longest first: `(?:{words('up')})`."""
    return vocab.alternation(vocab.words(DATA_FILE, section))


@dataclass(frozen=True)
class NameData:
    """The name sections of data/figures.txt."""

    indicators: dict[str, list[str]]  # canonical -> printed aliases
    synonyms: list[tuple[str, str]]
    fillers: list[str]
    breakdowns: dict[str, str]  # printed form -> canonical
    places: list[str]
    markets: list[str]
    regions: list[str]
    digest: str


def _longest_first(names: list[str]) -> list[str]:
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=1)
def name_data() -> NameData:
    sections = vocab.load(DATA_FILE)
    indicators = {name: [a.strip() for a in aliases.split(",") if a.strip()]
                  for name, aliases in vocab.pairs(sections.get("indicators", []))}
    synonyms = sorted(vocab.pairs(sections.get("synonyms", []), "->"), key=lambda p: -len(p[0]))
    breakdowns: dict[str, str] = {}
    for name, forms in vocab.pairs(sections.get("breakdowns", [])):
        for form in [name] + [f.strip() for f in forms.split(",") if f.strip()]:
            breakdowns[form] = name
    return NameData(indicators, synonyms, sections.get("fillers", []), breakdowns,
                    _longest_first(sections.get("places", [])), _longest_first(sections.get("markets", [])),
                    _longest_first(sections.get("regions", [])), vocab.digest(DATA_FILE))


def version() -> str:
    """Changes when the extractor or its data file changes: stored figures of another version are rebuilt."""
    return f"{_CODE_VERSION}-{name_data().digest}"


VERSION = _CODE_VERSION  # the code's part; version() adds the data file's

# The words around a label's name: opening a clause (其中), before the name (累计), before the value (为).
DISCOURSE = re.compile(rf"^(?:{words('discourse')}|从\S{{1,8}}?看)")
_LEAD = re.compile(rf"^(?!共建|共享|共同)(?:{words('lead')})")  # 共建 is a word, not 共 + a verb
_TRAIL = re.compile(rf"(?:分别)?(?:{words('trail')})+$")

# Breakdowns by shape: a market's ending, an abbreviated business line (信息技术外包（ITO）), a bloc.
_BREAK_ENDS = re.compile(r"(?:沿线)?(?:国家和地区|国家|成员国|地区|市场)")
_ABBR = re.compile(r"^(?:离岸|在岸)?[\u4e00-\u9fff]{2,12}?[（(](?P<b>[A-Z]{2,6})[）)]")
_BLOC = re.compile(r"^(?:对|与|同)?[“\"‘']?(?P<b>[A-Z]{2,8}|[\u4e00-\u9fff]{2,6}?)[”\"’']?(?:沿线)?(?:国家和地区|国家|成员国)")
_QUOTES = "“”\"‘’'《》"
# A way of trading (`以一般贸易方式进出口`): what lies between 以 and 方式 is the breakdown.
_MODE = re.compile(r"^以(?P<b>[\u4e00-\u9fff]{2,8}?)方式")
_UNDERTAKE = "承接"
_MEASURE_END = re.compile(
    r"(?:离岸|在岸)?(?:服务外包)?(?:接包)?(?:合同)?(?:签约|执行|进出口|出口|进口|营业|业务)?(?:总)?"
    r"(?:金额|额|收入|利润|产值|增加值|规模)$")


@dataclass
class Label:
    """What a label says: the breakdown (and its kind) and the indicator."""

    indicator: str
    breakdown: str | None = None
    kind: str | None = None  # market, enterprise, region, line, mode, product
    reset: bool = False  # names the reporting place: a total, not the breakdown before


def strip_places(text: str) -> tuple[str, bool]:
    """The text without the reporting places it opens with (全国, 我市), and whether there were any."""
    return _strip_places(text)


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
def _name_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """One pattern each for the markets, the kinds of enterprise and the regions, longest first."""
    data = name_data()
    markets = "|".join(re.escape(m) for m in data.markets)
    forms = "|".join(re.escape(f) for f in sorted(data.breakdowns, key=len, reverse=True))
    regions = "|".join(re.escape(r) for r in data.regions)
    # `对美国出口`, `自美国进口`, `从东盟进口`: the market a flow goes to or comes from
    return (re.compile(rf"^(?:对|与|同|自|从)?[“\"‘']?(?P<name>{markets})[”\"’']?"),
            re.compile(rf"^(?P<name>{forms})"),
            re.compile(rf"^(?P<name>{regions})(?:壮族|回族|维吾尔)?(?:省|市|自治区)?"))


def breakdown_of(text: str) -> tuple[str | None, str | None, str]:
    """(breakdown, kind, rest) for a name or label beginning with a market, enterprise or line."""
    data = name_data()
    markets, enterprises, regions = _name_patterns()
    t = text.lstrip(_QUOTES)
    m = re.match(r"^(?:对|与|同)?(?:共建)?[“\"‘']?一带一路[”\"’']?(?:沿线)?(?:国家和地区|国家|地区)?", text)
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
    m = regions.match(t)
    if m:
        return m["name"], "region", t[m.end():]
    m = _ABBR.match(t)
    if m:
        return m["b"], "line", t[m.end():]
    m = _MODE.match(t)
    if m:
        return m["b"], "mode", t[m.end():]
    return None, None, text


# A rank the label's subject holds, after its name (`…软件业务收入居全国前五`, `…位列全省第一位`):
# a predicate, not part of what is counted.
_RANK_TAIL = re.compile(
    r"(?:均|分别|依次|继续|稳)?(?:居|位居|位列|位于|排名|排在|列|稳居)(?:全国|全省|全市|全区|全球|世界|各省份?|各地区?)?"
    r"(?:前[\d一二三四五六七八九十]+(?:位|名|强)?|第[\d一二三四五六七八九十]+(?:位|名)?|首位|前列|榜首)$")


def clean_label(text: str) -> str:
    """A label without its period, opening words, the words between it and its value, and a rank
    it is said to hold."""
    text = PERIOD.sub("", text) if PERIOD.search(text) else text
    text = DISCOURSE.sub("", text)
    text = re.sub(r"^(?:单月|当月|本月)(?=\S)", "", text)  # `2月单月进出口总值`: the month said twice
    for _ in range(2):
        text = _LEAD.sub("", text)
        text = _TRAIL.sub("", text)
        text = _RANK_TAIL.sub("", text) if len(text) > 4 else text
    return text.strip(_QUOTES + "的 ")


def read_label(text: str) -> Label:
    """A value's label (the text before it in its clause) -> breakdown and indicator."""
    text = clean_label(text)
    text, reset = _strip_places(text)
    breakdown, kind, rest = breakdown_of(text)
    if text.startswith(_UNDERTAKE):
        # `承接RCEP成员国离岸服务外包执行额`: the market after the verb the measure is named by
        under = breakdown_of(text[len(_UNDERTAKE):])
        if under[1] == "market":
            breakdown, kind, rest = under
    if kind == "region" and rest.startswith(("对", "与", "同", "自", "从")):
        inner = breakdown_of(rest)
        if inner[1] == "market":
            # `上海对共建“一带一路”国家进出口`: the place reports, the market breaks it down
            breakdown, kind, rest = inner
    if kind == "market" and rest.startswith(("对", "自", "从", "向")) and not text.startswith(("对", "自", "从", "向")):
        # `美国对中国进出口`, `美国自中国进口`: another economy's statistics: its flow, by its partner
        m = _PARTNER_FLOW.match(rest)
        if m is None:
            return Label(indicator=text, reset=True)
        return Label(indicator=breakdown + m["flow"], breakdown=m["partner"], kind="market", reset=True)
    rest = clean_label(rest.lstrip("的"))
    if breakdown is None:
        split = subject_split(rest)
        if split is not None:
            return Label(indicator=split[1], breakdown=split[0], kind=split[2], reset=reset)
    if breakdown is not None:
        rest, _ = _strip_places(rest)
        if kind == "market" and rest.startswith("离岸"):
            rest = rest[2:]  # offshore by definition
    return Label(indicator=rest, breakdown=breakdown, kind=kind, reset=reset)


# A flow or a quantity counted of something (`机电产品出口`, `汽车出口金额`, `原油进口量`, `汽车产量`,
# `民营企业进出口`, `高技术服务业企业营业收入`): what it is of is the breakdown, unless that is the kind
# of trade or statistic itself (服务, 软件业务, 货物贸易, 外贸), which names the indicator.
_FLOW = r"(?:进出口|出口|进口)(?:总值|总额|金额|数量|额|值|量)?"
_OF_GOODS = re.compile(rf"^(?P<b>[\u4e00-\u9fffA-Za-z0-9“”\"]{{2,14}}?)(?P<m>{_FLOW}|产销量|产量|销量)$")
_OF_FIRMS = re.compile(rf"^(?P<b>[\u4e00-\u9fff]{{1,12}}(?:企业|产业|行业))(?P<m>{_FLOW}|(?:营业|主营业务)?收入|利润(?:总额)?|营业额)$")
_PARTNER_FLOW = re.compile(rf"^(?:对|自|从|向)(?P<partner>[\u4e00-\u9fff“”\"]{{2,12}}?)(?P<flow>{_FLOW})$")
# The flow before what flows (`进口原油5.2亿吨`, `出口机电产品`): the goods, unless a measure follows
# the flow (`出口交货值`, `出口总额`, `进口规模`, `出口企业数量`).
_FLOW_FIRST = re.compile(r"^(?P<m>进口|出口)(?P<b>[\u4e00-\u9fff]{2,10})$")
_NOT_GOODS = re.compile(r"(?:^(?:总|金额|额|值|量|规模|增速|增幅|占比|比重|方面|市场|企业|退税|交货|贸易|业务|服务))"
                        r"|(?:[额值量率数]|规模|增速|企业|国家|地区|市场|服务|业务|贸易)$")
_TRADE_KIND = re.compile(r"(?:服务|业务|贸易|外包|外贸|货物|商品|技术|数字|对外|总|整体|合计|累计|同期|当月|全年|[年月期度])$")


def subject_split(name: str) -> tuple[str, str, str] | None:
    """(breakdown, indicator, kind) of a name <what it is of><flow or quantity>, or None."""
    m = _OF_FIRMS.match(name)
    if m:
        return m["b"], m["m"], "enterprise"
    m = _FLOW_FIRST.match(name)
    if m and not _NOT_GOODS.search(m["b"]):
        market, kind, rest = breakdown_of(m["b"])  # `出口美国`: a market after the flow
        return (market, m["m"], kind) if market is not None and not rest else (m["b"], m["m"], "product")
    m = _OF_GOODS.match(name)
    if m is None or _TRADE_KIND.search(m["b"]) or re.search(r"\d", m["b"]) or m["b"] in name_data().places:
        return None
    goods = re.sub(r"(?<=.{2})方式$", "", m["b"])  # `市场采购贸易方式出口`: the way of trading
    if "”" in goods and "“" not in goods:
        goods = "“" + goods  # `“新三样”产品出口`: the quote the label's start lost
    return goods, m["m"], "product"


def _list_name(name: str) -> tuple[str, str | None]:
    """One name of a distributive list -> (breakdown, kind)."""
    name = clean_label(name)
    name, _ = _strip_places(name)
    breakdown, kind, rest = breakdown_of(name)
    if breakdown is not None and not clean_label(rest):
        return breakdown, kind
    return name.strip(_QUOTES), kind


_TOP = r"(?:(?:排名|排在|居|位居|位列)[\u4e00-\u9fff]{0,4}?)?前[\d一二三四五六七八九十]+(?:位|名)?的?(?:国家和地区|国家|地区|市场|企业|省份|省市|城市)?"
_LIST_HEAD = re.compile(  # `接包执行金额前三的依次是日本、…`, `软件业务收入居前五位的北京、…`
    rf"^(?P<ind>.*?)(?:{_TOP}(?:依次|分别)?(?:是|为|有|包括)?|(?:依次|分别)?(?:是|为|有|包括))"
    r"(?P<names>[^是为]+、.+)$")


_JOIN = re.compile(r"、|以及|和|及|与")


def _periods_listed(text: str) -> tuple[list[str], str] | None:
    """(the periods, the rest) of a label that opens with two or more periods joined by 、 or 和."""
    names, at = [], 0
    while True:
        m = PERIOD.match(text, at)
        if m is None or m.end() == at:
            break
        names.append(m.group(0))
        j = _JOIN.match(text, m.end())
        at = m.end()
        if j is None:
            break
        at = j.end()
    if len(names) < 2 or text[at - 1] in "、和及与":
        return None
    return names, text[at:]


def _common_ending(names: list[str]) -> str | None:
    """The ending (one or two characters, a word like 地区 or 片区) all these names share, when
    there are two or more."""
    names = [n for n in names if n]
    if len(names) < 2:
        return None
    for size in (2, 1):
        ends = {n[-size:] for n in names if len(n) > size}
        if len(ends) == 1 and all(len(n) > size for n in names):
            return ends.pop()
    return None


def _grouped(text: str, count: int) -> list[str] | None:
    """The names of a list whose names hold 和 themselves, when `count` values follow: `A、B和C`
    is one name where the list joins names by 和 (`其他商业服务和电信、计算机和信息服务` is two), and
    each 、 and 和 parts two names where the values are as many as the pieces."""
    pieces = re.split(r"(、|以及|和|及|与)", text)
    names, chain = [pieces[0]], False
    for sep, piece in zip(pieces[1::2], pieces[2::2]):
        if sep == "、":
            names[-1] += sep + piece
            chain = True
        elif chain:
            names[-1] += sep + piece  # the 和 that closes a 、-list belongs to it
            chain = False
        else:
            names.append(piece)
    if len(names) == count and all(names):
        return names
    every = pieces[0::2]
    return every if len(every) == count and all(every) else None


def read_list(text: str, count: int | None = None) -> tuple[Label, list[tuple[str, str | None]]]:
    """A distributive list's label -> the shared indicator and the names in order; `count`, the
    number of values printed for them, where known, decides how names holding 和 are parted.

    Either the indicator comes first (`接包执行金额前三的依次是日本、荷兰、新加坡`) or the names do,
    the indicator after the last (`信息技术外包（ITO）、业务流程外包（BPO）和知识流程外包（KPO）执行额`).
    """
    text = _expand_compound(text)
    periods = _periods_listed(text)
    if periods:
        # `一季度、二季度和三季度进出口`: the names are periods (prose.py makes them the figures' periods)
        names, rest = periods
        return Label(indicator=clean_label(rest)), [(n, "period") for n in names]
    text = clean_label(text)
    m = _LIST_HEAD.match(text)
    if m:
        # `知识密集型服务出口中增长较快的是…`: what is counted, without the ranking
        label = read_label(re.sub(r"中?(?:增长|增速|增幅|规模)?(?:较快|最快|较大|最大|较多|最多|领先|居前)的?$", "", m["ind"]))
        parts = [p for p in re.split(r"、|(?:和|及|与)(?=[^、]*$)", m["names"]) if p]
        if count and len(parts) != count:
            parts = _grouped(m["names"], count) or parts
        return label, [_list_name(p) for p in parts]
    parts = re.split(r"、", text)
    last = parts[-1]
    tail = re.split(r"(?:和|及|与|以及)", last)
    if len(tail) > 1 and all(tail):
        parts = parts[:-1] + ["".join(tail[:-1]), tail[-1]]
        last = parts[-1]
    # split the last name from the indicator that follows it
    cut = None
    if len(parts) > 1 and all(split_measure(clean_label(p)) for p in parts):
        # `软件产品收入、信息技术服务收入和信息安全收入`: each name a whole indicator, subject and measure
        cut = len(last)
    elif "）" in last or ")" in last:
        cut = max(last.rfind("）"), last.rfind(")")) + 1
    else:
        _, _, rest = breakdown_of(last)
        ending = _common_ending(parts[:-1])
        if rest != last:
            cut = len(last) - len(rest)
        elif ending and 0 < last.find(ending) < len(last) - len(ending):
            # `甲片区、乙片区和丙片区软件业务收入`: the last name ends as the others do
            cut = last.find(ending) + len(ending)
        else:
            m = _MEASURE_END.search(last) or _trade_end(last, parts[:-1])
            cut = m.start() if m and m.start() > 0 else _quantity_end(last, parts[:-1])
    if cut is None or cut >= len(last):
        if count and len(parts) != count:
            parts = _grouped(text, count) or parts
        return Label(indicator=""), [_list_name(p) for p in parts]
    parts[-1] = last[:cut]
    if count and len(parts) != count:
        parts = _grouped(text[:len(text) - len(last) + cut], count) or parts
    label = Label(indicator=clean_label(last[cut:]))
    names = [_list_name(p) for p in parts]
    label.kind = names[0][1] if names else None
    if label.kind == "market" and label.indicator.startswith("离岸"):
        label.indicator = label.indicator[2:]
    return label, names


def _expand_compound(text: str) -> str:
    """`汽车产销` -> `汽车产量和汽车销量`: a name ending in a word for two measures (data/figures.txt
    [compounds]) is the list of the two, each with the name's subject."""
    if re.search(r"[、和及与]", text):
        return text
    for word, parts in sorted(vocab.pairs(vocab.load(DATA_FILE).get("compounds", [])), key=lambda p: -len(p[0])):
        if text.endswith(word) and len(text) > len(word):
            subject = text[:-len(word)]
            return "和".join(subject + p.strip() for p in parts.split(",") if p.strip())
    return text


def _quantity_end(last: str, others: list[str]) -> int | None:
    """`工业机器人、服务机器人产量`: where the quantity the names share begins in the last name (a
    name <goods><quantity> by its shape), when the other names count nothing of their own."""
    split = subject_split(last)
    if split is None or split[2] != "product" or any(subject_split(clean_label(o)) for o in others):
        return None
    return len(split[0])


_TRADE_END = re.compile(r"(?:进出口|出口|进口)(?:量|值|额)?$")  # 进口量, 进口值: a flow's volume or value


def _trade_end(last: str, others: list[str]) -> re.Match | None:
    """`…信息服务进出口`: the flow the names share, when the other names do not end in a flow
    themselves (`服务出口和服务进口` are two indicators, not two names)."""
    if any(_TRADE_END.search(o) for o in others):
        return None
    return _TRADE_END.search(last)


_MEASURE = re.compile(r"(?P<measure>进出口|出口|进口|收入|利润|产值|增加值|交易额|成交额|营业额)(?:总)?(?:金)?额?$")


def split_measure(indicator: str) -> tuple[str, str] | None:
    """`其他商业服务进出口` -> (`其他商业服务`, `进出口`); None without a measure or a subject."""
    m = _MEASURE.search(indicator)
    if m is None or m.start() == 0:
        return None
    return indicator[:m.start()].rstrip("的"), m["measure"]


def fields_of_totals(figures: list, earlier: list) -> None:
    """`…知识密集型服务进出口25121.5亿元…。分领域看，其他商业服务进出口10698.1亿元`: in a sentence
    that breaks down (分领域看), a figure named <kind><measure> becomes the breakdown <kind> of the
    last earlier total <group><measure> of the same measure and period, when the group is a
    qualified kind of the same thing (其他商业服务 and 知识密集型服务 both end in 服务). A total named
    by the head alone (服务进出口) is the whole: its kinds are series of their own."""
    for fig in figures:
        kind = split_measure(fig.indicator)
        if fig.breakdown is not None or kind is None:
            continue
        for total in reversed(earlier):
            group = split_measure(total.indicator)
            if total.breakdown is not None or total.period != fig.period or group is None or group[1] != kind[1]:
                continue
            if len(group[0]) > 2 and group[0][-2:] == kind[0][-2:] and not kind[0].startswith(group[0]) \
                    and not group[0].startswith(kind[0]):
                fig.breakdown, fig.indicator, fig.printed = kind[0], total.indicator, total.printed
            break
