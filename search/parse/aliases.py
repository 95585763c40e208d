"""Abbreviations an item's text defines: part of parsing, beside the organisations (orgs.py).

X（以下简称“Y”）, X（Y） with Y a Latin acronym; the full name X is cut where the gazetteer, a known
term (data/org-names.txt [terms]) or the words before it say it starts.
"""
from __future__ import annotations

import re

from search import vocab
from search.parse.gazetteer import CJK, kinds, name_start

__all__ = ["NAMING", "extract_aliases"]

# An abbreviation defined in words: （以下简称“服贸会”）, (简称“高交会”), （社内简称大连ITS）,
# (下称“中国央行”), (以下简称：吉大通信): whatever word of naming, a colon or 为 before the short form.
NAMING = re.compile(r"(?:(?:以下|下文|社内)?简称|(?:以下|下文)?下?称)\s*(?:为|[:：])?\s*")
_SHORT_RE = re.compile(r"[（(]" + NAMING.pattern +
                       r"[“\"「]?([^”\"」）):：]{1,20}?)[”\"」]?[）)]")
# A Latin acronym in brackets right after a name: 世界贸易组织（WTO）, 淡马锡控股(Temasek).
_ACRONYM_RE = re.compile(r"[（(]([A-Za-z][A-Za-z0-9&.\-]{1,14})[）)]")
_LEADING = re.compile(r"^(?:\d{4}年|第[一二三四五六七八九十百零\d]+届|本届|今年|首届)+")


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
    known, terms = kinds(), vocab.words("org-names", "terms")
    window = text[max(0, end - 40):end]
    for k in range(len(window)):  # the longest known name that ends here
        tail = window[k:]
        if tail in known or tail in terms:
            return known[tail][1] if tail in known else tail
    start = name_start(text, end, limit=40)
    name = _LEADING.sub("", text[start:end])
    # 品质、成本、纳期（QCD）: an enumeration as long as the acronym
    parts = re.split("、", text[max(0, end - 40):end].split("，")[-1])
    if short.isupper() and len(parts) == len(short) > 1 and all(1 < len(p) <= 6 for p in parts[1:]):
        pieces = [re.sub(f"^.*?(?=[{CJK}]{{2}}$)", "", parts[0])] + parts[1:]
        return "、".join(pieces)
    return name or None
