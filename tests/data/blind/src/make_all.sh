#!/bin/sh
# Regenerate the six blind issues and their annotations.  Run from anywhere.
# Needs: python3 with python-docx and pillow (PY=...), LibreOffice (soffice), Chromium
# (CHROMIUM=...), poppler-utils (pdftoppm, pdftotext).  The finished files are frozen
# fixtures: fonts / LibreOffice / Chromium versions may move line and page breaks, so
# re-run check_bodies.py after regenerating.
set -e
PY=${PY:-python3}
CHROMIUM=${CHROMIUM:-chromium}
PORT=${PORT:-8765}
cd "$(dirname "$0")"
$PY gen_md.py                                   # 2026-07.md
$PY gen_html_print.py                           # src/2026-08.html
$PY gen_scan.py layout                          # src/2026-09-layout.html
# serve src/ so that the browser footer shows an http URL rather than a local path
$PY -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1 &
SRV=$!
sleep 1
# 2026-08.pdf: browser header/footer left ON (print date, title, URL, page x/y)
$CHROMIUM --headless --disable-gpu --no-sandbox --print-to-pdf=../2026-08.pdf "http://127.0.0.1:$PORT/2026-08.html"
T=$(mktemp -d)
$CHROMIUM --headless --disable-gpu --no-sandbox --no-pdf-header-footer --print-to-pdf="$T/layout.pdf" "http://127.0.0.1:$PORT/2026-09-layout.html"
kill "$SRV"
pdftoppm -r 200 -png "$T/layout.pdf" "$T/pg"
$PY gen_scan.py scan "$T"                       # 2026-09-scan.pdf (image only)
rm -rf "$T"
$PY gen_htm.py                                  # 2026-10.htm (GBK)
$PY gen_docx.py                                 # 2026-11.docx
$PY gen_doc.py && soffice --headless --convert-to doc --outdir .. 2026-12.docx   # 2026-12.doc
$PY annotations.py                              # *.expected.json
$PY check_bodies.py
