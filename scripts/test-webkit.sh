#!/usr/bin/env bash
# The key journeys in WebKitGTK, the engine family of Safari (tests/webkit):
# Debian's WebKitWebDriver drives a WebKitGTK window (tests/webkit/browser.py)
# through selenium-webdriver, on a virtual display (xvfb-run: WebKitGTK 2.50's
# GTK 3 browsers have no headless mode).
#   bash scripts/test-webkit.sh [dist] [node --test options]   (default: dist; about a minute)
# e.g. `bash scripts/test-webkit.sh dist --test-name-pattern=embed` runs the embed journeys.
# Serves the build on 127.0.0.1:4473 and the campaigner's test page that
# embeds it (tests/e2e/host) on :4474, a second origin; WebKitWebDriver takes
# a free port. Everything is stopped and removed on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist_arg="${1:-dist}"
shift || true
[ -f "$dist_arg/index.html" ] || { echo "test-webkit: no $dist_arg/index.html: build first (trunk build --release)" >&2; exit 1; }
DIST="$(cd "$dist_arg" && pwd)"
APP_PORT=4473
HOST_PORT=4474

log() { printf '\033[1mtest-webkit:\033[0m %s\n' "$*" >&2; }

# WebKitWebDriver, Xvfb and the GObject bindings browser.py needs, from
# Debian: scripts/bootstrap.sh --test installs them (the one list of what the
# tests need); run it here too if one is missing, so this script runs on its own.
if [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/xvfb-run ] \
  || ! /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' 2>/dev/null; then
  log "WebKitWebDriver, xvfb or the WebKit2 GObject bindings are missing: scripts/bootstrap.sh --test"
  bash "$ROOT/scripts/bootstrap.sh" --test
fi

for port in $APP_PORT $HOST_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "test-webkit: port $port on 127.0.0.1 is taken; stop what listens there" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

node "$ROOT/scripts/static-server.mjs" "$DIST" $APP_PORT > "$work/app-server.log" 2>&1 &
pids+=($!)
node "$ROOT/scripts/static-server.mjs" "$ROOT/tests/e2e/host" $HOST_PORT > "$work/host-server.log" 2>&1 &
pids+=($!)
for port in $APP_PORT $HOST_PORT; do
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue 2
    sleep 0.1
  done
  echo "test-webkit: nothing listens on port $port after 10 s" >&2
  cat "$work"/*-server.log >&2
  exit 1
done

log "WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null || echo '?'), serving $DIST on :$APP_PORT, the host page on :$HOST_PORT"
start=$SECONDS
# The browsers' session folders go under $work (TMPDIR), so they go with it.
# -a: the first free display number; the screen is larger than the windows.
(cd "$ROOT" && TMPDIR="$work" WEBKIT_APP_PORT=$APP_PORT WEBKIT_HOST_PORT=$HOST_PORT \
  xvfb-run -a -s "-screen 0 1600x1200x24 -nolisten tcp" \
  node --test --test-reporter=spec "$@" tests/webkit/journeys.test.mjs)
log "the WebKit journeys took $((SECONDS - start)) s"
