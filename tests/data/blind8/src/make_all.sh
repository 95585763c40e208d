#!/bin/sh
# Regenerate the eight issues, their annotations and run the own occurrence check.
# Needs pillow + python-docx in ../.pylib (pip install --target ../.pylib pillow python-docx), soffice, poppler.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=../.pylib
mkdir -p ../.build
python3 gen_05_txt.py
python3 gen_06_editorjs.py
nice -n 10 python3 gen_07_scan.py
python3 gen_08_wechat.py
python3 gen_09_doc.py
python3 gen_10_pdf.py
python3 gen_11_docx.py
python3 gen_12_ofd.py
python3 render_ofd.py "../大数贸协简报〔2025〕12号.ofd" ../.build/ofd
python3 annotations.py
python3 check_text.py
