"""Names in the figures: the data file (data/figures.txt) and the reading of a label, the text
before a value, into a breakdown (a market, a kind of enterprise, a business line) and an indicator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from search import vocab
from search.figures.text import PERIOD, normalize

__all__ = ["DISCOURSE", "MEASURE_END", "QUOTES", "VERSION", "Label", "NameData", "breakdown_of", "clean_label",
           "fields_of_totals", "lead_indicator", "name_data", "read_label", "split_measure", "strip_places",
           "subject_split", "version", "words"]

DATA_FILE = "figures"  # data/figures.txt
_CODE_VERSION = "23"  # raise when the extractor reads differently: stored figures are then rebuilt


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
_BREAK_ENDS = re.compile(r"(?:沿线)?(?:国家和地区|国家|成员国|地区|市场|方向)")  # `拉美方向旅客运输量`
# (not a measure's own short name: `居民消费价格指数（CPI）`, `采购经理指数（PMI）`, `国内生产总值（GDP）`)
_ABBR = re.compile(r"^(?:离岸|在岸)?[\u4e00-\u9fff]{2,12}?(?<!指数)(?<!价格)(?<!总值)(?<![值额率量])[（(](?P<b>[A-Z]{2,6})[）)]")
# (not a clause that describes the countries: `有贸易往来的国家和地区` is what is counted)
_BLOC = re.compile(r"^(?:对|与|同)?[“\"‘']?(?P<b>[A-Z]{2,8}|[\u4e00-\u9fff]{2,6}?)[”\"’']?(?<!的)(?:沿线)?(?:国家和地区|国家|成员国)")
QUOTES = "“”\"‘’'《》"
# A part of the world by its shape, listed or not: a compass point and a continent (`东南亚`, `西非`,
# `中亚五国`, `亚太地区`, `东北亚国家`), before what it counts, `方向` after it no part of it (`南亚方向旅客运输量`).
# Not 中欧, 中美, 中非: China and a partner.
_AREA = re.compile(r"^(?P<b>(?:(?:东南|东北|西南|西北|东|西|南|北)[亚欧非美]|中亚|中东欧|亚太)"
                   r"(?:地区|国家|[\d一二三四五六七八九十]+国)?)(?:方向$|(?:方向)?(?=[\u4e00-\u9fffA-Za-z“\"]{2}))")
# A way of trading (`以一般贸易方式进出口`): what lies between 以 and 方式 is the breakdown.
_MODE = re.compile(r"^以(?P<b>[\u4e00-\u9fff]{2,8}?)方式")
_UNDERTAKE = "承接"
MEASURE_END = re.compile(
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
        market = _name_patterns()[0].match(text)
        for place in data.places:
            if text.startswith(place) and len(text) > len(place) and not text[len(place):].startswith("品牌") \
                    and not (market and len(market["name"]) > len(place) and market.start("name") == 0):
                # (`中国品牌乘用车`: the place a brand is of names a kind of goods, not the place reporting)
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


@lru_cache(maxsize=1)
def _partners() -> tuple[re.Pattern, dict[str, str]]:
    """China and a partner in one word before a trade (`中非贸易额`): the pattern, and character -> market."""
    found = dict(vocab.pairs(vocab.load(DATA_FILE).get("partners", [])))
    keys = "".join(re.escape(k) for k in found if len(k) == 1) or "^$"
    return re.compile(rf"^中(?P<p>[{keys}])(?=(?:双边)?(?:贸易|进出口|经贸))"), found


def breakdown_of(text: str) -> tuple[str | None, str | None, str]:
    """(breakdown, kind, rest) for a name or label beginning with a market, enterprise or line."""
    data = name_data()
    markets, enterprises, regions = _name_patterns()
    t = text.lstrip(QUOTES)
    pattern, partners = _partners()
    m = pattern.match(t)
    if m:  # 中非贸易额: the trade of China and Africa
        return partners[m["p"]], "market", t[m.end():]
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
    if m:  # `保税物流方式进出口`: 方式 is the way of trading's word, as in `以…方式`
        return data.breakdowns[m["name"]], "enterprise", re.sub(r"^方式(?=\S)", "", t[m.end():])
    m = regions.match(t)
    if m:
        return m["name"], "region", t[m.end():]
    m = _ABBR.match(t)
    if m:
        return m["b"], "line", t[m.end():]
    m = _AREA.match(t)
    if m:
        return m["b"], "market", t[m.end():]
    m = _MODE.match(t)
    if m:
        return m["b"], "mode", t[m.end():]
    return None, None, text


# A rank the label's subject holds, after its name (`…软件业务收入居全国前五`, `…位列全省第一位`):
# a predicate, not part of what is counted.
_RANK_TAIL = re.compile(
    r"(?:均|分别|依次|继续|稳)?(?:居|位居|位列|位于|排名|排在|列|稳居)(?:全国|全省|全市|全区|全球|世界|各省份?|各地区?)?"
    r"(?:前[\d一二三四五六七八九十]+(?:位|名|强)?|第[\d一二三四五六七八九十]+(?:位|名)?|首位|前列|榜首)$")


# A year printed alone before a name (`2024年电动汽车、…出口分别增长`), not taken as a period where
# the text after it is not one a period opens (text.PERIOD): the period, not part of the name.
_YEAR_OPENS = re.compile(r"^\d{4}年(?:度)?(?=[\u4e00-\u9fffA-Za-z“\"])(?!以来|来|起|底|末|初|前|后)")


# How a figure was reckoned, before its name (`按照上年不变价计算的电信业务总量`, `按可比价格计算`, `以美元计`):
# the method, not part of the name.
_RECKONED = re.compile(r"^(?:按照?|以)[\u4e00-\u9fffA-Za-z]{1,12}?(?:计算|核算|折算|计)(?:的)?(?=[\u4e00-\u9fffA-Za-z“\"]|$)")


def clean_label(text: str) -> str:
    """A label without its period, opening words, how it was reckoned, the words between it and its
    value, and a rank it is said to hold."""
    text = PERIOD.sub("", text) if PERIOD.search(text) else text
    text = re.sub(r"[（(][）)]", "", text)  # `高质量数据集（截至6月底）`: the brackets the period went from
    text = _RECKONED.sub("", text)
    text = _YEAR_OPENS.sub("", text)  # `2024年电动汽车`: a year alone before a name is its period
    text = DISCOURSE.sub("", text)
    text = re.sub(r"^(?:单月|当月|本月)(?=\S)", "", text)  # `2月单月进出口总值`: the month said twice
    for _ in range(2):
        text = _LEAD.sub("", text)
        text = _TRAIL.sub("", text)
        text = _RANK_TAIL.sub("", text) if len(text) > 4 else text
    return text.strip(QUOTES + "的 ")


# the whole a share is of, after what it is a share of (`服务出口在服务进出口中的占比`): not part of the name
_IN_WHOLE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z）)]{2})在[\u4e00-\u9fffA-Za-z“”（）()]{2,16}?中(?:的)?(?:占比|比重|份额)?$")


# names given as examples of a group, then the group and what it counts (`A、B、C等前5名地区的收入`)
_EXAMPLES_OF = re.compile(r"^[^、，,；;]{1,12}(?:、[^、，,；;]{1,12})+等(?P<group>[^的、，,；;]{2,12})的"
                          r"(?P<measure>[\u4e00-\u9fff][^、，,；;]*)$")


def read_label(text: str) -> Label:
    """A value's label (the text before it in its clause) -> breakdown and indicator."""
    text = _IN_WHOLE.sub("", clean_label(text))
    group = _EXAMPLES_OF.match(text)
    if group:  # `北京、广东、上海等前5名地区的互联网业务收入`: names that show a group; the group is the breakdown
        return Label(indicator=clean_label(group["measure"]), breakdown=group["group"])
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
# a class of goods (`粮油、食品类`, `家用电器和音像器材类`) and its sales, after the scope of the count
_OF_CLASS = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,3}}以上(?:单位|企业)的?)?(?P<b>[\u4e00-\u9fff、]{{1,14}}类)"
                       rf"(?P<m>(?:零售|销售|批发)(?:额|量)|{_FLOW}|产量|销量)$")
