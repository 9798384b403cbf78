#!/usr/bin/env bash
# Runs every test: formatting, lints, native unit + component (SSR) tests, the engine
# without web dependencies, a release build, and the end-to-end suite in Chromium.
# Installs whatever is missing first. Stops at the first failing step.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$DOSSIER_ROOT"

step() { dossier_say "$*"; }
trap 'rc=$?; [ $rc -eq 0 ] || printf "\033[31mFAILED\033[0m in step: %s\n" "${current:-setup}" >&2' EXIT

current="setup"; dossier_setup_build; dossier_setup_browser

current="cargo fmt --check"; step "$current"
cargo fmt --all --check

current="cargo clippy"; step "$current"
cargo clippy --all-targets --features ssr -- -D warnings

current="cargo test --features ssr"; step "$current"
cargo test --features ssr

current="cargo test --no-default-features"; step "$current (engine without web dependencies)"
cargo test --no-default-features

# Two builds of the same code: at the root (dist/) and under /dossier/ as on GitHub Pages.
current="release build"; step "$current"
bash scripts/build.sh --public-url / --dist "$DOSSIER_ROOT/dist"
bash scripts/build.sh --public-url /dossier/ --dist "$DOSSIER_ROOT/target/dist-dossier"

current="end-to-end tests in Chromium"; step "$current"
DOSSIER_DIST="$DOSSIER_ROOT/dist" DOSSIER_DIST_SUBPATH="$DOSSIER_ROOT/target/dist-dossier" \
  CHROMIUM="$DOSSIER_CHROMIUM" node --test e2e/*.test.mjs
current=""
dossier_say "all tests passed"
