#!/bin/sh
# Regenerate drift25deck: annotations first (from content.py, no parser), then the two files (chromium for the deck).
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen_deck.py
python3 gen_docx.py
