#!/bin/sh
# Regenerate every issue of the fifth blind set and its annotation, then check them.
# Needs python3 (standard library only), chromium (2026-04.pdf), pdftotext, soffice (check only).
set -e
cd "$(dirname "$0")"
nice -n 10 python3 gen_txt.py      # 2026-01-wrap.txt
nice -n 10 python3 gen_md.py       # 2026-02.md
nice -n 10 python3 gen_html.py     # 2026-03.html
nice -n 10 python3 gen_sheet.py    # src/2026-04.html -> 2026-04.pdf
nice -n 10 python3 gen_docx.py     # 2026-05.docx
nice -n 10 python3 gen_rtf.py      # 2026-06-rtf.doc (RTF)
python3 annotations.py
nice -n 10 python3 check_text.py
