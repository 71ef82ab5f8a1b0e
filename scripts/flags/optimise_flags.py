#!/usr/bin/env python3
"""Strip editor metadata from the Openclipart flag SVGs without changing how they render.

Removes <metadata>, <sodipodi:namedview>, comments, inkscape:/sodipodi: attributes and unused
namespace declarations; adds a viewBox (from width/height, 96 dpi units) when missing.
usage: optimise_flags.py SRC_DIR DEST_DIR name=slug ...
"""
import re, sys
from xml.dom import minidom

UNITS = {"": 1.0, "px": 1.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "pt": 96 / 72, "in": 96.0}
DROP_PREFIX = ("inkscape:", "sodipodi:")


def length(v):
    m = re.fullmatch(r"\s*([0-9.]+)\s*([a-z]*)\s*", v)
    return float(m.group(1)) * UNITS[m.group(2)]


def clean(node):
    for child in list(node.childNodes):
        if child.nodeType == child.COMMENT_NODE:
            node.removeChild(child)
        elif child.nodeType == child.ELEMENT_NODE:
            if child.tagName in ("metadata", "sodipodi:namedview") or child.tagName.startswith(DROP_PREFIX):
                node.removeChild(child)
                continue
            for a in list(child.attributes.keys()):
                if a.startswith(DROP_PREFIX):
                    child.removeAttribute(a)
            clean(child)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    for pair in sys.argv[3:]:
        name, slug = pair.split("=")
        doc = minidom.parse(f"{src}/{name}.svg")
        svg = doc.documentElement
        clean(svg)
        for a in list(svg.attributes.keys()):
            if a.startswith(DROP_PREFIX) or a in ("id", "version") and False:
                svg.removeAttribute(a)
        body = svg.toxml()
        for a in list(svg.attributes.keys()):
            if a.startswith("xmlns:"):
                pfx = a[6:]
                # keep a namespace only if it is still used in an element or attribute name
                if not re.search(r"[<\s]" + re.escape(pfx) + r":", body.replace(a, "")):
                    svg.removeAttribute(a)
        if not svg.getAttribute("viewBox"):
            w, h = length(svg.getAttribute("width")), length(svg.getAttribute("height"))
            svg.setAttribute("viewBox", f"0 0 {w:.6g} {h:.6g}")
        text = svg.toxml()
        text = re.sub(r">\s+<", "><", text)
        out = f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {slug}: Openclipart, public domain (Debian openclipart-svg 1:0.18+dfsg-19) -->\n{text}\n'
        open(f"{dst}/{slug}.svg", "w").write(out)
        vb = svg.getAttribute("viewBox").split()
        print(slug, vb[2], vb[3], len(out))


main()
