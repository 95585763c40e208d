"""Names told by a slot only a body fills, whatever words they are made of: part of the organisation
rules (orgs.py), asked with the role rules (orgrole.py). Start-ups are named by coined words the model
reads as common nouns or a person (魔法 + 原子, 星海图, 小雨 + 制造), so no ending and no tag tells them;
the slot does. No list of names.

- The founder's slot: a name right before 创始人 / 联合创始人 / 创始合伙人 and a person
  (魔法原子联合创始人顾诗韬, 众擎机器人创始人赵同阳).
- The company's own acts: a name heading a clause, then completing or winning a round, announcing,
  filing for or making a listing (魔法原子完成新一轮5亿元融资, 星动纪元宣布完成…A+轮融资, X官宣…, X递交招股书),
  or signing with another (X宣布与Y签订…: both).
- A list of bodies: a name listed with 、 beside names found whole, two of them or half the list at
  least (星动纪元、深庭纪智能科技、云深处科技、小雨制造和星海图): one of a kind with them.

Guards: not a person alone where a person fits (创始人王兴兴 is the person), not a kind, a place, a
product (a number in it: Walker S2) or a generic group (技术团队, 本轮, 双方).
"""
from __future__ import annotations

import re

from search import vocab
from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import CJK
from search.parse.orgname import BREAK, LATIN, TRADE_END, alternation, back_to_break, generic_kind, name_span
from search.parse.orgshape import Span

__all__ = ["slot_spans"]

_FOUNDER = re.compile("(?:联合创始人|创始合伙人|创始人)(?:兼|、)?")
# What only a company does: completes or wins a round (完成…融资, 再度拿下…投资), announces (官宣), files
# for or makes a listing (递表, 递交…招股书, 登陆科创板), after the words that may stand between a subject
# and its verb (近期连续, 半年内累计, 宣布, 已).
_FUNDED = re.compile(rf"^(?:[，,]?(?:近期|近日|日前|今日|已经?|也|均|再度|再次|又|正式|宣布|官宣|连续|累计|"
                     rf"半年内|年内|[一二三四五六七八九十两\d]+[天个]?[月年周天]内)){{0,4}}"
                     rf"(?:(?:完成|获得?|再获|斩获|拿下|获投)[^，。；,;]{{0,20}}?(?:融资|投资)"
                     rf"|官宣|递表|(?:递交|披露)[^，。；,;]{{0,12}}?(?:招股书|上市申请)|登陆[^，。；,;]{{0,6}}?(?:交易所|港交所|科创板|创业板)|挂牌上市|敲钟)")
# Two sides of a deal, the first heading a clause (星尘智能宣布与仙工智能签订…订单, X与Y签署…协议).
_DEAL = re.compile(rf"^(?:已|正式|近日|日前|宣布|官宣){{0,2}}与([{CJK}A-Za-z]{{2,10}}?)(?:正式)?(?:签订|签署|签约|达成)")
_FACILITY = re.compile(f"(?:{alternation('facility-words')})")  # 生产基地, 工厂: a company's plant
_PERSON_AFTER = re.compile(f"(?:{alternation('titles')}|{alternation('role-titles')}|负责人|发言人|人士|代表)$")
_GENERIC = frozenset(vocab.words("org-names", "slot-generic-words"))


