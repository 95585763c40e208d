"""The briefing's closing lines, as page furniture (structure.py's first step: `end_matter`).

Its closing record set without a rule above it: its last lines, each wholly a row of
short `key：value` fields (`抄报：大连市商务局　　印数：40份`, `编辑：秘书处　电话：0411-…`,
`报：市商务局送：各理事单位`), or one field ending in the print run (`抄送：…（共印发60份）`), are page
furniture, not an activity of the last section. A line with one field only, or whose values read as
a sentence (a comma, a full stop inside), stays: `王文涛表示：…` is news; so does a source among
credits (`来源：新华社　责任编辑：李晓`). The few short lines after the last rule or end mark (a
notice, a colophon), and a last line wholly in brackets (`（本刊为内部交流资料）`), are furniture too.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from search.parse.blocks import Block
from search.parse.shapes import is_end_mark, is_rule
from search.parse.sources import source_line

# A field of a colophon: a short label and its colon (`编辑：`, `电话:`, `E-mail：`, `报：`, `送：`).
_FIELD = re.compile(r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z][A-Za-z-]{1,9})\s*[：:]")
# The print run a colophon ends with: `（共印60份）`, `（本期共印发50份）`, `印数：40份`. With it, one field is
# a colophon (`抄送：市商务局、市工业和信息化局（共印发60份）`).
_PRINT_RUN = re.compile(r"[（(]?\s*(?:本期)?\s*共?\s*印(?:发|制|数)?\s*[：:]?\s*\d+\s*份\s*[）)]?\s*[。.]?$")
_END_LINES, _END_CHARS = 4, 60  # at most so many closing lines (after the last rule) of at most so many characters
# A closing sentence that speaks of the briefing itself (`本刊为内部交流资料，欢迎会员单位投稿。`): an
# editor's note under the last rule, not news.
_SELF = re.compile(r"^(?:本刊|本简报|本期|本资料)|内部(?:交流|资料|刊物)|欢迎.{0,10}(?:投稿|赐稿|来稿)|请勿外传")
_VALUE = 30  # a field's value is short: a name, a number, a count
_LINES = 3  # at most so many closing lines of fields


def _fields_line(b: Block, above_record: bool = False) -> bool:
    """A line wholly of short fields; one field is enough where it ends in the print run, or stands above
    lines already read as the closing record (`报：大连市商务局` over `送：各会员单位（共印85份）`)."""
    text = b.text.strip()
    if b.kind != "paragraph" or not text or source_line(text) is not None:  # `来源：X　编辑：Y` is the source
        return False
    starts = [m.start() for m in _FIELD.finditer(text)]
    if len(starts) < (1 if _PRINT_RUN.search(text) or above_record else 2) or starts[0] != 0:
        return False
    values = [_FIELD.sub("", text[a:z], count=1).strip() for a, z in zip(starts, starts[1:] + [len(text)])]
    return all(0 < len(v) <= _VALUE and not re.search(r"[，,；;！？!?]|。.", v) for v in values)


def _fields_table(b: Block) -> bool:
    """A closing record laid out as a small table: each row a short label (`主　送`, `编　辑`) and its
    values, no figures, no sentences (a data table's rows hold numbers)."""
    rows = [[c.strip() for c in r if c.strip()] for r in (b.cells or [])]
    rows = [r for r in rows if r]
    if b.kind != "table" or not rows or len(rows) > _LINES + 1:
        return False
    return all(len(r) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", re.sub(r"[\s\u3000]+", "", r[0]))
               and all(len(c) <= _VALUE and not re.search(r"[，,；;！？!?。]", c)
                       and not re.fullmatch(r"[-+\d.,%％\s]+", c) and not _MEASURE.search(c) for c in r[1:])
               for r in rows)


# A value that is a measured amount (`100万美元`, `3.5亿元`, `12%`): a data table's cell, not a field's.
_MEASURE = re.compile(r"\d[\d.,]*\s*(?:[万亿千百]|美元|元|%|％|吨|人次|百分点)")


def closing_fields(blocks: list[Block]) -> list[Block]:
    """The last lines of the briefing that are rows of fields, as furniture."""
    out = list(blocks)
    seen = 0
    for k in range(len(out) - 1, 0, -1):
        if out[k].kind == "furniture":
            continue
        if seen >= _LINES or not (_fields_line(out[k], seen > 0) or _fields_table(out[k])):
            break
        b = out[k]
        out[k] = Block("furniture", b.text, line=b.line, page=b.page, last=b.last, raw=b.raw)
        seen += 1
    return out


# A signature closing the briefing: the issuer's name over the day it was issued, set apart at the end
# (`大连市数字贸易协会秘书处` / `2026年3月31日`, or both on one line). The date line holds the date only.
_SIGNER = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()·]{4,24}$")
_DATE = (r"(?:\d{4}|[〇零一二三四五六七八九○Ｏ]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月"
         r"\s*[\d〇零一二三四五六七八九十]{1,3}\s*日|\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}")
