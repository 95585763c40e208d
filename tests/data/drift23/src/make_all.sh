#!/bin/sh
# Regenerate drift23: annotations first (from content.py, no parser), then the five files, then the check.
set -e
cd "$(dirname "$0")"
python3 annotations.py
python3 gen.py
python3 check_text.py
