"""Text-like ink found from the pixels alone: glyph-sized marks joined into word-sized clusters.

Tesseract's page layout analysis suits documents; on diagrams (short labels scattered between
lines and shapes) it drops most labels. Comparing the clusters the page pass left unread with
what it read tells such pages apart (:func:`vl2code.ocr.read_sparse`), and the clusters, drawn
alone on a blank canvas without the outlines and connectors around them, are what the sparse
pass then reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

Box = tuple[int, int, int, int]

#: Glyph-sized marks: height in pixels, and the widest a run of touching letters gets
#: (small anti-aliased text often joins a whole word).
MIN_GLYPH_HEIGHT = 4
MAX_GLYPH_HEIGHT = 40
MAX_GLYPH_ASPECT = 15.0
#: Marks closer than this share of their height join one cluster (letters of a word,
#: words of a label).
JOIN_GAP = 0.8
#: White margin around a cluster, in its heights, so Tesseract sees it as text on a page.
MARGIN = 0.6
#: Pixels around the glyph marks that are kept (their anti-aliased edges).
GLYPH_EDGE = 2


@dataclass(frozen=True)
class UnreadText:
    """Word-like clusters (boxes) and the glyph pixels in them (with their edges)."""

    regions: list[Box]
    glyphs: np.ndarray


def unread_regions(marks: np.ndarray, read: Sequence[Box]) -> UnreadText:
    """Word-like clusters of glyph-sized ink outside the ``read`` boxes.

    ``marks`` is the page's ink as a 2-D boolean array (it is changed: read boxes are blanked).
    Lines, outlines and other large marks are left out of ``glyphs``, so a label is read
    without the box border or connector beside it.
    """
    for x, y, w, h in read:
        pad = max(2, h // 4)
        marks[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad] = False
    _, labels, stats, _ = cv2.connectedComponentsWithStats(marks.astype(np.uint8), connectivity=8)
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    glyph = (
        (heights >= MIN_GLYPH_HEIGHT) & (heights <= MAX_GLYPH_HEIGHT) & (widths <= MAX_GLYPH_ASPECT * heights)
    )
    if not glyph.any():
        return UnreadText([], np.zeros(marks.shape, dtype=bool))
    keep = np.concatenate([[False], glyph])
    glyphs = keep[labels].astype(np.uint8)
    size = int(np.median(heights[glyph]))
    joined = cv2.dilate(glyphs, np.ones((max(1, size // 3), max(1, round(JOIN_GAP * size))), np.uint8))
    _, clusters, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    wordlike = np.concatenate([[False], stats[1:, cv2.CC_STAT_HEIGHT] <= 2 * MAX_GLYPH_HEIGHT])
    regions = [(int(x), int(y), int(w), int(h)) for x, y, w, h, _ in stats[1:][wordlike[1:]]]
    kept = (glyphs.astype(bool) & wordlike[clusters]).astype(np.uint8)
    edge = np.ones((2 * GLYPH_EDGE + 1, 2 * GLYPH_EDGE + 1), np.uint8)
    return UnreadText(regions, cv2.dilate(kept, edge).astype(bool))


def region_canvas(pixels: np.ndarray, unread: UnreadText) -> tuple[np.ndarray, tuple[int, int]]:
    """The glyphs of the regions on a white canvas cropped to them (with a margin), and its offset.

    Everything else is blanked so Tesseract finds only these labels, and the crop keeps the
    enlarged image small.
    """
    height, width = pixels.shape[:2]
    spans = []
    for x, y, w, h in unread.regions:
        pad = max(4, round(MARGIN * h))
        spans.append((max(0, x - pad), max(0, y - pad), min(width, x + w + pad), min(height, y + h + pad)))
    left, top = min(s[0] for s in spans), min(s[1] for s in spans)
    right, bottom = max(s[2] for s in spans), max(s[3] for s in spans)
    canvas = np.full((bottom - top, right - left, 3), 255, dtype=np.uint8)
    shown = unread.glyphs[top:bottom, left:right]
    canvas[shown] = pixels[top:bottom, left:right, :3][shown]
    return canvas, (left, top)


@dataclass(frozen=True)
class Slot:
    """Where one cluster was drawn on a packed canvas: canvas rows ``top..bottom``, and the
    shift that takes canvas coordinates back to the page's."""

    top: int
    bottom: int
    shift: tuple[int, int]


def packed_canvas(pixels: np.ndarray, unread: UnreadText, margin: int) -> tuple[np.ndarray, list[Slot]]:
    """The glyphs of each region on white, stacked in one column with ``margin`` around each.

    Clusters scattered over a whole page make a small canvas this way, so enlarging it for
    Tesseract costs little, and each word read is traced back through the slot it lies in.
    """
    width = max(w for _, _, w, _ in unread.regions) + 2 * margin
    height = sum(h + 2 * margin for _, _, _, h in unread.regions)
    canvas = np.full((height, width, 3), 255, dtype=np.uint8)
    slots = []
    top = 0
    for x, y, w, h in unread.regions:
        shown = unread.glyphs[y : y + h, x : x + w]
        canvas[top + margin : top + margin + h, margin : margin + w][shown] = pixels[
            y : y + h, x : x + w, :3
        ][shown]
        slots.append(Slot(top, top + h + 2 * margin, (x - margin, y - top - margin)))
        top += h + 2 * margin
    return canvas, slots
