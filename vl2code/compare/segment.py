"""One segmentation for every page: text units grouped into lines and paragraphs by geometry.

A render's DOM gives text nodes (a link inside a paragraph is its own node, a paragraph is
one node however many lines it wraps over); OCR gives words. Compared as they are, the two
granularities score differently. So both are reduced to the same thing: each unit is a set
of inked line boxes, and units are joined when their boxes

- sit on one line (overlapping vertically by half the smaller height) with a horizontal gap
  of at most ``LINE_GAP`` x the taller height (word spacing, not the space between menu
  items or table columns), or
- are stacked lines of one paragraph: overlapping horizontally, similar heights (ratio at
  most ``SIZE_RATIO``), and a vertical gap of at most ``PARAGRAPH_GAP`` x the taller height
  (line spacing, not paragraph margins).

The groups are the blocks Design2Code's matching then works on, whichever side they came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

PixelBox = tuple[float, float, float, float]

LINE_GAP = 1.0
PARAGRAPH_GAP = 0.8
SIZE_RATIO = 1.5
SAME_LINE_OVERLAP = 0.5


@dataclass(frozen=True)
class Unit:
    """Text and the inked line boxes it occupies (pixels ``x, y, w, h``)."""

    text: str
    boxes: tuple[PixelBox, ...]


def union_box(boxes: Sequence[Sequence[float]]) -> PixelBox:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (float(x0), float(y0), float(x1 - x0), float(y1 - y0))


def linked_boxes(boxes: np.ndarray) -> np.ndarray:
    """Boolean matrix: which pairs of boxes (rows ``x, y, w, h``) belong to one block."""
    x0, y0 = boxes[:, 0], boxes[:, 1]
    x1, y1 = x0 + boxes[:, 2], y0 + boxes[:, 3]
    heights = np.maximum(boxes[:, 3], 1.0)
    smaller = np.minimum.outer(heights, heights)
    taller = np.maximum.outer(heights, heights)
    vertical_overlap = np.minimum.outer(y1, y1) - np.maximum.outer(y0, y0)
    horizontal_overlap = np.minimum.outer(x1, x1) - np.maximum.outer(x0, x0)
    same_line = (vertical_overlap >= SAME_LINE_OVERLAP * smaller) & (-horizontal_overlap <= LINE_GAP * taller)
    stacked = (
        (horizontal_overlap > 0)
        & (taller <= SIZE_RATIO * smaller)
        & (-vertical_overlap <= PARAGRAPH_GAP * taller)
    )
    return same_line | stacked


def group_units(units: Sequence[Unit]) -> list[list[int]]:
    """Indices of the units in each block, blocks in reading order, units in their own order."""
    if not units:
        return []
    owner = np.array([i for i, unit in enumerate(units) for _ in unit.boxes])
    boxes = np.array([box for unit in units for box in unit.boxes], dtype=np.float64)
    linked = linked_boxes(boxes)
    rows, cols = np.nonzero(linked)
    # Boxes of one unit always belong together; link them through their units.
    graph = coo_matrix((np.ones(len(rows)), (owner[rows], owner[cols])), shape=(len(units), len(units)))
    count, labels = connected_components(graph, directed=False)
    groups: list[list[int]] = [[] for _ in range(count)]
    for index, label in enumerate(labels):
        groups[label].append(index)

    def reading_position(group: list[int]) -> tuple[float, float]:
        x, y, _, _ = union_box([box for i in group for box in units[i].boxes])
        return (y, x)

    return sorted(groups, key=reading_position)
