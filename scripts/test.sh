#!/usr/bin/env bash
# Every test Fixlist has: type check, lint, unit tests (happy-dom), both builds, bundle budget,
# web-ext lint, then the built extension end to end in Chromium and Firefox ESR.
# Ends with one line "N passed, N failed" (each check counts once, each test once).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0

step() { # step NAME COMMAND...: run a check that counts as one test
  local name=$1
  shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✗ $name failed"; fi
}

step "type check" npx tsc --noEmit
step "lint (biome)" npx biome check .

echo "── unit tests (vitest, happy-dom)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
read -r unit_passed unit_failed < <(node -e '
  try { const r = require("./test-results/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests ? 0 : 1)); }
  catch { console.log(0, 1); }')
passed=$((passed + unit_passed))
failed=$((failed + unit_failed))

step "build (chrome-mv3, firefox-mv2)" npm run --silent build
step "zip (both browsers)" npm run --silent zip
if [ -f scripts/bundle-size-guard.mjs ]; then step "every-page bundle ≤ 4 KB gzip" node scripts/bundle-size-guard.mjs; fi
step "web-ext lint (firefox build)" npx web-ext lint --source-dir .output/firefox-mv2 --no-input --self-hosted

echo "── end to end (Chromium + Firefox ESR)"
node tests/e2e/run.mjs | tee test-results/e2e.log
read -r e2e_passed e2e_failed < <(sed -n 's/^e2e: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' test-results/e2e.log | tail -1)
passed=$((passed + ${e2e_passed:-0}))
failed=$((failed + ${e2e_failed:-1}))

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
