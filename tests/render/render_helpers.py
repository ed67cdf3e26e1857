"""Small checks on rendered images shared by the render tests."""

from __future__ import annotations

import numpy as np
from PIL import Image


def pixel(image: Image.Image, x: int, y: int) -> tuple[int, int, int]:
    """The RGB colour at (x, y)."""
    red, green, blue = image.convert("RGB").getpixel((x, y))
    return red, green, blue


def share_of(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 30) -> float:
    """Share of the image's pixels within ``tolerance`` (per channel) of ``colour``."""
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    close = np.all(np.abs(pixels - np.array(colour, dtype=np.int16)) <= tolerance, axis=2)
    return float(close.mean())
