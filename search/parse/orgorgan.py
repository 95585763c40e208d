"""Government organs by their shape where the model saw only common words, and bodies that are
no organisation where they stand (orgs.py calls `mended` on the names it has found).

1. A bare organ (经济部, 消防处, 渔护署, 数位产业署, 旅发局) as the subject of a verb of saying or acting
   (经济部表示, 渔护署化验) or before its head's title (经济部次长, 经济部长 at a clause's start; not
   新西兰贸易部长, a country's minister, but 韩国产业通商部 + 长官): Taiwan's and Hong Kong's
   bodies, which no mainland gazetteer lists. Its stem is two characters or more and no word of
   scope or direction (全部, 该局, 东北部, 干部, 格局).
2. A department kept whole with its parent, where the model left its ending as a common word or
   fused it into its head's title (财政部 + 统计 + 处长 -> 财政部统计处; 最高人民法院 + 民事审判 + 第四庭
   + 庭长 -> 最高人民法院民事审判第四庭).
3. An assembly before a role (河北省人大 + 代表, 全国政协 + 委员) or a session (全国人大 + 会议) is a
   person's role or a meeting, and a government before 工作报告 names a document: none of them is
   an organisation of the item's.
"""
from __future__ import annotations

import re

from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.orgshape import Span


_ORGAN_END = "部署局处厅"
# The first characters of words ending like an organ that are no body's name (全部, 该局, 东北部, 干部).
_NOT_A_STEM = set("全本该此各每某我贵其总内外上下前后左右东西南北中干俱大格布结邮饭赌开出骗僵政时终当分支局细胸腹头脚顶底背面根端尾腰")
# A kind of body the organ belongs to, without its name (协会秘书处, 公司财务部): a generic reference.
_GENERIC_BODY = ("协会", "商会", "学会", "公司", "集团", "企业", "大会", "学校", "政府", "本会", "该会")
_SAYING = re.compile(
    "表示|指出|公布|说明|发布|宣布|称|强调|透露|预估|预计|回复|回应|数据显示|统计|协助|化验|建置|"
    "要求|核准|通过|会同|偕同|配合|认为|提醒|呼吁|介绍|发言人|长|次长|副")
# A deputy or a member is a role (安徽省人大代表, 全国政协委员); a standing member (全国政协常委) holds an office of
# the body, which counts as a head's title does (set F).
_ROLE = re.compile("代表(?!处|团|队)|委员(?!会)|会议")
_ASSEMBLY = re.compile("(?:人大|政协|人民代表大会|政治协商会议)$")
_DOCUMENT = re.compile("工作报告")
_NOT_A_DEPT = set("副正代总常首")
_SITE_END = re.compile("(?:[^商]厂|工厂|基地)$")
_BODY_CHARS = set("局会院所署部处厅司室心校团行社组")
_COUNTRY_ONE = set("中美英法德日俄韩印澳加欧非意荷")
_LEARNING = re.compile("[获得欣惊][悉知]")  # 欣悉 + 投资署: a verb of learning before the body
_HEAD = re.compile("(处|司|局|科|庭|署)长")


