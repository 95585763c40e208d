"""Whether a string reads as an organisation's name, where it stands: the shapes behind the
organisation rules (orgs.py, orgjoin.py), their words in data/org-names.txt.

A name the gazetteer does not know must look like one (`plausible`): not an event, a venue, a
delegation, a sector or a common word. Where it stands can say it is none (`out_of_place`): a kind
counted or described (50家行业协会联盟, 经国务院批准设立的期货交易所), a goal (打造…服务中心), a word of a
slogan (“新时代企业家精神”), a modifier (大连软件 of 大连软件企业), an item of an enumeration of common
things (电信、计算机和信息服务), a place after 在. A medium is an organisation only where it acts (`cited`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from search import vocab
from search.parse import tagger as ner
from search.parse.gazetteer import CJK as _CJK
from search.parse.gazetteer import NAME_STOP, canonical, kinds, parent_canonical

__all__ = ["BAD_START", "BRACKET_FORMS", "COUNTRY_ARMS", "DEPT_END", "DEPT_TAGS", "EVENT_END", "INNER_END", "KIND_AFTER", "LEGAL_FORM",
           "MEDIA_END", "NAMED_EVENT_END", "ORG_END", "SCOPE_WORDS", "SESSION", "STRONG_END", "SUFFIX_RE", "THING_END",
           "TITLES",
           "Span", "as_region", "cited", "in_title", "out_of_place", "plausible", "span_of", "trim"]


def _ends(*sections: str) -> str:
    """The words of sections of data/org-names.txt as one alternation, longest first."""
    return vocab.alternation(w for s in sections for w in vocab.words("org-names", s))


def _ending(*sections: str) -> re.Pattern:
    """A name that ends in a word of the sections."""
    return re.compile(f"(?:{_ends(*sections)})$")


# The shapes of the rules; their words are in data/org-names.txt, where each section is explained.
# A name is found by its strong ending, and cut at one of the inner endings inside what the model tagged.
SUFFIX_RE = re.compile(_ends("strong-ends"))
INNER_END = re.compile(_ends("strong-ends", "inner-ends"))
STRONG_END = _ending("strong-ends")
ORG_END = _ending("strong-ends", "org-ends")
# Not organisations: events and meetings, venues, delegations, sectors; news media by their endings.
_EVENT_END, NAMED_EVENT_END, _VENUE_END, _GROUP_END, _NOT_NAME_END, DEPT_END, MEDIA_END = (
    _ending(section) for section in ("event-ends", "named-event-ends", "venue-ends", "group-ends", "not-name-ends",
                                     "department-ends", "media-ends"))
_THING_END = _ending("document-ends", "product-ends")
THING_END = _THING_END
EVENT_END = _EVENT_END
_KIND_END = _ending("place-kind-ends")
_SUB_BODY_END = _ending("sub-body-ends")
_OWNER_END = re.compile(_ends("strong-ends", "inner-ends", "event-ends") + "|大会")
LEGAL_FORM = re.compile(f"(?:{_ends('legal-forms')})+$")
# A kind of organisation after 等, counted or not (企业, 5家国际组织; not 企业家).
KIND_AFTER = re.compile(rf"(?:\d+|[一二三四五六七八九十多几]+)?[家个所]?(?:{_ends('kind-words')})(?!家)")
BRACKET_FORMS = frozenset(vocab.words("org-names", "bracket-forms"))
TITLES = frozenset(vocab.words("org-names", "titles"))
_TITLE_WORDS = tuple(TITLES)
COUNTRY_ARMS = frozenset(vocab.words("org-names", "country-arms"))
SCOPE_WORDS = frozenset(vocab.words("org-names", "scope-words"))
# A numbered session is an event too: 全国人大 of 十四届全国人大三次会议.
SESSION = re.compile(r"第?[一二三四五六七八九十\d]+次(?:全体|常务|主任)?会议")
BAD_START = tuple(vocab.words("org-names", "bad-starts"))
# Tags a department's words may have between its parent and its ending (对外服务 贸易处).
_DEPT_TAGS = {"n", "vn", "nz", "an", "ORG", "LOC", "j"}
DEPT_TAGS = _DEPT_TAGS  # the tags of the words of a department's or an event's name
# A medium cited as a source: 据新华社, 来源：新华网 before it; 报道, 消息, a dateline after it; or
# someone speaking to it (对路透社表示, 接受新华社记者采访时说).
_CITED_BEFORE = re.compile(r"(?:(?<![" + _CJK + r"])据|根据)[" + _CJK + r"]{0,4}《?$"  # not 数据局
                           rf"|(?:{_ends('cited-before')})\s*[：:]?\s*$")
_CITED_AFTER = re.compile(rf"^(?:》?(?:网站)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:近日|日前|此前|近期)?)(?:{_ends('cited-after')})"
                          r"|^[" + _CJK + r"]{0,4}\d{1,2}月\d{1,2}日电")  # 新华社北京9月11日电: a dateline
_TRAILING = _ending("trailing-words")
_FORMER = tuple(vocab.words("org-names", "former-words"))
# A kind counted (50家, 35所, 首批, 一家, 两市政府) is no name; nor a goal being built (打造…中心, …中心建设).
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万多几首]|首批|一批)余?[家所个批座类]$|首批$|[两几多各]$")
# A count at the start of what the model reads as a number (二十余家重点外贸企业协会): a class, no name.
_COUNT_OPENING = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万几]+)[余多]?[家所个]")
_DESCRIBED = re.compile(r"是[^，。；：\n]*的$")  # what something is: 是…所属的全国重点大学
_BELONGING = re.compile(_ends("belonging-words"))
_COPULA = re.compile("(?:是|为|系|作为)$")
_GOAL_BEFORE = re.compile(f"(?:{_ends('goal-before')})$")
_GOAL_INSIDE = re.compile(f"(?:{_ends('goal-before')})(?=.{{2,}}$)")
GOAL_INSIDE = _GOAL_INSIDE  # 建设 + 算力中心: a verb of building and what is built
_GOAL_AFTER = re.compile(f"^(?:{_ends('goal-after')})")
# A word after a name that makes it a modifier (大连软件企业, 对华高技术产业) and the words before a place.
_MODIFIED = re.compile(f"^(?:{_ends('modified-heads')})")
_PLACE_BEFORE = re.compile(f"(?:{_ends('place-before')})$")
# A class of bodies cut by a threshold (规模以上工业企业, 限额以上批发企业, 年营收千万元以下的企业): a
# statistics' class, never a name.
_THRESHOLD = re.compile("(?:以上|以下|以内)")
_SEVERAL = re.compile("[两三四五多各诸][国地省市方]")
_SPEECH = re.compile("[，。！？；,!?;\n]")
_LISTING = {"、", "和", "及", "与"}
# A list number before a story's title or a paragraph: 1. （1） ① 一、
_LIST_NUMBER = re.compile(r"(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*")
_TOLD = re.compile(rf"^(?:记者)?(?:采访)?(?:时)?(?:{_ends('told')})")


@dataclass(frozen=True)
class Span:
    """A name found at start:end of the text, what it is and how it was found."""

    start: int
    end: int
    kind: str  # orgs, media or not-orgs
    name: str  # canonical
    found_by: str  # gazetteer, model or rule


def span_of(text: str, tokens: list[ner.Token], start: int, end: int) -> Span | None:
    """The span of a name at start:end, trimmed, if it reads as an organisation's, here."""
    start, end = trim(text, start, end)
    name = text[start:end]
    if not plausible(name, found_by="rule") or in_title(text, start) or \
            out_of_place(text, tokens, start, end):
        return None
    return Span(start, end, "orgs", canonical(name), "rule")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """start:end without a list number or 原 before the name (1.世贸组织, 原国家计委) or words after it
    that are no part of it (大连市商务局有关处室, 东盟方), where what stays is an organisation's name."""
    m = _LIST_NUMBER.match(text, start, end)
    if m:
        start = m.end()
    former = next((w for w in _FORMER if text.startswith(w, start)), None)
    if former and end - start - len(former) >= 3:
        start += len(former)  # 原国家计委: the body, not its former state
    m = _TRAILING.search(text, start, end)
    if m and m.start() - start >= 2:
        rest = text[start:m.start()]
        if ORG_END.search(rest) or kinds().get(rest, ("",))[0] == "orgs" or ner.tag_word(rest) == ("ORG",):
            end = m.start()
    return start, end


