#!/bin/sh
# Regenerate blind17: annotations first (from content.py, no parser), then the six files, then the check.
# gen_scan.py needs pillow/numpy (the venv beside this folder).
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_txt.py    # TXT  GBK, CRLF, hard-wrapped at 40 full-width characters
python3 gen_docx.py   # DOCX written by LibreOffice from an .odt
python3 gen_htm.py    # HTM  凡科建站 site article page
python3 gen_pdf.py    # PDF  2-up imposed A5 saddle-stitch booklet (4|1, 2|3)
python3 gen_doc.py    # DOC  tab-stop layout, no tables (RTF -> LibreOffice MS Word 97)
../../venv/bin/python gen_scan.py   # SCAN grayscale 150 dpi JPEG scan with a photograph
python3 check_text.py
