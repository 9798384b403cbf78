#!/usr/bin/env bash
# Builds the site into dist/ (release, optimised with wasm-opt), installing tools first,
# and the single-file offline bundle dist/dossier.html beside it.
#
#   scripts/build.sh                          site served at the root of a host
#   scripts/build.sh --public-url /dossier/   site served under a sub-path (GitHub Pages)
#   scripts/build.sh --dist DIR               write somewhere other than dist/
#
# The corpus is corpus/, or the folder named by DOSSIER_CORPUS. It is first packed
# natively (`dossier pack`: ingested, indexed, quotes extracted) and the app compiles in
# that pack (DOSSIER_PACK, checked by build.rs), so the browser does none of that work.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

public_url="/"
dist="$DOSSIER_ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) [ $# -ge 2 ] || dossier_die "--public-url needs a value"; public_url="$2"; shift 2 ;;
    --public-url=*) public_url="${1#*=}"; shift ;;
    --dist) [ $# -ge 2 ] || dossier_die "--dist needs a value"; dist="$2"; shift 2 ;;
    --dist=*) dist="${1#*=}"; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) dossier_die "unknown option: $1 (see --help)" ;;
  esac
done

dossier_setup_build
cd "$DOSSIER_ROOT"

# The corpus pack. The native tool is built without DOSSIER_CORPUS / DOSSIER_PACK so
# that it neither embeds a large corpus nor waits for a pack it is about to write.
corpus="${DOSSIER_CORPUS:-corpus}"
case "$corpus" in /*) ;; *) corpus="$DOSSIER_ROOT/$corpus" ;; esac
[ -d "$corpus" ] || dossier_die "corpus folder not found: $corpus"
pack="$DOSSIER_ROOT/target/pack/corpus-$(printf '%s' "$corpus" | cksum | cut -d' ' -f1).pack"
dossier_say "packing $corpus into $pack"
env -u DOSSIER_CORPUS -u DOSSIER_PACK \
  cargo run --quiet --release --no-default-features --bin dossier -- pack "$corpus" "$pack"

dossier_say "building the site into $dist (public URL $public_url)"
DOSSIER_CORPUS="$corpus" DOSSIER_PACK="$pack" \
  trunk build --release --public-url "$public_url" --dist "$dist"
# The same build as one self-contained file for file:// (see scripts/offline-bundle.mjs).
node scripts/offline-bundle.mjs "$dist"
# Then the served JS glue and stylesheet are minified (index.html's hashes follow).
node scripts/minify.mjs "$dist"
