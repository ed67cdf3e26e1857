"""Connectors of a diagram: the ink left once shapes and text are removed, traced as straight runs.

Runs meeting at a corner form one connector; its free ends attach it to the shapes they touch.
Every straight piece of the traced path must lie on drawn line pixels, so a container's border
or a gap between unrelated strokes never turns into a long diagonal across blank canvas.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np

from vl2code.layout.analysis import Box, TextLine, as_rgb
from vl2code.layout.drawio_buses import bus_groups, bus_path, free_ends
from vl2code.layout.drawio_model import Connector, Shape, outline_zones, text_mask
from vl2code.layout.linking import linked_groups

#: Distance (px) within which a connector touches a shape.
TOUCH = 7
#: A line still touching the shape this far (px) back from its end runs along it.
ALONGSIDE = 2 * TOUCH + 1
#: An end also touches what the line, carried on this far (px), would reach (a rhombus's tip).
OVERSHOOT = 5
TOUCH_KERNEL = np.ones((2 * TOUCH + 1, 2 * TOUCH + 1), np.uint8)
#: Share of a connector's straight pieces that must lie on drawn line pixels.
ON_INK = 0.9


def find_connectors(
    pixels: np.ndarray, line_ink: np.ndarray, shapes: list[Shape], lines: list[TextLine]
) -> list[Connector]:
    """Ink left over when shapes' outlines and text are removed, traced as straight segments.

    Segments that meet at a corner form one connector (crossing lines stay separate, as they
    go straight on); each connector joins the shapes its two free ends touch.
    """
    ink = line_ink.copy()
    labelled = text_mask(lines, ink.shape, LABEL_MARGIN)  # under labels, where a line may be hidden
    drawn = cv2.dilate(ink, np.ones((5, 5), np.uint8)).astype(bool) | labelled
    # Crossed ellipses hold what their outlines pass around, as containers do.
    containers = {id(s.parent) for s in shapes if s.parent is not None} | {id(s) for s in shapes if s.crossed}
    # A connector's end attaches to a shape it touches; never to a container, whose centre
    # draw.io would aim the line at.
    ends = [s for s in shapes if id(s) not in containers]
    contact = []
    for shape in shapes:
        around, inside = outline_zones(shape)
        ink[around & ~inside] = 0
        if id(shape) in containers:
            # Connectors run inside a container: only its outline and title strip are not ink.
            title = shape.title_box()
            ink[max(0, title.y) : title.bottom, max(0, title.x) : title.right] = 0
        else:
            ink[shape.mask] = 0
            contact.append(cv2.dilate(shape.mask.astype(np.uint8), TOUCH_KERNEL))
    segments = _across_labels(
        _through_round_corners(straight_segments(ink, lines, votes=12, min_length=MIN_SEGMENT, max_gap=3)),
        lines,
        ends,
    )
    if not segments:
        return []
    chains = _chains(segments)
    connectors = []
    bused: set[int] = set()
    for group in bus_groups(chains):
        bus = [seg for index in group for seg in chains[index]]
        made = _bus_connectors(bus, pixels, line_ink, ink, ends, contact, drawn)
        if made:
            connectors += made
            bused.update(group)
    for chain in (chain for index, chain in enumerate(chains) if index not in bused):
        start, end = _free_ends(chain)
        source = _shape_at(start, chain, ends, contact)
        target = _shape_at(end, chain, ends, contact)
        if source is not None and source is target:
            continue  # a stroke along one shape (a shadow, a divider), not a connector
        if source is None and target is None and math.dist(start, end) < MIN_LOOSE_LINE:
            continue  # a fragment: an arrowhead's base, an icon's stroke
        start_arrow, end_arrow = _arrow_ends(ink, start, end, chain)
        if start_arrow and not end_arrow:
            start, end, source, target = end, start, target, source
            start_arrow, end_arrow = False, True
        points = [start] + _bends(chain, start) + [end]
        if not _follows_ink(points, drawn):
            continue  # the path would cross blank canvas: these runs are not one line
        colour = _segment_colour(pixels, line_ink, chain)
        connector = Connector(points, source, target, start_arrow, end_arrow, colour, _path_pixels(points))
        connector.dashed = _dashed(line_ink, points, labelled)
        connectors.append(connector)
    return connectors


Point = tuple[int, int]
Segment = tuple[int, int, int, int]


def _bus_connectors(
    bus: list[Segment],
    pixels: np.ndarray,
    line_ink: np.ndarray,
    ink: np.ndarray,
    shapes: list[Shape],
    contact: list[np.ndarray],
    drawn: np.ndarray,
) -> list[Connector]:
    """One connector from each shape a bus touches to the one shape its single arrowhead points
    at, routed along the bus (see :mod:`drawio_buses`). None for a bus with no arrowhead or
    several: which way its edges go is not drawn."""
    touched = [
        (point, _shape_at(point, bus, shapes, contact), _arrowhead(ink, point, bus))
        for point in free_ends(bus)
    ]
    heads = [(point, shape) for point, shape, arrow in touched if arrow and shape is not None]
    if len(heads) != 1:
        return []
    head, parent = heads[0]
    colour = _segment_colour(pixels, line_ink, bus)
    made = []
    for point, child, arrow in touched:
        if child is None or arrow or child is parent:
            continue
        path = bus_path(bus, point, head)
        if len(path) >= 2 and _follows_ink(path, drawn):
            made.append(Connector(path, child, parent, False, True, colour, _path_pixels(path)))
    return made


#: Shortest straight run traced as part of a connector (px).
MIN_SEGMENT = 14
#: Gap (px) bridged between collinear runs: where a container's border crossed the line.
BRIDGE = 14
#: Dashes: a break at least every this many px along the line; this many px at each end of
#: each straight piece (arrowheads, where it meets a shape) are not measured.
DASH_PERIOD = 12
DASH_END = 8
#: A label written on a line cuts a gap of at most this much (px) into it; its background
#: reaches this far (px) past its letters.
LABEL_GAP = 90
LABEL_MARGIN = 5
#: A rounded bend leaves the ends of its two straight runs this close (px) to their corner.
CORNER_REACH = 20
#: A line that touches no shape must be at least this long (px) to be drawn.
MIN_LOOSE_LINE = 30
#: An arrowhead widens the stroke within this many px of its tip.
HEAD_REACH = 12


def straight_segments(
    ink: np.ndarray, lines: list[TextLine], votes: int, min_length: int, max_gap: int
) -> list[Segment]:
    """The straight runs of ``ink`` (changed: the text lines are blanked first), merged."""
    ink[text_mask(lines, ink.shape)] = 0
    found = cv2.HoughLinesP(
        ink * 255, 1, np.pi / 360, threshold=votes, minLineLength=min_length, maxLineGap=max_gap
    )
    if found is None:
        return []
    return merge_segments([(int(a), int(b), int(c), int(d)) for a, b, c, d in found.reshape(-1, 4)])


def merge_segments(
    segments: list[Segment],
    bridge: float = BRIDGE,
    joinable: Callable[[Segment, Segment], bool] | None = None,
) -> list[Segment]:
    """Hough finds many overlapping runs on one thick line: merge collinear, overlapping ones
    (or ones ``bridge`` px apart, where ``joinable`` allows), longest first."""
    merged: list[Segment] = []
    for seg in sorted(segments, key=lambda s: -math.dist(s[:2], s[2:])):
        for index, other in enumerate(merged):
            joined = _join(other, seg, bridge)
            if joined is not None and (joinable is None or joinable(other, seg)):
                merged[index] = joined
                break
        else:
            merged.append(seg)
    return merged


def _join(a: Segment, b: Segment, bridge: float = BRIDGE) -> Segment | None:
    ax0, ay0, ax1, ay1 = a
    length = math.dist((ax0, ay0), (ax1, ay1))
    if length < 1:
        return None
    ux, uy = (ax1 - ax0) / length, (ay1 - ay0) / length
    for px_, py_ in (b[:2], b[2:]):
        if abs((px_ - ax0) * uy - (py_ - ay0) * ux) > 3:
            return None
    projections = [0.0, length, (b[0] - ax0) * ux + (b[1] - ay0) * uy, (b[2] - ax0) * ux + (b[3] - ay0) * uy]
    if min(projections[2:]) > length + bridge or max(projections[2:]) < -bridge:
        return None
    low, high = min(projections), max(projections)
    return (round(ax0 + ux * low), round(ay0 + uy * low), round(ax0 + ux * high), round(ay0 + uy * high))


def _across_labels(segments: list[Segment], lines: list[TextLine], shapes: list[Shape]) -> list[Segment]:
    """Collinear pieces on either side of a label written on the line (its background cuts the
    line) are one line; not where the gap is a shape's inside (its own label), which two lines
    meet from either side."""

    def gap_under_label(a: Segment, b: Segment) -> bool:
        p, q = min(((p, q) for p in (a[:2], a[2:]) for q in (b[:2], b[2:])), key=lambda pq: math.dist(*pq))
        middle = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        in_shape = any(s.holds_centre(Box(round(middle[0]), round(middle[1]), 0, 0)) for s in shapes)
        return not in_shape and any(line.box.expand(LABEL_MARGIN).contains_point(*middle) for line in lines)

    return merge_segments(segments, LABEL_GAP, gap_under_label)


def _through_round_corners(segments: list[Segment]) -> list[Segment]:
    """Segments whose ends stop short of a common corner (a rounded bend: the arc between them is
    no straight run) are each extended to that corner, so they chain as one connector.

    Only ends within CORNER_REACH of where the two lines cross count: a line crossing another
    in its middle, or meeting it in a T, is not a bend.
    """
    result = [list(seg) for seg in segments]
    for i, a in enumerate(result):
        for b in result[i + 1 :]:
            corner = _crossing(a, b)
            if corner is None:
                continue
            ends_a = [k for k in (0, 2) if math.dist(corner, (a[k], a[k + 1])) <= CORNER_REACH]
            ends_b = [k for k in (0, 2) if math.dist(corner, (b[k], b[k + 1])) <= CORNER_REACH]
            if len(ends_a) == 1 and len(ends_b) == 1:
                a[ends_a[0] : ends_a[0] + 2] = [round(corner[0]), round(corner[1])]
                b[ends_b[0] : ends_b[0] + 2] = [round(corner[0]), round(corner[1])]
    return [(a[0], a[1], a[2], a[3]) for a in result]


def _crossing(a: list[int], b: list[int]) -> tuple[float, float] | None:
    """Where the lines through two roughly perpendicular segments cross (None when they are not)."""
    ux, uy = a[2] - a[0], a[3] - a[1]
    vx, vy = b[2] - b[0], b[3] - b[1]
    cross = ux * vy - uy * vx
    lengths = math.hypot(ux, uy) * math.hypot(vx, vy)
    if lengths == 0 or abs(cross) < 0.85 * lengths:  # more than about 30 degrees off square
        return None
    t = ((b[0] - a[0]) * vy - (b[1] - a[1]) * vx) / cross
    return a[0] + t * ux, a[1] + t * uy


def _chains(segments: list[Segment]) -> list[list[Segment]]:
    """Segments whose ends meet at a corner belong to one connector."""

    def corner(a: Segment, b: Segment) -> bool:
        return any(math.dist(p, q) <= 5 for p in (a[:2], a[2:]) for q in (b[:2], b[2:]))

    groups = linked_groups(len(segments), lambda i, j: corner(segments[i], segments[j]))
    return [[segments[i] for i in group] for group in groups]


def _free_ends(chain: list[Segment]) -> tuple[Point, Point]:
    """The segment ends that meet no other segment; the farthest pair when there are more."""
    ends = [p for seg in chain for p in (seg[:2], seg[2:])]
    free = [p for p in ends if sum(math.dist(p, q) <= 5 for q in ends) == 1] or ends
    best = (free[0], free[-1])
    for p in free:
        for q in free:
            if math.dist(p, q) > math.dist(*best):
                best = (p, q)
    return (int(best[0][0]), int(best[0][1])), (int(best[1][0]), int(best[1][1]))


def _bends(chain: list[Segment], start: Point) -> list[Point]:
    """The corners of a chain, in order from ``start``."""
    remaining = list(chain)
    corners: list[Point] = []
    current = start
    while remaining:
        seg = min(remaining, key=lambda s: min(math.dist(current, s[:2]), math.dist(current, s[2:])))
        remaining.remove(seg)
        far = seg[2:] if math.dist(current, seg[:2]) <= math.dist(current, seg[2:]) else seg[:2]
        current = (int(far[0]), int(far[1]))
        if remaining:
            corners.append(current)
    return corners


def _shape_at(
    end: Point, chain: list[Segment], shapes: list[Shape], contact: list[np.ndarray]
) -> Shape | None:
    """The smallest shape whose outline is within reach of the chain's ``end`` and that the
    line comes into: a line still within reach a little way back runs along the shape (a
    divider under a logo), it does not end at it. A piece shorter than that way back (the stub
    between a shape and a label on the line) cannot run along anything."""
    behind = _back_along(end, chain, ALONGSIDE)
    ahead = _back_along(end, chain, -OVERSHOOT)  # traced runs stop a little short of a tip

    def reaches(point: tuple[float, float] | None, reach: np.ndarray) -> bool:
        if point is None:
            return False
        x, y = round(point[0]), round(point[1])
        return 0 <= y < reach.shape[0] and 0 <= x < reach.shape[1] and bool(reach[y, x])

    touching = [
        s
        for s, c in zip(shapes, contact, strict=True)
        if (reaches(end, c) or reaches(ahead, c)) and not reaches(behind, c)
    ]
    return min(touching, key=lambda s: s.box.area) if touching else None


def _back_along(end: Point, chain: list[Segment], distance: float) -> tuple[float, float] | None:
    """The point ``distance`` px back from ``end`` along its segment (None when that is shorter)."""
    other, length = _end_segment(end, chain)
    if length < distance:
        return None
    step = distance / length
    return end[0] + (other[0] - end[0]) * step, end[1] + (other[1] - end[1]) * step


def _end_segment(end: Point, chain: list[Segment]) -> tuple[tuple[int, int], float]:
    """The far end of the chain's segment that ends at ``end``, and that segment's length."""
    seg = min(chain, key=lambda s: min(math.dist(end, s[:2]), math.dist(end, s[2:])))
    other = seg[2:] if math.dist(end, seg[:2]) <= math.dist(end, seg[2:]) else seg[:2]
    return (other[0], other[1]), math.dist(end, other)


def _arrowhead(ink: np.ndarray, end: Point, chain: list[Segment]) -> bool:
    return _arrowhead_depth(ink, end, chain) is not None


def _arrowhead_depth(ink: np.ndarray, end: Point, chain: list[Segment]) -> int | None:
    """An arrowhead widens the stroke near its end: how far (px) back from ``end`` the ink across
    the line first gets head-wide (None: it never does within reach).

    Ink right across the whole window is a line the end meets or crosses (a lifeline's bar, a
    border), not a head: such steps are not counted."""
    other, length = _end_segment(end, chain)
    if length < 1:
        return None
    ux, uy = (other[0] - end[0]) / length, (other[1] - end[1]) / length
    height, width = ink.shape
    for back in range(0, HEAD_REACH):
        cx, cy = end[0] + ux * back, end[1] + uy * back
        across = 0
        for side in range(-8, 9):
            x, y = round(cx - uy * side), round(cy + ux * side)
            if 0 <= x < width and 0 <= y < height and ink[y, x]:
                across += 1
        if 5 <= across < 17:
            return back
    return None


def _arrow_ends(ink: np.ndarray, start: Point, end: Point, chain: list[Segment]) -> tuple[bool, bool]:
    """Whether each end has an arrowhead. On a line shorter than two heads' reach, one head is
    seen from both ends: it is at the end where the stroke widens sooner."""
    at_start, at_end = _arrowhead_depth(ink, start, chain), _arrowhead_depth(ink, end, chain)
    short = sum(math.dist(seg[:2], seg[2:]) for seg in chain) < 2 * HEAD_REACH
    if short and at_start is not None and at_end is not None and at_start != at_end:
        return at_start < at_end, at_end < at_start
    return at_start is not None, at_end is not None


def _segment_colour(pixels: np.ndarray, ink: np.ndarray, chain: list[Segment]) -> tuple[int, int, int]:
    """The line's colour: the median of the darkest pixel around points along it that are drawn
    (a label written on the line hides it where its background is)."""
    height, width = ink.shape
    samples = []
    for x0, y0, x1, y1 in chain:
        for t in np.linspace(0.1, 0.9, 9):
            x, y = round(x0 + (x1 - x0) * t), round(y0 + (y1 - y0) * t)
            rows, columns = slice(max(0, y - 1), min(height, y + 2)), slice(max(0, x - 1), min(width, x + 2))
            if ink[rows, columns].any():
                patch = pixels[rows, columns].reshape(-1, 3).astype(np.int32)
                samples.append(patch[np.argmin(patch.sum(axis=1))])
    if not samples:
        x0, y0, x1, y1 = chain[0]
        samples = [pixels[min(max((y0 + y1) // 2, 0), height - 1), min(max((x0 + x1) // 2, 0), width - 1)]]
    return as_rgb(np.median(np.array(samples), axis=0))


def _follows_ink(points: list[Point], drawn: np.ndarray) -> bool:
    """Whether every straight piece of the path lies (mostly) on drawn pixels."""
    height, width = drawn.shape
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        steps = max(2, int(math.dist((x0, y0), (x1, y1)) // 2))
        xs = np.clip(np.round(np.linspace(x0, x1, steps)).astype(int), 0, width - 1)
        ys = np.clip(np.round(np.linspace(y0, y1, steps)).astype(int), 0, height - 1)
        if drawn[ys, xs].mean() < ON_INK:
            return False
    return True


def _dashed(ink: np.ndarray, points: list[Point], labelled: np.ndarray) -> bool:
    """Whether the drawn line along the path keeps breaking off: dashes (about half of it drawn,
    a break every few pixels). Its ends and the ``labelled`` parts are not measured."""
    height, width = ink.shape
    drawn: list[bool] = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        steps = int(math.dist((x0, y0), (x1, y1)))
        if steps < 1:
            continue
        nx, ny = -(y1 - y0) / steps, (x1 - x0) / steps  # across the line: a pixel either side
        for t in np.linspace(0.0, 1.0, steps + 1)[DASH_END:-DASH_END]:
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            if not (0 <= round(y) < height and 0 <= round(x) < width) or labelled[round(y), round(x)]:
                continue
            across = [(round(x + d * nx), round(y + d * ny)) for d in (-1, 0, 1)]
            drawn.append(any(0 <= py < height and 0 <= px < width and ink[py, px] for px, py in across))
    if len(drawn) < 4 * DASH_PERIOD:
        return False
    breaks = sum(1 for a, b in zip(drawn, drawn[1:], strict=False) if a and not b)
    return 0.25 <= float(np.mean(drawn)) <= 0.8 and breaks >= len(drawn) / (2 * DASH_PERIOD)


def _path_pixels(points: list[Point]) -> np.ndarray:
    """Points (y, x) every few pixels along the path, from its start to its end."""
    samples = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        steps = max(2, int(math.dist((x0, y0), (x1, y1)) // 3))
        for t in np.linspace(0.0, 1.0, steps):
            samples.append((round(y0 + (y1 - y0) * t), round(x0 + (x1 - x0) * t)))
    return np.array(samples, dtype=np.int32).reshape(-1, 2)
