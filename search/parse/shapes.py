"""The shapes of printed lines that structure rests on, whatever glyphs draw them: part of parsing
(blocks -> structure -> items).

- A **frame**: the same decoration on both ends of a line (`◆X◆`, `■ X ■`, `——X——`, `〓X〓`), or an
  opening and a closing bracket (`【 X 】`, `〖X〗`). Decoration is any symbol or punctuation character
  (Unicode categories S* and P*) except the marks that carry meaning in running text: parentheses
  (a note), book-title marks (a name), quotes, and sentence punctuation.
- A **rule**: a line of decoration only (`━━━━`, `* * *`, `====`); an **end mark** is a frame around
  no name (`- END -`, `——完——`).
- A **part number**: `第一部分 X`, `第2篇：X`, `01 | X`, `PART 1 X`, a typeset `1　X`; a **number badge**
  is such a number on a line of its own, framed or set like a page's (`— 01 —`, `/ 02 /`, `PART 03`,
  `NO.4`, `05`).
- A **list number**: `1.`, `1、`, `（1）`, `(2)`, `①`, `一、`, `（一）`, a subsection's `2.1　`, `NO.1｜` at the
  start of a line.
- A **wide gap**: the run of spaces that sets two columns apart on one printed line.
- A **mark** before a title or a list item (`▲`, `►`, `☆`, `❖`, `→`, `※`, a Wingdings bullet, an
  emoji): a run of symbols (Unicode categories So, Sm), private-use glyphs and bullet-like
  punctuation at the start of a line; an ASCII one (`-`, `*`, `+`, `>`) only before a space or
  doubled (`>>`). Not a mark: brackets, quotes and book-title marks (they open a name or a note),
  dashes (a lead-in: `——来源：X`), currency, numbers (`①`, `❶` are list numbers).
"""
from __future__ import annotations

import bisect
import re
import unicodedata

from search.parse.uniclass import dots, number_glyphs, symbols

__all__ = ["unframe", "is_rule", "is_end_mark", "number_badge", "part_core", "part_after", "strip_list_number", "labelled", "columns", "indent_width",
           "leading_mark", "strip_mark", "printed_width", "LineMeasure"]

# Punctuation with a meaning in running text: never a frame, never a rule.
_MEANINGFUL = set("（）()《》〈〉“”‘’\"'。，、；：！？.,;:!?…·%&@/\\")


def _decoration(c: str) -> bool:
    return c not in _MEANINGFUL and unicodedata.category(c)[0] in "SP"


def _pair(left: str, right: str) -> bool:
    """Do these two characters frame a line: the same decoration, or an opening and a closing bracket?"""
    if not (_decoration(left) and _decoration(right)):
        return False
    if left == right:
        return unicodedata.category(left) not in ("Ps", "Pe")
    if unicodedata.category(left)[0] == "S" and unicodedata.category(right)[0] == "S":
        return True  # two symbols facing each other: `◤X◢`, `▶X◀`, `<X>`
    if unicodedata.category(left) in ("Pi", "Pf") and unicodedata.category(right) in ("Pi", "Pf"):
        return True  # quotes drawn as decoration, either way round: `«X»`, `»X«`, `›X‹`
    return unicodedata.category(left) == "Ps" and unicodedata.category(right) == "Pe"


def _closed_early(s: str) -> bool:
    """Is the bracket opening `s` closed before its end (`〔二〕标题［新华网］`: a number, then a title and
    its outlet, no frame)?"""
    if unicodedata.category(s[0]) != "Ps" or unicodedata.category(s[-1]) != "Pe":
        return False
    depth = 0
    for c in s[:-1]:
        depth += {"Ps": 1, "Pe": -1}.get(unicodedata.category(c), 0)
        if depth <= 0:
            return True
    return False


_GLOSS_AFTER = re.compile(r"\s+[A-Za-z][A-Za-z\s&'.-]*[A-Za-z]\s*$")  # `◆ 数据月报 ◆ MONTHLY DATA`


def unframe_glossed(text: str) -> str | None:
    """The core of a framed line, or of one framed with a Latin gloss after its frame
    (`◆ 数据月报 ◆ Monthly Data` -> `数据月报`); None if neither."""
    core = unframe(text)
    if core is None and (bare := _GLOSS_AFTER.sub("", text).strip()) != text.strip() and bare:
        core = unframe(bare)
    return core


