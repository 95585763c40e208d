"""Text as a spreadsheet shows it: the one guard against cells read as formulas, and against values
a spreadsheet would turn into something else (CSV exports).

Below every layer that writes CSV (the figures' series, the web's search export).
"""
from __future__ import annotations

import re

from search.model import IssueMeta

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """A value as CSV text that a spreadsheet never runs: one starting with = + - @ (or a tab or
    carriage return) is quoted with a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


_ISSUE_KEY = re.compile(r"(\d{4})-(\d{2})")


def issue_cell(key) -> str:
    """An issue key as a cell: `2023-08` -> `2023年第8期`. Excel (and LibreOffice, with its special
    numbers on) reads `2023-08` as the date August 2023; the name people give the issue is text in
    every spreadsheet, with nothing hidden in the cell (a leading tab, a formula `="2023-08"` that
    LibreOffice shows as written). Anything else as `cell` makes it."""
    m = _ISSUE_KEY.fullmatch(str(key or ""))
    return IssueMeta(int(m[1]), int(m[2]), None, None).label if m else cell(key)
