"""Organisations and abbreviations named in an item's text: part of parsing, before indexing.

Organisations come from a curated gazetteer (`data/orgs.txt`), suffix rules for names the
gazetteer does not know yet (…有限公司, …协会, …大学) and jieba's `nt` (organisation) tags.
Abbreviations are the pairs the text defines: X（以下简称“Y”）, X（Y） with Y a Latin acronym.
The text given is already normalised (see `search.parse.normalize`).
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from importlib import resources

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
_STRONG = ("股份有限公司", "有限责任公司", "有限公司", "株式会社", "分公司", "集团", "协会", "学会",
           "联合会", "商会", "研究院", "研究所", "研究中心", "大学", "学院", "委员会", "总工会")
_SUFFIX_RE = re.compile("|".join(_STRONG))
_BAD_START = ("我市", "本市", "该", "本", "各", "其", "这", "此", "我", "多家", "一家", "相关", "上市",
              "会员", "副会长", "理事", "企业", "公司", "省", "市")
_CITED_BEFORE = re.compile(r"(?:据|根据)[" + _CJK + r"]{0,4}《?$")
_CITED_AFTER = re.compile(r"^(?:》?(?:网站)?(?:\d{1,2}月)?(?:\d{1,2}日)?)(?:报道|消息|引述|分析称|称|援引)")


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


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """Gazetteer hits (start, end, kind, canonical), leftmost-longest, then suffix-rule names."""
    pattern, kinds = _matcher()
    hits = [(m.start(), m.end(), *kinds[m.group()]) for m in pattern.finditer(text)]
    taken = [(s, e) for s, e, _, _ in hits]
    for m in _SUFFIX_RE.finditer(text):
        name_start = _name_start(text, m.start())
        name = text[name_start:m.end()]
        if m.end() < len(text) and _SUFFIX_RE.match(text, m.end()):
            continue  # 大学 of 大学学院: the longer name ends later
        if len(name) - len(m.group()) < 2 or name.startswith(_BAD_START):
            continue
        if any(s < m.end() and name_start < e for s, e in taken):
            continue
        hits.append((name_start, m.end(), "orgs", name))
        taken.append((name_start, m.end()))
    return sorted(hits)


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


def _cited(text: str, start: int, end: int) -> bool:
    return bool(_CITED_BEFORE.search(text[max(0, start - 8):start])
                or _CITED_AFTER.match(text[end:end + 12]))


def extract_orgs(text: str, *, aliases: list[tuple[str, str]] = ()) -> list[str]:
    """Every organisation named in `text`, in order of first mention, each once.

    Media count only where they act, not where they are cited (据路透社…报道). An alias whose
    full name is an organisation here is an organisation too (世界贸易组织 and WTO).
    """
    found: list[str] = []
    positions: dict[str, int] = {}
    for start, end, kind, canonical in _spans(text):
        if kind == "not-orgs" or (kind == "media" and _cited(text, start, end)):
            continue
        positions.setdefault(canonical, start)
    for short, full in aliases:
        if full in positions and short not in positions:
            m = re.search(re.escape(short), text)
            if m:
                positions[short] = m.start()
    spans = [(s, e) for s, e, _, _ in _spans(text)]
    for name in _jieba_orgs(text, spans):
        positions.setdefault(*name)
    found = sorted(positions, key=lambda n: (positions[n], -len(n)))
    return found


def _jieba_orgs(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Names jieba tags `nt` that end like an organisation and no other rule found."""
    import jieba  # noqa: PLC0415 - loading jieba's dictionary costs a second; only when needed
    import jieba.posseg  # noqa: PLC0415

    jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" lines are not ours to print

    out = []
    excluded = set(gazetteer()["not-orgs"]) | set(gazetteer()["media"])
    # Tagging whole items costs seconds per hundred; only clauses with an organisation-like ending
    # that no gazetteer or rule span covers are worth asking jieba about.
    for m in _ORG_END.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        c_start = max(text.rfind(p, 0, m.start()) for p in _CLAUSE_MARKS) + 1
        c_end = m.end()
        pos = c_start
        for word, flag in jieba.posseg.cut(text[c_start:c_end]):
            start = pos
            pos += len(word)
            if flag != "nt" or len(word) < 4 or word in excluded or word.startswith(_BAD_START):
                continue
            if any(s < pos and start < e for s, e in taken) or (word, start) in out:
                continue
            if re.search(r"(委员会|办公室|研究院|研究所|集团|大学|联盟|协会)$", word):
                out.append((word, start))
    return out


# Endings that are hardly ever anything but an organisation's (部, 局, 署 and 组织 are also parts of
# common words: 全部, 部署, 组织 the verb). Government bodies ending in 部 or 局 are in the gazetteer.
_ORG_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(委员会|办公室|研究院|研究所|集团|大学|联盟|协会)(?![\u4e00-\u9fff])")
_CLAUSE_MARKS = "，。；：、！？\n（）《》“”"


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
