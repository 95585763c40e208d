"""Names that the names already found reveal: part of the organisation rules (orgs.py), once the
gazetteer, the model and the rules have had their say.

- The items of an enumeration that ends in 等 and a kind of organisation (英伟达、苹果、特斯拉等企业),
  where one item is a name found already: the others are names too, though the model missed them.
- A company's short name, its name without the legal form (费森尤斯 of 费森尤斯集团).
- A name that is only ever part of a longer one found (麦当劳 of 麦当劳中国) is not named on its own.
- Two names run together (格力小米 where the text also has 格力 and 小米) are the two, not a third.
- A partnership's form in brackets after a name (…合伙企业(有限合伙)) and the first of two places or
  bodies joined by a dash (中国—东盟人工智能协同创新中心) are part of the name.
"""
from __future__ import annotations

import re

from search import vocab
from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import CJK, NAME_STOP, kinds, matcher
from search.parse.orgname import LATIN
from search.parse.orgshape import Span

__all__ = ["field_of_a_kind", "listed", "listed_with_a_name", "only_inside_longer", "parallels", "run_together", "short_forms",
           "widened"]

# A kind after 等 with the words that describe it between (等在连服务外包企业, 等产业巨头).
_KIND_LATER = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?{shape.KIND_AFTER.pattern}")


_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两几多]+)家")


