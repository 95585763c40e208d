#!/bin/sh
# Regenerate drift19word (python3 with soffice on PATH; no project code). Run from this folder.
cd "$(dirname "$0")" && python3 gen_docx.py && python3 gen_lo.py && python3 check_text.py
