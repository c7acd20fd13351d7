#!/usr/bin/env bash
# Finds a Chromium for the browser tests and the demo: CHROME_PATH, /usr/bin/chromium, an installed
# Chrome or Edge. On a Debian-like machine with none, installs Debian's chromium package.
# Never downloads a browser build (brief: no browser download at install time).
# Also makes sure a CJK font exists (issue 17): without one, Chinese text in the demo portal, the
# side panel and the store screenshots renders as empty boxes. Idempotent: installs only what is missing.
set -euo pipefail

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]
}

need=()
found=""
for c in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable /usr/bin/microsoft-edge; do
  if [ -n "$c" ] && [ -x "$c" ]; then found="$c"; break; fi
done
[ -n "$found" ] || need+=(chromium)
has_cjk_font || need+=(fonts-noto-cjk fontconfig)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing missing packages: ${need[*]}" >&2
  if ! apt_install "${need[@]}"; then
    if [ -z "$found" ]; then
      echo "No Chromium or Chrome found. Set CHROME_PATH to a Chromium-based browser." >&2
      exit 1
    fi
    echo "warning: no CJK font and no apt-get: Chinese text will render as boxes in screenshots" >&2
  fi
fi
