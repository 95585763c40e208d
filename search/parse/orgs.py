"""Organisations named in an item's text: part of parsing, before indexing.

Three sources, in order of trust:

1. the curated gazetteer (`data/orgs.txt`): canonical forms (市商务局 = 大连市商务局), news media
   (organisations only where they act, not where they are cited) and names that look like
   organisations but are events or venues; abbreviations it knows run together are split (中办国办);
2. the organisations Baidu's LAC model tags in the text (`tagger.py`), extended to a department
   written after its parent (辽宁省商务厅服务贸易处) or a company's arm in China (赞邦中国), and cut
   back where the model ran past the name (…协会协办, …大学旅顺, …处室, …负责人);
3. rules for names the model missed (orgrules.py): a strong suffix (…有限公司, …协会, …大学), started after the
   last verb, adverb or preposition the model sees in front of them (邀请辽宁省律师协会 ->
   辽宁省律师协会), or the title of the body's head (原邮电部、信息产业部部长).

Then a name is made whole across a bracket or a conjunction, or cut in two at one (orgjoin.py:
钉钉（中国）信息技术有限公司, 大连市工业和信息化局; 商务部和工业和信息化部), the names found reveal
others (orgkin.py: the items of 英伟达、苹果、特斯拉等企业, 费森尤斯 of 费森尤斯集团), and names with no
ending are told by their role in the text (orgrole.py: 深度求索 of a full name given, 人工智能企业X（Latin）,
X董事长+person, a brand and trade heading a clause, 格力小米 the two).

Every name that is not in the gazetteer must look like one, where it stands (orgshape.py): not an
event, a document, a product, a venue or a place, a delegation, a sector or a common noun. An
organisation that begins the name of an event, a session or an agreement (东盟 of 中国—东盟博览会,
全国人大 of 十四届全国人大三次会议, 中新 of 中新自贸协定) or stands in a 《title》 is not one of the item's.
The gazetteer is gazetteer.py; the abbreviations the text defines, aliases.py.
The text given is already normalised (see `search.parse.normalize`).
"""
from __future__ import annotations

import bisect
import re

from search import vocab

from search.parse import orgcoord, orgdeal, orgevent, orgjoin, orgkin, orglatin, orgname, orgorgan, orgrole, orgscript, orgtrade
from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.aliases import extract_aliases
from search.parse.gazetteer import CJK as _CJK
from search.parse.gazetteer import canonical, curated, gazetteer, kinds, matcher
from search.parse.orgrules import rule_spans, start_of
from search.parse.orgshape import Span

__all__ = ["extract_orgs", "extract_aliases", "gazetteer"]


# Tags a department's words may have between its parent and its ending (对外服务 贸易处).
_DEPT_TAGS = {"n", "vn", "nz", "an", "ORG", "LOC", "j"}
_TITLE_WORDS = tuple(sorted(shape.TITLES, key=len, reverse=True))
_OWNER = frozenset(vocab.words("org-names", "owner-words"))  # 旗下, 所属: a parent before, a company after
_RUN_INTO = frozenset(vocab.words("org-names", "run-into-verbs")) | _OWNER
_TITLE_RE = re.compile("|".join(map(re.escape, _TITLE_WORDS)))
# A company by its legal form (…有限公司, …株式会社), whatever words its name begins with.
_COMPANY = re.compile("(?:有限公司|有限责任公司|株式会社)$")


def extract_orgs(text: str, *, aliases: list[tuple[str, str]] = (), model: bool = True) -> list[str]:
    """Every organisation named in `text`, in order of first mention, each once.

    Media count only where they act, not where they are cited (据路透社…报道). An alias whose
    full name is an organisation here is an organisation too (世界贸易组织 and WTO).
    `model=False` leaves the model out (gazetteer and untrimmed suffix rules only), to measure it.
    """
    return orgscript.as_printed(_extract_orgs, text, aliases=aliases, model=model)


