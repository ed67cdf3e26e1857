"""A diagram screenshot as a draw.io file: shapes, labels, free text, edges with arrows, containers.

Shapes are the enclosed flat areas of the picture: each is classified by how much of its bounding
box it fills and by its outline (rectangle, rounded rectangle, ellipse, rhombus, cylinder); its
fill is its own colour and its stroke the colour of the ring around it. A shape that holds other
shapes is a container (a swimlane when a line cuts a titled strip off its top). What ink is left
once shapes and text are taken away are connectors: each piece joins the shapes it touches, and a
thick end is an arrowhead. Text inside a shape is its label, text beside a connector the
connector's label, anything else free text.
"""

from __future__ import annotations

import base64
import html
import io
import math
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from vl2code.layout.analysis import (
    Box,
    TextLine,
    as_rgb,
    colour_distance,
    edge_mask,
    page_background,
    text_lines,
)
from vl2code.layout.ocr_passes import as_result, recognise
from vl2code.layout.tree import Paragraph, group_paragraphs
from vl2code.ocr import OcrResult, OcrWord

#: Smallest enclosed area that is a shape (px) and its smallest side.
MIN_SHAPE_AREA = 300
MIN_SHAPE_SIDE = 12
#: Smaller solid marks of a colour other than the background (nodes, markers) are shapes too.
MIN_SOLID_AREA = 49
MIN_SOLID_SIDE = 7
#: Distance (px) within which a connector touches a shape or a label belongs to a connector.
TOUCH = 7
LABEL_DISTANCE = 14
#: Ink must differ from the background by this much (sum over channels).
INK_CONTRAST = 120
#: An empty background-coloured area larger than this (px) is enclosed space, not a shape.
ENCLOSURE_AREA = 8000
#: Icons: drawn pixels this far from the background, a bounding box at least this wide, this full.
ICON_CONTRAST = 60
MIN_ICON_SIDE = 14
ICON_DENSITY = 0.2


@dataclass
class Shape:
    box: Box
    kind: str  # rectangle, rounded, ellipse, rhombus, cylinder, swimlane
    fill: tuple[int, int, int]
    stroke: tuple[int, int, int] | None
    mask: np.ndarray  # filled area in page pixels (bool, full size)
    labels: list[Paragraph] = field(default_factory=list)
    parent: Shape | None = None
    start_size: int = 0  # swimlane title strip
    cell_id: str = ""
    picture: str = ""  # data URI of an icon's pixels (kind "image")


@dataclass
class Connector:
    points: list[tuple[int, int]]  # start and end
    source: Shape | None
    target: Shape | None
    start_arrow: bool
    end_arrow: bool
    color: tuple[int, int, int]
    pixels: np.ndarray  # (n, 2) y, x of its ink
    labels: list[Paragraph] = field(default_factory=list)


