#!/usr/bin/env bash
# Installs what is missing, builds the release, serves it with gzip on
# 127.0.0.1 and prints the benchmark table (scripts/bench.mjs). Not part of CI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/bootstrap.sh" --test
trunk build --release
node scripts/static-server.mjs dist 4180 --gzip > /dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
echo "== sizes (gzip -9) =="
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html; do
  printf '%-60s %8d raw %8d gzip\n' "$f" "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)"
done
echo "== timings =="
node scripts/bench.mjs "${1:-5}"