def _extract_orgs(text: str, *, aliases: list[tuple[str, str]] = (), model: bool = True) -> list[str]:
    """extract_orgs on text in simplified characters."""
    spans = []
    for span in _spans(text, model=model):
        medium = span.kind == "media" or span.found_by != "gazetteer" and shape.MEDIA_END.search(span.name)
        if span.kind == "not-orgs" or medium and shape.cited(text, span.start, span.end):
            continue
        spans.append(span)
    starts = {s.start for s in spans}
    spans = [s for s in spans if not _a_person(text, s)  # nor a field (本地 + 电信 + 运营商 + TM、…), nor a kind:
             and not orgkin.field_of_a_kind(text, s, starts)  # 中国科技公司, not 上海电气公司
             and not (s.found_by == "model" and orgname.kind_in_text(text, s.start, s.end, name_after=s.end in starts))]
    positions: dict[str, int] = {}
    inside = orgkin.only_inside_longer(text, spans)
    for k, span in enumerate(spans):
        if k not in inside:
            positions.setdefault(span.name, span.start)
    for short, full in aliases:  # 投资贸易工业部(MITI): a Latin acronym defines a body the rules did not see
        if full not in positions and not any(full in n for n in positions) and orgname.LATIN.fullmatch(short) \
                and shape.ORG_END.search(full) \
                and full in text and text[max(0, text.index(full) - 1):text.index(full)] not in {"”", "\""} \
                and shape.plausible(full, found_by="rule") and ner.tag_word(full)[0] not in {"p", "v", "c", "d"}:
            positions[full] = text.index(full)  # not 共策会 of 亚太“一带一路”共策会, nor 根据 + …发展局
    for short, full in aliases:
        if short not in positions and (full in positions or any(full.endswith(n) and len(n) >= 2 for n in positions)):
            m = re.search(re.escape(short), text)
            if m:
                positions[short] = m.start()
                for name in [n for n in positions if n != short and n in short and orgkin.only_inside(text, n, short)]:
                    del positions[name]  # 央行 of (下称“中国央行”): a part of the short form, no name of its own
    return sorted(positions, key=lambda n: (positions[n], -len(n)))


def _a_person(text: str, span: Span) -> bool:
    """Whether a name the model found, with no organisation's ending, is written elsewhere in the
    text right after a person's title (会见安华 where the text also has 总理安华): a person's name."""
    if span.found_by != "model" or shape.ORG_END.search(span.name):
        return False
    return any(text.startswith(span.name, m.end()) for m in _TITLE_RE.finditer(text))


def _spans(text: str, *, model: bool = True) -> list[Span]:
    """Gazetteer hits, then the model's names, then the rules' names, where nothing overlaps.

    A name found later may replace gazetteer organisations it contains (辽宁省商务厅服务贸易处
    replaces 辽宁省商务厅), never an event, a venue or a medium the gazetteer knows, unless it is
    a company by its legal form: the company that runs a venue (大连软件园股份有限公司).
    """
    pattern, kinds = matcher()
    tokens = _verb_cut(ner.tag(text)) if model else []
    taken = [Span(m.start(), m.end(), *kinds[m.group()], "gazetteer") for m in pattern.finditer(text)]
    taken = [t for t in taken if t.kind != "orgs" or not (orgevent.in_event_name(tokens, t.start, t.end)
                                                          or shape.in_title(text, t.start)
                                                          or model and _inside_a_word(text, tokens, taken, t)
                                                          or model and _across_words(tokens, t)
                                                          or model and shape.among_places(tokens, t.start, t.end)
                                                          or model and shape.as_region(text, tokens, t.start, t.end))]
    known = [(t.start, t.end) for t in taken if t.kind == "orgs"]
    for span in [*_model_spans(text, tokens), *rule_spans(text, tokens, known, model=model)]:
        if model and (shape.out_of_place(text, tokens, span.start, span.end)
                      or span.found_by != "model" and _ends_inside_a_place(tokens, span)
                      or shape.among_places(tokens, span.start, span.end)
                      or shape.as_region(text, tokens, span.start, span.end)):
            continue
        inside = [t for t in taken if t.start < span.end and span.start < t.end]
        if not inside:
            taken.append(span)
        elif _tiled(span, inside) and all(t.end - t.start <= 3 for t in inside):
            continue  # 中办国办: abbreviations the gazetteer knows, run together
        elif all(t.found_by == "gazetteer"
                 and (t.kind == "orgs" or t.kind == "media" and shape.ORG_END.search(span.name)
                      or t.kind == "not-orgs" and _COMPANY.search(span.name))
                 and span.start <= t.start and t.end <= span.end
                 and (t.start, t.end) != (span.start, span.end) for t in inside) and (not model or _place(
                     text[span.start:min(t.start for t in inside)])):
            taken = [t for t in taken if t not in inside] + [span]  # 新华社 + 中国经济信息社: one of its own
    if model:
        taken = orgtrade.with_trade(text, tokens, _joined(text, tokens, taken))
        taken += orgkin.listed(text, tokens, taken)
        taken += orglatin.listed(text, tokens, taken)
        taken = orgkin.counted_pairs(text, tokens, taken)
        taken += orgkin.between_names(text, tokens, taken)
        taken += orgkin.local_bodies(text, tokens, taken)
        taken += orgkin.abbreviations(text, tokens, taken)
        taken += orgkin.ministries(text, tokens, taken)
        taken += orgkin.joint_subjects(text, tokens, taken)
        taken += orgkin.parallels(text, tokens, taken)
        taken += orgkin.short_forms(text, tokens, taken)
        taken += orgrole.role_spans(text, tokens, taken)
        taken += orgdeal.investors(text, tokens, taken)
        taken = orgorgan.mended(text, tokens, orgcoord.coordinated(text, tokens, taken))
        taken = orgkin.widened(text, tokens, orgkin.run_together(text, taken))
    return sorted(taken, key=lambda s: s.start)