_PARTNER_FLOW = re.compile(rf"^(?:对|自|从|向)(?P<partner>[\u4e00-\u9fff“”\"]{{2,12}}?)(?P<flow>{_FLOW})$")
# The flow before what flows (`进口原油5.2亿吨`, `出口机电产品`): the goods, unless a measure follows
# the flow (`出口交货值`, `出口总额`, `进口规模`, `出口企业数量`).
_FLOW_FIRST = re.compile(r"^(?P<m>进口|出口)(?P<b>[\u4e00-\u9fff]{2,10})$")
_NOT_GOODS = re.compile(r"(?:^(?:总|金额|额|值|量|规模|增速|增幅|占比|比重|方面|市场|企业|退税|交货|贸易|业务|服务))"
                        r"|(?:[额值量率数]|规模|增速|企业|国家|地区|市场|服务|业务|贸易)$")
_TRADE_KIND = re.compile(r"(?:服务|业务|贸易|外包|外贸|货物|商品|技术|数字|对外|总|整体|合计|累计|同期|当月|全年|[年月期度])$")


# A note in brackets closing a name (`汽车出口（含底盘）`, `新能源汽车出口（整车）`): words, not an abbreviation (`（ITO）`)
_NOTE = re.compile(r"[（(](?=[^）)]*[\u4e00-\u9fff])[^（()）]{1,12}[）)]$")