# A phase of a project after its name (二期, 三期工程): the works, not a body.
_PHASE = re.compile(r"[一二三四五六七八九十\d]期")
# What is held at a venue: 在X举行, 于X召开, 在X隆重开幕.
_HELD = re.compile(r"(?:隆重|正式|盛大)?(?:举行|召开|举办|开幕|闭幕|启幕|落幕|开班|揭牌)")


def out_of_place(text: str, tokens: list[ner.Token], start: int, end: int, *, listed: bool = False) -> bool:
    """Whether the words around a name the gazetteer does not know say it is no organisation here
    (`listed`: it stands in a list of bodies, so common things beside it are none)."""
    name, before, after = text[start:end], text[max(0, start - 8):start], text[end:end + 8]
    ending = ORG_END.search(name)
    stem = name[:ending.start()] if ending else name
    if _COUNTED.search(before) or _DESCRIBED.search(text, max(0, start - 24), start) and not _proper(stem):
        return True  # 50家行业协会联盟, 35所示范性软件学院; 是经国务院批准设立的期货交易所
    if _counted_class(text, tokens, start, stem) or _COUNT_OPENING.match(name) and _tag_at(tokens, start) == "m":
        return True  # 14个行业商协会: a number, a classifier, common nouns, a kind
    if _described_by_owner(name, before, stem):
        return True  # 是辽宁省属外国语大学, 是教育部直属全国重点大学
    if not SUFFIX_RE.search(name) and (_GOAL_BEFORE.search(before) or _GOAL_AFTER.match(after)
                                       and not _verb_after(tokens, end)):
        return True  # 打造东北亚数字信息服务中心, 东北亚国际航运中心建设 (not 大连电信建设算力中心: a verb)
    if before.endswith(_TITLE_WORDS):
        return True  # 主任雅罗申科: a person after a title
    if _PHASE.match(after):
        return True  # 科创中心二期, 产业园三期: a project built in phases, not a body
    if name.endswith(("中心", "馆", "博物院")) and before.endswith(("在", "于")) and _HELD.match(after):
        return True  # 在梅地亚中心举行记者会, 在中国证券博物馆举行: where a meeting is held is a building (在…新闻办召开 stays)
    if ending:
        return False
    # A name without an organisation's ending stands on the model's word: the words around it must
    # not make it a word of a slogan, a modifier, a common thing among others or a place.
    return bool(_in_quoted_phrase(text, start, end) or _MODIFIED.match(after)
                or not listed and _among_common_things(tokens, start, end)
                or _PLACE_BEFORE.search(before) and ner.tag_word(name)[:1] == ("LOC",))


