#!/bin/sh
# Regenerate all six issues, their annotations and the own check. Needs pillow in ../.pylib, soffice, chromium, poppler.
set -e
cd "$(dirname "$0")"
python3 gen_01_txt.py
python3 gen_02_wechat.py
python3 gen_03_docx.py
python3 gen_04_pdf.py
python3 gen_05_doc.py
python3 gen_06_scan.py
python3 annotations.py
python3 check_text.py
