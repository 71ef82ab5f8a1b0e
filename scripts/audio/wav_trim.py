#!/usr/bin/env python3
"""Trim leading/trailing silence of a 16-bit PCM WAV in place (espeak-ng pads
about half a second at the end), keeping a short margin.
Usage: wav_trim.py FILE.wav"""
import sys, wave
from array import array

THRESHOLD = 100      # |sample| above this counts as sound (about -50 dBFS)
LEAD, TAIL = 0.03, 0.15  # seconds of margin kept before and after the sound
MIN_LEN = 0.4            # pad very short clips (a lone vowel) with silence to this


def trim(path):
    with wave.open(path, "rb") as w:
        p = w.getparams()
        frames = w.readframes(p.nframes)
    if p.sampwidth != 2:
        sys.exit(f"wav_trim.py: {path}: expected 16-bit samples")
    a = array("h", frames)
    if sys.byteorder == "big":
        a.byteswap()
    ch = p.nchannels
    loud = [i for i in range(0, len(a)) if abs(a[i]) > THRESHOLD]
    if not loud:
        sys.exit(f"wav_trim.py: {path}: silent")
    start = max(0, loud[0] // ch - int(LEAD * p.framerate))
    end = min(p.nframes, loud[-1] // ch + 1 + int(TAIL * p.framerate))
    out = a[start * ch:end * ch]
    short = int(MIN_LEN * p.framerate) - (end - start)
    if short > 0:
        out.extend([0] * (short * ch))
    if sys.byteorder == "big":
        out.byteswap()
    with wave.open(path, "wb") as w:
        w.setnchannels(ch)
        w.setsampwidth(2)
        w.setframerate(p.framerate)
        w.writeframes(out.tobytes())


if __name__ == "__main__":
    for f in sys.argv[1:]:
        trim(f)
