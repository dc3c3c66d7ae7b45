"""Draws the Crossfeed toolbar icons (public/icon/<size>.png) with no image library: three feed
lines (sky blue, violet, white: two networks merged into one feed) on a rounded dark square.
Run once; the output is committed."""
import struct
import zlib
from pathlib import Path


def png(size: int) -> bytes:
    rows = []
    radius = size * 0.22
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # rounded-square mask
            dx = max(radius - cx, 0, cx - (size - radius))
            dy = max(radius - cy, 0, cy - (size - radius))
            inside = dx * dx + dy * dy <= radius * radius
            if not inside:
                row += bytes([0, 0, 0, 0])
                continue
            r, g, b = 23, 23, 33
            u, v = cx / size, cy / size
            for top, right, colour in ((0.22, 0.78, (56, 189, 248)), (0.43, 0.64, (167, 139, 250)), (0.64, 0.78, (245, 245, 245))):
                if top <= v < top + 0.14 and 0.22 <= u < right:
                    r, g, b = colour
            row += bytes([r, g, b, 255])
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 96, 128):
    (out / f'{size}.png').write_bytes(png(size))