def mended(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The names found, without assemblies in a role or a session and governments in a document's
    title, with bare organs and departments the model missed."""
    names = {s.name for s in taken}
    kept = [_trimmed(text, tokens, s) for s in taken if not _not_a_body(text, s, names) and not _a_site(s, names)]
    kept += _place_verb_names(text, tokens, kept)
    kept = _departments(text, tokens, kept)
    return kept + _bare_organs(text, tokens, kept)


def _not_a_body(text: str, span: Span, names: set[str]) -> bool:
    after = text[span.end:span.end + 4]
    if _ASSEMBLY.search(span.name) and _ROLE.match(after):
        return True
    if span.name.endswith("兼") or span.name.endswith("政府") and _DOCUMENT.match(after):
        return True  # 国际贸易谈判代表兼副部长: a title; 河北省政府工作报告: a document
    if span.found_by == "model" and len(span.name) == 2:
        if span.name[-1] in _ORGAN_END and any(n != span.name and n.endswith(span.name) for n in names):
            return True  # 总署 after 海关总署: the body again, by its kind
        if set(span.name) <= _COUNTRY_ONE:
            return True  # 英中合作: two countries
    return _in_quoted_document(text, span)


def _a_site(span: Span, names: set[str]) -> bool:
    """Whether the name is a plant or site of a company found on its own (台积电 + 高雄厂, 比亚迪 +
    匈牙利工厂): the company is the organisation, its plant is not."""
    return bool(_SITE_END.search(span.name)) and any(
        len(n) >= 2 and span.name.startswith(n) and n != span.name for n in names)


def _place_verb_names(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """An association whose name has a verb in it, after its city (广州市 + 出海 + 企业 + 商会): the suffix
    rules start a name after the last verb and the model saw none. The city begins the clause."""
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if tok.tag != "LOC" or tok.word[-1] not in "市省县区" or k + 2 >= len(tokens):
            continue
        if k and tokens[k - 1].tag != "w":
            continue
        verb = tokens[k + 1]
        if verb.tag != "v" or len(verb.word) != 2 or verb.start != tok.end:
            continue
        j = k + 2
        while j < len(tokens) and j <= k + 4 and tokens[j].tag in {"n", "nz", "vn"} \
                and tokens[j].start == tokens[j - 1].end:
            if shape.STRONG_END.search(tokens[j].word):
                start, end = tok.start, tokens[j].end
                if not any(s.start < end and start < s.end for s in taken + out):
                    out.append(Span(start, end, "orgs", text[start:end], "rule"))
                break
            j += 1
    return out


def _in_quoted_document(text: str, span: Span) -> bool:
    """Whether the name stands inside a quoted title that ends as a document's or a product's does
    (「兆元投资国家发展方案」)."""
    for opening, closing in ("「」", "“”", "『』"):
        left = text.rfind(opening, 0, span.start)
        if left < 0 or text.rfind(closing, 0, span.start) > left:
            continue
        right = text.find(closing, span.end)
        if right > 0 and shape.THING_END.search(text[left + 1:right]):
            return True
    return False


def _trimmed(text: str, tokens: list[ner.Token], span: Span) -> Span:
    """A name without the verb the model ran into it at either end (欣悉投资署, 台积电进驻), or the
    clause a suffix rule took in before it (鱼翅和沉香木转交渔护署 -> 渔护署)."""
    start, end = span.start, span.end
    if span.found_by == "model":
        if _LEARNING.match(span.name) and len(span.name) >= 5 and shape.ORG_END.search(span.name):
            start += 2
        tail = span.name[-2:]
        rest = span.name[:-2]
        nxt = next((t for t in tokens if t.start == span.end), None)
        if len(rest) >= 2 and ner.tag_word(tail)[0] == "v" and span.name[-1] not in _BODY_CHARS \
                and not shape.ORG_END.search(span.name) and nxt is not None and nxt.tag == "v" \
                and _elsewhere(text, rest, span.start) and not _elsewhere(text, span.name, span.start):
            end -= 2  # 台积电进驻 + 动工: two verbs running on, the first taken into the name (not 大连移动 +
            # 加快 where “大连移动” is written again: a name whose last word is also a verb, 移动)
    elif span.found_by == "rule":
        inside = [t for t in tokens if span.start <= t.start and t.end <= span.end]
        verbs = [t for t in inside if t.tag == "v" and len(t.word) >= 2]
        if verbs and any(t.tag in {"c", "p"} and t.end <= verbs[-1].start for t in inside) \
                and span.end - verbs[-1].end >= 3:
            start = verbs[-1].end
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.kind, text[start:end], span.found_by)


def _elsewhere(text: str, name: str, start: int) -> bool:
    """Whether `name` is written elsewhere in the text than at `start`."""
    return any(m.start() != start for m in re.finditer(re.escape(name), text))


def _bare_organs(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        start, end = _organ_at(text, tokens, k)
        if start is None:
            continue
        prev = next((t for t in tokens if t.end == start), None)
        if prev is not None and prev.tag == "LOC" and text.startswith("长", end) and not text.startswith("长官", end):
            continue  # 新西兰 + 贸易部长: a country's minister, whose ministry goes by another name (test_orgs.py)
        if prev is not None and prev.tag == "LOC":
            start = prev.start  # 韩国 + 产业通商部长官: a country's ministry, the place its first word
            prev = next((t for t in tokens if t.end == start), None)
        if prev is not None and prev.tag not in {"w", "v", "p"}:
            continue  # not 企业及商务局: a kind of body and a bureau of no place, joined
        nxt = next((t for t in tokens if t.start == end), None)
        if not _SAYING.match(text[end:end + 4]) and not (
                text[end - 1] in "部署" and nxt is not None and nxt.tag == "v" and len(nxt.word) >= 2):
            continue  # 经济部表示, 经济部次长, 经济部 + 编列: the subject; a bureau (局, 处) only of saying
        if any(s.start < end and start < s.end for s in taken + out):
            continue
        span = shape.span_of(text, tokens, start, end)
        if span is not None and span.name == text[start:end]:
            out.append(span)
    return out


def _organ_at(text: str, tokens: list[ner.Token], k: int) -> tuple[int | None, int]:
    """Where a bare organ's name ending at token k (or k + 1, 旅发 + 局; 经济 + 部长) lies, if any."""
    tok = tokens[k]
    word, start, end = tok.word, tok.start, tok.end
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tok.tag not in {"n", "nz", "j", "ORG", "vn"} or not _cjk(word):  # 卫生署 read as a verb's noun
        return None, 0
    if nxt is not None and nxt.start == end and len(nxt.word) <= 2 and nxt.word[0] in _ORGAN_END \
            and nxt.word[1:] in {"", "长"} and len(word) >= 2 and word[-1] not in _ORGAN_END + "会院所司" \
            and not text.startswith("级", nxt.end):
        end = nxt.start + 1  # 旅发 + 局, 经济 + 部长; not 委员会 + 部长级
        word = word + nxt.word[0]
    elif len(word) < 3 or word[-1] not in _ORGAN_END:
        return None, 0
    if k and tokens[k - 1].end == start and tokens[k - 1].tag in {"m", "n", "nz"} and _cjk(tokens[k - 1].word) \
            and len(tokens[k - 1].word) == 2 and len(word) == 3:
        start = tokens[k - 1].start  # 数位 + 产业署
        word = tokens[k - 1].word + word
    if word[0] in _NOT_A_STEM or len(word) > 6 or word.startswith(_GENERIC_BODY):
        return None, 0
    return start, end


def _departments(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """A parent found, then one to three words and a department's ending the model left apart."""
    out = list(taken)
    by_end = {s.end: s for s in taken if s.kind == "orgs"}
    for k, tok in enumerate(tokens):
        parent = by_end.get(tok.start)
        if parent is None:
            continue
        for n in range(1, 4):
            words = tokens[k:k + n]
            if len(words) < n or any(w.tag in {"w", "v", "p", "c", "PER", "TIME"} for w in words[:-1]):
                break
            last = words[-1]
            if not _cjk(last.word):
                break
            head = _HEAD.search(last.word)
            if head and head.end() == len(last.word) and (len(last.word) > 2 or n > 1):
                end = last.start + head.start() + 1  # 统计 + 处长: 统计处, then its head's title
            elif last.word[-1] == "庭" and len(last.word) >= 2 and re.match(r"副?庭长|" + _SAYING.pattern,
                                                                          text[last.end:last.end + 4]):
                end = last.end  # 知识产权 + 法庭 + 副庭长, 民事审判 + 第四庭 + 庭长, …法庭 + 发布
            else:
                continue
            name = text[parent.start:end]
            if len(name) - len(parent.name) < 3 or text[parent.end] in _NOT_A_DEPT:
                break  # 海关总署 + 副署长: a title, no department
            if any(s.start < end and parent.end < s.end for s in out):
                break
            out = [s for s in out if s is not parent] + [Span(parent.start, end, "orgs", name, "rule")]
            break
    return out


def _cjk(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)