def generate_drawio(image: Image.Image) -> str:
    """The screenshot of a diagram as an uncompressed mxfile."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    pixels = np.asarray(rgb)
    background = page_background(pixels)
    shapes = find_shapes(pixels, background)
    ocr = diagram_text(rgb)
    lines = text_lines(pixels, ocr)
    empty = [s for s in shapes if not any(s.mask[int(t.box.centre[1]), int(t.box.centre[0])] for t in lines)]
    lines += text_lines(pixels, as_result(_read_inside(rgb, empty), rgb))
    shapes = drop_enclosures(shapes, lines, background)
    shapes = find_icons(pixels, background, shapes, lines)
    connectors = find_connectors(pixels, background, shapes, lines)
    free = place_text(lines, shapes, connectors)
    return write_mxfile(shapes, connectors, free, rgb.width, rgb.height)


#: Diagram labels are small and scattered: they are read enlarged, as sparse text.
DIAGRAM_OCR_SCALE = 2


def diagram_text(image: Image.Image) -> OcrResult:
    """Words and lines of a diagram, read with Tesseract's sparse-text mode on an enlarged copy.

    Page-layout analysis, which suits documents, finds little in a diagram: labels are short,
    small and spread over the canvas between lines and shapes.
    """
    from tesserocr import PSM

    return as_result(recognise(image, PSM.SPARSE_TEXT, DIAGRAM_OCR_SCALE), image)


def _read_inside(image: Image.Image, shapes: list[Shape]) -> list[list[OcrWord]]:
    """Labels of shapes the page pass missed, read from each shape's inside alone (outline removed)."""
    from tesserocr import PSM

    pixels = np.asarray(image)
    groups: list[list[OcrWord]] = []
    for shape in shapes:
        if shape.box.w < 16 or shape.box.h < 10 or shape.box.area > 200_000:
            continue
        inner = cv2.erode(shape.mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        b = _clip_box(shape.box, image.width, image.height)
        crop = pixels[b.y : b.bottom, b.x : b.right].copy()
        crop[~inner[b.y : b.bottom, b.x : b.right]] = shape.fill
        groups.extend(recognise(Image.fromarray(crop), PSM.SINGLE_BLOCK, 3, (b.x, b.y)))
    return groups


def _clip_box(box: Box, width: int, height: int) -> Box:
    x0, y0 = max(0, box.x), max(0, box.y)
    return Box(x0, y0, min(width, box.right) - x0, min(height, box.bottom) - y0)


def find_shapes(pixels: np.ndarray, background: tuple[int, int, int]) -> list[Shape]:
    """Enclosed flat areas, classified by outline; nested ones get their container as parent."""
    height, width = pixels.shape[:2]
    edges = edge_mask(pixels)
    count, labels, stats, _ = cv2.connectedComponentsWithStats((~edges).astype(np.uint8), connectivity=4)
    shapes: list[Shape] = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < MIN_SOLID_AREA or w < MIN_SOLID_SIDE or h < MIN_SOLID_SIDE:
            continue
        small = area < MIN_SHAPE_AREA or w < MIN_SHAPE_SIDE or h < MIN_SHAPE_SIDE
        if small and _near(pixels[y + h // 2, x + w // 2], background):
            continue  # small marks must be solid paint (markers, nodes), not gaps between lines
        if x <= 0 and y <= 0 and x + w >= width and y + h >= height:
            continue  # the canvas
        component = (labels[y : y + h, x : x + w] == i).astype(np.uint8)
        filled = _fill_holes(component)
        fill_colour = as_rgb(pixels[y : y + h, x : x + w][component.astype(bool)].mean(axis=0))
        kind = _classify(filled)
        if kind is None:
            continue
        box = Box(x - 1, y - 1, w + 2, h + 2)
        mask = np.zeros((height, width), dtype=bool)
        mask[y : y + h, x : x + w] = filled.astype(bool)
        stroke = _stroke(pixels, mask, fill_colour, background)
        if stroke is not None:
            box = box.expand(1)  # draw.io centres the stroke on the outline
        if stroke is None and colour_distance(fill_colour, background) < 24:
            continue  # an area of background, not a drawn shape
        shapes.append(Shape(box, kind, fill_colour, stroke, mask))
    shapes = _merge_lanes(shapes)
    _nest(shapes)
    return shapes


def find_icons(
    pixels: np.ndarray, background: tuple[int, int, int], shapes: list[Shape], lines: list[TextLine]
) -> list[Shape]:
    """Dense drawings that no single shape explains (stencil icons) become pictures.

    A blob of ink that one shape fills is that shape; a blob made of many small pieces, or of
    none, is an icon: it is kept as its pixels, with its labels painted out so the text is only
    ever in a label. Returns the shapes that remain plus the icons.
    """
    height, width = pixels.shape[:2]
    distance = np.abs(pixels.astype(np.int32) - np.array(background)).sum(axis=2)
    ink = (distance > ICON_CONTRAST).astype(np.uint8)
    for line in lines:
        b = line.box.expand(2)
        ink[max(0, b.y) : b.bottom, max(0, b.x) : b.right] = 0
    # Opening first drops thin connectors, so an icon is not joined to its neighbours by its lines.
    solid = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    closed = cv2.morphologyEx(solid, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    icons: list[Shape] = []
    swallowed: set[int] = set()
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if min(w, h) < MIN_ICON_SIDE or area < ICON_DENSITY * w * h or w * h > 0.25 * width * height:
            continue
        box = _clip_box(Box(x, y, w, h).expand(3), width, height)  # the outline the opening took off
        x, y, w, h = box.x, box.y, box.w, box.h
        if _inks(pixels[y : y + h, x : x + w], background) < 2:
            continue  # one ink colour: arrowheads, thick strokes, lettering, not a drawn icon
        inside = [s for s in shapes if box.contains(s.box, slack=3)]
        if any(s.box.expand(4).area >= 0.6 * box.area for s in inside):
            continue  # one shape is this blob
        if any(s not in inside and s.box.overlap(box) >= 0.3 * min(box.area, s.box.area) for s in shapes):
            continue  # a shape with its outline, shadow or arrowheads, or a part of a container
        swallowed.update(id(s) for s in inside)
        crop = pixels[y : y + h, x : x + w].copy()
        for line in lines:
            if line.box.overlap(box):
                b = line.box.expand(2)
                crop[max(0, b.y - y) : max(0, b.bottom - y), max(0, b.x - x) : max(0, b.right - x)] = (
                    background
                )
        mask = np.zeros((height, width), dtype=bool)
        mask[y : y + h, x : x + w] = True
        fill = as_rgb(crop.reshape(-1, 3).mean(axis=0))
        icons.append(Shape(box, "image", fill, None, mask, picture=_png_uri(crop)))
    kept = [s for s in shapes if id(s) not in swallowed]
    for shape in kept:
        if shape.parent is not None and id(shape.parent) in swallowed:
            shape.parent = None
    return kept + icons


def _inks(crop: np.ndarray, background: tuple[int, int, int]) -> int:
    """How many distinct colours (coarsely quantised) make up at least 5% of the non-background pixels."""
    flat = crop.reshape(-1, 3).astype(np.int32)
    drawn = flat[np.abs(flat - np.array(background)).sum(axis=1) > ICON_CONTRAST]
    if len(drawn) == 0:
        return 0
    codes = (drawn[:, 0] >> 6) * 16 + (drawn[:, 1] >> 6) * 4 + (drawn[:, 2] >> 6)
    counts = np.bincount(codes)
    return int((counts >= 0.05 * len(drawn)).sum())


def _png_uri(crop: np.ndarray) -> str:
    """A crop as draw.io writes embedded images in a style: ``data:image/png,<base64>`` (no ';')."""
    buffer = io.BytesIO()
    Image.fromarray(crop).save(buffer, "PNG", optimize=True)
    return "data:image/png," + base64.b64encode(buffer.getvalue()).decode("ascii")


def drop_enclosures(
    shapes: list[Shape], lines: list[TextLine], background: tuple[int, int, int]
) -> list[Shape]:
    """Large empty areas of background colour are spaces that connectors and lanes enclose."""
    kept = []
    for shape in shapes:
        holds_text = any(shape.box.contains(line.box) for line in lines)
        holds_shapes = any(other.parent is shape for other in shapes)
        plain = colour_distance(shape.fill, background) < 24
        if plain and shape.box.area > ENCLOSURE_AREA and not holds_text and not holds_shapes:
            continue
        kept.append(shape)
    for shape in kept:
        if shape.parent is not None and shape.parent not in kept:
            shape.parent = None
    return kept


def _near(pixel: np.ndarray, colour: tuple[int, int, int]) -> bool:
    return int(np.abs(pixel.astype(np.int32) - np.array(colour)).sum()) < 60


def _fill_holes(component: np.ndarray) -> np.ndarray:
    contours, _ = cv2.findContours(component, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(component)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    return filled


def _classify(filled: np.ndarray) -> str | None:
    """Rectangle, rounded rectangle, ellipse, rhombus or cylinder, from how the area fills its box."""
    h, w = filled.shape
    ratio = float(filled.mean())
    if ratio >= 0.97:
        return "rectangle"
    corner = int(min(np.argmax(filled[0] > 0), np.argmax(filled[:, 0] > 0)))
    if ratio >= 0.9 and corner >= max(3, 0.08 * min(w, h)):
        rows = filled.mean(axis=1)
        if (
            rows[: h // 6].mean() < 0.9
            and rows[-h // 6 :].mean() < 0.9
            and rows[h // 3 : 2 * h // 3].mean() > 0.98
        ):
            return "cylinder" if h > w * 0.6 and corner < 0.3 * min(w, h) else "rounded"
        return "rounded"
    if ratio >= 0.9:
        return "rectangle"
    if not _symmetric(filled):
        return None
    corners = _polygon_corners(filled)
    if (
        0.45 <= ratio <= 0.58
        and corners == 4
        and filled[h // 2].mean() > 0.9
        and filled[:, w // 2].mean() > 0.9
    ):
        return "rhombus"
    if 0.6 <= ratio <= 0.9 and corners == 4:
        return "parallelogram"
    if 0.6 <= ratio <= 0.9 and corners == 6:
        return "hexagon"
    if 0.74 <= ratio <= 0.83:
        return "ellipse"
    return None


def _polygon_corners(filled: np.ndarray) -> int:
    """Corners of the outline once simplified (an ellipse keeps many, a polygon its own)."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return 0
    contour = max(contours, key=cv2.contourArea)
    return len(cv2.approxPolyDP(contour, 0.03 * cv2.arcLength(contour, True), True))


def _symmetric(filled: np.ndarray) -> bool:
    return float((filled == filled[::-1, ::-1]).mean()) > 0.93


def _stroke(
    pixels: np.ndarray, mask: np.ndarray, fill: tuple[int, int, int], background: tuple[int, int, int]
) -> tuple[int, int, int] | None:
    """The colour of the ring just outside a shape's area, if it differs from fill and background."""
    grown = cv2.dilate(mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    ring = pixels[grown & ~mask].astype(np.int32)
    if ring.size == 0:
        return None
    off_fill = np.abs(ring - np.array(fill)).sum(axis=1) > 60
    off_background = np.abs(ring - np.array(background)).sum(axis=1) > 60
    outline = ring[off_fill & off_background]
    if len(outline) < 0.15 * len(ring):
        return None
    return as_rgb(np.median(outline, axis=0))


def _merge_lanes(shapes: list[Shape]) -> list[Shape]:
    """A container split by a line into a title strip and a body is one swimlane."""
    merged: list[Shape] = []
    used: set[int] = set()
    by_area = sorted(shapes, key=lambda s: -s.box.area)
    for body in by_area:
        if id(body) in used:
            continue
        title = next(
            (
                s
                for s in by_area
                if s is not body
                and id(s) not in used
                and abs(s.box.x - body.box.x) <= 3
                and abs(s.box.right - body.box.right) <= 3
                and abs(s.box.bottom - body.box.y) <= 3
                and s.box.h < 0.25 * body.box.h
                and s.box.h <= 60
                and s.kind == "rectangle"
                and body.kind == "rectangle"
                and body.box.area > 20000
            ),
            None,
        )
        if title is not None:
            used.add(id(title))
            box = Box(body.box.x, title.box.y, body.box.w, body.box.bottom - title.box.y)
            body.mask |= title.mask
            body.kind = "swimlane"
            body.start_size = title.box.h
            body.box = box
        merged.append(body)
    return merged


def _nest(shapes: list[Shape]) -> None:
    """Each shape's parent is the smallest other shape that encloses it."""
    by_area = sorted(shapes, key=lambda s: s.box.area)
    for index, shape in enumerate(by_area):
        for other in by_area[index + 1 :]:
            if other.box.area > 1.5 * shape.box.area and other.box.contains(shape.box, slack=1):
                shape.parent = other
                break


def find_connectors(
    pixels: np.ndarray, background: tuple[int, int, int], shapes: list[Shape], lines: list[TextLine]
) -> list[Connector]:
    """Ink left over when shapes' outlines and text are removed, traced as straight segments.

    Segments that meet at a corner form one connector (crossing lines stay separate, as they
    go straight on); each connector joins the shapes its two free ends touch.
    """
    distance = np.abs(pixels.astype(np.int32) - np.array(background)).sum(axis=2)
    ink = (distance > INK_CONTRAST).astype(np.uint8)
    for shape in shapes:
        band = cv2.dilate(shape.mask.astype(np.uint8), np.ones((9, 9), np.uint8)).astype(bool)
        inner = cv2.erode(shape.mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        ink[band & ~inner] = 0
        ink[shape.mask] = 0
    for line in lines:
        b = line.box.expand(2)
        ink[max(0, b.y) : b.bottom, max(0, b.x) : b.right] = 0
    found = cv2.HoughLinesP(ink * 255, 1, np.pi / 360, threshold=12, minLineLength=MIN_SEGMENT, maxLineGap=3)
    if found is None:
        return []
    segments = _merge_segments([(int(a), int(b), int(c), int(d)) for a, b, c, d in found.reshape(-1, 4)])
    contact = [
        cv2.dilate(s.mask.astype(np.uint8), np.ones((2 * TOUCH + 1, 2 * TOUCH + 1), np.uint8)) for s in shapes
    ]
    connectors = []
    for chain in _chains(segments):
        start, end = _free_ends(chain)
        source = _shape_at(start, shapes, contact)
        target = _shape_at(end, shapes, contact)
        if source is not None and source is target:
            continue  # a stroke along one shape (a shadow, a divider), not a connector
        if source is None and target is None and math.dist(start, end) < MIN_LOOSE_LINE:
            continue  # a fragment: an arrowhead's base, an icon's stroke
        start_arrow, end_arrow = _arrowhead(ink, start, chain), _arrowhead(ink, end, chain)
        if start_arrow and not end_arrow:
            start, end, source, target = end, start, target, source
            start_arrow, end_arrow = False, True
        points = [start] + _bends(chain, start) + [end]
        colour = _segment_colour(pixels, chain)
        connectors.append(
            Connector(points, source, target, start_arrow, end_arrow, colour, _path_pixels(points))
        )
    return connectors


Point = tuple[int, int]
Segment = tuple[int, int, int, int]
#: Shortest straight run traced as part of a connector (px).
MIN_SEGMENT = 14
#: A line that touches no shape must be at least this long (px) to be drawn.
MIN_LOOSE_LINE = 30


def _merge_segments(segments: list[Segment]) -> list[Segment]:
    """Hough finds many overlapping runs on one thick line: merge collinear, overlapping ones."""
    merged: list[Segment] = []
    for seg in sorted(segments, key=lambda s: -math.dist(s[:2], s[2:])):
        for index, other in enumerate(merged):
            joined = _join(other, seg)
            if joined is not None:
                merged[index] = joined
                break
        else:
            merged.append(seg)
    return merged


def _join(a: Segment, b: Segment) -> Segment | None:
    ax0, ay0, ax1, ay1 = a
    length = math.dist((ax0, ay0), (ax1, ay1))
    if length < 1:
        return None
    ux, uy = (ax1 - ax0) / length, (ay1 - ay0) / length
    for px_, py_ in (b[:2], b[2:]):
        if abs((px_ - ax0) * uy - (py_ - ay0) * ux) > 3:
            return None
    projections = [0.0, length, (b[0] - ax0) * ux + (b[1] - ay0) * uy, (b[2] - ax0) * ux + (b[3] - ay0) * uy]
    if min(projections[2:]) > length + 4 or max(projections[2:]) < -4:
        return None
    low, high = min(projections), max(projections)
    return (round(ax0 + ux * low), round(ay0 + uy * low), round(ax0 + ux * high), round(ay0 + uy * high))


def _chains(segments: list[Segment]) -> list[list[Segment]]:
    """Segments whose ends meet at a corner belong to one connector."""
    parent = list(range(len(segments)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(segments):
        for j in range(i + 1, len(segments)):
            b = segments[j]
            if any(math.dist(p, q) <= 5 for p in (a[:2], a[2:]) for q in (b[:2], b[2:])):
                parent[root(i)] = root(j)
    groups: dict[int, list[Segment]] = {}
    for i, seg in enumerate(segments):
        groups.setdefault(root(i), []).append(seg)
    return list(groups.values())


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


def _shape_at(point: Point, shapes: list[Shape], contact: list[np.ndarray]) -> Shape | None:
    """The smallest shape whose outline is within reach of ``point``."""
    x, y = point
    touching = [
        s
        for s, c in zip(shapes, contact, strict=True)
        if 0 <= y < c.shape[0] and 0 <= x < c.shape[1] and c[y, x]
    ]
    return min(touching, key=lambda s: s.box.area) if touching else None


def _arrowhead(ink: np.ndarray, end: Point, chain: list[Segment]) -> bool:
    """An arrowhead widens the stroke near its end: measure the ink across the line just behind it."""
    seg = min(chain, key=lambda s: min(math.dist(end, s[:2]), math.dist(end, s[2:])))
    other = seg[2:] if math.dist(end, seg[:2]) <= math.dist(end, seg[2:]) else seg[:2]
    length = math.dist(end, other)
    if length < 1:
        return False
    ux, uy = (other[0] - end[0]) / length, (other[1] - end[1]) / length
    height, width = ink.shape
    widest = 0
    for back in range(0, 12):
        cx, cy = end[0] + ux * back, end[1] + uy * back
        across = 0
        for side in range(-8, 9):
            x, y = round(cx - uy * side), round(cy + ux * side)
            if 0 <= x < width and 0 <= y < height and ink[y, x]:
                across += 1
        widest = max(widest, across)
    return widest >= 5


def _segment_colour(pixels: np.ndarray, chain: list[Segment]) -> tuple[int, int, int]:
    x0, y0, x1, y1 = chain[0]
    mx, my = (x0 + x1) // 2, (y0 + y1) // 2
    patch = pixels[max(0, my - 1) : my + 2, max(0, mx - 1) : mx + 2].reshape(-1, 3).astype(np.int32)
    darkest = patch[np.argmin(patch.sum(axis=1))]
    return as_rgb(darkest)


def _path_pixels(points: list[Point]) -> np.ndarray:
    """Points (y, x) every few pixels along the path, from its start to its end."""
    samples = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        steps = max(2, int(math.dist((x0, y0), (x1, y1)) // 3))
        for t in np.linspace(0.0, 1.0, steps):
            samples.append((round(y0 + (y1 - y0) * t), round(x0 + (x1 - x0) * t)))
    return np.array(samples, dtype=np.int32).reshape(-1, 2)


def place_text(lines: list[TextLine], shapes: list[Shape], connectors: list[Connector]) -> list[Paragraph]:
    """Labels go to the innermost shape that holds them, or a connector beside them; the rest is free."""
    free: list[TextLine] = []
    inside: dict[int, list[TextLine]] = {}
    for line in lines:
        cx, cy = (int(v) for v in line.box.centre)
        holders = [s for s in shapes if s.mask[min(cy, s.mask.shape[0] - 1), min(cx, s.mask.shape[1] - 1)]]
        if holders:
            holder = min(holders, key=lambda s: s.box.area)
            in_title = holder.kind == "swimlane" and cy < holder.box.y + holder.start_size
            if in_title or not _holds_others(holder, shapes):
                inside.setdefault(id(holder), []).append(line)
                continue
        free.append(line)
    for shape in shapes:
        shape.labels = group_paragraphs(inside.get(id(shape), []))
    loose = []
    for paragraph in group_paragraphs(free):
        connector = _closest_connector(paragraph.ink, [c for c in connectors if c.source or c.target])
        if connector is not None:
            connector.labels.append(paragraph)
        else:
            loose.append(paragraph)
    return loose


def _holds_others(holder: Shape, shapes: list[Shape]) -> bool:
    """A container's body text that is not its title is free text placed on it."""
    return any(s.parent is holder for s in shapes)


def _closest_connector(box: Box, connectors: list[Connector]) -> Connector | None:
    """The connector whose middle part passes within reach of ``box`` (draw.io centres edge labels)."""
    best, best_distance = None, float(LABEL_DISTANCE)
    for connector in connectors:
        points = connector.pixels
        middle = points[len(points) // 4 : max(len(points) // 4 + 1, 3 * len(points) // 4)]
        ys, xs = middle[:, 0], middle[:, 1]
        dx = np.maximum(0, np.maximum(box.x - xs, xs - box.right))
        dy = np.maximum(0, np.maximum(box.y - ys, ys - box.bottom))
        distance = float(np.sqrt(dx * dx + dy * dy).min())
        if distance < best_distance:
            best, best_distance = connector, distance
    return best


def _hex(rgb: tuple[int, int, int] | None) -> str:
    return "none" if rgb is None else "#{:02x}{:02x}{:02x}".format(*rgb)


def _label(paragraphs: list[Paragraph]) -> str:
    return "<br>".join(html.escape(line.text) for p in paragraphs for line in p.lines)


def _font_style(paragraphs: list[Paragraph]) -> str:
    if not paragraphs:
        return ""
    first = paragraphs[0]
    # A size fitted to a misread line can come out huge: no more than the ink's height allows.
    size = min(first.size, 1.4 * first.ink.h / len(first.lines))
    style = f"fontSize={max(6, round(size))};fontColor={_hex(first.color)};"
    if first.bold:
        style += "fontStyle=1;"
    return style


SHAPE_STYLES = {
    "rectangle": "rounded=0;whiteSpace=wrap;html=1;",
    "rounded": "rounded=1;whiteSpace=wrap;html=1;",
    "ellipse": "ellipse;whiteSpace=wrap;html=1;",
    "rhombus": "rhombus;whiteSpace=wrap;html=1;",
    "cylinder": "shape=cylinder3;whiteSpace=wrap;html=1;boundedLbl=1;size=10;",
    "swimlane": "swimlane;html=1;whiteSpace=wrap;",
    "parallelogram": "shape=parallelogram;perimeter=parallelogramPerimeter;whiteSpace=wrap;html=1;",
    "hexagon": "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;size=0.25;",
}


def write_mxfile(
    shapes: list[Shape], connectors: list[Connector], free: list[Paragraph], width: int, height: int
) -> str:
    """Uncompressed mxfile: cells 0 and 1, then containers before their content, then edges."""
    cells = ['<mxCell id="0" />', '<mxCell id="1" parent="0" />']
    ordered = sorted(shapes, key=_depth)
    for index, shape in enumerate(ordered, start=2):
        shape.cell_id = f"v{index}"
    for shape in ordered:
        parent = shape.parent.cell_id if shape.parent else "1"
        ox, oy = (shape.parent.box.x, shape.parent.box.y) if shape.parent else (0, 0)
        if shape.kind == "image":
            style = f"shape=image;html=1;imageAspect=0;verticalLabelPosition=bottom;image={shape.picture};"
        else:
            style = (
                SHAPE_STYLES[shape.kind] + f"fillColor={_hex(shape.fill)};strokeColor={_hex(shape.stroke)};"
            )
        style += _font_style(shape.labels)
        if shape.kind == "swimlane":
            style += f"startSize={shape.start_size};"
        elif any(s.parent is shape for s in shapes):
            style += "container=1;verticalAlign=top;"
        geometry = (
            f'<mxGeometry x="{shape.box.x - ox}" y="{shape.box.y - oy}" width="{shape.box.w}" '
            f'height="{shape.box.h}" as="geometry" />'
        )
        cells.append(
            _cell(shape.cell_id, _label(shape.labels), style, f'vertex="1" parent="{parent}"', geometry)
        )
    next_id = len(ordered) + 2
    for paragraph in free:
        box = paragraph.ink.expand(2)
        style = "text;html=1;align=center;verticalAlign=middle;" + _font_style([paragraph])
        geometry = f'<mxGeometry x="{box.x}" y="{box.y}" width="{box.w}" height="{box.h}" as="geometry" />'
        cells.append(_cell(f"t{next_id}", _label([paragraph]), style, 'vertex="1" parent="1"', geometry))
        next_id += 1
    for connector in connectors:
        style = f"endArrow={'classic' if connector.end_arrow else 'none'};html=1;rounded=0;"
        style += f"strokeColor={_hex(connector.color)};" + _font_style(connector.labels)
        ends = 'edge="1" parent="1"'
        if connector.source is not None:
            ends += f' source="{connector.source.cell_id}"'
        if connector.target is not None:
            ends += f' target="{connector.target.cell_id}"'
        (sx, sy), (tx, ty) = connector.points[0], connector.points[-1]
        bends = "".join(f'<mxPoint x="{x}" y="{y}" />' for x, y in connector.points[1:-1])
        waypoints = f'<Array as="points">{bends}</Array>' if bends else ""
        geometry = (
            f'<mxGeometry relative="1" as="geometry"><mxPoint x="{sx}" y="{sy}" as="sourcePoint" />'
            f'<mxPoint x="{tx}" y="{ty}" as="targetPoint" />{waypoints}</mxGeometry>'
        )
        cells.append(_cell(f"e{next_id}", _label(connector.labels), style, ends, geometry))
        next_id += 1
    family = _main_family(
        [p for s in shapes for p in s.labels] + free + [p for c in connectors for p in c.labels]
    )
    cells = [c.replace(";fontColor=", f";fontFamily={family};fontColor=") for c in cells]
    body = "\n        ".join(cells)
    return (
        '<mxfile host="vl2code" type="device">\n'
        '  <diagram id="layout" name="Page-1">\n'
        f'    <mxGraphModel dx="{width}" dy="{height}" grid="0" gridSize="10" guides="1" tooltips="1" '
        f'connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="{width}" pageHeight="{height}" '
        'math="0" shadow="0">\n'
        f"      <root>\n        {body}\n      </root>\n"
        "    </mxGraphModel>\n  </diagram>\n</mxfile>\n"
    )


def _cell(cell_id: str, value: str, style: str, attributes: str, geometry: str) -> str:
    label = html.escape(value)
    return f'<mxCell id="{cell_id}" value="{label}" style="{style}" {attributes}>{geometry}</mxCell>'


def _main_family(paragraphs: list[Paragraph]) -> str:
    """Diagrams use one font: the family most label characters were matched to."""
    votes: dict[str, int] = {}
    for paragraph in paragraphs:
        votes[paragraph.family.name] = votes.get(paragraph.family.name, 0) + len(paragraph.text)
    return max(votes, key=lambda name: votes[name]) if votes else "Helvetica"


def _depth(shape: Shape) -> int:
    depth = 0
    parent = shape.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth
