#!/usr/bin/env bash
# `npm run test:dates [-- INSTANT…]` (issue 11): the unit and browser suites with "now" pinned to
# each instant (UTC, any `date -d` form), as a seller would meet those days. The extension is built
# with the same clock (src/util/clock.ts, test builds only) and every Node process the run starts
# (tests, demo portal, scripts) loads test/setup/pinned-clock.mjs. Time runs on at normal speed
# from the pinned instant. CI runs the plain suite on the real date; this is the calendar check.
#   STARGUARD_DATE_SUITES=unit (or browser) runs one suite only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then pins=("$@"); else
  pins=(
    '2026-12-31T17:00:00Z'  # UTC still 12-31, CST already 2027-01-01: year end between the clocks
    '2027-01-01T04:00:00Z'  # new year's day in both
    '2027-02-28T04:00:00Z'  # last day of a short month
    '2028-02-29T04:00:00Z'  # leap day
    '2027-03-31T04:00:00Z'  # month end before a 30-day month
    '2027-06-15T15:59:00Z'  # one minute before CST midnight (UTC and CST on the same date)
    '2027-06-15T16:01:00Z'  # one minute after CST midnight (CST a day ahead of UTC)
  )
fi
suites=${STARGUARD_DATE_SUITES:-unit,browser}
bash scripts/ensure-chromium.sh
failed=()
offset_to() { echo $(( $(date -ud "$1" +%s%3N) - $(date +%s%3N) )); }
for pin in "${pins[@]}"; do
  export NODE_OPTIONS="--import=$PWD/test/setup/pinned-clock.mjs"
  if [[ $suites == *unit* ]]; then
    export STARGUARD_CLOCK_OFFSET_MS=$(offset_to "$pin")
    echo "== unit tests, now = $pin"
    npx vitest run || failed+=("unit@$pin")
  fi
  if [[ $suites == *browser* ]]; then
    export STARGUARD_CLOCK_OFFSET_MS=$(offset_to "$pin")
    echo "== browser tests, now = $pin"
    { npm run build:test >/dev/null && npx vitest run -c vitest.browser.config.ts; } || failed+=("browser@$pin")
  fi
done
unset NODE_OPTIONS STARGUARD_CLOCK_OFFSET_MS
if [ ${#failed[@]} -gt 0 ]; then echo "failed: ${failed[*]}"; exit 1; fi
echo "every pinned date passed: ${pins[*]}"
