#!/usr/bin/env bash
# Sets up jianbao on a fresh machine with Python 3.11 and serves the search page over ./corpus
# (the index is built on first run). Used by README's Quick start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .
exec .venv/bin/jianbao serve "$@"