def _verb_cut(tokens: list[ner.Token]) -> list[ner.Token]:
    """The model's words, a name it ran into the verb after it cut from the verb (广州市工商联联合 ->
    广州市工商联 + 联合, 广州市工商联承办 -> 广州市工商联 + 承办)."""
    out = []
    tokens = _owned_apart(orgname.latin_words(tokens))
    for k, tok in enumerate(tokens):
        if tok.tag == "ORG" and len(tok.word) >= 8 and (inside := _verb_inside(tok)):
            out += inside
            continue
        if tok.tag != "ORG" or tok.word[-2:] not in _RUN_INTO:
            out.append(tok)
            continue
        head, tail = tok.word[:-2], tok.word[-2:]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.start == tok.end and len(nxt.word) == 1 and nxt.tag in {"n", "vn", "nz", "v", "ORG"}:
            out.append(tok)  # 中国国际投资贸易洽谈 + 会: the name goes on
        elif len(head) >= 3 and ner.tag_word(head) == ("ORG",):
            out += [ner.Token(head, "ORG", tok.start), ner.Token(tail, "v", tok.start + len(head))]
        else:
            out.append(tok)
    return out


def _verb_inside(tok: ner.Token) -> list[ner.Token]:
    """A name the model ran into the verb and the object after it, cut from them (大连电信建设算力中心
    -> 大连电信 + 建设 + 算力 + 中心): the head is a name on its own, the rest a verb of two characters
    or more and two words or more after it, not a name on its own, and neither an organisation's strong ending
    nor a department's (投资促进中心, 香港特别行政区政府投资推广署 stay; a data centre is built). Not past
    40 characters: no name is that long, and each cut asks the model (a hostile line: minutes)."""
    if shape.STRONG_END.search(tok.word) or len(tok.word) > 40:
        return []
    for k in range(3, len(tok.word) - 4):
        rest = ner.tag(tok.word[k:])
        if len(rest) >= 3 and rest[0].tag == "v" and len(rest[0].word) >= 2 \
                and ner.tag_word(tok.word[:k]) == ("ORG",) and ner.tag_word(tok.word[k:]) != ("ORG",) \
                and not (shape.ORG_END.search(tok.word) and not tok.word.endswith("中心")):
            return [ner.Token(tok.word[:k], "ORG", tok.start),
                    *(ner.Token(t.word, t.tag, tok.start + k + t.start) for t in rest)]
    return []


