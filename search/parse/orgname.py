"""A stretch of text as an organisation's name, for the rules that tell names by their role
(orgrole.py) and by the text giving them again (orgalias.py) or in a deal (orgdeal.py): where a name
starts before the word that ends it, whether what lies between reads as a name (not a common word, a
place, a kind of body, a title or a clause), and the shared words of those rules (search/data/
org-names.txt). No list of names.
"""
from __future__ import annotations

import bisect
import re

from search import vocab
from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import NAME_STOP, kinds
from search.parse.orgshape import Span

__all__ = ["BREAK", "LATIN", "SUBJECT_VERB", "TRADE_END", "a_lab", "alternation", "back_to_break",
           "countries_paired", "facility_place_cut", "generic_kind", "kin_apart", "kind_in_text", "latin_words",
           "name_span", "next_tag", "place_and_verb", "place_cuts", "process_cut", "within", "without_place"]

LATIN = re.compile(r"[A-Za-z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*)*")
# Tags of words that are no part of a name (verbs aside: 求索, 量化 are words of names).
BREAK = {"p", "c", "u", "r", "xc", "w", "m", "q", "t", "TIME", "f", "d", "vd", "ad"}
_COMMON = {"n", "vn", "an", "a", "v", "s", "f", "ad", "d", "vd"}
_NAMEISH = {"ORG", "PER", "nz", "nw", "j", "nr", "nt"}


def _words(section: str) -> list[str]:
    return vocab.words("org-names", section)


def alternation(section: str) -> str:
    return vocab.alternation(_words(section))


TRADE_END = re.compile(f"(?:{alternation('trade-words')})$")
SUBJECT_VERB = re.compile(f"^(?:已|正式|再次|近日|日前|宣布)?(?:{alternation('company-verbs')})")
_BARE_KIND = re.compile("(?:公司|企业|机构|平台|厂商|巨头)$")
# A kind of body or gathering named again (论坛, 公司, 协会 of the text's own), and the first words
# of a title (常务副主任, 执行董事): no name begins, or ends, with them.
_GENERIC_HEADS = ("论坛", "公司", "协会", "学校", "企业", "大会", "会议", "机构", "单位", "集团", "会员")
_PERSON_TITLES = tuple(sorted(shape.TITLES, key=len, reverse=True))
_TITLE_HEADS = ("常务", "执行", "首席", "高级", "资深", "名誉", "荣誉", "常务副", "副")


def name_span(text: str, tokens: list[ner.Token], start: int, end: int, *, rule: str = "rule",
              trade: bool = False, strong: bool = False, listed: bool = False) -> Span | None:
    """start:end as a name, if it reads as one: not a common word, a place or a kind. A company
    named by its trade (乐聚机器人) may end like a product: its place in the sentence said otherwise. `strong`:
    the slot says a body (an investor, a founder's company), so common words may make the name (魔法 + 原子, 星海图)."""
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
    inner = within(tokens, start, end)
    if any(t.tag == "v" and (len(t.word) > 1 or k == 0) and not (trade and k == 0) for k, t in enumerate(inner[:-1])):
        return None  # 代表围绕离岸外包: a verb inside, a clause not a name (a name may end in one: 深度求索)
    tags = ner.tag_word(name)
    if not shape.ORG_END.search(name) and not LATIN.fullmatch(name) and (
            not tags or set(tags) <= {"LOC"} or len(tags) == 1 and tags[0] in _COMMON and not (strong and len(name) >= 3)
            or set(tags) <= {"n", "vn", "an", "a"} and not strong
            and not any(t.tag in _NAMEISH for t in inner)):
        return None  # 信息科, 算法, 中国, 营业收入: common words or a place, not a name
    if any(title in name for title in _PERSON_TITLES) or re.search(r"\d", name):
        return None  # 商会会长, 松延动力N2机器人: a person's title, a product's number
    if shape.out_of_place(text, tokens, start, end, listed=listed):
        return None
    return Span(start, end, "orgs", name, rule)


def back_to_break(text: str, tokens: list[ner.Token], end: int, limit: int = 14) -> int:
    """Where a name ending at `end` starts: after the last punctuation or function word, a verb
    that leads it dropped (邀请宇树科技 -> 宇树科技)."""
    words = tokens[bisect.bisect_right(tokens, end - limit, key=_end_of):bisect.bisect_right(tokens, end, key=_end_of)]
    start = end
    for k in range(len(words) - 1, -1, -1):
        tok = words[k]
        inner = tok.word == "之" and start < end and k > 0 and words[k - 1].tag not in BREAK  # 月之暗面
        if tok.end != start or tok.tag in BREAK and not inner or tok.word in NAME_STOP or "\n" in tok.word:
            break
        start = tok.start
    lead = [t for t in words if t.start >= start]
    while lead and lead[0].tag in {"v", "vd", "d", "p", "ad", "c"} and len(lead) > 1:
        lead = lead[1:]
    return lead[0].start if lead else end


