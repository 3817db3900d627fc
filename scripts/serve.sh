#!/usr/bin/env bash
# Installs what is missing, then builds the release and serves it on 127.0.0.1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/bootstrap.sh"
PORT="${PORT:-8080}"
echo "Serving the map at http://127.0.0.1:$PORT/"
exec trunk serve --release --address 127.0.0.1 --port "$PORT" --no-autoreload
