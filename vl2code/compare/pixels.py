"""Pixel difference with pixelmatch semantics, and a diff picture worth looking at.

pixelmatch (through its C++ port, pybind11-pixelmatch: ~15 ms for two 1280x2000 pages)
counts pixels whose YIQ colour distance exceeds ``threshold``, optionally ignoring
anti-aliased pixels. Pages of different heights (or widths) are compared on a white canvas
as large as both, so missing or extra content counts as different.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import pybind11_pixelmatch as pixelmatch
from PIL import Image

#: Colour of differing pixels in the diff picture, and how much of the reference still shows.
DIFF_RED = np.array([230, 30, 30], dtype=np.uint8)
FADE_TO_WHITE = 0.75


@dataclass(frozen=True)
class PixelDiff:
    """How many pixels differ; ``ratio`` is over the pixels compared (masks excluded)."""

    ratio: float
    diff_pixels: int
    total_pixels: int

    def to_dict(self) -> dict[str, float | int]:
        return {"ratio": self.ratio, "diff_pixels": self.diff_pixels, "total_pixels": self.total_pixels}


def on_canvas(image: Image.Image, width: int, height: int) -> np.ndarray:
    """RGBA pixels of ``image`` placed top-left on a white canvas of the given size."""
    canvas = np.full((height, width, 4), 255, dtype=np.uint8)
    canvas[: image.height, : image.width, :3] = np.asarray(image.convert("RGB"))
    return canvas


def mask_array(width: int, height: int, masks: Sequence[Sequence[float]]) -> np.ndarray:
    """True for the pixels inside any mask rectangle ``(x, y, w, h)``."""
    masked = np.zeros((height, width), dtype=bool)
    for x, y, w, h in masks:
        x0, y0 = max(0, int(np.floor(x))), max(0, int(np.floor(y)))
        x1, y1 = min(width, int(np.ceil(x + w))), min(height, int(np.ceil(y + h)))
        if x1 > x0 and y1 > y0:
            masked[y0:y1, x0:x1] = True
    return masked


def pixel_diff(
    reference: Image.Image,
    candidate: Image.Image,
    *,
    threshold: float = 0.1,
    include_aa: bool = False,
    masks: Sequence[Sequence[float]] = (),
) -> tuple[PixelDiff, np.ndarray]:
    """The difference counts and a boolean map of the differing pixels (canvas-sized)."""
    width = max(reference.width, candidate.width)
    height = max(reference.height, candidate.height)
    first = on_canvas(reference, width, height)
    second = on_canvas(candidate, width, height)
    masked = mask_array(width, height, masks)
    if masked.any():
        second = second.copy()
        second[masked] = first[masked]
    options = pixelmatch.Options()
    options.threshold = float(threshold)
    options.includeAA = bool(include_aa)
    options.diffMask = True
    output = np.zeros_like(first)
    pixelmatch.pixelmatch(first, second, output=output, options=options)
    differing = output[:, :, 3] > 0
    differing &= ~masked
    total = int(width * height - masked.sum())
    count = int(differing.sum())
    return PixelDiff(ratio=count / total if total else 0.0, diff_pixels=count, total_pixels=total), differing


def diff_picture(
    reference: Image.Image,
    differing: np.ndarray,
    *,
    masks: Sequence[Sequence[float]] = (),
    boxes: Sequence[tuple[Sequence[float], tuple[int, int, int]]] = (),
) -> Image.Image:
    """The reference faded towards white, differing pixels in red, masks hatched grey,
    and optional outlined boxes ``((x, y, w, h), rgb)`` (e.g. mismatched blocks)."""
    height, width = differing.shape
    grey = cv2.cvtColor(on_canvas(reference, width, height), cv2.COLOR_RGBA2GRAY)
    faded = cv2.cvtColor(
        cv2.convertScaleAbs(grey, alpha=1 - FADE_TO_WHITE, beta=255 * FADE_TO_WHITE), cv2.COLOR_GRAY2RGB
    )
    faded[differing] = DIFF_RED
    masked = mask_array(width, height, masks)
    if masked.any():
        stripes = ((np.add.outer(np.arange(height), np.arange(width)) // 6) % 2 == 0) & masked
        faded[stripes] = (faded[stripes] * 0.6).astype(np.uint8)
    picture = Image.fromarray(faded, mode="RGB")
    if boxes:
        from PIL import ImageDraw

        draw = ImageDraw.Draw(picture)
        for (x, y, w, h), colour in boxes:
            draw.rectangle((x, y, x + w, y + h), outline=colour, width=2)
    return picture
