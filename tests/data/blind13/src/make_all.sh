#!/bin/sh
# Regenerate blind13: annotations first (from content.py, no parser), then the six files, then the check.
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_txt.py         # A  .txt  UTF-16LE + BOM, CRLF
python3 gen_htm.py         # B  .htm  WordPress (Gutenberg) post saved by the browser
python3 gen_doc.py         # C  .doc  LibreOffice "MS Word 97" from .build/C.html
python3 gen_office_pdf.py  # D  browser PDF with Chromium's default header/footer, sidebar, CSS columns
python3 gen_docx.py        # E  .docx hand-written OOXML (numbering.xml, sources in VML text boxes)
python3 gen_scan.py        # F  book-mode spread scan (Chromium A5 -> pdftoppm -> Pillow, ../.pylib)
python3 check_text.py
