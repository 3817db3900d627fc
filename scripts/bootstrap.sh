#!/usr/bin/env bash
# Installs whatever is missing for building (and, with --test, testing) the map.
# Idempotent and pinned: each step checks the installed version first, so a
# second run takes seconds. Source it (`. scripts/bootstrap.sh`) to keep PATH.
#   --test   also install Chromium, ChromeDriver, Firefox ESR and geckodriver for
#            the tests (the build itself needs no browser: crates/site renders
#            every page natively), nginx with its brotli module and Caddy
#            for scripts/test-deploy.sh, and WebKitWebDriver, Xvfb and the
#            WebKit2 GObject bindings for scripts/test-webkit.sh
set -euo pipefail

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

log() { printf '\033[1mbootstrap:\033[0m %s\n' "$*" >&2; }

want_test=false
for arg in "$@"; do [ "$arg" = --test ] && want_test=true; done

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The test command checks formatting and lints first.
if $want_test; then
  for tool in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$tool"; then
      log "adding the $tool component"
      rustup component add "$tool"
    fi
  done
fi

# 2. Trunk, from source (slow on 2 cores: about 15 minutes, so only when missing).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the version Cargo.lock has. Not --locked: one of
#    its locked dependencies is missing from the registry snapshot here.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $bindgen_version" >&2
  exit 1
fi

# 4. Node packages from the committed lock file (wasm-opt from binaryen 132,
#    mapshaper, Playwright). Re-run `npm ci` only when the lock file changed.
stamp=node_modules/.bootstrap-lock-sha
lock_sha=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sha" ]; then
  log "installing node packages (npm ci)"
  # No install scripts: nothing here needs one, and some (node-gyp) would try
  # to download headers from the internet and hang.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sha" > "$stamp"
fi
case "$(wasm-opt --version 2>/dev/null)" in
  *"version 132"*) ;;
  *) echo "wasm-opt on PATH is not binaryen 132: $(command -v wasm-opt)" >&2; exit 1 ;;
esac

# 5. Crates, so that Trunk's offline build finds everything.
cargo fetch --quiet

# 6. For the tests: Debian's Chromium (Playwright drives it through
#    executablePath and never downloads a browser of its own) and its driver,
#    and Debian's Firefox ESR with geckodriver for the component tests in a
#    second engine; Debian's nginx, its brotli_static module and Caddy, which
#    scripts/test-deploy.sh runs with the configurations in deploy/; and for
#    the third engine, WebKitGTK (scripts/test-webkit.sh): WebKitWebDriver,
#    Xvfb with xauth for xvfb-run (WebKitGTK's GTK 3 browsers have no headless
#    mode), and Debian's python3-gi with the WebKit2 4.1 typelib for the small
#    browser the driver launches (tests/webkit/browser.py).
missing=()
if $want_test; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  [ -x /usr/bin/caddy ] || missing+=(caddy)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/bin/xvfb-run ] || missing+=(xvfb)
  [ -x /usr/bin/xauth ] || missing+=(xauth)
  /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' 2>/dev/null || missing+=(python3-gi gir1.2-webkit2-4.1)
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if $want_test; then
  if [ "$(geckodriver --version 2>/dev/null | head -n1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    log "installing geckodriver $GECKODRIVER_VERSION (a few minutes)"
    cargo install --locked "geckodriver@$GECKODRIVER_VERSION"
  fi
fi
log "ready"
