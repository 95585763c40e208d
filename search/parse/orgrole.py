"""Names with no organisation's ending, told by the role they play in the text: part of the
organisation rules (orgs.py), asked once the gazetteer, the model and the suffix rules have had
their say. No list of names: each rule reads a shape around the name.

- A name before a person's title and the person (深圳和而泰智能董事长刘建伟, AirbnbCEO,
  幻方量化创始人梁文锋).
- A name after the kind of body it is (人工智能企业深度求索（DeepSeek）, 对冲基金公司——幻方量化,
  一家名为DeepSeek的中国公司).
- A company named by its brand and its trade (乐聚机器人, 加速进化科技, 松延动力) or a Latin brand,
  as the subject of what companies do (发布, 完成…融资, 递交…申请, 签下…订单); a Latin or product-like
  one only with what products do not do (宣布, 签署, 旗下: not ChatGPT发布, iPhone营收).
- The maker before its model (深度求索的DeepSeek-R1模型), a company before its plant (小米汽车武汉生产基地).

Then the names the text gives again, in another form or beside one found (orgalias.py); what makes
a stretch of text a name is orgname.py's.
"""
from __future__ import annotations

import re

from search.parse import orgshape as shape
from search.parse import orgslot
from search.parse import tagger as ner
from search.parse.gazetteer import CJK, NAME_STOP, places
from search.parse.orgalias import bracketed, case_variants, conjoined, short_forms
from search.parse.orgname import (BREAK, LATIN, SUBJECT_VERB, TRADE_END, alternation, back_to_break,
                                  facility_place_cut, generic_kind, name_span)
from search.parse.orgshape import Span

__all__ = ["generic_kind", "name_span", "role_spans"]

_TITLE_AFTER = re.compile(f"(?:{alternation('titles')}|{alternation('role-titles')})")
# Those who speak for a body, then what they say, no person between (Drewry分析师认为).
_VOICE = re.compile(f"(?:{alternation('voice-titles')})们?(?:{alternation('voice-verbs')})")
# A kind is one of [appositive-kinds], or a maker or dealer of something (开发商, 运营商, 服务商: a noun
# ending in 商, 电商 too).
_KIND_BEFORE = re.compile(f"(?:{alternation('appositive-kinds')}|[{CJK}]商)(?:——|—|：|:)?$")
# Words that lead the examples of a kind (云厂商如AWS、…, 运营商包括…).
_EXAMPLES = {"如", "包括", "例如", "比如"}
# What only a company does (a product is released and earns too: ChatGPT发布, iPhone营收).
_COMPANY_ONLY = re.compile(f"^(?:已|正式|再次|近日|日前)?(?:{alternation('company-only-verbs')}"
                           r"|(?:完成|获得?)[^，。；,;]{0,12}?(?:融资|投资))")
_NAMED = re.compile(r"名为$")
# The release of a model named in Latin letters (发布新一代模型DeepSeek-V3.2, 推出大模型Kimi K2): its maker
# is the subject of the clause, whatever the model reads its name as (深度 + 求索).
_MAKER = re.compile(rf"^(?:正式)?(?:发布|推出|开源|上线)了?(?:新一代|最新|全新|新版|新)?[{CJK}]{{0,4}}?模型[A-Za-z]")
# What may stand between a subject and its verb: when, where, how (在半年内, 2025年Q1, 已, 于6月).
_GAP = re.compile(rf"(?:在[{CJK}]{{1,4}}?[内中]|于?\d{{4}}年(?:[A-Z]\d|\d{{1,2}}月)?|于\d{{1,2}}月|今年|近日|日前|已|也|还|再次|正式){{1,3}}")


