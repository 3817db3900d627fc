#!/usr/bin/env bash
# Installs what is missing, then runs every test: the pure core with
# `cargo test`, then the release build in headless Chromium with Playwright.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/bootstrap.sh" --test

echo "== cargo test (pure core and data) =="
cargo test --locked

echo "== release build =="
trunk build --release

echo "== end-to-end tests in headless Chromium =="
npx playwright test "$@"
