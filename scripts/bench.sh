#!/usr/bin/env bash
# The benchmark command (not part of CI): installs what is missing, builds the
# release, prints the built files' sizes, serves the build with gzip on
# 127.0.0.1 and prints the table of medians from headless Chromium on the
# desktop and slow-4G phone profiles (scripts/bench.mjs), then the scale
# benchmark: the core projecting every country of the world at 1:50m, natively
# and in the browser. Prints figures, asserts nothing: this machine is shared.
#   bash scripts/bench.sh [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/bootstrap.sh" --test
RUNS="${1:-5}"
# The build's log says how long rendering every page and share image took (render-site:).
trunk build --release

echo "== sizes: the first view, and the app it loads on first use =="
node scripts/size-report.mjs dist

node scripts/static-server.mjs dist 4180 --gzip > /dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
echo "== timings: medians of $RUNS runs in headless Chromium =="
node scripts/bench.mjs "$RUNS"

# Side by side with the same map hand-written with d3-geo and with Leaflet
# (the workplace's shared bench kit, when it is beside the project): compare
# the ratios in one run, not times from different runs.
KIT="$ROOT/../shared/bench/measure.mjs"
if [ -f "$KIT" ]; then
  echo "== side by side with the reference pages (d3-geo, Leaflet), medians of $RUNS runs =="
  node "$KIT" --runs "$RUNS" --serve app=dist --panel app='[data-testid="country-panel"]' d3=/peers/d3/ leaflet=/peers/leaflet/
fi

echo "== scale: every country of world-atlas 1:50m, projected and drawn by the core =="
mkdir -p target/bench
[ -f target/bench/world-50m.geojson ] || mapshaper -quiet -i node_modules/world-atlas/countries-50m.json \
  -target countries -o target/bench/world-50m.geojson format=geojson
cargo run --quiet --release --locked --example scale_bench -- target/bench/world-50m.geojson 9
# The browser half runs in Debian's Chromium through wasm-bindgen-test; the
# capabilities in target/bench/webdriver.json keep the browser off the network.
cat > target/bench/webdriver.json <<'JSON'
{ "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1", "--proxy-server=127.0.0.1:9"] } }
JSON
env -u GECKODRIVER CHROMEDRIVER="$(command -v chromedriver)" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/target/bench/webdriver.json" \
  cargo test --release --locked --target wasm32-unknown-unknown \
  --features scale-bench --test scale_browser -- --nocapture 2>&1 | grep -E '^browser \||^Not found|^error'
