#!/bin/sh
# Regenerate blind15: annotations first (from content.py, no parser), then the six files, then the check.
# Needs python3 (+ pillow/numpy for gen_scan.py: run it with a python that has them), soffice, chromium, poppler.
set -e
cd "$(dirname "$0")"
PY=${PY:-python3}
python3 annotations.py
python3 gen_txt.py    # TXT  org-mode note, UTF-8 no BOM, LF, .txt name
python3 gen_htm.py    # HTM  百家号 article saved by the browser
python3 gen_doc.py    # DOC  LibreOffice "MS Word 97" from .build/DOC.html (whole issue in one layout table)
python3 gen_pdf.py    # PDF  Chromium print, landscape A4, three CSS columns
python3 gen_docx.py   # DOCX hand-written OOXML shaped like a Google Docs export
$PY gen_scan.py       # SCAN sheet 1 fed sideways (90°), sheet 2 with pen marks + red 已阅 stamp
python3 check_text.py