def unframe(text: str) -> str | None:
    """The core of a framed line, whitespace inside kept; None if the line is not framed.

    `◆ 行业资讯 ◆` -> `行业资讯`; `——数据月报——` -> `数据月报`; `【◆协会动态◆】` -> `协会动态`.
    """
    s = text.strip()
    framed = False
    while len(s) >= 2 and _pair(s[0], s[-1]) and not _closed_early(s):
        s = s[1:-1].strip()
        framed = True
    return s if framed and s else None


_WORD = r"[\u4e00-\u9fffA-Za-z](?:[ \u3000]?[\u4e00-\u9fffA-Za-z])"  # a word, spaced out or not (`栏 目`)
_LABELLED = re.compile(rf"^(?P<open>\S)[ \u3000]*(?P<label>{_WORD}{{0,5}})[ \u3000]*(?P<close>\S)"
                       r"[ \u3000]*(?P<name>\S.*)$")
# or a short word and a mark between it and the name: `栏目：行业资讯`, `栏目｜行业资讯`, `栏目◆行业资讯`
_LABEL_MARK = re.compile(rf"^(?P<label>{_WORD}{{0,3}})[ \u3000]*(?P<sep>[^\w\s]{{1,3}})[ \u3000]*(?P<name>\w.*)$")


def labelled(text: str) -> tuple[str, str] | None:
    """A short word in a frame of its own, then a name (`【栏目】行业资讯`, `〔专栏〕 协会动态`, `〘栏目〙数据月报`),
    or with a mark between them (`栏目：行业资讯`, `栏目｜X`), whole or inside a frame (`【栏目·行业资讯】`):
    (the label, spaces out, the name); None if the line is not so made."""
    s = text.strip()
    m = _LABELLED.match(s)
    if m and _pair(m["open"], m["close"]):
        return "".join(m["label"].split()), m["name"].strip()
    m = _LABEL_MARK.match(unframe(s) or s)
    if m and all(unicodedata.category(c)[0] in "PS" and unicodedata.category(c) not in ("Ps", "Pi") for c in m["sep"]):
        return "".join(m["label"].split()), m["name"].strip()
    return None


def is_rule(text: str) -> bool:
    """A line of decoration only, three characters or more, of at most two kinds (`━━━━`, `* * *`,
    `-=-=-`)."""
    s = re.sub(r"\s+", "", text)
    if len(s) >= 3 and len(set(s)) == 1 and s[0] in "·・•‧∙" and len(text.strip()) > len(s):
        return True  # a dot that is a name's glyph elsewhere, spaced out on a line of its own: `· · ·`
    return len(s) >= 3 and len(set(s)) <= 2 and all(map(_decoration, s))


def is_end_mark(text: str) -> bool:
    """A framed mark that holds no name (`- END -`, `——完——`, `★ THE END ★`): the end of an article,
    page furniture like a rule. A name has two Chinese characters at least. The frame is one
    decoration repeated: markdown's emphasis (`**NTT DATA**`) is markup and brackets (`【AI】`) hold a
    word, neither an end mark."""
    s = text.strip()
    if s and _END_WORDS.match(re.sub(r"[\W_]+", "", s)):  # END, （完）, 全文完, 本期终 without a frame
        return True
    if not s or s.startswith(("*", "_")) or unicodedata.category(s[0]) == "Ps":  # 【AI】 is a bracketed word
        return False
    core = unframe(text)
    return core is not None and len(_HAN.findall(core)) < 2 and not any(c.isdigit() for c in core)


# The words of an end mark, by their make: what ends (本期, 全文, 本文 …, its 内容 or not) and the word
# for the end (完, 终, 结束, 完毕); `END`, `THE END`; a story to be continued (`未完待续`).
_END_WORDS = re.compile(r"^(?:(?:the)?end|fin|(?:(?:本|全)[期文刊篇报辑]|正文)?(?:内容)?(?:[完终終]|结束|結束|完结|完結|完毕|完畢)"
                        r"|(?:未完)?待续|(?:未完)?待續)$", re.I)
_BADGE = re.compile(r"^(?P<pre>[^\w\s（）()]*)\s*(?P<word>PART|Part|part|NO\.?|No\.?)?\s*(?P<n>\d{1,2})\s*"
                    r"(?P<post>[^\w\s（）()]*)$")