def place_cuts(word: str) -> list[str]:
    """The name without each place it may begin with, the shortest place first: the model reads a
    place and the name's first word together as one place (大连博涛: 大连 + 博涛), so every cut that
    leaves a place before it is a reading (博涛文化科技, 文化科技); the word itself where none."""
    cuts = [word[size:] for size in range(2, min(4, len(word) - 2) + 1) if ner.tag_word(word[:size]) == ("LOC",)]
    return cuts or [word]


def without_place(word: str) -> str:
    """A name without the place it begins with (杭州云栖智算科技 -> 云栖智算科技)."""
    for size in range(min(4, len(word) - 2), 1, -1):
        if ner.tag_word(word[:size]) == ("LOC",):
            return word[size:]
    return word


def generic_kind(word: str) -> bool:
    """Whether a word is a kind of body and no name: a place and common words before a kind
    (中国科技公司, 中国人工智能公司, 量化对冲基金公司, 期货公司: a trade's common noun before the kind,
    however the model reads the whole), not 中国移动公司 (移动, a verb), 华为公司 (a name)."""
    if not _BARE_KIND.search(word) or re.search("(?:有限|责任|股份|集团|总)公司$", word):
        return False
    rest = without_place(word)
    if not rest:
        return False
    if all(tag in {"n", "vn", "an", "a", "v"} for tag in ner.tag_word(rest)):
        return True
    stem = rest[:_BARE_KIND.search(rest).start()]  # 期货 of 期货公司, which the model reads whole as a name
    return bool(stem) and kinds().get(stem) is None and all(tag in {"n", "vn", "an"} for tag in ner.tag_word(stem))


# What tells a place, a trade and a kind (美国芯片公司) used as a kind in its sentence: a count or a
# pointer before it (一家, 另一家, 该, 这些), 的 before it, a plural after it (们, 等, 纷纷, 之一).
_COUNTED = re.compile("(?:[一两几多每各某该这那此另]家?|一些|这些|那些|不少|众多|部分|其他|其它|的)$")
_PLURAL = re.compile("们|等|纷纷|之一")


def kind_in_text(text: str, start: int, end: int, *, name_after: bool = False) -> bool:
    """Whether text[start:end] stands there as a kind of body and no name: common words before a
    kind (量化对冲基金公司) anywhere; a place before them (中国科技公司) where the sentence counts or
    points at it, or a name follows it (中国科技公司阿里巴巴). Standing alone, as a clause's subject or
    a party (上海电气公司宣布, 与大连重工公司签署), a place, a trade and 公司 are a company's name."""
    word = text[start:end]
    if not generic_kind(word):
        return False
    if without_place(word) == word:
        return True
    return name_after or bool(_COUNTED.search(text[max(0, start - 3):start]) or _PLURAL.match(text, end))


def next_tag(tokens: list[ner.Token], pos: int) -> str:
    k = bisect.bisect_left(tokens, pos, key=_start_of)
    return tokens[k].tag if k < len(tokens) and tokens[k].start == pos else "w"


def _start_of(tok: ner.Token) -> int:
    return tok.start


def _end_of(tok: ner.Token) -> int:
    return tok.end


def within(tokens: list[ner.Token], start: int, end: int) -> list[ner.Token]:
    """The tokens wholly inside start:end, found by halving (the tokens in the text's order): a rule
    asking for each name it tries reads a few tokens, not the whole text's (linear, not quadratic)."""
    k = bisect.bisect_left(tokens, start, key=_start_of)
    out = []
    while k < len(tokens) and tokens[k].start < end:
        if tokens[k].end <= end:
            out.append(tokens[k])
        k += 1
    return out


