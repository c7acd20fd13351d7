#!/usr/bin/env bash
# Finds a Chromium for the browser tests and the demo: CHROME_PATH, /usr/bin/chromium, an installed
# Chrome or Edge. On a Debian-like machine with none, installs Debian's chromium package.
# Never downloads a browser build (brief: no browser download at install time).
set -euo pipefail
for c in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable /usr/bin/microsoft-edge; do
  if [ -n "$c" ] && [ -x "$c" ]; then exit 0; fi
done
if command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium package" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "No Chromium or Chrome found. Set CHROME_PATH to a Chromium-based browser." >&2
exit 1
