#!/usr/bin/env bash
# Sets up jianbao on a fresh machine with Python 3.11 and serves the search page over ./corpus
# (the index is built on first run). README's Quick start, first command.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .
# The OCR engine for scanned issues. --no-deps: its own requirements name opencv-python, which
# needs libGL; pyproject.toml lists its real dependencies, with opencv-python-headless instead.
.venv/bin/pip install -q --disable-pip-version-check --no-deps rapidocr-onnxruntime==1.4.4
exec .venv/bin/jianbao serve "$@"
