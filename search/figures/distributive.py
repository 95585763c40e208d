"""Distributive lists in running text (`A、B和C分别为X、Y和Z`, `北京、广东分别增长15.6%、12.7%`): the
names of a list and the values or changes each takes, one by one (prose.py's Reader reads with these).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

from search.figures.lists import read_list
from search.figures.names import Label, clean_label, read_label, split_measure
from search.figures.sentences import SEPARATORS as _SEPARATORS
from search.figures.text import PERIOD, period_text, read_period
from search.model import Figure

__all__ = ["BARE", "EACH", "DistributiveLists", "Sentence"]

# `分别为`, `分别完成`: the verb a distributive list gives its values with
EACH = r"分别(?:约|近|超过|超|逾|共)?(?:是|为|达到|达|完成|实现|录得)?"  # `分别约为`: an approximate value
# A measure alone, with no subject (`执行额`, `出口`): it takes the subject of the figure before.
BARE = re.compile(r"^(?:(?:合同)?(?:签约|执行)?(?:金)?额|出口额?|进口额?|进出口(?:总)?额?)$")
# A name that ends in what it counts: an investment, an amount, a value, a volume (a note in brackets after).
_COUNTED_NAME = re.compile(r"[\u4e00-\u9fff](?:投资|总额|总值|总量|销售额|零售额|产量|收入|利润|增加值|指数|价格)"
                           r"(?:[（(][^）)]*[）)])?$")


_MEASURE_IN = re.compile(r"收入|额|量|值|规模|投资|利润|产值")  # a whole that names a measure
# the whole a list's shares are of (`分别占全部快递业务量的`, `分别占全国…的比重`)
_SHARE_OF = re.compile(r"^(?:全部|全国|全市|全省|总)?(?P<whole>[^，,。；;的（(]{2,12})(?:[（(][^）)]*[）)])?的?")


@dataclass
class Sentence:
    """Reading state within one sentence."""

    figures: list[Figure] = field(default_factory=list)
    group: list[Figure] = field(default_factory=list)  # the values of the current distributive list
    names: list[tuple[str, str | None]] = field(default_factory=list)
    list_label: Label | None = None
    pct_queue: list[Figure] = field(default_factory=list)
    pct_kind: str | None = None
    sign: int | None = None
    bound: Figure | None = None  # the figure whose value was printed as a bound (突破, 超过)
    plan: bool = False  # a period after the issue came out was printed: what follows is a plan
    restore: tuple | None = None  # the period to go back to after a sentence that named a part of it
    spans: list = field(default_factory=list)  # the periods this sentence reported, in order
    month_on_month: bool = False  # `从环比看，…增长1.1%`: the changes of the sentence are on the period before
    whole: str = ""  # what a share's 占 names (`全部快递业务量的`): the whole the share is of


class DistributiveLists:
    """The Reader's reading of distributive lists (prose.py: `Reader` is one); it uses the Reader's
    `figure`, `_inherit`, `figures` and `period`."""

    def _one_by_one(self, segments: list[str], last: str, count: int | None) -> tuple[Label, list]:
        """The label and names of `A、B和C分别为…` (the names before `分别`, or in the clause before)."""
        head = re.sub(rf"(?:同比)?{EACH}$", "", last)
        list_text = head if clean_label(head) else (segments[-2] if len(segments) > 1 else "")
        if not clean_label(head) and len(segments) > 2 and "、" not in list_text:
            list_text = segments[-2]
        label, names = read_list(list_text, count)
        if len(names) < 2 and clean_label(head) and len(segments) > 1 and "、" in segments[-2]:
            # `前三大来源地是美国、中国香港和欧盟，执行额分别为A、B和C`: the names in the clause
            # before, what each counts in this one
            label, names = self._names_before(segments[-2], clean_label(head), count)
        elif not label.indicator and len(segments) > 2:
            label, names = read_list("，".join(segments[-3:-1]), count)
        return label, names

    @staticmethod
    def _names_before(clause: str, measure: str, count: int | None) -> tuple[Label, list]:
        """The names listed in a clause and the measure the next clause gives them (`执行额`), which
        takes its subject from the list's head (`离岸服务外包前三大来源地是…`) when it names none."""
        label, names = read_list(clause, count)
        subject = re.sub(r"(?:前|排名|位居|居).*$", "", label.indicator or "")
        indicator = subject + measure if BARE.match(measure) and subject else measure
        return Label(indicator=indicator, kind=label.kind), names

    def _add_list_value(self, st: Sentence, name, value, unit, text) -> None:
        label = st.list_label or Label(indicator="")
        breakdown, kind = name
        lab = Label(indicator=label.indicator, breakdown=breakdown, kind=label.kind)
        if not lab.indicator and kind is None:
            # `出口和进口分别为A和B`: names that are no breakdown are what is counted; `汽车产量和
            # 汽车销量`: each what it counts of its subject (names.subject_split)
            own = read_label(breakdown)
            lab = self._inherit(st, Label(indicator=breakdown), among=True) if own.breakdown is None else own
            first = st.group[0] if st.group else None
            if st.group and own.breakdown is None:
                # `汽车产量、销量分别为…`, `其中出口、进口分别为…`: the names after the first count
                # what they count of the first's subject
                lab.breakdown = first.breakdown if first is not None else None
        elif not lab.indicator and kind == "market":
            own = read_label(breakdown)  # `对非洲出口和自非洲进口分别为A和B`: each name a market and the flow
            if own.kind == "market" and own.breakdown and BARE.match(own.indicator):
                lab = own
        if not lab.indicator:
            prev = next((f for f in reversed(st.figures) if f is not None), None)
            if prev is None:
                st.group.append(None)
                return
            lab.indicator = prev.indicator
        fig = self.figure(lab, value, unit, text, printed=label.indicator)
        st.group.append(fig)
        st.figures.append(fig)

    # -- a percentage

    def _change_list(self, st: Sentence, label_text: str, text: str, count: int | None = None,
                     exact: bool = False) -> bool:
        """`北京、广东、江苏分别增长15.6%、12.7%、6.5%`: names with changes and no values; each name
        becomes a figure whose value is null."""
        head = re.sub(r"(?:同比)?分别.*$", "", label_text)
        if exact:  # `…旅客运输量同比增长`: the change's words close the names
            head = re.sub(r"(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|上升|回落)$", "", head)
        segments = [p for p in _SEPARATORS.split(head) if p]
        listed = next((p for p in reversed(segments) if "、" in p or re.search(r"[和及与]", p)), None)
        if listed is None:
            return False
        label, names = read_list(listed, count)
        whole_of = _SHARE_OF.match(st.whole)
        if whole_of and not label.indicator and names and names[-1][0].endswith(whole_of["whole"]) \
                and len(listed) > len(whole_of["whole"]) and len(names[-1][0]) > len(whole_of["whole"]):
            # `同城、异地、国际/港澳台快递业务量分别占全部快递业务量的…`: the list ends in the whole its shares
            # are of: the names are parts of it, each counts it
            label, names = read_list(listed[:-len(whole_of["whole"])], count)
            label.indicator = label.indicator or whole_of["whole"]
        elif whole_of and not label.indicator and _MEASURE_IN.search(whole_of["whole"]) \
                and not any(_MEASURE_IN.search(name) for name, _ in names):
            # `美国、日本、韩国分别占海外收入的…`: names without a measure, their shares of a whole that names
            # one: that measure, broken down by each name
            label.indicator = whole_of["whole"]
        if count and 2 <= count <= len(segments) and (len(names) != count or "、" in segments[-2]):
            # (a clause of names joined by 、 right before the list's own: the commas part the names)
            label, names = self._comma_list(st, segments[-count:], label, names)
        if len(names) < 2 or (exact and len(names) != count):
            return False  # (a list without 分别 counts only with as many names as changes)
        # `旅行服务出口、旅行服务进口分别增长…`: each name is a whole indicator, subject and measure
        # (`固定资产投资（不含农户）、房地产投资分别下降…`: names that end in what they count, by its shape)
        before = next((f for f in chain(reversed(st.figures), reversed(self.figures)) if f is not None), None)
        tail = _shared_tail(listed, before.indicator) if before is not None else None
        own = [read_label(name) for name, _ in names]
        # (`民营企业进出口、外商投资企业进出口`: names of a kind of enterprise that count their own measure)
        whole = not label.indicator and all((kind is None or (o.breakdown is not None and o.indicator))
                                            and (split_measure(name) or _COUNTED_NAME.search(name)
                                                 or (tail and name.endswith(tail) and len(name) > len(tail)))
                                            for (name, kind), o in zip(names, own))
        flows = not label.indicator and all(o.kind == "market" and BARE.match(o.indicator) for o in own)
        if flows:  # `对非洲出口、自非洲进口分别增长…`: each name a market and the flow counted
            names = [(o.breakdown, o.indicator) for o in own]
        if not label.indicator and not whole and not flows:
            if before is None:
                return False
            if tail and not names[-1][0].endswith(tail) or not tail:
                label.indicator = before.indicator
            else:
                # `…营业性货运量…，其中铁路、公路、水路、民航货运量同比分别增长…`: the list ends in the measure
                # the figure before ends in (货运量): that is what each name counts
                label, names = read_list(listed[:-len(tail)], count)
                label.indicator = label.indicator or tail
        st.group = []
        measures = all(kind is None and BARE.match(name) for name, kind in names)
        parted = whole and all(o.breakdown is not None and o.kind in ("enterprise", "product") for o in own)
        for name, _kind in names:
            if flows:
                lab = Label(indicator=_kind, breakdown=name, kind="market")
            elif whole:
                # `…企业营业收入、…企业营业收入分别增长…`: a name of what it counts of a subject is split,
                # when every name of the list is (`电信业务总量、软件业务收入和数字产业收入`: names alike,
                # whole indicators, the last one too); a flow of goods always (`高技术产品出口额`)
                mine = read_label(name)
                lab = mine if parted or (mine.breakdown is not None and mine.kind == "product") \
                    else Label(indicator=name)
            elif measures:
                # `其中，出口和进口分别增长14.3%和2.6%`: the names are what is counted
                lab = self._inherit(st, Label(indicator=name), among=True)
                lab.breakdown = None
            else:
                lab = Label(indicator=label.indicator, breakdown=name, kind=label.kind)
            fig = self.figure(lab, None, None, text, printed=name if measures or whole else lab.indicator)
            st.group.append(fig)
            st.figures.append(fig)
        st.names = names
        return True

    def _comma_list(self, st: Sentence, parts: list[str], label: Label, names: list) -> tuple[Label, list]:
        """`信息服务业，航空、航天器及设备制造业，计算机及办公设备制造业投资同比分别增长…`: names that hold 、
        themselves parted by commas, as many as the changes, the last one followed by what each counts (the
        measure the figure before ends in, or a counted measure)."""
        if any(re.search(r"[\d%]", p) or not clean_label(p) for p in parts):
            return label, names
        before = next((f for f in chain(reversed(st.figures), reversed(self.figures)) if f is not None), None)
        last = clean_label(parts[-1])
        measure = _shared_tail(last, before.indicator) if before is not None else None
        counted = _COUNTED_NAME.search(last)
        if measure is None and counted:
            measure = last[counted.start() + 1:]
        if measure is None or len(last) <= len(measure):
            return label, names
        return Label(indicator=measure), [(clean_label(p), None) for p in parts[:-1]] + [(last[:-len(measure)], None)]

    @staticmethod
    def _last_values(st: Sentence, count: int | None) -> list[Figure]:
        """The last `count` figures of the sentence (two or more), when each has a value."""
        figures = [f for f in st.figures if f is not None]
        if not count or count < 2 or len(figures) < count or any(f.value is None for f in figures[-count:]):
            return []
        return figures[-count:]

    def _named_period(self, name: str | None) -> tuple[int, int, int] | None:
        m = PERIOD.fullmatch(name or "")
        return read_period(m, self.ctx) if m and m.group() else None

    def _period_named(self, fig: Figure) -> None:
        """A figure of a list whose names are periods (`一季度、二季度和三季度进出口分别增长…`):
        the name is its period, not a breakdown; what the list counts is read as any name is
        (`集成电路出口`: the product, then the flow)."""
        span = self._named_period(fig.breakdown)
        if span is not None:
            own = read_label(fig.indicator)
            fig.period, fig.breakdown = period_text(span), own.breakdown if own.indicator else None
            fig.indicator = own.indicator or fig.indicator


def _shared_tail(listed: str, indicator: str) -> str | None:
    """The longest ending (two characters or more) a list's text shares with the indicator of the figure
    before it, where the list's text holds more than that ending (`民航货运量` and `营业性货运量`: 货运量)."""
    listed = clean_label(listed)
    size = 0
    while size < min(len(listed) - 1, len(indicator)) and listed[-size - 1] == indicator[-size - 1]:
        size += 1
    while size >= 2 and _NAME_END.match(listed[-size]):
        size -= 1  # `制造业实际使用外资` and `高技术产业实际使用外资`: 业 ends the names, not the measure
    return listed[-size:] if size >= 2 else None


_NAME_END = re.compile(r"[业类品区省市县国]")  # characters that end a name (制造业, 化妆品类), not a measure
