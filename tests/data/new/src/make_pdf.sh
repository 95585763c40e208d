#!/bin/sh
# Prints 2024-11.html to ../2024-11.pdf with Debian's Chromium, keeping the header and footer
# Chromium adds (print date, title, file URL, "n/N" page numbers): realistic page furniture.
# The page is printed from /tmp/jianbao-print so that no checkout path ends up in the footer.
set -e
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/jianbao-print
cp "$here/2024-11.html" /tmp/jianbao-print/2024-11.html
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" \
  --print-to-pdf="$here/../2024-11.pdf" "file:///tmp/jianbao-print/2024-11.html" 2>/dev/null
rm -rf "$profile" /tmp/jianbao-print
