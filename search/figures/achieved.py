"""A subject, a verb of achieving, then the measure (`文化新业态行业实现营业收入`, `五地完成出口`): where the
report named its whole first in the same way (`文化企业实现营业收入`), a later subject counting the same
measure is a part of that whole, the measure broken down by it; the whole itself gives no breakdown."""
from __future__ import annotations

import re

from search.model import Figure

# (`共实现`, `累计完成`: an adverb of the sum before the verb is no part of the subject)
_ACHIEVED = re.compile(r"^(?P<subject>[^，,。；;]{2,}?)(?:共|共计|累计|合计)?(?:实现|完成|达到|录得)"
                       r"(?P<measure>[\u4e00-\u9fff]{2,})$")
_ALIAS = re.compile(r"(?:以下)?简称[“\"‘']?(?P<alias>[\u4e00-\u9fff]{2,})")


def split_achieved(indicator: str) -> tuple[str, str] | None:
    """`文化新业态行业实现营业收入` → (`文化新业态行业`, `营业收入`); None for a name of another shape."""
    m = _ACHIEVED.match(indicator or "")
    return (m["subject"], m["measure"]) if m else None


def _whole_of(indicator: str) -> tuple[str, str]:
    """The subject and measure of a whole: `文化企业实现营业收入`, or the measure alone (`集装箱吞吐量`, as
    `完成集装箱吞吐量1.7亿标箱` gives it), the subject then none."""
    return split_achieved(indicator) or ("", re.sub(r"^(?:共|累计)?(?:实现|完成|达到|录得)", "", indicator))


def _same_subject(part: str, whole: str) -> bool:
    """Whether a subject names the whole again, at length or by its short name (`规模以上互联网企业` after
    `规模以上互联网和相关服务企业（简称互联网企业）`)."""
    names = [re.sub(r"[（(][^）)]*[）)]", "", whole)] + [m["alias"] for m in _ALIAS.finditer(whole)]
    return any(n and (n in part or part in n) for n in names)


def parts_of_whole(figures: list[Figure], earlier: list[Figure]) -> None:
    """Give the figures of `<subject>实现<measure>` whose measure the report's whole counted before under
    another subject the breakdown of that subject, and the measure as their indicator."""
    seen = [f for f in earlier if f is not None]
    for fig in figures:
        if fig is None:
            continue
        mine = split_achieved(fig.indicator) if fig.breakdown is None else None
        whole = next((w for w in seen if w.breakdown is None and _whole_of(w.indicator)[1] == mine[1]),
                     None) if mine else None
        if mine and whole is not None and not _same_subject(mine[0], _whole_of(whole.indicator)[0]):
            fig.breakdown, fig.indicator, fig.printed = mine[0], mine[1], mine[1]
        seen.append(fig)
