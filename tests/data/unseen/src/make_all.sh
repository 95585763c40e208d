#!/bin/sh
# Regenerate every issue and annotation.  Needs: python3 with python-docx and pillow
# (PY=...), LibreOffice (soffice), poppler-utils (pdftoppm).  Run from this folder.
set -e
PY=${PY:-python3}
cd "$(dirname "$0")"
$PY gen_txt.py
$PY gen_pdf.py && soffice --headless --convert-to pdf --outdir .. 2026-02.docx
$PY gen_docx.py
$PY gen_scan.py layout
T=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$T" 2026-04-layout.docx
pdftoppm -r 150 -png "$T/2026-04-layout.pdf" "$T/pg"
$PY gen_scan.py scan "$T"
rm -rf "$T"
$PY gen_html.py
$PY gen_doc.py && soffice --headless --convert-to doc --outdir .. 2026-06.docx
$PY annotations.py