def listed(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The items of an enumeration that ends in 等, or a count of them (N家), and a kind of organisation (英伟达、苹果、特斯拉等企业;
    …世界知识产权组织、国际贸易中心、国际商会等5家国际组织), where the enumeration holds a name found
    already: each item that reads as a name (a name's ending, or a word the model takes for a name)."""
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if not (tok.word == "等" or _COUNTED.fullmatch(tok.word)):
            continue
        # 等企业, or the list counted: 范德兰德、迅达电梯、日立电梯 + 三家 + 全球厂商; with no kind
        # after 等, only Latin names listed with a name found (Shein、Temu以及亚马逊等在…): of a kind with it
        latin_only = not (shape.KIND_AFTER.match(text, tok.end) or _KIND_LATER.match(text, tok.end))
        if latin_only and tok.word != "等":
            continue
        items, end = [], tok.start
        for other in reversed(tokens[:k]):
            if other.word in {"、", "和", "及", "与", "以及"}:
                items.append((other.end, end))
                end = other.start
            elif other.tag in {"w", "v", "vd", "d", "p", "u", "r", "m"}:
                break
        else:
            other = None
        if other is None or other.tag == "w":  # the first item whole, not cut after a verb (加/v 中贸易理事会)
            items.append((other.end if other is not None else 0, end))
        elif any(t.start == other.end and t.end == end and t.kind == "orgs" for t in taken):
            items.append((other.end, end))  # 为 + 东软集团、…: a name found there is whole
        found = [t for t in taken if t.kind == "orgs"]
        # or, before a kind, every item a proper name (智谱AI、至知创新等创业公司), no common noun (制造、物流等企业)
        proper = not latin_only and len(items) > 1 and all(_proper_item(text, tokens, s, e) for s, e in items)
        if not proper and not any(any(s <= t.start and t.end <= e for t in found) for s, e in items):
            continue
        for s, e in items:
            words = [t for t in tokens if s <= t.start < e]
            if latin_only and not (LATIN.fullmatch(text[s:e]) and text[s].isupper()):
                continue  # not iPhone: a product's name begins low
            if any(t.start < e and s < t.end for t in found + out) or not 2 <= e - s <= 12 or not (
                    shape.ORG_END.search(text[s:e]) or proper
                    or any(t.tag in {"ORG", "nz", "nw", "PER", "j"} for t in words)):
                continue
            span = shape.span_of(text, tokens, s, e)
            if span is not None:
                out.append(span)
    return out


def _proper_item(text: str, tokens: list[ner.Token], s: int, e: int) -> bool:
    """Whether an item of a list reads as a proper name: Latin letters in a Chinese name (智谱AI) or a
    word the model takes for a name's (至/nz 知 创新), never a place or a common word alone."""
    words = [t for t in tokens if s <= t.start < e]
    return 2 <= e - s <= 12 and (bool(re.search("[A-Za-z]", text[s:e])) and bool(re.search(f"[{CJK}]", text[s:e]))
                                 or any(t.tag in {"ORG", "nz", "nw", "j"} for t in words))


_BETWEEN = ("、", "和", "及", "与")


def counted_pairs(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """`taken`, with the two items of a pair counted and kinded (从正轩投资和力合华睿两家风险投资机构) made
    whole: each item, from the preposition or mark before the pair to 和 and from 和 to the count, is
    one name where a name was found inside it (正轩 + 投资/v, 力合/v + 华睿: the model cut them)."""
    for k, tok in enumerate(tokens):
        if not re.fullmatch("(?:两|2)家", tok.word) or not (shape.KIND_AFTER.match(text, tok.end)
                                                          or _KIND_LATER.match(text, tok.end)):
            continue
        head = next((t for t in reversed(tokens[:k]) if t.tag in {"p", "w"}), None)
        if head is None or tok.start - head.end > 16:
            continue
        joins = [t for t in tokens if head.end <= t.start < tok.start and t.word in _BETWEEN]
        if len(joins) != 1:
            continue
        pair = ((head.end, joins[0].start), (joins[0].end, tok.start))
        if not any(t.kind == "orgs" and s <= t.start and t.end <= e for t in taken for s, e in pair):
            continue  # neither item holds a name found: 顺为资本和元禾原点 stays to the other rules
        for s, e in pair:
            inside = [t for t in taken if s <= t.start and t.end <= e and t.kind == "orgs"]
            named = inside or any(t.tag in {"ORG", "nz"} and s <= t.start and t.end <= e for t in tokens)
            span = shape.span_of(text, tokens, s, e) if 2 <= e - s <= 10 else None
            if named and span is not None and not any(o.start < e and s < o.end for o in taken if o not in inside):
                taken = [t for t in taken if t not in inside] + [span]
    return taken


def _of_a_kind(name: str) -> bool:
    """Whether a name opens with a kind of body (协会秘书处, 公司办公室): a part of one named elsewhere,
    not a name."""
    kinds_ = [w for sec in ("strong-ends", "org-ends") for w in vocab.words("org-names", sec) if len(w) >= 2]
    return name.startswith(tuple(kinds_))


def between_names(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """An item of an enumeration that stands between two names found already, across 、 (or 和, 及,
    与 before the last), and ends as an organisation's name does, where the model cut it into common
    words (中国人民银行、国家金融监管总局、中国证监会: 国家/金融/监管总局)."""
    found = sorted((t for t in taken if t.kind == "orgs"), key=lambda t: t.start)
    out: list[Span] = []
    for a, b in zip(found, found[1:]):
        s, e = a.end + 1, b.start - 1
        if text[a.end:s] != "、" or text[e:b.start] not in _BETWEEN or not 3 <= e - s <= 12:
            continue
        if any(not ("\u4e00" <= c <= "\u9fff") for c in text[s:e]) or not shape.ORG_END.search(text[s:e]):
            continue
        span = shape.span_of(text, tokens, s, e)
        if span is not None and (span.start, span.end) == (s, e) and not _of_a_kind(span.name):
            out.append(span)
    return out


_LOCAL = re.compile("(?:{})[\u4e00-\u9fff]{{2,10}}?(?:{})".format(
    vocab.alternation(vocab.words("org-names", "local-scopes")),
    vocab.alternation(vocab.words("org-names", "department-ends"))))
_ITEM_EDGE = "、，,。；;：:\n及"


def local_bodies(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """An item of a list beside a name found already, across 、, that is a local government's
    department without its place (市 + 工业和信息化 + 局, 市数据局 before 及), where the model read it
    as common words: the whole item, from the mark before it to the mark after it, is the name."""
    found = [t for t in taken if t.kind == "orgs"]
    after_word = {t.end for t in tokens if t.tag in {"p", "v", "vd", "c", "d"}}  # 由 + 区发展和改革局
    out: list[Span] = []
    for t in found:
        for s, e in _items_beside(text, t.start, t.end):
            s = next((k for k in range(s, e - 3) if (k == s or k in after_word) and _LOCAL.fullmatch(text, k, e)), None)
            if s is None or any(o.start < e and s < o.end for o in taken + out):
                continue
            span = shape.span_of(text, tokens, s, e)
            if span is not None and (span.start, span.end) == (s, e):
                out.append(span)
    return out


def _items_beside(text: str, start: int, end: int, limit: int = 14) -> list[tuple[int, int]]:
    """The items next to start:end across 、 in a list: (start, end) of each, at most `limit` long."""
    out = []
    if start and text[start - 1] == "、":
        s = start - 1
        while s > 0 and text[s - 1] not in _ITEM_EDGE and start - s <= limit:
            s -= 1
        out.append((s, start - 1))
    if text[end:end + 1] == "、":
        e = end + 1
        while e < len(text) and text[e] not in _ITEM_EDGE and e - end <= limit:
            e += 1
        out.append((end + 1, e))
    return out


_MINISTRY = re.compile("[\u4e00-\u9fff]{2}[部署]|[\u4e00-\u9fff]{2,4}(?:法院|法庭)")
_DIRECTION = set("东南西北中内外上下前后")


def ministries(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """A country's ministry or court the model cut into the place and a common word (荷兰 + 经济部, 荷兰 +
    企业法院): a place right before a word of three characters ending in 部 or 署, not a direction (荷兰 +
    西北部), or of four to six ending in 法院 or 法庭."""
    out: list[Span] = []
    for place, word in zip(tokens, tokens[1:]):
        if place.tag != "LOC" or word.start != place.end or word.tag not in {"n", "nz"} \
                or not _MINISTRY.fullmatch(word.word) or set(word.word[:2]) & _DIRECTION and word.word[-1] in "部署":
            continue
        if any(o.start < word.end and place.start < o.end for o in taken + out):
            continue
        span = shape.span_of(text, tokens, place.start, word.end)
        if span is not None:
            out.append(span)
    return out


def abbreviations(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """A short form of a full name found, never tied to it in the text, where it stands as the subject
    of a clause (大连橡胶塑料机械有限公司 … 近年来，大橡塑推进…): three or four characters taken in order from
    the full name (its first one first), not all of them together, after a clause's mark and before a verb."""
    fulls = [shape.LEGAL_FORM.sub("", t.name) for t in taken if t.kind == "orgs" and len(t.name) >= 6]
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if k and tokens[k - 1].tag != "w":
            continue
        for n in (1, 2):
            words = tokens[k:k + n]
            if len(words) < n or k + n >= len(tokens) or tokens[k + n].tag != "v":
                continue
            start, end = words[0].start, words[-1].end
            short = text[start:end]
            if 3 <= len(short) <= 4 and re.fullmatch(f"[{CJK}]+", short) \
                    and any(_picked_from(short, full) for full in fulls) \
                    and not any(o.start < end and start < o.end for o in taken + out):
                out.append(Span(start, end, "orgs", short, "rule"))
    return out


def _picked_from(short: str, full: str) -> bool:
    """Whether `short` is characters of `full` in order, its first the first, not one run of it."""
    if not full.startswith(short[0]) or short in full:
        return False
    pos = 0
    for c in short:
        pos = full.find(c, pos) + 1
        if not pos:
            return False
    return True


def joint_subjects(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The body before a verb that joins two bodies ([joint-verbs]: 会同, 联合), from the clause's start,
    where a name found already follows the verb and the words end as a body's name does, though the
    model cut them into common words (，金融/监管/总局 会同 上海市人民政府)."""
    joint = set(vocab.words("org-names", "joint-verbs"))
    found = [t for t in taken if t.kind == "orgs"]
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if tok.word not in joint or not any(t.start == tok.end for t in found):
            continue
        start = tok.start
        for other in reversed(tokens[:k]):
            if other.tag not in {"n", "vn", "nz", "ORG", "LOC", "j"}:
                break
            start = other.start
        if start == tok.start or (start > 0 and text[start - 1] not in "，。；：！？\n") \
                or any(t.start < tok.start and start < t.end for t in found + out):
            continue
        if not 3 <= tok.start - start <= 12 or not shape.ORG_END.search(text[start:tok.start]):
            continue
        span = shape.span_of(text, tokens, start, tok.start)
        if span is not None and not _of_a_kind(span.name):
            out.append(span)
    return out


def short_forms(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """A company's name without its legal form, where the text uses it on its own elsewhere and the
    model reads it there as one name (费森尤斯集团 … 费森尤斯在江苏投资; not 辽宁港口 of 辽宁港口资源)."""
    words = {(t.start, t.end) for t in tokens if t.tag in {"ORG", "PER", "nz", "nw", "j"}}
    out: list[Span] = []
    for span in [t for t in taken if t.kind == "orgs"]:
        short = shape.LEGAL_FORM.sub("", text[span.start:span.end])
        if len(short) < 2 or short == text[span.start:span.end] or short in kinds():
            continue
        for m in re.finditer(re.escape(short), text):
            if (m.start(), m.end()) in words and not any(t.start < m.end() and m.start() < t.end for t in taken + out) \
                    and shape.plausible(short, found_by="model") \
                    and not shape.out_of_place(text, tokens, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), "orgs", short, "rule"))
    return out


def only_inside_longer(text: str, spans: list[Span]) -> set[int]:
    """The indexes of the spans whose every mention is part of a longer name found in the text
    (麦当劳 of 麦当劳中国 … 麦当劳中国CEO): the longer one is named, not this one on its own."""
    words = {text[s.start:s.end] for s in spans}
    where = {w: [(m.start(), m.end()) for m in re.finditer(re.escape(w), text)] for w in words}
    out = set()
    for k, span in enumerate(spans):
        word = text[span.start:span.end]
        covered = [place for w in words if len(w) > len(word) and word in w for place in where[w]]
        if covered and all(any(a <= s and e <= b for a, b in covered) for s, e in where[word]):
            out.add(k)
    return out


def run_together(text: str, spans: list[Span]) -> list[Span]:
    """The spans without those that two or more other names found in the text fill end to end
    (格力小米 where 格力 and 小米 are found elsewhere: two names, not a third)."""
    names = {text[s.start:s.end] for s in spans if s.kind == "orgs"}

    def tiles(word: str, whole: str) -> bool:
        if not word:
            return True
        return any(word.startswith(n) and n != whole and len(n) >= 2 and tiles(word[len(n):], whole) for n in names)

    return [s for s in spans if not (s.kind == "orgs" and s.found_by != "gazetteer"
                                     and tiles(text[s.start:s.end], text[s.start:s.end]))]


_BRACKET_TAIL = re.compile(f"[（(](?:{vocab.alternation(vocab.words('org-names', 'bracket-tails'))})[）)]")


def widened(text: str, tokens: list[ner.Token], spans: list[Span]) -> list[Span]:
    """The names found, widened to a partnership's form in brackets after them (…合伙企业(有限合伙))
    and to the first of two places or bodies joined by a dash (中国—东盟人工智能协同创新中心)."""
    out = []
    for span in spans:
        start, end = span.start, span.end
        if span.kind == "orgs" and span.found_by != "gazetteer":
            tail = _BRACKET_TAIL.match(text, end)
            if tail:
                end = tail.end()
            if text[start - 1:start] in {"—", "–"}:
                for size in (2, 3, 4):
                    first = start - 1 - size
                    if first >= 0 and ner.tag_word(text[first:start - 1]) in {("LOC",), ("ORG",)} and \
                            (first == 0 or text[first - 1] in NAME_STOP or not re.match(f"[{CJK}]", text[first - 1])):
                        start = first
                        break
        if (start, end) != (span.start, span.end):
            span = Span(start, end, span.kind, text[start:end], span.found_by)
        out.append(span)
    return out


# A maker's or dealer's kind (运营商, 开发商, 服务商) and what may stand between it and the names it introduces.
_KIND_OF_NAMES = re.compile(f"[{CJK}]{{0,2}}[{CJK}]商(?:如|包括|例如|——|：|:)?")


def field_of_a_kind(text: str, span: Span, starts: set[int]) -> bool:
    """Whether a name the model found, with no organisation's ending, is the field of the kind of body
    that introduces the names after it (本地 + 电信 + 运营商 + TM、…: 电信 no name, TM a name)."""
    if span.found_by != "model" or shape.ORG_END.search(span.name):
        return False
    m = _KIND_OF_NAMES.match(text, span.end)
    return bool(m) and m.end() in starts



def listed_with_a_name(tokens: list[ner.Token], i: int) -> bool:
    """Whether the model's name at i stands in a list of names of one kind (丰田、大众的…), right beside
    a name that reads as an organisation on its own: then a common word's reading (大众) does not undo it."""
    for mark, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= other < len(tokens) and tokens[mark].word == "、" and tokens[other].tag == "ORG" \
                and (tokens[other].word in matcher()[1] or shape.plausible(tokens[other].word, found_by="model")):
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[。；;，,：:！？!?\n]|——")
_PROPER_TAGS = {"nz", "ORG", "xc"}


def _proper(tok: ner.Token) -> bool:
    return len(tok.word) >= 2 and (tok.tag in _PROPER_TAGS or bool(LATIN.fullmatch(tok.word)))


def parallels(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """Proper names standing where a body found stands in the same sentence, of its kind therefore:
    the one a body heading the clause is compared with (比亚迪…超越特斯拉, [compare-verbs]), and the owner
    of a thing listed beside a body's thing (Anthropic的Claude和OpenAI的GPT: A的X 和 B的Y, B a body)."""
    found = [t for t in taken if t.kind == "orgs"]
    compare = set(vocab.words("org-names", "compare-verbs"))
    out: list[Span] = []
    for k, tok in enumerate(tokens[:-1]):
        obj = tokens[k + 1]
        if tok.word in compare and obj.start == tok.end and _proper(obj) \
                and _CLAUSE_BREAK.match(text[obj.end:obj.end + 2] or "。"):
            head = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, tok.start)), default=0)
            if any(head <= t.start and t.end <= tok.start for t in found):
                out.append(Span(obj.start, obj.end, "orgs", obj.word, "compared"))
        if tok.word in {"和", "与", "及", "、"} and k >= 3 and k + 2 < len(tokens) and tokens[k + 2].word == "的" \
                and tokens[k - 2].word == "的" and _proper(tokens[k - 3]) and _proper(tokens[k - 1]) \
                and _proper(tokens[k + 3] if k + 3 < len(tokens) else tok) \
                and any(t.start == obj.start and t.end == obj.end for t in found):
            owner = tokens[k - 3]
            out.append(Span(owner.start, owner.end, "orgs", owner.word, "parallel"))
    return [s for s in out if not any(t.start < s.end and s.start < t.end for t in taken)
            and shape.plausible(s.name, found_by="rule")]


def only_inside(text: str, part: str, whole: str) -> bool:
    """Whether every use of `part` in the text stands inside a use of `whole`."""
    spans = [(m.start(), m.start() + len(whole)) for m in re.finditer(re.escape(whole), text)]
    return all(any(a <= m.start() and m.end() <= b for a, b in spans) for m in re.finditer(re.escape(part), text))
