#!/usr/bin/env bash
# Serves All Russias at http://127.0.0.1:8080, installing what is missing first.
# Content edits under content/ are recompiled; reload the page to see them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/setup.sh
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
