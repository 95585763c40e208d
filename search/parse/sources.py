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
import unicodedata

from search import vocab
from search.parse.celltable import caption_text
from search.parse.script import simplified
from search.parse.sourceforms import (
    ABOUT, ATTRIBUTION, BAR, BRACKETED, BY, BYLINE, CLOSE, DATED, DATELINE, EDITOR, END, HEARSAY, KEYS, KIND, LEAD, LINE,
    NAMES, NOT_OUTLET, OPEN, OUTLET_NAME, PIECE, REPORTED, REPORTER, SEP, SHELLED, SIGNED, STARTS, SUPPLIED, TAIL,
    TITLE_OUTLET, UNNAMED, URL, WRITTEN)
from search.text import unspaced


def _unaddressed(text: str) -> str:
    """`text` (stripped) without a web address after it (`经济日报　http://…`); an address alone stays."""
    text = text.strip()
    url = URL.search(text)
    return text[:url.start()].rstrip() if url and url.start() > 0 else text


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    text = _unaddressed(text)
    reporter = REPORTER.search(text)
    if reporter and reporter.start() > 0:
        text = text[:reporter.start()]
    # a dash lead-in may be closed by one (`— 来源：X —`, `～来源：X～`): no part of the outlet
    v = unspaced(DATED.sub("", text.strip())).strip("。.，,；; —–－~～")
    if v.count("《") <= 1 and v.count("》") <= 1:  # 《人民日报》 -> 人民日报
        v = v.strip("《》")
    return _unquoted(v) or None


def _unquoted(v: str) -> str:
    """An outlet wholly in one pair of quote brackets (「南方日报」, 『X』, 〈X〉, “X”) without them:
    any opening glyph that Unicode calls an opening or initial quote, closed by a closing one."""
    if len(v) > 2 and unicodedata.category(v[0]) in ("Ps", "Pi") and unicodedata.category(v[-1]) in ("Pe", "Pf") \
            and not any(unicodedata.category(c) in ("Ps", "Pi", "Pe", "Pf") for c in v[1:-1]):
        return v[1:-1].strip()
    return v


# The "comes from / first published in / reprinted from" family (data/sources.txt): `稿件来自 X`,
# `原载：X`, `（首发于X）`; a key that is an everyday word too (来自) only before a medium's name.
_PUBLISHED = vocab.words("sources", "published-in")
_BARE = set(vocab.words("sources", "published-in-bare"))
_MEDIUM_END = re.compile(rf"(?:{vocab.alternation(vocab.words('sources', 'medium-ends'))})$")
_KEY_END = "".join(vocab.words("sources", "key-ends"))
_NAME_CHARS = r"[\u4e00-\u9fffA-Za-z0-9·《》“”（）()\s&-]"
_PUBLISHED_LINE = re.compile(rf"^{LEAD}(?P<o>{OPEN})?\s*(?P<k>{vocab.alternation(_PUBLISHED)})\s*(?:{SEP})?"
                             rf"(?P<a>{_NAME_CHARS}{{2,24}}?)\s*(?(o){CLOSE}|){END}")
# A key not in the list, in the family's shape: up to six characters ending in one of its words
# (`稿源于`, `本文首载`), set apart from the name or not; or such a word and one naming what kind of
# outlet, before a colon (`刊发媒体：X`, `转载平台：X`), as 来源 takes one (`来源媒体：X`).
_UNLISTED_LINE = re.compile(rf"^{LEAD}(?P<o>{OPEN})?\s*(?P<k>[\u4e00-\u9fff]{{0,5}}[{_KEY_END}]{KIND})\s*(?:{SEP})?"
                            rf"(?P<a>{_NAME_CHARS}{{2,14}}?)\s*(?(o){CLOSE}|){END}")
_MEDIUM_CHARS = 14  # a medium's name: 中国产业经济信息网, 人民日报海外版


def _medium(name: str) -> bool:
    """Does a short text end as a medium's name does (网 报 社 台 客户端 …), no longer than one?"""
    name = unspaced(name).strip("《》“”")
    return 2 <= len(name) <= _MEDIUM_CHARS and bool(_MEDIUM_END.search(name)) and "的" not in name