def _owned_apart(tokens: list[ner.Token]) -> list[ner.Token]:
    """The model's words with a name it ran across a word of ownership cut there: the parent, the
    word, the body it owns (中国贸促会所属专商所 -> 中国贸促会 + 所属 + 专商所), where both read as names."""
    out = []
    for tok in tokens:
        m = next((m for w in _OWNER for m in re.finditer(w, tok.word)), None) if tok.tag == "ORG" else None
        head, tail = (tok.word[:m.start()], tok.word[m.end():]) if m else ("", "")
        if m is None or len(head) < 2 or len(tail) < 2 or ner.tag_word(head)[-1:] != ("ORG",):
            out.append(tok)
            continue
        out += [ner.Token(head, "ORG", tok.start), ner.Token(m.group(), "v", tok.start + m.start()),
                ner.Token(tail, "ORG", tok.start + m.end())]
    return out


def _ends_inside_a_place(tokens: list[ner.Token], span: Span) -> bool:
    """Whether a name the rules found ends inside a word the model reads as a place (深圳虚拟大学 of
    深圳虚拟大学园): the name runs on into a venue's."""
    k = bisect.bisect_right(tokens, span.start, key=start_of) - 1
    return k >= 0 and tokens[k].tag == "LOC" and tokens[k].start <= span.start and span.end < tokens[k].end


def _across_words(tokens: list[ner.Token], hit: Span) -> bool:
    """Whether a form the gazetteer knows ends inside a word the model reads across its end, a word no
    name (联合国 of 央视联合国内某厂商: 联合 / 国内)."""
    first = bisect.bisect_left(tokens, hit.start, key=start_of)
    words = tokens[first:bisect.bisect_left(tokens, hit.end, key=start_of)]
    if any(hit.start < t.start < hit.end < t.end and t.tag == "ORG" for t in words):
        return True  # 联合 + 国家发展改革委: the form runs into a name the model reads from inside it
    return any(t.start < hit.end < t.end and t.tag not in {"ORG", "LOC", "nz", "nw", "j"} and not _TITLE_RE.search(t.word)
               for t in words)  # 美国财政部 + 部长


def _inside_a_word(text: str, tokens: list[ner.Token], hits: list[Span], hit: Span) -> bool:
    """Whether a short form the gazetteer knows stands inside another word (中办 of 集中办理), not
    on its own: it must begin and end where the model's words do, or tile a name with other forms."""
    if hit.end - hit.start > 2:
        return False
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    if hit.start in starts and hit.end in ends:
        return False
    word = next((t for t in tokens if t.start <= hit.start and hit.end <= t.end), None)
    return not (word is not None and word.tag == "ORG" and _tiled(word, [h for h in hits if h.kind == "orgs"]))


def _tiled(span, hits: list[Span]) -> bool:
    """Whether two or more gazetteer organisations fill `span` end to end (中办 + 国办)."""
    inside = sorted((h for h in hits if span.start <= h.start and h.end <= span.end and h.kind == "orgs"),
                    key=lambda h: h.start)
    pos = span.start
    for h in inside:
        if h.start != pos:
            return False
        pos = h.end
    return len(inside) >= 2 and pos == span.end


