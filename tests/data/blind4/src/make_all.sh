#!/bin/sh
# Regenerate the fourth blind set (run from anywhere). Needs python3, Pillow (installed with
# pip --target ../.pylib), Chromium, LibreOffice (check only), poppler (pdftoppm/pdftotext/pdfinfo).
set -e
cd "$(dirname "$0")"
python3 gen_txt.py        # 2025-01.txt      UTF-16 LE + BOM
python3 gen_md.py         # 2025-02.md       setext headings, footnote sources, HTML table
python3 gen_html.py       # 2025-03.html     e-mail newsletter (nested tables, inline styles)
python3 gen_docx.py       # 2025-04.docx     title page, text box, content controls, tracked changes
python3 gen_pdf3col.py    # 2025-05.pdf      Chromium, A4 landscape, three CSS columns + float
python3 gen_fax.py        # 2025-12-fax.pdf  1-bit 200 dpi fax, image only
python3 annotations.py    # *.expected.json
python3 check_text.py     # own text check