def _counted_class(text: str, tokens: list[ner.Token], start: int, stem: str, limit: int = 6) -> bool:
    """Whether a kind with no proper name in it is counted across common nouns before it: a number and a
    classifier, then words the model reads as common nouns (14个行业商协会, 二十余家重点外贸企业协会), not
    a place or a name (3家大连市商会 is counted too, but by _COUNTED where the count touches it)."""
    if _proper(stem):
        return False
    k = bisect.bisect_left(tokens, start, key=_start_of) - 1
    first = start
    while k >= 0 and tokens[k].end == first and tokens[k].tag in _NOUN_TAGS and start - tokens[k].start <= limit:
        first = tokens[k].start
        k -= 1
    return first < start and bool(_COUNTED.search(text, max(0, first - 8), first))


def _tag_at(tokens: list[ner.Token], pos: int) -> str:
    """The model's tag of the word that begins at `pos` ('' if none does)."""
    k = bisect.bisect_left(tokens, pos, key=_start_of)
    return tokens[k].tag if k < len(tokens) and tokens[k].start == pos else ""


def _verb_after(tokens: list[ner.Token], end: int) -> bool:
    """Whether the model reads the word right after `end` as a verb that governs what follows it."""
    k = bisect.bisect_left(tokens, end, key=_start_of)
    return k + 1 < len(tokens) and tokens[k].start == end and tokens[k].tag == "v" and tokens[k + 1].tag in {"n", "nz", "vn"}


