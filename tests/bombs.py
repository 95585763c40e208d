"""Hostile files made at test time, small on disk: a zip-bomb Word file, a PDF bomb, a PDF of
10,000 pages, and a PDF writer for them (a few objects, an exact cross-reference table)."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

WORD = Path(__file__).resolve().parent / "data" / "new" / "2025-02.docx"  # a real Word issue


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (object 1 the catalog), with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_bomb(inflated: int = 300 * 2**20) -> bytes:
    """One page whose content stream is `inflated` bytes of zeros, deflated to about 1.4 MB."""
    packer = zlib.compressobj(1)  # fast; zeros still shrink some 200 times
    zeros = bytes(2**20)
    body = b"".join(packer.compress(zeros) for _ in range(inflated // 2**20)) + packer.flush()
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ])


def many_pages_pdf(pages: int = 10_000) -> bytes:
    """A PDF of `pages` empty pages (about 700 KB for 10,000)."""
    kids = b" ".join(b"%d 0 R" % (n + 3) for n in range(pages))
    return build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
                     + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages)


def zip_bomb_docx(filler: int = 16 * 2**20) -> bytes:
    """A real Word issue with one more part: `filler` bytes of zeros (compressed about 1000:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(WORD) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            bomb.writestr(info, source.read(info))
        with bomb.open("word/media/filler.bin", "w", force_zip64=True) as part:
            zeros = bytes(2**20)
            for _ in range(filler // 2**20):
                part.write(zeros)
    return out.getvalue()