def role_spans(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The names the rules of this module find, none overlapping a name found already or another."""
    out: list[Span] = []

    def add(span: Span | None) -> None:
        if span is None:
            return
        inside = [s for s in taken if span.start <= s.start and s.end <= span.end
                  and (s.found_by == "model" or _latin_tail(text, span, s) or _arm(text, span, s))
                  and (s.start, s.end) != (span.start, span.end)]
        whole = span.found_by in {"bracket", "short", "trade", "facility"} or span.found_by == "subject" \
            and all(s.start == span.start and TRADE_END.fullmatch(text[s.end:span.end]) for s in inside) \
            or span.found_by == "kind" and all(_latin_tail(text, span, s) for s in inside) \
            or span.found_by == "titled" and all(_arm(text, span, s) for s in inside) \
            or span.found_by in {"listed", "slot"} and all(s.start == span.start for s in inside)  # 银河 of 银河通用
        if inside and whole:  # 百川 + 智能 at the head of a clause, doing what companies do: the brand and trade
            for s in inside:
                taken.remove(s)  # 鸿海 of 富士康(鸿海精密): the bracket holds the whole name
        if not any(s.start < span.end and span.start < s.end for s in taken + out):
            out.append(span)

    for span in _titled(text, tokens):
        add(span)
    for span in _after_kind(text, tokens):
        add(span)
    for span in _voiced(text, tokens):
        add(span)
    for span in _subjects(text, tokens):
        add(span)
    for span in _owners(text, tokens):
        add(span)
    for span in _facilities(text, tokens):
        add(span)
    for span in orgslot.slot_spans(text, tokens, taken + out):  # coined names in a body's slot
        add(span)
    for _ in range(2):  # a short form found may reveal its bracketed alias, and the other way round
        for span in short_forms(text, tokens, taken + out):
            add(span)
        for span in bracketed(text, tokens, taken + out):
            add(span)
        for span in conjoined(text, tokens, taken + out):
            add(span)
    for span in case_variants(text, taken + out):
        add(span)
    return out


def _titled(text: str, tokens: list[ner.Token]):
    """A name right before a person's title, the person after it (X董事长刘建伟, XCEO黄仁勋)."""
    for m in _TITLE_AFTER.finditer(text):
        if re.fullmatch("[部局厅司处署]长", m.group()) and text[m.start() - 1:m.start()] != m.group()[0]:
            continue  # 新西兰贸易部长: the body (贸易部) is written into its head's title
        latin = re.search(r"[A-Za-z][A-Za-z0-9&.\-]*$", text[max(0, m.start() - 20):m.start()])
        after = text[m.end():m.end() + 6]
        person = next((t for t in tokens if t.start >= m.end()), None)
        if not (latin and m.group().isascii()):  # AirbnbCEO公开站台: a Latin name and title, no person needed
            if not re.match(f"(?:兼[{CJK}A-Za-z]{{1,5}})?[{CJK}·]{{2,5}}|[A-Z][a-z]", after):
                continue
            if person is None or person.tag not in {"PER", "nr"} and not text.startswith("兼", m.end()):
                continue
        if latin:
            yield name_span(text, tokens, m.start() - len(latin.group()), m.start(), rule="titled")
            continue
        start = back_to_break(text, tokens, m.start())
        first = next((t for t in tokens if t.start == start), None)
        last = next((t for t in tokens if t.end == m.start()), None)
        if start < m.start() and not (first is not None and len(first.word) == 1 and first.tag in {"n", "v"}
                                      and last is not None and last.tag == "v"):
            yield name_span(text, tokens, start, m.start(), rule="titled")  # not 人均为 of 实际控制人均为


def _voiced(text: str, tokens: list[ner.Token]):
    """A name right before those who speak for it and what they say (Drewry分析师认为,
    彭博行业研究分析师称): a Latin name, or words from the last break that open with a proper name (not
    市场分析师, 资深分析师)."""
    for m in _VOICE.finditer(text):
        latin = re.search(r"[A-Za-z][A-Za-z0-9&.\-]*$", text[max(0, m.start() - 20):m.start()])
        if latin:
            yield name_span(text, tokens, m.start() - len(latin.group()), m.start(), rule="titled")
            continue
        start = back_to_break(text, tokens, m.start())
        words = [t for t in tokens if start <= t.start < m.start()]
        if start < m.start() and words and words[0].tag in {"ORG", "PER", "nz", "nw", "j"} \
                and not any(t.tag in {"v", "LOC"} for t in words):
            yield name_span(text, tokens, start, m.start(), rule="titled")


def _latin_tail(text: str, span: Span, part: Span) -> bool:
    """Whether an item of a kind's list (云厂商如AWS、Google Cloud、…) is a name found and a Latin word after a
    space (Google + Cloud): the item is one name, the longer, as the list gives it."""
    return span.found_by == "kind" and part.start == span.start \
        and bool(re.fullmatch(r"(?: [A-Z][A-Za-z0-9&.\-]*)+", text[part.end:span.end]))


def _arm(text: str, span: Span, part: Span) -> bool:
    """Whether a name before a person's title is a company's arm in a country: a name found, not whole by
    its ending, then the country (IDC + 中国研究经理): the arm is one name, the longer."""
    rest = text[part.end:span.end]
    return span.found_by == "titled" and part.start == span.start and (rest == "中国" or rest in places()) \
        and not shape.ORG_END.search(part.name)  # …有限公司 + 中国总经理: a name whole by its ending


def _after_kind(text: str, tokens: list[ner.Token]):
    """A name right after the kind of body it is, told by what follows (人工智能企业深度求索（DeepSeek）,
    对冲基金公司——幻方量化(…), 科技公司阿里巴巴旗下), or named as one (一家名为DeepSeek的中国公司)."""
    for k, tok in enumerate(tokens[1:], 1):
        if tok.tag in BREAK or tok.tag in {"v", "vn"}:
            continue
        j = k - 1
        while j > 0 and (tokens[j].word in {"—", "——", "：", ":"} or tokens[j].word in _EXAMPLES) and k - j <= 2:
            j -= 1  # 基金公司——幻方量化: the dash between kind and name; 厂商如AWS: the word of examples
        prev = tokens[j]
        gap = text[prev.end:tok.start]
        named = _NAMED.search(text[max(0, tok.start - 2):tok.start])
        gap = "".join(w for w in re.split(f"({'|'.join(_EXAMPLES)})", gap) if w not in _EXAMPLES)
        kind = prev.tag in {"n", "vn", "ORG"} and _KIND_BEFORE.search(prev.word) and gap.strip("—：: ") == "" \
            and (prev.tag != "ORG" or generic_kind(prev.word))
        if not (named or kind) or tok.tag in BREAK | {"v", "vn"} or tok.word in NAME_STOP \
                or _KIND_BEFORE.search(tok.word):
            continue  # 电商 + 平台 + Temu: a kind before a kind, the name after the last
        end = tok.end
        for nxt in tokens[k + 1:]:
            if nxt.start != end or nxt.tag in BREAK or nxt.word in NAME_STOP or SUBJECT_VERB.match(nxt.word) \
                    or nxt.end - tok.start > 10:
                break
            end = nxt.end
        name = text[tok.start:end]
        ending = shape.ORG_END.search(name)
        if ending and ending.start() < 2:
            continue  # 企业 + 商会: a kind after a kind
        if text[:prev.end].endswith(("有限公司", "责任公司", "株式会社")):
            continue  # …有限公司 + 总经理: the end of a name, not a kind
        items = _listed_after(text, tokens, tok.start, end) if kind else []
        if items:
            spans = [name_span(text, tokens, a, b, rule="kind") for a, b in items]
            if all(spans):  # every item a name, or none is (企业营业收入、…分别增长)
                yield from spans
            continue
        alias = re.match(r"[（(][A-Za-z][A-Za-z0-9&.\- ]*[）)]", text[end:end + 40])
        # 研究机构ADP发布: a Latin name the kind said is a body, and what follows agrees (not 企业AI应用完成)
        if named and text.startswith("的", end) or text[end:end + 1] in {"（", "("} or _COMPANY_ONLY.match(text[end:end + 40]) \
                or kind and re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]{2,}", name) and SUBJECT_VERB.match(text[end:end + 40]):
            yield name_span(text, tokens, tok.start, end, rule="kind", strong=bool(alias))  # 星尘智能（Astribot）


