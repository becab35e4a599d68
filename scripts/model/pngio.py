"""Minimal PNG writer (no PIL on this machine)."""
import struct
import zlib

import numpy as np


def write_png(path: str, rgb: np.ndarray) -> None:
    """rgb: uint8 [H, W, 3]."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].tobytes() for y in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def to_uint8(clip: np.ndarray) -> np.ndarray:
    """[3, F, H, W] in [-1, 1] -> uint8 [F, H, W, 3]."""
    return np.clip((clip.transpose(1, 2, 3, 0) + 1) * 127.5 + 0.5, 0, 255).astype(np.uint8)


def sheet(rows: list[np.ndarray], scale: int = 3, gap: int = 2) -> np.ndarray:
    """rows: list of uint8 [F, H, W, 3]; lays each clip's frames out left to right."""
    f, h, w, _ = rows[0].shape
    out = np.full((len(rows) * (h * scale + gap), f * (w * scale + gap), 3), 40, np.uint8)
    for r, clip in enumerate(rows):
        for i in range(f):
            img = clip[i].repeat(scale, 0).repeat(scale, 1)
            y, x = r * (h * scale + gap), i * (w * scale + gap)
            out[y:y + h * scale, x:x + w * scale] = img
    return out
