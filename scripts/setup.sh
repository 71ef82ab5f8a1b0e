#!/usr/bin/env bash
# Installs what building and testing All Russias needs, and nothing that is already there.
# Everything comes from package registries (Debian, crates.io, npm): no binary downloads.
# Source it to get PATH set:  . scripts/setup.sh
set -euo pipefail

TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than Debian's rustup default here
BINARYEN_VERSION=132.0.0       # Debian's binaryen 108 miscompiles current wasm-bindgen output
WASM_SPLIT_VERSION=0.2.4       # reads the split points of wasm_split_helpers 0.2.3 (Cargo.lock)
GECKODRIVER_VERSION=0.37.1     # drives Debian's Firefox ESR for the smoke suite
TOOLS_DIR="${ALLRUSSIAS_TOOLS:-$HOME/.cache/allrussias-tools}"
export PATH="$HOME/.cargo/bin:$TOOLS_DIR/node_modules/.bin:$TOOLS_DIR/geckodriver/bin:$PATH"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '==> %s\n' "$*" >&2; }

missing_debs=()
# The browsers the tests read the site in: Chromium for every test, Firefox ESR and WebKitGTK
# (its MiniBrowser under Xvfb) for the smoke suite.
for pkg in chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth brotli epubcheck; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing_debs+=("$pkg")
done
command -v npm >/dev/null || missing_debs+=(nodejs npm)
if ((${#missing_debs[@]})); then
  say "apt-get install ${missing_debs[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "cargo install trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# Trunk uses the system wasm-bindgen only when it is exactly the version in Cargo.lock.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]]; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION"
  # --locked fails while one locked dependency is missing from the registry.
  cargo install --locked wasm-bindgen-cli --version "$WBG_VERSION" \
    || cargo install --force wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-split-cli has no --version: ask cargo which version it installed.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary \
    || cargo install --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if [[ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  say "cargo install geckodriver $GECKODRIVER_VERSION into $TOOLS_DIR (about 3 minutes on 2 cores)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" --root "$TOOLS_DIR/geckodriver"
fi

if [[ "$(wasm-opt --version 2>/dev/null)" != *"version ${BINARYEN_VERSION%%.*}"* ]]; then
  say "npm install binaryen@$BINARYEN_VERSION into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

# Trunk.toml sets offline = true, so every crate must be in the local registry first.
(cd "$ROOT" && cargo fetch --locked -q)
