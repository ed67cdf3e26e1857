"""Labels the canvas read missed: small ink clusters shaped like a word, read one by one.

Sparse-text mode over a whole diagram skips many short labels (an edge's "yes", a caption beside
an icon): among hundreds of strokes a small word is not singled out. Once shapes, pictures and
what was read are taken away, the ink left is connectors and those missed words. Straight runs
are removed, the rest is joined letter to letter into word-sized clusters, and each cluster is
read on its own, enlarged, as one line.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from vl2code.layout.analysis import Box, TextLine, text_lines
from vl2code.layout.drawio_labels import without_line_stubs
from vl2code.layout.drawio_model import Shape, clip_box, outline_zones, text_mask
from vl2code.layout.ocr_passes import as_result, recognise

#: A cluster as tall as a readable letter and no taller than a label line (px).
MIN_HEIGHT, MAX_HEIGHT = 6, 32
MIN_WIDTH = 6
#: Letters of one word lie this close (px); a cluster's ink fills this share of its box.
LETTER_GAP = 5
MIN_FILL, MAX_FILL = 0.12, 0.75
#: Runs at least this long (px) are connectors or outlines, not letters.
STRAIGHT = 21
#: Strokes of drawings read as letters too: a lone cluster's words must be this sure.
SURE_WORD, SURE_LETTER = 85.0, 86.0
#: At most this many clusters are read (a hatched area would yield thousands).
MAX_CLUSTERS = 80
SCALE = 3
#: Paper (px) left around a cluster for reading.
MARGIN = 8


def unread_labels(
    image: Image.Image, ink: np.ndarray, shapes: list[Shape], lines: list[TextLine]
) -> list[TextLine]:
    """Text lines read from ink clusters that no shape, picture or read line explains."""
    from tesserocr import PSM

    pixels = np.asarray(image)
    left = _without_slivers(_unexplained(ink, shapes, lines))
    # A lone letter taller than the diagram's labels is a drawing (an interface's ring reads "O").
    tallest_letter = 1.3 * float(np.median([line.box.h for line in lines])) if lines else MAX_HEIGHT
    found: list[TextLine] = []
    for box in _word_clusters(left)[:MAX_CLUSTERS]:
        crop_box = clip_box(box.expand(MARGIN), image.width, image.height)
        groups = recognise(
            _word_alone(pixels, left, box, crop_box), PSM.SINGLE_LINE, SCALE, (crop_box.x, crop_box.y)
        )
        sure = [
            [trimmed for w in group if w.confidence >= _needed(w.text) and (trimmed := without_line_stubs(w))]
            for group in groups
        ]
        found += [
            line
            for line in text_lines(pixels, as_result([g for g in sure if g], image))
            if box.expand(MARGIN).contains(line.box)
            and line.box.h <= (tallest_letter if sum(c.isalnum() for c in line.text) <= 1 else MAX_HEIGHT)
        ]
    return found


def _word_alone(pixels: np.ndarray, left: np.ndarray, box: Box, crop_box: Box) -> Image.Image:
    """The cluster's letters on plain paper, with a margin: the stubs of a line it sits on and
    neighbouring strokes are painted out (Tesseract reads them as dashes or misreads the word)."""
    crop = pixels[crop_box.y : crop_box.bottom, crop_box.x : crop_box.right].copy()
    near = clip_box(box.expand(1), left.shape[1], left.shape[0])
    letters = np.zeros(crop.shape[:2], dtype=np.uint8)
    letters[near.y - crop_box.y : near.bottom - crop_box.y, near.x - crop_box.x : near.right - crop_box.x] = (
        left[near.y : near.bottom, near.x : near.right]
    )
    keep = cv2.dilate(letters, np.ones((3, 3), np.uint8)).astype(bool)
    paper = np.median(crop[~keep].reshape(-1, 3), axis=0) if (~keep).any() else np.array([255, 255, 255])
    crop[~keep] = paper.astype(np.uint8)
    return Image.fromarray(crop)


def _needed(text: str) -> float:
    """The confidence a word read from a lone cluster needs (a mark read as one letter, more)."""
    return SURE_LETTER if sum(c.isalnum() for c in text) <= 1 else SURE_WORD


def _unexplained(ink: np.ndarray, shapes: list[Shape], lines: list[TextLine]) -> np.ndarray:
    """``ink`` without shapes' outlines, leaf shapes' and pictures' insides, read text and long runs."""
    left = ink.copy()
    holders = {id(s.parent) for s in shapes if s.parent is not None}
    for shape in shapes:
        around, inside = outline_zones(shape)
        left[around & ~inside if id(shape) in holders or shape.kind == "swimlane" else around] = 0
    left[text_mask(lines, left.shape)] = 0
    runs = np.maximum(
        cv2.morphologyEx(left, cv2.MORPH_OPEN, np.ones((1, STRAIGHT), np.uint8)),
        cv2.morphologyEx(left, cv2.MORPH_OPEN, np.ones((STRAIGHT, 1), np.uint8)),
    )
    return np.where(cv2.dilate(runs, np.ones((3, 3), np.uint8)) > 0, 0, left).astype(np.uint8)


def _without_slivers(left: np.ndarray) -> np.ndarray:
    """``left`` without flat slivers (at most 2 px tall): what is left of a line cut by a label."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(left, connectivity=8)
    slivers = [i for i in range(1, count) if stats[i, cv2.CC_STAT_HEIGHT] <= 2]
    return np.where(np.isin(labels, slivers), 0, left).astype(np.uint8)


def _word_clusters(left: np.ndarray) -> list[Box]:
    """Boxes of letter-like ink joined along rows, largest first."""
    joined = cv2.morphologyEx(left, cv2.MORPH_CLOSE, np.ones((3, 2 * LETTER_GAP + 1), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    boxes = []
    for i in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[i])
        if not (MIN_HEIGHT <= h <= MAX_HEIGHT and w >= MIN_WIDTH):
            continue
        fill = float(left[y : y + h, x : x + w].mean())
        if MIN_FILL <= fill <= MAX_FILL:
            boxes.append(Box(x, y, w, h))
    return sorted(boxes, key=lambda b: -b.area)
