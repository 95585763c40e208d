"""A PDF text layer pdfminer cannot decode by itself, and look-alike ideographs in any text layer
(issue 16, wave 6).

fpdf2 writes a composite font whose Encoding is a CMap embedded in the file (code -> CID), not a
named one: pdfminer found no character on such a page, which went to OCR (`3262個`). The PDF here is
built by hand in another shape than fpdf2's (a cidrange, not cidchar; one-byte codes; the CIDs far
from the codes), so that only reading the embedded table gives the right text and the right widths.
"""
from __future__ import annotations

import io

import pdfplumber

from search.parse.parser import parse_text
from search.parse.pdffonts import code_to_cid, repair_fonts
from search.parse.readers import blocks_of
from search.text import ideographs

TEXT = "1-9月出口额4567亿元"


def _pdf(text: str) -> bytes:
    """A one-page PDF showing `text` in a Type0 font with an embedded Encoding CMap: codes 1.. in
    order of first use, mapped to CIDs 300.. by one cidrange; digits 500 wide, others 1000."""
    chars = list(dict.fromkeys(text))
    code = {c: i + 1 for i, c in enumerate(chars)}
    n = len(chars)
    encoding = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
                "1 begincodespacerange <00> <FF> endcodespacerange "
                f"1 begincidrange <01> <{n:02X}> 300 endcidrange endcmap end end").encode()
    bf = " ".join(f"<{code[c]:02X}> <{ord(c):04X}>" for c in chars)
    to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
                  f"1 begincodespacerange <00> <FF> endcodespacerange {n} beginbfchar {bf} endbfchar endcmap end end"
                  ).encode()
    widths = " ".join(f"{300 + code[c] - 1} [{500 if c.isdigit() or c == '-' else 1000}]" for c in chars)
    shown = "".join(f"{code[c]:02X}" for c in text)
    content = f"BT /F1 10 Tf ET BT 50 700 Td <{shown}> Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 800] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding 6 0 R /ToUnicode 7 0 R /DescendantFonts [8 0 R] >>",
        b"<< /Type /CMap /CMapName /Adobe-Identity-UCS /Length %d >>\nstream\n%s\nendstream" % (len(encoding), encoding),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode), to_unicode),
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering "
        b"(Identity) /Supplement 0 >> /DW 1000 /W [%s] >>" % widths.encode(),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_an_embedded_encoding_cmap_is_read_with_its_widths():
    with pdfplumber.open(io.BytesIO(_pdf(TEXT))) as pdf:
        assert not pdf.pages[0].chars  # what pdfminer makes of it alone
    with pdfplumber.open(io.BytesIO(_pdf(TEXT))) as pdf:
        repair_fonts(pdf)
        chars = pdf.pages[0].chars
    assert "".join(c["text"] for c in chars) == TEXT
    widths = {c["text"]: round(c["x1"] - c["x0"], 1) for c in chars}
    assert widths["4"] == 5.0 and widths["亿"] == 10.0  # the CIDs' widths, through the code -> CID table


def test_the_pdf_reader_reads_such_a_page_from_its_text_layer():
    blocks = blocks_of("t.pdf", _pdf(TEXT))
    assert [b.text for b in blocks] == [TEXT] and blocks[0].ocr is None


def test_the_code_to_cid_table_of_an_embedded_cmap():
    table, width = code_to_cid(b"2 begincidchar <0003> 17 <0004> 16855 endcidchar "
                               b"1 begincidrange <0010> <0012> 40 endcidrange")
    assert width == 2 and table == {3: 17, 4: 16855, 16: 40, 17: 41, 18: 42}
    assert code_to_cid(b"nothing here") == ({}, 0)


def test_look_alike_ideographs_are_the_ideographs_in_any_text_layer():
    assert ideographs("1-9\u2f49\u2fa6额（亿元）\uf900") == "1-9月金额（亿元）" + "\u8c48"
    issue = parse_text("【数据月报】\n2025年1-9\u2f49全市数据\n1-9\u2f49，全市服务出口额4567亿元，同比增长5.1%。\n", "x.txt")
    assert "\u2f49" not in issue.items[0].body and "1-9月" in issue.items[0].body