def latin_words(tokens: list[ner.Token]) -> list[ner.Token]:
    """The model's words with Latin names as words: one it read across an enumeration's mark cut
    there (Shein、TEMU, 、Maxis), two capitalised words apart by a space one (TikTok Shop), and a
    Latin word it left untagged (xc: TikTok, TM) a proper noun like the others (nz)."""
    out: list[ner.Token] = []
    for tok in tokens:
        if tok.tag in {"xc", "w"} and re.fullmatch(r"、?[A-Za-z][A-Za-z&.\-]+", tok.word):
            if tok.word[0] == "、":
                out.append(ner.Token("、", "w", tok.start))
            tok = ner.Token(tok.word.lstrip("、"), "nz", tok.start + (tok.word[0] == "、"))
        if "、" in tok.word and tok.word != "、" and re.fullmatch(r"[A-Za-z0-9&.\- ]+(?:、[A-Za-z0-9&.\- ]+)+", tok.word):
            pos = tok.start
            for k, part in enumerate(tok.word.split("、")):
                if k:
                    out.append(ner.Token("、", "w", pos))
                    pos += 1
                out.append(ner.Token(part, "nz", pos))
                pos += len(part)
        elif len(out) >= 2 and out[-1].word == " " and re.fullmatch(r"[A-Z][A-Za-z]+", tok.word) \
                and re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+)*", out[-2].word):
            first = out[-2]
            out[-2:] = [ner.Token(first.word + " " + tok.word, "nz", first.start)]
        else:
            out.append(tok)
    return out


_FACILITY = re.compile(f"(?:{alternation('facility-words')})")


def facility_place_cut(text: str, start: int, end: int) -> int:
    """`end`, or before the place that ends the name at start:end where a plant or a base follows it
    (比亚迪匈牙利 + 工厂: the company, then where its plant is, which the model read as one name)."""
    if not _FACILITY.match(text, end):
        return end
    words = ner.tag(text[start:end])
    return start + words[-1].start if len(words) >= 2 and words[-1].tag == "LOC" else end


def countries_paired(tokens: list[ner.Token], tok: ner.Token) -> bool:
    """Whether the model's two-character name pairs two countries by a character each (中委经贸合作,
    中智经贸合作 where the text names 委内瑞拉, 智利): each character a one-character country on its own,
    the first of a country's name in 国 (中国, 美国), or the first of a place the text names."""
    if len(tok.word) != 2:
        return False
    places = {t.word[0] for t in tokens if len(t.word) > 1 and t is not tok and t.word[0] in tok.word
              and (t.tag == "LOC" or ner.tag_word(t.word) == ("LOC",))}  # 委内瑞拉, whatever its tag here
    return all(ner.tag_word(c) == ("LOC",) or ner.tag_word(c + "国") == ("LOC",) or c in places for c in tok.word) \
        and tok.word[1] in places | {c for c in tok.word if ner.tag_word(c) == ("LOC",)}


def place_and_verb(tok: ner.Token, nxt: ner.Token | None) -> bool:
    """Whether the model read a country's one-character name and the first character of the verb after
    it as a name (与美达成协议: 美 + 达成, not 美达)."""
    return len(tok.word) == 2 and nxt is not None and nxt.start == tok.end \
        and ner.tag_word(tok.word[0]) == ("LOC",) and ner.tag_word(tok.word[1] + nxt.word) == ("v",)


# A company's kin named between two names (Shopee + 母公司 + SeaGroup, X + 子公司 + Y; 母企 for short).
_KIN = re.compile("[母子](?:公司|企)")


def kin_apart(tok: ner.Token) -> list[tuple[int, int]]:
    """The two names of a word the model read as one across a company's kin (Shopee母公司SeaGroup:
    Shopee and its parent SeaGroup), as (start, end) pairs; the name before the kin where the word
    ends in it (安世母企 + 闻泰科技, the parent a word of its own); the word alone where there is none."""
    m = _KIN.search(tok.word, 2)
    if m is not None and m.end() == len(tok.word):
        return [(tok.start, tok.start + m.start())]
    if m is None or len(tok.word) - m.end() < 2:
        return [(tok.start, tok.end)]
    return [(tok.start, tok.start + m.start()), (tok.start + m.end(), tok.end)]


def a_lab(parent: ner.Token, tok: ner.Token) -> bool:
    """Whether the model's name `tok` after a parent's may be a unit of it however long (北京重点实验室):
    neither is a company by its legal form (…有限公司原名…有限公司: two names)."""
    return tok.tag == "ORG" and not shape.LEGAL_FORM.search(tok.word) \
        and not shape.LEGAL_FORM.search(parent.word)


def process_cut(text: str, start: int, end: int) -> int:
    """Where a name the model ran into a process in 化 ends (中信 + 国际化 + 服务网络): before the process,
    which no name ends in, where the tagger reads the rest alone as a name (中信), not 中国现代化研究中心."""
    for size in (3, 4):
        tail, head = text[end - size:end], text[start:end - size]
        if len(head) >= 2 and tail.endswith("化") and ner.tag_word(tail) in {("vn",), ("v",), ("an",), ("a",)} \
                and ner.tag_word(head) in {("ORG",), ("nz",), ("j",)}:
            return end - size
    return end
