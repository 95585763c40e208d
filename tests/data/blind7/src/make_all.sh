#!/bin/sh
# Regenerate the six issues, their annotations, and check them (own script, not the project's).
set -e
cd "$(dirname "$0")"
python3 gen_01_altchunk.py
python3 gen_02_chat.py
python3 gen_03_confluence.py
python3 gen_04_next.py
python3 gen_05_scan.py      # needs fpdf2 + pillow in ../.pylib (pip install --target ../.pylib fpdf2 pillow)
python3 gen_06_adoc.py
python3 annotations.py ..
python3 check_text.py
