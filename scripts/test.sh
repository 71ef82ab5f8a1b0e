#!/usr/bin/env bash
# Runs every check and test of All Russias, installing what is missing first:
# formatting, lints, the release build, native unit tests, browser tests against dist/,
# and the size report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/setup.sh
# Release builds need the site's address; the tests serve the site locally.
export SITE_ORIGIN="${SITE_ORIGIN:-http://127.0.0.1:8080}"

step() { printf '\n==> %s\n' "$*"; "$@"; }

step cargo fmt --all -- --check
step cargo clippy --workspace --all-targets --locked -- -D warnings
step trunk build --release
# The same site for a host that serves it from a folder (tests/e2e/base_path.rs).
step trunk build --release --public-url /sub/ --dist target/dist-sub
# Browser tests each start their own Chromium; two at a time suits a 2-core machine.
export RUST_TEST_THREADS="${RUST_TEST_THREADS:-2}"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
step cargo test --workspace --locked
step scripts/size-report.sh
