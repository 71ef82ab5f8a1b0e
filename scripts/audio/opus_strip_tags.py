#!/usr/bin/env python3
"""Remove all user comments (ENCODER=..., ENCODER_OPTIONS=...) from the OpusTags
header of Ogg Opus files written by opusenc, in place. The mandatory vendor string
is kept. Usage: opus_strip_tags.py FILE.ogg..."""
import struct, sys

_T = []
for i in range(256):
    r = i << 24
    for _ in range(8):
        r = ((r << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if r & 0x80000000 else (r << 1) & 0xFFFFFFFF
    _T.append(r)


def crc(data: bytes) -> int:
    c = 0
    for b in data:
        c = ((c << 8) & 0xFFFFFFFF) ^ _T[((c >> 24) & 0xFF) ^ b]
    return c


def pages(buf):
    pos = 0
    while pos < len(buf):
        if buf[pos:pos + 4] != b"OggS":
            raise ValueError("not an Ogg page at %d" % pos)
        nseg = buf[pos + 26]
        lace = buf[pos + 27:pos + 27 + nseg]
        end = pos + 27 + nseg + sum(lace)
        yield buf[pos:end]
        pos = end


def strip(path):
    buf = open(path, "rb").read()
    out, changed = [], False
    for pg in pages(buf):
        nseg = pg[26]
        body = pg[27 + nseg:]
        if body.startswith(b"OpusTags") and pg[26] and sum(pg[27:27 + nseg]) == len(body):
            vlen = struct.unpack_from("<I", body, 8)[0]
            ncom = struct.unpack_from("<I", body, 12 + vlen)[0]
            if ncom:
                body = body[:12 + vlen] + struct.pack("<I", 0)
                lace = bytes([255] * (len(body) // 255) + [len(body) % 255])
                hdr = bytearray(pg[:26]) + bytes([len(lace)]) + lace
                hdr[22:26] = b"\0\0\0\0"
                c = crc(bytes(hdr) + body)
                hdr[22:26] = struct.pack("<I", c)
                pg = bytes(hdr) + body
                changed = True
        out.append(pg)
    if changed:
        open(path, "wb").write(b"".join(out))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        strip(p)
