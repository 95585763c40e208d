"""Organisations and abbreviations named in an item's text: part of parsing, before indexing.

Three sources, in order of trust:

1. the curated gazetteer (`data/orgs.txt`): canonical forms (市商务局 = 大连市商务局), news media
   (organisations only where they act, not where they are cited) and names that look like
   organisations but are events or venues;
2. the organisations Baidu's LAC model tags in the text (`search.ner`), extended to a department
   written after its parent (辽宁省商务厅服务贸易处) and cut back where the model ran past the name
   (…协会协办, …大学旅顺);
3. suffix rules for names the model missed (…有限公司, …协会, …大学), started after the last verb,
   adverb or preposition the model sees in front of them (邀请辽宁省律师协会 -> 辽宁省律师协会).

Every name that is not in the gazetteer must look like one: not an event, meeting or exhibition
(…交易会, …博览会, …论坛, 服贸会), not a venue or a delegation, not a place or a common noun. An
organisation that begins the name of an event, a session or an agreement (东盟 of 中国—东盟博览会,
全国人大 of 十四届全国人大三次会议, 中新 of 中新自贸协定) or stands in a 《title》 is not one of the item's.
Abbreviations are the pairs the text defines: X（以下简称“Y”）, X（Y） with Y a Latin acronym.
The text given is already normalised (see `search.parse.normalize`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from search.parse import tagger as ner

__all__ = ["extract_orgs", "extract_aliases", "gazetteer"]

_CJK = r"\u4e00-\u9fff"
# An abbreviation defined in words: （以下简称“服贸会”）, (简称“高交会”), （社内简称大连ITS）.
_SHORT_RE = re.compile(r"[（(](?:以下|下文|社内)?简称\s*[“\"「]?([^”\"」）)]{1,20}?)[”\"」]?[）)]")
# A Latin acronym in brackets right after a name: 世界贸易组织（WTO）, 淡马锡控股(Temasek).
_ACRONYM_RE = re.compile(r"[（(]([A-Za-z][A-Za-z0-9&.\-]{1,14})[）)]")
_NAME_STOP = set("，。、；：:,;！？!?“”\"《》「」 \n的了在于由是为对向与及和把被从给将")
_LEADING = re.compile(r"^(?:\d{4}年|第[一二三四五六七八九十百零\d]+届|本届|今年|首届)+")
# Names of things the briefing abbreviates that are not organisations (ITO, DEPA, AI…): they let
# the full name of an acronym be cut at the right place.
_TERMS = ("信息技术外包", "业务流程外包", "知识流程外包", "人工智能", "信息和通讯技术",
          "信息和通信技术", "外商直接投资", "数字中介平台", "数字服务贸易限制性指数")
# Endings that make a name an organisation's whatever comes before them; the suffix rules find
# names by these when the model missed them.
_STRONG = ("股份有限公司", "有限责任公司", "有限公司", "株式会社", "分公司", "集团", "协会", "学会",
           "联合会", "商会", "联盟", "研究院", "研究所", "研究中心", "大学", "学院", "委员会", "总工会")
_SUFFIX_RE = re.compile("|".join(_STRONG))
# Endings of an organisation's or a department's name, strong or not (局, 处, 司 are also the
# last character of common words; the model's ORG tag or a parent before them says which).
_ORG_END = re.compile(
    "(?:" + "|".join(_STRONG) + r"|公司|促进会|研究会|基金会|理事会|工会|总会|分会|中心|办公室|医院|银行|"
    r"交易所|事务所|出版社|通讯社|电视台|政府|党委|人大|法院|检察院|联盟|组织|"
    r"[局厅部署委办处司科室院所社台馆行])$")
# Where a name may end inside what the model tagged (大连神谷中医医院|组织): the longer endings.
_INNER_END = re.compile("|".join(sorted({*_STRONG, "公司", "促进会", "研究会", "基金会", "中心", "办公室", "医院",
                                          "银行", "交易所", "事务所", "出版社", "政府", "联盟"}, key=len, reverse=True)))
# What the model sometimes tags ORG but is not an organisation: events and meetings (服贸会 is
# 中国国际服务贸易交易会), venues, delegations, sectors and qualities.
_EVENT_END = re.compile(
    r"(?:交易会|博览会|展览会|展销会|洽谈会|交流会|推介会|发布会|研讨会|座谈会|对接会|招聘会|见面会|"
    r"说明会|恳谈会|峰会|大会|年会|论坛|会议|[博交贸洽展投]会|展|节|大赛)$")
# Events that carry a name of their own (中国—东盟博览会): an organisation's name at their start is
# part of theirs. A meeting or press conference of an organisation (国新办新闻发布会) is not.
_NAMED_EVENT_END = re.compile(r"(?:交易会|博览会|展览会|展销会|洽谈会|峰会|论坛|[博交贸洽展投]会|大赛"
                              r"|协定|协议|法案|条例|公约|行业|产业|服务业)$")  # and 中新自贸协定, 大连…服务业
# A numbered session is an event too: 全国人大 of 十四届全国人大三次会议.
_SESSION = re.compile(r"第?[一二三四五六七八九十\d]+次(?:全体|常务|主任)?会议")
_VENUE_END = re.compile(r"(?:会展中心|博览中心|展览中心|会议中心|会客厅|体育馆|体育场|展览馆|大剧院|"
                        r"酒店|宾馆|大厦|广场|校区|园区)$")
_GROUP_END = re.compile(r"(?:展团|交易团|代表团|考察团|访问团|采购团)$")
_NOT_NAME_END = re.compile(r"(?:行业|产业|服务业|竞争力|能力|领域|市场|平台)$")
_BAD_START = ("我市", "本市", "该", "本", "各", "其", "这", "此", "我", "多家", "一家", "相关", "上市",
              "会员", "副会长", "理事", "企业", "公司", "省", "市")
# Tags of the words that cannot begin a name: verbs, adverbs, prepositions, conjunctions,
# particles, pronouns, numbers, times, people (走访, 同时兼任, 由, 和, 该, 两家, 6月).
_NOT_NAME_TAGS = {"v", "vd", "d", "p", "c", "u", "r", "xc", "w", "m", "q", "t", "TIME", "f", "ad", "PER"}
# How a department written after its parent ends (亚洲司, 服务贸易处, 新闻中心), not a title (常委).
_DEPT_END = re.compile(r"(?:[司局处科室部厅]|中心|办公室|委员会|研究院|研究所|研究部|学院|分公司|分行|支行)$")
# Tags a department's words may have between its parent and its ending (对外服务 贸易处).
_DEPT_TAGS = {"n", "vn", "nz", "an", "ORG", "LOC", "j"}
_CITED_BEFORE = re.compile(r"(?:(?<![" + _CJK + r"])据|根据)[" + _CJK + r"]{0,4}《?$"  # not 数据局
                           r"|(?:来源|摘自|转自|转载自)\s*[：:]?\s*$")
# How the names of news media end: a name the gazetteer does not know, cited as a source, is one.
_MEDIA_END = re.compile(r"(?:报|网|社|台|新闻|周刊|杂志|客户端)$")
_CITED_AFTER = re.compile(r"^(?:》?(?:网站)?(?:\d{1,2}月)?(?:\d{1,2}日)?)(?:报道|消息|引述|分析称|称|援引)"
                          r"|^[" + _CJK + r"]{0,4}\d{1,2}月\d{1,2}日电")  # 新华社北京9月11日电: a dateline


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # orgs, media or not-orgs
    name: str  # canonical
    found_by: str  # gazetteer, model or rule


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, dict[str, str]]:
    """The sections of data/orgs.txt: {'orgs': {form: canonical}, 'media': …, 'not-orgs': …}."""
    sections: dict[str, dict[str, str]] = {"orgs": {}, "media": {}, "not-orgs": {}}
    current = sections["orgs"]
    text = resources.files("search").joinpath("data/orgs.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        form, _, canonical = (part.strip() for part in line.partition("="))
        current[form] = canonical or form
    return sections


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    kinds: dict[str, tuple[str, str]] = {}
    for kind in ("not-orgs", "media", "orgs"):
        for form, canonical in gazetteer()[kind].items():
            kinds[form] = (kind, canonical)
    forms = sorted(kinds, key=len, reverse=True)  # longest first: 国务院服务贸易… before 国务院
    parts = [(r"(?<![A-Za-z])" + re.escape(f) + r"(?![A-Za-z])") if f[-1:].isascii() else re.escape(f)
             for f in forms]
    return re.compile("|".join(parts)), kinds


def extract_orgs(text: str, *, aliases: list[tuple[str, str]] = (), model: bool = True) -> list[str]:
    """Every organisation named in `text`, in order of first mention, each once.

    Media count only where they act, not where they are cited (据路透社…报道). An alias whose
    full name is an organisation here is an organisation too (世界贸易组织 and WTO).
    `model=False` leaves the model out (gazetteer and untrimmed suffix rules only), to measure it.
    """
    positions: dict[str, int] = {}
    for span in _spans(text, model=model):
        medium = span.kind == "media" or span.found_by != "gazetteer" and _MEDIA_END.search(span.name)
        if span.kind == "not-orgs" or medium and _cited(text, span.start, span.end):
            continue
        positions.setdefault(span.name, span.start)
    for short, full in aliases:
        if full in positions and short not in positions:
            m = re.search(re.escape(short), text)
            if m:
                positions[short] = m.start()
    return sorted(positions, key=lambda n: (positions[n], -len(n)))


def _spans(text: str, *, model: bool = True) -> list[_Span]:
    """Gazetteer hits, then the model's names, then the rules' names, where nothing overlaps.

    A name found later may replace gazetteer organisations it contains (辽宁省商务厅服务贸易处
    replaces 辽宁省商务厅), never an event, a venue or a medium the gazetteer knows.
    """
    pattern, kinds = _matcher()
    tokens = ner.tag(text) if model else []
    taken = [_Span(m.start(), m.end(), *kinds[m.group()], "gazetteer") for m in pattern.finditer(text)]
    taken = [t for t in taken if t.kind != "orgs" or not (_in_event_name(tokens, t.start, t.end)
                                                          or _in_title(text, t.start))]
    known = [(t.start, t.end) for t in taken if t.kind == "orgs"]
    for span in [*_model_spans(text, tokens), *_rule_spans(text, tokens, known, model=model)]:
        inside = [t for t in taken if t.start < span.end and span.start < t.end]
        if not inside:
            taken.append(span)
        elif all(t.found_by == "gazetteer" and t.kind == "orgs" and span.start <= t.start and t.end <= span.end
                 and (t.start, t.end) != (span.start, span.end) for t in inside) and (not model or _place(
                     text[span.start:min(t.start for t in inside)])):
            taken = [t for t in taken if t not in inside] + [span]
    return sorted(taken, key=lambda s: s.start)


def _place(prefix: str) -> bool:
    """Whether what stands before a known name is empty or a place (德国, 中国（辽宁）), not a verb (特邀)."""
    words = [w for w in re.split("[（）()]", prefix) if w]
    return all(ner.tag_word(w) == ("LOC",) for w in words)


def _model_spans(text: str, tokens: list[ner.Token]) -> list[_Span]:
    """The model's ORG spans, made whole (a department after its parent) and cut to the name."""
    out = []
    for i, tok in enumerate(tokens):
        if i and tokens[i - 1].tag == "ORG" and tokens[i - 1].end == tok.start and len(tokens[i - 1].word) > 1:
            continue  # merged into the name before it
        if tok.tag != "ORG" or len(tok.word) < 2:
            continue
        if _in_event_name(tokens, tok.start, tok.end) or _in_title(text, tok.start):
            continue
        start, end = tok.start, _department_end(tokens, i)
        j = i
        while tok.word not in _matcher()[1]:  # a place before a name is part of it, as written
            if j > 0 and tokens[j - 1].tag == "LOC":  # 德国 + 克诺尔公司
                j -= 1
            elif j > 3 and [t.word for t in (tokens[j - 3], tokens[j - 1])] == ["（", "）"] and \
                    tokens[j - 2].tag == tokens[j - 4].tag == "LOC":  # 中国（辽宁） + 自由贸易试验区…
                j -= 4
            else:
                break
            start = tokens[j].start
        end = _name_end(text, start, end)
        while start < end and not re.match(f"[{_CJK}A-Za-z0-9]", text[start]):
            start += 1
        name = text[start:end]
        if _plausible(name, found_by="model"):
            out.append(_Span(start, end, "orgs", _canonical(name), "model"))
    return out