def slot_spans(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The names of the slots, none overlapping a name found already or another (but the model's brand
    that begins one: role_spans lets the whole name replace it)."""
    out: list[Span] = []

    def clear(span: Span) -> bool:  # overlapping nothing but the model's brand that begins it (云杉 of 云杉动能),
        return not any(s.start < span.end and span.start < s.end and not (  # not …人民政府 + 主办, 路特斯 + 生产基地
            span.found_by != "subject" and s.found_by == "model" and s.start == span.start and s.end < span.end
            and not _FACILITY.search(span.name)
            and all(t.tag not in {"v", "vn"} for t in tokens if s.end <= t.start and t.end <= span.end))
            for s in taken + out)

    for span in [*_founders(text, tokens), *_funded(text, tokens)]:
        if span is not None and clear(span):
            out.append(span)
    for span in _listed(text, tokens, taken + out):
        if clear(span):
            out.append(span)
    return out


# A side of a deal named by its country or its part (美方投资者, 外方股东, 甲方): who, not a name.
_SIDE = re.compile("[中美欧日韩英法德俄外双多各对买卖甲乙]方")


def _named(text: str, tokens: list[ner.Token], start: int, end: int, rule: str) -> Span | None:
    """start:end as a name in a body's slot: any words, not a kind, a group, a product or a place."""
    name = text[start:end]
    if not 2 <= len(name) <= 10 or re.search(r"\d", name) or name in _GENERIC or generic_kind(name) \
            or _PERSON_AFTER.search(name):
        return None  # 证监会负责人: a body's person, not a name
    words = [t for t in tokens if start <= t.start and t.end <= end]
    if not words or words[-1].word in _GENERIC or words[0].word in _GENERIC or _SIDE.fullmatch(words[0].word) \
            or all(t.tag == "LOC" for t in words) \
            or any(t.tag in BREAK - {"xc"} for t in words) or shape.THING_END.search(name) \
            or words[-1].tag in {"PER", "nr"} and len(words) > 1:  # 研究员白明: a person, titled
        return None
    return name_span(text, tokens, start, end, rule=rule, strong=True, trade=bool(TRADE_END.search(name)),
                     listed=rule == "listed")


def _founders(text: str, tokens: list[ner.Token]):
    """A name right before a founder's title and a person (X联合创始人顾诗韬)."""
    for m in _FOUNDER.finditer(text):
        if re.match("[均都也等们]", text[m.end():m.end() + 1]) or text[m.start() - 1:m.start()] in set("的人为是任系"):
            continue  # 创始人均为…, 公司的创始人: no name before the title
        person = next((t for t in tokens if t.start >= m.end()), None)
        if person is None or person.tag not in {"PER", "nr"} and not re.match(f"[{CJK}]{{0,2}}(?:CEO|首席|董事长|总裁)",
                                                                               text[m.end():]):
            continue
        start = back_to_break(text, tokens, m.start())
        if start < m.start():
            yield _named(text, tokens, start, m.start(), "subject")  # brand + trade: the model's brand inside gives way


def _funded(text: str, tokens: list[ner.Token]):
    """A name heading a clause, then doing what only a company does (魔法原子完成…融资, X官宣…), and both
    sides of a deal (X宣布与Y签订…)."""
    for k, tok in enumerate(tokens):
        described = k > 0 and tokens[k - 1].word == "的"  # 总部位于深圳的智平方宣布完成…融资
        if k and not (tokens[k - 1].tag in {"w", "TIME"} and tokens[k - 1].word[-1:] in "。；;，,：:、\n日"
                      or tokens[k - 1].tag == "TIME" or described):
            continue
        j, end = k, tok.end
        while j + 1 < len(tokens) and tokens[j + 1].start == end and tokens[j + 1].tag not in BREAK | {"v"} \
                and tokens[j + 1].end - tok.start <= 10 and not _FUNDED.match(text[end:]):  # 魔法原子 + 官宣
            j += 1
            end = tokens[j].end
        alias = re.match(r"[（(][A-Za-z][A-Za-z0-9&.\- ]*[）)]", text[end:end + 40])  # 逐际动力（LimX Dynamics）
        after = text[end + (alias.end() if alias else 0):]
        if tok.tag in BREAK:
            continue
        act = _FUNDED.match(after)
        person = j == k and tok.tag in {"PER", "nr"}
        if act and not (person and "融资" not in act.group() and "投资" not in act.group()):
            yield _named(text, tokens, tok.start, end, "slot")  # not 王兴兴官宣…: a person announces too
        deal = None if described else _DEAL.match(after)
        if deal:  # 星尘智能宣布与仙工智能签订…: both sides of the deal
            yield _named(text, tokens, tok.start, end, "slot")
            yield _named(text, tokens, end + (alias.end() if alias else 0) + deal.start(1),
                         end + (alias.end() if alias else 0) + deal.end(1), "slot")


# A run of items parted by 、. Tried only where an item starts (after a mark, a space or nothing) and each item
# taken whole (possessive: an item holds no 、 to give back), so a long text with no 、 is read once, not once
# per character (a 40,000-character line took 23 s).
_ITEM = r"[^、，。；：,;:！？!?\s（）()“”《》]"
_LIST = re.compile(rf"(?<!{_ITEM}){_ITEM}++(?:、{_ITEM}++)+")


def _listed(text: str, tokens: list[ner.Token], found: list[Span]) -> list[Span]:
    """Names listed with 、 beside names found whole, two or half the list (星动纪元、深庭纪智能科技…)."""
    out: list[Span] = []
    orgs = [s for s in found if s.kind == "orgs"]
    for m in _LIST.finditer(text):
        items, pos = [], m.start()
        for piece in m.group().split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        a, b = back_to_break(text, tokens, items[0][1]), items[0][1]
        ends = [s.start for s in orgs if a <= s.start and s.end == b]
        verbs = [t.end for t in tokens if a <= t.start and t.end < b and t.tag in {"v", "p"} and len(t.word) > 1]
        items[0] = (min(ends) if ends else max([a, *verbs]), b)  # 企业已有 + 宇树科技: the name after the verb
        before = next((t for t in reversed(tokens) if t.end <= items[0][0]), None)
        opens = before is None or before.tag in {"w", "v", "p", "c"}  # not 储能电芯 of 宁德时代587Ah储能电芯
        items[-1:] = _last_items(text, tokens, *items[-1])
        whole = [any(s.start == a and (s.end == b or TRADE_END.fullmatch(text[s.end:b])) for s in orgs)
                 for a, b in items]  # a name and no more: not 王开轩 of 清华大学教授王开轩
        if len(items) < 2 or sum(whole) < 2 and sum(whole) * 2 < len(items):
            continue
        for k, (a, b) in enumerate(items):
            if (k or opens) and not whole[k] and not LATIN.fullmatch(text[a:b]):  # Latin names: orglatin's, not Gemma
                span = _named(text, tokens, a, b, "listed")
                if span is not None:
                    out.append(span)
    return out


def _last_items(text: str, tokens: list[ner.Token], start: int, end: int) -> list[tuple[int, int]]:
    """The list's last item, up to 等 or the first word that is no part of a name (小雨制造和星海图等五家…
    -> 小雨制造, 星海图): a verb of two characters after the name's first word ends it too; 和, 及 or 与
    joins a last name to it."""
    stop = text.find("等", start, end)
    end = stop if stop >= 0 else end
    words = [t for t in tokens if start <= t.start < end]
    out, a = [], start
    for t in words:
        if t.word in {"和", "及", "与"} and t.tag == "c" and t.start - a >= 2:
            out.append((a, t.start))
            a = t.end
        elif t.tag in BREAK or stop < 0 and t.tag == "v" and len(t.word) > 1 and t.start - a >= 2:
            end = t.start
            break
    out.append((a, min(end, max(a, end))))
    return [(x, y) for x, y in out if y > x]