def published_line(text: str, led: bool = False) -> str | None:
    """The outlet a short line of the "comes from / first published in" family names (`稿件来自 X`,
    `原载：X`, `（首发于X）`), or None. A key not in the vocabulary counts where the line is `led`
    (set as a source line is: after a mark, to the right) or in brackets, and before a medium's name."""
    s = simplified(text.strip())
    m = _PUBLISHED_LINE.match(s)
    if m and (m.group("k") not in _BARE or _medium(m.group("a"))) and not _FIELD_START.search(m.group("a")) \
            and sum(ch.isalpha() for ch in m.group("a")) >= 2 and "的" not in m.group("a"):
        return _value(text.strip()[m.start("a"):m.end("a")])
    m = _UNLISTED_LINE.match(s)
    if m and (led or m.group("o") or re.match(ABOUT, m.group("k"))) and _medium(m.group("a")) \
            and not NOT_OUTLET.search(m.group("k")):  # 本文来源于科技日报: a key about the piece, wherever set
        return _value(text.strip()[m.start("a"):m.end("a")])
    return None


# An image credit (data/sources.txt): who made or gave a picture, never the story's source nor its text:
# `会员单位供图`, `图片来源：新华社`, `图/视觉中国`, `摄影：张三`, `新华社记者 张三 摄`, `图片由会员单位提供`.
_CREDIT_NAME = r"[^，。；,;：:！？!?\s（）()][^，。；,;：:！？!?（）()]{0,23}?"
_IMAGE_CREDIT = re.compile(
    rf"^[▲△▼▽↑↓●◆◇■□※]?\s*{OPEN}?\s*(?:(?:{vocab.alternation(vocab.words('sources', 'image-credit-keys'))})"
    rf"\s*(?:[：:／/{BAR}]|由|来自|源自|来源于)\s*{_CREDIT_NAME}\s*(?:提供|拍摄|供图)?"
    rf"|{_CREDIT_NAME}\s*[／/]?\s*(?:{vocab.alternation(vocab.words('sources', 'image-credit-ends'))})"
    rf"|(?:{_CREDIT_NAME}(?:\s+|\s*[／/]\s*)|.{{0,12}}(?:记者|通讯员)\s*[\u4e00-\u9fff·]{{2,4}}\s*)"
    rf"(?:{vocab.alternation(vocab.words('sources', 'image-credit-shot'))}))"
    rf"\s*{CLOSE}?\s*[。.]?$")


def image_credit(text: str) -> bool:
    """Does a short line only credit a picture (`会员单位供图`, `图片来源：新华社`, `图/视觉中国`, `张三 摄`)?"""
    return bool(_IMAGE_CREDIT.match(simplified(text.strip())))


