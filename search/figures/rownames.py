"""Table rows named by another row: a row whose name ends in the name of a row before it is a part of
that row's figure, broken down by what comes before (`快递业务量`, then `同城快递业务量`); and a row dated by a note in its name."""
from __future__ import annotations

import re

from search.figures.names import Label, words
from search.figures.text import PERIOD, read_period

_COUNTED = re.compile(words("measure-heads"))


def sibling(label: Label, before: Label | None) -> Label:
    """A row named <subject><indicator> right after a row that is a breakdown of that indicator
    (`对东盟进出口`, then `机电产品进出口`) is a breakdown too, by its subject, known or not."""
    if before is None or before.breakdown is None or label.breakdown is not None or not before.indicator:
        return label
    subject = label.indicator[:-len(before.indicator)].rstrip("的")
    if not label.indicator.endswith(before.indicator) or len(subject) < 2:
        return label
    return Label(indicator=before.indicator, breakdown=subject, kind=before.kind)


def of_earlier(label: Label, totals: list[str]) -> Label:
    """A row named <subject><a measure a row above names whole> (`进出口`, …, then `跨境电商进出口`):
    that measure, broken down by the subject."""
    if label.breakdown is not None or not label.indicator:
        return label
    for total in sorted(totals, key=len, reverse=True):
        subject = label.indicator[:-len(total)].rstrip("的")
        if label.indicator.endswith(total) and len(subject) >= 2 and not _COUNTED.search(subject):
            return Label(indicator=total, breakdown=subject)
    return label


def of_whole_row(label: Label, wholes: list[str]) -> Label:
    """A row named <subject><the whole name of a row above> (`快递业务量`, …, then `异地快递业务量`,
    `国际/港澳台快递业务量`): that row's indicator, broken down by the subject. The name above is a whole
    indicator of three characters or more; the subject is a name of two or more. A flow or an income
    (`服务出口`, then `数字服务出口`; `服务进出口`, then `知识密集型服务进出口`) is no such whole: its kinds are
    series of their own (names.fields_of_totals)."""
    if label.breakdown is not None or not label.indicator:
        return label
    for whole in sorted(wholes, key=len, reverse=True):
        subject = label.indicator[:-len(whole)].rstrip("的")
        if len(whole) >= 3 and label.indicator.endswith(whole) and len(subject) >= 2 \
                and not _COUNTED.search(subject) and not _COUNTED.search(whole):
            return Label(indicator=whole, breakdown=subject)
    return label


# a note in brackets in a row's name that dates it (`高质量数据集（截至6月底）`, `全年电影总票房（截至10月8日）`)
_DATE_NOTE = re.compile(r"[（(](?P<note>截[至止][^（()）]{2,12})[）)]")


def noted_period(name: str, whole: str, reader) -> tuple[tuple[int, int, int], str] | None:
    """The period a row's note gives it, and the name without the note: the month it is counted at; from
    January when the name says it is the year's so far (`全年…（截至10月8日）`)."""
    note = _DATE_NOTE.search(name)
    m = PERIOD.search(note["note"]) if note else None
    span = read_period(m, reader.ctx) if m and m.group() else None
    if span is None:
        return None
    if re.match(r"\s*(?:全年|年内|今年|本年)", whole):
        span = (span[0], 1, span[2])
    return span, name[:note.start()] + name[note.end():]
