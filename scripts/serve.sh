#!/usr/bin/env bash
# Builds the site and serves it on http://127.0.0.1:8080 (Ctrl-C stops it).
# Set PORT to use another port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

bash "$DOSSIER_ROOT/scripts/build.sh"
port="${PORT:-8080}"
dossier_say "serving dist/ on http://127.0.0.1:$port/"
exec node "$DOSSIER_ROOT/e2e/static-server.mjs" --root "$DOSSIER_ROOT/dist" --port "$port"
