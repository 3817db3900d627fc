#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the
# pure core with `cargo test`, the test server's with `node --test`, component tests in
# headless Firefox, then the release build in headless Chromium with Playwright,
# its key journeys in WebKitGTK, and the deploy configurations on nginx and Caddy.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/bootstrap.sh" --test

echo "== formatting and lints (rustfmt; clippy native and wasm32, warnings are errors) =="
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# The tests under tests/ other than the component tests are native only.
cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser_components --locked -- -D warnings

echo "== cargo test (the pure core, the data, the site renderer) =="
cargo test --workspace --locked

echo "== node tests (the test server serves its folder only) =="
node --test tests/static-server-path.test.mjs

echo "== component tests in Firefox (wasm-bindgen-test, geckodriver) =="
# GECKODRIVER picks Firefox; without CHROMEDRIVER nothing else competes.
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
  cargo test --locked --target wasm32-unknown-unknown --test browser_components

echo "== release build =="
trunk build --release

echo "== end-to-end tests in headless Chromium =="
npx playwright test "$@"

echo "== the key journeys in WebKitGTK, Safari's engine family (WebKitWebDriver, under Xvfb) =="
bash scripts/test-webkit.sh dist

echo "== deploy configurations on Debian's nginx and Caddy (deploy/), then the smoke journeys on nginx =="
bash scripts/test-deploy.sh dist --smoke
