"""Where a story comes from, in every usual form: part of parsing (blocks -> items).

`（来源：新华网）` or `(来源:新华网)` on its own line; `来源：人民网` without brackets; `摘自《人民日报》`,
`转自…`, `信息来源：…`; or the same in brackets at the end of the story's last paragraph
(`……。（来源：新华网）`). The source text never stays in the body.
"""
from __future__ import annotations

import re

from search.text import unspaced

_KEYS = r"(?:信息来源|文章来源|稿件来源|新闻来源|资料来源|内容来源|来源|摘编自|摘自|转载自|转自|出处)"
_LINE = re.compile(
    rf"^[（(\[【]\s*{_KEYS}\s*[：:]?\s*(?P<a>[^（）()]*?(?:[（(][^（）()]*[）)][^（）()]*?)*)\s*[）)\]】]$"
    rf"|^{_KEYS}\s*[：:]\s*(?P<b>[^，。；,]{{1,40}})$"
    rf"|^(?:摘编自|摘自|转载自|转自)\s*(?P<c>[^，。；,]{{1,40}})$")
_TAIL = re.compile(rf"[（(【\[]\s*{_KEYS}\s*[：:]?\s*(?P<a>[^（）()【】]{{1,40}}?)\s*[）)】\]]$")
_DATED = re.compile(r"\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$")  # 新华网 2024-07-01


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    v = unspaced(_DATED.sub("", text.strip())).strip("。.，,；; ")
    if v.startswith("《") and v.endswith("》") and v.count("《") == 1:
        v = v[1:-1]
    return v or None


def source_line(text: str) -> str | None:
    """The source a whole line names (normalised text), or None if the line is not a source line."""
    m = _LINE.match(text.strip())
    if not m:
        return None
    return _value(m.group("a") or m.group("b") or m.group("c"))


def source_tail(text: str) -> tuple[str, str | None, str]:
    """A paragraph ending in `（来源：X）` -> (the paragraph before it, X, the source as printed)."""
    m = _TAIL.search(text.strip())
    if not m or m.start() == 0:
        return text, None, ""
    return text.strip()[:m.start()].rstrip(), _value(m.group("a")), m.group(0)
