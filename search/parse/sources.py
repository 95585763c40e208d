"""Where a story comes from, in every form and position: part of parsing (blocks -> items).

A source line is a key (来源, 信息来源, 摘自, 转自 …) and the outlet, however the two are set apart
and decorated: `（来源：新华网）`, `(来源:新华网)`, `来源：人民网`, `来源/人民网`, `——来源：环球卫视`,
`【来源】国新网`, `【来源：人民网】`, `摘自《人民日报》`, `转自央视新闻`; or the same in brackets or after
a dash at the end of the story's last paragraph (`……。（来源：新华网）`, `……。——来源：新华社`). A
right-aligned attribution (`——新华社`, or the outlet's name alone, in a block the reader marked
`align="right"`) names the source too. The source text never stays in the body. Keys printed in
traditional characters (`來源：`, `轉自`) are keys too: lines are matched in simplified form, the
outlet cut from the printed text (script.py).
"""
from __future__ import annotations

import re

from search.parse.script import simplified
from search.text import unspaced

_FROM = r"(?:本文|文章|内容)?(?:摘编自|摘译自|摘自|转载自|转引自|转自|编译自|综合自|选自|引自)"  # 摘自《人民日报》
_KEYS = rf"(?:(?:信息|文章|本文|稿件|新闻|消息|资料|内容|数据|图文)?来源|信源|稿源|{_FROM}|出处)"  # 信源：X
_LEAD = r"[—\-–－~～一]*\s*"  # a dash lead-in: ——来源：X (or 一来源：X, the dash as a recogniser reads it)
_OPEN = r"[（(\[【〔［]"
_CLOSE = r"[）)\]】〕］]"
_BAR = "|｜丨│┃"  # any upright bar sets key and outlet apart (`来源丨新京报`, 丨 the bar phones type)
_SEP = rf"\s*[：:／/{_BAR}]\s*"
_NESTED = r"[^（）()]*?(?:[（(][^（）()]*[）)][^（）()]*?)*"  # an outlet may hold brackets: 中国（大连）网
_OUTLET = r"[^，。；,;]{1,40}"
# A line may end as a sentence does, and a note may date its outlet: `来源：新华社，2026年3月5日。`
_END = r"(?:\s*[，,]\s*\d{4}\s*[年./-][\d\s月日./-]*日?)?\s*[。.]?$"
_LINE = re.compile(
    rf"^{_LEAD}{_OPEN}\s*{_KEYS}(?:{_SEP}|\s*)(?P<a>{_NESTED})\s*{_CLOSE}$"  # （来源：X） 【来源：X】
    rf"|^{_LEAD}{_OPEN}\s*{_KEYS}\s*{_CLOSE}(?:{_SEP}|\s*)(?P<b>{_OUTLET}){_END}"  # 【来源】X
    rf"|^{_LEAD}{_KEYS}{_SEP}(?P<c>{_OUTLET}){_END}"  # 来源：X  ——来源：X  来源/X  来源：X。
    rf"|^{_LEAD}{_FROM}\s*(?P<d>{_OUTLET}){_END}")  # 摘自《X》 转自X
_TAIL = re.compile(rf"{_OPEN}\s*{_KEYS}\s*[：:]?\s*(?P<a>[^（）()【】]{{1,40}}?)\s*{_CLOSE}$"
                   rf"|[—－一]{{1,2}}\s*{_KEYS}{_SEP}(?P<b>[^，。；,;（）()]{{1,40}})$")
# ——新华社, or 新华社 alone, set to the right (not a date: `2025年7月31日` signs a notice)
_ATTRIBUTION = re.compile(r"^(?:[—－]{1,2}\s*)?(?!.*\d\s*[年月日./-])(?P<a>[^，。；,;：:\s！？!?]{2,20})$")
_DATED = re.compile(r"\s*[（(]?\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*[）)]?$")  # 新华网 2024-07-01
_STARTS = re.compile(rf"^{_LEAD}{_OPEN}?\s*{_KEYS}\s*(?:[：:／/{_BAR}]|{_CLOSE}|$)")


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    v = unspaced(_DATED.sub("", text.strip())).strip("。.，,；; ")
    if v.count("《") <= 1 and v.count("》") <= 1:  # 《人民日报》 -> 人民日报
        v = v.strip("《》")
    return v or None


def source_line(text: str, align: str | None = None) -> str | None:
    """The source a whole line names (normalised text), or None if the line is not a source line.
    `align="right"`: the line is set to the right, where `——新华社` is an attribution."""
    s = text.strip()
    m = _LINE.match(simplified(s))
    if m:
        group = next(k for k, g in enumerate(m.groups(), 1) if g is not None)
        return _value(s[m.start(group):m.end(group)])
    if align == "right" and (m := _ATTRIBUTION.match(s)):
        return _value(m.group("a"))
    return None


def names_source(text: str) -> bool:
    """Does the line begin as a source line does (a key and its separator, perhaps after a dash or a
    bracket: `来源：`, `【来源】`)? Such a line is never a title, even where its outlet cannot be read;
    `来源地规则…` is no such line."""
    return bool(_STARTS.match(simplified(text.strip())))


def source_tail(text: str) -> tuple[str, str | None, str]:
    """A paragraph ending in `（来源：X）` or `——来源：X` -> (the paragraph before it, X, the source as
    printed)."""
    s = text.strip()
    m = _TAIL.search(simplified(s))
    if not m or m.start() == 0:
        return text, None, ""
    group = "a" if m.group("a") is not None else "b"
    return s[:m.start()].rstrip(), _value(s[m.start(group):m.end(group)]), s[m.start():m.end()]
