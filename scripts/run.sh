#!/usr/bin/env bash
# run.sh — sets everything up, builds the web app and serves it on http://127.0.0.1:8080 with the default scenario open.
# Usage: scripts/run.sh [--port N]     (or PORT=N scripts/run.sh)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

port=${PORT:-8080}
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=${2:?--port needs a number}; shift 2 ;;
    -h|--help) sed -n '2,3p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (use --port N)" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs  # Emscripten's JS optimizer needs Debian's acorn module
echo; echo "==> building the web app (first build takes about a minute)"
cmake --preset web >/dev/null
cmake --build --preset web
echo
exec node scripts/serve.mjs --dir build/web/site --port "$port"
