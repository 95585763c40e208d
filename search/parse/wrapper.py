"""A briefing wrapped in something else: where the briefing begins, and what around it is furniture.

An office system exports a briefing as the attachment of a cover notice (`关于印发《数字贸易简报》…的
通知`): first a form of `key：value` fields (文号, 拟稿日期, 签发日期, 抄送), a cover letter (`各会员单位：
现将…印发给你们`) and its signature and date, then `附件：` and the briefing, then a routing log of
timestamped lines. None of the wrapper is the briefing's; its dates are not the issue's.

- The briefing begins at its own **issue line**: a line that holds only the issue's numbers
  (`2025年第7期（总第39期）`), the briefing's name before them or the date after them at most
  (`数字贸易简报 2025年第7期`), and the name on the line above. Whatever stands before it is the
  wrapper: furniture. A line that only *mentions* the issue (`附件：数字贸易简报（2025年第7期）`,
  `标题：关于印发《数字贸易简报》2025年第7期的通知`) is none; an export's form laid out as a table above
  it (`发布时间：…`) is wrapper too. Nothing is cut where a known section's name stands before the
  issue line (a page's running header repeating the issue, not a masthead), nor from the briefing's own
  **title line** a few lines above it (`数字贸易简报·第45期`, `《数字贸易简报》总第45期`: its name and numbers
  only, a page's title over its byline `大连市数字贸易协会 2026年9月30日`): the masthead begins there.
- A **log** (two lines or more in a row that open with a date and a clock time, `2025-07-31 10:05　系统
  分发`), the label over it (`【流转记录】`) and a line of fields beside it (`打印时间：…　打印人：…`)
  are furniture where they close the file: nothing but furniture, short lines and other logs after them
  (a story's agenda, `2026-06-12 09:30 主题演讲`, followed by the story's text, stays).
- A **checklist** (an editor's to-do list kept in the file: lines opening with a checkbox, an empty `☐`, a
  web page's `<input type="checkbox">`, Markdown's `- [ ]`/`- [x]`; not `☑`, an article's bullet too) and the label over it (`编辑备忘`)
  are furniture: notes about the issue, not news.
"""
from __future__ import annotations

import re
from dataclasses import replace

from search.parse.blocks import Block
from search.parse.meta import _DATE_RES, _ISSUE_LINE_RE, numerals
from search.parse.script import simplified
from search.parse.shapes import is_rule
from search.text import squeeze, unspaced

# The briefing's own name before its numbers: `数字贸易简报`, `《数字贸易简报》`.
_NAME = re.compile(r"^《?[\u4e00-\u9fffA-Za-z]{0,14}(?:简报|快报|通讯|周报|专报|要报|期刊|月报)》?")
_NAME_LINE = re.compile(r"^[\W_]*《?[\u4e00-\u9fffA-Za-z]{0,14}(?:简报|快报|通讯|周报|专报|要报|期刊|月报)》?[\W_]*$")
# A date and a clock time opening a line: `2025-07-31 10:05`, `2025/7/31 10:05:12`, `2025年7月31日 10:05`.
_STAMP = re.compile(r"^\s*\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)"
                    r"\s*\d{1,2}\s*[:：]\s*\d{2}")
# The briefing's title line: its name and at most its numbers (`数字贸易简报·第45期`, `简报｜总第45期`).
_TITLE_NUMBERS = re.compile(r"^[\W_]*(?:总?第\d{1,4}期[\W_]*)*$")
_TITLE_REACH = 3  # the title line stands this many lines above the issue line at most (a byline between)
_FIELD = re.compile(r"(?:[\u4e00-\u9fff]{2,5}|[A-Za-z][A-Za-z-]{1,9})\s*[：:]")
# A line opening with a checkbox: `☐ X`, `- [ ] X`, `[x] X` (after a list mark or number, if any).
# Not `☑`/`✅`: an article's bullets are drawn so; an empty box `☐` is no bullet.
_TASK = re.compile(r"^\s*(?:[-*+•·]\s*|\d{1,2}[.)、]\s*)?(?:☐|\[[ xX✓✔]\])\s*\S")
_KEY = re.compile(r"^[\u4e00-\u9fff]{2,5}\s*[：:]")  # a form's field: `抄送：`, `印发机关：`
_VALUE = 40  # a field's value is short
_CLAUSE = re.compile(r"[，,。；;！？]")  # a sentence within: no form's line
_LABEL = 12  # a log's label over it is a short line
_LOG_LINE = 80  # a log's lines are short, and end no sentence


def issue_line(text: str) -> bool:
    """Does a line hold only the issue's numbers (the briefing's name before them, a date after)?"""
    line = numerals(simplified(unspaced(text)))
    line = _NAME.sub("", line)
    for pattern in _DATE_RES:
        line = re.sub(pattern.pattern + "[日号]?", "", line)
    return bool(_ISSUE_LINE_RE.match(line))


