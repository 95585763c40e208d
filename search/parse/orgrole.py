"""Names with no organisation's ending, told by the role they play in the text: part of the
organisation rules (orgs.py), asked once the gazetteer, the model and the suffix rules have had
their say. No list of names: each rule reads a shape around the name.

- The short form of a full name the text also gives: the first words of a company's name, after its
  place, that the text uses on their own (深度求索 of 杭州深度求索人工智能基础技术研究有限公司,
  文思海辉 of 文思海辉技术有限公司).
- A name in brackets beside one found, either way (深度求索（DeepSeek）, DeepSeek(深度求索),
  幻方量化(High-Flyer Quant), 富士康(鸿海精密)), not a place, a legal form or a stock code.
- A name before a person's title and the person (深圳和而泰智能董事长刘建伟, AirbnbCEO,
  幻方量化创始人梁文锋).
- A name after the kind of body it is (人工智能企业深度求索（DeepSeek）, 对冲基金公司——幻方量化,
  一家名为DeepSeek的中国公司).
- A company named by its brand and its trade (乐聚机器人, 加速进化科技, 松延动力) or a Latin brand,
  as the subject of what companies do (发布, 完成…融资, 递交…申请, 签下…订单); a Latin or product-like
  one only with what products do not do (宣布, 签署, 旗下: not ChatGPT发布, iPhone营收).
- The maker before its model (深度求索的DeepSeek-R1模型), a company before its plant (小米汽车武汉生产基地),
  a brand and trade beside a name across 与/和/、 (文思信息与海辉软件), a Latin name in other cases (SHEIN).
"""
from __future__ import annotations

import bisect
import re

from search import vocab
from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import CJK, NAME_STOP, kinds
from search.parse.orgshape import Span

__all__ = ["generic_kind", "name_span", "role_spans"]

_LATIN = re.compile(r"[A-Za-z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*)*")
# Tags of words that are no part of a name (verbs aside: 求索, 量化 are words of names).
_BREAK = {"p", "c", "u", "r", "xc", "w", "m", "q", "t", "TIME", "f", "d", "vd", "ad"}
_COMMON = {"n", "vn", "an", "a", "v", "s", "f", "ad", "d", "vd"}
_NAMEISH = {"ORG", "PER", "nz", "nw", "j", "nr", "nt"}


def _words(section: str) -> list[str]:
    return vocab.words("org-names", section)


def _alternation(section: str) -> str:
    return vocab.alternation(_words(section))


_TITLE_AFTER = re.compile(f"(?:{_alternation('titles')}|{_alternation('role-titles')})")
_KIND_BEFORE = re.compile(f"(?:{_alternation('appositive-kinds')})(?:——|—|：|:)?$")
_TRADE_END = re.compile(f"(?:{_alternation('trade-words')})$")
_TRADE_AT = re.compile(f"(?:{_alternation('trade-words')})")
_SUBJECT_VERB = re.compile(f"^(?:已|正式|再次|近日|日前|宣布)?(?:{_alternation('company-verbs')})")
# What only a company does (a product is released and earns too: ChatGPT发布, iPhone营收).
_COMPANY_ONLY = re.compile(f"^(?:已|正式|再次|近日|日前)?(?:{_alternation('company-only-verbs')}"
                           r"|(?:完成|获得?)[^，。；,;]{0,12}?(?:融资|投资))")
_NAMED = re.compile(r"名为$")
_BARE_KIND = re.compile("(?:公司|企业|机构|平台|厂商|巨头)$")
# What may stand between a subject and its verb: when, where, how (在半年内, 2025年Q1, 已, 于6月).
_GAP = re.compile(rf"(?:在[{CJK}]{{1,4}}?[内中]|于?\d{{4}}年(?:[A-Z]\d|\d{{1,2}}月)?|于\d{{1,2}}月|今年|近日|日前|已|也|还|再次|正式){{1,3}}")
# A kind of body or gathering named again (论坛, 公司, 协会 of the text's own), and the first words
# of a title (常务副主任, 执行董事): no name begins, or ends, with them.
_GENERIC_HEADS = ("论坛", "公司", "协会", "学校", "企业", "大会", "会议", "机构", "单位", "集团", "会员")
_PERSON_TITLES = tuple(sorted(shape.TITLES, key=len, reverse=True))
_TITLE_HEADS = ("常务", "执行", "首席", "高级", "资深", "名誉", "荣誉", "常务副", "副")
_STOCK = re.compile(r"[:：]|^\d+$|^[A-Z]{1,5}$")