def _described_by_owner(name: str, before: str, stem: str) -> bool:
    """A kind described by whom it belongs to: after 是, a name holding 省属/直属 before a common kind
    (是辽宁省属外国语大学), or a common kind right after 直属/所属 (教育部直属全国重点大学)."""
    if _BELONGING.search(before[-2:]) and not _proper(stem):
        return True
    inside = _BELONGING.search(name)
    return bool(inside and _COPULA.search(before) and not _proper(name[inside.end():len(stem)] or ""))


def _proper(words: str) -> bool:
    """Whether words hold a proper name: a place, an organisation, a person, an abbreviation."""
    return bool(set(ner.tag_word(words)) & {"LOC", "ORG", "PER", "nz", "nw", "j"}) if words else False


def _in_quoted_phrase(text: str, start: int, end: int) -> bool:
    """Whether start:end is part of a longer “quoted phrase”, a slogan or a theme (“新时代企业家精神”),
    not of words someone said (“大连是松下重要的研发和生产基地。”)."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("“", line_start, start)
    if opening < 0 or text.rfind("”", line_start, start) > opening:
        return False
    closing = text.find("”", end)
    if closing < 0 or (opening + 1, closing) == (start, end):
        return False
    return not _SPEECH.search(text[opening + 1:closing])


def _among_common_things(tokens: list[ner.Token], start: int, end: int) -> bool:
    """Whether the name is an item of an enumeration of common things: the item next to it across
    、 or 和 is common nouns only (电信、计算机和信息服务; 船舶、汽车零配件、汽车; 新能源、港航物流),
    not a name (中国通用技术集团原总经理、中国联通)."""
    for k, tok in enumerate(tokens):
        if tok.word not in _LISTING or not (tok.end == start or tok.start == end):
            continue
        if tok.end == start and k == 0:
            continue
        item = []
        side = tokens[k - 1::-1] if tok.end == start else tokens[k + 1:]
        for j, other in enumerate(side):
            if other.word in _LISTING or other.tag == "w":
                break
            if other.word in ("等", "等等") and tok.start == end:
                after = "".join(t.word for t in side[j + 1:j + 3])
                if KIND_AFTER.match(after):
                    return False  # 宇树科技、深度求索等企业: a list of bodies
                break  # 电信、金融等行业: the enumeration closes at 等
            item.append(other)
        words = "".join(t.word for t in sorted(item, key=_start_of))  # in the text's order, either side
        if item and all(t.tag in {"n", "vn", "an"} for t in item) and len(words) > 1 \
                and not ORG_END.search(words) and not words.endswith(_TITLE_WORDS):
            # 协会与大连市贸促会: a body beside it; 省委书记、省人大常委会主任: the titles of one person
            return True
    return False


def _end_of(tok: ner.Token) -> int:
    return tok.end


def _start_of(tok: ner.Token) -> int:
    return tok.start


def among_places(tokens: list[ner.Token], start: int, end: int) -> bool:
    """Whether the name at start:end is one of a list whose other members, two or more, are all
    places (对东盟、非洲、拉美进出口): a region, a market, not an actor (美国、欧盟、东盟 keeps both)."""
    k = next((i for i, t in enumerate(tokens) if t.start == start and t.end == end), None)
    if k is None:
        return False
    members = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j + step < len(tokens) and tokens[j].word in ("、", "和", "及", "与") \
                and tokens[j + step].tag in ("LOC", "ORG"):
            members.append(tokens[j + step])
            j += 2 * step
    return len(members) >= 2 and all(t.tag == "LOC" for t in members)


_BLOCS = frozenset(vocab.words("org-names", "blocs"))
_REGION_HEADS = frozenset(vocab.words("org-names", "region-heads"))
_NOUN_TAGS = {"n", "vn", "nz", "an"}


def as_region(text: str, tokens: list[ner.Token], start: int, end: int, limit: int = 8) -> bool:
    """Whether the bloc at start:end names a region here, not the body: it modifies a generic noun
    (东盟市场, 东盟国家, 十余家东盟运营企业, 赋能东盟制造业), alone or with other blocs or
    places joined to it (东盟和欧盟市场). Where it acts (与东盟各方, 东盟通过…, 欧盟的关税), has members
    (上合组织成员国) or begins a longer name (上合组织数字经济高校联盟) it is a body."""
    if text[start:end] not in _BLOCS:
        return False
    k = bisect.bisect_left(tokens, end, key=_start_of)
    if k >= len(tokens) or tokens[k].start != end:
        return False  # the name ends inside a word the model reads on
    while k + 1 < len(tokens) and tokens[k].word in _LISTING and \
            (tokens[k + 1].word in _BLOCS or tokens[k + 1].tag == "LOC"):
        k += 2  # 东盟 + 和欧盟 + 市场
    words: list[str] = []
    while k < len(tokens) and tokens[k].tag in _NOUN_TAGS and len("".join(words)) <= limit:
        words.append(tokens[k].word)
        k += 1
    if ORG_END.search("".join(words)):
        return False  # 上合组织数字经济高校联盟: the bloc begins a name that goes on
    return any(w in _REGION_HEADS for w in words)


def in_title(text: str, pos: int) -> bool:
    """Whether `pos` is inside a 《title》 on its line: a report or a law, not an actor."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.rfind("《") > before.rfind("》")