def _listed_after(text: str, tokens: list[ner.Token], start: int, end: int) -> list[tuple[int, int]]:
    """The items of an enumeration that starts at start:end and ends before a verb (平台Shein、TEMU、
    速卖通和TikTok Shop迅速崛起), or nothing."""
    items = [(start, end)]
    while text[end:end + 1] in {"、", "和", "与", "及"} and text[end:end + 1]:
        a = end + 1
        b = a
        for tok in tokens:
            if tok.start == b and tok.tag not in BREAK and tok.tag != "v" and tok.word not in NAME_STOP \
                    and tok.end - a <= 12:
                b = tok.end
        if b == a:
            return []
        items.append((a, b))
        end = b
    nxt = next((t for t in tokens if t.start == end), None)
    if nxt is not None and nxt.word == "等":  # TM、CelcomDigi、Maxis + 等 + 也在加快: the list closed
        nxt = next((t for t in tokens if t.start == nxt.end), None)
    if any(_KIND_BEFORE.search(text[a:b - 1]) for a, b in items) or text.startswith("分别", end):
        return []  # …企业营业收入、…企业营业收入分别增长: figures of kinds, not names
    return items if len(items) > 1 and nxt is not None and nxt.tag in {"v", "d", "ad", "vd", "TIME"} else []