def _in_event_name(tokens: list[ner.Token], start: int, end: int, limit: int = 12) -> bool:
    """Whether the name at start:end begins the name of an event: 东盟 of 东盟商务与投资峰会, 东盟博览会."""
    for tok in tokens:
        if tok.end <= start:
            continue
        if tok.start < end:
            if tok.end > end and (_NAMED_EVENT_END.search(tok.word) or _SESSION.search(tok.word)):
                return True  # the model read 东盟博览会, 全国人大三次会议 as one word
            continue
        if tok.tag not in _DEPT_TAGS | {"c"} or tok.end - end > limit:
            return bool(_SESSION.match(_text_after(tokens, end)))
        if _NAMED_EVENT_END.search(tok.word):
            return True
    return bool(_SESSION.match(_text_after(tokens, end)))


def _text_after(tokens: list[ner.Token], pos: int, limit: int = 12) -> str:
    """Up to `limit` characters of the tagged text from `pos` on."""
    return "".join(t.word for t in tokens if t.start >= pos)[:limit]


def _in_title(text: str, pos: int) -> bool:
    """Whether `pos` is inside a 《title》 on its line: a report or a law, not an actor."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.rfind("《") > before.rfind("》")


def _department_end(tokens: list[ner.Token], i: int, limit: int = 10) -> int:
    """Where the name of the ORG at tokens[i] ends, with a department written after it.

    商务部 + 亚洲司, 市商务局对外服务 + 贸易处: the words after the parent, nouns all, end with a
    department's ending (处, 司, 局, 中心 …) and no other word is between.
    """
    end = tokens[i].end
    for tok in tokens[i + 1:]:
        if tok.tag == "ORG" and tok.start == end and len(tok.word) > 1:
            end = tok.end  # 桓星 + 东方太阳能: one name the model cut in two
            continue
        if tok.end - tokens[i].end > limit:
            break
        if tok.tag in _DEPT_TAGS | {"a"} and (_DEPT_END.search(tok.word) or _INNER_END.fullmatch(tok.word)):
            return tok.end  # 服务贸易处; 福建省进出口 + 商会; 工信部 + 信软司 (which it reads as an adjective)
        if tok.tag not in _DEPT_TAGS:
            break
    return end


def _name_end(text: str, start: int, end: int) -> int:
    """`end`, or earlier where the model ran past the name: 大连交通大学旅顺, …协会协办, …集团。"""
    while end > start and not re.match(f"[{_CJK}A-Za-z0-9）)]", text[end - 1]):
        end -= 1
    name = text[start:end]
    last = None
    for m in _INNER_END.finditer(name):
        if m.start() >= 2 and m.end() < len(name):
            last = m
    if last is None:
        return end
    rest = name[last.end():]
    rest_tags = ner.tag_word(rest)
    if not _ORG_END.search(rest) or rest_tags[-1:] and rest_tags[-1] in {"v", "vd", "d", "p", "u", "LOC"}:
        return start + last.end()
    return end


def _rule_spans(text: str, tokens: list[ner.Token], known: list[tuple[int, int]], *,
                model: bool = True) -> list[_Span]:
    """Names ending in a strong suffix, started after the last word that cannot begin a name.

    Words inside a name the gazetteer knows are name words whatever the model tags them
    (上合组织 of 上合组织数字经济高校联盟, which the model reads as 上 / 合 / 组织).
    """
    out = []
    for m in _SUFFIX_RE.finditer(text):
        if m.end() < len(text) and _SUFFIX_RE.match(text, m.end()):
            continue  # 大学 of 大学学院: the longer name ends later
        start = _name_start(text, m.start())
        cut = None
        for tok in tokens:
            if (start <= tok.start and tok.end <= m.start() and tok.tag in _NOT_NAME_TAGS
                    and not any(s <= tok.start < e for s, e in known)):
                start, cut = tok.end, tok
        for tok in tokens:
            if tok.tag == "ORG" and tok.end == m.end() and tok.start > start:
                start, cut = tok.start, None  # the model knows where this name starts
        name = text[start:m.end()]
        if cut is not None and cut.tag == "r" or _in_title(text, start):
            continue  # 各产业委员会, 该公司: a kind, not a name
        if len(name) - len(m.group()) < 2 or not _plausible(name, found_by="rule" if model else "text"):
            continue
        stem = name[:-len(m.group())]
        if model and len(stem) <= 3 and not set(ner.tag_word(stem)) & {"LOC", "ORG", "PER", "nz", "nw"}:
            continue  # 行业协会, 相关委员会: a kind of organisation, not one
        out.append(_Span(start, m.end(), "orgs", _canonical(name), "rule"))
    return out


def _plausible(name: str, *, found_by: str) -> bool:
    """Whether a name the gazetteer does not know reads as an organisation's."""
    if len(name) < 2 or _parent_canonical(name).startswith(_BAD_START) or name.isdigit():
        return False
    if len(name) <= 3 and name[0] in _NAME_STOP:
        return False  # 从一 (个侧面): a preposition and a number, not a name
    if _EVENT_END.search(name) or _VENUE_END.search(name) or _GROUP_END.search(name) or _NOT_NAME_END.search(name):
        return False
    if found_by == "model" and not _ORG_END.search(name):
        # A name with no organisation's ending (谷歌, 毕马威, 安永) stands on the model's word alone:
        # on its own the model must not read it as a place or a common word (中国, 经济, RCEP).
        tags = ner.tag_word(name)
        if len(tags) == 1 and tags[0] not in {"ORG", "PER", "nr", "nt"}:
            return False
    m = re.search("(?:分公司|公司)$", name)
    if m and found_by != "text" and m.start() <= 4 and ner.tag_word(name[:m.start()]) in {("LOC",), ()}:
        return False  # 大连公司: a place and a kind is a mention, not a name
    return True


