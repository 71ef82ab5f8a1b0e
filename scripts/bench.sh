#!/usr/bin/env bash
# Measures All Russias and writes the results to bench/results.md (and prints them):
# - first view (Lighthouse 12, mobile and desktop) of the home page, a deep-linked chapter
#   page and its Russian version, against two baselines in the same run: a static snapshot
#   of the rendered page (same CSS, no script) and the same chapters built with mdBook;
# - page turns (click NEXT to the new page painted), app against mdBook;
# - scale: synthetic corpora of 1,000 and 10,000 pages: build time, manifest sizes,
#   first-view bytes and search latency.
# Not a test: nothing fails on a slow number. Everything it installs comes from npm
# (bench/package-lock.json) and crates.io (mdBook), into $ALLRUSSIAS_TOOLS.
#
#   scripts/bench.sh
# Environment: BENCH_TURNS (50), BENCH_SCALES ("1000 10000"), BENCH_SKIP_BUILD=1 to reuse dist/,
# BENCH_WORK (target/bench), CHROME_PATH (/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
. scripts/setup.sh
# Release builds need the site's address; the benchmarks serve the site locally.
export SITE_ORIGIN="${SITE_ORIGIN:-http://127.0.0.1:8080}"

MDBOOK_VERSION=0.5.4
TURNS="${BENCH_TURNS:-50}"
SCALES="${BENCH_SCALES:-1000 10000}"
WORK="$ROOT/${BENCH_WORK:-target/bench}"
BENCH_TOOLS="$TOOLS_DIR/bench"
MDBOOK="$TOOLS_DIR/mdbook/bin/mdbook"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# The reader setting that turns prefetching off, merged into allrussias.settings for the
# "without prefetch" runs; used only once src/storage.rs knows it.
PREFETCH_SETTING=ahead
PREFETCH_OFF="{\"$PREFETCH_SETTING\":\"off\"}"
# Pages measured: the home page, a deep-linked chapter page and the same page in Russian.
CHAPTER=/soviet-russia/understanding-the-soviet-period/the-soviet-union-at-a-glance
SEARCH_WORDS=(stalin revolution peasants constitution oprichnina)
RTT=150

say() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
measure() { node bench/measure.mjs "$@"; }
compiler() { "$ROOT/target/release/allrussias-compiler" "$@"; }
size() { stat -c %s "$@" | awk '{ s += $1 } END { print s + 0 }'; }  # bytes of the files
br() { local f; for f in "$@"; do size "$f.br"; done | awk '{ s += $1 } END { print s + 0 }'; }

[[ -x "$CHROME_PATH" ]] || die "no Chromium at $CHROME_PATH (scripts/setup.sh installs Debian's chromium)"
command -v brotli >/dev/null || die "brotli is missing (scripts/setup.sh installs it)"

# Lighthouse and puppeteer-core, exactly as locked in bench/package-lock.json.
if ! cmp -s bench/package-lock.json "$BENCH_TOOLS/package-lock.json" || [[ ! -d "$BENCH_TOOLS/node_modules" ]]; then
  say "npm ci lighthouse into $BENCH_TOOLS"
  mkdir -p "$BENCH_TOOLS"
  cp bench/package.json bench/package-lock.json "$BENCH_TOOLS/"
  (cd "$BENCH_TOOLS" && npm ci --no-audit --no-fund --silent)
fi
ln -sfn "$BENCH_TOOLS/node_modules" bench/node_modules

if [[ "$("$MDBOOK" --version 2>/dev/null)" != "mdbook v$MDBOOK_VERSION" ]]; then
  say "cargo install mdbook $MDBOOK_VERSION (a few minutes on 2 cores)"
  # Only the book builder and its search: no serve/watch dependencies to compile.
  cargo install --locked mdbook --version "$MDBOOK_VERSION" --no-default-features --features search \
    --root "$TOOLS_DIR/mdbook"
fi

if [[ "${BENCH_SKIP_BUILD:-}" != 1 || ! -f dist/index.html ]]; then
  say "trunk build --release"
  trunk build --release
fi
say "cargo build --release -p allrussias-compiler"
cargo build --release --locked --quiet -p allrussias-compiler

rm -rf "$WORK"
mkdir -p "$WORK"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Starts bench/server.mjs on a free port; sets PORT and SERVER (its pid).
serve() {
  local log="$WORK/server-${#PIDS[@]}.log"
  node bench/server.mjs 0 "$@" >"$log" 2>&1 &
  SERVER=$!
  PIDS+=("$SERVER")
  for _ in $(seq 50); do
    PORT=$(awk '/^listening/ { print $2 }' "$log")
    [[ -n "$PORT" ]] && return
    sleep 0.1
  done
  die "the server did not start: $(cat "$log")"
}

say "mdBook of content/en"
node bench/mdbook-src.mjs content/en content/media "$WORK/mdbook-src" >&2
"$MDBOOK" build "$WORK/mdbook-src" --dest-dir "$WORK/mdbook" >&2 2>"$WORK/mdbook.log" \
  || die "mdbook build failed: $(cat "$WORK/mdbook.log")"
compiler compress "$WORK/mdbook"

