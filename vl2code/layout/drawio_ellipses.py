"""Ellipses whose outlines cross: Venn and spider diagrams, overlapping sets.

Where outlines of several ellipses cross, no ellipse is one enclosed flat area (each is cut into
the faces the other outlines make), so flat-area search cannot see them. Their outlines are still
drawn: the boundary of the line ink, split where it turns sharply (a crossing), falls into arcs
that each lie on one ellipse. An ellipse fitted to a long curved arc gathers every other arc lying
on it; when those arcs go a good part of the way round, it is one drawn ellipse. An ellipse drawn
over another hides part of the lower one's outline, so the one seen most completely is on top.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from vl2code.layout.analysis import Box, TextLine, as_rgb, colour_distance
from vl2code.layout.drawio_model import PLAIN, Shape, outline_zones, text_mask

#: Points (along a contour) on either side over which the direction of the boundary is measured,
#: and the turn (degrees) that makes a corner: where an outline crosses another.
STEP = 6
CORNER = 35.0
#: Shortest arc used (contour points) and the bulge (px) a seed arc needs to count as curved.
MIN_ARC = 24
MIN_BULGE = 3.0
#: Distance (px) from the ellipse within which an arc's point lies on it.
TOLERANCE = 3.0
#: Share of the way round (angle) the arcs found on an ellipse must cover.
MIN_COVER = 0.45
#: Smallest semi-axis (px); tilt (degrees) from the page axes tolerated (draw.io ellipses are upright).
MIN_AXIS = 15
MAX_TILT = 8.0
#: How opaque translucent fills are drawn, and how far (sum over channels) the colour where two
#: overlap must be from both their own colours to be a blend (flat fills measure within a few levels).
OPACITY = 0.5
BLEND = 10
#: Shapes smaller than this (px) are taken out whole (markers on an outline); larger ones by outline.
SMALL = 4000

Ellipse = tuple[tuple[float, float], tuple[float, float], float]


def crossed_ellipses(
    pixels: np.ndarray,
    ink: np.ndarray,
    shapes: list[Shape],
    lines: list[TextLine],
    background: tuple[int, int, int],
) -> list[Shape]:
    """Upright ellipses traced from arcs of the ink no found shape or text explains, lowest first."""
    height, width = ink.shape
    work = ink.copy()
    for shape in shapes:
        b = shape.box.expand(4)
        if shape.kind == "image" or shape.box.area < SMALL:  # icons, markers: all of them
            work[max(0, b.y) : b.bottom, max(0, b.x) : b.right] = 0
        else:
            work[outline_zones(shape)[0]] = 0
    work[text_mask(lines, work.shape)] = 0
    work = cv2.dilate(work, np.ones((3, 3), np.uint8))
    arcs = _arcs(work)
    found: list[tuple[Ellipse, float]] = []
    used = np.zeros(len(arcs), dtype=bool)
    for index in sorted(range(len(arcs)), key=lambda i: -len(arcs[i])):
        if used[index] or _bulge(arcs[index]) < MIN_BULGE:
            continue
        ellipse = _fit(arcs[index], width, height)
        members: list[int] = []
        for _ in range(3):
            if ellipse is None:
                break
            members = [i for i, arc in enumerate(arcs) if not used[i] and _on(arc, ellipse)]
            if not members:
                ellipse = None
                break
            ellipse = _fit(np.concatenate([arcs[i] for i in members]), width, height)
        if ellipse is None or not members:
            continue
        points = np.concatenate([arcs[i] for i in members])
        cover = _cover(points, ellipse)
        if cover < MIN_COVER or any(_same(ellipse, other) for other, _ in found):
            continue
        # Both sides of the stroke: their arcs are the same outline, and fitted together its middle.
        sides = [i for i, arc in enumerate(arcs) if not used[i] and _on(arc, ellipse, 2 * TOLERANCE)]
        used[members + sides] = True
        ellipse = _fit(np.concatenate([arcs[i] for i in members + sides]), width, height) or ellipse
        found.append((ellipse, cover))
    found.sort(key=lambda item: item[1])  # the most hidden outline was drawn first
    return _shapes([e for e, _ in found], pixels, ink, lines, background)


def _arcs(work: np.ndarray) -> list[np.ndarray]:
    """Boundary pieces of the ink between sharp turns: each follows one drawn curve."""
    contours, _ = cv2.findContours(work, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    arcs: list[np.ndarray] = []
    for contour in contours:
        points = contour.reshape(-1, 2).astype(np.float32)
        n = len(points)
        if n < MIN_ARC:
            continue
        before = points - np.roll(points, STEP, axis=0)
        after = np.roll(points, -STEP, axis=0) - points
        cos = (before * after).sum(axis=1) / (
            np.linalg.norm(before, axis=1) * np.linalg.norm(after, axis=1) + 1e-6
        )
        corner = np.degrees(np.arccos(np.clip(cos, -1, 1))) > CORNER
        if not corner.any():
            arcs.append(points)
            continue
        start = int(np.argmax(corner))  # walk from a corner so no arc wraps round the end
        order = np.roll(np.arange(n), -start)
        run: list[int] = []
        for i in order:
            if corner[i]:
                if len(run) >= MIN_ARC:
                    arcs.append(points[run])
                run = []
            else:
                run.append(int(i))
        if len(run) >= MIN_ARC:
            arcs.append(points[run])
    return arcs


def _bulge(arc: np.ndarray) -> float:
    """How far (px) the arc's middle lies off the chord between its ends: 0 for a straight run."""
    a, b, m = arc[0], arc[-1], arc[len(arc) // 2]
    chord = b - a
    length = float(np.hypot(*chord))
    if length < 1:
        return 0.0
    return abs(float(chord[0] * (m[1] - a[1]) - chord[1] * (m[0] - a[0]))) / length


def _fit(points: np.ndarray, width: int, height: int) -> Ellipse | None:
    """An upright ellipse fitted to ``points``, or None where none plausible fits."""
    if len(points) < 5:
        return None
    (cx, cy), (w, h), angle = cv2.fitEllipse(points)
    if not all(math.isfinite(v) for v in (cx, cy, w, h, angle)):
        return None
    tilt = angle % 90
    if min(tilt, 90 - tilt) > MAX_TILT:
        return None
    if round(angle / 90) % 2:  # the first axis runs down the page
        w, h = h, w
    if min(w, h) < 2 * MIN_AXIS or w > 1.5 * width or h > 1.5 * height:
        return None
    return (cx, cy), (w, h), 0.0


def _distances(points: np.ndarray, ellipse: Ellipse) -> tuple[np.ndarray, np.ndarray]:
    """Approximate distance of each point from the (upright) ellipse, and its angle round it."""
    (cx, cy), (w, h), _ = ellipse
    a, b = w / 2, h / 2
    x, y = points[:, 0] - cx, points[:, 1] - cy
    theta = np.arctan2(y / b, x / a)
    return np.hypot(x - a * np.cos(theta), y - b * np.sin(theta)), theta


def _on(arc: np.ndarray, ellipse: Ellipse, tolerance: float = TOLERANCE) -> bool:
    distance, _ = _distances(arc, ellipse)
    return float((distance <= tolerance).mean()) >= 0.9


def _cover(points: np.ndarray, ellipse: Ellipse) -> float:
    """Share of the way round the ellipse (in 72 steps of angle) that its points reach."""
    distance, theta = _distances(points, ellipse)
    steps = np.floor((theta[distance <= TOLERANCE] + np.pi) / (2 * np.pi) * 72).astype(int) % 72
    return len(np.unique(steps)) / 72


def _same(a: Ellipse, b: Ellipse) -> bool:
    """Two fits of one outline (its two sides): centres and axes within a stroke's width."""
    return all(abs(p - q) <= 10 for p, q in zip((*a[0], *a[1]), (*b[0], *b[1]), strict=True))


def _shapes(
    ellipses: list[Ellipse],
    pixels: np.ndarray,
    ink: np.ndarray,
    lines: list[TextLine],
    background: tuple[int, int, int],
) -> list[Shape]:
    """Shapes for the ellipses: stroke from the outline's ink, fill from the part no other covers.

    Where two filled ellipses overlap, an opaque upper one shows its own colour there; a colour
    unlike either one's own is the two seen through each other, so the fills are translucent.
    """
    height, width = ink.shape
    masks = []
    for (cx, cy), (w, h), _ in ellipses:
        mask = np.zeros((height, width), np.uint8)
        cv2.ellipse(mask, (round(cx), round(cy)), (round(w / 2), round(h / 2)), 0, 0, 360, 1, -1)
        masks.append(cv2.erode(mask, np.ones((7, 7), np.uint8)).astype(bool))
    words = text_mask(lines, (height, width))
    clear = ~ink.astype(bool) & ~words
    fills = []
    for index, mask in enumerate(masks):
        own, uncovered = mask & clear, mask & clear
        for other, cover in enumerate(masks):
            if other != index:
                own &= ~cover
            if other > index:
                uncovered &= ~cover
        fills.append(_colour(pixels, own) or _colour(pixels, uncovered) or background)
    filled = [colour_distance(fill, background) >= PLAIN for fill in fills]
    see_through = False
    for i, j in ((a, b) for a in range(len(masks)) for b in range(a + 1, len(masks))):
        both = masks[i] & masks[j] & clear
        for k, beside in enumerate(masks):
            if k not in (i, j):
                both &= ~beside
        seen = _colour(pixels, both) if filled[i] and filled[j] else None
        if seen is not None and min(colour_distance(seen, fills[k]) for k in (i, j)) >= BLEND:
            see_through = True
    shapes = []
    for index, ((cx, cy), (w, h), _) in enumerate(ellipses):
        outline = np.zeros((height, width), np.uint8)
        cv2.ellipse(outline, (round(cx), round(cy)), (round(w / 2), round(h / 2)), 0, 0, 360, 1, 3)
        stroke = _colour(pixels, outline.astype(bool) & ink.astype(bool) & ~words) or (0, 0, 0)
        box = Box(round(cx - w / 2), round(cy - h / 2), round(w), round(h))
        mask = np.zeros((height, width), np.uint8)
        cv2.ellipse(mask, (round(cx), round(cy)), (round(w / 2), round(h / 2)), 0, 0, 360, 1, -1)
        # One that overlaps none is an ordinary ellipse a connector happened to cross.
        overlaps = any((masks[index] & other).any() for k, other in enumerate(masks) if k != index)
        shape = Shape(box, "ellipse", fills[index], stroke, mask.astype(bool), crossed=overlaps)
        shape.filled = filled[index]
        if see_through and shape.filled:
            shape.opacity = round(100 * OPACITY)
            shape.fill, shape.stroke = (_unblend(c, background) for c in (fills[index], stroke))
        shapes.append(shape)
    return shapes


def _colour(pixels: np.ndarray, where: np.ndarray) -> tuple[int, int, int] | None:
    """The median colour of the pixels ``where`` is set, if there are enough to tell."""
    return as_rgb(np.median(pixels[where], axis=0)) if where.sum() > 50 else None


def _unblend(colour: tuple[int, int, int], background: tuple[int, int, int]) -> tuple[int, int, int]:
    """The colour that, drawn at OPACITY over the background, shows as ``colour``."""
    solid = (np.array(colour) - (1 - OPACITY) * np.array(background)) / OPACITY
    return as_rgb(np.clip(solid, 0, 255))
