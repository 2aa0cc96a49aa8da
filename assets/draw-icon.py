#!/usr/bin/env python3
"""Draws the packages' icon, icon.png: a 128x128 bar chart rising to a target line, in plain PNG (no imaging library)."""
import os
import struct
import zlib

SIZE = 128
BACKGROUND = (26, 86, 160, 255)   # blue tile
BAR = (255, 255, 255, 255)
TARGET = (255, 196, 0, 255)       # the objective's line
CLEAR = (0, 0, 0, 0)
RADIUS = 20


def inside_rounded_tile(x, y):
    cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
    cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(x, y):
    if not inside_rounded_tile(x, y):
        return CLEAR
    # Four bars from the baseline at y = 104, each taller than the last.
    for i, height in enumerate((28, 44, 60, 76)):
        left = 22 + i * 22
        if left <= x < left + 16 and 104 - height <= y < 104:
            return BAR
    # The target line above the bars, dashed.
    if 20 <= y < 25 and 16 <= x < 112 and (x - 16) % 14 < 9:
        return TARGET
    return BACKGROUND


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)   # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
        f.write(png(SIZE, SIZE, rows))
