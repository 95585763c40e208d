"""Government organs by their shape where the model saw only common words, and bodies that are
no organisation where they stand (orgs.py calls `mended` on the names it has found).

1. A bare organ (经济部, 消防处, 渔护署, 数位产业署, 旅发局) as the subject of a verb of saying or acting
   (经济部表示, 渔护署化验) or before its head's title (经济部次长, 经济部长): Taiwan's and Hong Kong's
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
_NOT_A_STEM = set("全本该此各每某我贵其总内外上下前后左右东西南北中干俱大格布结邮饭赌开出骗僵政时终当分支局细胸腹头脚")
_SAYING = re.compile(
    "表示|指出|公布|说明|发布|宣布|称|强调|透露|预估|预计|回复|回应|数据显示|统计|协助|化验|建置|"
    "要求|核准|通过|会同|偕同|配合|认为|提醒|呼吁|介绍|发言人|长|次长|副")
_ROLE = re.compile("代表(?!处|团|队)|委员(?!会)|会议|常委(?!会)")
_ASSEMBLY = re.compile("(?:人大|政协|人民代表大会|政治协商会议)$")
_DOCUMENT = re.compile("工作报告")
_NOT_A_DEPT = set("副正代总常首")
_HEAD = re.compile("(处|司|局|科|庭|署)长")


def mended(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """The names found, without assemblies in a role or a session and governments in a document's
    title, with bare organs and departments the model missed."""
    kept = [s for s in taken if not _not_a_body(text, s)]
    kept = _departments(text, tokens, kept)
    return kept + _bare_organs(text, tokens, kept)


def _not_a_body(text: str, span: Span) -> bool:
    after = text[span.end:span.end + 4]
    if _ASSEMBLY.search(span.name) and _ROLE.match(after):
        return True
    return span.name.endswith("政府") and bool(_DOCUMENT.match(after))


def _bare_organs(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        start, end = _organ_at(text, tokens, k)
        if start is None:
            continue
        before = text[:start].rstrip()
        if before and before[-1] not in "，,。；;：:、！？!?」』”\"（(" and tokens[k - 1].tag not in {"v", "p", "c"} \
                and not _joined_before(tokens, k, start):
            continue
        if not _SAYING.match(text[end:end + 4]):
            continue
        if any(s.start < end and start < s.end for s in taken + out):
            continue
        span = shape.span_of(text, tokens, start, end)
        if span is not None and span.name == text[start:end]:
            out.append(span)
    return out


def _joined_before(tokens: list[ner.Token], k: int, start: int) -> bool:
    """Whether the organ's span begins before token k (数位 + 产业署): its own first word."""
    return start < tokens[k].start


def _organ_at(text: str, tokens: list[ner.Token], k: int) -> tuple[int | None, int]:
    """Where a bare organ's name ending at token k (or k + 1, 旅发 + 局; 经济 + 部长) lies, if any;
    not a body's name before a title of rank (委员会 + 部长级会议)."""
    tok = tokens[k]
    word, start, end = tok.word, tok.start, tok.end
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tok.tag not in {"n", "nz", "j", "ORG"} or not _cjk(word):
        return None, 0
    if nxt is not None and nxt.start == end and len(nxt.word) <= 2 and nxt.word[0] in _ORGAN_END \
            and nxt.word[1:] in {"", "长"} and len(word) >= 2 and word[-1] not in _ORGAN_END + "会院所司" \
            and not (nxt.word[1:] and text.startswith("级", nxt.end)):
        end = nxt.start + 1  # 旅发 + 局, 经济 + 部长
        word = word + nxt.word[0]
    elif len(word) < 3 or word[-1] not in _ORGAN_END:
        return None, 0
    if k and tokens[k - 1].end == start and tokens[k - 1].tag in {"m", "n", "nz"} and _cjk(tokens[k - 1].word) \
            and len(tokens[k - 1].word) == 2 and len(word) == 3:
        start = tokens[k - 1].start  # 数位 + 产业署
        word = tokens[k - 1].word + word
    if word[0] in _NOT_A_STEM or len(word) > 6:
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
            elif last.word[-1] == "庭" and k + n < len(tokens) and tokens[k + n].word.endswith("庭长"):
                end = last.end
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
