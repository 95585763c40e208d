#!/bin/sh
# Regenerate every issue of tests/data/blind3 and its annotation. Run from the repo root
# with the worktree venv (python-docx, fpdf2, Pillow, numpy); needs soffice and pdftotext.
set -e
cd "$(dirname "$0")"
PY=${PY:-../../../../.venv/bin/python}
nice -n 15 $PY gen_txt.py
nice -n 15 $PY gen_htm.py
nice -n 15 $PY gen_pdf.py
nice -n 15 $PY gen_scan.py
nice -n 15 $PY gen_md.py
nice -n 15 $PY gen_docx.py
$PY annotations.py
nice -n 15 $PY check_text.py