def _canonical(name: str) -> str:
    """The gazetteer's form of a name (市商务局 -> 大连市商务局); any other name as written."""
    kinds = _matcher()[1]
    return kinds[name][1] if name in kinds else name


def _parent_canonical(name: str) -> str:
    """A name with its parent in the gazetteer's form: 市商务局对外服务贸易处 -> 大连市商务局对外服务贸易处."""
    pattern, kinds = _matcher()
    m = pattern.match(name)
    return kinds[m.group()][1] + name[m.end():] if m and kinds[m.group()][0] == "orgs" else name


def _name_start(text: str, end: int, limit: int = 24) -> int:
    """Where a name ending at `end` starts: after the last punctuation or function word."""
    i = end
    depth = 0
    while i > 0 and end - i < limit:
        ch = text[i - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and (ch in _NAME_STOP or not (re.match(f"[{_CJK}A-Za-z0-9]", ch))):
            break
        i -= 1
    return i


# Someone speaking to a medium (对路透社表示, 接受新华社记者采访时说) cites it too.
_TOLD = re.compile(r"^(?:记者)?(?:采访)?(?:时)?(?:表示|说|称|透露)")


def _cited(text: str, start: int, end: int) -> bool:
    """Whether the medium at start:end is cited as a source rather than acting in the story."""
    before, after = text[max(0, start - 8):start], text[end:end + 12]
    return bool(_CITED_BEFORE.search(before) or _CITED_AFTER.match(after)
                or re.search("(?:对|向|接受)$", before) and _TOLD.match(after))


def extract_aliases(text: str) -> list[tuple[str, str]]:
    """Abbreviations `text` defines, as (short, full) pairs in order, each once.

    （以下简称“服贸会”） after 2023年中国国际服务贸易交易会 gives (服贸会, 中国国际服务贸易交易会):
    a leading year or 第N届 is dropped, the abbreviation stands for the recurring event.
    """
    pairs: list[tuple[str, str]] = []
    for m in list(_SHORT_RE.finditer(text)) + list(_ACRONYM_RE.finditer(text)):
        short = m.group(1).strip()
        if m.re is _ACRONYM_RE and sum(c.isdigit() for c in short) > 2:
            continue  # codes such as HS9610
        full = _full_name(text, m.start(), short)
        if full and full != short and (short, full) not in pairs:
            pairs.append((short, full))
    return pairs


def _full_name(text: str, end: int, short: str) -> str | None:
    before = text[:end]
    if before.endswith(("》", "”")):  # 《数字经济伙伴关系协定》（DEPA）
        opening = "《" if before.endswith("》") else "“"
        i = before.rfind(opening)
        return before[i + 1:-1] if i >= 0 else None
    pattern, kinds = _matcher()
    window = text[max(0, end - 40):end]
    for k in range(len(window)):  # the longest known name that ends here
        tail = window[k:]
        if tail in kinds or tail in _TERMS:
            return kinds[tail][1] if tail in kinds else tail
    start = _name_start(text, end, limit=40)
    name = _LEADING.sub("", text[start:end])
    # 品质、成本、纳期（QCD）: an enumeration as long as the acronym
    parts = re.split("、", text[max(0, end - 40):end].split("，")[-1])
    if short.isupper() and len(parts) == len(short) > 1 and all(1 < len(p) <= 6 for p in parts[1:]):
        pieces = [re.sub(f"^.*?(?=[{_CJK}]{{2}}$)", "", parts[0])] + parts[1:]
        return "、".join(pieces)
    return name or None
