#!/bin/sh
# Regenerate blind16: annotations first (from content.py, no parser), then the six files, then the check.
# pillow+numpy needed only by gen_scan.py (run it with a python that has them).
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_txt.py    # TXT  forwarded e-mail saved as text, `> `-quoted newsletter wrapped at 36 chars
python3 gen_htm.py    # HTM  哔哩哔哩专栏 article saved by the browser
python3 gen_doc.py    # DOC  outline-numbered multilevel headings (1. / 1.1), issue in the page header
python3 gen_pdf.py    # PDF  16:9 slide deck printed by Chromium
python3 gen_docx.py   # DOCX two-column section with explicit column breaks
python3 gen_scan.py   # SCAN long phone screenshot cut into two tall slices (Chromium screenshot -> Pillow)
python3 check_text.py