def source_line(text: str, align: str | None = None, led: bool = False) -> str | None:
    """The source a whole line names (normalised text), or None if the line is not a source line.
    `align="right"`: the line is set to the right, where `——新华社` is an attribution; `led`: a mark
    leads it (`◎`), as a source line is set."""
    s = _unaddressed(text)  # `来源：经济日报　http://…`: the address is no part of the line's outlet
    if (m := SUPPLIED.match(simplified(s).strip())) and _medium(m.group("a")) and outlet_shaped(m.group("a")):
        return _value(s.strip()[m.start("a"):m.end("a")])
    if image_credit(s):  # `会员单位供图`, `图片来源：新华社`: a picture's credit names no source
        return None
    m = LINE.match(simplified(s))
    if m and m.group("f") is not None and not _media(m.group("f")) and not (led or align == "right"):
        m = None  # a key with only a space or nothing after it: a medium's name, or media's (`来源 央视新闻、经济参考报`),
        # or any name where the line is set as a source line is (`　　　　来源于工业和信息化部`, right)
    if not m and (found := published_line(s, led or align == "right")):
        return found
    if m and m.group("e") is not None and UNNAMED.search(m.group("e")):
        return None  # `据媒体报道`, `据业内媒体公开报道整理`: a kind of reporter, no outlet named
    if m:
        group = next(k for k, g in enumerate(m.groups(), 1) if g is not None)
        raw = s[m.start(group):m.end(group)]
        credit = _FIELD_START.search(raw)  # the outlet runs on into credits: `来源：X　责任编辑：Y`
        return _value(raw[:credit.start()] if credit else raw)
    fields = _credit_fields(s)
    if fields:
        return fields
    if (m := BYLINE.match(simplified(s))) and outlet_shaped(m.group("a")):  # 央视新闻客户端 / 记者 李晶晶
        return _value(s[m.start("a"):m.end("a")])
    if (m := REPORTED.fullmatch(simplified(s).strip())) and outlet_shaped(m.group("a")):  # （新华社报道）, alone
        return _value(s.strip()[m.start("a"):m.end("a")])
    if m := WRITTEN.match(simplified(s).strip()):  # （文/X）: who wrote it, an outlet's name or a person's
        return _value(m.group("a")) if outlet_shaped(m.group("a")) and (_medium(m.group("a")) or len(m.group("a")) > 3) else None
    if align == "right" and (m := ATTRIBUTION.match(s)) and not caption_text(s) \
            and not names_source(s):  # not `续表` over a table's rest, nor a key alone (`参考资料`)
        return _value(m.group("a"))
    if (m := _COMPILED.match(simplified(s))) and outlet_shaped(m.group("a")) and not _MATERIAL.search(m.group("a")):
        return _value(s.strip()[m.start("a"):m.end("a")])  # 据新浪财经整理: compiled from an outlet
    if m := BY.match(simplified(s).strip()):  # 据新华社, （据新华社）: an outlet or nothing, never `据统计`
        return _value(s.strip()[m.start("a"):m.end("a")]) if _medium(m.group("a")) and outlet_shaped(m.group("a")) else None
    if (m := BRACKETED.match(s)) and outlet_shaped(m.group("a")):  # （经济日报）, alone after a story
        return _value(m.group("a"))
    if (m := SHELLED.match(s.strip())) and _medium(m.group("a")) and outlet_shaped(m.group("a")):
        return _value(m.group("a"))  # 〔香港中通社〕 alone: a medium's name in tortoise-shell brackets, never a banner
    if s.lstrip()[:1] in "—－" and (m := ATTRIBUTION.match(s.strip())) and _medium(m.group("a")) \
            and outlet_shaped(m.group("a")):
        return _value(m.group("a"))  # `——新华社` alone, wherever set: a medium, not a quotation's author (`——王文涛`)
    return None


# A line that only says the story was compiled from an outlet (`据新浪财经整理`, `根据每日经济新闻综合整理`),
# not from material of a kind (`据公开资料整理`, `据统计数据整理`).
# … said of the piece or by its editor (`本条据科技日报编发`, `本刊据X整理`), with any verb of editing.
_COMPILED = re.compile(rf"^{LEAD}{OPEN}?\s*(?:{PIECE}|{EDITOR})?\s*根?据\s*(?P<a>[^，。；,;：:\s（）()]{{2,14}}?)\s*(?:综合)?"
                       rf"(?:整理|编辑|编写|编译|编发|摘编|改写)"
                       rf"\s*{CLOSE}?{END}")
_MATERIAL = re.compile(r"(?:资料|数据|统计|信息|材料|文件|报告|公告|内容|素材)$|^(?:公开|相关|有关|网络|媒体|多家|了解|悉|统计|调查|测算)")


# A line of fields: the source among credits (`来源：新华财经　　责任编辑：李晓`, `（责任编辑：李晓　来源：国新网）`).
_CREDIT_KEYS = r"(?:责任编辑|编辑|责编|审核|审校|校对|作者|记者|通讯员|摄影|图片|图源|配图|供稿|编审|监制|统筹)"
_FIELD_START = re.compile(rf"(?<=\S)\s*{_CREDIT_KEYS}\s*[：:]")


# a credit may be written with a slash, as a byline is (`文/张三`, `图/李四`)
_SLASH_CREDIT = r"(?:文|图|文图|图文|撰稿|编辑|摄影)\s*[／/|｜]"
_FIELD_KEY = re.compile(rf"(?:{_CREDIT_KEYS}\s*[：:]|{KEYS}\s*[：:]|{_SLASH_CREDIT})")


