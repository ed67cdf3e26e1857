"""Upright triangles drawn with three lines whose inside connectors cross (forests, hierarchies).

A triangle crossed by connectors is cut into several areas, so flat-area search never sees it
whole, and its sides are long lines no connector explains. A level base whose two ends each start
a slanted line, the two meeting above or below the base's middle, is one triangle.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from vl2code.layout.analysis import Box, TextLine, as_rgb
from vl2code.layout.drawio_connectors import straight_segments
from vl2code.layout.drawio_containers import same_box
from vl2code.layout.drawio_model import Shape

#: Shortest side (px) traced; how close (px) two sides' ends must be to meet at a corner.
MIN_SIDE = 80
MEET = 8
#: How far (share of the base) the apex may lie off the base's middle.
OFF_CENTRE = 0.1

Segment = tuple[int, int, int, int]


def crossed_triangles(
    pixels: np.ndarray, ink: np.ndarray, shapes: list[Shape], lines: list[TextLine]
) -> list[Shape]:
    """Triangles made of three traced sides that no found shape already is."""
    segments = straight_segments(ink.copy(), lines, votes=60, min_length=MIN_SIDE, max_gap=4)
    bases = [s for s in segments if abs(s[1] - s[3]) <= 2 and abs(s[0] - s[2]) >= MIN_SIDE]
    slants = [s for s in segments if abs(s[1] - s[3]) > 2 and abs(s[0] - s[2]) > 2]
    triangles: list[Shape] = []
    for x0, y0, x1, y1 in bases:
        (left, right), y = sorted((x0, x1)), (y0 + y1) // 2
        apex = _apex(slants, (left, y), (right, y))
        if apex is None or abs(apex[0] - (left + right) / 2) > OFF_CENTRE * (right - left):
            continue
        top, bottom = min(y, apex[1]), max(y, apex[1])
        box = Box(left, top, right - left, bottom - top)
        if bottom - top < MIN_SIDE / 2 or any(same_box(box, s.box) for s in shapes + triangles):
            continue
        mask = np.zeros(ink.shape, np.uint8)
        cv2.fillPoly(mask, [np.array([(left, y), (right, y), apex], np.int32)], 1)
        inside = cv2.erode(mask, np.ones((7, 7), np.uint8)).astype(bool) & ~ink.astype(bool)
        fill = as_rgb(np.median(pixels[inside], axis=0)) if inside.sum() > 50 else (255, 255, 255)
        edge = mask.astype(bool) & ~cv2.erode(mask, np.ones((5, 5), np.uint8)).astype(bool) & ink.astype(bool)
        stroke = as_rgb(np.median(pixels[edge], axis=0)) if edge.any() else (0, 0, 0)
        kind = "triangle_north" if apex[1] < y else "triangle_south"
        triangles.append(Shape(box, kind, fill, stroke, mask.astype(bool), crossed=True))
    return triangles


def _apex(
    slants: list[tuple[int, int, int, int]], a: tuple[int, int], b: tuple[int, int]
) -> tuple[int, int] | None:
    """Where a slanted line from ``a`` and one from ``b`` meet, if two such lines do."""
    from_a = [_far_end(s, a) for s in slants]
    from_b = [_far_end(s, b) for s in slants]
    for end_a in (e for e in from_a if e is not None):
        for end_b in (e for e in from_b if e is not None):
            if (
                end_a != end_b
                and math.dist(end_a, end_b) <= MEET
                and (end_a[1] - a[1]) * (end_b[1] - b[1]) > 0
            ):
                return (end_a[0] + end_b[0]) // 2, (end_a[1] + end_b[1]) // 2
    return None


def _far_end(segment: Segment, corner: tuple[int, int]) -> tuple[int, int] | None:
    """The other end of a segment that starts at ``corner``."""
    p, q = (segment[0], segment[1]), (segment[2], segment[3])
    if math.dist(p, corner) <= MEET:
        return q
    if math.dist(q, corner) <= MEET:
        return p
    return None