def number_badge(text: str) -> tuple[str, bool] | None:
    """A line that is only a part's number (`— 01 —`, `/ 02 /`, `PART 03`, `NO.4`, `05`): (the number,
    whether it is set apart as a part's is: framed or named PART/NO, not only a number written with
    its zero); None for any other line, a lone page number `3` too."""
    m = _BADGE.match(text.strip())
    if not m:
        return None
    pre, post = m.group("pre"), m.group("post")
    framed = bool(pre) and bool(post) and (pre[-1] == post[0] or _pair(pre[-1], post[0]))  # — 01 —, / 02 /
    if framed or m.group("word"):
        return m.group("n"), True
    return (m.group("n"), False) if m.group("n").startswith("0") and not m.group("pre") + m.group("post") else None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _han_numerals() -> str:
    """The ideographs Unicode gives a numeric value from 0 to 10, or a ten's or a hundred's: 一二三 as
    written every day, 壹贰叁 as written on cheques (financial numerals), 〇零两, 廿卅, traditional
    forms (貳參陸); not 千万亿, which count, never number a list."""
    found = [chr(c) for c in range(0x3000, 0xA000) if unicodedata.category(chr(c)) in ("Lo", "Nl")
             and (v := unicodedata.numeric(chr(c), None)) is not None and (v <= 10 or v in (20, 30, 40, 100))]
    return "".join(found)


_CN_NUM = _han_numerals()
# A list's or part's number in Roman numerals, as one glyph each (Ⅱ) or as letters (II)
_ROMAN = r"(?:[\u2160-\u217f]{1,4}|X|IX|IV|V?I{1,3}|V)"
_PART = re.compile(rf"^(?:第\s*(?:[{_CN_NUM}\d]{{1,3}}|{_ROMAN})\s*(?:部分|篇|章|单元|板块|版块|辑|栏|版)\s*[：:、.．|｜丨\s]?"
                   rf"|(?:PART|Part|part|NO\.?|No\.?)\s*(?:\d{{1,2}}|{_ROMAN}(?![A-Za-z]))\s*[：:、.．|｜丨/\s]"  # PART 1 X, Part Ⅱ X
                   r"|\d{1,2}\s*[|｜丨/]"  # 01 | X, 2丨X
                   r"|0\d\s*[：:、.．\s]?"  # 01 X: a number set like a page's
                   # 1　X: a typeset section's number, a space apart (not a count: `3 家`)
                   r"|[1-9]\d?[ \t\u3000\xa0]+(?=[\u4e00-\u9fff]{2})(?![家个项名人月日年位次批件亿万元期届号]))"
                   r"\s*(?P<core>\D.*)$")


# A part's marker by its shape, in any script: 第N部分 (and 篇, 章…), a Latin word for a part and its
# number (`Part 1`, `SECTION Ⅱ`). Run into the name (`Part 1数据月报`: a number then a Chinese character
# cannot be one figure) or set after it (`数据月报 PART 2`, and a Roman numeral glyph: `数据月报 Ⅳ`; only
# framed). A Roman glyph before words is a list number as often (`Ⅴ. 大连东软信息学院`, a story's title).
_MARKER = (rf"(?:第\s*(?:[{_CN_NUM}\d]{{1,3}}|{_ROMAN})\s*(?:部分|篇|章|单元|板块|版块|辑|栏|版)"
           rf"|(?i:part|section|chapter)\s*(?:\d{{1,2}}|{_ROMAN}))")
_MARK_SEP = r"[\s：:、.．|｜丨/·・•\-—–]*"
_GLUED_PART = re.compile(rf"^{_MARKER}{_MARK_SEP}(?P<core>[\u4e00-\u9fff].*)$")
_PART_AFTER = re.compile(rf"^(?P<core>.*[\u4e00-\u9fff]){_MARK_SEP}(?:{_MARKER}|[\u2160-\u217f]{{1,4}})$")


def part_after(text: str) -> str | None:
    """`数据月报 PART 2`, `数据月报·第三部分`, `数据月报Ⅱ` -> `数据月报`: a part's marker after the name. For the
    core of a frame only (callers still ask whether it names a section)."""
    text = text.strip()
    m = _PART_AFTER.match(text) or _PART_AFTER.match(unicodedata.normalize("NFKC", text))
    return m["core"].strip() if m else None


