#!/usr/bin/env bash
# Regenerates the Learn Russian recordings from content/learn/alphabet.toml and
# content/learn/lessons/*.toml. The recordings are committed (like the fonts), so
# building the site never needs espeak-ng; run this after changing a word.
#
# For every audio stem writes content/learn/audio/<stem>.ogg (Opus in Ogg, ~24 kbps mono) and
# audio/<stem>.mp3 (MP3 fallback, 32 kbps CBR mono) using espeak-ng's Russian voice.
#
#   letters:          the letter itself (espeak-ng says its name: "б" -> "бэ")
#   letter examples:  the example word
#   lesson items:     `say` if present, otherwise `ru`
#
# Stress marks (U+0301) are removed before synthesis: espeak-ng 1.51 (Debian 12)
# does not read them as stress, and a marked word misses its dictionary entry and
# gets the wrong stress. Where espeak-ng's own stress is wrong, the item carries a
# `say` field, usually in espeak phoneme notation [[...]].
#
# Idempotent: audio/manifest.tsv records a hash of the text and settings for each
# stem; a stem is re-encoded only when that hash changes or a file is missing.
# Files in audio/ for stems that no longer exist are removed. Output is
# deterministic (fixed Ogg serial numbers); the MP3s carry no ID3/LAME tag and the
# Ogg files no comments beyond the mandatory vendor string (opus_strip_tags.py).
#
# Usage: scripts/audio.sh [--force]
set -euo pipefail

HELPERS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/audio"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../content/learn" && pwd)"
OUT="$HERE/audio"
MANIFEST="$OUT/manifest.tsv"
VOICE="ru"
SPEED=130
OPUS_KBPS=24
MP3_KBPS=32
SETTINGS="espeak-ng -v $VOICE -s $SPEED | wav_trim.py(min 0.4) | opusenc --bitrate $OPUS_KBPS --speech --padding 0 + opus_strip_tags.py | lame -b $MP3_KBPS -m m -t"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

missing=()
for tool in python3 espeak-ng opusenc lame; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "audio.sh: missing tool(s): ${missing[*]}" >&2
  echo "audio.sh: on Debian/Ubuntu: apt-get install -y espeak-ng opus-tools lame python3" >&2
  exit 1
fi
if ! python3 -c 'import tomllib' 2>/dev/null; then
  echo "audio.sh: python3 >= 3.11 is needed (module tomllib)" >&2
  exit 1
fi
if ! espeak-ng --voices=ru | grep -q ' ru '; then
  echo "audio.sh: espeak-ng has no Russian voice (package espeak-ng-data)" >&2
  exit 1
fi

mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# stem <TAB> text <TAB> hash, one line per recording; fails on duplicate stems.
python3 - "$HERE" "$SETTINGS" >"$TMP/list.tsv" <<'PY'
import glob, hashlib, os, sys, tomllib
here, settings = sys.argv[1], sys.argv[2]
rows = []
def add(stem, text, where):
    if not stem or not text:
        sys.exit(f"audio.sh: empty audio stem or text in {where}")
    text = text.replace("\u0301", "")
    if "\t" in text or "\n" in text:
        sys.exit(f"audio.sh: tab/newline in text for {stem}")
    rows.append((stem, text))
with open(os.path.join(here, "alphabet.toml"), "rb") as f:
    alpha = tomllib.load(f)
for L in alpha["letters"]:
    add(L["audio"], L["lower"], "alphabet.toml")
    add(L["example_audio"], L["example"], "alphabet.toml")
for path in sorted(glob.glob(os.path.join(here, "lessons", "*.toml"))):
    with open(path, "rb") as f:
        lesson = tomllib.load(f)
    for it in lesson["items"]:
        add(it["audio"], it.get("say") or it["ru"], os.path.basename(path))
seen = set()
for stem, _ in rows:
    if stem in seen:
        sys.exit(f"audio.sh: duplicate audio stem {stem}")
    if not stem.replace("-", "").replace("_", "").isalnum():
        sys.exit(f"audio.sh: bad audio stem {stem!r}")
    seen.add(stem)
for stem, text in rows:
    h = hashlib.sha256(f"{settings}\0{text}".encode()).hexdigest()[:16]
    print(f"{stem}\t{text}\t{h}")
PY

declare -A old=()
if [[ -f "$MANIFEST" ]]; then
  while IFS=$'\t' read -r stem hash; do old["$stem"]="$hash"; done <"$MANIFEST"
fi

made=0 kept=0
: >"$TMP/manifest.tsv"
while IFS=$'\t' read -r stem text hash; do
  ogg="$OUT/$stem.ogg" mp3="$OUT/$stem.mp3"
  if ((FORCE == 0)) && [[ "${old[$stem]:-}" == "$hash" && -s "$ogg" && -s "$mp3" ]]; then
    kept=$((kept + 1))
  else
    wav="$TMP/$stem.wav"
    printf '%s\n' "$text" | espeak-ng -v "$VOICE" -s "$SPEED" --stdin -w "$wav"
    python3 "$HELPERS/wav_trim.py" "$wav"   # espeak-ng leaves ~0.5 s of trailing silence
    # fixed serial (from the stem) so the same input gives byte-identical files
    serial=$((16#$(printf '%s' "$stem" | sha256sum | cut -c1-7)))
    opusenc --quiet --bitrate "$OPUS_KBPS" --speech --downmix-mono --padding 0 \
      --serial "$serial" "$wav" "$TMP/$stem.ogg"
    python3 "$HELPERS/opus_strip_tags.py" "$TMP/$stem.ogg"   # drop ENCODER* comments
    lame --silent -b "$MP3_KBPS" -m m -t --noreplaygain "$wav" "$TMP/$stem.mp3"
    mv -f "$TMP/$stem.ogg" "$ogg"
    mv -f "$TMP/$stem.mp3" "$mp3"
    rm -f "$wav"
    made=$((made + 1))
  fi
  printf '%s\t%s\n' "$stem" "$hash" >>"$TMP/manifest.tsv"
done <"$TMP/list.tsv"
sort "$TMP/manifest.tsv" >"$MANIFEST"

# remove recordings whose stem is gone
removed=0
for f in "$OUT"/*.ogg "$OUT"/*.mp3; do
  [[ -e "$f" ]] || continue
  stem="$(basename "${f%.*}")"
  if ! cut -f1 "$MANIFEST" | grep -qxF -- "$stem"; then
    rm -f -- "$f"
    removed=$((removed + 1))
  fi
done

echo "audio.sh: $made encoded, $kept unchanged, $removed stale files removed; $(wc -l <"$MANIFEST") stems in $OUT"