def role_spans(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The names the rules of this module find, none overlapping a name found already or another."""
    out: list[Span] = []

    def add(span: Span | None) -> None:
        if span is None:
            return
        inside = [s for s in taken if span.start <= s.start and s.end <= span.end and s.found_by == "model"
                  and (s.start, s.end) != (span.start, span.end)]
        if inside and span.found_by in {"bracket", "short", "trade", "facility"}:
            for s in inside:
                taken.remove(s)  # 鸿海 of 富士康(鸿海精密): the bracket holds the whole name
        if not any(s.start < span.end and span.start < s.end for s in taken + out):
            out.append(span)

    for span in _titled(text, tokens):
        add(span)
    for span in _after_kind(text, tokens):
        add(span)
    for span in _subjects(text, tokens):
        add(span)
    for span in _owners(text, tokens):
        add(span)
    for span in _facilities(text, tokens):
        add(span)
    for _ in range(2):  # a short form found may reveal its bracketed alias, and the other way round
        for span in _short_forms(text, tokens, taken + out):
            add(span)
        for span in _bracketed(text, tokens, taken + out):
            add(span)
        for span in _conjoined(text, tokens, taken + out):
            add(span)
    for span in _case_variants(text, taken + out):
        add(span)
    return out


def _case_variants(text: str, found: list[Span]):
    """A Latin name found, written elsewhere in other letter cases (Shein, SHEIN): the same name."""
    for span in [s for s in found if s.kind == "orgs"]:
        name = text[span.start:span.end]
        if not _LATIN.fullmatch(name):
            continue
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            if m.group() != name and not re.match(r"[A-Za-z0-9\-]", text[m.end():m.end() + 1]) \
                    and not re.search(r"[A-Za-z0-9]$", text[:m.start()]):
                yield Span(m.start(), m.end(), "orgs", m.group(), "case")


def _name(text: str, tokens: list[ner.Token], start: int, end: int, *, rule: str = "rule",
          trade: bool = False, strong: bool = False) -> Span | None:
    """start:end as a name, if it reads as one: not a common word, a place or a kind. A company
    named by its trade (乐聚机器人) may end like a product: its place in the sentence said otherwise."""
    while start < end and text[start] in NAME_STOP | {"—", "：", ":", " "}:
        start += 1
    name = text[start:end]
    if len(name) < 2 or not (trade or shape.plausible(name, found_by="rule")) or shape.in_title(text, start):
        return None
    known = kinds().get(name)
    if known is not None and known[0] != "orgs" or name.startswith(_GENERIC_HEADS) \
            or name.endswith(_TITLE_HEADS) or name.startswith(_PERSON_TITLES):
        return None  # 论坛大中华区 (主席), 管委会常务 (副主任): a kind named again, a title begun
    ending = shape.ORG_END.search(name)
    if ending and ending.start() <= 3 and not set(ner.tag_word(name[:ending.start()])) & (_NAMEISH | {"LOC"}):
        return None  # 信息科, 行业协会: a kind of body, not one
    inner = [t for t in tokens if start <= t.start and t.end <= end]
    if any(t.tag == "v" and (len(t.word) > 1 or k == 0) and not (trade and k == 0) for k, t in enumerate(inner[:-1])):
        return None  # 代表围绕离岸外包: a verb inside, a clause not a name (a name may end in one: 深度求索)
    tags = ner.tag_word(name)
    if not shape.ORG_END.search(name) and not _LATIN.fullmatch(name) and (
            not tags or set(tags) <= {"LOC"} or len(tags) == 1 and tags[0] in _COMMON
            or set(tags) <= {"n", "vn", "an", "a"} and not strong
            and not any(t.tag in _NAMEISH for t in tokens if start <= t.start and t.end <= end)):
        return None  # 信息科, 算法, 中国, 营业收入: common words or a place, not a name
    if any(title in name for title in _PERSON_TITLES) or re.search(r"\d", name):
        return None  # 商会会长, 松延动力N2机器人: a person's title, a product's number
    if shape.out_of_place(text, tokens, start, end):
        return None
    return Span(start, end, "orgs", name, rule)


name_span = _name  # for the rules of other modules (orgdeal.py)


def _back_to_break(text: str, tokens: list[ner.Token], end: int, limit: int = 14) -> int:
    """Where a name ending at `end` starts: after the last punctuation or function word, a verb
    that leads it dropped (邀请宇树科技 -> 宇树科技)."""
    words = [t for t in tokens if t.end <= end and t.end > end - limit]
    start = end
    for k in range(len(words) - 1, -1, -1):
        tok = words[k]
        inner = tok.word == "之" and start < end and k > 0 and words[k - 1].tag not in _BREAK  # 月之暗面
        if tok.end != start or tok.tag in _BREAK and not inner or tok.word in NAME_STOP or "\n" in tok.word:
            break
        start = tok.start
    lead = [t for t in words if t.start >= start]
    while lead and lead[0].tag in {"v", "vd", "d", "p", "ad", "c"} and len(lead) > 1:
        lead = lead[1:]
    return lead[0].start if lead else end


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
            yield _name(text, tokens, m.start() - len(latin.group()), m.start(), rule="titled")
            continue
        start = _back_to_break(text, tokens, m.start())
        first = next((t for t in tokens if t.start == start), None)
        last = next((t for t in tokens if t.end == m.start()), None)
        if start < m.start() and not (first is not None and len(first.word) == 1 and first.tag in {"n", "v"}
                                      and last is not None and last.tag == "v"):
            yield _name(text, tokens, start, m.start(), rule="titled")  # not 人均为 of 实际控制人均为


def _without_place(word: str) -> str:
    """A name without the place it begins with (杭州云栖智算科技 -> 云栖智算科技)."""
    for size in range(min(4, len(word) - 2), 1, -1):
        if ner.tag_word(word[:size]) == ("LOC",):
            return word[size:]
    return word


def generic_kind(word: str) -> bool:
    """Whether a word is a kind of body and no name: a place and common words before a kind
    (中国科技公司, 中国人工智能公司, 量化对冲基金公司), not 中国移动公司."""
    if not _BARE_KIND.search(word) or re.search("(?:有限|责任|股份|集团|总)公司$", word):
        return False
    rest = _without_place(word)
    return bool(rest) and all(tag in {"n", "vn", "an", "a", "v"} for tag in ner.tag_word(rest))


def _after_kind(text: str, tokens: list[ner.Token]):
    """A name right after the kind of body it is, told by what follows (人工智能企业深度求索（DeepSeek）,
    对冲基金公司——幻方量化(…), 科技公司阿里巴巴旗下), or named as one (一家名为DeepSeek的中国公司)."""
    for k, tok in enumerate(tokens[1:], 1):
        if tok.tag in _BREAK or tok.tag in {"v", "vn"}:
            continue
        j = k - 1
        while j > 0 and tokens[j].word in {"—", "——", "：", ":"} and k - j <= 2:
            j -= 1  # 基金公司——幻方量化: the dash between kind and name
        prev = tokens[j]
        gap = text[prev.end:tok.start]
        named = _NAMED.search(text[max(0, tok.start - 2):tok.start])
        kind = prev.tag in {"n", "vn", "ORG"} and _KIND_BEFORE.search(prev.word) and gap.strip("—：: ") == "" \
            and (prev.tag != "ORG" or generic_kind(prev.word))
        if not (named or kind) or tok.tag in _BREAK | {"v", "vn"} or tok.word in NAME_STOP:
            continue
        end = tok.end
        for nxt in tokens[k + 1:]:
            if nxt.start != end or nxt.tag in _BREAK or nxt.word in NAME_STOP or _SUBJECT_VERB.match(nxt.word) \
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
            spans = [_name(text, tokens, a, b, rule="kind") for a, b in items]
            if all(spans):  # every item a name, or none is (企业营业收入、…分别增长)
                yield from spans
            continue
        alias = re.match(r"[（(][A-Za-z][A-Za-z0-9&.\- ]*[）)]", text[end:end + 40])
        if named and text.startswith("的", end) or text[end:end + 1] in {"（", "("} or _COMPANY_ONLY.match(text[end:end + 40]):
            yield _name(text, tokens, tok.start, end, rule="kind", strong=bool(alias))  # 星尘智能（Astribot）


def _listed_after(text: str, tokens: list[ner.Token], start: int, end: int) -> list[tuple[int, int]]:
    """The items of an enumeration that starts at start:end and ends before a verb (平台Shein、TEMU、
    速卖通和TikTok Shop迅速崛起), or nothing."""
    items = [(start, end)]
    while text[end:end + 1] in {"、", "和", "与", "及"} and text[end:end + 1]:
        a = end + 1
        b = a
        for tok in tokens:
            if tok.start == b and tok.tag not in _BREAK and tok.tag != "v" and tok.word not in NAME_STOP \
                    and tok.end - a <= 12:
                b = tok.end
        if b == a:
            return []
        items.append((a, b))
        end = b
    nxt = next((t for t in tokens if t.start == end), None)
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
        while j + 1 < len(tokens) and tokens[j + 1].start == end and tokens[j + 1].tag not in _BREAK \
                and not _SUBJECT_VERB.match(tokens[j + 1].word) and tokens[j + 1].end - tok.start <= 10:
            j += 1
            end = tokens[j].end
        alias = re.match(r"[（(][A-Za-z][A-Za-z0-9&.\- ]*[）)]", text[end:end + 40])
        after = text[end + (alias.end() if alias else 0):end + 80]
        gap = _GAP.match(after)
        if not (_SUBJECT_VERB.match(after) or gap and _SUBJECT_VERB.match(after[gap.end():])):
            continue
        name = text[tok.start:end]
        trade = _TRADE_END.search(name)
        latin = _LATIN.fullmatch(name) and len(name) >= 3 and not re.match(r"[\d\-]", text[end:end + 1])
        verb = after[gap.end():] if gap and not _SUBJECT_VERB.match(after) else after
        if (latin or trade and shape.THING_END.search(name)) and not alias and not _COMPANY_ONLY.match(verb):
            continue  # ChatGPT发布, iPhone营收, 智能网联汽车完成测试: a product does these too
        if latin or alias and re.search(f"[{CJK}]", name):
            yield _name(text, tokens, tok.start, end, rule="subject")
        elif trade and len(name) - len(trade.group()) >= 2 and \
                not set(ner.tag_word(name[:trade.start()])) <= {"n", "vn", "an", "a", "s", "f"}:
            yield _name(text, tokens, tok.start, end, rule="subject", trade=True)  # not 智能网联汽车


def _conjoined(text: str, tokens: list[ner.Token], found: list[Span]):
    """A company by its brand and trade joined by 和, 与 or 及 to a name found (文思信息与海辉软件,
    小鹏汽车、路特斯): the two are of a kind."""
    names = [s for s in found if s.kind == "orgs"]
    by_start = {t.start: t for t in tokens}
    for m in re.finditer("[和与及、]", text):
        right = next((s for s in names if s.start == m.end() and s.found_by == "model"), None)
        trade = _TRADE_AT.match(text, right.end) if right is not None else None
        if trade and _next_tag(tokens, trade.end()) in _BREAK | {"v"} and \
                any(s.end == m.start() for s in names):  # 中软国际与拓维 + 信息: the model stopped short
            yield _name(text, tokens, right.start, trade.end(), rule="trade", trade=True)
        right = next((s for s in names if s.start == m.end()), None)
        left = next((s for s in names if s.end == m.start()), None)
        if right is not None and left is None:
            start = _back_to_break(text, tokens, m.start())
            name = text[start:m.start()]
            trade = _TRADE_END.search(name)
            if trade and len(name) - len(trade.group()) >= 2:
                yield _name(text, tokens, start, m.start(), rule="conjoined", trade=True)
        elif left is not None and right is None:
            end = m.end()
            while (tok := by_start.get(end)) is not None and tok.tag not in _BREAK and tok.end - m.end() <= 10 \
                    and not _SUBJECT_VERB.match(tok.word):
                end = tok.end
            name = text[m.end():end]
            trade = _TRADE_END.search(name)
            if trade and len(name) - len(trade.group()) >= 2:
                yield _name(text, tokens, m.end(), end, rule="conjoined", trade=True)


def _facilities(text: str, tokens: list[ner.Token]):
    """A company named before its plant or base and the place of it (小米汽车武汉生产基地, 比亚迪泰国工厂)."""
    for m in re.finditer(f"(?:{_alternation('facility-words')})", text):
        place = next((t for t in tokens if t.end == m.start() and t.tag == "LOC"), None)
        end = place.start if place is not None else m.start()
        start = _back_to_break(text, tokens, end)
        named = next((t for t in tokens if start <= t.start and t.end <= end and t.tag in {"ORG", "nz", "j"}), None)
        start = named.start if named is not None else start  # 新能源车企 + 比亚迪: the name, not its kind
        tags = ner.tag_word(text[start:end])
        seen = {t.tag for t in tokens if start <= t.start and t.end <= end} | set(tags)
        if start < end and tags and tags[0] != "LOC" and seen & {"ORG", "nz", "j"}:
            yield _name(text, tokens, start, end, rule="facility", trade=True)


def _owners(text: str, tokens: list[ner.Token]):
    """The maker named before its model (深度求索的DeepSeek-R1模型, 深度求索的AI大模型)."""
    for m in re.finditer(r"的(?:[A-Za-z0-9.\-]+|开源|推理|国产|自研)*(?:大模型|模型)", text):
        start = _back_to_break(text, tokens, m.start())
        tags = ner.tag_word(text[start:m.start()])
        if start < m.start() and tags and tags[-1] not in {"n", "vn", "an", "a", "LOC"}:
            yield _name(text, tokens, start, m.start(), rule="owner")  # not 全球顶尖水平的AI模型


def _short_forms(text: str, tokens: list[ner.Token], found: list[Span]):
    """The first words of a company's full name, after its place, used on their own elsewhere
    (深度求索 of 杭州深度求索人工智能基础技术研究有限公司): the longest such, of two characters or more."""
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    for span in found:
        full = text[span.start:span.end]
        if span.kind != "orgs" or not shape.LEGAL_FORM.search(full) or len(full) < 6:
            continue
        core = _without_place(shape.LEGAL_FORM.sub("", full))
        places = [(m.start(), m.end()) for m in re.finditer(re.escape(full), text)]
        for size in range(len(core), 1, -1):
            short = core[:size]
            if short == full or shape.LEGAL_FORM.fullmatch(short):
                continue
            hits = [m for m in re.finditer(re.escape(short), text)
                    if not any(a <= m.start() < b for a, b in places)
                    and (m.start() in starts or not re.match(f"[{CJK}]", text[m.start() - 1:m.start()] or "。"))
                    and (text[m.end():m.end() + 1] in NAME_STOP | {"（", "(", ""}
                         or m.end() in ends and _next_tag(tokens, m.end()) in _BREAK | {"v"})]
            if hits:
                span = _name(text, tokens, hits[0].start(), hits[0].end(), rule="short")
                if span is not None:
                    yield span
                break


def _next_tag(tokens: list[ner.Token], pos: int) -> str:
    k = bisect.bisect_left(tokens, pos, key=_start_of)
    return tokens[k].tag if k < len(tokens) and tokens[k].start == pos else "w"


def _start_of(tok: ner.Token) -> int:
    return tok.start


def _bracketed(text: str, tokens: list[ner.Token], found: list[Span]):
    """A name in brackets right after a name found (深度求索（DeepSeek）, 富士康(鸿海精密)), or the
    name right before brackets holding one found (DeepSeek(深度求索))."""
    names = {(s.start, s.end) for s in found if s.kind == "orgs"}
    for m in re.finditer(r"[（(]([^（）()，。、；]{2,20})[）)]", text):
        inner = m.group(1).strip()
        if _STOCK.search(inner) or inner in shape.BRACKET_FORMS or "简称" in inner or \
                set(ner.tag_word(inner)) <= {"LOC"}:
            continue
        outer_start = next((a for a, b in names if b == m.start()), None)
        if outer_start is not None:
            yield _name(text, tokens, m.start() + 1 + m.group(1).index(inner), m.end() - 1 - (
                len(m.group(1)) - len(m.group(1).rstrip())), rule="bracket")
        elif (m.start() + 1, m.end() - 1) in names:
            latin = re.search(r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z&.\-]*)*$", text[:m.start()])
            start = m.start() - len(latin.group()) if latin else _back_to_break(text, tokens, m.start())
            yield _name(text, tokens, start, m.start(), rule="bracket")