def part_core(text: str) -> str | None:
    """`第一部分 行业资讯`, `01 | 行业资讯`, `PART 2 行业资讯`, `Part 1行业资讯` -> `行业资讯`; None for a line
    that is not numbered as a part (callers still ask whether the core names a section)."""
    text = text.strip()
    m = _PART.match(text) or _PART.match(unicodedata.normalize("NFKC", text))  # `０２　X` as `02 X`
    m = m or _GLUED_PART.match(text) or _GLUED_PART.match(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    core = m.group("core").strip()
    return unframe(core) or core


# 1. 1、 1． 1） (1) （1） ① 一、 （一） — a number and its mark, then the text. `1.5万` and `2025年` are
# not list numbers: a number with a point must not run into a digit, unless into a year (`1.2025年…`,
# a list number whose space the text's normalising took: no decimal runs to four places and 年).
# A glyph that is a number on its own (circled, parenthesised, with a full stop: ⑴ ⒈ ㈠ ㊀ ➀ ❶ ①), by
# its Unicode class: an "other number" with a value that is no superscript, subscript or fraction.
_NUMBER_GLYPHS = number_glyphs()  # (uniclass.py: found without a loop over the plane)
# The ten heavenly stems number lists as 一二三 do (`甲、X`, `（乙）X`); only so marked, never in a word
# (甲级, 乙方), nor where the next stem follows (`甲、乙双方…` names two parties).
_STEMS = "甲乙丙丁戊己庚辛壬癸"
# Any opening and closing bracket (Unicode's Ps and Pe) holds a list's number, but those that hold a
# name (book-title marks 《》, corner quotes 「」『』); 〈〉 too (`〈一〉`: a work inside 《》 is never a bare numeral).
_OPENING = symbols(("Ps",), leave="《「『﹁﹃〝")
_CLOSING = symbols(("Pe",), leave="》」』﹂﹄〞〟")
# Angle brackets, math symbols to Unicode, hold a number as brackets do (`＜一＞`, `<2>`).
_ANGLES = ("<＜‹", ">＞›")
# A pair of numbers, a section's and a story's in it (`2-1`, `2.1`, `2—1`), one or two digits each: a
# date's year, a range of years (`2025—2026年`) and a figure (`1.3万亿元`) run past it or into a unit.
_PAIR = r"\d{1,2}\s*[-－‐‑–—―.．]\s*\d{1,2}"
_BARE_PAIR = r"[1-9]\d?\s*[-－‐‑–—―.．]\s*[1-9]\d?"  # bare, neither number begins with a nought: `03-15 X` is a date
_UNIT_AFTER = "亿万千百元%％年月日号季周期届家个项名人次批件位"  # `1—2 月`, `3-5 家`: a range, not a number
# A number set off by a dot between words (`三 · X`, `4・X`, `2•X`: middle dots and bullets by name);
# not one dot between two numbers, a date's or a name's (`3·15`, `一·二八`), but before a year (`一·2025年…`).
_DOTS = dots()
_DOTTED = (rf"\d{{1,2}}\s*[{_DOTS}]\s*(?=[^\d\s]|(?:19|20)\d\d\s*年)"
           rf"|[{_CN_NUM}]{{1,3}}\s*[{_DOTS}]\s*(?=[^{_CN_NUM}\s])")
# `01`…`09` run into the title where a scan lost the mark or space between (`▍01 X` read `01X`): no
# title begins with a nought but a generation's (`00后`), a date's (`05月`) or a figure's (`0.5%`), so a
# nought's number before an ideograph, a quote, a year, a month or a range of months is a list's.
_GLUED = (rf"0[1-9](?=(?![{_UNIT_AFTER}后时点号版])[\u4e00-\u9fff]|[“‘\"《「『]|(?:19|20)\d\d\s*年"
          r"|[1-9]\d?\s*[-－‐‑–—―~～至]\s*[1-9]\d?\s*月|(?:1[0-2]|[1-9])\s*月)")
_LIST_NUMBER = re.compile(
    rf"^(?:{_DOTTED}|{_GLUED}|[{_STEMS}]\s*、(?![{_STEMS}])|[（(【〔\[［]\s*[{_STEMS}]\s*[)）】〕\]］]"
    rf"|\d{{1,2}}\s*[.．﹒](?!\d)|\d{{1,2}}\s*[.．](?=(?:19|20)\d\d\s*年|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)|\d{{1,2}}\s*[、)）]"
    rf"|[{_OPENING}{_ANGLES[0]}]\s*(?:{_PAIR}|\d{{1,2}}|[{_CN_NUM}]{{1,3}}|{_ROMAN})\s*[{_CLOSING}{_ANGLES[1]}]"  # in any brackets: （1） 〔一〕 【壹】 ［Ⅱ］ ＜一＞ [2-1]
    rf"|{_BARE_PAIR}(?:\s*[、:：|｜丨/]\s*|[ \t\u3000\xa0]+(?![{_UNIT_AFTER}\s]))"  # a section's and story's numbers, bare: `2-1 X`, `2—1、X`
    rf"|[\u2460-\u2473\u2776-\u277f\u24eb-\u24f4]|[{_CN_NUM}]{{1,3}}\s*(?:[、．﹒)）]|[.](?!\d))"  # 一、 壹. 三）
    rf"|[\u2160-\u217f]{{1,4}}\s*[.．、]?|(?:X|IX|IV|V?I{{1,3}}|V)\s*[.．、](?!\s*[A-Za-z.])"  # Roman: `Ⅱ. X`, `IV、X`
    r"|\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?[ \t\u3000\xa0]+(?![亿万千百元%％\s])"  # a subsection's `2.1　X`, `1.2.3 X`
    # `NO.1｜X`, `No.2 X`; run into the title's year or day where a scan lost the space (`No.12025年…`)
    r"|(?:NO|No|no)\s*[.．]?\s*(?:\d{1,2}(?=(?:19|20)\d\d\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日)|\d{1,2}(?!\d))"
    r"\s*[｜|丨/:：.．、]?"
    rf"|[{_NUMBER_GLYPHS}]\s*[.．、]?"  # one glyph that is a number: ⑴ ⒈ ㈠ ㊀ ➀ (by its Unicode class)
    rf"|第\s*(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})\s*[条篇则项章节]\s*[：:、.．|｜丨/\s]"  # `第1条 X`, `第二篇：X`
    r"|0\d\s*[/／|｜丨:：]?[ \t\u3000\xa0]+|\d{1,2}\s*[/／](?!\d)|\d{1,2}\s*[|｜丨]"  # `01 X`, `01/ X`, `2｜X`, `01｜2025年…`
    r"|[#＃№]\s*\d{1,2}[ \t\u3000\xa0.．:：、]"  # `#1 X`
    r"|[1-9]\d?[ \t\u3000\xa0]+(?=[“‘\"《「『]?(?:[\u4e00-\u9fff]|[A-Za-z]{2}))(?![家个项名人月日年位次批件亿万元期届号])"  # `1 X`, `2 CES…`
    r"|[1-9]\d?[ \t\u3000\xa0]+(?=(?:\d{1,2}\s*[月季]|(?:19|20)\d\d\s*年))"  # `3　1月…`, `2 2025年…`: the title's own date
    r"|[A-Z]\s*[.．、)）](?!\s*[A-Za-z.．\d])"  # `A. X`, `B、X` (not `U.S.`)
    r"|(?:x|ix|iv|v?i{1,3}|v)\s*[.．、)）](?!\s*[A-Za-z.\d]))\s*")  # `ii. X`


# Full-width digits and Latin letters read as their ASCII forms (one character for one, so the match's
# end stands where it did): `２　标题` is numbered as `2　标题` is, `Ｂ．标题` as `B. 标题`.
_HALF_WIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(r[0], r[1] + 1)}


