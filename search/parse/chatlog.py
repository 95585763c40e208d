"""A group chat exported to text, with the issue posted in it: for the text reader (blocks.py).

A secretariat posts the briefing to its members' group as a few long messages, and the chat is
exported (WeChat, QQ, DingTalk exporters) as message headers — a sender's name and a timestamp on a
line of their own, in either order (`2025-02-28 09:31:12 王晓琳（协会秘书处）`, `王晓琳 2025/2/28 9:31`,
`王晓琳(10001) 2025-02-28 09:31:12`) — each followed by its text. The issue is the posted parts,
read in order; everything else is furniture:

- every message header, and the export's own lines before the first message;
- the messages of anyone but the poster (the sender of the most text): replies, stickers;
- the poster's short messages (fewer than three lines of text): the notice, a file sent, a sticker;
- a line naming a sender (a system line: `“王晓琳”撤回了一条消息`, `X 邀请 Y 加入了群聊`): the name in
  quotes, or little else on a line standing alone (a story's line that names a member who is also a
  sender stays);
- the lines under the export's closing rule.

An export opens with its first message: at most a few lines of its own (a title, the chat's name, the
date of export) stand before it. Lines of a date and a time deep inside a text (a meeting's agenda in a
briefing) are no chat.
"""
from __future__ import annotations

import re

_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME = r"(?:上午|下午|晚上)?\s*\d{1,2}:\d{2}(?::\d{2})?"
_STAMP = rf"(?:{_DATE}\s+)?{_TIME}"
_NAME = r"(?P<name>[^\s，。！？,.!?:：][^，。！？!?]{0,39}?)"
_HEADERS = (re.compile(rf"^\s*[(（\[]?{_STAMP}[)）\]]?\s+{_NAME}\s*[:：]?\s*$"),
            re.compile(rf"^\s*{_NAME}\s*[(（\[]?{_STAMP}[)）\]]?\s*[:：]?\s*$"))
_RULE = re.compile(r"^\s*([=\-─━*_~])\1{5,}\s*$")
_LEAD = 6  # non-blank lines of the export's own before its first message, at most
_SYSTEM_REST = 10  # characters besides the senders' names on a system line, at most
_QUOTES = "“”\"'「」『』"


_HEADER_MAX = 120  # a stamp, a name of 40 characters at most, brackets and spaces: a longer line is text


def _name(line: str) -> str | None:
    line = line.strip()  # the patterns' own `\s*` would be tried again at every space of a long blank run
    if len(line) > _HEADER_MAX:
        return None
    m = _HEADERS[0].match(line) or _HEADERS[1].match(line)
    if not m:
        return None
    name = m.group("name").strip()
    return name if name and not re.fullmatch(r"[\d\s:/.-]+", name) else None


def furniture(lines: list[str]) -> set[int]:
    """The indexes of a chat export's lines that are not the posted issue; none where the text is
    no chat export (fewer than three message headers, or no message from one sender of three lines)."""
    heads = [(k, n) for k, line in enumerate(lines) if (n := _name(line))]
    if len(heads) < 3 or sum(1 for line in lines[:heads[0][0]] if line.strip()) > _LEAD:
        return set()
    ends = [k for k, _ in heads[1:]] + [len(lines)]
    spans = [(k, end, n) for (k, n), end in zip(heads, ends)]
    size: dict[str, int] = {}
    for k, end, n in spans:
        size[n] = size.get(n, 0) + sum(len(line.strip()) for line in lines[k + 1:end])
    poster = max(size, key=size.get)
    names = {n for _, n in heads} | {re.sub(r"\s*[(（<\[][\w.@-]*\d[\w.@-]*[)）>\]]$", "", n) for _, n in heads}
    names = {n for n in names if len(n) >= 3}  # `王晓琳(10001)`: QQ's account number after the name
    named = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
    out = set(range(heads[0][0]))
    kept = 0
    for k, end, n in spans:
        text = [j for j in range(k + 1, end) if lines[j].strip() and not _RULE.match(lines[j])]
        out.add(k)
        if n != poster or len(text) < 3:
            out |= set(range(k + 1, end))
            continue
        kept += 1
        out |= {j for j in text if named is not None and _system(lines, j, named)}
    if not kept:
        return set()
    rules = [k for k in range(heads[-1][0], len(lines)) if _RULE.match(lines[k])]
    if rules:
        out |= set(range(rules[-1], len(lines)))
    return out


def _system(lines: list[str], j: int, named: re.Pattern) -> bool:
    """A chat's system line: it names a sender in quotes, or it stands alone (blank lines around it)
    holding little but senders' names (`海创科技 拍了拍 秘书处-小李`; not a story's title, which its text
    follows)."""
    line = lines[j]
    found = list(named.finditer(line))
    if not found:
        return False
    if any(line[m.start() - 1:m.start()] in _QUOTES and line[m.end():m.end() + 1] in _QUOTES
           for m in found if m.start() > 0):
        return True
    alone = all(not lines[i].strip() for i in (j - 1, j + 1) if 0 <= i < len(lines))
    return alone and len(named.sub("", line).strip()) <= _SYSTEM_REST
