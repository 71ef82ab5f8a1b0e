#!/usr/bin/env bash
# Builds the app's WebAssembly in chunks, for Trunk's pre_build hook (Trunk 0.21 cannot
# split): cargo links it with relocations (.cargo/config.toml), wasm-split-cli cuts out
# the chunks that src/chunks.rs declares, wasm-bindgen writes the JS for the first chunk,
# and release builds run wasm-opt on every part. The result, in target/app/, is copied
# into the site as app/; `allrussias-compiler publish` names it by its hash and fills in
# the hashes the browser checks every part against.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

profile="${TRUNK_PROFILE:-debug}"
stage=target/app-stage
out=target/app
flags=()
[[ "$profile" == release ]] && flags=(--release)

cargo build --quiet --locked --target wasm32-unknown-unknown --bin allrussias "${flags[@]}"
rm -rf "$stage" "$out"
mkdir -p "$stage" "$out"
wasm-split-cli --target web --out-name allrussias \
  "target/wasm32-unknown-unknown/$profile/allrussias.wasm" "$stage" >/dev/null
wasm-bindgen "$stage/allrussias.wasm" --out-dir "$stage" --out-name allrussias \
  --target web --keep-lld-exports --no-demangle --no-typescript
rm "$stage/allrussias.wasm"
for part in "$stage"/*.wasm; do
  if [[ "$profile" == release ]]; then
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
      --enable-reference-types --enable-sign-ext --enable-mutable-globals \
      "$part" -o "$out/$(basename "$part")" \
      2> >(grep -v 'unknown name subsection' >&2)
  else
    cp "$part" "$out/"
  fi
done
cp "$stage"/*.js "$out/"
