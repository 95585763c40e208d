"""The briefing's closing record set without a rule above it: its last lines, each wholly a row of
short `key：value` fields (`抄报：大连市商务局　　印数：40份`, `编辑：秘书处　电话：0411-…`), are page
furniture, not an activity of the last section. A line with one field only, or whose values read as
a sentence (a comma, a full stop inside), stays: `王文涛表示：…` is news; so does a source among
credits (`来源：新华社　责任编辑：李晓`)."""
from __future__ import annotations

import re

from search.parse.blocks import Block
from search.parse.sources import source_line

_FIELD = re.compile(r"(?:[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z-]{1,9})\s*[：:]")
_VALUE = 30  # a field's value is short: a name, a number, a count
_LINES = 3  # at most so many closing lines of fields


def _fields_line(b: Block) -> bool:
    text = b.text.strip()
    if b.kind != "paragraph" or not text or source_line(text) is not None:  # `来源：X　编辑：Y` is the source
        return False
    starts = [m.start() for m in _FIELD.finditer(text)]
    if len(starts) < 2 or starts[0] != 0:
        return False
    values = [_FIELD.sub("", text[a:z], count=1).strip() for a, z in zip(starts, starts[1:] + [len(text)])]
    return all(0 < len(v) <= _VALUE and not re.search(r"[，,；;！？!?]|。.", v) for v in values)


def closing_fields(blocks: list[Block]) -> list[Block]:
    """The last lines of the briefing that are rows of fields, as furniture."""
    out = list(blocks)
    seen = 0
    for k in range(len(out) - 1, 0, -1):
        if out[k].kind == "furniture":
            continue
        if seen >= _LINES or not _fields_line(out[k]):
            break
        b = out[k]
        out[k] = Block("furniture", b.text, line=b.line, page=b.page, last=b.last, raw=b.raw)
        seen += 1
    return out