def plausible(name: str, *, found_by: str) -> bool:
    """Whether a name the gazetteer does not know reads as an organisation's."""
    if len(name) < 2 or parent_canonical(name).startswith(BAD_START) or name.isdigit():
        return False
    if len(name) <= 3 and name[0] in NAME_STOP:
        return False  # 从一 (个侧面): a preposition and a number, not a name
    if _SEVERAL.search(name) or _THRESHOLD.search(name):
        return False  # 立陶宛两国交通运输部: the bodies of several countries, not one
    if any(p.search(name) for p in (_EVENT_END, _VENUE_END, _GROUP_END, _NOT_NAME_END, _THING_END)):
        return False
    goal = _GOAL_INSIDE.search(name, 2)
    if goal and ner.tag_word(name[:goal.start()])[-1:] not in {("n",), ("vn",), ("an",)}:
        return False  # 影禾医脉打造国际化技术中心, 马来西亚投资建设数据中心: a body, or a place and a verb, and
        # the goal built, no name; a field and its works name a centre (城乡建设发展中心, 学校规划建设…)
    if found_by == "model" and not ORG_END.search(name):
        # A name with no organisation's ending (谷歌, 毕马威, 安永) stands on the model's word alone:
        # on its own the model must not read it as a place or a common word (中国, 经济, RCEP).
        tags = ner.tag_word(name)
        if len(tags) == 1 and tags[0] not in {"ORG", "PER", "nr", "nt"}:
            return False
    m = _SUB_BODY_END.search(name)
    if m and not _owned(name[:m.start()]):
        return False  # 协会服务外包专业委员会: the writing association's own committee
    m = _KIND_END.search(name)
    if m and found_by != "text" and m.start() <= 4 and ner.tag_word(name[:m.start()]) in {("LOC",), ()}:
        return False  # 大连公司, 大连代表处: a place and a kind is a mention, not a name
    return True


def _owned(stem: str) -> bool:
    """Whether the words before a committee's ending name its owner: a place, a body, a person or a
    gathering (中关村人才协会, 世界互联网大会), not a field alone (人工智能应用) or a bare 协会."""
    if set(ner.tag_word(stem)) & {"LOC", "ORG", "PER", "nw", "j"}:
        return True
    return any(m.start() >= 2 for m in _OWNER_END.finditer(stem))


def cited(text: str, start: int, end: int) -> bool:
    """Whether the medium at start:end is cited as a source rather than acting in the story."""
    before, after = text[max(0, start - 8):start], text[end:end + 12]
    return bool(_CITED_BEFORE.search(before) or _CITED_AFTER.match(after)
                or re.search("(?:对|向|接受)$", before) and _TOLD.match(after))
