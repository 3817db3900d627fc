#!/usr/bin/env bash
# Regenerates assets/geo/central-asia.geojson from world-atlas (Natural Earth
# 1:50m). Run from the repository root after `npm ci`.
set -euo pipefail

cd "$(dirname "$0")/.."
mapshaper=./node_modules/.bin/mapshaper
src=node_modules/world-atlas/countries-50m.json
out=assets/geo/central-asia.geojson
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -x "$mapshaper" ] || { echo "geo.sh: $mapshaper missing; run npm ci" >&2; exit 1; }
[ -f "$src" ] || { echo "geo.sh: $src missing; run npm ci" >&2; exit 1; }

# -clip: the lon/lat box the map can show (the viewBox lies well inside it).
# -filter: drop features the clip left empty.
# -each: the TopoJSON id arrives as FID, which GeoJSON output would drop.
# -simplify: on the whole topology at once, so shared borders stay shared
#   (simplifying country by country opens gaps); interval=1000m is about a
#   third of an SVG unit at the map's scale, invisible, and keeps the file near
#   the 130 KB budget. keep-shapes keeps the Fergana valley enclaves.
# precision=0.0001: 4 decimals, about 10 m, far below one SVG unit.
"$mapshaper" -quiet \
  -i "$src" \
  -target countries \
  -clip bbox=40,30,95,59 \
  -filter '!this.isNull' \
  -each 'iso_n3 = FID' \
  -simplify interval=1000m keep-shapes \
  -o "$tmp/clipped.geojson" format=geojson precision=0.0001

node scripts/geo-tag.mjs "$tmp/clipped.geojson" "$out"
echo "geo.sh: $(wc -c <"$out") bytes raw, $(gzip -9c "$out" | wc -c) bytes gzip"
# The app draws the baked form (paths, labels, boxes computed once by the core).
cargo run --quiet --example bake_map
