#!/bin/sh
# Regenerate blind14: annotations first (from content.py, no parser), then the six files, then the check.
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_txt.py    # TXT  UTF-16BE + BOM, LF
python3 gen_htm.py    # HTM  搜狐号 article saved by the browser
python3 gen_doc.py    # DOC  LibreOffice "MS Word 97" from .build/DOC.html (信息摘报 news table)
python3 gen_pdf.py    # PDF  Chromium print, position:fixed running head/foot, 2-story grid, rule-less table
python3 gen_docx.py   # DOCX hand-written OOXML (numbering.xml, sources only in ※ custom-mark footnotes)
python3 gen_scan.py   # SCAN colour ADF scan, sheet 2 upside down (Chromium -> pdftoppm -> Pillow; pillow/numpy on PYTHONPATH)
python3 check_text.py
