#!/bin/sh
# Regenerate blind12: annotations first (from content.py, no parser), then the six files, then the check.
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_txt.py        # A  .txt  GB18030
python3 gen_htm.py        # B  .htm  WeChat / mdnice
python3 gen_doc.py        # C  .doc  LibreOffice "MS Word 97" from .build/C.html
python3 gen_docx.py       # D  .docx hand-written OOXML (numbering.xml, endnotes.xml)
python3 gen_scan.py       # E  fax PDF (Chromium -> pdftoppm 200 dpi -> 1-bit, Pillow from ../.pylib)
python3 gen_office_pdf.py # F  office PDF (OOXML -> LibreOffice Writer -> PDF)
python3 check_text.py
