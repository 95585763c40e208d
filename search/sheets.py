"""Text as a spreadsheet shows it: the one guard against cells read as formulas (CSV exports).

Below every layer that writes CSV (the figures' series, the web's search export).
"""
from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """A value as CSV text that a spreadsheet never runs: one starting with = + - @ (or a tab or
    carriage return) is quoted with a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
