#!/bin/sh
# Renders every tune in content/media/music/*.abc (our own transcriptions) to an SVG score
# and a recording (Opus in Ogg, and MP3 for browsers without Opus), beside the ABC file.
# The results are committed, so building the site never needs these tools; run this after
# editing a tune. Needs Debian's abcm2ps, abcmidi, fluidsynth, timgm6mb-soundfont,
# opus-tools and lame (about 15 MB with --no-install-recommends).
set -eu
DIR="$(cd "$(dirname "$0")/.." && pwd)/content/media/music"
SF2=/usr/share/sounds/sf2/TimGM6mb.sf2
for tool in abcm2ps abc2midi fluidsynth opusenc lame; do
  command -v "$tool" >/dev/null || {
    echo "missing $tool: apt-get install --no-install-recommends abcm2ps abcmidi fluidsynth timgm6mb-soundfont opus-tools lame" >&2
    exit 1
  }
done
[ -f "$SF2" ] || { echo "missing $SF2: apt-get install timgm6mb-soundfont" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for abc in "$DIR"/*.abc; do
  slug=$(basename "$abc" .abc)
  # -g writes one SVG per tune; abcm2ps numbers the file, so it is renamed.
  abcm2ps -q -g -w 17cm -s 0.9 -O "$TMP/$slug.svg" "$abc"
  mv -f "$TMP/${slug}001.svg" "$DIR/$slug.svg"
  abc2midi "$abc" -o "$TMP/$slug.mid" >/dev/null
  fluidsynth -ni -q -g 0.8 -r 48000 -F "$TMP/$slug.wav" "$SF2" "$TMP/$slug.mid" >/dev/null 2>&1
  opusenc --quiet --bitrate 32 --comment "title=$slug" "$TMP/$slug.wav" "$DIR/$slug.ogg"
  lame --quiet -b 48 -m m "$TMP/$slug.wav" "$DIR/$slug.mp3"
done
ls -l "$DIR"