def _joined(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The names made whole across a bracket or a conjunction, and cut in two at a conjunction that
    joins two (orgjoin.py): each replaces the names found inside it, never one that runs past it."""
    joins, cuts = orgjoin.conjunction_joins(text, tokens, taken)
    for cut in cuts:
        for t in [t for t in taken if t.start < cut < t.end - 1 and t.found_by != "gazetteer"]:
            pieces = [shape.span_of(text, tokens, t.start, cut), shape.span_of(text, tokens, cut + 1, t.end)]
            taken = [x for x in taken if x is not t] + [p for p in pieces if p is not None]
    for start, end in [*orgjoin.bracket_joins(text, tokens, taken), *joins]:
        span = shape.span_of(text, tokens, start, end)
        inside = [t for t in taken if t.start < end and start < t.end]
        if span is None or any(t.kind != "orgs" or t.start < span.start or t.end > span.end for t in inside):
            continue
        known = [t.start for t in inside if t.found_by == "gazetteer"]
        if known and not _place(text[span.start:min(known)]):
            continue  # 大大连市对外投资与合作企业联合会: a misprint before a name the gazetteer knows
        taken = [t for t in taken if t not in inside] + [span]
    return taken


def _place(prefix: str) -> bool:
    """Whether what stands before a known name is empty, a place (德国), a level (市) or a parent, not a verb (特邀)."""
    words = [w for w in re.split("[（）()]", prefix) if w]
    return all(set(ner.tag_word(w)) == {"LOC"} or w in {"国家", "省", "市", "区", "县"} or kinds().get(w, "")[:1] == ("orgs",)
               for w in words)  # 市 + 发改委; a parent body the gazetteer knows: 国务院 + 国资委


def _model_spans(text: str, tokens: list[ner.Token]) -> list[Span]:
    """The model's ORG spans, made whole (a department after its parent) and cut to the name."""
    out = []
    for i, tok in enumerate(tokens):
        if i and tokens[i - 1].tag == "ORG" and tokens[i - 1].end == tok.start and len(tokens[i - 1].word) > 1 \
                and tok.tag == "ORG" and len(tok.word) > 1 and _one_name(tokens[i - 1], tok):
            continue  # merged into the name before it
        if tok.tag != "ORG" or len(tok.word) < 2:
            continue
        if (kin := orgname.kin_apart(tok)) != [(tok.start, tok.end)]:  # Shopee + 母公司 + SeaGroup: two names
            out += [Span(a, b, "orgs", canonical(text[a:b]), "model") for a, b in kin]
            continue
        if orgevent.in_event_name(tokens, tok.start, tok.end) or shape.in_title(text, tok.start) \
                or orgname.place_and_verb(tok, tokens[i + 1] if i + 1 < len(tokens) else None) \
                or orgname.countries_paired(tokens, tok):
            continue
        start, end = tok.start, _department_end(text, tokens, i)
        j = i
        while tok.word not in curated():  # a place before a name is part of it, as written (德国 + 西门子)
            if j > 0 and (tokens[j - 1].tag == "LOC" or tokens[j - 1].word in shape.SCOPE_WORDS):  # 德国, 全球 + …
                j -= 1
            elif j > 3 and [t.word for t in (tokens[j - 3], tokens[j - 1])] == ["（", "）"] and \
                    tokens[j - 2].tag == tokens[j - 4].tag == "LOC":  # 中国（辽宁） + 自由贸易试验区…
                j -= 4
            else:
                break
            start = tokens[j].start
        end = orgname.process_cut(text, start, orgname.facility_place_cut(text, start, _name_end(text, start, end)))
        while start < end and not re.match(f"[{_CJK}A-Za-z0-9]", text[start]):
            start += 1
        start, end = shape.trim(text, start, end)
        name = text[start:end]
        if shape.plausible(name, found_by="model") or (orgkin.listed_with_a_name(tokens, i) or orglatin.joined(
                tokens, i)) and shape.plausible(name, found_by="list"):
            out.append(Span(start, end, "orgs", canonical(name), "model"))
    return out


def _department_end(text: str, tokens: list[ner.Token], i: int, limit: int = 10) -> int:
    """Where the name of the ORG at tokens[i] ends, with a department written after it.

    商务部 + 亚洲司, 市商务局对外服务 + 贸易处, 和林格尔新区 + 经济运行招商服务局: the words after the
    parent, nouns all (a verb only inside), end with a department's ending (处, 司, 局, 中心, 中国区 …)
    and no other word is between, nor a line break (a title naming the body, then its first line).
    A company's arm in China is written after it too (赞邦 + 中国).
    """
    end = tokens[i].end
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.start == end and len(nxt.word) == 1 and nxt.tag != "w" \
            and ner.tag_word(tokens[i].word) != ("ORG",) and ner.tag_word(tokens[i].word + nxt.word) == ("ORG",):
        return nxt.end  # 海合 + 会加强…: the model cut the name's last character off as a verb
    if nxt is not None and nxt.start == end and nxt.tag == "v" and len(nxt.word) == 2 and len(tokens[i].word) == 2 \
            and text.count(tokens[i].word + nxt.word) >= 2 and ner.tag_word(tokens[i].word + nxt.word) == ("ORG",):
        return nxt.end  # 宏润 + 建设公告 … 宏润建设拟: a company's name the text repeats, its trade read as a verb
    arm = tokens[i + 1:i + 3]
    if arm and arm[0].word in shape.COUNTRY_ARMS and arm[0].start == end and (
            len(arm) == 1 or arm[1].tag in {"v", "vd", "d", "p", "c", "u", "w"}
            or text.startswith(_TITLE_WORDS, arm[1].start)):
        return arm[0].end
    words = ""
    for k, tok in enumerate(tokens[i + 1:], i + 1):
        if "\n" in text[tokens[k - 1].end:tok.start] or tok.tag == "ORG" and tokens[k - 1].tag == "v":
            break  # 海关总署 + 联合 + 中央网信办: a verb governs the name after it
        if tok.word.startswith(tuple(_OWNER)):
            break  # 中粮集团带领 + 旗下 + 专业化公司: a company the parent owns, no department of it
        if tok.tag == "ORG" and tok.start == end and len(tok.word) > 1 and not words:
            if not _one_name(tokens[i], tok):
                break
            end = tok.end  # 桓星 + 东方太阳能: one name the model cut in two
            continue
        if (tok.start if orgname.a_lab(tokens[i], tok) else tok.end) - end > limit or tok.tag not in _DEPT_TAGS | {"a", "v"} or \
                tok.tag == "v" and len(tok.word) < 2 or text.startswith(_TITLE_WORDS, tok.start):
            break  # 是, 为: a sentence goes on; 主任, 局/长寿…: a person's title follows the name
        words += tok.word
        if tok.tag != "v" and (shape.DEPT_END.search(words) or shape.INNER_END.fullmatch(tok.word)
                               or len(tok.word) > 2 and shape.STRONG_END.search(tok.word)
                               and not any(t.tag == "v" for t in tokens[i + 1:k])):
            if tokens[i + 1].tag == "v" and shape.GOAL_INSIDE.search(text[tokens[i].end:tok.end]):
                return end  # 大连电信 + 建设算力中心: the body and what it builds, no department of it
            return tok.end  # 服务贸易处; 福建省进出口 + 商会; 工信部 + 信软司 (which it reads as an adjective);
            # 大连机车 + 车辆制造学校: a noun with an organisation's strong ending; 清华大学 + 基础模型 +
            # 北京重点实验室: a lab the model reads as a name of its own, as long as it is
    return end


def _one_name(first: ner.Token, second: ner.Token) -> bool:
    """Whether two names the model reads side by side are one it cut in two (桓星 + 东方太阳能), not a
    country and a body the gazetteer knows (中国 + 东盟 携手) nor a verb read into the name after it
    (联合 + 华为), nor a company and its kin named after it (安世母企 + 闻泰科技)."""
    alone = ner.tag_word(first.word)
    if alone == ("LOC",) and second.word in matcher()[1] or orgname.kin_apart(first) != [(first.start, first.end)]:
        return False
    return not (len(alone) == 1 and alone[0] in {"v", "vd", "p", "d"})


def _name_end(text: str, start: int, end: int) -> int:
    """`end`, or earlier where the model ran past the name: 大连交通大学旅顺, …协会协办, …集团。"""
    while end > start and not re.match(f"[{_CJK}A-Za-z0-9）)]", text[end - 1]):
        end -= 1
    name = text[start:end]
    last = None
    for m in shape.INNER_END.finditer(name):
        if m.start() >= 2 and m.end() < len(name):
            last = m
    if last is None:
        return end
    rest = name[last.end():]
    rest_tags = ner.tag_word(rest)
    if shape.DEPT_END.search(rest) and len(rest) > 2:
        return end  # 辽宁省政府 + 新闻办, not 协会 + 协办
    if not shape.ORG_END.search(rest) or rest_tags[-1:] and rest_tags[-1] in {"v", "vd", "d", "p", "u", "LOC"}:
        return start + last.end()
    return end
