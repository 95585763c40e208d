"""Percentages in running text: a change year on year, a share, or a rate with a name of its own,
each set on the figure it belongs to (prose.py's Reader reads them with these, as with distributive.py).
"""
from __future__ import annotations

import re
from itertools import chain, islice

from search.figures.distributive import Sentence as _Sentence
from search.figures.names import Label, clean_label, read_label, words
from search.figures.sentences import SEPARATORS as _SEPARATORS
from search.figures.text import list_length, period_text, to_number
from search.model import Figure

__all__ = ["DOWN", "FORECAST", "NOISE", "UP", "Percentages"]

# The shapes of a sentence's words; the words are in data/figures.txt.
_YOY_WORDS, UP, DOWN, _SHARE = (re.compile(words(section)) for section in ("yoy", "up", "down", "share"))
# A forecast or a target (预计, 到2030年, 将突破): the figure after it is not reported.
FORECAST = re.compile(rf"{words('forecast')}|到\d{{4}}年|将(?:达|超|突破|增长)")
# What is left of a label once these go says whether a percentage names anything of its own.
# `按不变价格计算`, `以美元计`: the basis a change is measured on names nothing either.
NOISE = re.compile(rf"(?:按|以)[\u4e00-\u9fff]{{1,6}}?计算?|{words('noise')}|[、，,；;和及与。（）()\s]")
# A change measured against a year named (`较2020年增长`, `比2019年同期下降`): year-on-year only
# when that year is the one before the figure's.
_BASE_YEAR = re.compile(r"(?:较|比|相比|与)(?P<y>\d{4})年(?:同期|末|底)?(?:相比)?[\u4e00-\u9fff]{0,4}$")
# A share that rose or fell to a level (`比重提升至59.4%`, `占比降到12%`): the level is the share.
_SHARE_TO = re.compile(r"(?:比重|占比|份额)(?:提升|提高|上升|下降|降低|回落|升|降)(?:至|到)$")
# A change in points up to a level (`比重提升1.8个百分点至57.3%`); the heads of a measure's name (`进出口`, `收入`).
_POINTS_TO = re.compile(r"(?:提升|提高|上升|增加|扩大|下降|降低|回落|减少|缩小)[\d.]+个?百分点(?:至|到|达到?)$")
_MEASURES = re.compile(words("measure-heads"))
# The words of a change ending a percentage's label (`…出口增加`, `…同比下降`), not part of its name.
# (`同比实际增长`, `同比名义下降`: a change net of prices, or not, is the change)
_CHANGE_END = re.compile(rf"(?:同比|比上年|较上年)?(?:实际|名义)?(?:{words('up')}|{words('down')}|占比|比重)(?:为|是|达)?$")
# What a name counts is not a change: the 增加 of 增加值 (value added) says no rise.
_NAMED_NOT_CHANGE = re.compile(r"增加值")
# Words that say a change is year on year: in a sentence framed as month on month, a change said so still is one.
_YOY_WORD = re.compile(r"同比|比上年|较上年|上年同期|去年同期")
_KNOWN_BACK = 256  # figures read before looked back at for one already read (Reader._known)


def _direction(text: str) -> int | None:
    text = _NAMED_NOT_CHANGE.sub("值值值", text)
    ups = [m.end() for m in UP.finditer(text)]
    downs = [m.end() for m in DOWN.finditer(text)]
    if not ups and not downs:
        return None
    return 1 if max(ups, default=-1) > max(downs, default=-1) else -1


# a share said as within a whole (`在海外收入中的占比为`), and the whole of a share (`全部快递业务量的`)
_SHARE_WITHIN = re.compile(r"在(?P<whole>[\u4e00-\u9fff]{2,14}?)中的?(?:占比|比重|份额)")
_SHARE_WHOLE = re.compile(r"^(?:全部|总)?(?P<whole>[^，,。；;的（(]{2,14}?)(?:的|中的?)?(?:占比|比重|份额)?(?:分别)?(?:为|是|达)?$")


