# Shared set-up for scripts/build.sh, serve.sh and test.sh (and the Pages workflow).
# Source it, then call the functions you need. Each installs only what is missing or at
# the wrong version, so a second run takes about a second.
#
#   dossier_setup_build     Rust wasm target, Trunk, wasm-bindgen CLI, npm packages (wasm-opt)
#   dossier_setup_browser   Chromium for the end-to-end tests
#
# Needs on the machine: Rust via rustup, Node 20+ with npm, and apt for Chromium.

DOSSIER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOSSIER_TRUNK_VERSION="0.21.14"
DOSSIER_CHROMIUM="${DOSSIER_CHROMIUM:-/usr/bin/chromium}"

# Cargo-installed tools and the npm binaries (wasm-opt) must be found by Trunk on PATH.
export PATH="$DOSSIER_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

dossier_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
dossier_die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

dossier_need() {
  command -v "$1" >/dev/null 2>&1 || dossier_die "$1 not found. $2"
}

# Runs a command as root: directly when we are root, else through sudo.
dossier_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else dossier_die "need root to run: $* (no sudo available)"
  fi
}

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
dossier_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$DOSSIER_ROOT/Cargo.lock"
}

dossier_setup_rust() {
  dossier_need cargo "Install Rust with rustup: https://rustup.rs"
  dossier_need rustup "Install Rust with rustup: https://rustup.rs"
  # rust-toolchain.toml pins the toolchain and lists the wasm target. Running rustc in
  # the project makes rustup install that toolchain if it is missing; an already
  # installed one may still lack the target, which is checked next.
  (cd "$DOSSIER_ROOT" && rustc --version >/dev/null) ||
    (cd "$DOSSIER_ROOT" && rustup toolchain install) ||
    dossier_die "could not install the toolchain named in rust-toolchain.toml"
  if ! (cd "$DOSSIER_ROOT" && rustup target list --installed | grep -qx wasm32-unknown-unknown); then
    dossier_say "adding the wasm32-unknown-unknown target"
    (cd "$DOSSIER_ROOT" && rustup target add wasm32-unknown-unknown)
  fi
}

dossier_setup_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $DOSSIER_TRUNK_VERSION" ]; then
    dossier_say "installing trunk $DOSSIER_TRUNK_VERSION (about 10 minutes, once)"
    cargo install trunk --version "$DOSSIER_TRUNK_VERSION" --locked \
      --no-default-features --features rustls ||
      dossier_die "cargo install trunk failed"
  fi
}

dossier_setup_wasm_bindgen() {
  local want
  want="$(dossier_wasm_bindgen_version)"
  [ -n "$want" ] || dossier_die "no wasm-bindgen entry in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    dossier_say "installing wasm-bindgen-cli $want (about 3 minutes, once)"
    # No --locked: the 0.2.130 lockfile names a webpki-roots release the registry lacks.
    cargo install wasm-bindgen-cli --version "$want" --force ||
      dossier_die "cargo install wasm-bindgen-cli $want failed"
  fi
}

dossier_setup_npm() {
  dossier_need node "Install Node.js 20 or newer."
  dossier_need npm "Install npm (comes with Node.js)."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || dossier_die "Node.js 20 or newer is needed (found $(node --version))"
  # npm ci wipes and reinstalls node_modules, so run it only when the lockfile changed.
  local stamp="$DOSSIER_ROOT/node_modules/.dossier-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$DOSSIER_ROOT/package-lock.json" "$stamp"; then
    dossier_say "installing npm packages (binaryen for wasm-opt, esbuild for minifying, playwright-core)"
    (cd "$DOSSIER_ROOT" && npm ci --no-audit --no-fund) || dossier_die "npm ci failed"
    cp "$DOSSIER_ROOT/package-lock.json" "$stamp"
  fi
  [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" = "132" ] ||
    dossier_die "wasm-opt 132 not found in node_modules/.bin (npm package binaryen)"
}

dossier_setup_build() {
  dossier_setup_rust
  dossier_setup_npm
  dossier_setup_wasm_bindgen
  dossier_setup_trunk
}

dossier_setup_browser() {
  if [ ! -x "$DOSSIER_CHROMIUM" ]; then
    dossier_say "installing Chromium with apt"
    dossier_need apt-get "Install Chromium so that $DOSSIER_CHROMIUM exists."
    dossier_as_root apt-get update && dossier_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium ||
      dossier_die "apt-get install chromium failed"
    [ -x "$DOSSIER_CHROMIUM" ] || dossier_die "Chromium installed but $DOSSIER_CHROMIUM is missing"
  fi
}