def strip_list_number(text: str) -> str:
    """A title without its list number: `1.世贸组织…` -> `世贸组织…`, `（二）…` -> `…`."""
    m = _LIST_NUMBER.match(text.strip().translate(_HALF_WIDTH))
    if not m or m.end() >= len(text.strip()):
        return text.strip()
    return text.strip()[m.end():]


# Two columns on one line: at least two ideographic spaces, a tab, or four ASCII spaces, between text;
# or an upright rule drawn between them, spaces on both sides (`数据月报  ‖  行业资讯`, `X │ Y`).
_BARS = "‖│┃║¦|｜┆┇┊┋"
_GAP = re.compile(rf"[ \t\u3000\xa0]+[{_BARS}][ \t\u3000\xa0]+"
                  r"|(?:\t|[ \u3000\xa0]*\u3000[ \u3000\xa0]*\u3000[ \u3000\xa0]*| {4,})[ \t\u3000\xa0]*")


def printed_width(text: str) -> int:
    """The printed width of a line in ASCII columns: a wide (CJK) character counts two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_MEASURE, _SLACK = 0.85, 4  # a full line: this share of the widest or more; columns of slack


class LineMeasure:
    """The widths of a section's printed lines (blocks of a text file), taken once: a section of thousands
    of lines is read in n log n, not n squared."""

    def __init__(self, blocks: list) -> None:
        self.widths = sorted(printed_width(x.raw.strip()) for x in blocks if x.raw is not None and x.kind == "paragraph")

    def full(self, b) -> bool:
        """Is a printed line as wide as the text's measure: near the widest other line of its section,
        with two other lines at least as wide, less a little (hard-wrapped lines run to the measure)?
        Such a line runs on into the next one: it is no title, whatever its last character
        (`……澳大利亚首次担任主宾国，安徽` / `省担任主宾省……`)."""
        if b.raw is None:
            return False
        width, ws = printed_width(b.raw.strip()), self.widths
        own = int(b.kind == "paragraph")  # the line itself is among the widths
        if len(ws) <= own:
            return False
        widest = ws[-2] if own and width == ws[-1] else ws[-1]
        if width < _MEASURE * widest:
            return False
        return len(ws) - bisect.bisect_left(ws, width - _SLACK) - own >= 2


def indent_width(raw: str) -> int:
    """How wide the leading whitespace of a printed line is, in ASCII columns (an ideographic space
    and a tab count two)."""
    width = 0
    for c in raw:
        if c in "\u3000\t":
            width += 2
        elif c in " \xa0":
            width += 1
        else:
            break
    return width


def columns(raw: str) -> list[str]:
    """The parts of a printed line that wide gaps set apart (`数据月报　　　　行业资讯` -> both);
    one part for a line without an inner gap."""
    return [p for p in _GAP.split(raw.strip()) if p.strip() and p.strip() not in _BARS]  # a rule at a line's end


# Punctuation drawn as a bullet (•, ‣, ※, §, ¶, †, ⁂ …): category Po, but never running text.
_BULLET_PUNCT = set("•‣⁃※§¶†‡⁂⁕⁘⁙⁜·・∙")
_ASCII_MARKS = set("-*+>~=|<")  # marks only where a space follows: `- 标题`, not `-5%`
_CLOSING_NAME = set("》〉>")  # a closing book-title mark alone before text is a mark (`》标题`)


def _mark_char(c: str) -> bool:
    cat = unicodedata.category(c)
    return cat in ("So", "Sm", "Co") or c in _BULLET_PUNCT or c in _CLOSING_NAME or c in _ASCII_MARKS


def leading_mark(text: str) -> int:
    """How many characters of `text` the mark before its words takes (the spaces after it too); 0
    where the line starts with no mark. `▲标题` -> 1, `>> 行业资讯` -> 3, `- 标题` -> 2; `-5%` -> 0,
    `《数据安全法》施行` -> 0, `“数字丝路”论坛` -> 0, `①…` -> 0 (a list number), `◆行业资讯◆` -> 1 (a
    framed line: callers that keep frames ask `unframe` first)."""
    if text[:1] in _ANGLES[0] and _LIST_NUMBER.match(text.translate(_HALF_WIDTH)):
        return 0  # `＜一＞标题`: a number in angle brackets, not a mark before it
    k = 0
    while k < len(text) and (_mark_char(text[k]) or unicodedata.category(text[k]) in ("Mn", "Cf")
                             and k > 0):
        k += 1
    if k == 0:
        return 0
    run = text[:k]
    rest = text[k:]
    if all(c in _ASCII_MARKS for c in run) and not rest[:1].isspace():
        return 0  # `-5%`, `+86`, `**粗体**`: an ASCII sign runs into its text; a bullet is set apart
    stripped = rest.lstrip(" \t\u3000\xa0")
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return 0  # marks only: a rule, an end mark
    return len(text) - len(stripped)


def strip_mark(text: str) -> str:
    """A title without the mark before it: `▲标题` -> `标题`; a framed line keeps its frame."""
    s = text.strip()
    if unframe(s):
        return s
    return s[leading_mark(s):]


def cut_short(entry: str, title: str) -> bool:
    """A line that is a title cut short (a contents entry `⑴前8个月互联网业务收入12…` of the title printed
    whole, `前8个月互联网业务收入12859亿元`): its letters begin the title's, fewer of them."""
    def letters(t: str) -> str:
        return re.sub(r"[\W_]+", "", strip_list_number(strip_mark(t.strip().rstrip("…．.。· "))))
    short, whole = letters(entry), letters(title)
    return len(short) >= 4 and len(whole) > len(short) and whole.startswith(short)
