"""Lines that each state one figure: `粮食播种面积：17.91亿亩，比上年增长0.1%`, `食品价格：上涨1.1%` (a label, a
colon, the figure), typed as they are or under any list mark (`• `, `- `, `1. `, an HTML list's entries).

A data report written so (an editor with no tables, a bulleted summary, a press release's key figures) prints no
full stop at its lines' ends, and the undoing of hard wraps would run its lines into one paragraph
(`…增长0.1%粮食单产：399.1公斤/亩…`). Such a line is a paragraph of its own where it stands among lines of its shape
or opens a list entry. A line a hard wrap cut is none: it ends inside its figure (`…下降1` / `.7%`: a digit, no
unit) or the next line goes on with it (a digit, a `%`, a comma).
"""
from __future__ import annotations

import re

from search.parse.shapes import leading_mark, strip_list_number

__all__ = ["as_sentence", "is_statement", "mark_statements", "statement_ends"]

# a label (no sentence's stops in it), a colon, then a figure: a number, or a change before one
_STATEMENT = re.compile(
    r"^[^\s，,。；;：:！？!?]{2,30}[：:]\s*"
    r"(?:(?:同比|环比|比上年|较上年|比去年|较去年)?(?:增长|下降|上涨|下跌|增加|减少|提高|回落|持平)?)"
    r"[-+−]?\d[\d,，.．]*+"  # the number taken whole: its digits are no ending, and backtracking over them was the square
    r"[^。！？!?]*?(?:[%％‰]|[\u4e00-\u9fff）)])$")  # of a long line's length (8,000 digits: 0.6 s a line)
# the label and its colon at the head of a sentence whose figure follows the colon
_LABEL_COLON = re.compile(r"^(?P<label>[^\s，,。；;：:！？!?]{2,30})[：:]\s*(?=(?:同比|环比|比上年|较上年|比去年|较去年)?"
                          r"(?:增长|下降|上涨|下跌|增加|减少|提高|回落)?[-+−]?\d)")
# what a line cut by a wrap goes on with: a clause's comma or stop; the rest of a number, or its `%`, unless the line
# ends in a `%` already (`…增长1.8%` / `11月份主要产品产量：` is two lines)
_GOES_ON = re.compile(r"^\s*[，,。；;、）)]")
_NUMBER_ON = re.compile(r"^\s*[\d.．%％‰]")


def is_statement(text: str) -> bool:
    """Whether a line states one figure after its label and a colon, whatever mark lists it."""
    s = text.strip()
    s = s[leading_mark(s):]
    s = strip_list_number(s)
    return bool(_STATEMENT.match(s))


def as_sentence(text: str) -> str:
    """A statement of one figure as the sentence it shortens: `• 粮食播种面积：17.91亿亩，比上年增长0.1%` ->
    `粮食播种面积17.91亿亩，比上年增长0.1%` (the list mark and the colon dropped: the label names the figure
    after it, as in running text). Any other text as it is."""
    s = text.strip()
    s = strip_list_number(s[leading_mark(s):])
    m = _LABEL_COLON.match(s)
    return m["label"] + s[m.end():] if m else text


def statement_ends(text: str, after: str | None, listed: bool = False, in_run: bool = False,
                   gap: bool = False) -> bool:
    """Whether the line `text` ends its paragraph as a statement of one figure: it has the shape, and
    the line `after` it (None at the end) is one too, or `text` is a list entry or follows such a line
    (`in_run`) and `after` does not go on with its figure (or a blank line, `gap`, stands between)."""
    if not is_statement(text):
        return False
    if after is None or is_statement(after):
        return True
    if not (listed or in_run):
        return False
    goes_on = _GOES_ON.match(after) or (_NUMBER_ON.match(after) and text.rstrip()[-1:] not in "%％‰")
    return gap or not goes_on


def mark_statements(blocks: list) -> list:
    """The blocks of a text file with each statement line marked `whole` (no line runs on from it)."""
    run = False
    for k, b in enumerate(blocks):
        if b.kind not in ("paragraph", "list_item"):
            run = False
            continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        after = nxt.text if nxt is not None and nxt.kind in ("paragraph", "list_item") else None
        listed = b.kind == "list_item" or bool(b.raw and leading_mark(b.raw.strip()))
        gap = nxt is not None and b.line is not None and nxt.line is not None and nxt.line > (b.last or b.line) + 1
        if statement_ends(b.text, after, listed=listed, in_run=run, gap=gap):
            b.whole = True
            run = True
        else:
            run = False
    return blocks
