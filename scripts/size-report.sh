#!/usr/bin/env bash
# Prints the size of what a reader downloads, raw, gzip (-9) and brotli (-q 11), from the
# release build in dist/: every part of the app (the first chunk, the split loader and
# each chunk loaded when its screen is wanted), what the first view of a chapter page
# downloads in all (its entry and everything the entry loads before the app is ready),
# the JSON of a few screens and the search index. It checks the first view's budget:
# the first chunk's wasm and the first view in all (--check: fail if over).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -f dist/index.html ]] || { echo "no dist/: run trunk build --release first" >&2; exit 1; }

FIRST_WASM_BUDGET=$((150 * 1024))   # brotli
FIRST_VIEW_BUDGET=$((200 * 1024))   # brotli, everything the chapter page's first view loads

sizes() { # file -> "raw gzip brotli"
  printf '%s %s %s' "$(wc -c <"$1")" "$(gzip -9 -c "$1" | wc -c)" "$(brotli -q 11 -c "$1" | wc -c)"
}
kb() { awk -v b="$1" 'BEGIN { printf "%8.1f KB", b / 1024 }'; }
row() { # label raw gzip brotli
  printf '%-52s %s %s %s\n' "$1" "$(kb "$2")" "$(kb "$3")" "$(kb "$4")"
}
header() { printf '\n%-52s %11s %11s %11s\n' "$1" "raw" "gzip" "brotli"; }

app=$(ls -d dist/app/*/ | head -1)
header "the app (${app#dist/})"
all_raw=0 all_gz=0 all_br=0
for f in "$app"*; do
  [[ "$f" == *.gz || "$f" == *.br ]] && continue
  read -r raw gz br <<<"$(sizes "$f")"
  all_raw=$((all_raw + raw)) all_gz=$((all_gz + gz)) all_br=$((all_br + br))
  row "${f#"$app"}" "$raw" "$gz" "$br"
done
row "all parts together" "$all_raw" "$all_gz" "$all_br"

# A chapter page's first view: its entry, the CSS, the first chunk with its JS and the
# split loader, and what the entry preloads (fonts, the screen's JSON).
chapter=$(ls -d dist/soviet-russia/*/*/ | head -1)
entry="$chapter/index.html"
first=("$entry" dist/*.css "$app"allrussias.js "$app"__wasm_split.js "$app"allrussias_bg.wasm)
while read -r href; do
  first+=("dist/${href#/}")
done < <(grep -o '<link [^>]*rel=preload[^>]*>' "$entry" | grep -o 'href=[^ >]*' | sed 's/href=//; s/"//g')
header "first view of ${chapter#dist/}"
view_raw=0 view_gz=0 view_br=0
for f in "${first[@]}"; do
  read -r raw gz br <<<"$(sizes "$f")"
  view_raw=$((view_raw + raw)) view_gz=$((view_gz + gz)) view_br=$((view_br + br))
  row "${f#dist/}" "$raw" "$gz" "$br"
done
row "first view in all" "$view_raw" "$view_gz" "$view_br"

header "JSON"
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

read -r _ _ wasm_br <<<"$(sizes "$app"allrussias_bg.wasm)"
echo
over=0
if ((wasm_br > FIRST_WASM_BUDGET)); then
  echo "first chunk OVER BUDGET: $(kb "$wasm_br") brotli; budget $(kb $FIRST_WASM_BUDGET)"
  over=1
fi
if ((view_br > FIRST_VIEW_BUDGET)); then
  echo "first view OVER BUDGET: $(kb "$view_br") brotli; budget $(kb $FIRST_VIEW_BUDGET)"
  over=1
fi
((over)) || echo "first view within budget: first chunk $(kb "$wasm_br"), in all $(kb "$view_br") brotli"
[[ "${1:-}" == "--check" ]] && exit "$over"
exit 0