# The day may be followed by the act of issuing it, a word or two (`2026年1月30日印发`, `…日编印`, `…日出刊`).
_DAY = re.compile(rf"^(?:(?P<who>[\u4e00-\u9fffA-Za-z（）()·]{{4,24}})\s+)?(?P<day>{_DATE})[\u4e00-\u9fff]{{0,2}}$")
# A closing record's field that dates the issue: a label of any words ending in 日期 (`印发日期：`, `出刊日期：`),
# among the record's other fields (`印发日期：2026年1月31日　抄送：各会员单位（共印50份）`).
_DATED_FIELD = re.compile(rf"(?:^|\s)[\u4e00-\u9fff]{{0,4}}日期\s*[：:]\s*(?P<day>{_DATE})")


def closing_signature(blocks: list[Block]) -> list[Block]:
    """The briefing's last lines when they sign it (a name, the day alone): furniture."""
    body = [k for k, b in enumerate(blocks) if b.kind != "furniture"]
    if len(body) < 3 or blocks[body[-1]].kind not in ("paragraph", "title"):
        return blocks
    last = body[-1]
    if not _DAY.match(blocks[last].text.strip()):
        return blocks
    cut = {last}
    prev = blocks[body[-2]]
    if prev.kind in ("paragraph", "title") and _SIGNER.match(prev.text.strip()) \
            and not _DAY.match(blocks[last].text.strip()).group("who"):
        cut.add(body[-2])
    return [Block("furniture", b.text, line=b.line, page=b.page, last=b.last, raw=b.raw) if k in cut else b
            for k, b in enumerate(blocks)]


def signed_day(furniture: list[Block]) -> str | None:
    """The day a signature at the end gives (its text, for the header's rules), or a field of the
    closing record named a date (`印发日期：…`); else None."""
    for b in reversed(furniture):
        m = _DAY.match(b.text.strip())
        if m:
            return m.group("day")
    for b in reversed(furniture):  # or a dated field of the closing record
        m = _DATED_FIELD.search(b.text.strip())
        if m and _fields_line(Block("paragraph", b.text)):
            return m.group("day")
    return None


def end_matter(blocks: list[Block], names_section: Callable[[str], bool]) -> list[Block]:
    """The briefing's closing lines after its last rule or end mark (`（本刊内部交流，请勿外传）`,
    `编辑：秘书处`, a prompt to follow the account): page furniture, when they are a few short lines,
    none a section's name nor a sentence, unless a colophon of fields (`编辑：X　电话：Y`) is among
    them (its notice `本简报为内部资料，仅供参考。` ends like one). The closing lines may be framed by
    a rule of their own below them (`----` / colophon / `****`). `names_section`: does a line name a
    section (structure.py's test)?"""
    blocks = _back_cover(closing_fields(closing_signature(blocks)), names_section)
    rules = [k for k, b in enumerate(blocks) if b.kind == "furniture" and (is_rule(b.text) or is_end_mark(b.text))]
    while rules and not any(b.kind != "furniture" for b in blocks[rules[-1] + 1:]):
        rules.pop()  # a closing frame below the last lines: the rule above them counts
    if not rules:
        return _closing_note(blocks)
    tail = [b for b in blocks[rules[-1] + 1:] if b.kind != "furniture"]
    return _as_furniture(blocks, tail) if _closing_lines(tail, names_section) else blocks


def _closing_lines(tail: list[Block], names_section: Callable[[str], bool]) -> bool:
    """A few short lines, none a table, a section's name nor a sentence (unless a colophon of fields
    is among them)."""
    colophon = any(len(_FIELD.findall(b.text)) >= 2 for b in tail)
    return bool(tail) and len(tail) <= _END_LINES and not any(
        b.kind == "table" or len(b.text) > _END_CHARS
        or (b.text.rstrip()[-1:] in "。！？!?" and not colophon and not _SELF.search(b.text))
        or names_section(b.text) for b in tail)


def _as_furniture(blocks: list[Block], tail: list[Block]) -> list[Block]:
    return [Block("furniture", b.text, line=b.line, page=b.page, last=b.last, raw=b.raw) if b in tail else b
            for b in blocks]


def _back_cover(blocks: list[Block], names_section: Callable[[str], bool]) -> list[Block]:
    """A last page holding only a few closing lines after the stories (a booklet's back cover: who
    printed it, the address, the print run), none a source: page furniture, the page turn before
    it standing for a rule."""
    text = [b for b in blocks if b.kind != "furniture"]
    if len(text) < 2 or text[-1].page is None or text[0].page == text[-1].page:
        return blocks
    tail = [b for b in text if b.page == text[-1].page]
    if any(source_line(b.text) is not None for b in tail) or not _closing_lines(tail, names_section):
        return blocks
    return _as_furniture(blocks, tail)


_NOTE = re.compile(r"[（(][^（）()]+[）)]")


def _closing_note(blocks: list[Block]) -> list[Block]:
    """The briefing's last line wholly in brackets, boxed or set apart without a rule
    (`（本刊为内部交流资料，欢迎投稿）`): a closing note, not a story nor its title; a source in
    brackets (`（来源：X）`) stays."""
    last = max((k for k, b in enumerate(blocks) if b.kind != "furniture"), default=None)
    if last is None or last == 0:
        return blocks
    b = blocks[last]
    text = b.text.strip()
    if b.kind == "table" or len(text) > _END_CHARS or not _NOTE.fullmatch(text) or source_line(text) \
            or source_line(text[1:-1]):
        return blocks
    return blocks[:last] + [Block("furniture", b.text, line=b.line, page=b.page, last=b.last, raw=b.raw)] \
        + blocks[last + 1:]
