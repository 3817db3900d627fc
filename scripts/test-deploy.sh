#!/usr/bin/env bash
# Serves the built map with the repository's deploy/nginx.conf and
# deploy/Caddyfile on Debian's real nginx and Caddy, and checks every header
# they send, and deploy/_headers (Netlify, Cloudflare Pages), against the one
# list in tests/deploy/expected.mjs (tests/deploy/check-headers.mjs).
#   bash scripts/test-deploy.sh [dist] [--smoke]   (default: dist; a few seconds)
# With --smoke, the end-to-end smoke journeys (playwright.nginx.config.mjs)
# then run against nginx, in headless Chromium (about half a minute).
# The configs are rewritten only in their address, port and root folder; the
# servers listen on 127.0.0.1:4281 (nginx) and :4282 (Caddy), keep their pid,
# logs and state in a temporary folder, and are stopped on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SMOKE=false
args=()
for arg in "$@"; do
  if [ "$arg" = --smoke ]; then SMOKE=true; else args+=("$arg"); fi
done
dist_arg="${args[0]:-dist}"
[ -f "$dist_arg/index.html" ] || { echo "test-deploy: no $dist_arg/index.html: build first (trunk build --release)" >&2; exit 1; }
DIST="$(cd "$dist_arg" && pwd)"
NGINX_PORT=4281
CADDY_PORT=4282
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

log() { printf '\033[1mtest-deploy:\033[0m %s\n' "$*" >&2; }

# The servers, from Debian: scripts/bootstrap.sh --test installs them (the
# one list of what the tests need); run it here too if one is missing, so
# that this script runs on its own.
if [ ! -x /usr/sbin/nginx ] || [ ! -e "$BROTLI_MODULE" ] || [ ! -x /usr/bin/caddy ]; then
  log "nginx, its brotli module or Caddy is missing: scripts/bootstrap.sh --test"
  bash "$ROOT/scripts/bootstrap.sh" --test
fi

for port in $NGINX_PORT $CADDY_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "test-deploy: port $port on 127.0.0.1 is taken; stop what listens there" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
# Started as root, nginx's workers run as nobody: they must reach the site.
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The folder as it is published: dist/, with the site renderer's 404 page.
cp -r "$DIST" "$work/site"

# Copies `file` to `out`, replacing each `from` with its `to` (literal text),
# and stops if a `from` is not there: the config changed under this script.
rewrite() {
  local file=$1 out=$2; shift 2
  cp "$file" "$out"
  while [ $# -gt 0 ]; do
    grep -qF -- "$1" "$out" || { echo "test-deploy: '$1' not found in $file" >&2; exit 1; }
    FROM="$1" TO="$2" perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/g' "$out"
    shift 2
  done
}

# nginx: the server block inside a main file with what Debian's
# /etc/nginx/nginx.conf sets around it (the brotli module, mime.types,
# gzip on), and paths of its own for pid, logs and temporary files.
rewrite "$ROOT/deploy/nginx.conf" "$work/site.conf" \
  "listen 80;" "listen 127.0.0.1:$NGINX_PORT;" \
  "listen [::]:80;" "" \
  "root /var/www/central-asia-rights-map;" "root $work/site;"
cat > "$work/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
load_module $BROTLI_MODULE;
events { worker_connections 64; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  gzip on;
  access_log $work/nginx-access.log;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  include $work/site.conf;
}
EOF
nginx -q -t -e "$work/nginx-error.log" -c "$work/nginx.conf" -p "$work/"
nginx -e "$work/nginx-error.log" -c "$work/nginx.conf" -p "$work/" &
pids+=($!)

# Caddy: no admin endpoint, and its state in the temporary folder.
rewrite "$ROOT/deploy/Caddyfile" "$work/Caddyfile.site" \
  "map.example.org {" "http://127.0.0.1:$CADDY_PORT {" \
  "root * /var/www/central-asia-rights-map" "root * $work/site"
{ printf '{\n\tadmin off\n\tstorage file_system %s/caddy-data\n}\n\n' "$work"; cat "$work/Caddyfile.site"; } > "$work/Caddyfile"
HOME="$work" XDG_CONFIG_HOME="$work/caddy-config" XDG_DATA_HOME="$work/caddy-data" \
  caddy run --config "$work/Caddyfile" --adapter caddyfile > "$work/caddy.log" 2>&1 &
pids+=($!)

# Both listening within 10 s, or their logs.
for port in $NGINX_PORT $CADDY_PORT; do
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue 2
    sleep 0.1
  done
  echo "test-deploy: nothing listens on port $port after 10 s" >&2
  tail -n 20 "$work/nginx-error.log" "$work/caddy.log" >&2 || true
  exit 1
done

log "nginx $(nginx -v 2>&1 | cut -d/ -f2) on :$NGINX_PORT, caddy $(caddy version | cut -d' ' -f1) on :$CADDY_PORT, serving $DIST"
if ! node "$ROOT/tests/deploy/check-headers.mjs" --site "$work/site" \
  --server "nginx=http://127.0.0.1:$NGINX_PORT" --server "caddy=http://127.0.0.1:$CADDY_PORT" \
  --headers-file "$ROOT/deploy/_headers"; then
  grep -hi error "$work/nginx-error.log" "$work/caddy.log" | tail -n 20 >&2 || true
  exit 1
fi

if $SMOKE; then
  log "the smoke journeys against nginx"
  (cd "$ROOT" && NGINX_URL="http://127.0.0.1:$NGINX_PORT" npx playwright test -c playwright.nginx.config.mjs)
fi