def _said_before(st, whole: str) -> bool:
    """Whether the whole is the measure of the figure just read, said as its total (`出口额…，前五大市场占
    出口总额的比重为52.6%`): then the share is of that figure's measure, by whom (below), not a new one."""
    last = st.figures[-1] if st.figures else None
    return last is not None and bool(last.indicator) and whole.replace("总", "") == last.indicator.replace("总", "")


# the percent of a condition, not of a figure: `高于50%时`, `在50%以上时`
_CONDITION = re.compile(r"(?:及?以上|及?以下)?时(?!期|间|段|点)")

class Percentages:
    """The Reader's reading of percentages (prose.py: `Reader` is one); it uses the Reader's `figure`,
    `_inherit`, `figures` and `period`, and the lists of distributive.py."""

    def _known(self, st: _Sentence, label: Label, kind: str | None) -> Figure | None:
        """The figure of the item already read with this name, breakdown and period whose `kind`
        (change or share) is not yet printed; among the last `_KNOWN_BACK` figures read (a report has
        a few dozen: a look at every one, from each of 10,000 named changes in one sentence, took 30 s)."""
        if kind is None or self.period is None:
            return None
        period = period_text(self.period)
        for fig in islice(chain(reversed(st.figures), reversed(self.figures)), _KNOWN_BACK):
            if fig is not None and (fig.indicator, fig.breakdown, fig.period) == (label.indicator, label.breakdown, period):
                return fig if getattr(fig, kind) is None else None
        return None

    def _pct(self, st: _Sentence, label_text: str, m: re.Match, text: str) -> None:
        number = to_number(m["num"])
        if "环比" in label_text or (st.month_on_month and not _YOY_WORD.search(label_text)):
            return
        if _CONDITION.match(m.string, m.end()):
            return  # `PMI高于50%时，反映…扩张`: a condition (a threshold), not a figure
        if FORECAST.search(_SEPARATORS.split(label_text)[-1]):
            return  # `预计全年增长5.5%`: a forecast, not a change reported
        base = _BASE_YEAR.search(label_text)
        if base and self.period is not None and int(base["y"]) != self.period[0] - 1:
            return  # `较2020年增长69.7%`: a change over years, not the year-on-year one
        if base:
            # `比2024年增长` in a report of 2025: the year before, said by its number
            label_text = label_text[:base.start()] + "比上年" + label_text[base.start() + base[0].index("年") + 1:]
        points = _POINTS_TO.search(label_text)
        if points and _SHARE.search(label_text[:points.start()]):
            label_text = label_text[:points.start()]  # `比重提升1.8个百分点至57.3%`: the share it reached
        each = "分别" in label_text  # before a share's `占…` is cut from the label
        direction = _direction(label_text)
        if direction is None and st.pct_queue:
            direction = st.sign
        cue = _NAMED_NOT_CHANGE.sub("值值值", label_text)
        share = bool(_SHARE.search(cue)) and (_SHARE_TO.search(cue) is not None
                                              or not UP.search(cue) and not DOWN.search(cue))
        yoy = not share and (bool(_YOY_WORDS.search(label_text)) or direction is not None or _signed(m))
        if direction is not None:
            st.sign = direction
        if yoy and direction == -1:
            number = -abs(number)
        kind = "share_pct" if share else "yoy_pct" if yoy else None
        clause = _SEPARATORS.split(label_text)[-1]
        within = _SHARE_WITHIN.search(clause) if share else None
        if share and ("占" in clause or within):
            at = within.start() if within else clause.index("占")
            st.whole = within["whole"] if within else clause[at + 1:]
            # `占全行业收入的67.7%`, `在海外收入中的占比为43.3%`: what follows 占 (or 在…中) is the whole; a
            # 分别 said after it (`A、B、C占…的比重分别为…`) still parts the names before it
            clause = clause[:at] + ("分别" if "分别" in clause[at:] and "分别" not in clause[:at] else "")
            label_text = label_text[:len(label_text) - len(_SEPARATORS.split(label_text)[-1])] + clause
        elif not share:
            st.whole = ""
        rest = clean_label(NOISE.sub("", _SHARE.sub("", label_text)))
        count = list_length(m)
        # `中亚、西亚、非洲、拉美方向旅客运输量同比增长59.3%、33.4%、39.0%、108.6%`: a run of changes as
        # many as the names listed before, without 分别, is read one by one all the same
        run = "分别" not in label_text and bool(count) and count >= 2 and not st.pct_queue \
            and "、" in _SEPARATORS.split(label_text)[-1]
        if ("分别" in label_text or run) and self._change_list(st, label_text, text, count, exact=bool(run)):
            st.pct_kind = kind or "yoy_pct"
        if ("分别" in label_text or run) and st.group:
            st.pct_queue = [f for f in st.group]
            st.pct_kind = kind or st.pct_kind or "yoy_pct"
        elif st.pct_queue and not rest:
            # the next of a list's percentages: of the list's kind, unless its own words say another
            # (`分别占…的32.3%、16.4%`: a sign carried from a change before is no word of this one's)
            own_words = _direction(label_text) is not None or share
            kind = (kind or st.pct_kind) if own_words else st.pct_kind
        elif each and not rest and self._last_values(st, list_length(m)):
            # `一般贸易…800亿元，加工贸易…300亿元，占比分别为61.5%和23.1%`: one each, in order
            st.pct_queue = self._last_values(st, list_length(m))
            st.pct_kind = kind or "yoy_pct"
        else:
            st.pct_queue = []
        if st.pct_queue:
            fig = st.pct_queue.pop(0)
            if fig is not None:
                setattr(fig, st.pct_kind if kind is None else kind, number)
            return
        if rest and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", rest)) >= 2:
            # a percentage with its own name: a change printed without a value, or a rate
            names = _SEPARATORS.split(label_text)
            label = read_label(_CHANGE_END.sub("", clean_label(names[-1])))
            if not label.indicator and label.breakdown is None:
                return
            whole = _SHARE_WHOLE.match(st.whole) if kind == "share_pct" else None
            if whole and _MEASURES.search(whole["whole"]) and label.breakdown is None and label.indicator \
                    and not _MEASURES.search(label.indicator) and not _said_before(st, whole["whole"]):
                # `策略类游戏在海外收入中的占比为43.3%`: a name without a measure, its share of a whole that
                # names one: that measure broken down by the name
                label = Label(indicator=whole["whole"], breakdown=label.indicator, kind=label.kind)
            elif kind == "share_pct" and label.breakdown is None and label.indicator and st.figures \
                    and not _MEASURES.search(label.indicator):
                # `…进出口占…57.3%，前十大贸易伙伴占…的比重为47.7%`: a share of the same measure, by whom
                label = Label(indicator="", breakdown=label.indicator, kind=label.kind, reset=label.reset)
            label = self._inherit(st, label)
            known = self._known(st, label, kind)
            if known is not None:
                # `…分别增长11.3%…，东部地区软件业务收入占全国的84.2%`: more of a figure already read
                setattr(known, kind, number)
                return
            if kind is None:
                fig = self.figure(label, number, "%", text, printed=label.indicator)
            else:
                fig = self.figure(label, None, None, text, printed=label.indicator)
                if fig is not None:
                    setattr(fig, kind, number)
            st.names, st.group = [], []
            st.figures.append(fig)
            return
        if kind is None:
            return
        target = st.figures[-1] if st.figures else None  # None: a forecast or a figure with no period
        if target is not None and self.period is not None and target.period != period_text(self.period):
            # `1月份进出口下降2.2%，…，3月份增长6%`: the same measure in the period printed since
            # (a list's name that is a period, `二季度`, is that figure's period: no breakdown of this one)
            breakdown = None if self._named_period(target.breakdown) else target.breakdown
            fig = self.figure(Label(indicator=target.indicator, breakdown=breakdown), None, None, text,
                              printed=target.printed)
            setattr(fig, kind, number)
            st.figures.append(fig)
            return
        if target is not None and getattr(target, kind) is None:
            setattr(target, kind, number)


def _signed(m: re.Match) -> bool:
    """`出口890.1亿元，+6.8%`: a percentage printed with its sign (not the end of a range `5-8%`) is
    a change."""
    at = m.start()
    return m.group()[:1] in "+-−" and (at == 0 or not m.string[at - 1].isdigit())