def _subjects(text: str, tokens: list[ner.Token]):
    """A company by its brand and trade (乐聚机器人, 加速进化科技) or a Latin brand (Temu) at the head of
    a clause, doing what companies do (已递交…申请, 完成…融资, 签下…订单, 主打); or any name there with
    its Latin name in brackets (深度求索（DeepSeek）正式发布)."""
    for k, tok in enumerate(tokens):
        if k and not (tokens[k - 1].word[-1:] in "。；;，,：:\n、" or tokens[k - 1].tag in {"TIME", "w"}
                      or "\n" in text[tokens[k - 1].end:tok.start]):
            continue
        end = tok.end
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].start == end and tokens[j + 1].tag not in BREAK \
                and not SUBJECT_VERB.match(tokens[j + 1].word) and tokens[j + 1].end - tok.start <= 10:
            j += 1
            end = tokens[j].end
        alias = re.match(r"[（(][A-Za-z][A-Za-z0-9&.\- ]*[）)]", text[end:end + 40])
        after = text[end + (alias.end() if alias else 0):end + 80]
        gap = _GAP.match(after)
        if not (SUBJECT_VERB.match(after) or gap and SUBJECT_VERB.match(after[gap.end():])):
            continue
        name = text[tok.start:end]
        trade = TRADE_END.search(name)
        latin = LATIN.fullmatch(name) and len(name) >= 3 and not re.match(r"[\d\-]", text[end:end + 1])
        verb = after[gap.end():] if gap and not SUBJECT_VERB.match(after) else after
        if (latin or trade and shape.THING_END.search(name)) and not alias and not _COMPANY_ONLY.match(verb):
            continue  # ChatGPT发布, iPhone营收, 智能网联汽车完成测试: a product does these too
        if latin or alias and re.search(f"[{CJK}]", name) or _MAKER.match(verb) and not latin \
                and not set(ner.tag_word(name)) <= {"n", "vn", "an", "a", "r", "s", "f", "LOC"}:
            yield name_span(text, tokens, tok.start, end, rule="subject")  # 深度求索发布新一代模型DeepSeek-V3.2
        elif trade and len(name) - len(trade.group()) >= 2 and \
                not set(ner.tag_word(name[:trade.start()])) <= {"n", "vn", "an", "a", "s", "f"}:
            yield name_span(text, tokens, tok.start, end, rule="subject", trade=True)  # not 智能网联汽车


def _facilities(text: str, tokens: list[ner.Token]):
    """A company named before its plant or base and the place of it (小米汽车武汉生产基地, 比亚迪泰国工厂)."""
    for m in re.finditer(f"(?:{alternation('facility-words')})", text):
        place = next((t for t in tokens if t.end == m.start() and t.tag == "LOC"), None)
        end = place.start if place is not None else m.start()
        start = back_to_break(text, tokens, end)
        if place is None and text[start - 1:start] == "的":
            continue  # …的 + 新能源汽车 + 工厂: what the plant makes, described; no company named before it
        named = next((t for t in tokens if start <= t.start and t.end <= end and t.tag in {"ORG", "nz", "j"}), None)
        start = named.start if named is not None else start  # 新能源车企 + 比亚迪: the name, not its kind
        if place is None and start < end:
            end = facility_place_cut(text, start, end)  # 比亚迪匈牙利 + 工厂: the place read into the name
        tags = ner.tag_word(text[start:end])
        seen = {t.tag for t in tokens if start <= t.start and t.end <= end} | set(tags)
        if start < end and tags and tags[0] != "LOC" and seen & {"ORG", "nz", "j"}:
            yield name_span(text, tokens, start, end, rule="facility", trade=True)


def _owners(text: str, tokens: list[ner.Token]):
    """The maker named before its model (深度求索的DeepSeek-R1模型, 深度求索的AI大模型)."""
    for m in re.finditer(r"的(?:[A-Za-z0-9.\-]+|开源|推理|国产|自研)*(?:大模型|模型)", text):
        start = back_to_break(text, tokens, m.start())
        tags = ner.tag_word(text[start:m.start()])
        if start < m.start() and tags and tags[-1] not in {"n", "vn", "an", "a", "LOC"}:
            yield name_span(text, tokens, start, m.start(), rule="owner")  # not 全球顶尖水平的AI模型