serve dist "/__snapshot/=$WORK/snapshot" "/__mdbook/=$WORK/mdbook"
BASE="http://127.0.0.1:$PORT"

say "static snapshots of the rendered pages"
measure snapshot "$BASE" "$WORK/snapshot" / "$CHAPTER" "/ru$CHAPTER"
compiler compress "$WORK/snapshot"

say "Lighthouse (mobile and desktop), one run per page and preset"
measure lighthouse "$WORK/lighthouse.json" \
  "app home=$BASE/" "snapshot home=$BASE/__snapshot/" "mdbook home=$BASE/__mdbook/" \
  "app chapter=$BASE$CHAPTER" "snapshot chapter=$BASE/__snapshot$CHAPTER" \
  "mdbook chapter=$BASE/__mdbook$CHAPTER.html" \
  "app ru chapter=$BASE/ru$CHAPTER" "snapshot ru chapter=$BASE/__snapshot/ru$CHAPTER"

say "page turns: $TURNS clicks on NEXT"
prefetch_known=false
grep -q "\b$PREFETCH_SETTING\b" src/storage.rs && prefetch_known=true
for rtt in 0 "$RTT"; do
  measure turns "$WORK/turns-app-$rtt.json" "$BASE" "$CHAPTER" "$TURNS" app "$rtt"
  if $prefetch_known; then
    measure turns "$WORK/turns-app-noprefetch-$rtt.json" "$BASE" "$CHAPTER" "$TURNS" app "$rtt" "$PREFETCH_OFF"
  fi
  measure turns "$WORK/turns-mdbook-$rtt.json" "$BASE" "/__mdbook$CHAPTER.html" "$TURNS" mdbook "$rtt"
done

say "long tasks at 4x CPU slowdown"
measure longtasks "$WORK/longtasks.json" "chapter=$BASE$CHAPTER" "home=$BASE/" "ru chapter=$BASE/ru$CHAPTER"

say "first opening of screens in chunks"
SERIES=$(ls -d dist/statistics/*/ | head -1 | xargs basename)
measure firstopen "$WORK/firstopen.json" "$BASE" /about /search?q=Stalin /images/soviet-russia \
  "/statistics/$SERIES"

say "search as you type: each keystroke once its index parts are loaded"
measure keys "$WORK/keys-en.json" "$BASE" en "${SEARCH_WORDS[@]}"
measure keys "$WORK/keys-ru.json" "$BASE" ru сталин революция крестьяне конституция опричнина

# One corpus: build time, sizes, first-view bytes and search latency, into scale-NAME.json.
scale() { # name content-dir
  local name=$1 content=$2 out="$WORK/site-$1" started seconds pages
  say "corpus $name: compile"
  started=$(now)
  cargo run --release --locked --quiet -p allrussias-compiler -- build "$content" "$out" >"$WORK/build-$name.log"
  seconds=$(since "$started")
  pages=$(sed -n 's/^content OK: \([0-9]*\) pages.*/\1/p' "$WORK/build-$name.log")
  compiler compress "$out"
  local data="$out/data/en" page
  page=$(find "$data/pages/soviet-russia" -name '*.json' | sort | awk 'NR == 1')  # awk reads all: no SIGPIPE
  local sections=("$data"/sections/*.json) index=("$data"/search/*.json)
  local largest
  largest=$(stat -c %s "${sections[@]}" | sort -n | tail -1)
  serve dist "/data/=$out/data" "/site/=$out/site"
  measure search "$WORK/search-$name.json" "http://127.0.0.1:$PORT" en "${SEARCH_WORDS[@]}"
  kill "$SERVER"
  cat >"$WORK/scale-$name.json" <<EOF
{ "name": "$name", "pages": $pages, "buildSeconds": $seconds,
  "siteJson": $(size "$out/site/en.json"), "siteJsonBr": $(br "$out/site/en.json"),
  "sections": $(size "${sections[@]}"), "sectionsBr": $(br "${sections[@]}"), "largestSection": $largest,
  "sectionJsonBr": $(br "$data"/sections/soviet-russia.*.json), "pageJsonBr": $(br "$page"),
  "chapterJsonBr": $(br "$out/site/en/chapters/soviet-russia/$(basename "$(dirname "$page")").json"),
  "searchIndex": $(size "${index[@]}"), "searchIndexBr": $(br "${index[@]}"),
  "searchDocsBr": $(br "$data"/search/docs.*.json) }
EOF
}

# What every first view of a page downloads whatever the corpus (fonts: from Lighthouse).
echo "{ \"wasmJsCssBr\": $(br dist/app/*/allrussias_bg.wasm dist/app/*/allrussias.js dist/app/*/__wasm_split.js dist/main-*.css) }" >"$WORK/assets.json"
scale real content
for n in $SCALES; do
  say "corpus of $n pages: generate"
  node bench/gen-corpus.mjs content "$WORK/content-$n" "$n" >&2
  scale "$n" "$WORK/content-$n"
done

say "bench/results.md"
node bench/report.mjs "$WORK" "$(nproc)" "$("$CHROME_PATH" --version 2>/dev/null)" "$MDBOOK_VERSION" \
  "$prefetch_known" "$PREFETCH_SETTING" >bench/results.md
cat bench/results.md