def _title_line(text: str) -> bool:
    """Is a line the briefing's title: its name, its numbers after it at most (`数字贸易简报·第45期`)?"""
    line = numerals(simplified(unspaced(text)))
    m = _NAME.match(line)
    return bool(m) and m.end() > 0 and bool(_TITLE_NUMBERS.match(line[m.end():]))


def unwrap(blocks: list[Block], known) -> list[Block]:
    """The blocks with a wrapper's lines made furniture; `known(text)` names a known section."""
    return _checklists(_closing_form(_logs(_before_masthead(blocks, known)), known), known)


def _furniture(b: Block) -> Block:
    return b if b.kind == "furniture" else replace(b, kind="furniture")


def _before_masthead(blocks: list[Block], known) -> list[Block]:
    at = next((k for k, b in enumerate(blocks) if b.kind != "furniture" and b.kind != "table"
               and issue_line(b.text)), None)
    if at is None:
        return blocks
    start = at
    prev = next((k for k in range(at - 1, -1, -1) if blocks[k].kind != "furniture"), None)
    if prev is not None and _NAME_LINE.match(squeeze(blocks[prev].text)):
        start = prev  # the briefing's name over its numbers
    above = [k for k in range(start) if blocks[k].kind not in ("furniture", "table")][-_TITLE_REACH:]
    start = next((k for k in above if _title_line(blocks[k].text)), start)
    before = [b for b in blocks[:start] if b.kind != "furniture"]
    if not before or any(known(b.text) for b in before):
        return blocks
    return [_furniture(b) for b in blocks[:start]] + blocks[start:]


def _closing(blocks: list[Block]) -> list[bool]:
    """For each index, whether the blocks from it on are only a file's closing matter: furniture, logs'
    lines, short labels and lines of fields."""
    out = [True] * (len(blocks) + 1)
    for k in range(len(blocks) - 1, -1, -1):
        b = blocks[k]
        out[k] = out[k + 1] and (b.kind == "furniture" or _log_line(b) or _label(b, lambda _: False)
                                 or (b.kind != "table" and len(_FIELD.findall(b.text)) >= 2))
    return out


def _logs(blocks: list[Block]) -> list[Block]:
    out = list(blocks)
    closing = _closing(blocks)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and _log_line(out[end]):
            end += 1
        if end - k >= 2 and closing[end]:
            first, last = k, end
            label = first - 1
            if label >= 0 and _label(out[label], lambda _: False):
                first = label  # the log's label: `【流转记录】`, `办理过程：`
            for j in (first - 1, last):
                if 0 <= j < len(out) and out[j].kind != "table" and len(_FIELD.findall(out[j].text)) >= 2:
                    first, last = min(first, j), max(last, j + 1)  # `打印时间：…　打印人：…`
            out[first:last] = [_furniture(b) for b in out[first:last]]
            k = last
            continue
        k += 1
    return out


def _closing_form(blocks: list[Block], known) -> list[Block]:
    """After the last rule, lines that are all a form's (`抄送：X。`, `X　2026年2月26日印发`, a short
    label): the wrapper's closing record (a 公文's 版记), furniture."""
    rules = [k for k, b in enumerate(blocks) if b.kind == "furniture" and is_rule(b.text)]
    if not rules:
        return blocks
    tail = [k for k in range(rules[-1] + 1, len(blocks)) if blocks[k].kind != "furniture"]
    if not tail or not all(_form_line(blocks[k], known) for k in tail):
        return blocks
    return [_furniture(b) if k in tail else b for k, b in enumerate(blocks)]


def _form_line(b: Block, known) -> bool:
    text = squeeze(b.text)
    if b.kind == "table" or known(text):
        return False
    if (m := _KEY.match(text)) and len(text) - m.end() <= _VALUE and not _CLAUSE.search(text[m.end():].rstrip("。")):
        return True  # `抄送：大连市商务局、大连市工业和信息化局。`
    for pattern in _DATE_RES:
        if (m := pattern.search(text)) and len(text) <= _VALUE and not _CLAUSE.search(text):
            return True  # `大连市数字贸易协会秘书处　2026年2月26日印发`
    return _label(b, known)


def _checklists(blocks: list[Block], known) -> list[Block]:
    out = list(blocks)
    for k, b in enumerate(blocks):
        if b.kind in ("table", "furniture") or not _TASK.match(b.raw or b.text):
            continue
        out[k] = _furniture(b)
        label = k - 1
        if label >= 0 and k + 1 < len(blocks) and _TASK.match(blocks[k + 1].raw or blocks[k + 1].text) \
                and not _TASK.match(blocks[label].raw or blocks[label].text) and _label(blocks[label], known):
            out[label] = _furniture(blocks[label])  # `编辑备忘` over its list
    return out


def _label(b: Block, known) -> bool:
    text = b.text.strip()
    return b.kind != "table" and 0 < len(squeeze(text)) <= _LABEL and text[-1:] not in "。！？" \
        and not known(text)


def _log_line(b: Block) -> bool:
    text = b.text.strip()
    return b.kind not in ("table", "furniture") and bool(_STAMP.match(text)) and len(text) <= _LOG_LINE \
        and text[-1:] not in "。！？"
