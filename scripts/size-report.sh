#!/usr/bin/env bash
# Prints the size of what a reader downloads, raw, gzip (-9) and brotli (-q 11), from the
# release build in dist/, and whether the wasm is within its budget (--check: fail if not).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -f dist/index.html ]] || { echo "no dist/: run trunk build --release first" >&2; exit 1; }

WASM_RAW_BUDGET=$((350 * 1024))
WASM_BROTLI_BUDGET=$((120 * 1024))

sizes() { # file -> "raw gzip brotli"
  printf '%s %s %s' "$(wc -c <"$1")" "$(gzip -9 -c "$1" | wc -c)" "$(brotli -q 11 -c "$1" | wc -c)"
}
kb() { awk -v b="$1" 'BEGIN { printf "%8.1f KB", b / 1024 }'; }
row() { # label raw gzip brotli
  printf '%-44s %s %s %s\n' "$1" "$(kb "$2")" "$(kb "$3")" "$(kb "$4")"
}

printf '%-44s %11s %11s %11s\n' "file" "raw" "gzip" "brotli"
wasm=$(ls dist/*_bg.wasm)
for f in "$wasm" dist/*.js dist/*.css dist/index.html; do
  read -r raw gz br <<<"$(sizes "$f")"
  row "${f#dist/}" "$raw" "$gz" "$br"
done
# The JSON each kind of screen needs: the home page, a section, one chapter page.
first_chapter=$(ls -d dist/data/en/pages/soviet-russia/*/ | head -1)
first_page=$(ls "$first_chapter"*.json | head -1)
for f in dist/site/en.json dist/data/en/sections/soviet-russia.*.json "$first_page"; do
  read -r raw gz br <<<"$(sizes "$f")"
  row "${f#dist/}" "$raw" "$gz" "$br"
done
# The search index per language: all of it, and what one search downloads at most
# (the document list and the largest shard).
for lang in en ru; do
  total_raw=0 total_gz=0 total_br=0 big=0 big_sizes=""
  for f in dist/data/"$lang"/search/*.json; do
    read -r raw gz br <<<"$(sizes "$f")"
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    if [[ "$f" != */docs.*.json ]] && ((raw > big)); then big=$raw big_sizes="$raw $gz $br"; fi
  done
  row "data/$lang/search (whole index)" "$total_raw" "$total_gz" "$total_br"
  read -r raw gz br <<<"$(sizes dist/data/"$lang"/search/docs.*.json)"
  row "data/$lang/search/docs.json" "$raw" "$gz" "$br"
  read -r raw gz br <<<"$big_sizes"
  row "data/$lang/search largest shard" "$raw" "$gz" "$br"
done
read -r wraw _ wbr <<<"$(sizes "$wasm")"

if ((wraw > WASM_RAW_BUDGET || wbr > WASM_BROTLI_BUDGET)); then
  echo "wasm OVER BUDGET: $(kb "$wraw") raw, $(kb "$wbr") brotli; budget 350 KB raw, 120 KB brotli"
  [[ "${1:-}" == "--check" ]] && exit 1
else
  echo "wasm within budget: 350 KB raw, 120 KB brotli"
fi
exit 0
