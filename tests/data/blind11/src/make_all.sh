#!/bin/sh
# Regenerate all six issues, their annotations and the own check. Needs pillow+numpy (pillow in ../.pylib), soffice, chromium, poppler.
set -e
cd "$(dirname "$0")"
python3 gen_A_txt.py
python3 gen_B_wechat.py
python3 gen_C_doc.py
python3 gen_D_scan.py
python3 gen_E_pdf.py
python3 gen_F_docx.py
python3 annotations.py
python3 check_text.py
