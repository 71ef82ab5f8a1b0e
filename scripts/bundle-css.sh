#!/bin/sh
# Trunk hook: joins the partials that style/main.css imports, in its order, into one file,
# so readers download one stylesheet. Trunk minifies it in release builds.
set -eu
mkdir -p target/site
sed -n 's/^@import "\(.*\)";$/\1/p' style/main.css | while read -r partial; do
  cat "style/$partial"
done > target/site/main.css