def _credit_fields(s: str) -> str | None:
    """A line of fields, one of them a source and the others credits, spaces between them or none
    (the text may have lost them): the source."""
    core = s[1:-1] if len(s) > 2 and s[0] in "（(" and s[-1] in "）)" else s
    core = core.strip()
    cuts = [m.start() for m in _FIELD_KEY.finditer(core)]
    parts = [core[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(core)]) if core[a:b].strip()]
    if len(parts) < 2:
        return None
    sources = [LINE.match(simplified(p)) for p in parts]
    credits = [re.match(rf"^(?:{_CREDIT_KEYS}\s*[：:]|{_SLASH_CREDIT})", p) for p in parts]
    if sum(1 for m in sources if m) != 1 or not all(m or c for m, c in zip(sources, credits)):
        return None
    m = next(m for m in sources if m)
    part = parts[sources.index(m)]
    group = next(k for k, g in enumerate(m.groups(), 1) if g is not None)
    return _value(part[m.start(group):m.end(group)])


def _media(text: str) -> bool:
    """A medium's name, or media's listed (`央视新闻、经济参考报`), and nothing else: what a key with no
    colon after it may name (`来源 新华社`, read `来源新华社`); not a word the key begins (`来源地规则`)."""
    names = text.strip().split("、")
    return bool(NAMES.fullmatch(text.strip())) and not UNNAMED.search(text) \
        and all(_medium(n) and outlet_shaped(n) for n in names)


def outlet_shaped(name: str) -> bool:
    """Could this short text, alone in brackets, be an outlet's name (`经济日报`, `经济通`, `新华社`)?
    Not a note, a credit or a version (`完`, `节选`, `记者张三`, `征求意见稿`), nothing with a digit."""
    name = unspaced(name.strip())
    return bool(OUTLET_NAME.match(name)) and len(re.findall(r"[\u4e00-\u9fff]", name)) >= 2 \
        and not _noted(simplified(name)) and not image_credit(name)


def _noted(name: str) -> bool:
    """Does a word of a note, a credit or a part stand in the name (`节选`, `记者张三`, `上篇`)? A word of one
    character (上, 第, 附) only where the name does not end as a medium's does: `上海证券报` is an outlet."""
    return any(len(m.group()) > 1 or not _medium(name) for m in NOT_OUTLET.finditer(name))


# A footnote that only cites its outlet, perhaps dated: `香港01，2026年3月5日。`, `新华社 2026-03-05`,
# `《人民日报》`. The name may hold digits where a date follows it (the date tells it is a citation).
_NOTE_CITE = re.compile(r"^(?P<a>《?[\u4e00-\u9fffA-Za-z0-9·]{2,20}》?)\s*(?P<d>[，,、]?\s*\d{4}\s*[-./年]\s*\d{1,2}"
                        r"\s*[-./月]\s*\d{1,2}\s*日?)?\s*[。.]?$")


def note_source(text: str) -> str | None:
    """The source a footnote or endnote names: a source line, or an outlet's name alone, perhaps with
    the date (`香港01，2026年3月5日。`); None where the note says more than that."""
    found = source_line(text)
    if found is not None:
        return found
    text = _unaddressed(text)  # `中评社 http://…`: the outlet and its page's address
    m = _NOTE_CITE.match(text.strip())
    if not m:
        return None
    name = m.group("a").strip("《》")
    if len(re.findall(r"[\u4e00-\u9fff]", name)) < 2 or NOT_OUTLET.search(simplified(name)):
        return None
    # undated, it names an outlet only in a medium's shape: in 《》, or ending as a medium does
    medium = m.group("a").startswith("《") or re.search(r"(?:社|网|报|台|刊|新闻)$", name)
    return _value(name) if m.group("d") or (medium and outlet_shaped(name)) else None


def title_outlet(title: str) -> tuple[str, str | None]:
    """A title whose last bracket names the outlet (`八部门印发…意见（经济通）`) -> (the title without it,
    the outlet); (title, None) where the bracket is no outlet's name."""
    m = TITLE_OUTLET.match(title.strip())
    if m and outlet_shaped(m.group("a")):
        return m.group("rest"), _value(m.group("a"))
    # a source line set on the title's line, after it: `标题（来源：新华社）`, `标题　来源：新华社`
    s = title.strip()
    for cut in _TITLE_CUTS.finditer(s):
        rest = s[:cut.start()].rstrip()
        found = source_line(s[cut.start():].strip())
        if len(rest) >= 4 and found:
            return rest, found
    return title, None


