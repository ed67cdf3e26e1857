"""Links drawn as bands: a lightning bolt (a wireless link) or a thick stroke between two icons.

Such a band is a dense two-colour drawing (a fill and its outline), so the icon search keeps it as
a picture; but a picture is a compact blob, while a band is nowhere thicker than a stroke and
fills little of its box, and its two far ends reach two other shapes. It is the link between
those shapes: an edge from one to the other, its ink no longer a picture nor traced again.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from vl2code.layout.analysis import Box, as_rgb
from vl2code.layout.drawio_model import Connector, Shape

#: A band's half-thickness (px) at its thickest, and the most of its box its silhouette fills.
MAX_HALF_WIDTH = 14.0
MAX_FILL = 0.32
#: Distance (px) from a band's end to the shape it links (links stop short of pictures' margins).
REACH = 50
#: Ink differs from the background by this much (sum over channels).
CONTRAST = 60


def band_links(
    pixels: np.ndarray, background: tuple[int, int, int], shapes: list[Shape]
) -> tuple[list[Shape], list[Connector], np.ndarray]:
    """``shapes`` less the pictures that are links, those links as edges, and the links' pixels."""
    height, width = pixels.shape[:2]
    drawn = (np.abs(pixels.astype(np.int32) - np.array(background)).sum(axis=2) > CONTRAST).astype(np.uint8)
    taken = np.zeros((height, width), dtype=bool)
    bands = {
        id(s): filled for s in shapes if s.kind == "image" and (filled := _band(drawn, s.box)) is not None
    }
    ends = [s for s in shapes if id(s) not in bands]
    links: list[Connector] = []
    kept = []
    for shape in shapes:
        link = _link(pixels, drawn, shape, bands[id(shape)], ends) if id(shape) in bands else None
        if link is None:
            kept.append(shape)
            continue
        connector, silhouette = link
        links.append(connector)
        taken |= silhouette
    return kept, links, taken


def _band(drawn: np.ndarray, b: Box) -> np.ndarray | None:
    """The drawing's silhouette (holes filled) in its box, if it is a band: thin and sparse."""
    crop = cv2.morphologyEx(drawn[b.y : b.bottom, b.x : b.right], cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(crop, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    filled = np.zeros_like(crop)
    cv2.drawContours(filled, contours, -1, 1, cv2.FILLED)
    half_width = float(cv2.distanceTransform(filled, cv2.DIST_L2, 3).max())
    return None if half_width > MAX_HALF_WIDTH or filled.mean() > MAX_FILL else filled


def _link(
    pixels: np.ndarray, drawn: np.ndarray, band: Shape, filled: np.ndarray, shapes: list[Shape]
) -> tuple[Connector, np.ndarray] | None:
    """The band as an edge between the two shapes its far ends reach, with its silhouette."""
    b = band.box
    ys, xs = np.nonzero(filled)
    points = np.stack([xs + b.x, ys + b.y], axis=1)
    centre = points.mean(axis=0)
    first = points[np.argmax(((points - centre) ** 2).sum(axis=1))]
    second = points[np.argmax(((points - first) ** 2).sum(axis=1))]
    ends = [(int(p[0]), int(p[1])) for p in (first, second)]
    reached = [_reached(end, band, shapes) for end in ends]
    if reached[0] is None or reached[1] is None or reached[0] is reached[1]:
        return None
    silhouette = np.zeros(drawn.shape, dtype=bool)
    silhouette[b.y : b.bottom, b.x : b.right] = filled.astype(bool)
    edge = silhouette & ~cv2.erode(silhouette.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    colour = as_rgb(np.median(pixels[edge & drawn.astype(bool)], axis=0)) if edge.any() else (0, 0, 0)
    steps = max(2, int(math.dist(*ends)))
    line = np.linspace(ends[0], ends[1], steps).round().astype(int)[:, ::-1]  # (y, x) pairs
    connector = Connector(ends, reached[0], reached[1], False, False, colour, line)
    return connector, silhouette


def _reached(end: tuple[int, int], band: Shape, shapes: list[Shape]) -> Shape | None:
    """The nearest other shape within reach of a band's end."""
    best, best_distance = None, float(REACH)
    for shape in shapes:
        if shape is band or shape.parent is not None and shape.parent is band:
            continue
        distance = _distance(end, shape.box)
        if distance <= best_distance:
            best, best_distance = shape, distance
    return best


def _distance(point: tuple[int, int], box: Box) -> float:
    dx = max(box.x - point[0], 0, point[0] - box.right)
    dy = max(box.y - point[1], 0, point[1] - box.bottom)
    return math.hypot(dx, dy)
