"""A perceptual layout score in place of Design2Code's CLIP similarity.

Design2Code compares CLIP ViT-B/32 embeddings of both screenshots after painting over their
text (so the score reflects layout, images and colours, not the words) and squashing each to
a square. CLIP's weights cannot be had here, so the same preparation feeds structural
similarity instead: text boxes are inpainted (OpenCV TELEA, radius 3), each image is
squashed to SIZE x SIZE, and SSIM (Gaussian window, sigma 1.5) is averaged over the three
colour channels and mapped to 0..1. Like CLIP, it is near 1 for the same layout, drops as
regions, colours and images move or vanish, and ignores what the text says.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

#: Both images are compared as SIZE x SIZE squares (text is ~1-3 px tall at this scale).
SIZE = 256
INPAINT_RADIUS = 3
_C1 = (0.01 * 255) ** 2
_C2 = (0.03 * 255) ** 2


def prepared(image: Image.Image, text_boxes: Sequence[Sequence[float]]) -> np.ndarray:
    """The image squashed to a square with its text boxes (pixel ``x, y, w, h``) inpainted.

    Squashing first and inpainting the scaled boxes gives nearly the same picture as the
    other order at a fraction of the cost on long pages.
    """
    pixels = cv2.resize(np.asarray(image.convert("RGB")), (SIZE, SIZE), interpolation=cv2.INTER_AREA)
    if not text_boxes:
        return pixels
    scale_x, scale_y = SIZE / image.width, SIZE / image.height
    mask = np.zeros((SIZE, SIZE), dtype=np.uint8)
    for x, y, w, h in text_boxes:
        x0, y0 = int(np.floor(x * scale_x)), int(np.floor(y * scale_y))
        x1, y1 = int(np.ceil((x + w) * scale_x)), int(np.ceil((y + h) * scale_y))
        mask[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = 255
    return cv2.inpaint(pixels, mask, INPAINT_RADIUS, cv2.INPAINT_TELEA)


def ssim(first: np.ndarray, second: np.ndarray) -> float:
    """Mean SSIM over channels, Gaussian-weighted (11 x 11, sigma 1.5)."""
    a = first.astype(np.float64)
    b = second.astype(np.float64)

    def blur(values: np.ndarray) -> np.ndarray:
        return cv2.GaussianBlur(values, (11, 11), 1.5)

    mean_a, mean_b = blur(a), blur(b)
    var_a = blur(a * a) - mean_a**2
    var_b = blur(b * b) - mean_b**2
    covariance = blur(a * b) - mean_a * mean_b
    numerator = (2 * mean_a * mean_b + _C1) * (2 * covariance + _C2)
    denominator = (mean_a**2 + mean_b**2 + _C1) * (var_a + var_b + _C2)
    return float(np.mean(numerator / denominator))


def perceptual_similarity(
    reference: Image.Image,
    candidate: Image.Image,
    reference_text: Sequence[Sequence[float]] = (),
    candidate_text: Sequence[Sequence[float]] = (),
) -> float:
    """0..1: how alike the two pages look once their text is painted out."""
    score = ssim(prepared(reference, reference_text), prepared(candidate, candidate_text))
    return float(min(1.0, max(0.0, score)))
