"""A small typesetter for layout tests: CJK text set in columns on A4 pages with fpdf2, as a word
processor sets it. Lines break anywhere in Chinese text but never inside a number or a Latin word,
and never before a closing mark (`。`, `”`); text flows from the foot of one column to the head of
the next and onto the next page; each page gets a running header and a page-number footer.

Used by tests/test_columns_flow.py; the PDFs are made in a test's tmp_path.
"""
from __future__ import annotations

import re
from pathlib import Path

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%+\-/]*|.", re.S)
_CLOSING = "。，、；：！？）”’》"
MM = 72 / 25.4  # points per millimetre: fpdf2 works in millimetres, pdfplumber reports points


def tokens(text: str) -> list[str]:
    """Units a line may not break inside: a number or Latin word, a character, each with the
    closing marks after it."""
    out: list[str] = []
    for t in _TOKEN.findall(text):
        if out and t in _CLOSING:
            out[-1] += t
        else:
            out.append(t)
    return out


class Typeset:
    """Pages of `columns` (x, width in mm) between `top` and `bottom` (mm); `header` and `footer`
    (with `{n}` for the page number) on every page."""

    def __init__(self, columns: list[tuple[float, float]], header: str, footer: str,
                 top: float = 30, bottom: float = 270, size: float = 10.5):
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.add_font("wqy", fname=str(CJK_FONT))
        self.columns, self.header, self.footer = columns, header, footer
        self.top, self.bottom, self.size = top, bottom, size
        self.pages = 0
        self._new_page()

    def _new_page(self) -> None:
        self.pdf.add_page()
        self.pages += 1
        self.pdf.set_font("wqy", size=8)
        self.pdf.text(210 - 20 - self.pdf.get_string_width(self.header), 14, self.header)
        foot = self.footer.format(n=self.pages)
        self.pdf.text(105 - self.pdf.get_string_width(foot) / 2, 286, foot)
        self.column = 0
        self.y = self.column_top = self.top

    def full(self, text: str, size: float, gap: float = 2.0, center: bool = False) -> None:
        """A line across the page (masthead, contents), above the columns."""
        self.pdf.set_font("wqy", size=size)
        height = size * 0.45
        x = 105 - self.pdf.get_string_width(text) / 2 if center else self.columns[0][0]
        self.pdf.text(x, self.y + height, text)
        self.y += height + gap

    def space(self, mm: float) -> None:
        self.y += mm

    def _next_line(self, height: float) -> tuple[float, float]:
        if self.y + height > self.bottom:
            self.column += 1
            if self.column == len(self.columns):
                self._new_page()
            else:
                self.y = self.column_top
        x, _ = self.columns[self.column]
        self.y += height
        return x, self.y

    def columns_start(self) -> None:
        self.column_top = self.y

    def para(self, text: str, size: float | None = None, indent: int = 2, right: bool = False,
             gap: float = 1.0) -> None:
        """A paragraph, wrapped to the column, its first line indented `indent` characters."""
        size = size or self.size
        self.pdf.set_font("wqy", size=size)
        height = size * 0.45
        _, width = self.columns[self.column]
        lines: list[str] = []
        line, room = "", width - indent * size / MM
        for t in tokens(text):
            if line and self.pdf.get_string_width(line + t) > room:
                lines.append(line)
                line, room = "", width
            line += t
        lines.append(line)
        for k, text_line in enumerate(lines):
            x, y = self._next_line(height + gap)
            if right:
                x += width - self.pdf.get_string_width(text_line)
            elif k == 0:
                x += indent * size / MM
            self.pdf.set_font("wqy", size=size)  # a new page set its header smaller
            self.pdf.text(x, y, text_line)

    def table(self, rows: list[list], widths: list[float], size: float = 9, pad: float = 2.5) -> None:
        """A table without ruling lines in the current column: each cell a string, a list of its
        lines (a wrapped cell), or (text, n) centred over n columns (a group heading); numbers are
        set to the right of their cell."""
        self.pdf.set_font("wqy", size=size)
        height = size * 0.45
        for row in rows:
            lines = max(len(c) if isinstance(c, list) else 1 for c in row)
            if self.y + lines * (height + 1.0) + pad > self.bottom:
                self.y = self.bottom  # a row is never cut: it goes to the head of the next column
            for line in range(lines):
                x, y = self._next_line(height + (pad if line == 0 else 1.0))
                self.pdf.set_font("wqy", size=size)
                k = 0
                for cell in row:
                    span = cell[1] if isinstance(cell, tuple) else 1
                    width = sum(widths[k:k + span])
                    text = cell[0] if isinstance(cell, tuple) else cell
                    if isinstance(text, list):
                        text = text[line] if line < len(text) else ""
                    elif line:
                        text = ""
                    w = self.pdf.get_string_width(text)
                    if isinstance(cell, tuple):
                        self.pdf.text(x + (width - w) / 2, y, text)
                    elif re.fullmatch(r"[-+]?[\d.]+", text) and k:
                        self.pdf.text(x + width - w - 2, y, text)
                    else:
                        self.pdf.text(x, y, text)
                    x += width
                    k += span
        self.y += pad

    def output(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path
