"""Distributive lists in the figures' labels (`北京、广东和江苏软件业务收入`, `一季度、二季度和三季度
进出口`, `接包执行金额前三的依次是日本、荷兰、新加坡`): the shared indicator and the names in order.
"""
from __future__ import annotations

import re

from search import vocab
from search.figures.names import (DATA_FILE, MEASURE_END, QUOTES, Label, breakdown_of, clean_label, read_label,
                                  split_measure, strip_places, subject_split)
from search.figures.text import PERIOD

__all__ = ["read_list"]


def _list_name(name: str) -> tuple[str, str | None]:
    """One name of a distributive list -> (breakdown, kind)."""
    name = clean_label(name)
    name, _ = strip_places(name)
    breakdown, kind, rest = breakdown_of(name)
    if breakdown is not None and not clean_label(rest):
        return breakdown, kind
    return name.strip(QUOTES), kind


_TOP = r"(?:(?:排名|排在|居|位居|位列)[\u4e00-\u9fff]{0,4}?)?前[\d一二三四五六七八九十]+(?:位|名)?的?(?:国家和地区|国家|地区|市场|企业|省份|省市|城市)?"
_LIST_HEAD = re.compile(  # `接包执行金额前三的依次是日本、…`, `软件业务收入居前五位的北京、…`
    # (never one character before the verb: `国有控股企业…、私营企业…` holds 有 inside a word)
    rf"^(?P<ind>(?:..+?)?)(?:{_TOP}(?:依次|分别)?(?:是|为|有|包括)?|(?:依次|分别)?(?:是|为|有|包括))"
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


# `…及生物药品制品制造等行业增加值`, `…服务机器人等产品产量`: 等 and the class the names are of close the
# list; they name neither the last name nor what is counted
_ET_CETERA = re.compile(r"等(?:[\u4e00-\u9fff]{0,2}?(?:行业|产业|产品|领域|门类|品类|业态|企业|省份|城市))(?=[\u4e00-\u9fff])")


def read_list(text: str, count: int | None = None) -> tuple[Label, list[tuple[str, str | None]]]:
    """A distributive list's label -> the shared indicator and the names in order; `count`, the
    number of values printed for them, where known, decides how names holding 和 are parted.

    Either the indicator comes first (`接包执行金额前三的依次是日本、荷兰、新加坡`) or the names do,
    the indicator after the last (`信息技术外包（ITO）、业务流程外包（BPO）和知识流程外包（KPO）执行额`).
    """
    text = _ET_CETERA.sub("", _expand_bound(_expand_compound(text)))
    periods = _periods_listed(re.sub(r"^(?:其中|分别|依次)[，,：:]?", "", text))  # `其中一季度、二季度…`
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
    held = count and len(parts) == count and not re.search(r"和|与|以及", last)  # `航空航天器及设备制造业` is one
    if len(tail) > 1 and all(tail) and not held:
        parts = parts[:-1] + ["".join(tail[:-1]), tail[-1]]
        last = parts[-1]
    # split the last name from the indicator that follows it
    cut = None
    if len(parts) > 1 and all(split_measure(clean_label(p)) for p in parts):
        # `软件产品收入、信息技术服务收入和信息安全收入`: each name a whole indicator, subject and measure
        cut = len(last)
    elif _same_measure(parts):
        # `…进出口总额和…商品交易总额`: every name ends in the measure the last one ends in; each is a
        # whole indicator, read as one (prose.py) with its own subject
        return Label(indicator=""), [(strip_places(clean_label(p))[0].strip(QUOTES), None) for p in parts]
    elif "）" in last or ")" in last:
        cut = max(last.rfind("）"), last.rfind(")")) + 1
    else:
        _, _, rest = breakdown_of(last)
        ending = _common_ending(parts[:-1])
        if rest != last:
            cut = len(last) - len(rest)
        elif _shared_class(last, parts[:-1]):
            # `化妆品类和金银珠宝类零售额`: the last name ends as the one before it does, then the measure
            cut = _shared_class(last, parts[:-1])
        elif ending and 0 < last.find(ending) < len(last) - len(ending):
            # `甲片区、乙片区和丙片区软件业务收入`: the last name ends as the others do
            cut = last.find(ending) + len(ending)
        else:
            m = MEASURE_END.search(last) or _trade_end(last, parts[:-1])
            cut = m.start() if m and m.start() > 0 else _quantity_end(last, parts[:-1])
    if cut is None or cut >= len(last):
        if count and len(parts) != count:
            parts = _grouped(text, count) or parts
        return Label(indicator=""), [_list_name(p) for p in parts]
    parts[-1] = last[:cut]
    if count and len(parts) != count:
        parts = _grouped(text[:len(text) - len(last) + cut], count) or parts
    label = Label(indicator=clean_label(last[cut:]))
    scope = _SCOPE.match(parts[0])
    if scope and len(parts[0]) - scope.end() >= 2:
        parts[0] = parts[0][scope.end():]  # `限额以上单位化妆品类和…`: the scope of the count, not a name
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


_BOUND_LIST = re.compile(r"^(?P<heads>(?:[\u4e00-\u9fff]、)+)(?P<last>[\u4e00-\u9fff])(?P<rest>[\u4e00-\u9fff]{2,})$")


def _expand_bound(text: str) -> str:
    """`内、外贸吞吐量` -> `内贸吞吐量、外贸吞吐量`: a list of single characters, each bound to the ending the
    last one is printed with (`中、小型企业`, `吃、穿、用类商品`), is the list of the whole names."""
    m = _BOUND_LIST.match(text)
    if m is None:
        return text
    return "、".join(c + m["rest"] for c in m["heads"].split("、")[:-1] + [m["last"]])


# the scope a count is taken over (`限额以上单位`, `规模以上企业`): a threshold, then the units counted
_SCOPE = re.compile(r"[\u4e00-\u9fff]{1,3}以上(?:单位|企业)的?")


def _shared_class(last: str, others: list[str]) -> int | None:
    """Where the last name ends when it ends as the names before it do (one or two characters: 类,
    地区) and a measure follows (`金银珠宝类零售额`); None when the others end in a measure or a flow
    themselves (`机电产品出口和汽车出口金额` are two indicators)."""
    others = [clean_label(o) for o in others if o]
    if not others or any(MEASURE_END.search(o) or _TRADE_END.search(o) for o in others):
        return None
    for size in (2, 1):
        ends = {o[-size:] for o in others if len(o) > size}
        if len(ends) != 1 or not all(len(o) > size for o in others):
            continue
        at = last.find(ends.pop())
        rest = last[at + size:] if at > 0 else ""
        if len(rest) >= 2 and MEASURE_END.search(rest) and not re.search(r"[、和及与]", rest):
            return at + size
    return None


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


def _same_measure(parts: list[str]) -> bool:
    """Whether two or more names each end in a measure (`总额`, `收入`, `增加值`, `总量`) after a subject
    of their own: each name is then a whole indicator, not a name of a shared one. The measures need
    not be the same (`规模以上工业增加值和社会消费品零售总额`, `电信业务总量、软件业务收入和数字产业收入`):
    a name that already ends in what it counts shares no measure with the last."""
    if len(parts) < 2:
        return False
    ends = [_MEASURE_WORD.search(clean_label(p)) for p in parts]
    return all(m is not None and m.start() >= 2 for m in ends)


_MEASURE_WORD = re.compile(r"(?:总)?(?:金额|额|收入|利润|产值|增加值|规模|总值|总量|产量|销量|投资)$")
