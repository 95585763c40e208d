"""Figures in running text: sentences read in order, each value with its label, percentages attached
as YoY change or share (percent.py), distributive lists (distributive.py), a period carried from
sentence to sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from search.figures.achieved import parts_of_whole
from search.figures.distributive import BARE as _BARE
from search.figures.distributive import EACH as _EACH
from search.figures.distributive import DistributiveLists
from search.figures.distributive import Sentence as _Sentence
from search.figures.lists import read_list
from search.figures.percent import DOWN as _DOWN
from search.figures.percent import FORECAST as _FORECAST
from search.figures.percent import NOISE as _NOISE
from search.figures.percent import UP as _UP
from search.figures.percent import Percentages
from search.figures.names import DISCOURSE, Label, clean_label, fields_of_totals, read_label, strip_places
from search.figures.sentences import SEPARATORS as _SEPARATORS
from search.figures.sentences import aside as _aside
from search.figures.sentences import listed_periods as _listed_periods
from search.figures.sentences import opens_clause as _opens_clause
from search.figures.sentences import sentences
from search.figures.sentences import sub_periods as _sub_periods
from search.figures.sentences import whole_year as _whole_year
from search.figures.sentences import within as _within
from search.figures.text import (SINCE_YEAR, Context, list_length, mask_long_numbers, normalize, period_text,
                                 read_period, shared_unit, spell_out, to_number, tokens)
from search.model import Figure
from search.parse.statlines import as_sentence
from search.text import trim_marks

__all__ = ["Reader", "sentences", "to_number"]

# A value after these is a bound the figure passed, not its value, when the value follows.
# A value per unit of time (`平均每天`, `每小时`, `每月平均`): a rate, not what a period counts.
_PER_TIME = re.compile(r"每(?:一)?(?:天|日|小时|分钟|秒|周|星期|个月|月)(?:平均)?$|每(?:一)?(?:天|日|小时|分钟|秒|周|月)(?=[\u4e00-\u9fff]{1,8}$)")
_BOUND = re.compile(r"(?:突破|超过|超|逾)$")
# A bound passed by several measures at once (`双超`, `均突破`, `双双超过`): a threshold, no figure.
_BOTH = re.compile(r"(?:双双|双|均|都|皆)(?:突破|超过|超|逾|迈上|站上)$")
# A run of periods (`连续8个季度`, `已连续三年`): what passed a bound for so long names no indicator.
_RUN = re.compile(r"(?:已|已经)?连续[\d一二三四五六七八九十]+(?:个)?(?:季度|月|年|周|天)$")
# A period after these is the one compared with (`增速较1-9月提高`, `与上半年相比`, `已超过2024年全年水平`).
_COMPARED = re.compile(r"(?:比|较|与|同|相比|高于|低于|快于|慢于|超过|超出)$")
# a change against a period named (`比10月末减少`, `较上年末增加`): the amount after it is no figure
_AGAINST = re.compile(r"^[，,]?\s*(?:比|较)[^，,；;：:]{1,12}?(?:增加|减少|增长|下降|提高|降低|多|少)了?$")
_THRESHOLD = re.compile(r"及?(?:以上|以下)的")
# a year that opens the name of a meeting (`2026年全国民航工作会议`, `2025年度…年会`): when it met, no period of figures
_EVENT = re.compile(r"度?[\u4e00-\u9fff]{0,14}?(?:工作会议|会议|年会|大会|论坛|峰会|博览会|交易会)")

# A group's total (`五省（市）合计`, `37个示范城市合计承接…`); after 合计 a verb makes it an adverb.
_GROUP = re.compile(r"^(?P<group>(?:\d+[个家所项座])?[^\W\d]\S*?(?:合计|总计|小计))(?P<rest>.*)$")
# a group said by a count and one character (`五地`, `两市`, `五省（市）`) before its 合计
_COUNT_ONLY = re.compile(r"^[\d一二两三四五六七八九十]+[\u4e00-\u9fff](?:[（(][\u4e00-\u9fff]{1,3}[）)])?(?:合计|总计|小计)$")
# ... with nothing after it, only a name of many things is a group (a count, a list, `上述`, `其余`):
# `资产总计`, `负债合计` are the lines of an account
_MANY = re.compile(r"^(?:[\d一二两三四五六七八九十]|上述|以上|其余|其他|这些|各)|[、和及与]")
_VERB = re.compile(r"(?:承接|实现|完成|达到|达|为|共|累计|签订|签约|执行)")

# Clauses, and the connectors between the values of a list (`A、B和C`, `分别为`).
_CONNECTORS = re.compile(r"[\s、，,；;和及与以及。]")
_ONE_BY_ONE = re.compile(rf"^(?:同比)?{_EACH}$")
# A clause that opens a breakdown (分领域看，从行业看，按产品分).
_BY = re.compile(r"^\W*(?:分|从|按)[\u4e00-\u9fff]{1,6}?(?:来看|看|分)[，,：:]")
_NAMES_THEN_MEASURE = re.compile(r"^(?P<names>[^、]+(?:、[^、]+)+?)(?:同比)?分别(?P<measure>(?!约|近|超|逾|共|是|为|达|完成|实现|录得)[\u4e00-\u9fff]{1,8})$")

# A bare measure (`执行额`, `出口`) and the measure at the end of an indicator, which it replaces.
_MEASURE_TAIL = re.compile(r"(?:(?:合同)?(?:签约|执行)?(?:金)?额(?:[（(][^）)]*[）)])?|(?:进出口|出口|进口)(?:总值|总)?额?)$")


_MONEY = re.compile(r"元|美元|人民币|镑|欧|日元")
# A sentence framed as month on month (`从环比看，三季度增长1.1%`): its changes are no year-on-year ones.
_MOM_FRAME = re.compile(r"(?:从|按|以)?环比(?:看|来看|计算|而言)")
# A bracket opened right before a value: the name's figures follow in it.
_OPEN = re.compile(r"[（(]\s*$")
# A sentence that opens on the parts of what the one before named (`其中，制造业…`, `其中：`).
_OF_WHICH = re.compile(r"^\W*其中")


class Reader(Percentages, DistributiveLists):
    """Reads the sentences of one item in order; the period carries from sentence to sentence."""

    def __init__(self, ctx: Context, base: dict, period: tuple[int, int, int] | None):
        self.ctx = ctx
        self.base = base
        self.period = period
        self.figures: list[Figure] = []
        self.sentences = 0
        self.with_figures = 0
        self._part: tuple[int, int, int] | None = None  # an aside's period, for a 其中 sentence after it

    def _after_publication(self, span: tuple[int, int, int]) -> bool:
        """A period that ends after the issue came out (`2026年，海关将…` in February 2026): a plan."""
        year, month = self.ctx.published_year, self.ctx.published_month
        if not year:
            return False
        return span[0] > year or (month is not None and span[0] == year and span[2] > month)

    def _reported(self, st: _Sentence, m: re.Match, before: str, after: str) -> bool:
        """Whether a period printed in a sentence is the one its figures report; if so it becomes
        the current period."""
        span = read_period(m, self.ctx)
        clause = _SEPARATORS.split(before)[-1]
        if span is None:
            return False
        if m["full"] and not m["y"] and st.spans and st.spans[-1][1] == st.spans[-1][2]:
            span = (st.spans[-1][0], 1, st.spans[-1][2])  # `截至10月8日，全年…`: the year so far
        if not m["m1"] and not m["single"] and not m["half"] and not m["q"] and _EVENT.match(after):
            return False  # `2026年全国民航工作会议`: a year that names a meeting, not the period reported
        if self._after_publication(span):
            st.plan = True  # `2026年，全市要推动…` in an issue of February 2026: a plan
            return False
        if _FORECAST.search(clause) or re.search(r"(?:到|至|将于|将在)$", clause):
            return False  # `预计2025年…`, `到2030年`: a forecast's period, not the report's
        if _COMPARED.search(clause):
            return False  # `增速比1-9月提高0.2个百分点`: the period compared with, not the report's
        if re.search(r"(?:自|从)$", clause) and re.match(r"(?:以来|起|开始)", after):
            return False  # `自2024年1月以来`: since when, not the period reported
        if self.period is not None and (re.match(r"\s*其中", clause) or re.search(r"其中[，,：:]\s*$", before)) and _within(span, self.period):
            st.restore = st.restore or self.period  # `其中，2月单月…`: a part of the period, this sentence only
        elif st.spans and re.match(r"\s*(?:当月|单月)", after) and _within(span, self.period):
            # `1—2月…；2月当月…`: a month of the span the sentence opened with, said as a part: this sentence only
            # (a sentence that opens with `8月当月…` speaks of the month, and its 其中 after it too)
            st.restore = st.restore or self.period
        self.period = span
        st.spans.append(span)
        return True

    def figure(self, label: Label | None, value, unit, text, printed: str | None = None) -> Figure | None:
        """A figure of the current period, or None without a period or an indicator."""
        if label is None or not label.indicator:
            return None
        period = self.period or self._named_period(label.breakdown)  # `9月份、10月份出口分别…` first
        if period is None:
            return None
        return Figure(**self.base, indicator=label.indicator, breakdown=label.breakdown,
                      period=period_text(period), value=value, unit=unit, text=text,
                      printed=printed if printed is not None else label.indicator)

    def read(self, sentence: str) -> None:
        s = shared_unit(spell_out(mask_long_numbers(normalize(as_sentence(sentence)))))  # `指标：数值…` as `指标数值…`
        since = SINCE_YEAR.search(s)
        if since and not _FORECAST.search(s[:since.start()]) and _opens_clause(s, since.start()):
            # `2025年以来行业延续较快增长。前11个月，…`: the year of the periods printed after it
            self.ctx = replace(self.ctx, year=int(since["y"]), title_year=True)
        state = _Sentence(month_on_month=bool(_MOM_FRAME.search(s)))
        prev = 0
        self.sentences += 1
        found = list(tokens(s))
        part, self._part = self._part, None
        if part is not None and _OF_WHICH.match(s) and found and all(k == "pct" for _, _, k, _ in found):
            # `…；8月份利润总额同比增长20.4%。其中制造业增长7.4%`: the parts of the figure just
            # named, of its period (this sentence only); a level after 其中 is of the whole span
            state.restore, self.period = self.period, part
        self.period = _whole_year(s, found, self.period, self._after_publication)
        before_sentence = self.period
        listed = _listed_periods(s, found)
        for i, (start, end, kind, m) in enumerate(found):
            if kind == "period":
                if i not in listed and self._reported(state, m, s[prev:start], s[end:]):
                    prev = end
                continue
            if state.plan:
                continue  # the numbers of a plan are targets, not figures
            if kind == "value":
                self._value(state, s[prev:start], m, sentence)
            else:
                self._pct(state, s[prev:start], m, sentence)
            prev = end
        kept = [f for f in state.figures if f is not None]
        for fig in kept:
            self._period_named(fig)
        parts_of_whole(kept, self.figures)  # `其中，文化新业态行业实现营业收入…` after `文化企业实现营业收入…`
        if _BY.match(s):
            fields_of_totals(kept, self.figures)
        if kept:
            self.with_figures += 1
        self.figures.extend(kept)
        if state.restore is not None:
            self.period = state.restore
        elif _aside(state.spans, kept, period_text):
            self.period = _aside(state.spans, kept, period_text)  # `…；8月份利润总额同比增长20.4%。`
            self._part = state.spans[-1]
        elif _sub_periods(state.spans, before_sentence):
            self.period = before_sentence  # `从月度看，1月份下降2.2%，3月份增长6%`: parts of the quarter, this sentence only
        if state.month_on_month and before_sentence is not None:
            self.period = before_sentence  # `从环比看，2月份，…比上月增长0.51%`: the month a 环比 compares, this sentence only

    # -- a value

    def _value(self, st: _Sentence, label_text: str, m: re.Match, text: str) -> None:
        value, unit = to_number(m["num"]), m["unit"].replace("人民币", "") or m["unit"]
        if _THRESHOLD.match(m.string, m.end()):
            return  # `年旅客吞吐量1000万人次以上的运输机场`: a mark that names a group, not a figure
        label_text = _OPEN.sub("", label_text)  # `出口（19.95万亿元，+7.1%）`: the figures in brackets after the name
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
        named = _NAMES_THEN_MEASURE.match(last)
        if named and not (_UP.search(named["measure"]) or _DOWN.search(named["measure"])):
            # `对日本、欧盟、韩国分别进出口A、B和C`: the names, then what each counts
            label, names = read_list(named["names"], list_length(m))
            if not label.indicator:
                label.indicator = clean_label(named["measure"])
            st.list_label, st.names, st.group = label, names, []
            if names and label.indicator:
                self._add_list_value(st, names[0], value, unit, text)
            return
        if _ONE_BY_ONE.match(clean_label(last) or "") or re.search(rf"{_EACH}$", last):
            label, names = self._one_by_one(segments, last, list_length(m))
            st.list_label, st.names, st.group = label, names, []
            if names:
                self._add_list_value(st, names[0], value, unit, text)
            return
        st.names, st.group, st.list_label = [], [], None
        if _FORECAST.search(label_text):
            st.figures.append(None)
            return  # a forecast or a target, not a figure reported
        if _PER_TIME.search(last):
            st.figures.append(None)
            return  # `平均每天进出口超过150亿元`: a rate per unit of time, no figure of a period
        if not clean_label(_NOISE.sub("", clean_label(last))) and (_UP.search(last) or _DOWN.search(last)):
            return  # `比上年增长175.4亿美元`: a change, not a figure
        if _AGAINST.match(last.strip()):
            return  # `比10月末减少301万平方米`: a change against a period named, not a figure
        if _RUN.search(clean_label(last)) and _BOUND.search(last):
            return  # `连续8个季度超过10万亿元`: a threshold passed, period after period, not a figure
        if _BOTH.search(last):
            return  # `产销首次双超2000万辆`, `进出口均突破万亿`: a threshold several measures passed
        group = _GROUP.match(strip_places(trim_marks(DISCOURSE.sub("", last)))[0])
        prev = next((f for f in chain(reversed(st.figures), reversed(self.figures)) if f is not None), None)
        if group and (clean_label(group["rest"]) or (prev is not None and _MANY.search(group["group"]))):
            # `五省（市）合计软件业务收入44623亿元`: the total of a group of the breakdowns before it
            indicator = read_label(group["rest"]).indicator or prev.indicator
            # `五省（市）合计软件业务收入`: the group's total; `37个城市合计承接…`: the cities together
            # (a count and one character, `五地合计`, `三省（市）合计`, names no group without its 合计: kept)
            name = group["group"] if not _VERB.match(group["rest"]) or _COUNT_ONLY.match(group["group"]) \
                else group["group"][:-2]
            st.figures.append(self.figure(Label(indicator=indicator, breakdown=name), value, unit, text,
                                          printed=indicator))
            return
        label = read_label(last)
        if not label.indicator and label.breakdown is None:
            target = st.figures[-1] if st.figures else None
            if target is not None and target.value is None and target.unit is None:
                # `软件业务收入同比增长10.8%，达到98281亿元`: the value follows its change
                target.value, target.unit = value, unit
            elif target is not None and target is st.bound and target.unit[-1] == unit[-1]:
                # `数字贸易额突破2000亿元，达到2034.6亿元` (or `突破8万亿元，达到80123.4亿元`): the
                # value itself after a bound it passed
                target.value, target.unit = value, unit
            return
        printed = label.indicator
        label = self._inherit(st, label, among=bool(re.match(r"\W*其中", label_text)))
        if len(label.indicator) <= 1 and label.kind == "market" and not _MONEY.search(unit):
            # `有贸易往来的国家和地区达到249个`: the markets themselves are what is counted
            name = strip_places(re.sub(r"^(?:同|与|和|跟)", "", clean_label(last)))[0]
            label = Label(indicator=re.sub(r"(?:共计?|合计|总计|总数为?|共?有|为)$", "", name) or label.breakdown)
            printed = label.indicator
        st.figures.append(self.figure(label, value, unit, text, printed=printed or label.indicator))
        st.bound = st.figures[-1] if _BOUND.search(last) else None

    def _inherit(self, st: _Sentence, label: Label, among: bool = False) -> Label:
        """A bare measure (`执行额`) takes its subject from the figure before it in the sentence, and
        a label without a breakdown keeps the one before (`RCEP国家合同金额…；接包执行金额…`)."""
        prev = next((f for f in reversed(st.figures) if f is not None), None)
        if prev is None and among and label.breakdown is None and _BARE.match(label.indicator) and self.figures:
            # `…服务进出口总额55386.4亿元…。其中，出口22753.8亿元`: the subject of the sentence before
            last = self.figures[-1]
            subject = _MEASURE_TAIL.sub("", last.indicator.replace("额金额", "额"))
            return Label(indicator=subject + label.indicator, breakdown=label.breakdown, kind=label.kind,
                         reset=label.reset)
        if prev is None:
            return label
        indicator = label.indicator
        if not indicator and label.breakdown is not None:
            indicator = prev.indicator
        elif _BARE.match(indicator) and label.kind != "product":  # `机电产品出口`: named by its own subject
            subject = _MEASURE_TAIL.sub("", prev.indicator.replace("额金额", "额"))
            indicator = subject + indicator
        breakdown = label.breakdown
        if breakdown is None and not label.reset and not any(prev is g for g in st.group):
            # (the names of a distributive list are that list's alone: `A和B零售额分别增长…；货物
            # 进出口总额增长…` is no breakdown of B)
            breakdown = prev.breakdown
        return Label(indicator=indicator, breakdown=breakdown, kind=label.kind, reset=label.reset)


