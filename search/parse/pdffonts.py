"""Fonts pdfminer reads wrong, repaired before a page is read: a composite (Type0) font whose
Encoding is a CMap embedded in the PDF rather than a named one (fpdf2 writes such fonts).

pdfminer looks an embedded CMap up by its name only (`Adobe-Identity-UCS`, which no CMap database
holds), falls back to an empty CMap, and so decodes no character of the font: a page set in it has
no text layer for pdfplumber (and went to OCR, which misreads digits: `3262個`). Here the embedded
CMap's own code -> CID table is read (begincidchar, begincidrange), the font decodes its codes as they
are, which is what its ToUnicode map is keyed by, and its widths are keyed by code through that table,
so the characters land where they are printed.
"""
from __future__ import annotations

import re

__all__ = ["repair_fonts"]

_BLOCK = re.compile(rb"begin(cidchar|cidrange)(.*?)end\1", re.S)
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*(\d+)")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\d+)")
_MAX_CODES = 1 << 16  # a two-byte codespace: a range past it is damage


def code_to_cid(data: bytes) -> tuple[dict[int, int], int]:
    """The code -> CID table of an embedded CMap and the length of its codes in bytes (0: none)."""
    table: dict[int, int] = {}
    width = 0
    for kind, body in _BLOCK.findall(data):
        if kind == b"cidchar":
            for code, cid in _CHAR.findall(body):
                table[int(code, 16)] = int(cid)
                width = max(width, len(code) // 2)
        else:
            for lo, hi, cid in _RANGE.findall(body):
                start, end = int(lo, 16), int(hi, 16)
                if end < start or end - start > _MAX_CODES:
                    continue
                table.update((start + i, int(cid) + i) for i in range(end - start + 1))
                width = max(width, len(lo) // 2)
    return table, width


def _repair(font, spec) -> None:
    from pdfminer.cmapdb import CMap, IdentityCMap, IdentityCMapByte
    from pdfminer.pdffont import PDFCIDFont
    from pdfminer.pdftypes import PDFStream, resolve1

    encoding = resolve1(spec.get("Encoding")) if hasattr(spec, "get") else None
    if not isinstance(font, PDFCIDFont) or not isinstance(encoding, PDFStream):
        return
    if not (type(font.cmap) is CMap and not font.cmap.code2cid):
        return  # pdfminer found the CMap: nothing to repair
    try:
        table, width = code_to_cid(encoding.get_data())
    except Exception:  # a damaged stream: the font stays as pdfminer left it
        return
    if not table or width not in (1, 2):
        return
    font.cmap = (IdentityCMap if width == 2 else IdentityCMapByte)(WMode=font.cmap.attrs.get("WMode", 0))
    font.widths = {code: font.widths[cid] for code, cid in table.items() if cid in font.widths}
    if getattr(font, "disps", None):
        font.disps = {code: font.disps[cid] for code, cid in table.items() if cid in font.disps}


def repair_fonts(pdf) -> None:
    """Make a pdfplumber PDF's resource manager repair each font it loads (this PDF only)."""
    manager = pdf.rsrcmgr
    load = manager.get_font

    def get_font(objid, spec):
        font = load(objid, spec)
        _repair(font, spec)
        return font

    manager.get_font = get_font
