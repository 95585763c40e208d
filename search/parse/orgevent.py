"""Whether a name begins the name of an event (东盟 of 东盟博览会, 华为 of 华为全联接大会2025): part of the
organisation rules (orgs.py, orgrules.py), where a name inside an event's is no organisation's."""
from __future__ import annotations

import bisect
import re

from search.parse import tagger as ner
from search.parse.orgshape import DEPT_TAGS, EVENT_END, NAMED_EVENT_END, SESSION

__all__ = ["in_event_name"]


def in_event_name(tokens: list[ner.Token], start: int, end: int, limit: int = 12) -> bool:
    """Whether the name at start:end begins the name of an event: 东盟 of 东盟商务与投资峰会, 东盟博览会."""
    after = bisect.bisect_left(tokens, end, key=_start_of)  # the first word after the name
    first = bisect.bisect_right(tokens, start, key=_end_of)
    for k in range(first, len(tokens)):
        tok = tokens[k]
        if tok.start < end:
            if tok.end > end and (NAMED_EVENT_END.search(tok.word) or SESSION.search(tok.word)):
                return True  # the model read 东盟博览会, 全国人大三次会议 as one word
            continue
        if tok.end - end > limit:
            break
        if tok.tag not in DEPT_TAGS | {"c"}:
            if tok.tag == "v" and _run_into(tokens[first:k]) and _edition_after(tokens, k + 1, end + limit):
                continue  # 华为全 + 联接 + 大会2025: a verb inside an event named by its edition
            break
        if NAMED_EVENT_END.search(tok.word) or _edition(tokens, k):
            return True
    return bool(SESSION.match(_text_after(tokens, after, limit))) or _numbered_meeting(tokens, start, after, limit)


def _run_into(words: list[ner.Token]) -> bool:
    """Whether the model's words before a verb, read again alone, leave a stray character at their end
    (华为全 -> 华为 + 全, whose 全 begins 全联接): the name runs into the words after it, which a
    predicate's subject does not (百度 + 举办 + …大会2025: 百度 holds the event)."""
    again = ner.tag("".join(t.word for t in words))
    return len(again) > 1 and len(again[-1].word) == 1 and again[-1].tag not in {"ORG", "LOC", "nz", "j"}


def _edition(tokens: list[ner.Token], k: int) -> bool:
    """Whether the word at k ends a meeting's name (大会, 年会) with its edition's year right after it
    (…大会2025): an event named as such, whatever its ending."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].word.endswith("会") and nxt is not None and nxt.start == tokens[k].end \
        and bool(re.fullmatch(r"(?:19|20)\d\d", nxt.word))


def _edition_after(tokens: list[ner.Token], k: int, limit: int) -> bool:
    """Whether an event's ending follows at k over words of a name, with its edition's year right after
    it (联接 + 大会2025): what the words before it name is the event, whatever their tags."""
    for j in range(k, len(tokens)):
        if tokens[j].end > limit or tokens[j].tag not in DEPT_TAGS:
            return False
        if _edition(tokens, j):
            return True
    return False


# An ordinal before an event's name: 第五次, 第46届, 首届.
_ORDINAL = re.compile(r"(?:第[\d一二三四五六七八九十百]+|首)[次届]$")
_DASHES = {"—", "——", "-", "－", "–"}


def _numbered_meeting(tokens: list[ner.Token], start: int, after: int, limit: int) -> bool:
    """Whether the name at `start` stands in a meeting's name that is numbered or pairs two parties
    by a dash (第五次中国—东盟数字部长会议, 第十二次东盟经济部长会议, 中国—欧盟经贸高层对话会议): the
    bloc names whose ministers meet, a region, not a body that acts."""
    k = bisect.bisect_left(tokens, start, key=_start_of) - 1
    paired = k >= 1 and tokens[k].word in _DASHES and tokens[k - 1].tag in {"LOC", "ORG"}
    if paired:
        k -= 2
    if not (paired or k >= 0 and _ORDINAL.search(tokens[k].word)):
        return False
    words = ""
    for tok in tokens[after:]:
        if tok.tag not in DEPT_TAGS or len(words) + len(tok.word) > limit:
            return False
        words += tok.word
        if EVENT_END.search(words):
            return True
    return False


def _text_after(tokens: list[ner.Token], k: int, limit: int) -> str:
    """Up to `limit` characters of the tagged text from tokens[k] on."""
    words, size = [], 0
    while k < len(tokens) and size < limit:
        words.append(tokens[k].word)
        size += len(tokens[k].word)
        k += 1
    return "".join(words)[:limit]


def _end_of(tok: ner.Token) -> int:
    return tok.end


def _start_of(tok: ner.Token) -> int:
    return tok.start
