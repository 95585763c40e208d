#!/bin/sh
# Regenerate all six issues and their annotations, then run the own text check.
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_txt.py        # 07 OA export .txt
python3 gen_md.py         # 08 Notion export .md
python3 gen_proof.py      # 09 proof PDF (Chromium)
python3 gen_docx.py       # 10 drop caps + footnote sources .docx
python3 gen_wordhtml.py   # 11 Word-HTML saved as .doc
python3 gen_evernote.py   # 12 Evernote HTML export
python3 check_text.py