def subject_split(name: str) -> tuple[str, str, str] | None:
    """(breakdown, indicator, kind) of a name <what it is of><flow or quantity>, or None. A note in
    brackets after such a name says what the goods include: no part of the flow or of the goods (a name
    that parts no further keeps it: `固定资产投资（不含农户）` is the indicator's own name)."""
    note = _NOTE.search(name)
    if note and note.start() > 0:
        return subject_split(name[:note.start()])
    m = _PARTNER_FLOW.match(name)
    if m and not m["partner"].startswith("外") and (name[0] in "自从") == m["flow"].startswith("进口"):
        # `对拉丁美洲进出口`, `自大洋洲进口`: the partner, listed or not; not `对外`, nor `自主品牌产品出口`
        return m["partner"], m["flow"], "market"
    m = _OF_FIRMS.match(name)
    if m:
        return m["b"], m["m"], "enterprise"
    m = _FLOW_FIRST.match(name)
    if m and not _NOT_GOODS.search(m["b"]):
        market, kind, rest = breakdown_of(m["b"])  # `出口美国`: a market after the flow
        return (market, m["m"], kind) if market is not None and not rest else (m["b"], m["m"], "product")
    m = _OF_CLASS.match(name)
    if m:
        # `限额以上单位化妆品类零售额`: a class of goods (…类) and what is sold of it; the scope is no name
        return m["b"], m["m"], "product"
    m = _OF_GOODS.match(name)
    if m is None or _TRADE_KIND.search(m["b"]) or re.search(r"\d", m["b"]) or m["b"] in name_data().places:
        return None
    goods = re.sub(r"(?<=.{2})方式$", "", m["b"])  # `市场采购贸易方式出口`: the way of trading
    if "”" in goods and "“" not in goods:
        goods = "“" + goods  # `“新三样”产品出口`: the quote the label's start lost
    return goods, m["m"], "product"


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


# what the sentence before a table says it counts: `各地区软件业务收入增长情况如下` (its heads name none)
_LEAD_NAMES = re.compile(r"(?:各[\u4e00-\u9fff]{0,3}?(?:地区|省份|省市|城市|行业|领域|企业|市场|国家)的?)"
                         r"(?P<name>[\u4e00-\u9fff]{2,12}?)的?(?:增长|增速|变化|分布|完成)?情况(?:如下|见下表)")


# a caption that says by what its rows part a measure, then the measure and its change
# (`分门类、分经济类型增加值增速`): the measure is the caption's last name (MEASURE_END)
_BY_CAPTION = re.compile(r"^(?:分|按)[\u4e00-\u9fff、，,和及与]{1,24}?(?P<name>[\u4e00-\u9fff]{0,6}?)"
                         r"(?:增速|增长率|增长情况|同比增长)[：:]?$")


def lead_indicator(lead: str) -> str:
    """What the sentence or caption before a table says its rows count, else ''."""
    text = normalize(lead or "").strip()
    m = _LEAD_NAMES.search(text)
    if m:
        return clean_label(m["name"])
    m = _BY_CAPTION.match(text)
    measure = MEASURE_END.search(text[:m.end("name")]) if m else None
    return clean_label(measure.group()) if measure else ""