_TITLE_CUTS = re.compile(rf"(?:{OPEN}|\s+|[—－]{{1,2}})(?={KEYS})")


def dateline(text: str) -> tuple[str, str | None, str]:
    """A paragraph opening with a dateline (`新华社北京3月5日电（记者…）…`) -> (the text after it, the
    outlet, the dateline as printed); (text, None, "") without one. `本报讯` is a credit, no outlet."""
    s = text.strip()
    m = DATELINE.match(s)
    if not m or m.group("a").startswith(("本报", "本刊", "本网", "本台")) or m.end() >= len(s):
        return text, None, ""
    return s[m.end():], _value(m.group("a")), s[:m.end()].rstrip()


# A story's first sentence opening on whose report it is: `据人民日报客户端消息，3月20日，…` (the sentence is the text).
_HEARSAY_LEAD = re.compile(rf"^{HEARSAY}\s*[，,]")


def lead_source(text: str) -> tuple[str, str | None, str]:
    """The outlet a story's first paragraph opens with -> (the text after what is no text, the outlet, that
    printed part): a dateline (`新华社北京3月5日电（记者…）`, no text), or `据X消息，` opening its first sentence, X
    named as a medium is (网, 社, 报, 客户端 …; the sentence kept whole as text); (text, None, "") with neither."""
    rest, outlet, printed = dateline(text)
    if outlet:
        return rest, outlet, printed
    m = _HEARSAY_LEAD.match(simplified(text.strip()))
    if m and outlet_shaped(m.group("e")) and _medium(m.group("e")):  # a medium: `据海关总署消息` cites no outlet
        return text, _value(text.strip()[m.start("e"):m.end("e")]), ""
    return text, None, ""


def names_source(text: str) -> bool:
    """Does the line begin as a source line does (a key and its separator, perhaps after a dash or a
    bracket: `来源：`, `【来源】`)? Such a line is never a title, even where its outlet cannot be read;
    `来源地规则…` is no such line. Nor is a line that says from what the story was compiled."""
    s = simplified(text.strip())
    return bool(STARTS.match(s) or _COMPILED.match(s))  # 据公开资料整理 too


def source_tail(text: str) -> tuple[str, str | None, str]:
    """A paragraph ending in `（来源：X）` or `——来源：X` -> (the paragraph before it, X, the source as
    printed)."""
    s = text.strip()
    m = TAIL.search(simplified(s))
    if not m or m.start() == 0:
        m = REPORTED.search(simplified(s))
        if not m or m.start() == 0 or not outlet_shaped(m.group("a")):
            return _signed(s) or (text, None, "")
        return s[:m.start()].rstrip(), _value(s[m.start("a"):m.end("a")]), s[m.start():m.end()]
    group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
    return s[:m.start()].rstrip(), _value(s[m.start(group):m.end(group)]), s[m.start():m.end()]


def _signed(s: str) -> tuple[str, str, str] | None:
    """A paragraph whose last sentence is followed by an outlet with no key (`。——新京报`, `。[澎湃新闻]`,
    `。（据封面新闻）`) -> (the paragraph before it, the outlet, as printed); None otherwise."""
    m = SIGNED.search(simplified(s))
    group = next((g for g in ("a", "b", "m") if m and m.group(g) is not None), None)
    if group is None or m.start() == 0:
        return None
    name = s[m.start(group):m.end(group)]
    if not (outlet_shaped(name) or (group == "b" and _numbered_outlet(name))) or (group == "m" and not _medium(name)):
        return None
    return s[:m.start()].rstrip(), _value(name), s[m.start():].strip()


# An outlet whose name holds a number (`36氪`, `21世纪经济报道`, `香港01`), in brackets after the text: a number with
# no measure after it (`2025年`, `3条`) and no figure's or item's label before it (`图2`, `附表1`, `第3`).
_NUMBERED = re.compile(r"^(?!.*\d\s*[年月日期号条个家项款页版%％元亿万])(?!.*[图表第]\s*\d)"
                       r"(?=.*[\u4e00-\u9fff])(?=.*\d)[\u4e00-\u9fffA-Za-z·0-9]{3,12}$")


def _numbered_outlet(name: str) -> bool:
    name = unspaced(name.strip())
    return bool(_NUMBERED.match(name)) and not _noted(simplified(name)) and not image_credit(name)
