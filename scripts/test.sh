#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine with Python 3.11, then runs them.
# Used by README's Quick start and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
if ! command -v chromium >/dev/null || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  $SUDO apt-get update -qq
  # chromium: the real browser for the web page's tests; wqy-microhei: a CJK font for PDF fixtures
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
# the OCR engine, without its opencv-python requirement (pyproject.toml has the headless one)
.venv/bin/pip install -q --disable-pip-version-check --no-deps rapidocr-onnxruntime==1.4.4
exec .venv/bin/python -m pytest "$@"
